//! Finding the people named in one article, by rules: capitalised name
//! sequences, titles and roles before them, and surname-only mentions
//! bound to a full name introduced in the same article.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

use super::lexicon::*;

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
    fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2
            && !self.text.contains('.')
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

/// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "st.", "jr.",
    "sr.", "adm.", "capt.", "sgt.", "maj.", "brig.", "prof.", "rev.", "no.", "vs.", "gov.",
];

/// Words (a letter or digit, then letters, digits, marks, apostrophes,
/// dots and hyphens) and single non-space characters, with byte offsets.
fn words_and_marks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = chars.find(|(_, c)| !c.is_whitespace())?;
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(i, n)) = chars.peek() {
                if n.is_alphanumeric() || matches!(n, '\'' | '’' | '.' | '-') || is_mark(n) {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        }
        Some((start, &text[start..end]))
    })
}

/// Combining marks (accents written as separate code points).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Splits a paragraph into words and punctuation, marking sentence starts.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    let mut next_starts = true;
    for (start, word) in words_and_marks(text) {
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
        if let Some(h) = s.find('-')
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
            return_push(&mut out, s, start + h + 1, &mut next_starts);
            continue;
        }
        return_push(&mut out, s, start, &mut next_starts);
    }
    out
}

/// Pushes one word, splitting off a possessive and a sentence-final dot.
fn return_push<'a>(out: &mut Vec<Token<'a>>, s: &'a str, start: usize, next_starts: &mut bool) {
    let mut text = s.trim_end_matches(['\'', '’', '-']);
    let mut possessive = false;
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
        if !(initials || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(text))) {
            text = text.trim_end_matches('.');
            ends_sentence = true;
        }
    }
    let lower = if text.chars().any(char::is_uppercase) {
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

/// A name found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The name's words ("Antony", "Blinken").
    pub words: Vec<String>,
    /// Byte range of the name in the paragraph.
    pub start: usize,
    pub end: usize,
    /// A role or title stood before it.
    pub role: bool,
    /// The words of the role, lower case, with their modifiers, from before
    /// the name ("russian foreign minister") or an apposition after it
    /// (", the german foreign minister,"); empty when none.
    pub role_text: String,
}

fn lower_in(set: &FxHashSet<&'static str>, t: &Token) -> bool {
    set.contains(t.lower())
}

/// Whether `t` can continue a capitalised run.
fn runs_on(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.is_cap() {
        return true;
    }
    // "Secretary of State", "Ursula von der Leyen": a small word between
    // capitalised ones
    let small = t.word && (t.text == "of" || PARTICLES.contains(t.text));
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    small
        && prev.is_some_and(|p| (p.is_cap() || PARTICLES.contains(p.text)) && !p.possessive)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_cap() || (n.word && PARTICLES.contains(n.text)))
}

/// Length of the role phrase starting at `tokens[i]`, if one does.
fn role_at(tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i).filter(|t| t.word)?;
    ROLES_BY_FIRST.get(first.lower())?.iter().find_map(|role| {
        let fits = role.iter().enumerate().all(|(k, w)| {
            tokens.get(i + k).is_some_and(|t| {
                t.word && t.lower() == *w && (k + 1 == role.len() || !t.possessive)
            })
        });
        fits.then_some(role.len())
    })
}

