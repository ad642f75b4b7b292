//! Loading a store: ingest, then build; in steps a reader can show.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use super::archive::Store;
use crate::analysis::{self, Stage};
use crate::ingest::{self, Ingested, LoadError, Problem};

/// The result of a load: the store, and every problem met on the way.
#[derive(Debug)]
pub struct Loaded {
    pub store: Store,
    pub problems: Vec<Problem>,
}

impl From<Ingested> for Loaded {
    fn from(i: Ingested) -> Loaded {
        Loaded {
            store: Store::new(i.articles),
            problems: i.problems,
        }
    }
}

/// How far a load has gone, told as it goes.
#[derive(Debug)]
pub enum Update {
    /// Files read, of how many.
    Read { done: usize, total: usize },
    /// Every file is read: the articles, before the analysis has run
    /// (no people, no quotes yet).
    Listed(Box<Store>),
    /// An archive-wide stage began.
    Stage(Stage),
}

/// How often a load tells how many files it has read.
const TICK: Duration = Duration::from_millis(50);

/// Loads the corpus embedded in the binary.
pub fn load_bundled() -> Loaded {
    ingest::load_bundled().into()
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
    let plan = ingest::plan(paths)?;
    let total = plan.len();
    on(Update::Read { done: 0, total });
    let done = AtomicUsize::new(0);
    let ingested = std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        let done = &done;
        let reading = s.spawn(move || {
            let ingested = plan.read(done);
            let _ = tx.send(());
            ingested
        });
        while let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(TICK) {
            on(Update::Read {
                done: done.load(Ordering::Relaxed),
                total,
            });
        }
        reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    Ok(build_reporting(ingested, on))
}

/// The store of what ingest read, telling `on` as in
/// [`load_paths_reporting`].
pub fn build_reporting(ingested: Ingested, on: &mut dyn FnMut(Update)) -> Loaded {
    let articles = Store::prepare(ingested.articles);
    on(Update::Listed(Box::new(Store::listing(Arc::clone(
        &articles,
    )))));
    let analysis = analysis::analyse_reporting(&articles, &mut |stage| on(Update::Stage(stage)));
    Loaded {
        store: Store::analysed(articles, analysis),
        problems: ingested.problems,
    }
}
