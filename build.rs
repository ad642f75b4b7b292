//! Embeds the bundled corpus (`assets/articles`) into the binary so that
//! `gazette` with no path works from any directory, and fingerprints the
//! code that turns files into a store, so a cache made by other rules is
//! never used.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new("assets/articles");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("assets/articles exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut out = String::from(
        "/// Bundled files: (file name, contents).\npub static BUNDLED: &[(&str, &[u8])] = &[\n",
    );
    for n in &names {
        println!("cargo:rerun-if-changed={}/{}", dir.display(), n);
        writeln!(
            out,
            "    ({n:?}, include_bytes!({:?})),",
            format!("{root}/assets/articles/{n}")
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
    rules_fingerprint();
}

/// Everything a cached store depends on: the model, the language rules,
/// ingest, the analysis, text handling, the cache's own format, the
/// search indexes.
const RULES: &[&str] = &[
    "src/model",
    "src/language",
    "src/ingest",
    "src/analysis",
    "src/text.rs",
    "src/cache",
    // the search indexes are kept in the cache too
    "src/query/index",
    "Cargo.lock",
];

/// Writes `rules.rs`: a 64-bit FNV-1a hash of the files of [`RULES`],
/// in path order.
fn rules_fingerprint() {
    let mut files = Vec::new();
    for r in RULES {
        println!("cargo:rerun-if-changed={r}");
        collect(Path::new(r), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        let name = f.to_string_lossy();
        let bytes = fs::read(f).unwrap_or_default();
        for b in name.as_bytes().iter().chain(&[0]).chain(&bytes) {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let out = format!(
        "/// A fingerprint of the code that builds a store from files.\npub const RULES: u64 = {hash:#018x};\n"
    );
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rules.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect(p: &Path, out: &mut Vec<std::path::PathBuf>) {
    if p.is_dir() {
        for e in fs::read_dir(p).into_iter().flatten().flatten() {
            collect(&e.path(), out);
        }
    } else if p.is_file() {
        out.push(p.to_path_buf());
    }
}
