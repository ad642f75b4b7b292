//! The list pane: one row per article (date, source, title). Only the rows
//! on screen are built, and only they get match highlighting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::layout::{self, Focus};
use super::picker::highlighted;
use super::theme::Theme;
use crate::model::{Article, ArticleIx};
use crate::query::{Field, Pattern, Query};
use crate::text;

const DATE_W: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Focus::List;
    let l = &app.list;
    let unread = app.unread();
    let extra = (unread > 0).then(|| format!("{unread} unread"));
    let Some(inner) = frame(
        app,
        "Articles",
        extra.as_deref(),
        l.selected,
        l.rows.len(),
        app.store.len(),
        "articles",
        area,
        buf,
    ) else {
        return;
    };
    let persons = person_terms(app);
    let visible = l
        .rows
        .iter()
        .enumerate()
        .skip(l.offset)
        .take(inner.height as usize);
    for (y, (i, &ix)) in (inner.y..).zip(visible) {
        let Some(a) = app.store.get(ix) else { continue };
        let line = Line::from(row(app, persons.as_ref(), ix, a, inner.width as usize));
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

/// Draws one row of a list at line `y` of `inner`; `selected` is
/// `Some(focused)` on the selected row.
pub(super) fn draw_row(
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

/// Draws a list pane's border and title ("Articles 3/12 of 500 · query")
/// and, for no rows, says so. Returns the inside when there are rows.
#[allow(clippy::too_many_arguments)]
pub(super) fn frame(
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
        let msg = if app.filtering() {
            format!("No {things} match.")
        } else {
            format!("No {things}.")
        };
        Line::styled(text::truncate(&msg, inner.width as usize), th.hint).render(inner, buf);
        return None;
    }
    Some(inner)
}

/// Gives spans that have no style of their own `style`.
pub(super) fn style_unstyled(spans: &mut [Span<'static>], style: Style) {
    for s in spans {
        if s.style == Style::new() {
            s.style = style;
        }
    }
}

/// The spans of one row, `width` columns wide.
fn row(
    app: &App,
    persons: Option<&Query>,
    ix: ArticleIx,
    a: &Article,
    width: usize,
) -> Vec<Span<'static>> {
    let th = &app.theme;
    let q = &app.filter.query;
    let lit = |field: Field, s: &str| -> Vec<usize> {
        if q.is_empty() {
            Vec::new()
        } else {
            app.matcher.highlight(q, field, s)
        }
    };
    let mut spans = Vec::with_capacity(8);
    // unread articles are marked in the first column
    let unread = !app.is_read(ix);
    spans.push(Span::styled(
        if unread { th.unread_mark } else { " " },
        th.key,
    ));
    let mut used = 1;
    let width = width.max(1);
    // Columns drop out as the pane narrows: source, then date.
    if width >= 24 {
        let date = a
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let date_hit =
            q.terms.iter().any(|t| {
                !t.negate && (matches!(t.pattern, Pattern::Date(_)) || t.as_date.is_some())
            }) && a.date.is_some();
        let style = match (a.date.is_some(), date_hit) {
            (_, true) => th.matched,
            (true, false) => Style::new(),
            (false, false) => th.unknown,
        };
        spans.push(Span::styled(text::fit(&date, DATE_W), style));
        spans.push(Span::raw(" "));
        used += DATE_W + 1;
    }
    if width >= 40 && app.source_width > 0 {
        let label = text::fit(a.source_label(), app.source_width);
        let mut s = if a.source.is_some() {
            highlighted(th, &label, &lit(Field::Source, a.source_label()))
        } else {
            vec![Span::raw(label)]
        };
        style_unstyled(
            &mut s,
            if a.source.is_some() {
                th.source
            } else {
                th.unknown
            },
        );
        spans.extend(s);
        spans.push(Span::raw(" "));
        used += app.source_width + 1;
    }
    let room = width.saturating_sub(used);
    // With a person term, the person it matched closes the row.
    let person = persons.and_then(|terms| person_match(app, terms, ix));
    let (title_w, person_part) = match person {
        Some((name, hits)) if room >= 30 => {
            let (shown, hits) = fit_name(&name, hits, room / 2);
            (room - text::width(&shown) - 1, Some((shown, hits)))
        }
        _ => (room, None),
    };
    spans.extend(highlighted(
        th,
        &text::fit(&a.title, title_w),
        &lit(Field::Title, &a.title),
    ));
    if let Some((name, hits)) = person_part {
        spans.push(Span::raw(" "));
        let mut p = highlighted(th, &name, &hits);
        style_unstyled(&mut p, th.hint);
        spans.extend(p);
    }
    spans
}

/// A name in at most `max` columns: whole, else its surname, else cut.
/// Highlight positions follow the part kept.
pub(super) fn fit_name(name: &str, hits: Vec<usize>, max: usize) -> (String, Vec<usize>) {
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

/// The first of the article's people a positive `p:` term lights up.
/// The positive `p:` terms of the filter, if any: what the person column
/// lights up. Built once a frame.
fn person_terms(app: &App) -> Option<Query> {
    let terms: Vec<_> = app
        .filter
        .query
        .terms
        .iter()
        .filter(|t| t.field == Field::Person)
        .cloned()
        .collect();
    terms.iter().any(|t| !t.negate).then_some(Query { terms })
}

/// The first of the article's people the `p:` terms light up.
fn person_match(app: &App, person_terms: &Query, ix: ArticleIx) -> Option<(String, Vec<usize>)> {
    app.store.people_in(ix).iter().find_map(|&p| {
        let person = app.store.people().get(p)?;
        let hits = app
            .matcher
            .highlight(person_terms, Field::Person, &person.name);
        if !hits.is_empty() {
            return Some((person.name.clone(), hits));
        }
        // matched through another spelling: show the name, unlit
        person
            .aliases
            .iter()
            .any(|al| {
                !app.matcher
                    .highlight(person_terms, Field::Person, al)
                    .is_empty()
            })
            .then(|| (person.name.clone(), Vec::new()))
    })
}
