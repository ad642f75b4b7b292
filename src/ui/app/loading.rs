//! The archive arriving while the reader runs: the first frame shows an
//! empty list and a progress line; the articles come when every file is
//! read, people and quotes when the analysis is done (or all at once, as
//! the cache has them, while the files are checked against it). Read marks, the
//! selection, the place in the article and the filter carry over each
//! time, whatever the user did meanwhile.

use super::state::{App, View};
use crate::state::State;
use crate::store::{Store, Update};
use crate::ui::layer::Layer;
use crate::ui::list_state::ListState;
use crate::ui::loading::{LoadEvent, Loading};

impl App {
    /// The app before its archive has arrived: an empty list, a progress
    /// line. `saved` is put back once the articles are there.
    pub fn loading(size: (u16, u16), saved: Option<State>) -> App {
        let mut app = App::sized(Store::default(), Vec::new(), size);
        app.loading = Some(Loading::Finding);
        app.pending_state = saved;
        app
    }

    /// Takes in what the background load sent.
    pub fn on_load(&mut self, ev: LoadEvent) {
        match ev {
            LoadEvent::Update(Update::Cache(n)) => {
                self.loading = Some(Loading::Cache(n));
            }
            LoadEvent::Update(Update::Read { done, total }) => {
                self.loading = Some(Loading::Reading { done, total });
            }
            LoadEvent::Update(Update::Stage(stage)) => {
                self.loading = Some(Loading::Analysing(stage));
            }
            LoadEvent::Update(Update::Listed(store) | Update::Arriving(store)) => {
                if !self.early {
                    self.replace_store(*store);
                }
            }
            LoadEvent::Early(loaded) => {
                self.loading = Some(Loading::Checking);
                self.early = true;
                self.problems = loaded.problems;
                self.replace_store(loaded.store);
            }
            LoadEvent::Unchanged(done) => {
                let (problems, report) = *done;
                self.loading = None;
                self.early = false;
                self.problems = problems;
                if let Some(note) = report.note {
                    self.notice.get_or_insert(note);
                }
            }
            LoadEvent::Done(Ok((loaded, report))) => {
                self.loading = None;
                self.early = false;
                if let Some(note) = report.note {
                    self.notice.get_or_insert(note);
                }
                self.problems = loaded.problems;
                self.replace_store(loaded.store);
            }
            LoadEvent::Indexes(built) => {
                let [articles, quotes] = *built;
                self.store.set_indexes(articles, quotes);
                if matches!(self.loading, Some(Loading::Analysing(_))) {
                    self.loading = None;
                }
            }
            LoadEvent::Cached(Ok(kept)) => {
                let left = self.store.keep_in(*kept);
                // freed away from the keys, and given back
                std::thread::spawn(move || {
                    drop(left);
                    crate::memory::release();
                });
            }
            LoadEvent::Cached(Err(why)) => {
                self.notice.get_or_insert(why);
            }
            LoadEvent::Done(Err(why)) => {
                self.loading = None;
                self.early = false;
                self.notice = Some(why);
            }
        }
    }

    /// Puts `store` in place of the present one, keeping what the reader
    /// has done: marks set and cleared, the selected article and the
    /// place in it, the filter (typed early, it applies now), the pane.
    pub(in crate::ui) fn replace_store(&mut self, store: Store) {
        let state = match self.pending_state.take() {
            // the first articles: the saved state, and what was done since
            // (marks set while the list was empty cannot be)
            Some(mut saved) => {
                saved.filter = self.filter.applied.clone();
                saved.quotes |= self.view == View::Quotes;
                saved
            }
            _ => self.state(),
        };
        let changes = std::mem::take(&mut self.read_changes);
        let changed = self.read_changed;
        self.store = store;
        self.list = ListState::new(self.store.newest_first().to_vec());
        self.quote_list = ListState::default();
        // both remember results of the old store
        self.matcher = Default::default();
        self.quote_matcher = Default::default();
        self.reader = None;
        self.read = vec![false; self.store.len()];
        self.read_count = 0;
        self.source_width = self.source_width_of_store();
        // a picker lists the old store's people and sources
        self.layers.retain(|l| !matches!(l, Layer::Picker(_)));
        self.restore(&state);
        // the marks set or cleared meanwhile are in `state`, and still to
        // be saved
        self.read_changes = changes;
        self.read_changed |= changed;
    }

    /// Whether the archive is still arriving.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }
}
