//! Layers above the panes, as a compositor stacks them: help, the
//! pickers, the filter bar and the search line. The topmost takes the
//! keys; each draws itself over what is below (the bars in the status
//! row, help and pickers as boxes over the panes).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::app::App;
use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::filter::{self, FilterEdit, FilterState};
use super::help;
use super::keymap::Mode;
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
        Layer::Filter(FilterEdit {
            editor: LineEditor::new(&f.applied),
            before: f.applied.clone(),
            last_good: f.applied.clone(),
            error: None,
        })
    }

    /// The search line, empty, remembering the search in force.
    pub fn search(s: &ReaderSearch) -> Layer {
        Layer::Search(SearchEdit {
            editor: LineEditor::default(),
            before: s.pattern.clone(),
        })
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

    /// Draws the layer; returns where the terminal cursor goes, if it
    /// shows.
    pub fn render(
        &self,
        app: &App,
        screen: Rect,
        status: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let th = &app.theme;
        match self {
            Layer::Help { scroll } => {
                help::render(th, &app.keymap, *scroll, screen, buf);
                None
            }
            Layer::Picker(p) => p.render(th, screen, buf),
            Layer::Filter(edit) => {
                let (shown, total) = app.shown_of_total();
                filter::render(th, edit, shown, total, status, buf)
            }
            Layer::Search(edit) => {
                let typed = edit.editor.text();
                let none = app.search.hits.is_empty() && !typed.is_empty();
                let note = app.search.note(Some(typed));
                filter::bar(th, &edit.editor, &note, none, status, buf)
            }
        }
    }
}

impl App {
    /// A message for the top layer.
    pub(super) fn update_layer(&mut self, msg: Msg) {
        match self.layers.last_mut() {
            Some(Layer::Help { scroll }) => {
                if let Msg::Command(c) = msg {
                    match c {
                        Command::ToggleHelp | Command::Back | Command::Quit => {
                            self.layers.pop();
                        }
                        Command::Down => *scroll = scroll.saturating_add(1),
                        Command::Up => *scroll = scroll.saturating_sub(1),
                        Command::PageDown | Command::HalfPageDown => {
                            *scroll = scroll.saturating_add(10)
                        }
                        Command::PageUp | Command::HalfPageUp => {
                            *scroll = scroll.saturating_sub(10)
                        }
                        Command::Top => *scroll = 0,
                        _ => {}
                    }
                }
            }
            Some(Layer::Picker(_)) => self.update_picker(msg),
            Some(Layer::Filter(_)) => self.update_filter(msg),
            Some(Layer::Search(_)) => self.update_search(msg),
            None => {}
        }
    }
}
