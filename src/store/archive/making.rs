//! Making a store: its articles prepared (each with an id of its own),
//! listed before the analysis, then with what the analysis found.

use std::sync::{Arc, OnceLock};

use super::Store;
use crate::analysis::{self, Analysis};
use crate::model::{Article, ArticleIx, ArticlePeople, QuoteIx};
use crate::store::lookup;

impl Store {
    /// Builds the store: every article gets a unique id, the analysis
    /// stages run, and the articles are ordered once.
    pub fn new(articles: Vec<Article>) -> Store {
        let articles = Store::prepare(articles);
        let analysis = analysis::analyse(&articles);
        Store::analysed(articles, analysis)
    }

    /// The articles as a store keeps them: in path order, each with an id
    /// of its own.
    pub fn prepare(articles: Vec<Article>) -> Arc<Vec<Article>> {
        let mut nothing = vec![(); articles.len()];
        Store::prepare_keeping_ids(articles, &mut nothing).0
    }

    /// [`Store::prepare`], with a value carried along with each article
    /// (it is sorted with it); returns the ids that were made unique, by
    /// index, as they were.
    pub fn prepare_keeping_ids<T>(
        articles: Vec<Article>,
        along: &mut Vec<T>,
    ) -> (Arc<Vec<Article>>, std::collections::HashMap<usize, String>) {
        let mut articles = articles;
        debug_assert_eq!(articles.len(), along.len());
        // a load through the cache gives them in order already
        if !articles.is_sorted_by(|a, b| a.path <= b.path) {
            let mut pairs: Vec<(Article, T)> = articles.into_iter().zip(along.drain(..)).collect();
            pairs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
            let carried;
            (articles, carried) = pairs.into_iter().unzip();
            *along = carried;
        }
        let renamed = lookup::dedupe_ids(&mut articles);
        (Arc::new(articles), renamed)
    }

    /// A store of articles whose analysis has not run yet: no people, no
    /// quotes. The reader lists it while the analysis goes on.
    pub fn listing(articles: Arc<Vec<Article>>) -> Store {
        let n = articles.len();
        Store::analysed(
            articles,
            Analysis {
                cast: vec![ArticlePeople::default(); n],
                ..Analysis::default()
            },
        )
    }

    /// A store of the articles read so far (heads only: each body is read
    /// from its file when shown), before the analysis: the list shows
    /// them while the rest are read.
    pub fn arriving(articles: Vec<Article>) -> Store {
        Store {
            bodies_in_files: true,
            ..Store::listing(Store::prepare(articles))
        }
    }

    /// The store of `articles` (from [`Store::prepare`]) and what
    /// [`analysis::analyse`] found in them.
    pub fn analysed(articles: Arc<Vec<Article>>, analysis: Analysis) -> Store {
        let mut by_date: Vec<ArticleIx> = (0..articles.len()).map(ArticleIx).collect();
        by_date.sort_by(|&a, &b| articles[a].cmp_newest_first(&articles[b]));
        Store::analysed_in_order(articles, analysis, by_date)
    }

    /// [`Store::analysed`], the articles newest first as `by_date` has
    /// them, as a listing of the same articles sorted them ([`Store::newest_first`]):
    /// sorting a hundred thousand articles again takes a twentieth of a
    /// second. (An order of another length is not theirs: they are sorted
    /// anew.)
    pub(in crate::store) fn analysed_in_order(
        articles: Arc<Vec<Article>>,
        analysis: Analysis,
        by_date: Vec<ArticleIx>,
    ) -> Store {
        if by_date.len() != articles.len() {
            return Store::analysed(articles, analysis);
        }
        let Analysis {
            people,
            cast,
            quotes,
            quote_groups,
            shingled: _,
        } = analysis;
        // (a counting sort by article: one list, not a list per article)
        let mut quotes_end = vec![0u32; articles.len()];
        for q in quotes.as_slice() {
            if let Some(n) = quotes_end.get_mut(q.article.0) {
                *n += 1;
            }
        }
        let mut at = 0;
        for n in &mut quotes_end {
            at += *n;
            *n = at;
        }
        let mut next: Vec<u32> = std::iter::once(0)
            .chain(quotes_end.iter().copied())
            .take(articles.len())
            .collect();
        let mut quotes_by_article = vec![QuoteIx(0); at as usize];
        for (i, q) in quotes.iter().enumerate() {
            if let Some(n) = next.get_mut(q.article.0) {
                quotes_by_article[*n as usize] = QuoteIx(i);
                *n += 1;
            }
        }
        Store {
            articles,
            by_date,
            people: Arc::new(people),
            cast: Arc::new(cast),
            quotes: Arc::new(quotes),
            quote_groups: Arc::new(quote_groups),
            quotes_by_article,
            quotes_end,
            article_index: OnceLock::new(),
            quote_index: OnceLock::new(),
            kept: None,
            bodies_in_files: false,
        }
    }
}
