//! Pickers: every person (`P`) or source (`S`) with its article count,
//! narrowed as you type; Enter filters the list by the one chosen.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::app::{App, ListState};
use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::layer::Layer;
use super::layout::Focus;
use super::list_pane::draw_row;
use super::theme::Theme;
use crate::store::Store;
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    People,
    Sources,
}

impl PickerKind {
    /// The query scope the chosen name is applied with.
    pub fn scope(self) -> &'static str {
        match self {
            PickerKind::People => "p",
            PickerKind::Sources => "s",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PickItem {
    pub label: String,
    /// Other spellings the item is also found by.
    pub aliases: Vec<String>,
    pub count: usize,
}

pub struct Picker {
    pub kind: PickerKind,
    pub editor: LineEditor,
    pub items: Vec<PickItem>,
    /// Items matching the line, best first.
    pub list: ListState,
    skim: SkimMatcherV2,
}

impl std::fmt::Debug for Picker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Picker")
            .field("kind", &self.kind)
            .field("line", &self.editor.text())
            .field("shown", &self.list.rows.len())
            .field("selected", &self.list.selected)
            .finish()
    }
}

impl Picker {
    pub fn new(kind: PickerKind, store: &Store) -> Picker {
        let mut items: Vec<PickItem> = match kind {
            PickerKind::People => store
                .people()
                .iter()
                .map(|p| PickItem {
                    label: p.name.clone(),
                    aliases: p.aliases.clone(),
                    count: p.articles.len(),
                })
                .collect(),
            PickerKind::Sources => {
                let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
                for a in store.iter_newest_first() {
                    if let Some(s) = &a.source {
                        *counts.entry(s).or_default() += 1;
                    }
                }
                counts
                    .into_iter()
                    .map(|(s, n)| PickItem {
                        label: s.to_string(),
                        aliases: Vec::new(),
                        count: n,
                    })
                    .collect()
            }
        };
        items.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        let mut p = Picker {
            kind,
            editor: LineEditor::default(),
            list: ListState::new((0..items.len()).collect()),
            items,
            skim: SkimMatcherV2::default().smart_case(),
        };
        p.refresh();
        p
    }

    /// Re-narrows after the line changed.
    pub fn refresh(&mut self) {
        let pattern = self.editor.text().trim();
        let shown = if pattern.is_empty() {
            (0..self.items.len()).collect()
        } else {
            let mut scored: Vec<(i64, usize)> = self
                .items
                .iter()
                .enumerate()
                .filter_map(|(i, it)| {
                    std::iter::once(&it.label)
                        .chain(&it.aliases)
                        .filter_map(|s| self.skim.fuzzy_match(s, pattern))
                        .max()
                        .map(|s| (s, i))
                })
                .collect();
            // best first; ties keep the most-articles order
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            scored.into_iter().map(|(_, i)| i).collect()
        };
        self.list = ListState::new(shown);
    }

    pub fn chosen(&self) -> Option<&PickItem> {
        self.list.selected_row().map(|i| &self.items[i])
    }

    /// Moves the selection by `delta` rows, keeping it on a `page`-row screen.
    pub fn step(&mut self, delta: isize, page: usize) {
        self.list.move_by(delta);
        self.list.keep_in_view(page);
    }

    /// The picker's box on a screen.
    pub fn area(screen: Rect) -> Rect {
        let w = (screen.width * 3 / 5).max(40).min(screen.width);
        let h = (screen.height * 7 / 10).max(8).min(screen.height);
        Rect {
            x: screen.x + (screen.width - w) / 2,
            y: screen.y + (screen.height - h) / 2,
            width: w,
            height: h,
        }
    }

    /// Rows of items the box shows.
    pub fn page(screen: Rect) -> usize {
        Picker::area(screen).height.saturating_sub(3) as usize
    }

