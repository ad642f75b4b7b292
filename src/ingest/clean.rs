//! Safe text: the last step of reading any format. Every decoded field of
//! a finished article is made safe for a terminal ([`crate::text::sanitize`]),
//! so that a control character in a title, a byline or a paragraph shows
//! as a placeholder and never acts. Formats that decode (JSON escapes,
//! HTML entities) only reveal such characters after decoding, which is
//! why this runs on the article, not on the file.

use crate::model::{Article, Block, Mark, MarkKind};
use crate::text::sanitize;

fn clean_string(s: &mut String) {
    if let std::borrow::Cow::Owned(safe) = sanitize(s) {
        *s = safe;
    }
}

/// The same for a line of text: what was taken out leaves no double
/// space (a paragraph is one line with single spaces, which layout and
/// quote offsets rely on).
fn clean_line(s: &mut String) {
    if let std::borrow::Cow::Owned(safe) = sanitize(s) {
        *s = safe.split_whitespace().collect::<Vec<_>>().join(" ");
    } else if s.contains('\n') {
        // (a line break is safe, but no part of a line: a title folded
        // over lines in front matter)
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

/// A mark that is safe to show: a link only to a web address of plain
/// printable ASCII (nothing a terminal would act on, no other scheme).
fn safe_mark(m: &Mark) -> bool {
    match &m.kind {
        MarkKind::Link(url) => is_web_address(url),
        _ => true,
    }
}

/// `http://` or `https://`, then printable ASCII only.
pub fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.bytes().all(|b| b.is_ascii_graphic())
}

/// Makes every text field of `a` safe to print.
pub fn clean(mut a: Article) -> Article {
    // text encoded twice decoded first, so that names are read as written
    for s in std::iter::once(&mut a.title).chain(a.author.iter_mut()) {
        if let Some(r) = super::mojibake::repair(s) {
            *s = r;
        }
    }
    for b in &mut a.body {
        // (marks are dropped with it: their places have moved)
        if let Some(r) = super::mojibake::repair(b.text()) {
            let mut plain = b.plain().clone();
            *plain.text_mut() = r;
            *b = plain;
        }
    }
    clean_string(&mut a.id);
    clean_line(&mut a.title);
    for s in [&mut a.source, &mut a.author, &mut a.url]
        .into_iter()
        .flatten()
        .chain(a.tags.iter_mut())
    {
        clean_line(s);
    }
    for b in &mut a.body {
        if b.marks().is_empty() {
            clean_line(b.text_mut());
            continue;
        }
        // marks are where they were only if nothing was changed; a link
        // goes only where a plain web address says
        let before = b.text().to_string();
        clean_line(b.text_mut());
        if b.text() != before {
            *b = b.plain().clone();
        } else if b.marks().iter().any(|m| !safe_mark(m)) {
            let marks = b.marks().iter().filter(|m| safe_mark(m)).cloned().collect();
            *b = Block::with_marks(b.plain().clone(), marks);
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, TitleKind};

    #[test]
    fn every_field_is_made_safe() {
        let a = Article {
            id: "a\u{1b}".into(),
            path: "a".into(),
            key: "a".into(),
            title: "t\u{7}".into(),
            title_kind: TitleKind::Headline,
            date: None,
            source: Some("s\u{9b}".into()),
            author: Some("au\u{8}".into()),
            url: Some("https://x.example/\u{1b}[2J".into()),
            archived: false,
            tags: Vec::new(),
            body: vec![Block::Para("p\u{1b}[2J".into())],
            words: 1,
        };
        let c = clean(a);
        assert_eq!(c.id, "a\u{241b}");
        assert_eq!(c.title, "t\u{2407}");
        assert_eq!(c.source.as_deref(), Some("s\u{fffd}"));
        assert_eq!(c.author.as_deref(), Some("au\u{2408}"));
        assert_eq!(c.url.as_deref(), Some("https://x.example/\u{241b}[2J"));
        assert_eq!(c.body[0].text(), "p\u{241b}[2J");
    }

    #[test]
    fn what_is_taken_out_leaves_single_spaces() {
        let mut a = Article {
            id: "a".into(),
            path: "a".into(),
            key: "a".into(),
            title: "with \u{200B}\u{FEFF} marks".into(),
            title_kind: TitleKind::Headline,
            date: None,
            source: None,
            author: None,
            url: None,
            archived: false,
            tags: Vec::new(),
            body: vec![Block::Para("a \u{2060} b".into())],
            words: 2,
        };
        a = clean(a);
        assert_eq!(a.title, "with marks");
        assert_eq!(a.body[0].text(), "a b");
    }
}
