//! `gazette people`: everyone named, most mentioned first.

use std::io::{self, Write};
use std::process::ExitCode;

use super::common::{EXIT_USAGE, load_or_report};
use super::json::PersonJson;

pub fn run(
    paths: &super::Paths,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let Some(loaded) = load_or_report(paths, err)? else {
        return Ok(ExitCode::from(EXIT_USAGE));
    };
    let s = &loaded.store;
    let mut people: Vec<&crate::model::Person> = s.people().iter().collect();
    people.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    if json {
        let rows: Vec<PersonJson> = people.iter().map(|p| PersonJson::new(p, s)).collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
    } else {
        for p in people {
            let aliases = if p.aliases.is_empty() {
                String::new()
            } else {
                format!("  ({})", p.aliases.join(", "))
            };
            writeln!(
                out,
                "{:>4} {:>3}  {}{aliases}",
                p.mentions,
                p.articles.len(),
                p.name
            )?;
        }
    }
    super::common::done_with(loaded, out)?;
    Ok(ExitCode::SUCCESS)
}
