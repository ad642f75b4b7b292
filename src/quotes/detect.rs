//! Finding direct quotations: spans between double quote marks, straight or
//! curly and paired loosely (`“…"` and `"…”` occur), a quote carried over
//! paragraphs, and an utterance split by its attribution.

use crate::store::{Article, Block};

/// Characters that open or close a direct quotation.
pub fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Quoted text in one body block: byte range of the words inside the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// A quotation as found: its spans in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub spans: Vec<Span>,
}

/// The marks of one block, paired in order; an odd last mark opens a
/// quote that runs to the end of the block. Returns (open, close) byte
/// offsets of the marks, close = None for an unclosed quote.
fn pairs(text: &str) -> Vec<(usize, Option<usize>)> {
    let marks: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| is_mark(*c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let (open, c) = marks[i];
        // a closing curly mark cannot open: skip a stray one
        if c == '”' && i + 1 == marks.len() {
            break;
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
        let text = match block {
            Block::Para(t) | Block::Subhead(t) => t.as_str(),
            Block::Aside(_) => {
                open = None;
                continue;
            }
        };
        let continues = open.is_some() && text.trim_start().starts_with(is_mark);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::parse_article;
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
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            texts("\"They call it 'false flag' work,\" she said."),
            vec![vec!["They call it 'false flag' work,".to_string()]]
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
