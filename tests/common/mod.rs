//! Helpers shared by the tests that drive the real binary.

// openpty has no safe wrapper here: the two calls are checked below.
#![allow(unsafe_code)]

use std::os::fd::{FromRawFd, OwnedFd};

/// A new pseudo-terminal of `rows`×`cols`: (master, slave), both
/// close-on-exec so that a child gets only the copies it is given (a child
/// holding the master would keep its own terminal from ever closing).
#[allow(dead_code)]
pub fn open_pty(rows: u16, cols: u16) -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors; name and termios may be null.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(r, 0, "openpty");
    // SAFETY: the descriptors were just opened; each is owned once below.
    unsafe {
        libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::fcntl(slave, libc::F_SETFD, libc::FD_CLOEXEC);
        (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave))
    }
}

/// A cache folder of this test run's own: gazette never writes to the
/// user's cache from a test.
#[allow(dead_code)]
pub fn test_cache() -> &'static std::path::Path {
    static DIR: std::sync::LazyLock<tempfile::TempDir> =
        std::sync::LazyLock::new(|| tempfile::tempdir().unwrap());
    DIR.path()
}
