//! The status line: which pane has the keys, where you are, how to get help,
//! and load problems, once.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::{App, Overlay};
use super::layout::Focus;
use super::theme;
use crate::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let mode = match (app.overlays.last(), app.focus) {
        (Some(Overlay::Help { .. }), _) => " HELP ",
        (None, Focus::List) => " LIST ",
        (None, Focus::Reader) => " READER ",
    };
    let hint = match (app.overlays.last(), app.focus) {
        (Some(_), _) => " Esc close help",
        (None, Focus::List) => " Enter read · ? help · q quit",
        (None, Focus::Reader) => " h back · ? help · q quit",
    };
    let mut spans = vec![
        Span::styled(mode, theme::badge()),
        Span::styled(hint, theme::hint()),
    ];
    if !app.problems.is_empty() {
        let n = app.problems.len();
        let skipped = app.problems.iter().filter(|p| !p.loaded).count();
        let msg = format!(
            "  ⚠ {n} load problem{} ({skipped} skipped; `gazette list` prints them)",
            if n == 1 { "" } else { "s" }
        );
        spans.push(Span::styled(msg, theme::warning()));
    }
    let width = area.width as usize;
    let mut used = 0;
    let fitted: Vec<Span> = spans
        .into_iter()
        .map_while(|s| {
            let left = width.checked_sub(used).filter(|&l| l > 0)?;
            let t = text::truncate(&s.content, left);
            used += text::width(&t);
            Some(Span::styled(t, s.style))
        })
        .collect();
    Line::from(fitted).render(area, buf);
}
