//! Read marks, and the state kept between runs.

use std::collections::{BTreeMap, HashSet};

use super::state::{App, View};
use crate::model::ArticleIx;
use crate::state::{State, VERSION};

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
            if let Some(a) = self.store.get(ix) {
                self.read_changes.insert(a.key.clone(), read);
            }
        }
    }

    /// Articles not read yet.
    pub fn unread(&self) -> usize {
        self.store.len() - self.read_count
    }

    /// Read marks set (`true`) or cleared since the state was last saved,
    /// by article key: what [`crate::state::save_merged`] applies to what
    /// another reader saved meanwhile.
    pub fn read_changes(&self) -> &BTreeMap<String, bool> {
        &self.read_changes
    }

    /// The state was saved: changes from now on are new.
    pub fn saved(&mut self) {
        self.read_changed = false;
        self.read_changes.clear();
    }

    /// What to save: read marks, the selected article and the place in
    /// it, the filter, the pane; articles named by key.
    pub fn state(&self) -> State {
        let key = |ix: ArticleIx| self.store.get(ix).map(|a| a.key.clone());
        State {
            version: VERSION,
            read: self
                .store
                .ixs()
                .filter(|&ix| self.is_read(ix))
                .filter_map(key)
                .collect(),
            unread: self
                .store
                .ixs()
                .filter(|&ix| !self.is_read(ix) && self.store.get(ix).is_some_and(|a| a.archived))
                .filter_map(key)
                .collect(),
            selected: self.selected().and_then(key),
            position: self.reader.as_ref().map(|r| r.doc.anchor_at(r.scroll)),
            filter: self.filter.applied.clone(),
            quotes: self.view == View::Quotes,
            legacy: self.legacy_read.clone(),
        }
    }

    /// Puts back a saved state (what still exists of it). A file from
    /// before keys names articles by id, as they were when it was saved.
    pub fn restore(&mut self, s: &State) {
        // (one pass over the articles, each looked up in sets of the
        // marks: no map of every article's name is made, at each store
        // that arrives)
        let by_key = s.version >= VERSION;
        // (a file from before keys has its marks by id only: `old`)
        let marks: HashSet<&str> = if by_key {
            s.read.iter().map(String::as_str).collect()
        } else {
            HashSet::new()
        };
        // old marks by id: those whose article is here now are marks; the
        // others wait
        let old: HashSet<&str> = if by_key { &s.legacy } else { &s.read }
            .iter()
            .map(String::as_str)
            .collect();
        let mut found: HashSet<&str> = HashSet::new();
        let mut selected = None;
        let read: Vec<bool> = self
            .store
            .ixs()
            .map(|ix| {
                let Some(a) = self.store.get(ix) else {
                    return false;
                };
                let name = if by_key { &a.key } else { &a.id };
                if s.selected.as_ref() == Some(name) {
                    selected = Some(ix);
                }
                let by_id = old.contains(a.id.as_str());
                if by_id {
                    found.insert(&a.id);
                }
                // read where it was saved, unless marked unread here since
                (a.archived && !s.unread.contains(&a.key)) || marks.contains(name.as_str()) || by_id
            })
            .collect();
        let mut legacy = s.legacy.clone();
        legacy.retain(|id| !found.contains(id.as_str()));
        if !by_key {
            legacy.extend(
                old.iter()
                    .filter(|id| !found.contains(*id))
                    .map(|id| (*id).to_string()),
            );
        }
        self.legacy_read = legacy;
        self.read = read;
        self.read_count = self.read.iter().filter(|&&r| r).count();
        if s.quotes {
            self.view = View::Quotes;
        }
        self.apply_filter(&s.filter);
        if let Some(ix) = selected
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
        self.read_changes.clear();
        // a file from before keys is written anew, in keys
        self.read_changed =
            (s.version < VERSION && !s.read.is_empty()) || self.legacy_read != s.legacy;
        self.clamp();
    }
}
