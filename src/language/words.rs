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
/// sorted and distinct; words as [`norm_words`] makes them (though a
/// letter is lowered alone, wherever it stands).
pub fn shingles(text: &str) -> Vec<u64> {
    // each word's hash, taken as its lowered letters go by: no word is
    // put together
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6 + 1);
    let mut h = WORD_START;
    let mut in_word = false;
    let mut end_word = |h: &mut u64, in_word: &mut bool| {
        if *in_word {
            words.push(fmix(*h));
            *h = WORD_START;
            *in_word = false;
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() || b == b'\'' {
                h = mix(h, u64::from(b.to_ascii_lowercase()));
                in_word = true;
            } else {
                end_word(&mut h, &mut in_word);
            }
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if matches!(c, '’' | '‘') {
            h = mix(h, u64::from(b'\''));
            in_word = true;
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                let mut buf = [0; 4];
                for &x in l.encode_utf8(&mut buf).as_bytes() {
                    h = mix(h, u64::from(x));
                }
            }
            in_word = true;
        } else {
            end_word(&mut h, &mut in_word);
        }
    }
    end_word(&mut h, &mut in_word);
    triples(&words)
}

/// The hashes of the triples of `words` (hashed each), or of all of them
/// when fewer: sorted and distinct.
fn triples(words: &[u64]) -> Vec<u64> {
    let n = 3.min(words.len().max(1));
    let mut out: Vec<u64> = words
        .windows(n)
        .map(|w| fmix(w.iter().fold(n as u64, |h, &x| mix(h, x))))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Where a word's hash starts.
const WORD_START: u64 = 0x9e37_79b9_7f4a_7c15;

/// One more byte (or word) into a hash.
#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A hash's bits spread over all of it (MurmurHash3's finaliser).
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
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

    /// The triples of the words as [`norm_words`] splits them, each
    /// lowered a letter at a time: the words found another way than
    /// [`shingles`] finds them, their triples hashed alike.
    fn shingles_of_words(text: &str) -> Vec<u64> {
        let words: Vec<u64> = text
            .replace(['’', '‘'], "'")
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lowered: String = w.chars().flat_map(char::to_lowercase).collect();
                fmix(
                    lowered
                        .bytes()
                        .fold(WORD_START, |h, b| mix(h, u64::from(b))),
                )
            })
            .collect();
        triples(&words)
    }

    #[test]
    fn shingles_are_those_of_the_words_split_and_lowered_alone() {
        for text in [
            "",
            "We will win.",
            "don’t stop ‘now’",
            "Ünïcödé WÖRDS — and İstanbul, ΣΊΣΥΦΟΣ",
            "a-b c_d e1f 2024 — 3",
            "  spaced\tout\nwords  here ",
            "ﬁne ligatures ß STRASSE",
            "one two three one two three",
        ] {
            assert_eq!(shingles(text), shingles_of_words(text), "{text:?}");
        }
        // one word or two: a single shingle of them all
        assert_eq!(shingles("alone").len(), 1);
        assert_ne!(shingles("alone"), shingles("alone again"));
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
