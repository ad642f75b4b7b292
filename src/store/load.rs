//! Loading a store: ingest, then build; in steps a reader can show.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::Duration;

use super::archive::Store;
use crate::analysis::Stage;
use crate::ingest::{self, Ingested, Problem};
use crate::model::Article;

/// The result of a load: the store, and every problem met on the way.
#[derive(Debug, Default)]
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
    /// Some files are read: the articles so far, their bodies left in
    /// their files (see [`Store::arriving`]).
    Arriving(Box<Store>),
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
/// many of `total` files `done` counts, and, as more of them arrive in
/// `arrived` (twice as many as last time, at least [`ARRIVING`]), the
/// articles so far.
pub(super) fn reading<T: Send>(
    total: usize,
    done: &AtomicUsize,
    arrived: &Mutex<Vec<Article>>,
    on: &mut dyn FnMut(Update),
    work: impl FnOnce() -> T + Send,
) -> T {
    on(Update::Read {
        done: done.load(Ordering::Relaxed),
        total,
    });
    let mut so_far: Vec<Article> = Vec::new();
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
            let mut new = arrived
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            // the list doubles each time: all its copies cost one more
            if new.len() >= ARRIVING.max(so_far.len()) {
                so_far.append(&mut new);
                drop(new);
                on(Update::Arriving(Box::new(Store::arriving(so_far.clone()))));
            }
        }
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// The fewest articles the list shows as they arrive.
pub(super) const ARRIVING: usize = 1000;
