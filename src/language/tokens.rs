//! Tokens: the words of a paragraph for the name rules (words and
//! punctuation with their byte ranges, possessives split off, sentence
//! starts marked), and the plain words around a quote for attribution.

use std::borrow::Cow;

use super::marks::is_combining;
use super::sentences::{is_abbreviation, is_title};

/// A word of a paragraph, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// `text` in lower case, computed once.
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    /// A word (else punctuation).
    pub word: bool,
    /// Ended by "'s": closes a name.
    pub possessive: bool,
    /// First word of a sentence, or of a quotation.
    pub sentence_start: bool,
}

impl Token<'_> {
    pub fn is_cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn lower(&self) -> &str {
        &self.lower
    }
    /// "NATO", "CNN": an acronym (initials with dots, "J.R.", are not).
    pub fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2
            && !self.text.contains('.')
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

/// The character at byte `i` of `text` (a boundary), and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b < 0x80 => (char::from(b), 1),
        _ => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// The ASCII characters a word goes on with: letters, digits, `'`, `.`
/// and `-`.
const IN_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || matches!(b as u8, b'\'' | b'.' | b'-');
        b += 1;
    }
    t
};

/// What the scan of a word saw in it, so that the rules after it look
/// only for what is there.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// Any byte outside ASCII.
    wide: bool,
    upper: bool,
    hyphen: bool,
    apostrophe: bool,
}

/// Words (a letter or digit, then letters, digits, marks, apostrophes,
/// dots and hyphens) and single non-space characters, with byte offsets
/// and what each word holds.
fn words_and_marks(text: &str) -> impl Iterator<Item = (usize, &str, Seen)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let (start, c) = loop {
            let &b = bytes.get(i)?;
            if b < 0x80 {
                i += 1;
                if !(b == b' ' || (9..=13).contains(&b)) {
                    break (i - 1, char::from(b));
                }
                continue;
            }
            let (c, n) = char_at(text, i);
            i += n;
            if !c.is_whitespace() {
                break (i - n, c);
            }
        };
        let mut seen = Seen {
            wide: !c.is_ascii(),
            upper: c.is_ascii_uppercase(),
            hyphen: false,
            apostrophe: false,
        };
        if c.is_alphanumeric() {
            while let Some(&b) = bytes.get(i) {
                if b < 0x80 {
                    if !IN_WORD[usize::from(b)] {
                        break;
                    }
                    seen.upper |= b.is_ascii_uppercase();
                    seen.hyphen |= b == b'-';
                    seen.apostrophe |= b == b'\'';
                    i += 1;
                    continue;
                }
                let (n, len) = char_at(text, i);
                if n.is_alphanumeric() || n == '’' || is_combining(n) {
                    seen.wide = true;
                    i += len;
                } else {
                    break;
                }
            }
        }
        Some((start, &text[start..i], seen))
    })
}

/// Splits a paragraph into words and punctuation, marking sentence starts.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    // about a token per six bytes of news text
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 6 + 4);
    let mut next_starts = true;
    for (start, word, seen) in words_and_marks(text) {
        let (mut s, m_end) = (word, start + word.len());
        let first = s.chars().next().unwrap_or(' ');
        if !(first.is_alphanumeric()) {
            let ends = matches!(s, "." | "!" | "?");
            let opens = matches!(s, "\"" | "“" | ":" | "(" | "—" | "–");
            out.push(Token {
                text: s,
                lower: Cow::Borrowed(s),
                start,
                end: m_end,
                word: false,
                possessive: false,
                sentence_start: false,
            });
            if ends || opens {
                next_starts = true;
            }
            continue;
        }
        // then-President, ex-Senator: the modifier is a word of its own
        if seen.hyphen
            && let Some(h) = s.find('-')
            && s[..h].chars().all(char::is_lowercase)
            && s[h + 1..].chars().next().is_some_and(char::is_uppercase)
        {
            out.push(Token {
                text: &s[..h],
                lower: Cow::Borrowed(&s[..h]),
                start,
                end: start + h,
                word: true,
                possessive: false,
                sentence_start: next_starts,
            });
            next_starts = false;
            s = &s[h + 1..];
            return_push(&mut out, s, start + h + 1, &mut next_starts, seen);
            continue;
        }
        return_push(&mut out, s, start, &mut next_starts, seen);
    }
    out
}

