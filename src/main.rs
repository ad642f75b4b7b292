use std::process::ExitCode;

use clap::Parser;
use gazette::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None if cli.check => cli::check(
            &cli.paths,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        )
        .map_err(anyhow::Error::from),
        None => {
            let state = if cli.no_state {
                None
            } else {
                cli.state.clone().or_else(gazette::state::default_path)
            };
            let options = gazette::ui::Options {
                quote: cli.quote.clone(),
                state,
                mouse: cli.mouse,
                ascii: cli.ascii,
            };
            gazette::ui::open(&cli.paths, &options)
        }
        Some(command) => cli::run(
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        )
        .map_err(anyhow::Error::from),
    };
    match result {
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
