//! The persistent cache: what reading each file gave (its articles, their
//! names and quotations, its problems), and what the archive-wide stages
//! found, so that a second start reads nothing that has not changed.
//!
//! One cache per archive (the folders and files opened, in full), under
//! `$XDG_CACHE_HOME/gazette/` or `~/.cache/gazette/`. A file's record is
//! used only while the file's size, modification time and inode, and
//! those of its folder's sidecar, are what they were; the whole cache
//! only with the rules it was made by ([`mod@file`]).

pub mod file;
mod hashing;
mod kept;
mod place;
mod roots;
mod spill;
mod stamp;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use file::{Blob, Blobs, Unusable};
use kept::CHUNK;
pub use kept::{Kept, Then, mention_parts, mentions};
pub use place::{dir, path_for};
pub use roots::{Roots, roots};
pub use spill::Spill;
pub use stamp::{FileStamp, Stamp};

use crate::analysis::quotes::group::Shingled;
use crate::analysis::{Analysis, ArticleReading};
use crate::ingest::Problem;
use crate::model::{Article, ArticlePeople, Person, PersonIx, Quote, QuoteIx};
use crate::query::SearchIndex;

/// What reading one file gave.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileRecord {
    pub path: PathBuf,
    pub key: String,
    pub stamp: Stamp,
    /// The articles, their bodies left out: those are blobs.
    pub articles: Vec<Article>,
    /// Each article's body.
    pub bodies: Vec<Blob>,
    /// Stage 1 of the analysis, of all the file's articles.
    pub readings: Blob,
    pub problems: Vec<Problem>,
}

/// A cache's index.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    /// The paths opened, in full: a cache is for them only.
    pub roots: Vec<PathBuf>,
    /// The same paths as they were given (`.`, `~/news/`), which the
    /// files' paths start with: see [`Roots::given`].
    pub given: Vec<(PathBuf, PathBuf)>,
    /// Every file, in path order.
    pub files: Vec<FileRecord>,
    /// What the archive-wide stages found over exactly these files; each
    /// article's mentions are left in the cache (see [`Kept`]).
    pub analysis: Option<Analysis>,
    /// Where the articles' mentions are (see [`Kept::mentions`]).
    pub mentions: Vec<Blob>,
    /// Where the search indexes are: the articles', the quotes'.
    pub indexes: Option<[Blob; 2]>,
    /// Where what the grouping of quotes found of their pieces is (see
    /// [`Shingled`]).
    pub shingles: Option<Blob>,
}

impl Cache {
    /// Spells the paths of the files and their problems as the walk of
    /// the roots `given` now spells them, where they were given otherwise
    /// when the cache was written (see `roots::respelled`): a file keeps
    /// its record however its folder is named. A path this cannot place
    /// is left as it was, and its file is read again.
    pub fn respell(&mut self, given: &[(PathBuf, PathBuf)]) {
        if self.given == given {
            return;
        }
        let was = std::mem::take(&mut self.given);
        let fix = |p: &mut PathBuf| {
            if let Some(now) = roots::respelled(p, &was, given) {
                *p = now;
            }
        };
        for r in &mut self.files {
            fix(&mut r.path);
            r.articles.iter_mut().for_each(|a| fix(&mut a.path));
            r.problems.iter_mut().for_each(|p| fix(&mut p.path));
        }
        self.given = given.to_vec();
    }
}

/// What the archive-wide stages and the indexes made of the files, to
/// write.
#[derive(Debug, Clone, Copy)]
pub struct Derived<'a> {
    pub people: &'a [Person],
    pub cast: &'a [ArticlePeople],
    pub quotes: &'a [Quote],
    pub quote_groups: &'a [Vec<QuoteIx>],
    /// Where the casts' mentions were written already (see
    /// [`mention_parts`]), when they were: the casts then have none.
    pub mentions: Option<&'a [Blob]>,
    /// What the grouping found of the quotes' pieces, written before the
    /// rest (it is as large as the indexes, and let go before they are
    /// made).
    pub shingles: Blob,
    /// The search index of the articles and that of the quotes.
    pub indexes: [&'a SearchIndex; 2],
}

