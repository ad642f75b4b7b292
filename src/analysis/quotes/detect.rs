//! Finding direct quotations: spans between double quote marks, straight or
//! curly and paired loosely (`“…"` and `"…”` occur), a quote carried over
//! paragraphs, and an utterance split by its attribution.

use crate::language::marks::is_quote_mark as is_mark;
use crate::language::verbs::is_saying;
use crate::language::words::count_words;
use crate::model::{Article, Span};

/// A quotation as found: its spans in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub spans: Vec<Span>,
}

/// The marks of one block, paired in order; an odd last mark opens a
/// quote that runs to the end of the block. Returns (open, close) byte
/// offsets of the marks, close = None for an unclosed quote.
fn pairs(text: &str) -> Vec<(usize, Option<usize>)> {
    // (not the inch mark of a height: `6'2"`)
    let inches = |i: usize| {
        let before = text[..i].trim_end_matches(|c: char| c.is_ascii_digit());
        before.len() < i
            && before.ends_with(['\'', '’'])
            && before[..before.len() - before.chars().next_back().map_or(0, char::len_utf8)]
                .ends_with(|c: char| c.is_ascii_digit())
    };
    let marks: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(i, c)| is_mark(c) && !(c == '"' && inches(i)))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let (open, c) = marks[i];
        // a closing curly mark cannot open: skip a stray one
        if c == '”' && i + 1 == marks.len() {
            break;
        }
        // a mark shaped as a closing one where a quote would open (after
        // a word, before a space: `review of [his] systems" including`)
        // closes a quote whose opening mark is missing: skip it
        let closing_shape = matches!(c, '"' | '”')
            && text[..open]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '?' | '!'))
            && text[open + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if closing_shape {
            i += 1;
            continue;
        }
        // (the value of a markup attribute left in the text, `<tweet
        // author="…">`, is no quotation)
        if text[..open].ends_with('=') {
            i += 2;
            continue;
        }
        match marks.get(i + 1) {
            Some(&(close, _)) => {
                out.push((open, Some(close)));
                i += 2;
            }
            None => {
                out.push((open, None));
                i += 1;
            }
        }
    }
    out
}

/// Trims spaces off a byte range of `text`.
fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, end - trail)
}

/// Every quotation in an article's story blocks (asides are not story).
pub fn quotes(a: &Article) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // a quote left open at the end of the previous story block
    let mut open: Option<usize> = None;
    for (b, block) in a.body.iter().enumerate() {
        if !block.is_story() {
            open = None;
            continue;
        }
        let text = block.text();
        // (not a quote of its own, attributed right after it: `"…,"
        // added Rep. Jim Clyburn`)
        let continues = open.is_some()
            && text.trim_start().starts_with(is_mark)
            && !pairs(text)
                .first()
                .and_then(|&(_, close)| close)
                .is_some_and(|c| attributed_after(text, c));
        let mut left_open = None;
        for (k, (o, close)) in pairs(text).into_iter().enumerate() {
            let start = o + text[o..].chars().next().map_or(1, char::len_utf8);
            let end = close.unwrap_or(text.len());
            let (s, e) = trimmed(text, start, end);
            let span = Span {
                block: b,
                start: s,
                end: e,
            };
            // "a paragraph that opens a quote without closing it continues
            // in the next paragraph that opens with a quote mark"
            let ix = match open {
                Some(q) if k == 0 && continues => q,
                _ => {
                    out.push(Found { spans: Vec::new() });
                    out.len() - 1
                }
            };
            if s < e {
                out[ix].spans.push(span);
            }
            if close.is_none() {
                left_open = Some(ix);
            }
        }
        open = left_open;
    }
    out.retain(|q| !q.spans.is_empty());
    out
}

