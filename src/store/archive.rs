//! The store itself: articles, what the analysis found, the indexes.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use super::indexes::{IndexSources, article_index, quote_words};
use super::lookup::{self, Lookup};
use crate::cache::Kept;
use crate::model::{
    Article, ArticleIx, ArticlePeople, Block, Mention, Person, PersonIx, Quote, QuoteIx, Strings,
};
use crate::query::SearchIndex;

/// All loaded articles, what the analysis found, and the indexes.
#[derive(Debug, Default)]
pub struct Store {
    /// Shared with the analysis while it runs on a store that lists the
    /// articles already (see [`Store::listing`]).
    articles: Arc<Vec<Article>>,
    /// Every article, newest first.
    by_date: Vec<ArticleIx>,
    people: Arc<Vec<Person>>,
    /// Each article's people and mentions.
    cast: Arc<Vec<ArticlePeople>>,
    quotes: Arc<Vec<Quote>>,
    /// Quotes that are one utterance carried by several articles.
    quote_groups: Arc<Vec<Vec<QuoteIx>>>,
    /// Each article's quotes, in reading order: every article's one after
    /// another, and where each article's end.
    quotes_by_article: Vec<QuoteIx>,
    quotes_end: Vec<u32>,
    article_index: OnceLock<Arc<SearchIndex>>,
    quote_index: OnceLock<Arc<SearchIndex>>,
    /// Where the bodies and the mentions are when the articles were
    /// loaded without them.
    kept: Option<Arc<Kept>>,
    /// The articles are heads only, their bodies in their files.
    bodies_in_files: bool,
}

mod making;

impl Store {
    /// The store with its articles' bodies and mentions in `kept` (the
    /// articles and casts have none of their own).
    pub fn with_kept(mut self, kept: Kept) -> Store {
        self.kept = Some(Arc::new(kept));
        self
    }

    /// Leaves the articles' bodies and mentions to `kept`, the cache just
    /// written of this store: memory is then what a start from the cache
    /// takes. Returns what it held, to be freed where it keeps no one
    /// waiting (a hundred thousand bodies take a while).
    pub fn keep_in(&mut self, kept: Kept) -> Leftovers {
        let mut left = Leftovers::default();
        match Arc::get_mut(&mut self.articles) {
            Some(own) => {
                left.bodies = own
                    .iter_mut()
                    .map(|a| std::mem::take(&mut a.body))
                    .collect()
            }
            None => {
                let heads = Arc::new(self.articles.iter().map(Article::head).collect());
                left.articles = Some(std::mem::replace(&mut self.articles, heads));
            }
        }
        match Arc::get_mut(&mut self.cast) {
            Some(own) => {
                left.mentions = own.iter_mut().map(ArticlePeople::take_mentions).collect();
            }
            None => {
                let heads: Vec<ArticlePeople> = self
                    .cast
                    .iter()
                    .map(|c| ArticlePeople {
                        people: c.people.clone(),
                        ..ArticlePeople::default()
                    })
                    .collect();
                left.cast = Some(std::mem::replace(&mut self.cast, Arc::new(heads)));
            }
        }
        self.kept = Some(Arc::new(kept));
        left
    }

