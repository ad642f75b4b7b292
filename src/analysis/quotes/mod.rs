//! Quotations as objects: found per article ([`detect`]), attributed
//! against the archive's people ([`attribute`]), and the same utterance
//! across outlets grouped ([`group`]).

pub mod after;
pub mod attribute;
pub mod before;
pub mod context;
pub mod continuity;
pub mod detect;
pub mod group;
pub mod layout;
pub mod subject;

use crate::language::words::norm_words;

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
mod tests;
