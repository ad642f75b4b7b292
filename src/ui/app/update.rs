//! [`App::update`]: a message to the top layer, or to the panes.

use ratatui::layout::Rect;

use super::state::App;
use crate::ui::command::{Command, Msg};
use crate::ui::keymap::Mode;
use crate::ui::layer::Layer;
use crate::ui::layout::{self, Focus};
use crate::ui::outcome::Outcome;
use crate::ui::picker::Picker;

impl App {
    pub fn update(&mut self, msg: impl Into<Msg>) {
        let msg = msg.into();
        if let Msg::Resize(w, h) = msg {
            self.resize(w, h);
            return;
        }
        self.flash = None;
        if !self.layers.is_empty() {
            self.update_layer(msg);
            self.clamp();
            return;
        }
        let command = match msg {
            Msg::Command(c) => Some(c),
            Msg::ScrollAt(x, y, lines) => {
                self.scroll_at(x, y, lines);
                None
            }
            Msg::Click(x, y) => {
                self.click(x, y);
                None
            }
            // a paste is text, never keys: with no line to take it, say so
            Msg::Paste(_) => {
                let filter = self.keymap.key(Mode::Normal, Command::OpenFilter);
                self.flash = Some(format!(
                    "pasted text is for the filter or a search: press {filter} first"
                ));
                None
            }
            Msg::Type(_) | Msg::Resize(..) => None,
        };
        if let Some(c) = command {
            self.run(c);
        }
        // an article becomes read when it is opened in the reader
        if self.focus == Focus::Reader
            && command != Some(Command::ToggleRead)
            && let Some(ix) = self.reader.as_ref().map(|r| r.article)
            && !self.is_read(ix)
        {
            self.set_read(ix, true);
        }
        self.clamp();
    }

    /// A message for the top layer, and what it asks for done.
    fn update_layer(&mut self, msg: Msg) {
        let page = Picker::page(Rect::new(0, 0, self.size.0, self.size.1));
        let today = self.today;
        let Some(top) = self.layers.last_mut() else {
            return;
        };
        match top.update(msg, page, today) {
            Outcome::Stay => {}
            Outcome::Close => {
                self.layers.pop();
            }
            Outcome::Quit => self.quit = true,
            Outcome::ShowQuery(q) => self.set_query(q),
            Outcome::KeepFilter(f) => {
                self.layers.pop();
                self.filter.applied = f;
            }
            Outcome::ApplyFilter(f) => {
                self.layers.pop();
                self.apply_filter(&f);
            }
            Outcome::Search(pattern) => {
                self.set_search(&pattern);
                // like less: show the first hit from where the reader is
                let top = self.reader.as_ref().map_or(0, |r| r.scroll);
                self.search.current = self.search.first_from(top);
                self.show_hit();
            }
            Outcome::RestoreSearch(pattern) => {
                self.layers.pop();
                self.set_search(&pattern);
            }
            Outcome::AddTerm(term) => {
                self.layers.pop();
                let mut f = self.filter.applied.trim().to_string();
                if !f.split(' ').any(|t| t == term) {
                    if !f.is_empty() {
                        f.push(' ');
                    }
                    f.push_str(&term);
                }
                self.apply_filter(&f);
                self.focus = Focus::List;
            }
        }
    }

