//! Across the archive: the same utterance carried by several articles,
//! found across cuts and small rewordings.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use std::borrow::Cow;

use super::attribute::PIECES_JOINED;
use crate::language::words::{count_words, shingles};
use crate::model::{ArticleIx, Block, Quote, QuoteIx, QuoteKind};

/// Shared share of the shorter quote's shingles at which two quotes are
/// the same utterance.
const SAME_UTTERANCE: f64 = 0.5;
/// Shingles in more quotes than this are set phrases, not evidence.
const COMMON_SHINGLE: usize = 50;

/// Groups full quotes that are the same utterance in different articles.
/// Each piece of a quote is compared on its own (an utterance split by
/// its attribution is two remarks, and outlets cut differently), so two
/// quotes are one when a piece of each shares at least half the word
/// triples of the shorter piece. The pieces are read from each quote's
/// text; `body` gives an article's body for the rare quote whose text
/// cannot tell them (a piece that holds " … " itself). Returns the
/// groups, in order of their first quote.
pub fn group(
    quotes: &[Quote],
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
) -> Vec<Vec<QuoteIx>> {
    // (quote, piece shingles) for every piece of four words or more
    let pieces: Vec<(QuoteIx, Vec<u64>)> = quotes
        .par_iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Full)
        .flat_map_iter(|(i, q)| {
            pieces(q, body)
                .into_iter()
                .filter(|t| count_words(t) >= 4)
                .map(move |t| (QuoteIx(i), shingles(&t)))
                .collect::<Vec<_>>()
        })
        .collect();
    // Every (shingle, piece), in order: the pieces of each shingle side
    // by side.
    // (each piece's part filled in place, in parallel: a parallel collect
    // copies it all once more)
    let mut posts: Vec<(u64, u32)> = vec![(0, 0); pieces.iter().map(|p| p.1.len()).sum()];
    let mut parts = Vec::with_capacity(pieces.len());
    let mut rest = posts.as_mut_slice();
    for (_, s) in &pieces {
        let (part, after) = rest.split_at_mut(s.len());
        parts.push(part);
        rest = after;
    }
    parts
        .into_par_iter()
        .zip(pieces.par_iter())
        .enumerate()
        .for_each(|(p, (part, (_, s)))| {
            for (post, &h) in part.iter_mut().zip(s) {
                *post = (h, small(p));
            }
        });
    posts.par_sort_unstable();
    // Each pair of pieces from different articles, once per shingle they
    // share (set phrases aside); then counted.
    let article = |p: u32| quotes[pieces[p as usize].0].article;
    let mut pairs: Vec<(u32, u32)> = posts
        .par_chunk_by(|a, b| a.0 == b.0)
        .filter(|run| (2..=COMMON_SHINGLE).contains(&run.len()))
        .flat_map_iter(|run| {
            run.iter().enumerate().flat_map(move |(i, &(_, p))| {
                run[i + 1..]
                    .iter()
                    .filter(move |&&(_, o)| article(o) != article(p))
                    .map(move |&(_, o)| (p, o))
            })
        })
        .collect();
    drop(posts);
    pairs.par_sort_unstable();
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for same in pairs.chunk_by(|a, b| a == b) {
        let (p, o) = (same[0].0 as usize, same[0].1 as usize);
        let smaller = pieces[p].1.len().min(pieces[o].1.len()).max(1);
        if same.len() as f64 / smaller as f64 >= SAME_UTTERANCE {
            let (a, b) = (
                find(&mut parent, pieces[p].0.0),
                find(&mut parent, pieces[o].0.0),
            );
            parent[a.max(b)] = a.min(b);
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

/// The text of each piece of a quote: its text cut at the marks that
/// joined them, unless a piece holds one itself; then cut by the lengths
/// of its spans, when the text is their texts joined; else read from
/// its article.
fn pieces<'a>(q: &'a Quote, body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync)) -> Vec<Cow<'a, str>> {
    let cuts = joins(&q.text);
    if cuts.len() + 1 == q.spans.len() {
        let mut from = 0;
        let mut out: Vec<Cow<str>> = Vec::with_capacity(q.spans.len());
        for at in cuts {
            out.push(Cow::Borrowed(&q.text[from..at]));
            from = at + PIECES_JOINED.len();
        }
        out.push(Cow::Borrowed(&q.text[from..]));
        return out;
    }
    if let Some(out) = by_span_lengths(q) {
        return out;
    }
    let blocks = body(q.article);
    q.spans
        .iter()
        .map(|s| {
            let text = blocks
                .get(s.block)
                .and_then(|b| b.text().get(s.start..s.end));
            Cow::Owned(text.unwrap_or_default().to_string())
        })
        .collect()
}

