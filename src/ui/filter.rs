//! The filter bar: `/` edits the list's query, live on every keystroke.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::outcome::Outcome;
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

impl FilterEdit {
    /// The filter bar, opened on the filter in force.
    pub fn open(f: &FilterState) -> FilterEdit {
        FilterEdit {
            editor: LineEditor::new(&f.applied),
            before: f.applied.clone(),
            last_good: f.applied.clone(),
            error: None,
        }
    }

    /// A message while the bar is open; `today` reads relative dates.
    pub fn update(&mut self, msg: Msg, today: chrono::NaiveDate) -> Outcome {
        if let Some(e) = msg.edit() {
            if !self.editor.apply(e) {
                return Outcome::Stay; // the cursor moved; nothing to re-run
            }
            let text = self.editor.text().to_string();
            return match query::parse(&text, today) {
                Ok(q) => {
                    self.error = None;
                    self.last_good = text;
                    Outcome::ShowQuery(q)
                }
                Err(why) => {
                    self.error = Some(why);
                    Outcome::Stay
                }
            };
        }
        match msg {
            Msg::Command(Command::Submit) => Outcome::KeepFilter(self.last_good.trim().to_string()),
            Msg::Command(Command::Cancel) => Outcome::ApplyFilter(self.before.clone()),
            Msg::Command(Command::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
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
