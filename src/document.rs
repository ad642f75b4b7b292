//! An article laid out as lines for a given width: the reader pane styles
//! these lines, `gazette show` prints them. One layout, so both agree.

use crate::model::{Article, ArticleIx, Block, MarkKind, QuoteKind, Span};
use crate::store::Store;
use crate::text;

/// What a laid-out line is, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Meta,
    /// The article's URL, under the meta line.
    Link,
    People,
    Blank,
    Para,
    Subhead,
    Aside,
    /// Who said the quotes of the paragraph above.
    Speaker,
}

/// A position in the article that survives re-wrapping: the section
/// (0 title, 1 meta line, 2 people, 3 + n body block n) and a byte offset.
pub type Anchor = (usize, usize);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub kind: LineKind,
    pub text: String,
    pub anchor: Anchor,
    /// Quoted stretches of the line: (first char, end char, quote number
    /// in the article).
    pub quoted: Vec<(usize, usize, usize)>,
    /// Stretches its format marks: (first char, end char, what).
    pub marked: Vec<(usize, usize, MarkKind)>,
}

impl DocLine {
    /// The blank line that opens a section.
    fn blank(section: usize) -> DocLine {
        DocLine {
            kind: LineKind::Blank,
            text: String::new(),
            anchor: (section, 0),
            quoted: Vec::new(),
            marked: Vec::new(),
        }
    }
}

/// A quote as the layout needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocQuote {
    pub spans: Vec<Span>,
    pub speaker: Option<String>,
    pub full: bool,
}

/// Indentation that sets asides apart from the story.
pub const ASIDE_INDENT: &str = "  ";

/// An article wrapped to `width` columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub width: usize,
    pub lines: Vec<DocLine>,
}

/// The meta line: date · source · author, saying plainly what is unknown.
pub fn meta_line(a: &Article) -> String {
    let mut parts = vec![
        a.date.map_or_else(
            || "undated".to_string(),
            |d| d.format("%Y-%m-%d").to_string(),
        ),
        a.source
            .clone()
            .unwrap_or_else(|| "source unknown".to_string()),
    ];
    if let Some(author) = &a.author {
        parts.push(format!("by {author}"));
    }
    parts.join(" · ")
}

impl Document {
    /// The article without its quotes marked.
    pub fn layout(a: &Article, width: usize) -> Document {
        Document::layout_quoted(a, &a.body, &[], &[], width)
    }

    /// An article of the store, its quotes marked and their speakers shown.
    pub fn for_article(store: &Store, ix: ArticleIx, width: usize) -> Option<Document> {
        let a = store.get(ix)?;
        let quotes: Vec<DocQuote> = store
            .quotes_of(ix)
            .iter()
            .map(|&qi| {
                let q = &store.quotes()[qi];
                DocQuote {
                    spans: q.spans.to_vec(),
                    speaker: store.speaker_name(q).map(str::to_string),
                    full: q.kind == QuoteKind::Full,
                }
            })
            .collect();
        let people: Vec<&str> = store.people_names(ix).collect();
        let body = store.body(ix);
        Some(Document::layout_quoted(a, &body, &people, &quotes, width))
    }

