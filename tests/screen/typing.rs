//! Typing: the filter bar, the pickers, the search line.

use super::*;

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
fn esc_and_a_key_sent_at_once_are_two_keys() {
    // a slow link delivers Esc and j together: crossterm reads Alt-j
    let alt_j = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT));
    let (t, app) = run(120, 40, vec![key('?'), alt_j]);
    assert!(app.layers.is_empty(), "Esc closed help");
    assert!(
        row(t.backend().buffer(), 0).contains("Articles 2/5"),
        "and j moved"
    );
}

#[test]
fn ctrl_z_without_a_real_terminal_says_so() {
    let (t, app) = run(120, 40, vec![ctrl('z')]);
    assert!(!app.suspend && !app.quit);
    assert!(row(t.backend().buffer(), 39).contains("suspending needs a real terminal"));
}