/// The pieces of `q` cut by the lengths of its spans: its text is their
/// texts (each trimmed) joined by [`PIECES_JOINED`], so when the lengths
/// add up to it with a joining mark at each cut, each piece is its
/// span's text as it stands in the article. `None` when they do not.
fn by_span_lengths(q: &Quote) -> Option<Vec<Cow<'_, str>>> {
    let text: &str = &q.text;
    let joined: usize = q
        .spans
        .iter()
        .map(|s| s.end.saturating_sub(s.start))
        .sum::<usize>()
        + PIECES_JOINED.len() * q.spans.len().saturating_sub(1);
    if joined != text.len() {
        return None;
    }
    let mut out = Vec::with_capacity(q.spans.len());
    let mut from = 0;
    for (k, s) in q.spans.iter().enumerate() {
        let to = from + s.end.saturating_sub(s.start);
        out.push(Cow::Borrowed(text.get(from..to)?));
        from = to;
        if k + 1 < q.spans.len() {
            let next = from + PIECES_JOINED.len();
            if text.get(from..next)? != PIECES_JOINED {
                return None;
            }
            from = next;
        }
    }
    Some(out)
}

/// Where [`PIECES_JOINED`] joins pieces in `text`, as `str::matches`
/// finds it (left to right, not overlapping), found from its rare middle
/// character rather than by a search for the whole.
fn joins(text: &str) -> Vec<usize> {
    let mark = PIECES_JOINED.trim();
    let lead = PIECES_JOINED.len() - PIECES_JOINED.trim_start().len();
    let mut out: Vec<usize> = Vec::new();
    let mut free = 0;
    for (i, _) in text.match_indices(mark) {
        let Some(at) = i.checked_sub(lead) else {
            continue;
        };
        if at >= free && text.as_bytes()[at..].starts_with(PIECES_JOINED.as_bytes()) {
            out.push(at);
            free = at + PIECES_JOINED.len();
        }
    }
    out
}

/// A piece's place: an archive has far fewer than 4 billion.
fn small(p: usize) -> u32 {
    u32::try_from(p).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_cut_by_their_spans_when_a_piece_holds_the_mark() {
        use crate::model::{Span, Speaker};
        // the first piece holds " … " itself: the marks cannot tell the
        // pieces, the spans' lengths can
        let first = "wait … and see";
        let second = "we will";
        let q = Quote {
            article: ArticleIx(0),
            spans: [
                Span {
                    block: 0,
                    start: 10,
                    end: 10 + first.len(),
                },
                Span {
                    block: 1,
                    start: 3,
                    end: 3 + second.len(),
                },
            ]
            .into(),
            text: format!("{first}{PIECES_JOINED}{second}").into(),
            speaker: Speaker::Unknown,
            verb: None,
            kind: QuoteKind::Full,
            group: None,
        };
        let no_body = |_: ArticleIx| -> Vec<Block> { panic!("the body is not needed") };
        let got: Vec<String> = pieces(&q, &no_body)
            .into_iter()
            .map(|c| c.into_owned())
            .collect();
        assert_eq!(got, [first, second]);
        // spans whose lengths do not add up: read from the article
        let mut odd = q.clone();
        odd.spans[1].end += 1;
        let body = |_: ArticleIx| {
            vec![
                Block::Para(format!("0123456789{first}")),
                Block::Para(format!("...{second}!")),
            ]
        };
        let got: Vec<String> = pieces(&odd, &body)
            .into_iter()
            .map(|c| c.into_owned())
            .collect();
        assert_eq!(got, [first.to_string(), format!("{second}!")]);
    }

    #[test]
    fn joins_are_where_str_matches_finds_them() {
        for text in [
            "",
            "one piece",
            "a … b",
            "a … b … c",
            " … … ",
            "a…b … c",
            "… a",
            "a … … b",
            "a  …  b … c",
            "é… b",
            "“… ” … x",
        ] {
            let want: Vec<usize> = text.match_indices(PIECES_JOINED).map(|(i, _)| i).collect();
            assert_eq!(joins(text), want, "{text:?}");
        }
    }
}
