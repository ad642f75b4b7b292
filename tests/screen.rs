//! The whole app on ratatui's TestBackend: keys go through the real event
//! loop and keymap; the screen is compared with snapshots and checked cell
//! by cell for styles.

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
fn selected_row_is_reverse_video_and_status_names_the_pane() {
    let (t, _) = run(120, 40, vec![key('j')]);
    let buf = t.backend().buffer();
    // row 2 is the second article (row 0 is the border)
    assert!(row(buf, 2).contains("United States, Russia"));
    assert!(buf[(5, 2)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(5, 1)].modifier.contains(Modifier::REVERSED));
    assert!(row(buf, 39).starts_with(" LIST "), "{}", row(buf, 39));

    let (t, _) = run(120, 40, vec![key('j'), code(KeyCode::Tab)]);
    assert!(row(t.backend().buffer(), 39).starts_with(" READER "));
}

#[test]
fn asides_are_dimmed_and_subheads_bold() {
    // 003 is last: it has a "Learn more:" aside and subheads.
    let (t, _) = run(120, 40, vec![key('G'), key('l')]);
    let buf = t.backend().buffer();
    let find = |needle: &str| {
        (0..buf.area.height)
            .find_map(|y| {
                row(buf, y)
                    .find(needle)
                    .map(|x| (row(buf, y)[..x].chars().count() as u16, y))
            })
            .unwrap_or_else(|| panic!("{needle} not on screen:\n{}", screen(buf)))
    };
    let (x, y) = find("Learn more:");
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
    let (x, y) = find("WASHINGTON");
    assert!(!buf[(x, y)].modifier.contains(Modifier::DIM));
    let (x, y) = find("Secretary of State Blinken to visit");
    assert!(
        buf[(x, y)].modifier.contains(Modifier::BOLD),
        "headline is bold"
    );
}

#[test]
fn long_titles_end_in_an_ellipsis_on_one_row() {
    let (t, _) = run(120, 40, vec![]);
    let buf = t.backend().buffer();
    for y in 1..=5 {
        let r = row(buf, y);
        let list_part: String = r.chars().take(54).collect();
        assert!(list_part.ends_with("…│"), "row {y}: {list_part:?}");
    }
    // the sixth row is empty: nothing wrapped onto it
    assert!(
        row(buf, 6)
            .chars()
            .take(54)
            .skip(1)
            .take(52)
            .all(|c| c == ' ')
    );
}

#[test]
fn every_size_down_to_one_by_one_draws() {
    for (w, h) in [
        (1, 1),
        (2, 1),
        (10, 3),
        (19, 4),
        (20, 5),
        (30, 8),
        (99, 30),
        (100, 30),
    ] {
        let (t, app) = run(
            w,
            h,
            vec![key('j'), code(KeyCode::Enter), key('G'), key('?')],
        );
        let s = screen(t.backend().buffer());
        if w < 20 || h < 5 {
            let msg = gazette::text::truncate("Terminal too small (need 20×5)", w as usize);
            assert!(s.contains(&msg), "{w}x{h}: {s:?}");
        } else {
            assert_eq!(app.focus, Focus::Reader, "{w}x{h}");
        }
    }
}

#[test]
fn resize_redraws_and_keeps_the_place() {
    let mut keys = vec![key('l')];
    keys.extend(std::iter::repeat_n(key('j'), 7));
    let (_, before) = run(120, 40, keys.clone());
    let r = before.reader.as_ref().unwrap();
    let was_on_top = r.doc.lines[r.scroll].text.clone();
    assert_eq!(r.scroll, 7);

    keys.push(Event::Resize(60, 20));
    let (t, after) = run(120, 40, keys);
    assert_eq!(
        t.backend().buffer().area.width,
        60,
        "redrawn at the new size"
    );
    let r = after.reader.as_ref().unwrap();
    assert_ne!(r.doc.width, before.reader.as_ref().unwrap().doc.width);
    // The words that were at the top are still at the top after re-wrapping.
    let first_words: Vec<&str> = was_on_top.split_whitespace().take(2).collect();
    let top_two = format!(
        "{} {}",
        r.doc.lines[r.scroll].text,
        r.doc.lines[r.scroll + 1].text
    );
    assert!(
        top_two.contains(&first_words.join(" ")),
        "{was_on_top:?} not at top: {top_two:?}"
    );
}

#[test]
fn run_loop_quits_on_q_and_stops_at_end_of_input() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut events = vec![key('j'), key('q'), key('j')].into_iter();
    ui::run(&mut terminal, &mut app, || Ok(events.next())).unwrap();
    assert!(app.quit);
    assert_eq!(app.list.selected, 1, "the j after q was not read");
    assert_eq!(events.len(), 1);
}

/// TestBackend, counting the frames sent to it.
struct Counting(TestBackend, usize);

