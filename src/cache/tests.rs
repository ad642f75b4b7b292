//! Where each archive's cache goes.

use super::*;

#[test]
fn each_archive_has_its_own_file() {
    let dir = Path::new("/c");
    let a = path_for(dir, &[PathBuf::from("/news/world")]);
    let b = path_for(dir, &[PathBuf::from("/news/sport")]);
    let ab = path_for(
        dir,
        &[PathBuf::from("/news/sport"), PathBuf::from("/news/world")],
    );
    assert_ne!(a, b);
    assert_ne!(a, ab);
    assert!(a.to_string_lossy().starts_with("/c/world-"), "{a:?}");
    assert_eq!(a, path_for(dir, &[PathBuf::from("/news/world")]));
}
