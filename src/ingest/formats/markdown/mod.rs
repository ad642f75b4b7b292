//! Markdown, or text, with front matter: the front matter is the
//! article's record of fields ([`super::record`]), the Markdown its
//! body, by its blocks (`blocks`).

mod blocks;
mod front;

use super::plain::{self, Hint};
use super::record::{self, Record};
use super::source::{Parsed, Source};

/// Whether `text` opens with front matter: YAML between `---` lines
/// that names at least one of an article's fields (a headline between
/// two rules is no front matter).
pub fn sniff(text: &str) -> bool {
    front::split(text).is_some_and(|(yaml, _)| {
        // (read line by line if need be: trafilatura's is often not YAML)
        let (fields, _) = front::fields(yaml);
        Record(&fields).names_an_article()
    })
}

/// A Markdown file, with or without front matter.
pub fn read(src: &Source, text: &str) -> Parsed {
    let mut warnings = Vec::new();
    // front matter that gives no field at all is none: the text is all
    // body
    let (fields, body) = match front::split(text) {
        Some((yaml, body)) => match front::fields(yaml) {
            (fields, _) if fields.is_empty() => (fields, text),
            (fields, warning) => {
                warnings.extend(warning);
                (fields, body)
            }
        },
        None => (serde_json::Map::new(), text),
    };
    let r = Record(&fields);
    let (heading, mut parts) = blocks::parts(body);
    let title = r.title().or(heading);
    // with no title, the first paragraph may be the headline, as in
    // plain text
    if title.is_none()
        && let Some(first) = parts.first_mut()
        && first.hint == Hint::Para
    {
        first.hint = Hint::Text;
    }
    let outcome = plain::parse_parts(src.id, src.path.to_path_buf(), parts, title);
    warnings.extend(outcome.warnings);
    let mut a = outcome.article;
    a.key.clear();
    record::fill(r, &mut a, &mut warnings);
    Parsed {
        articles: vec![a],
        warnings,
        ..Parsed::default()
    }
}
