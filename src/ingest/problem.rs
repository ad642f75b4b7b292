//! What can go wrong reading an archive, worded for the user.

use std::path::PathBuf;

/// A path given to the loader that cannot be used at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file or directory", crate::text::safe_path(.0))]
    NotFound(PathBuf),
    #[error("{}: {source}", crate::text::safe_path(path))]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Something wrong with one file: it was skipped, or loaded with a caveat;
/// or a note on files of no format gazette reads.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
    /// Whether the article was still loaded.
    pub loaded: bool,
    /// Only worth knowing (files passed over), not a problem to fix.
    pub note: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match (self.note, self.loaded) {
            (true, _) => "note",
            (false, true) => "warning",
            (false, false) => "skipped",
        };
        write!(
            f,
            "{}: {what}: {}",
            crate::text::safe_path(&self.path),
            crate::text::sanitize(&self.message)
        )
    }
}
