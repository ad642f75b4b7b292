//! What a layer asks of the app after a message: layers know nothing of
//! the app, they say what should happen and [`super::App`] does it.

use crate::query::Query;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing more: the layer stays as it is.
    Stay,
    /// Close the layer.
    Close,
    Quit,
    /// Filter bar: the line reads as this query; show what it matches.
    ShowQuery(Query),
    /// Filter bar closed: this is the filter now.
    KeepFilter(String),
    /// Filter bar closed: apply this filter (the one from before).
    ApplyFilter(String),
    /// Search line: search the article for this.
    Search(String),
    /// Search line closed: search for this again (the one from before).
    RestoreSearch(String),
    /// Picker closed on a choice: add this term to the filter.
    AddTerm(String),
}