/// Whether a verb of saying and a name follow the closing mark at
/// `close` within three words and before the sentence ends (`"…," added
/// Rep. Jim Clyburn`; not `"…," he added`, which goes on as before).
fn attributed_after(text: &str, close: usize) -> bool {
    let after = close + text[close..].chars().next().map_or(1, char::len_utf8);
    let rest = &text[after..];
    let end = rest.find(['.', '!', '?', '“', '"']).unwrap_or(rest.len());
    let ws: Vec<&str> = rest[..end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    ws.iter().any(|w| is_saying(w))
        && ws.iter().any(|w| {
            w.starts_with(char::is_uppercase) && !matches!(*w, "He" | "She" | "They" | "I" | "We")
        })
}

/// Byte range of a span with its quote marks.
pub fn outer(text: &str, s: Span) -> (usize, usize) {
    let open = text[..s.start]
        .char_indices()
        .rev()
        .find(|(_, c)| is_mark(*c))
        .map_or(s.start, |(i, _)| i);
    let close = text[s.end..]
        .char_indices()
        .find(|(_, c)| is_mark(*c))
        .map_or(text.len(), |(i, c)| s.end + i + c.len_utf8());
    (open, close)
}

/// The utterances of one article: its quotations, a quotation split by
/// its attribution ("A," Lavrov said. "B.") made one, each as its spans.
pub fn utterances(a: &Article) -> Vec<Vec<Span>> {
    let found = quotes(a);
    let text_of = |s: &Span| &a.body[s.block].text()[s.start..s.end];
    // An utterance split by its attribution ("A," Lavrov said. "B.") is
    // one quote: merge a quote into the one before when only a short
    // clause with a verb of saying stands between them.
    let mut merged: Vec<Vec<Span>> = Vec::new();
    for f in &found {
        let first = f.spans[0];
        if let Some(prev) = merged.last_mut()
            && let Some(last) = prev.last().copied()
            && last.block == first.block
        {
            let text = a.body[first.block].text();
            let (_, prev_close) = outer(text, last);
            let (open, _) = outer(text, first);
            let gap = &text[prev_close.min(open)..open];
            let ends_clause = text_of(&last).ends_with([',', '.', '?', '!', ':', ';']);
            let n = count_words(gap);
            let has_verb = gap
                .split_whitespace()
                .any(|w| is_saying(w.trim_matches(|c: char| !c.is_alphabetic())));
            if ends_clause
                && has_verb
                && (1..=12).contains(&n)
                && gap.trim_end().ends_with(['.', ',', ':'])
            {
                prev.extend(f.spans.iter().copied());
                continue;
            }
        }
        merged.push(f.spans.clone());
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_article;
    use std::path::PathBuf;

    fn texts(body: &str) -> Vec<Vec<String>> {
        let a = parse_article(
            "t",
            PathBuf::from("t"),
            &format!("A headline for tests\n\n{body}"),
        )
        .article;
        quotes(&a)
            .iter()
            .map(|q| {
                q.spans
                    .iter()
                    .map(|s| a.body[s.block].text()[s.start..s.end].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn straight_curly_and_mismatched_marks() {
        assert_eq!(
            texts(
                "“Countries choose NATO; NATO does not choose them,\" Wallace said. He called it a \"high price.”"
            ),
            vec![
                vec!["Countries choose NATO; NATO does not choose them,".to_string()],
                vec!["high price.".to_string()]
            ]
        );
    }

    #[test]
    fn the_inch_mark_of_a_height_closes_no_quote() {
        assert_eq!(
            texts("\"He's like 6'2\", he's a big guy,\" Rubio said."),
            vec![vec!["He's like 6'2\", he's a big guy,".to_string()]]
        );
    }

    #[test]
    fn a_markup_attribute_left_in_the_text_is_no_quote() {
        assert_eq!(
            texts(
                "<tweet author=\" that the numbers check out\" date=\"2016\">It was \
                 labeled \"Mostly True by the fact checkers,\" she said."
            ),
            vec![vec!["Mostly True by the fact checkers,".to_string()]]
        );
    }

    #[test]
    fn a_closing_mark_whose_opening_is_missing_is_passed_over() {
        assert_eq!(
            texts(
                "Oz took Trump through a review of [his] systems\" including his health. \
                 The only \"medical records\" released was \"a one-page letter from his \
                 doctor,\" she said."
            ),
            vec![
                vec!["medical records".to_string()],
                vec!["a one-page letter from his doctor,".to_string()]
            ]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            texts("\"They call it 'false flag' work,\" she said."),
            vec![vec!["They call it 'false flag' work,".to_string()]]
        );
    }

    #[test]
    fn a_quote_attributed_anew_is_no_paragraph_carried_on() {
        let q = texts(
            "\"It is a dog whistle, \" Rep. Gwen Moore said. \"If indeed he is not \
             legitimate, how can you feel good?\n\n\"I have been doing a lot of thinking,\" \
             added Rep. Jim Clyburn.",
        );
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(
            q[2],
            vec!["I have been doing a lot of thinking,".to_string()]
        );
    }

    #[test]
    fn a_quote_runs_on_into_the_next_paragraph() {
        let q = texts(
            "He said: \"First part of it.\n\n\"Second part of it,\" he added.\n\nNo quote here.",
        );
        assert_eq!(
            q,
            vec![vec![
                "First part of it.".to_string(),
                "Second part of it,".to_string()
            ]]
        );
    }
}
