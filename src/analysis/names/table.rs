//! What an article's names keep once found: each way of writing a name
//! or a role once, each mention by numbers.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Strings, small};

/// The names one article writes, before the archive-wide merge: each
/// mention, and each way of writing a name or a role once. (An archive has
/// millions of mentions and a few thousand ways of writing names: a
/// mention keeps numbers.)
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Names {
    /// The ways names are written, a space between words ("Sergei
    /// Lavrov", or just "Lavrov").
    pub forms: Strings,
    /// The roles the text gives, lower case ("russian foreign minister").
    pub roles: Strings,
    /// Every mention, in reading order.
    pub mentions: Vec<LocalMention>,
}

/// A name as one article writes it, before the archive-wide merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LocalMention {
    pub block: u32,
    pub start: u32,
    pub end: u32,
    /// How it is written: its place in [`Names::forms`].
    pub form: u32,
    /// The mention of the same article whose first and last words are the
    /// key of the full name this one belongs to (itself, when it is a full
    /// name), if the article has one.
    pub full: Option<u32>,
    pub role: bool,
    /// The role the text gives the person here: its place in
    /// [`Names::roles`], if any.
    pub role_text: Option<u32>,
}

impl Names {
    /// Whether every number of every mention is in range: what the cache
    /// gives is checked before it is used.
    pub fn is_whole(&self) -> bool {
        let n = self.mentions.len();
        self.forms.is_whole()
            && self.roles.is_whole()
            && self.mentions.iter().all(|m| {
                (m.form as usize) < self.forms.len()
                    && m.full.is_none_or(|f| (f as usize) < n)
                    && m.role_text.is_none_or(|r| (r as usize) < self.roles.len())
            })
    }

    /// The mentions, or none when [`Names::is_whole`] does not hold.
    pub fn checked(&self) -> &[LocalMention] {
        if self.is_whole() { &self.mentions } else { &[] }
    }

    /// How mention `m` is written.
    pub fn written(&self, m: &LocalMention) -> &str {
        self.forms.get(m.form as usize).unwrap_or_default()
    }

    /// The role the text gives at mention `m`; empty when none.
    pub fn role_text(&self, m: &LocalMention) -> &str {
        m.role_text
            .and_then(|r| self.roles.get(r as usize))
            .unwrap_or_default()
    }
}

/// Strings numbered as they come, each kept once.
#[derive(Default)]
pub(super) struct Numbered {
    of: HashMap<String, u32>,
    pub(super) list: Strings,
}

impl Numbered {
    pub(super) fn number(&mut self, s: String) -> u32 {
        if let Some(&n) = self.of.get(&s) {
            return n;
        }
        let n = small(self.list.len());
        self.list.push(&s);
        self.of.insert(s, n);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn article(text: &str) -> Article {
        let text = format!("A headline for tests\n\n{text}");
        crate::ingest::parse_article("x", "x".into(), &text).article
    }

    #[test]
    fn an_article_writes_each_name_once_and_its_mentions_number_it() {
        let n = super::super::names_of(&article(
            "Russian Foreign Minister Sergei Lavrov spoke. Lavrov said no. \
             Then Lavrov left, and Antony Blinken stayed.",
        ));
        let written: Vec<&str> = n.mentions.iter().map(|m| n.written(m)).collect();
        assert_eq!(
            written,
            ["Sergei Lavrov", "Lavrov", "Lavrov", "Antony Blinken"]
        );
        assert_eq!(n.forms.len(), 3, "{:?}", n.forms);
        // the surname alone is bound to the full name before it
        assert_eq!(n.mentions[1].full, Some(0));
        assert_eq!(n.mentions[2].full, Some(0));
        assert_eq!(n.role_text(&n.mentions[0]), "russian foreign minister");
        assert_eq!(n.role_text(&n.mentions[3]), "");
        assert!(n.is_whole());
    }

    #[test]
    fn names_with_numbers_out_of_range_are_not_whole_and_give_no_mentions() {
        let n = super::super::names_of(&article("Sergei Lavrov spoke, and Lavrov left."));
        assert!(n.is_whole() && !n.checked().is_empty());
        for damage in [
            |n: &mut Names| n.mentions[0].form = 7,
            |n: &mut Names| n.mentions[1].full = Some(9),
            |n: &mut Names| n.mentions[0].role_text = Some(0),
        ] {
            let mut bad = n.clone();
            damage(&mut bad);
            assert!(!bad.is_whole());
            assert!(bad.checked().is_empty());
            // nothing out of range is read
            let first = if bad.mentions[0].form == 7 {
                ""
            } else {
                "Sergei Lavrov"
            };
            assert_eq!(bad.written(&bad.mentions[0]), first);
            assert_eq!(bad.role_text(&bad.mentions[0]), "");
        }
    }
}
