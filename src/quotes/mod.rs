//! Quotations as objects: who said what, where in the article, and the
//! same utterance carried by several outlets as one group.

mod attribute;
mod detect;
mod filter;

pub use filter::QuoteMatcher;

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;
use serde::Serialize;

pub use attribute::Speaker;
pub use detect::Span;

use crate::people::Person;
use crate::store::{Article, ArticleIx};

/// Index of a quote in the store.
pub type QuoteIx = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Four words or more.
    Full,
    /// Scare quotes: "minor incursion", "non-starter".
    Fragment,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub article: ArticleIx,
    /// The quoted words, one span per piece ("A," he said. "B." is two).
    pub spans: Vec<Span>,
    /// The words, pieces joined by " … ".
    pub text: String,
    pub speaker: Speaker,
    /// The verb of saying ("said", "told", "according to").
    pub verb: Option<String>,
    pub kind: QuoteKind,
    /// The group of the same utterance in other articles, if any.
    pub group: Option<usize>,
}

/// Byte range of a span with its quote marks.
fn outer(text: &str, s: Span) -> (usize, usize) {
    let open = text[..s.start]
        .char_indices()
        .rev()
        .find(|(_, c)| detect::is_mark(*c))
        .map_or(s.start, |(i, _)| i);
    let close = text[s.end..]
        .char_indices()
        .find(|(_, c)| detect::is_mark(*c))
        .map_or(text.len(), |(i, c)| s.end + i + c.len_utf8());
    (open, close)
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The quotes of one article, attributed.
fn article_quotes(ix: ArticleIx, a: &Article, people: &[Person]) -> Vec<Quote> {
    let found = detect::quotes(a);
    let text_of = |s: &Span| &a.body[s.block].text()[s.start..s.end];
    let quoted: Vec<(usize, usize, usize)> = found
        .iter()
        .flat_map(|f| f.spans.iter())
        .map(|s| {
            let (o, c) = outer(a.body[s.block].text(), *s);
            (s.block, o, c)
        })
        .collect();
    // An utterance split by its attribution ("A," Lavrov said. "B.") is
    // one quote: merge a quote into the one before when only a short
    // clause with a verb of saying stands between them.
    let mut merged: Vec<Vec<Span>> = Vec::new();
    for f in &found {
        let first = f.spans[0];
        if let Some(prev) = merged.last_mut()
            && let Some(last) = prev.last().copied()
            && last.block == first.block
        {
            let text = a.body[first.block].text();
            let (_, prev_close) = outer(text, last);
            let (open, _) = outer(text, first);
            let gap = &text[prev_close.min(open)..open];
            let ends_clause = text_of(&last).ends_with([',', '.', '?', '!', ':', ';']);
            let n = word_count(gap);
            let has_verb = gap.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                matches!(
                    w.as_str(),
                    "said"
                        | "says"
                        | "told"
                        | "added"
                        | "asked"
                        | "continued"
                        | "insisted"
                        | "stated"
                        | "noted"
                        | "wrote"
                )
            });
            if ends_clause
                && has_verb
                && (1..=12).contains(&n)
                && gap.trim_end().ends_with(['.', ',', ':'])
            {
                prev.extend(f.spans.iter().copied());
                continue;
            }
        }
        merged.push(f.spans.clone());
    }

    let mut recent: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<Quote> = Vec::new();
    for spans in merged {
        let cx = attribute::Context {
            article: a,
            people,
            quoted: &quoted,
            recent: &recent,
        };
        let first = spans[0];
        let mut found = None;
        for s in &spans {
            let (_, close) = outer(a.body[s.block].text(), *s);
            if let Some(f) = attribute::after_span(&cx, s.block, close) {
                found = Some(f);
                break;
            }
        }
        let (open, _) = outer(a.body[first.block].text(), first);
        let (speaker, verb) = found
            .or_else(|| attribute::before_span(&cx, first.block, open))
            .unwrap_or((Speaker::Unknown, None));
        if let Speaker::Person(p) = speaker {
            recent.push((spans[spans.len() - 1].block, p));
        }
        let text = spans
            .iter()
            .map(|s| text_of(s).trim())
            .collect::<Vec<_>>()
            .join(" … ");
        let kind = if word_count(&text) >= 4 {
            QuoteKind::Full
        } else {
            QuoteKind::Fragment
        };
        out.push(Quote {
            article: ix,
            spans,
            text,
            speaker,
            verb,
            kind,
            group: None,
        });
    }
    // "diplomacy and dialogue" or "confrontation and consequences," Blinken
    // said: quotes joined by "and"/"or" share the attribution.
    let joined = |out: &[Quote], i: usize| {
        let (a_s, b_s) = (out[i].spans[out[i].spans.len() - 1], out[i + 1].spans[0]);
        if a_s.block != b_s.block {
            return false;
        }
        let text = a.body[a_s.block].text();
        let gap = &text[outer(text, a_s).1.min(outer(text, b_s).0)..outer(text, b_s).0];
        matches!(
            gap.trim().trim_matches(','),
            "and" | "or" | "" | "and then" | "but"
        )
    };
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].speaker == Speaker::Unknown && joined(&out, i) {
            out[i].speaker = out[i + 1].speaker.clone();
            out[i].verb = out[i + 1].verb.clone();
        }
    }
    for i in 0..out.len().saturating_sub(1) {
        if out[i + 1].speaker == Speaker::Unknown && joined(&out, i) {
            out[i + 1].speaker = out[i].speaker.clone();
            out[i + 1].verb = out[i].verb.clone();
        }
    }
    out
}

