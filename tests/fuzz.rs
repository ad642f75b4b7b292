//! Property tests as fuzzing: the article parser and the query parser
//! never panic, whatever the input. Cases per property: 256 by default,
//! PROPTEST_CASES=N for a long run.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::NaiveDate;
use gazette::document::Document;
use gazette::query::{self, Field, Matcher};
use gazette::store::QuoteMatcher;
use gazette::store::{self, Store};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

static BUNDLED: LazyLock<Store> = LazyLock::new(|| store::load_bundled().store);

/// Text that looks like articles: words, capitals, quotes of every kind,
/// dates, furniture, blank lines, controls.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" date 2022-01-21 ".to_string()),
        Just(" date 2022-13-45 ".to_string()),
        Just("\n\n".to_string()),
        // the marks of the other formats
        Just("---\ntitle: x\n".to_string()),
        Just("\n---\n".to_string()),
        Just("{\"title\": \"".to_string()),
        Just("\", \"text\": \"".to_string()),
        Just("\"}\n".to_string()),
        Just("[{".to_string()),
        Just("\\u001b".to_string()),
        Just("# ".to_string()),
        Just("\n- ".to_string()),
        Just("> ".to_string()),
        Just("[a](http://x)".to_string()),
        Just("<p>".to_string()),
        Just("&#27;".to_string()),
        Just("\n".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just(", he said. ".to_string()),
        Just("Secretary of State Antony Blinken".to_string()),
        Just("By Jo Smith".to_string()),
        Just("Jan. 21, 2022 / 7:26 AM".to_string()),
        Just("More: ".to_string()),
        Just("Photo by X/Y".to_string()),
        Just("\u{1b}]0;x\u{7}".to_string()),
        // sequences wider or narrower than their characters
        Just("\u{263a}\u{fe0f}".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}".to_string()),
        Just("\u{17d8}".to_string()),
        Just("\u{1f1fa}\u{1f1e6}".to_string()),
        "[日本語ニュース]{1,6}",
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,8}",
        "[ .,;:!?()—–-]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

/// A file of each format's name: each is read by its own reader.
const NAMES: &[&str] = &["f.txt", "f.md", "f.json", "f.jsonl"];

fn check_article(text: &str) {
    for name in NAMES {
        check_file(name, text);
    }
}

fn check_file(name: &str, text: &str) {
    // as a file is read: decoded, parsed, made safe
    let (articles, _) =
        gazette::ingest::read_bytes(PathBuf::from(name), name, name, text.as_bytes(), None);
    for a in &articles {
        let fields = [a.id.as_str(), &a.title]
            .into_iter()
            .chain(a.source.as_deref())
            .chain(a.author.as_deref())
            .chain(a.url.as_deref())
            .chain(a.body.iter().map(|b| b.text()));
        for f in fields {
            assert!(!f.chars().any(char::is_control), "{f:?}");
        }
    }
    let s = Store::new(articles);
    for (ix, width) in (0..s.len().min(3)).flat_map(|i| [1, 7, 40, 200].map(|w| (i, w))) {
        if let Some(doc) = Document::for_article(&s, gazette::model::ArticleIx(ix), width) {
            // Every line fits, except a single grapheme wider than the
            // whole line (a wide character at width 1, U+17D8 at width 2).
            for l in &doc.lines {
                assert!(
                    gazette::text::width(&l.text) <= width || l.text.graphemes(true).count() == 1,
                    "{:?} at width {width}",
                    l.text
                );
            }
        }
    }
    for q in s.quotes() {
        for sp in &q.spans {
            let body = s.get(q.article).unwrap().body[sp.block].text();
            assert!(sp.start <= sp.end && sp.end <= body.len());
            assert!(body.is_char_boundary(sp.start) && body.is_char_boundary(sp.end));
        }
    }
}

fn check_query(q: &str) {
    let today = NaiveDate::from_ymd_opt(2022, 1, 25).unwrap();
    let Ok(parsed) = query::parse(q, today) else {
        return;
    };
    let s = &*BUNDLED;
    let index = s.article_index();
    let rows = Matcher::default().run(index, &parsed);
    assert!(rows.len() <= s.len());
    let m = Matcher::default();
    for &ix in rows.iter().take(5) {
        let title = &s.get(ix).unwrap().title;
        let hits = m.highlight(&parsed, Field::Title, title);
        assert!(hits.iter().all(|&h| h < title.chars().count()));
    }
    let m = QuoteMatcher::default();
    let quotes = QuoteMatcher::default().run(s, &parsed);
    // the quote index gives what the query means quote by quote
    let mut one_by_one: Vec<(i64, usize, gazette::model::QuoteIx)> = s
        .quotes_newest_first()
        .enumerate()
        .filter_map(|(rank, qi)| m.score(s, qi, &parsed).map(|sc| (-sc, rank, qi)))
        .collect();
    one_by_one.sort_unstable();
    if !parsed.is_empty() {
        let want: Vec<_> = one_by_one.into_iter().map(|(_, _, qi)| qi).collect();
        assert_eq!(quotes, want, "{q:?}");
    }
}

proptest! {
    #[test]
    fn article_parser_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_article(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn article_parser_takes_article_like_text(text in article_like()) {
        check_article(&text);
    }

    #[test]
    fn query_parser_takes_any_string(q in any::<String>()) {
        check_query(&q);
    }

    #[test]
    fn query_parser_takes_query_like_text(
        q in r#"(!?(p|s|d|t|person|date|x)?:?'?"?[a-z0-9 .\-]{0,12}"? ?){0,5}"#
    ) {
        check_query(&q);
    }
}
