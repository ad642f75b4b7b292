//! A Markdown document as body parts: headings as subheadings, paragraphs,
//! list items, block quotes, code as it is written; links by their text,
//! images and raw HTML left out.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::ingest::formats::parts::Parts;
use crate::ingest::formats::plain::{Hint, Part};
use crate::model::MarkKind;

/// The document's parts, and its title: a first-level heading before any
/// text.
pub fn parts(md: &str) -> (Option<String>, Vec<Part>) {
    let mut w = Walk::default();
    for event in Parser::new(md) {
        w.event(event);
    }
    w.flush();
    (w.title, w.parts.out)
}

#[derive(Default)]
struct Walk {
    parts: Parts,
    hint: Option<Hint>,
    title: Option<String>,
    /// Inside the document's title.
    in_title: bool,
    /// Inside an image: its alt text is no text of the article.
    in_image: usize,
}

impl Walk {
    fn flush(&mut self) {
        let before = self.parts.out.len();
        self.parts.flush(self.hint.unwrap_or(Hint::Para));
        if self.in_title && self.title.is_none() && self.parts.out.len() > before {
            // the title is no part of the body
            self.title = self.parts.out.pop().map(|p| p.text);
        }
    }

    fn event(&mut self, e: Event) {
        match e {
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush();
                let first = self.title.is_none() && self.parts.out.is_empty();
                self.in_title = level == HeadingLevel::H1 && first;
                self.hint = Some(Hint::Subhead);
            }
            Event::End(TagEnd::Heading(_)) => {
                self.flush();
                self.in_title = false;
                self.hint = None;
            }
            Event::Start(Tag::Item) => {
                self.flush();
                self.parts.push("• ");
            }
            // (a loose list's item holds a paragraph: its bullet stays)
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_))
                if !self.parts.is("•") =>
            {
                self.flush();
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            )
            | Event::Rule
            | Event::HardBreak => self.flush(),
            Event::Start(Tag::Image { .. }) => self.in_image += 1,
            Event::End(TagEnd::Image) => self.in_image = self.in_image.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.parts.open(MarkKind::Emphasis),
            Event::Start(Tag::Strong) => self.parts.open(MarkKind::Strong),
            // (a link is marked only to a web address; any other is its
            // text alone, but is closed all the same)
            Event::Start(Tag::Link { dest_url, .. }) => {
                let url = dest_url.trim();
                if url.starts_with("https://") || url.starts_with("http://") {
                    self.parts.open(MarkKind::Link(url.to_string()));
                } else {
                    self.parts.open_nothing();
                }
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) => self.parts.close(),
            Event::Text(t) | Event::Code(t) if self.in_image == 0 => self.parts.push(&t),
            Event::SoftBreak => self.parts.space(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_blocks_come_out_as_the_reader_s() {
        let (title, parts) = parts(
            "# The title\n\nA *first* paragraph\nwrapped, with [a link](https://x.example).\n\n\
             ## A section\n\n- one\n- two\n\n> \"Quoted,\" she said.\n\n![alt text](i.png)\n\n\
             <div>raw</div>\n\nLast `code`.\n",
        );
        assert_eq!(title.as_deref(), Some("The title"));
        let want = [
            ("A first paragraph wrapped, with a link.", Hint::Para),
            ("A section", Hint::Subhead),
            ("• one", Hint::Para),
            ("• two", Hint::Para),
            ("\"Quoted,\" she said.", Hint::Para),
            ("Last code.", Hint::Para),
        ];
        let got: Vec<(&str, Hint)> = parts.iter().map(|p| (p.text.as_str(), p.hint)).collect();
        assert_eq!(got, want);
        let first = &parts[0];
        let marks: Vec<(&str, &MarkKind)> = first
            .marks
            .iter()
            .map(|m| (&first.text[m.start as usize..m.end as usize], &m.kind))
            .collect();
        assert_eq!(
            marks,
            [
                ("first", &MarkKind::Emphasis),
                ("a link", &MarkKind::Link("https://x.example".into()))
            ]
        );
    }

    #[test]
    fn a_heading_after_text_is_no_title() {
        let (title, parts) = parts("Text first.\n\n# Heading\n");
        assert_eq!(title, None);
        assert_eq!(
            (parts[1].text.as_str(), parts[1].hint),
            ("Heading", Hint::Subhead)
        );
    }
}
