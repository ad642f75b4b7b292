//! `gazette check` (and `--check`): every load problem, and a summary.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::common::{EXIT_NOT_FOUND, EXIT_USAGE, load};

/// `gazette --check`: every load problem, one per line, and a summary.
pub fn run(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    let loaded = match load(paths) {
        Ok(l) => l,
        Err(e) => {
            writeln!(err, "gazette: {e}{}", super::common::hint(&e))?;
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    for p in &loaded.problems {
        writeln!(out, "{p}")?;
    }
    let notes = loaded.problems.iter().filter(|p| p.note).count();
    let skipped = loaded.problems.iter().filter(|p| !p.loaded).count();
    let warned = loaded.problems.len() - skipped - notes;
    writeln!(
        out,
        "{} loaded, {}, {}; {}, {skipped} skipped{}",
        count(loaded.store.len(), "article", "articles"),
        count(loaded.store.quotes().len(), "quote", "quotes"),
        count(loaded.store.people().len(), "person", "people"),
        count(warned, "warning", "warnings"),
        if notes > 0 {
            format!(", {}", count(notes, "note", "notes"))
        } else {
            String::new()
        },
    )?;
    // a note is no problem; nothing to read is one
    Ok(if warned + skipped == 0 && !loaded.store.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_NOT_FOUND)
    })
}

/// "1 article", "2 articles".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