    /// The article (its `body` given apart: it may come from the cache)
    /// with a line of the `people` it names, and its `quotes` marked.
    pub fn layout_quoted(
        a: &Article,
        body: &[Block],
        people: &[&str],
        quotes: &[DocQuote],
        width: usize,
    ) -> Document {
        let width = width.max(1);
        let mut lines = Vec::new();
        let push_wrapped = |lines: &mut Vec<DocLine>, kind, text: &str, section, indent: &str| {
            // an indent gives way when the width has no room for it
            let indent = if width >= 4 * text::width(indent) {
                indent
            } else {
                ""
            };
            let inner = width.saturating_sub(text::width(indent)).max(1);
            for (offset, l) in text::wrap(text, inner) {
                lines.push(DocLine {
                    kind,
                    text: format!("{indent}{l}"),
                    anchor: (section, offset),
                    quoted: Vec::new(),
                    marked: Vec::new(),
                });
            }
        };
        push_wrapped(&mut lines, LineKind::Title, &a.title, 0, "");
        let meta = meta_line(a);
        push_wrapped(&mut lines, LineKind::Meta, &meta, 1, "");
        if let Some(url) = &a.url {
            // (its anchors follow the meta line's, in the same section)
            let first = lines.len();
            push_wrapped(&mut lines, LineKind::Link, url, 1, "");
            for l in &mut lines[first..] {
                l.anchor.1 += meta.len() + 1;
                l.marked = vec![(0, l.text.chars().count(), MarkKind::Link(url.clone()))];
            }
        }
        let people_line = format!("People: {}", people.join(", "));
        if !people.is_empty() {
            push_wrapped(&mut lines, LineKind::People, &people_line, 2, "");
        }
        if !a.tags.is_empty() {
            // (its anchors follow the people's, in the same section)
            let first = lines.len();
            push_wrapped(
                &mut lines,
                LineKind::Meta,
                &format!("Tags: {}", a.tags.join(", ")),
                2,
                "",
            );
            for l in &mut lines[first..] {
                l.anchor.1 += people_line.len() + 1;
            }
        }
        for (i, block) in body.iter().enumerate() {
            let section = 3 + i;
            lines.push(DocLine::blank(section));
            let first = lines.len();
            let text = block.text();
            let (kind, indent) = match block.plain() {
                Block::Subhead(_) => (LineKind::Subhead, ""),
                Block::Aside(_) => (LineKind::Aside, ASIDE_INDENT),
                _ => (LineKind::Para, ""),
            };
            push_wrapped(&mut lines, kind, text, section, indent);
            // A block's lines are slices of it (after any indent): mark
            // what its format marks.
            let (skip, ind) = if width >= 4 * text::width(indent) {
                (indent.chars().count(), indent.len())
            } else {
                (0, 0)
            };
            for line in &mut lines[first..] {
                let lo = line.anchor.1;
                let hi = (lo + line.text.len().saturating_sub(ind)).min(text.len());
                for m in block.marks() {
                    let (a0, b0) = ((m.start as usize).max(lo), (m.end as usize).min(hi));
                    if a0 < b0 && text.is_char_boundary(a0) && text.is_char_boundary(b0) {
                        let from = skip + text[lo..a0].chars().count();
                        let to = from + text[a0..b0].chars().count();
                        line.marked.push((from, to, m.kind.clone()));
                    }
                }
            }
            if !block.is_story() {
                continue;
            }
            // ... and the quoted chars.
            for line in &mut lines[first..] {
                let lo = line.anchor.1;
                let hi = (lo + line.text.len()).min(text.len());
                for (n, q) in quotes.iter().enumerate() {
                    for s in q.spans.iter().filter(|s| s.block == i) {
                        let (a0, b0) = (s.start.max(lo), s.end.min(hi));
                        if a0 < b0 && text.is_char_boundary(a0) && text.is_char_boundary(b0) {
                            let from = text[lo..a0].chars().count();
                            let to = from + text[a0..b0].chars().count();
                            line.quoted.push((from, to, n));
                        }
                    }
                }
            }
            let mut speakers: Vec<&str> = quotes
                .iter()
                .filter(|q| q.full && q.spans.last().is_some_and(|s| s.block == i))
                .filter_map(|q| q.speaker.as_deref())
                .collect();
            speakers.dedup();
            if !speakers.is_empty() {
                lines.push(DocLine {
                    kind: LineKind::Speaker,
                    text: text::truncate(&format!("  — {}", speakers.join(", ")), width),
                    anchor: (section, text.len()),
                    quoted: Vec::new(),
                    marked: Vec::new(),
                });
            }
        }
        // the targets of the body's links, each once, after it
        let mut links: Vec<(&str, &str)> = Vec::new();
        for b in body {
            for m in b.marks() {
                if let MarkKind::Link(url) = &m.kind
                    && !links.iter().any(|(_, u)| u == url)
                {
                    let shown = b
                        .text()
                        .get(m.start as usize..m.end as usize)
                        .unwrap_or_default();
                    links.push((shown, url));
                }
            }
        }
        if !links.is_empty() {
            let section = 3 + body.len();
            let first = lines.len();
            lines.push(DocLine::blank(section));
            push_wrapped(&mut lines, LineKind::Subhead, "Links", section, "");
            for (shown, url) in links {
                push_wrapped(
                    &mut lines,
                    LineKind::Aside,
                    &format!("• {shown}"),
                    section,
                    "",
                );
                let first = lines.len();
                push_wrapped(&mut lines, LineKind::Link, url, section, ASIDE_INDENT);
                for l in &mut lines[first..] {
                    let n = l.text.chars().count();
                    let lead = l.text.len() - l.text.trim_start().len();
                    l.marked = vec![(lead, n, MarkKind::Link(url.to_string()))];
                }
            }
            // the section's lines in order of their anchors: the k-th
            // line at offset k
            for (k, l) in lines[first..].iter_mut().enumerate() {
                l.anchor = (section, k);
            }
        }
        Document { width, lines }
    }

