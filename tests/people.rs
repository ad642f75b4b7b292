//! People in the story: every name in the bundled articles against a hand
//! made gold standard, and the same rules on held-out articles written in
//! other outlets' styles (tests/fixtures/heldout, gold.json beside them).

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use gazette::language::names::name_key;
use gazette::store::{self, Store};

/// A name compared spelling-insensitively, word by word.
fn norm(name: &str) -> String {
    name.split_whitespace()
        .map(name_key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Micro precision, recall and F1 over (article, person) pairs.
fn score(store: &Store, gold: &BTreeMap<String, Vec<String>>) -> (f64, f64, f64, Vec<String>) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for &ix in store.newest_first() {
        let a = store.get(ix).unwrap();
        let key = a
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace("bundled:", "");
        let want: BTreeSet<String> = gold[&key].iter().map(|n| norm(n)).collect();
        let got: BTreeSet<String> = store.people_names(ix).map(norm).collect();
        tp += want.intersection(&got).count();
        for extra in got.difference(&want) {
            fp += 1;
            errors.push(format!("{key}: extra {extra}"));
        }
        for missing in want.difference(&got) {
            fn_ += 1;
            errors.push(format!("{key}: missing {missing}"));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(f64::EPSILON), errors)
}

fn seed_gold() -> BTreeMap<String, Vec<String>> {
    let g = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    BTreeMap::from([
        (
            "000_7773edb0c0186760.txt".to_string(),
            g(&[
                "Antony Blinken",
                "Sergey Lavrov",
                "Wendy Sherman",
                "Sergey Ryabkov",
            ]),
        ),
        (
            "001_5dc1a6d449b2344d.txt".to_string(),
            g(&["Antony Blinken", "Sergey Lavrov", "Joe Biden"]),
        ),
        (
            "002_bd2c4025b464b39a.txt".to_string(),
            g(&[
                "Antony Blinken",
                "Sergey Lavrov",
                "Joe Biden",
                "Vladimir Putin",
                "Janet Yellen",
            ]),
        ),
        (
            "003_716f7d07ebe289d0.txt".to_string(),
            g(&[
                "Antony Blinken",
                "Sergey Lavrov",
                "Joe Biden", // "Biden administration" is a mention of Biden
                "Volodymyr Zelensky",
                "Dmytro Kuleba",
                "Ned Price",
                "Annalena Baerbock",
                "Vladimir Putin",
                "Sergey Ryabkov",
                "Ben Wallace",
                "Jake Sullivan",
            ]),
        ),
        (
            "004_2fa23014d65848d9.txt".to_string(),
            g(&[
                "Antony Blinken",
                "Sergey Lavrov",
                "Vladimir Putin",
                "Joe Biden",
                "Volodymyr Zelensky",
                "Donald Trump",
            ]),
        ),
    ])
}

#[test]
fn seeds_f1() {
    let store = store::load_bundled().store;
    let (p, r, f1, errors) = score(&store, &seed_gold());
    println!("seeds: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(f1 >= 0.95, "F1 {f1:.3}: {errors:#?}");
}

#[test]
fn heldout_f1() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/heldout"
    ));
    let gold: BTreeMap<String, Vec<String>> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let loaded = store::load_paths(&[dir]).unwrap();
    assert_eq!(loaded.store.len(), gold.len());
    let (p, r, f1, errors) = score(&loaded.store, &gold);
    println!("held-out: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(f1 >= 0.85, "F1 {f1:.3}: {errors:#?}");
}

#[test]
fn one_person_however_spelt() {
    let store = store::load_bundled().store;
    let find = |n: &str| {
        let hits: Vec<_> = store
            .people()
            .iter()
            .filter(|p| norm(&p.name).ends_with(&norm(n)))
            .collect();
        assert_eq!(hits.len(), 1, "{n}: {hits:?}");
        hits[0]
    };
    let lavrov = find("Lavrov");
    assert_eq!(lavrov.name, "Sergey Lavrov", "the most common full form");
    assert!(lavrov.aliases.contains(&"Sergei Lavrov".to_string()));
    assert!(lavrov.aliases.contains(&"Lavrov".to_string()));
    assert_eq!(lavrov.articles.len(), 5);
    let ryabkov = find("Ryabkov");
    assert_eq!(ryabkov.articles.len(), 2);
    assert_eq!(ryabkov.aliases.len(), 1, "{ryabkov:?}");
    let zelensky = find("Zelensky");
    assert_eq!(zelensky.name, "Volodymyr Zelensky");
    assert!(
        zelensky
            .aliases
            .contains(&"Volodymyr Zelenskyy".to_string())
    );
    assert_eq!(zelensky.articles.len(), 2);
    assert_eq!(find("Biden").name, "Joe Biden");
    assert_eq!(find("Blinken").mentions, 30);
}

#[test]
fn authors_places_and_organisations_are_not_people() {
    let store = store::load_bundled().store;
    let names: Vec<String> = store
        .people()
        .iter()
        .flat_map(|p| {
            let mut v = p.aliases.clone();
            v.push(p.name.clone());
            v
        })
        .collect();
    for not_person in [
        "Clyde Hughes",
        "Matthew Brown",
        "Wilson",
        "President Wilson",
        "Geneva",
        "White House",
        "State Department",
        "New York Times",
        "Associated Press",
        "Soviet Union",
        "Transatlantic Quad",
        "Cold War",
        "Javelin",
    ] {
        assert!(
            !names
                .iter()
                .any(|n| norm(n) == norm(not_person) || n.contains(not_person)),
            "{not_person} in {names:?}"
        );
    }
}

#[test]
fn mentions_point_at_the_names() {
    let store = store::load_bundled().store;
    for &ix in store.newest_first() {
        let a = store.get(ix).unwrap();
        assert!(!store.mentions_in(ix).is_empty(), "{}", a.id);
        for m in store.mentions_in(ix).iter() {
            let text = &a.body[m.block()].text()[m.start()..m.end()];
            let person = &store.people()[m.person];
            let last = person.name.rsplit(' ').next().unwrap();
            assert_eq!(
                name_key(text.rsplit(' ').next().unwrap()),
                name_key(last),
                "{}: {text:?} for {}",
                a.id,
                person.name
            );
        }
        // everyone the article names, each once, in order of first mention
        let mut first = Vec::new();
        for m in store.mentions_in(ix).iter() {
            if !first.contains(&m.person) {
                first.push(m.person);
            }
        }
        assert_eq!(store.people_in(ix), first.as_slice(), "{}", a.id);
    }
}
