//! Quotations: who said what, and where in the article.

use serde::{Deserialize, Serialize};

use super::ids::{ArticleIx, PersonIx, QuoteIx, indexes};
use super::person::Person;

/// Quoted text in one body block: byte range of the words inside the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speaker {
    Person(PersonIx),
    /// An organisation ("State Department", "White House").
    Org(String),
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Four words or more.
    Full,
    /// Scare quotes: "minor incursion", "non-starter".
    Fragment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub article: ArticleIx,
    /// The quoted words, one span per piece ("A," he said. "B." is two).
    pub spans: Box<[Span]>,
    /// The words, pieces joined by " … ".
    pub text: Box<str>,
    pub speaker: Speaker,
    /// The verb of saying ("said", "told", "according to").
    pub verb: Option<Box<str>>,
    pub kind: QuoteKind,
    /// The group of the same utterance in other articles, if any.
    pub group: Option<u32>,
}

impl Speaker {
    /// Who said it, as a name ("Sergey Lavrov", "State Department").
    pub fn name<'a>(&'a self, people: &'a [Person]) -> Option<&'a str> {
        match self {
            Speaker::Person(p) => people.get(p.index()).map(|p| p.name.as_str()),
            Speaker::Org(o) => Some(o.as_str()),
            Speaker::Unknown => None,
        }
    }

    /// Every name the speaker goes by: a person's name and aliases, or
    /// the organisation's name.
    pub fn names<'a>(&'a self, people: &'a [Person]) -> Vec<&'a str> {
        match self {
            Speaker::Person(p) => people
                .get(p.index())
                .map_or(Vec::new(), |p| p.names().collect()),
            Speaker::Org(o) => vec![o.as_str()],
            Speaker::Unknown => Vec::new(),
        }
    }
}

indexes!(QuoteIx => Quote);
