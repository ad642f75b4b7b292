//! Files replaced whole: written beside the old one under a temporary
//! name, synced, renamed over it, the folder synced, so that a crash or a
//! full disk leaves the old file or the new one, never half of one; and
//! files that cannot be used, moved aside for a look.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// A temporary file beside `path` that [`Pending::commit`] puts in its
/// place; dropped uncommitted, it is removed.
#[derive(Debug)]
pub struct Pending {
    tmp: PathBuf,
    path: PathBuf,
    dir: PathBuf,
    done: bool,
}

/// Creates the temporary file for `path` (its folder too, if need be):
/// `.NAME.PID.tmp`, this process's own.
pub fn create(path: &Path) -> io::Result<(File, Pending)> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    fs::create_dir_all(&dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    remove_orphans(&dir, &name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let file = File::create(&tmp)?;
    let pending = Pending {
        tmp,
        path: path.to_path_buf(),
        dir,
        done: false,
    };
    Ok((file, pending))
}

/// Removes the temporary files of `name` left by processes that are gone
/// (killed outright, or the machine stopped, while writing).
fn remove_orphans(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix)?.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !alive(pid) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Whether process `pid` is running (or cannot be told: then it is kept).
#[allow(unsafe_code)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 sends nothing; it only asks whether the process is
    // there.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

impl Pending {
    /// Where the file is being written.
    pub fn temp(&self) -> &Path {
        &self.tmp
    }

    /// The file being written, opened again for reading: it stays this
    /// file once put in place, whatever replaces it later.
    pub fn reopen(&self) -> io::Result<File> {
        File::open(&self.tmp)
    }

    /// Syncs `file` (written through the temporary name) and puts it in
    /// place.
    pub fn commit(mut self, file: File) -> io::Result<()> {
        file.sync_all()?;
        drop(file);
        fs::rename(&self.tmp, &self.path)?;
        self.done = true;
        // the rename itself is durable once the folder is synced
        File::open(&self.dir)?.sync_all()
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Moves a file that cannot be used aside, as `NAME.what`, for a look;
/// returns where it went.
pub fn set_aside(path: &Path, what: &str) -> Option<PathBuf> {
    let mut name = path.file_name()?.to_os_string();
    name.push(format!(".{what}"));
    let to = path.with_file_name(name);
    fs::rename(path, &to).ok().map(|()| to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_file_is_replaced_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("f.json");
        let (mut f, p) = create(&path).unwrap();
        f.write_all(b"one").unwrap();
        p.commit(f).unwrap();
        let (mut f, p) = create(&path).unwrap();
        f.write_all(b"half").unwrap();
        drop((f, p)); // not committed: the old file stays, no temporary left
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["f.json"]);
        // one left by a process that is gone is removed by the next write;
        // one of a process still running is not
        let gone = path.with_file_name(".f.json.1073741824.tmp");
        let running = path.with_file_name(".f.json.1.tmp");
        let other = path.with_file_name(".g.json.1073741824.tmp");
        for f in [&gone, &other] {
            fs::write(f, b"half").unwrap();
        }
        fs::write(&running, b"half").unwrap();
        let (f, p) = create(&path).unwrap();
        p.commit(f).unwrap();
        assert!(!gone.exists());
        assert!(running.exists(), "init's");
        assert!(other.exists(), "another file's");
        let aside = set_aside(&path, "corrupt").unwrap();
        assert!(aside.ends_with("f.json.corrupt"));
        assert!(!path.exists());
    }
}
