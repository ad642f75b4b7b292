//! The real terminal: raw mode and the alternate screen, put back however
//! the reader ends; signals and hang-ups; Ctrl-Z; keys read on a thread of
//! their own; the archive loaded on another.

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use anyhow::Context;
use crossterm::event;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use super::tty::restore_terminal;
use super::{App, Input, LoadEvent, Options, Wait, ansi16, frames, run_with, theme};

/// Runs the app in the terminal until the user quits or the terminal
/// goes away, saving state as it changes and at the end. With `load`,
/// the archive at those paths is read in the background, the reader
/// working meanwhile.
pub fn run_terminal(
    mut app: App,
    options: &Options,
    load: Option<(Vec<PathBuf>, crate::store::CacheUse)>,
) -> anyhow::Result<()> {
    let state = options.state.as_deref();
    app.theme = theme::Theme::for_terminal(options.ascii);
    app.can_suspend = true;
    // The connection dropping (SIGHUP), `kill` (SIGTERM) and friends end
    // the reader cleanly: the loop sees the flag within a poll interval.
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
        signal_hook::flag::register(sig, Arc::clone(&stop)).context("cannot watch for signals")?;
    }
    let mut terminal = match open_terminal(options.mouse) {
        Ok(t) => t,
        Err(e) => {
            restore_terminal(options.mouse);
            return Err(e).context("cannot open the terminal");
        }
    };
    // however the reader ends, unwinding included, the terminal is put back
    let restore = RestoreOnDrop(options.mouse);
    // Read marks are saved as they change; a failed save is tried again at
    // the next change and at exit.
    let save_marks = |app: &mut App| {
        if app.read_changed
            && let Some(path) = state
            && crate::state::save_merged(path, &app.state(), app.read_changes()).is_ok()
        {
            app.saved();
        }
    };
    let (tx, input) = mpsc::channel();
    spawn_input(tx.clone());
    if let Some((paths, cache)) = load {
        spawn_load(paths, cache, tx);
    }
    let result = run_with(
        &mut terminal,
        &mut app,
        |wait| next_event(&input, &stop, wait),
        save_marks,
    );
    // (once: a second time would put the cursor back where the reader
    // began, over what is written after)
    restore.now();
    // whatever ended the session, the reader's place is kept
    if let Some(path) = state
        && let Err(e) = crate::state::save_merged(path, &app.state(), app.read_changes())
    {
        eprintln!(
            "gazette: cannot save state to {}: {e}",
            crate::text::safe_path(path)
        );
    }
    // The cache of an archive loaded whole is finished (the next start is
    // then quick), unless a signal ended the reader or the user gives it
    // up (Ctrl-C); one still waiting for its load is given up (its
    // temporary file removed) rather than left half written.
    if CACHE_PENDING.load(Ordering::SeqCst) && !stop.load(Ordering::SeqCst) {
        // (not `eprintln!`: the terminal may have gone)
        let _ = writeln!(
            io::stderr(),
            "gazette: finishing the cache for a quick next start (Ctrl-C gives it up)…"
        );
        while CACHE_PENDING.load(Ordering::SeqCst) && !stop.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    crate::cache::file::abandon_writes();
    let since = std::time::Instant::now();
    while crate::cache::file::writes_in_progress() > 0 && since.elapsed() < Duration::from_secs(2) {
        std::thread::sleep(Duration::from_millis(2));
    }
    // the process ends next: freeing a large store a piece at a time
    // would only keep the shell waiting
    std::mem::forget(app);
    result?;
    Ok(())
}

/// Raw mode, the alternate screen, and a panic hook that restores the
/// terminal before the panic is reported; colours go out as the classic
/// 16-colour codes.
fn open_terminal(
    mouse: bool,
) -> io::Result<Terminal<CrosstermBackend<ansi16::Ansi16<frames::Frames<io::Stdout>>>>> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // a panic while loading is caught by the loader, which tells the
        // reader; the reader goes on, its screen untouched
        if LOAD_RUNNING.load(Ordering::SeqCst) && std::thread::current().name() != Some("main") {
            return;
        }
        restore_terminal(mouse);
        previous(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        crossterm::event::EnableBracketedPaste
    )?;
    if mouse {
        crossterm::execute!(io::stdout(), crossterm::event::EnableMouseCapture)?;
    }
    Terminal::new(CrosstermBackend::new(ansi16::Ansi16::new(
        frames::Frames::new(io::stdout()),
    )))
}

/// How often a waiting reader looks at the signal flag and the terminal.
const POLL: Duration = Duration::from_millis(100);

/// Reads terminal events on a thread of its own. crossterm's reader loops
/// forever once the terminal has hung up (it reads end of file again and
/// again), so the main loop must never wait inside it: it waits on this
/// channel and can always leave.
fn spawn_input(tx: mpsc::Sender<io::Result<Input>>) {
    std::thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev.map(Input::Term)).is_err() || failed {
                break;
            }
        }
    });
}

/// Puts the terminal back when dropped (unwinding included), unless
/// [`RestoreOnDrop::now`] did.
struct RestoreOnDrop(bool);

impl RestoreOnDrop {
    fn now(self) {
        restore_terminal(self.0);
        std::mem::forget(self);
    }
}

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore_terminal(self.0);
    }
}

