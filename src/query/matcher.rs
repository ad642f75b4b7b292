//! Running a [`Query`] against a [`SearchIndex`] fast enough for every keystroke:
//! terms are matched against the *distinct values* of a field (title words,
//! sources, names, dates) and mapped to articles through postings; a term
//! that grows from one matched before only re-checks what that one matched.

use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::date::DateQuery;
use super::index::{SearchIndex, VocabId, title_words};
use super::parse::{Field, Pattern, Query};
use super::ranking::by_score;
use crate::model::ArticleIx;

/// Matches found for one term in one vocabulary: (value index, score).
type Hits = Arc<Vec<(u32, i32)>>;

#[derive(Debug)]
struct Cached {
    vocab: VocabId,
    exact: bool,
    text: String,
    hits: Hits,
}

/// How many term matches are remembered for narrowing.
const CACHE: usize = 32;

/// Runs queries, remembering recent term matches so that a query typed one
/// letter at a time narrows what it had instead of starting over.
pub struct Matcher {
    skim: SkimMatcherV2,
    cache: Vec<Cached>,
    // Scratch space, one slot per article, reset by bumping a generation.
    generation: u32,
    term_gen: u32,
    stamp: Vec<u32>,
    count: Vec<u16>,
    score: Vec<i32>,
    neg: Vec<u32>,
    /// Per document, for the term being matched: its stamp and its best
    /// score side by side, one memory access for both.
    term_slots: Vec<(u32, i32)>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("cached_terms", &self.cache.len())
            .finish()
    }
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            skim: SkimMatcherV2::default().smart_case(),
            cache: Vec::new(),
            generation: 0,
            term_gen: 0,
            stamp: Vec::new(),
            count: Vec::new(),
            score: Vec::new(),
            neg: Vec::new(),
            term_slots: Vec::new(),
        }
    }
}

fn has_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

/// Smart-case substring test.
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    if has_upper(needle) {
        hay.contains(needle)
    } else {
        hay.to_lowercase().contains(needle)
    }
}

impl Matcher {
    /// Articles matching `q`, best first, ties newest first.
    pub fn run(&mut self, index: &SearchIndex, q: &Query) -> Vec<ArticleIx> {
        self.run_scored(index, q)
            .into_iter()
            .map(|(ix, _)| ArticleIx(ix))
            .collect()
    }

