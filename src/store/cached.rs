//! Loading through the persistent cache ([`crate::cache`]): files whose
//! stamp is unchanged are not read again, and when no file changed the
//! archive-wide stages are not run again either. A cache that cannot be
//! used is said so, set aside when damaged, and made anew.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use rayon::prelude::*;

use super::archive::Store;
use super::cache_use::{CacheUse, Opened};
pub use super::found::Found;
use super::load::{ARRIVING, Loaded, Update, reading};
use super::slots::{Along, Read, Slot, held, hydrate};
use super::write::{CacheWrite, HeldBodies};
use crate::analysis::{self, ArticleReading};
use crate::cache::{self, Blobs, FileRecord};
use crate::ingest::{self, LoadError};
use crate::model::{Article, ArticleIx};

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

/// Loads the articles at `paths` (files, or folders read recursively),
/// without the cache. Fails only when a given path does not exist or
/// cannot be read.
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    load_cached(paths, &CacheUse::Off, &mut |_| {}).map(|(l, _)| l)
}

/// Loads the articles at `paths` through the cache, telling `on` how far
/// it has gone: the cache being read, files read (every
/// `TICK`), the articles once all are read, each stage of
/// the analysis; then builds the indexes and writes the cache, if need
/// be.
pub fn load_cached(
    paths: &[PathBuf],
    how: &CacheUse,
    on: &mut dyn FnMut(Update),
) -> Result<(Loaded, CacheReport), LoadError> {
    let (loaded, mut report, write) = load_deferring(paths, how, false, on)?;
    if let Some(w) = write {
        on(Update::Stage(analysis::Stage::Indexes));
        write_cache(&loaded.store, w, &mut report);
    }
    Ok((loaded, report))
}

/// Writes the cache of `store`, loaded by [`load_deferring`], with its
/// indexes (built now when they are not yet); its size, or why it could
/// not be written, go in `report`.
pub fn write_cache(store: &Store, write: CacheWrite, report: &mut CacheReport) {
    match write.write(|| store.indexes()) {
        Ok((size, _)) => report.size = size,
        Err(e) => report.note = Some(e),
    }
}

/// [`load_cached`], the cache left to write: the store is ready before
/// it (without its indexes, when the cache is to be written). With
/// `arriving`, the articles are told as they are read, when there are
/// many ([`Update::Arriving`]).
pub fn load_deferring(
    paths: &[PathBuf],
    how: &CacheUse,
    arriving: bool,
    on: &mut dyn FnMut(Update),
) -> Result<(Loaded, CacheReport, Option<CacheWrite>), LoadError> {
    // the files are found while the cache is read: neither needs the
    // other (unless standard input is read, which is never cached)
    if paths.iter().any(|p| p.as_os_str() == ingest::STDIN) {
        return load_found(Found::of(paths)?, paths, how, arriving, on);
    }
    let (found, opened) = rayon::join(
        || Found::of(paths),
        || Opened::read(paths, how, false, &mut || {}),
    );
    let found = found?;
    // (what the cache has of each file is matched and read next)
    if opened.blobs.is_some() {
        on(Update::Cache(found.len()));
    }
    load_opened(found, opened, arriving, on)
}

/// [`load_deferring`] of files found already (by a check of an early
/// store, which found them changed).
pub fn load_found(
    found: Found,
    paths: &[PathBuf],
    how: &CacheUse,
    arriving: bool,
    on: &mut dyn FnMut(Update),
) -> Result<(Loaded, CacheReport, Option<CacheWrite>), LoadError> {
    let n = found.len();
    let opened = Opened::read(paths, how, found.has_stdin(), &mut || on(Update::Cache(n)));
    load_opened(found, opened, arriving, on)
}