/// Pushes one word, splitting off a possessive and a sentence-final dot.
fn return_push<'a>(
    out: &mut Vec<Token<'a>>,
    s: &'a str,
    start: usize,
    next_starts: &mut bool,
    seen: Seen,
) {
    let last = s.as_bytes().last().copied().unwrap_or(0);
    // (only a word ending in `'`, `’`, `-`, `.` or an apostrophe's `s`
    // has something to split off; most have nothing)
    let marked = seen.apostrophe || seen.wide;
    if !(matches!(last, b'\'' | b'-' | b'.') || (marked && matches!(last, b's' | 0x99))) {
        return push(out, s, start, next_starts, false, false, seen);
    }
    let mut text = s.trim_end_matches(['\'', '’', '-']);
    let mut possessive = false;
    // "Putin's." ends its sentence
    for suffix in ["'s.", "’s."] {
        if let Some(t) = text.strip_suffix(suffix) {
            return push(out, t, start, next_starts, true, true, seen);
        }
    }
    for suffix in ["'s", "’s"] {
        if let Some(t) = text.strip_suffix(suffix) {
            text = t;
            possessive = true;
        }
    }
    if s.ends_with(['\'', '’']) && text.ends_with('s') && !possessive {
        possessive = true; // "allies'"
    }
    let mut ends_sentence = false;
    if text.ends_with('.') {
        let initials = text.split_inclusive('.').all(|p| p.chars().count() == 2);
        let bare = text[..text.len() - 1].to_lowercase();
        // initials and titles keep their dot ("J.", "Sen."); another word
        // loses it ("Dec." is the month "Dec"), and ends the sentence
        // unless it abbreviates ("vs.", "Inc.")
        if !(initials || is_title(&bare)) {
            text = text.trim_end_matches('.');
            ends_sentence = !is_abbreviation(&bare);
        }
    }
    push(
        out,
        text,
        start,
        next_starts,
        possessive,
        ends_sentence,
        seen,
    )
}

/// Pushes the word `text`, its lower case made only when it differs.
fn push<'a>(
    out: &mut Vec<Token<'a>>,
    text: &'a str,
    start: usize,
    next_starts: &mut bool,
    possessive: bool,
    ends_sentence: bool,
    seen: Seen,
) {
    // (a word seen without a wide character or a capital is as it is)
    let lower = if !seen.wide || text.is_ascii() {
        if (seen.upper || seen.wide) && text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    } else if text.chars().any(char::is_uppercase) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    };
    out.push(Token {
        text,
        lower,
        start,
        end: start + text.len(),
        word: true,
        possessive,
        sentence_start: *next_starts,
    });
    *next_starts = ends_sentence;
}

/// A plain word of a span of text (letters, digits, apostrophes, hyphens,
/// inner dots; a final dot dropped), with its byte offset.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

/// The words of `text[from..to]`, offsets into `text`.
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        let i = i + from;
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: text[s..i].trim_end_matches('.'),
                    start: s,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: text[s..to].trim_end_matches('.'),
            start: s,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, lower, possessive, sentence start) of each word.
    fn words_of(text: &str) -> Vec<(&str, String, bool, bool)> {
        tokenize(text)
            .into_iter()
            .filter(|t| t.word)
            .map(|t| (t.text, t.lower.to_string(), t.possessive, t.sentence_start))
            .collect()
    }

    #[test]
    fn possessives_split_off_in_either_apostrophe() {
        let w = words_of("Blinken's aides, Lavrov’s allies' and NATO’ talks");
        assert_eq!(w[0], ("Blinken", "blinken".into(), true, true));
        assert_eq!(w[2], ("Lavrov", "lavrov".into(), true, false));
        assert_eq!(w[3], ("allies", "allies".into(), true, false));
        assert_eq!(w[5], ("NATO", "nato".into(), false, false));
    }

    #[test]
    fn words_lower_cased_only_where_they_differ() {
        let w = words_of("Élysée said then-President Ursula-Maria ÖZ x.");
        assert_eq!(w[0].1, "élysée");
        assert_eq!((w[2].0, w[3].0), ("then", "President"));
        assert_eq!(w[4], ("Ursula-Maria", "ursula-maria".into(), false, false));
        assert_eq!(w[5].1, "öz");
        assert!(matches!(tokenize("said")[0].lower, Cow::Borrowed("said")));
    }

    #[test]
    fn a_final_dot_ends_the_sentence_unless_it_abbreviates() {
        let w = words_of("He met Sen. Lee in Jan. 5 in Geneva. Talks ended. J. Doe came");
        let starts: Vec<&str> = w.iter().filter(|w| w.3).map(|w| w.0).collect();
        assert_eq!(starts, ["He", "Talks", "J."]);
        assert!(w.iter().any(|w| w.0 == "Sen."));
    }
}
