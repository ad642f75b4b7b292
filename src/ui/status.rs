//! The status line: which pane has the keys, where you are, how to get help,
//! and load problems, once.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::command::Command;
use super::keymap::Mode;
use super::layer::Layer;
use super::layout::Focus;
use crate::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    // hints name the keys the keymap binds
    let key = |c: Command| app.keymap.key(Mode::Normal, c);
    let text_key = |c: Command| app.keymap.key(Mode::Text, c);
    let (help, quit) = (key(Command::ToggleHelp), key(Command::Quit));
    let (mode, hint) = match (app.layers.last(), app.focus) {
        (Some(Layer::Help { .. }), _) => {
            let close = app.keymap.keys(Mode::Normal, Command::Back);
            let close = close.last().map_or(help.as_str(), String::as_str);
            (" HELP ", format!(" {close} close help"))
        }
        (Some(_), _) => (
            " PICK ",
            format!(
                " type to narrow · {} filter · {} close",
                text_key(Command::Submit),
                text_key(Command::Cancel)
            ),
        ),
        (None, Focus::List) => (
            " LIST ",
            format!(
                " {} read · {} filter · {help} help · {quit} quit",
                key(Command::Open),
                key(Command::OpenFilter)
            ),
        ),
        (None, Focus::Reader) => (
            " READER ",
            format!(" {} back · {help} help · {quit} quit", key(Command::Back)),
        ),
    };
    let mut spans = vec![Span::styled(mode, th.badge)];
    if let Some(loading) = app.loading {
        spans.push(Span::styled(format!(" {} ", loading.label()), th.key));
    }
    if app.filtering() {
        spans.push(Span::styled(
            {
                let (shown, total) = app.shown_of_total();
                format!(" {shown} of {total} ")
            },
            th.key,
        ));
    }
    spans.push(Span::styled(hint, th.hint));
    if let Some(n) = app.flash.as_ref().or(app.notice.as_ref()) {
        spans.push(Span::styled(
            format!("  {} {n}", th.warning_mark),
            th.warning,
        ));
    }
    if app.problems.iter().any(|p| !p.note) {
        let n = app.problems.iter().filter(|p| !p.note).count();
        let skipped = app.problems.iter().filter(|p| !p.loaded).count();
        let msg = format!(
            "  {} {n} load problem{} ({skipped} skipped; `gazette --check` lists them)",
            th.warning_mark,
            if n == 1 { "" } else { "s" }
        );
        spans.push(Span::styled(msg, th.warning));
    }
    let width = area.width as usize;
    let mut used = 0;
    let fitted: Vec<Span> = spans
        .into_iter()
        .map_while(|s| {
            let left = width.checked_sub(used).filter(|&l| l > 0)?;
            let t = text::truncate(&s.content, left);
            used += text::width(&t);
            Some(Span::styled(t, s.style))
        })
        .collect();
    Line::from(fitted).render(area, buf);
}
