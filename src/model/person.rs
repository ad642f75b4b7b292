//! People across the archive, and where an article names them.

use serde::{Deserialize, Serialize};

use super::ids::{ArticleIx, PersonIx, indexes};

/// One person across the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest common form of the name.
    pub name: String,
    /// Every other form seen, surname-only forms included.
    pub aliases: Vec<String>,
    /// Articles that name the person, in archive order.
    pub articles: Vec<ArticleIx>,
    /// Times named, across the archive.
    pub mentions: usize,
}

impl Person {
    /// The name, then every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Where an article names a person: body block and byte range in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub person: PersonIx,
    /// The role the text gives the person here, lower case
    /// ("russian foreign minister"); empty when none.
    pub role: String,
}

/// The people of one article, as the archive-wide merge resolved them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticlePeople {
    /// Everyone named, in order of first mention.
    pub people: Vec<PersonIx>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
}

indexes!(PersonIx => Person);
