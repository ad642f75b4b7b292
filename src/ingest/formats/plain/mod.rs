//! Plain text, the format of the bundled articles: from an article's text
//! to an [`Article`]: the optional date header,
//! paragraphs, furniture, headline, byline, outlet and date.

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

mod furniture;
mod paragraphs;

use paragraphs::paragraphs;

use furniture::Furniture;

use super::source::{Parsed, Source};
use crate::language::marks::{is_quote_mark, opens_quote};
use crate::language::sentences;
use crate::model::{Article, Block, Mark, TitleKind};

/// A parsed article and what the parser had to say about its text.
#[derive(Debug)]
pub struct ParseOutcome {
    pub article: Article,
    /// Recoverable problems ("malformed date header"), worded for the user.
    pub warnings: Vec<String>,
}

/// The longest title a lede is shortened to, in characters.
const LEDE_TITLE_MAX: usize = 90;

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?: date (\S*) ?|date (\d\S*) ?)").expect("static regex is valid")
});
/// "Jan. 21 (UPI) --", "WASHINGTON (AP) —": the wire service in a dateline.
static DATELINE_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^()\n]{0,60}?\((\p{Lu}[\p{L}&./]{1,15}(?: \p{Lu}[\p{L}&./]*){0,2})\)\s*(?:--|–|—|-)\s",
    )
    .expect("static regex is valid")
});
/// "(CNN)Former…", "(AP) The…": a wire service opening the lede, with no
/// dateline before it.
static OPENING_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((\p{Lu}[\p{Lu}&./]{1,9})\)\s*(?:(?:--|–|—|-)\s*)?\S")
        .expect("static regex is valid")
});
/// A dateline opening a story ("WASHINGTON –"): such a paragraph is a lede.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{Lu}. ,]{2,40}|[^()]{0,40}\([^)]{1,20}\))\s*(?:--|–|—)\s")
        .expect("static regex is valid")
});

/// The plain-text format: one article per file.
pub fn read(src: &Source, text: &str) -> Parsed {
    let mut outcome = parse_article(src.id, src.path.to_path_buf(), text);
    // (the file's one article: it goes by the file's key)
    outcome.article.key.clear();
    Parsed {
        articles: vec![outcome.article],
        warnings: outcome.warnings,
        ..Parsed::default()
    }
}

/// Parses the text of one article. `id` and `path` are stored as given.
pub fn parse_article(id: &str, path: PathBuf, text: &str) -> ParseOutcome {
    parse_titled(id, path, text, None)
}

/// [`parse_article`] for a text whose headline is known apart from it
/// (a field of its record, its front matter): the text is all body, and
/// no paragraph of it is taken for a headline or a kicker.
pub fn parse_titled(id: &str, path: PathBuf, text: &str, headline: Option<String>) -> ParseOutcome {
    let mut warnings = Vec::new();
    let (header_date, text) = split_header(text, &mut warnings);
    let paragraphs = paragraphs(text);
    let hints = vec![Hint::Text; paragraphs.len()];
    let mut outcome = parse_paragraphs(id, path, paragraphs, &hints, Vec::new(), headline);
    outcome.article.date = header_date.or(outcome.article.date);
    outcome.warnings.splice(0..0, warnings);
    outcome
}

/// A piece of body text as a format that knows its structure gives it
/// (a page's paragraphs and headings, a Markdown document's blocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Unknown: the plain-text rules tell what it is.
    Text,
    /// A paragraph (furniture, such as a byline, is still told).
    Para,
    Subhead,
    Aside,
}

/// An article from body parts whose kind its format knows (see
/// [`Part`]). As [`parse_titled`].
pub fn parse_parts(
    id: &str,
    path: PathBuf,
    parts: Vec<Part>,
    headline: Option<String>,
) -> ParseOutcome {
    let mut paragraphs = Vec::with_capacity(parts.len());
    let mut hints = Vec::with_capacity(parts.len());
    let mut marks = Vec::with_capacity(parts.len());
    for part in parts {
        let len = part.text.len();
        let (t, n) = paragraphs::single_spaced(part.text);
        if t.is_empty() {
            continue;
        }
        // marks stand where they were only on text left as it was
        marks.push(if t.len() == len {
            part.marks
        } else {
            Vec::new()
        });
        paragraphs.push((t, n));
        hints.push(part.hint);
    }
    parse_paragraphs(id, path, paragraphs, &hints, marks, headline)
}

