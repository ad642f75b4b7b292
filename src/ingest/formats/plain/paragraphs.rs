//! The paragraphs of a plain text: blank lines between them, or single
//! line breaks unless the text is hard-wrapped; each made one line with
//! single spaces, its words counted.

use crate::language::sentences;

/// Splits text into paragraphs. Blank lines always separate paragraphs; a
/// single line break does too, unless the text is hard-wrapped (a long
/// line that does not end a sentence continues on the next line).
pub(super) fn paragraphs(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            let last_line = current.rsplit('\n').next().unwrap_or(&current);
            let wrapped = last_line.chars().count() >= 50 && !sentences::closes_clause(last_line);
            if wrapped {
                current.push('\n');
                current.push_str(line);
                continue;
            }
            out.push(std::mem::take(&mut current));
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    // A paragraph is one line of text with single spaces, so that a
    // laid-out line is exactly a slice of it.
    out.into_iter().map(single_spaced).collect()
}

const OTHER: u8 = 0;
const SPACE: u8 = 1;
const ALNUM: u8 = 2;

/// What each ASCII byte is to [`single_spaced`].
const ASCII_CLASS: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= 9 && c <= 13) {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// `p` with every run of white space made one space, none at the ends
/// (most paragraphs are so already, and are kept as they are), and its
/// words counted as [`count_words`](crate::language::words::count_words)
/// counts them (one look at each
/// character for both).
pub(super) fn single_spaced(p: String) -> (String, usize) {
    let (mut prev_space, mut clean) = (true, true);
    let (mut words, mut counted) = (0, false);
    let bytes = p.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, alnum, len) = if b < 0x80 {
            // (without branches: a paragraph is mostly ASCII)
            let class = ASCII_CLASS[usize::from(b)];
            (class == SPACE, class == ALNUM, 1)
        } else {
            let c = p[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
        };
        clean &= !space || (b == b' ' && !prev_space);
        words += usize::from(!space && !counted && alnum);
        counted = !space && (counted || alnum);
        prev_space = space;
        i += len;
    }
    if (clean && !prev_space) || p.is_empty() {
        return (p, words);
    }
    let mut out = String::with_capacity(p.len());
    for w in p.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (out, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::words::count_words;

    #[test]
    fn paragraphs_are_single_spaced() {
        let spaced = |p: &str| single_spaced(p.to_string());
        assert_eq!(spaced("a b"), ("a b".into(), 2));
        assert_eq!(spaced(" a  b\t"), ("a b".into(), 2));
        assert_eq!(spaced("a\nb\u{a0}c"), ("a b c".into(), 3));
        assert_eq!(spaced("  "), (String::new(), 0));
        assert_eq!(spaced(""), (String::new(), 0));
        assert_eq!(
            spaced("dash — alone, café"),
            ("dash — alone, café".into(), 3)
        );
        // words as count_words counts them, whatever the spaces
        for p in [
            "Zelenskyy’s aides",
            " 2024 — was\u{3000}3 years ",
            "x\u{b}y",
        ] {
            assert_eq!(spaced(p).1, count_words(p), "{p:?}");
        }
    }
}