/// Roles by their first word, longest first.
static ROLES_BY_FIRST: LazyLock<HashMap<&'static str, Vec<&'static [&'static str]>>> =
    LazyLock::new(|| {
        let mut map: HashMap<&str, Vec<&[&str]>> = HashMap::default();
        for role in ROLES.iter() {
            map.entry(role[0]).or_default().push(role.as_slice());
        }
        map
    });

/// Whether a lower-case role phrase ends right before `tokens[i]`
/// ("spokesperson Ned Price", "national security adviser Jake Sullivan").
fn role_before(tokens: &[Token], i: usize) -> bool {
    (1..=4).any(|n| i >= n && role_at(tokens, i - n) == Some(n))
}

/// Words that mark a building named after someone ("Hotel President Wilson").
const BUILDINGS: &[&str] = &[
    "hotel",
    "street",
    "avenue",
    "square",
    "airport",
    "station",
    "bridge",
    "park",
    "hall",
    "center",
    "centre",
    "building",
    "tower",
    "palace",
    "stadium",
    "school",
    "university",
    "college",
    "hospital",
    "museum",
    "library",
    "lake",
    "mount",
    "fort",
    "camp",
    "port",
    "boulevard",
];

fn not_a_name_word(t: &Token) -> bool {
    let l = t.lower();
    NON_PERSON_HEADS.contains(l)
        || PLACES.contains(l)
        || DEMONYMS.contains(l)
        || CALENDAR.contains(l)
        || FUNCTION_WORDS.contains(l)
        || t.is_acronym()
        || t.text.chars().any(|c| c.is_ascii_digit())
        // "U.S.-made", "Kremlin-backed": an adjective
        || t.text.rsplit_once('-').is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
}

/// The names in one paragraph. `lone_surnames` says which capitalised
/// words occur on their own somewhere in the article (evidence that a
/// pair ending in one is a person).
pub fn names_in(tokens: &[Token], lone: &dyn Fn(&str) -> bool) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_cap() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j - 1].possessive && runs_on(tokens, j) {
            j += 1;
        }
        if let Some(f) = name_in_run(tokens, i, j, lone) {
            found.push(f);
        }
        i = j;
    }
    found
}

/// Reads the capitalised run `tokens[from..to]`: modifiers and a role,
/// then a name.
fn name_in_run(
    tokens: &[Token],
    from: usize,
    to: usize,
    lone: &dyn Fn(&str) -> bool,
) -> Option<Found> {
    let run = &tokens[from..to];
    let mut k = 0;
    while k < run.len() && lower_in(&FUNCTION_WORDS, &run[k]) && role_at(run, k).is_none() {
        k += 1;
    }
    // Modifiers ("Russian", "former", "U.S.") and roles lead up to the
    // name; the last role in the run introduces it.
    let mut role = role_before(tokens, from + k);
    let mut name_from = k;
    let mut p = k;
    while p < run.len() {
        match role_at(run, p).filter(|&n| p + n < run.len()) {
            Some(n) => {
                if run[k..p]
                    .last()
                    .is_some_and(|t| BUILDINGS.contains(&t.lower()))
                {
                    return None;
                }
                role = true;
                p += n;
                name_from = p;
            }
            None => p += 1,
        }
    }
    let mut name: Vec<&Token> = run[name_from..].iter().collect();
    // "Lavrov Friday", "Blinken The": the name ends at a word that cannot
    // be part of it
    if let Some(cut) = name.iter().position(|t| {
        let l = t.lower();
        CALENDAR.contains(l) || FUNCTION_WORDS.contains(l)
    }) {
        name.truncate(cut);
    }
    if name.is_empty() || name.len() > 4 || name.iter().any(|t| not_a_name_word(t)) {
        return None;
    }
    if name.len() >= 2 && !role {
        let given = GIVEN_NAMES.contains(name[0].lower());
        let surname_alone = name.last().is_some_and(|t| lone(t.text));
        let after = &tokens[to.min(tokens.len())..];
        let speaks = after
            .iter()
            .filter(|t| t.word)
            .take(2)
            .any(|t| SPEECH_VERBS.contains(t.lower()));
        let before_said = from >= 1
            && tokens[..from]
                .iter()
                .rev()
                .filter(|t| t.word)
                .take(1)
                .any(|t| SPEECH_VERBS.contains(t.lower()));
        let who = after.len() >= 2 && after[0].text == "," && after[1].text == "who";
        if !(given || surname_alone || speaks || before_said || who) {
            return None;
        }
    }
    let first = name[0];
    let last = name[name.len() - 1];
    let mut role_text: Vec<&str> = run[k..name_from].iter().map(|t| t.lower()).collect();
    if role_text.is_empty() {
        role_text = lower_role_before(tokens, from + k);
    }
    role_text.extend(apposition(tokens, to));
    Some(Found {
        words: name.iter().map(|t| t.text.to_string()).collect(),
        start: first.start,
        end: last.end,
        role,
        role_text: role_text.join(" "),
    })
}

/// The lower-case role phrase right before `tokens[i]`, with the
/// modifiers before it ("state department spokesperson").
fn lower_role_before<'a>(tokens: &'a [Token], i: usize) -> Vec<&'a str> {
    let Some(n) = (1..=4)
        .rev()
        .find(|&n| i >= n && role_at(tokens, i - n) == Some(n))
    else {
        return Vec::new();
    };
    let mut start = i - n;
    while start > 0 && tokens[start - 1].word && start + 3 > i - n {
        start -= 1;
    }
    tokens[start..i]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower())
        .collect()
}

