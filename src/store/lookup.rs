//! Ids: made unique across folders, and found again from a prefix.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

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

/// The answer to [`Store::find`](crate::store::Store::find).
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(ArticleIx),
    NotFound,
    Ambiguous(Vec<String>),
}

/// Articles from different folders may share a file name: the later ones
/// (in path order) get `~2`, `~3`, … so that every id names one article
/// (a number another article's own id already has is passed over).
/// Returns the articles renamed, with the id each had.
pub fn dedupe_ids(articles: &mut [Article]) -> HashMap<usize, String> {
    // the ids held twice or more: counted on the ids themselves, copied
    // only when shared (a hundred thousand ids, a handful shared)
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for a in articles.iter() {
        *counts.entry(a.id.as_str()).or_insert(0) += 1;
    }
    let mut shared: FxHashMap<String, u32> = counts
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(id, _)| (id.to_string(), 0))
        .collect();
    let mut renamed = HashMap::new();
    if shared.is_empty() {
        return renamed;
    }
    // the ids a new one could clash with: only an id with a `~` of its
    // own can be `x~2` (those made here never clash with one another)
    let taken: rustc_hash::FxHashSet<String> = articles
        .iter()
        .filter(|a| a.id.contains('~'))
        .map(|a| a.id.clone())
        .collect();
    for (i, a) in articles.iter_mut().enumerate() {
        if let Some(n) = shared.get_mut(a.id.as_str()) {
            *n += 1;
            if *n > 1 {
                let mut new = format!("{}~{}", a.id, n);
                while taken.contains(&new) {
                    *n += 1;
                    new = format!("{}~{}", a.id, n);
                }
                renamed.insert(i, std::mem::replace(&mut a.id, new));
            }
        }
    }
    renamed
}
