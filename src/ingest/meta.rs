//! The sidecar metadata file: facts about articles that their text does
//! not state, kept beside them. It overrides what the parser detects.
//!
//! ```json
//! {
//!   "002_bd2c4025b464b39a.txt": { "source": "RFE/RL", "date": "2022-01-21" },
//!   "003_716f7d07ebe289d0.txt": { "date": "2022-01-18", "author": "Matthew Brown" }
//! }
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Article, TitleKind};

/// The sidecar's file name, looked for in each folder articles are read from.
pub const META_FILE: &str = "gazette-meta.json";

/// Overrides for one article; absent fields leave the detected value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaEntry {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
}

/// A parsed sidecar: entries keyed by article file name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub entries: BTreeMap<String, MetaEntry>,
}

/// What reading a sidecar had to say, entry by entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaNotes {
    /// Entries left out, with why ("\"a.txt\": date must be …").
    pub rejected: Vec<String>,
    /// Entries kept with a caveat ("\"a.txt\": unknown field `sorce` ignored").
    pub warnings: Vec<String>,
}

/// The fields an entry may hold.
const FIELDS: &[&str] = &["title", "date", "source", "author", "authors", "url"];

impl Meta {
    /// Parses a sidecar. A file that is not a JSON object is an error that
    /// names the line and column; inside it, a bad entry is left out and
    /// the others kept.
    pub fn parse(text: &str) -> Result<(Meta, MetaNotes), String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_position(&e.to_string())
            )
        })?;
        let serde_json::Value::Object(map) = value else {
            return Err("not a JSON object of file names".into());
        };
        let mut meta = Meta::default();
        let mut notes = MetaNotes::default();
        for (name, value) in map {
            match entry(&value) {
                Ok((e, warnings)) => {
                    notes
                        .warnings
                        .extend(warnings.into_iter().map(|w| format!("{name:?}: {w}")));
                    meta.entries.insert(name, e);
                }
                Err(why) => notes.rejected.push(format!("{name:?}: {why}")),
            }
        }
        Ok((meta, notes))
    }

    pub fn get(&self, file_name: &str) -> Option<&MetaEntry> {
        self.entries.get(file_name)
    }
}

/// What a JSON value is, for a message.
fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true or false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

fn text_field(field: &str, v: &serde_json::Value) -> Result<String, String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{field} must be text, got {}", kind(v)))
}

/// A date as sidecars write it: `2022-01-21`, or a timestamp whose date is
/// taken (`2017-09-15T00:00:00`, `2017-09-15 17:52`).
fn date_field(v: &serde_json::Value) -> Result<NaiveDate, String> {
    let s = text_field("date", v)?;
    let day = s.get(..10).unwrap_or(&s);
    let rest = s.get(10..).unwrap_or("");
    let timestamp_or_nothing = rest.is_empty() || rest.starts_with(['T', ' ', 't']);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .filter(|_| timestamp_or_nothing)
        .ok_or_else(|| format!("date must be YYYY-MM-DD, got {s:?}"))
}

/// One entry, with warnings about what was ignored in it.
fn entry(v: &serde_json::Value) -> Result<(MetaEntry, Vec<String>), String> {
    let serde_json::Value::Object(fields) = v else {
        return Err(format!("must be an object of fields, got {}", kind(v)));
    };
    let mut e = MetaEntry::default();
    let mut warnings = Vec::new();
    for (field, v) in fields {
        match field.as_str() {
            "title" => e.title = Some(text_field("title", v)?),
            "source" => e.source = Some(text_field("source", v)?),
            "url" => e.url = Some(text_field("url", v)?),
            "date" => e.date = Some(date_field(v)?),
            "author" | "authors" => {
                e.author = Some(match v {
                    serde_json::Value::Array(names) => names
                        .iter()
                        .map(|n| text_field(field, n))
                        .collect::<Result<Vec<_>, _>>()?
                        .join(", "),
                    _ => text_field(field, v)?,
                });
            }
            other => warnings.push(format!(
                "unknown field `{other}` ignored (known: {})",
                FIELDS.join(", ")
            )),
        }
    }
    Ok((e, warnings))
}

/// serde_json appends " at line L column C"; the caller words it instead.
fn strip_position(msg: &str) -> &str {
    msg.rfind(" at line ").map_or(msg, |i| &msg[..i])
}

impl MetaEntry {
    /// Sets what the entry gives; the text is made safe after, with the
    /// rest of the article.
    pub fn apply(&self, a: &mut Article) {
        if let Some(t) = &self.title {
            a.title = t.clone();
            a.title_kind = TitleKind::Meta;
        }
        if let Some(d) = self.date {
            a.date = Some(d);
        }
        if let Some(s) = &self.source {
            a.source = Some(s.clone());
        }
        if let Some(au) = &self.author {
            a.author = Some(au.clone());
        }
        if let Some(u) = &self.url {
            a.url = Some(u.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries() {
        let (m, notes) =
            Meta::parse(r#"{"a.txt": {"source": "NPR", "date": "2022-01-21"}}"#).unwrap();
        let e = m.get("a.txt").unwrap();
        assert_eq!(e.source.as_deref(), Some("NPR"));
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2022, 1, 21));
        assert_eq!(m.get("b.txt"), None);
        assert_eq!(notes, MetaNotes::default());
    }

    #[test]
    fn a_bad_entry_is_left_out_not_the_file() {
        let (m, notes) = Meta::parse(
            r#"{
              "iso.txt": {"date": "2017-09-15T00:00:00"},
              "spaced.txt": {"date": "2017-09-15 17:52", "url": "https://example.com/a"},
              "many.txt": {"authors": ["Ann Lee", "Bo Chan"]},
              "typo.txt": {"sorce": "NPR", "title": "Kept"},
              "bad.txt": {"date": "2022-13-01"},
              "worse.txt": {"source": 7},
              "odd.txt": "NPR"
            }"#,
        )
        .unwrap();
        assert_eq!(
            m.get("iso.txt").unwrap().date,
            NaiveDate::from_ymd_opt(2017, 9, 15)
        );
        let spaced = m.get("spaced.txt").unwrap();
        assert_eq!(spaced.date, NaiveDate::from_ymd_opt(2017, 9, 15));
        assert_eq!(spaced.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(
            m.get("many.txt").unwrap().author.as_deref(),
            Some("Ann Lee, Bo Chan")
        );
        assert_eq!(m.get("typo.txt").unwrap().title.as_deref(), Some("Kept"));
        assert_eq!(
            notes.warnings,
            [
                "\"typo.txt\": unknown field `sorce` ignored (known: title, date, source, author, authors, url)"
            ]
        );
        assert_eq!(
            notes.rejected,
            [
                "\"bad.txt\": date must be YYYY-MM-DD, got \"2022-13-01\"",
                "\"odd.txt\": must be an object of fields, got text",
                "\"worse.txt\": source must be text, got a number",
            ]
        );
        assert!(m.get("bad.txt").is_none() && m.get("worse.txt").is_none());
    }

    #[test]
    fn a_file_that_is_not_json_names_the_line() {
        let err = Meta::parse("{\n  \"a.txt\": {\"source\": \"NPR\"\n}").unwrap_err();
        assert!(err.starts_with("line 3,"), "{err}");
        assert_eq!(
            Meta::parse("[1]").unwrap_err(),
            "not a JSON object of file names"
        );
    }
}
