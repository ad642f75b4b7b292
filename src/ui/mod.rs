//! The terminal reader.

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the reader on `paths` (the bundled articles when empty).
pub fn open(_paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the interactive reader is not in this build yet; use `gazette list` or `gazette show ID`")
}
