//! A saved web page: the article's text taken from the page's
//! navigation, advertising, related links, comments and footers by a
//! readability-class extractor (dom_smoothie, which follows Mozilla's
//! readability.js), its metadata from the page (JSON-LD `NewsArticle`,
//! Open Graph, `article:published_time`, `meta name=author`, the
//! canonical URL).

use dom_smoothie::{Config, Readability};
use serde_json::{Map, Value};

use super::parts;
use crate::ingest::formats::plain;
use crate::ingest::formats::record::{self, Record};
use crate::ingest::formats::source::{Parsed, Source};

/// The most elements of a page the extractor looks at: a saved page is
/// at most 16 MiB, and one with more elements than this is no article.
const MOST_ELEMENTS: usize = 200_000;

/// Whether `text` is an HTML page, whatever its file is named.
pub fn sniff(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The page's canonical URL (`<link rel="canonical">`, else `og:url`),
/// from its head.
fn canonical(text: &str) -> Option<String> {
    // the head is all there is to look at
    let end = text
        .find("</head>")
        .or_else(|| text.find("<body"))
        .unwrap_or(text.len());
    let head = dom_query::Document::from(text.get(..end).unwrap_or(text));
    let link = head.select("link[rel~=canonical]").attr("href");
    let og = || head.select("meta[property='og:url']").attr("content");
    link.or_else(og)
        .map(|u| u.trim().to_string())
        .filter(|u| u.starts_with("http"))
}

/// A page's title without the site's name after it ("Budget passed |
/// Daily").
fn without_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// Reads a saved page: its article, or why there is none.
pub fn read(src: &Source, text: &str) -> Parsed {
    let cfg = Config {
        max_elements_to_parse: MOST_ELEMENTS,
        // the classes tell the page's chrome inside what is kept
        keep_classes: true,
        ..Config::default()
    };
    let failed = |why: String| Parsed {
        errors: vec![why],
        ..Parsed::default()
    };
    let mut page = match Readability::new(text, None, Some(cfg)) {
        Ok(r) => r,
        Err(e) => return failed(format!("page not read: {e}")),
    };
    let found = match page.parse() {
        Ok(a) => a,
        Err(e) => return failed(format!("no article text found in the page ({e})")),
    };
    let title = Some(without_site(found.title.trim(), found.site_name.as_deref()))
        .filter(|t| !t.is_empty());
    let outcome = plain::parse_parts(src.id, src.path.to_path_buf(), parts(&found.content), title);
    let mut warnings = outcome.warnings;
    let mut a = outcome.article;
    if a.body.is_empty() {
        return failed("no article text found in the page".to_string());
    }
    a.key.clear();
    // what the page says of itself, by the names a record gives it
    let mut fields = Map::new();
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            fields.insert(k.to_string(), Value::String(v));
        }
    };
    put("date", found.published_time);
    put("author", found.byline);
    put("site_name", found.site_name);
    put("url", canonical(text).or(found.url));
    record::fill(Record(&fields), &mut a, &mut warnings);
    Parsed {
        articles: vec![a],
        warnings,
        ..Parsed::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;
    use std::path::Path;

    #[test]
    fn the_article_is_taken_from_its_page() {
        let page = r#"<!DOCTYPE html><html><head><title>Vote held | The Paper</title>
            <meta property="og:title" content="Vote held">
            <meta property="og:site_name" content="The Paper">
            <meta property="article:published_time" content="2021-03-04T08:00:00Z">
            <meta name="author" content="Jane Doe">
            <link rel="canonical" href="https://paper.example/vote"></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <article><h1>Vote held</h1>
            <p>The parliament held its vote on Thursday after a long debate that lasted into the night and ended with a narrow result.</p>
            <figure><img src="a.jpg"><figcaption>Members leave the chamber.</figcaption></figure>
            <p>"It was a close call, but the right one," said the speaker of the house, John Roe, to reporters outside the building.</p>
            <p>The opposition said it would bring the matter to the courts within the week, and called for a second vote in the spring.</p>
            </article>
            <footer><p>© 2021 The Paper. All rights reserved.</p></footer></body></html>"#;
        assert!(sniff(page));
        let src = Source {
            path: Path::new("vote.html"),
            file_name: "vote.html",
            id: "vote",
        };
        let p = read(&src, page);
        assert_eq!(p.errors, Vec::<String>::new());
        let a = &p.articles[0];
        assert_eq!(a.title, "Vote held");
        assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2021, 3, 4));
        assert_eq!(a.source.as_deref(), Some("The Paper"));
        assert_eq!(a.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.url.as_deref(), Some("https://paper.example/vote"));
        let text: Vec<&str> = a.body.iter().map(Block::text).collect();
        assert!(
            text[0].starts_with("The parliament held its vote"),
            "{text:?}"
        );
        assert!(
            a.body
                .contains(&Block::Aside("Members leave the chamber.".into())),
            "{:?}",
            a.body
        );
        assert!(
            !text
                .iter()
                .any(|t| t.contains("Home") || t.contains("All rights")),
            "{text:?}"
        );
    }

    #[test]
    fn a_page_with_no_article_says_so() {
        let src = Source {
            path: Path::new("empty.html"),
            file_name: "empty.html",
            id: "empty",
        };
        let p = read(
            &src,
            "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        );
        assert!(p.articles.is_empty());
        assert!(
            p.errors[0].starts_with("no article text found in the page"),
            "{:?}",
            p.errors
        );
    }
}
