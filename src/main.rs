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

fn main() -> ExitCode {
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
