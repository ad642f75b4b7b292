//! Pickers: every person (`P`) or source (`S`) with its article count,
//! narrowed as you type; Enter filters the list by the one chosen.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::command::{Command, Msg};
use super::editor::LineEditor;
use super::keymap::{Keymap, Mode};
use super::list_state::{ListState, Nav};
use super::outcome::Outcome;
use super::theme::Theme;
use super::widgets::{draw_row, highlighted};
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
    pub list: ListState<usize>,
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

    pub fn render(
        &self,
        th: &Theme,
        keymap: &Keymap,
        screen: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let area = Picker::area(screen);
        Clear.render(area, buf);
        let title = match self.kind {
            PickerKind::People => " People ",
            PickerKind::Sources => " Sources ",
        };
        let footer = format!(
            " {} of {} · {} filter · {} close ",
            self.list.rows.len(),
            self.items.len(),
            keymap.key(Mode::Text, Command::Submit),
            keymap.key(Mode::Text, Command::Cancel)
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

impl Picker {
    /// A message while the picker is on top; `page` is the rows it shows.
    pub fn update(&mut self, msg: Msg, page: usize) -> Outcome {
        if let Some(e) = msg.edit() {
            if self.editor.apply(e) {
                self.refresh();
            }
            return Outcome::Stay;
        }
        let Msg::Command(c) = msg else {
            return Outcome::Stay;
        };
        match c {
            Command::Down => self.step(1, page),
            Command::Up => self.step(-1, page),
            Command::PageDown => self.step(page as isize, page),
            Command::PageUp => self.step(-(page as isize), page),
            Command::Cancel | Command::Back => return Outcome::Close,
            Command::Submit => {
                return match self.chosen() {
                    Some(it) => Outcome::AddTerm(format!(
                        "{}:\"{}\"",
                        self.kind.scope(),
                        it.label.replace('"', "")
                    )),
                    None => Outcome::Close,
                };
            }
            Command::Quit => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}
