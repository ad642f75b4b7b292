//! Where caches live: one file per archive, in the user's cache folder.

use std::path::{Path, PathBuf};

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