    /// An article's body: its own, or read from the cache when it was
    /// loaded without it (from its file again, should the cache fail).
    /// (An article without a body of its own has none, or was loaded
    /// without it.)
    pub fn body(&self, ix: ArticleIx) -> Cow<'_, [Block]> {
        let Some(a) = self.articles.get(ix.0) else {
            return Cow::Borrowed(&[]);
        };
        if self.bodies_in_files && a.body.is_empty() {
            return Cow::Owned(crate::ingest::body_again(a));
        }
        let Some(kept) = self
            .kept
            .as_ref()
            .filter(|k| a.body.is_empty() && k.has_body(ix.0))
        else {
            return Cow::Borrowed(&a.body);
        };
        if let Some(body) = kept.body(ix.0) {
            return Cow::Owned(body);
        }
        Cow::Owned(crate::ingest::body_again(a))
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
        let end = |i: usize| self.quotes_end.get(i).map_or(0, |&e| e as usize);
        let from = a.0.checked_sub(1).map_or(0, end);
        self.quotes_by_article
            .get(from..end(a.0))
            .unwrap_or_default()
    }

    /// Groups of quotes that are one utterance in several articles.
    pub fn quote_groups(&self) -> &[Vec<QuoteIx>] {
        &self.quote_groups
    }

    /// Who said a quote, as a name ("Sergey Lavrov", "State Department").
    pub fn speaker_name<'a>(&'a self, q: &'a Quote) -> Option<&'a str> {
        q.speaker.name(&self.people)
    }

    /// Every name a quote's speaker goes by: a person's name and aliases,
    /// or the organisation's name.
    pub fn speaker_names<'a>(&'a self, q: &'a Quote) -> Vec<&'a str> {
        q.speaker.names(&self.people)
    }

    /// Everyone named in the archive; [`Store::people_in`] indexes this.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The people an article names, in order of first mention.
    pub fn people_in(&self, a: ArticleIx) -> &[PersonIx] {
        self.cast.get(a.0).map_or(&[], |c| c.people.as_slice())
    }

    /// The canonical names of the people an article names.
    pub fn people_names(&self, a: ArticleIx) -> impl Iterator<Item = &str> {
        self.people_in(a)
            .iter()
            .map(|&p| self.people[p].name.as_str())
    }

    /// Where an article names people, in reading order (read from the
    /// cache when the store was loaded without them).
    pub fn mentions_in(&self, a: ArticleIx) -> Cow<'_, [Mention]> {
        let own = self
            .cast
            .get(a.0)
            .map_or(&[][..], |c| c.mentions.as_slice());
        match &self.kept {
            Some(kept) if own.is_empty() => Cow::Owned(kept.mentions(a.0).unwrap_or_default()),
            _ => Cow::Borrowed(own),
        }
    }

    /// What the two indexes are built from, to build them away from the
    /// store (see [`Store::set_indexes`]).
    pub fn index_sources(&self) -> IndexSources {
        IndexSources {
            articles: Arc::clone(&self.articles),
            by_date: self.by_date.clone(),
            people: Arc::clone(&self.people),
            quotes: Arc::clone(&self.quotes),
            quote_order: self.quotes_newest_first().collect(),
            kept: self.kept.clone(),
        }
    }

    /// The store, its articles held without their bodies read from their
    /// files when wanted (see [`Store::body`]).
    pub fn reading_bodies_from_files(mut self) -> Store {
        self.bodies_in_files = true;
        self
    }

    /// Takes indexes built from [`Store::index_sources`]; one built here
    /// meanwhile is kept.
    pub fn set_indexes(
        &self,
        articles: impl Into<Arc<SearchIndex>>,
        quotes: impl Into<Arc<SearchIndex>>,
    ) {
        let _ = self.article_index.set(articles.into());
        let _ = self.quote_index.set(quotes.into());
    }

    /// The index of the articles for the query language, read from the
    /// cache or built, on first use.
    pub fn article_index(&self) -> &SearchIndex {
        self.article_index_shared()
    }

    fn article_index_shared(&self) -> &Arc<SearchIndex> {
        self.article_index.get_or_init(|| {
            let kept = self.kept.as_deref();
            Arc::new(article_index(
                kept,
                &self.articles,
                &self.by_date,
                &self.people,
            ))
        })
    }

    /// The index of the quotes, read from the cache or built, on first
    /// use.
    pub fn quote_index(&self) -> &SearchIndex {
        self.quote_index_shared()
    }

    fn quote_index_shared(&self) -> &Arc<SearchIndex> {
        self.quote_index.get_or_init(|| {
            let kept = self.kept.as_deref();
            let quotes = kept.and_then(Kept::quote_index).unwrap_or_else(|| {
                let order: Vec<QuoteIx> = self.quotes_newest_first().collect();
                let own = quote_words(kept, &self.quotes, &order, &self.people);
                let a = self.article_index();
                SearchIndex::quotes_with(own, &self.quotes, &self.articles, a)
            });
            Arc::new(quotes)
        })
    }

    /// The index of the quotes, if read or built already.
    pub fn quote_index_built(&self) -> Option<&SearchIndex> {
        self.quote_index.get().map(|i| &**i)
    }

    /// Both indexes, shared: read from the cache or built, side by side
    /// when neither is there yet.
    pub fn indexes(&self) -> [Arc<SearchIndex>; 2] {
        if self.article_index.get().is_none() && self.quote_index.get().is_none() {
            let [a, q] = self.index_sources().build();
            self.set_indexes(a, q);
        }
        [
            Arc::clone(self.article_index_shared()),
            Arc::clone(self.quote_index_shared()),
        ]
    }

    /// Whether both indexes are there already.
    pub fn has_indexes(&self) -> bool {
        self.article_index.get().is_some() && self.quote_index.get().is_some()
    }

    /// What the archive-wide stages found, shared with the store: for
    /// the cache.
    pub fn derivations(&self) -> Derivations {
        Derivations {
            people: Arc::clone(&self.people),
            cast: Arc::clone(&self.cast),
            quotes: Arc::clone(&self.quotes),
            quote_groups: Arc::clone(&self.quote_groups),
        }
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Every article's index, in archive order.
    pub fn ixs(&self) -> impl Iterator<Item = ArticleIx> + use<> {
        (0..self.articles.len()).map(ArticleIx)
    }

    pub fn get(&self, ix: ArticleIx) -> Option<&Article> {
        self.articles.get(ix.0)
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
        lookup::find(&self.articles, id)
    }
}

/// What a store let go of when it left its bodies to the cache (see
/// [`Store::keep_in`]).
#[derive(Debug, Default)]
pub struct Leftovers {
    bodies: Vec<Vec<Block>>,
    mentions: Vec<(Vec<Mention>, Strings)>,
    articles: Option<Arc<Vec<Article>>>,
    cast: Option<Arc<Vec<ArticlePeople>>>,
}

/// What the archive-wide stages found of a store, shared with it.
#[derive(Debug, Clone)]
pub struct Derivations {
    people: Arc<Vec<Person>>,
    cast: Arc<Vec<ArticlePeople>>,
    quotes: Arc<Vec<Quote>>,
    quote_groups: Arc<Vec<Vec<QuoteIx>>>,
}

impl Derivations {
    /// As the cache writes them, with the store's `indexes`, and where
    /// what the grouping found of the quotes' pieces is written (and the
    /// mentions, when they are already).
    pub fn with<'a>(
        &'a self,
        indexes: &'a [Arc<SearchIndex>; 2],
        shingles: crate::cache::Blob,
        mentions: Option<&'a [crate::cache::Blob]>,
    ) -> crate::cache::Derived<'a> {
        crate::cache::Derived {
            shingles,
            mentions,
            people: &self.people,
            cast: &self.cast,
            quotes: &self.quotes,
            quote_groups: &self.quote_groups,
            indexes: [&indexes[0], &indexes[1]],
        }
    }
}
