//! The cache file on disk: a header (magic, format, rules, length,
//! checksum), then the payload in postcard. Read whole, checked before
//! anything in it is believed; written to a temporary file and renamed
//! over, so a reader never sees half of one.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;
use xxhash_rust::xxh3::xxh3_64;

include!(concat!(env!("OUT_DIR"), "/rules.rs"));

const MAGIC: &[u8; 8] = b"GAZETTE\x01";
/// The layout of the header and the payload; bumped when either changes.
const FORMAT: u32 = 1;
/// Magic, format, rules, payload length, checksum.
const HEADER: usize = 8 + 4 + 8 + 8 + 8;

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

/// Reads and checks the cache at `path`.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T, Unusable> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(Unusable::Missing),
        Err(e) => return Err(Unusable::Unreadable(e.to_string())),
    };
    decode(&bytes)
}

/// The payload of a cache file's bytes, once every check has passed.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Unusable> {
    let damaged = |why: &str| Unusable::Damaged(why.to_string());
    if bytes.len() >= MAGIC.len() && bytes[..7] == MAGIC[..7] && bytes[7] != MAGIC[7] {
        return Err(Unusable::OtherVersion);
    }
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return Err(damaged("not a gazette cache, or cut short"));
    }
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap_or_default());
    let u64_at = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or_default());
    if u32_at(8) != FORMAT || u64_at(12) != RULES {
        return Err(Unusable::OtherVersion);
    }
    let payload = &bytes[HEADER..];
    if u64_at(20) != payload.len() as u64 {
        return Err(damaged("its length is wrong: cut short or grown"));
    }
    if u64_at(28) != xxh3_64(payload) {
        return Err(damaged("its checksum does not match"));
    }
    postcard::from_bytes(payload).map_err(|e| damaged(&format!("cannot decode: {e}")))
}

/// The bytes of a cache file holding `value`.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    let payload = postcard::to_stdvec(value).map_err(|e| e.to_string())?;
    let mut out = header(payload.len() as u64, xxh3_64(&payload));
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Writes `value` to `path` atomically; returns the bytes written. The
/// payload is encoded straight to the file (it can be as large as the
/// archive's text), the header written last.
pub fn write<T: Serialize + ?Sized>(path: &Path, value: &T) -> io::Result<u64> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = temp_path(path);
    let written = (|| {
        let mut f = io::BufWriter::with_capacity(1 << 20, fs::File::create(&tmp)?);
        f.write_all(&[0; HEADER])?;
        let mut sink = Summing {
            inner: f,
            hash: xxhash_rust::xxh3::Xxh3::new(),
            len: 0,
        };
        postcard::to_io(value, &mut sink).map_err(io::Error::other)?;
        let (len, sum) = (sink.len, sink.hash.digest());
        let mut f = sink.inner.into_inner().map_err(|e| e.into_error())?;
        use std::io::{Seek, SeekFrom};
        f.seek(SeekFrom::Start(0))?;
        f.write_all(&header(len, sum))?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        Ok(HEADER as u64 + len)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

fn header(len: u64, sum: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&RULES.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// A writer that hashes and counts what goes through it.
struct Summing<W> {
    inner: W,
    hash: xxhash_rust::xxh3::Xxh3,
    len: u64,
}

impl<W: Write> Write for Summing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A temporary name beside `path`, this process's own.
fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Moves a damaged cache aside (`NAME.damaged`), for a look; never read
/// again. Returns where it went.
pub fn set_aside(path: &Path) -> Option<PathBuf> {
    let mut name = path.file_name()?.to_os_string();
    name.push(".damaged");
    let to = path.with_file_name(name);
    fs::rename(path, &to).ok().map(|()| to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_comes_back() {
        let v = vec![("a".to_string(), 1u32), ("b".to_string(), 2)];
        let bytes = encode(&v).unwrap();
        assert_eq!(decode::<Vec<(String, u32)>>(&bytes), Ok(v));
    }

    #[test]
    fn every_kind_of_damage_is_caught() {
        let v: Vec<String> = (0..100).map(|i| format!("article {i}")).collect();
        let good = encode(&v).unwrap();
        let check = |bytes: &[u8]| decode::<Vec<String>>(bytes);
        // cut short anywhere
        for n in [0, 5, HEADER - 1, HEADER, HEADER + 10, good.len() - 1] {
            assert!(check(&good[..n]).unwrap_err().is_damage(), "cut at {n}");
        }
        // any byte of the payload flipped
        for i in [HEADER, HEADER + 7, good.len() / 2, good.len() - 1] {
            let mut b = good.clone();
            b[i] ^= 0x20;
            assert!(check(&b).unwrap_err().is_damage(), "flip at {i}");
        }
        // bytes added
        let mut longer = good.clone();
        longer.extend_from_slice(b"more");
        assert!(check(&longer).unwrap_err().is_damage());
        // another format or other rules
        let mut other = good.clone();
        other[8] ^= 1;
        assert_eq!(check(&other), Err(Unusable::OtherVersion));
        let mut other = good.clone();
        other[12] ^= 1;
        assert_eq!(check(&other), Err(Unusable::OtherVersion));
        let mut older = good.clone();
        older[7] = 0;
        assert_eq!(check(&older), Err(Unusable::OtherVersion));
        // not a cache at all
        assert!(check(b"{\"version\": 2}").unwrap_err().is_damage());
    }

    #[test]
    fn writing_replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("c.bin");
        write(&path, &vec![1u8, 2, 3]).unwrap();
        write(&path, &vec![4u8]).unwrap();
        assert_eq!(read::<Vec<u8>>(&path), Ok(vec![4]));
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["c.bin"], "no temporary file left");
        assert_eq!(
            read::<Vec<u8>>(&dir.path().join("none")),
            Err(Unusable::Missing)
        );
        let aside = set_aside(&path).unwrap();
        assert!(aside.ends_with("c.bin.damaged"));
        assert_eq!(read::<Vec<u8>>(&path), Err(Unusable::Missing));
    }
}
