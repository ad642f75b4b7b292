//! The cache of a store just loaded, written after the store is handed
//! over: what the grouping found of the quotes' pieces, then each file's
//! parts (its articles' bodies copied from the cache they were left in,
//! or written), then the rest of what the archive-wide stages found and
//! the indexes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::archive::Derivations;
use crate::analysis::ArticleReading;
use crate::analysis::quotes::group::Shingled;
use crate::cache::{self, Blobs, Stamp};
use crate::ingest;
use crate::model::{Article, ArticlePeople};
use crate::query::SearchIndex;

/// The cache of a store just loaded, still to write: its files' parts,
/// what the archive-wide stages found, and the indexes once built.
#[derive(Debug)]
pub struct CacheWrite {
    pub(super) path: PathBuf,
    pub(super) roots: cache::Roots,
    /// Each file's path, key, stamp and problems, and how many articles.
    pub(super) files: Vec<(FileHead, usize)>,
    pub(super) articles: Arc<Vec<Article>>,
    pub(super) readings: Vec<ArticleReading>,
    /// The ids the store made unique, by article, as they were read.
    pub(super) renamed: HashMap<usize, String>,
    pub(super) derivations: Derivations,
    /// What the grouping found of the quotes' pieces.
    pub(super) shingled: Shingled,
    /// Where the bodies of articles held without them are.
    pub(super) bodies: HeldBodies,
    /// The cache file begun while the files were read, when it was.
    pub(super) spill: Option<cache::Spill>,
    /// Where the mentions are in it, when they went in after attribution
    /// (see [`park_mentions`]).
    pub(super) mentions: Option<Vec<cache::Blob>>,
}

/// Writes the mentions of `cast` into the cache begun, `spill`, and takes
/// them out of it: where they are, or `None` (and the mentions left) when
/// they cannot be written, or flushed to be read. A failure gives the
/// cache begun up, as every failure to write it does: no cache is written
/// then.
pub(super) fn park_mentions(
    spill: &cache::Spill,
    cast: &mut [ArticlePeople],
) -> Option<Vec<cache::Blob>> {
    let at = spill.put_parts(&cache::mention_parts(cast)).ok()?;
    // (read from the file: what is still buffered is not there)
    spill.flush().ok()?;
    cast.iter_mut().for_each(|c| drop(c.take_mentions()));
    Some(at)
}

/// Where the bodies of the articles a store holds without them are, when
/// its cache is to be written.
#[derive(Debug)]
pub(super) enum HeldBodies {
    /// Nowhere: each article has its own.
    None,
    /// In the cache it was loaded from, each article's blob there (if
    /// so): copied into the new one.
    In(Blobs, Vec<Option<cache::Blob>>),
    /// In the new cache, written while the files were read, with each
    /// file's readings ([`CacheWrite::spill`]).
    Spilled {
        bodies: Vec<Option<cache::Blob>>,
        readings: Vec<cache::Blob>,
    },
}

/// A file's path, key, stamp and problems.
pub(super) type FileHead = (PathBuf, String, Stamp, Vec<ingest::Problem>);

impl CacheWrite {
    /// Writes the cache; `indexes` gives the store's indexes, once the
    /// grouping's part is written and let go. Returns its size and what it
    /// keeps for the store (see [`crate::store::Store::keep_in`]), or why it could not
    /// be written.
    pub fn write(
        self,
        indexes: impl FnOnce() -> [Arc<SearchIndex>; 2],
    ) -> Result<(u64, cache::Kept), String> {
        let mut at = 0;
        // (each file's articles, bodies and readings are there by
        // construction; a part missing writes no cache rather than a
        // wrong one)
        let files: Option<Vec<cache::FileToWrite>> = self
            .files
            .iter()
            .enumerate()
            .map(|(f, ((path, key, stamp, problems), n))| {
                let range = at..at + n;
                at += n;
                let own = || self.readings.get(range.clone()).map(cache::Readings::Own);
                let (bodies, readings) = match &self.bodies {
                    HeldBodies::None => (cache::Bodies::Own, own()?),
                    HeldBodies::In(b, at) => (cache::Bodies::In(b, at.get(range.clone())?), own()?),
                    HeldBodies::Spilled { bodies, readings } => (
                        cache::Bodies::Written(bodies.get(range.clone())?),
                        cache::Readings::Written(*readings.get(f)?),
                    ),
                };
                Some(cache::FileToWrite {
                    path,
                    key,
                    stamp: *stamp,
                    articles: with_ids(
                        self.articles.get(range.clone())?,
                        range.start,
                        &self.renamed,
                    ),
                    readings,
                    problems,
                    bodies,
                })
            })
            .collect();
        let files = files.ok_or("cannot write the cache: a part of it is missing")?;
        let writer = match self.spill {
            Some(spill) => spill.into_writer().map_err(std::io::Error::other),
            None => cache::file::Writer::create(&self.path),
        };
        // What the grouping found goes in first and is let go: it and the
        // indexes are the largest parts, and the peak of a first load is
        // lower by its size when they are not held together. Then the
        // indexes, on every core: the filter waits for them, nothing waits
        // for the rest of the cache.
        let shingled = self.shingled;
        let written = writer.and_then(|mut w| {
            let at = w.blob(&shingled)?;
            Ok((w, at))
        });
        drop(shingled);
        let indexes = indexes();
        written
            .and_then(|(w, shingles)| {
                let files = cache::write_files(w, &files)?;
                let mentions = self.mentions.as_deref();
                let derived = self.derivations.with(&indexes, shingles, mentions);
                files.finish(&self.roots, &derived)
            })
            .map_err(|e| format!("cannot write the cache: {e}"))
    }
}

/// `articles` (the store's from index `from` on) as they were read: ids
/// made unique by the store (`renamed`: index → id as read) put back.
pub(super) fn with_ids<'a>(
    articles: &'a [Article],
    from: usize,
    renamed: &HashMap<usize, String>,
) -> Cow<'a, [Article]> {
    let range = from..from + articles.len();
    if range.clone().all(|i| !renamed.contains_key(&i)) {
        return Cow::Borrowed(articles);
    }
    let mut own = articles.to_vec();
    for (a, i) in own.iter_mut().zip(range) {
        if let Some(id) = renamed.get(&i) {
            a.id = id.clone();
        }
    }
    Cow::Owned(own)
}
