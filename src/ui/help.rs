//! The help overlay, listing every binding of the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::command::Command;
use super::keymap::{Binding, Keymap, Mode};
use super::theme::Theme;

/// The query language, as the help shows it.
const QUERY_SYNTAX: &[(&str, &str)] = &[
    (
        "lavrov geneva",
        "every word must match, fuzzily (title, source, people, date)",
    ),
    ("p:lavrv", "person          s:usa     source"),
    ("t:geneva", "title           d:…       date"),
    (
        "d:2022-01-21",
        "also d:2022-01  d:jan 21  d:friday  d:7d  d:2w  d:3m",
    ),
    (
        "d:a..b",
        "a range; d:..2022-01-20 and d:2022-01-20.. are open",
    ),
    ("!s:npr", "not             'word     exact, not fuzzy"),
    (
        "p:\"joe biden\"",
        "a phrase with spaces; a capital letter matches case",
    ),
];

fn table<'a>(
    th: &'a Theme,
    bindings: &'a [Binding],
    label_w: usize,
) -> impl Iterator<Item = Line<'static>> + 'a {
    bindings.iter().map(move |b| {
        Line::from(vec![
            Span::styled(format!("{:<label_w$}", b.label()), th.key),
            Span::raw("  "),
            Span::raw(b.help),
        ])
    })
}

/// Every key of both tables, then the query language.
pub fn lines(th: &Theme, keymap: &Keymap) -> Vec<Line<'static>> {
    let label_w = keymap
        .normal
        .iter()
        .chain(&keymap.text)
        .map(|b| b.label().chars().count())
        .chain(QUERY_SYNTAX.iter().map(|(q, _)| q.chars().count()))
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = table(th, &keymap.normal, label_w).collect();
    lines.push(Line::styled(
        "Keys act on the pane with focus (see the status line).",
        th.hint,
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Typing in the filter bar or a picker",
        th.title,
    ));
    lines.extend(table(th, &keymap.text, label_w));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Filter queries", th.title));
    lines.extend(QUERY_SYNTAX.iter().map(|(q, what)| {
        Line::from(vec![
            Span::styled(format!("{q:<label_w$}"), th.key),
            Span::raw("  "),
            Span::raw(*what),
        ])
    }));
    lines
}

pub fn render(th: &Theme, keymap: &Keymap, scroll: u16, screen: Rect, buf: &mut Buffer) {
    let lines = lines(th, keymap);
    let key = |c: Command| keymap.key(Mode::Normal, c);
    let footer = format!(
        " {}/{} scroll · {} {} {}: close ",
        key(Command::Down),
        key(Command::Up),
        keymap
            .keys(Mode::Normal, Command::Back)
            .last()
            .cloned()
            .unwrap_or_default(),
        key(Command::ToggleHelp),
        key(Command::Quit)
    );
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
            th.block()
                .title(" Help ")
                .title_bottom(Line::from(footer).right_aligned())
                .border_style(th.border(true))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        )
        .render(area, buf);
}
