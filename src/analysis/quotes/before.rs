//! Who said it, from the words before a quotation in its sentence:
//! `NAME said: "…"`, `NAME, who in a tweet on Thursday said: "…"`, `he
//! said he'd "…"`, `X added, saying "…"`, and a colon ending a sentence
//! that a name opens.

use crate::analysis::quotes::context::{Context, pronoun};
use crate::analysis::quotes::subject::{
    Found, definite_role, described, found_person, organisation, possessive, subject_of,
};
use crate::language::lexicon::PREPOSITIONS;
use crate::language::marks::is_quote_mark as is_mark;
use crate::language::sentences::sentence_start;
use crate::language::tokens::{Word, words};
use crate::language::verbs::{addresses, is_saying, is_saying_at};
use crate::model::{Mention, Speaker, Why};

/// `NAME said: "…"` and the other forms before the opening mark at
/// `open`, within the sentence.
pub fn before_span(cx: &Context, block: usize, open: usize) -> Option<Found> {
    let text = cx.text(block);
    let sentence = sentence_begin(cx, block, open);
    // from the end of the previous quotation in the sentence, if any
    let after_quote = cx
        .quoted
        .iter()
        .filter(|&&(b, _, e)| b == block && e <= open && e > sentence)
        .map(|&(_, _, e)| e)
        .max();
    let mut start = after_quote.unwrap_or(sentence);
    let mut ws = words(text, start, open);
    // `X stated that Trump's "divisive" comments do not "…"`: the verb
    // before an earlier quotation of the sentence
    if !(0..ws.len()).any(|i| is_saying_at(&ws, i)) && start > sentence {
        start = sentence;
        ws = words(text, start, open);
        ws.retain(|w| !cx.inside_quote(block, w.start));
    }
    let Some(v) = (0..ws.len()).rev().find(|&i| is_saying_at(&ws, i)) else {
        return colon_subject(cx, block, sentence, open);
    };
    let verb = ws[v].text.to_lowercase();
    let participle = verb.ends_with("ing");
    // A participle ("saying", "noting") takes the subject of its clause,
    // the first in the sentence; a finite verb the nearest before it.
    // Possessors ("Ryan's comments") and names quoted are not subjects.
    let candidate = |m: &&Mention| !possessive(text, m) && !cx.inside_quote(block, m.start());
    let subject_words: Vec<Word> = ws[..v].to_vec();
    let people: Vec<&Mention> = if participle {
        participle_subject(cx, block, sentence, ws[v].start, &candidate)
            .into_iter()
            .collect()
    } else {
        cx.mentions_in(block, start, ws[v].start)
            .filter(candidate)
            .collect()
    };
    let pronouns: Vec<(usize, bool)> = subject_words
        .iter()
        .filter_map(|w| pronoun(w.text).map(|f| (w.start, f)))
        .collect();
    let person = if participle {
        people.first().copied()
    } else {
        subject_of(text, &people, ws[v].start)
    };
    let pron = if participle {
        pronouns.first()
    } else {
        pronouns.last()
    };
    match (person, pron) {
        (Some(m), Some(&(p_at, female))) if p_at > m.start() && !participle => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some(found_person(r, verb, Why::Pronoun))
        }
        (Some(m), Some(&(p_at, female))) if p_at < m.start() && participle => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some(found_person(r, verb, Why::Pronoun))
        }
        (Some(m), _) => Some(found_person(Some(m.person), verb, Why::Named)),
        (None, Some(&(p_at, female))) => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some(found_person(r, verb, Why::Pronoun))
        }
        (None, None) => {
            // `The Indiana governor said Democrats are to blame for "…"`:
            // a definite role as the subject
            let subject: Vec<&str> = subject_words.iter().map(|w| w.text).collect();
            if let Some(female) = definite_role(&subject)
                && let Some(p) = cx
                    .resolve_role(block, start, &subject)
                    .or_else(|| cx.topic_before(block, subject_words[0].start, female))
            {
                return Some(found_person(Some(p), verb, Why::Role));
            }
            // "Stated Stone: \"…\"": the name after the verb
            // (the verb opening its clause, or the name close after it:
            // `explained CBS moderator Nancy Cordes:`; not the subject of
            // what is said, `An official said Wednesday that Netanyahu
            // "will meet…"`)
            let after = ws[v].start + ws[v].text.len();
            let close = |m: &Mention| {
                let between = words(text, after, m.start());
                between.len() <= 3
                    && !between
                        .iter()
                        .any(|w| matches!(w.text, "that" | "whether" | "if"))
            };
            // (but not the one a verb addresses: `thanked Obama for "…"`,
            // `urged Trump to "…"`)
            let addressed = addresses(&verb);
            if let Some(m) = cx.mentions_in(block, after, open).next()
                && (v <= 1 || close(m))
                && !(addressed && words(text, after, m.start()).len() <= 1)
            {
                return Some(found_person(Some(m.person), verb, Why::Named));
            }
            let subject: Vec<&str> = subject_words.iter().map(|w| w.text).collect();
            if let Some(org) = organisation(&subject) {
                return Some((Speaker::Org(org), Some(verb), Some(Why::Organisation)));
            }
            if let Some(d) = described(&text[start..ws[v].start], false) {
                return Some((Speaker::Unnamed(d), Some(verb), Some(Why::Described)));
            }
            // `Clinton supports "…" and recalled the freeze: "…"`: a
            // verb after an earlier quotation shares the sentence's subject
            let first: Vec<&Mention> = cx
                .mentions_in(block, sentence, start)
                .filter(candidate)
                .take(1)
                .collect();
            let m = (start > sentence)
                .then(|| first.first().copied())
                .flatten()?;
            let opens = words(text, sentence, m.start()).len() <= 2;
            opens.then(|| found_person(Some(m.person), verb, Why::Named))
        }
    }
}

