//! The paths an archive was opened as: in full, which names its cache;
//! and as given, which spells the paths of its files. A cache written
//! with them given one way serves them given another.

use std::path::{Path, PathBuf};

/// The paths opened: in full, what a cache is for; and as given, how
/// the paths of the files found in them are spelled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roots {
    /// Each as given and in full, in the order given, each once: a file
    /// is found, and its path spelled, by the first of them that holds it.
    pub given: Vec<(PathBuf, PathBuf)>,
}

impl Roots {
    /// The paths opened in full, in order: what names the cache.
    pub fn full(&self) -> Vec<PathBuf> {
        let mut full: Vec<PathBuf> = self.given.iter().map(|(_, f)| f.clone()).collect();
        full.sort();
        full
    }
}

/// The roots of an archive opened as `paths`.
pub fn roots(paths: &[PathBuf]) -> Roots {
    let mut given: Vec<(PathBuf, PathBuf)> = Vec::with_capacity(paths.len());
    for p in paths {
        let full = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        if given.iter().all(|(_, f)| *f != full) {
            given.push((p.clone(), full));
        }
    }
    Roots { given }
}

/// `root` and then `rest`, as the walk puts them together.
fn joined(root: &Path, rest: &Path) -> PathBuf {
    if rest.as_os_str().is_empty() {
        root.to_path_buf()
    } else {
        root.join(rest)
    }
}

/// A path spelled under the roots `was` (as given, in full), spelled as
/// the walk of the roots `now` spells it: under the first of them that
/// holds it (`.` then, `/home/me/news` now). `None` when it cannot be
/// placed under both.
pub fn respelled(
    p: &Path,
    was: &[(PathBuf, PathBuf)],
    now: &[(PathBuf, PathBuf)],
) -> Option<PathBuf> {
    // where the file is: under the root whose spelling holds it most
    // nearly
    let at = was
        .iter()
        .filter_map(|(g, full)| Some((p.strip_prefix(g).ok()?, full)))
        .min_by_key(|(rest, _)| rest.components().count())
        .map(|(rest, full)| joined(full, rest))?;
    // spelled as the walk finds it now: by the first root given that
    // holds it
    now.iter()
        .find_map(|(g, full)| Some(joined(g, at.strip_prefix(full).ok()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_spelled_as_their_roots_are_given_now() {
        let roots = |v: &[(&str, &str)]| -> Vec<(PathBuf, PathBuf)> {
            v.iter()
                .map(|(g, f)| (PathBuf::from(g), PathBuf::from(f)))
                .collect()
        };
        let was = roots(&[("./w", "/n/w"), (".", "/n"), ("../x/one.txt", "/x/one.txt")]);
        let all = |now: &[(PathBuf, PathBuf)]| -> Vec<Option<String>> {
            ["./a.txt", "./w/b.txt", "../x/one.txt", "elsewhere.txt"]
                .iter()
                .map(|p| {
                    respelled(Path::new(p), &was, now).map(|p| p.to_string_lossy().into_owned())
                })
                .collect()
        };
        let some = |v: [&str; 3]| -> Vec<Option<String>> {
            v.iter()
                .map(|p| Some(p.to_string()))
                .chain([None])
                .collect()
        };
        // `/n/w` given now through a link of its own, before `/n`: its
        // files are found through it; a file given as a root is that path
        let now = roots(&[
            ("/m/w/", "/n/w"),
            ("/n", "/n"),
            ("/x/one.txt", "/x/one.txt"),
        ]);
        assert_eq!(all(&now), some(["/n/a.txt", "/m/w/b.txt", "/x/one.txt"]));
        // after `/n`: `/n` finds them first
        let now = roots(&[
            ("/n", "/n"),
            ("/m/w/", "/n/w"),
            ("/x/one.txt", "/x/one.txt"),
        ]);
        assert_eq!(all(&now), some(["/n/a.txt", "/n/w/b.txt", "/x/one.txt"]));
        // a root no longer given: its files cannot be placed
        let now = roots(&[("/m/w/", "/n/w")]);
        assert_eq!(
            all(&now),
            vec![None, Some("/m/w/b.txt".to_string()), None, None]
        );
    }
}
