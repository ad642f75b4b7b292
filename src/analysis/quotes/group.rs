//! Across the archive: the same utterance carried by several articles,
//! found across cuts and small rewordings.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::language::words::{count_words, norm_words, shingles};
use crate::model::{Article, Quote, QuoteIx, QuoteKind};

/// Shared share of the shorter quote's shingles at which two quotes are
/// the same utterance.
const SAME_UTTERANCE: f64 = 0.5;
/// Shingles in more quotes than this are set phrases, not evidence.
const COMMON_SHINGLE: usize = 50;

/// Groups full quotes that are the same utterance in different articles.
/// Each piece of a quote is compared on its own (an utterance split by
/// its attribution is two remarks, and outlets cut differently), so two
/// quotes are one when a piece of each shares at least half the word
/// triples of the shorter piece. Returns the groups, in order of their
/// first quote.
pub fn group(quotes: &[Quote], articles: &[Article]) -> Vec<Vec<QuoteIx>> {
    // (quote, piece shingles) for every piece of four words or more
    let pieces: Vec<(QuoteIx, Vec<u64>)> = quotes
        .par_iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Full)
        .flat_map_iter(|(i, q)| {
            q.spans
                .iter()
                .map(move |s| &articles[q.article].body[s.block].text()[s.start..s.end])
                .filter(|t| count_words(t) >= 4)
                .map(move |t| (QuoteIx(i), shingles(&norm_words(t))))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    for (p, (_, s)) in pieces.iter().enumerate() {
        for &h in s {
            postings.entry(h).or_default().push(p);
        }
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (p, (qi, s)) in pieces.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for h in s {
            let Some(list) = postings.get(h).filter(|l| l.len() <= COMMON_SHINGLE) else {
                continue;
            };
            for &other in list {
                let qj = pieces[other].0;
                if other > p && quotes[qj].article != quotes[*qi].article {
                    *shared.entry(other).or_default() += 1;
                }
            }
        }
        for (other, n) in shared {
            let smaller = s.len().min(pieces[other].1.len()).max(1);
            if n as f64 / smaller as f64 >= SAME_UTTERANCE {
                let (a, b) = (
                    find(&mut parent, qi.0),
                    find(&mut parent, pieces[other].0.0),
                );
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: HashMap<usize, Vec<QuoteIx>> = HashMap::default();
    for i in 0..quotes.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(QuoteIx(i));
    }
    let mut groups: Vec<Vec<QuoteIx>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    groups
}
