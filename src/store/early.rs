//! A start with a cache: the archive as the cache has it, shown at once,
//! while the files are checked against it. Most starts find nothing
//! changed and keep what they showed; otherwise the load goes on as
//! [`super::load_cached`] does (from the files as the check found them),
//! and its store replaces the early one.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::archive::Store;
use super::cache_use::CacheUse;
use super::cached::CacheReport;
use super::found::Found;
use super::load::Loaded;
use crate::cache::{self, Stamp};
use crate::ingest::{self, LoadError, Problem};
use crate::query::SearchIndex;

/// What the cache recorded of each file, to check the files against.
#[derive(Debug)]
pub struct Recorded {
    /// Each file, in path order: a 128-bit hash of its path, key and
    /// stamp (a tenth of the memory of the three).
    files: Vec<u128>,
    /// The problems recorded with the files.
    problems: Vec<Problem>,
    /// The cache file, and its size.
    path: PathBuf,
    size: u64,
}

/// The store of `paths` as their cache has it (bodies and mentions left
/// in the cache, the search indexes read), with the problems it recorded, and what
/// to check the files against; `None` unless there is a cache of
/// exactly these paths with the archive-wide results in it. A cache that
/// cannot be used is left alone: the full load says why and makes it
/// anew.
pub fn open_early(paths: &[PathBuf], how: &CacheUse) -> Option<(Loaded, Recorded)> {
    if !how.reads() || paths.iter().any(|p| p.as_os_str() == ingest::STDIN) {
        return None;
    }
    let roots = cache::roots(paths);
    let path = how.path(&roots)?;
    let (mut c, blobs) = cache::read(&path).ok()?;
    if c.roots != roots.full() {
        return None;
    }
    c.respell(&roots.given);
    // (roots given otherwise may come in another order)
    if !c.files.is_sorted_by(|a, b| a.path < b.path) {
        return None;
    }
    let analysis = c.analysis?;
    let size = std::fs::metadata(&path).ok()?.len();
    if c.files.iter().any(|r| r.bodies.len() != r.articles.len()) {
        return None;
    }
    // the search indexes read while the store is put together
    let indexes = c.indexes;
    let (gathered, indexes) = rayon::join(
        || {
            let files: Vec<u128> = c
                .files
                .par_iter()
                .map(|r| fingerprint(&r.path, &r.key, &r.stamp))
                .collect();
            // (each list made at its size: no copy of a hundred thousand
            // articles as it grows)
            let n = c.files.iter().map(|r| r.articles.len()).sum();
            let (mut articles, mut bodies) = (Vec::with_capacity(n), Vec::with_capacity(n));
            let mut problems = Vec::new();
            for r in c.files {
                articles.extend(r.articles);
                bodies.extend(r.bodies);
                problems.extend(r.problems);
            }
            let mut nothing = vec![(); articles.len()];
            let (articles, _) = Store::prepare_keeping_ids(articles, &mut nothing);
            (Store::analysed(articles, analysis), files, bodies, problems)
        },
        || {
            let [a, q] = indexes?;
            let decode = |b| blobs.decode::<SearchIndex>(b).ok();
            Some((decode(a)?, decode(q)?))
        },
    );
    let (store, files, bodies, problems) = gathered;
    let kept = cache::Kept::new(blobs, bodies, c.mentions, c.indexes);
    let store = store.with_kept(kept);
    if let Some((a, q)) = indexes {
        store.set_indexes(a, q);
    }
    let recorded = Recorded {
        files,
        problems: problems.clone(),
        path,
        size,
    };
    Some((Loaded { store, problems }, recorded))
}

impl Recorded {
    /// When the files at `paths` are exactly those recorded (the same
    /// paths, keys, sizes, times and inodes, their folders' sidecars
    /// too), the early store stands: the problems of the load (finding
    /// the files, and those recorded) and what the cache did. `None` when
    /// anything changed.
    pub fn unchanged(
        &self,
        paths: &[PathBuf],
    ) -> Result<Option<(Vec<Problem>, CacheReport)>, LoadError> {
        Ok(match self.check(paths)? {
            Checked::Unchanged(problems, report) => Some((problems, report)),
            Checked::Changed(_) => None,
        })
    }

    /// [`Recorded::unchanged`], and the files found and stamped when
    /// something changed, for the load that follows
    /// ([`load_found`](super::cached::load_found)).
    pub fn check(&self, paths: &[PathBuf]) -> Result<Checked, LoadError> {
        let found = Found::of(paths)?;
        let (plan, stamps) = found.parts();
        let same =
            !plan.has_stdin()
                && plan.files.len() == self.files.len()
                && plan.files.iter().zip(stamps).zip(&self.files).all(
                    |(((f, key), stamp), &was)| {
                        stamp
                            .as_ref()
                            .is_some_and(|s| fingerprint(f, key, s) == was)
                    },
                );
        if !same {
            return Ok(Checked::Changed(Box::new(found)));
        }
        let (mut plan, _) = found.into_parts();
        // in the order a full load gives them
        let (_, mut problems) = plan.take_rest();
        problems.extend(self.problems.iter().cloned());
        problems.sort_by(|a, b| a.path.cmp(&b.path));
        let report = CacheReport {
            path: Some(self.path.clone()),
            fresh: self.files.len(),
            read: 0,
            whole: true,
            size: self.size,
            note: None,
        };
        Ok(Checked::Unchanged(problems, report))
    }
}

/// What checking the files against an early store found.
#[derive(Debug)]
pub enum Checked {
    /// Nothing changed: the early store stands, with the problems of
    /// the load and what the cache did.
    Unchanged(Vec<Problem>, CacheReport),
    /// Something did: the files as found, for
    /// [`load_found`](super::cached::load_found), which need not walk and
    /// stamp them again.
    Changed(Box<Found>),
}

/// A file's path, key and stamp, as one 128-bit hash.
fn fingerprint(path: &Path, key: &str, stamp: &Stamp) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(path.as_os_str().as_encoded_bytes());
    h.update(&[0]);
    h.update(key.as_bytes());
    h.update(&[0]);
    let f = |s: &crate::cache::FileStamp| {
        [s.size, s.mtime as u64, s.mtime_ns as u64, s.inode, s.device]
    };
    for n in f(&stamp.file)
        .into_iter()
        .chain(stamp.sidecar.as_ref().map(f).into_iter().flatten())
    {
        h.update(&n.to_le_bytes());
    }
    h.update(&[u8::from(stamp.sidecar.is_some())]);
    h.digest128()
}