    /// Documents (articles, or quotes for [`SearchIndex::quotes`]) matching
    /// `q` with their scores, best first, ties newest first.
    pub fn run_scored(&mut self, index: &SearchIndex, q: &Query) -> Vec<(usize, i64)> {
        let n = index.order.len();
        if self.stamp.len() != n {
            self.stamp = vec![0; n];
            self.count = vec![0; n];
            self.score = vec![0; n];
            self.neg = vec![0; n];
            self.term_slots = vec![(0, 0); n];
            self.generation = 0;
            self.term_gen = 0;
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // after four billion queries the stamps could collide: start over
            self.stamp.fill(0);
            self.neg.fill(0);
            self.generation = 1;
        }
        let generation = self.generation;
        let positives = q.terms.iter().filter(|t| !t.negate).count() as u16;
        // one positive term (a query being typed): its matches and scores
        // are the term's own, read where the term left them
        let single = matches!(q.terms.as_slice(), [t] if !t.negate);
        let mut candidates: Option<Vec<u32>> = None;
        // once a positive term has matched few documents, later terms look
        // at those only: a set of bits small enough to stay in cache
        let mut only: Option<Vec<u64>> = None;
        for term in &q.terms {
            let touched = self.term(
                index,
                term.field,
                &term.pattern,
                term.as_date.as_ref(),
                only.as_deref(),
            );
            if single {
                candidates = Some(touched);
                break;
            }
            if term.negate {
                for &a in &touched {
                    self.neg[a as usize] = generation;
                }
                continue;
            }
            for &a in &touched {
                let a = a as usize;
                if self.stamp[a] != generation {
                    self.stamp[a] = generation;
                    self.count[a] = 0;
                    self.score[a] = 0;
                }
                self.count[a] += 1;
                self.score[a] += self.term_slots[a].1;
            }
            if candidates.is_none() {
                if touched.len() < n / 16 {
                    let mut bits = vec![0u64; n.div_ceil(64)];
                    for &a in &touched {
                        bits[a as usize / 64] |= 1 << (a % 64);
                    }
                    only = Some(bits);
                }
                candidates = Some(touched);
            }
        }
        let term_gen = self.term_gen;
        let keep = |a: usize| {
            if single {
                return self.term_slots[a].0 == term_gen;
            }
            self.neg[a] != generation
                && (positives == 0 || (self.stamp[a] == generation && self.count[a] == positives))
        };
        let score = |a: usize| {
            if single {
                self.term_slots[a].1
            } else {
                self.score[a]
            }
        };
        // every document is named by its rank here (see `SearchIndex`):
        // walking ranks in order walks the scratch arrays in order
        let doc = |r: usize| index.order[r] as usize;
        match candidates {
            None => (0..n).filter(|&r| keep(r)).map(|r| (doc(r), 0)).collect(),
            Some(c) => {
                if c.len() > n / 16 {
                    // Many rows (a first letter): take them newest first,
                    // then order by score with a counting sort over the few
                    // distinct scores.
                    let rows: Vec<usize> = (0..n).filter(|&r| keep(r)).collect();
                    return by_score(&rows, score, doc);
                }
                // One u64 per row: higher score first, then newest first.
                let mut keys: Vec<u64> = c
                    .into_iter()
                    .map(|r| r as usize)
                    .filter(|&r| keep(r))
                    .map(|r| {
                        let worse =
                            (i32::MAX as i64 - score(r) as i64).clamp(0, u32::MAX as i64) as u64;
                        (worse << 32) | r as u64
                    })
                    .collect();
                keys.sort_unstable();
                keys.into_iter()
                    .map(|k| {
                        let r = (k & u64::from(u32::MAX)) as usize;
                        (doc(r), i64::from(score(r)))
                    })
                    .collect()
            }
        }
    }

    /// Articles one term matches (each once), their best score left in
    /// `term_slots`.
    fn term(
        &mut self,
        index: &SearchIndex,
        field: Field,
        pattern: &Pattern,
        as_date: Option<&DateQuery>,
        only: Option<&[u64]>,
    ) -> Vec<u32> {
        self.term_gen = self.term_gen.wrapping_add(1);
        if self.term_gen == 0 {
            self.term_slots.fill((0, 0));
            self.term_gen = 1;
        }
        let mut touched = Vec::new();
        let vocabs: &[VocabId] = match field {
            Field::Any => &[VocabId::Words, VocabId::Source, VocabId::Person],
            Field::Title => &[VocabId::Title],
            Field::Source => &[VocabId::Source],
            Field::Person => &[VocabId::Person],
            Field::Date => &[],
        };
        match pattern {
            Pattern::Date(dq) => self.dates(index, dq, 0, &mut touched),
            Pattern::Fuzzy(text) | Pattern::Exact(text) => {
                let exact = matches!(pattern, Pattern::Exact(_));
                for &v in vocabs {
                    if matches!(v, VocabId::Title | VocabId::Words) && text.contains(' ') {
                        // a phrase spans words: match whole titles
                        self.phrase(index, text, exact, &mut touched);
                        continue;
                    }
                    let hits = self.vocab_hits(index, v, text, exact);
                    let vocab = index.vocab(v);
                    // the hot loop of a first letter (every posting of
                    // most words): on local slices, so nothing of `self`
                    // is loaded again at each posting
                    let generation = self.term_gen;
                    let slots = &mut self.term_slots[..];
                    for &(value, score) in hits.iter() {
                        for &a in &vocab.postings[value as usize] {
                            if let Some(bits) = only
                                && bits[a as usize / 64] & (1 << (a % 64)) == 0
                            {
                                continue;
                            }
                            let slot = &mut slots[a as usize];
                            if slot.0 != generation {
                                *slot = (generation, score);
                                touched.push(a);
                            } else if score > slot.1 {
                                slot.1 = score;
                            }
                        }
                    }
                }
                if let Some(dq) = as_date {
                    self.dates(index, dq, 0, &mut touched);
                }
            }
        }
        touched
    }

