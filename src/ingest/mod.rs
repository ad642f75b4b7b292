//! Ingest: from the file system (or the bundled corpus) to articles.
//! Finding files (`walk`), bytes to text ([`decode`]), text to articles
//! by a format of the registry ([`formats`]), the sidecar metadata
//! ([`meta`]), then safe text ([`clean`]). A bad file is reported and
//! skipped; the others still load.

pub mod clean;
pub mod decode;
pub mod formats;
pub mod meta;
mod mojibake;
mod problem;
mod walk;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use formats::plain::{ParseOutcome, parse_article};
pub use meta::{META_FILE, Meta, MetaEntry};
pub use problem::{LoadError, Problem};

use crate::model::Article;

/// Files larger than this are skipped: no article is 16 MiB of text.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Paths of the bundled corpus start with this.
pub const BUNDLED_PREFIX: &str = "bundled:";

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// What a load read: the articles, in no particular order, and every
/// problem met on the way, by path.
#[derive(Debug, Default)]
pub struct Ingested {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// Loads the corpus embedded in the binary.
pub fn load_bundled() -> Ingested {
    let mut problems = Vec::new();
    let meta = BUNDLED
        .iter()
        .find(|(name, _)| *name == META_FILE)
        .and_then(|(name, bytes)| {
            parse_meta(
                &String::from_utf8_lossy(bytes),
                &bundled_path(name),
                &mut problems,
            )
        });
    let results: Vec<_> = BUNDLED
        .par_iter()
        .filter(|(name, _)| *name != META_FILE)
        .map(|(name, bytes)| read_bytes(bundled_path(name), name, name, bytes, meta.as_ref()))
        .collect();
    finish(results, problems)
}

fn bundled_path(name: &str) -> PathBuf {
    PathBuf::from(format!("{BUNDLED_PREFIX}{name}"))
}

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Loads the articles at `paths` (files, or folders read recursively;
/// `-` is standard input). Fails only when a given path does not exist or
/// cannot be read. What is not a regular file (a FIFO, a device, a
/// socket) is never opened: it could block or never end.
pub fn load_paths(paths: &[PathBuf]) -> Result<Ingested, LoadError> {
    plan(paths).map(Plan::read)
}

/// The body of article `a`, read from its file again (empty when it
/// cannot be).
pub fn body_again(a: &Article) -> Vec<crate::model::Block> {
    let again = load_paths(std::slice::from_ref(&a.path));
    again
        .ok()
        .and_then(|i| i.articles.into_iter().find(|b| b.key == a.key))
        .map(|b| b.body)
        .unwrap_or_default()
}

/// What reading one file gave: its articles and its problems.
pub type FileRead = (Vec<Article>, Vec<Problem>);

/// The files a load will read, found but not yet read: what [`plan`]
/// finds, and [`Plan::read`] reads.
#[derive(Debug, Default)]
pub struct Plan {
    /// Each file's path and key, in path order.
    pub files: Vec<(PathBuf, String)>,
    /// Each folder's sidecar metadata.
    folders: BTreeMap<PathBuf, Option<Meta>>,
    /// What standard input gave.
    from_stdin: Vec<FileRead>,
    /// Problems met while finding the files.
    pub problems: Vec<Problem>,
}

impl Plan {
    /// How many files there are to read.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Reads every file.
    pub fn read(self) -> Ingested {
        let results: Vec<_> = (0..self.files.len())
            .into_par_iter()
            .map(|i| self.read_file(i))
            .collect();
        let Plan {
            from_stdin,
            problems,
            ..
        } = self;
        finish(results.into_iter().chain(from_stdin).collect(), problems)
    }

    /// Reads the `i`th file of [`Plan::files`]: its articles and problems.
    pub fn read_file(&self, i: usize) -> (Vec<Article>, Vec<Problem>) {
        let (f, key) = &self.files[i];
        let meta = f
            .parent()
            .and_then(|d| self.folders.get(d))
            .and_then(Option::as_ref);
        read_article(f, key, meta)
    }

    /// Whether standard input is among the paths (its article is read
    /// already, and is in no file).
    pub fn has_stdin(&self) -> bool {
        !self.from_stdin.is_empty()
    }

    /// Takes what standard input gave, and the problems met finding the
    /// files.
    pub fn take_rest(&mut self) -> (Vec<FileRead>, Vec<Problem>) {
        (
            std::mem::take(&mut self.from_stdin),
            std::mem::take(&mut self.problems),
        )
    }
}

/// Fails as [`load_paths`] would on a path given to it, at once: a path
/// that does not exist, a folder that cannot be listed, a file that
/// cannot be opened (usage errors). `-` passes.
pub fn check_paths(paths: &[PathBuf]) -> Result<(), LoadError> {
    paths
        .iter()
        .filter(|p| p.as_os_str() != STDIN)
        .try_for_each(|p| check_path(p).map(drop))
}

/// A given path's metadata, once it is known readable.
fn check_path(p: &Path) -> Result<fs::Metadata, LoadError> {
    let unreadable = |source| LoadError::Unreadable {
        path: p.to_path_buf(),
        source,
    };
    let md = fs::metadata(p).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(p.to_path_buf()),
        _ => unreadable(e),
    })?;
    if md.is_dir() {
        fs::read_dir(p).map_err(unreadable)?;
    } else if md.is_file() {
        fs::File::open(p).map_err(unreadable)?;
    }
    Ok(md)
}

