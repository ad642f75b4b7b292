//! Which characters of a row a query lights up.

use super::{Matcher, has_upper};
use crate::query::index::title_words;
use crate::query::parse::{Field, Pattern, Query};
use fuzzy_matcher::FuzzyMatcher;

impl Matcher {
    /// Character positions of `text` a query's terms on `field` light up
    /// (for the rows on screen only).
    pub fn highlight(&self, q: &Query, field: Field, text: &str) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for t in q
            .terms
            .iter()
            .filter(|t| !t.negate && (t.field == field || t.field == Field::Any))
        {
            match &t.pattern {
                Pattern::Fuzzy(p) if field == Field::Title && !p.contains(' ') => {
                    // the best-matching word, as the index matched words
                    let best = title_words(text)
                        .filter_map(|(start, w)| {
                            self.skim
                                .fuzzy_indices(w, p)
                                .map(|(s, idx)| (s, start, w, idx))
                        })
                        .max_by_key(|(s, ..)| *s);
                    if let Some((_, start, _, idx)) = best {
                        let offset = text[..start].chars().count();
                        out.extend(idx.into_iter().map(|i| i + offset));
                    }
                }
                Pattern::Fuzzy(p) => {
                    if let Some((_, idx)) = self.skim.fuzzy_indices(text, p) {
                        out.extend(idx);
                    }
                }
                Pattern::Exact(p) => {
                    let (hay, needle) = if has_upper(p) {
                        (text.to_string(), p.clone())
                    } else {
                        (text.to_lowercase(), p.clone())
                    };
                    if let Some(b) = hay.find(&needle) {
                        let start = hay[..b].chars().count();
                        out.extend(start..start + needle.chars().count());
                    }
                }
                Pattern::Date(_) => {}
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}
