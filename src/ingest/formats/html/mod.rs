//! HTML: a saved web page ([`page`]), and a fragment of an article's
//! HTML as body parts ([`parts`]) for formats that carry HTML bodies.

pub mod page;
mod parts;

pub use parts::{parts, parts_of};
