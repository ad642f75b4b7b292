//! The reader pane: the article laid out for the pane, scrolled, with a
//! position indicator.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::layout::{self, Focus};
use crate::document::LineKind;
use crate::model::MarkKind;

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
            LineKind::Link => th.link,
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
        if line.quoted.is_empty() && line.marked.is_empty() && line_hits.clone().next().is_none() {
            Line::styled(line.text.as_str(), style).render(row, buf);
            continue;
        }
        // one style per character: marks, quotes, then search hits over
        // them
        let chars: Vec<char> = line.text.chars().collect();
        let mut styles = vec![style; chars.len()];
        for (from, to, kind) in &line.marked {
            let m = match kind {
                MarkKind::Emphasis => Style::new().add_modifier(Modifier::ITALIC),
                MarkKind::Strong => Style::new().add_modifier(Modifier::BOLD),
                MarkKind::Link(_) => th.link,
            };
            for s in styles.iter_mut().take((*to).min(chars.len())).skip(*from) {
                *s = s.patch(m);
            }
        }
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
        if th.hyperlinks && line.text.is_ascii() {
            for (from, to, kind) in &line.marked {
                if let MarkKind::Link(url) = kind {
                    let shown = line.text.get(*from..*to).unwrap_or_default();
                    let at = Rect {
                        x: row
                            .x
                            .saturating_add(u16::try_from(*from).unwrap_or(u16::MAX)),
                        ..row
                    };
                    hyperlink(buf, at.intersection(row), shown, url);
                }
            }
        }
    }
}

/// Makes the `text` drawn at the start of `row` a terminal hyperlink to
/// `url` (OSC 8): each pair of cells carries the link around its two
/// characters, the second cell skipped, so the escape is written whole
/// with what it wraps. A URL that is not plain printable ASCII is left
/// as text.
fn hyperlink(buf: &mut Buffer, row: Rect, text: &str, url: &str) {
    if !url.bytes().all(|b| b.is_ascii_graphic()) || !text.is_ascii() {
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    for (k, pair) in chars.chunks(2).enumerate() {
        let x = row.x + 2 * k as u16;
        if x >= row.right() {
            break;
        }
        // (at the row's last cell, one character: the next is the border)
        let pair = if x + 1 < row.right() {
            pair
        } else {
            &pair[..1]
        };
        let shown: String = pair.iter().collect();
        // (the escape is no width on screen: the cell is as wide as what
        // it shows)
        let width =
            std::num::NonZeroU16::new(pair.len() as u16).unwrap_or(std::num::NonZeroU16::MIN);
        buf[(x, row.y)]
            .set_symbol(&format!("\x1b]8;;{url}\x1b\\{shown}\x1b]8;;\x1b\\"))
            .set_diff_option(CellDiffOption::ForcedWidth(width));
        if pair.len() == 2 {
            buf[(x + 1, row.y)].set_diff_option(CellDiffOption::Skip);
        }
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
