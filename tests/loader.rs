//! The loader on the bundled corpus: every field of all five articles,
//! with and without the sidecar metadata, and bad files among good ones.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use gazette::model::{Article, Block, TitleKind};
use gazette::store::{self, META_FILE, Store};

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles");
const SEEDS: [&str; 5] = [
    "000_7773edb0c0186760.txt",
    "001_5dc1a6d449b2344d.txt",
    "002_bd2c4025b464b39a.txt",
    "003_716f7d07ebe289d0.txt",
    "004_2fa23014d65848d9.txt",
];

fn date(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

fn by_id<'a>(s: &'a Store, prefix: &str) -> &'a Article {
    match s.find(prefix) {
        store::Lookup::Found(ix) => s.get(ix).unwrap(),
        other => panic!("{prefix}: {other:?}"),
    }
}

fn paras(a: &Article) -> Vec<&str> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Para(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

fn of_kind(a: &Article, kind: fn(&Block) -> bool) -> Vec<&str> {
    a.body.iter().filter(|b| kind(b)).map(Block::text).collect()
}

/// Every body text of every article, for "furniture is not story" checks.
fn story_text(a: &Article) -> String {
    let mut s = a.title.clone();
    for p in paras(a) {
        s.push('\n');
        s.push_str(p);
    }
    s
}

#[test]
fn bundled_corpus_is_the_assets_folder() {
    let bundled = store::load_bundled();
    let from_disk = store::load_paths(&[PathBuf::from(ASSETS)]).unwrap();
    assert!(bundled.problems.is_empty(), "{:?}", bundled.problems);
    assert!(from_disk.problems.is_empty(), "{:?}", from_disk.problems);
    assert_eq!(bundled.store.len(), 5);
    // where they were read from differs, and so does what they are known by
    let strip = |a: &Article| Article {
        path: PathBuf::new(),
        key: String::new(),
        ..a.clone()
    };
    let b: Vec<_> = bundled.store.iter_newest_first().map(strip).collect();
    let d: Vec<_> = from_disk.store.iter_newest_first().map(strip).collect();
    assert_eq!(b, d);
    assert_eq!(
        bundled.store.iter_newest_first().next().unwrap().path,
        PathBuf::from("bundled:000_7773edb0c0186760.txt")
    );
}

#[test]
fn seeds_are_bundled_byte_for_byte() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.exists() {
        return; // only a checkout beside shared/ has the originals
    }
    for name in SEEDS {
        assert_eq!(
            fs::read(seeds.join(name)).unwrap(),
            fs::read(Path::new(ASSETS).join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn every_field_of_the_five_seeds() {
    let loaded = store::load_bundled();
    let s = &loaded.store;

    let a = by_id(s, "000");
    assert_eq!(a.id, "000_7773edb0c0186760");
    assert_eq!(
        a.title,
        "While meeting in Geneva, the US and Russia hope to de-escalate tensions in Ukraine."
    );
    assert_eq!(a.title_kind, TitleKind::Headline);
    assert_eq!(a.date, date("2022-01-21"));
    assert_eq!(a.source, None, "000's outlet is unknown");
    assert_eq!(a.author, None);
    assert!(paras(a)[0].starts_with("Both US Secretary of State Antony Blinken"));
    assert!(paras(a).last().unwrap().ends_with("annexation of Crimea."));
    assert_eq!(paras(a).len(), 14);
    assert_eq!(a.words, 368);

    let a = by_id(s, "001");
    assert_eq!(
        a.title,
        "United States, Russia meet again over Ukraine with slim hopes for a breakthrough"
    );
    assert_eq!(a.title_kind, TitleKind::Headline);
    assert_eq!(a.date, date("2022-01-21"));
    assert_eq!(a.source.as_deref(), Some("UPI"));
    assert_eq!(a.author.as_deref(), Some("Clyde Hughes"));
    assert!(paras(a)[0].starts_with("Jan. 21 (UPI) -- Secretary of State Antony Blinken"));
    let asides = of_kind(a, |b| matches!(b, Block::Aside(_)));
    assert_eq!(asides.len(), 1);
    assert!(asides[0].ends_with("Photo by Martial Trezzini/EPA-EFE"));
    assert_eq!(paras(a).len(), 9);

    let a = by_id(s, "002");
    assert_eq!(
        a.title,
        "U.S. Secretary of State Antony Blinken meets with his Russian counterpart, Sergei Lavrov…"
    );
    assert_eq!(a.title_kind, TitleKind::Lede);
    assert_eq!(a.date, date("2022-01-21"));
    assert_eq!(a.source.as_deref(), Some("RFE/RL"));
    assert_eq!(a.author, None);
    assert!(
        paras(a)[0].starts_with("U.S. Secretary of State Antony Blinken meets"),
        "the lede stays in the body"
    );
    assert_eq!(
        of_kind(a, |b| matches!(b, Block::Aside(_))),
        ["With reporting by AFP, AP, dpa, and Reuters"]
    );
    assert_eq!(paras(a).len(), 16);

    let a = by_id(s, "003");
    assert_eq!(
        a.title,
        "Secretary of State Blinken to visit Ukraine, meet Russian counterpart as US-Russia tensions escalate"
    );
    assert_eq!(a.title_kind, TitleKind::Headline);
    assert_eq!(a.date, date("2022-01-18"));
    assert_eq!(a.source.as_deref(), Some("USA TODAY"));
    assert_eq!(a.author.as_deref(), Some("Matthew Brown"));
    assert!(paras(a)[0].starts_with("WASHINGTON – Secretary of State Antony Blinken will meet"));
    assert_eq!(
        of_kind(a, |b| matches!(b, Block::Subhead(_))),
        [
            "Russia wants its demands met; NATO allies push back",
            "US intelligence cites Russian 'false flag' operations"
        ]
    );
    let asides = of_kind(a, |b| matches!(b, Block::Aside(_)));
    assert_eq!(asides.len(), 4, "{asides:?}");
    assert!(asides[0].starts_with("Learn more: "));
    assert!(asides[1].starts_with("More: "));
    assert_eq!(asides[2], "Contributing: The Associated Press");
    assert!(asides[3].starts_with("This article originally appeared on USA TODAY"));
    let story = story_text(a);
    for furniture in [
        "4 min read",
        "Follow Matthew Brown",
        "Our goal is to create",
        "suspending article commenting",
    ] {
        assert!(
            !story.contains(furniture),
            "{furniture} leaked into the story"
        );
        assert!(
            !a.body.iter().any(|b| b.text().contains(furniture)),
            "{furniture} kept"
        );
    }
    assert!(paras(a).last().unwrap().starts_with("Sullivan also noted"));

    let a = by_id(s, "004");
    assert_eq!(
        a.title,
        "U.S. Secretary of State Antony Blinken is in Switzerland Friday to meet with his Kremlin…"
    );
    assert_eq!(a.title_kind, TitleKind::Lede);
    assert_eq!(a.date, date("2022-01-21"));
    assert_eq!(a.source.as_deref(), Some("NPR"));
    assert_eq!(a.author, None);
    assert_eq!(
        of_kind(a, |b| matches!(b, Block::Subhead(_))),
        [
            "Russia is looking for concrete answers",
            "Biden's \"minor incursion\" remark muddies the waters",
            "Russia would likely have an upper hand in conflict against Ukraine"
        ]
    );
    assert!(!story_text(a).contains("Updated January 21"));
    assert!(of_kind(a, |b| matches!(b, Block::Aside(_))).is_empty());

    // furniture of 001 is nowhere in the story
    let a = by_id(s, "001");
    for furniture in ["Trending", "World News", "7:26 AM", "By Clyde Hughes"] {
        assert!(
            !a.body.iter().any(|b| b.text().contains(furniture)),
            "{furniture}"
        );
    }
}

#[test]
fn newest_first_undated_last() {
    let s = store::load_bundled().store;
    let ids: Vec<&str> = s.iter_newest_first().map(|a| &a.id[..3]).collect();
    assert_eq!(ids, ["000", "001", "002", "004", "003"]);

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Undated headline here\n\nBody.").unwrap();
    fs::write(
        dir.path().join("b.txt"),
        " date 2020-05-01 Old headline\n\nBody.",
    )
    .unwrap();
    fs::write(
        dir.path().join("c.txt"),
        " date 2023-05-01 New headline\n\nBody.",
    )
    .unwrap();
    let s = store::load_paths(&[dir.path().to_path_buf()])
        .unwrap()
        .store;
    let ids: Vec<&str> = s.iter_newest_first().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["c", "b", "a"]);
}

/// Copies the seeds without their sidecar: what the text alone tells.
#[test]
fn detected_from_the_text_alone() {
    let dir = tempfile::tempdir().unwrap();
    for name in SEEDS {
        fs::copy(Path::new(ASSETS).join(name), dir.path().join(name)).unwrap();
    }
    let loaded = store::load_paths(&[dir.path().to_path_buf()]).unwrap();
    assert!(loaded.problems.is_empty());
    let s = &loaded.store;
    assert_eq!(
        by_id(s, "001").source.as_deref(),
        Some("UPI"),
        "from '(UPI) --'"
    );
    assert_eq!(
        by_id(s, "003").source.as_deref(),
        Some("USA TODAY"),
        "from 'originally appeared on'"
    );
    assert_eq!(
        by_id(s, "003").author.as_deref(),
        Some("Matthew Brown"),
        "from 'Follow … online'"
    );
    assert_eq!(by_id(s, "003").date, None, "003 states no date of its own");
    assert_eq!(by_id(s, "002").source, None);
    assert_eq!(by_id(s, "002").date, None);
    assert_eq!(by_id(s, "004").source, None);
    assert_eq!(by_id(s, "004").date, date("2022-01-21"));
}

#[test]
fn dates_in_the_text_count_without_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Trending\nWorld News\nJan. 21, 2022 / 7:26 AM\n\nA headline without a header\n\nBy Jo Smith\nThe story begins here, as stories do.";
    fs::write(dir.path().join("x.txt"), text).unwrap();
    let text = "Updated March 3, 2021 at 10:05 AM ET\n\nThe story of the day is told in a first paragraph that runs on for a good while, as ledes do.";
    fs::write(dir.path().join("y.txt"), text).unwrap();
    let s = store::load_paths(&[dir.path().to_path_buf()])
        .unwrap()
        .store;
    let x = by_id(&s, "x");
    assert_eq!(x.date, date("2022-01-21"));
    assert_eq!(x.title, "A headline without a header");
    assert_eq!(x.author.as_deref(), Some("Jo Smith"));
    assert_eq!(by_id(&s, "y").date, date("2021-03-03"));
}

#[test]
fn sidecar_overrides_detection() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(Path::new(ASSETS).join(SEEDS[1]), dir.path().join(SEEDS[1])).unwrap();
    fs::write(
        dir.path().join(META_FILE),
        format!(r#"{{"{}": {{"source": "United Press International", "date": "2022-01-20", "title": "Mine"}}}}"#, SEEDS[1]),
    )
    .unwrap();
    let s = store::load_paths(&[dir.path().to_path_buf()])
        .unwrap()
        .store;
    let a = by_id(&s, "001");
    assert_eq!(a.source.as_deref(), Some("United Press International"));
    assert_eq!(a.date, date("2022-01-20"));
    assert_eq!(a.title, "Mine");
    assert_eq!(a.title_kind, TitleKind::Meta);
    assert_eq!(
        a.author.as_deref(),
        Some("Clyde Hughes"),
        "fields the sidecar omits stay detected"
    );
}

#[test]
fn a_broken_file_is_reported_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    for name in SEEDS {
        fs::copy(Path::new(ASSETS).join(name), dir.path().join(name)).unwrap();
    }
    fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
    fs::write(dir.path().join("binary.txt"), b"PK\x03\x04\x00\x00junk").unwrap();
    fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 society headline\n\nA story.",
    )
    .unwrap();
    // a sidecar that is not JSON at all (a bad entry only loses itself)
    fs::write(
        dir.path().join(META_FILE),
        "{\n  \"x.txt\": {\"source\": \"NPR\"\n}",
    )
    .unwrap();
    fs::write(dir.path().join("photo.jpg"), b"\xff\xd8\xff").unwrap();
    let loaded = store::load_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(loaded.store.len(), 6, "five seeds and the lossy one");
    let msgs: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(msgs.len(), 5, "{msgs:#?}");
    let find = |name: &str| {
        msgs.iter()
            .find(|m| m.contains(name))
            .unwrap_or_else(|| panic!("no problem for {name}: {msgs:#?}"))
    };
    assert!(find("empty.txt").contains("skipped: empty file"));
    assert!(find("binary.txt").contains("skipped: binary file"));
    assert!(find("latin1.txt").contains("warning: not UTF-8; read as Windows-1252"));
    let meta = find(META_FILE);
    assert!(meta.contains("metadata ignored: line 3"), "{meta}");
    // what is of no format gazette reads is counted, not silently dropped
    let jpg = find(".jpg file passed over");
    assert!(jpg.contains("note: 1 .jpg file passed over"), "{jpg}");
    assert!(jpg.ends_with("e.g. photo.jpg"), "{jpg}");
    assert_eq!(
        by_id(&loaded.store, "latin1").title,
        "Café society headline"
    );
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let err = store::load_paths(&[PathBuf::from("/no/such/folder")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "/no/such/folder: no such file or directory"
    );
}

/// The ids of an archive of (folder, file stem) pairs, each an article.
fn ids_of(files: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    for (sub, name) in files {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
        fs::write(
            dir.path().join(sub).join(format!("{name}.txt")),
            "A headline\n\nBody.",
        )
        .unwrap();
    }
    let s = store::load_paths(&[dir.path().to_path_buf()])
        .unwrap()
        .store;
    let mut ids: Vec<String> = s.iter_newest_first().map(|a| a.id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn same_file_name_in_two_folders_gets_two_ids() {
    assert_eq!(
        ids_of(&[("a", "story"), ("b", "story")]),
        ["story", "story~2"]
    );
}

#[test]
fn an_id_made_unique_never_takes_one_a_file_already_has() {
    // `story~2.txt` is an article of its own: the second `story` is `~3`
    assert_eq!(
        ids_of(&[("a", "story"), ("b", "story"), ("c", "story~2")]),
        ["story", "story~2", "story~3"]
    );
}
