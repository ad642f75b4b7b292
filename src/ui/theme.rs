//! Styles, as a value handed to everything that draws. Only the 16 named
//! colours and text attributes, so the user's terminal theme decides how
//! things look; selection is reverse video, which stays visible without
//! colour. `NO_COLOR` and ASCII are transforms of a theme
//! ([`Theme::without_color`], [`Theme::ascii`]), not global switches.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// Every style and mark the reader draws with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub source: Style,
    pub unknown: Style,
    pub title: Style,
    pub meta: Style,
    /// An article's URL.
    pub link: Style,
    pub subhead: Style,
    pub aside: Style,
    pub badge: Style,
    pub hint: Style,
    pub warning: Style,
    pub key: Style,
    /// Letters a filter matched: colour plus bold and underline, visible
    /// without colour too.
    pub matched: Style,
    /// Quoted words in the reader.
    pub quote: Style,
    /// The quote jumped to or opened: visible without colour too.
    pub quote_current: Style,
    pub people: Style,
    /// The search hit moved to last.
    pub hit_current: Style,
    pub selected_focused: Style,
    pub selected_unfocused: Style,
    pub border_focused: Style,
    pub border_unfocused: Style,
    pub border_set: border::Set<'static>,
    /// The mark of an unread article.
    pub unread_mark: &'static str,
    /// The mark before a warning.
    pub warning_mark: &'static str,
    /// Every mark drawn in ASCII (`ascii_mark`): separators, ellipses,
    /// arrows, dashes, curly quotes.
    pub ascii_marks: bool,
    /// URLs drawn as terminal hyperlinks (OSC 8), which the terminal
    /// opens on a click.
    pub hyperlinks: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        let fg = |c: Color| Style::new().fg(c);
        let m = |m: Modifier| Style::new().add_modifier(m);
        let matched = fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        Theme {
            source: fg(Color::Cyan),
            unknown: m(Modifier::DIM),
            title: m(Modifier::BOLD),
            meta: fg(Color::Cyan),
            link: fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            subhead: m(Modifier::BOLD),
            aside: m(Modifier::DIM | Modifier::ITALIC),
            badge: m(Modifier::REVERSED | Modifier::BOLD),
            hint: m(Modifier::DIM),
            warning: fg(Color::Yellow),
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            matched,
            quote: fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            quote_current: fg(Color::Magenta).add_modifier(Modifier::ITALIC | Modifier::REVERSED),
            people: m(Modifier::ITALIC),
            hit_current: matched.add_modifier(Modifier::REVERSED),
            selected_focused: m(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: m(Modifier::REVERSED),
            border_focused: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border_unfocused: Style::new(),
            border_set: border::PLAIN,
            unread_mark: "•",
            warning_mark: "⚠",
            ascii_marks: false,
            hyperlinks: false,
        }
    }
}

/// Whether the terminal is known to take hyperlinks (OSC 8). One that
/// does not may print them, or lose track of its columns (tmux before
/// 3.4 does), so they are drawn only where the terminal says what it is
/// and that is one that takes them. `GAZETTE_HYPERLINKS=1` turns them on
/// anywhere, `=0` off.
fn hyperlinks_from_env() -> bool {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    match var("GAZETTE_HYPERLINKS").as_str() {
        "0" => return false,
        "1" => return true,
        _ => {}
    }
    hyperlinks_for(
        &var("TERM"),
        &var("TERM_PROGRAM"),
        &var("TERM_PROGRAM_VERSION"),
        &var("VTE_VERSION"),
    )
}

/// [`hyperlinks_from_env`] from what the environment says.
fn hyperlinks_for(term: &str, program: &str, version: &str, vte: &str) -> bool {
    if program == "tmux" {
        // tmux passes them on from 3.4
        let mut v = version
            .split(|c: char| !c.is_ascii_digit())
            .map(|n| n.parse::<u32>().unwrap_or(0));
        return (v.next().unwrap_or(0), v.next().unwrap_or(0)) >= (3, 4);
    }
    if term.starts_with("screen")
        || term.starts_with("tmux")
        || term == "dumb"
        || term.starts_with("linux")
    {
        return false;
    }
    matches!(
        program,
        "iTerm.app" | "WezTerm" | "vscode" | "ghostty" | "Hyper"
    ) || vte.parse::<u32>().is_ok_and(|v| v >= 5000)
        || [
            "xterm-kitty",
            "alacritty",
            "foot",
            "wezterm",
            "xterm-ghostty",
        ]
        .iter()
        .any(|t| term.starts_with(t))
}

