//! What every command shares: exit codes, loading with its problems
//! reported, reading `--filter`.

use super::args::Paths;
use crate::query;
use crate::store::{self, CacheReport, CacheWrite, Loaded};
use std::io::{self, Write};

/// Exit status: an article asked for by id is not in the store.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: bad arguments, or input that cannot be read.
pub const EXIT_USAGE: u8 = 2;

/// A store loaded for a command, its cache still to be written: written
/// once the command has given its answer ([`done_with`]), so that the
/// answer does not wait for it, or when it is dropped on the way out.
#[derive(Debug)]
pub struct Held {
    loaded: Loaded,
    write: Option<CacheWrite>,
}

impl Held {
    /// Writes the cache, if it is still to be written; what it did goes
    /// in `report`.
    pub fn write(&mut self, report: &mut CacheReport) {
        if let Some(w) = self.write.take() {
            store::write_cache(&self.loaded.store, w, report);
        }
    }

    /// The store, its cache written first.
    pub fn into_loaded(mut self) -> Loaded {
        self.write(&mut CacheReport::default());
        std::mem::take(&mut self.loaded)
    }
}

impl std::ops::Deref for Held {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.loaded
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.write(&mut CacheReport::default());
    }
}

/// Loads `paths`, or the bundled corpus when there are none.
pub fn load(paths: &Paths) -> Result<Held, store::LoadError> {
    load_with_report(paths).map(|(l, _)| l)
}

/// [`load`], and what the cache did (nothing for the bundled corpus),
/// but for its writing.
pub fn load_with_report(paths: &Paths) -> Result<(Held, CacheReport), store::LoadError> {
    if paths.paths.is_empty() {
        let loaded = store::load_bundled();
        return Ok((
            Held {
                loaded,
                write: None,
            },
            CacheReport::default(),
        ));
    }
    let (loaded, report, write) =
        store::load_deferring(&paths.paths, &paths.cache_use(), false, &mut |_| {})?;
    Ok((Held { loaded, write }, report))
}

/// Loads, printing every problem to `err`. `None` when a path is unusable.
pub fn load_or_report(paths: &Paths, err: &mut dyn Write) -> io::Result<Option<Held>> {
    match load(paths) {
        Ok(loaded) => {
            for p in &loaded.problems {
                writeln!(err, "gazette: {p}")?;
            }
            Ok(Some(loaded))
        }
        Err(e) => {
            writeln!(err, "gazette: {e}{}", hint(&e))?;
            Ok(None)
        }
    }
}

/// Ends a command's use of a store, once its answer is given: the cache
/// is written (the answer is flushed first, not to wait for it). The
/// process exits next: freeing a large store a piece at a time takes
/// longer than the exit itself (a third of a second for 100,000
/// articles), so it is left to the exit.
pub fn done_with(mut held: Held, out: &mut dyn Write) -> io::Result<()> {
    out.flush()?;
    held.write(&mut CacheReport::default());
    std::mem::forget(held);
    Ok(())
}

/// The commands, for "did you mean".
const COMMANDS: &[&str] = &["list", "show", "people", "quotes", "check", "help"];

/// "; did you mean `gazette list`?" when a missing path is a command
/// misspelt ("lsit").
pub fn hint(e: &store::LoadError) -> String {
    let store::LoadError::NotFound(p) = e else {
        return String::new();
    };
    let Some(word) = p.to_str().filter(|w| !w.contains(['/', '.'])) else {
        return String::new();
    };
    COMMANDS
        .iter()
        .find(|c| edit_distance(word, c) <= 2)
        .map_or_else(String::new, |c| format!("; did you mean `gazette {c}`?"))
}

/// Levenshtein distance, with a swap of two neighbours counted as one.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// What a filtering command starts with: `--filter` read (empty when
/// there is none) and the articles loaded, problems printed to `err`.
/// `None` (after saying why) when the query or a path cannot be used.
pub(crate) fn load_filtered(
    paths: &Paths,
    filter: Option<&str>,
    err: &mut dyn Write,
) -> io::Result<Option<(Held, query::Query)>> {
    let today = chrono::Local::now().date_naive();
    let query = match filter.map(|f| query::parse(f, today)).transpose() {
        Ok(q) => q.unwrap_or_default(),
        Err(msg) => {
            writeln!(err, "gazette: --filter: {msg}")?;
            return Ok(None);
        }
    };
    Ok(load_or_report(paths, err)?.map(|loaded| (loaded, query)))
}
