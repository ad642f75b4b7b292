//! Across the archive: the same utterance carried by several articles,
//! found across cuts and small rewordings.

use rayon::prelude::*;

use std::borrow::Cow;

use super::attribute::PIECES_JOINED;
use crate::language::words::{count_words, shingles};
use crate::model::{ArticleIx, Block, Quote, QuoteIx, QuoteKind, small};

/// Shared share of the shorter quote's shingles at which two quotes are
/// the same utterance.
const SAME_UTTERANCE: f64 = 0.5;
/// Shingles in more quotes than this are set phrases, not evidence.
const COMMON_SHINGLE: usize = 50;

/// What grouping found of the quotes' pieces, kept so that the quotes
/// of new articles can be grouped without the others being read again
/// (see [`more::group_more`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shingled {
    /// Each piece's quote, and how many distinct shingles it has.
    pieces: Vec<(u32, u32)>,
    /// (shingle, piece) of each shingle in at most [`COMMON_SHINGLE`]
    /// pieces, in order.
    posts: Vec<Post>,
    /// The shingles in more pieces (set phrases), in order.
    common: Vec<u64>,
}

/// A shingle and a piece that has it, in 12 bytes, not 16: an archive of
/// 100,000 articles has millions. Ordered by shingle, then piece.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[repr(C, packed(4))]
struct Post(u64, u32);

/// Groups full quotes that are the same utterance in different articles.
/// Each piece of a quote is compared on its own (an utterance split by
/// its attribution is two remarks, and outlets cut differently), so two
/// quotes are one when a piece of each shares at least half the word
/// triples of the shorter piece. The pieces are read from each quote's
/// text; `body` gives an article's body for the rare quote whose text
/// cannot tell them (a piece that holds " … " itself). Returns the
/// groups, in order of their first quote, and what was found of the
/// pieces.
pub fn group(
    quotes: &[Quote],
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
) -> (Vec<Vec<QuoteIx>>, Shingled) {
    let pieces = shingled_pieces(quotes, 0..quotes.len(), body);
    // each piece's quote and size is all that is needed of it once its
    // shingles are posted
    let sizes: Vec<(u32, u32)> = pieces
        .iter()
        .map(|(q, s)| (small(q.0), small(s.len())))
        .collect();
    // Every (shingle, piece), in order: the pieces of each shingle side
    // by side.
    // (each piece's part filled in place, in parallel, the piece let go
    // as it is: a parallel collect copies it all once more)
    let mut posts: Vec<Post> = vec![Post(0, 0); pieces.iter().map(|p| p.1.len()).sum()];
    let mut parts = Vec::with_capacity(pieces.len());
    let mut rest = posts.as_mut_slice();
    for (_, s) in &pieces {
        let (part, after) = rest.split_at_mut(s.len());
        parts.push(part);
        rest = after;
    }
    parts
        .into_par_iter()
        .zip(pieces.into_par_iter())
        .enumerate()
        .for_each(|(p, (part, (_, s)))| {
            for (post, h) in part.iter_mut().zip(s) {
                *post = Post(h, small(p));
            }
        });
    let pieces = sizes;
    posts.par_sort_unstable();
    // Each pair of pieces from different articles, once per shingle they
    // share (set phrases aside); then counted.
    let article = |p: u32| quotes[pieces[p as usize].0 as usize].article;
    let pairs: Vec<(u32, u32)> = posts
        .par_chunk_by(|a, b| a.0 == b.0)
        .filter(|run| (2..=COMMON_SHINGLE).contains(&run.len()))
        .flat_map_iter(|run| {
            run.iter().enumerate().flat_map(move |(i, &Post(_, p))| {
                run[i + 1..]
                    .iter()
                    .filter(move |&&Post(_, o)| article(o) != article(p))
                    .map(move |&Post(_, o)| (p, o))
            })
        })
        .collect();
    // what is kept: the posts of the shingles that are not set phrases
    // (the rest let go before the pairs are sorted)
    let mut common = Vec::new();
    let mut kept = 0;
    let mut at = 0;
    while at < posts.len() {
        let h = posts[at].0;
        let run = posts[at..].iter().take_while(|p| p.0 == h).count();
        if run > COMMON_SHINGLE {
            common.push(h);
        } else {
            posts.copy_within(at..at + run, kept);
            kept += run;
        }
        at += run;
    }
    posts.truncate(kept);
    posts.shrink_to_fit();
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    join_pairs(&mut parent, pairs, &pieces);
    let shingled = Shingled {
        pieces,
        posts,
        common,
    };
    (groups_of(&mut parent), shingled)
}

/// (quote, shingles of a piece) for every piece of four words or more of
/// the full quotes `which`.
fn shingled_pieces(
    quotes: &[Quote],
    which: impl IntoParallelIterator<Item = usize>,
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
) -> Vec<(QuoteIx, Vec<u64>)> {
    which
        .into_par_iter()
        .filter(|&i| quotes[i].kind == QuoteKind::Full)
        .flat_map_iter(|i| {
            pieces(&quotes[i], body)
                .into_iter()
                .filter(|t| count_words(t) >= 4)
                .map(move |t| (QuoteIx(i), shingles(&t)))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Joins the quotes of each pair of `pieces` (listed once per shingle
/// they share) that share at least half the shingles of the shorter.
fn join_pairs(parent: &mut [usize], mut pairs: Vec<(u32, u32)>, pieces: &[(u32, u32)]) {
    pairs.par_sort_unstable();
    for same in pairs.chunk_by(|a, b| a == b) {
        let (p, o) = (same[0].0 as usize, same[0].1 as usize);
        let smaller = pieces[p].1.min(pieces[o].1).max(1);
        if same.len() as f64 / f64::from(smaller) >= SAME_UTTERANCE {
            join(parent, pieces[p].0 as usize, pieces[o].0 as usize);
        }
    }
}

/// The root of `x`'s tree of quotes, the path to it shortened.
fn find(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// One tree of the trees of `a` and `b`.
fn join(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    parent[a.max(b)] = a.min(b);
}

/// The groups of more than one quote, each in order, in order of their
/// first quote.
fn groups_of(parent: &mut [usize]) -> Vec<Vec<QuoteIx>> {
    // (most quotes are a group of one: counted first, so that only groups
    // of several get a list)
    let roots: Vec<usize> = (0..parent.len()).map(|i| find(parent, i)).collect();
    let mut size = vec![0u32; roots.len()];
    for &r in &roots {
        size[r] += 1;
    }
    let mut slot = vec![u32::MAX; roots.len()];
    let mut groups: Vec<Vec<QuoteIx>> = Vec::new();
    for (i, &r) in roots.iter().enumerate() {
        if size[r] < 2 {
            continue;
        }
        if slot[r] == u32::MAX {
            slot[r] = small(groups.len());
            groups.push(Vec::with_capacity(size[r] as usize));
        }
        groups[slot[r] as usize].push(QuoteIx(i));
    }
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

pub mod more;
#[cfg(test)]
mod tests;
