//! The help overlay, listing every binding of the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::keymap::BINDINGS;
use super::theme;

pub fn lines() -> Vec<Line<'static>> {
    let label_w = BINDINGS
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = BINDINGS
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<label_w$}", b.label), theme::key()),
                Span::raw("  "),
                Span::raw(b.help),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Keys act on the pane with focus (see the status line).",
        theme::hint(),
    ));
    lines
}

pub fn render(scroll: u16, screen: Rect, buf: &mut Buffer) {
    let lines = lines();
    let want_w = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    let want_h = lines.len() as u16 + 2;
    let w = want_w.min(screen.width);
    let h = want_h.min(screen.height);
    let area = Rect {
        x: screen.x + (screen.width - w) / 2,
        y: screen.y + (screen.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    let max_scroll = want_h.saturating_sub(h);
    Paragraph::new(lines)
        .scroll((scroll.min(max_scroll), 0))
        .block(
            Block::bordered()
                .title(" Help ")
                .title_bottom(Line::from(" Esc ? q: close ").right_aligned())
                .border_style(theme::border(true))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        )
        .render(area, buf);
}
