//! The files of a load, one at a time: a record fresh in the cache, with
//! its stage 1 read from there, or a file read again, with its stage 1
//! made at once (and written to the cache begun, when there is one).

use std::path::PathBuf;

use crate::analysis::{self, ArticleReading};
use crate::cache::{self, Blobs, FileRecord, Stamp};
use crate::ingest;
use crate::model::Article;

/// Each article's body blob, as [`cache::Kept`] takes them.
pub(super) fn held(bodies: &[Option<cache::Blob>]) -> Vec<cache::Blob> {
    bodies.iter().map(|b| b.unwrap_or_default()).collect()
}

/// What goes with an article of a changed archive: its stage 1 (if
/// read), its body blob (when still in the cache), its place in the
/// store the cache was written of (when unchanged since).
pub(super) type Along = ((Option<ArticleReading>, Option<cache::Blob>), Option<usize>);

/// A file's place in a load: its record as cached (bodies and stage 1
/// still in the cache) with where its articles were in the store the
/// cache was written of, or read (from the file, or stage 1 from the
/// cache).
pub(super) enum Slot {
    /// (boxed: a slot is as small as the list of them can be)
    Cached(Box<FileRecord>, usize),
    Read(Box<Read>),
}

impl Slot {
    /// How many articles the file has.
    pub(super) fn len(&self) -> usize {
        match self {
            Slot::Cached(r, _) => r.articles.len(),
            Slot::Read(r) => r.articles.len(),
        }
    }
}

/// A file's articles, and what stage 1 there is.
pub(super) struct Read {
    pub(super) path: PathBuf,
    pub(super) key: String,
    pub(super) stamp: Stamp,
    /// With their bodies, unless `bodies`.
    pub(super) articles: Vec<Article>,
    pub(super) readings: Vec<Option<ArticleReading>>,
    /// Where the readings are in the cache being written, when they are.
    pub(super) readings_at: Option<cache::Blob>,
    pub(super) problems: Vec<ingest::Problem>,
    /// Each article's body blob, when the articles are held without them
    /// (in the cache read, or the one being written).
    pub(super) bodies: Option<Vec<cache::Blob>>,
    /// Where the articles were in the store the cache read was written
    /// of, when they come from it.
    pub(super) was: Option<usize>,
}

/// A cached record with its stage 1 read from the cache, its bodies left
/// there; `None` when a part cannot be read (the file is then read
/// again).
pub(super) fn hydrate(r: FileRecord, start: usize, blobs: &Blobs) -> Option<Read> {
    let n = r.articles.len();
    if r.bodies.len() != n {
        return None;
    }
    let readings: Vec<ArticleReading> = blobs.decode(r.readings).ok()?;
    if readings.len() != n || readings.iter().any(|r| !r.names.is_whole()) {
        return None;
    }
    Some(Read {
        path: r.path,
        key: r.key,
        stamp: r.stamp,
        articles: r.articles,
        readings: readings.into_iter().map(Some).collect(),
        readings_at: None,
        problems: r.problems,
        bodies: Some(r.bodies),
        was: Some(start),
    })
}

impl Read {
    /// Reads file `i` of `plan` (of `stamp`) and its stage 1. With a
    /// `spill`, the bodies and stage 1 go into the cache begun, and the
    /// articles are held without their bodies.
    pub(super) fn file(
        plan: &ingest::Plan,
        i: usize,
        stamp: Stamp,
        spill: Option<&cache::Spill>,
    ) -> Read {
        let (mut articles, problems) = plan.read_file(i);
        // stage 1 at once, while the text is at hand
        let readings: Vec<ArticleReading> = articles.iter().map(analysis::read_article).collect();
        let spilled = spill.and_then(|s| s.put(&articles, &readings).ok());
        if spilled.is_some() {
            articles.iter_mut().for_each(|a| a.body = Vec::new());
        }
        let (bodies, readings_at) = spilled.unzip();
        let (path, key) = plan.files[i].clone();
        Read {
            path,
            key,
            stamp,
            articles,
            readings: readings.into_iter().map(Some).collect(),
            readings_at,
            problems,
            bodies,
            was: None,
        }
    }
}
