//! The files of a load: found under the paths given, and each stamped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::cache::{FileStamp, Stamp};
use crate::ingest::{self, LoadError, META_FILE};

/// The files of a load, found and stamped (see [`Found::of`]).
#[derive(Debug)]
pub struct Found {
    plan: ingest::Plan,
    stamps: Vec<Option<Stamp>>,
}

impl Found {
    /// The files at `paths`, each stamped (before it is read: a file
    /// changed meanwhile is read again next time).
    pub fn of(paths: &[PathBuf]) -> Result<Found, LoadError> {
        let plan = ingest::plan(paths)?;
        let stamps = stamps(&plan);
        Ok(Found { plan, stamps })
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.plan.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plan.is_empty()
    }

    /// Whether standard input was read.
    pub fn has_stdin(&self) -> bool {
        self.plan.has_stdin()
    }

    /// The plan and each file's stamp.
    pub(super) fn parts(&self) -> (&ingest::Plan, &[Option<Stamp>]) {
        (&self.plan, &self.stamps)
    }

    pub(super) fn into_parts(self) -> (ingest::Plan, Vec<Option<Stamp>>) {
        (self.plan, self.stamps)
    }
}

/// Each file's stamp, with its folder's sidecar's; `None` when the file
/// cannot be seen.
fn stamps(plan: &ingest::Plan) -> Vec<Option<Stamp>> {
    let sidecars: HashMap<&Path, Option<FileStamp>> = plan
        .files
        .iter()
        .filter_map(|(f, _)| f.parent())
        .collect::<std::collections::HashSet<_>>()
        .into_iter()
        .map(|d| (d, FileStamp::of(&d.join(META_FILE))))
        .collect();
    plan.files
        .par_iter()
        .map(|(f, _)| {
            Some(Stamp {
                file: FileStamp::of(f)?,
                sidecar: f.parent().and_then(|d| sidecars.get(d).copied().flatten()),
            })
        })
        .collect()
}
