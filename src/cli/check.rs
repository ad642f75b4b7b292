//! `gazette check` (and `--check`): every load problem, and a summary.

use std::io::{self, Write};
use std::process::ExitCode;

use super::common::{EXIT_NOT_FOUND, EXIT_USAGE, load_with_report};
use crate::store::CacheReport;

/// `gazette --check`: every load problem, one per line, and a summary.
pub fn run(paths: &super::Paths, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    let (mut loaded, mut cache) = match load_with_report(paths) {
        Ok(l) => l,
        Err(e) => {
            writeln!(err, "gazette: {e}{}", super::common::hint(&e))?;
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    // (what the cache did is part of the answer)
    loaded.write(&mut cache);
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
    if !paths.paths.is_empty() {
        writeln!(out, "{}", cache_line(&cache))?;
    }
    // a note is no problem; nothing to read is one
    let code = if warned + skipped == 0 && !loaded.store.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_NOT_FOUND)
    };
    super::common::done_with(loaded, out)?;
    Ok(code)
}

/// Where the cache is, its size, and what it saved.
fn cache_line(c: &CacheReport) -> String {
    let Some(path) = &c.path else {
        return match &c.note {
            Some(note) => format!("cache: none ({note})"),
            None => "cache: none (--no-cache)".to_string(),
        };
    };
    let mut line = format!(
        "cache: {} ({:.1} MB): {} of {} fresh, {} read",
        crate::text::safe_path(path),
        c.size as f64 / 1e6,
        count(c.fresh, "file", "files"),
        c.fresh + c.read,
        c.read
    );
    if c.whole {
        line.push_str("; people and quotes from the cache");
    }
    if let Some(note) = &c.note {
        line.push_str("; ");
        line.push_str(note);
    }
    line
}

/// "1 article", "2 articles".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
