//! What a file was when it was read: a record is fresh while its stamp is
//! the same.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Size, modification time and inode of a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    pub mtime: i64,
    pub mtime_ns: i64,
    pub inode: u64,
    pub device: u64,
}

impl FileStamp {
    /// The stamp of the file at `path`, links followed; `None` when it
    /// cannot be seen.
    pub fn of(path: &Path) -> Option<FileStamp> {
        fs::metadata(path).ok().map(|md| FileStamp::from(&md))
    }
}

impl From<&fs::Metadata> for FileStamp {
    fn from(md: &fs::Metadata) -> FileStamp {
        FileStamp {
            size: md.size(),
            mtime: md.mtime(),
            mtime_ns: md.mtime_nsec(),
            inode: md.ino(),
            device: md.dev(),
        }
    }
}

/// An article file's stamp, with its folder's sidecar's: a changed
/// sidecar changes the file's articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub file: FileStamp,
    pub sidecar: Option<FileStamp>,
}
