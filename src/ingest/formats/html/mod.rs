//! HTML: a fragment of an article's HTML as body parts ([`parts`]).

mod parts;

pub use parts::{parts, parts_of};
