//! Feed files saved to disk (RSS, Atom, JSON Feed), read by feed-rs: each
//! item is an article, the feed's title its source; the item's content,
//! else its summary, is its body (as HTML).

use chrono::{DateTime, NaiveTime, Utc};
use serde_json::{Map, Value};

use super::html;
use super::plain;
use super::record::{self, Record};
use super::source::{Parsed, Source};

/// Whether `text` is a feed, whatever its file is named: XML whose root
/// is `rss`, `feed` or `rdf:RDF`, or a JSON Feed.
pub fn sniff(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        let head = t.get(..t.len().min(400)).unwrap_or(t);
        return head.contains("jsonfeed.org/version");
    }
    if !t.starts_with('<') {
        return false;
    }
    // the first element after the prolog and comments
    let head = t.get(..t.len().min(2000)).unwrap_or(t);
    head.match_indices('<')
        .map(|(i, _)| &head[i + 1..])
        .find(|rest| !rest.starts_with(['?', '!']))
        .is_some_and(|rest| {
            ["rss", "feed", "rdf:RDF"].iter().any(|root| {
                rest.strip_prefix(root)
                    .is_some_and(|after| after.starts_with([' ', '>', '\n', '\r', '\t']))
            })
        })
}

/// A date as feeds write it, kept as written: the local date of an item
/// published "Tue, 05 Mar 2019 23:30:00 -0800" is the 5th, not the UTC
/// 6th.
fn as_written(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    DateTime::parse_from_rfc2822(s)
        .or_else(|_| DateTime::parse_from_rfc3339(s))
        .map(|d| d.naive_local().and_utc())
        .ok()
        .or_else(|| record::date_of(s).map(|d| d.and_time(NaiveTime::MIN).and_utc()))
}

