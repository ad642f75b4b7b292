//! The reader's state: everything [`App::update`] changes and the view
//! draws from.

use ratatui::layout::Rect;

use crate::document::Document;
use crate::model::{ArticleIx, QuoteIx};
use crate::query::Matcher;
use crate::store::{Problem, QuoteMatcher, Store};
use crate::text;
use crate::ui::filter::{FilterEdit, FilterState};
use crate::ui::keymap::{Keymap, Mode};
use crate::ui::layer::Layer;
use crate::ui::layout::{self, Areas, Focus};
use crate::ui::list_state::{ListState, Nav};
use crate::ui::search::ReaderSearch;
use crate::ui::theme::Theme;

/// What the list pane lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Articles,
    /// Every quote (`"`): speaker — text — source, date.
    Quotes,
}

/// The article in the reader, laid out for the pane's width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderState {
    pub article: ArticleIx,
    pub doc: Document,
    /// First line on screen.
    pub scroll: usize,
    /// The quote jumped to or opened (its number in the article), shown
    /// marked.
    pub current_quote: Option<usize>,
}

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
    pub list: ListState<ArticleIx>,
    /// The quotes pane: rows are quote indices.
    pub quote_list: ListState<QuoteIx>,
    pub quote_matcher: QuoteMatcher,
    /// Search inside the article in the reader.
    pub search: ReaderSearch,
    /// Read marks, by article index.
    pub(super) read: Vec<bool>,
    /// How many of them are set.
    pub(super) read_count: usize,
    /// Read marks changed since the state was last saved.
    pub read_changed: bool,
    /// Which, by article key: set (`true`) or cleared.
    pub(super) read_changes: std::collections::BTreeMap<String, bool>,
    /// Marks from a state file before keys whose article is not here.
    pub(super) legacy_read: std::collections::BTreeSet<String>,
    /// Whether mouse events are taken (`--mouse`).
    pub mouse: bool,
    /// A word for the status line (a state file moved aside, …).
    pub notice: Option<String>,
    /// A word about the last message only (a paste with nowhere to go);
    /// the next message clears it.
    pub flash: Option<String>,
    /// A restored reading place, kept exact until the terminal's size is
    /// known and the article laid out for it.
    pub(super) restored_anchor: Option<crate::document::Anchor>,
    pub reader: Option<ReaderState>,
    pub focus: Focus,
    /// Layers above the panes, topmost last; the topmost takes the keys.
    pub layers: Vec<Layer>,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// Width of the list's source column, fixed for the store.
    pub source_width: usize,
    /// How far the archive has arrived; `None` once it all has.
    pub loading: Option<crate::ui::loading::Loading>,
    /// A saved state waiting for the archive to arrive.
    pub(in crate::ui) pending_state: Option<crate::state::State>,
    /// The store shown is the archive as the cache has it, whole: a
    /// partial one (articles only) does not replace it.
    pub(in crate::ui) early: bool,
    pub quit: bool,
    /// Whether the reader may stop the process (a real terminal).
    pub can_suspend: bool,
    /// Set by Ctrl-Z: the event loop suspends before the next frame.
    pub suspend: bool,
    /// How everything is drawn.
    pub theme: Theme,
    /// What each key does.
    pub keymap: Keymap,
}

impl App {
    pub fn new(store: Store, problems: Vec<Problem>) -> App {
        App::sized(store, problems, (80, 24))
    }

    /// The app for a terminal of `size` (columns, rows): the first article
    /// is laid out once, for that width (a long one costs time).
    pub fn sized(store: Store, problems: Vec<Problem>, size: (u16, u16)) -> App {
        let rows = store.newest_first().to_vec();
        // read where they were saved, until a saved state says otherwise
        let read: Vec<bool> = store
            .ixs()
            .map(|ix| store.get(ix).is_some_and(|a| a.archived))
            .collect();
        let read_count = read.iter().filter(|&&r| r).count();
        let mut app = App {
            store,
            matcher: Matcher::default(),
            view: View::Articles,
            quote_list: ListState::default(),
            quote_matcher: QuoteMatcher::default(),
            search: ReaderSearch::default(),
            read,
            read_count,
            read_changed: false,
            read_changes: Default::default(),
            legacy_read: Default::default(),
            notice: None,
            flash: None,
            restored_anchor: None,
            mouse: false,
            filter: FilterState::default(),
            today: chrono::Local::now().date_naive(),
            problems,
            list: ListState::new(rows),
            reader: None,
            focus: Focus::List,
            layers: Vec::new(),
            size,
            source_width: 0,
            loading: None,
            pending_state: None,
            early: false,
            quit: false,
            can_suspend: false,
            suspend: false,
            theme: Theme::default(),
            keymap: Keymap::default(),
        };
        app.source_width = app.source_width_of_store();
        app.sync_reader();
        app
    }

    /// Width of the list's source column: the longest source, at most 12.
    pub(super) fn source_width_of_store(&self) -> usize {
        self.store
            .iter_newest_first()
            .map(|a| text::width(a.source_label()))
            .max()
            .unwrap_or(0)
            .min(12)
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
        (self.active_list().len(), total)
    }

    /// The quote under the cursor of the quotes pane.
    pub fn selected_quote(&self) -> Option<QuoteIx> {
        (self.view == View::Quotes)
            .then(|| self.quote_list.selected_row())
            .flatten()
    }

    /// The list the cursor moves in: the articles or the quotes.
    pub fn active_list(&self) -> &dyn Nav {
        match self.view {
            View::Articles => &self.list,
            View::Quotes => &self.quote_list,
        }
    }

    pub(super) fn active_list_mut(&mut self) -> &mut dyn Nav {
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
    pub fn filter_edit(&self) -> Option<&FilterEdit> {
        self.layers.iter().find_map(|l| match l {
            Layer::Filter(e) => Some(e),
            _ => None,
        })
    }

    pub(super) fn list_height(&self) -> usize {
        self.areas()
            .list
            .map_or(0, |r| layout::inner(r).height as usize)
    }

    pub(super) fn reader_height(&self) -> usize {
        self.areas()
            .reader
            .map_or(0, |r| layout::reader_text(r).height as usize)
    }

    /// Width the reader lays text out for, even while the reader is hidden
    /// (narrow terminals), so opening it needs no re-layout.
    pub(super) fn reader_width(&self) -> usize {
        let a = layout::areas(Rect::new(0, 0, self.size.0, self.size.1), Focus::Reader);
        a.reader
            .map_or(1, |r| layout::reader_text(r).width.max(1) as usize)
    }

    /// Where keys go now: to the top layer, or the panes.
    pub fn mode(&self) -> Mode {
        self.layers.last().map_or(Mode::Normal, Layer::mode)
    }
}
