//! The store's two search indexes: read from the cache when it holds
//! them for this very archive, made from the ones it holds of the archive
//! as it was when that changed since (only what changed is read), else
//! built whole.

use std::sync::Arc;

use crate::cache::Kept;
use crate::model::{Article, ArticleIx, Person, Quote, QuoteIx};
use crate::query::{QuoteWords, SearchIndex};

/// The index of the articles: the cache's, else made from the one of
/// then, else built.
pub(super) fn article_index(
    kept: Option<&Kept>,
    articles: &[Article],
    by_date: &[ArticleIx],
    people: &[Person],
) -> SearchIndex {
    if let Some(index) = kept.and_then(Kept::article_index) {
        return index;
    }
    match kept.and_then(Kept::article_index_then) {
        Some((then, was)) => SearchIndex::articles_from(then, was, articles, by_date, people),
        None => SearchIndex::articles(articles, by_date, people),
    }
}

/// What the index of the quotes (`order`: newest first) has of the
/// quotes themselves, made from the index of then, else found.
pub(super) fn quote_words(
    kept: Option<&Kept>,
    quotes: &[Quote],
    order: &[QuoteIx],
    people: &[Person],
) -> QuoteWords {
    match kept.and_then(Kept::quote_index_then) {
        Some((then, was)) => QuoteWords::from_then(then, was, quotes, order, people),
        None => QuoteWords::of(quotes, order, people),
    }
}

/// What a store's indexes are built from, shared with it.
#[derive(Debug)]
pub struct IndexSources {
    pub(super) articles: Arc<Vec<Article>>,
    pub(super) by_date: Vec<ArticleIx>,
    pub(super) people: Arc<Vec<Person>>,
    pub(super) quotes: Arc<Vec<Quote>>,
    pub(super) quote_order: Vec<QuoteIx>,
    /// Where the indexes are kept, when the cache has them (or those of
    /// the archive as it was).
    pub(super) kept: Option<Arc<Kept>>,
}

impl IndexSources {
    /// The index of the articles and the index of the quotes, read from
    /// the cache or built, side by side.
    pub fn build(&self) -> [Arc<SearchIndex>; 2] {
        let kept = self.kept.as_deref();
        // (what the quotes' index has of their articles is the articles'
        // index's: the quotes' own words are found meanwhile)
        let (a, q) = rayon::join(
            || article_index(kept, &self.articles, &self.by_date, &self.people),
            || {
                kept.and_then(Kept::quote_index).ok_or_else(|| {
                    let (quotes, order) = (&self.quotes, &self.quote_order);
                    Box::new(quote_words(kept, quotes, order, &self.people))
                })
            },
        );
        let q = q
            .unwrap_or_else(|own| SearchIndex::quotes_with(*own, &self.quotes, &self.articles, &a));
        [Arc::new(a), Arc::new(q)]
    }
}
