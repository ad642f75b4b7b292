//! A changed archive loaded through its cache: what the cache's analysis
//! found is kept for the unchanged articles where it still holds (see
//! [`Earlier`]), and the bodies of unchanged articles stay in the cache,
//! read only when attribution needs one.

use std::thread::JoinHandle;

use crate::analysis::Analysis;
use crate::analysis::earlier::Earlier;
use crate::analysis::quotes::group::Shingled;
use crate::cache::{self, Blob, Blobs};
use crate::model::{Article, ArticleIx, ArticlePeople, Block};

/// What an [`Earlier`] takes from the cache besides its analysis: each
/// of its articles' mentions, and what its grouping found of the quotes'
/// pieces (without it, the quotes are grouped anew).
pub(super) struct EarlierParts {
    mentions: Vec<ArticlePeople>,
    shingled: Option<Shingled>,
}

/// [`EarlierParts`] read from their `parts` and `shingles` in `blobs`, on
/// a thread of their own (while the articles are gathered); `None` when
/// the cache cannot give the mentions.
pub(super) fn read_earlier_parts(
    blobs: &Blobs,
    parts: Vec<Blob>,
    shingles: Option<Blob>,
) -> Option<JoinHandle<Option<EarlierParts>>> {
    let blobs = blobs.try_clone().ok()?;
    Some(std::thread::spawn(move || {
        Some(EarlierParts {
            mentions: cache::mentions(&blobs, &parts).ok()?,
            shingled: shingles.and_then(|b| blobs.decode(b).ok()),
        })
    }))
}

/// The cache's analysis, with its `parts`, for the articles whose places
/// in it are `was`; `None` when the parts do not fit it.
pub(super) fn earlier(
    analysis: Analysis,
    parts: EarlierParts,
    was: Vec<Option<usize>>,
) -> Option<Earlier> {
    let EarlierParts { mentions, shingled } = parts;
    let n = analysis.cast.len();
    if mentions.len() != n || was.iter().flatten().any(|&w| w >= n) {
        return None;
    }
    Some(Earlier {
        was,
        people: analysis.people,
        quotes: analysis.quotes,
        mentions,
        groups: analysis.quote_groups,
        shingled,
        quote_was: Vec::new(),
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
