//! The terminal reader: state ([`App`]), messages ([`Msg`], bindable
//! [`Command`]s among them), layers on top ([`Layer`]), one
//! `update`, rendering from `&App`, and an event loop generic over the
//! ratatui backend so tests run the whole app on `TestBackend`; the real
//! terminal around it ([`terminal`]).

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
mod scroll;
mod search;
mod status;
pub mod terminal;
mod theme;
mod tty;
mod view;
mod widgets;

use std::io;
use std::path::PathBuf;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

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
    fit(terminal, app)?;
    draw(terminal, app)
}

/// Sizes the app to the terminal.
fn fit<B: Backend>(terminal: &Terminal<B>, app: &mut App) -> Result<(), Error> {
    let size = terminal.size().map_err(terminal_error::<B>)?;
    app.update(Msg::Resize(size.width, size.height));
    Ok(())
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
    fit(terminal, app)?;
    // the frame on the terminal, to send a move of rows as a move
    let mut shown = None;
    draw_moving(terminal, app, &mut shown)?;
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
            tty::suspend(app.mouse)?;
            // the screen is blank again: forget the last frame, so the next
            // draws all of it (Terminal::clear would ask the terminal where
            // its cursor is, and the answer goes to the input thread)
            terminal.swap_buffers();
            shown = None;
        }
        if app.quit {
            break;
        }
        draw_moving(terminal, app, &mut shown)?;
    }
    Ok(())
}

/// Draws the app; when most of the next frame is rows of the one `shown`
/// moved up or down (a pane as wide as the screen scrolled), the terminal
/// is told to move them and only the rest is written.
fn draw_moving<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &App,
    shown: &mut Option<ratatui::buffer::Buffer>,
) -> Result<(), Error> {
    if let Some(old) = shown.as_ref() {
        // the next frame, drawn aside to compare
        render(app, &mut terminal.get_frame());
        let next = terminal.current_buffer_mut().clone();
        terminal.current_buffer_mut().reset();
        if let Some(shift) = scroll::find(old, &next) {
            // what the terminal shows once the rows move becomes what the
            // next frame is compared with
            *terminal.current_buffer_mut() = scroll::apply(old, &shift);
            terminal.swap_buffers();
            let backend = terminal.backend_mut();
            if shift.up {
                backend.scroll_region_up(shift.region, shift.by)
            } else {
                backend.scroll_region_down(shift.region, shift.by)
            }
            .map_err(terminal_error::<B>)?;
        }
    }
    let done = terminal
        .draw(|f| render(app, f))
        .map_err(terminal_error::<B>)?;
    *shown = Some(done.buffer.clone());
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
/// as the archive arrives (see [`terminal::run_terminal`]).
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
