//! Words: counting them, and comparing wordings by their word triples.

/// Counts words the way a reader would: runs of characters between spaces.
/// A run counts when it holds a letter or digit ("—" alone does not).
pub fn count_words(text: &str) -> usize {
    if text.is_ascii() {
        let mut words = 0;
        let mut counted = false;
        for &b in text.as_bytes() {
            if b.is_ascii_whitespace() || b == 0x0b {
                counted = false;
            } else if !counted && b.is_ascii_alphanumeric() {
                words += 1;
                counted = true;
            }
        }
        return words;
    }
    let mut words = 0;
    let mut counted = false;
    for c in text.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            words += 1;
            counted = true;
        }
    }
    words
}

/// Words of a quote for comparing wording: lower case, straight
/// apostrophes, no punctuation.
pub fn norm_words(text: &str) -> Vec<String> {
    text.replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Hashes of the word triples of `text` (of all its words when fewer),
/// sorted and distinct; words as [`norm_words`] makes them.
pub fn shingles(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    // each word's hash, its letters lowered in one reused buffer
    let mut words: Vec<u64> = Vec::new();
    let mut word = String::new();
    let mut end_word = |word: &mut String| {
        if !word.is_empty() {
            let mut h = rustc_hash::FxHasher::default();
            word.hash(&mut h);
            words.push(h.finish());
            word.clear();
        }
    };
    for c in text.chars() {
        let c = if matches!(c, '’' | '‘') { '\'' } else { c };
        if c.is_alphanumeric() || c == '\'' {
            word.extend(c.to_lowercase());
        } else {
            end_word(&mut word);
        }
    }
    end_word(&mut word);
    let n = 3.min(words.len().max(1));
    let mut out: Vec<u64> = words
        .windows(n)
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_are_the_word_triples_whatever_the_case_and_marks() {
        assert_eq!(shingles("We will win."), shingles("we WILL win"));
        assert_eq!(shingles("don’t stop now"), shingles("don't stop now"));
        assert_eq!(shingles("one two three four").len(), 2);
        assert_eq!(shingles("just two").len(), 1);
        assert!(shingles("—").is_empty());
        assert_ne!(shingles("we will win"), shingles("we will lose"));
        // the triples, not the words
        assert_ne!(shingles("a b c"), shingles("c b a"));
    }

    #[test]
    fn words_are_counted_alike_in_ascii_and_beyond() {
        for (text, n) in [
            ("", 0),
            ("one", 1),
            ("  two\twords\n", 2),
            ("a \u{b} b", 2),
            ("dash — alone", 2),
            ("Zelenskyy’s aides", 2),
            ("café au lait", 3),
            ("2024 was — 3 years", 4),
        ] {
            assert_eq!(count_words(text), n, "{text:?}");
        }
    }
}