/// [`load_found`] with its cache read.
fn load_opened(
    found: Found,
    opened: Opened,
    arriving: bool,
    on: &mut dyn FnMut(Update),
) -> Result<(Loaded, CacheReport, Option<CacheWrite>), LoadError> {
    let (mut plan, stamps) = found.into_parts();
    let Opened {
        roots,
        path,
        old,
        mut blobs,
        note,
    } = opened;
    let mut report = CacheReport {
        path: path.clone(),
        note,
        ..CacheReport::default()
    };
    // A first load (no cache to take from) writes each file's bodies and
    // stage 1 into the new cache as it reads the file, and holds the
    // articles without their bodies from then on.
    let spill = match (&path, &blobs) {
        (Some(p), None) => cache::Spill::create(p).ok(),
        _ => None,
    };
    let mut old_analysis = old.analysis;
    let mut mentions = old.mentions;
    let indexes = old.indexes;
    let shingles = old.shingles;
    // each record with where its articles were in the store it was
    // written of (the cache is written in the store's order)
    let mut was = 0;
    let mut records: Vec<(FileRecord, usize)> = old
        .files
        .into_iter()
        .map(|r| {
            was += r.articles.len();
            let start = was - r.articles.len();
            (r, start)
        })
        .collect();
    // both lists are in path order (the cache is written so; a cache that
    // is not is put in order rather than believed)
    // (nor is the analysis then: it speaks of the articles in the order
    // the cache was written in, which the roots given otherwise can change)
    let resorted = !records.is_sorted_by(|a, b| a.0.path < b.0.path);
    if resorted {
        records.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    }

    // Which files are fresh: same stamp, same key, as when recorded.
    let mut records = records.into_iter().peekable();
    let mut gone = false;
    let mut slots: Vec<Option<Slot>> = plan
        .files
        .iter()
        .zip(&stamps)
        .map(|((f, key), stamp)| {
            while records.next_if(|r| r.0.path < *f).is_some() {
                gone = true;
            }
            let (r, start) = records.next_if(|r| r.0.path == *f)?;
            (Some(r.stamp) == *stamp && &r.key == key).then(|| Slot::Cached(Box::new(r), start))
        })
        .collect();
    gone |= records.next().is_some();
    drop(records);
    let mut whole =
        !gone && !resorted && old_analysis.is_some() && slots.iter().all(Option::is_some);
    // Unless nothing changed, the archive-wide stages run again and need
    // every article's stage 1: a fresh file's comes from the cache (a part
    // that cannot be read is read from the file again); its bodies stay
    // there.
    if !whole && let Some(b) = &blobs {
        slots.par_iter_mut().for_each(|slot| {
            if let Some(Slot::Cached(r, start)) = slot.take() {
                *slot = hydrate(*r, start, b).map(|r| Slot::Read(Box::new(r)));
            }
        });
    }
    let fresh = slots.iter().filter(|s| s.is_some()).count();

    // Read what is not fresh.
    let total = plan.len();
    let done = AtomicUsize::new(fresh);
    let stale: Vec<usize> = (0..total).filter(|&i| slots[i].is_none()).collect();
    // many files to read: the list shows them as they arrive
    let arrived = Mutex::new(Vec::new());
    let show = arriving && stale.len() >= ARRIVING;
    let read: Vec<(usize, Slot)> = reading(total, &done, &arrived, on, || {
        stale
            .par_iter()
            .map(|&i| {
                // stamped before reading: a file changed meanwhile is read
                // again next time
                let read = Read::file(&plan, i, stamps[i].unwrap_or_default(), spill.as_ref());
                done.fetch_add(1, Ordering::Relaxed);
                if show {
                    let mut heads = arrived.lock().unwrap_or_else(PoisonError::into_inner);
                    heads.extend(read.articles.iter().map(Article::head));
                }
                (i, Slot::Read(Box::new(read)))
            })
            .collect()
    });
    report.fresh = fresh;
    report.read = read.len();
    whole &= read.is_empty();
    report.whole = whole;
    // what else the analysis of then needs is read from the cache while
    // the articles are gathered (on one core), when some file is fresh
    let earlier_parts = match (&old_analysis, &blobs) {
        (Some(_), Some(b)) if !whole && fresh > 0 => {
            // (taken: only an archive unchanged as a whole keeps them)
            super::reuse::read_earlier_parts(b, std::mem::take(&mut mentions), shingles)
        }
        _ => None,
    };
    for (i, r) in read {
        slots[i] = Some(r);
    }
    let (from_stdin, walk_problems) = plan.take_rest();

    // The articles, in path order, each file's range of them; with each
    // article of a changed archive, what goes with it: its stage 1 if
    // read, its body blob when still in the cache, its place in the store
    // the cache was written of.
    // (made at its size: a hundred thousand articles moved once)
    let n: usize = slots.iter().flatten().map(Slot::len).sum();
    let mut articles = Vec::with_capacity(n);
    let mut along: Vec<Along> = Vec::with_capacity(if whole { 0 } else { n });
    let mut bodies = Vec::new();
    let mut problems = walk_problems;
    let mut kept = Vec::with_capacity(slots.len());
    // each file's readings, when written in the cache already
    let mut readings_at = Vec::with_capacity(slots.len());
    for slot in slots.into_iter().flatten() {
        let n = slot.len();
        let head = match slot {
            Slot::Cached(r, _) => {
                readings_at.push(None);
                // (only when nothing changed: nothing goes with them)
                bodies.extend(r.bodies);
                articles.extend(r.articles);
                (r.path, r.key, r.stamp, r.problems)
            }
            Slot::Read(r) => {
                articles.extend(r.articles);
                let bodies = r.bodies.map(|b| b.into_iter().map(Some));
                let was = r.was.map(|w| (w..).map(Some));
                along.extend(
                    r.readings
                        .into_iter()
                        .zip(bodies.into_iter().flatten().chain(std::iter::repeat(None)))
                        .zip(was.into_iter().flatten().chain(std::iter::repeat(None))),
                );
                readings_at.push(r.readings_at);
                (r.path, r.key, r.stamp, r.problems)
            }
        };
        problems.extend(head.3.iter().cloned());
        kept.push((head, n));
    }
    for (a, p) in from_stdin {
        along.extend(a.iter().map(|_| ((None, None), None)));
        articles.extend(a);
        problems.extend(p);
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    // (what goes with each article goes with it, should they be sorted)
    let (articles, renamed) = if whole {
        let mut nothing = vec![(); articles.len()];
        Store::prepare_keeping_ids(articles, &mut nothing)
    } else {
        Store::prepare_keeping_ids(articles, &mut along)
    };
    let ((readings, kept_bodies), earlier_ix): ((Vec<_>, Vec<_>), Vec<_>) =
        along.into_iter().unzip();
    // The bodies written in the cache are read from it; should it not open
    // for reading, from their files.
    let bodies_apart = kept_bodies.iter().any(Option::is_some);
    if let Some(s) = &spill {
        blobs = s.reader().ok();
    }
    let mut listed = Store::listing(Arc::clone(&articles));
    match blobs
        .as_ref()
        .filter(|_| spill.is_some())
        .map(Blobs::try_clone)
    {
        Some(Ok(b)) => {
            listed = listed.with_kept(cache::Kept::new(b, held(&kept_bodies), Vec::new(), None));
        }
        _ if spill.is_some() && bodies_apart => listed = listed.reading_bodies_from_files(),
        _ => {}
    }
    let newest_first = listed.newest_first().to_vec();
    on(Update::Listed(Box::new(listed)));

    if whole && let (Some(analysis), Some(blobs)) = (old_analysis.take(), blobs.take()) {
        // Nothing changed: the bodies stay in the cache until shown.
        report.size = path
            .as_deref()
            .and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.len());
        let kept = cache::Kept::new(blobs, bodies, mentions, indexes);
        let store = Store::analysed_in_order(articles, analysis, newest_first).with_kept(kept);
        return Ok((Loaded { store, problems }, report, None));
    }

    on(Update::Stage(analysis::Stage::Reading));
    let readings: Vec<ArticleReading> = readings
        .into_par_iter()
        .zip(articles.par_iter())
        .map(|(r, a)| r.unwrap_or_else(|| analysis::read_article(a)))
        .collect();
    // what the cache's analysis found stands for the unchanged articles
    // where it still holds
    // (not waited for when no article's body is left in the cache: then
    // no article is unchanged)
    let earlier_parts = earlier_parts
        .filter(|_| kept_bodies.iter().any(Option::is_some))
        .and_then(|h| h.join().ok().flatten());
    let mut earlier = match (old_analysis, earlier_parts) {
        (Some(a), Some(parts)) => super::reuse::earlier(a, parts, earlier_ix),
        _ => None,
    };
    // The cache is written where the files' parts were begun, when every
    // file's went in (their readings are not held for it: the analysis
    // lets them go as it goes); else anew, the bodies written in it copied
    // over.
    let readings_at: Option<Vec<cache::Blob>> = readings_at.into_iter().collect();
    let spilled = spill.filter(cache::Spill::is_whole).zip(readings_at);
    let mut lent = Vec::new();
    let given = if spilled.is_some() {
        Cow::Owned(readings)
    } else {
        lent = readings;
        Cow::Borrowed(lent.as_slice())
    };
    let body = |ix: ArticleIx| super::reuse::body(&articles, &kept_bodies, blobs.as_ref(), ix);
    // Whether the store reads its articles' bodies, and then its
    // mentions, from the cache (read, or begun).
    let reads_cache = blobs.is_some() && bodies_apart;
    // the mentions, once attributed, go into the cache begun and are read
    // from there (they are many, and the grouping does not need them)
    let mut parked: Option<Vec<cache::Blob>> = None;
    let mut park = |cast: &mut [crate::model::ArticlePeople]| {
        if let (Some((s, _)), true) = (&spilled, reads_cache) {
            parked = super::write::park_mentions(s, cast);
        }
    };
    let mut analysis = analysis::analyse_readings(
        &articles,
        given,
        &body,
        earlier.as_mut(),
        &mut |s| on(Update::Stage(s)),
        &mut park,
    );
    // the indexes of then, with where each article and quote was in them,
    // give those of now
    let then = earlier.zip(indexes).map(|(e, indexes)| cache::Then {
        indexes,
        articles: e.was,
        quotes: e.quote_was,
    });
    let shingled = std::mem::take(&mut analysis.shingled);
    let mut store = Store::analysed_in_order(Arc::clone(&articles), analysis, newest_first);
    // the bodies left in the cache are read from it until it is written
    // anew, and copied from it then (with no second handle on it, no
    // cache is written rather than one without those bodies)
    let mut held_in = None;
    let mut writable = true;
    // (the cache begun cannot be read back: its bodies are read from their
    // files, and no cache is written rather than one without them)
    if blobs.is_none() && bodies_apart {
        store = std::mem::take(&mut store).reading_bodies_from_files();
        writable = false;
        report.note =
            Some("cannot write the cache: what was written could not be read back".into());
    }
    if let Some(b) = blobs.filter(|_| reads_cache) {
        if spilled.is_none() {
            match b.try_clone() {
                Ok(f) => held_in = Some(f),
                Err(e) => {
                    writable = false;
                    report.note = Some(format!("cannot write the cache: {e}"));
                }
            }
        }
        let mentions = parked.clone().unwrap_or_default();
        let mut kept = cache::Kept::new(b, held(&kept_bodies), mentions, None);
        if let Some(then) = then {
            kept = kept.with_then(then);
        }
        store = std::mem::take(&mut store).with_kept(kept);
    }
    let (bodies, readings, spill) = match (spilled, held_in) {
        (Some((spill, at)), _) => (
            HeldBodies::Spilled {
                bodies: kept_bodies,
                readings: at,
            },
            Vec::new(),
            Some(spill),
        ),
        (None, Some(f)) => (HeldBodies::In(f, kept_bodies), lent, None),
        (None, None) => (HeldBodies::None, lent, None),
    };
    let write = path.filter(|_| writable).map(|path| CacheWrite {
        path,
        roots,
        files: kept,
        articles,
        readings,
        renamed,
        derivations: store.derivations(),
        shingled,
        bodies,
        spill,
        mentions: parked,
    });
    // what the stages let go is given back before the indexes and the
    // cache are made: the peak of a first load
    crate::memory::release();
    Ok((Loaded { store, problems }, report, write))
}
