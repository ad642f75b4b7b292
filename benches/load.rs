//! What loading a real archive costs, stage by stage.
//!
//! `cargo bench --bench load -- DIR [N]`: on an archive as
//! `../shared/tools/mkcorpus.py` writes it. The per-article stages run on
//! one core over the first N files (default 10,000), the best of three
//! runs, and are given in MB of text per second: reading and parsing the
//! files, then stage 1 (names, quotations). The archive-wide stages then
//! run on every file, on all cores, and are given in seconds: people,
//! speakers, groups, indexes.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use gazette::analysis::{self, ArticleReading, names, people, quotes};
use gazette::ingest;
use gazette::model::Article;
use gazette::store::Store;
use rayon::prelude::*;

/// As the binary loads.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let Some(dir) = args.first().map(PathBuf::from).filter(|d| d.is_dir()) else {
        eprintln!("usage: cargo bench --bench load -- DIR [N]");
        return;
    };
    let sample: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);

    let plan = ingest::plan(std::slice::from_ref(&dir)).expect("the archive can be read");
    let files = plan.len();
    println!("{files} files in {}", dir.display());

    // one core: the per-article stages
    let n = sample.min(files);
    let bytes: u64 = plan.files[..n]
        .iter()
        .filter_map(|(f, _)| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let mb = bytes as f64 / 1e6;
    // the best of three runs: the machine's noise only ever adds
    let mut some = Vec::new();
    let t = best(|| some = (0..n).flat_map(|i| plan.read_file(i).0).collect());
    rate("read and parse", mb, t);
    let mut found = 0;
    let t = best(|| found = some.iter().map(|a| names::names_of(a).mentions.len()).sum());
    rate(&format!("names ({found})"), mb, t);
    let t = best(|| {
        found = some
            .iter()
            .map(|a| quotes::detect::utterances(a).len())
            .sum()
    });
    rate(&format!("quotations ({found})"), mb, t);
    drop(some);

    // all cores, every file: the archive-wide stages
    println!();
    let t = Instant::now();
    let articles: Vec<Article> = (0..files)
        .into_par_iter()
        .flat_map_iter(|i| plan.read_file(i).0)
        .collect();
    let articles = Store::prepare(articles);
    took("read, all cores", t);
    let t = Instant::now();
    let readings: Vec<ArticleReading> = articles.par_iter().map(analysis::read_article).collect();
    took("stage 1, all cores", t);
    let t = Instant::now();
    let (persons, cast) = people::merge(&readings);
    took(&format!("people ({})", persons.len()), t);
    let t = Instant::now();
    let found = analysis::speakers(&articles, &readings, &cast, &persons, &|_| Vec::new(), None);
    took(&format!("speakers ({})", found.len()), t);
    let t = Instant::now();
    let (groups, shingled) = quotes::group::group(&found, &|a| articles[a.0].body.clone());
    took(&format!("groups ({})", groups.len()), t);
    let store = Store::analysed(
        articles,
        analysis::Analysis {
            people: persons,
            cast,
            quotes: found,
            quote_groups: groups,
            shingled,
        },
    );
    let t = Instant::now();
    let _ = store.index_sources().build();
    took("indexes", t);
}

/// The shortest of three runs of `f`.
fn best(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn rate(what: &str, mb: f64, t: Duration) {
    let s = t.as_secs_f64();
    println!("{what:<28} {:>7.1} MB/s  ({s:.2} s)", mb / s);
}

fn took(what: &str, t: Instant) {
    println!("{what:<28} {:>7.2} s", t.elapsed().as_secs_f64());
}
