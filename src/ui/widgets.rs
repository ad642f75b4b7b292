//! Small drawing helpers every pane and layer uses: a list row, lit
//! letters, a name fitted to a column.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;
use crate::text;

/// Draws one row of a list at line `y` of `inner`; `selected` is
/// `Some(focused)` on the selected row.
pub fn draw_row(
    th: &Theme,
    line: Line,
    selected: Option<bool>,
    inner: Rect,
    y: u16,
    buf: &mut Buffer,
) {
    let line = match selected {
        Some(focused) => line.patch_style(th.selected(focused)),
        None => line,
    };
    line.render(
        Rect {
            y,
            height: 1,
            ..inner
        },
        buf,
    );
}

/// Gives spans that have no style of their own `style`.
pub fn style_unstyled(spans: &mut [Span<'static>], style: Style) {
    for s in spans {
        if s.style == Style::new() {
            s.style = style;
        }
    }
}

/// A name in at most `max` columns: whole, else its surname, else cut.
/// Highlight positions follow the part kept.
pub fn fit_name(name: &str, hits: Vec<usize>, max: usize) -> (String, Vec<usize>) {
    if text::width(name) <= max {
        return (name.to_string(), hits);
    }
    if let Some((first, last)) = name.rsplit_once(' ')
        && text::width(last) <= max
    {
        let skip = first.chars().count() + 1;
        let hits = hits
            .into_iter()
            .filter(|&h| h >= skip)
            .map(|h| h - skip)
            .collect();
        return (last.to_string(), hits);
    }
    (text::truncate(name, max), hits)
}

/// `text` as spans with the characters at `hits` lit.
pub fn highlighted(th: &Theme, text: &str, hits: &[usize]) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut lit = false;
    for (i, c) in text.chars().enumerate() {
        let on = hits.binary_search(&i).is_ok();
        if on != lit && !run.is_empty() {
            spans.push(style_run(th, std::mem::take(&mut run), lit));
        }
        lit = on;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(style_run(th, run, lit));
    }
    spans
}

fn style_run(th: &Theme, s: String, lit: bool) -> Span<'static> {
    if lit {
        Span::styled(s, th.matched)
    } else {
        Span::raw(s)
    }
}
