//! A Markdown document as body parts: headings as subheadings, paragraphs,
//! list items, block quotes, code as it is written; links by their text,
//! images and raw HTML left out.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::ingest::formats::plain::Hint;

/// The document's parts, and its title: a first-level heading before any
/// text.
pub fn parts(md: &str) -> (Option<String>, Vec<(String, Hint)>) {
    let mut w = Walk::default();
    for event in Parser::new(md) {
        w.event(event);
    }
    w.flush();
    (w.title, w.out)
}

#[derive(Default)]
struct Walk {
    current: String,
    hint: Option<Hint>,
    out: Vec<(String, Hint)>,
    title: Option<String>,
    /// Inside the document's title.
    in_title: bool,
    /// Inside an image: its alt text is no text of the article.
    in_image: usize,
}

impl Walk {
    fn flush(&mut self) {
        let t = self.current.trim();
        if !t.is_empty() && t != "•" {
            let t = t.to_string();
            if self.in_title {
                self.title = Some(t);
            } else {
                self.out.push((t, self.hint.unwrap_or(Hint::Para)));
            }
        }
        self.current.clear();
    }

    fn event(&mut self, e: Event) {
        match e {
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush();
                let first = self.title.is_none() && self.out.is_empty();
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
                self.current.push_str("• ");
            }
            // (a loose list's item holds a paragraph: its bullet stays)
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_))
                if self.current.trim() != "•" =>
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
            Event::Text(t) | Event::Code(t) if self.in_image == 0 => self.current.push_str(&t),
            Event::SoftBreak => self.current.push(' '),
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
        let got: Vec<(&str, Hint)> = parts.iter().map(|(t, h)| (t.as_str(), *h)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_heading_after_text_is_no_title() {
        let (title, parts) = parts("Text first.\n\n# Heading\n");
        assert_eq!(title, None);
        assert_eq!(parts[1], ("Heading".to_string(), Hint::Subhead));
    }
}
