//! What the reader can be asked to do, as data. [`Command`]s are what a
//! key can be bound to: named, and serde-ready for a keymap file.
//! [`Msg`] is everything that reaches [`super::App::update`]: a command,
//! or what the terminal says (a typed character, the mouse, a new size).

use serde::{Deserialize, Serialize};

use super::editor::Edit;

/// A user intent a key can be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
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
    /// Stop the reader and give the shell back (`fg` resumes).
    Suspend,
    /// Mark the article read, or unread again.
    ToggleRead,
    /// Switch the list pane between articles and quotes.
    ToggleQuotes,
    /// The next hit of the search in the reader.
    NextHit,
    /// The previous hit.
    PrevHit,
    /// The next quote in the reader.
    NextQuote,
    /// The previous quote in the reader.
    PrevQuote,
    /// Edit the list's filter (in the reader: search the article).
    OpenFilter,
    /// Pick a person to filter by.
    OpenPeople,
    /// Pick a source to filter by.
    OpenSources,
    /// While typing: keep what was typed.
    Submit,
    /// While typing: put things back as they were.
    Cancel,
    /// While typing: clear the line.
    ClearLine,
    /// While typing: delete the word before the cursor.
    DeleteWord,
    /// While typing: delete the character before the cursor.
    DeleteBack,
    /// While typing: delete the character under the cursor.
    DeleteForward,
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
}

impl Command {
    /// The change to a line being typed, for the editing commands.
    pub fn edit(self) -> Option<Edit> {
        Some(match self {
            Command::ClearLine => Edit::Clear,
            Command::DeleteWord => Edit::DeleteWord,
            Command::DeleteBack => Edit::Backspace,
            Command::DeleteForward => Edit::Delete,
            Command::CursorLeft => Edit::Left,
            Command::CursorRight => Edit::Right,
            Command::LineStart => Edit::Home,
            Command::LineEnd => Edit::End,
            _ => return None,
        })
    }
}

/// One message for [`super::App::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Command(Command),
    /// A character typed into a line being edited.
    Type(char),
    /// Text pasted (bracketed paste): text for a line being typed, never
    /// keys.
    Paste(String),
    /// The mouse wheel over (column, row): lines to scroll, down positive.
    ScrollAt(u16, u16, i8),
    /// A click at (column, row).
    Click(u16, u16),
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
}

impl From<Command> for Msg {
    fn from(c: Command) -> Msg {
        Msg::Command(c)
    }
}

impl Msg {
    /// The change this message makes to a line being typed, if any.
    pub fn edit(&self) -> Option<Edit> {
        match self {
            Msg::Type(c) => Some(Edit::Insert(*c)),
            Msg::Command(c) => c.edit(),
            Msg::Paste(text) => Some(Edit::Paste(text.clone())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_have_names_as_data() {
        let s = serde_json::to_string(&[Command::HalfPageDown, Command::ToggleQuotes]).unwrap();
        assert_eq!(s, r#"["half_page_down","toggle_quotes"]"#);
        let back: Vec<Command> = serde_json::from_str(&s).unwrap();
        assert_eq!(back, [Command::HalfPageDown, Command::ToggleQuotes]);
        assert_eq!(Msg::from(Command::ClearLine).edit(), Some(Edit::Clear));
        assert_eq!(Msg::Type('x').edit(), Some(Edit::Insert('x')));
        assert_eq!(Msg::from(Command::Down).edit(), None);
    }
}
