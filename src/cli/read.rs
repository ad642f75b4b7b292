//! `gazette [PATH]...`: the reader, in the terminal.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::common::{EXIT_NOT_FOUND, EXIT_USAGE, load};
use crate::ui;

/// The reader's options.
#[derive(Debug, Clone, Default, Args)]
pub struct ReadArgs {
    /// Open on the quote that best matches TEXT
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// Keep read marks, the last article and the filter in PATH
    /// [default: $XDG_STATE_HOME/gazette/state.json]
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,
    /// Neither read nor write saved state
    #[arg(long, conflicts_with = "state")]
    pub no_state: bool,
    /// Let the mouse scroll and click (this turns the terminal's own text
    /// selection off while gazette runs)
    #[arg(long)]
    pub mouse: bool,
    /// Draw borders and marks in ASCII (also when the locale is not UTF-8)
    #[arg(long)]
    pub ascii: bool,
}

/// Opens the reader on `paths` (the bundled articles when empty). Input
/// problems are reported before the terminal is taken over.
pub fn run(given: &super::Paths, args: &ReadArgs) -> anyhow::Result<ExitCode> {
    let paths = given.paths.as_slice();
    if paths.iter().any(|p| p.as_os_str() == crate::ingest::STDIN) {
        eprintln!(
            "gazette: the reader takes its keys from standard input, so it cannot read an article there; use `gazette list -` or `gazette show ID -`"
        );
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        eprintln!(
            "gazette: this terminal (TERM=dumb) cannot show the reader; use `gazette list` and `gazette show ID`"
        );
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let terminal = io::stdout().is_terminal() && io::stdin().is_terminal();
    if let Err(e) = crate::ingest::check_paths(paths) {
        eprintln!("gazette: {e}{}", super::common::hint(&e));
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    if !terminal {
        eprintln!(
            "gazette: the reader needs a terminal; in scripts use `gazette list` or `gazette show ID`"
        );
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let state = if args.no_state {
        None
    } else {
        args.state.clone().or_else(crate::state::default_path)
    };
    let options = ui::Options {
        state,
        mouse: args.mouse,
        ascii: args.ascii,
    };
    // The archive is read in the background while the reader runs; only
    // `--quote`, which needs every quote before the first frame, and the
    // bundled articles, read at once, are loaded first.
    let background = args.quote.is_none() && !paths.is_empty();
    let mut app = if background {
        ui::prepare_loading(&options)
    } else {
        match load(given) {
            Ok(held) => ui::prepare(held.into_loaded(), &options),
            Err(e) => {
                eprintln!("gazette: {e}{}", super::common::hint(&e));
                return Ok(ExitCode::from(EXIT_USAGE));
            }
        }
    };
    if options.state.is_none() && !args.no_state {
        app.notice = Some(
            "read marks will not be kept: neither XDG_STATE_HOME nor HOME is set (--state PATH keeps them)"
                .into(),
        );
    }
    if let Some(text) = &args.quote {
        match app.store.best_quote(text) {
            Some(q) => app.open_quote(q),
            None => {
                eprintln!("gazette: no quote matches {text:?} (see `gazette quotes`)");
                return Ok(ExitCode::from(EXIT_NOT_FOUND));
            }
        }
    }
    let load = background.then(|| (paths.to_vec(), given.cache_use()));
    ui::terminal::run_terminal(app, &options, load)?;
    Ok(ExitCode::SUCCESS)
}
