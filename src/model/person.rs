//! People across the archive, and where an article names them.

use serde::{Deserialize, Serialize};

use super::ids::{ArticleIx, PersonIx, indexes, small};
use super::strings::Strings;

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
/// (24 bytes: an archive has millions.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub person: PersonIx,
    block: u32,
    start: u32,
    end: u32,
    /// The role the text gives the person here: one more than its place
    /// in its article's [`ArticlePeople::roles`], 0 when none (the cache
    /// keeps a 0 in one byte).
    role: u32,
}

impl Mention {
    /// A mention of `person` at bytes `start..end` of block `block`, with
    /// the role `role` of its article's roles, if any. (A place past 4 GiB
    /// is kept as the last one below: a paragraph is far shorter.)
    pub fn new(
        person: PersonIx,
        (block, start, end): (usize, usize, usize),
        role: Option<u32>,
    ) -> Mention {
        Mention {
            person,
            block: small(block),
            start: small(start),
            end: small(end),
            role: role.map_or(0, |r| r.saturating_add(1)),
        }
    }

    /// The body block it is in.
    pub fn block(&self) -> usize {
        self.block as usize
    }

    /// Its byte range in the block.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Block, start and end.
    pub fn place(&self) -> (usize, usize, usize) {
        (self.block(), self.start(), self.end())
    }

    /// Its role, by its place in its article's roles (0 when none, else
    /// one more than the place): mentions of articles with the same roles
    /// have the same role when this is the same.
    pub fn role_place(&self) -> u32 {
        self.role
    }
}

/// The people of one article, as the archive-wide merge resolved them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticlePeople {
    /// Everyone named, in order of first mention.
    pub people: Vec<PersonIx>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
    /// The roles the text gives, lower case ("russian foreign minister"),
    /// each once.
    pub roles: Strings,
}

impl ArticlePeople {
    /// Its mentions and roles, taken out (to be kept elsewhere): who it
    /// names stays.
    pub fn take_mentions(&mut self) -> (Vec<Mention>, Strings) {
        (
            std::mem::take(&mut self.mentions),
            std::mem::take(&mut self.roles),
        )
    }

    /// The role the text gives at mention `m`; empty when none.
    pub fn role(&self, m: &Mention) -> &str {
        (m.role as usize)
            .checked_sub(1)
            .and_then(|r| self.roles.get(r))
            .unwrap_or_default()
    }
}

indexes!(PersonIx => Person);
