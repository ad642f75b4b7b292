//! A term that matches much of the archive (a first letter): its
//! documents ordered by score without a score kept per document. Each
//! distinct score, highest first, marks the documents of its values in a
//! set of bits; those not marked at a higher score are its documents,
//! newest first as the bits go.

use super::super::index::{SearchIndex, VocabId};

/// The documents of the values `hits` (score, vocabulary, value; highest
/// score first) of `index`, each at the best score of its values: best
/// first, newest first among equals. `seen` and `level` are scratch.
pub(super) fn by_levels(
    index: &SearchIndex,
    hits: &[(i32, VocabId, u32)],
    seen: &mut Vec<u64>,
    level: &mut Vec<u64>,
) -> Vec<(usize, i64)> {
    let n = index.order.len();
    let words = n.div_ceil(64);
    seen.clear();
    seen.resize(words, 0);
    // (at most every document: made once at its size, not grown)
    let mut out = Vec::with_capacity(n);
    for same in hits.chunk_by(|a, b| a.0 == b.0) {
        level.clear();
        level.resize(words, 0);
        for &(_, v, value) in same {
            for &a in &index.vocab(v).postings[value as usize] {
                level[a as usize / 64] |= 1 << (a % 64);
            }
        }
        let score = i64::from(same[0].0);
        for (w, (bits, was)) in level.iter().zip(seen.iter_mut()).enumerate() {
            let mut new = bits & !*was;
            *was |= new;
            while new != 0 {
                let r = w * 64 + new.trailing_zeros() as usize;
                out.push((index.order[r] as usize, score));
                new &= new - 1;
            }
        }
    }
    out
}
