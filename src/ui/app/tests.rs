//! The app driven message by message, without a terminal.

use super::*;
use crate::store::{Store, load_bundled};
use crate::ui::command::{Command, Msg};
use crate::ui::layout::Focus;

fn app(w: u16, h: u16) -> App {
    let loaded = load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    app.update(Msg::Resize(w, h));
    app
}

fn selected_id(app: &App) -> &str {
    &app.store.get(app.selected().unwrap()).unwrap().id[..3]
}

#[test]
fn list_moves_and_stops_at_the_ends() {
    let mut a = app(120, 40);
    assert_eq!(selected_id(&a), "000");
    a.update(Command::Up);
    assert_eq!(selected_id(&a), "000");
    a.update(Command::Down);
    assert_eq!(selected_id(&a), "001");
    a.update(Command::Bottom);
    assert_eq!(selected_id(&a), "003");
    a.update(Command::Down);
    assert_eq!(selected_id(&a), "003");
    a.update(Command::Top);
    assert_eq!(selected_id(&a), "000");
    a.update(Command::PageDown);
    assert_eq!(selected_id(&a), "003");
}

#[test]
fn the_reader_follows_the_selection() {
    let mut a = app(120, 40);
    a.update(Command::Down);
    assert_eq!(a.reader.as_ref().unwrap().article, a.selected().unwrap());
    let title = &a.reader.as_ref().unwrap().doc.lines[0].text;
    assert!(title.starts_with("United States, Russia meet"), "{title}");
}

#[test]
fn reader_scrolls_within_the_text() {
    let mut a = app(60, 20);
    a.update(Command::Open);
    assert_eq!(a.focus, Focus::Reader);
    a.update(Command::Down);
    a.update(Command::Down);
    assert_eq!(a.reader.as_ref().unwrap().scroll, 2);
    a.update(Command::PageDown);
    // 20 rows: 1 status + 2 borders → 17 text rows
    assert_eq!(a.reader.as_ref().unwrap().scroll, 19);
    a.update(Command::HalfPageUp);
    assert_eq!(a.reader.as_ref().unwrap().scroll, 11);
    a.update(Command::Bottom);
    let r = a.reader.as_ref().unwrap();
    assert_eq!(r.scroll, r.doc.len() - 17);
    a.update(Command::Back);
    assert_eq!(a.focus, Focus::List);
}

#[test]
fn resizing_keeps_the_reading_place() {
    let mut a = app(120, 40);
    a.update(Command::Open);
    for _ in 0..30 {
        a.update(Command::Down);
    }
    let before = {
        let r = a.reader.as_ref().unwrap();
        r.doc.lines[r.scroll].text.clone()
    };
    a.update(Msg::Resize(60, 20));
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
    a.update(Command::ToggleHelp);
    a.update(Command::Down);
    assert_eq!(selected_id(&a), "000", "the list did not move under help");
    a.update(Command::Quit);
    assert!(a.layers.is_empty());
    assert!(!a.quit, "q closes help first");
    a.update(Command::Quit);
    assert!(a.quit);
}

#[test]
fn an_empty_store_has_nothing_to_open() {
    let mut a = App::new(Store::new(Vec::new()), Vec::new());
    a.update(Msg::Resize(60, 20));
    a.update(Command::Open);
    a.update(Command::Down);
    assert_eq!(a.focus, Focus::List);
    assert_eq!(a.selected(), None);
    assert!(a.reader.is_none());
}

#[test]
fn tiny_sizes_do_not_panic() {
    let mut a = app(1, 1);
    for act in [
        Command::Down,
        Command::PageDown,
        Command::Open,
        Command::Bottom,
        Command::Back,
    ] {
        a.update(act);
    }
    // with no room on screen, a page is one row
    assert_eq!(a.list.selected, 2);
    assert_eq!(a.focus, Focus::List);
    a.update(Msg::Resize(0, 0));
    a.update(Command::Down);
    assert_eq!(a.list.selected, 3);
    assert_eq!(a.reader.as_ref().unwrap().article, a.selected().unwrap());
}

#[test]
fn a_click_on_the_selected_quote_shows_it_again() {
    let mut a = app(120, 40);
    a.update(Command::ToggleQuotes);
    let at = a.reader.as_ref().unwrap().scroll;
    a.update(Command::ToggleFocus);
    a.update(Command::PageDown);
    assert_ne!(a.reader.as_ref().unwrap().scroll, at, "the reader moved");
    // the first row of the list pane is the selected quote
    a.update(Msg::Click(5, 1));
    assert_eq!(a.focus, Focus::List);
    assert_eq!(a.reader.as_ref().unwrap().scroll, at);
}

#[test]
fn an_article_read_where_it_was_saved_starts_read_until_marked_unread() {
    let dir = std::env::temp_dir().join(format!("gazette-archived-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("wallabag.json"),
        r#"[{"id": 1, "title": "Read there", "content": "<p>Body one.</p>", "is_archived": 1},
            {"id": 2, "title": "Not read there", "content": "<p>Body two.</p>", "is_archived": 0}]"#,
    )
    .unwrap();
    let load = || {
        crate::store::load_paths(std::slice::from_ref(&dir))
            .unwrap()
            .store
    };
    let (first, second) = (load(), load());
    std::fs::remove_dir_all(&dir).unwrap();
    let title_read = |a: &App| -> Vec<(String, bool)> {
        let mut v: Vec<(String, bool)> = a
            .store
            .ixs()
            .map(|ix| (a.store.get(ix).unwrap().title.clone(), a.is_read(ix)))
            .collect();
        v.sort();
        v
    };
    let mut a = App::new(first, Vec::new());
    assert_eq!(
        title_read(&a),
        [
            ("Not read there".into(), false),
            ("Read there".into(), true)
        ]
    );
    // marked unread here, it stays unread in the next run
    let ix = a
        .store
        .ixs()
        .find(|&ix| a.store.get(ix).unwrap().title == "Read there")
        .unwrap();
    a.set_read(ix, false);
    let saved = a.state();
    assert_eq!(saved.unread.len(), 1);
    let mut b = App::new(second, Vec::new());
    b.restore(&saved);
    assert_eq!(
        title_read(&b),
        [
            ("Not read there".into(), false),
            ("Read there".into(), false)
        ]
    );
    // and read again, it is no longer kept unread
    b.set_read(ix, true);
    assert!(b.state().unread.is_empty());
}
