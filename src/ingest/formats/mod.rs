//! The formats gazette reads, as a registry. A format says which files
//! it takes and turns a file's decoded text into articles; one file may
//! hold several. Adding a format is one module and one row of [`FORMATS`].

pub mod feed;
pub mod html;
pub mod json;
pub mod markdown;
pub mod parts;
pub mod plain;
pub mod record;
mod source;

use std::path::Path;

pub use source::{Parsed, Source};

/// One format of the registry.
#[derive(Debug)]
pub struct Format {
    pub name: &'static str,
    /// Extensions (lower case) of the files it takes when walking a folder.
    pub extensions: &'static [&'static str],
    pub read: fn(&Source, &str) -> Parsed,
}

/// Every format, the first one the fallback for files of no known kind.
pub const FORMATS: &[Format] = &[
    Format {
        name: "plain text",
        extensions: &["txt", "text"],
        read: plain::read,
    },
    Format {
        name: "Markdown",
        extensions: &["md", "markdown"],
        read: markdown::read,
    },
    Format {
        name: "web page",
        extensions: &["html", "htm", "xhtml"],
        read: html::page::read,
    },
    Format {
        name: "feed",
        extensions: &["xml", "rss", "atom"],
        read: feed::read,
    },
    Format {
        name: "article JSON",
        extensions: &["json", "jsonl", "ndjson"],
        read: json::read,
    },
];

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The format a file is read in: by its extension; a file named on the
/// command line with no known extension is read as plain text.
pub fn for_path(path: &Path) -> &'static Format {
    let ext = extension(path);
    FORMATS
        .iter()
        .find(|f| ext.as_deref().is_some_and(|e| f.extensions.contains(&e)))
        .unwrap_or(&FORMATS[0])
}

/// The format a file's `text` is read in: what it is when that can be
/// told safely (JSON under another name), else what its extension says
/// ([`for_path`]).
pub fn for_file(path: &Path, text: &str) -> &'static Format {
    let by_name = for_path(path);
    let named = |name: &str| FORMATS.iter().find(|f| f.name == name);
    let told = match by_name.name {
        "plain text" | "Markdown" | "article JSON" if feed::sniff(text) => named("feed"),
        "plain text" | "Markdown" if json::sniff(text) => named("article JSON"),
        "plain text" | "Markdown" if html::page::sniff(text) => named("web page"),
        // text with front matter is read for it
        "plain text" if markdown::sniff(text) => named("Markdown"),
        _ => None,
    };
    told.unwrap_or(by_name)
}

/// Whether a file is a folder's own documentation (README, LICENSE, …),
/// not an article: passed over when walking a folder.
pub fn is_documentation(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_ascii_lowercase);
    matches!(
        stem.as_deref(),
        Some("readme" | "license" | "licence" | "copying" | "changelog" | "contributing")
    )
}

/// Whether a file met while walking a folder is read: one of a format's
/// extensions, or none at all.
pub fn reads_when_walking(path: &Path) -> bool {
    match extension(path) {
        None => true,
        Some(e) => FORMATS.iter().any(|f| f.extensions.contains(&e.as_str())),
    }
}
