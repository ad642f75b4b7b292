//! The persistent cache: a second load reads nothing that has not changed,
//! and a cache that is damaged, of another version, or behind the files
//! is never trusted: the load gives what a load without a cache gives.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use gazette::model::{Article, QuoteIx};
use gazette::query::{self, SearchIndex};
use gazette::store::{self, CacheReport, CacheUse, QuoteMatcher, Store};
use proptest::prelude::*;

mod bodies;
mod roots;

/// Everything a load gives that a reader sees, as text to compare.
fn summary(s: &Store) -> String {
    let mut out = String::new();
    for &ix in s.newest_first() {
        let a = s.get(ix).unwrap();
        writeln!(
            out,
            "{} {} {:?} {:?} {:?} {:?} {:?}",
            a.id,
            a.key,
            a.title,
            a.date,
            a.source,
            a.author,
            s.body(ix)
        )
        .unwrap();
        writeln!(out, "  {:?} {:?}", s.people_in(ix), s.mentions_in(ix)).unwrap();
    }
    for p in s.people() {
        writeln!(out, "{} {:?} {:?}", p.name, p.aliases, p.articles).unwrap();
    }
    for q in s.quotes() {
        writeln!(out, "{:?} {:?} {:?}", q.text, s.speaker_name(q), q.group).unwrap();
    }
    // what the indexes answer, read from the cache or built
    let today = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    for text in [
        "lavrov",
        "p:lavrov",
        "s:reuters",
        "d:2023",
        "talks useful",
        "t:talk",
    ] {
        let q = query::parse(text, today).unwrap();
        let articles = query::Matcher::default().run(s.article_index(), &q);
        let quotes = QuoteMatcher::default().run(s, &q);
        writeln!(out, "{text}: {articles:?} {quotes:?}").unwrap();
    }
    out
}

/// Both indexes of `s` are the ones built whole from it, however they
/// were made: read from the cache, made from those of the archive as it
/// was, or built.
fn indexes_as_built_whole(s: &Store) {
    let articles: Vec<Article> = s.ixs().map(|ix| s.get(ix).unwrap().clone()).collect();
    let a = SearchIndex::articles(&articles, s.newest_first(), s.people());
    assert!(*s.article_index() == a, "the articles' index");
    let order: Vec<QuoteIx> = s.quotes_newest_first().collect();
    let q = SearchIndex::quotes(s.quotes(), &order, &articles, s.people(), &a);
    assert!(*s.quote_index() == q, "the quotes' index");
}

/// An archive of the bundled articles and a few more, in two folders.
fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    fs::create_dir(dir.path().join("geneva")).unwrap();
    for e in fs::read_dir(root).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join("geneva").join(e.file_name())).unwrap();
    }
    fs::create_dir(dir.path().join("more")).unwrap();
    for i in 0..6 {
        fs::write(
            dir.path().join("more").join(format!("n{i}.txt")),
            format!(
                " date 2023-03-0{} Talks number {i} end\n\nForeign Minister Sergey Lavrov said \"the talks were useful and long\" on day {i}.\n",
                i + 1
            ),
        )
        .unwrap();
    }
    dir
}

/// The archive, a cache folder of its own, the cache used in it, and the
/// paths to load.
fn setup() -> (tempfile::TempDir, tempfile::TempDir, CacheUse, Vec<PathBuf>) {
    let a = archive();
    let cache = tempfile::tempdir().unwrap();
    let how = CacheUse::In(cache.path().to_path_buf());
    let paths = vec![a.path().to_path_buf()];
    (a, cache, how, paths)
}

fn load(paths: &[PathBuf], how: &CacheUse) -> (Store, CacheReport) {
    let (loaded, report) = store::load_cached(paths, how, &mut |_| {}).unwrap();
    (loaded.store, report)
}

/// What a load without any cache gives.
fn truth(paths: &[PathBuf]) -> String {
    summary(&load(paths, &CacheUse::Off).0)
}

