//! The article store: plain data built by the loader, with no knowledge of
//! the terminal. The UI and the command line both read from it.

mod furniture;
mod load;
mod meta;
mod parse;
pub(crate) mod textdate;

use std::cmp::Ordering;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use crate::people::{self, Mention, Person, PersonIx};
use crate::quotes::{self, Quote, QuoteIx};

pub use load::{BUNDLED_PREFIX, LoadError, Loaded, Problem, load_bundled, load_paths};
pub use meta::{META_FILE, Meta, MetaEntry};
pub use parse::{ParseOutcome, parse_article};

/// One piece of an article body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph of the story.
    Para(String),
    /// A short heading inside the body.
    Subhead(String),
    /// Material that is not the story: a photo caption, a "More:" link,
    /// a credit line. Shown apart (dimmed) from the story.
    Aside(String),
}

impl Block {
    pub fn text(&self) -> &str {
        match self {
            Block::Para(t) | Block::Subhead(t) | Block::Aside(t) => t,
        }
    }
}

/// Where an article's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier: the file name without its extension, made unique.
    pub id: String,
    /// Where the article was read from (`bundled:NAME` for the bundled corpus).
    pub path: PathBuf,
    pub title: String,
    pub title_kind: TitleKind,
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// Canonical names of the people in the story, in order of first
    /// mention (filled when the store is built).
    pub people: Vec<String>,
    /// The same people as indices into [`Store::people`].
    pub person_ixs: Vec<PersonIx>,
    /// Where the story names them.
    pub mentions: Vec<Mention>,
    pub body: Vec<Block>,
    /// Words of story text (paragraphs and subheadings, not asides).
    pub words: usize,
}

impl Article {
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

/// Index of an article inside a [`Store`].
pub type ArticleIx = usize;

/// All loaded articles, plus the indices the views need.
#[derive(Debug, Default)]
pub struct Store {
    articles: Vec<Article>,
    /// Every article, newest first.
    by_date: Vec<ArticleIx>,
    people: Vec<Person>,
    quotes: Vec<Quote>,
    /// Quotes that are one utterance carried by several articles.
    quote_groups: Vec<Vec<QuoteIx>>,
    /// Each article's quotes, in reading order.
    quotes_by_article: Vec<Vec<QuoteIx>>,
}

impl Store {
    /// Builds the store, giving every article a unique id and sorting once.
    pub fn new(mut articles: Vec<Article>) -> Store {
        articles.sort_by(|a, b| a.path.cmp(&b.path));
        dedupe_ids(&mut articles);
        let people = people::build(&mut articles);
        let (quotes, quote_groups) = quotes::build(&articles, &people);
        let mut by_date: Vec<ArticleIx> = (0..articles.len()).collect();
        by_date.sort_by(|&a, &b| articles[a].cmp_newest_first(&articles[b]));
        let mut quotes_by_article = vec![Vec::new(); articles.len()];
        for (i, q) in quotes.iter().enumerate() {
            quotes_by_article[q.article].push(i);
        }
        Store {
            articles,
            by_date,
            people,
            quotes,
            quote_groups,
            quotes_by_article,
        }
    }

    /// Every quotation, in article order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Every quote, articles newest first, each article's in reading order.
    pub fn quotes_newest_first(&self) -> impl Iterator<Item = QuoteIx> + '_ {
        self.by_date
            .iter()
            .flat_map(|&a| self.quotes_of(a).iter().copied())
    }

    /// The quote that best matches `text`: one containing its words
    /// (any case) if there is, else the best fuzzy match; longest quote
    /// first among equals.
    pub fn best_quote(&self, text: &str) -> Option<QuoteIx> {
        use fuzzy_matcher::FuzzyMatcher;
        let want = text.trim().to_lowercase();
        if want.is_empty() {
            return None;
        }
        let exact = self
            .quotes_newest_first()
            .filter(|&q| self.quotes[q].text.to_lowercase().contains(&want))
            .max_by_key(|&q| self.quotes[q].text.len());
        exact.or_else(|| {
            let skim = fuzzy_matcher::skim::SkimMatcherV2::default().ignore_case();
            self.quotes_newest_first()
                .filter_map(|q| {
                    skim.fuzzy_match(&self.quotes[q].text, &want)
                        .map(|s| (s, q))
                })
                .max_by_key(|&(s, _)| s)
                .map(|(_, q)| q)
        })
    }

    /// The quotes of one article, in reading order.
    pub fn quotes_of(&self, a: ArticleIx) -> &[QuoteIx] {
        self.quotes_by_article.get(a).map_or(&[], Vec::as_slice)
    }

    /// Groups of quotes that are one utterance in several articles.
    pub fn quote_groups(&self) -> &[Vec<QuoteIx>] {
        &self.quote_groups
    }

    /// Who said a quote, as a name ("Sergey Lavrov", "State Department").
    pub fn speaker_name<'a>(&'a self, q: &'a Quote) -> Option<&'a str> {
        match &q.speaker {
            quotes::Speaker::Person(p) => self.people.get(*p).map(|p| p.name.as_str()),
            quotes::Speaker::Org(o) => Some(o.as_str()),
            quotes::Speaker::Unknown => None,
        }
    }

    /// Every name a quote's speaker goes by: a person's name and aliases,
    /// or the organisation's name.
    pub fn speaker_names<'a>(&'a self, q: &'a Quote) -> Vec<&'a str> {
        match &q.speaker {
            quotes::Speaker::Person(p) => self
                .people
                .get(*p)
                .map_or(Vec::new(), |p| p.names().collect()),
            quotes::Speaker::Org(o) => vec![o.as_str()],
            quotes::Speaker::Unknown => Vec::new(),
        }
    }

    /// Everyone named in the store; [`Article::person_ixs`] index this.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn get(&self, ix: ArticleIx) -> Option<&Article> {
        self.articles.get(ix)
    }

    /// Article indices, newest first, undated last.
    pub fn newest_first(&self) -> &[ArticleIx] {
        &self.by_date
    }

    /// Articles in display order.
    pub fn iter_newest_first(&self) -> impl Iterator<Item = &Article> {
        self.by_date.iter().map(|&ix| &self.articles[ix])
    }

    /// Finds an article by its id, or by a prefix of it that only one id has.
    pub fn find(&self, id: &str) -> Lookup {
        if let Some(ix) = self.articles.iter().position(|a| a.id == id) {
            return Lookup::Found(ix);
        }
        let hits: Vec<ArticleIx> = self
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.id.starts_with(id))
            .map(|(ix, _)| ix)
            .collect();
        match hits.as_slice() {
            [] => Lookup::NotFound,
            [one] => Lookup::Found(*one),
            _ => Lookup::Ambiguous(
                hits.iter()
                    .map(|&ix| self.articles[ix].id.clone())
                    .collect(),
            ),
        }
    }
}

/// The answer to [`Store::find`].
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(ArticleIx),
    NotFound,
    Ambiguous(Vec<String>),
}

/// Articles from different folders may share a file name: the later ones
/// (in path order) get `~2`, `~3`, … so that every id names one article.
fn dedupe_ids(articles: &mut [Article]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for a in articles.iter_mut() {
        let n = seen.entry(a.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            a.id = format!("{}~{}", a.id, n);
        }
    }
}

/// Counts words the way a reader would: runs of characters between spaces.
/// A run counts when it holds a letter or digit ("—" alone does not).
pub fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut counted = false;
    for c in text.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            words += 1;
            counted = true;
        }
    }
    words
}
