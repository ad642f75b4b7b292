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
    ("atomic", 0),
    ("memory", 0),
    ("synth", 0),
    ("language", 1),
    ("state", 1),
    ("ingest", 2),
    ("analysis", 2),
    ("query", 3),
    ("cache", 4),
    ("store", 5),
    ("document", 6),
    ("ui", 7),
    ("cli", 8),
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
        // (a build's output is no source)
        if p.is_dir() && p.file_name().is_some_and(|n| n != "target") {
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
        // a module's tests in a file of their own are its tests, like
        // those written in it (`#[cfg(test)] mod tests;` in `x.rs` or
        // `x/mod.rs` for `x/tests.rs`)
        if f.file_name().is_some_and(|n| n == "tests.rs") {
            let dir = f.parent().unwrap();
            let declared = [dir.join("mod.rs"), dir.with_extension("rs")]
                .iter()
                .any(|p| {
                    std::fs::read_to_string(p).is_ok_and(|t| t.contains("#[cfg(test)]\nmod tests;"))
                });
            if declared {
                continue;
            }
        }
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

/// A file's module path: `src/a/b.rs` is `a::b`, `src/a/mod.rs` is `a`.
fn module_path(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every path a file's code names: `use` items with their `{…}` groups
/// expanded, and `crate::`/`super::`/`self::` paths anywhere else.
fn paths(code: &str) -> Vec<Vec<String>> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        match tree.find('{') {
            None => out.push(format!("{prefix}{tree}")),
            Some(open) => {
                let head = &tree[..open];
                let inner = &tree[open + 1..tree.len() - 1];
                let mut depth = 0;
                let mut start = 0;
                for (i, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            expand(&format!("{prefix}{head}"), &inner[start..i], out);
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                expand(&format!("{prefix}{head}"), &inner[start..], out);
            }
        }
    }
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    let mut out = Vec::new();
    for (i, _) in code.match_indices("use ") {
        let before = code[..i].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(end) = code[i..].find(';') else {
            continue;
        };
        // `a as b` keeps `a`; then spaces go
        let tree: String = code[i + 4..i + end]
            .replace(" as ", "@")
            .split_whitespace()
            .collect();
        let mut items = Vec::new();
        expand("", &tree, &mut items);
        out.extend(
            items
                .into_iter()
                .map(|p| p.split('@').next().unwrap_or("").to_string()),
        );
    }
    // `pub(in crate::ui)` names a visibility, not a use
    let mut code = code.to_string();
    while let Some(i) = code.find("pub(in ") {
        let end = code[i..].find(')').map_or(code.len(), |j| i + j + 1);
        code.replace_range(i..end, "pub");
    }
    for start in ["crate::", "super::", "self::"] {
        for (i, _) in code.match_indices(start) {
            if code[..i]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let p: String = code[i..].chars().take_while(|&c| ident(c)).collect();
            // `super::{…}` is a use group, read above
            if !p
                .trim_end_matches(':')
                .ends_with(start.trim_end_matches(':'))
            {
                out.push(p);
            }
        }
    }
    out.into_iter()
        .map(|p| {
            p.split("::")
                .filter(|s| !s.is_empty() && *s != "*")
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .map(|f| (module_path(&root, f), f.clone()))
        .filter(|(m, _)| !(m.len() == 1 && (m[0] == "lib" || m[0] == "main")))
        .filter(|(m, _)| m.last().is_none_or(|l| l != "tests"))
        .collect();
    let resolve = |base: &[String], rest: &[String]| -> Option<Vec<String>> {
        (0..=rest.len()).rev().find_map(|k| {
            let mut m = base.to_vec();
            m.extend_from_slice(&rest[..k]);
            (!m.is_empty() && modules.contains_key(&m)).then_some(m)
        })
    };
    let mut edges: BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>> = BTreeMap::new();
    for (m, f) in &modules {
        let is_dir = f.file_name().is_some_and(|n| n == "mod.rs");
        let text = code(&std::fs::read_to_string(f).unwrap());
        for p in paths(&text) {
            let target = match p.first().map(String::as_str) {
                Some("crate") => resolve(&[], &p[1..]),
                Some("super") => {
                    let ups = p.iter().take_while(|s| *s == "super").count();
                    let base = &m[..m.len().saturating_sub(ups)];
                    resolve(base, &p[ups..])
                }
                Some("self") => resolve(m, &p[1..]),
                // a child module named without `self::`
                Some(_) if is_dir => resolve(m, &p).filter(|t| t.len() > m.len()),
                _ => None,
            };
            if let Some(t) = target.filter(|t| t != m) {
                edges.entry(m.clone()).or_default().insert(t);
            }
        }
    }
    assert!(
        edges.len() > 30,
        "only {} modules use others: the scan is broken",
        edges.len()
    );
    // depth-first search for a cycle
    fn visit(
        m: &Vec<String>,
        edges: &BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut std::collections::BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(i) = stack.iter().position(|s| s == m) {
            let mut cycle = stack[i..].to_vec();
            cycle.push(m.clone());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.clone());
        for n in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(n, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(m.clone());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    for m in edges.keys() {
        if let Some(cycle) = visit(m, &edges, &mut Vec::new(), &mut done) {
            let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("a cycle: {}", names.join(" -> "));
        }
    }
}

#[test]
fn the_path_scan_expands_groups_and_finds_inline_paths() {
    let found = paths("use super::{a::B, c::{D, e::F as G}};\nfn f() { crate::x::y(); }");
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        [
            "super::a::B",
            "super::c::D",
            "super::c::e::F",
            "crate::x::y"
        ]
    );
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
