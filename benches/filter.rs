//! Per-keystroke cost of the filter at 100,000 articles, in the list and
//! in the quotes pane.
//!
//! `cargo bench --bench filter [-- N]`: generates the synthetic archive
//! (deterministic), builds the store and the search index, then types each
//! query one character at a time through one Matcher, as the filter bar
//! does, and highlights the rows a 40-row screen shows. Prints the time of
//! every keystroke (median of several runs) and the rows matched.
//!
//! `cargo bench --bench filter -- DIR`: the same on a real archive (as
//! `../shared/tools/mkcorpus.py` writes), loaded through the cache like the
//! reader does: the load's time is printed, cold the first time, warm
//! after.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use gazette::ingest::MetaEntry;
use gazette::query::{self, Field, Matcher};
use gazette::store::QuoteMatcher;
use gazette::store::Store;
use rayon::prelude::*;

const QUERIES: &[&str] = &[
    "p:trump",
    "email server",
    "p:blinken",
    "s:reuters",
    "d:2022-01",
    "geneva talks",
    "lavrov !s:npr",
];
/// Typed into the quotes pane.
const QUOTE_QUERIES: &[&str] = &[
    "p:trump",
    "p:lavrov",
    "breakthrough",
    "s:reuters talks",
    "d:2022-01",
];
const RUNS: usize = 7;
const SCREEN_ROWS: usize = 40;

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let store = match arg.as_deref().map(PathBuf::from) {
        Some(dir) if dir.is_dir() => real(&dir),
        _ => synthetic(arg.and_then(|a| a.parse().ok()).unwrap_or(100_000)),
    };
    let t = Instant::now();
    let index = store.article_index();
    println!("search index built in {:.2?}", t.elapsed());
    let today = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();

    println!();
    let worst = type_queries(
        QUERIES,
        today,
        &mut Matcher::default(),
        |m| *m = Matcher::default(),
        |m, parsed| {
            let hits = m.run(index, parsed);
            for &ix in hits.iter().take(SCREEN_ROWS) {
                if let Some(a) = store.get(ix) {
                    std::hint::black_box(m.highlight(parsed, Field::Title, &a.title));
                    if let Some(s) = &a.source {
                        std::hint::black_box(m.highlight(parsed, Field::Source, s));
                    }
                }
            }
            hits.len()
        },
    );
    println!(
        "slowest keystroke (median of {RUNS} runs): {:.3} ms; budget 16 ms",
        ms(worst)
    );
    quotes(&store, today);
}

/// A real archive, loaded through the cache as the reader does.
fn real(dir: &std::path::Path) -> Store {
    let t = Instant::now();
    let paths = vec![dir.to_path_buf()];
    let (loaded, report) =
        gazette::store::load_cached(&paths, &gazette::store::CacheUse::Default, &mut |_| {})
            .unwrap_or_else(|e| panic!("cannot load {}: {e}", dir.display()));
    println!(
        "loaded {} articles in {:.2?} ({} files fresh in the cache, {} read)",
        loaded.store.len(),
        t.elapsed(),
        report.fresh,
        report.read
    );
    loaded.store
}

/// The synthetic archive of `n` articles.
fn synthetic(n: usize) -> Store {
    let t = Instant::now();
    let synth = gazette::synth::corpus(n, 42);
    println!("generated {n} articles in {:.2?}", t.elapsed());

    let t = Instant::now();
    let articles: Vec<_> = synth
        .par_iter()
        .map(|s| {
            let mut a =
                gazette::ingest::parse_article(&s.name[..6], PathBuf::from(&s.name), &s.text)
                    .article;
            MetaEntry {
                source: Some(s.source.clone()),
                ..Default::default()
            }
            .apply(&mut a);
            a
        })
        .collect();
    println!("parsed in {:.2?}", t.elapsed());
    let t = Instant::now();
    let store = Store::new(articles);
    println!(
        "store built (people: {}) in {:.2?}",
        store.people().len(),
        t.elapsed()
    );
    store
}

/// The same, typed into the quotes pane: each pane opens with a fresh
/// QuoteMatcher, whose first run (all quotes) builds its index.
fn quotes(store: &Store, today: NaiveDate) {
    println!();
    println!("quotes pane: {} quotes", store.quotes().len());
    let t = Instant::now();
    let mut m = QuoteMatcher::default();
    let all = m.run(store, &query::Query::default());
    println!("first opening ({} rows) in {:.2?}", all.len(), t.elapsed());
    let worst = type_queries(
        QUOTE_QUERIES,
        today,
        &mut m,
        |m| {
            m.run(store, &query::Query::default());
        },
        |m, parsed| m.run(store, parsed).len(),
    );
    println!(
        "quotes pane, slowest keystroke (median of {RUNS} runs): {:.3} ms; budget 16 ms",
        ms(worst)
    );
}

/// Types each query one character at a time, `RUNS` times (calling
/// `fresh` on the matcher before each run); `key` answers one keystroke
/// with its row count. Prints every keystroke's median and max; returns
/// the slowest median.
fn type_queries<M>(
    queries: &[&str],
    today: NaiveDate,
    m: &mut M,
    fresh: impl Fn(&mut M),
    key: impl Fn(&mut M, &query::Query) -> usize,
) -> Duration {
    println!(
        "{:<16} {:>10} {:>10} {:>9}",
        "typed", "median ms", "max ms", "rows"
    );
    let mut worst = Duration::ZERO;
    for q in queries {
        let prefixes: Vec<&str> = (1..=q.len())
            .filter(|&i| q.is_char_boundary(i))
            .map(|i| &q[..i])
            .collect();
        let mut times: Vec<Vec<Duration>> = vec![Vec::new(); prefixes.len()];
        let mut rows = vec![0; prefixes.len()];
        for _ in 0..RUNS {
            fresh(m);
            for (k, p) in prefixes.iter().enumerate() {
                let t = Instant::now();
                if let Ok(parsed) = query::parse(p, today) {
                    rows[k] = key(m, &parsed);
                }
                times[k].push(t.elapsed());
            }
        }
        for (k, p) in prefixes.iter().enumerate() {
            times[k].sort();
            let median = times[k][RUNS / 2];
            worst = worst.max(median);
            println!(
                "{:<16} {:>10.3} {:>10.3} {:>9}",
                p,
                ms(median),
                ms(times[k][RUNS - 1]),
                rows[k]
            );
        }
        println!();
    }
    worst
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
