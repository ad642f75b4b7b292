//! Argument groups shared by the commands, flattened into each.

use std::path::PathBuf;

use clap::Args;

/// The articles to read.
#[derive(Debug, Clone, Default, Args)]
pub struct Paths {
    /// Article files or folders to read [default: the bundled articles]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// How a command prints.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Output {
    /// Print a JSON array of objects instead
    #[arg(long)]
    pub json: bool,
}

/// A query in the filter bar's language.
#[derive(Debug, Clone, Default, Args)]
pub struct Filter {
    /// Only what matches QUERY (the filter bar's language)
    #[arg(long, short, value_name = "QUERY")]
    pub filter: Option<String>,
}
