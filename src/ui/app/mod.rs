//! The reader's state ([`App`]) and its one entry point for change,
//! [`App::update`]. The layers on top (help, pickers, the filter bar, the
//! search line) take the keys first; what is left moves the panes.

mod lists;
mod loading;
#[cfg(test)]
mod loading_tests;
mod marks;
mod reading;
mod state;
#[cfg(test)]
mod tests;
mod update;

pub use state::{App, ReaderState, View};