/// Moves a file's modification time 5 s on: a change behind the cache.
fn later(f: &Path) {
    let t = fs::metadata(f).unwrap().modified().unwrap() + std::time::Duration::from_secs(5);
    fs::File::options()
        .write(true)
        .open(f)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

fn cache_file(dir: &Path) -> PathBuf {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "cache"))
        .unwrap()
}

#[test]
fn a_second_load_reads_nothing_and_gives_the_same() {
    let (_a, _cache, how, paths) = setup();
    let (cold, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (0, 11, false));
    assert!(r.size > 0 && r.note.is_none(), "{r:?}");
    let (warm, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
    assert_eq!(summary(&warm), summary(&cold));
    assert_eq!(summary(&warm), truth(&paths));
    assert!(!warm.quotes().is_empty() && !warm.people().is_empty());
}

#[test]
fn a_damaged_cache_is_set_aside_and_made_anew() {
    let (_a, cache, how, paths) = setup();
    let want = truth(&paths);
    load(&paths, &how);
    let file = cache_file(cache.path());
    let good = fs::read(&file).unwrap();
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() / 2].to_vec()),
        ("header only", good[..20].to_vec()),
        ("empty", Vec::new()),
        ("a byte of the index flipped", {
            let mut b = good.clone();
            let i = b.len() - 10;
            b[i] ^= 0x01;
            b
        }),
        ("grown", [good.as_slice(), b"tail"].concat()),
        ("not a cache", b"{\"files\": []}".to_vec()),
    ];
    for (what, bytes) in damages {
        fs::write(&file, &bytes).unwrap();
        let (s, r) = load(&paths, &how);
        assert_eq!(summary(&s), want, "{what}");
        assert_eq!((r.fresh, r.read), (0, 11), "{what}: {r:?}");
        let note = r.note.unwrap();
        assert!(
            note.contains("damaged") && note.contains("set aside"),
            "{what}: {note}"
        );
        let aside = file.with_file_name(format!(
            "{}.damaged",
            file.file_name().unwrap().to_string_lossy()
        ));
        assert_eq!(fs::read(&aside).unwrap(), bytes, "{what}: kept for a look");
        // and the new one is good
        let (s, r) = load(&paths, &how);
        assert_eq!((r.fresh, r.whole), (11, true), "{what}: {r:?}");
        assert_eq!(summary(&s), want, "{what}");
    }
}

#[test]
fn a_cache_of_another_version_is_not_used() {
    let (_a, cache, how, paths) = setup();
    load(&paths, &how);
    let file = cache_file(cache.path());
    let good = fs::read(&file).unwrap();
    // the format's version, the rules' fingerprint, the magic's version
    for at in [8, 12, 7] {
        let mut b = good.clone();
        b[at] ^= 0x04;
        fs::write(&file, &b).unwrap();
        let (s, r) = load(&paths, &how);
        assert_eq!(r.read, 11, "byte {at}: {r:?}");
        assert!(r.note.unwrap().contains("another version"), "byte {at}");
        assert_eq!(summary(&s), truth(&paths));
    }
}

#[test]
fn files_changed_added_or_removed_behind_it_are_read_again() {
    let (a, _cache, how, paths) = setup();
    load(&paths, &how);
    let more = a.path().join("more");

    // the same size, another text and time
    let f = more.join("n2.txt");
    let old = fs::read_to_string(&f).unwrap();
    let new = old.replace("Talks", "Tilks");
    assert_eq!(old.len(), new.len());
    fs::write(&f, &new).unwrap();
    later(&f);
    let (s, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (10, 1, false), "{r:?}");
    assert!(s.iter_newest_first().any(|a| a.title.starts_with("Tilks")));
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);

    // added
    fs::write(
        more.join("n9.txt"),
        " date 2023-04-01 A new one\n\nSergey Lavrov said \"yet more talks were held today\".\n",
    )
    .unwrap();
    let (s, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read), (11, 1), "{r:?}");
    assert_eq!(s.len(), 12);
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);

    // removed: nothing to read, but the archive-wide stages run again
    fs::remove_file(more.join("n0.txt")).unwrap();
    let (s, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, false), "{r:?}");
    assert_eq!(s.len(), 11);
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);

    // the sidecar changed: its folder's files are read again
    let meta = a.path().join("geneva").join(store::META_FILE);
    let text = fs::read_to_string(&meta).unwrap();
    fs::write(&meta, format!("{text}\n")).unwrap();
    let (s, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read), (6, 5), "{r:?}");
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);
}

