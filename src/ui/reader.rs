//! The reader pane: the article laid out for the pane, scrolled, with a
//! position indicator.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::layout::{self, Focus};
use crate::document::LineKind;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let focused = app.focus == Focus::Reader;
    let text_area = layout::reader_text(area);
    let mut block = th
        .block()
        .title(Line::styled(" Reader ", th.border(focused)))
        .border_style(th.border(focused));
    let Some(r) = &app.reader else {
        block.render(area, buf);
        return;
    };
    let height = text_area.height as usize;
    block = block.title_bottom(
        Line::styled(position(r.scroll, height, r.doc.len()), th.border(focused)).right_aligned(),
    );
    block.render(area, buf);
    let hits = &app.search.hits;
    let current_hit = app.search.current.and_then(|c| hits.get(c));
    // hits are in line order: start at the first on screen
    let first_hit = hits.partition_point(|h| h.0 < r.scroll);
    for (k, (y, line)) in (text_area.y..)
        .zip(r.doc.lines.iter().skip(r.scroll).take(height))
        .enumerate()
    {
        let ln = r.scroll + k;
        let style = match line.kind {
            LineKind::Title => th.title,
            LineKind::Meta => th.meta,
            LineKind::People => th.people,
            LineKind::Subhead => th.subhead,
            LineKind::Aside => th.aside,
            LineKind::Speaker => th.hint,
            LineKind::Para | LineKind::Blank => Style::new(),
        };
        let row = Rect {
            y,
            height: 1,
            ..text_area
        };
        let line_hits = hits[first_hit..]
            .iter()
            .skip_while(|h| h.0 < ln)
            .take_while(|h| h.0 == ln);
        if line.quoted.is_empty() && line_hits.clone().next().is_none() {
            Line::styled(line.text.as_str(), style).render(row, buf);
            continue;
        }
        // one style per character: quotes, then search hits over them
        let chars: Vec<char> = line.text.chars().collect();
        let mut styles = vec![style; chars.len()];
        for &(from, to, n) in &line.quoted {
            let q = if r.current_quote == Some(n) {
                th.quote_current
            } else {
                th.quote
            };
            for s in styles.iter_mut().take(to.min(chars.len())).skip(from) {
                *s = s.patch(q);
            }
        }
        for h in line_hits {
            let m = if Some(h) == current_hit {
                th.hit_current
            } else {
                th.matched
            };
            for s in styles.iter_mut().take(h.2.min(chars.len())).skip(h.1) {
                *s = s.patch(m);
            }
        }
        let mut spans = Vec::new();
        let mut start = 0;
        for i in 1..=chars.len() {
            if i == chars.len() || styles[i] != styles[start] {
                spans.push(Span::styled(
                    chars[start..i].iter().collect::<String>(),
                    styles[start],
                ));
                start = i;
            }
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
