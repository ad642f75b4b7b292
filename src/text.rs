//! Display-width aware text helpers: truncating with an ellipsis and
//! wrapping at word boundaries, counting wide characters as two columns.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A count with thousands separated: 100000 is "100,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
///
/// ```
/// use gazette::text::truncate;
/// assert_eq!(truncate("Lavrov and Blinken", 10), "Lavrov an…");
/// assert_eq!(truncate("東京のニュース", 7), "東京の…");
/// ```
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    // By grapheme: a character and its accents, or an emoji sequence,
    // stays whole and is measured as one.
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `s` truncated to `cols` columns, then padded with spaces to exactly `cols`.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Wraps `text` into lines of at most `max` columns, breaking at spaces and
/// splitting words longer than a line. Returns each line with the byte
/// offset in `text` where it starts. Runs of spaces collapse at breaks.
///
/// ```
/// use gazette::text::wrap;
/// assert_eq!(
///     wrap("We do not expect a breakthrough", 12),
///     vec![(0, "We do not".to_string()), (10, "expect a".to_string()), (19, "breakthrough".to_string())]
/// );
/// ```
pub fn wrap(text: &str, max: usize) -> Vec<(usize, String)> {
    let max = max.max(1);
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut line = String::new();
    let mut line_start = 0;
    let mut line_w = 0;
    for (start, word) in words(text) {
        let ww = width(word);
        if !line.is_empty() && line_w + 1 + ww <= max {
            line.push(' ');
            line.push_str(word);
            line_w += 1 + ww;
            continue;
        }
        if !line.is_empty() {
            lines.push((line_start, std::mem::take(&mut line)));
            line_w = 0;
        }
        line_start = start;
        if ww <= max {
            line.push_str(word);
            line_w = ww;
            continue;
        }
        // A word wider than the line: split it between graphemes, so a
        // character keeps its accents and an emoji sequence stays whole. A
        // single grapheme wider than the line gets a line of its own.
        let mut offset = start;
        for g in word.graphemes(true) {
            let gw = width(g);
            if line_w + gw > max && !line.is_empty() {
                lines.push((line_start, std::mem::take(&mut line)));
                line_start = offset;
                line_w = 0;
            }
            line.push_str(g);
            line_w += gw;
            offset += g.len();
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push((line_start, line));
    }
    lines
}

/// Words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Text made safe for a terminal: no character of it can change the
/// terminal's state. Control characters (ESC, BEL, backspace, C1 controls
/// and the rest) become visible placeholders from Unicode's control
/// pictures (`␛`, `␇`, `␈`), C1 controls and bidirectional overrides
/// `\u{FFFD}`; invisible zero-width characters go; tabs expand to the next
/// multiple of 8 columns; CR LF and a lone CR become a line break.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if all_safe(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut col = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                col = 0;
                continue;
            }
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                    col = 0;
                }
                continue;
            }
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
                continue;
            }
            '\u{7f}' => out.push('\u{2421}'),
            c if (c as u32) < 0x20 => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'))
            }
            c if c.is_control() || is_bidi(c) => out.push('\u{fffd}'),
            // no column of its own: dropped, so widths agree everywhere
            c if is_invisible(c) => continue,
            c => out.push(c),
        }
        col += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// Whether every character of `s` is safe or a line break (ASCII told
/// by its byte, the rest decoded).
fn all_safe(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if (b < 0x20 && b != b'\n') || b == 0x7f {
                return false;
            }
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            return true;
        };
        if !is_safe(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// Whether `c` is shown as itself, safely: not a control character, a
/// bidirectional override or an invisible format character.
pub fn is_safe(c: char) -> bool {
    !c.is_control() && !is_bidi(c) && !is_invisible(c)
}

/// Bidirectional embeddings, overrides and isolates: they reorder what
/// follows them on screen ("Trojan Source"), so they are shown as
/// placeholders.
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible format characters that take no column in one terminal and
/// one in another (zero-width space, word joiner, byte-order mark, soft
/// hyphen, direction marks). The joiners that shape emoji and scripts
/// (U+200C, U+200D) stay.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}'
            ..='\u{2064}' | '\u{FEFF}'
    )
}

