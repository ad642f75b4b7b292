//! An archive opened by other names for its folders keeps its cache, and
//! gives what its files give.

use super::*;

#[test]
fn a_folder_given_another_way_keeps_its_cache() {
    let (a, _cache, how, paths) = setup();
    load(&paths, &how);
    // the same folder, through one of its own
    let other = vec![a.path().join("more").join("..")];
    let spelled_now = |s: &Store| {
        s.newest_first()
            .iter()
            .all(|&ix| s.get(ix).unwrap().path.starts_with(&other[0]))
    };
    let (early, recorded) = store::open_early(&other, &how).unwrap();
    assert!(spelled_now(&early.store));
    assert_eq!(summary(&early.store), truth(&other));
    assert!(recorded.unchanged(&other).unwrap().is_some());
    let (s, r) = load(&other, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
    assert!(spelled_now(&s));
    assert_eq!(summary(&s), truth(&other));
    // and back
    let (_, r) = load(&paths, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
}

#[test]
fn folders_given_another_way_in_another_order_give_what_the_files_give() {
    let (a, _cache, how, _) = setup();
    let (geneva, more) = (a.path().join("geneva"), a.path().join("more"));
    load(&[geneva.clone(), more.clone()], &how);
    // the same two folders, spelled so that `more`'s files now come first
    fs::create_dir(a.path().join("zz")).unwrap();
    let other = vec![
        a.path().join("zz").join("..").join("geneva"),
        geneva.join("..").join("more"),
    ];
    assert!(
        store::open_early(&other, &how).is_none(),
        "not in the order recorded"
    );
    let (s, r) = load(&other, &how);
    assert_eq!(summary(&s), truth(&other));
    assert_eq!((r.fresh, r.read), (11, 0), "{r:?}");
    // written again in the new order: whole from then on
    let (s, r) = load(&other, &how);
    assert_eq!((r.fresh, r.read, r.whole), (11, 0, true), "{r:?}");
    assert_eq!(summary(&s), truth(&other));
}
