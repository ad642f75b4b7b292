//! Styles. Only the 16 named colours and text attributes, so the user's
//! terminal theme decides how things look; selection is reverse video,
//! which stays visible without colour.

use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::style::{Color, Modifier, Style};

/// Whether styles use colour. Off with `NO_COLOR` (https://no-color.org):
/// then attributes alone (reverse, bold, underline, italic) carry the
/// meaning. Process-wide, like the variable it follows.
static COLOR: AtomicBool = AtomicBool::new(true);

pub fn set_color(on: bool) {
    COLOR.store(on, Ordering::Relaxed);
}

/// `NO_COLOR` set to anything but the empty string turns colour off.
pub fn color_from_env() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Whether borders and marks are drawn in ASCII (`--ascii`, or a locale
/// that is not UTF-8).
static ASCII: AtomicBool = AtomicBool::new(false);

pub fn set_ascii(on: bool) {
    ASCII.store(on, Ordering::Relaxed);
}

pub fn ascii() -> bool {
    ASCII.load(Ordering::Relaxed)
}

/// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) is UTF-8. With
/// none set the locale is "C", which is not.
pub fn locale_is_utf8() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

/// Borders in ASCII.
const ASCII_BORDER: ratatui::symbols::border::Set = ratatui::symbols::border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// A bordered block, in box drawing or ASCII.
pub fn block() -> ratatui::widgets::Block<'static> {
    let b = ratatui::widgets::Block::bordered();
    if ascii() {
        b.border_set(ASCII_BORDER)
    } else {
        b
    }
}

/// The mark of an unread article.
pub fn unread_mark() -> &'static str {
    if ascii() { "*" } else { "•" }
}

/// The mark before a warning.
pub fn warning_mark() -> &'static str {
    if ascii() { "!" } else { "⚠" }
}

/// A foreground colour, unless colour is off.
fn fg(c: Color) -> Style {
    if COLOR.load(Ordering::Relaxed) {
        Style::new().fg(c)
    } else {
        Style::new()
    }
}

pub fn selected(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

pub fn border(focused: bool) -> Style {
    if focused {
        fg(Color::Cyan).add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    }
}

pub fn source() -> Style {
    fg(Color::Cyan)
}

pub fn unknown() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn meta() -> Style {
    fg(Color::Cyan)
}

pub fn subhead() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn aside() -> Style {
    Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC)
}

pub fn badge() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn hint() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

pub fn warning() -> Style {
    fg(Color::Yellow)
}

pub fn key() -> Style {
    fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Letters a filter matched: colour plus bold and underline, visible
/// without colour too.
pub fn matched() -> Style {
    fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// Quoted words in the reader.
pub fn quote() -> Style {
    fg(Color::Magenta).add_modifier(Modifier::ITALIC)
}

/// The quote jumped to or opened: visible without colour too.
pub fn quote_current() -> Style {
    fg(Color::Magenta).add_modifier(Modifier::ITALIC | Modifier::REVERSED)
}

pub fn people() -> Style {
    Style::new().add_modifier(Modifier::ITALIC)
}

/// The search hit moved to last.
pub fn hit_current() -> Style {
    matched().add_modifier(Modifier::REVERSED)
}
