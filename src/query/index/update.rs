//! An index made anew from the one of the archive as it was: the
//! documents unchanged since keep their postings, renumbered, and only
//! the documents new or changed are read. The index made so is the one
//! [`SearchIndex::articles`] and [`SearchIndex::quotes`] would build.

use chrono::NaiveDate;
use rayon::prelude::*;

use super::title_words;
use super::{QuoteWords, SearchIndex, Vocab, by_date, postings_of, quote_words, ranks};
use crate::model::{Article, ArticleIx, Person, Quote, QuoteIx};

/// Each document's place in the index it is made from: its index among
/// the documents of then (an article's in the store, a quote's among the
/// quotes), when what the index holds of it is as it was then. The
/// people's names are not among what is kept: they are found anew.
pub type Was = [Option<usize>];

impl SearchIndex {
    /// [`SearchIndex::articles`], from `then`, the index of the articles
    /// as they were: `was` gives each article's index then.
    pub fn articles_from(
        then: SearchIndex,
        was: &Was,
        articles: &[Article],
        order: &[ArticleIx],
        people: &[Person],
    ) -> SearchIndex {
        let (order, rank) = ranks(order.iter().map(|a| a.0), articles.len());
        let (to, new) = renumbering(&then, was, &order, &rank);
        let article = |r: u32| &articles[order[r as usize] as usize];
        let added_titles = new
            .iter()
            .flat_map(|&r| title_words(&article(r).title).map(move |(_, w)| (w, r)));
        let added_sources = new
            .iter()
            .filter_map(|&r| article(r).source.as_deref().map(|s| (s, r)));
        let SearchIndex {
            titles,
            sources,
            dates,
            ..
        } = then;
        let ((titles, sources), dates) = rayon::join(
            || {
                rayon::join(
                    || titles.renumbered(&to, added_titles),
                    || sources.renumbered(&to, added_sources),
                )
            },
            || dates_renumbered(dates, &to, new.iter().map(|&r| (article(r).date, r))),
        );
        SearchIndex::of_articles(order, rank, [titles, sources], dates, articles, people)
    }
}

impl QuoteWords {
    /// [`QuoteWords::of`], from `then`, the index of the quotes as they
    /// were: `was` gives each quote's index then, when its text is as it
    /// was.
    pub fn from_then(
        then: SearchIndex,
        was: &Was,
        quotes: &[Quote],
        order: &[QuoteIx],
        people: &[Person],
    ) -> QuoteWords {
        let (order, rank) = ranks(order.iter().map(|q| q.0), quotes.len());
        let (to, new) = renumbering(&then, was, &order, &rank);
        let added = new.iter().flat_map(|&r| {
            let q = &quotes[order[r as usize] as usize];
            quote_words(&q.text).map(move |w| (w, r))
        });
        let words = then.words.unwrap_or_default().renumbered(&to, added);
        QuoteWords::with_words(order, rank, words, quotes, people)
    }
}

/// Each rank of `then`'s documents' rank now (`order`, `rank`), when the
/// document is kept; and the ranks of the documents not kept, read anew.
/// A document whose place then the index of then cannot give is read as
/// a new one.
fn renumbering(
    then: &SearchIndex,
    was: &Was,
    order: &[u32],
    rank: &[u32],
) -> (Vec<Option<u32>>, Vec<u32>) {
    let mut to = vec![None; then.order.len()];
    let mut kept = vec![false; rank.len()];
    for (doc, w) in was.iter().enumerate() {
        let Some(w) = *w else { continue };
        let Some(&old) = then.rank.get(w) else {
            continue;
        };
        // (the rank and the order of then agree: each document of then
        // is kept once at most)
        if then.order.get(old as usize).map(|&d| d as usize) != Some(w) {
            continue;
        }
        if let (Some(t @ None), Some(&now), Some(k)) =
            (to.get_mut(old as usize), rank.get(doc), kept.get_mut(doc))
        {
            *t = Some(now);
            *k = true;
        }
    }
    (to, new_docs(order, &kept))
}

/// The ranks of the documents not kept from the index of then.
fn new_docs(order: &[u32], kept: &[bool]) -> Vec<u32> {
    (0..order.len() as u32)
        .filter(|&r| {
            !kept
                .get(order[r as usize] as usize)
                .copied()
                .unwrap_or(false)
        })
        .collect()
}

/// A document list renumbered by `to` (see [`renumbering`]), in order.
fn renumber(docs: &[u32], to: &[Option<u32>]) -> Vec<u32> {
    let mut out: Vec<u32> = docs
        .iter()
        .filter_map(|&d| to.get(d as usize).copied().flatten())
        .collect();
    // (documents of equal date can change places, as their ids can)
    if !out.is_sorted() {
        out.sort_unstable();
    }
    out
}

/// Two lists of documents, each in order and none in both, as one.
fn merged(a: Vec<u32>, b: &[u32]) -> Vec<u32> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

impl Vocab {
    /// This vocabulary's documents renumbered by `to` (see
    /// [`renumbering`]), with the (value, document) pairs of the
    /// documents `added`; a value left without documents dropped.
    fn renumbered<'a>(
        self,
        to: &[Option<u32>],
        added: impl Iterator<Item = (&'a str, u32)>,
    ) -> Vocab {
        let added = Vocab::sorted(postings_of(added));
        let kept: Vec<Vec<u32>> = self.postings.par_iter().map(|p| renumber(p, to)).collect();
        let mut values = Vec::with_capacity(self.values.len() + added.values.len());
        let mut postings = Vec::with_capacity(values.capacity());
        let mut new = added.values.into_iter().zip(added.postings).peekable();
        for (v, p) in self.values.into_iter().zip(kept) {
            while let Some((n, np)) = new.next_if(|(n, _)| *n < v) {
                values.push(n);
                postings.push(np);
            }
            let p = match new.next_if(|(n, _)| *n == v) {
                Some((_, np)) => merged(p, &np),
                None => p,
            };
            if !p.is_empty() {
                values.push(v);
                postings.push(p);
            }
        }
        for (n, np) in new {
            values.push(n);
            postings.push(np);
        }
        Vocab { values, postings }
    }
}

/// The dates' documents renumbered by `to` (see [`renumbering`]), with
/// the documents `added`.
fn dates_renumbered(
    dates: Vec<(NaiveDate, Vec<u32>)>,
    to: &[Option<u32>],
    added: impl Iterator<Item = (Option<NaiveDate>, u32)>,
) -> Vec<(NaiveDate, Vec<u32>)> {
    let added = by_date(added);
    let mut out = Vec::with_capacity(dates.len() + added.len());
    let mut new = added.into_iter().peekable();
    for (d, docs) in dates {
        while let Some(n) = new.next_if(|(n, _)| *n < d) {
            out.push(n);
        }
        let docs = renumber(&docs, to);
        let docs = match new.next_if(|(n, _)| *n == d) {
            Some((_, nd)) => merged(docs, &nd),
            None => docs,
        };
        if !docs.is_empty() {
            out.push((d, docs));
        }
    }
    out.extend(new);
    out
}
