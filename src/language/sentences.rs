//! Sentences: where a full stop ends one and where it only closes an
//! abbreviation ("Mr.", "U.S.", "Jan."). Every rule that needs sentences
//! asks here.

use super::dates::is_month_abbreviation;
use super::marks::{closes_after_stop, is_quote_mark};

/// Titles before a name, lower case without their dot ("Mr.", "Sen.").
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "maj", "brig", "adm", "prof", "rev", "del", "det", "amb", "cmdr", "supt", "fr",
];

/// Other words (lower case, without their final dot) after which a full
/// stop does not end a sentence: company forms, Latin, numbers (and the
/// months' abbreviations, from [`super::dates::MONTHS`]).
pub const ABBREVIATIONS: &[&str] = &[
    "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m",
    "p.m",
];

/// Whether `word` (lower case, final dot removed) is a title ("mr").
pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Whether `word` (lower case, final dot removed) is a title or another
/// abbreviation: its dot does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    is_title(word) || ABBREVIATIONS.contains(&word) || is_month_abbreviation(word)
}

/// Whether the word ending at byte `i` (just before a full stop) is one
/// whose dot is not a full stop: an abbreviation, an initial ("J."), or
/// a word with dots of its own ("U.S.", "G.O.P.", "(D-Calif.)"). A number
/// is not ("rose to 5.", "grew 2.5.").
fn abbreviated(text: &str, i: usize) -> bool {
    let word_start = crate::text::after_last(&text[..i], |ch| {
        ch.is_whitespace() || ch == '(' || is_quote_mark(ch)
    });
    let word = text[word_start..i].to_lowercase();
    let number = word
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
    is_abbreviation(&word)
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        || (word.contains('.') && !number)
}

/// Whether the `.`, `!` or `?` at byte `i` of `text` ends a sentence.
pub fn ends_sentence(text: &str, i: usize) -> bool {
    let c = text[i..].chars().next().unwrap_or(' ');
    if c != '.' {
        return matches!(c, '!' | '?');
    }
    !abbreviated(text, i)
}

/// Byte offset where the sentence holding `at` starts.
pub fn sentence_start(text: &str, at: usize) -> usize {
    let before = &text[..at.min(text.len())];
    before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && before[i + 1..].starts_with(' ')
                && ends_sentence(text, i)
        })
        .map_or(0, |(i, _)| i + 2)
}

/// Byte offsets just past each sentence end in `p`, closing quotes and
/// brackets included. The end of the text ends a sentence whatever the
/// word before it.
pub fn boundaries(p: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes = p.as_bytes();
    for (i, c) in p.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(next) = p[end..].chars().next() {
            if closes_after_stop(next) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        let at_end = p[end..].trim().is_empty();
        let followed_by_space = bytes.get(end) == Some(&b' ');
        if !(at_end || followed_by_space) {
            continue;
        }
        // "U.S. officials": an abbreviation, unless it closes the text
        if !at_end && !ends_sentence(p, i) {
            continue;
        }
        out.push(end);
    }
    out
}

/// How many sentences `p` holds.
pub fn count(p: &str) -> usize {
    boundaries(p)
        .iter()
        .filter(|&&e| !p[e..].trim().is_empty())
        .count()
        + 1
}

/// Whether text ends like a sentence, a quotation or a clause: with a
/// full stop, a comma, a closing quote… (a headline or a hard-wrapped line
/// does not).
pub fn closes_clause(text: &str) -> bool {
    text.trim_end().ends_with([
        '.', '!', '?', ':', ';', ',', '"', '”', '’', '…', ')', '。', '！', '？',
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "Mr. Blinken met Sergei V. Lavrov in the U.S. on Jan. 21. Then he left.";
        let ends: Vec<&str> = boundaries(t).iter().map(|&e| &t[..e]).collect();
        assert_eq!(
            ends,
            [
                "Mr. Blinken met Sergei V. Lavrov in the U.S. on Jan. 21.",
                "Mr. Blinken met Sergei V. Lavrov in the U.S. on Jan. 21. Then he left."
            ]
        );
        assert_eq!(count(t), 2);
        let at = t.find("Then").unwrap();
        assert_eq!(sentence_start(t, at + 3), at);
        assert_eq!(sentence_start(t, 10), 0);
    }

    #[test]
    fn an_abbreviation_at_the_end_closes_the_text() {
        assert_eq!(boundaries("He lives in the U.S."), [20]);
        let t = "The toll rose to 5. Rescuers grew by 2.5. Then Biden vs. Putin.";
        assert_eq!(count(t), 3);
        assert!(ends_sentence("Really?", 6));
    }
}
