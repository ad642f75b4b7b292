//! The rules of English news text that every stage reads: sentences (one
//! abbreviation list), tokens, quotation marks, verbs of saying, names
//! and the lexicons of roles, places and organisations, dates written in
//! text, and word shingles. Pure functions over strings.

pub mod dates;
pub mod lexicon;
pub mod marks;
pub mod names;
pub mod sentences;
pub mod tokens;
pub mod verbs;
pub mod words;
