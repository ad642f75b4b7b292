//! The list pane: one row per article (date, source, title). Only the rows
//! on screen are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::app::App;
use super::layout::{self, Focus};
use super::theme;
use crate::cli::source_label;
use crate::text;

const DATE_W: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Focus::List;
    let l = &app.list;
    let title = format!(
        " Articles {}/{} ",
        (l.selected + 1).min(l.rows.len()),
        l.rows.len()
    );
    Block::bordered()
        .title(Line::styled(title, theme::border(focused)))
        .border_style(theme::border(focused))
        .render(area, buf);
    let inner = layout::inner(area);
    if l.rows.is_empty() {
        Line::styled(
            text::truncate("No articles.", inner.width as usize),
            theme::hint(),
        )
        .render(inner, buf);
        return;
    }
    let width = inner.width as usize;
    let visible = l
        .rows
        .iter()
        .enumerate()
        .skip(l.offset)
        .take(inner.height as usize);
    for (y, (i, &ix)) in (inner.y..).zip(visible) {
        let Some(a) = app.store.get(ix) else { continue };
        let row = Rect {
            y,
            height: 1,
            ..inner
        };
        let date = a
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let known = a.source.is_some();
        let mut spans = Vec::with_capacity(5);
        let mut used = 0;
        // Columns drop out as the pane narrows: source, then date.
        if width >= 24 {
            spans.push(Span::styled(
                text::fit(&date, DATE_W),
                if a.date.is_some() {
                    Default::default()
                } else {
                    theme::unknown()
                },
            ));
            spans.push(Span::raw(" "));
            used += DATE_W + 1;
        }
        if width >= 40 && app.source_width > 0 {
            let style = if known {
                theme::source()
            } else {
                theme::unknown()
            };
            spans.push(Span::styled(
                text::fit(source_label(a), app.source_width),
                style,
            ));
            spans.push(Span::raw(" "));
            used += app.source_width + 1;
        }
        spans.push(Span::raw(text::fit(&a.title, width.saturating_sub(used))));
        let mut line = Line::from(spans);
        if i == l.selected {
            line = line.patch_style(theme::selected(focused));
        }
        line.render(row, buf);
    }
}