/// The subject of a participle of saying at `at` ("saying", "adding"):
/// the subject of the finite verb of saying before it in the sentence
/// (`Comey cannot say that "…," Lewandowski added, saying`, `said
/// Skelly, explaining`), one that opens no clause of what is said (`…
/// that Rubio recites the points, calling him`); else the first named.
fn participle_subject<'m>(
    cx: &'m Context,
    block: usize,
    sentence: usize,
    at: usize,
    candidate: &dyn Fn(&&Mention) -> bool,
) -> Option<&'m Mention> {
    let text = cx.text(block);
    let mut before = words(text, sentence, at);
    before.retain(|w| !cx.inside_quote(block, w.start));
    let finite = before
        .iter()
        .enumerate()
        .filter(|(_, w)| is_saying(w.text) && !w.text.ends_with("ing"));
    for (i, f) in finite.rev() {
        let named: Vec<&Mention> = cx
            .mentions_in(block, sentence, f.start)
            .filter(candidate)
            .collect();
        if let Some(m) = subject_of(text, &named, f.start) {
            let opener = words(text, sentence, m.start())
                .last()
                .is_some_and(|w| matches!(w.text, "that" | "whether" | "if"));
            if !opener {
                return Some(m);
            }
            continue;
        }
        let next = before.get(i + 1).map_or(at, |w| w.start);
        if let Some(m) = cx
            .mentions_in(block, f.start, at)
            .find(|m| m.start() <= next)
            .filter(|m| candidate(m))
        {
            return Some(m);
        }
    }
    // (not the object of a preposition: "Like Corker, Menendez rejected
    // the deal, arguing")
    let free = |m: &&Mention| {
        !words(text, sentence, m.start())
            .last()
            .is_some_and(|w| PREPOSITIONS.contains(&w.text.to_lowercase().as_str()))
    };
    cx.mentions_in(block, sentence, at)
        .filter(|m| candidate(m))
        .find(free)
        .or_else(|| cx.mentions_in(block, sentence, at).find(|m| candidate(m)))
}

/// Where the sentence holding `open` starts, a quotation ending a
/// sentence inside its marks included (`…about him.” Of course, …`).
fn sentence_begin(cx: &Context, block: usize, open: usize) -> usize {
    let text = cx.text(block);
    let start = sentence_start(text, open);
    cx.quoted
        .iter()
        .filter(|&&(b, s, e)| b == block && s >= start && e <= open)
        .filter(|&&(_, _, e)| {
            let inner = text[..e].trim_end_matches(is_mark);
            inner.ends_with(['.', '!', '?'])
                && text[e..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase())
        })
        .map(|&(_, _, e)| e)
        .max()
        .unwrap_or(start)
}

/// `Perez lobbies for a higher minimum wage: "…"`, `Here's Clinton in
/// 1992: "…"`: with no verb of saying, a quote after a colon is the
/// words of the person who opens the sentence.
fn colon_subject(cx: &Context, block: usize, sentence: usize, open: usize) -> Option<Found> {
    let text = cx.text(block);
    if !text.get(..open)?.trim_end().ends_with(':') {
        return None;
    }
    cx.opening_subject(block, sentence, open, 1)
        .map(|m| (Speaker::Person(m.person), None, Some(Why::Colon)))
}
