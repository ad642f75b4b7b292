//! Loading through the persistent cache ([`crate::cache`]): files whose
//! stamp is unchanged are not read again, and when no file changed the
//! archive-wide stages are not run again either. A cache that cannot be
//! used is said so, set aside when damaged, and made anew.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::archive::Store;
use super::load::{Loaded, Update, reading};
use crate::analysis::{self, ArticleReading};
use crate::cache::{
    self, Cache, CacheRef, FileRecord, FileRecordRef, FileStamp, Readings, Stamp, Unusable,
};
use crate::ingest::{self, LoadError, META_FILE};
use crate::model::Article;

/// Where the cache is kept, and whether it is used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CacheUse {
    /// In the user's cache folder ([`cache::dir`]).
    #[default]
    Default,
    /// In this folder.
    In(PathBuf),
    /// Made anew, whatever is there: in this folder, or the user's.
    Rebuild(Option<PathBuf>),
    /// No cache: everything read, nothing written.
    Off,
}

/// What the cache did for a load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheReport {
    /// The cache file, when there is one.
    pub path: Option<PathBuf>,
    /// Files whose record was fresh, and files read.
    pub fresh: usize,
    pub read: usize,
    /// Whether the archive-wide stages came from the cache.
    pub whole: bool,
    /// Its size once written (or as found, when nothing changed).
    pub size: u64,
    /// Why the cache was not used or not written, when that happened.
    pub note: Option<String>,
}

/// Loads the articles at `paths` (files, or folders read recursively).
/// Fails only when a given path does not exist or cannot be read.
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    load_paths_reporting(paths, &mut |_| {})
}

/// [`load_paths`], telling `on` how far it has gone: files read (every
/// [`TICK`]), the articles once all are read, each stage of the analysis.
pub fn load_paths_reporting(
    paths: &[PathBuf],
    on: &mut dyn FnMut(Update),
) -> Result<Loaded, LoadError> {
    load_cached(paths, &CacheUse::Off, on).map(|(l, _)| l)
}

