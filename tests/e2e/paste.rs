//! Pasting in a real terminal: the paste is text, never keys.

use super::*;

/// `text` as a terminal sends it in bracketed-paste mode.
fn bracketed(text: &str) -> String {
    format!("\u{1b}[200~{text}\u{1b}[201~")
}

#[test]
fn a_paste_into_the_filter_bar_is_text_not_commands() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5 · 5 unread"));
    s.send("/");
    s.wait_for("the filter bar", |c| {
        c.lines().last().is_some_and(|l| l.starts_with('/'))
    });
    // a line break, an "m" (mark read), a space (page) and a "q" (quit)
    s.send(&bracketed("Sergey Lavrov\nsaid the request was small"));
    s.wait_for("the pasted line in the bar", |c| {
        c.contains("/Sergey Lavrov said the request was small")
    });
    s.send("\u{1b}");
    let screen = s.wait_for("the bar closed", |c| c.contains(" LIST "));
    assert!(screen.contains("Articles 1/5 · 5 unread"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_paste_with_no_line_to_take_it_runs_nothing() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send(&bracketed("jjjmq"));
    let screen = s.wait_for("the word about it", |c| {
        c.contains("pasted text is for the filter")
    });
    assert!(screen.contains("Articles 1/5 · 5 unread"), "{screen}");
    s.send("j");
    s.wait_for("the next key clears the word", |c| {
        c.contains("Articles 2/5") && !c.contains("pasted text")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_long_paste_applies_at_once_and_is_cut_to_the_line_limit() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("/");
    s.wait_for("the filter bar", |c| {
        c.lines().last().is_some_and(|l| l.starts_with('/'))
    });
    let long = "lavrov ".repeat(600); // 4,200 bytes
    s.send(&bracketed(&long));
    // no key after the paste: it must arrive whole by itself
    let screen = s.wait_for("the paste in the bar", |c| {
        c.lines()
            .last()
            .is_some_and(|l| l.contains("lavrov lavrov") && l.contains(" of 5"))
    });
    let bar = screen.lines().last().unwrap_or("");
    assert!(bar.contains("5 of 5"), "every article names Lavrov: {bar}");
    s.send("\u{1b}");
    s.wait_for("the bar closed", |c| c.contains(" LIST "));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