/// The byte offset just past the last character of `s` that `is`
/// matches (0 when none does), whatever that character's length.
pub fn after_last(s: &str, is: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| is(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// A path as a message shows it, made safe for a terminal.
pub fn safe_path(p: &std::path::Path) -> String {
    sanitize(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn bidi_overrides_show_and_invisible_characters_go() {
        let s = "a\u{202E}b\u{200B}c\u{2067}d\u{2069}e\u{FEFF}\u{00AD}f";
        assert_eq!(sanitize(s), "a\u{FFFD}bc\u{FFFD}d\u{FFFD}ef");
        assert_eq!(width(&sanitize(s)), 9);
        // the joiners that build emoji and shape scripts stay
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(sanitize(family), family);
        assert_eq!(
            sanitize("\u{0645}\u{200C}\u{0627}"),
            "\u{0645}\u{200C}\u{0627}"
        );
    }

    #[test]
    fn control_characters_never_pass() {
        let attack = "title\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{8}x\ry\r\nz\u{7f}";
        let safe = sanitize(attack);
        assert!(
            !safe.chars().any(|c| c.is_control() && c != '\n'),
            "{safe:?}"
        );
        assert_eq!(safe, "title␛]0;pwned␇␛[2J\u{fffd}31m␈x\ny\nz␡");
        assert_eq!(sanitize("a\tb"), "a       b");
        assert_eq!(sanitize("abcdefgh\tb"), "abcdefgh        b");
        assert!(matches!(
            sanitize("plain “text”"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn truncates_by_columns_with_an_ellipsis() {
        assert_eq!(truncate("hello world", 20), "hello world");
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("hello", 0), "");
        // wide characters take two columns each
        assert_eq!(truncate("日本語のニュース", 7), "日本語…");
        assert_eq!(width(&truncate("日本語のニュース", 7)), 7);
    }

    #[test]
    fn fit_pads_to_an_exact_width() {
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(width(&fit("日本語", 4)), 4);
        assert_eq!(fit("日本語", 4), "日… ");
    }

    #[test]
    fn wraps_at_word_boundaries() {
        let lines: Vec<String> = wrap("the quick brown fox jumps", 10)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(lines, ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn wrap_reports_start_offsets_and_splits_long_words() {
        let w = wrap("ab abcdefgh", 4);
        assert_eq!(
            w,
            vec![(0, "ab".into()), (3, "abcd".into()), (7, "efgh".into())]
        );
        assert_eq!(wrap("", 5), vec![(0, String::new())]);
        assert_eq!(wrap("x", 0), vec![(0, "x".to_string())]);
    }

    #[test]
    fn sequences_are_measured_and_kept_whole() {
        // U+FE0F makes the smiley two columns wide; U+0301 is an accent.
        let smiley = "\u{263a}\u{fe0f}";
        assert_eq!(width(smiley), 2);
        let lines = wrap(&format!("aaa{smiley}b"), 4);
        assert_eq!(
            lines,
            vec![(0, "aaa".to_string()), (3, format!("{smiley}b"))]
        );
        assert!(lines.iter().all(|(_, l)| width(l) <= 4));
        assert_eq!(truncate(&format!("ab{smiley}cd"), 4), "ab…");
        assert_eq!(truncate("cafe\u{301}s et the\u{301}", 6), "cafe\u{301}s…");
        // One grapheme wider than the line is alone on its line.
        assert_eq!(wrap("\u{17d8}ab", 1)[0], (0, "\u{17d8}".to_string()));
    }

    #[test]
    fn wrap_counts_wide_characters() {
        let lines: Vec<String> = wrap("日本語 ニュース", 6)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(lines, ["日本語", "ニュー", "ス"]);
    }
}