/// Finds the files to read at `paths` (see [`load_paths`]) and their
/// folders' sidecars.
pub fn plan(paths: &[PathBuf]) -> Result<Plan, LoadError> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let mut seen_dirs = HashSet::new();
    let mut from_stdin = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN {
            from_stdin.push(read_stdin());
            continue;
        }
        let md = check_path(p)?;
        if md.is_dir() {
            walk::walk(p, &mut files, &mut seen_dirs, &mut problems);
        } else if md.is_file() {
            files.push((p.clone(), walk::key_of(p)));
        } else {
            problems.push(Problem {
                path: p.clone(),
                message: format!(
                    "not a regular file ({}); to read it, give it on standard input: gazette list - < PATH",
                    walk::file_kind(&md)
                ),
                loaded: false,
                note: false,
            });
        }
    }
    // a file reached twice (two roots, a link) is read once
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);

    // One sidecar per folder that holds articles.
    let folders: BTreeMap<PathBuf, Option<Meta>> = files
        .iter()
        .filter_map(|(f, _)| f.parent().map(Path::to_path_buf))
        .collect::<HashSet<_>>()
        .into_iter()
        .map(|dir| {
            let meta = read_meta(&dir, &mut problems);
            (dir, meta)
        })
        .collect();

    // a sidecar entry that names no file of its folder is most likely a typo
    for (dir, meta) in &folders {
        let Some(meta) = meta else { continue };
        let here: HashSet<std::ffi::OsString> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name())
                    .collect()
            })
            .unwrap_or_default();
        for name in meta.entries.keys() {
            if !here.contains(std::ffi::OsStr::new(name)) {
                problems.push(Problem {
                    path: dir.join(META_FILE),
                    message: format!("entry {name:?} matches no article file in this folder"),
                    loaded: true,
                    note: false,
                });
            }
        }
    }

    files.retain(|(f, _)| f.file_name().is_none_or(|n| n != META_FILE));
    Ok(Plan {
        files,
        folders,
        from_stdin,
        problems,
    })
}