/// Who said `text`, in `s`.
fn speaker_of(s: &Store, text: &str) -> Option<String> {
    let q = s.quotes().iter().find(|q| q.text.contains(text))?;
    s.speaker_name(q).map(str::to_string)
}

#[test]
fn an_article_unchanged_is_attributed_again_when_its_people_change() {
    let (a, _cache, how, paths) = setup();
    let more = a.path().join("more");
    fs::write(
        more.join("smith.txt"),
        " date 2023-05-01 Talks\n\nMinister Smith said \"the talks were long and useful today\". He added \"we will meet again next week\".\n",
    )
    .unwrap();
    let (s, _) = load(&paths, &how);
    assert_eq!(speaker_of(&s, "meet again").as_deref(), Some("Smith"));
    // a file that names Jane Smith: "Smith" is she now, and "he" is not
    fs::write(
        more.join("jane.txt"),
        " date 2023-05-02 Weather\n\nJane Smith said \"the weather was fine and warm all week\".\n",
    )
    .unwrap();
    let (s, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read), (12, 1), "{r:?}");
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);
    assert_eq!(
        speaker_of(&s, "talks were long").as_deref(),
        Some("Jane Smith")
    );
    assert_ne!(speaker_of(&s, "meet again").as_deref(), Some("Jane Smith"));
    // and back
    fs::remove_file(more.join("jane.txt")).unwrap();
    let (s, _) = load(&paths, &how);
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);
    assert_eq!(speaker_of(&s, "meet again").as_deref(), Some("Smith"));
}

#[test]
fn ids_made_unique_stay_as_a_fresh_load_makes_them() {
    // two folders with the same file name: the second gets `~2`; when the
    // first goes, a fresh load gives the second its plain id again
    let a = tempfile::tempdir().unwrap();
    for d in ["a", "b"] {
        fs::create_dir(a.path().join(d)).unwrap();
        fs::write(
            a.path().join(d).join("index.txt"),
            format!("Headline {d}\n\nText of {d}.\n"),
        )
        .unwrap();
    }
    let cache = tempfile::tempdir().unwrap();
    let how = CacheUse::In(cache.path().to_path_buf());
    let paths = vec![a.path().to_path_buf()];
    let (s, _) = load(&paths, &how);
    let mut ids: Vec<&str> = s.iter_newest_first().map(|a| a.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["index", "index~2"]);
    fs::remove_dir_all(a.path().join("a")).unwrap();
    let (s, _) = load(&paths, &how);
    assert_eq!(summary(&s), truth(&paths));
    indexes_as_built_whole(&s);
    assert_eq!(s.iter_newest_first().next().unwrap().id, "index");
}

