//! The keys a name is known by across the archive: its surname's (a
//! generational suffix kept with it) and its first word's.

use crate::language::lexicon::PARTICLES;
use crate::language::names::name_key;

/// Key of the surname of a name: its last word.
pub fn surname_key<'a>(words: impl DoubleEndedIterator<Item = &'a str>) -> String {
    // (a suffix is not the surname, and not to be dropped: "Joseph R.
    // Biden Jr." is a Biden, not a "Jr." like Joseph F. Dunford Jr.; and
    // Donald Trump Jr. is not his father)
    let mut words = words.rev();
    let last = words.next();
    match (last, words.next()) {
        (Some(suffix), Some(surname)) if is_suffix(suffix) => {
            format!("{} {}", name_key(surname), name_key(suffix))
        }
        _ => last.map_or_else(String::new, name_key),
    }
}

/// "Jr.", "Sr.", "II": a generational suffix after a surname.
pub(super) fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "jr" | "sr" | "ii" | "iii" | "iv"
    )
}

/// Whether a name as written (words a space apart) is a first name and a
/// surname, not a surname alone.
pub fn is_full_name(written: &str) -> bool {
    let mut words = written.split(' ');
    let first = words.next().unwrap_or_default();
    words.next().is_some() && !PARTICLES.contains(first)
}

/// The key of a name as written: its first word's and its last word's
/// (the surname's).
pub fn key_of_written(written: &str) -> (String, String) {
    let first = written.split(' ').next().unwrap_or_default();
    (name_key(first), surname_key(written.split(' ')))
}
