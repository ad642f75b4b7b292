//! A cache written while the files are read: each file's bodies and
//! stage 1 go to the cache file as soon as they are made, so that a first
//! load does not hold every body until the end. The mentions go in once
//! attributed ([`Spill::put_parts`]); the rest of what the archive-wide
//! stages find is added after ([`super::write_files`]).

use std::io;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use super::file::{Blob, Blobs, Encoded, Writer};
use crate::analysis::ArticleReading;
use crate::model::Article;

/// A cache file being written from many threads, and the same file open
/// for reading. The first write that fails gives the file up (its
/// temporary file removed, a cache being given up at once when gazette
/// ends); what was written can still be read.
#[derive(Debug)]
pub struct Spill {
    w: Mutex<Result<Writer, String>>,
    read: Blobs,
}

/// How many parts [`Spill::put_parts`] encodes before it writes them.
const PARTS_AT_ONCE: usize = 16;

impl Spill {
    /// Starts the cache file that will replace `path`.
    pub fn create(path: &Path) -> io::Result<Spill> {
        let mut w = Writer::create(path)?;
        let read = w.reader()?;
        Ok(Spill {
            w: Mutex::new(Ok(w)),
            read,
        })
    }

    /// Writes the bodies of one file's `articles` and their `readings`
    /// (encoded on the calling thread); returns where each body is, and
    /// where the readings are. Any failure gives the file up: it is whole
    /// only while every file's parts went in.
    pub fn put(
        &self,
        articles: &[Article],
        readings: &[ArticleReading],
    ) -> io::Result<(Vec<Blob>, Blob)> {
        self.write(
            || {
                let bodies = articles
                    .iter()
                    .map(|a| Encoded::of(&a.body))
                    .collect::<io::Result<Vec<Encoded>>>()?;
                Ok((bodies, Encoded::of(readings)?))
            },
            |w, (bodies, readings)| {
                let at = bodies.iter().map(|b| w.put(b)).collect::<io::Result<_>>()?;
                Ok((at, w.put(&readings)?))
            },
        )
    }

    /// Writes `parts`, each a blob (encoded on every core, a few at a
    /// time, then written in order); returns where each is. A failure
    /// gives the file up, as in [`Spill::put`].
    pub fn put_parts<T: serde::Serialize + Sync>(&self, parts: &[T]) -> io::Result<Vec<Blob>> {
        use rayon::prelude::*;
        // (a few at a time: the parts of a million articles' mentions,
        // encoded at once, would take hundreds of megabytes)
        let mut at = Vec::with_capacity(parts.len());
        for some in parts.chunks(PARTS_AT_ONCE) {
            at.extend(self.write(
                || some.par_iter().map(Encoded::of).collect(),
                |w, encoded: Vec<Encoded>| {
                    encoded
                        .iter()
                        .map(|e| w.put(e))
                        .collect::<io::Result<Vec<_>>>()
                },
            )?);
        }
        Ok(at)
    }

    /// What `encode` gives (made without the file held), written by
    /// `put`; nothing is encoded once the file is given up, and any
    /// failure gives it up.
    fn write<E, R>(
        &self,
        encode: impl FnOnce() -> io::Result<E>,
        put: impl FnOnce(&mut Writer, E) -> io::Result<R>,
    ) -> io::Result<R> {
        if let Err(why) = self.writer().as_ref() {
            return Err(io::Error::other(why.clone()));
        }
        let encoded = encode();
        let mut held = self.writer();
        let put = match (held.as_mut(), encoded) {
            (Err(why), _) => return Err(io::Error::other(why.clone())),
            (Ok(_), Err(e)) => Err(e),
            (Ok(w), Ok(e)) => put(w, e),
        };
        if let Err(e) = &put {
            *held = Err(e.to_string());
        }
        put
    }

    /// What is written so far, open for reading. A failure gives the file
    /// up (what was not flushed to it is lost).
    pub fn reader(&self) -> io::Result<Blobs> {
        self.flush()?;
        self.read.try_clone()
    }

