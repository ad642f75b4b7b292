//! The articles in the list pane: one row per article (date, source,
//! title, the person a `p:` term matched). Only the rows on screen are
//! built, and only they get match highlighting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::app::App;
use super::list_pane::{self, Pane};
use super::widgets::{fit_name, highlighted, style_unstyled};
use crate::model::{Article, ArticleIx};
use crate::query::{Field, Pattern, Query};
use crate::text;

const DATE_W: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let unread = app.unread();
    let extra = (unread > 0).then(|| format!("{unread} unread"));
    let pane = Pane {
        label: "Articles",
        things: "articles",
        extra: extra.as_deref(),
        list: &app.list,
        total: app.store.len(),
    };
    let persons = person_terms(app);
    list_pane::render(app, &pane, area, buf, |ix, width| {
        let a = app.store.get(ix)?;
        Some(Line::from(row(app, persons.as_ref(), ix, a, width)))
    });
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
        let person = app.store.people().get(p.index())?;
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
