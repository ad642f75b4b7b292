//! Reading: quotes in the reader, read marks, saved state, the mouse.

use super::*;

#[test]
fn quotes_are_styled_and_brackets_jump_between_them() {
    // 001, in the reader: ] jumps to its first quote and marks it
    let (t, app) = run(120, 40, vec![key('j'), key(']')]);
    let r = app.reader.as_ref().unwrap();
    assert_eq!(r.current_quote, Some(0), "the first quote: \"non-starter\"");
    assert_eq!(app.focus, Focus::Reader);
    let buf = t.backend().buffer();
    let s = screen(buf);
    let (y, line) = (0..40u16)
        .map(|y| (y, row(buf, y)))
        .find(|(_, l)| l.contains("non-starter"))
        .expect(&s);
    let x = line
        .find("non-starter")
        .map(|b| line[..b].chars().count() as u16)
        .unwrap();
    assert!(
        buf[(x, y)]
            .modifier
            .contains(Modifier::ITALIC | Modifier::REVERSED),
        "current quote marked"
    );
    // the next ] moves to Lavrov's quote; the previous mark is plain quote style
    let (t, app) = run(120, 40, vec![key('j'), key(']'), key(']')]);
    assert_eq!(app.reader.as_ref().unwrap().current_quote, Some(1));
    let buf = t.backend().buffer();
    let (y, line) = (0..40u16)
        .map(|y| (y, row(buf, y)))
        .find(|(_, l)| l.contains("non-starter"))
        .unwrap();
    let x = line
        .find("non-starter")
        .map(|b| line[..b].chars().count() as u16)
        .unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let s = screen(buf);
    assert!(
        s.contains("— Sergey Lavrov"),
        "speaker shown under the paragraph:\n{s}"
    );
    // [ goes back
    let (_, app) = run(120, 40, vec![key('j'), key(']'), key(']'), key('[')]);
    assert_eq!(app.reader.as_ref().unwrap().current_quote, Some(0));
}

#[test]
fn opening_marks_read_and_m_toggles() {
    let (t, app) = run(120, 40, vec![]);
    assert_eq!(app.unread(), 5);
    assert!(row(t.backend().buffer(), 0).contains("· 5 unread"));
    assert!(row(t.backend().buffer(), 1).starts_with("│•"));
    // opening the second article marks it read
    let (t, app) = run(120, 40, vec![key('j'), code(KeyCode::Enter)]);
    assert_eq!(app.unread(), 4);
    assert!(app.is_read(app.selected().unwrap()));
    assert!(
        row(t.backend().buffer(), 2).starts_with("│ "),
        "no marker: {}",
        row(t.backend().buffer(), 2)
    );
    assert!(row(t.backend().buffer(), 0).contains("· 4 unread"));
    // previewing in the list does not; m marks the selected one
    let (_, app) = run(120, 40, vec![key('j'), key('j')]);
    assert_eq!(app.unread(), 5);
    let (_, app) = run(120, 40, vec![key('m')]);
    assert_eq!(app.unread(), 4);
    let (_, app) = run(120, 40, vec![key('m'), key('m')]);
    assert_eq!(app.unread(), 5, "m again: unread");
}

#[test]
fn state_round_trips_through_the_app() {
    let mut keys = vec![key('/')];
    keys.extend(typed("p:lavrov"));
    keys.extend([
        code(KeyCode::Enter),
        key('j'),
        key('j'),
        code(KeyCode::Enter),
    ]);
    keys.extend(std::iter::repeat_n(key('j'), 12));
    let (_, app) = run(120, 40, keys);
    let saved = app.state();
    assert_eq!(saved.filter, "p:lavrov");
    // articles are kept by key: here the bundled file's name
    assert_eq!(saved.selected.as_deref(), Some("002_bd2c4025b464b39a.txt"));
    assert!(saved.read.contains("002_bd2c4025b464b39a.txt"));
    assert_eq!(saved.read.len(), 1);
    let top = {
        let r = app.reader.as_ref().unwrap();
        r.doc.lines[r.scroll].text.clone()
    };

    let loaded = store::load_bundled();
    let mut fresh = App::new(loaded.store, loaded.problems);
    fresh.restore(&saved);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    ui::start(&mut terminal, &mut fresh).unwrap();
    assert_eq!(fresh.filter.applied, "p:lavrov");
    assert_eq!(fresh.list.rows.len(), 5, "Lavrov is in all five");
    assert_eq!(
        fresh.store.get(fresh.selected().unwrap()).unwrap().id,
        "002_bd2c4025b464b39a"
    );
    let r = fresh.reader.as_ref().unwrap();
    assert_eq!(r.doc.lines[r.scroll].text, top, "the reading place is back");
    assert_eq!(fresh.unread(), 4);
    assert!(row(terminal.backend().buffer(), 0).contains("· p:lavrov · 4 unread"));
}

#[test]
fn with_the_mouse_wheel_scrolls_and_a_click_selects() {
    use crossterm::event::{MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    ui::start(&mut terminal, &mut app).unwrap();
    // ignored unless the mouse was asked for
    ui::handle(
        &mut terminal,
        &mut app,
        &mouse(
            MouseEventKind::Down(crossterm::event::MouseButton::Left),
            10,
            3,
        ),
    )
    .unwrap();
    assert_eq!(app.list.selected, 0);
    app.mouse = true;
    ui::handle(
        &mut terminal,
        &mut app,
        &mouse(
            MouseEventKind::Down(crossterm::event::MouseButton::Left),
            10,
            3,
        ),
    )
    .unwrap();
    assert_eq!(app.list.selected, 2, "the third row was clicked");
    ui::handle(
        &mut terminal,
        &mut app,
        &mouse(MouseEventKind::ScrollDown, 80, 10),
    )
    .unwrap();
    assert_eq!(
        app.focus,
        Focus::Reader,
        "the wheel over the reader scrolls it"
    );
    assert_eq!(app.reader.as_ref().unwrap().scroll, 3);
    ui::handle(
        &mut terminal,
        &mut app,
        &mouse(MouseEventKind::ScrollUp, 80, 10),
    )
    .unwrap();
    assert_eq!(app.reader.as_ref().unwrap().scroll, 0);
}
