//! The terminal reader: state ([`App`]), messages ([`Msg`], bindable
//! [`Command`]s among them), layers on top ([`Layer`]), one
//! `update`, rendering from `&App`, and an event loop generic over the
//! ratatui backend so tests run the whole app on `TestBackend`.

mod ansi16;
mod app;
mod command;
pub mod editor;
mod filter;
mod frames;
mod help;
pub mod keymap;
mod layer;
pub mod layout;
mod list;
mod list_pane;
mod list_state;
mod loading;
mod outcome;
mod picker;
mod quotes_pane;
mod reader;
mod search;
mod status;
mod theme;
mod view;
mod widgets;

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use anyhow::Context;
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

pub use app::{App, ReaderState, View};
pub use command::{Command, Msg};
pub use filter::{FilterEdit, FilterState};
pub use keymap::Keymap;
pub use layer::Layer;
pub use layout::Focus;
pub use list_state::ListState;
pub use loading::{LoadEvent, Loading};
pub use outcome::Outcome;
pub use theme::Theme;
pub use view::render;

use crate::store::Loaded;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("terminal: {0}")]
    Terminal(String),
    #[error("reading the keyboard: {0}")]
    Input(#[from] io::Error),
}

/// What the event loop takes in: the terminal's events, and the archive
/// arriving from the background load.
#[derive(Debug)]
pub enum Input {
    Term(Event),
    Load(LoadEvent),
}

impl From<Event> for Input {
    fn from(ev: Event) -> Input {
        Input::Term(ev)
    }
}

/// The message for a terminal event in the app's present mode, if any.
pub fn msg_for(app: &App, ev: &Event) -> Option<Msg> {
    match ev {
        Event::Key(k) => app.keymap.msg_for(app.mode(), *k),
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        Event::Paste(text) => Some(Msg::Paste(text.clone())),
        Event::Mouse(m) if app.mouse => match m.kind {
            MouseEventKind::ScrollDown => Some(Msg::ScrollAt(m.column, m.row, 3)),
            MouseEventKind::ScrollUp => Some(Msg::ScrollAt(m.column, m.row, -3)),
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}

/// Sizes the app to the terminal and draws the first frame.
pub fn start<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> Result<(), Error> {
    let size = terminal.size().map_err(terminal_error::<B>)?;
    app.update(Msg::Resize(size.width, size.height));
    draw(terminal, app)
}

/// Handles one terminal event: update, then redraw unless quitting.
pub fn handle<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    ev: &Event,
) -> Result<(), Error> {
    apply(app, ev);
    if app.quit {
        return Ok(());
    }
    draw(terminal, app)
}

fn apply(app: &mut App, ev: &Event) {
    // Esc and a key sent at once (a slow link, a quick hand) arrive as
    // Alt and the key: when nothing is bound to that, they are two keys
    // (in a line being typed, Esc would throw the line away: an unbound
    // Alt key does nothing there)
    if let Event::Key(k) = ev
        && k.modifiers.contains(KeyModifiers::ALT)
        && app.mode() == keymap::Mode::Normal
        && msg_for(app, ev).is_none()
    {
        let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        if let Some(msg) = msg_for(app, &esc) {
            app.update(msg);
        }
        let plain = KeyEvent {
            modifiers: k.modifiers - KeyModifiers::ALT,
            ..*k
        };
        if let Some(msg) = msg_for(app, &Event::Key(plain)) {
            app.update(msg);
        }
        return;
    }
    if let Some(msg) = msg_for(app, ev) {
        app.update(msg);
    }
}

fn take(app: &mut App, input: Input) {
    match input {
        Input::Term(ev) => apply(app, &ev),
        Input::Load(ev) => app.on_load(ev),
    }
}

fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &App) -> Result<(), Error> {
    terminal
        .draw(|f| render(app, f))
        .map_err(terminal_error::<B>)?;
    Ok(())
}

fn terminal_error<B: Backend>(e: B::Error) -> Error {
    Error::Terminal(e.to_string())
}

/// Runs the app until it quits or `next_event` has no more events,
/// drawing after every event.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut next_event: impl FnMut() -> io::Result<Option<Event>>,
) -> Result<(), Error> {
    run_with(
        terminal,
        app,
        |wait| match wait {
            Wait::Block => next_event().map(|ev| ev.map(Input::Term)),
            Wait::No => Ok(None),
        },
        |_| {},
    )
}

/// Whether the event source may wait for the next event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Wait for the next event; `None` ends the session.
    Block,
    /// Only an event that has already arrived; `None` when there is none.
    No,
}

