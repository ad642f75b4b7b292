//! One list state for every list: the articles, the quotes, the pickers.

/// A list's state: its rows (article, quote or item indices), which is
/// selected, which is at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListState<T> {
    /// What the list shows, in order.
    pub rows: Vec<T>,
    pub selected: usize,
    pub offset: usize,
}

impl<T> Default for ListState<T> {
    fn default() -> Self {
        ListState::new(Vec::new())
    }
}

impl<T> ListState<T> {
    /// The list of `rows`, the first selected.
    pub fn new(rows: Vec<T>) -> ListState<T> {
        ListState {
            rows,
            selected: 0,
            offset: 0,
        }
    }
}

impl<T: Copy + PartialEq> ListState<T> {
    /// What the selected row shows.
    pub fn selected_row(&self) -> Option<T> {
        self.rows.get(self.selected).copied()
    }

    /// New rows, keeping the selection on the same thing when it is
    /// still there (else the first row).
    pub fn replace_rows(&mut self, rows: Vec<T>) {
        let current = self.selected_row();
        self.rows = rows;
        self.selected = current
            .and_then(|x| self.rows.iter().position(|&r| r == x))
            .unwrap_or(0);
    }
}

/// Moving in a list, whatever its rows are.
pub trait Nav {
    /// How many rows.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The row on top of the screen.
    fn offset(&self) -> usize;
    /// Selects row `row` if there is one; says whether there is.
    fn select(&mut self, row: usize) -> bool;
    /// Moves the selection by `delta` rows, stopping at the ends; says
    /// whether it moved.
    fn move_by(&mut self, delta: isize) -> bool;
    /// Keeps the selection within the rows and on a `height`-row screen.
    fn keep_in_view(&mut self, height: usize);
}

impl<T> Nav for ListState<T> {
    fn len(&self) -> usize {
        self.rows.len()
    }

    fn offset(&self) -> usize {
        self.offset
    }

    fn select(&mut self, row: usize) -> bool {
        let there = row < self.rows.len();
        if there {
            self.selected = row;
        }
        there
    }

    fn move_by(&mut self, delta: isize) -> bool {
        let last = self.rows.len().saturating_sub(1);
        let next = self.selected.saturating_add_signed(delta).min(last);
        let moved = next != self.selected;
        self.selected = next;
        moved
    }

    fn keep_in_view(&mut self, height: usize) {
        let height = height.max(1);
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_moves_within_its_rows_and_its_screen() {
        let mut l: ListState<usize> = ListState::new((0..10).collect());
        assert!(l.move_by(3));
        assert!(!l.move_by(-5) || l.selected == 0);
        assert_eq!(l.selected, 0);
        assert!(l.move_by(100));
        assert_eq!(l.selected, 9);
        l.keep_in_view(4);
        assert_eq!(l.offset, 6);
        assert!(!l.select(10));
        assert!(l.select(2));
        assert!(l.select(2), "the selected row is there too");
        l.keep_in_view(4);
        assert_eq!(l.offset, 2);
        l.replace_rows(vec![5, 2, 7]);
        assert_eq!(l.selected_row(), Some(2));
        l.replace_rows(vec![8]);
        assert_eq!(l.selected_row(), Some(8));
    }
}
