//! The reader's state and its one entry point for change, [`App::update`].
//! The layers on top ([`Layer`]: help, pickers, the filter bar, the search
//! line) take the keys first, topmost first; what is left moves the panes.

mod lists;
mod marks;
mod reading;
#[cfg(test)]
mod tests;

use ratatui::layout::Rect;

pub use lists::View;
pub use reading::ReaderState;

use super::command::{Command, Msg};
use super::filter::FilterState;
use super::keymap::{Keymap, Mode};
use super::layer::Layer;
use super::layout::{self, Areas, Focus};
use super::list_state::ListState;
use super::outcome::Outcome;
use super::picker::Picker;
use super::search::ReaderSearch;
use super::theme::Theme;
use crate::model::{ArticleIx, QuoteIx};
use crate::query::Matcher;
use crate::store::{Problem, QuoteMatcher, Store};
use crate::text;

#[derive(Debug)]
pub struct App {
    pub store: Store,
    pub matcher: Matcher,
    pub filter: FilterState,
    /// "Today" for relative dates in queries (`d:7d`).
    pub today: chrono::NaiveDate,
    /// Problems met while loading, reported once in the status line.
    pub problems: Vec<Problem>,
    /// What the list pane shows.
    pub view: View,
    /// The articles pane: rows are article indices.
    pub list: ListState,
    /// The quotes pane: rows are quote indices.
    pub quote_list: ListState,
    pub quote_matcher: QuoteMatcher,
    /// Search inside the article in the reader.
    pub search: ReaderSearch,
    /// Read marks, by article index.
    read: Vec<bool>,
    /// How many of them are set.
    read_count: usize,
    /// Read marks changed since the state was last saved.
    pub read_changed: bool,
    /// Whether mouse events are taken (`--mouse`).
    pub mouse: bool,
    /// A word for the status line (a state file moved aside, …).
    pub notice: Option<String>,
    /// A restored reading place, kept exact until the terminal's size is
    /// known and the article laid out for it.
    restored_anchor: Option<crate::document::Anchor>,
    pub reader: Option<ReaderState>,
    pub focus: Focus,
    /// Layers above the panes, topmost last; the topmost takes the keys.
    pub layers: Vec<Layer>,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// Width of the list's source column, fixed for the store.
    pub source_width: usize,
    pub quit: bool,
    /// How everything is drawn.
    pub theme: Theme,
    /// What each key does.
    pub keymap: Keymap,
}

impl App {
    pub fn new(store: Store, problems: Vec<Problem>) -> App {
        let rows = store.newest_first().to_vec();
        let store_len = store.len();
        let source_width = rows
            .iter()
            .filter_map(|&ix| store.get(ix))
            .map(|a| text::width(a.source_label()))
            .max()
            .unwrap_or(0)
            .min(12);
        let mut app = App {
            store,
            matcher: Matcher::default(),
            view: View::Articles,
            quote_list: ListState::default(),
            quote_matcher: QuoteMatcher::default(),
            search: ReaderSearch::default(),
            read: vec![false; store_len],
            read_count: 0,
            read_changed: false,
            notice: None,
            restored_anchor: None,
            mouse: false,
            filter: FilterState::default(),
            today: chrono::Local::now().date_naive(),
            problems,
            list: ListState {
                rows,
                selected: 0,
                offset: 0,
            },
            reader: None,
            focus: Focus::List,
            layers: Vec::new(),
            size: (80, 24),
            source_width,
            quit: false,
            theme: Theme::default(),
            keymap: Keymap::default(),
        };
        app.sync_reader();
        app
    }

    pub fn areas(&self) -> Areas {
        layout::areas(Rect::new(0, 0, self.size.0, self.size.1), self.focus)
    }

    /// The article under the list's cursor (in the quotes pane, the
    /// article of the quote under it).
    pub fn selected(&self) -> Option<ArticleIx> {
        match self.view {
            View::Articles => self.list.selected_row(),
            View::Quotes => self
                .selected_quote()
                .map(|q| self.store.quotes()[q].article),
        }
    }

    /// Rows the list pane shows, of how many it could.
    pub fn shown_of_total(&self) -> (usize, usize) {
        let total = match self.view {
            View::Articles => self.store.len(),
            View::Quotes => self.store.quotes().len(),
        };
        (self.active_list().rows.len(), total)
    }

    /// The quote under the cursor of the quotes pane.
    pub fn selected_quote(&self) -> Option<QuoteIx> {
        (self.view == View::Quotes)
            .then(|| self.quote_list.selected_row())
            .flatten()
    }

    /// The list the cursor moves in: the articles or the quotes.
    pub fn active_list(&self) -> &ListState {
        match self.view {
            View::Articles => &self.list,
            View::Quotes => &self.quote_list,
        }
    }

    fn active_list_mut(&mut self) -> &mut ListState {
        match self.view {
            View::Articles => &mut self.list,
            View::Quotes => &mut self.quote_list,
        }
    }

    /// Whether a filter narrows the list, applied or being typed.
    pub fn filtering(&self) -> bool {
        !self.filter.applied.trim().is_empty() || self.filter_edit().is_some()
    }

    /// The filter bar, when it is open.
    pub fn filter_edit(&self) -> Option<&super::filter::FilterEdit> {
        self.layers.iter().find_map(|l| match l {
            Layer::Filter(e) => Some(e),
            _ => None,
        })
    }

    fn list_height(&self) -> usize {
        self.areas()
            .list
            .map_or(0, |r| layout::inner(r).height as usize)
    }

    fn reader_height(&self) -> usize {
        self.areas()
            .reader
            .map_or(0, |r| layout::reader_text(r).height as usize)
    }

    /// Width the reader lays text out for, even while the reader is hidden
    /// (narrow terminals), so opening it needs no re-layout.
    fn reader_width(&self) -> usize {
        let a = layout::areas(Rect::new(0, 0, self.size.0, self.size.1), Focus::Reader);
        a.reader
            .map_or(1, |r| layout::reader_text(r).width.max(1) as usize)
    }

    /// Where keys go now: to the top layer, or the panes.
    pub fn mode(&self) -> Mode {
        self.layers.last().map_or(Mode::Normal, Layer::mode)
    }

    pub fn update(&mut self, msg: impl Into<Msg>) {
        let msg = msg.into();
        if let Msg::Resize(w, h) = msg {
            self.resize(w, h);
            return;
        }
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
                let row = list.offset + (y - inner.y) as usize;
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
    pub(super) fn clamp(&mut self) {
        let height = self.list_height();
        self.active_list_mut().keep_in_view(height);
        let page = self.reader_height().max(1);
        if let Some(r) = &mut self.reader {
            r.scroll = r.scroll.min(r.doc.len().saturating_sub(page));
        }
    }
}