    fn touch(&mut self, a: u32, score: i32, touched: &mut Vec<u32>) {
        let i = a as usize;
        let slot = &mut self.term_slots[i];
        if slot.0 != self.term_gen {
            *slot = (self.term_gen, score);
            touched.push(a);
        } else if score > slot.1 {
            slot.1 = score;
        }
    }

    fn dates(&mut self, index: &SearchIndex, dq: &DateQuery, score: i32, touched: &mut Vec<u32>) {
        let (lo, hi) = match dq {
            DateQuery::Range(from, to) => (
                index.dates.partition_point(|(d, _)| d < from),
                index.dates.partition_point(|(d, _)| d <= to),
            ),
            _ => (0, index.dates.len()),
        };
        for i in lo..hi {
            if dq.matches(index.dates[i].0) {
                for k in 0..index.dates[i].1.len() {
                    let a = index.dates[i].1[k];
                    self.touch(a, score, touched);
                }
            }
        }
    }

    fn phrase(&mut self, index: &SearchIndex, text: &str, exact: bool, touched: &mut Vec<u32>) {
        for (a, title) in index.full_titles.iter().enumerate() {
            let score = if exact {
                contains(title, text).then_some(0)
            } else {
                self.skim.fuzzy_match(title, text).map(|s| s as i32)
            };
            if let Some(s) = score {
                self.touch(a as u32, s, touched);
            }
        }
    }

    /// Values of a vocabulary matching `text`, narrowed from the longest
    /// cached match of a prefix of `text` when there is one.
    fn vocab_hits(&mut self, index: &SearchIndex, v: VocabId, text: &str, exact: bool) -> Hits {
        let best = self
            .cache
            .iter()
            .enumerate()
            .filter(|(_, c)| c.vocab == v && c.exact == exact && text.starts_with(c.text.as_str()))
            .max_by_key(|(_, c)| c.text.len())
            .map(|(i, _)| i);
        if let Some(i) = best
            && self.cache[i].text == text
        {
            let hit = self.cache.remove(i);
            let hits = Arc::clone(&hit.hits);
            self.cache.push(hit);
            return hits;
        }
        let vocab = index.vocab(v);
        let case_sensitive = text.chars().any(|c| c.is_ascii_uppercase());
        let score = |value: &str| -> Option<i32> {
            if exact {
                contains(value, text).then_some(0)
            } else if !in_order(value, text, case_sensitive) {
                None
            } else {
                self.skim.fuzzy_match(value, text).map(|s| s as i32)
            }
        };
        let hits: Vec<(u32, i32)> = match best {
            Some(i) => self.cache[i]
                .hits
                .iter()
                .filter_map(|&(value, _)| score(&vocab.values[value as usize]).map(|s| (value, s)))
                .collect(),
            None => vocab
                .values
                .iter()
                .enumerate()
                .filter_map(|(value, s)| score(s).map(|sc| (value as u32, sc)))
                .collect(),
        };
        let hits = Arc::new(hits);
        if self.cache.len() >= CACHE {
            self.cache.remove(0);
        }
        self.cache.push(Cached {
            vocab: v,
            exact,
            text: text.to_string(),
            hits: Arc::clone(&hits),
        });
        hits
    }

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

/// Whether the characters of `pattern` occur in `value` in order, compared
/// as the fuzzy matcher compares them (ASCII case ignored unless the
/// pattern has an ASCII capital): the matcher finds no match otherwise, so
/// most words of a vocabulary are passed over without calling it.
fn in_order(value: &str, pattern: &str, case_sensitive: bool) -> bool {
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
