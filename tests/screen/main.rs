//! The whole app on ratatui's TestBackend: keys go through the real event
//! loop and keymap; the screen is compared with snapshots and checked cell
//! by cell for styles.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

mod event_loop;
mod look;
mod reading;
mod typing;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use gazette::store;
use gazette::ui::{self, App, Focus};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Runs the app at `w`×`h`, feeds `events`, returns the last frame.
fn run(w: u16, h: u16, events: Vec<Event>) -> (Terminal<TestBackend>, App) {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    ui::start(&mut terminal, &mut app).unwrap();
    for ev in events {
        if let Event::Resize(w, h) = ev {
            // what a terminal does before it reports a resize
            terminal.backend_mut().resize(w, h);
        }
        ui::handle(&mut terminal, &mut app, &ev).unwrap();
        if app.quit {
            break;
        }
    }
    (terminal, app)
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

fn typed(s: &str) -> Vec<Event> {
    s.chars().map(key).collect()
}

#[test]
fn wide_start_screen() {
    let (t, _) = run(120, 40, vec![]);
    insta::assert_snapshot!("wide_start", screen(t.backend().buffer()));
}

#[test]
fn wide_reader_scrolled() {
    let (t, app) = run(
        120,
        40,
        vec![key('j'), code(KeyCode::Enter), ctrl('d'), key('j')],
    );
    assert_eq!(app.focus, Focus::Reader);
    insta::assert_snapshot!("wide_reader_scrolled", screen(t.backend().buffer()));
}

#[test]
fn narrow_list_then_reader() {
    let (t, _) = run(60, 20, vec![key('G')]);
    insta::assert_snapshot!("narrow_list", screen(t.backend().buffer()));
    let (t, _) = run(60, 20, vec![key('G'), key('l'), code(KeyCode::PageDown)]);
    insta::assert_snapshot!("narrow_reader_paged", screen(t.backend().buffer()));
}

#[test]
fn help_lists_every_key() {
    let (t, _) = run(120, 40, vec![key('?')]);
    let s = screen(t.backend().buffer());
    for b in gazette::ui::Keymap::default().normal {
        assert!(s.contains(&b.label()), "help lacks {}", b.label());
        assert!(s.contains(b.help), "help lacks {}", b.help);
    }
    insta::assert_snapshot!("help", s);
}

#[test]
fn filter_bar_narrows_live_and_lights_the_matches() {
    let mut keys = vec![key('/')];
    keys.extend(typed("p:zelensky"));
    let (t, app) = run(120, 40, keys);
    let buf = t.backend().buffer();
    let s = screen(buf);
    assert_eq!(app.list.rows.len(), 2);
    assert!(row(buf, 39).starts_with("/p:zelensky"), "{}", row(buf, 39));
    assert!(
        row(buf, 39).trim_end().ends_with("2 of 5"),
        "{}",
        row(buf, 39)
    );
    assert!(
        row(buf, 0).contains("Articles 1/2 of 5 · p:zelensky"),
        "{}",
        row(buf, 0)
    );
    // the matched person closes each row (surname when the name is too
    // long), its letters lit
    for y in [1, 2] {
        assert!(row(buf, y)[..].contains("… Zelensky│"), "{s}");
        let lit: String = (0..54u16)
            .filter(|&x| buf[(x, y)].modifier.contains(Modifier::UNDERLINED))
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        assert_eq!(lit, "Zelensky", "row {y}");
    }
    insta::assert_snapshot!("filter_typing", s);
}

#[test]
fn people_picker_narrows_and_applies_a_person_filter() {
    let mut keys = vec![key('P')];
    let (t, _) = run(120, 40, keys.clone());
    let s = screen(t.backend().buffer());
    assert!(s.contains(" People "), "{s}");
    assert!(s.contains("Antony Blinken"), "{s}");
    assert!(s.contains("14 of 14"), "{s}");
    keys.extend(typed("zel"));
    let (t, _) = run(120, 40, keys.clone());
    let s = screen(t.backend().buffer());
    assert!(s.contains("1 of 14"), "{s}");
    insta::assert_snapshot!("people_picker", s);
    keys.push(code(KeyCode::Enter));
    let (_, app) = run(120, 40, keys);
    assert_eq!(app.filter.applied, "p:\"Volodymyr Zelensky\"");
    assert_eq!(app.list.rows.len(), 2);
    assert!(app.layers.is_empty());
}

#[test]
fn quotes_pane_lists_filters_and_opens_a_quote() {
    let (t, app) = run(120, 40, vec![key('"')]);
    assert_eq!(app.view, gazette::ui::View::Quotes);
    assert_eq!(app.quote_list.rows.len(), app.store.quotes().len());
    let s = screen(t.backend().buffer());
    assert!(
        row(t.backend().buffer(), 0).contains(&format!("Quotes 1/{}", app.store.quotes().len())),
        "{s}"
    );
    assert!(
        row(t.backend().buffer(), 1).contains("Blinken    — “Any Russian"),
        "{s}"
    );

    let mut keys = vec![key('"'), key('/')];
    keys.extend(typed("p:biden incursion"));
    keys.push(code(KeyCode::Enter));
    let (t, app) = run(120, 40, keys.clone());
    assert_eq!(app.quote_list.rows.len(), 3);
    let s = screen(t.backend().buffer());
    assert!(
        row(t.backend().buffer(), 0).contains("Quotes 1/3 of 36 · p:biden incursion"),
        "{s}"
    );
    insta::assert_snapshot!("quotes_pane", s);

    // Enter opens the article in the reader with the quote on screen and marked
    keys.push(key('j'));
    keys.push(key('j'));
    keys.push(code(KeyCode::Enter));
    let (t, app) = run(120, 40, keys);
    assert_eq!(app.focus, Focus::Reader);
    let r = app.reader.as_ref().unwrap();
    assert!(app.store.get(r.article).unwrap().id.starts_with("004"));
    let n = r.current_quote.expect("a quote is marked");
    let line = r.doc.line_of_quote(n).unwrap();
    assert!(
        line >= r.scroll && line < r.scroll + 37,
        "the quote is on screen"
    );
    let buf = t.backend().buffer();
    let (y, l) = (0..40u16)
        .map(|y| (y, row(buf, y)))
        .find(|(_, l)| l.contains("I think what you're going"))
        .unwrap();
    let x = l
        .find("I think")
        .map(|b| l[..b].chars().count() as u16)
        .unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED), "marked");
    // back to the articles
    let (_, app) = run(120, 40, vec![key('"'), key('"')]);
    assert_eq!(app.view, gazette::ui::View::Articles);
}