/// A cache being written: the files' parts are in, the rest of what was
/// derived from them is still to come.
#[derive(Debug)]
pub struct Writing<'a> {
    w: file::Writer,
    index: Vec<RecordOut<'a>>,
}

/// A [`FileRecord`] to write, encoded the same: its parts borrowed (the
/// articles too, when none holds its body).
#[derive(Debug, Serialize)]
struct RecordOut<'a> {
    path: &'a Path,
    key: &'a str,
    stamp: Stamp,
    articles: Cow<'a, [Article]>,
    bodies: Vec<Blob>,
    readings: Blob,
    problems: &'a [Problem],
}

/// Writes into `w` (a new cache file, or one [`Spill`] began) the
/// records of `files`: each file's articles (their bodies apart) and
/// readings, those not written already. Nothing is in place before
/// [`Writing::finish`].
pub fn write_files<'a>(
    mut w: file::Writer,
    files: &'a [FileToWrite<'a>],
) -> std::io::Result<Writing<'a>> {
    let mut index = Vec::with_capacity(files.len());
    for f in files {
        let mut bodies = Vec::with_capacity(f.articles.len());
        for (i, a) in f.articles.iter().enumerate() {
            let at = match f.bodies {
                Bodies::Written(at) | Bodies::In(_, at) => at.get(i).copied().flatten(),
                Bodies::Own => None,
            };
            bodies.push(match (f.bodies, at) {
                (Bodies::Written(_), Some(b)) => b,
                // a body still in the cache it was read from is copied as
                // it is (read from its file again, should that part be
                // damaged)
                (Bodies::In(from, _), Some(b)) => match w.copy(from, b) {
                    Ok(b) => b,
                    Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                        w.blob(&crate::ingest::body_again(a))?
                    }
                    Err(e) => return Err(e),
                },
                _ => w.blob(&a.body)?,
            });
        }
        let articles = if f.articles.iter().all(|a| a.body.is_empty()) {
            Cow::Borrowed(&*f.articles)
        } else {
            Cow::Owned(f.articles.iter().map(Article::head).collect())
        };
        index.push(RecordOut {
            path: f.path,
            key: f.key,
            stamp: f.stamp,
            articles,
            bodies,
            readings: match f.readings {
                Readings::Own(r) => w.blob(r)?,
                Readings::Written(b) => b,
            },
            problems: f.problems,
        });
    }
    Ok(Writing { w, index })
}

impl Writing<'_> {
    /// Adds what was `derived` from the files and the index of it all,
    /// and puts the cache in place. Returns its size, and what it keeps
    /// for the store it was written of (see [`Kept`]).
    pub fn finish(self, roots: &Roots, derived: &Derived<'_>) -> std::io::Result<(u64, Kept)> {
        let Writing { mut w, index } = self;
        // the index holds where the parts are; the parts are decoded in
        // parallel when read back
        let mut parts = Parts {
            roots: roots.full(),
            given: roots.given.clone(),
            ..Parts::default()
        };
        for c in index.chunks(CHUNK) {
            parts.files.push(w.blob(c)?);
        }
        parts.people = Some(w.blob(&derived.people)?);
        // who each article names apart from where: most starts want the
        // first only
        for c in derived.cast.chunks(CHUNK) {
            let people: Vec<&[PersonIx]> = c.iter().map(|a| a.people.as_slice()).collect();
            parts.cast.push(w.blob(&people)?);
        }
        parts.mentions = match derived.mentions {
            Some(at) => at.to_vec(),
            None => mention_parts(derived.cast)
                .iter()
                .map(|part| w.blob(part))
                .collect::<std::io::Result<_>>()?,
        };
        for c in derived.quotes.chunks(CHUNK * 4) {
            parts.quotes.push(w.blob(c)?);
        }
        parts.quote_groups = Some(w.blob(&derived.quote_groups)?);
        parts.shingles = Some(derived.shingles);
        let [articles, quotes] = derived.indexes;
        parts.indexes = Some([w.blob(articles)?, w.blob(quotes)?]);
        let (size, blobs) = w.finish(&parts)?;
        let bodies = index.into_iter().flat_map(|r| r.bodies).collect();
        Ok((
            size,
            Kept::new(blobs, bodies, parts.mentions, parts.indexes),
        ))
    }
}

