//! A frame that moves rows of the screen, sent as a move: the terminal
//! shifts the rows itself (a scrolling region) and only the rows that
//! come into view are written. A reader scrolled line by line over SSH
//! then costs a line, not a screen. Only whole rows move this way, so it
//! applies where the moving pane spans the screen's width (one pane).

use std::hash::{Hash, Hasher};
use std::ops::Range;

use ratatui::buffer::Buffer;

/// Rows `region` of the screen moved `by` rows, up or down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    pub region: Range<u16>,
    pub up: bool,
    pub by: u16,
}

/// Fewer moved rows than this are not worth a scroll.
const MIN_ROWS: usize = 3;

fn row_hashes(b: &Buffer) -> Vec<u64> {
    let w = usize::from(b.area.width).max(1);
    b.content
        .chunks(w)
        .map(|row| {
            let mut h = rustc_hash::FxHasher::default();
            row.hash(&mut h);
            h.finish()
        })
        .collect()
}

fn row(b: &Buffer, y: usize) -> &[ratatui::buffer::Cell] {
    let w = usize::from(b.area.width);
    &b.content[y * w..(y + 1) * w]
}

/// The move that turns the most rows of `old` (the screen) into rows of
/// `new` (the next frame): a run of whole rows of `new` that are rows of
/// `old` moved by one amount, up or down, and differ from the rows they
/// replace. `None` when no such run has [`MIN_ROWS`] rows.
pub fn find(old: &Buffer, new: &Buffer) -> Option<Shift> {
    if old.area != new.area || old.area.width == 0 {
        return None;
    }
    let (ho, hn) = (row_hashes(old), row_hashes(new));
    let h = hn.len();
    // (gain, shift): the most rows written no more
    let mut best: Option<(usize, Shift)> = None;
    for by in 1..h {
        for up in [true, false] {
            // new row y is old row `from(y)`
            let from = |y: usize| if up { y + by } else { y.wrapping_sub(by) };
            let mut y = if up { 0 } else { by };
            let end = if up { h - by } else { h };
            while y < end {
                if hn[y] != ho[from(y)] {
                    y += 1;
                    continue;
                }
                let start = y;
                let mut gain = 0;
                while y < end && hn[y] == ho[from(y)] {
                    gain += usize::from(hn[y] != ho[y]);
                    y += 1;
                }
                if gain >= MIN_ROWS && best.as_ref().is_none_or(|(g, _)| gain > *g) {
                    let region = if up { start..y + by } else { start - by..y };
                    let shift = Shift {
                        region: region.start as u16..region.end as u16,
                        up,
                        by: by as u16,
                    };
                    best = Some((gain, shift));
                }
            }
        }
    }
    // hashes can collide: the rows themselves must agree
    let (_, shift) = best?;
    let moved = apply(old, &shift);
    let r = &shift.region;
    let kept = if shift.up {
        r.start..r.end - shift.by
    } else {
        r.start + shift.by..r.end
    };
    kept.map(usize::from)
        .all(|y| row(&moved, y) == row(new, y))
        .then_some(shift)
}

/// `old` as the terminal shows it once `shift` is done: the region's rows
/// moved, the rows uncovered blank.
pub fn apply(old: &Buffer, shift: &Shift) -> Buffer {
    let mut out = old.clone();
    let w = usize::from(old.area.width);
    let (a, b) = (
        usize::from(shift.region.start) * w,
        usize::from(shift.region.end) * w,
    );
    let n = (usize::from(shift.by) * w).min(b - a);
    let region = &mut out.content[a..b];
    if shift.up {
        region.rotate_left(n);
        let len = region.len();
        region[len - n..].fill_with(Default::default);
    } else {
        region.rotate_right(n);
        region[..n].fill_with(Default::default);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn screen(lines: &[&str]) -> Buffer {
        Buffer::with_lines(lines.iter().copied())
    }

    #[test]
    fn a_scrolled_band_is_found_and_redone() {
        let old = screen(&["title", "a", "b", "c", "d", "e", "status"]);
        let new = screen(&["title", "b", "c", "d", "e", "f", "stat 2"]);
        let s = find(&old, &new).unwrap();
        assert_eq!(
            s,
            Shift {
                region: 1..6,
                up: true,
                by: 1
            }
        );
        let moved = apply(&old, &s);
        assert_eq!(moved, screen(&["title", "b", "c", "d", "e", "", "status"]));
        // and back down by two
        let down = screen(&["title", "x", "y", "a", "b", "c", "status"]);
        let s = find(&old, &down).unwrap();
        assert_eq!((s.region.clone(), s.up, s.by), (1..6, false, 2));
        assert_eq!(
            apply(&old, &s),
            screen(&["title", "", "", "a", "b", "c", "status"])
        );
    }

    #[test]
    fn nothing_to_gain_is_no_shift() {
        let old = screen(&["a", "b", "c", "d", "e"]);
        assert_eq!(find(&old, &old), None, "the same screen");
        let two = screen(&["b", "c", "x", "y", "z"]);
        assert_eq!(find(&old, &two), None, "two rows moved: not worth it");
        let other = screen(&["v", "w", "x", "y", "z"]);
        assert_eq!(find(&old, &other), None);
        let mut wider = Buffer::empty(Rect::new(0, 0, 6, 5));
        wider.set_string(0, 0, "a", ratatui::style::Style::default());
        assert_eq!(find(&old, &wider), None, "another size");
    }
}
