//! The reader pane: the article laid out for the pane, scrolled, with a
//! position indicator.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::app::App;
use super::layout::{self, Focus};
use super::theme;
use crate::document::LineKind;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Focus::Reader;
    let text_area = layout::reader_text(area);
    let mut block = Block::bordered()
        .title(Line::styled(" Reader ", theme::border(focused)))
        .border_style(theme::border(focused));
    let Some(r) = &app.reader else {
        block.render(area, buf);
        return;
    };
    let height = text_area.height as usize;
    block = block.title_bottom(
        Line::styled(
            position(r.scroll, height, r.doc.len()),
            theme::border(focused),
        )
        .right_aligned(),
    );
    block.render(area, buf);
    for (y, line) in (text_area.y..).zip(r.doc.lines.iter().skip(r.scroll).take(height)) {
        let style = match line.kind {
            LineKind::Title => theme::title(),
            LineKind::Meta => theme::meta(),
            LineKind::People => theme::people(),
            LineKind::Subhead => theme::subhead(),
            LineKind::Aside => theme::aside(),
            LineKind::Speaker => theme::hint(),
            LineKind::Para | LineKind::Blank => Style::new(),
        };
        let row = Rect {
            y,
            height: 1,
            ..text_area
        };
        if line.quoted.is_empty() {
            Line::styled(line.text.as_str(), style).render(row, buf);
            continue;
        }
        // quoted stretches styled apart, the current quote reversed
        let chars: Vec<char> = line.text.chars().collect();
        let mut spans = Vec::new();
        let mut at = 0;
        let mut quoted = line.quoted.clone();
        quoted.sort_unstable();
        for (from, to, n) in quoted {
            let from = from.max(at).min(chars.len());
            let to = to.min(chars.len());
            if from > at {
                spans.push(Span::styled(
                    chars[at..from].iter().collect::<String>(),
                    style,
                ));
            }
            if to > from {
                let q = if r.current_quote == Some(n) {
                    theme::quote_current()
                } else {
                    theme::quote()
                };
                spans.push(Span::styled(
                    chars[from..to].iter().collect::<String>(),
                    style.patch(q),
                ));
                at = to;
            }
        }
        if at < chars.len() {
            spans.push(Span::styled(chars[at..].iter().collect::<String>(), style));
        }
        Line::from(spans).render(row, buf);
    }
}

/// "12–30/80 37%": lines on screen, of how many, and how far through.
pub fn position(scroll: usize, height: usize, total: usize) -> String {
    if total == 0 {
        return String::new();
    }
    let last = (scroll + height).min(total);
    let pct = if total <= height {
        100
    } else {
        last * 100 / total
    };
    format!(" {}–{}/{} {}% ", scroll + 1, last, total, pct)
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn position_indicator() {
        assert_eq!(position(0, 10, 5), " 1–5/5 100% ");
        assert_eq!(position(0, 10, 40), " 1–10/40 25% ");
        assert_eq!(position(30, 10, 40), " 31–40/40 100% ");
        assert_eq!(position(0, 10, 0), "");
    }
}