/// A piece of body text as a format that knows its structure gives it:
/// its text, what it is, and the stretches of it its markup marks (byte
/// offsets in the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    pub hint: Hint,
    pub marks: Vec<Mark>,
}

/// The article of `paragraphs` (single spaced, with their words), each
/// with its hint and marks (none at all for plain text).
fn parse_paragraphs(
    id: &str,
    path: PathBuf,
    paragraphs: Vec<(String, usize)>,
    hints: &[Hint],
    marks: Vec<Vec<Mark>>,
    headline: Option<String>,
) -> ParseOutcome {
    let warnings = Vec::new();
    let given = headline.is_some();
    let mut title: Option<String> = headline;
    let mut body: Vec<Block> = Vec::new();
    let mut stamp_date: Option<NaiveDate> = None;
    let mut author: Option<String> = None;
    let mut outlet: Option<String> = None;

    // What each paragraph is (a kicker looks at those after it); then
    // each is moved to its place.
    let mut places = Vec::with_capacity(paragraphs.len());
    let (mut has_title, mut had_para) = (given, false);
    for (i, ((p, _), hint)) in paragraphs.iter().zip(hints).enumerate() {
        let before_story = !has_title && !had_para;
        let known = *hint != Hint::Text;
        let place = match furniture::classify(p) {
            _ if *hint == Hint::Subhead => Place::Subhead,
            _ if *hint == Hint::Aside => Place::Aside,
            Some(Furniture::Chrome) => Place::Dropped,
            Some(Furniture::Stamp(d)) => {
                stamp_date = stamp_date.or(d);
                Place::Dropped
            }
            Some(Furniture::Byline {
                author: a,
                outlet: o,
            }) => {
                author = author.or(Some(a));
                outlet = outlet.or(o);
                Place::Dropped
            }
            Some(Furniture::Aside { outlet: o }) => {
                outlet = outlet.or(o);
                Place::Aside
            }
            None if known => {
                had_para = true;
                Place::Para
            }
            None if before_story && is_kicker(&paragraphs, i) => Place::Dropped,
            None if before_story && looks_like_headline(p) => {
                has_title = true;
                Place::Title
            }
            None if !before_story && is_subhead(p) => Place::Subhead,
            None => {
                had_para = true;
                Place::Para
            }
        };
        places.push(place);
    }
    let mut words = 0;
    let mut marks = marks.into_iter();
    for ((mut p, n), place) in paragraphs.into_iter().zip(places) {
        p.shrink_to_fit();
        let marked = |b: Block, m: Option<Vec<Mark>>| match m {
            Some(m) if !m.is_empty() => Block::with_marks(b, m),
            _ => b,
        };
        let m = marks.next();
        match place {
            Place::Dropped => {}
            Place::Title => title = Some(p),
            Place::Aside => body.push(marked(Block::Aside(p), m)),
            Place::Subhead => {
                words += n;
                body.push(marked(Block::Subhead(p), m));
            }
            Place::Para => {
                words += n;
                body.push(marked(Block::Para(p), m));
            }
        }
    }

    // The wire service named in the lede's dateline comes first: it is the
    // article's own statement of where it is from.
    if let Some(Block::Para(lede)) = body
        .iter()
        .map(Block::plain)
        .find(|b| matches!(b, Block::Para(_)))
        && let Some(c) = DATELINE_OUTLET
            .captures(lede)
            .or_else(|| OPENING_OUTLET.captures(lede))
    {
        outlet = Some(c[1].to_string());
    }

    let (title, title_kind) = match title {
        Some(t) => (t, TitleKind::Headline),
        None => {
            let lede = body.iter().find_map(|b| match b.plain() {
                Block::Para(t) => Some(t.as_str()),
                _ => None,
            });
            (shorten_lede(lede.unwrap_or("")), TitleKind::Lede)
        }
    };

    ParseOutcome {
        article: Article {
            id: id.to_string(),
            key: path.to_string_lossy().into_owned(),
            path,
            title,
            title_kind,
            date: stamp_date,
            source: outlet,
            author,
            url: None,
            archived: false,
            tags: Vec::new(),
            body,
            words,
        },
        warnings,
    }
}

