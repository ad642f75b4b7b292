//! The article in the reader: laid out for the pane, kept in step with
//! the selection and the terminal's size; search hits and quotes to jump to.

use ratatui::layout::Rect;

use super::state::{App, ReaderState};
use crate::document::Document;
use crate::ui::layer::Layer;
use crate::ui::layout::Focus;
use crate::ui::list_state::Nav;
use crate::ui::search;

impl App {
    /// Makes `pattern` the reader's search and finds its hits.
    pub(in crate::ui) fn set_search(&mut self, pattern: &str) {
        self.search.pattern = pattern.to_string();
        self.search.hits = self
            .reader
            .as_ref()
            .map_or_else(Vec::new, |r| search::hits(&r.doc, pattern));
        self.search.current = None;
    }

    /// `n`/`N`: the next or previous hit of the search, wrapping.
    pub(super) fn step_hit(&mut self, forward: bool) {
        let top = self.reader.as_ref().map_or(0, |r| r.scroll);
        if self.search.step(forward, top).is_some() {
            self.focus = Focus::Reader;
            self.show_hit();
        }
    }

    /// Scrolls the reader so the current hit is on screen.
    pub(in crate::ui) fn show_hit(&mut self) {
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

    /// `]`/`[`: the next or previous quote of the article in the reader,
    /// brought near the top of the pane and marked.
    pub(super) fn jump_quote(&mut self, forward: bool) {
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

    /// Keeps the reader showing the selected article.
    pub(in crate::ui) fn sync_reader(&mut self) {
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
    pub(super) fn resize(&mut self, w: u16, h: u16) {
        let page = crate::ui::picker::Picker::page(Rect::new(0, 0, w, h));
        for l in &mut self.layers {
            if let Layer::Picker(p) = l {
                p.list.keep_in_view(page);
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
}
