//! The cache file on disk: a header, a region of blobs (each article's
//! body, each file's stage-1 readings), then the index (everything else,
//! in postcard). Opening reads the header and the index only, checked
//! (length, checksum) before anything in them is believed; a blob is read
//! when it is needed and checked against its own checksum. Written to a
//! temporary file and renamed over, so a reader never sees half of one,
//! and a reader holding the old file keeps reading the old file.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

use super::hashing::Hashing;

include!(concat!(env!("OUT_DIR"), "/rules.rs"));

const MAGIC: &[u8; 8] = b"GAZETTE\x02";
/// The layout of the header, the blobs and the index; bumped when any
/// changes.
const FORMAT: u32 = 9;
/// Magic, format, rules, index offset, index length, index checksum.
const HEADER: usize = 8 + 4 + 8 + 8 + 8 + 8;

/// Why a cache file was not used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unusable {
    #[error("no cache yet")]
    Missing,
    #[error("cannot read the cache: {0}")]
    Unreadable(String),
    #[error("the cache was made by another version of gazette")]
    OtherVersion,
    #[error("the cache is damaged ({0})")]
    Damaged(String),
}

impl Unusable {
    /// Whether the file should be moved aside before a new one is made
    /// (kept for a look, never read again).
    pub fn is_damage(&self) -> bool {
        matches!(self, Unusable::Damaged(_))
    }
}

/// Where a blob is in the file, and its checksum.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blob {
    pub at: u64,
    pub len: u32,
    pub hash: u64,
}

/// A value encoded for a blob, with its checksum: made on any thread,
/// then written by [`Writer::put`].
#[derive(Debug)]
pub struct Encoded {
    bytes: Vec<u8>,
    hash: u64,
}

impl Encoded {
    pub fn of<T: Serialize + ?Sized>(value: &T) -> io::Result<Encoded> {
        let bytes = postcard::to_stdvec(value).map_err(io::Error::other)?;
        let hash = xxh3_64(&bytes);
        Ok(Encoded { bytes, hash })
    }
}

/// An open cache file, for its blobs.
#[derive(Debug)]
pub struct Blobs(File);

impl Blobs {
    /// The parts of a list, read and decoded in parallel, one at a time per
    /// worker, in order.
    pub fn decode_all<T: serde::de::DeserializeOwned + Send>(
        &self,
        at: &[Blob],
    ) -> Result<Vec<T>, Unusable> {
        use rayon::prelude::*;
        let parts: Vec<Vec<T>> = at
            .par_iter()
            .map(|&b| self.decode::<Vec<T>>(b).map_err(Unusable::Damaged))
            .collect::<Result<_, _>>()?;
        let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for p in parts {
            all.extend(p);
        }
        Ok(all)
    }

    /// The bytes of `b`, once they match its checksum.
    pub fn read(&self, b: Blob) -> Result<Vec<u8>, String> {
        let mut buf = vec![0; b.len as usize];
        self.0
            .read_exact_at(&mut buf, b.at)
            .map_err(|e| format!("cannot read the cache: {e}"))?;
        if xxh3_64(&buf) != b.hash {
            return Err("a damaged part of the cache".into());
        }
        Ok(buf)
    }

    /// The same file, open once more.
    pub fn try_clone(&self) -> io::Result<Blobs> {
        self.0.try_clone().map(Blobs)
    }

    /// `b` decoded.
    pub fn decode<T: DeserializeOwned>(&self, b: Blob) -> Result<T, String> {
        let bytes = self.read(b)?;
        postcard::from_bytes(&bytes).map_err(|e| format!("cannot decode the cache: {e}"))
    }
}

/// Reads and checks the cache at `path`: its index, and the file open for
/// its blobs.
pub fn open<T: DeserializeOwned>(path: &Path) -> Result<(T, Blobs), Unusable> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(Unusable::Missing),
        Err(e) => return Err(Unusable::Unreadable(e.to_string())),
    };
    let unreadable = |e: io::Error| Unusable::Unreadable(e.to_string());
    let size = file.metadata().map_err(unreadable)?.len();
    let mut header = [0u8; HEADER];
    let got = read_up_to(&mut file, &mut header).map_err(unreadable)?;
    let (at, len, hash) = check_header(&header[..got], size)?;
    let mut index = vec![0; len];
    file.seek(SeekFrom::Start(at)).map_err(unreadable)?;
    file.read_exact(&mut index).map_err(unreadable)?;
    if xxh3_64(&index) != hash {
        return Err(Unusable::Damaged("its checksum does not match".into()));
    }
    let value = postcard::from_bytes(&index)
        .map_err(|e| Unusable::Damaged(format!("cannot decode: {e}")))?;
    Ok((value, Blobs(file)))
}

