//! Where each pane goes for a terminal size. Pure, so `update` (which
//! needs page heights) and rendering agree on the same rectangles.

use ratatui::layout::Rect;

/// Terminals at least this wide show the list and the reader side by side.
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;
/// Below this size the reader shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
}

/// The rectangles of one frame. `None` for a pane not on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub status: Option<Rect>,
}

impl Areas {
    pub fn too_small(&self) -> bool {
        self.status.is_none()
    }
}

pub fn side_by_side(width: u16) -> bool {
    width >= SIDE_BY_SIDE_MIN_WIDTH
}

pub fn areas(screen: Rect, focus: Focus) -> Areas {
    if screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT {
        return Areas {
            list: None,
            reader: None,
            status: None,
        };
    }
    let body = Rect {
        height: screen.height - 1,
        ..screen
    };
    let status = Rect {
        y: screen.y + screen.height - 1,
        height: 1,
        ..screen
    };
    if side_by_side(screen.width) {
        let list_w = (screen.width * 9 / 20).clamp(36, 72);
        let list = Rect {
            width: list_w,
            ..body
        };
        let reader = Rect {
            x: body.x + list_w,
            width: body.width - list_w,
            ..body
        };
        Areas {
            list: Some(list),
            reader: Some(reader),
            status: Some(status),
        }
    } else {
        let (list, reader) = match focus {
            Focus::List => (Some(body), None),
            Focus::Reader => (None, Some(body)),
        };
        Areas {
            list,
            reader,
            status: Some(status),
        }
    }
}

/// Inside a pane's border.
pub fn inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x + 1,
        y: pane.y + 1,
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// The reader's text column: inside the border, one column of margin.
pub fn reader_text(pane: Rect) -> Rect {
    let i = inner(pane);
    Rect {
        x: i.x + 1,
        width: i.width.saturating_sub(2),
        ..i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_split_narrow_ones_show_one_pane() {
        let a = areas(Rect::new(0, 0, 120, 40), Focus::List);
        assert_eq!(a.list, Some(Rect::new(0, 0, 54, 39)));
        assert_eq!(a.reader, Some(Rect::new(54, 0, 66, 39)));
        assert_eq!(a.status, Some(Rect::new(0, 39, 120, 1)));

        let a = areas(Rect::new(0, 0, 60, 20), Focus::List);
        assert_eq!((a.list.is_some(), a.reader.is_some()), (true, false));
        let a = areas(Rect::new(0, 0, 60, 20), Focus::Reader);
        assert_eq!((a.list.is_some(), a.reader.is_some()), (false, true));
    }

    #[test]
    fn tiny_terminals_get_no_panes() {
        for (w, h) in [(1, 1), (19, 40), (120, 4), (0, 0)] {
            assert!(
                areas(Rect::new(0, 0, w, h), Focus::List).too_small(),
                "{w}x{h}"
            );
        }
        assert!(!areas(Rect::new(0, 0, 20, 5), Focus::List).too_small());
    }
}
