//! What a word of a capitalised run can be in a name: the words that
//! cannot (groups, contractions, heads of other names), the words that
//! lead up to one (a party, a place), and what the rest of the article
//! tells of a word.

use rustc_hash::FxHashSet;

use crate::language::lexicon::*;
use crate::language::names::recorded_given_name;
use crate::language::tokens::Token;

/// "Democrats", "Muslims", "PACs", "Americans": the plural of a group
/// or a people.
fn is_group_plural(l: &str) -> bool {
    // (not the heads of other names: "Rosa Parks", "Joan Rivers")
    l.strip_suffix('s')
        .is_some_and(|one| GROUPS.contains(one) || DEMONYMS.contains(one))
}

/// "Ki-moon", "Jong-un", "Jae-in": a Korean given name, two short
/// syllables joined by a hyphen (not a prefixed adjective, "Anti-war").
fn is_syllabic_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let short = |s: &str, up: bool| {
        (1..=5).contains(&s.len())
            && s.chars().all(|c| c.is_ascii_alphabetic())
            && s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase() == up)
    };
    short(first, true)
        && short(second, false)
        && !matches!(
            first.to_ascii_lowercase().as_str(),
            "anti"
                | "pro"
                | "non"
                | "self"
                | "well"
                | "ex"
                | "co"
                | "semi"
                | "post"
                | "pre"
                | "multi"
                | "mid"
                | "all"
                | "over"
                | "under"
                | "half"
                | "high"
                | "low"
        )
}

/// "I'm", "I’ve", "didn't": a contraction.
pub(super) fn is_contraction(l: &str) -> bool {
    let l = l.replace('’', "'");
    ["'m", "'ve", "'ll", "'re", "'d", "n't"]
        .iter()
        .any(|c| l.ends_with(c))
}

pub(super) fn not_a_name_word(t: &Token) -> bool {
    let l = t.lower();
    is_group_plural(l)
        || is_contraction(l)
        || NON_PERSON_HEADS.contains(l)
        || PLACES.contains(l)
        || DEMONYMS.contains(l)
        || CALENDAR.contains(l)
        || FUNCTION_WORDS.contains(l)
        || t.is_acronym()
        || t.text.chars().any(|c| c.is_ascii_digit())
        // "U.S.-made", "Kremlin-backed": an adjective
        || (t.text.rsplit_once('-').is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
            && !is_syllabic_given_name(t.text))
}

/// A party, a place or a people ("Republican", "Iowa", "Russian").
pub(super) fn is_modifier(t: &Token) -> bool {
    let l = t.lower();
    DEMONYMS.contains(l) || PLACES.contains(l)
}

/// Whether every word can be a word of a name. A common given name
/// first makes a pair a person's name even when a word of it is also a
/// common word, a people or a document ("Bill Maher", "Mark Cuban",
/// "George Will").
pub(super) fn name_words_fit(name: &[&Token]) -> bool {
    match name {
        [first, middle @ .., last] if GIVEN_NAMES.contains(first.lower()) && last.is_cap() => {
            // (a middle name may be a common word too: "Kathleen Hall
            // Jamieson"; the last word heads the phrase, "Walter Reed
            // Hospital")
            let l = last.lower();
            let odd = |t: &Token| {
                t.is_acronym()
                    || is_contraction(t.lower())
                    || t.text.chars().any(|c| c.is_ascii_digit())
            };
            // (a place last may be a surname after a given name: "Jim
            // Jordan", "John Denver")
            !(NON_PERSON_HEADS.contains(l)
                || TITLE_HEADS.contains(l)
                || is_group_plural(l)
                || CALENDAR.contains(l)
                || odd(last)
                || (middle.len() > 1 && middle.iter().any(|t| not_a_name_word(t)))
                || middle.iter().any(|t| odd(t) || is_group_plural(t.lower())))
        }
        // "Park Geun-hye", "Moon Jae-in": a family name first, whatever
        // else it is, before a given name of syllables
        [first, last] if is_syllabic_given_name(last.text) && !first.is_acronym() => true,
        _ => {
            !name.iter().any(|t| not_a_name_word(t))
                && !name.last().is_some_and(|t| TITLE_HEADS.contains(t.lower()))
        }
    }
}