    /// Writes out what is still buffered, so that a reader finds it; a
    /// failure gives the cache up, as any failure to write it does.
    pub fn flush(&self) -> io::Result<()> {
        let mut held = self.writer();
        if let Ok(w) = held.as_mut()
            && let Err(e) = w.flush()
        {
            *held = Err(e.to_string());
            return Err(e);
        }
        Ok(())
    }

    /// Whether every write so far was made.
    pub fn is_whole(&self) -> bool {
        self.writer().is_ok()
    }

    /// The file, to write the rest of the cache in; or why it was given
    /// up.
    pub fn into_writer(self) -> Result<Writer, String> {
        self.w.into_inner().unwrap_or_else(PoisonError::into_inner)
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, Result<Writer, String>> {
        // (a thread that panicked holding it leaves a file that is never
        // put in place: the panic ends the load)
        self.w.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    #[test]
    fn what_is_spilled_reads_back_before_and_after_the_file_is_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.cache");
        let spill = Spill::create(&path).unwrap();
        let articles = crate::ingest::load_bundled().articles;
        let readings: Vec<ArticleReading> =
            articles.iter().map(crate::analysis::read_article).collect();
        let (bodies, at) = spill.put(&articles[..2], &readings[..2]).unwrap();
        let (more, _) = spill.put(&articles[2..], &readings[2..]).unwrap();
        let blobs = spill.reader().unwrap();
        let body = |b: &Blobs, at: Blob| b.decode::<Vec<Block>>(at).unwrap();
        for (a, at) in articles.iter().zip(bodies.iter().chain(&more)) {
            assert_eq!(body(&blobs, *at), a.body);
        }
        let read: Vec<ArticleReading> = blobs.decode(at).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[1].names, readings[1].names);
        assert!(spill.is_whole());
        let w = spill.into_writer().unwrap();
        w.finish(&bodies).unwrap();
        let (index, again) = super::super::file::open::<Vec<Blob>>(&path).unwrap();
        assert_eq!(body(&again, index[1]), articles[1].body);
        // the handle opened while writing reads the file in place
        assert_eq!(body(&blobs, bodies[0]), articles[0].body);
    }

    #[test]
    fn parts_put_after_the_files_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let spill = Spill::create(&dir.path().join("c.cache")).unwrap();
        let articles = crate::ingest::load_bundled().articles;
        let readings: Vec<ArticleReading> =
            articles.iter().map(crate::analysis::read_article).collect();
        spill.put(&articles, &readings).unwrap();
        // (more than are encoded at once)
        let parts: Vec<Vec<String>> = (0..PARTS_AT_ONCE * 2 + 3)
            .map(|i| (0..i).map(|j| format!("part {i} item {j}")).collect())
            .collect();
        let at = spill.put_parts(&parts).unwrap();
        assert_eq!(at.len(), parts.len());
        let blobs = spill.reader().unwrap();
        for (part, at) in parts.iter().zip(&at) {
            assert_eq!(&blobs.decode::<Vec<String>>(*at).unwrap(), part);
        }
        // every part after the one before it
        assert!(at.windows(2).all(|w| w[0].at < w[1].at));
        assert!(spill.is_whole());
    }

    #[test]
    fn a_blob_encoded_as_it_is_written_is_the_one_encoded_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::create(&dir.path().join("c.cache")).unwrap();
        // larger than what is gathered before it is passed on
        let big: Vec<(u64, u32)> = (0..100_000u32).map(|i| (u64::from(i) << 40, i)).collect();
        for value in [Vec::new(), big[..3].to_vec(), big] {
            let streamed = w.blob(&value).unwrap();
            let first = w.put(&Encoded::of(&value).unwrap()).unwrap();
            assert_eq!((streamed.len, streamed.hash), (first.len, first.hash));
            assert_eq!(first.at, streamed.at + u64::from(streamed.len));
            let blobs = w.reader().unwrap();
            assert_eq!(blobs.decode::<Vec<(u64, u32)>>(streamed).unwrap(), value);
        }
    }
}
