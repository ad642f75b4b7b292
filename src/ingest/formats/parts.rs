//! Body parts put together from markup (HTML, Markdown): text as it
//! comes, its white space made single spaces, with the stretches its
//! markup marks (emphasis, strong, links) at their byte offsets.

use crate::ingest::formats::plain::{Hint, Part};
use crate::model::{Mark, MarkKind, small};

/// Parts being put together.
#[derive(Debug, Default)]
pub struct Parts {
    text: String,
    /// White space seen since the last character: one space, before the
    /// next one.
    space: bool,
    /// Marks opened and not yet closed: where, and what (nothing, for a
    /// stretch that turned out to mark nothing).
    open: Vec<(usize, Option<MarkKind>)>,
    marks: Vec<Mark>,
    pub out: Vec<Part>,
}

impl Parts {
    /// Text of the part; runs of white space become one space, none at
    /// its start.
    pub fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push(c);
            }
        }
    }

    /// White space between words (a line break, an image).
    pub fn space(&mut self) {
        self.space = true;
    }

    /// Whether the part holds nothing but `s`.
    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// A stretch marked `kind` opens here.
    pub fn open(&mut self, kind: MarkKind) {
        let at = self.text.len() + usize::from(self.space && !self.text.is_empty());
        self.open.push((at, Some(kind)));
    }

    /// A stretch that marks nothing opens here (an element or a link
    /// whose mark is not kept), so that its close closes it.
    pub fn open_nothing(&mut self) {
        self.open.push((self.text.len(), None));
    }

    /// The stretch opened last closes here.
    pub fn close(&mut self) {
        if let Some((start, Some(kind))) = self.open.pop() {
            let end = self.text.len();
            if start < end {
                self.marks.push(Mark {
                    start: small(start),
                    end: small(end),
                    kind,
                });
            }
        }
    }

    /// The part ends, as a `hint`; marks still open go on in the next.
    pub fn flush(&mut self, hint: Hint) {
        let still: Vec<Option<MarkKind>> = self.open.iter().map(|(_, k)| k.clone()).collect();
        for _ in 0..still.len() {
            self.close();
        }
        let text = std::mem::take(&mut self.text);
        let mut marks = std::mem::take(&mut self.marks);
        self.space = false;
        if !text.is_empty() && text != "•" {
            marks.sort_by_key(|m| (m.start, m.end));
            self.out.push(Part { text, hint, marks });
        }
        for k in still {
            self.open.push((0, k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_stand_on_the_words_whatever_the_spaces() {
        let mut p = Parts::default();
        p.push("  A  ");
        p.open(MarkKind::Emphasis);
        p.push(" first\n");
        p.close();
        p.push(" and ");
        p.open(MarkKind::Link("https://x.example".into()));
        p.push("a link");
        p.close();
        p.push(" .");
        p.flush(Hint::Para);
        let part = &p.out[0];
        assert_eq!(part.text, "A first and a link .");
        let marked: Vec<&str> = part
            .marks
            .iter()
            .map(|m| &part.text[m.start as usize..m.end as usize])
            .collect();
        assert_eq!(marked, ["first", "a link"]);
    }
}
