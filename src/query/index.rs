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
        let maps: Vec<rustc_hash::FxHashMap<&str, Vec<u32>>> = (0..docs.div_ceil(PART))
            .into_par_iter()
            .map(|k| postings_of(pairs(k * PART..((k + 1) * PART).min(docs))))
            .collect();
        let mut maps = maps.into_iter();
        let mut map = maps.next().unwrap_or_default();
        for part in maps {
            // (parts in order: each value's documents stay in order)
            for (v, p) in part {
                map.entry(v).or_default().extend(p);
            }
        }
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
        let order: Vec<u32> = order.iter().map(|&q| q.0 as u32).collect();
        let mut rank = vec![0u32; quotes.len()];
        for (r, &q) in order.iter().enumerate() {
            rank[q as usize] = r as u32;
        }
        let at = |r: usize| quotes.get(order[r] as usize).map(|q| (r as u32, q));
        let words = Vocab::build_in_parts(order.len(), |part| {
            part.filter_map(at)
                .flat_map(|(r, q)| quote_words(&q.text).map(move |w| (w, r)))
        });
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
mod tests {
    use super::*;
    use crate::model::{QuoteKind, Speaker, TitleKind};

    fn article(
        id: &str,
        title: &str,
        date: Option<(i32, u32, u32)>,
        source: Option<&str>,
    ) -> Article {
        Article {
            id: id.into(),
            path: id.into(),
            key: id.into(),
            title: title.into(),
            title_kind: TitleKind::Headline,
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            source: source.map(Into::into),
            author: None,
            url: None,
            archived: false,
            tags: Vec::new(),
            body: Vec::new(),
            words: 0,
        }
    }

    fn quote(article: usize, text: &str) -> Quote {
        Quote {
            article: ArticleIx(article),
            spans: Box::new([]),
            text: text.into(),
            speaker: Speaker::Unknown,
            verb: None,
            kind: QuoteKind::Full,
            group: None,
        }
    }

    #[test]
    fn what_quotes_have_of_their_articles_is_the_articles_index_spread() {
        let articles = [
            article("a", "Talks in Geneva", Some((2022, 1, 21)), Some("UPI")),
            article("b", "No quotes here", Some((2022, 1, 22)), Some("NPR")),
            article("c", "Geneva talks end", Some((2022, 1, 21)), None),
            article("d", "Undated, talks", None, Some("UPI")),
            article("e", "Talks talks", Some((2022, 1, 23)), Some("RFE/RL")),
        ];
        let quotes = [
            quote(0, "we will see"),
            quote(0, "no breakthrough"),
            quote(2, "talks ended"),
            quote(3, "undated words"),
            quote(4, "one"),
            quote(4, "two"),
            quote(4, "three"),
        ];
        let mut by_date: Vec<ArticleIx> = (0..articles.len()).map(ArticleIx).collect();
        by_date.sort_by(|&a, &b| articles[a.0].cmp_newest_first(&articles[b.0]));
        let quotes = &quotes;
        let order: Vec<QuoteIx> = by_date
            .iter()
            .flat_map(|&a| (0..quotes.len()).filter(move |&q| quotes[q].article == a))
            .map(QuoteIx)
            .collect();
        let by_article = SearchIndex::articles(&articles, &by_date, &[]);
        let index = SearchIndex::quotes(quotes, &order, &articles, &[], &by_article);
        let ranks: Vec<u32> = order.iter().map(|q| q.0 as u32).collect();
        assert!(quote_ranges(&ranks, quotes, &by_article).is_some());
        let (titles, sources, dates) = of_their_articles(&ranks, quotes, &articles);
        assert_eq!(index.titles, titles);
        assert_eq!(index.sources, sources);
        assert_eq!(index.dates, dates);
        // a word of the quoteless article's title is not a quote's
        assert!(!index.titles.values.iter().any(|v| v == "quotes"));
        assert!(index.titles.values.iter().any(|v| v == "Geneva"));
        // quotes not article by article: looked up one by one
        let mut shuffled = ranks.clone();
        let last = shuffled.len() - 1;
        shuffled.swap(0, last);
        assert!(quote_ranges(&shuffled, quotes, &by_article).is_none());
    }

    #[test]
    fn a_vocabulary_built_in_parts_is_the_one_built_whole() {
        let docs: Vec<String> = (0..40_000)
            .map(|i| format!("w{} w{} common w{}", i % 7, i % 1000, i % 3))
            .collect();
        let pairs = |r: Range<usize>| {
            let docs = &docs;
            r.flat_map(move |d| docs[d].split(' ').map(move |w| (w, d as u32)))
        };
        let whole = Vocab::build(pairs(0..docs.len()));
        assert_eq!(Vocab::build_in_parts(docs.len(), pairs), whole);
        assert_eq!(
            whole.postings[whole.values.iter().position(|v| v == "common").unwrap()].len(),
            40_000
        );
    }
}
