//! One query language for the filter bar and `gazette list --filter`.

pub mod date;
mod parse;

pub use parse::{Field, Pattern, Query, Term, parse};
mod index;
mod matcher;
mod ranking;

pub use index::{QuoteWords, SearchIndex, quote_words, title_words};
pub use matcher::Matcher;
pub(crate) use matcher::contains;
