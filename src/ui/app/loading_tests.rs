//! The archive arriving in steps while the reader is used.

use super::*;
use crate::ingest;
use crate::state::State;
use crate::store::{Loaded, Store, Update};
use crate::ui::command::{Command, Msg};
use crate::ui::loading::{LoadEvent, Loading};

fn arrive_listed(app: &mut App) {
    let articles = Store::prepare(ingest::load_bundled().articles);
    app.on_load(LoadEvent::Update(Update::Listed(Box::new(Store::listing(
        articles,
    )))));
}

fn arrive_done(app: &mut App) {
    let i = ingest::load_bundled();
    let loaded = Loaded {
        store: Store::new(i.articles),
        problems: i.problems,
    };
    app.on_load(LoadEvent::Done(Ok((Box::new(loaded), Default::default()))));
}

fn key_of(app: &App) -> String {
    app.store.get(app.selected().unwrap()).unwrap().key.clone()
}

#[test]
fn the_list_fills_in_as_articles_arrive() {
    let mut a = App::loading((100, 30), None);
    let all = ingest::load_bundled().articles;
    let some: Vec<_> = all.iter().take(2).map(|a| a.head()).collect();
    a.on_load(LoadEvent::Update(Update::Arriving(Box::new(
        Store::arriving(some),
    ))));
    assert_eq!(a.list.rows.len(), 2);
    assert!(a.is_loading());
    a.update(Command::Down);
    let chosen = key_of(&a);
    arrive_listed(&mut a);
    assert_eq!(a.list.rows.len(), 5);
    assert_eq!(key_of(&a), chosen, "the selection stays on its article");
    // an early store is not replaced by articles arriving
    let mut b = App::loading((100, 30), None);
    arrive_early(&mut b);
    let one = vec![all[0].head()];
    b.on_load(LoadEvent::Update(Update::Arriving(Box::new(
        Store::arriving(one),
    ))));
    assert_eq!(b.list.rows.len(), 5);
}

#[test]
fn progress_is_told_until_the_store_is_complete() {
    let mut a = App::loading((100, 30), None);
    assert_eq!(a.loading, Some(Loading::Finding));
    a.on_load(LoadEvent::Update(Update::Cache(5000)));
    assert_eq!(
        a.loading.unwrap().label(),
        "reading the cache of 5,000 files…"
    );
    a.on_load(LoadEvent::Update(Update::Read {
        done: 1200,
        total: 5000,
    }));
    assert_eq!(a.loading.unwrap().label(), "reading 1,200 of 5,000 files…");
    arrive_listed(&mut a);
    assert_eq!(a.store.len(), 5);
    assert!(a.store.quotes().is_empty(), "no analysis yet");
    assert!(a.is_loading());
    arrive_done(&mut a);
    assert!(!a.is_loading());
    assert!(!a.store.quotes().is_empty());
}

/// The key of the bundled article from `source`.
fn key_from(source: &str) -> String {
    let i = ingest::load_bundled();
    let a = i
        .articles
        .iter()
        .find(|a| a.source.as_deref() == Some(source));
    a.unwrap().key.clone()
}

#[test]
fn the_saved_state_comes_back_when_the_articles_arrive() {
    let npr = key_from("NPR");
    let saved = State {
        version: crate::state::VERSION,
        read: [key_from("UPI")].into(),
        selected: Some(npr.clone()),
        filter: String::new(),
        ..State::default()
    };
    let mut a = App::loading((120, 40), Some(saved));
    a.update(Msg::Resize(120, 40));
    assert!(a.selected().is_none());
    arrive_listed(&mut a);
    assert_eq!(key_of(&a), npr);
    assert_eq!(a.unread(), 4);
    arrive_done(&mut a);
    assert_eq!(key_of(&a), npr);
    assert_eq!(a.unread(), 4);
    assert!(!a.read_changed, "nothing new to save");
}

#[test]
fn what_is_done_while_loading_is_kept_when_the_analysis_lands() {
    let mut a = App::loading((120, 40), Some(State::default()));
    a.update(Msg::Resize(120, 40));
    arrive_listed(&mut a);
    a.update(Command::Down);
    a.update(Command::ToggleRead);
    let marked = key_of(&a);
    a.update(Command::Down);
    let selected = key_of(&a);
    arrive_done(&mut a);
    assert_eq!(key_of(&a), selected, "the selection stays on its article");
    assert!(a.read_changed);
    assert_eq!(a.read_changes().get(&marked), Some(&true));
    let ix = a
        .store
        .ixs()
        .find(|&ix| a.store.get(ix).unwrap().key == marked)
        .unwrap();
    assert!(a.is_read(ix));
    // the reader shows the article, now with its quotes
    assert!(a.reader.is_some());
}