impl ratatui::backend::Backend for Counting {
    type Error = <TestBackend as ratatui::backend::Backend>::Error;
    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        self.0.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<ratatui::layout::Position, Self::Error> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        p: P,
    ) -> Result<(), Self::Error> {
        self.0.set_cursor_position(p)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, t: ratatui::backend::ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(t)
    }
    fn size(&self) -> Result<ratatui::layout::Size, Self::Error> {
        self.0.size()
    }
    fn window_size(&mut self) -> Result<ratatui::backend::WindowSize, Self::Error> {
        self.0.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.1 += 1;
        self.0.flush()
    }
}

#[test]
fn keys_that_arrive_together_are_drawn_once() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(Counting(TestBackend::new(80, 24), 0)).unwrap();
    // Two piles of keys, as a slow link delivers them: j j j, then k.
    let mut piles = vec![vec![key('j'), key('j'), key('j')], vec![key('k')]].into_iter();
    let mut pile: std::vec::IntoIter<Event> = Vec::new().into_iter();
    let mut applied = 0;
    ui::run_with(
        &mut terminal,
        &mut app,
        |wait| {
            if wait == ui::Wait::Block {
                pile = piles.next().unwrap_or_default().into_iter();
            }
            Ok(pile.next())
        },
        |_| applied += 1,
    )
    .unwrap();
    assert_eq!(applied, 4);
    assert_eq!(app.list.selected, 2);
    // the first frame, then one per pile
    assert_eq!(terminal.backend().1, 3);
    let shown = screen(terminal.backend().0.buffer());
    let (t, _) = run(80, 24, vec![key('j'), key('j'), key('j'), key('k')]);
    assert_eq!(shown, screen(t.backend().buffer()));
}

#[test]
fn wide_characters_keep_the_columns_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let articles = [
        (
            "a.txt",
            " date 2022-01-03 東京の記者会見で外相が新しい方針を発表しました。今後の交渉について\n\n本文です。",
        ),
        (
            "b.txt",
            " date 2022-01-02 Plain ASCII headline that is long enough to be cut in the list\n\nBody.",
        ),
        (
            "c.txt",
            " date 2022-01-01 Ünïcödé 🎉 headline with an emoji and accents that runs long\n\nBody.",
        ),
    ];
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(
        dir.path().join(store::META_FILE),
        r#"{"a.txt": {"source": "朝日新聞"}, "b.txt": {"source": "AP"}, "c.txt": {"source": "Le Monde"}}"#,
    )
    .unwrap();
    let loaded = store::load_paths(&[dir.path().to_path_buf()]).unwrap();
    let mut app = App::new(loaded.store, loaded.problems);
    let mut terminal = Terminal::new(TestBackend::new(100, 12)).unwrap();
    ui::start(&mut terminal, &mut app).unwrap();
    let buf = terminal.backend().buffer();
    // The list is 45 columns wide: its right border sits in column 44 on
    // every article row, and the title column starts at the same cell.
    for y in 1..=3 {
        assert_eq!(buf[(44, y)].symbol(), "│", "row {y}:\n{}", screen(buf));
        // cut with an ellipsis; a wide character that does not fit the last
        // column leaves it blank
        let end: String = (42..44).map(|x| buf[(x, y)].symbol()).collect();
        assert!(end.contains('…'), "row {y}: {end:?}");
    }
    // marker 1 + date 10 + space + source column (8 cols: "朝日新聞" and
    // "Le Monde") + space
    assert_eq!(buf[(22, 1)].symbol(), "東");
    assert_eq!(buf[(22, 2)].symbol(), "P");
    assert_eq!(buf[(22, 3)].symbol(), "Ü");
}