/// Words of a quote for comparing wording: lower case, straight
/// apostrophes, no punctuation.
fn norm_words(text: &str) -> Vec<String> {
    text.replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shingles(words: &[String]) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let n = 3.min(words.len().max(1));
    let mut out: Vec<u64> = words
        .windows(n)
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Shared share of the shorter quote's shingles at which two quotes are
/// the same utterance.
const SAME_UTTERANCE: f64 = 0.5;
/// Shingles in more quotes than this are set phrases, not evidence.
const COMMON_SHINGLE: usize = 50;

/// Groups full quotes that are the same utterance in different articles.
/// Each piece of a quote is compared on its own (an utterance split by
/// its attribution is two remarks, and outlets cut differently), so two
/// quotes are one when a piece of each shares at least half the word
/// triples of the shorter piece. Returns the groups and sets `group`.
fn group(quotes: &mut [Quote], articles: &[Article]) -> Vec<Vec<QuoteIx>> {
    // (quote, piece shingles) for every piece of four words or more
    let pieces: Vec<(QuoteIx, Vec<u64>)> = quotes
        .par_iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Full)
        .flat_map_iter(|(i, q)| {
            q.spans
                .iter()
                .map(move |s| &articles[q.article].body[s.block].text()[s.start..s.end])
                .filter(|t| word_count(t) >= 4)
                .map(move |t| (i, shingles(&norm_words(t))))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    for (p, (_, s)) in pieces.iter().enumerate() {
        for &h in s {
            postings.entry(h).or_default().push(p);
        }
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (p, (qi, s)) in pieces.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for h in s {
            let Some(list) = postings.get(h).filter(|l| l.len() <= COMMON_SHINGLE) else {
                continue;
            };
            for &other in list {
                let qj = pieces[other].0;
                if other > p && quotes[qj].article != quotes[*qi].article {
                    *shared.entry(other).or_default() += 1;
                }
            }
        }
        for (other, n) in shared {
            let smaller = s.len().min(pieces[other].1.len()).max(1);
            if n as f64 / smaller as f64 >= SAME_UTTERANCE {
                let (a, b) = (find(&mut parent, *qi), find(&mut parent, pieces[other].0));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: HashMap<usize, Vec<QuoteIx>> = HashMap::default();
    for i in 0..quotes.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut groups: Vec<Vec<QuoteIx>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for (g, members) in groups.iter().enumerate() {
        for &q in members {
            quotes[q].group = Some(g);
        }
    }
    groups
}

/// Finds, attributes and groups the quotes of every article.
pub fn build(articles: &[Article], people: &[Person]) -> (Vec<Quote>, Vec<Vec<QuoteIx>>) {
    let mut quotes: Vec<Quote> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(ix, a)| article_quotes(ix, a, people))
        .collect();
    let groups = group(&mut quotes, articles);
    (quotes, groups)
}

/// How `other` words an utterance differently from `base`: each place
/// where they differ as (words of base, words of other); empty sides are
/// words only one has. Punctuation and case are ignored.
pub fn wording_diff(base: &str, other: &str) -> Vec<(String, String)> {
    let a = norm_words(base);
    let b = norm_words(other);
    // longest common subsequence table
    let mut lcs = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    let mut cur: (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |cur: &mut (Vec<&str>, Vec<&str>), out: &mut Vec<(String, String)>| {
        if !cur.0.is_empty() || !cur.1.is_empty() {
            out.push((cur.0.join(" "), cur.1.join(" ")));
            cur.0.clear();
            cur.1.clear();
        }
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            flush(&mut cur, &mut out);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            cur.1.push(&b[j]);
            j += 1;
        } else {
            cur.0.push(&a[i]);
            i += 1;
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_differences() {
        assert_eq!(
            wording_diff(
                "But I do hope and expect that we can test whether the path of diplomacy and dialogue remains open.",
                "But I do hope and expect that we can test whether the path of diplomacy, of dialog remains open."
            ),
            vec![("and dialogue".to_string(), "of dialog".to_string())]
        );
        assert!(wording_diff("You're right, we don't", "You’re right: we don't").is_empty());
    }
}
