//! The shape of the code, checked: dependencies point one way, from the
//! model at the bottom to the command line and the reader at the top, and
//! no file grows past a few hundred lines.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every module of the library, by layer: a module may use only modules
/// of lower layers. The order is the pipeline's.
const LAYERS: &[(&str, u8)] = &[
    ("model", 0),
    ("text", 0),
    ("synth", 0),
    ("language", 1),
    ("state", 1),
    ("ingest", 2),
    ("analysis", 2),
    ("query", 3),
    ("store", 4),
    ("document", 5),
    ("ui", 6),
    ("cli", 7),
];

/// Files allowed past the size limit: word lists.
const WORD_LISTS: &[&str] = &["src/language/lexicon.rs"];

const MAX_LINES: usize = 500;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without comments and without its unit tests.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file names through `crate::`.
fn uses(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out.retain(|m| !m.is_empty() && m != "self");
    out
}

#[test]
fn dependencies_point_down_the_layers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rank: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut wrong = Vec::new();
    let mut seen = 0;
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs");
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(&own) = rank.get(module) else {
            wrong.push(format!("{module}: not placed in LAYERS"));
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap();
        for used in uses(&code(&text)) {
            seen += 1;
            if used == module {
                continue;
            }
            match rank.get(used.as_str()) {
                Some(&r) if r < own => {}
                Some(_) => wrong.push(format!("{} uses {used}", rel.display())),
                None => wrong.push(format!("{} uses unknown module {used}", rel.display())),
            }
        }
    }
    assert!(seen > 50, "found only {seen} uses: the scan is broken");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_scan_sees_what_a_file_uses() {
    let text = "use crate::model::Article;\nuse crate::{query, store::Store};\n// crate::ui\n#[cfg(test)]\nmod tests {\n use crate::cli;\n}";
    assert_eq!(uses(&code(text)), ["model", "query", "store"]);
}

#[test]
fn no_file_grows_past_a_few_hundred_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "examples"] {
        rust_files(&root.join(dir), &mut files);
    }
    let long: Vec<String> = files
        .iter()
        .filter(|f| {
            let rel = f.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            !WORD_LISTS.contains(&rel.as_str())
        })
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > MAX_LINES).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}
