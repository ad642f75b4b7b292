//! The query language over quotes: `p:` is the speaker, `s:`/`d:`/`t:`
//! the article's source, date and title, bare words the quote's words,
//! its speaker and its source.
//!
//! Terms run on the quote index ([`SearchIndex::quotes`]), as the article
//! filter does; phrases (a term with a space, or an exact term with
//! punctuation) are checked quote by quote on what the rest matched.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{QuoteIx, Speaker};
use crate::query::{Field, Matcher, Pattern, Query, SearchIndex, Term};
use crate::store::Store;

/// Runs queries over quotes. The index is built on the first run.
pub struct QuoteMatcher {
    skim: SkimMatcherV2,
    index: Option<SearchIndex>,
    engine: Matcher,
    /// The last query text and what it matched, to narrow phrase checks
    /// when the query only grew.
    last: Option<(String, Vec<QuoteIx>)>,
    /// Each quote's place in store order, for ties.
    rank: Vec<u32>,
}

impl Default for QuoteMatcher {
    fn default() -> Self {
        QuoteMatcher {
            skim: SkimMatcherV2::default().smart_case(),
            index: None,
            engine: Matcher::default(),
            last: None,
            rank: Vec::new(),
        }
    }
}

/// Whether a term is checked quote by quote rather than on the index: a
/// phrase, or an exact term that is not a plain word.
fn scanned(t: &Term) -> bool {
    match &t.pattern {
        Pattern::Fuzzy(p) => p.contains(' '),
        Pattern::Exact(p) => !p.chars().all(char::is_alphanumeric),
        Pattern::Date(_) => false,
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
        if self.rank.len() != store.quotes().len() || self.index.is_none() {
            self.rank = vec![0; store.quotes().len()];
            for (r, qi) in store.quotes_newest_first().enumerate() {
                self.rank[qi] = r as u32;
            }
            self.index = Some(SearchIndex::quotes(store));
            self.engine = Matcher::default();
            self.last = None;
        }
        if q.is_empty() {
            self.last = None;
            return store.quotes_newest_first().collect();
        }
        let (phrases, indexed): (Vec<Term>, Vec<Term>) = q.terms.iter().cloned().partition(scanned);
        let Some(index) = &self.index else {
            return Vec::new();
        };
        let mut hits = self.engine.run_scored(index, &Query { terms: indexed });
        if !phrases.is_empty() {
            // what the shorter query matched bounds what this one can
            let before: Option<rustc_hash::FxHashSet<QuoteIx>> = match self.last.take() {
                Some((prev, rows)) if text.starts_with(prev.as_str()) => {
                    Some(rows.into_iter().collect())
                }
                _ => None,
            };
            let phrases = Query { terms: phrases };
            hits = hits
                .into_iter()
                .filter(|(qi, _)| before.as_ref().is_none_or(|b| b.contains(qi)))
                .filter_map(|(qi, s)| self.score(store, qi, &phrases).map(|p| (qi, s + p)))
                .collect();
            hits.sort_unstable_by_key(|&(qi, s)| (-s, self.rank[qi]));
        }
        let hits: Vec<QuoteIx> = hits.into_iter().map(|(qi, _)| qi).collect();
        self.last = Some((text.to_string(), hits.clone()));
        hits
    }

    /// The score of a quote for the whole query, if every term holds:
    /// the meaning of a query over quotes, one quote at a time.
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
            (Field::Title, _) if scanned(t) => self.matches(&a.title, t),
            (Field::Title, _) => crate::query::title_words(&a.title)
                .filter_map(|(_, w)| self.matches(w, t))
                .max(),
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
