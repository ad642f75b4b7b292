//! An article given as a record of named fields: a JSON object from a
//! scraper or a read-later service, a page's metadata, a front matter.
//! One table of field names covers the common tools (news-please,
//! newspaper4k, trafilatura, Wallabag, static site generators); the body
//! text then goes through the same rules as plain text.

pub mod authors;

use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::plain;
use crate::language::dates::find_date;
use crate::model::Article;

/// Field names, by what they hold, in order of preference (compared in
/// lower case, `-` as `_`).
const TITLE: &[&str] = &["title", "headline", "title_page", "title_rss"];
/// Plain text of the body.
const TEXT: &[&str] = &[
    "maintext",
    "text",
    "raw_text",
    "content_text",
    "plain_text",
    "body",
];
/// The body as HTML (or as text, when it holds no markup).
const HTML: &[&str] = &["content", "content_html", "html", "body_html"];
/// A summary, the body when there is no text.
const SUMMARY: &[&str] = &["description", "summary", "excerpt", "meta_description"];
const DATE: &[&str] = &[
    "date_publish",
    "date_published",
    "datepublished",
    "published",
    "published_at",
    "publish_date",
    "pubdate",
    "date",
];
const AUTHORS: &[&str] = &["authors", "author", "published_by", "byline", "creator"];
const SOURCE: &[&str] = &[
    "source_domain",
    "sitename",
    "site_name",
    "meta_site_name",
    "source_hostname",
    "publisher",
    "hostname",
    "domain_name",
    "domain",
    "source",
    "site",
];
const URL: &[&str] = &[
    "url",
    "canonical_link",
    "canonical_url",
    "link",
    "origin_url",
    "source",
];
/// Its tags.
const TAGS: &[&str] = &["tags", "keywords", "categories"];
/// The most tags kept.
const MOST_TAGS: usize = 20;
/// Whether the record was read where it was saved (Wallabag).
const ARCHIVED: &[&str] = &["is_archived", "archived", "is_read", "read"];
/// What names the record itself, for a key that survives its file
/// changing around it.
const OWN_ID: &[&str] = &["id", "_id", "guid", "uuid"];

/// A record's fields, looked up by the table's names.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a>(pub &'a Map<String, Value>);