#[test]
fn rebuild_and_off_do_what_they_say() {
    let a = archive();
    let cache = tempfile::tempdir().unwrap();
    let paths = vec![a.path().to_path_buf()];
    let (_, r) = load(&paths, &CacheUse::Off);
    assert_eq!((r.path, r.read), (None, 11));
    assert_eq!(fs::read_dir(cache.path()).unwrap().count(), 0);
    let how = CacheUse::In(cache.path().to_path_buf());
    load(&paths, &how);
    let (_, r) = load(&paths, &how);
    assert!(r.whole);
    // --rebuild-cache reads every file, whatever the cache holds, and
    // writes it anew
    let before = fs::metadata(cache_file(cache.path()))
        .unwrap()
        .modified()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (s, r) = load(&paths, &CacheUse::Rebuild(Some(cache.path().to_path_buf())));
    assert_eq!((r.fresh, r.read, r.whole), (0, 11, false));
    assert_eq!(summary(&s), truth(&paths));
    let after = fs::metadata(cache_file(cache.path()))
        .unwrap()
        .modified()
        .unwrap();
    assert!(after > before);
    let (_, r) = load(&paths, &how);
    assert!(r.whole);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever bytes the cache file holds, the load gives the truth.
    #[test]
    fn no_bytes_in_the_cache_change_what_is_loaded(
        cut in 0usize..4096,
        flips in proptest::collection::vec((0usize..1 << 20, 1u8..=255), 0..4),
    ) {
        let a = archive();
        let cache = tempfile::tempdir().unwrap();
        let how = CacheUse::In(cache.path().to_path_buf());
        let paths = vec![a.path().to_path_buf()];
        load(&paths, &how);
        let file = cache_file(cache.path());
        let mut b = fs::read(&file).unwrap();
        for (at, x) in flips {
            let i = at % b.len();
            b[i] ^= x;
        }
        let keep = b.len().saturating_sub(cut);
        b.truncate(keep);
        fs::write(&file, &b).unwrap();
        let (s, _) = load(&paths, &how);
        prop_assert_eq!(summary(&s), truth(&paths));
    }
}

#[test]
fn the_early_store_is_the_archive_and_stands_until_a_file_changes() {
    let (a, cache, how, paths) = setup();
    // no cache yet, or none wanted: nothing early
    assert!(store::open_early(&paths, &how).is_none());
    load(&paths, &how);
    assert!(store::open_early(&paths, &CacheUse::Off).is_none());
    assert!(store::open_early(&paths, &CacheUse::Rebuild(None)).is_none());

    let (early, recorded) = store::open_early(&paths, &how).unwrap();
    assert_eq!(summary(&early.store), truth(&paths));
    let (problems, report) = recorded.unchanged(&paths).unwrap().unwrap();
    let (full, full_report) = store::load_cached(&paths, &how, &mut |_| {}).unwrap();
    assert_eq!(format!("{problems:?}"), format!("{:?}", full.problems));
    assert_eq!(report, full_report);

    // each kind of change is seen: added, changed, removed
    let more = a.path().join("more");
    fs::write(more.join("n9.txt"), " date 2023-04-01 A new one\n\nText.\n").unwrap();
    assert!(recorded.unchanged(&paths).unwrap().is_none(), "added");
    // the load that follows a check starts from the files it found, and
    // gives what a load from the start gives
    let store::Checked::Changed(found) = recorded.check(&paths).unwrap() else {
        panic!("a file was added");
    };
    assert!(!found.is_empty());
    let (after_check, _, _) =
        store::load_found(*found, &paths, &CacheUse::Off, false, &mut |_| {}).unwrap();
    assert_eq!(summary(&after_check.store), truth(&paths));
    fs::remove_file(more.join("n9.txt")).unwrap();
    assert!(recorded.unchanged(&paths).unwrap().is_some());
    let f = more.join("n2.txt");
    later(&f);
    assert!(recorded.unchanged(&paths).unwrap().is_none(), "changed");
    load(&paths, &how);
    let (_, recorded) = store::open_early(&paths, &how).unwrap();
    fs::remove_file(more.join("n0.txt")).unwrap();
    assert!(recorded.unchanged(&paths).unwrap().is_none(), "removed");

    // a damaged cache gives nothing early, and is left for the full load
    // to set aside
    let file = cache_file(cache.path());
    let mut b = fs::read(&file).unwrap();
    let last = b.len() - 1;
    b[last] ^= 0x20;
    fs::write(&file, &b).unwrap();
    assert!(store::open_early(&paths, &how).is_none());
    assert!(file.exists());
}
