//! Who said it: rules over the words around a quotation.
//!
//! The words after a quote are read in [`super::after`], the words
//! before it in its sentence in [`super::before`]; the sentence and the
//! paragraph before it here, and the layouts of round-ups. Pronouns and
//! role phrases are resolved in [`super::context`].

use super::after::after_span;
use super::before::before_span;
use super::context::Context;
use super::detect::outer;
use super::layout;
use super::subject::{Found, subject_of};
use crate::language::sentences::sentence_start;
use crate::language::tokens::words;
use crate::language::verbs::is_saying;
use crate::language::words::count_words;
use crate::model::{
    Article, ArticleIx, ArticlePeople, Mention, Person, PersonIx, Quote, QuoteKind, Span, Speaker,
    Why,
};

/// What joins the pieces of a quote in its text.
pub const PIECES_JOINED: &str = " … ";

/// The quotes of one article, its utterances attributed: `cast` is the
/// article's people as the archive-wide merge resolved them.
pub fn attribute(
    ix: ArticleIx,
    a: &Article,
    utterances: &[Vec<Span>],
    cast: &ArticlePeople,
    people: &[Person],
) -> Vec<Quote> {
    let text_of = |s: &Span| &a.body[s.block].text()[s.start..s.end];
    let quoted: Vec<(usize, usize, usize)> = utterances
        .iter()
        .flatten()
        .map(|s| {
            let (o, c) = outer(a.body[s.block].text(), *s);
            (s.block, o, c)
        })
        .collect();
    let mut recent: Vec<(usize, PersonIx)> = Vec::new();
    let mut out: Vec<Quote> = Vec::new();
    for spans in utterances {
        let spans = spans.clone();
        let cx = Context {
            article: a,
            cast,
            people,
            quoted: &quoted,
            recent: &recent,
        };
        let first = spans[0];
        let mut found = None;
        for s in &spans {
            let text = a.body[s.block].text();
            let (_, close) = outer(text, *s);
            // "…to Donald." He also said: a quote that ends its sentence
            // before a new one is not attributed by the words after it
            let ended = text[s.start..s.end].ends_with('.')
                && text[close..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase());
            if ended {
                continue;
            }
            if let Some(f) = after_span(&cx, s.block, close) {
                found = Some(f);
                break;
            }
        }
        let (open, _) = outer(a.body[first.block].text(), first);
        let (speaker, verb, why) = found
            .or_else(|| before_span(&cx, first.block, open))
            .or_else(|| introduced(&cx, first.block, open))
            .or_else(|| said_before(&cx, first.block, open))
            .or_else(|| sentence_subject(&cx, first.block, open))
            .or_else(|| by_layout(&cx, &spans, open))
            .or_else(|| paragraph_subject(&cx, first.block, open))
            .unwrap_or((Speaker::Unknown, None, None));
        if let Speaker::Person(p) = speaker {
            recent.push((spans[spans.len() - 1].block, p));
        }
        let text = spans
            .iter()
            .map(|s| text_of(s).trim())
            .collect::<Vec<_>>()
            .join(PIECES_JOINED);
        let kind = if count_words(&text) >= 4 {
            QuoteKind::Full
        } else {
            QuoteKind::Fragment
        };
        out.push(Quote {
            article: ix,
            spans: spans.into(),
            text: text.into(),
            speaker,
            verb: verb.map(String::into_boxed_str),
            why,
            kind,
            group: None,
        });
    }
    // "diplomacy and dialogue" or "confrontation and consequences," Blinken
    // said: quotes joined by "and"/"or" share the attribution.
    let joined = |out: &[Quote], i: usize| {
        let (a_s, b_s) = (out[i].spans[out[i].spans.len() - 1], out[i + 1].spans[0]);
        if a_s.block != b_s.block {
            return false;
        }
        let text = a.body[a_s.block].text();
        let gap = &text[outer(text, a_s).1.min(outer(text, b_s).0)..outer(text, b_s).0];
        matches!(
            gap.trim().trim_matches(','),
            "and" | "or" | "" | "and then" | "but"
        )
    };
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].speaker == Speaker::Unknown
            && out[i + 1].speaker != Speaker::Unknown
            && joined(&out, i)
        {
            out[i].speaker = out[i + 1].speaker.clone();
            out[i].verb = out[i + 1].verb.clone();
            out[i].why = Some(Why::Joined);
        }
    }
    for i in 0..out.len().saturating_sub(1) {
        if out[i + 1].speaker == Speaker::Unknown
            && out[i].speaker != Speaker::Unknown
            && joined(&out, i)
        {
            out[i + 1].speaker = out[i].speaker.clone();
            out[i + 1].verb = out[i].verb.clone();
            out[i + 1].why = Some(Why::Joined);
        }
    }
    super::continuity::carry_speakers(a, cast, &quoted, &mut out);
    out
}

/// `“…” ― NAME` after the quote's last piece, `NAME: “…”` before its
/// first (opening mark at `open`).
fn by_layout(cx: &Context, spans: &[Span], open: usize) -> Option<Found> {
    let (first, last) = (spans.first()?, spans.last()?);
    let text = cx.text(last.block);
    let (_, close) = outer(text, *last);
    layout::dash_after(cx.cast, last.block, text, close)
        .or_else(|| {
            // `"…"` ¶ `- Clinton.`: a paragraph of a dash and a name after
            // a paragraph the quote ends
            let next = last.block + 1;
            let rest = text.get(close..)?.trim();
            let line = cx.article.body.get(next)?.text();
            (rest.is_empty() && line.len() < 120)
                .then(|| layout::dash_after(cx.cast, next, line, 0))
                .flatten()
        })
        .map(|p| (p, Why::Dash))
        .or_else(|| {
            layout::colon_before(cx.cast, first.block, cx.text(first.block), open)
                .map(|p| (p, Why::Colon))
        })
        .map(|(p, why)| (Speaker::Person(p), None, Some(why)))
}

