//! The query language over quotes: `p:` is the speaker, `s:`/`d:`/`t:`
//! the article's source, date and title, bare words the quote's words,
//! its speaker and its source.
//!
//! Terms run on the quote index ([`Store::quote_index`]), as the article
//! filter does; phrases (a term with a space, or an exact term with
//! punctuation) are checked quote by quote on what the rest matched.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use rustc_hash::FxHashMap;

use super::archive::Store;
use crate::model::QuoteIx;
use crate::query::{Field, Matcher, Pattern, Query, SearchIndex, Term, contains, quote_words};

/// Runs queries over the store's quotes, on its quote index.
pub struct QuoteMatcher {
    skim: SkimMatcherV2,
    engine: Matcher,
    /// The index the remembered matches belong to (its address and
    /// size): a matcher handed another store starts afresh.
    index: (usize, usize),
    /// The phrase terms last checked, and each quote's score for them.
    phrases: Option<(Vec<Term>, Checked)>,
}

/// Quotes checked against phrase terms: the score, `None` when the terms
/// do not hold. Filled in as quotes come up.
type Checked = FxHashMap<QuoteIx, Option<i64>>;

impl Default for QuoteMatcher {
    fn default() -> Self {
        QuoteMatcher {
            skim: SkimMatcherV2::default().smart_case(),
            engine: Matcher::default(),
            index: (0, 0),
            phrases: None,
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

impl QuoteMatcher {
    /// Quotes matching `q`, best first, ties in store order (articles
    /// newest first, quotes in reading order).
    pub fn run(&mut self, store: &Store, q: &Query) -> Vec<QuoteIx> {
        // All quotes need no index: the pane opens without one (the load
        // builds it behind the first frame). The matcher is made ready for
        // it at the first query that finds it there; a key typed before
        // it comes builds it here.
        if q.is_empty() {
            if let Some(index) = store.quote_index_built() {
                self.prepare(index);
            }
            return store.quotes_newest_first().collect();
        }
        let index = store.quote_index();
        self.prepare(index);
        let (phrases, indexed): (Vec<Term>, Vec<Term>) = q.terms.iter().cloned().partition(scanned);
        let mut hits = self.engine.run_scored(index, &Query { terms: indexed });
        if !phrases.is_empty() {
            let mut checked = match self.phrases.take() {
                Some((terms, checked)) if terms == phrases => checked,
                _ => FxHashMap::default(),
            };
            let phrase_query = Query { terms: phrases };
            hits.retain_mut(|(qi, s)| {
                let p = *checked
                    .entry(QuoteIx(*qi))
                    .or_insert_with(|| self.score(store, QuoteIx(*qi), &phrase_query));
                p.map(|p| *s += p).is_some()
            });
            hits.sort_by_key(|&(qi, s)| (-s, index.rank(qi)));
            self.phrases = Some((phrase_query.terms, checked));
        }
        hits.into_iter().map(|(qi, _)| QuoteIx(qi)).collect()
    }

    /// Ready for queries on `index` (once per index).
    fn prepare(&mut self, index: &SearchIndex) {
        let id = (std::ptr::from_ref(index) as usize, index.len());
        if id != self.index {
            self.engine = Matcher::default();
            self.engine.prepare(index.len());
            self.phrases = None;
            self.index = id;
        }
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
        let date_hit =
            |dq: &crate::query::date::DateQuery| a.date.is_some_and(|d| dq.matches(d)).then_some(0);
        match (t.field, &t.pattern) {
            (Field::Date, Pattern::Date(dq)) => date_hit(dq),
            (Field::Date, _) => None,
            (Field::Person, _) => store
                .speaker_names(quote)
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
                let in_text = if scanned(t) {
                    self.matches(&quote.text, t)
                } else {
                    quote_words(&quote.text)
                        .filter_map(|w| self.matches(w, t))
                        .max()
                };
                let others = store
                    .speaker_names(quote)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_quotes_are_listed_without_the_index_and_a_query_builds_it() {
        let s = super::super::load_bundled().store;
        assert!(s.quote_index_built().is_none());
        let mut m = QuoteMatcher::default();
        let all = m.run(&s, &Query::default());
        assert_eq!(all, s.quotes_newest_first().collect::<Vec<_>>());
        assert!(!all.is_empty());
        assert!(s.quote_index_built().is_none(), "not built for all");
        let today = chrono::NaiveDate::from_ymd_opt(2022, 2, 1).unwrap();
        let q = crate::query::parse("p:lavrov", today).unwrap();
        let hits = m.run(&s, &q);
        assert!(s.quote_index_built().is_some());
        assert!(!hits.is_empty() && hits.len() < all.len(), "{hits:?}");
        for qi in hits {
            assert_eq!(s.speaker_name(&s.quotes()[qi.0]), Some("Sergey Lavrov"));
        }
    }
}
