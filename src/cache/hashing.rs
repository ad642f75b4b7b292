//! Encoding straight into a cache file: what is written is counted and
//! hashed on the way, never held whole in memory.

use std::io::{self, Write};

use serde::Serialize;
use xxhash_rust::xxh3::Xxh3;

/// Writes on to `out`, counting and hashing what it writes (gathered
/// first: an encoder writes a few bytes at a time). The first error of
/// `out` is kept: the encoder tells every error as a full buffer.
pub(super) struct Hashing<'a, W: Write> {
    out: &'a mut W,
    hash: Xxh3,
    len: u64,
    gathered: Vec<u8>,
    failed: Option<io::Error>,
}

impl<'a, W: Write> Hashing<'a, W> {
    const GATHER: usize = 1 << 16;

    pub(super) fn new(out: &'a mut W) -> Self {
        Hashing {
            out,
            hash: Xxh3::new(),
            len: 0,
            // (grown as it fills: most blobs are small)
            gathered: Vec::new(),
            failed: None,
        }
    }

    fn pass_on(&mut self) -> io::Result<()> {
        if self.gathered.is_empty() {
            return Ok(());
        }
        self.hash.update(&self.gathered);
        if let Err(e) = self.out.write_all(&self.gathered) {
            let again = io::Error::new(e.kind(), e.to_string());
            self.failed.get_or_insert(e);
            return Err(again);
        }
        self.len += self.gathered.len() as u64;
        self.gathered.clear();
        Ok(())
    }

    /// Encodes `value` through it: how many bytes were written, and their
    /// checksum. A writer that fails part way holds a part of a blob: it
    /// is given up (every caller stops at the error).
    pub(super) fn encode<T: Serialize + ?Sized>(mut self, value: &T) -> io::Result<(u64, u64)> {
        if let Err(e) = postcard::to_io(value, &mut self) {
            return Err(self.failed.take().unwrap_or_else(|| io::Error::other(e)));
        }
        self.pass_on()?;
        Ok((self.len, self.hash.digest()))
    }
}

impl<W: Write> Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.gathered.extend_from_slice(buf);
        if self.gathered.len() >= Self::GATHER {
            self.pass_on()?;
        }
        Ok(buf.len())
    }

    /// Passes on what is gathered, not further: the file is flushed when
    /// the cache is done, not at each blob.
    fn flush(&mut self) -> io::Result<()> {
        self.pass_on()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes `room` bytes, then fails as a full disk does.
    struct Full {
        room: usize,
        got: Vec<u8>,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.got.len() + buf.len() > self.room {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "no room"));
            }
            self.got.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn what_is_written_is_what_postcard_encodes_with_its_checksum() {
        let value: Vec<(u64, u32)> = (0..50_000u32).map(|i| (u64::from(i) << 33, i)).collect();
        let mut out = Full {
            room: usize::MAX,
            got: Vec::new(),
        };
        let (len, hash) = Hashing::new(&mut out).encode(&value).unwrap();
        let first = postcard::to_stdvec(&value).unwrap();
        assert_eq!(out.got, first);
        assert_eq!(
            (len, hash),
            (first.len() as u64, xxhash_rust::xxh3::xxh3_64(&first))
        );
    }

    #[test]
    fn a_failure_of_the_file_is_told_as_it_is() {
        let value: Vec<u64> = (0..100_000).collect();
        for room in [0, 10, 70_000] {
            let mut out = Full {
                room,
                got: Vec::new(),
            };
            let e = Hashing::new(&mut out).encode(&value).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::StorageFull, "{room}: {e}");
        }
    }
}