/// Set while the cache of an archive loaded whole is still to be written
/// (its indexes built first): quitting then waits for it.
static CACHE_PENDING: AtomicBool = AtomicBool::new(false);

/// Set while the archive loads: a panic on a thread other than the
/// reader's is then the load's, which catches it and says so.
static LOAD_RUNNING: AtomicBool = AtomicBool::new(false);

/// Loads the archive at `paths` on a thread of its own, sending how far
/// it has gone and then the store. A panic while loading (a bug) ends the
/// load with a word in the status line, not the reader.
fn spawn_load(
    paths: Vec<PathBuf>,
    cache: crate::store::CacheUse,
    tx: mpsc::Sender<io::Result<Input>>,
) {
    std::thread::spawn(move || {
        LOAD_RUNNING.store(true, Ordering::SeqCst);
        let send = |ev: LoadEvent| tx.send(Ok(Input::Load(ev))).is_ok();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            load_and_index(&paths, &cache, &send);
        }));
        LOAD_RUNNING.store(false, Ordering::SeqCst);
        CACHE_PENDING.store(false, Ordering::SeqCst);
        if let Err(panic) = outcome {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            send(LoadEvent::Done(Err(format!(
                "loading stopped on an internal error ({why}); `gazette check` may say more"
            ))));
        }
    });
}

/// The load itself: the store, then its indexes, each sent when ready.
/// With a cache, the archive as the cache has it comes first; it stands
/// when the files are found unchanged, else the full load replaces it.
fn load_and_index(
    paths: &[PathBuf],
    cache: &crate::store::CacheUse,
    send: &(dyn Fn(LoadEvent) -> bool + Sync),
) {
    let mut found = None;
    if let Some((early, recorded)) = crate::store::open_early(paths, cache) {
        // (a cache without readable indexes: built while the files are
        // checked, and sent as soon as they are: the early store is the
        // store until a full one comes)
        let sources = (!early.store.has_indexes()).then(|| early.store.index_sources());
        send(LoadEvent::Early(Box::new(early)));
        let unchanged = std::thread::scope(|s| {
            let check = s.spawn(|| recorded.check(paths));
            if let Some(sources) = sources {
                send(LoadEvent::Indexes(Box::new(sources.build())));
            }
            check.join()
        });
        match unchanged {
            Ok(Ok(crate::store::Checked::Unchanged(problems, report))) => {
                send(LoadEvent::Unchanged(Box::new((problems, report))));
                return;
            }
            // the files as the check found them: not walked and stamped
            // again
            Ok(Ok(crate::store::Checked::Changed(f))) => found = Some(*f),
            _ => {}
        }
    }
    let mut on = |u| {
        send(LoadEvent::Update(u));
    };
    let loaded = match found {
        Some(f) => crate::store::load_found(f, paths, cache, true, &mut on),
        None => crate::store::load_deferring(paths, cache, true, &mut on),
    };
    let (loaded, report, write) = match loaded {
        Ok(l) => l,
        Err(e) => {
            send(LoadEvent::Done(Err(e.to_string())));
            return;
        }
    };
    let sources =
        (write.is_some() || !loaded.store.has_indexes()).then(|| loaded.store.index_sources());
    // (said before the reader has the store: a quit after it waits for the
    // cache)
    CACHE_PENDING.store(write.is_some(), Ordering::SeqCst);
    send(LoadEvent::Done(Ok((Box::new(loaded), report))));
    // the indexes of the filter and the quotes pane, built here once the
    // store is in the reader's hands rather than on the first key (a key
    // that needs one before it comes builds it there); the cache written
    // next, and then the store's bodies left to it
    let Some(sources) = sources else {
        return;
    };
    send(LoadEvent::Update(crate::store::Update::Stage(
        crate::analysis::Stage::Indexes,
    )));
    let build = || {
        let built = sources.build();
        send(LoadEvent::Indexes(Box::new(built.clone())));
        built
    };
    match write {
        Some(w) => {
            let written = w.write(build).map(|(_, kept)| Box::new(kept));
            CACHE_PENDING.store(false, Ordering::SeqCst);
            // the store alone holds its articles now: their bodies can go
            drop(sources);
            send(LoadEvent::Cached(written));
        }
        None => {
            build();
        }
    }
}

/// Whether the terminal on standard input has hung up (the SSH
/// connection dropped, the window closed).
#[allow(unsafe_code)]
fn hung_up() -> bool {
    let mut fds = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout; poll only writes revents.
    let n = unsafe { libc::poll(&mut fds, 1, 0) };
    n > 0 && fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// The next terminal event, or `None` once a signal asked us to stop or
/// the terminal has gone.
fn next_event(
    input: &mpsc::Receiver<io::Result<Input>>,
    stop: &AtomicBool,
    wait: Wait,
) -> io::Result<Option<Input>> {
    if wait == Wait::No {
        return match input.try_recv() {
            Ok(ev) => ev.map(Some),
            Err(_) => Ok(None),
        };
    }
    loop {
        if stop.load(Ordering::Relaxed) || hung_up() {
            return Ok(None);
        }
        match input.recv_timeout(POLL) {
            Ok(ev) => return ev.map(Some),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(None),
        }
    }
}
