//! What every command shares: exit codes, loading with its problems
//! reported, reading `--filter`.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::query;
use crate::store::{self, Loaded};

/// Exit status: an article asked for by id is not in the store.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: bad arguments, or input that cannot be read.
pub const EXIT_USAGE: u8 = 2;

/// Loads `paths`, or the bundled corpus when there are none.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, store::LoadError> {
    if paths.is_empty() {
        Ok(store::load_bundled())
    } else {
        store::load_paths(paths)
    }
}

/// Loads, printing every problem to `err`. `None` when a path is unusable.
pub fn load_or_report(paths: &[PathBuf], err: &mut dyn Write) -> io::Result<Option<Loaded>> {
    match load(paths) {
        Ok(loaded) => {
            for p in &loaded.problems {
                writeln!(err, "gazette: {p}")?;
            }
            Ok(Some(loaded))
        }
        Err(e) => {
            writeln!(err, "gazette: {e}")?;
            Ok(None)
        }
    }
}

/// Parses `--filter`: `Some(None)` without one, `None` (after saying
/// why on `err`) when it cannot be read.
pub(crate) fn parse_filter(
    filter: Option<&str>,
    err: &mut dyn Write,
) -> io::Result<Option<Option<query::Query>>> {
    let today = chrono::Local::now().date_naive();
    match filter.map(|f| query::parse(f, today)).transpose() {
        Ok(q) => Ok(Some(q)),
        Err(msg) => {
            writeln!(err, "gazette: --filter: {msg}")?;
            Ok(None)
        }
    }
}
