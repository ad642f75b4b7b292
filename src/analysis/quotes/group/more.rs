//! The quotes of new articles grouped with those of an archive grouped
//! before, from what was found of its pieces then ([`Shingled`]): only
//! the new quotes are read. The groups found so are those [`super::group`]
//! finds over all the quotes.

use super::{COMMON_SHINGLE, Post, Shingled, groups_of, join, join_pairs, shingled_pieces, small};
use crate::model::{ArticleIx, Block, Quote, QuoteIx};

/// [`super::group`] of `quotes`, from the `groups` and the pieces (`then`) of
/// the quotes of then: `was` gives each quote's index then, when it is a
/// quote of then (its text, kind and spans as they were). `None` when it
/// cannot be: a quote of then with a piece is gone (a group can come
/// apart), or a shingle the quotes of then shared becomes a set phrase
/// with the new ones (their pairs through it no longer count).
pub fn group_more(
    then: Shingled,
    groups: &[Vec<QuoteIx>],
    was: &[Option<usize>],
    quotes: &[Quote],
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
) -> Option<(Vec<Vec<QuoteIx>>, Shingled)> {
    // each quote of then's index now
    let mut to: Vec<Option<u32>> = Vec::new();
    for (q, w) in was.iter().enumerate() {
        if let &Some(w) = w {
            if to.len() <= w {
                to.resize(w + 1, None);
            }
            to[w] = Some(small(q));
        }
    }
    let now = |q: usize| to.get(q).copied().flatten();
    if !then.holds_together() {
        return None;
    }
    let Shingled {
        mut pieces,
        mut posts,
        mut common,
    } = then;
    for p in &mut pieces {
        p.0 = now(p.0 as usize)?;
    }
    // the new quotes' pieces, after those of then
    let new: Vec<usize> = (0..quotes.len()).filter(|&q| was[q].is_none()).collect();
    let fresh = shingled_pieces(quotes, new, body);
    let first = pieces.len();
    pieces.extend(fresh.iter().map(|(q, s)| (small(q.0), small(s.len()))));
    let mut new_posts: Vec<Post> = fresh
        .iter()
        .enumerate()
        .flat_map(|(k, (_, s))| s.iter().map(move |&h| Post(h, small(first + k))))
        .collect();
    new_posts.sort_unstable();

    // Each pair of pieces from different articles through a shingle a new
    // piece has, as [`super::group`] lists them: the pieces of then first.
    let article = |p: u32| quotes[pieces[p as usize].0 as usize].article;
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let (mut added, mut now_common): (Vec<Post>, Vec<u64>) = Default::default();
    for run in new_posts.chunk_by(|a, b| a.0 == b.0) {
        let h = run[0].0;
        if common.binary_search(&h).is_ok() {
            continue;
        }
        let old = &posts[posts.partition_point(|p| p.0 < h)..posts.partition_point(|p| p.0 <= h)];
        if old.len() + run.len() > COMMON_SHINGLE {
            // a set phrase now: pairs of then through it would not count
            if old.len() >= 2 {
                return None;
            }
            now_common.push(h);
            continue;
        }
        for (i, &Post(_, p)) in run.iter().enumerate() {
            let others = old.iter().map(|&Post(_, o)| (o, p));
            let later = run[i + 1..].iter().map(|&Post(_, o)| (p, o));
            pairs.extend(
                others
                    .chain(later)
                    .filter(|&(a, b)| article(a) != article(b)),
            );
        }
        added.extend_from_slice(run);
    }

    // the groups of then, joined by the new pairs
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    for g in groups {
        let mut g = g.iter().map(|q| now(q.0));
        let first = g.next().flatten()?;
        for q in g {
            join(&mut parent, first as usize, q? as usize);
        }
    }
    join_pairs(&mut parent, pairs, &pieces);

    // what is kept now
    if !now_common.is_empty() {
        posts.retain(|&Post(h, _)| now_common.binary_search(&h).is_err());
        common.extend(now_common);
        common.sort_unstable();
    }
    posts.extend(added);
    posts.sort_unstable();
    let shingled = Shingled {
        pieces,
        posts,
        common,
    };
    Some((groups_of(&mut parent), shingled))
}

impl Shingled {
    /// Whether it is as [`super::group`] leaves it: its posts and set
    /// phrases in order, each post of one of its pieces, no shingle in
    /// more posts than [`COMMON_SHINGLE`].
    fn holds_together(&self) -> bool {
        let pieces = self.pieces.len();
        self.posts.is_sorted()
            && self.common.is_sorted()
            && self.posts.iter().all(|&Post(_, p)| (p as usize) < pieces)
            && self
                .posts
                .chunk_by(|a, b| a.0 == b.0)
                .all(|run| run.len() <= COMMON_SHINGLE)
    }
}
