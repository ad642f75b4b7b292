//! The terminal's own state: put back as it was, and taken again after a
//! stop (Ctrl-Z).

use std::io;

/// Puts the terminal back as it was: mouse capture off (when `mouse` turned
/// it on), cooked mode, the
/// main screen, the cursor shown. Errors are ignored: the terminal may be
/// gone.
pub fn restore_terminal(mouse: bool) {
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
pub fn suspend(mouse: bool) -> io::Result<()> {
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