/// Reads a feed: one article per item.
pub fn read(src: &Source, text: &str) -> Parsed {
    if !sniff(text) {
        return Parsed {
            notes: vec!["passed over: XML that is not a feed (RSS, Atom or JSON Feed)".into()],
            ..Parsed::default()
        };
    }
    // an item with no guid is named by its link, else its title: the
    // same each time it is read (feed-rs would make up a random one)
    let parser = feed_rs::parser::Builder::new()
        .timestamp_parser(as_written)
        .id_generator(|links, title, _| {
            links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .map(|l| l.href.clone())
                .or_else(|| title.as_ref().map(|t| t.content.trim().to_string()))
                .unwrap_or_default()
        })
        .build();
    let feed = match parser.parse(text.as_bytes()) {
        Ok(f) => f,
        Err(e) => {
            return Parsed {
                errors: vec![format!("not a feed that can be read: {e}")],
                ..Parsed::default()
            };
        }
    };
    let site = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let mut out = Parsed::default();
    for (n, item) in feed.entries.iter().enumerate() {
        let place = format!("item {}", n + 1);
        let title = item.title.as_ref().map(|t| t.content.trim().to_string());
        let body = item
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| item.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        if title.is_none() && body.trim().is_empty() {
            out.errors.push(format!("{place}: no title and no text"));
            continue;
        }
        let id = format!("{}-{}", src.id, n + 1);
        // a body of text, not HTML, keeps its paragraphs
        let outcome = if body.contains('<') && body.contains('>') {
            plain::parse_parts(&id, src.path.to_path_buf(), html::parts(&body), title)
        } else {
            plain::parse_titled(&id, src.path.to_path_buf(), &body, title)
        };
        let mut a = outcome.article;
        let mut warnings = outcome.warnings;
        // what the item says of itself, by the names a record gives it
        let mut fields = Map::new();
        let mut put = |k: &str, v: Option<String>| {
            if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
                fields.insert(k.to_string(), Value::String(v));
            }
        };
        put(
            "date",
            item.published
                .or(item.updated)
                .map(|d| d.format("%Y-%m-%d").to_string()),
        );
        put("site_name", site.clone());
        // the item's page: its link that is no other kind (Atom names a
        // feed's own address "self", a file "enclosure")
        let page = item
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(item.links.first());
        put("url", page.map(|l| l.href.clone()));
        let authors: Vec<Value> = item
            .authors
            .iter()
            .filter_map(|p| p.name.clone().map(Value::String))
            .collect();
        if !authors.is_empty() {
            fields.insert("authors".into(), Value::Array(authors));
        }
        record::fill(Record(&fields), &mut a, &mut warnings);
        // each item is known by its own id (its guid, else its link and
        // title), which survives items coming and going; else by its place
        let key = if item.id.is_empty() {
            format!("@{}", n + 1)
        } else {
            item.id.clone()
        };
        out.warnings
            .extend(warnings.into_iter().map(|w| format!("{place}: {w}")));
        out.push_keyed(a, key);
    }
    if feed.entries.is_empty() {
        out.notes.push("a feed with no items".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::path::Path;

    fn read_as(name: &str, text: &str) -> Parsed {
        let src = Source {
            path: Path::new(name),
            file_name: name,
            id: "f",
        };
        read(&src, text)
    }

    #[test]
    fn rss_items_are_articles_of_the_feed_s_source() {
        let rss = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Paper</title><link>https://paper.example</link>
<item><title>Vote held</title><link>https://paper.example/vote</link><guid>vote-1</guid>
<pubDate>Tue, 05 Mar 2019 23:30:00 -0800</pubDate><dc:creator>Jane Doe</dc:creator>
<description>A summary.</description>
<content:encoded><![CDATA[<p>The vote was held.</p><p>"It was close," John Roe said.</p>]]></content:encoded></item>
<item><title>Only a summary</title><description>&lt;p&gt;Short text.&lt;/p&gt;</description></item>
</channel></rss>"#;
        assert!(sniff(rss));
        let p = read_as("paper.xml", rss);
        assert_eq!(p.errors, Vec::<String>::new());
        let a = &p.articles[0];
        assert_eq!(a.title, "Vote held");
        assert_eq!(a.source.as_deref(), Some("The Paper"));
        assert_eq!(a.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.url.as_deref(), Some("https://paper.example/vote"));
        // the date as written, not in UTC
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2019, 3, 5));
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.key, "vote-1");
        // no guid: named by its title, the same each time
        assert_eq!(p.articles[1].key, read_as("paper.xml", rss).articles[1].key);
        assert_eq!(p.articles[1].key, "Only a summary");
        assert_eq!(p.articles[1].body[0].text(), "Short text.");
    }

    #[test]
    fn atom_and_json_feed_are_read_and_a_broken_feed_said() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Paper</title><id>urn:x</id><updated>2020-01-01T00:00:00Z</updated>
<entry><title>Entry</title><id>urn:e1</id><updated>2020-01-02T10:00:00+02:00</updated>
<author><name>Ann Lee</name></author><link href="https://a.example/e1"/>
<content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>"#;
        assert!(sniff(atom));
        let p = read_as("a.atom", atom);
        assert_eq!(p.articles[0].source.as_deref(), Some("Atom Paper"));
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2020, 1, 2));
        let json = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Paper",
            "items": [{"id": "1", "title": "Item", "content_html": "<p>Body.</p>",
                       "date_published": "2021-05-06T07:00:00Z", "url": "https://j.example/1"}]}"#;
        assert!(sniff(json));
        let p = read_as("feed.json", json);
        assert_eq!(p.articles[0].url.as_deref(), Some("https://j.example/1"));
        let p = read_as("bad.xml", "<rss><channel><item><title>x</title>");
        assert!(p.articles.is_empty() || !p.errors.is_empty());
        let p = read_as(
            "sitemap.xml",
            "<?xml version=\"1.0\"?><urlset><url/></urlset>",
        );
        assert!(p.errors.is_empty() && p.notes[0].contains("not a feed"));
        assert!(!sniff("<html><body>not a feed</body></html>"));
        assert!(!sniff("{\"title\": \"an article\"}"));
    }
}