/// Runs the app until it quits or `next_event(Wait::Block)` has no more
/// events, calling `after` with the app after every event. The events
/// that arrived while a frame was being drawn are all applied before the
/// next frame: a held key or a slow link, where writing a frame blocks
/// while keys pile up, gets one frame for the pile, not a queue of
/// frames nobody will see.
pub fn run_with<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut next_event: impl FnMut(Wait) -> io::Result<Option<Input>>,
    mut after: impl FnMut(&mut App),
) -> Result<(), Error> {
    start(terminal, app)?;
    while !app.quit {
        let Some(input) = next_event(Wait::Block)? else {
            break;
        };
        take(app, input);
        after(app);
        while !app.quit
            && let Some(input) = next_event(Wait::No)?
        {
            take(app, input);
            after(app);
        }
        if std::mem::take(&mut app.suspend) {
            suspend(app.mouse)?;
            // the screen is blank again: forget the last frame, so the next
            // draws all of it (Terminal::clear would ask the terminal where
            // its cursor is, and the answer goes to the input thread)
            terminal.swap_buffers();
        }
        if app.quit {
            break;
        }
        draw(terminal, app)?;
    }
    Ok(())
}

/// How the reader is opened.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where state is kept; `None`: not kept.
    pub state: Option<PathBuf>,
    /// Capture the mouse for scrolling and clicks.
    pub mouse: bool,
    /// Borders and marks in ASCII, whatever the locale.
    pub ascii: bool,
}

/// The app for a loaded store, its saved state put back.
pub fn prepare(loaded: Loaded, options: &Options) -> App {
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::sized(loaded.store, loaded.problems, size);
    let saved = saved_state(&mut app, options);
    if let Some(saved) = saved {
        app.restore(&saved);
    }
    app
}

/// The app for an archive still to be read: its saved state is put back
/// as the archive arrives (see [`run_terminal`]).
pub fn prepare_loading(options: &Options) -> App {
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::loading(size, None);
    let saved = saved_state(&mut app, options);
    app.pending_state = saved;
    app
}

/// The saved state, and a word in the status line when it cannot be
/// used or kept.
fn saved_state(app: &mut App, options: &Options) -> Option<crate::state::State> {
    app.mouse = options.mouse;
    let path = options.state.as_deref()?;
    if let Err(why) = crate::state::writable(path) {
        app.notice = Some(format!("read marks will not be kept: {why}"));
    }
    let (saved, corrupt) = crate::state::load(path);
    if let Some(c) = corrupt {
        app.notice = Some(match c.moved_to {
            Some(to) => format!(
                "state file unreadable, moved to {}; starting fresh",
                crate::text::safe_path(&to)
            ),
            None => format!("state not used: {}", c.reason),
        });
    }
    Some(saved)
}

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
    restore_terminal(options.mouse);
    // whatever ended the session, the reader's place is kept
    if let Some(path) = state
        && let Err(e) = crate::state::save_merged(path, &app.state(), app.read_changes())
    {
        eprintln!(
            "gazette: cannot save state to {}: {e}",
            crate::text::safe_path(path)
        );
    }
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

/// Puts the terminal back as it was: mouse capture off (when `mouse` turned
/// it on), cooked mode, the
/// main screen, the cursor shown. Errors are ignored: the terminal may be
/// gone.
fn restore_terminal(mouse: bool) {
    if mouse {
        let _ = crossterm::execute!(io::stdout(), crossterm::event::DisableMouseCapture);
    }
    let _ = crossterm::execute!(
        io::stdout(),
        crossterm::event::DisableBracketedPaste,
        crossterm::cursor::Show
    );
    ratatui::restore();
}

/// Ctrl-Z: the terminal put back, the process stopped as a shell's job;
/// when `fg` resumes it, the reader takes the terminal again.
fn suspend(mouse: bool) -> Result<(), Error> {
    restore_terminal(mouse);
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
        crossterm::event::EnableBracketedPaste
    )?;
    if mouse {
        crossterm::execute!(io::stdout(), crossterm::event::EnableMouseCapture)?;
    }
    Ok(())
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

/// Loads the archive at `paths` on a thread of its own, sending how far
/// it has gone and then the store.
fn spawn_load(
    paths: Vec<PathBuf>,
    cache: crate::store::CacheUse,
    tx: mpsc::Sender<io::Result<Input>>,
) {
    std::thread::spawn(move || {
        let send = |ev: LoadEvent| tx.send(Ok(Input::Load(ev))).is_ok();
        let loaded = crate::store::load_cached(&paths, &cache, &mut |u| {
            send(LoadEvent::Update(u));
        });
        // the indexes of the filter and the quotes pane, built here rather
        // than on the first key
        if let Ok((l, _)) = &loaded {
            send(LoadEvent::Update(crate::store::Update::Stage(
                crate::analysis::Stage::Indexes,
            )));
            rayon::join(|| l.store.article_index(), || l.store.quote_index());
        }
        send(LoadEvent::Done(
            loaded
                .map(|(l, report)| (Box::new(l), report))
                .map_err(|e| e.to_string()),
        ));
    });
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