    /// A command on the panes.
    fn run(&mut self, command: Command) {
        match command {
            Command::Quit => self.quit = true,
            Command::Suspend if self.can_suspend => self.suspend = true,
            Command::Suspend => self.flash = Some("suspending needs a real terminal".into()),
            Command::ToggleHelp => self.layers.push(Layer::Help { scroll: 0 }),
            Command::Open if self.reader.is_some() => self.focus = Focus::Reader,
            Command::Open => {}
            Command::Back => self.focus = Focus::List,
            Command::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::List => Focus::Reader,
                    Focus::Reader => Focus::List,
                }
            }
            Command::OpenFilter if self.focus == Focus::Reader && self.reader.is_some() => {
                self.layers.push(Layer::search(&self.search));
            }
            Command::OpenFilter => {
                self.focus = Focus::List;
                self.layers.push(Layer::filter(&self.filter));
            }
            Command::NextHit => self.step_hit(true),
            Command::PrevHit => self.step_hit(false),
            Command::OpenPeople => self.layers.push(Layer::people(&self.store)),
            Command::OpenSources => self.layers.push(Layer::sources(&self.store)),
            Command::ToggleQuotes => self.toggle_view(),
            Command::ToggleRead => {
                if let Some(ix) = self
                    .reader
                    .as_ref()
                    .filter(|_| self.focus == Focus::Reader)
                    .map(|r| r.article)
                    .or(self.selected())
                {
                    self.set_read(ix, !self.is_read(ix));
                }
            }
            Command::NextQuote => self.jump_quote(true),
            Command::PrevQuote => self.jump_quote(false),
            Command::Down
            | Command::Up
            | Command::Top
            | Command::Bottom
            | Command::HalfPageDown
            | Command::HalfPageUp
            | Command::PageDown
            | Command::PageUp => self.step(command),
            // typing commands mean nothing without a line being typed
            Command::Submit
            | Command::Cancel
            | Command::ClearLine
            | Command::DeleteWord
            | Command::DeleteBack
            | Command::DeleteForward
            | Command::CursorLeft
            | Command::CursorRight
            | Command::LineStart
            | Command::LineEnd => {}
        }
    }

    /// The pane at a screen position.
    fn pane_at(&self, x: u16, y: u16) -> Option<Focus> {
        let a = self.areas();
        let pos = ratatui::layout::Position::new(x, y);
        if a.list.is_some_and(|r| r.contains(pos)) {
            Some(Focus::List)
        } else if a.reader.is_some_and(|r| r.contains(pos)) {
            Some(Focus::Reader)
        } else {
            None
        }
    }

    /// The mouse wheel: scrolls the pane under the pointer.
    fn scroll_at(&mut self, x: u16, y: u16, lines: i8) {
        if let Some(pane) = self.pane_at(x, y) {
            self.focus = pane;
            let step = if lines > 0 {
                Command::Down
            } else {
                Command::Up
            };
            for _ in 0..lines.unsigned_abs() {
                self.step(step);
            }
        }
    }

    /// A click: on a list row selects it, on the reader gives it the keys.
    fn click(&mut self, x: u16, y: u16) {
        match self.pane_at(x, y) {
            Some(Focus::List) => {
                self.focus = Focus::List;
                let Some(inner) = self.areas().list.map(layout::inner) else {
                    return;
                };
                if y < inner.y {
                    return;
                }
                let list = self.active_list_mut();
                let row = list.offset() + (y - inner.y) as usize;
                // a click on the selected row shows it again (its quote,
                // in the quotes pane)
                if list.select(row) {
                    self.sync_reader();
                }
            }
            Some(Focus::Reader) => self.focus = Focus::Reader,
            None => {}
        }
    }

    /// A movement: of the list cursor or of the reader's scroll.
    fn step(&mut self, command: Command) {
        let page = match self.focus {
            Focus::List => self.list_height(),
            Focus::Reader => self.reader_height(),
        }
        .max(1);
        let delta: isize = match command {
            Command::Down => 1,
            Command::Up => -1,
            Command::HalfPageDown => (page / 2).max(1) as isize,
            Command::HalfPageUp => -((page / 2).max(1) as isize),
            Command::PageDown => page as isize,
            Command::PageUp => -(page as isize),
            Command::Top => isize::MIN / 2,
            Command::Bottom => isize::MAX / 2,
            _ => 0,
        };
        match self.focus {
            Focus::List => {
                if self.active_list_mut().move_by(delta) {
                    self.sync_reader();
                }
            }
            Focus::Reader => {
                if let Some(r) = &mut self.reader {
                    r.scroll = r.scroll.saturating_add_signed(delta);
                }
            }
        }
    }

    /// Keeps the cursor on screen and the scroll within the text.
    pub(in crate::ui) fn clamp(&mut self) {
        let height = self.list_height();
        self.active_list_mut().keep_in_view(height);
        let page = self.reader_height().max(1);
        if let Some(r) = &mut self.reader {
            r.scroll = r.scroll.min(r.doc.len().saturating_sub(page));
        }
    }
}
