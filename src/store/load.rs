//! Loading a store: ingest, then build.

use std::path::PathBuf;

use super::archive::Store;
use crate::ingest::{self, Ingested, LoadError, Problem};

/// The result of a load: the store, and every problem met on the way.
#[derive(Debug)]
pub struct Loaded {
    pub store: Store,
    pub problems: Vec<Problem>,
}

impl From<Ingested> for Loaded {
    fn from(i: Ingested) -> Loaded {
        Loaded {
            store: Store::new(i.articles),
            problems: i.problems,
        }
    }
}

/// Loads the corpus embedded in the binary.
pub fn load_bundled() -> Loaded {
    ingest::load_bundled().into()
}

/// Loads the articles at `paths` (files, or folders read recursively).
/// Fails only when a given path does not exist or cannot be read.
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded, LoadError> {
    ingest::load_paths(paths).map(Loaded::from)
}