/// Borders in ASCII.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    /// The theme for this terminal: without colour when `NO_COLOR` is set
    /// (<https://no-color.org>), in ASCII when asked or when the locale is
    /// not UTF-8.
    pub fn for_terminal(ascii: bool) -> Theme {
        let mut t = Theme::default();
        if !color_from_env() {
            t = t.without_color();
        }
        if ascii || !locale_is_utf8() {
            t = t.ascii();
        }
        t.hyperlinks = hyperlinks_from_env();
        t
    }

    /// The same theme with no colour: attributes alone (reverse, bold,
    /// underline, italic) carry the meaning.
    pub fn without_color(mut self) -> Theme {
        for s in [
            &mut self.source,
            &mut self.unknown,
            &mut self.title,
            &mut self.meta,
            &mut self.link,
            &mut self.subhead,
            &mut self.aside,
            &mut self.badge,
            &mut self.hint,
            &mut self.warning,
            &mut self.key,
            &mut self.matched,
            &mut self.quote,
            &mut self.quote_current,
            &mut self.people,
            &mut self.hit_current,
            &mut self.selected_focused,
            &mut self.selected_unfocused,
            &mut self.border_focused,
            &mut self.border_unfocused,
        ] {
            s.fg = None;
            s.bg = None;
        }
        self
    }

    /// The same theme with borders and marks in ASCII.
    pub fn ascii(mut self) -> Theme {
        self.border_set = ASCII_BORDER;
        self.unread_mark = "*";
        self.warning_mark = "!";
        self.ascii_marks = true;
        self
    }

    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            self.selected_focused
        } else {
            self.selected_unfocused
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.border_focused
        } else {
            self.border_unfocused
        }
    }

    /// A bordered block in the theme's border set.
    pub fn block(&self) -> ratatui::widgets::Block<'static> {
        ratatui::widgets::Block::bordered().border_set(self.border_set)
    }
}

/// A mark as ASCII of the same width, for terminals that cannot show
/// more: `…` `~`, `·` `|`, dashes `-`, curly quotes straight, arrows
/// `^ v < >`, placeholders `?`. Letters are the text's own and stay.
pub fn ascii_mark(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "…" => "~",
        "·" => "|",
        "–" | "—" | "‐" | "‑" | "−" => "-",
        "“" | "”" | "„" | "«" | "»" => "\"",
        "‘" | "’" | "‚" | "‹" | "›" => "'",
        "↑" => "^",
        "↓" => "v",
        "←" => "<",
        "→" => ">",
        "•" => "*",
        "⚠" => "!",
        "\u{FFFD}" => "?",
        s if s
            .chars()
            .next()
            .is_some_and(|c| ('\u{2400}'..='\u{2426}').contains(&c)) =>
        {
            "?"
        }
        _ => return None,
    })
}

/// `NO_COLOR` set to anything but the empty string turns colour off.
pub fn color_from_env() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlinks_only_where_the_terminal_takes_them() {
        assert!(!hyperlinks_for("xterm-256color", "", "", ""));
        assert!(!hyperlinks_for("screen", "tmux", "3.3a", ""));
        assert!(hyperlinks_for("tmux-256color", "tmux", "3.4", ""));
        assert!(hyperlinks_for("xterm-256color", "", "", "6800"));
        assert!(hyperlinks_for("xterm-kitty", "", "", ""));
        assert!(!hyperlinks_for("linux", "", "", ""));
        assert!(!hyperlinks_for("screen", "", "", "6800"));
    }

    #[test]
    fn transforms_take_colour_and_box_drawing_away() {
        let t = Theme::default();
        assert_eq!(t.source.fg, Some(Color::Cyan));
        let plain = t.clone().without_color();
        assert_eq!(plain.source.fg, None);
        assert_eq!(plain.matched.add_modifier, t.matched.add_modifier);
        let ascii = t.ascii();
        assert!(ascii.ascii_marks);
        assert_eq!(ascii_mark("…"), Some("~"));
        assert_eq!(ascii_mark("␛"), Some("?"));
        assert_eq!(ascii_mark("é"), None);
        assert_eq!(ascii.unread_mark, "*");
        assert_eq!(ascii.border_set.top_left, "+");
        assert_eq!(ascii.source.fg, Some(Color::Cyan));
    }
}