/// What a paragraph of the text is.
enum Place {
    Dropped,
    Title,
    Aside,
    Subhead,
    Para,
}

/// Splits off the ` date YYYY-MM-DD ` header. A header whose date cannot be
/// read is removed all the same, and reported.
fn split_header<'a>(text: &'a str, warnings: &mut Vec<String>) -> (Option<NaiveDate>, &'a str) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(c) = HEADER.captures(text) else {
        return (None, text);
    };
    let raw = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
    let rest = &text[c.get(0).map_or(0, |m| m.end())..];
    match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        Ok(d) => (Some(d), rest),
        Err(_) => {
            warnings.push(format!(
                "date header {raw:?} is not a valid YYYY-MM-DD date; article loaded undated"
            ));
            (None, rest)
        }
    }
}

/// A section label ("World News") above the headline: a few words with no
/// punctuation, followed by a headline that has none either.
fn is_kicker(paragraphs: &[(String, usize)], i: usize) -> bool {
    furniture::is_kicker(&paragraphs[i].0)
        && paragraphs[i + 1..]
            .iter()
            .map(|(p, _)| p)
            .find(|p| furniture::classify(p).is_none())
            .is_some_and(|next| looks_like_headline(next) && !sentences::closes_clause(next))
}

/// A headline: one line, one sentence at most, not too long, not a
/// dateline, not starting in lower case. It may open with an emoji, and a
/// headline in a script without spaces (Chinese, Japanese) is one "word".
fn looks_like_headline(p: &str) -> bool {
    let chars = p.chars().count();
    let words = p.split_whitespace().count();
    let wide = crate::text::width(p) > chars;
    let opens = |c: char| {
        (c.is_alphanumeric() && !c.is_lowercase())
            || opens_quote(c)
            || is_quote_mark(c)
            // an emoji or a symbol
            || (u32::from(c) >= 0x2190 && !c.is_alphanumeric() && !c.is_whitespace())
    };
    (3..=160).contains(&chars)
        && ((2..=28).contains(&words) || (wide && words >= 1))
        && sentences::count(p) <= 1
        && !DATELINE.is_match(p)
        && p.starts_with(opens)
}

/// A subheading inside a body: a short line without closing punctuation.
fn is_subhead(p: &str) -> bool {
    // (most paragraphs are far too long: told by their bytes alone)
    p.len() <= 400
        && p.chars().count() <= 100
        && (2..=16).contains(&p.split_whitespace().count())
        && !sentences::closes_clause(p)
        && p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || opens_quote(c))
}

/// Words a shortened title should not end on.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "but", "by",
    "from", "as", "that", "his", "her", "its", "their", "is", "was", "will",
];

/// A title made from the lede: its first sentence, cut at a clause or word
/// boundary when longer than `LEDE_TITLE_MAX`, ending in an ellipsis.
pub fn shorten_lede(lede: &str) -> String {
    let first = match sentences::boundaries(lede).first() {
        Some(&end) => &lede[..end],
        None => lede,
    }
    .trim();
    if first.chars().count() <= LEDE_TITLE_MAX {
        return first
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .to_string();
    }
    let limit = first
        .char_indices()
        .nth(LEDE_TITLE_MAX)
        .map_or(first.len(), |(i, _)| i);
    let head = &first[..limit];
    // Prefer a clause boundary in the second half; else the last whole word.
    let cut = head
        .rfind([',', ';', '—', '–'])
        .filter(|&i| i >= LEDE_TITLE_MAX / 2)
        .unwrap_or_else(|| head.rfind(' ').unwrap_or(head.len()));
    let mut words: Vec<&str> = head[..cut].split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    let mut title = words.join(" ");
    title = title
        .trim_end_matches([',', ';', ':', '—', '–', '-', ' '])
        .to_string();
    title.push('…');
    title
}

#[cfg(test)]
mod tests;
