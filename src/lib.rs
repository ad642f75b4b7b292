//! gazette: a terminal reader for a local archive of news articles.
//!
//! Dependencies point one way, from the bottom:
//! [`model`] (plain data) → [`language`] (rules of news text) →
//! [`ingest`] (files to articles) and [`analysis`] (people, quotes) →
//! [`query`] (the query language and its indexes) → [`store`] (the
//! archive, analysed and indexed) → [`document`] (an article laid out) →
//! [`cli`] and [`ui`]. The `gazette` binary only hands its arguments to
//! [`cli`].

pub mod analysis;
pub mod atomic;
pub mod cache;
pub mod cli;
pub mod document;
pub mod ingest;
pub mod language;
pub mod memory;
pub mod model;
pub mod query;
pub mod state;
pub mod store;
pub mod synth;
pub mod text;
pub mod ui;
