//! The persistent cache: what reading each file gave (its articles, their
//! names and quotations, its problems), and what the archive-wide stages
//! found, so that a second start reads nothing that has not changed.
//!
//! One cache per archive (the folders and files opened, in full), under
//! `$XDG_CACHE_HOME/gazette/` or `~/.cache/gazette/`. A file's record is
//! used only while the file's size, modification time and inode, and
//! those of its folder's sidecar, are what they were; the whole cache
//! only with the rules it was made by ([`file`]).

pub mod file;
mod stamp;

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use file::Unusable;
pub use stamp::{FileStamp, Stamp};

use crate::analysis::{Analysis, ArticleReading};
use crate::ingest::Problem;
use crate::model::Article;

/// What reading one file gave.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileRecord {
    pub path: PathBuf,
    pub key: String,
    pub stamp: Stamp,
    pub articles: Vec<Article>,
    /// Stage 1 of the analysis, one per article.
    pub readings: Readings,
    pub problems: Vec<Problem>,
}

/// A cache as read back.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    /// The paths opened, in full: a cache is for them only.
    pub roots: Vec<PathBuf>,
    /// Every file, in path order.
    pub files: Vec<FileRecord>,
    /// What the archive-wide stages found over exactly these files.
    pub analysis: Option<Analysis>,
}

/// A cache to write, borrowing what the load holds: encoded as [`Cache`].
#[derive(Debug, Serialize)]
pub struct CacheRef<'a> {
    pub roots: &'a [PathBuf],
    pub files: Vec<FileRecordRef<'a>>,
    pub analysis: Option<&'a Analysis>,
}

/// A [`FileRecord`] to write, borrowed.
#[derive(Debug, Serialize)]
pub struct FileRecordRef<'a> {
    pub path: &'a Path,
    pub key: &'a str,
    pub stamp: Stamp,
    pub articles: Cow<'a, [Article]>,
    pub readings: Cow<'a, Readings>,
    pub problems: &'a [Problem],
}

/// Stage 1 of a file's articles, kept encoded: decoded only when the
/// archive-wide stages must run again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Readings(serde_bytes::ByteBuf);

impl Readings {
    pub fn encode(readings: &[ArticleReading]) -> Readings {
        Readings(serde_bytes::ByteBuf::from(
            postcard::to_stdvec(readings).unwrap_or_default(),
        ))
    }

    /// The readings of `n` articles; `None` when there are none to give
    /// (not made, or not for `n` articles).
    pub fn decode(&self, n: usize) -> Option<Vec<ArticleReading>> {
        let r: Vec<ArticleReading> = postcard::from_bytes(&self.0).ok()?;
        (r.len() == n).then_some(r)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Cache {
    /// The records by path, to be taken while they are fresh.
    pub fn into_records(self) -> HashMap<PathBuf, FileRecord> {
        self.files
            .into_iter()
            .map(|r| (r.path.clone(), r))
            .collect()
    }
}

/// The folder caches live in: `$XDG_CACHE_HOME/gazette`, else
/// `~/.cache/gazette`; `None` when neither is set.
pub fn dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .map(|h| h.join(".cache"))
        })?;
    Some(base.join("gazette"))
}

/// The paths opened, in full and in order: what a cache is for.
pub fn roots(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect();
    roots.sort();
    roots.dedup();
    roots
}

/// The cache file for `roots` in `dir`: named by a hash of the roots
/// (the file says its roots too, and is not used for others).
pub fn path_for(dir: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut joined = Vec::new();
    for r in roots {
        joined.extend_from_slice(r.as_os_str().as_encoded_bytes());
        joined.push(0);
    }
    let hash = xxhash_rust::xxh3::xxh3_64(&joined);
    let name = roots
        .first()
        .and_then(|r| r.file_name())
        .map(|n| {
            n.to_string_lossy()
                .replace(|c: char| !c.is_alphanumeric(), "_")
        })
        .unwrap_or_default();
    let name: String = name.chars().take(40).collect();
    dir.join(format!("{name}-{hash:016x}.cache"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_archive_has_its_own_file() {
        let dir = Path::new("/c");
        let a = path_for(dir, &[PathBuf::from("/news/world")]);
        let b = path_for(dir, &[PathBuf::from("/news/sport")]);
        let ab = path_for(
            dir,
            &[PathBuf::from("/news/sport"), PathBuf::from("/news/world")],
        );
        assert_ne!(a, b);
        assert_ne!(a, ab);
        assert!(a.to_string_lossy().starts_with("/c/world-"), "{a:?}");
        assert_eq!(a, path_for(dir, &[PathBuf::from("/news/world")]));
    }
}
