//! What the screen looks like: styles, long and wide text, every size.

use super::*;

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

#[test]
fn hints_name_the_keys_the_keymap_binds() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    for b in &mut app.keymap.normal {
        if b.command == ui::Command::Open {
            b.keys = vec![ui::keymap::Key {
                code: KeyCode::Char('o'),
                mods: KeyModifiers::NONE,
            }];
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    ui::start(&mut terminal, &mut app).unwrap();
    let status = row(terminal.backend().buffer(), 39);
    assert!(status.contains(" o read "), "{status}");
    ui::handle(&mut terminal, &mut app, &key('o')).unwrap();
    assert_eq!(app.focus, Focus::Reader, "o opens the reader");
}

#[test]
fn in_ascii_every_mark_is_ascii() {
    let loaded = store::load_bundled();
    let mut app = App::new(loaded.store, loaded.problems);
    app.theme = ui::Theme::default().ascii();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    ui::start(&mut terminal, &mut app).unwrap();
    ui::handle(&mut terminal, &mut app, &key('?')).unwrap();
    let s = screen(terminal.backend().buffer());
    for mark in [
        "…", "·", "—", "–", "↑", "↓", "←", "→", "•", "“", "”", "’", "│", "─",
    ] {
        assert!(!s.contains(mark), "{mark} in:\n{s}");
    }
    assert!(s.contains("Articles 1/5 | 5"), "{s}");
    assert!(s.contains("j v "), "{s}");
}
