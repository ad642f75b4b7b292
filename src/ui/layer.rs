//! Layers above the panes, as a compositor stacks them: help, the
//! pickers, the filter bar and the search line. The topmost takes the
//! keys and says what should follow ([`Outcome`]); the view draws each over
//! what is below (the bars in the status row, help and pickers as boxes
//! over the panes).

use super::command::{Command, Msg};
use super::filter::{FilterEdit, FilterState};
use super::keymap::Mode;
use super::outcome::Outcome;
use super::picker::{Picker, PickerKind};
use super::search::{ReaderSearch, SearchEdit};
use crate::store::Store;

#[derive(Debug)]
pub enum Layer {
    /// The help overlay, scrolled this far.
    Help { scroll: u16 },
    /// A person or source picker.
    Picker(Box<Picker>),
    /// The filter bar (`/` on the list).
    Filter(FilterEdit),
    /// The search line (`/` in the reader).
    Search(SearchEdit),
}

impl Layer {
    /// The filter bar, opened on the filter in force.
    pub fn filter(f: &FilterState) -> Layer {
        Layer::Filter(FilterEdit::open(f))
    }

    /// The search line, empty, remembering the search in force.
    pub fn search(s: &ReaderSearch) -> Layer {
        Layer::Search(SearchEdit::open(s))
    }

    pub fn people(store: &Store) -> Layer {
        Layer::Picker(Box::new(Picker::new(PickerKind::People, store)))
    }

    pub fn sources(store: &Store) -> Layer {
        Layer::Picker(Box::new(Picker::new(PickerKind::Sources, store)))
    }

    /// Where the keys go while this layer is on top.
    pub fn mode(&self) -> Mode {
        match self {
            Layer::Help { .. } => Mode::Normal,
            Layer::Picker(_) | Layer::Filter(_) | Layer::Search(_) => Mode::Text,
        }
    }

    /// Whether the layer draws in the status row (else over the panes).
    pub fn is_bar(&self) -> bool {
        matches!(self, Layer::Filter(_) | Layer::Search(_))
    }

    /// A message for the layer: what the app should do about it. `page`
    /// is the rows a picker shows, `today` reads relative dates.
    pub fn update(&mut self, msg: Msg, page: usize, today: chrono::NaiveDate) -> Outcome {
        match self {
            Layer::Help { scroll } => {
                let Msg::Command(c) = msg else {
                    return Outcome::Stay;
                };
                match c {
                    Command::ToggleHelp | Command::Back | Command::Quit => return Outcome::Close,
                    Command::Down => *scroll = scroll.saturating_add(1),
                    Command::Up => *scroll = scroll.saturating_sub(1),
                    Command::PageDown | Command::HalfPageDown => {
                        *scroll = scroll.saturating_add(10)
                    }
                    Command::PageUp | Command::HalfPageUp => *scroll = scroll.saturating_sub(10),
                    Command::Top => *scroll = 0,
                    _ => {}
                }
                Outcome::Stay
            }
            Layer::Picker(p) => p.update(msg, page),
            Layer::Filter(edit) => edit.update(msg, today),
            Layer::Search(edit) => edit.update(msg),
        }
    }
}
