//! An article built to attack the terminal: escape sequences, OSC title
//! and clipboard writes, C1 controls, bells, backspaces, carriage returns,
//! in its text and in its file name. None of it may reach the terminal.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use gazette::store;

pub const ATTACK: &str = " date 2022-02-01 Headline \u{1b}]0;pwned\u{7} with a title change\n\nBy Eve \u{1b}[31mRed\u{1b}[0m\n\nBody with a clipboard write \u{1b}]52;c;ZXZpbA==\u{7} and a clear \u{1b}[2J\u{1b}[H and a C1 \u{9b}31m CSI, bells \u{7}\u{7}, backspaces ab\u{8}\u{8}cd, a carriage\rreturn and a tab\there, an override \u{202E}desrever\u{202C} and a zero\u{200B}width space.\n\n\"A quote \u{1b}[5mblinking at the reader,\" Eve Attacker said.\n";

/// Writes the attack article (its name carries an escape too).
pub fn attack_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("attack\u{1b}[7m.txt");
    std::fs::write(&path, ATTACK).unwrap();
    let p = dir.path().to_path_buf();
    (dir, p)
}

/// Bytes that change a terminal's state or cursor when printed.
fn dangerous(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, 0x1b | 0x07 | 0x08 | 0x0d | 0x7f) || (b < 0x20 && b != b'\n') {
            found.push(format!("byte {b:#04x} at {i}"));
        }
    }
    for c in String::from_utf8_lossy(bytes).chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) {
            found.push(format!("C1 {:#x}", c as u32));
        }
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}') {
            found.push(format!("bidi or zero-width {:#x}", c as u32));
        }
    }
    found
}

fn gazette(args: &[&str], dir: &Path) -> Vec<u8> {
    let o = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", common::test_cache())
        .args(args)
        .arg(dir)
        .output()
        .unwrap();
    let mut all = o.stdout;
    all.extend(o.stderr);
    all
}

/// Runs gazette with `args` on `dir`: it prints something, and nothing
/// a terminal would act on.
fn prints_nothing_dangerous(args: &[&str], dir: &Path) {
    let out = gazette(args, dir);
    assert!(!out.is_empty(), "{args:?} printed nothing");
    assert_eq!(
        dangerous(&out),
        Vec::<String>::new(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out)
    );
}

#[test]
fn command_line_output_carries_no_controls() {
    let (_keep, dir) = attack_dir();
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "attack"],
        vec!["show", "attack", "--width", "0"],
        vec!["quotes"],
        vec!["quotes", "--json"],
        vec!["people", "--json"],
    ] {
        prints_nothing_dangerous(&args, &dir);
    }
    // the controls are shown, as placeholders, not lost
    let shown = String::from_utf8(gazette(&["show", "attack", "--width", "0"], &dir)).unwrap();
    assert!(
        shown.contains("Headline ␛]0;pwned␇ with a title change"),
        "{shown}"
    );
    assert!(shown.contains("ab␈␈cd"), "{shown}");
    // a bidi override shows as a placeholder; a zero-width space goes
    assert!(
        shown.contains("an override \u{FFFD}desrever\u{FFFD} and a zerowidth space"),
        "{shown}"
    );
    // a tab expands to spaces, which a reflowed paragraph makes one
    assert!(shown.contains("a tab here"), "tabs expand: {shown}");
    let list = String::from_utf8(gazette(&["list"], &dir)).unwrap();
    assert!(list.starts_with("attack␛[7m  2022-02-01"), "{list}");
}

#[test]
fn the_store_holds_no_controls() {
    let (_keep, dir) = attack_dir();
    let s = store::load_paths(&[dir]).unwrap().store;
    let a = s.iter_newest_first().next().unwrap();
    let all: String = std::iter::once(a.title.as_str())
        .chain(std::iter::once(a.id.as_str()))
        .chain(a.author.as_deref())
        .chain(a.body.iter().map(|b| b.text()))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!all.chars().any(|c| c.is_control() && c != '\n'), "{all:?}");
    assert_eq!(s.quotes().len(), 1);
    assert_eq!(s.speaker_name(&s.quotes()[0]), Some("Eve Attacker"));
}

/// The attack written in each format, its controls hidden in the
/// format's own escapes (JSON `\u001b`), which only decoding reveals.
fn attack_formats() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let json = serde_json::json!({
        "title": "JSON \u{1b}]0;pwned\u{7} title",
        "text": "Body with a clear \u{1b}[2J and a C1 \u{9b}31m CSI.\n\n\"A quote \u{1b}[5mblinking,\" Eve Attacker said.",
        "authors": ["Eve \u{1b}[31mRed"],
        "source_domain": "www.evil\u{1b}[2J.example",
        "url": "https://evil.example/\u{1b}]52;c;ZXZpbA==\u{7}",
        "date_publish": "2022-02-01 00:00:00",
    });
    std::fs::write(dir.path().join("attack.json"), json.to_string()).unwrap();
    let line = serde_json::json!({"title": "Line \u{1b}[7m", "text": "Lines \u{1b}[H too."});
    std::fs::write(dir.path().join("lines.jsonl"), format!("{line}\n{line}\n")).unwrap();
    // YAML's escapes in the front matter, HTML's entities in Markdown
    std::fs::write(
        dir.path().join("clip.md"),
        "---\ntitle: \"MD \\e]0;pwned\\a title\"\nauthor: \"Eve \\x1b[31mRed\"\n---\nA clear &#27;[2J here and &#x9b;.\n\nSee [a title](https://e.example/&#27;]0;pwned&#7;) and [a script](javascript:alert&#40;1&#41;).\n",
    )
    .unwrap();
    // HTML's entities in a page, and in a feed item's HTML
    std::fs::write(
        dir.path().join("page.html"),
        "<!DOCTYPE html><html><head><title>Page &#27;]0;pwned&#7; title</title>\
         <meta name='author' content='Eve &#27;[31mRed'></head><body><article><h1>Page &#27;]0;x&#7; title</h1>\
         <p>A paragraph long enough to be the article, with a clear &#27;[2J and a C1 &#x9b;31m and more words after it.</p>\
         <p>\"A quote &#27;[5mblinking at the reader,\" Eve Attacker said to the people who gathered outside.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("feed.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed &amp;#27;[7m</title>\
         <item><title>Item &amp;#27;]0;x&amp;#7;</title><guid>i1</guid>\
         <description><![CDATA[<p>Item &#27;[2J body.</p>]]></description></item></channel></rss>",
    )
    .unwrap();
    let p = dir.path().to_path_buf();
    (dir, p)
}

#[test]
fn each_format_decoded_carries_no_controls() {
    let (_keep, dir) = attack_formats();
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "attack"],
        vec!["show", "attack", "--json"],
        vec!["show", "lines-1", "--json"],
        vec!["show", "clip", "--json"],
        vec!["show", "page", "--json"],
        vec!["show", "feed-1", "--json"],
        vec!["quotes", "--json"],
    ] {
        prints_nothing_dangerous(&args, &dir);
    }
    let s = store::load_paths(&[dir]).unwrap().store;
    assert_eq!(s.len(), 6);
    for a in s.iter_newest_first() {
        let all: String = [a.title.as_str(), a.id.as_str()]
            .into_iter()
            .chain(a.author.as_deref())
            .chain(a.source.as_deref())
            .chain(a.url.as_deref())
            .chain(a.body.iter().map(|b| b.text()))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!all.chars().any(|c| c.is_control() && c != '\n'), "{all:?}");
    }
}
