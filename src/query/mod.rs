//! One query language for the filter bar and `gazette list --filter`.

pub mod date;
mod parse;

pub use parse::{Field, Pattern, Query, Term, parse};
mod engine;

pub(crate) use engine::contains;
pub use engine::{Matcher, SearchIndex, quote_words, title_words};
