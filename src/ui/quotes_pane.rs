//! The quotes pane (`"`): every quote as `speaker — text — source, date`,
//! narrowed by the filter; the reader previews the quote in its article.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::app::App;
use super::list_pane::{self, Pane};
use super::widgets::{fit_name, highlighted, style_unstyled};
use crate::model::QuoteKind;
use crate::query::Field;
use crate::text;

/// Columns for the speaker.
const SPEAKER_W: usize = 18;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let pane = Pane {
        label: "Quotes",
        things: "quotes",
        extra: None,
        list: &app.quote_list,
        total: app.store.quotes().len(),
    };
    let q = &app.filter.query;
    let lit = |field: Field, s: &str| {
        if q.is_empty() {
            Vec::new()
        } else {
            app.matcher.highlight(q, field, s)
        }
    };
    list_pane::render(app, &pane, area, buf, |qi, width| {
        let quote = &app.store.quotes()[qi];
        let a = app.store.get(quote.article)?;
        let speaker = app.store.speaker_name(quote).unwrap_or("unknown");
        let tail = format!(
            " — {}, {}",
            a.source.as_deref().unwrap_or("source unknown"),
            a.date
                .map_or_else(|| "undated".to_string(), |d| d.to_string())
        );
        let speaker_w = SPEAKER_W.min(width / 5);
        // source and date when there is room; the reader shows them anyway
        let tail_w = if width >= 70 {
            text::width(&tail).min(width / 4)
        } else {
            0
        };
        let text_w = width.saturating_sub(speaker_w + 3 + tail_w);
        let mut spans: Vec<Span> = Vec::new();
        // (a source the text does not name is dimmed like no source, and
        // cut at its end: "another New Ha…", not "Democrat")
        let unnamed = matches!(quote.speaker, crate::model::Speaker::Unnamed(_));
        let speaker_style = if quote.speaker == crate::model::Speaker::Unknown || unnamed {
            th.unknown
        } else {
            th.source
        };
        let (name, hits) = if unnamed {
            (
                text::truncate(speaker, speaker_w),
                lit(Field::Person, speaker),
            )
        } else {
            fit_name(speaker, lit(Field::Person, speaker), speaker_w)
        };
        let mut sp = highlighted(th, &text::fit(&name, speaker_w), &hits);
        style_unstyled(&mut sp, speaker_style);
        spans.extend(sp);
        spans.push(Span::styled(" — ", th.hint));
        let shown = format!("“{}”", quote.text);
        let mut words = highlighted(th, &text::fit(&shown, text_w), &lit(Field::Title, &shown));
        if quote.kind == QuoteKind::Fragment {
            style_unstyled(&mut words, th.hint);
        }
        spans.extend(words);
        if tail_w > 0 {
            spans.push(Span::styled(text::fit(&tail, tail_w), th.hint));
        }
        Some(Line::from(spans))
    });
}
