//! The store: an archive's articles and everything the analysis found in
//! them, with the indexes the query language runs on. Plain data, built
//! once by [`Store::new`] from ingested articles; the command line and the
//! terminal reader both read it, and neither builds an index of its own.

mod archive;
mod cache_use;
mod cached;
mod early;
mod found;
mod indexes;
mod load;
mod lookup;
mod quote_filter;
mod reuse;
mod slots;
mod write;

pub use archive::{Derivations, Leftovers, Store};
pub use cache_use::CacheUse;
pub use cached::{
    CacheReport, Found, load_cached, load_deferring, load_found, load_paths, write_cache,
};
pub use early::{Checked, Recorded, open_early};
pub use indexes::IndexSources;
pub use load::{Loaded, Update, load_bundled};
pub use lookup::Lookup;
pub use quote_filter::QuoteMatcher;
pub use write::CacheWrite;

pub use crate::ingest::{BUNDLED_PREFIX, LoadError, META_FILE, Problem};