/// What the rest of an article tells of a word, as evidence for a name.
#[allow(missing_debug_implementations)]
pub struct Evidence<'e> {
    /// Whether a capitalised word occurs on its own somewhere in the
    /// article (a pair ending in one is a person).
    pub lone: &'e dyn Fn(&str) -> bool,
    /// Whether a word (lower case) is written in lower case somewhere in
    /// the article: a common word, not a name, there.
    pub common: &'e dyn Fn(&str) -> bool,
    /// Whether the article writes a word as the surname after a given
    /// name ("Jim Jordan"): a surname alone then, even if a place.
    pub surnames: &'e dyn Fn(&str) -> bool,
}

/// A given name of the hand list, or a recorded one the article does not
/// use as a common word ("Zephyr", not "Grant" beside "a grant").
pub(super) fn is_given(t: &Token, ev: &Evidence) -> bool {
    let given =
        |l: &str| GIVEN_NAMES.contains(l) || (recorded_given_name(l).is_some() && !(ev.common)(l));
    let l = t.lower();
    // "Jean-Marc", "Jo-Renee": two given names joined
    given(l) || l.split_once('-').is_some_and(|(a, b)| given(a) && given(b))
}

/// Where a capitalised run `tokens[from..to]` ends as a name: in a
/// headline in title case (`title_case`) a word is glued after a
/// surname ("Hillary Clinton Sides With…"), and a word the article
/// writes in lower case elsewhere is no part of a name.
pub(super) fn headline_cut(
    tokens: &[Token],
    from: usize,
    to: usize,
    title_case: bool,
    ev: &Evidence,
) -> usize {
    if !title_case || to - from <= 2 {
        return to;
    }
    // (the words before it may be its role; two words are kept whole,
    // "Julie Pace"; a head of another name is left to the rules that know
    // it, "Memorial Award"; only after a surname: "Clinton Sides", not
    // "Julie Pace")
    let plain = |t: &Token| {
        (ev.common)(t.lower())
            && !is_given(t, ev)
            && !NON_PERSON_HEADS.contains(t.lower())
            && !TITLE_HEADS.contains(t.lower())
    };
    (from + 2..to)
        .find(|&k| {
            let before = &tokens[k - 1];
            plain(&tokens[k]) && !is_given(before, ev) && !(ev.common)(before.lower())
        })
        .unwrap_or(to)
}

/// Whether a paragraph is written in title case, as headlines are: a
/// line of few words, all capitalised but the short joining ones.
pub(super) fn is_title_case(tokens: &[Token]) -> bool {
    // (a line, not a paragraph: every word of three letters or more
    // capitalised but "and", "the"…; "met", "are" in lower case make a
    // sentence of names no headline)
    let words: Vec<&Token> = tokens
        .iter()
        .skip(1)
        .filter(|t| t.word && t.text.len() >= 3)
        .collect();
    (3..=25).contains(&words.len())
        && words.iter().all(|t| {
            t.is_cap()
                || matches!(
                    t.text,
                    "and" | "the" | "for" | "but" | "nor" | "via" | "per" | "off" | "out" | "not"
                )
        })
}

/// Capitalised words standing alone (not inside a longer capitalised run),
/// for the "surname recurs" evidence.
pub fn lone_words<'a>(tokens: &[Token<'a>]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_cap() {
            continue;
        }
        let joins = |n: &Token| n.is_cap() && !lower_in(&FUNCTION_WORDS, n);
        let prev_cap =
            i > 0 && !t.sentence_start && joins(&tokens[i - 1]) && !tokens[i - 1].possessive;
        let next_cap = !t.possessive
            && tokens
                .get(i + 1)
                .is_some_and(|n| !n.sentence_start && joins(n));
        if !prev_cap && !next_cap {
            out.push(t.text);
        }
    }
    out
}

/// Whether a token's lower case is in `set`.
pub(super) fn lower_in(set: &FxHashSet<&'static str>, t: &Token) -> bool {
    set.contains(t.lower())
}