fn typed(s: &str) -> Vec<Event> {
    s.chars().map(key).collect()
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
fn filter_enter_keeps_esc_restores_ctrl_u_clears() {
    let mut keys = vec![key('/')];
    keys.extend(typed("s:upi"));
    keys.push(code(KeyCode::Enter));
    let (t, app) = run(120, 40, keys.clone());
    assert_eq!(app.filter.applied, "s:upi");
    assert!(app.filter_edit().is_none());
    assert_eq!(app.list.rows.len(), 1);
    assert!(row(t.backend().buffer(), 0).contains("· s:upi"));
    assert!(
        row(t.backend().buffer(), 39).contains("1 of 5"),
        "status shows N of M"
    );

    // a second edit, cancelled: the first filter comes back
    keys.push(key('/'));
    keys.push(ctrl('u'));
    keys.extend(typed("s:npr"));
    let (_, app) = run(120, 40, keys.clone());
    assert_eq!(app.list.rows.len(), 1);
    assert_eq!(
        app.store.get(app.list.rows[0]).unwrap().source.as_deref(),
        Some("NPR")
    );
    keys.push(code(KeyCode::Esc));
    let (_, app) = run(120, 40, keys);
    assert_eq!(app.filter.applied, "s:upi");
    assert_eq!(
        app.store.get(app.list.rows[0]).unwrap().source.as_deref(),
        Some("UPI")
    );
}

#[test]
fn a_bad_query_says_so_and_keeps_the_last_good_result() {
    let mut keys = vec![key('/')];
    keys.extend(typed("d:2022-01-18"));
    let (_, app) = run(120, 40, keys.clone());
    assert_eq!(app.list.rows.len(), 1);
    // one more digit makes an impossible date
    keys.extend(typed("9"));
    let (t, app) = run(120, 40, keys.clone());
    assert_eq!(app.list.rows.len(), 1, "last good result kept");
    let bar = row(t.backend().buffer(), 39);
    assert!(
        bar.contains("no such date: 2022-01-189") || bar.contains("not a date"),
        "{bar}"
    );
    keys.push(code(KeyCode::Enter));
    let (_, app) = run(120, 40, keys);
    assert_eq!(
        app.filter.applied, "d:2022-01-18",
        "Enter keeps the last good filter"
    );
    // an unclosed quote
    let mut keys = vec![key('/')];
    keys.extend(typed("p:\"joe"));
    let (t, _) = run(120, 40, keys);
    assert!(row(t.backend().buffer(), 39).contains("unclosed quote"));
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
fn sources_picker_lists_counts() {
    let mut keys = vec![key('S')];
    keys.extend(typed("usa"));
    keys.push(code(KeyCode::Enter));
    let (_, app) = run(120, 40, keys);
    assert_eq!(app.filter.applied, "s:\"USA TODAY\"");
    assert_eq!(app.list.rows.len(), 1);
}

#[test]
fn keys_typed_into_the_filter_are_not_commands() {
    // q, j and ? are letters while typing
    let mut keys = vec![key('/')];
    keys.extend(typed("q?j"));
    let (_, app) = run(120, 40, keys);
    assert!(!app.quit);
    assert_eq!(app.layers.len(), 1, "only the filter bar is open");
    assert_eq!(app.filter_edit().unwrap().editor.text(), "q?j");
}

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
    assert_eq!(app.quote_list.rows.len(), 2);
    let s = screen(t.backend().buffer());
    assert!(
        row(t.backend().buffer(), 0).contains("Quotes 1/2 of 36 · p:biden incursion"),
        "{s}"
    );
    insta::assert_snapshot!("quotes_pane", s);

    // Enter opens the article in the reader with the quote on screen and marked
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

#[test]
fn search_in_the_article_with_n_and_n() {
    // 004 in the reader, search "incursion"
    let mut keys = vec![key('j'), key('j'), key('j'), code(KeyCode::Enter), key('/')];
    keys.extend(typed("incursion"));
    let (t, app) = run(120, 40, keys.clone());
    assert!(
        app.store
            .get(app.reader.as_ref().unwrap().article)
            .unwrap()
            .id
            .starts_with("004")
    );
    let n = app.search.hits.len();
    assert!(n >= 3, "hits: {n}");
    assert_eq!(app.search.current, Some(0));
    assert!(
        row(t.backend().buffer(), 39)
            .trim_end()
            .ends_with(&format!("1 of {n}")),
        "{}",
        row(t.backend().buffer(), 39)
    );
    // the current hit is on screen and lit
    let buf = t.backend().buffer();
    let lit = (0..40u16).any(|y| {
        (54..120u16).any(|x| {
            buf[(x, y)].symbol() == "i"
                && buf[(x, y)]
                    .modifier
                    .contains(Modifier::REVERSED | Modifier::UNDERLINED)
        })
    });
    assert!(lit, "{}", screen(buf));
    keys.push(code(KeyCode::Enter));
    keys.push(key('n'));
    let (_, app) = run(120, 40, keys.clone());
    assert_eq!(app.search.current, Some(1));
    assert!(
        !app.layers
            .iter()
            .any(|l| matches!(l, gazette::ui::Layer::Search(_)))
    );
    keys.push(key('N'));
    keys.push(key('N'));
    let (_, app) = run(120, 40, keys.clone());
    assert_eq!(app.search.current, Some(n - 1), "N wraps to the last");
    // Esc while typing puts the previous search back
    keys.push(key('/'));
    keys.extend(typed("zzzz"));
    let (t, app) = run(120, 40, keys.clone());
    assert!(app.search.hits.is_empty());
    assert!(row(t.backend().buffer(), 39).contains("no match"));
    keys.push(code(KeyCode::Esc));
    let (_, app) = run(120, 40, keys);
    assert_eq!(app.search.pattern, "incursion");
    assert_eq!(app.search.hits.len(), n);
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
    assert_eq!(saved.selected.as_deref(), Some("002_bd2c4025b464b39a"));
    assert!(saved.read.contains("002_bd2c4025b464b39a"));
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
