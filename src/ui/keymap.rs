//! Every key binding, as data. Key handling and the help overlay both read
//! this one table, so help always lists exactly the keys that work.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::editor::Edit;

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

/// Keys bound to one action, how help names them, and what it does.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[plain('j'), code(KeyCode::Down)],
        label: "j ↓",
        action: Action::Down,
        help: "next article · scroll down a line",
    },
    Binding {
        keys: &[plain('k'), code(KeyCode::Up)],
        label: "k ↑",
        action: Action::Up,
        help: "previous article · scroll up a line",
    },
    Binding {
        keys: &[plain('g'), code(KeyCode::Home)],
        label: "g Home",
        action: Action::Top,
        help: "first article · top of the article",
    },
    Binding {
        keys: &[plain('G'), code(KeyCode::End)],
        label: "G End",
        action: Action::Bottom,
        help: "last article · end of the article",
    },
    Binding {
        keys: &[ctrl('d')],
        label: "Ctrl-d",
        action: Action::HalfPageDown,
        help: "half a page down",
    },
    Binding {
        keys: &[ctrl('u')],
        label: "Ctrl-u",
        action: Action::HalfPageUp,
        help: "half a page up",
    },
    Binding {
        keys: &[code(KeyCode::PageDown), plain(' '), ctrl('f')],
        label: "PgDn Space Ctrl-f",
        action: Action::PageDown,
        help: "a page down",
    },
    Binding {
        keys: &[code(KeyCode::PageUp), ctrl('b')],
        label: "PgUp Ctrl-b",
        action: Action::PageUp,
        help: "a page up",
    },
    Binding {
        keys: &[code(KeyCode::Enter), plain('l'), code(KeyCode::Right)],
        label: "Enter l →",
        action: Action::Open,
        help: "open the article in the reader",
    },
    Binding {
        keys: &[plain('h'), code(KeyCode::Left), code(KeyCode::Esc)],
        label: "h ← Esc",
        action: Action::Back,
        help: "back to the list · close this help",
    },
    Binding {
        keys: &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        label: "Tab",
        action: Action::ToggleFocus,
        help: "switch between list and reader",
    },
    Binding {
        keys: &[plain('m')],
        label: "m",
        action: Action::ToggleRead,
        help: "mark read / unread (opening marks read)",
    },
    Binding {
        keys: &[plain('"')],
        label: "\"",
        action: Action::ToggleQuotes,
        help: "list quotes · back to articles",
    },
    Binding {
        keys: &[plain(']')],
        label: "]",
        action: Action::NextQuote,
        help: "next quote in the article",
    },
    Binding {
        keys: &[plain('[')],
        label: "[",
        action: Action::PrevQuote,
        help: "previous quote in the article",
    },
    Binding {
        keys: &[plain('/')],
        label: "/",
        action: Action::OpenFilter,
        help: "filter the list · in the reader: search the article",
    },
    Binding {
        keys: &[plain('n')],
        label: "n",
        action: Action::NextHit,
        help: "next search hit in the article",
    },
    Binding {
        keys: &[plain('N')],
        label: "N",
        action: Action::PrevHit,
        help: "previous search hit",
    },
    Binding {
        keys: &[plain('P')],
        label: "P",
        action: Action::OpenPeople,
        help: "pick a person to filter by",
    },
    Binding {
        keys: &[plain('S')],
        label: "S",
        action: Action::OpenSources,
        help: "pick a source to filter by",
    },
    Binding {
        keys: &[plain('?'), code(KeyCode::F(1))],
        label: "? F1",
        action: Action::ToggleHelp,
        help: "show or hide this help",
    },
    Binding {
        keys: &[plain('q'), ctrl('c')],
        label: "q Ctrl-c",
        action: Action::Quit,
        help: "quit (in help: close help)",
    },
];

