//! Searching inside the article in the reader: `/` in the reader, `n`/`N`
//! to the next and previous hit (less's keys).

use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::outcome::Outcome;
use crate::document::Document;

/// One hit: (line, first char, end char) of the laid-out article.
pub type Hit = (usize, usize, usize);

#[derive(Debug, Clone, Default)]
pub struct ReaderSearch {
    /// The search in force (empty: none).
    pub pattern: String,
    pub hits: Vec<Hit>,
    /// The hit moved to last, shown marked.
    pub current: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct SearchEdit {
    pub editor: LineEditor,
    /// The search before `/`, put back by Esc.
    pub before: String,
}

/// Every place `pattern` occurs in the laid-out lines, smart case: a
/// lower-case pattern matches either case.
pub fn hits(doc: &Document, pattern: &str) -> Vec<Hit> {
    if pattern.is_empty() {
        return Vec::new();
    }
    let fold = !pattern.chars().any(char::is_uppercase);
    if pattern.is_ascii() {
        return ascii_hits(doc, pattern.as_bytes(), fold);
    }
    char_hits(doc, pattern, fold)
}

/// [`hits`] character by character, for any pattern.
fn char_hits(doc: &Document, pattern: &str, fold: bool) -> Vec<Hit> {
    let needle: Vec<char> = if fold {
        pattern.to_lowercase().chars().collect()
    } else {
        pattern.chars().collect()
    };
    let mut out = Vec::new();
    for (ln, line) in doc.lines.iter().enumerate() {
        let hay: Vec<char> = if fold {
            // per char, so positions stay those of the line
            line.text
                .chars()
                .map(|c| c.to_lowercase().next().unwrap_or(c))
                .collect()
        } else {
            line.text.chars().collect()
        };
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay[i..i + needle.len()] == needle[..] {
                out.push((ln, i, i + needle.len()));
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
    out
}

/// [`hits`] for an ASCII pattern: compared byte by byte, no copy of any
/// line (an ASCII byte always starts a character, so every place found is
/// one); character positions are counted only where a hit is.
fn ascii_hits(doc: &Document, needle: &[u8], fold: bool) -> Vec<Hit> {
    let n = needle.len();
    let first = needle[0].to_ascii_lowercase();
    let mut out = Vec::new();
    for (ln, line) in doc.lines.iter().enumerate() {
        let hay = line.text.as_bytes();
        let (mut i, mut char_at, mut counted) = (0, 0, 0);
        while i + n <= hay.len() {
            let b = hay[i];
            let starts = if fold {
                b.to_ascii_lowercase() == first && hay[i..i + n].eq_ignore_ascii_case(needle)
            } else {
                b == needle[0] && &hay[i..i + n] == needle
            };
            if starts {
                char_at += line.text[counted..i].chars().count();
                out.push((ln, char_at, char_at + n));
                char_at += n;
                i += n;
                counted = i;
            } else {
                i += 1;
            }
        }
    }
    out
}

impl ReaderSearch {
    /// The hit to show after a change: the first at or after line `top`.
    pub fn first_from(&self, top: usize) -> Option<usize> {
        if self.hits.is_empty() {
            return None;
        }
        Some(self.hits.iter().position(|h| h.0 >= top).unwrap_or(0))
    }

    /// The next (or previous) hit, wrapping around.
    pub fn step(&mut self, forward: bool, top: usize) -> Option<Hit> {
        let n = self.hits.len();
        if n == 0 {
            return None;
        }
        let next = match (self.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, true) => self.first_from(top).unwrap_or(0),
            (None, false) => self.hits.iter().rposition(|h| h.0 < top).unwrap_or(n - 1),
        };
        self.current = Some(next);
        Some(self.hits[next])
    }

    /// "3 of 12", or why there is nothing; `typed` is the line being
    /// typed, if one is.
    pub fn note(&self, typed: Option<&str>) -> String {
        match (self.hits.len(), self.current) {
            (0, _) if typed.is_some_and(str::is_empty) => "search the article".into(),
            (0, _) => "no match".into(),
            (n, Some(c)) => format!("{} of {n}", c + 1),
            (n, None) => format!("{n} matches"),
        }
    }
}

impl SearchEdit {
    /// The search line, empty, remembering the search in force.
    pub fn open(s: &ReaderSearch) -> SearchEdit {
        SearchEdit {
            editor: LineEditor::default(),
            before: s.pattern.clone(),
        }
    }

    /// A message while the line is open.
    pub fn update(&mut self, msg: Msg) -> Outcome {
        if let Some(e) = msg.edit() {
            return if self.editor.apply(e) {
                Outcome::Search(self.editor.text().to_string())
            } else {
                Outcome::Stay
            };
        }
        match msg {
            Msg::Command(Command::Submit) => Outcome::Close,
            Msg::Command(Command::Cancel) => Outcome::RestoreSearch(self.before.clone()),
            Msg::Command(Command::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_article;
    use std::path::PathBuf;

    #[test]
    fn hits_with_smart_case_and_wrapping_steps() {
        let a = parse_article(
            "x",
            PathBuf::from("x"),
            "Talks in Geneva\n\nThe talks went on. TALKS ended.",
        )
        .article;
        let doc = Document::layout(&a, 80);
        let h = hits(&doc, "talks");
        assert_eq!(h.len(), 3);
        assert_eq!(hits(&doc, "TALKS").len(), 1);
        let mut s = ReaderSearch {
            pattern: "talks".into(),
            hits: h,
            ..Default::default()
        };
        let first = s.step(true, 0).unwrap();
        assert_eq!(first.0, 0);
        s.step(true, 0);
        s.step(true, 0);
        assert_eq!(s.step(true, 0), Some(first), "wraps to the first");
        assert_eq!(s.step(false, 0).map(|h| h.1), Some(s.hits[2].1));
        assert_eq!(s.note(None), "3 of 3");
    }

    #[test]
    fn the_ascii_search_finds_what_the_general_one_does() {
        let a = parse_article(
            "x",
            PathBuf::from("x"),
            "Zelenskyy in Kyiv\n\nÉtat de l’Ukraine: Zelenskyy, 東京 zelenskyy ZELENSKYY; aaaa éaa.",
        )
        .article;
        let doc = Document::layout(&a, 14);
        for p in ["zelenskyy", "Zelenskyy", "aa", "a", "e", "kyiv.", " "] {
            let fold = !p.chars().any(char::is_uppercase);
            assert_eq!(hits(&doc, p), char_hits(&doc, p, fold), "{p}");
        }
    }
}
