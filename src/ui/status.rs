//! The status line: which pane has the keys, where you are, how to get help,
//! and load problems, once.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::layer::Layer;
use super::layout::Focus;
use crate::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let (mode, hint) = match (app.layers.last(), app.focus) {
        (Some(Layer::Help { .. }), _) => (" HELP ", " Esc close help"),
        (Some(_), _) => (" PICK ", " type to narrow · Enter filter · Esc close"),
        (None, Focus::List) => (" LIST ", " Enter read · / filter · ? help · q quit"),
        (None, Focus::Reader) => (" READER ", " h back · ? help · q quit"),
    };
    let mut spans = vec![Span::styled(mode, th.badge)];
    if app.filtering() {
        spans.push(Span::styled(
            {
                let (shown, total) = app.shown_of_total();
                format!(" {shown} of {total} ")
            },
            th.key,
        ));
    }
    spans.push(Span::styled(hint, th.hint));
    if let Some(n) = &app.notice {
        spans.push(Span::styled(
            format!("  {} {n}", th.warning_mark),
            th.warning,
        ));
    }
    if !app.problems.is_empty() {
        let n = app.problems.len();
        let skipped = app.problems.iter().filter(|p| !p.loaded).count();
        let msg = format!(
            "  {} {n} load problem{} ({skipped} skipped; `gazette --check` lists them)",
            th.warning_mark,
            if n == 1 { "" } else { "s" }
        );
        spans.push(Span::styled(msg, th.warning));
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
