//! The root view: composes the panes, the status line and the overlays.
//! Reads `&App` only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::{App, Overlay, View};
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::{filter, help, list, quotes_pane, reader, status, theme};
use crate::text;

pub fn render(app: &App, frame: &mut Frame) {
    let screen = frame.area();
    let buf = frame.buffer_mut();
    let areas = app.areas();
    if areas.too_small() {
        let msg = format!("Terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT})");
        let row = Rect {
            y: screen.y + screen.height / 2,
            height: screen.height.min(1),
            ..screen
        };
        Line::styled(
            text::truncate(&msg, screen.width as usize),
            theme::warning(),
        )
        .render(row, buf);
        return;
    }
    if let Some(r) = areas.list {
        match app.view {
            View::Articles => list::render(app, r, buf),
            View::Quotes => quotes_pane::render(app, r, buf),
        }
    }
    if let Some(r) = areas.reader {
        reader::render(app, r, buf);
    }
    let mut cursor = None;
    if let Some(r) = areas.status {
        match (&app.filter.editing, &app.search.editing) {
            (None, Some(edit)) => {
                let none = app.search.hits.is_empty() && !edit.editor.text().is_empty();
                cursor = filter::bar(&edit.editor, &app.search.note(), none, r, buf);
            }
            (Some(edit), _) => {
                let (shown, total) = app.shown_of_total();
                cursor = filter::render(edit, shown, total, r, buf)
            }
            (None, None) => status::render(app, r, buf),
        }
    }
    for overlay in &app.overlays {
        match overlay {
            Overlay::Help { scroll } => {
                help::render(*scroll, screen, buf);
                cursor = None;
            }
            Overlay::Picker(p) => cursor = p.render(screen, buf),
        }
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}
