//! What survives a restart: read marks, the last article and the place in
//! it, and the last filter. Saved as JSON, written atomically (a temporary
//! file, fsync, rename, fsync of the folder) so that a crash or a full disk
//! leaves the old file or the new one, never half of one.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Ids of the articles read.
    pub read: BTreeSet<String>,
    /// The article selected when gazette last closed.
    pub selected: Option<String>,
    /// Where the reader was in it: (section, byte offset) of the top line.
    pub position: Option<(usize, usize)>,
    /// The filter in force.
    pub filter: String,
    /// Whether the quotes pane was open.
    pub quotes: bool,
}

/// Where the state lives: `$XDG_STATE_HOME/gazette/state.json`, else
/// `~/.local/state/gazette/state.json`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("gazette").join("state.json"))
}

/// A state file that could not be used.
#[derive(Debug)]
pub struct Corrupt {
    /// Where the bad file was moved (None if it could not be).
    pub moved_to: Option<PathBuf>,
    pub reason: String,
}

/// Reads the state. No file is a fresh start; a file that does not parse
/// is moved aside (`state.json.corrupt`) and reported, and gazette starts
/// fresh.
pub fn load(path: &Path) -> (State, Option<Corrupt>) {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(Corrupt {
                    moved_to: None,
                    reason: format!("cannot read {}: {e}", crate::text::safe_path(path)),
                }),
            );
        }
    };
    match serde_json::from_str::<State>(&text) {
        Ok(s) => (s, None),
        Err(e) => {
            let aside = path.with_extension("json.corrupt");
            let moved_to = fs::rename(path, &aside).ok().map(|()| aside);
            (
                State::default(),
                Some(Corrupt {
                    moved_to,
                    reason: format!("{}: line {}: {e}", crate::text::safe_path(path), e.line()),
                }),
            )
        }
    }
}

/// Writes the state atomically.
pub fn save(path: &Path, state: &State) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("state.json"),
        std::process::id()
    ));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(&serde_json::to_vec_pretty(state).map_err(io::Error::other)?)?;
        f.write_all(b"\n")?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // the rename itself is durable once the folder is synced
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        let s = State {
            read: ["001".to_string()].into(),
            selected: Some("003".into()),
            position: Some((7, 120)),
            filter: "p:lavrov".into(),
            quotes: true,
        };
        save(&path, &s).unwrap();
        let (loaded, corrupt) = load(&path);
        assert_eq!(loaded, s);
        assert!(corrupt.is_none());
        assert_eq!(
            fs::read_dir(dir.path().join("sub")).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_corrupt_file_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, "{\"read\": [1, 2").unwrap();
        let (s, corrupt) = load(&path);
        assert_eq!(s, State::default());
        let c = corrupt.unwrap();
        assert!(c.reason.contains("line 1"), "{}", c.reason);
        assert_eq!(
            c.moved_to.as_deref(),
            Some(dir.path().join("state.json.corrupt").as_path())
        );
        assert!(!path.exists());
        assert!(dir.path().join("state.json.corrupt").exists());
    }

    #[test]
    fn a_missing_file_is_a_fresh_start() {
        let (s, c) = load(Path::new("/no/such/state.json"));
        assert_eq!(s, State::default());
        assert!(c.is_none());
    }
}