    /// The first line showing quote number `n` of the article.
    pub fn line_of_quote(&self, n: usize) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| l.quoted.iter().any(|q| q.2 == n))
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The anchor of line `line` (the last line's when past the end).
    pub fn anchor_at(&self, line: usize) -> Anchor {
        self.lines
            .get(line.min(self.lines.len().saturating_sub(1)))
            .map_or((0, 0), |l| l.anchor)
    }

    /// The line that shows `anchor`: the last line starting at or before it.
    pub fn line_of(&self, anchor: Anchor) -> usize {
        self.lines
            .partition_point(|l| l.anchor <= anchor)
            .saturating_sub(1)
    }

    /// The article as plain text, one laid-out line per line.
    pub fn to_plain(&self) -> String {
        let mut out = String::new();
        for l in &self.lines {
            out.push_str(&l.text);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_article;
    use std::path::PathBuf;

    #[test]
    fn marks_follow_their_words_across_wrapped_lines_and_links_are_listed() {
        let mut a = article();
        let text = "one two three four five";
        let link = crate::model::Mark {
            start: 8,
            end: 18,
            kind: MarkKind::Link("https://x.example/t".into()),
        };
        a.body = vec![Block::with_marks(Block::Para(text.into()), vec![link])];
        a.url = None;
        let doc = Document::layout(&a, 12);
        let marked: Vec<String> = doc
            .lines
            .iter()
            .flat_map(|l| {
                l.marked
                    .iter()
                    .filter(|m| l.kind == LineKind::Para && m.0 < m.1)
                    .map(|m| l.text.chars().skip(m.0).take(m.1 - m.0).collect::<String>())
            })
            .collect();
        // "one two" / "three" / "four five": one mark on two lines
        let narrow = Document::layout(&a, 8);
        let parts: Vec<String> = narrow
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Para)
            .flat_map(|l| {
                l.marked
                    .iter()
                    .map(|m| l.text.chars().skip(m.0).take(m.1 - m.0).collect::<String>())
            })
            .collect();
        assert_eq!(parts, ["three", "four"]);
        assert_eq!(marked, ["three four"]);
        assert!(doc.lines.iter().any(|l| l.text == "Links"));
        assert!(doc.lines.iter().any(|l| l.text == "• three four"));
        let urls: String = doc
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Link)
            .map(|l| l.text.trim())
            .collect();
        assert_eq!(urls, "https://x.example/t");
    }

    fn article() -> Article {
        parse_article(
            "x",
            PathBuf::from("x.txt"),
            " date 2022-01-21 A headline\n\nBy Jo Bloggs\n\nFirst paragraph has quite a few words in it.\n\nA subhead here\n\nMore: another story",
        )
        .article
    }

    #[test]
    fn lays_out_title_meta_and_blocks() {
        let doc = Document::layout(&article(), 20);
        let text: Vec<(LineKind, &str)> = doc
            .lines
            .iter()
            .map(|l| (l.kind, l.text.as_str()))
            .collect();
        assert_eq!(
            text,
            vec![
                (LineKind::Title, "A headline"),
                (LineKind::Meta, "2022-01-21 · source"),
                (LineKind::Meta, "unknown · by Jo"),
                (LineKind::Meta, "Bloggs"),
                (LineKind::Blank, ""),
                (LineKind::Para, "First paragraph has"),
                (LineKind::Para, "quite a few words in"),
                (LineKind::Para, "it."),
                (LineKind::Blank, ""),
                (LineKind::Subhead, "A subhead here"),
                (LineKind::Blank, ""),
                (LineKind::Aside, "  More: another"),
                (LineKind::Aside, "  story"),
            ]
        );
    }

    #[test]
    fn anchors_survive_rewrapping() {
        let a = article();
        let narrow = Document::layout(&a, 12);
        let wide = Document::layout(&a, 60);
        // the line holding "words" in the narrow layout
        let n = narrow
            .lines
            .iter()
            .position(|l| l.text.contains("words"))
            .unwrap();
        let w = wide.line_of(narrow.anchor_at(n));
        assert!(wide.lines[w].text.contains("words"), "{:?}", wide.lines[w]);
        assert_eq!(wide.line_of((0, 0)), 0);
    }
}