/// The bytes of a regular file, at most [`MAX_FILE_BYTES`]: whatever its
/// metadata says, no more than the limit and one byte is read.
/// Callers have found `path` a regular file already (so no device is
/// opened); it is opened without blocking and checked again through the
/// handle, so a file swapped for a FIFO since cannot hold us.
fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let file = {
        use std::os::unix::fs::OpenOptionsExt;
        fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(|e| format!("cannot read: {e}"))?
    };
    let md = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    if !md.is_file() {
        return Err(format!("not a regular file ({})", walk::file_kind(&md)));
    }
    if md.len() > MAX_FILE_BYTES {
        return Err(format!(
            "file is {} bytes, over the {} MiB limit",
            md.len(),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    take_limited(file)
}

/// Reads at most the limit and one byte from `r`.
fn take_limited(r: impl std::io::Read) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    r.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "more than {MAX_FILE_BYTES} bytes, over the {} MiB limit",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// One article from standard input (`-`).
fn read_stdin() -> (Vec<Article>, Vec<Problem>) {
    let path = PathBuf::from(STDIN);
    match take_limited(std::io::stdin().lock()) {
        Ok(bytes) => read_bytes(path, "stdin", STDIN, &bytes, None),
        Err(message) => (
            Vec::new(),
            vec![Problem {
                path,
                message,
                loaded: false,
                note: false,
            }],
        ),
    }
}

fn finish(results: Vec<(Vec<Article>, Vec<Problem>)>, mut problems: Vec<Problem>) -> Ingested {
    let mut articles = Vec::with_capacity(results.len());
    for (a, p) in results {
        articles.extend(a);
        problems.extend(p);
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    Ingested { articles, problems }
}

fn read_meta(dir: &Path, problems: &mut Vec<Problem>) -> Option<Meta> {
    let path = dir.join(META_FILE);
    let read = match fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => Err(format!("cannot read: {e}")),
        Ok(md) if !md.is_file() => Err(format!("not a regular file ({})", walk::file_kind(&md))),
        Ok(_) => read_limited(&path),
    };
    match read {
        Ok(bytes) => parse_meta(&String::from_utf8_lossy(&bytes), &path, problems),
        Err(why) => {
            problems.push(Problem {
                path,
                message: format!("metadata not read: {why}"),
                loaded: false,
                note: false,
            });
            None
        }
    }
}

fn parse_meta(text: &str, path: &Path, problems: &mut Vec<Problem>) -> Option<Meta> {
    match Meta::parse(text) {
        Ok((m, notes)) => {
            let note = |message: String, loaded: bool| Problem {
                path: path.to_path_buf(),
                message,
                loaded,
                note: false,
            };
            problems.extend(
                notes
                    .rejected
                    .into_iter()
                    .map(|r| note(format!("entry {r}"), false)),
            );
            problems.extend(
                notes
                    .warnings
                    .into_iter()
                    .map(|w| note(format!("entry {w}"), true)),
            );
            Some(m)
        }
        Err(msg) => {
            problems.push(Problem {
                path: path.to_path_buf(),
                message: format!("metadata ignored: {msg}"),
                loaded: false,
                note: false,
            });
            None
        }
    }
}

fn read_article(path: &Path, key: &str, meta: Option<&Meta>) -> (Vec<Article>, Vec<Problem>) {
    match read_limited(path) {
        Ok(bytes) => {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            read_bytes(path.to_path_buf(), name, key, &bytes, meta)
        }
        Err(message) => (
            Vec::new(),
            vec![Problem {
                path: path.to_path_buf(),
                message,
                loaded: false,
                note: false,
            }],
        ),
    }
}

/// Decodes and reads one file's bytes in its format, applies its sidecar
/// entry and makes its text safe. `key` is what the file is known by
/// across runs (see [`Article::key`]); several articles of one file are
/// `key#2`, `key#3`, … after the first.
pub fn read_bytes(
    path: PathBuf,
    file_name: &str,
    key: &str,
    bytes: &[u8],
    meta: Option<&Meta>,
) -> (Vec<Article>, Vec<Problem>) {
    let problem = |message: String, loaded: bool| Problem {
        path: path.clone(),
        message,
        loaded,
        note: false,
    };
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(why) => return (Vec::new(), vec![problem(why, false)]),
    };
    let mut problems: Vec<Problem> = decoded
        .warning
        .into_iter()
        .map(|w| problem(w, true))
        .collect();
    let id = Path::new(file_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file_name);
    let src = formats::Source {
        path: &path,
        file_name,
        id,
    };
    let parsed = (formats::for_file(&path, &decoded.text).read)(&src, &decoded.text);
    problems.extend(parsed.warnings.into_iter().map(|w| problem(w, true)));
    problems.extend(parsed.errors.into_iter().map(|w| problem(w, false)));
    problems.extend(parsed.notes.into_iter().map(|message| Problem {
        path: path.clone(),
        message,
        loaded: true,
        note: true,
    }));
    let entry = meta.and_then(|m| m.get(file_name));
    let articles = parsed
        .articles
        .into_iter()
        .enumerate()
        .map(|(n, mut a)| {
            // a format names each of several articles of a file (by its
            // record's own id), else they go by their place
            a.key = match (n, a.key.is_empty()) {
                (_, false) => format!("{key}#{}", a.key),
                (0, true) => key.to_string(),
                (_, true) => format!("{key}#{}", n + 1),
            };
            if let Some(e) = entry {
                e.apply(&mut a);
            }
            clean::clean(a)
        })
        .collect();
    (articles, problems)
}
