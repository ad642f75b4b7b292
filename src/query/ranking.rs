//! Ordering a query's matches: best score first, newest first among
//! equal scores.

/// `rows` (ranks, newest first) ordered by score, highest first, keeping
/// newest first among equal scores, each turned into its document by
/// `doc`: a stable counting sort over the distinct scores, which are few
/// next to the rows.
pub(super) fn by_score(
    rows: &[u32],
    score: impl Fn(usize) -> i32,
    doc: impl Fn(usize) -> usize,
) -> Vec<(usize, i64)> {
    let score = |r: u32| score(r as usize);
    let (lo, hi) = rows
        .iter()
        .map(|&r| score(r))
        .fold((i32::MAX, i32::MIN), |(lo, hi), s| (lo.min(s), hi.max(s)));
    let row = |r: u32| (doc(r as usize), i64::from(score(r)));
    if lo >= hi {
        return rows.iter().map(|&r| row(r)).collect();
    }
    // bucket of a score: higher scores first
    let bucket: Box<dyn Fn(i32) -> usize> = match usize::try_from(i64::from(hi) - i64::from(lo)) {
        Ok(span) if span < 1 << 16 => {
            let mut present = vec![false; span + 1];
            for &r in rows {
                present[(hi - score(r)) as usize] = true;
            }
            let mut at = vec![0usize; span + 1];
            let mut next = 0;
            for (i, p) in present.iter().enumerate() {
                at[i] = next;
                next += usize::from(*p);
            }
            Box::new(move |s| at[(hi - s) as usize])
        }
        _ => {
            let set: rustc_hash::FxHashSet<i32> = rows.iter().map(|&r| score(r)).collect();
            let mut distinct: Vec<i32> = set.into_iter().collect();
            distinct.sort_unstable_by(|a, b| b.cmp(a));
            Box::new(move |s| distinct.partition_point(|&d| d > s))
        }
    };
    // where each bucket starts, then each row in its place (the bucket
    // found again rather than kept: one allocation fewer per keystroke)
    let mut start = vec![0usize; bucket(lo) + 2];
    for &r in rows {
        start[bucket(score(r)) + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut out = vec![(0usize, 0i64); rows.len()];
    for &r in rows {
        let slot = &mut start[bucket(score(r))];
        out[*slot] = row(r);
        *slot += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::by_score;

    fn order(rows: &[u32], score: &[i32]) -> Vec<(usize, i64)> {
        by_score(rows, |r| score[r], |r| r + 100)
    }

    #[test]
    fn best_first_and_newest_first_among_equals() {
        let score = [3, 9, 3, -2, 9, 0];
        let got = order(&[0, 1, 2, 3, 4, 5], &score);
        let want = [(101, 9), (104, 9), (100, 3), (102, 3), (105, 0), (103, -2)];
        assert_eq!(got, want);
        // the rows' own order is kept among equals, whatever it is
        assert_eq!(
            order(&[4, 2, 1, 0], &score),
            [(104, 9), (101, 9), (102, 3), (100, 3)]
        );
    }

    #[test]
    fn scores_far_apart_are_ordered_too() {
        let score = [i32::MIN, i32::MAX, 0, i32::MAX];
        assert_eq!(
            order(&[0, 1, 2, 3], &score),
            [
                (101, i64::from(i32::MAX)),
                (103, i64::from(i32::MAX)),
                (102, 0),
                (100, i64::from(i32::MIN))
            ]
        );
        assert_eq!(order(&[2, 0], &[5, 0, 5]), [(102, 5), (100, 5)]);
        assert!(order(&[], &[]).is_empty());
    }
}
