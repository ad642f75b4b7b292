//! The search index of the query language: the *distinct values* of each
//! field (title words, quote words, sources, names, dates), each with the
//! documents that have it. Built from model data, over articles or over
//! quotes; plain data, built once.

use std::ops::Range;

use chrono::NaiveDate;

use crate::model::{Article, ArticleIx, Person, Quote, QuoteIx};

/// Distinct values of one field, each with the documents that have it
/// (its postings: in document order, each document once).
#[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(super) struct Vocab {
    pub(super) values: Vec<String>,
    pub(super) postings: Vec<Vec<u32>>,
}

impl Vocab {
    /// From (value, document) pairs; a value is copied once, however many
    /// documents have it.
    fn build<'a>(pairs: impl Iterator<Item = (&'a str, u32)>) -> Vocab {
        Vocab::sorted(postings_of(pairs))
    }

    /// From each value's documents, each document once.
    fn sorted(map: rustc_hash::FxHashMap<&str, Vec<u32>>) -> Vocab {
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

impl Vocab {
    /// Each value's documents, each spread to the documents of its
    /// `ranges` (see [`spread`]); values left with none dropped.
    fn through(&self, ranges: &[u32]) -> Vocab {
        use rayon::prelude::*;
        let spread: Vec<Vec<u32>> = self
            .postings
            .par_iter()
            .map(|p| spread(p, ranges))
            .collect();
        let (values, postings) = self
            .values
            .iter()
            .zip(spread)
            .filter(|(_, p)| !p.is_empty())
            .map(|(v, p)| (v.clone(), p))
            .unzip();
        Vocab { values, postings }
    }

    /// [`Vocab::build`] of `docs` documents, the pairs of each part of
    /// them given by `pairs` (documents in order), the parts built side
    /// by side.
    fn build_in_parts<'a, I>(docs: usize, pairs: impl Fn(Range<usize>) -> I + Sync) -> Vocab
    where
        I: Iterator<Item = (&'a str, u32)>,
    {
        use rayon::prelude::*;
        const PART: usize = 16_384;
        // (parts joined as they come, in order: each value's documents
        // stay in order, and few parts' maps are held at once)
        let map = (0..docs.div_ceil(PART))
            .into_par_iter()
            .map(|k| postings_of(pairs(k * PART..((k + 1) * PART).min(docs))))
            .reduce(rustc_hash::FxHashMap::default, |mut map, part| {
                for (v, p) in part {
                    map.entry(v).or_default().extend(p);
                }
                map
            });
        Vocab::sorted(map)
    }
}

/// The documents of a list of `docs`: those of each one's range, where
/// `ranges` holds the start of each document's and, last, the end of the
/// last one's.
fn spread(docs: &[u32], ranges: &[u32]) -> Vec<u32> {
    docs.iter()
        .flat_map(|&d| {
            let d = d as usize;
            match (ranges.get(d), ranges.get(d + 1)) {
                (Some(&a), Some(&b)) => a..b,
                _ => 0..0,
            }
        })
        .collect()
}

/// Where each article's quotes start among the quotes newest first (and,
/// last, where the last one's end): the article of each rank of
/// `by_article`, when `order` has the quotes article by article, articles
/// newest first.
fn quote_ranges(order: &[u32], quotes: &[Quote], by_article: &SearchIndex) -> Option<Vec<u32>> {
    let articles = by_article.order.len();
    let mut starts = Vec::with_capacity(articles + 1);
    for (r, &q) in order.iter().enumerate() {
        let a = quotes.get(q as usize)?.article.0;
        let ar = *by_article.rank.get(a)? as usize;
        // (an article's quotes side by side, articles in rank order)
        if ar + 1 < starts.len() {
            return None;
        }
        while starts.len() <= ar {
            starts.push(r as u32);
        }
    }
    let end = u32::try_from(order.len()).ok()?;
    starts.resize(articles + 1, end);
    Some(starts)
}

/// The titles', sources' and dates' vocabularies of the quotes in
/// `order`, each quote's article looked up.
fn of_their_articles(
    order: &[u32],
    quotes: &[Quote],
    articles: &[Article],
) -> (Vocab, Vocab, Vec<(NaiveDate, Vec<u32>)>) {
    let all = || {
        order.iter().enumerate().filter_map(|(r, &qi)| {
            let q = quotes.get(qi as usize)?;
            articles.get(q.article.0).map(|a| (r as u32, a))
        })
    };
    let titles =
        Vocab::build(all().flat_map(|(r, a)| title_words(&a.title).map(move |(_, w)| (w, r))));
    let sources = Vocab::build(all().filter_map(|(r, a)| a.source.as_deref().map(|s| (s, r))));
    (titles, sources, by_date(all().map(|(r, a)| (a.date, r))))
}

/// What the index over quotes has of the quotes themselves: their order,
/// their words and their speakers (see [`SearchIndex::quotes`]).
#[derive(Debug)]
pub struct QuoteWords {
    order: Vec<u32>,
    rank: Vec<u32>,
    words: Vocab,
    people: Vocab,
}

impl QuoteWords {
    /// Of the `quotes` in `order` (newest first), their speakers among
    /// `people`.
    pub fn of(quotes: &[Quote], order: &[QuoteIx], people: &[Person]) -> QuoteWords {
        let (order, rank) = ranks(order.iter().map(|q| q.0), quotes.len());
        let at = |r: usize| quotes.get(order[r] as usize).map(|q| (r as u32, q));
        let words = Vocab::build_in_parts(order.len(), |part| {
            part.filter_map(at)
                .flat_map(|(r, q)| quote_words(&q.text).map(move |w| (w, r)))
        });
        QuoteWords::with_words(order, rank, words, quotes, people)
    }

    /// With the quotes' `words` found already: their speakers' names.
    fn with_words(
        order: Vec<u32>,
        rank: Vec<u32>,
        words: Vocab,
        quotes: &[Quote],
        people: &[Person],
    ) -> QuoteWords {
        let at = |r: usize| quotes.get(order[r] as usize).map(|q| (r as u32, q));
        let people = Vocab::build(
            (0..order.len())
                .filter_map(at)
                .flat_map(|(r, q)| q.speaker.names(people).into_iter().map(move |n| (n, r))),
        );
        QuoteWords {
            order,
            rank,
            words,
            people,
        }
    }
}

/// The order given, as an index keeps it, and each of its `docs`
/// documents' rank (its place in the order).
fn ranks(order: impl Iterator<Item = usize>, docs: usize) -> (Vec<u32>, Vec<u32>) {
    let order: Vec<u32> = order.map(|d| d as u32).collect();
    let mut rank = vec![0u32; docs];
    for (r, &d) in order.iter().enumerate() {
        if let Some(x) = rank.get_mut(d as usize) {
            *x = r as u32;
        }
    }
    (order, rank)
}

/// The people's names, each with the documents (by the `rank` of each
/// article) of the person or people so named.
fn people_of(people: &[Person], rank: &[u32]) -> Vocab {
    Vocab::build(people.iter().flat_map(|p| {
        p.names().flat_map(move |n| {
            p.articles
                .iter()
                .filter_map(move |&a| rank.get(a.0).map(|&r| (n, r)))
        })
    }))
}

/// Each value's documents, from (value, document) pairs, a document
/// given twice in a row kept once.
fn postings_of<'a>(
    pairs: impl Iterator<Item = (&'a str, u32)>,
) -> rustc_hash::FxHashMap<&'a str, Vec<u32>> {
    let mut map: rustc_hash::FxHashMap<&str, Vec<u32>> = Default::default();
    for (v, a) in pairs {
        let p = map.entry(v).or_default();
        if p.last() != Some(&a) {
            p.push(a);
        }
    }
    map
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
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
        let (order, rank) = ranks(order.iter().map(|a| a.0), articles.len());
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
        let dates = by_date(all().map(|(r, a)| (a.date, r)));
        SearchIndex::of_articles(order, rank, [titles, sources], dates, articles, people)
    }

    /// The index over `articles` in `order`, from the vocabularies of
    /// their titles' words and their sources, and their dates: their
    /// people's names and their full titles are found here.
    fn of_articles(
        order: Vec<u32>,
        rank: Vec<u32>,
        [titles, sources]: [Vocab; 2],
        dates: Vec<(NaiveDate, Vec<u32>)>,
        articles: &[Article],
        people: &[Person],
    ) -> SearchIndex {
        let people = people_of(people, &rank);
        let full_titles = order
            .iter()
            .filter_map(|&a| articles.get(a as usize).map(|a| a.title.clone()))
            .collect();
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
    /// indexed: match them apart. `by_article` is the index over the same
    /// `articles` ([`SearchIndex::articles`]): what a quote has of its
    /// article is taken from it.
    pub fn quotes(
        quotes: &[Quote],
        order: &[QuoteIx],
        articles: &[Article],
        people: &[Person],
        by_article: &SearchIndex,
    ) -> SearchIndex {
        SearchIndex::quotes_with(
            QuoteWords::of(quotes, order, people),
            quotes,
            articles,
            by_article,
        )
    }

    /// The index over quotes from what it has of the quotes themselves
    /// ([`QuoteWords::of`]); see [`SearchIndex::quotes`].
    pub fn quotes_with(
        own: QuoteWords,
        quotes: &[Quote],
        articles: &[Article],
        by_article: &SearchIndex,
    ) -> SearchIndex {
        let QuoteWords {
            order,
            rank,
            words,
            people,
        } = own;
        // Quotes newest first are each article's in turn, articles newest
        // first: a quote's title, source and date are its article's, and
        // the documents of each are its articles' quotes, in order.
        let (titles, sources, dates) = match quote_ranges(&order, quotes, by_article) {
            Some(ranges) => {
                let through = |v: &Vocab| v.through(&ranges);
                let (titles, sources) = rayon::join(
                    || through(&by_article.titles),
                    || through(&by_article.sources),
                );
                let dates = by_article
                    .dates
                    .iter()
                    .map(|(d, docs)| (*d, spread(docs, &ranges)))
                    .filter(|(_, docs)| !docs.is_empty())
                    .collect();
                (titles, sources, dates)
            }
            // (not so ordered: each quote's article looked up)
            None => of_their_articles(&order, quotes, articles),
        };
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

#[cfg(test)]
mod tests;
mod update;
