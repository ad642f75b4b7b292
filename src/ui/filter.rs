//! The filter bar: `/` edits the list's query, live on every keystroke.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::layer::Layer;
use super::theme::Theme;
use crate::query::{self, Query};
use crate::text;

/// The list's filter: what is applied, and the line being typed if any.
#[derive(Debug, Clone, Default)]
pub struct FilterState {
    /// The filter in force (its text).
    pub applied: String,
    /// The query the list shows now: the applied one, or while typing the
    /// last one that parsed.
    pub query: Query,
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

impl App {
    /// Keys while the filter bar is open.
    pub(super) fn update_filter(&mut self, msg: Msg) {
        let Some(Layer::Filter(edit)) = self.layers.last_mut() else {
            return;
        };
        if let Some(e) = msg.edit() {
            if !edit.editor.apply(e) {
                return; // the cursor moved; nothing to re-run
            }
            let text = edit.editor.text().to_string();
            match query::parse(&text, self.today) {
                Ok(q) => {
                    edit.error = None;
                    edit.last_good = text;
                    self.set_query(q);
                }
                Err(msg) => edit.error = Some(msg),
            }
            return;
        }
        match msg {
            Msg::Command(Command::Submit) => {
                let kept = edit.last_good.trim().to_string();
                self.layers.pop();
                self.filter.applied = kept;
            }
            Msg::Command(Command::Cancel) => {
                let before = edit.before.clone();
                self.layers.pop();
                self.apply_filter(&before);
            }
            Msg::Command(Command::Quit) => self.quit = true,
            _ => {}
        }
    }
}

/// Draws the filter bar: `/` and the line, then "N of M" or the parse
/// error. Returns where the terminal cursor goes.
pub fn render(
    th: &Theme,
    edit: &FilterEdit,
    shown: usize,
    total: usize,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    match &edit.error {
        Some(e) => bar(th, &edit.editor, e, true, area, buf),
        None => bar(
            th,
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
    th: &Theme,
    editor: &LineEditor,
    note: &str,
    warn: bool,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let width = area.width as usize;
    let right = format!(" {note} ");
    let right_style = if warn { th.warning } else { th.hint };
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
        Span::styled("/", th.key),
        Span::raw(shown_text),
        Span::raw(" ".repeat(pad)),
        Span::raw(" "),
        Span::styled(right, right_style),
    ])
    .render(area, buf);
    let cursor_col = 1 + text::width(&before_cursor.chars().skip(skip).collect::<String>());
    (cursor_col < width).then(|| Position::new(area.x + cursor_col as u16, area.y))
}
