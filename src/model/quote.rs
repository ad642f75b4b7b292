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
    /// A source the text does not name, as it describes them ("a senior
    /// administration official").
    Unnamed(String),
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

/// The rule that chose a quote's speaker, as `gazette quotes --json`
/// gives it (`why`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// A name is the subject of a verb of saying beside the quote:
    /// `"…," Lavrov said`, `said Lavrov`, `Lavrov said: "…"`.
    Named,
    /// A name set off by an apposition or a party tag before its verb:
    /// `"…," Vann R. Newkirk II, a writer for The Atlantic, said`.
    Apposition,
    /// "he" or "she" is the subject, read as the person it refers to.
    Pronoun,
    /// A role is the subject ("the senator said"), read as the person
    /// the article gave that role.
    Role,
    /// An organisation is the subject ("the State Department said").
    Organisation,
    /// A source the text does not name: `"…," said a senior official`.
    Described,
    /// A dash after the quote: `"…" ― Pamela Padilla`.
    Dash,
    /// A name and a colon before the quote: `Clinton: "…"`, or a colon
    /// ending a sentence that a name opens: `Perez lobbies for a higher
    /// wage: "…"`.
    Colon,
    /// The sentence before ends by attributing what it reports: `…,
    /// Schiff said. "…"`.
    SentenceBefore,
    /// A quote that is its own sentence after a sentence of no quotation
    /// that a person opens: `Sanders identified bigotry as one reason.
    /// "…"`.
    SentenceSubject,
    /// The speaker of the quote before it in the same paragraph.
    SameParagraph,
    /// The speaker of the last quote of the paragraph before.
    ParagraphBefore,
    /// The person who opens the last sentence of the paragraph before, a
    /// paragraph of no quotation: `Viguerie is upbeat.` ¶ `"…"`.
    ParagraphSubject,
    /// Joined by "and" or "or" to an attributed quote: `"A" or "B,"
    /// Blinken said`.
    Joined,
}

impl Why {
    /// Every rule, in the order the README explains them.
    pub const ALL: [Why; 14] = [
        Why::Named,
        Why::Apposition,
        Why::Pronoun,
        Why::Role,
        Why::Organisation,
        Why::Described,
        Why::Dash,
        Why::Colon,
        Why::SentenceBefore,
        Why::SentenceSubject,
        Why::SameParagraph,
        Why::ParagraphBefore,
        Why::ParagraphSubject,
        Why::Joined,
    ];
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
    /// The rule that chose the speaker; none when there is none.
    pub why: Option<Why>,
    pub kind: QuoteKind,
    /// The group of the same utterance in other articles, if any.
    pub group: Option<u32>,
}

impl Speaker {
    /// Who said it, as a name ("Sergey Lavrov", "State Department").
    pub fn name<'a>(&'a self, people: &'a [Person]) -> Option<&'a str> {
        match self {
            Speaker::Person(p) => people.get(p.index()).map(|p| p.name.as_str()),
            Speaker::Org(o) | Speaker::Unnamed(o) => Some(o.as_str()),
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
            Speaker::Org(o) | Speaker::Unnamed(o) => vec![o.as_str()],
            Speaker::Unknown => Vec::new(),
        }
    }
}

indexes!(QuoteIx => Quote);
