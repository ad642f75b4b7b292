//! Names: a key that one person's spellings share, and what a given name
//! says of who bears it.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::lexicon;

/// Spelling-insensitive key of a name word: lower case, no accents or
/// punctuation, y read as i, doubled letters single. "Sergey" and "Sergei",
/// "Zelenskyy", "Zelensky" and "Zelenskiy" share a key.
pub fn name_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'y' | 'ý' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
            'ç' | 'č' | 'ć' => 'c',
            'ñ' | 'ń' => 'n',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ł' => 'l',
            'ř' => 'r',
            c if c.is_alphanumeric() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether `word` (lower case) is a common given name of the hand list
/// (names of many languages).
pub fn is_given_name(word: &str) -> bool {
    lexicon::GIVEN_NAMES.contains(word)
}

/// US given names given to 2,000 babies or more, with how many boys and
/// how many girls: the Social Security Administration's national counts
/// for 1880–2024 (public domain), summed over the years. One name a
/// line: `name<TAB>boys<TAB>girls`, lower case ASCII.
const RECORDED: &str = include_str!("given_names.tsv");

static RECORDED_COUNTS: LazyLock<FxHashMap<&'static str, (u32, u32)>> = LazyLock::new(|| {
    RECORDED
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?;
            let boys = f.next()?.parse().ok()?;
            let girls = f.next()?.parse().ok()?;
            Some((name, (boys, girls)))
        })
        .collect()
});

/// How many boys and girls were given `word` (lower case), when it is a
/// recorded US given name.
pub fn recorded_given_name(word: &str) -> Option<(u32, u32)> {
    RECORDED_COUNTS.get(word).copied()
}

/// Whom a given name is given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender a given name (lower case) marks: the recorded counts when
/// nine bearers in ten or more share it (none for "Robin", "Jordan"),
/// else the hand lists (names of other languages: "Annalena", "Sergey").
pub fn gender_of(word: &str) -> Option<Gender> {
    // "Jo-Renee", "Jean-Marc": the gender both parts mark
    if let Some((a, b)) = word.split_once('-') {
        let (a, b) = (gender_of(a), gender_of(b));
        return if a == b || b.is_none() {
            a
        } else {
            b.filter(|_| a.is_none())
        };
    }
    if let Some((boys, girls)) = recorded_given_name(word) {
        let (b, g) = (u64::from(boys), u64::from(girls));
        return if g * 10 >= (b + g) * 9 {
            Some(Gender::Female)
        } else if b * 10 >= (b + g) * 9 {
            Some(Gender::Male)
        } else {
            None
        };
    }
    if lexicon::FEMALE.contains(&word) {
        Some(Gender::Female)
    } else if is_given_name(word) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(name_key("Sergey"), name_key("Sergei"));
        assert_eq!(name_key("Zelenskyy"), name_key("Zelensky"));
        assert_eq!(name_key("Zelenskiy"), name_key("Zelensky"));
        assert_eq!(name_key("Müller"), name_key("Muller"));
        assert_ne!(name_key("Lavrov"), name_key("Ryabkov"));
    }

    #[test]
    fn a_hyphenated_given_name_marks_the_gender_both_parts_mark() {
        assert_eq!(gender_of("jo-renee"), Some(Gender::Female));
        assert_eq!(gender_of("mary-kate"), Some(Gender::Female));
        // (Jean is mostly given to girls in the US, Marc to boys)
        assert_eq!(gender_of("jean-marc"), None);
        assert_eq!(gender_of("jean-pierre"), None);
    }

    #[test]
    fn a_given_name_says_whom_it_is_given_to() {
        assert_eq!(gender_of("hillary"), Some(Gender::Female));
        assert_eq!(gender_of("trish"), Some(Gender::Female));
        assert_eq!(gender_of("elijah"), Some(Gender::Male));
        assert_eq!(gender_of("sergey"), Some(Gender::Male));
        assert_eq!(gender_of("annalena"), Some(Gender::Female));
        // given to both
        assert_eq!(gender_of("jordan"), None);
        assert_eq!(gender_of("lavrov"), None);
        let (boys, girls) = recorded_given_name("mary").unwrap();
        assert!(girls > 100 * boys);
    }
}