/// ", the German foreign minister," after a name: the role words.
fn apposition<'a>(tokens: &'a [Token], to: usize) -> Vec<&'a str> {
    let rest = &tokens[to.min(tokens.len())..];
    if rest.len() < 3 || rest[0].text != "," || !matches!(rest[1].lower(), "the" | "a" | "an") {
        return Vec::new();
    }
    let words: Vec<&str> = rest[2..]
        .iter()
        .take_while(|t| t.word)
        .take(6)
        .map(|t| t.lower())
        .collect();
    let is_role = words
        .iter()
        .any(|w| ROLES.iter().any(|r| r.last() == Some(w)));
    if is_role { words } else { Vec::new() }
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
        let prev_cap = i > 0 && joins(&tokens[i - 1]) && !tokens[i - 1].possessive;
        let next_cap = !t.possessive && tokens.get(i + 1).is_some_and(joins);
        if !prev_cap && !next_cap {
            out.push(t.text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let lone: Vec<&str> = lone_words(&tokens);
        names_in(&tokens, &|w| lone.contains(&w))
            .into_iter()
            .filter(|f| f.words.len() >= 2 || f.role)
            .map(|f| f.words.join(" "))
            .collect()
    }

    #[test]
    fn tokens_split_possessives_and_sentence_dots() {
        let t = tokenize("Blinken's trip to the U.S. ended. Lavrov said.");
        let words: Vec<&str> = t.iter().filter(|t| t.word).map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Blinken", "trip", "to", "the", "U.S.", "ended", "Lavrov", "said"
            ]
        );
        assert!(t[0].possessive && t[0].sentence_start);
        let lavrov = t.iter().find(|t| t.text == "Lavrov").unwrap();
        assert!(lavrov.sentence_start);
        assert_eq!(&"Blinken's trip"[t[0].start..t[0].end], "Blinken");
    }

    #[test]
    fn roles_introduce_names() {
        assert_eq!(
            names(
                "Both US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov are in town."
            ),
            ["Antony Blinken", "Sergey Lavrov"]
        );
        assert_eq!(
            names("Russian Deputy Foreign Minister Sergei Ryabkov also said"),
            ["Sergei Ryabkov"]
        );
        assert_eq!(
            names("according to State Department spokesperson Ned Price."),
            ["Ned Price"]
        );
        assert_eq!(
            names("national security adviser Jake Sullivan said"),
            ["Jake Sullivan"]
        );
        assert_eq!(
            names("a call between Zelensky and then-President Donald Trump that"),
            ["Donald Trump"]
        );
        assert_eq!(names("remarks by President Biden earlier"), ["Biden"]);
        assert_eq!(
            names("United Kingdom Defense Secretary Ben Wallace said"),
            ["Ben Wallace"]
        );
        assert_eq!(names("General Motors CEO Mary Barra said"), ["Mary Barra"]);
        assert_eq!(
            names("Ursula von der Leyen, the president of the Commission"),
            ["Ursula von der Leyen"]
        );
    }

    #[test]
    fn places_and_organisations_are_not_people() {
        for text in [
            "at the historic President Wilson Hotel on the shores of Lake Geneva, where",
            "talks at the Hotel President Wilson in Geneva",
            "The White House said Friday",
            "A senior State Department official confirmed",
            "according to The New York Times.",
            "Contributing: The Associated Press",
            "which was once part of the Soviet Union.",
            "members of the Transatlantic Quad, including",
            "the security structure of post-Cold War Europe.",
            "the United States and its allies",
            "get its hands on U.S.-made Javelin anti-tank missiles. The Javelin is",
            "Trending now in Eastern Europe and Western Europe",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn pairs_need_evidence_without_a_role() {
        // a known given name
        assert_eq!(
            names("his counterpart, Vladimir Putin, is likely"),
            ["Vladimir Putin"]
        );
        // the surname recurs alone
        assert_eq!(
            names("Quentin Zorblax arrived. Later Zorblax left."),
            ["Quentin Zorblax"]
        );
        // no evidence: a capitalised pair is not enough
        assert_eq!(names("the Quentin Zorblax arrived."), Vec::<String>::new());
    }
}
