use std::process::ExitCode;

use clap::Parser;
use gazette::cli::{self, Cli};

/// The load allocates and frees millions of small strings on every core;
/// mimalloc's per-thread heaps do that with less contention and less
/// memory than the system allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Each worker's heap and this thread's collected, and what is free
/// given back.
#[allow(unsafe_code)]
fn release() {
    // SAFETY: mi_collect only walks the calling thread's own heap.
    rayon::broadcast(|_| unsafe { libmimalloc_sys::mi_collect(true) });
    unsafe { libmimalloc_sys::mi_collect(true) };
}

/// No transparent huge pages for this process. mimalloc asks for them
/// for its arenas, and the kernel then zeroes a whole 2 MiB page at the
/// first touch of any byte of it: a load that allocates a gigabyte of
/// small strings across threads spent two fifths of its time there.
#[allow(unsafe_code)]
fn no_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a
    // flag of this process; a failure (an old kernel) changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// mimalloc's `mi_option_purge_delay`, by its place in the allocator's
/// list of options (the crate names no constant for it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Pages freed go back to the system 50 ms after, not a second: a load
/// copies its articles' data from stage to stage, and would otherwise
/// hold each stage's freed pages on top of the next one's.
#[allow(unsafe_code)]
fn prompt_purge() {
    // SAFETY: mi_option_set takes plain integers; an option the allocator
    // does not know is ignored.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 50) };
}

fn main() -> ExitCode {
    no_huge_pages();
    prompt_purge();
    gazette::memory::set_release(release);
    match cli::main(Cli::parse()) {
        Ok(code) => code,
        // `gazette list | head`: the reader of our output has gone
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gazette: {e:#}");
            ExitCode::from(cli::EXIT_USAGE)
        }
    }
}
