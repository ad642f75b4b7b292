//! gazette: a terminal reader for a local archive of news articles.
//!
//! The library holds everything: the article [`store`], the terminal
//! [`ui`], and the [`cli`] commands. The `gazette` binary only hands its
//! arguments to [`cli::main`].

pub mod cli;
pub mod document;
pub mod people;
pub mod query;
pub mod quotes;
pub mod state;
pub mod store;
pub mod synth;
pub mod text;
pub mod ui;
