//! Running a [`Query`] against a [`SearchIndex`] fast enough for every keystroke:
//! terms are matched against the *distinct values* of a field (title words,
//! sources, names, dates) and mapped to articles through postings; a term
//! that grows from one matched before only re-checks what that one matched.

use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::date::DateQuery;
use super::index::{SearchIndex, VocabId};
use super::parse::{Field, Pattern, Query};
use super::ranking::by_score;

mod highlight;
mod in_order;
mod levels;
use crate::model::ArticleIx;
use in_order::in_order;

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
    /// The rows of a first letter, before they are ordered.
    rows: Vec<u32>,
    /// A bit per document: touched by the term being matched.
    seen: Vec<u64>,
    /// A bit per document: matched at the score being gathered.
    level: Vec<u64>,
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
            rows: Vec::new(),
            seen: Vec::new(),
            level: Vec::new(),
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

    /// Makes room for `n` documents, unless there is room for them already.
    /// The memory is written, not only reserved: the first keystroke does
    /// not wait for the system to hand over its pages. Done when a pane
    /// opens rather than at its first key.
    pub fn prepare(&mut self, n: usize) {
        if self.stamp.len() == n {
            return;
        }
        fn written<T: Clone>(v: &mut Vec<T>, n: usize, zero: T) {
            v.clear();
            v.shrink_to_fit();
            v.resize(n, zero);
        }
        written(&mut self.stamp, n, 0);
        written(&mut self.count, n, 0);
        written(&mut self.score, n, 0);
        written(&mut self.neg, n, 0);
        written(&mut self.term_slots, n, (0, 0));
        self.generation = 0;
        self.term_gen = 0;
    }

    /// Documents (articles, or quotes for [`SearchIndex::quotes`]) matching
    /// `q` with their scores, best first, ties newest first.
    pub fn run_scored(&mut self, index: &SearchIndex, q: &Query) -> Vec<(usize, i64)> {
        let n = index.order.len();
        self.prepare(n);
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
            let touched = match self.term(
                index,
                term.field,
                &term.pattern,
                term.as_date.as_ref(),
                only.as_deref(),
                single,
            ) {
                Matched::Ordered(rows) => return rows,
                Matched::Touched(touched) => touched,
            };
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
                    let mut rows = std::mem::take(&mut self.rows);
                    rows.clear();
                    rows.extend((0..n).filter(|&r| keep(r)).map(|r| r as u32));
                    let out = by_score(&rows, score, doc);
                    self.rows = rows;
                    return out;
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

    /// Articles one term matches; `alone` when it is the query's only
    /// term, and a positive one.
    fn term(
        &mut self,
        index: &SearchIndex,
        field: Field,
        pattern: &Pattern,
        as_date: Option<&DateQuery>,
        only: Option<&[u64]>,
        alone: bool,
    ) -> Matched {
        self.term_gen = self.term_gen.wrapping_add(1);
        if self.term_gen == 0 {
            self.term_slots.fill((0, 0));
            self.term_gen = 1;
        }
        let mut touched = Vec::new();
        let vocabs = vocabs_of(field);
        match pattern {
            Pattern::Date(dq) => self.dates(index, dq, 0, &mut touched),
            Pattern::Fuzzy(text) | Pattern::Exact(text) => {
                let exact = matches!(pattern, Pattern::Exact(_));
                let (hits, phrase) = self.values(index, vocabs, text, exact);
                let postings = || -> usize {
                    hits.iter()
                        .map(|&(_, v, value)| index.vocab(v).postings[value as usize].len())
                        .sum()
                };
                if alone && !phrase && as_date.is_none() && postings() > index.order.len() / 16 {
                    let rows = levels::by_levels(index, &hits, &mut self.seen, &mut self.level);
                    return Matched::Ordered(rows);
                }
                // the hot loop of a first letter (every posting of most
                // words): a document seen once is passed over on a set of
                // bits small enough to stay in cache, and only the first
                // posting of each touches the larger per-document slots
                let mut seen = std::mem::take(&mut self.seen);
                seen.clear();
                seen.resize(self.term_slots.len().div_ceil(64), 0);
                let generation = self.term_gen;
                let slots = &mut self.term_slots[..];
                for (score, v, value) in hits {
                    for &a in &index.vocab(v).postings[value as usize] {
                        let (word, bit) = (a as usize / 64, 1u64 << (a % 64));
                        if seen[word] & bit != 0 || only.is_some_and(|o| o[word] & bit == 0) {
                            continue;
                        }
                        seen[word] |= bit;
                        slots[a as usize] = (generation, score);
                        touched.push(a);
                    }
                }
                self.seen = seen;
                if phrase {
                    self.phrase(index, text, exact, &mut touched);
                }
                if let Some(dq) = as_date {
                    self.dates(index, dq, 0, &mut touched);
                }
            }
        }
        Matched::Touched(touched)
    }

    /// Every value of `vocabs` that `text` matches, best first (a
    /// document's first posting then carries its best score), and
    /// whether `text` is a phrase, which spans the words of titles.
    fn values(
        &mut self,
        index: &SearchIndex,
        vocabs: &[VocabId],
        text: &str,
        exact: bool,
    ) -> (Vec<(i32, VocabId, u32)>, bool) {
        let mut hits: Vec<(i32, VocabId, u32)> = Vec::new();
        let mut phrase = false;
        for &v in vocabs {
            if matches!(v, VocabId::Title | VocabId::Words) && text.contains(' ') {
                phrase = true;
                continue;
            }
            let found = self.vocab_hits(index, v, text, exact);
            hits.extend(found.iter().map(|&(value, score)| (score, v, value)));
        }
        hits.sort_by_key(|&(score, _, _)| std::cmp::Reverse(score));
        (hits, phrase)
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
}

/// What one term matched.
enum Matched {
    /// Each document once, its best score left in `term_slots`.
    Touched(Vec<u32>),
    /// A term alone in its query whose values' postings outnumber a
    /// sixteenth of the documents (a first letter): its documents, best
    /// first, newest first among equals (see [`levels`]).
    Ordered(Vec<(usize, i64)>),
}

/// The vocabularies a term of `field` looks in.
fn vocabs_of(field: Field) -> &'static [VocabId] {
    match field {
        Field::Any => &[VocabId::Words, VocabId::Source, VocabId::Person],
        Field::Title => &[VocabId::Title],
        Field::Source => &[VocabId::Source],
        Field::Person => &[VocabId::Person],
        Field::Date => &[],
    }
}
