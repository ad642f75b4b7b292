//! Names: a key that one person's spellings share, and what a given name
//! says of who bears it.

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

/// Whether `word` (lower case) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    lexicon::GIVEN_NAMES.contains(word)
}

/// Whether `word` (lower case) is a common female given name.
pub fn is_female_name(word: &str) -> bool {
    lexicon::FEMALE.contains(&word)
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
}
