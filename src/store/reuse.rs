//! A changed archive loaded through its cache: what the cache's analysis
//! found is kept for the unchanged articles where it still holds (see
//! [`Earlier`]), and the bodies of unchanged articles stay in the cache,
//! read only when attribution needs one.

use crate::analysis::Analysis;
use crate::analysis::earlier::Earlier;
use crate::cache::{self, Blob, Blobs};
use crate::model::{Article, ArticleIx, Block};

/// The cache's analysis, with each of its articles' mentions read from
/// its `parts`, for the articles whose places in it are `was`; `None` when the
/// cache cannot give all of them.
pub(super) fn earlier(
    analysis: Analysis,
    blobs: &Blobs,
    parts: &[Blob],
    was: Vec<Option<usize>>,
) -> Option<Earlier> {
    let mentions = cache::mentions(blobs, parts).ok()?;
    let n = analysis.cast.len();
    if mentions.len() != n || was.iter().flatten().any(|&w| w >= n) {
        return None;
    }
    Some(Earlier {
        was,
        people: analysis.people,
        quotes: analysis.quotes,
        mentions,
    })
}

/// The body of article `ix`, held without it: from the cache (`kept`
/// gives each article's blob in `blobs`), else from its file again.
pub(super) fn body(
    articles: &[Article],
    kept: &[Option<Blob>],
    blobs: Option<&Blobs>,
    ix: ArticleIx,
) -> Vec<Block> {
    let Some(a) = articles.get(ix.index()) else {
        return Vec::new();
    };
    kept.get(ix.index())
        .copied()
        .flatten()
        .zip(blobs)
        .and_then(|(b, blobs)| blobs.decode(b).ok())
        .unwrap_or_else(|| crate::ingest::body_again(a))
}
