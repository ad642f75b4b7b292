//! The list pane, whatever it lists: its frame and title ("Articles 3/12
//! of 500 · query"), the rows on screen (only those are built), the
//! selection. The articles ([`super::list`]) and the quotes
//! ([`super::quotes_pane`]) give it their rows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::App;
use super::layout::{self, Focus};
use super::list_state::ListState;
use super::widgets::draw_row;
use crate::text;

/// What a list pane lists.
pub struct Pane<'a, T> {
    /// "Articles", "Quotes".
    pub label: &'a str,
    /// What the rows are, for "No articles match."
    pub things: &'a str,
    /// More for the title ("3 unread").
    pub extra: Option<&'a str>,
    pub list: &'a ListState<T>,
    /// How many there are unfiltered.
    pub total: usize,
}

/// Draws the pane; `row(doc, width)` builds the row of one document.
pub fn render<'r, T: Copy>(
    app: &App,
    pane: &Pane<T>,
    area: Rect,
    buf: &mut Buffer,
    mut row: impl FnMut(T, usize) -> Option<Line<'r>>,
) {
    let focused = app.focus == Focus::List;
    let l = pane.list;
    let Some(inner) = frame(
        app,
        pane.label,
        pane.extra,
        l.selected,
        l.rows.len(),
        pane.total,
        pane.things,
        area,
        buf,
    ) else {
        return;
    };
    let visible = l
        .rows
        .iter()
        .enumerate()
        .skip(l.offset)
        .take(inner.height as usize);
    for (y, (i, &doc)) in (inner.y..).zip(visible) {
        if let Some(line) = row(doc, inner.width as usize) {
            draw_row(
                &app.theme,
                line,
                (i == l.selected).then_some(focused),
                inner,
                y,
                buf,
            );
        }
    }
}

/// Draws a list pane's border and title ("Articles 3/12 of 500 · query")
/// and, for no rows, says so. Returns the inside when there are rows.
#[allow(clippy::too_many_arguments)]
fn frame(
    app: &App,
    label: &str,
    extra: Option<&str>,
    selected: usize,
    rows: usize,
    total: usize,
    things: &str,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Rect> {
    let th = &app.theme;
    let focused = app.focus == Focus::List;
    let mut title = format!(" {label} {}/{rows}", (selected + 1).min(rows));
    if app.filtering() {
        title.push_str(&format!(" of {total}"));
        let shown = app
            .filter_edit()
            .map_or(app.filter.applied.as_str(), |e| e.last_good.as_str());
        if !shown.trim().is_empty() {
            title.push_str(" · ");
            title.push_str(shown.trim());
        }
    }
    if let Some(extra) = extra {
        title.push_str(" · ");
        title.push_str(extra);
    }
    title.push(' ');
    let title = text::truncate(&title, (area.width as usize).saturating_sub(2));
    th.block()
        .title(Line::styled(title, th.border(focused)))
        .border_style(th.border(focused))
        .render(area, buf);
    let inner = layout::inner(area);
    if rows == 0 {
        let msg = if let Some(loading) = app.loading
            && app.store.is_empty()
        {
            format!("Loading the archive: {}", loading.label())
        } else if app.filtering() {
            format!("No {things} match.")
        } else {
            match app.problems.len() {
                0 => format!("No {things}."),
                n => format!(
                    "No {things}. {n} note{} on the files: see the status line, or gazette check",
                    if n == 1 { "" } else { "s" }
                ),
            }
        };
        Line::styled(text::truncate(&msg, inner.width as usize), th.hint).render(inner, buf);
        return None;
    }
    Some(inner)
}
