//! `gazette quotes`: who said what, and who else carried it.

use std::io::{self, Write};
use std::process::ExitCode;

use super::common::{EXIT_USAGE, load_filtered};
use super::json::QuoteJson;
use crate::store::QuoteMatcher;

pub fn run(
    paths: &super::Paths,
    json: bool,
    filter: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let Some((loaded, query)) = load_filtered(paths, filter, err)? else {
        return Ok(ExitCode::from(EXIT_USAGE));
    };
    let s = &loaded.store;
    // no filter, no index to build
    let hits: Vec<_> = if query.is_empty() {
        s.quotes_newest_first().collect()
    } else {
        QuoteMatcher::default().run(s, &query)
    };
    if json {
        let rows: Vec<QuoteJson> = hits.iter().map(|&qi| QuoteJson::new(qi, s)).collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
    } else {
        for qi in hits {
            let q = &s.quotes()[qi];
            let Some(a) = s.get(q.article) else { continue };
            let date = a
                .date
                .map_or_else(|| "undated".to_string(), |d| d.to_string());
            writeln!(
                out,
                "{} — “{}” — {}, {} [{}]",
                s.speaker_name(q).unwrap_or("unknown speaker"),
                q.text,
                a.source_label(),
                date,
                a.id
            )?;
            for other in QuoteJson::new(qi, s).also_in {
                let changed: usize = other
                    .wording
                    .iter()
                    .map(|(x, y)| x.split(' ').count().max(y.split(' ').count()))
                    .sum();
                let diff = if other.wording.is_empty() {
                    "same words".to_string()
                } else if other.wording.len() > 3 || changed > 12 {
                    format!("worded differently ({} places differ)", other.wording.len())
                } else {
                    other
                        .wording
                        .iter()
                        .map(|(x, y)| match (x.is_empty(), y.is_empty()) {
                            (true, _) => format!("adds “{y}”"),
                            (_, true) => format!("drops “{x}”"),
                            _ => format!("“{x}” → “{y}”"),
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                writeln!(
                    out,
                    "    also in {} ({}): {diff}",
                    other.article,
                    other.source.unwrap_or("source unknown")
                )?;
            }
        }
    }
    super::common::done_with(loaded, out)?;
    Ok(ExitCode::SUCCESS)
}
