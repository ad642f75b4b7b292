//! What survives a restart: read marks, the last article and the place in
//! it, and the last filter. Saved as JSON, written atomically (a temporary
//! file, fsync, rename, fsync of the folder) so that a crash or a full disk
//! leaves the old file or the new one, never half of one. Two readers open
//! at once merge their read marks under a lock ([`save_merged`]).
//!
//! Articles are named by their [`crate::model::Article::key`] (version 2);
//! files of version 1 named them by id, which other files coming and going
//! could change, and are read that way once.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The version [`save`] writes: articles named by key.
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// How articles are named: [`VERSION`] by key; 0 or 1 (files from
    /// before keys) by id.
    pub version: u32,
    /// The articles read.
    pub read: BTreeSet<String>,
    /// Read marks from a file before keys (ids) whose article has not been
    /// seen since: kept until it is, so no mark is lost in the upgrade.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub legacy: BTreeSet<String>,
    /// Articles that came read from where they were saved (see
    /// [`crate::model::Article::archived`]) and were marked unread here.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub unread: BTreeSet<String>,
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
            let moved_to = crate::atomic::set_aside(path, "corrupt");
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

/// Writes `ours`, merged with what another reader saved meanwhile: the
/// read marks on disk, with the marks this reader set (`true`) or cleared
/// (`false`) since its last save applied on top. The file is locked from
/// the read to the write, so no mark is lost to a race.
pub fn save_merged(path: &Path, ours: &State, changes: &BTreeMap<String, bool>) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let lock = File::create(path.with_extension("json.lock"))?;
    // a file system without locks still gets the state, unguarded
    if let Err(e) = lock.lock()
        && e.kind() != io::ErrorKind::Unsupported
    {
        return Err(e);
    }
    let (on_disk, _) = load(path);
    let mut merged = ours.clone();
    if on_disk.version >= VERSION {
        // an old mark stays old until either reader has found its article
        merged.legacy = on_disk.legacy.intersection(&ours.legacy).cloned().collect();
        merged.read = on_disk.read;
        merged.unread = on_disk.unread.union(&ours.unread).cloned().collect();
        for (key, &read) in changes {
            if read {
                merged.read.insert(key.clone());
                merged.unread.remove(key);
            } else {
                merged.read.remove(key);
            }
        }
    }
    merged.version = VERSION;
    let result = save(path, &merged);
    drop(lock); // unlocks
    result
}

/// Whether the state can be written at `path`: its folder made and a
/// file created there. The error says why not.
pub fn writable(path: &Path) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = dir.join(format!(".gazette-probe.{}", std::process::id()));
    fs::create_dir_all(dir)
        .and_then(|()| File::create(&probe).map(drop))
        .map_err(|e| format!("cannot write {}: {e}", crate::text::safe_path(dir)))?;
    let _ = fs::remove_file(&probe);
    Ok(())
}

/// Writes the state atomically.
pub fn save(path: &Path, state: &State) -> io::Result<()> {
    let (mut f, pending) = crate::atomic::create(path)?;
    f.write_all(&serde_json::to_vec_pretty(state).map_err(io::Error::other)?)?;
    f.write_all(b"\n")?;
    pending.commit(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        let s = State {
            version: VERSION,
            read: ["001".to_string()].into(),
            selected: Some("003".into()),
            position: Some((7, 120)),
            filter: "p:lavrov".into(),
            quotes: true,
            legacy: ["old-id".to_string()].into(),
            unread: ["seeded".to_string()].into(),
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
    fn two_readers_merge_their_marks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let first = State {
            version: VERSION,
            read: ["a", "b"].map(String::from).into(),
            ..State::default()
        };
        save(&path, &first).unwrap();
        // one reader marks c and unmarks a; another, started before, marks d
        let one = State {
            version: VERSION,
            read: ["b", "c"].map(String::from).into(),
            filter: "one".into(),
            ..State::default()
        };
        let changes = [("c".to_string(), true), ("a".to_string(), false)].into();
        save_merged(&path, &one, &changes).unwrap();
        let two = State {
            version: VERSION,
            read: ["a", "b", "d"].map(String::from).into(),
            filter: "two".into(),
            ..State::default()
        };
        save_merged(&path, &two, &[("d".to_string(), true)].into()).unwrap();
        let (saved, _) = load(&path);
        let want: BTreeSet<String> = ["b", "c", "d"].map(String::from).into();
        assert_eq!(
            saved.read, want,
            "no mark lost, the unmarked one stays unmarked"
        );
        assert_eq!(saved.filter, "two", "the last reader's place");
        assert_eq!(saved.version, VERSION);
    }

    #[test]
    fn an_unwritable_folder_is_known_before_saving() {
        assert!(writable(&std::env::temp_dir().join("gazette-test/state.json")).is_ok());
        let e = writable(Path::new("/proc/gazette/state.json")).unwrap_err();
        assert!(e.starts_with("cannot write /proc/gazette"), "{e}");
    }

    #[test]
    fn a_missing_file_is_a_fresh_start() {
        let (s, c) = load(Path::new("/no/such/state.json"));
        assert_eq!(s, State::default());
        assert!(c.is_none());
    }

    #[test]
    fn an_article_marked_unread_against_its_source_stays_so_when_merged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let ours = State {
            unread: ["seeded".to_string()].into(),
            ..State::default()
        };
        let changes = [("seeded".to_string(), false)].into();
        save_merged(&path, &ours, &changes).unwrap();
        assert!(load(&path).0.unread.contains("seeded"));
        // read again by another reader: no longer kept unread
        let read = [("seeded".to_string(), true)].into();
        save_merged(&path, &State::default(), &read).unwrap();
        let on_disk = load(&path).0;
        assert!(on_disk.unread.is_empty() && on_disk.read.contains("seeded"));
    }
}