impl<'a> Record<'a> {
    /// The first of `names` the record has with a value.
    fn field(self, names: &[&str]) -> Option<&'a Value> {
        names.iter().find_map(|want| {
            self.0
                .iter()
                .find_map(|(k, v)| (!is_missing(v) && key_is(k, want)).then_some(v))
        })
    }

    /// The first of `names` that holds text.
    fn text(self, names: &[&str]) -> Option<String> {
        names
            .iter()
            .find_map(|n| self.field(&[n]).and_then(text_of))
    }

    /// What names the record on its own, when it says: its id, else its
    /// URL.
    pub fn own_id(&self) -> Option<String> {
        self.text(OWN_ID).or_else(|| self.url())
    }

    /// Its URL: a field that holds one.
    pub fn url(&self) -> Option<String> {
        URL.iter()
            .filter_map(|n| self.text(&[n]))
            .find(|u| is_url(u))
    }

    /// Its source: a site's name, else the host of a domain or URL
    /// without its "www.".
    pub fn source(&self) -> Option<String> {
        let s = SOURCE.iter().find_map(|n| {
            let v = self.field(&[n])?;
            // "publisher": {"name": …}
            let t = match v {
                Value::Object(o) => Record(o).text(&["name"]),
                _ => text_of(v),
            }?;
            Some(t)
        });
        let s = s.or_else(|| self.url())?;
        Some(site_of(&s))
    }

    /// Its title, if any.
    pub fn title(&self) -> Option<String> {
        self.text(TITLE)
    }

    /// Its body: plain text, or HTML (`true`).
    pub fn body(&self) -> Option<(String, bool)> {
        if let Some(t) = self.text(TEXT) {
            return Some((t, false));
        }
        let h = self.text(HTML)?;
        let markup = h.contains('<') && h.contains('>');
        Some((h, markup))
    }

    /// Whether it is an article's record at all: it has a field of a
    /// title, a body or a summary (a file of other data has none).
    pub fn is_article(self) -> bool {
        [TITLE, TEXT, HTML, SUMMARY]
            .iter()
            .any(|names| self.field(names).is_some())
    }

    /// Whether it names any field of an article (title, body, date,
    /// authors, source or URL): front matter of an article, not of some
    /// other document.
    pub fn names_an_article(self) -> bool {
        self.is_article()
            || [DATE, AUTHORS, SOURCE, URL]
                .iter()
                .any(|names| self.field(names).is_some())
    }

    /// Its tags: a list, or one string of them apart by commas; each
    /// once, without a leading `#`.
    pub fn tags(self) -> Vec<String> {
        let raw: Vec<String> = match self.field(TAGS) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|i| match i {
                    // Wallabag: {"label": …}
                    Value::Object(o) => Record(o).text(&["label", "name", "slug"]),
                    _ => text_of(i),
                })
                .collect(),
            Some(v) => text_of(v)
                .map(|t| t.split([',', ';']).map(str::to_string).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let mut out: Vec<String> = Vec::new();
        for t in raw {
            let t = t.trim().trim_start_matches('#').trim().to_string();
            if !t.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
                out.push(t);
            }
        }
        out.truncate(MOST_TAGS);
        out
    }

    /// Whether it was read where it was saved: `true`, `1` or `"1"`.
    pub fn archived(self) -> bool {
        match self.field(ARCHIVED) {
            Some(Value::Bool(b)) => *b,
            Some(Value::Number(n)) => n.as_i64() == Some(1),
            Some(Value::String(s)) => matches!(s.trim(), "1" | "true"),
            _ => false,
        }
    }

    /// Its summary, if any.
    pub fn summary(&self) -> Option<String> {
        self.text(SUMMARY)
    }

    /// Its date: `Ok(None)` when it gives none, `Err` with the value when
    /// it cannot be read.
    pub fn date(&self) -> Result<Option<NaiveDate>, String> {
        let Some(v) = self.field(DATE) else {
            return Ok(None);
        };
        match v {
            Value::Number(n) => Ok(n.as_i64().and_then(epoch_date)),
            _ => {
                let t = text_of(v).unwrap_or_default();
                date_of(&t).map(Some).ok_or(t)
            }
        }
    }

    /// The authors, cleaned (see [`authors::authors`]); `site` is the
    /// record's source.
    pub fn authors(&self, site: Option<&str>) -> Option<String> {
        let v = self.field(AUTHORS)?;
        let names: Vec<String> = match v {
            Value::Array(items) => items
                .iter()
                .filter_map(|i| match i {
                    Value::Object(o) => Record(o).text(&["name"]),
                    _ => text_of(i),
                })
                .collect(),
            Value::Object(o) => Record(o).text(&["name"]).into_iter().collect(),
            _ => text_of(v).into_iter().collect(),
        };
        authors::authors(names.iter().map(String::as_str), site)
    }
}

/// Whether field name `k` is `want`, in any case, `-` as `_`.
fn key_is(k: &str, want: &str) -> bool {
    k.len() == want.len()
        && k.bytes()
            .zip(want.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b || (a == b'-' && b == b'_'))
}

/// Missing values as scrapers write them: null, "", "None", "null", [].
fn is_missing(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => {
            let t = s.trim();
            t.is_empty() || t == "None" || t == "null"
        }
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A value as text: a string or a number.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !is_missing(v) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn is_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// A site's name as lists show it: a domain or a URL by its host without
/// "www.", a name as written.
pub fn site_of(s: &str) -> String {
    let host = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(rest));
    let domain_like = !s.contains(' ') && s.contains('.') && !s.ends_with('.');
    let bare = |h: &str| {
        let h = h.to_lowercase();
        h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
    };
    match host {
        Some(h) => bare(h),
        None if domain_like => bare(s),
        None => s.to_string(),
    }
}

/// A date as records write it: ISO 8601 ("2017-12-29T00:00:00",
/// "2016-11-09 00:00:00"), RFC 2822 ("Tue, 05 Mar 2019 …"), or written
/// out ("March 5, 2019").
pub fn date_of(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if let Some(d) = t
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        return Some(d);
    }
    find_date(t)
}

