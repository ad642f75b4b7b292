//! Continuity: a quotation the text does not attribute where it stands
//! keeps the speaker of the quotation before it, as a reader takes it,
//! when nothing else is named between them:
//!
//! - a later quote in the same paragraph: `"A," Clinton said on ABC.
//!   "B."`;
//! - a paragraph that opens with a quote and names no one else, right
//!   after a paragraph whose last quote is attributed: `"A," Bozell
//!   adds.` / `"B."`.

use super::detect::outer;
use crate::language::sentences::ends_sentence;
use crate::language::tokens::words;
use crate::language::verbs::is_saying;
use crate::model::{Article, ArticlePeople, Quote, Span, Speaker, Why};

/// Gives each unattributed quote of `quotes` (one article's, in reading
/// order) the speaker of the quote before it, where the text carries it
/// on. `quoted` holds every quotation's (block, start, end), marks
/// included.
pub fn carry_speakers(
    a: &Article,
    cast: &ArticlePeople,
    quoted: &[(usize, usize, usize)],
    quotes: &mut [Quote],
) {
    for i in 1..quotes.len() {
        // (a quote with a verb of saying of its own whose subject was not
        // found is not carried on: the text names another speaker)
        if quotes[i].speaker != Speaker::Unknown
            || quotes[i].verb.is_some()
            || quotes[i - 1].speaker == Speaker::Unknown
        {
            continue;
        }
        let (Some(&last), Some(&first)) = (quotes[i - 1].spans.last(), quotes[i].spans.first())
        else {
            continue;
        };
        if carries(a, cast, quoted, &quotes[i - 1].speaker, last, first) {
            quotes[i].speaker = quotes[i - 1].speaker.clone();
            quotes[i].verb = quotes[i - 1].verb.clone();
            quotes[i].why = Some(if last.block == first.block {
                Why::SameParagraph
            } else {
                Why::ParagraphBefore
            });
        }
    }
}

/// Whether the text between the quote ending at `last` (said by `by`)
/// and the one starting at `first` carries the speaker on.
fn carries(
    a: &Article,
    cast: &ArticlePeople,
    quoted: &[(usize, usize, usize)],
    by: &Speaker,
    last: Span,
    first: Span,
) -> bool {
    let Some(block) = a.body.get(first.block) else {
        return false;
    };
    let text = block.text();
    let (open, _) = outer(text, first);
    let (_, close) = a
        .body
        .get(last.block)
        .map_or((0, 0), |b| outer(b.text(), last));
    let text_of = |b: usize| a.body.get(b).map_or("", |x| x.text());
    // someone else named, outside quotations, in a stretch of a block
    let other_named = |b: usize, from: usize, to: usize| {
        cast.mentions.iter().any(|m| {
            m.block() == b
                && m.start() >= from
                && m.end() <= to
                && *by != Speaker::Person(m.person)
                // (a possessor is not a speaker: "in Scott's district")
                && !text_of(b).get(m.end()..).is_some_and(|t| t.starts_with(['\'', '’']))
                && !quoted
                    .iter()
                    .any(|&(qb, s, e)| qb == b && s <= m.start() && m.start() < e)
        })
    };
    // (the rest of the sentence that attributes the quote before names
    // no speaker: "…," Wasserman Schultz said in an interview with Maria
    // Bartiromo.)
    let after = attribution_end(text_of(last.block), close);
    if last.block == first.block {
        // (near: a paragraph of a scraped page may be a whole article)
        let between = text.get(after.min(open)..open).unwrap_or("");
        let sentences = between
            .char_indices()
            .filter(|&(i, c)| {
                matches!(c, '.' | '!' | '?') && ends_sentence(text, after.min(open) + i)
            })
            .count();
        return close <= open && sentences <= 1 && !other_named(first.block, after.min(open), open);
    }
    // the next paragraph, opening with the quote and naming no one else
    let prev_len = a.body.get(last.block).map_or(0, |b| b.text().len());
    last.block + 1 == first.block
        && block.is_story()
        && text[..open].trim().is_empty()
        && !other_named(last.block, after, prev_len)
        && !other_named(first.block, 0, text.len())
}

/// Where the sentence after a closing mark at `close` ends, when it holds
/// a verb of saying (it attributes the quote); else `close`.
fn attribution_end(text: &str, close: usize) -> usize {
    let Some(rest) = text.get(close..) else {
        return close;
    };
    let end = rest
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && ends_sentence(text, close + i))
        .map_or(text.len(), |(i, _)| close + i + 1);
    if words(text, close, end).iter().any(|w| is_saying(w.text)) {
        end
    } else {
        close
    }
}
