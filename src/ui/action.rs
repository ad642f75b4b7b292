//! Everything the reader can be asked to do, as data.

use super::editor::Edit;

/// One user intent (or outside event) for [`super::App::update`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Open,
    Back,
    ToggleFocus,
    ToggleHelp,
    Quit,
    /// `m`: mark the article read, or unread again.
    ToggleRead,
    /// `"`: switch the list pane between articles and quotes.
    ToggleQuotes,
    /// `n`: the next hit of the search in the reader.
    NextHit,
    /// `N`: the previous hit.
    PrevHit,
    /// `]`: the next quote in the reader.
    NextQuote,
    /// `[`: the previous quote in the reader.
    PrevQuote,
    /// `/`: edit the list's filter.
    OpenFilter,
    /// `P`: pick a person to filter by.
    OpenPeople,
    /// `S`: pick a source to filter by.
    OpenSources,
    /// A change to the line being typed.
    Edit(Edit),
    /// Enter while typing: keep what was typed.
    Submit,
    /// Esc while typing: put things back as they were.
    Cancel,
    /// The mouse wheel over (column, row): lines to scroll, down positive.
    ScrollAt(u16, u16, i8),
    /// A click at (column, row).
    Click(u16, u16),
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
}
