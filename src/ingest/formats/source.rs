//! What a format is given and what it gives back.

use std::collections::HashSet;
use std::path::Path;

use crate::model::Article;

/// The file an article is read from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub path: &'a Path,
    /// The file name, as the sidecar metadata names it.
    pub file_name: &'a str,
    /// The id its articles take: the file name without its extension.
    pub id: &'a str,
}

/// What a format read from one file.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    /// Recoverable problems ("malformed date header"), worded for the user.
    pub warnings: Vec<String>,
    /// What was lost: an article, or the whole file, that could not be
    /// read ("line 7: not valid JSON …").
    pub errors: Vec<String>,
    /// Only worth knowing: a file that holds no article at all, passed
    /// over ("JSON that holds no article").
    pub notes: Vec<String>,
    /// The keys given so far (see [`Parsed::push_keyed`]).
    pub keys: HashSet<String>,
}

impl Parsed {
    /// Adds `a`, one of several articles of its file, known in it by `key`
    /// (its record's own id): a key given already gets `-2`, `-3`, … so
    /// no two articles of a file share one.
    pub fn push_keyed(&mut self, mut a: Article, key: String) {
        let mut k = key.clone();
        let mut n = 1;
        while self.keys.contains(&k) {
            n += 1;
            k = format!("{key}-{n}");
        }
        self.keys.insert(k.clone());
        a.key = k;
        self.articles.push(a);
    }
}
