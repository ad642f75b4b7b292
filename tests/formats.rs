//! Each format gazette reads, from files as the tools that write them
//! do: what is read from them, and what is said of what cannot be.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use gazette::model::{Article, Block, MarkKind};
use gazette::store::{self, Loaded};

fn load(dir: &Path) -> Loaded {
    store::load_paths(&[dir.to_path_buf()]).unwrap()
}

fn titled<'a>(l: &'a Loaded, title: &str) -> &'a Article {
    l.store
        .iter_newest_first()
        .find(|a| a.title == title)
        .unwrap_or_else(|| panic!("no article {title:?}"))
}

fn problems(l: &Loaded) -> Vec<String> {
    l.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn news_please_json_is_read_with_its_fields() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.json"),
        r#"{"authors": ["Mark Prigg For Dailymail.Com", "Min Read"], "date_download": "None",
            "date_publish": "2017-11-14T09:00:00", "description": "A summary.",
            "language": "en", "source_domain": "www.dailymail.co.uk",
            "text": "The minister resigned on Monday.\n\n\"I have done nothing wrong,\" Jane Smith said.",
            "title": "Minister resigns", "url": "https://www.dailymail.co.uk/news/a.html"}"#,
    )
    .unwrap();
    let l = load(dir.path());
    assert_eq!(problems(&l), Vec::<String>::new());
    let a = titled(&l, "Minister resigns");
    assert_eq!(a.id, "a");
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2017, 11, 14));
    assert_eq!(a.source.as_deref(), Some("dailymail.co.uk"));
    assert_eq!(a.author.as_deref(), Some("Mark Prigg"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.dailymail.co.uk/news/a.html")
    );
    assert_eq!(
        a.body,
        [
            Block::Para("The minister resigned on Monday.".into()),
            Block::Para("\"I have done nothing wrong,\" Jane Smith said.".into()),
        ]
    );
    // its quote and speaker are found as in any article
    let q = &l.store.quotes()[0];
    assert_eq!(l.store.speaker_name(q), Some("Jane Smith"));
}

#[test]
fn a_broken_line_of_json_lines_loses_that_line_only() {
    let dir = tempfile::tempdir().unwrap();
    let line =
        |t: &str| format!("{{\"title\": \"{t}\", \"text\": \"Text of {t}.\", \"id\": \"{t}\"}}");
    let text = format!(
        "{}\n{}\n{{\"title\": \"Broken\", \"te\n{}\n",
        line("One"),
        line("Two"),
        line("Four")
    );
    std::fs::write(dir.path().join("feed.jsonl"), text).unwrap();
    let l = load(dir.path());
    let mut titles: Vec<&str> = l
        .store
        .iter_newest_first()
        .map(|a| a.title.as_str())
        .collect();
    titles.sort_unstable();
    assert_eq!(titles, ["Four", "One", "Two"]);
    let p = problems(&l);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("feed.jsonl") && p[0].contains("line 3: not valid JSON"),
        "{p:?}"
    );
    // each record is known by its own id: one added before it changes
    // no key
    let keys: Vec<&str> = l
        .store
        .iter_newest_first()
        .map(|a| a.key.rsplit('#').next().unwrap())
        .collect();
    assert!(keys.contains(&"One") && keys.contains(&"Four"), "{keys:?}");
}

#[test]
fn a_json_file_that_is_not_json_says_where_and_the_others_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.json"),
        "{\n  \"title\": \"x\",\n  \"text\" 1\n}",
    )
    .unwrap();
    std::fs::write(dir.path().join("good.txt"), "A headline here\n\nA body.").unwrap();
    // JSON under a plain-text name is read as JSON
    std::fs::write(
        dir.path().join("lying.txt"),
        r#"{"title": "Told apart", "text": "Body."}"#,
    )
    .unwrap();
    let l = load(dir.path());
    assert_eq!(l.store.len(), 2);
    assert_eq!(titled(&l, "Told apart").id, "lying");
    let p = problems(&l);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("bad.json") && p[0].contains("line 3, column 10"),
        "{p:?}"
    );
}

#[test]
fn a_folder_s_readme_is_no_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("README.md"),
        "# About these files\n\nThey are news.",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "A headline here\n\nA body.").unwrap();
    let l = load(dir.path());
    assert_eq!(l.store.len(), 1);
    assert!(problems(&l).iter().any(|p| p.contains("own documentation")));
}

