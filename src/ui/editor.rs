//! A one-line text editor for the filter bar and the pickers.

/// The longest line the editor holds, in characters: a query or a search
/// longer than this is a paste gone wrong, and would only cost time.
pub const MAX_CHARS: usize = 256;

/// Edits to a line of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    /// Pasted text: line breaks and tabs become spaces, other control
    /// characters are dropped, and what passes [`MAX_CHARS`] is cut.
    Paste(String),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Ctrl-u: clear the line.
    Clear,
    /// Ctrl-w: delete the word before the cursor.
    DeleteWord,
}

/// The text and a cursor (a char index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    cursor: usize,
}

impl LineEditor {
    pub fn new(text: &str) -> LineEditor {
        LineEditor {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Cursor position in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte(&self, char_ix: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_ix)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// Where graphemes start, in characters, and the end.
    fn grapheme_starts(&self) -> Vec<usize> {
        use unicode_segmentation::UnicodeSegmentation;
        let mut at = 0;
        let mut starts: Vec<usize> = self
            .text
            .graphemes(true)
            .map(|g| {
                let start = at;
                at += g.chars().count();
                start
            })
            .collect();
        starts.push(at);
        starts
    }

    /// The start of the grapheme before char `at`.
    fn grapheme_before(&self, at: usize) -> usize {
        self.grapheme_starts()
            .into_iter()
            .rev()
            .find(|&s| s < at)
            .unwrap_or(0)
    }

    /// The end of the grapheme at char `at`.
    fn grapheme_after(&self, at: usize) -> usize {
        let starts = self.grapheme_starts();
        let end = starts.last().copied().unwrap_or(0);
        starts.into_iter().find(|&s| s > at).unwrap_or(end)
    }

    /// Applies an edit; says whether the text changed.
    pub fn apply(&mut self, e: Edit) -> bool {
        let len = self.text.chars().count();
        match e {
            Edit::Insert(_) if len >= MAX_CHARS => false,
            // the line is drawn as typed: only what shows safely goes in
            Edit::Insert(c) if !crate::text::is_safe(c) => false,
            Edit::Insert(c) => {
                let b = self.byte(self.cursor);
                self.text.insert(b, c);
                self.cursor += 1;
                true
            }
            Edit::Paste(text) => {
                let room = MAX_CHARS.saturating_sub(len);
                let clean: String = text
                    .replace("\r\n", "\n")
                    .chars()
                    .map(|c| if c.is_whitespace() { ' ' } else { c })
                    .filter(|&c| crate::text::is_safe(c))
                    .take(room)
                    .collect();
                if clean.is_empty() {
                    return false;
                }
                let b = self.byte(self.cursor);
                self.text.insert_str(b, &clean);
                self.cursor += clean.chars().count();
                true
            }
            // by whole graphemes: an accent with its letter, a family emoji
            Edit::Backspace if self.cursor > 0 => {
                let from = self.grapheme_before(self.cursor);
                let (a, b) = (self.byte(from), self.byte(self.cursor));
                self.text.replace_range(a..b, "");
                self.cursor = from;
                true
            }
            Edit::Delete if self.cursor < len => {
                let to = self.grapheme_after(self.cursor);
                let (a, b) = (self.byte(self.cursor), self.byte(to));
                self.text.replace_range(a..b, "");
                true
            }
            Edit::Left => {
                self.cursor = self.grapheme_before(self.cursor);
                false
            }
            Edit::Right => {
                self.cursor = self.grapheme_after(self.cursor);
                false
            }
            Edit::Home => {
                self.cursor = 0;
                false
            }
            Edit::End => {
                self.cursor = len;
                false
            }
            Edit::Clear => {
                let changed = !self.text.is_empty();
                self.text.clear();
                self.cursor = 0;
                changed
            }
            Edit::DeleteWord if self.cursor > 0 => {
                let chars: Vec<char> = self.text.chars().collect();
                let mut start = self.cursor;
                while start > 0 && chars[start - 1] == ' ' {
                    start -= 1;
                }
                while start > 0 && chars[start - 1] != ' ' {
                    start -= 1;
                }
                let (a, b) = (self.byte(start), self.byte(self.cursor));
                self.text.replace_range(a..b, "");
                self.cursor = start;
                true
            }
            Edit::Backspace | Edit::Delete | Edit::DeleteWord => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_and_delete_whole_graphemes() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let mut e = LineEditor::new(&format!("a{family}e\u{301}"));
        assert!(e.apply(Edit::Backspace));
        assert_eq!(
            e.text(),
            format!("a{family}"),
            "e and its accent go together"
        );
        assert!(e.apply(Edit::Backspace));
        assert_eq!(e.text(), "a", "the whole family goes at once");
        let mut e = LineEditor::new(&format!("{family}b"));
        e.apply(Edit::Home);
        e.apply(Edit::Right);
        assert_eq!(e.cursor(), family.chars().count());
        e.apply(Edit::Left);
        assert!(e.apply(Edit::Delete));
        assert_eq!(e.text(), "b");
    }

    #[test]
    fn a_paste_is_one_line_of_text_and_the_line_has_a_limit() {
        let mut e = LineEditor::new("p:");
        assert!(e.apply(Edit::Paste("Sergey\r\nLavrov\t\u{1b}x".into())));
        assert_eq!(e.text(), "p:Sergey Lavrov x");
        assert_eq!(e.cursor(), e.text().chars().count());
        let mut e = LineEditor::default();
        assert!(e.apply(Edit::Paste("é".repeat(10_000))));
        assert_eq!(e.text().chars().count(), MAX_CHARS);
        assert!(!e.apply(Edit::Insert('x')), "full");
        assert!(!e.apply(Edit::Paste("more".into())));
        assert!(e.apply(Edit::Backspace));
        assert!(e.apply(Edit::Insert('x')));
    }

    fn typed(e: &mut LineEditor, s: &str) {
        for c in s.chars() {
            e.apply(Edit::Insert(c));
        }
    }

    #[test]
    fn edits_at_the_cursor() {
        let mut e = LineEditor::default();
        typed(&mut e, "p:lavrv");
        e.apply(Edit::Left);
        typed(&mut e, "o");
        assert_eq!(e.text(), "p:lavrov");
        e.apply(Edit::Home);
        e.apply(Edit::Delete);
        assert_eq!(e.text(), ":lavrov");
        e.apply(Edit::End);
        assert!(e.apply(Edit::Backspace));
        assert_eq!((e.text(), e.cursor()), (":lavro", 6));
        assert!(!e.apply(Edit::Right), "moving changes no text");
    }

    #[test]
    fn word_and_line_deletion() {
        let mut e = LineEditor::new("p:lavrov s:npr  ");
        e.apply(Edit::DeleteWord);
        assert_eq!(e.text(), "p:lavrov ");
        e.apply(Edit::DeleteWord);
        assert_eq!(e.text(), "");
        let mut e = LineEditor::new("日本 語");
        e.apply(Edit::Backspace);
        assert_eq!(e.text(), "日本 ");
        assert!(e.apply(Edit::Clear));
        assert_eq!((e.text(), e.cursor()), ("", 0));
        assert!(!e.apply(Edit::Clear));
    }
}
