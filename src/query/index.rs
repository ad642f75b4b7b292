//! The search index of the query language: the *distinct values* of each
//! field (title words, quote words, sources, names, dates), each with the
//! documents that have it. Built from model data, over articles or over
//! quotes; plain data, built once.

use chrono::NaiveDate;

use crate::model::{Article, ArticleIx, Person, Quote, QuoteIx};

/// Distinct values of one field, each with the documents that have it
/// (its postings: in document order, each document once).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Vocab {
    pub(super) values: Vec<String>,
    pub(super) postings: Vec<Vec<u32>>,
}

impl Vocab {
    /// From (value, document) pairs; a value is copied once, however many
    /// documents have it.
    fn build<'a>(pairs: impl Iterator<Item = (&'a str, u32)>) -> Vocab {
        let mut map: rustc_hash::FxHashMap<&str, Vec<u32>> = Default::default();
        for (v, a) in pairs {
            let p = map.entry(v).or_default();
            if p.last() != Some(&a) {
                p.push(a);
            }
        }
        let mut pairs: Vec<(&str, Vec<u32>)> = map.into_iter().collect();
        for (_, p) in &mut pairs {
            // a person's name lists each person's documents in turn
            if !p.is_sorted() {
                p.sort_unstable();
                p.dedup();
            }
        }
        pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let (values, postings) = pairs.into_iter().map(|(v, p)| (v.to_string(), p)).unzip();
        Vocab { values, postings }
    }
}

/// Which vocabulary a cached match belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum VocabId {
    Title,
    Words,
    Source,
    Person,
}

/// The search indices of a store, over its articles or over its quotes
/// (the documents): plain data, built once.
///
/// Inside the index a document is named by its place newest first (its
/// rank), not by its index in the store: the postings, the dates and the
/// full titles speak of ranks, so that gathering and ordering the
/// documents a query matches walks memory in order. `order` turns a rank
/// back into the store's index.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    /// The store's index of each rank, and the rank of each store index.
    pub(super) order: Vec<u32>,
    pub(super) rank: Vec<u32>,
    /// Words of the (article's) title.
    titles: Vocab,
    /// Words bare terms match in place of the title's: a quote's own.
    words: Option<Vocab>,
    sources: Vocab,
    /// For articles the people in them; for quotes the speaker.
    people: Vocab,
    pub(super) dates: Vec<(NaiveDate, Vec<u32>)>,
    /// Full titles, for phrases that span words (articles only: a phrase
    /// over quotes is matched by the caller).
    pub(super) full_titles: Vec<String>,
}

/// Words of a title as the index keeps them: split at spaces, outer
/// punctuation trimmed.
pub fn title_words(title: &str) -> impl Iterator<Item = (usize, &str)> {
    title
        .split(' ')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            Some((start + lead, trimmed))
        })
        .filter(|(_, w)| !w.is_empty())
}

impl SearchIndex {
    /// The index over articles: `order` is every article, newest first.
    pub fn articles(articles: &[Article], order: &[ArticleIx], people: &[Person]) -> SearchIndex {
        let order: Vec<u32> = order.iter().map(|&ix| ix.0 as u32).collect();
        let mut rank = vec![0u32; articles.len()];
        for (r, &ix) in order.iter().enumerate() {
            rank[ix as usize] = r as u32;
        }
        // documents by their place newest first (see `SearchIndex`)
        let all = || {
            order
                .iter()
                .enumerate()
                .filter_map(|(r, &ix)| articles.get(ix as usize).map(|a| (r as u32, a)))
        };
        let titles =
            Vocab::build(all().flat_map(|(r, a)| title_words(&a.title).map(move |(_, w)| (w, r))));
        let sources = Vocab::build(all().filter_map(|(r, a)| a.source.as_deref().map(|s| (s, r))));
        let rank_of = &rank;
        let people = Vocab::build(people.iter().flat_map(|p| {
            p.names().flat_map(move |n| {
                p.articles
                    .iter()
                    .filter_map(move |&a| rank_of.get(a.0).map(|&r| (n, r)))
            })
        }));
        let dates = by_date(all().map(|(r, a)| (a.date, r)));
        let full_titles = all().map(|(_, a)| a.title.clone()).collect();
        SearchIndex {
            order,
            rank,
            titles,
            words: None,
            sources,
            people,
            dates,
            full_titles,
        }
    }

    /// The index over quotes (`order`: every quote, newest first): bare
    /// words match the quote's words, its speaker and its article's source
    /// (and a date); `p:` the speaker; `s:`, `d:`, `t:` its article's
    /// source, date and title. Phrases (terms with a space) are not
    /// indexed: match them apart.
    pub fn quotes(
        quotes: &[Quote],
        order: &[QuoteIx],
        articles: &[Article],
        people: &[Person],
    ) -> SearchIndex {
        let order: Vec<u32> = order.iter().map(|&q| q.0 as u32).collect();
        let mut rank = vec![0u32; quotes.len()];
        for (r, &q) in order.iter().enumerate() {
            rank[q as usize] = r as u32;
        }
        // documents by their place newest first (see `SearchIndex`)
        let all = || {
            order.iter().enumerate().filter_map(|(r, &qi)| {
                let q = quotes.get(qi as usize)?;
                articles.get(q.article.0).map(|a| (r as u32, q, a))
            })
        };
        let words =
            || Vocab::build(all().flat_map(|(r, q, _)| quote_words(&q.text).map(move |w| (w, r))));
        let titles = || {
            Vocab::build(
                all().flat_map(|(r, _, a)| title_words(&a.title).map(move |(_, w)| (w, r))),
            )
        };
        let (words, titles) = rayon::join(words, titles);
        let sources =
            Vocab::build(all().filter_map(|(r, _, a)| a.source.as_deref().map(|s| (s, r))));
        let people = Vocab::build(
            all().flat_map(|(r, q, _)| q.speaker.names(people).into_iter().map(move |n| (n, r))),
        );
        let dates = by_date(all().map(|(r, _, a)| (a.date, r)));
        SearchIndex {
            order,
            rank,
            titles,
            words: Some(words),
            sources,
            people,
            dates,
            full_titles: Vec::new(),
        }
    }

    pub(super) fn vocab(&self, id: VocabId) -> &Vocab {
        match id {
            VocabId::Title => &self.titles,
            VocabId::Words => self.words.as_ref().unwrap_or(&self.titles),
            VocabId::Source => &self.sources,
            VocabId::Person => &self.people,
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// A document's place newest first.
    pub fn rank(&self, doc: usize) -> u32 {
        self.rank[doc]
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// Documents by date, dates in order.
fn by_date(docs: impl Iterator<Item = (Option<NaiveDate>, u32)>) -> Vec<(NaiveDate, Vec<u32>)> {
    let mut map: std::collections::BTreeMap<NaiveDate, Vec<u32>> = Default::default();
    for (d, ix) in docs {
        if let Some(d) = d {
            map.entry(d).or_default().push(ix);
        }
    }
    map.into_iter().collect()
}

/// Words of a quote as the index keeps them: split at white space, outer
/// punctuation trimmed.
pub fn quote_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}
