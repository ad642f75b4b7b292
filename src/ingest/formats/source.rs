//! What a format is given and what it gives back.

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
}