    pub fn render(&self, th: &Theme, screen: Rect, buf: &mut Buffer) -> Option<Position> {
        let area = Picker::area(screen);
        Clear.render(area, buf);
        let title = match self.kind {
            PickerKind::People => " People ",
            PickerKind::Sources => " Sources ",
        };
        let footer = format!(
            " {} of {} · Enter filter · Esc close ",
            self.list.rows.len(),
            self.items.len()
        );
        th.block()
            .title(title)
            .title_bottom(Line::from(footer).right_aligned())
            .border_style(th.border(true))
            .render(area, buf);
        let inner = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        };
        if inner.height == 0 || inner.width < 4 {
            return None;
        }
        let width = inner.width as usize;
        let line = text::truncate(self.editor.text(), width.saturating_sub(3));
        Line::from(vec![Span::styled("> ", th.key), Span::raw(line.clone())])
            .render(Rect { height: 1, ..inner }, buf);
        let pattern = self.editor.text().trim();
        for (row, &i) in self
            .list
            .rows
            .iter()
            .enumerate()
            .skip(self.list.offset)
            .take(inner.height as usize - 1)
        {
            let item = &self.items[i];
            let y = inner.y + 1 + (row - self.list.offset) as u16;
            let count = format!(" {}", item.count);
            let label_w = width.saturating_sub(text::width(&count) + 1);
            let hits = if pattern.is_empty() {
                Vec::new()
            } else {
                self.skim
                    .fuzzy_indices(&item.label, pattern)
                    .map(|(_, h)| h)
                    .unwrap_or_default()
            };
            let mut spans = highlighted(th, &text::fit(&item.label, label_w), &hits);
            spans.push(Span::styled(
                format!("{:>w$}", count, w = width - label_w),
                th.hint,
            ));
            draw_row(
                th,
                Line::from(spans),
                (row == self.list.selected).then_some(true),
                inner,
                y,
                buf,
            );
        }
        let cursor = 2 + text::width(
            &self
                .editor
                .text()
                .chars()
                .take(self.editor.cursor())
                .collect::<String>(),
        );
        (cursor < width).then(|| Position::new(inner.x + cursor as u16, inner.y))
    }
}

impl App {
    /// Keys while a picker is on top.
    pub(super) fn update_picker(&mut self, msg: Msg) {
        let page = Picker::page(Rect::new(0, 0, self.size.0, self.size.1));
        let Some(Layer::Picker(p)) = self.layers.last_mut() else {
            return;
        };
        if let Some(e) = msg.edit() {
            if p.editor.apply(e) {
                p.refresh();
            }
            return;
        }
        let Msg::Command(c) = msg else { return };
        match c {
            Command::Down => p.step(1, page),
            Command::Up => p.step(-1, page),
            Command::PageDown => p.step(page as isize, page),
            Command::PageUp => p.step(-(page as isize), page),
            Command::Cancel | Command::Back => {
                self.layers.pop();
            }
            Command::Submit => {
                let chosen = p
                    .chosen()
                    .map(|it| format!("{}:\"{}\"", p.kind.scope(), it.label.replace('"', "")));
                self.layers.pop();
                if let Some(term) = chosen {
                    let mut f = self.filter.applied.trim().to_string();
                    if !f.split(' ').any(|t| t == term) {
                        if !f.is_empty() {
                            f.push(' ');
                        }
                        f.push_str(&term);
                    }
                    self.apply_filter(&f);
                    self.focus = Focus::List;
                }
            }
            Command::Quit => self.quit = true,
            _ => {}
        }
    }
}

/// `text` as spans with the characters at `hits` lit.
pub fn highlighted(th: &Theme, text: &str, hits: &[usize]) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut lit = false;
    for (i, c) in text.chars().enumerate() {
        let on = hits.binary_search(&i).is_ok();
        if on != lit && !run.is_empty() {
            spans.push(style_run(th, std::mem::take(&mut run), lit));
        }
        lit = on;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(style_run(th, run, lit));
    }
    spans
}

fn style_run(th: &Theme, s: String, lit: bool) -> Span<'static> {
    if lit {
        Span::styled(s, th.matched)
    } else {
        Span::raw(s)
    }
}
