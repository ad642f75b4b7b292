//! The query language over quotes: `p:` is the speaker, `s:`/`d:`/`t:`
//! the article's source, date and title, bare words the quote's words,
//! its speaker and its source.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{QuoteIx, Speaker};
use crate::query::{Field, Pattern, Query, Term};
use crate::store::Store;

/// Runs queries over quotes, narrowing from the previous result when the
/// query text only grew (each added letter or word can only remove).
pub struct QuoteMatcher {
    skim: SkimMatcherV2,
    /// The last query text and what it matched.
    last: Option<(String, Vec<QuoteIx>)>,
    /// Each quote's place in store order, for ties.
    rank: Vec<u32>,
}

impl Default for QuoteMatcher {
    fn default() -> Self {
        QuoteMatcher {
            skim: SkimMatcherV2::default().smart_case(),
            last: None,
            rank: Vec::new(),
        }
    }
}

impl std::fmt::Debug for QuoteMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuoteMatcher").finish()
    }
}

fn contains(hay: &str, needle: &str) -> bool {
    if needle.chars().any(char::is_uppercase) {
        hay.contains(needle)
    } else {
        hay.to_lowercase().contains(needle)
    }
}

impl QuoteMatcher {
    /// Quotes matching `q` (typed as `text`), best first, ties in store
    /// order (articles newest first, quotes in reading order).
    pub fn run(&mut self, store: &Store, text: &str, q: &Query) -> Vec<QuoteIx> {
        if self.rank.len() != store.quotes().len() {
            self.rank = vec![0; store.quotes().len()];
            for (r, qi) in store.quotes_newest_first().enumerate() {
                self.rank[qi] = r as u32;
            }
            self.last = None;
        }
        if q.is_empty() {
            self.last = None;
            return store.quotes_newest_first().collect();
        }
        let candidates: Vec<QuoteIx> = match self.last.take() {
            Some((prev, hits)) if text.starts_with(prev.as_str()) => hits,
            _ => store.quotes_newest_first().collect(),
        };
        let mut scored: Vec<(i64, u32, QuoteIx)> = candidates
            .into_iter()
            .filter_map(|qi| self.score(store, qi, q).map(|s| (-s, self.rank[qi], qi)))
            .collect();
        scored.sort_unstable();
        let hits: Vec<QuoteIx> = scored.into_iter().map(|(_, _, qi)| qi).collect();
        self.last = Some((text.to_string(), hits.clone()));
        hits
    }

    /// The score of a quote for the whole query, if every term holds.
    pub fn score(&self, store: &Store, qi: QuoteIx, q: &Query) -> Option<i64> {
        let mut total = 0;
        for t in &q.terms {
            let s = self.term(store, qi, t);
            match (t.negate, s) {
                (true, Some(_)) | (false, None) => return None,
                (false, Some(s)) => total += s,
                (true, None) => {}
            }
        }
        Some(total)
    }

    fn matches(&self, hay: &str, t: &Term) -> Option<i64> {
        match &t.pattern {
            Pattern::Fuzzy(p) => self.skim.fuzzy_match(hay, p),
            Pattern::Exact(p) => contains(hay, p).then_some(0),
            Pattern::Date(_) => None,
        }
    }

    fn term(&self, store: &Store, qi: QuoteIx, t: &Term) -> Option<i64> {
        let quote = &store.quotes()[qi];
        let a = store.get(quote.article)?;
        let speaker_names = || -> Vec<&str> {
            match &quote.speaker {
                Speaker::Person(p) => store
                    .people()
                    .get(*p)
                    .map(|p| {
                        std::iter::once(p.name.as_str())
                            .chain(p.aliases.iter().map(String::as_str))
                            .collect()
                    })
                    .unwrap_or_default(),
                Speaker::Org(o) => vec![o.as_str()],
                Speaker::Unknown => Vec::new(),
            }
        };
        let date_hit =
            |dq: &crate::query::date::DateQuery| a.date.is_some_and(|d| dq.matches(d)).then_some(0);
        match (t.field, &t.pattern) {
            (Field::Date, Pattern::Date(dq)) => date_hit(dq),
            (Field::Date, _) => None,
            (Field::Person, _) => speaker_names()
                .into_iter()
                .filter_map(|n| self.matches(n, t))
                .max(),
            (Field::Source, _) => a.source.as_deref().and_then(|s| self.matches(s, t)),
            (Field::Title, _) => self.matches(&a.title, t),
            (Field::Any, _) => {
                // quote words one by one, as the article index does titles
                let words = quote
                    .text
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                let in_text = if matches!(t.pattern, Pattern::Exact(_))
                    || matches!(&t.pattern, Pattern::Fuzzy(p) if p.contains(' '))
                {
                    self.matches(&quote.text, t)
                } else {
                    words.filter_map(|w| self.matches(w, t)).max()
                };
                let others = speaker_names()
                    .into_iter()
                    .chain(a.source.as_deref())
                    .filter_map(|s| self.matches(s, t))
                    .max();
                let by_date = t.as_date.as_ref().and_then(date_hit);
                in_text.max(others).max(by_date)
            }
        }
    }
}