/// Reads as much of `buf` as the file has.
fn read_up_to(f: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// The index's place, length and checksum, from a header that holds
/// together with a file of `size` bytes.
fn check_header(h: &[u8], size: u64) -> Result<(u64, usize, u64), Unusable> {
    let damaged = |why: &str| Unusable::Damaged(why.to_string());
    if h.len() >= MAGIC.len() && h[..7] == MAGIC[..7] && h[7] != MAGIC[7] {
        return Err(Unusable::OtherVersion);
    }
    if h.len() < HEADER || &h[..8] != MAGIC {
        return Err(damaged("not a gazette cache, or cut short"));
    }
    let u32_at = |i: usize| u32::from_le_bytes(h[i..i + 4].try_into().unwrap_or_default());
    let u64_at = |i: usize| u64::from_le_bytes(h[i..i + 8].try_into().unwrap_or_default());
    if u32_at(8) != FORMAT || u64_at(12) != RULES {
        return Err(Unusable::OtherVersion);
    }
    let (at, len, hash) = (u64_at(20), u64_at(28), u64_at(36));
    if at < HEADER as u64 || at.checked_add(len) != Some(size) {
        return Err(damaged("its length is wrong: cut short or grown"));
    }
    let len = usize::try_from(len).map_err(|_| damaged("its index is too large"))?;
    Ok((at, len, hash))
}

/// Set when the program ends: a cache being written stops, its
/// temporary file removed, rather than be left half written.
static ABANDON: AtomicBool = AtomicBool::new(false);
/// The cache files being written, each by its number.
static OPEN: Mutex<Vec<(u64, Open)>> = Mutex::new(Vec::new());
static NUMBER: AtomicU64 = AtomicU64::new(0);

/// Where a cache file being written is.
#[derive(Debug)]
enum Open {
    /// Its temporary file is being made.
    Starting,
    /// In its temporary file.
    At(PathBuf),
    /// Nowhere: its temporary file was removed as the program ends.
    Removed,
}

fn open_files() -> std::sync::MutexGuard<'static, Vec<(u64, Open)>> {
    OPEN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Stops every cache being written (and any to come), and removes their
/// temporary files, even those of caches waiting for the rest of a load.
/// Returns at once; see [`writes_in_progress`].
pub fn abandon_writes() {
    let mut open = open_files();
    ABANDON.store(true, Ordering::SeqCst);
    for (_, o) in open.iter_mut() {
        if let Open::At(tmp) = o {
            let _ = std::fs::remove_file(tmp);
            *o = Open::Removed;
        }
    }
}

/// How many cache files are being written and have a temporary file that
/// may be left behind.
pub fn writes_in_progress() -> usize {
    open_files()
        .iter()
        .filter(|(_, o)| !matches!(o, Open::Removed))
        .count()
}

fn abandoned() -> io::Result<()> {
    if ABANDON.load(Ordering::SeqCst) {
        return Err(io::Error::new(
            io::ErrorKind::Interrupted,
            "gazette is ending",
        ));
    }
    Ok(())
}

/// A cache file being written: blobs first, then the index.
#[derive(Debug)]
pub struct Writer {
    out: BufWriter<File>,
    pending: crate::atomic::Pending,
    at: u64,
    /// Last: counted out once the temporary file is gone.
    _counted: Counted,
}

/// A cache file counted in [`writes_in_progress`] while it lives.
#[derive(Debug)]
struct Counted(u64);

impl Counted {
    fn new() -> Counted {
        let n = NUMBER.fetch_add(1, Ordering::SeqCst);
        open_files().push((n, Open::Starting));
        Counted(n)
    }

    /// Its temporary file is `tmp`: removed by [`abandon_writes`] from now
    /// on; an error if that was called already.
    fn at(&self, tmp: &Path) -> io::Result<()> {
        let mut open = open_files();
        abandoned()?;
        if let Some((_, o)) = open.iter_mut().find(|(n, _)| *n == self.0) {
            *o = Open::At(tmp.to_path_buf());
        }
        Ok(())
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        open_files().retain(|(n, _)| *n != self.0);
    }
}

impl Writer {
    /// Starts a cache file that will replace `path`.
    pub fn create(path: &Path) -> io::Result<Writer> {
        // counted before the check: one that ends the program waits for
        // this file, or this file sees it end
        let counted = Counted::new();
        abandoned()?;
        let (file, pending) = crate::atomic::create(path)?;
        counted.at(pending.temp())?;
        let mut out = BufWriter::with_capacity(1 << 20, file);
        out.write_all(&[0; HEADER])?;
        Ok(Writer {
            out,
            pending,
            at: HEADER as u64,
            _counted: counted,
        })
    }

    /// Adds a blob of `value`, encoded as it is written (a large part,
    /// the indexes or the quotes' shingles, is not held twice); returns
    /// where it is.
    pub fn blob<T: Serialize + ?Sized>(&mut self, value: &T) -> io::Result<Blob> {
        abandoned()?;
        let (len, hash) = Hashing::new(&mut self.out).encode(value)?;
        let len = u32::try_from(len).map_err(io::Error::other)?;
        let b = Blob {
            at: self.at,
            len,
            hash,
        };
        self.at += u64::from(len);
        Ok(b)
    }

    /// Adds a blob encoded already (on any thread); returns where it is.
    pub fn put(&mut self, e: &Encoded) -> io::Result<Blob> {
        abandoned()?;
        let len = u32::try_from(e.bytes.len()).map_err(io::Error::other)?;
        self.out.write_all(&e.bytes)?;
        let b = Blob {
            at: self.at,
            len,
            hash: e.hash,
        };
        self.at += u64::from(len);
        Ok(b)
    }

    /// The file, open for reading the blobs written so far (see
    /// [`Writer::flush`]) while more are written, and after it is put in
    /// place or given up.
    pub fn reader(&mut self) -> io::Result<Blobs> {
        self.flush()?;
        self.pending.reopen().map(Blobs)
    }

    /// Makes what was written readable through [`Writer::reader`].
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Adds blob `b` of another cache file as it is, once it matches its
    /// checksum; returns where it is now.
    /// A damaged blob is `InvalidData`.
    pub fn copy(&mut self, from: &Blobs, b: Blob) -> io::Result<Blob> {
        abandoned()?;
        let bytes = from
            .read(b)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        self.out.write_all(&bytes)?;
        let at = self.at;
        self.at += u64::from(b.len);
        Ok(Blob { at, ..b })
    }

    /// Writes the index and the header, and puts the file in place.
    /// Returns its size, and the file open for its blobs.
    pub fn finish<T: Serialize + ?Sized>(mut self, index: &T) -> io::Result<(u64, Blobs)> {
        let (len, hash) = Hashing::new(&mut self.out).encode(index)?;
        abandoned()?;
        let mut f = self.out.into_inner().map_err(|e| e.into_error())?;
        f.seek(SeekFrom::Start(0))?;
        f.write_all(&header(self.at, len, hash))?;
        let back = self.pending.reopen()?;
        self.pending.commit(f)?;
        Ok((self.at + len, Blobs(back)))
    }
}

fn header(at: u64, len: u64, hash: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&RULES.to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&hash.to_le_bytes());
    out
}

