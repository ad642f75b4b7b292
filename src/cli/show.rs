//! `gazette show`: one article as plain text.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::common::{EXIT_NOT_FOUND, EXIT_USAGE, load_or_report};
use crate::document::Document;
use crate::store::Lookup;

pub fn run(
    id: &str,
    paths: &super::Paths,
    width: usize,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    // `gazette show FILE`: the article in that file
    let as_file = paths.paths.is_empty() && std::path::Path::new(id).is_file();
    let paths = if as_file {
        super::Paths {
            paths: vec![PathBuf::from(id)],
            ..paths.clone()
        }
    } else {
        paths.clone()
    };
    let Some(loaded) = load_or_report(&paths, err)? else {
        return Ok(ExitCode::from(EXIT_USAGE));
    };
    if as_file && loaded.store.is_empty() {
        // the reason is printed above
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let found = if as_file && loaded.store.len() == 1 {
        Lookup::Found(crate::model::ArticleIx(0))
    } else {
        loaded.store.find(id)
    };
    let code = match found {
        Lookup::Found(ix) if json => {
            let shown = super::json::ShownJson::new(&loaded.store, ix);
            serde_json::to_writer_pretty(&mut *out, &shown)?;
            writeln!(out)?;
            Ok(ExitCode::SUCCESS)
        }
        Lookup::Found(ix) => {
            let article = loaded.store.get(ix).expect("find returns a valid index");
            let width = if width == 0 { usize::MAX } else { width };
            let doc = Document::for_article(&loaded.store, ix, width)
                .unwrap_or_else(|| Document::layout(article, width));
            out.write_all(doc.to_plain().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Lookup::NotFound => {
            writeln!(
                err,
                "gazette: no article with id {id:?} (see `gazette list`)"
            )?;
            Ok(ExitCode::from(EXIT_NOT_FOUND))
        }
        Lookup::Ambiguous(ids) => {
            writeln!(err, "gazette: {id:?} could be any of: {}", ids.join(", "))?;
            Ok(ExitCode::from(EXIT_NOT_FOUND))
        }
    };
    super::common::done_with(loaded, out)?;
    code
}
