//! The list pane's two lists, articles and quotes, and the filter that
//! narrows them.

use super::state::{App, View};
use crate::query::{self, Query};
use crate::ui::layout::Focus;

impl App {
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
    pub(in crate::ui) fn toggle_view(&mut self) {
        self.view = match self.view {
            View::Articles => View::Quotes,
            View::Quotes => View::Articles,
        };
        self.focus = Focus::List;
        let q = self.filter.query.clone();
        self.set_query(q);
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
    pub(in crate::ui) fn set_query(&mut self, q: Query) {
        match self.view {
            View::Articles => {
                let rows = if q.is_empty() {
                    self.store.newest_first().to_vec()
                } else {
                    self.matcher.run(self.store.article_index(), &q)
                };
                self.list.replace_rows(rows);
            }
            View::Quotes => {
                let rows = self.quote_matcher.run(&self.store, &q);
                self.quote_list.replace_rows(rows);
            }
        }
        self.filter.query = q;
        self.sync_reader();
    }
}
