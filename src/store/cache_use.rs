//! Where a load's cache is kept, and whether it is used.

use std::path::PathBuf;

use crate::cache;

/// Where the cache is kept, and whether it is used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CacheUse {
    /// In the user's cache folder ([`cache::dir`]).
    #[default]
    Default,
    /// In this folder.
    In(PathBuf),
    /// Made anew, whatever is there: in this folder, or the user's.
    Rebuild(Option<PathBuf>),
    /// No cache: everything read, nothing written.
    Off,
}

impl CacheUse {
    /// The folder the cache is in; `None` with no cache, or when the
    /// user's cache folder is not known.
    fn dir(&self) -> Option<PathBuf> {
        match self {
            CacheUse::Off => None,
            CacheUse::In(d) | CacheUse::Rebuild(Some(d)) => Some(d.clone()),
            CacheUse::Default | CacheUse::Rebuild(None) => cache::dir(),
        }
    }

    /// Whether what the cache holds is read (else only written, or not).
    pub(super) fn reads(&self) -> bool {
        matches!(self, CacheUse::Default | CacheUse::In(_))
    }

    /// The cache file for the archive of `roots` (see [`cache::roots`]).
    pub(super) fn path(&self, roots: &cache::Roots) -> Option<PathBuf> {
        self.dir().map(|d| cache::path_for(&d, &roots.full()))
    }
}
