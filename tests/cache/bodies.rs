//! Where the bodies live: read as the files are, written into the cache,
//! then read back from it, checked each time.

use super::*;
use std::borrow::Cow;

#[test]
fn a_store_whose_cache_is_written_after_it_leaves_its_bodies_there() {
    let (_a, cache, how, paths) = setup();
    let (loaded, report, write) = store::load_deferring(&paths, &how, false, &mut |_| {}).unwrap();
    assert!(report.note.is_none(), "{report:?}");
    let mut s = loaded.store;
    let sources = s.index_sources();
    let (size, kept) = write
        .expect("a cache to write")
        .write(|| sources.build())
        .unwrap();
    assert_eq!(size, fs::metadata(cache_file(cache.path())).unwrap().len());
    let before = summary(&s);
    s.keep_in(kept);
    // bodies and mentions now come from the cache, and are the same
    let ix = s.newest_first()[0];
    assert!(s.get(ix).unwrap().body.is_empty());
    assert_eq!(summary(&s), before);
    assert_eq!(summary(&s), truth(&paths));
    // and the cache was written whole: the next start reads nothing
    let (warm, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
    assert_eq!(summary(&warm), before);
}

#[test]
fn a_first_load_writes_the_bodies_as_it_reads_and_holds_none() {
    let (_a, _cache, how, paths) = setup();
    let mut listed = None;
    let (loaded, report, write) = store::load_deferring(&paths, &how, false, &mut |u| {
        if let store::Update::Listed(s) = u {
            listed = Some(s);
        }
    })
    .unwrap();
    assert!(report.note.is_none(), "{report:?}");
    let (s, listed) = (loaded.store, listed.unwrap());
    let whole = load(&paths, &CacheUse::Off).0;
    assert!(
        whole
            .ixs()
            .all(|ix| !whole.get(ix).unwrap().body.is_empty())
    );
    // before the cache is in place, the bodies come from it, in the list
    // and in the analysed store, and are the ones read
    for ix in whole.ixs() {
        assert!(s.get(ix).unwrap().body.is_empty());
        assert_eq!(listed.body(ix), whole.body(ix));
        assert_eq!(s.body(ix), whole.body(ix));
        // and so do the mentions, once attributed
        assert!(matches!(s.mentions_in(ix), Cow::Owned(_)));
        assert_eq!(s.mentions_in(ix), whole.mentions_in(ix));
    }
    assert!(whole.ixs().any(|ix| !whole.mentions_in(ix).is_empty()));
    assert_eq!(summary(&s), summary(&whole));
    let sources = s.index_sources();
    write.unwrap().write(|| sources.build()).unwrap();
    let (warm, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
    assert_eq!(summary(&warm), summary(&whole));
}

#[test]
fn articles_listed_as_they_arrive_read_their_bodies_from_their_files() {
    let (_a, _cache, _how, paths) = setup();
    let full = load(&paths, &CacheUse::Off).0;
    let heads: Vec<_> = full.iter_newest_first().map(|a| a.head()).collect();
    let arriving = Store::arriving(heads);
    assert_eq!(arriving.len(), full.len());
    for (&i, &j) in arriving.newest_first().iter().zip(full.newest_first()) {
        assert_eq!(arriving.get(i).unwrap().key, full.get(j).unwrap().key);
        assert!(arriving.get(i).unwrap().body.is_empty());
        assert_eq!(arriving.body(i), full.body(j));
        assert!(!arriving.body(i).is_empty());
    }
}

#[test]
fn a_damaged_body_is_read_from_its_file_again() {
    let (_a, cache, how, paths) = setup();
    let want = truth(&paths);
    load(&paths, &how);
    let file = cache_file(cache.path());
    let mut b = fs::read(&file).unwrap();
    // the bodies come first, after the header: damage every tenth byte
    // of the first part of the file
    for i in (60..b.len() / 3).step_by(10) {
        b[i] ^= 0x55;
    }
    fs::write(&file, &b).unwrap();
    let (s, r) = load(&paths, &how);
    assert!(r.whole, "the index is whole: {r:?}");
    assert_eq!(summary(&s), want, "each body checked as it is read");
}
