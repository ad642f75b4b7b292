//! Shingle precision, recall and F1 of each extractor's body text against
//! the clean body, page by page and over all pages.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Word triples of `text`, lower case, letters and digits only.
fn shingles(text: &str) -> HashSet<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(3).map(|w| w.join(" ")).collect()
}

/// (precision, recall) of `got` against `want`.
fn score(got: &str, want: &str) -> (f64, f64) {
    let (g, w) = (shingles(got), shingles(want));
    let both = g.intersection(&w).count() as f64;
    let p = if g.is_empty() { 0.0 } else { both / g.len() as f64 };
    let r = if w.is_empty() { 0.0 } else { both / w.len() as f64 };
    (p, r)
}

fn f1((p, r): (f64, f64)) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

fn gazette_body(path: &Path, html: &str) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x.html");
    let (articles, _) =
        gazette::ingest::read_bytes(path.to_path_buf(), name, name, html.as_bytes(), None);
    articles
        .first()
        .map(|a| {
            a.body
                .iter()
                .filter(|b| b.is_story())
                .map(|b| b.text())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .unwrap_or_default()
}

fn smoothie_body(html: &str) -> String {
    dom_smoothie::Readability::new(html, None, None)
        .and_then(|mut r| r.parse())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

fn trafilatura_body(html: &str) -> String {
    trafilatura::extract(html, &trafilatura::Options::default())
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn main() {
    // the set: this folder's, or another with pages/ and gold/ (heldout)
    let here = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(here.join("pages"))
        .expect("pages/ is there")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    pages.sort();
    let names = ["gazette", "dom_smoothie", "trafilatura"];
    let mut sums = [(0.0, 0.0, 0.0); 3];
    println!("{:<28} {:>22} {:>22} {:>22}", "page", names[0], names[1], names[2]);
    for page in &pages {
        let html = std::fs::read_to_string(page).expect("a page is text");
        let stem = page.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let gold = std::fs::read_to_string(here.join("gold").join(format!("{stem}.txt")))
            .expect("each page has its gold body");
        let bodies = [gazette_body(page, &html), smoothie_body(&html), trafilatura_body(&html)];
        let mut row = format!("{stem:<28}");
        for (k, b) in bodies.iter().enumerate() {
            let pr = score(b, &gold);
            sums[k].0 += pr.0;
            sums[k].1 += pr.1;
            sums[k].2 += f1(pr);
            row.push_str(&format!("   P {:.2} R {:.2} F {:.2}", pr.0, pr.1, f1(pr)));
        }
        println!("{row}");
    }
    let n = pages.len() as f64;
    println!();
    for (k, name) in names.iter().enumerate() {
        println!(
            "{name:<14} mean precision {:.3}  recall {:.3}  F1 {:.3}",
            sums[k].0 / n,
            sums[k].1 / n,
            sums[k].2 / n
        );
    }
}