#[test]
fn a_filter_typed_before_the_articles_applies_when_they_come() {
    let mut a = App::loading((120, 40), Some(State::default()));
    a.update(Msg::Resize(120, 40));
    a.update(Command::OpenFilter);
    for c in "s:npr".chars() {
        a.update(Msg::Type(c));
    }
    a.update(Command::Submit);
    assert_eq!(a.filter.applied, "s:npr");
    assert_eq!(a.list.rows.len(), 0);
    arrive_listed(&mut a);
    assert_eq!(a.list.rows.len(), 1, "the filter applies to the articles");
    // a person's filter needs the analysis: it matches once that lands
    a.update(Command::OpenFilter);
    a.update(Command::ClearLine);
    for c in "p:lavrov".chars() {
        a.update(Msg::Type(c));
    }
    a.update(Command::Submit);
    assert_eq!(a.list.rows.len(), 0, "no people yet");
    arrive_done(&mut a);
    assert_eq!(a.filter.applied, "p:lavrov");
    assert_eq!(a.list.rows.len(), 5, "{:?}", a.list.rows);
}

#[test]
fn a_load_that_fails_says_why_and_the_reader_goes_on() {
    let mut a = App::loading((100, 30), None);
    a.on_load(LoadEvent::Done(Err(
        "loading stopped on an internal error (x)".into(),
    )));
    assert!(!a.is_loading());
    assert_eq!(
        a.notice.as_deref(),
        Some("loading stopped on an internal error (x)")
    );
    a.update(Command::Down);
    assert!(a.selected().is_none());
}

#[test]
fn the_indexes_come_after_the_store_and_end_the_progress_line() {
    let mut a = App::loading((100, 30), None);
    arrive_done(&mut a);
    let sources = a.store.index_sources();
    a.on_load(LoadEvent::Update(Update::Stage(
        crate::analysis::Stage::Indexes,
    )));
    assert_eq!(
        a.loading.map(Loading::label).as_deref(),
        Some("indexing for the filter…")
    );
    // a filter typed meanwhile works, on an index of its own
    a.update(Command::OpenFilter);
    for c in "p:lavrov".chars() {
        a.update(Msg::Type(c));
    }
    a.update(Command::Submit);
    assert_eq!(a.list.rows.len(), 5);
    a.on_load(LoadEvent::Indexes(Box::new(sources.build())));
    assert!(!a.is_loading());
    assert_eq!(a.list.rows.len(), 5);
}

fn arrive_early(app: &mut App) {
    let i = ingest::load_bundled();
    let loaded = Loaded {
        store: Store::new(i.articles),
        problems: i.problems,
    };
    app.on_load(LoadEvent::Early(Box::new(loaded)));
}

#[test]
fn an_early_store_stands_when_the_files_are_unchanged() {
    let mut a = App::loading((100, 30), None);
    arrive_early(&mut a);
    assert_eq!(a.loading, Some(Loading::Checking));
    assert_eq!(
        a.loading.unwrap().label(),
        "checking the files for changes…"
    );
    assert!(!a.store.quotes().is_empty(), "people and quotes at once");
    a.update(Command::Down);
    let selected = key_of(&a);
    let quotes = a.store.quotes().len();
    a.on_load(LoadEvent::Unchanged(Box::new((
        Vec::new(),
        Default::default(),
    ))));
    assert!(!a.is_loading());
    assert_eq!(key_of(&a), selected);
    assert_eq!(a.store.quotes().len(), quotes);
}

#[test]
fn after_an_early_store_only_a_whole_one_replaces_it() {
    let mut a = App::loading((100, 30), None);
    arrive_early(&mut a);
    a.update(Command::Down);
    let selected = key_of(&a);
    // the full load's articles-only store would hide people and quotes
    arrive_listed(&mut a);
    assert!(!a.store.quotes().is_empty());
    a.on_load(LoadEvent::Update(Update::Stage(
        crate::analysis::Stage::People,
    )));
    assert!(a.is_loading());
    arrive_done(&mut a);
    assert!(!a.is_loading());
    assert_eq!(key_of(&a), selected, "the selection carries over");
    // a later load's partial store is shown again
    arrive_listed(&mut a);
    assert!(a.store.quotes().is_empty());
}

#[test]
fn a_cache_that_cannot_be_written_is_said_and_the_store_stays() {
    let mut a = App::loading((100, 30), None);
    arrive_done(&mut a);
    let quotes = a.store.quotes().len();
    a.on_load(LoadEvent::Cached(Err(
        "cannot write the cache: No space left on device".into(),
    )));
    assert_eq!(
        a.notice.as_deref(),
        Some("cannot write the cache: No space left on device")
    );
    assert_eq!(a.store.quotes().len(), quotes);
    assert!(!a.store.body(a.selected().unwrap()).is_empty());
}
