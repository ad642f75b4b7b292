//! Loading a store: ingest, then build; in steps a reader can show.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::archive::Store;
use crate::analysis::Stage;
use crate::ingest::{self, Ingested, Problem};

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
    /// The files are found (this many); the cache is being read.
    Cache(usize),
    /// Files read, of how many.
    Read { done: usize, total: usize },
    /// Every file is read: the articles, before the analysis has run
    /// (no people, no quotes yet).
    Listed(Box<Store>),
    /// An archive-wide stage began.
    Stage(Stage),
}

/// How often a load tells how many files it has read.
pub(super) const TICK: Duration = Duration::from_millis(50);

/// Loads the corpus embedded in the binary.
pub fn load_bundled() -> Loaded {
    ingest::load_bundled().into()
}

/// Runs `work` on a thread of its own, telling `on` every [`TICK`] how
/// many of `total` files `done` counts.
pub(super) fn reading<T: Send>(
    total: usize,
    done: &AtomicUsize,
    on: &mut dyn FnMut(Update),
    work: impl FnOnce() -> T + Send,
) -> T {
    on(Update::Read {
        done: done.load(Ordering::Relaxed),
        total,
    });
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        let worker = s.spawn(move || {
            let out = work();
            let _ = tx.send(());
            out
        });
        while let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(TICK) {
            on(Update::Read {
                done: done.load(Ordering::Relaxed),
                total,
            });
        }
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
