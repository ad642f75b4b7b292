//! Argument groups shared by the commands, flattened into each.

use std::path::PathBuf;

use clap::Args;

use crate::store::CacheUse;

/// The articles to read.
#[derive(Debug, Clone, Default, Args)]
pub struct Paths {
    /// Article files or folders to read [default: the bundled articles]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Read every file, neither using nor writing the cache
    #[arg(long)]
    pub no_cache: bool,
    /// Read every file and make the cache anew
    #[arg(long, conflicts_with = "no_cache")]
    pub rebuild_cache: bool,
}

impl Paths {
    /// How the load uses the cache.
    pub fn cache_use(&self) -> CacheUse {
        if self.no_cache {
            CacheUse::Off
        } else if self.rebuild_cache {
            CacheUse::Rebuild(None)
        } else {
            CacheUse::Default
        }
    }
}

/// How a command prints.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Output {
    /// Print a JSON array of objects instead
    #[arg(long)]
    pub json: bool,
}

/// A query in the filter bar's language.
#[derive(Debug, Clone, Default, Args)]
pub struct Filter {
    /// Only what matches QUERY (the filter bar's language)
    #[arg(long, short, value_name = "QUERY")]
    pub filter: Option<String>,
}
