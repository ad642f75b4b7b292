//! Every key binding, as data: a [`Keymap`] value the app is handed. Key
//! handling and the help overlay both read it, and help names each key
//! from the binding itself, so it always lists exactly the keys that work.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::command::{Command, Msg};

/// A key with the modifiers that must be held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// How help names the key: "j", "Ctrl-d", "PgDn", "Space", "↓".
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        label.push_str(&name);
        label
    }
}

/// Keys bound to one command, and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub command: Command,
    pub help: &'static str,
}

impl Binding {
    /// Every key of the binding, as help lists them.
    pub fn label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn b(keys: &[Key], command: Command, help: &'static str) -> Binding {
    Binding {
        keys: keys.to_vec(),
        command,
        help,
    }
}

/// Where keys go: the panes, or a line being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Text,
}

/// The bindings of both modes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// Keys on the panes (and in help).
    pub normal: Vec<Binding>,
    /// Keys while typing in the filter bar, the search line or a picker.
    /// Any other printable key is typed.
    pub text: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            normal: vec![
                b(
                    &[plain('j'), code(KeyCode::Down)],
                    Command::Down,
                    "next article · scroll down a line",
                ),
                b(
                    &[plain('k'), code(KeyCode::Up)],
                    Command::Up,
                    "previous article · scroll up a line",
                ),
                b(
                    &[plain('g'), code(KeyCode::Home)],
                    Command::Top,
                    "first article · top of the article",
                ),
                b(
                    &[plain('G'), code(KeyCode::End)],
                    Command::Bottom,
                    "last article · end of the article",
                ),
                b(&[ctrl('d')], Command::HalfPageDown, "half a page down"),
                b(&[ctrl('u')], Command::HalfPageUp, "half a page up"),
                b(
                    &[code(KeyCode::PageDown), plain(' '), ctrl('f')],
                    Command::PageDown,
                    "a page down",
                ),
                b(
                    &[code(KeyCode::PageUp), ctrl('b')],
                    Command::PageUp,
                    "a page up",
                ),
                b(
                    &[code(KeyCode::Enter), plain('l'), code(KeyCode::Right)],
                    Command::Open,
                    "open the article in the reader",
                ),
                b(
                    &[plain('h'), code(KeyCode::Left), code(KeyCode::Esc)],
                    Command::Back,
                    "back to the list · close this help",
                ),
                b(
                    &[code(KeyCode::Tab), code(KeyCode::BackTab)],
                    Command::ToggleFocus,
                    "switch between list and reader",
                ),
                b(
                    &[plain('m')],
                    Command::ToggleRead,
                    "mark read / unread (opening marks read)",
                ),
                b(
                    &[plain('"')],
                    Command::ToggleQuotes,
                    "list quotes · back to articles",
                ),
                b(
                    &[plain(']')],
                    Command::NextQuote,
                    "next quote in the article",
                ),
                b(
                    &[plain('[')],
                    Command::PrevQuote,
                    "previous quote in the article",
                ),
                b(
                    &[plain('/')],
                    Command::OpenFilter,
                    "filter the list · in the reader: search the article",
                ),
                b(
                    &[plain('n')],
                    Command::NextHit,
                    "next search hit in the article",
                ),
                b(&[plain('N')], Command::PrevHit, "previous search hit"),
                b(
                    &[plain('P')],
                    Command::OpenPeople,
                    "pick a person to filter by",
                ),
                b(
                    &[plain('S')],
                    Command::OpenSources,
                    "pick a source to filter by",
                ),
                b(
                    &[plain('?'), code(KeyCode::F(1))],
                    Command::ToggleHelp,
                    "show or hide this help",
                ),
                b(
                    &[plain('q'), ctrl('c')],
                    Command::Quit,
                    "quit (in help: close help)",
                ),
                b(
                    &[ctrl('z')],
                    Command::Suspend,
                    "suspend to the shell (fg resumes)",
                ),
            ],
            text: vec![
                b(
                    &[code(KeyCode::Enter)],
                    Command::Submit,
                    "keep the filter · apply the picked name",
                ),
                b(
                    &[code(KeyCode::Esc), ctrl('c'), ctrl('g')],
                    Command::Cancel,
                    "cancel, putting back the previous filter",
                ),
                b(&[ctrl('u')], Command::ClearLine, "clear the line"),
                b(
                    &[ctrl('w')],
                    Command::DeleteWord,
                    "delete the word before the cursor",
                ),
                b(
                    &[code(KeyCode::Backspace), ctrl('h')],
                    Command::DeleteBack,
                    "delete the character before the cursor",
                ),
                b(
                    &[code(KeyCode::Delete), ctrl('d')],
                    Command::DeleteForward,
                    "delete the character under the cursor",
                ),
                b(
                    &[code(KeyCode::Left), ctrl('b')],
                    Command::CursorLeft,
                    "cursor left",
                ),
                b(
                    &[code(KeyCode::Right), ctrl('f')],
                    Command::CursorRight,
                    "cursor right",
                ),
                b(
                    &[code(KeyCode::Home), ctrl('a')],
                    Command::LineStart,
                    "start of the line",
                ),
                b(
                    &[code(KeyCode::End), ctrl('e')],
                    Command::LineEnd,
                    "end of the line",
                ),
                b(
                    &[code(KeyCode::Down), ctrl('n')],
                    Command::Down,
                    "next entry (pickers)",
                ),
                b(
                    &[code(KeyCode::Up), ctrl('p')],
                    Command::Up,
                    "previous entry (pickers)",
                ),
                b(
                    &[code(KeyCode::PageDown)],
                    Command::PageDown,
                    "a page down (pickers)",
                ),
                b(
                    &[code(KeyCode::PageUp)],
                    Command::PageUp,
                    "a page up (pickers)",
                ),
            ],
        }
    }
}