/// Loads the articles at `paths` through the cache, telling `on` how far
/// it has gone (as [`super::load_paths_reporting`]).
pub fn load_cached(
    paths: &[PathBuf],
    how: &CacheUse,
    on: &mut dyn FnMut(Update),
) -> Result<(Loaded, CacheReport), LoadError> {
    let mut plan = ingest::plan(paths)?;
    let mut report = CacheReport::default();
    let dir = match how {
        CacheUse::Off => None,
        CacheUse::In(d) | CacheUse::Rebuild(Some(d)) => Some(d.clone()),
        CacheUse::Default | CacheUse::Rebuild(None) => {
            let d = cache::dir();
            if d.is_none() {
                report.note = Some("no cache: neither XDG_CACHE_HOME nor HOME is set".to_string());
            }
            d
        }
    };
    // standard input is read once and never cached
    let dir = dir.filter(|_| !plan.has_stdin());
    let roots = cache::roots(paths);
    let path = dir.map(|d| cache::path_for(&d, &roots));
    let mut old = match (&path, how) {
        (Some(p), CacheUse::Default | CacheUse::In(_)) => match cache::file::read::<Cache>(p) {
            Ok(c) if c.roots == roots => c,
            Ok(_) => {
                report.note = Some("the cache was for other folders: made anew".into());
                Cache::default()
            }
            Err(Unusable::Missing) => Cache::default(),
            Err(why) => {
                let mut note = format!("{why}: made anew");
                if why.is_damage()
                    && let Some(to) = cache::file::set_aside(p)
                {
                    note = format!("{why}: set aside as {}; made anew", to.display());
                }
                report.note = Some(note);
                Cache::default()
            }
        },
        _ => Cache::default(),
    };
    report.path = path.clone();
    let old_analysis = old.analysis.take();
    let mut records = std::mem::take(&mut old).into_records();

    // Which files are fresh: same stamp, same key, as when recorded.
    let sidecars: HashMap<&Path, Option<FileStamp>> = plan
        .files
        .iter()
        .filter_map(|(f, _)| f.parent())
        .collect::<std::collections::HashSet<_>>()
        .into_iter()
        .map(|d| (d, FileStamp::of(&d.join(META_FILE))))
        .collect();
    let stamps: Vec<Option<Stamp>> = plan
        .files
        .par_iter()
        .map(|(f, _)| {
            Some(Stamp {
                file: FileStamp::of(f)?,
                sidecar: f.parent().and_then(|d| sidecars.get(d).copied().flatten()),
            })
        })
        .collect();
    let mut slots: Vec<Option<FileRecord>> = plan
        .files
        .iter()
        .zip(&stamps)
        .map(|((f, key), stamp)| {
            let r = records.remove(f)?;
            (Some(r.stamp) == *stamp && &r.key == key).then_some(r)
        })
        .collect();
    let fresh = slots.iter().filter(|s| s.is_some()).count();
    let gone = !records.is_empty();
    drop(records);

    // Read what is not fresh.
    let total = plan.len();
    let done = AtomicUsize::new(fresh);
    let stale: Vec<usize> = (0..total).filter(|&i| slots[i].is_none()).collect();
    let read: Vec<(usize, FileRecord)> = reading(total, &done, on, || {
        stale
            .par_iter()
            .map(|&i| {
                let (articles, problems) = plan.read_file(i);
                done.fetch_add(1, Ordering::Relaxed);
                let (path, key) = plan.files[i].clone();
                // stamped before reading: a file changed meanwhile is read
                // again next time
                let stamp = stamps[i].unwrap_or(Stamp {
                    file: FileStamp::default(),
                    sidecar: None,
                });
                let record = FileRecord {
                    path,
                    key,
                    stamp,
                    articles,
                    readings: Readings::default(),
                    problems,
                };
                (i, record)
            })
            .collect()
    });
    report.fresh = fresh;
    report.read = read.len();
    for (i, r) in read {
        slots[i] = Some(r);
    }
    let records: Vec<FileRecord> = slots.into_iter().flatten().collect();
    let (from_stdin, walk_problems) = plan.take_rest();

    // Nothing changed: the archive-wide stages' results are used as they
    // are, and stage 1 is not even decoded.
    let whole = report.read == 0 && !gone && old_analysis.is_some();
    report.whole = whole;

    // The articles, in path order, and each file's range of them.
    let mut articles = Vec::new();
    let mut readings: Vec<Option<ArticleReading>> = Vec::new();
    let mut problems = walk_problems;
    let mut kept = Vec::with_capacity(records.len());
    for r in records {
        let n = r.articles.len();
        articles.extend(r.articles);
        match (!whole).then(|| r.readings.decode(n)).flatten() {
            Some(decoded) => readings.extend(decoded.into_iter().map(Some)),
            None => readings.extend((0..n).map(|_| None)),
        }
        problems.extend(r.problems.iter().cloned());
        kept.push(Kept {
            path: r.path,
            key: r.key,
            stamp: r.stamp,
            n,
            problems: r.problems,
            readings: r.readings,
        });
    }
    for (a, p) in from_stdin {
        readings.extend(a.iter().map(|_| None));
        articles.extend(a);
        problems.extend(p);
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    let (articles, renamed) = Store::prepare_keeping_ids(articles, &mut readings);
    on(Update::Listed(Box::new(Store::listing(Arc::clone(
        &articles,
    )))));

    let (analysis, readings) = match old_analysis.filter(|_| whole) {
        Some(a) => (a, Vec::new()),
        None => {
            on(Update::Stage(analysis::Stage::Reading));
            let readings: Vec<ArticleReading> = readings
                .into_par_iter()
                .zip(articles.par_iter())
                .map(|(r, a)| r.unwrap_or_else(|| analysis::read_article(a)))
                .collect();
            let a = analysis::analyse_readings(&articles, &readings, &mut |s| {
                on(Update::Stage(s));
            });
            (a, readings)
        }
    };

    if let Some(p) = &path {
        if whole {
            report.size = std::fs::metadata(p).map_or(0, |m| m.len());
        } else {
            let mut at = 0;
            let files: Vec<FileRecordRef> = kept
                .iter()
                .map(|k| {
                    let range = at..at + k.n;
                    at += k.n;
                    let readings = if k.readings.is_empty() || readings.is_empty() {
                        Cow::Owned(Readings::encode(readings.get(range.clone()).unwrap_or(&[])))
                    } else {
                        Cow::Borrowed(&k.readings)
                    };
                    FileRecordRef {
                        path: &k.path,
                        key: &k.key,
                        stamp: k.stamp,
                        articles: with_ids(&articles, range, &renamed),
                        readings,
                        problems: &k.problems,
                    }
                })
                .collect();
            let c = CacheRef {
                roots: &roots,
                files,
                analysis: Some(&analysis),
            };
            match cache::file::write(p, &c) {
                Ok(n) => report.size = n,
                Err(e) => report.note = Some(format!("cannot write the cache: {e}")),
            }
        }
    }
    let loaded = Loaded {
        store: Store::analysed(articles, analysis),
        problems,
    };
    Ok((loaded, report))
}

/// What is kept of a file's record to write the cache again.
struct Kept {
    path: PathBuf,
    key: String,
    stamp: Stamp,
    /// How many articles.
    n: usize,
    problems: Vec<ingest::Problem>,
    readings: Readings,
}

/// The articles of `range` as they were read: ids made unique by the
/// store (`renamed`: index → id as read) put back.
fn with_ids<'a>(
    articles: &'a [Article],
    range: std::ops::Range<usize>,
    renamed: &HashMap<usize, String>,
) -> Cow<'a, [Article]> {
    if range.clone().all(|i| !renamed.contains_key(&i)) {
        return Cow::Borrowed(&articles[range]);
    }
    let mut own = articles[range.clone()].to_vec();
    for (a, i) in own.iter_mut().zip(range) {
        if let Some(id) = renamed.get(&i) {
            a.id = id.clone();
        }
    }
    Cow::Owned(own)
}
