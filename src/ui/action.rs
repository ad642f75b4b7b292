//! Everything the reader can be asked to do, as data.

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
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
}
