//! How far the background load of the archive has gone, and what it
//! sends the reader (see `App::on_load`).

use crate::analysis::Stage;
use std::sync::Arc;

use crate::cache::Kept;
use crate::query::SearchIndex;
use crate::store::{CacheReport, Loaded, Problem, Update};

/// How far the load of the archive has gone, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Looking for the archive's files.
    Finding,
    /// The cache is being read for this many files.
    Cache(usize),
    /// Files read, of how many.
    Reading { done: usize, total: usize },
    /// The articles are listed; an analysis stage is running.
    Analysing(Stage),
    /// The archive as the cache has it is shown; the files are being
    /// checked against it.
    Checking,
}

impl Loading {
    /// The progress line.
    pub fn label(self) -> String {
        match self {
            Loading::Finding => "finding the archive's files…".into(),
            Loading::Cache(n) => {
                format!("reading the cache of {} files…", crate::text::thousands(n))
            }
            Loading::Reading { done, total } => format!(
                "reading {} of {} files…",
                crate::text::thousands(done),
                crate::text::thousands(total)
            ),
            Loading::Analysing(stage) => format!("{}…", stage.label()),
            Loading::Checking => "checking the files for changes…".into(),
        }
    }
}

/// What the background load sends the reader.
#[derive(Debug)]
pub enum LoadEvent {
    /// How far it has gone, or the articles so far.
    Update(Update),
    /// The whole store as the cache has it, before the files are
    /// checked; the problems the cache recorded.
    Early(Box<Loaded>),
    /// The files are what the cache recorded: the early store stands.
    /// Every problem of the load, and what the cache did.
    Unchanged(Box<(Vec<Problem>, CacheReport)>),
    /// The whole store, or why the archive could not be read.
    Done(Result<(Box<Loaded>, CacheReport), String>),
    /// The store's two indexes, built after it (articles, quotes).
    Indexes(Box<[Arc<SearchIndex>; 2]>),
    /// The cache is written: the store leaves its bodies and mentions
    /// there; or why it could not be written.
    Cached(Result<Box<Kept>, String>),
}