/// A quote opening its paragraph (at `open` of block `block`) after a
/// paragraph that ends with a colon introducing it: `Stone said:` ¶
/// `"…"`.
fn introduced(cx: &Context, block: usize, open: usize) -> Option<Found> {
    let before = block.checked_sub(1)?;
    let prev = cx.article.body.get(before)?;
    let end = prev.text().trim_end().len();
    let opens = cx.text(block).get(..open)?.trim().is_empty();
    (opens && prev.is_story() && prev.text().trim_end().ends_with(':'))
        .then(|| before_span(cx, before, end.saturating_sub(1)))
        .flatten()
}

/// A paragraph that opens with a quote (at `open` of block `block`)
/// after a paragraph of no quotation whose last sentence a person opens
/// as its subject: `Viguerie is upbeat about the race.` ¶ `"…"`.
fn paragraph_subject(cx: &Context, block: usize, open: usize) -> Option<Found> {
    if !cx.text(block).get(..open)?.trim().is_empty() {
        return None;
    }
    let before = block.checked_sub(1)?;
    let prev = cx.article.body.get(before)?;
    if !prev.is_story() || cx.quoted.iter().any(|&(b, _, _)| b == before) {
        return None;
    }
    let t = prev.text();
    let end = t.trim_end().len();
    // (from the last character, the stop that ends the paragraph)
    let last = t[..end].char_indices().next_back().map_or(0, |(i, _)| i);
    let m = cx.opening_subject(before, sentence_start(t, last), end, 0)?;
    Some((Speaker::Person(m.person), None, Some(Why::ParagraphSubject)))
}

/// For a quote opening its own sentence at `open` of `text`, inside its
/// paragraph: where the sentence before starts, and where the quote's
/// sentence starts.
fn sentence_before(text: &str, open: usize) -> Option<(usize, usize)> {
    let sentence = sentence_start(text, open);
    if sentence < 2 || !text.get(sentence..open)?.trim().is_empty() {
        return None;
    }
    // (`sentence` follows ". ")
    Some((sentence_start(text, sentence - 2), sentence))
}

/// `Sen. Bernie Sanders, …, identified bigotry as one reason. "…"`: a
/// quote that is its own sentence inside a paragraph is the words of
/// the person the sentence before opens with, when that one quotes no one.
fn sentence_subject(cx: &Context, block: usize, open: usize) -> Option<Found> {
    let text = cx.text(block);
    let (before, sentence) = sentence_before(text, open)?;
    // (a title or a word in marks is no quotation: `On "Face the
    // Nation," Sanders …`)
    if cx
        .quoted
        .iter()
        .any(|&(b, s, e)| b == block && e > before && s < sentence && count_words(&text[s..e]) >= 4)
    {
        return None;
    }
    // (nor one that ends by crediting someone else: `…, the editorial
    // board writes. "…"`)
    let ws = words(text, before, sentence);
    if ws[ws.len().saturating_sub(4)..]
        .iter()
        .any(|w| is_saying(w.text))
    {
        return None;
    }
    // (nor a quote credited after it to what no rule names: `"…," the
    // statement said`)
    let close = cx
        .quoted
        .iter()
        .find(|&&(b, s, _)| b == block && s == open)
        .map_or(open, |&(_, _, e)| e);
    if words(text, close, text.len())
        .iter()
        .take(5)
        .any(|w| is_saying(w.text))
    {
        return None;
    }
    let m = cx.opening_subject(block, before, sentence, 1)?;
    Some((Speaker::Person(m.person), None, Some(Why::SentenceSubject)))
}

/// A quote opening its sentence (at `open` of block `block`) right after
/// a sentence that ends by attributing what it reports: `…, Schiff
/// said. "…"`, `…, said Schiff. "…"`.
fn said_before(cx: &Context, block: usize, open: usize) -> Option<Found> {
    let text = cx.text(block);
    let (before, sentence) = sentence_before(text, open)?;
    // (a sentence that holds a quotation attributes that one: the
    // speaker carries on from it, see `continuity`)
    if cx
        .quoted
        .iter()
        .any(|&(b, s, e)| b == block && s >= before && e <= sentence)
    {
        return None;
    }
    let ws = words(text, before, sentence);
    let tail = ws.len().saturating_sub(4);
    let v = ws[tail..].iter().position(|w| is_saying(w.text))? + tail;
    // its subject ("Melanne Verveer, who served as Hillary Clinton's chief
    // of staff, told CBS News."), else the name after the verb
    let named: Vec<&Mention> = cx.mentions_in(block, before, ws[v].start).collect();
    let m = subject_of(text, &named, ws[v].start)
        .or_else(|| cx.mentions_in(block, ws[v].start, sentence).next())?;
    Some((
        Speaker::Person(m.person),
        Some(ws[v].text.to_lowercase()),
        Some(Why::SentenceBefore),
    ))
}
