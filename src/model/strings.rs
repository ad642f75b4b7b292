//! Strings one after another in one buffer, each known by its number.

use serde::{Deserialize, Serialize};

/// Strings one after another in one buffer, each known by its number:
/// an article's few dozen names in two allocations, not one each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strings {
    text: String,
    /// Where each ends in `text`.
    ends: Vec<u32>,
}

impl Strings {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// String `i`; `None` out of range, or when its ends are out of order
    /// or cut a character. (Ends that are wrong but in order are not
    /// seen: the cache's checksums are what guard those.)
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        self.text.get(start..end)
    }

    /// Every string, in order (an empty one for any [`Strings::get`]
    /// does not give).
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// Whether [`Strings::get`] gives every string.
    pub fn is_whole(&self) -> bool {
        (0..self.len()).all(|i| self.get(i).is_some())
    }

    /// Adds `s` as the next string (none past 4 GiB: an article's names
    /// are far below).
    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(super::ids::small(self.text.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_out_of_order_or_cutting_a_character_are_not_whole() {
        let mut s = Strings::default();
        for w in ["Lavrov", "Zelenskyy", "Ševčovič"] {
            s.push(w);
        }
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            ["Lavrov", "Zelenskyy", "Ševčovič"]
        );
        assert!(s.is_whole());
        let mut bad = s.clone();
        bad.ends.swap(0, 1);
        assert!(!bad.is_whole());
        assert_eq!(bad.get(1), None);
        let mut cut = s.clone();
        // inside the two bytes of "Š"
        cut.ends[1] = 16;
        assert_eq!(cut.get(1), None);
        assert_eq!(cut.get(2), None);
        assert_eq!(cut.iter().collect::<Vec<_>>(), ["Lavrov", "", ""]);
        let mut past = s.clone();
        past.ends.push(999);
        assert!(!past.is_whole());
    }
}