#[test]
fn markdown_with_front_matter_is_read_as_a_clipping() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clip.md"),
        "---\ntitle: \"Minister resigns over expenses\"\nsource: \"https://www.example.com/news/minister\"\n\
         author:\n  - \"[[Jane Doe]]\"\npublished: 2024-03-05\ncreated: 2024-03-06\ntags:\n  - \"clippings\"\n---\n\
         The minister resigned on *Monday*, after [a report](https://x.example/r).\n\n\
         ## What she said\n\n\"I have done nothing wrong,\" Mary Major told reporters.\n\n- first point\n- second point\n",
    )
    .unwrap();
    // trafilatura wrote titles with an unquoted ": " for years
    std::fs::write(
        dir.path().join("traf.txt"),
        "---\ntitle: Breaking: the vote\nsitename: The Paper\ndate: 2021-03-04\n---\nThe vote was held.\n",
    )
    .unwrap();
    let l = load(dir.path());
    let a = titled(&l, "Minister resigns over expenses");
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2024, 3, 5));
    assert_eq!(a.source.as_deref(), Some("example.com"));
    assert_eq!(a.author.as_deref(), Some("Jane Doe"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.example.com/news/minister")
    );
    assert_eq!(a.tags, ["clippings"]);
    // emphasis and links are marked on the text
    let marked: Vec<(&str, &MarkKind)> = a.body[0]
        .marks()
        .iter()
        .map(|m| (&a.body[0].text()[m.start as usize..m.end as usize], &m.kind))
        .collect();
    assert_eq!(
        marked,
        [
            ("Monday", &MarkKind::Emphasis),
            ("a report", &MarkKind::Link("https://x.example/r".into()))
        ]
    );
    let plain: Vec<Block> = a.body.iter().map(|b| b.plain().clone()).collect();
    assert_eq!(
        plain,
        [
            Block::Para("The minister resigned on Monday, after a report.".into()),
            Block::Subhead("What she said".into()),
            Block::Para("\"I have done nothing wrong,\" Mary Major told reporters.".into()),
            Block::Para("• first point".into()),
            Block::Para("• second point".into()),
        ]
    );
    let q = &l.store.quotes()[0];
    assert_eq!(l.store.speaker_name(q), Some("Mary Major"));
    let t = titled(&l, "Breaking: the vote");
    assert_eq!(t.source.as_deref(), Some("The Paper"));
    assert_eq!(t.date, NaiveDate::from_ymd_opt(2021, 3, 4));
    let p = problems(&l);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("traf.txt") && p[0].contains("front matter is not valid YAML"),
        "{p:?}"
    );
}

#[test]
fn each_item_of_a_feed_is_an_article_and_its_page_one_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("paper.rss"),
        r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Paper</title>
<item><title>Vote held</title><link>https://paper.example/vote</link><guid>vote-1</guid>
<pubDate>Tue, 05 Mar 2019 09:30:00 +0000</pubDate><author>jd@paper.example (Jane Doe)</author>
<content:encoded><![CDATA[<p>The parliament voted on Tuesday.</p><p>"It was a close call," said John Roe, the speaker.</p>]]></content:encoded></item>
<item><title>Second</title><guid>two</guid><description>Text of the second.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("page.htm"),
        "<!DOCTYPE html><html><head><title>Budget passed | Daily</title>\
         <meta property='og:site_name' content='Daily'></head><body><nav><a>Home</a></nav>\
         <article><h1>Budget passed</h1><p>The budget passed on Wednesday after a long night of debate in the chamber of the assembly.</p>\
         <p>\"We did what we promised,\" Mary Major told reporters after the vote in the capital city.</p></article></body></html>",
    )
    .unwrap();
    let l = load(dir.path());
    assert_eq!(problems(&l), Vec::<String>::new());
    let a = titled(&l, "Vote held");
    assert_eq!(a.source.as_deref(), Some("The Paper"));
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2019, 3, 5));
    assert!(a.key.ends_with("paper.rss#vote-1"), "{}", a.key);
    assert_eq!(
        titled(&l, "Second").body,
        [Block::Para("Text of the second.".into())]
    );
    let b = titled(&l, "Budget passed");
    assert_eq!(b.source.as_deref(), Some("Daily"));
    let speakers: Vec<&str> = l
        .store
        .quotes()
        .iter()
        .filter_map(|q| l.store.speaker_name(q))
        .collect();
    assert!(
        speakers.contains(&"John Roe") && speakers.contains(&"Mary Major"),
        "{speakers:?}"
    );
}

#[test]
fn text_between_two_rules_is_no_front_matter_and_text_in_brackets_no_json() {
    let dir = tempfile::tempdir().unwrap();
    let text = "---\nCouncil approves budget\n---\nThe council voted on Monday to approve the budget for next year.\n";
    std::fs::write(dir.path().join("rules.txt"), text).unwrap();
    std::fs::write(dir.path().join("rules.md"), text).unwrap();
    std::fs::write(
        dir.path().join("numbered.txt"),
        "[1] Officials said the count was over.\n\nThe result is due on Friday.\n",
    )
    .unwrap();
    let l = load(dir.path());
    assert_eq!(l.store.len(), 3, "{:?}", problems(&l));
    for a in l.store.iter_newest_first() {
        let all: String = std::iter::once(a.title.as_str())
            .chain(a.body.iter().map(Block::text))
            .collect::<Vec<_>>()
            .join("\n");
        let want = if a.id == "numbered" {
            "Officials said"
        } else {
            "Council approves budget"
        };
        assert!(all.contains(want), "{}: {all:?}", a.id);
    }
}
