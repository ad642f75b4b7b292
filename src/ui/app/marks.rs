//! Read marks, and the state kept between runs.

use super::state::{App, View};
use crate::model::ArticleIx;

impl App {
    pub fn is_read(&self, ix: ArticleIx) -> bool {
        self.read.get(ix.index()).copied().unwrap_or(false)
    }

    pub(super) fn set_read(&mut self, ix: ArticleIx, read: bool) {
        if let Some(r) = self.read.get_mut(ix.index())
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
            read: self
                .store
                .ixs()
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
        self.read = self
            .store
            .ixs()
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
}
