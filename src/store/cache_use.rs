//! Where a load's cache is kept, whether it is used, and what it holds
//! once read.

use std::path::{Path, PathBuf};

use crate::cache::{self, Blobs, Cache, Unusable};

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

/// The cache at `p`, if it can be used for `roots`; else an empty one,
/// and a note on why (a damaged one set aside) in `note`.
fn open_old(p: &Path, roots: &cache::Roots, note: &mut Option<String>) -> (Cache, Option<Blobs>) {
    match cache::read(p) {
        Ok((mut c, blobs)) if c.roots == roots.full() => {
            c.respell(&roots.given);
            (c, Some(blobs))
        }
        Ok(_) => {
            *note = Some("the cache was for other folders: made anew".into());
            (Cache::default(), None)
        }
        Err(Unusable::Missing) => (Cache::default(), None),
        Err(why) => {
            let mut why_not = format!("{why}: made anew");
            if why.is_damage()
                && let Some(to) = cache::file::set_aside(p)
            {
                why_not = format!("{why}: set aside as {}; made anew", to.display());
            }
            *note = Some(why_not);
            (Cache::default(), None)
        }
    }
}

/// The cache of a load: where it is, and what it holds when it is read.
pub(super) struct Opened {
    pub(super) roots: cache::Roots,
    pub(super) path: Option<PathBuf>,
    pub(super) old: Cache,
    pub(super) blobs: Option<Blobs>,
    /// Why it is not used, or not as it was.
    pub(super) note: Option<String>,
}

impl Opened {
    /// The cache of `paths`, read unless `how` says not to (`reading` told
    /// just before it is); none when `stdin` is read.
    pub(super) fn read(
        paths: &[PathBuf],
        how: &CacheUse,
        stdin: bool,
        reading: &mut dyn FnMut(),
    ) -> Opened {
        let roots = cache::roots(paths);
        let path = how.path(&roots);
        let mut note = None;
        if path.is_none() && *how != CacheUse::Off {
            note = Some("no cache: neither XDG_CACHE_HOME nor HOME is set".to_string());
        }
        // standard input is read once and never cached
        let path = path.filter(|_| !stdin);
        let (old, blobs) = match path.as_deref().filter(|_| how.reads()) {
            Some(p) => {
                reading();
                open_old(p, &roots, &mut note)
            }
            None => (Cache::default(), None),
        };
        Opened {
            roots,
            path,
            old,
            blobs,
            note,
        }
    }
}