impl Keymap {
    /// How help names every key bound to `command` in `mode`.
    pub fn keys(&self, mode: Mode, command: Command) -> Vec<String> {
        let table = match mode {
            Mode::Normal => &self.normal,
            Mode::Text => &self.text,
        };
        table
            .iter()
            .filter(|b| b.command == command)
            .flat_map(|b| b.keys.iter().map(Key::label))
            .collect()
    }

    /// The first key bound to `command` in `mode`, for a hint ("Enter
    /// read"); empty when none is.
    pub fn key(&self, mode: Mode, command: Command) -> String {
        self.keys(mode, command)
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// The message for a key press in `mode`, if any.
    pub fn msg_for(&self, mode: Mode, ev: KeyEvent) -> Option<Msg> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        let table = match mode {
            Mode::Normal => &self.normal,
            Mode::Text => &self.text,
        };
        let bound = lookup(table, ev).map(Msg::Command);
        if mode == Mode::Text
            && bound.is_none()
            && let KeyCode::Char(c) = ev.code
            && !ev
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Some(Msg::Type(c));
        }
        bound
    }
}

fn lookup(table: &[Binding], ev: KeyEvent) -> Option<Command> {
    // Shift is implied by the character itself ('G', '?'), whatever the
    // terminal reports.
    let mods = match ev.code {
        KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
        _ => ev.modifiers,
    };
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| k.code == ev.code && k.mods == mods))
        .map(|b| b.command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> Option<Msg> {
        Keymap::default().msg_for(Mode::Normal, KeyEvent::new(code, mods))
    }

    fn typing(code: KeyCode, mods: KeyModifiers) -> Option<Msg> {
        Keymap::default().msg_for(Mode::Text, KeyEvent::new(code, mods))
    }

    #[test]
    fn typing_keys() {
        assert_eq!(
            typing(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Msg::Type('j'))
        );
        assert_eq!(
            typing(KeyCode::Char('P'), KeyModifiers::SHIFT),
            Some(Msg::Type('P'))
        );
        assert_eq!(
            typing(KeyCode::Char('u'), KeyModifiers::CONTROL),
            Some(Msg::Command(Command::ClearLine))
        );
        assert_eq!(
            typing(KeyCode::Esc, KeyModifiers::NONE),
            Some(Msg::Command(Command::Cancel))
        );
        assert_eq!(
            typing(KeyCode::Enter, KeyModifiers::NONE),
            Some(Msg::Command(Command::Submit))
        );
        assert_eq!(
            typing(KeyCode::Down, KeyModifiers::NONE),
            Some(Msg::Command(Command::Down))
        );
        assert_eq!(typing(KeyCode::Char('x'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Msg::Command(Command::Down))
        );
        assert_eq!(
            press(KeyCode::Down, KeyModifiers::NONE),
            Some(Msg::Command(Command::Down))
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Msg::Command(Command::Bottom))
        );
        assert_eq!(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Msg::Command(Command::HalfPageDown))
        );
        assert_eq!(press(KeyCode::Char('d'), KeyModifiers::NONE), None);
        assert_eq!(
            press(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Msg::Command(Command::ToggleHelp))
        );
        assert_eq!(press(KeyCode::Char('x'), KeyModifiers::NONE), None);
    }

    #[test]
    fn no_key_is_bound_twice() {
        let map = Keymap::default();
        for table in [&map.normal, &map.text] {
            let all: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, k) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(k), "{k:?} bound twice");
            }
        }
    }

    #[test]
    fn labels_name_every_bound_key() {
        let map = Keymap::default();
        let label = |c: Command| {
            map.normal
                .iter()
                .chain(&map.text)
                .find(|b| b.command == c)
                .map(Binding::label)
                .unwrap()
        };
        assert_eq!(label(Command::PageDown), "PgDn Space Ctrl-f");
        assert_eq!(label(Command::ToggleFocus), "Tab Shift-Tab");
        assert_eq!(label(Command::Cancel), "Esc Ctrl-c Ctrl-g");
        assert_eq!(label(Command::ToggleHelp), "? F1");
    }
}
