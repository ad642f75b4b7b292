//! What a store loaded from the cache leaves there until it is asked
//! for: its articles' bodies and mentions.

use super::file::{Blob, Blobs, Unusable};
use crate::model::{ArticlePeople, Block, Mention, Strings};
use crate::query::SearchIndex;

/// Records (or articles' casts) per part of the index; quotes, four times
/// as many.
pub(super) const CHUNK: usize = 2048;

/// What a store loaded from the cache leaves there until it is asked
/// for: each article's body (read when shown) and where it names people.
#[derive(Debug)]
pub struct Kept {
    blobs: Blobs,
    /// Each article's body, by article, in the store's order.
    bodies: Vec<Blob>,
    /// The articles' mentions, [`CHUNK`] articles a part, in the store's
    /// order.
    mentions: Vec<Blob>,
    /// The search indexes: the articles', the quotes'.
    indexes: Option<[Blob; 2]>,
    /// Those of the archive the cache was written of, when it has changed
    /// since.
    then: Option<Box<Then>>,
}

/// The search indexes of the archive a cache was written of, and where
/// each article and quote of a changed archive was in it, when what the
/// indexes hold of it is as it was (see [`SearchIndex::articles_from`]).
#[derive(Debug)]
pub struct Then {
    pub indexes: [Blob; 2],
    pub articles: Vec<Option<usize>>,
    pub quotes: Vec<Option<usize>>,
}

impl Kept {
    /// What a cache opened as `blobs` keeps for a store: its articles'
    /// `bodies` in the store's order, and the cache's `mentions` and
    /// `indexes` (see [`super::Cache`]).
    pub fn new(
        blobs: Blobs,
        bodies: Vec<Blob>,
        mentions: Vec<Blob>,
        indexes: Option<[Blob; 2]>,
    ) -> Kept {
        Kept {
            blobs,
            bodies,
            mentions,
            indexes,
            then: None,
        }
    }

    /// With the indexes of the archive as the cache was written of it.
    pub fn with_then(self, then: Then) -> Kept {
        Kept {
            then: Some(Box::new(then)),
            ..self
        }
    }

    /// The search index of the articles as they were when the cache was
    /// written, with where each article was in it (see [`Then`]).
    pub fn article_index_then(&self) -> Option<(SearchIndex, &[Option<usize>])> {
        let then = self.then.as_deref()?;
        let index = self.blobs.decode(then.indexes[0]).ok()?;
        Some((index, &then.articles))
    }

    /// The search index of the quotes as they were when the cache was
    /// written, with where each quote was in it (see [`Then`]).
    pub fn quote_index_then(&self) -> Option<(SearchIndex, &[Option<usize>])> {
        let then = self.then.as_deref()?;
        let index = self.blobs.decode(then.indexes[1]).ok()?;
        Some((index, &then.quotes))
    }

    /// The search index of the articles; `None` when the cache cannot
    /// give it.
    pub fn article_index(&self) -> Option<SearchIndex> {
        self.blobs.decode(self.indexes?[0]).ok()
    }

    /// The search index of the quotes; `None` when the cache cannot give
    /// it.
    pub fn quote_index(&self) -> Option<SearchIndex> {
        self.blobs.decode(self.indexes?[1]).ok()
    }

    /// Whether the cache holds article `i`'s body (an article held with
    /// its body has an empty blob here).
    pub fn has_body(&self, i: usize) -> bool {
        self.bodies.get(i).is_some_and(|b| b.len > 0)
    }

    /// The body of article `i`; `None` when the cache cannot give it.
    pub fn body(&self, i: usize) -> Option<Vec<Block>> {
        self.blobs.decode(*self.bodies.get(i)?).ok()
    }

    /// Where article `i` names people; `None` when the cache cannot say.
    pub fn mentions(&self, i: usize) -> Option<Vec<Mention>> {
        let part: Vec<(Vec<Mention>, Strings)> =
            self.blobs.decode(*self.mentions.get(i / CHUNK)?).ok()?;
        part.into_iter().nth(i % CHUNK).map(|(m, _)| m)
    }
}

/// The parts the articles' mentions and roles are written in, as
/// [`Kept::mentions`] reads them: a fixed number of articles (`CHUNK`) a part.
pub type MentionPart<'a> = Vec<(&'a [Mention], &'a Strings)>;

/// The mention parts of `cast` (see `MentionPart`).
pub fn mention_parts(cast: &[ArticlePeople]) -> Vec<MentionPart<'_>> {
    cast.chunks(CHUNK)
        .map(|c| {
            c.iter()
                .map(|a| (a.mentions.as_slice(), &a.roles))
                .collect()
        })
        .collect()
}

/// Each article's mentions and roles, from their parts (see
/// [`super::Cache::mentions`]); its people are not in them.
pub fn mentions(blobs: &Blobs, parts: &[Blob]) -> Result<Vec<ArticlePeople>, Unusable> {
    let all = blobs.decode_all::<(Vec<Mention>, Strings)>(parts)?;
    Ok(all
        .into_iter()
        .map(|(mentions, roles)| ArticlePeople {
            people: Vec::new(),
            mentions,
            roles,
        })
        .collect())
}
