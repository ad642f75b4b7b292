//! The quick test before the fuzzy matcher: most values of a vocabulary
//! lack a character of the pattern, and are passed over without it.

/// Whether the characters of `pattern` occur in `value` in order, compared
/// as the fuzzy matcher compares them (ASCII case ignored unless the
/// pattern has an ASCII capital): the matcher finds no match otherwise, so
/// most words of a vocabulary are passed over without calling it.
pub(super) fn in_order(value: &str, pattern: &str, case_sensitive: bool) -> bool {
    let mut want = pattern.chars().peekable();
    for c in value.chars() {
        let Some(&p) = want.peek() else {
            return true;
        };
        if c == p || !case_sensitive && c.eq_ignore_ascii_case(&p) {
            want.next();
        }
    }
    want.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    #[test]
    fn words_passed_over_are_words_the_matcher_rejects() {
        let skim = SkimMatcherV2::default().smart_case();
        let words = [
            "Lavrov",
            "lavrov",
            "LAVROV",
            "Blinken",
            "Zelenskyy",
            "élan",
            "Ünal",
            "K-pop",
            "p",
            "",
            "Papa",
            "upi",
            "Kelvin\u{212a}",
            "naïve",
            "o'brien",
        ];
        let patterns = [
            "l", "lv", "Lv", "lav", "p", "P", "pp", "é", "u", "k", "zy", "ob", "xyz",
        ];
        for w in words {
            for p in patterns {
                let cs = p.chars().any(|c| c.is_ascii_uppercase());
                assert_eq!(
                    in_order(w, p, cs),
                    skim.fuzzy_match(w, p).is_some(),
                    "{w:?} {p:?}"
                );
            }
        }
    }
}
