//! The filter bar: `/` edits the list's query, live on every keystroke.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::editor::LineEditor;
use super::theme;
use crate::query::Query;
use crate::text;

/// The list's filter: what is applied, and the line being typed if any.
#[derive(Debug, Clone, Default)]
pub struct FilterState {
    /// The filter in force (its text).
    pub applied: String,
    /// The query the list shows now: the applied one, or while typing the
    /// last one that parsed.
    pub query: Query,
    pub editing: Option<FilterEdit>,
}

#[derive(Debug, Clone)]
pub struct FilterEdit {
    pub editor: LineEditor,
    /// The filter before `/`, put back by Esc.
    pub before: String,
    /// The last text that parsed, kept by Enter when the line does not.
    pub last_good: String,
    /// Why the line does not parse.
    pub error: Option<String>,
}

impl FilterState {
    pub fn is_active(&self) -> bool {
        !self.applied.trim().is_empty() || self.editing.is_some()
    }
}

/// Draws the filter bar: `/` and the line, then "N of M" or the parse
/// error. Returns where the terminal cursor goes.
pub fn render(
    edit: &FilterEdit,
    shown: usize,
    total: usize,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    match &edit.error {
        Some(e) => bar(&edit.editor, e, true, area, buf),
        None => bar(
            &edit.editor,
            &format!("{shown} of {total}"),
            false,
            area,
            buf,
        ),
    }
}

/// A bottom line being typed: `/`, the line, and a note on the right
/// (a warning when `warn`). Returns where the terminal cursor goes.
pub fn bar(
    editor: &LineEditor,
    note: &str,
    warn: bool,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let width = area.width as usize;
    let right = format!(" {note} ");
    let right_style = if warn {
        theme::warning()
    } else {
        theme::hint()
    };
    let right = text::truncate(&right, width.saturating_sub(8));
    let right_w = text::width(&right);
    let room = width.saturating_sub(right_w + 1).max(1);
    // Keep the cursor in view: show the end of a line longer than the room.
    let line = editor.text();
    let before_cursor: String = line.chars().take(editor.cursor()).collect();
    let mut skip = 0;
    while text::width(&before_cursor.chars().skip(skip).collect::<String>()) + 2 > room {
        skip += 1;
    }
    let visible: String = line.chars().skip(skip).collect();
    let shown_text = text::truncate(&visible, room.saturating_sub(1));
    let pad = room.saturating_sub(1 + text::width(&shown_text));
    Line::from(vec![
        Span::styled("/", theme::key()),
        Span::raw(shown_text),
        Span::raw(" ".repeat(pad)),
        Span::raw(" "),
        Span::styled(right, right_style),
    ])
    .render(area, buf);
    let cursor_col = 1 + text::width(&before_cursor.chars().skip(skip).collect::<String>());
    (cursor_col < width).then(|| Position::new(area.x + cursor_col as u16, area.y))
}
