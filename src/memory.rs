//! Memory given back to the system after a large load. The allocator the
//! binary runs on may keep what its worker threads freed until they next
//! allocate; the binary says here how to make it let go.

use std::sync::OnceLock;

static RELEASE: OnceLock<fn()> = OnceLock::new();

/// How the program's allocator gives back what is free; set once, by the
/// binary.
pub fn set_release(f: fn()) {
    let _ = RELEASE.set(f);
}

/// Gives back what is free, when the binary said how.
pub fn release() {
    if let Some(f) = RELEASE.get() {
        f();
    }
}
