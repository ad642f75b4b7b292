//! One article as recovered from its file.

use std::cmp::Ordering;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ArticleIx, indexes};

/// One piece of an article body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph of the story.
    Para(String),
    /// A short heading inside the body.
    Subhead(String),
    /// Material that is not the story: a photo caption, a "More:" link,
    /// a credit line. Shown apart (dimmed) from the story.
    Aside(String),
    /// One of the others (never itself marked) with stretches of its
    /// text marked, as a format with markup gives them (emphasis, links).
    Marked(Box<(Block, Vec<Mark>)>),
}

/// A stretch of a block's text (byte offsets) that its format marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub start: u32,
    pub end: u32,
    pub kind: MarkKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MarkKind {
    Emphasis,
    Strong,
    /// A link, and its target.
    Link(String),
}

impl Block {
    pub fn text(&self) -> &str {
        match self {
            Block::Para(t) | Block::Subhead(t) | Block::Aside(t) => t,
            Block::Marked(m) => m.0.text(),
        }
    }

    /// The text, to change in place (cleaning, tests).
    pub fn text_mut(&mut self) -> &mut String {
        match self {
            Block::Para(t) | Block::Subhead(t) | Block::Aside(t) => t,
            Block::Marked(m) => m.0.text_mut(),
        }
    }

    /// Story text: a paragraph or a subheading, not an aside.
    pub fn is_story(&self) -> bool {
        !matches!(self.plain(), Block::Aside(_))
    }

    /// The block without its marks.
    pub fn plain(&self) -> &Block {
        match self {
            Block::Marked(m) => m.0.plain(),
            b => b,
        }
    }

    /// The stretches of its text marked.
    pub fn marks(&self) -> &[Mark] {
        match self {
            Block::Marked(m) => &m.1,
            _ => &[],
        }
    }

    /// `block` with `marks`, those that fall on its text (and all of them
    /// only when there are any).
    pub fn with_marks(block: Block, marks: Vec<Mark>) -> Block {
        let len = block.text().len();
        let text = block.text();
        let marks: Vec<Mark> = marks
            .into_iter()
            .filter(|m| {
                let (a, b) = (m.start as usize, m.end as usize);
                a < b && b <= len && text.is_char_boundary(a) && text.is_char_boundary(b)
            })
            .collect();
        match block {
            Block::Marked(m) => Block::with_marks(m.0, marks),
            b if marks.is_empty() => b,
            b => Block::Marked(Box::new((b, marks))),
        }
    }
}

/// Where an article's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TitleKind {
    /// The article's own headline.
    Headline,
    /// The text has no headline: a shortened lede stands in.
    Lede,
    /// Set by the sidecar metadata file.
    Meta,
}

/// One article, as recovered from its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the file name without its extension, made unique.
    pub id: String,
    /// Where the article was read from (`bundled:NAME` for the bundled corpus).
    pub path: PathBuf,
    /// What the article is known by across runs (read marks are kept under
    /// it): the file's full path, links resolved (the file name in the
    /// bundled corpus). Other files coming and going never change it,
    /// unlike `id`; no two files share it, whatever folders are opened.
    pub key: String,
    pub title: String,
    pub title_kind: TitleKind,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// Where the article was published, when its file says.
    pub url: Option<String>,
    /// Read already where it was saved from (a read-later service's
    /// archive): it starts out read.
    #[serde(default)]
    pub archived: bool,
    /// Its tags, when its file gives them (front matter, a record).
    #[serde(default)]
    pub tags: Vec<String>,
    pub body: Vec<Block>,
    /// Words of story text (paragraphs and subheadings, not asides).
    pub words: usize,
}

impl Article {
    /// The article without its body (the cache keeps bodies apart).
    pub fn head(&self) -> Article {
        Article {
            id: self.id.clone(),
            path: self.path.clone(),
            key: self.key.clone(),
            title: self.title.clone(),
            title_kind: self.title_kind,
            date: self.date,
            source: self.source.clone(),
            author: self.author.clone(),
            url: self.url.clone(),
            archived: self.archived,
            tags: self.tags.clone(),
            body: Vec::new(),
            words: self.words,
        }
    }

    /// The source as lists show it: "unknown" when the text does not say.
    pub fn source_label(&self) -> &str {
        self.source.as_deref().unwrap_or("unknown")
    }

    /// Newest first, undated last; ties broken by id so the order is stable.
    pub fn cmp_newest_first(&self, other: &Article) -> Ordering {
        match (self.date, other.date) {
            (Some(a), Some(b)) => b.cmp(&a),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
        .then_with(|| self.id.cmp(&other.id))
    }
}

indexes!(ArticleIx => Article);
