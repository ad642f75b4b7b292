//! Ids: made unique across folders, and found again from a prefix.

use crate::model::{Article, ArticleIx};

/// Finds an article by its id, or by a prefix of it that only one id has.
pub fn find(articles: &[Article], id: &str) -> Lookup {
    if let Some(ix) = articles.iter().position(|a| a.id == id) {
        return Lookup::Found(ArticleIx(ix));
    }
    let hits: Vec<ArticleIx> = articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.id.starts_with(id))
        .map(|(ix, _)| ArticleIx(ix))
        .collect();
    match hits.as_slice() {
        [] => Lookup::NotFound,
        [one] => Lookup::Found(*one),
        _ => Lookup::Ambiguous(hits.iter().map(|&ix| articles[ix].id.clone()).collect()),
    }
}

/// The answer to [`find`].
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(ArticleIx),
    NotFound,
    Ambiguous(Vec<String>),
}

/// Articles from different folders may share a file name: the later ones
/// (in path order) get `~2`, `~3`, … so that every id names one article.
pub fn dedupe_ids(articles: &mut [Article]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for a in articles.iter_mut() {
        let n = seen.entry(a.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            a.id = format!("{}~{}", a.id, n);
        }
    }
}