/// A Unix time, in seconds or milliseconds, as its date (UTC).
fn epoch_date(n: i64) -> Option<NaiveDate> {
    let secs = if n > 100_000_000_000 { n / 1000 } else { n };
    chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

/// The article a record gives, read from `path` as `id`: its body through
/// the plain-text rules (an HTML body by its elements), its fields over
/// what the text says. `Err` says why there is none.
pub fn article(
    r: Record,
    id: &str,
    path: &Path,
    warnings: &mut Vec<String>,
) -> Result<Article, String> {
    let title = r.title();
    let mut summary_only = false;
    let body = r.body().or_else(|| {
        summary_only = true;
        r.summary().map(|s| (s, false))
    });
    if title.is_none() && body.as_ref().is_none_or(|(b, _)| b.trim().is_empty()) {
        return Err(
            "no article here: no title and no text (fields such as title, text, maintext, content)"
                .into(),
        );
    }
    let outcome = match body {
        Some((h, true)) => {
            plain::parse_parts(id, path.to_path_buf(), super::html::parts(&h), title)
        }
        Some((t, false)) => plain::parse_titled(id, path.to_path_buf(), &t, title),
        None => plain::parse_titled(id, path.to_path_buf(), "", title),
    };
    warnings.extend(outcome.warnings);
    let mut a = outcome.article;
    if a.body.is_empty() {
        warnings.push("no article text, only a title".into());
    } else if summary_only {
        warnings.push("no article text; its summary stands in".into());
    }
    fill(r, &mut a, warnings);
    Ok(a)
}

/// Sets what the record says of article `a` over what its text said:
/// date, source, authors, URL.
pub fn fill(r: Record, a: &mut Article, warnings: &mut Vec<String>) {
    match r.date() {
        Ok(d) => a.date = d.or(a.date),
        Err(v) => warnings.push(format!("date {v:?} not understood; the article is undated")),
    }
    let source = r.source();
    a.author = r.authors(source.as_deref()).or(a.author.take());
    a.source = source.or(a.source.take());
    a.url = r.url();
    a.archived = r.archived();
    a.tags = r.tags();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn news_please_fields_are_read_and_none_is_missing() {
        let m = record(
            r#"{"title": "Boris opposes mayor apology", "maintext": "None",
                "text": "Ken Livingstone should not apologise, Boris Johnson said.\n\nMore.",
                "date_publish": "2005-02-17 00:00:00", "authors": ["Abc News", "Ann Lee"],
                "source_domain": "abcnews.go.com", "url": "https://abcnews.go.com/a/1",
                "language": "None"}"#,
        );
        let mut w = Vec::new();
        let a = article(Record(&m), "x", Path::new("x.json"), &mut w).unwrap();
        assert_eq!(a.title, "Boris opposes mayor apology");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2005, 2, 17));
        assert_eq!(a.source.as_deref(), Some("abcnews.go.com"));
        assert_eq!(a.author.as_deref(), Some("Ann Lee"));
        assert_eq!(a.url.as_deref(), Some("https://abcnews.go.com/a/1"));
        assert_eq!(a.body.len(), 2);
        assert!(a.body[0].text().starts_with("Ken Livingstone"));
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn trafilatura_and_newspaper_fields_are_read() {
        let m = record(
            r#"{"title": "T", "text": "Body.", "date": "2021-03-04", "author": "Jane Doe; John Roe",
                "hostname": "www.example.org", "source": "https://www.example.org/x"}"#,
        );
        let r = Record(&m);
        assert_eq!(r.source().as_deref(), Some("example.org"));
        assert_eq!(r.url().as_deref(), Some("https://www.example.org/x"));
        assert_eq!(r.authors(None).as_deref(), Some("Jane Doe, John Roe"));
        let m = record(
            r#"{"title": "T", "text": "B", "publish_date": "Tue, 05 Mar 2019 10:00:00 GMT",
                "meta_site_name": "The Paper", "canonical_link": "https://p.example/a"}"#,
        );
        let r = Record(&m);
        assert_eq!(r.date(), Ok(NaiveDate::from_ymd_opt(2019, 3, 5)));
        assert_eq!(r.source().as_deref(), Some("The Paper"));
        // the site's own name is no author, whatever its case
        assert_eq!(site_of("WWW.Example.COM"), "example.com");
        let m = record(r##"{"tags": "#Politics, economy; politics", "categories": ["x"]}"##);
        assert_eq!(Record(&m).tags(), ["Politics", "economy"]);
        let m = record(r#"{"tags": [{"id": 3, "label": "to read"}]}"#);
        assert_eq!(Record(&m).tags(), ["to read"]);
    }

    #[test]
    fn a_record_with_nothing_to_read_is_refused_and_a_bad_date_said() {
        let m = record(r#"{"url": "https://x.example/a", "text": "  "}"#);
        let mut w = Vec::new();
        assert!(article(Record(&m), "x", Path::new("x"), &mut w).is_err());
        let m = record(r#"{"title": "T", "text": "Body.", "date": "soon"}"#);
        let a = article(Record(&m), "x", Path::new("x"), &mut w).unwrap();
        assert_eq!(a.date, None);
        assert_eq!(w, ["date \"soon\" not understood; the article is undated"]);
        assert_eq!(
            Record(&record(r#"{"date": 1551780000}"#)).date(),
            Ok(NaiveDate::from_ymd_opt(2019, 3, 5))
        );
    }
}
