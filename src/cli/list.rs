//! `gazette list`: one line per article.

use std::io::{self, Write};
use std::process::ExitCode;

use super::common::{EXIT_USAGE, load_filtered};
use super::json::ArticleJson;
use crate::model::ArticleIx;
use crate::query;
use crate::store::Store;
use crate::text;

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
    let rows: Vec<ArticleIx> = if query.is_empty() {
        s.newest_first().to_vec()
    } else {
        query::Matcher::default().run(s.article_index(), &query)
    };
    if json {
        let json_rows: Vec<ArticleJson> = rows
            .iter()
            .filter_map(|&ix| ArticleJson::new(s, ix))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &json_rows)?;
        writeln!(out)?;
    } else {
        write_list(s, &rows, out)?;
    }
    super::common::done_with(loaded, out)?;
    Ok(ExitCode::SUCCESS)
}

fn write_list(s: &Store, rows: &[ArticleIx], out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<_> = rows.iter().filter_map(|&ix| s.get(ix)).collect();
    let id_w = rows.iter().map(|a| text::width(&a.id)).max().unwrap_or(0);
    let src_w = rows
        .iter()
        .map(|a| text::width(a.source_label()))
        .max()
        .unwrap_or(0);
    for a in &rows {
        let date = a
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        writeln!(
            out,
            "{}  {:<10}  {}  {}",
            text::fit(&a.id, id_w),
            date,
            text::fit(a.source_label(), src_w),
            a.title
        )?;
    }
    Ok(())
}