/// A cache's index as written: where each part is.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Parts {
    roots: Vec<PathBuf>,
    given: Vec<(PathBuf, PathBuf)>,
    files: Vec<Blob>,
    people: Option<Blob>,
    /// Each article's people, and apart from them its mentions.
    cast: Vec<Blob>,
    mentions: Vec<Blob>,
    quotes: Vec<Blob>,
    quote_groups: Option<Blob>,
    indexes: Option<[Blob; 2]>,
    shingles: Option<Blob>,
}

/// Reads and checks the cache at `path`: its index, every part decoded
/// (in parallel), and the file open for the bodies.
pub fn read(path: &Path) -> Result<(Cache, Blobs), Unusable> {
    let (parts, blobs) = file::open::<Parts>(path)?;
    let b = &blobs;
    let ((files, cast), (quotes, (people, quote_groups))) = rayon::join(
        || {
            rayon::join(
                || b.decode_all::<FileRecord>(&parts.files),
                || {
                    // (mentions are many and seldom wanted: read when asked)
                    b.decode_all::<Vec<PersonIx>>(&parts.cast).map(|all| {
                        all.into_iter()
                            .map(|people| ArticlePeople {
                                people,
                                ..ArticlePeople::default()
                            })
                            .collect()
                    })
                },
            )
        },
        || {
            rayon::join(
                || b.decode_all::<crate::model::Quote>(&parts.quotes),
                || {
                    (
                        decode_one(b, parts.people),
                        decode_one(b, parts.quote_groups),
                    )
                },
            )
        },
    );
    let analysis = match (parts.people, parts.quote_groups) {
        (Some(_), Some(_)) => Some(Analysis {
            people: people?,
            cast: cast?,
            quotes: quotes?,
            quote_groups: quote_groups?,
            shingled: Shingled::default(),
        }),
        _ => None,
    };
    let cache = Cache {
        roots: parts.roots,
        given: parts.given,
        files: files?,
        analysis,
        mentions: parts.mentions,
        indexes: parts.indexes,
        shingles: parts.shingles,
    };
    Ok((cache, blobs))
}

/// A part of the index, read and decoded (its bytes dropped at once).
fn decode_one<T: serde::de::DeserializeOwned + Default>(
    blobs: &Blobs,
    at: Option<Blob>,
) -> Result<T, Unusable> {
    at.map_or(Ok(T::default()), |at| {
        blobs.decode(at).map_err(Unusable::Damaged)
    })
}

/// A file's record to write.
#[derive(Debug)]
pub struct FileToWrite<'a> {
    pub path: &'a Path,
    pub key: &'a str,
    pub stamp: Stamp,
    pub articles: Cow<'a, [Article]>,
    pub readings: Readings<'a>,
    pub problems: &'a [Problem],
    pub bodies: Bodies<'a>,
}

/// Where the bodies of a file's articles are, to write.
#[derive(Debug, Clone, Copy)]
pub enum Bodies<'a> {
    /// Each article's own.
    Own,
    /// Those of the articles held without them in another cache file (each
    /// article's blob there, if so): copied.
    In(&'a Blobs, &'a [Option<Blob>]),
    /// Those written already in the cache being written (each article's
    /// blob, if so).
    Written(&'a [Option<Blob>]),
}

/// A file's readings, to write.
#[derive(Debug, Clone, Copy)]
pub enum Readings<'a> {
    Own(&'a [ArticleReading]),
    /// Written already in the cache being written.
    Written(Blob),
}