/// Moves a damaged cache aside (`NAME.damaged`), for a look; never read
/// again. Returns where it went.
pub fn set_aside(path: &Path) -> Option<PathBuf> {
    crate::atomic::set_aside(path, "damaged")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write_one(path: &Path) -> Blob {
        let mut w = Writer::create(path).unwrap();
        let b = w.blob("a body of text").unwrap();
        w.finish(&vec![b]).unwrap();
        b
    }

    #[test]
    fn an_index_and_its_blobs_come_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("c.cache");
        write_one(&path);
        let (index, blobs) = open::<Vec<Blob>>(&path).unwrap();
        assert_eq!(blobs.decode::<String>(index[0]).unwrap(), "a body of text");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["c.cache"], "no temporary file left");
    }

    #[test]
    fn every_kind_of_damage_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.cache");
        write_one(&path);
        let good = fs::read(&path).unwrap();
        let check = |bytes: &[u8]| {
            fs::write(&path, bytes).unwrap();
            open::<Vec<Blob>>(&path).map(|(i, b)| b.decode::<String>(i[0]))
        };
        for n in [0, 5, HEADER - 1, HEADER, HEADER + 10, good.len() - 1] {
            assert!(check(&good[..n]).unwrap_err().is_damage(), "cut at {n}");
        }
        // a flipped byte of the index is caught on opening, of a blob on
        // reading it
        let mut b = good.clone();
        *b.last_mut().unwrap() ^= 0x20;
        assert!(check(&b).unwrap_err().is_damage());
        let mut b = good.clone();
        b[HEADER + 3] ^= 0x20;
        assert!(check(&b).unwrap().is_err(), "the blob's checksum");
        let longer = [good.as_slice(), b"more"].concat();
        assert!(check(&longer).unwrap_err().is_damage());
        for at in [7, 8, 12] {
            let mut b = good.clone();
            b[at] ^= 1;
            assert_eq!(check(&b).unwrap_err(), Unusable::OtherVersion, "byte {at}");
        }
        assert!(check(b"{\"version\": 2}").unwrap_err().is_damage());
        assert_eq!(
            open::<Vec<Blob>>(&dir.path().join("none")).unwrap_err(),
            Unusable::Missing
        );
        fs::write(&path, &good).unwrap();
        let aside = set_aside(&path).unwrap();
        assert!(aside.ends_with("c.cache.damaged"));
        assert!(!path.exists());
    }
}
