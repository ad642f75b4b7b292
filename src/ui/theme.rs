//! Styles. Only the 16 named colours and text attributes, so the user's
//! terminal theme decides how things look; selection is reverse video,
//! which stays visible without colour.

use ratatui::style::{Color, Modifier, Style};

pub fn selected(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

pub fn border(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    }
}

pub fn source() -> Style {
    Style::new().fg(Color::Cyan)
}

pub fn unknown() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn meta() -> Style {
    Style::new().fg(Color::Cyan)
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
    Style::new().fg(Color::Yellow)
}

pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Letters a filter matched: colour plus bold and underline, visible
/// without colour too.
pub fn matched() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// Quoted words in the reader.
pub fn quote() -> Style {
    Style::new()
        .fg(Color::Magenta)
        .add_modifier(Modifier::ITALIC)
}

/// The quote jumped to or opened: visible without colour too.
pub fn quote_current() -> Style {
    Style::new()
        .fg(Color::Magenta)
        .add_modifier(Modifier::ITALIC | Modifier::REVERSED)
}

pub fn people() -> Style {
    Style::new().add_modifier(Modifier::ITALIC)
}

/// The search hit moved to last.
pub fn hit_current() -> Style {
    matched().add_modifier(Modifier::REVERSED)
}
