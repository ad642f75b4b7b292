//! The root view: the panes, the status line, then the layers on top.
//! Reads `&App` only.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::{App, View};
use super::layer::Layer;
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::{filter, help, list, quotes_pane, reader, status};
use crate::text;

pub fn render(app: &App, frame: &mut Frame) {
    let th = &app.theme;
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
        Line::styled(text::truncate(&msg, screen.width as usize), th.warning).render(row, buf);
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
    let status = areas.status.unwrap_or_default();
    if !app.layers.iter().any(|l| l.is_bar()) {
        status::render(app, status, buf);
    }
    // each layer over the one below; the cursor is the top one's
    for layer in &app.layers {
        cursor = render_layer(layer, app, screen, status, buf);
    }
    if app.theme.ascii_marks {
        for cell in &mut frame.buffer_mut().content {
            if let Some(a) = super::theme::ascii_mark(cell.symbol()) {
                cell.set_symbol(a);
            }
        }
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}

/// Draws the layer; returns where the terminal cursor goes, if it
/// shows.
fn render_layer(
    layer: &Layer,
    app: &App,
    screen: Rect,
    status: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let th = &app.theme;
    match layer {
        Layer::Help { scroll } => {
            help::render(th, &app.keymap, *scroll, screen, buf);
            None
        }
        Layer::Picker(p) => p.render(th, &app.keymap, screen, buf),
        Layer::Filter(edit) => {
            let (shown, total) = app.shown_of_total();
            filter::render(th, edit, shown, total, status, buf)
        }
        Layer::Search(edit) => {
            let typed = edit.editor.text();
            let none = app.search.hits.is_empty() && !typed.is_empty();
            let note = app.search.note(Some(typed));
            filter::bar(th, &edit.editor, &note, none, status, buf)
        }
    }
}
