//! Finding the article files under the paths a user gives.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::formats;
use super::problem::Problem;

/// Collects article files under `root` with their keys (see [`key_of`]),
/// following symlinks but never entering a folder twice (so a symlink loop
/// ends).
pub fn walk(
    root: &Path,
    files: &mut Vec<(PathBuf, String)>,
    seen: &mut HashSet<PathBuf>,
    problems: &mut Vec<Problem>,
) {
    let mut passed = PassedOver::default();
    // keys: the folder's full path, found once, and the path inside it
    let base = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    walk_into((root, &base), root, files, seen, problems, &mut passed);
    problems.extend(passed.report(root));
}

/// Files of no format gazette reads, counted by extension; and the
/// folders' documentation.
#[derive(Default)]
struct PassedOver(BTreeMap<String, (usize, PathBuf)>, Option<(usize, PathBuf)>);

impl PassedOver {
    fn add(&mut self, path: PathBuf) {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let e = self.0.entry(ext).or_insert((0, path));
        e.0 += 1;
    }

    fn add_documentation(&mut self, path: PathBuf) {
        self.1.get_or_insert((0, path)).0 += 1;
    }

    /// One line per extension: how many, and an example.
    fn report(self, root: &Path) -> Vec<Problem> {
        let reads: Vec<String> = formats::FORMATS
            .iter()
            .flat_map(|f| f.extensions.iter().map(|e| format!(".{e}")))
            .collect();
        let docs = self.1.map(|(n, example)| Problem {
            path: root.to_path_buf(),
            message: format!(
                "{n} file{} passed over as a folder's own documentation (README, LICENSE, …), e.g. {}",
                if n == 1 { "" } else { "s" },
                crate::text::safe_path(example.strip_prefix(root).unwrap_or(&example))
            ),
            loaded: true,
            note: true,
        });
        self.0
            .into_iter()
            .map(|(ext, (n, example))| Problem {
                path: root.to_path_buf(),
                message: format!(
                    "{n} .{ext} file{} passed over, not a format gazette reads ({} and no extension), e.g. {}",
                    if n == 1 { "" } else { "s" },
                    reads.join(" "),
                    crate::text::safe_path(example.strip_prefix(root).unwrap_or(&example))
                ),
                loaded: true,
                note: true,
            })
            .chain(docs)
            .collect()
    }
}

/// `(root, base)`: the folder walked, as given and as its full path.
fn walk_into(
    (root, base): (&Path, &Path),
    dir: &Path,
    files: &mut Vec<(PathBuf, String)>,
    seen: &mut HashSet<PathBuf>,
    problems: &mut Vec<Problem>,
    passed: &mut PassedOver,
) {
    let Ok(canonical) = fs::canonicalize(dir) else {
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem {
                path: dir.to_path_buf(),
                message: format!("cannot read folder: {e}"),
                loaded: false,
                note: false,
            });
            return;
        }
    };
    // the entry's own type comes with the listing: only a link costs a
    // look at what it points to
    // in order of name: the order of the paths, for entries of one folder
    // (and far cheaper to compare than whole paths)
    let mut entries: Vec<(std::ffi::OsString, Option<fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name(),
                e.file_type().ok().filter(|t| !t.is_symlink()),
            )
        })
        .collect();
    entries.sort_unstable_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
    // the folder's own key, that of each of its files starts with
    let dir_key = base.join(dir.strip_prefix(root).unwrap_or(dir));
    for (name, own_type) in entries {
        if name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = dir.join(&name);
        let kind = match own_type {
            Some(t) if t.is_dir() => Ok(Kind::Dir),
            Some(t) if t.is_file() => Ok(Kind::File),
            _ => fs::metadata(&path).map(|md| {
                if md.is_dir() {
                    Kind::Dir
                } else if md.is_file() {
                    Kind::File
                } else {
                    Kind::Other(md)
                }
            }),
        };
        match kind {
            Ok(Kind::Dir) => walk_into((root, base), &path, files, seen, problems, passed),
            Ok(Kind::File) => {
                if formats::is_documentation(&path) {
                    passed.add_documentation(path);
                } else if formats::reads_when_walking(&path) {
                    let key = dir_key.join(&name).to_string_lossy().into_owned();
                    files.push((path, key));
                } else if path.file_name().is_none_or(|n| n != super::META_FILE) {
                    passed.add(path);
                }
            }
            // a FIFO would block, a device never end: never opened
            Ok(Kind::Other(md)) => {
                if formats::reads_when_walking(&path) {
                    problems.push(Problem {
                        message: format!("not a regular file ({})", file_kind(&md)),
                        path,
                        loaded: false,
                        note: false,
                    });
                }
            }
            Err(e) => problems.push(Problem {
                path,
                message: format!("cannot read: {e}"),
                loaded: false,
                note: false,
            }),
        }
    }
}

/// What a folder's entry is, links followed.
enum Kind {
    Dir,
    File,
    /// A FIFO, a device, a socket.
    Other(fs::Metadata),
}

/// What kind of file `md` describes, for a message.
pub fn file_kind(md: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = md.file_type();
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a regular file"
    }
}

/// What a file named on its own is known by across runs: its full path,
/// links resolved. (A file found in a folder: the folder's full path and
/// the path inside it.) Unlike the path given, it does not depend on the
/// folder opened, and no two files share it.
pub fn key_of(path: &Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}