/// Keys while typing in the filter bar or a picker. Any other printable
/// key is typed.
pub const TEXT_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Submit,
        help: "keep the filter · apply the picked name",
    },
    Binding {
        keys: &[code(KeyCode::Esc), ctrl('c'), ctrl('g')],
        label: "Esc Ctrl-c",
        action: Action::Cancel,
        help: "cancel, putting back the previous filter",
    },
    Binding {
        keys: &[ctrl('u')],
        label: "Ctrl-u",
        action: Action::Edit(Edit::Clear),
        help: "clear the line",
    },
    Binding {
        keys: &[ctrl('w')],
        label: "Ctrl-w",
        action: Action::Edit(Edit::DeleteWord),
        help: "delete the word before the cursor",
    },
    Binding {
        keys: &[code(KeyCode::Backspace), ctrl('h')],
        label: "Backspace",
        action: Action::Edit(Edit::Backspace),
        help: "delete the character before the cursor",
    },
    Binding {
        keys: &[code(KeyCode::Delete), ctrl('d')],
        label: "Del",
        action: Action::Edit(Edit::Delete),
        help: "delete the character under the cursor",
    },
    Binding {
        keys: &[code(KeyCode::Left), ctrl('b')],
        label: "←",
        action: Action::Edit(Edit::Left),
        help: "cursor left",
    },
    Binding {
        keys: &[code(KeyCode::Right), ctrl('f')],
        label: "→",
        action: Action::Edit(Edit::Right),
        help: "cursor right",
    },
    Binding {
        keys: &[code(KeyCode::Home), ctrl('a')],
        label: "Home Ctrl-a",
        action: Action::Edit(Edit::Home),
        help: "start of the line",
    },
    Binding {
        keys: &[code(KeyCode::End), ctrl('e')],
        label: "End Ctrl-e",
        action: Action::Edit(Edit::End),
        help: "end of the line",
    },
    Binding {
        keys: &[code(KeyCode::Down), ctrl('n')],
        label: "↓ Ctrl-n",
        action: Action::Down,
        help: "next entry (pickers)",
    },
    Binding {
        keys: &[code(KeyCode::Up), ctrl('p')],
        label: "↑ Ctrl-p",
        action: Action::Up,
        help: "previous entry (pickers)",
    },
    Binding {
        keys: &[code(KeyCode::PageDown)],
        label: "PgDn",
        action: Action::PageDown,
        help: "a page down (pickers)",
    },
    Binding {
        keys: &[code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        help: "a page up (pickers)",
    },
];

/// Where keys go: the panes, or a line being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Text,
}

/// The action bound to a key press in `mode`, if any.
pub fn action_for(mode: Mode, ev: KeyEvent) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let table = match mode {
        Mode::Normal => BINDINGS,
        Mode::Text => TEXT_BINDINGS,
    };
    let bound = lookup(table, ev);
    if mode == Mode::Text
        && bound.is_none()
        && let KeyCode::Char(c) = ev.code
        && !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::Edit(Edit::Insert(c)));
    }
    bound
}

fn lookup(table: &[Binding], ev: KeyEvent) -> Option<Action> {
    // Shift is implied by the character itself ('G', '?'), whatever the
    // terminal reports.
    let mods = match ev.code {
        KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
        _ => ev.modifiers,
    };
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| k.code == ev.code && k.mods == mods))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
        action_for(Mode::Normal, KeyEvent::new(code, mods))
    }

    fn typing(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
        action_for(Mode::Text, KeyEvent::new(code, mods))
    }

    #[test]
    fn typing_keys() {
        assert_eq!(
            typing(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Edit(Edit::Insert('j')))
        );
        assert_eq!(
            typing(KeyCode::Char('P'), KeyModifiers::SHIFT),
            Some(Action::Edit(Edit::Insert('P')))
        );
        assert_eq!(
            typing(KeyCode::Char('u'), KeyModifiers::CONTROL),
            Some(Action::Edit(Edit::Clear))
        );
        assert_eq!(
            typing(KeyCode::Esc, KeyModifiers::NONE),
            Some(Action::Cancel)
        );
        assert_eq!(
            typing(KeyCode::Enter, KeyModifiers::NONE),
            Some(Action::Submit)
        );
        assert_eq!(
            typing(KeyCode::Down, KeyModifiers::NONE),
            Some(Action::Down)
        );
        assert_eq!(typing(KeyCode::Char('x'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Down)
        );
        assert_eq!(press(KeyCode::Down, KeyModifiers::NONE), Some(Action::Down));
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Bottom)
        );
        assert_eq!(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Action::HalfPageDown)
        );
        assert_eq!(press(KeyCode::Char('d'), KeyModifiers::NONE), None);
        assert_eq!(
            press(KeyCode::Char('?'), KeyModifiers::SHIFT),
            Some(Action::ToggleHelp)
        );
        assert_eq!(press(KeyCode::Char('x'), KeyModifiers::NONE), None);
    }

    #[test]
    fn no_key_is_bound_twice() {
        let all: Vec<Key> = BINDINGS
            .iter()
            .flat_map(|b| b.keys.iter().copied())
            .collect();
        for (i, k) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(k), "{k:?} bound twice");
        }
    }
}
