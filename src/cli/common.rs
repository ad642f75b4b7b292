//! What every command shares: exit codes, loading with its problems
//! reported, reading `--filter`.

use super::args::Paths;
use crate::query;
use crate::store::{self, CacheReport, Loaded};
use std::io::{self, Write};

/// Exit status: an article asked for by id is not in the store.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: bad arguments, or input that cannot be read.
pub const EXIT_USAGE: u8 = 2;

/// Loads `paths`, or the bundled corpus when there are none.
pub fn load(paths: &Paths) -> Result<Loaded, store::LoadError> {
    load_with_report(paths).map(|(l, _)| l)
}

/// [`load`], and what the cache did (nothing for the bundled corpus).
pub fn load_with_report(paths: &Paths) -> Result<(Loaded, CacheReport), store::LoadError> {
    if paths.paths.is_empty() {
        Ok((store::load_bundled(), CacheReport::default()))
    } else {
        store::load_cached(&paths.paths, &paths.cache_use(), &mut |_| {})
    }
}

/// Loads, printing every problem to `err`. `None` when a path is unusable.
pub fn load_or_report(paths: &Paths, err: &mut dyn Write) -> io::Result<Option<Loaded>> {
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

/// Ends a command's use of a store. The process exits next: freeing a
/// large store a piece at a time takes longer than the exit itself (a
/// third of a second for 100,000 articles), so it is left to the exit.
pub fn done_with(loaded: Loaded) {
    std::mem::forget(loaded);
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
) -> io::Result<Option<(Loaded, query::Query)>> {
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
