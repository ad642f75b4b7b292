//! The reader's state and its one entry point for change, [`App::update`].

use ratatui::layout::Rect;

use super::action::Action;
use super::editor::LineEditor;
use super::filter::{FilterEdit, FilterState};
use super::keymap::Mode;
use super::layout::{self, Areas, Focus};
use super::picker::{Picker, PickerKind};
use super::search::{self, ReaderSearch, SearchEdit};
use crate::document::Document;
use crate::model::ArticleIx;
use crate::query::{self, Matcher, Query};
use crate::store::QuoteMatcher;
use crate::store::{Problem, Store};
use crate::text;

/// Overlays drawn above the panes, topmost last; the topmost takes the keys.
#[derive(Debug)]
pub enum Overlay {
    Help { scroll: u16 },
    Picker(Box<Picker>),
}

/// What the list pane lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Articles,
    /// Every quote (`"`): speaker — text — source, date.
    Quotes,
}

/// The list pane's state: which row is selected, which is at the top.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ListState {
    /// Articles in list order.
    pub rows: Vec<ArticleIx>,
    pub selected: usize,
    pub offset: usize,
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
    pub list: ListState,
    /// What the list pane shows.
    pub view: View,
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
    pub overlays: Vec<Overlay>,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// Width of the list's source column, fixed for the store.
    pub source_width: usize,
    pub quit: bool,
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
            overlays: Vec::new(),
            size: (80, 24),
            source_width,
            quit: false,
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
            View::Articles => self.list.rows.get(self.list.selected).copied(),
            View::Quotes => self
                .selected_quote()
                .map(|q| self.store.quotes()[q].article),
        }
    }

    /// Rows the list pane shows, of how many it could.
    pub fn shown_of_total(&self) -> (usize, usize) {
        match self.view {
            View::Articles => (self.list.rows.len(), self.store.len()),
            View::Quotes => (self.quote_list.rows.len(), self.store.quotes().len()),
        }
    }

    /// The quote under the cursor of the quotes pane.
    pub fn selected_quote(&self) -> Option<crate::model::QuoteIx> {
        (self.view == View::Quotes)
            .then(|| self.quote_list.rows.get(self.quote_list.selected).copied())
            .flatten()
    }

    /// The list the cursor moves in.
    fn active_list(&mut self) -> &mut ListState {
        match self.view {
            View::Articles => &mut self.list,
            View::Quotes => &mut self.quote_list,
        }
    }

    /// Opens the reader on quote `q`, in the quotes pane.
    pub fn open_quote(&mut self, q: crate::model::QuoteIx) {
        self.view = View::Quotes;
        self.apply_filter("");
        if let Some(pos) = self.quote_list.rows.iter().position(|&r| r == q) {
            self.quote_list.selected = pos;
        }
        self.sync_reader();
        self.focus = Focus::Reader;
        self.clamp();
    }

    /// `"`: between the articles and the quotes.
    fn toggle_view(&mut self) {
        self.view = match self.view {
            View::Articles => View::Quotes,
            View::Quotes => View::Articles,
        };
        self.focus = Focus::List;
        let q = self.filter.query.clone();
        self.set_query(q);
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

    /// Where keys go now: a line being typed, or the panes.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(Overlay::Picker(_)) => Mode::Text,
            Some(Overlay::Help { .. }) => Mode::Normal,
            None if self.filter.editing.is_some() || self.search.editing.is_some() => Mode::Text,
            None => Mode::Normal,
        }
    }

    pub fn update(&mut self, action: Action) {
        if let Action::Resize(w, h) = action {
            self.resize(w, h);
            return;
        }
        match self.overlays.last_mut() {
            Some(Overlay::Help { scroll }) => {
                match action {
                    Action::ToggleHelp | Action::Back | Action::Quit => {
                        self.overlays.pop();
                    }
                    Action::Down => *scroll = scroll.saturating_add(1),
                    Action::Up => *scroll = scroll.saturating_sub(1),
                    Action::PageDown | Action::HalfPageDown => *scroll = scroll.saturating_add(10),
                    Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(10),
                    Action::Top => *scroll = 0,
                    _ => {}
                }
                return;
            }
            Some(Overlay::Picker(_)) => {
                self.update_picker(action);
                return;
            }
            None => {}
        }
        if self.filter.editing.is_some() {
            self.update_filter(action);
            self.clamp();
            return;
        }
        if self.search.editing.is_some() {
            self.update_search(action);
            self.clamp();
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.overlays.push(Overlay::Help { scroll: 0 }),
            Action::Open if self.reader.is_some() => self.focus = Focus::Reader,
            Action::Open => {}
            Action::Back => self.focus = Focus::List,
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::List => Focus::Reader,
                    Focus::Reader => Focus::List,
                }
            }
            Action::OpenFilter if self.focus == Focus::Reader && self.reader.is_some() => {
                self.search.editing = Some(SearchEdit {
                    editor: LineEditor::default(),
                    before: self.search.pattern.clone(),
                });
            }
            Action::NextHit => self.step_hit(true),
            Action::PrevHit => self.step_hit(false),
            Action::OpenFilter => {
                self.focus = Focus::List;
                self.filter.editing = Some(FilterEdit {
                    editor: LineEditor::new(&self.filter.applied),
                    before: self.filter.applied.clone(),
                    last_good: self.filter.applied.clone(),
                    error: None,
                });
            }
            Action::OpenPeople => self.overlays.push(Overlay::Picker(Box::new(Picker::new(
                PickerKind::People,
                &self.store,
            )))),
            Action::OpenSources => self.overlays.push(Overlay::Picker(Box::new(Picker::new(
                PickerKind::Sources,
                &self.store,
            )))),
            Action::ToggleQuotes => self.toggle_view(),
            Action::ScrollAt(x, y, lines) => {
                if let Some(pane) = self.pane_at(x, y) {
                    self.focus = pane;
                    let step = if lines > 0 { Action::Down } else { Action::Up };
                    for _ in 0..lines.unsigned_abs() {
                        self.step(step);
                    }
                }
            }
            Action::Click(x, y) => self.click(x, y),
            Action::ToggleRead => {
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
            Action::NextQuote => self.jump_quote(true),
            Action::PrevQuote => self.jump_quote(false),
            Action::Down | Action::Up | Action::Top | Action::Bottom => self.step(action),
            Action::HalfPageDown | Action::HalfPageUp | Action::PageDown | Action::PageUp => {
                self.step(action)
            }
            Action::Edit(_) | Action::Submit | Action::Cancel | Action::Resize(..) => {}
        }
        // an article becomes read when it is opened in the reader
        if self.focus == Focus::Reader
            && action != Action::ToggleRead
            && let Some(ix) = self.reader.as_ref().map(|r| r.article)
            && !self.is_read(ix)
        {
            self.set_read(ix, true);
        }
        self.clamp();
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
                let list = self.active_list();
                let row = list.offset + (y - inner.y) as usize;
                if row < list.rows.len() {
                    list.selected = row;
                    self.sync_reader();
                }
            }
            Some(Focus::Reader) => self.focus = Focus::Reader,
            None => {}
        }
    }

    pub fn is_read(&self, ix: ArticleIx) -> bool {
        self.read.get(ix).copied().unwrap_or(false)
    }

    fn set_read(&mut self, ix: ArticleIx, read: bool) {
        if let Some(r) = self.read.get_mut(ix)
            && *r != read
        {
            *r = read;
            if read {
                self.read_count += 1;
            } else {
                self.read_count -= 1;
            }
            self.read_changed = true;
        }
    }

    /// Articles not read yet.
    pub fn unread(&self) -> usize {
        self.store.len() - self.read_count
    }

    /// What to save: read marks, the selected article and the place in
    /// it, the filter, the pane.
    pub fn state(&self) -> crate::state::State {
        let id = |ix: ArticleIx| self.store.get(ix).map(|a| a.id.clone());
        crate::state::State {
            read: (0..self.store.len())
                .filter(|&ix| self.is_read(ix))
                .filter_map(id)
                .collect(),
            selected: self.selected().and_then(id),
            position: self.reader.as_ref().map(|r| r.doc.anchor_at(r.scroll)),
            filter: self.filter.applied.clone(),
            quotes: self.view == View::Quotes,
        }
    }

    /// Puts back a saved state (what still exists of it).
    pub fn restore(&mut self, s: &crate::state::State) {
        self.read = (0..self.store.len())
            .map(|ix| self.store.get(ix).is_some_and(|a| s.read.contains(&a.id)))
            .collect();
        self.read_count = self.read.iter().filter(|&&r| r).count();
        if s.quotes {
            self.view = View::Quotes;
        }
        self.apply_filter(&s.filter);
        if let Some(id) = &s.selected
            && let crate::store::Lookup::Found(ix) = self.store.find(id)
            && self.view == View::Articles
            && let Some(pos) = self.list.rows.iter().position(|&r| r == ix)
        {
            self.list.selected = pos;
            self.sync_reader();
            if let (Some(r), Some(anchor)) = (self.reader.as_mut(), s.position) {
                r.scroll = r.doc.line_of(anchor);
                self.restored_anchor = Some(anchor);
            }
        }
        self.read_changed = false;
        self.clamp();
    }

    /// Keys while the filter bar is open.
    fn update_filter(&mut self, action: Action) {
        let Some(edit) = self.filter.editing.as_mut() else {
            return;
        };
        match action {
            Action::Edit(e) => {
                if !edit.editor.apply(e) {
                    return; // the cursor moved; nothing to re-run
                }
                let text = edit.editor.text().to_string();
                match query::parse(&text, self.today) {
                    Ok(q) => {
                        edit.error = None;
                        edit.last_good = text;
                        self.set_query(q);
                    }
                    Err(msg) => edit.error = Some(msg),
                }
            }
            Action::Submit => {
                let kept = edit.last_good.trim().to_string();
                self.filter.editing = None;
                self.filter.applied = kept;
            }
            Action::Cancel => {
                let before = edit.before.clone();
                self.filter.editing = None;
                self.apply_filter(&before);
            }
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// Keys while the search line is open.
    fn update_search(&mut self, action: Action) {
        let Some(edit) = self.search.editing.as_mut() else {
            return;
        };
        match action {
            Action::Edit(e) => {
                if !edit.editor.apply(e) {
                    return;
                }
                let pattern = edit.editor.text().to_string();
                self.set_search(&pattern);
                // like less: show the first hit from where the reader is
                let top = self.reader.as_ref().map_or(0, |r| r.scroll);
                self.search.current = self.search.first_from(top);
                self.show_hit();
            }
            Action::Submit => {
                self.search.editing = None;
            }
            Action::Cancel => {
                let before = edit.before.clone();
                self.search.editing = None;
                self.set_search(&before);
            }
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// Makes `pattern` the reader's search and finds its hits.
    fn set_search(&mut self, pattern: &str) {
        self.search.pattern = pattern.to_string();
        self.search.hits = self
            .reader
            .as_ref()
            .map_or_else(Vec::new, |r| search::hits(&r.doc, pattern));
        self.search.current = None;
    }

    /// `n`/`N`: the next or previous hit of the search, wrapping.
    fn step_hit(&mut self, forward: bool) {
        let top = self.reader.as_ref().map_or(0, |r| r.scroll);
        if self.search.step(forward, top).is_some() {
            self.focus = Focus::Reader;
            self.show_hit();
        }
    }

    /// Scrolls the reader so the current hit is on screen.
    fn show_hit(&mut self) {
        let height = self.reader_height().max(1);
        let Some(&(line, ..)) = self.search.current.and_then(|c| self.search.hits.get(c)) else {
            return;
        };
        if let Some(r) = self.reader.as_mut()
            && (line < r.scroll || line >= r.scroll + height)
        {
            r.scroll = line.saturating_sub(height / 4);
        }
    }

    /// Keys while a picker is on top.
    fn update_picker(&mut self, action: Action) {
        let page = super::picker::Picker::page(Rect::new(0, 0, self.size.0, self.size.1));
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return;
        };
        match action {
            Action::Edit(e) => {
                let changed = p.editor.apply(e);
                if changed {
                    p.refresh();
                }
            }
            Action::Down => p.step(1, page),
            Action::Up => p.step(-1, page),
            Action::PageDown => p.step(page as isize, page),
            Action::PageUp => p.step(-(page as isize), page),
            Action::Cancel | Action::Back => {
                self.overlays.pop();
            }
            Action::Submit => {
                let chosen = p
                    .chosen()
                    .map(|it| format!("{}:\"{}\"", p.kind.scope(), it.label.replace('"', "")));
                self.overlays.pop();
                if let Some(term) = chosen {
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
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// `]`/`[`: the next or previous quote of the article in the reader,
    /// brought near the top of the pane and marked.
    fn jump_quote(&mut self, forward: bool) {
        let height = self.reader_height();
        let Some(r) = self.reader.as_mut() else {
            return;
        };
        let count = self.store.quotes_of(r.article).len();
        let top = r.scroll;
        let lines: Vec<(usize, usize)> = (0..count)
            .filter_map(|n| r.doc.line_of_quote(n).map(|l| (n, l)))
            .collect();
        let next = match (forward, r.current_quote) {
            (true, Some(c)) => lines.iter().find(|(n, _)| *n > c),
            (true, None) => lines.iter().find(|(_, l)| *l >= top),
            (false, Some(c)) => lines.iter().rev().find(|(n, _)| *n < c),
            (false, None) => lines.iter().rev().find(|(_, l)| *l < top),
        };
        if let Some(&(n, line)) = next {
            r.current_quote = Some(n);
            r.scroll = line.saturating_sub(height / 4);
        }
        self.focus = Focus::Reader;
    }

    /// Makes `text` the applied filter (text that does not parse applies
    /// nothing).
    pub fn apply_filter(&mut self, text: &str) {
        self.filter.applied = text.to_string();
        let q = query::parse(text, self.today).unwrap_or_default();
        self.set_query(q);
        self.clamp();
    }

    /// Shows what `q` matches in the list pane's view, keeping the
    /// selected row if it still matches.
    fn set_query(&mut self, q: Query) {
        match self.view {
            View::Articles => {
                let current = self.list.rows.get(self.list.selected).copied();
                self.list.rows = if q.is_empty() {
                    self.store.newest_first().to_vec()
                } else {
                    self.matcher.run(self.store.article_index(), &q)
                };
                self.list.selected = current
                    .and_then(|ix| self.list.rows.iter().position(|&r| r == ix))
                    .unwrap_or(0);
            }
            View::Quotes => {
                let current = self.quote_list.rows.get(self.quote_list.selected).copied();
                self.quote_list.rows = self.quote_matcher.run(&self.store, &q);
                self.quote_list.selected = current
                    .and_then(|ix| self.quote_list.rows.iter().position(|&r| r == ix))
                    .unwrap_or(0);
            }
        }
        self.filter.query = q;
        self.sync_reader();
    }

    /// A movement: of the list cursor or of the reader's scroll.
    fn step(&mut self, action: Action) {
        let page = match self.focus {
            Focus::List => self.list_height(),
            Focus::Reader => self.reader_height(),
        }
        .max(1);
        let delta: isize = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::HalfPageDown => (page / 2).max(1) as isize,
            Action::HalfPageUp => -((page / 2).max(1) as isize),
            Action::PageDown => page as isize,
            Action::PageUp => -(page as isize),
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => 0,
        };
        match self.focus {
            Focus::List => {
                let list = self.active_list();
                let last = list.rows.len().saturating_sub(1);
                let next = list.selected.saturating_add_signed(delta).min(last);
                if next != list.selected {
                    list.selected = next;
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

    /// Keeps the reader showing the selected article.
    fn sync_reader(&mut self) {
        let Some(ix) = self.selected() else {
            self.reader = None;
            if self.focus == Focus::Reader {
                self.focus = Focus::List;
            }
            return;
        };
        if self.reader.as_ref().is_none_or(|r| r.article != ix) {
            let width = self.reader_width();
            self.reader = Document::for_article(&self.store, ix, width).map(|doc| ReaderState {
                article: ix,
                doc,
                scroll: 0,
                current_quote: None,
            });
            let pattern = self.search.pattern.clone();
            self.set_search(&pattern);
        }
        // In the quotes pane the reader shows the quote, marked, near the top.
        if let Some(q) = self.selected_quote() {
            let n = self.store.quotes_of(ix).iter().position(|&x| x == q);
            let height = self.reader_height();
            if let Some(r) = self.reader.as_mut() {
                r.current_quote = n;
                if let Some(line) = n.and_then(|n| r.doc.line_of_quote(n)) {
                    r.scroll = line.saturating_sub(height / 4);
                }
            }
        }
    }

    /// A new terminal size: re-wrap the article, keeping the reading place.
    fn resize(&mut self, w: u16, h: u16) {
        let page = super::picker::Picker::page(Rect::new(0, 0, w, h));
        for o in &mut self.overlays {
            if let Overlay::Picker(p) = o {
                p.step(0, page);
            }
        }
        self.size = (w, h);
        // a restored place is used by the first layout at a real size only
        let restored = self.restored_anchor.take();
        let width = self.reader_width();
        if let Some(r) = &mut self.reader
            && r.doc.width != width
            && let Some(doc) = Document::for_article(&self.store, r.article, width)
        {
            let anchor = restored.unwrap_or_else(|| r.doc.anchor_at(r.scroll));
            r.doc = doc;
            r.scroll = r.doc.line_of(anchor);
            let (pattern, current) = (self.search.pattern.clone(), self.search.current);
            self.set_search(&pattern);
            self.search.current = current.filter(|&c| c < self.search.hits.len());
        }
        self.clamp();
    }

    /// Keeps the cursor on screen and the scroll within the text.
    fn clamp(&mut self) {
        let height = self.list_height().max(1);
        let l = self.active_list();
        l.selected = l.selected.min(l.rows.len().saturating_sub(1));
        if l.selected < l.offset {
            l.offset = l.selected;
        } else if l.selected >= l.offset + height {
            l.offset = l.selected + 1 - height;
        }
        l.offset = l.offset.min(l.rows.len().saturating_sub(height));
        let page = self.reader_height().max(1);
        if let Some(r) = &mut self.reader {
            r.scroll = r.scroll.min(r.doc.len().saturating_sub(page));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::load_bundled;

    fn app(w: u16, h: u16) -> App {
        let loaded = load_bundled();
        let mut app = App::new(loaded.store, loaded.problems);
        app.update(Action::Resize(w, h));
        app
    }

    fn selected_id(app: &App) -> &str {
        &app.store.get(app.selected().unwrap()).unwrap().id[..3]
    }

    #[test]
    fn list_moves_and_stops_at_the_ends() {
        let mut a = app(120, 40);
        assert_eq!(selected_id(&a), "000");
        a.update(Action::Up);
        assert_eq!(selected_id(&a), "000");
        a.update(Action::Down);
        assert_eq!(selected_id(&a), "001");
        a.update(Action::Bottom);
        assert_eq!(selected_id(&a), "003");
        a.update(Action::Down);
        assert_eq!(selected_id(&a), "003");
        a.update(Action::Top);
        assert_eq!(selected_id(&a), "000");
        a.update(Action::PageDown);
        assert_eq!(selected_id(&a), "003");
    }

    #[test]
    fn the_reader_follows_the_selection() {
        let mut a = app(120, 40);
        a.update(Action::Down);
        assert_eq!(a.reader.as_ref().unwrap().article, a.selected().unwrap());
        let title = &a.reader.as_ref().unwrap().doc.lines[0].text;
        assert!(title.starts_with("United States, Russia meet"), "{title}");
    }

    #[test]
    fn reader_scrolls_within_the_text() {
        let mut a = app(60, 20);
        a.update(Action::Open);
        assert_eq!(a.focus, Focus::Reader);
        a.update(Action::Down);
        a.update(Action::Down);
        assert_eq!(a.reader.as_ref().unwrap().scroll, 2);
        a.update(Action::PageDown);
        // 20 rows: 1 status + 2 borders → 17 text rows
        assert_eq!(a.reader.as_ref().unwrap().scroll, 19);
        a.update(Action::HalfPageUp);
        assert_eq!(a.reader.as_ref().unwrap().scroll, 11);
        a.update(Action::Bottom);
        let r = a.reader.as_ref().unwrap();
        assert_eq!(r.scroll, r.doc.len() - 17);
        a.update(Action::Back);
        assert_eq!(a.focus, Focus::List);
    }

    #[test]
    fn resizing_keeps_the_reading_place() {
        let mut a = app(120, 40);
        a.update(Action::Open);
        for _ in 0..30 {
            a.update(Action::Down);
        }
        let before = {
            let r = a.reader.as_ref().unwrap();
            r.doc.lines[r.scroll].text.clone()
        };
        a.update(Action::Resize(60, 20));
        let r = a.reader.as_ref().unwrap();
        let after = &r.doc.lines[r.scroll].text;
        let first_word = before.split_whitespace().next().unwrap();
        assert!(
            r.doc.lines[r.scroll..r.scroll + 3]
                .iter()
                .any(|l| l.text.contains(first_word)),
            "{before:?} vs {after:?}"
        );
        assert_ne!(r.scroll, 30, "re-wrapped to a new line number");
    }

    #[test]
    fn help_overlay_takes_keys_until_closed() {
        let mut a = app(120, 40);
        a.update(Action::ToggleHelp);
        a.update(Action::Down);
        assert_eq!(selected_id(&a), "000", "the list did not move under help");
        a.update(Action::Quit);
        assert!(a.overlays.is_empty());
        assert!(!a.quit, "q closes help first");
        a.update(Action::Quit);
        assert!(a.quit);
    }

    #[test]
    fn an_empty_store_has_nothing_to_open() {
        let mut a = App::new(Store::new(Vec::new()), Vec::new());
        a.update(Action::Resize(60, 20));
        a.update(Action::Open);
        a.update(Action::Down);
        assert_eq!(a.focus, Focus::List);
        assert_eq!(a.selected(), None);
        assert!(a.reader.is_none());
    }

    #[test]
    fn tiny_sizes_do_not_panic() {
        let mut a = app(1, 1);
        for act in [
            Action::Down,
            Action::PageDown,
            Action::Open,
            Action::Bottom,
            Action::Back,
        ] {
            a.update(act);
        }
        // with no room on screen, a page is one row
        assert_eq!(a.list.selected, 2);
        assert_eq!(a.focus, Focus::List);
        a.update(Action::Resize(0, 0));
        a.update(Action::Down);
        assert_eq!(a.list.selected, 3);
        assert_eq!(a.reader.as_ref().unwrap().article, a.selected().unwrap());
    }
}
