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
use serde::Deserialize;

use crate::model::{Article, TitleKind};

/// The sidecar's file name, looked for in each folder articles are read from.
pub const META_FILE: &str = "gazette-meta.json";

/// Overrides for one article; absent fields leave the detected value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaEntry {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub author: Option<String>,
}

/// A parsed sidecar: entries keyed by article file name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Meta {
    pub entries: BTreeMap<String, MetaEntry>,
}

impl Meta {
    /// Parses a sidecar; the error names the line and column at fault.
    pub fn parse(text: &str) -> Result<Meta, String> {
        serde_json::from_str(text).map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_position(&e.to_string())
            )
        })
    }

    pub fn get(&self, file_name: &str) -> Option<&MetaEntry> {
        self.entries.get(file_name)
    }
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries() {
        let m = Meta::parse(r#"{"a.txt": {"source": "NPR", "date": "2022-01-21"}}"#).unwrap();
        let e = m.get("a.txt").unwrap();
        assert_eq!(e.source.as_deref(), Some("NPR"));
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2022, 1, 21));
        assert_eq!(m.get("b.txt"), None);
    }

    #[test]
    fn errors_name_the_line() {
        let err = Meta::parse("{\n  \"a.txt\": {\"sorce\": \"NPR\"}\n}").unwrap_err();
        assert!(err.starts_with("line 2,"), "{err}");
        assert!(err.contains("sorce"), "{err}");
        let err = Meta::parse("{\n\"a.txt\": {\"date\": \"2022-13-01\"}}").unwrap_err();
        assert!(err.starts_with("line 2,"), "{err}");
    }
}
