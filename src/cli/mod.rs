//! The command line: arguments, and one module per command. `gazette
//! [PATH]...` opens the reader; `list`, `show`, `people`, `quotes` and
//! `check` print from the same store for scripts.

mod args;
mod check;
mod common;
pub mod json;
mod list;
mod people;
mod quotes;
mod read;
mod show;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use args::{Filter, Output, Paths};
pub use common::{EXIT_NOT_FOUND, EXIT_USAGE, load};

const QUERY_HELP: &str = "\
Columns: id, date, source, title.

QUERY: words separated by spaces; every word must match.
  lavrov            fuzzy over title, source, people and date
  p:lavrv           person (also person:)    s:usa   source (source:)
  t:geneva          title (title:)           d:...   date (date:)
  d:2022-01-21  d:2022-01  d:jan 21  d:21 january  d:friday
  d:2022-01-18..2022-01-20  d:..2022-01-20  d:2022-01-20..  d:7d  d:2w  d:3m
  !s:npr            not                      'geneva exact, not fuzzy
  p:\"joe biden\"     a phrase with spaces
Lower-case words match either case; a capital letter makes the word exact-case.

Exit status: 0 success, 2 unreadable input or a query that cannot be read.";

const AFTER_HELP: &str = "\
With no PATH, gazette reads the articles bundled with it. A PATH may be a
file or a folder (read recursively: .txt, .text, .md, .markdown and files
without an extension). A file named gazette-meta.json in a folder gives
facts the articles' text does not state (title, date, source, author).

Exit status: 0 success, 1 no such article or quote (--check: problems found,
or nothing loaded), 2 usage error or unreadable input.";

#[derive(Debug, Parser)]
#[command(
    name = "gazette",
    version,
    about = "A terminal reader for a local archive of news articles",
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub paths: Paths,
    #[command(flatten)]
    pub read: read::ReadArgs,
    /// Report every problem met loading the articles, then exit
    /// (1 when there are problems); the same as `gazette check`
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print one line per article, newest first (best match first with --filter)
    #[command(after_help = QUERY_HELP)]
    List {
        #[command(flatten)]
        paths: Paths,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        filter: Filter,
    },
    /// Print the people named in the articles, most mentioned first
    #[command(
        after_help = "Columns: mentions, articles, name, aliases. Authors (bylines) are not listed.\nExit status: 0 success, 2 unreadable input."
    )]
    People {
        #[command(flatten)]
        paths: Paths,
        #[command(flatten)]
        output: Output,
    },
    /// Print the quotations: who said what, where, and who else carried it
    #[command(
        after_help = "Columns: speaker — text — source, date [article id]. A quote carried by other\narticles is followed by where, and how their wording differs.\nQUERY: as for `list`, with p: the speaker. Exit status: 0 success, 2 unreadable input or query."
    )]
    Quotes {
        #[command(flatten)]
        paths: Paths,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        filter: Filter,
    },
    /// Print one article as plain text, laid out as the reader shows it
    #[command(
        after_help = "ID is an article id from `gazette list`, or a prefix only one id has, or an\narticle file's path.\nExit status: 0 success, 1 no such article, 2 unreadable input."
    )]
    Show {
        /// The article's id
        id: String,
        #[command(flatten)]
        paths: Paths,
        /// Wrap lines at this many columns (0: do not wrap)
        #[arg(long, default_value_t = 80)]
        width: usize,
        /// Print the article's fields as a JSON object, its body as plain
        /// text (paragraphs apart by a blank line)
        #[arg(long)]
        json: bool,
    },
    /// Report every problem met loading the articles, then exit (1 when
    /// there are problems)
    #[command(
        after_help = "Exit status: 0 every file loaded cleanly, 1 problems were found or nothing loaded, 2 a path cannot be used."
    )]
    Check {
        #[command(flatten)]
        paths: Paths,
    },
}

/// Runs what the command line asks for: a command, or the reader.
pub fn main(cli: Cli) -> anyhow::Result<ExitCode> {
    // the reader writes to the terminal itself: lock nothing for it
    if cli.command.is_none() && !cli.check {
        return read::run(&cli.paths, &cli.read);
    }
    // (written in blocks, not a line at a time: `list` of a large archive
    // is a hundred thousand lines)
    let out = &mut io::BufWriter::new(io::stdout().lock());
    let err = &mut io::stderr().lock();
    let code = match cli.command {
        Some(command) => run(command, out, err)?,
        None => check::run(&cli.paths, out, err)?,
    };
    out.flush()?;
    Ok(code)
}

/// Runs a non-interactive command, printing to `out` and `err`.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    match command {
        Command::List {
            paths,
            output,
            filter,
        } => list::run(&paths, output.json, filter.filter.as_deref(), out, err),
        Command::Quotes {
            paths,
            output,
            filter,
        } => quotes::run(&paths, output.json, filter.filter.as_deref(), out, err),
        Command::People { paths, output } => people::run(&paths, output.json, out, err),
        Command::Show {
            id,
            paths,
            width,
            json,
        } => show::run(&id, &paths, width, json, out, err),
        Command::Check { paths } => check::run(&paths, out, err),
    }
}
