//! Who said it, from the words after a quotation: `"…," NAME said`,
//! `"…," said NAME`, `"…," he said`, `"…," the Russian envoy said`,
//! `"…," according to ROLE NAME`, `"…," the State Department said`,
//! `"…," reported Reuters`.

use crate::analysis::quotes::context::{Context, pronoun};
use crate::analysis::quotes::subject::{
    Found, definite_role, described, first_name, found_person, organisation, possessive, subject_of,
};
use crate::language::lexicon::PREPOSITIONS;
use crate::language::marks::is_quote_mark as is_mark;
use crate::language::sentences::ends_sentence;
use crate::language::tokens::{Word, words};
use crate::language::verbs::{is_reporting, is_saying, is_saying_at};
use crate::model::{Mention, Speaker, Why};

/// `"…," NAME said` and the other forms after the closing mark at `from`.
pub fn after_span(cx: &Context, block: usize, from: usize) -> Option<Found> {
    let text = cx.text(block);
    let next_quote = text[from..].find(is_mark).map_or(text.len(), |i| from + i);
    // (a dot inside brackets does not end it: "(R-Fla.)")
    let mut depth = 0i32;
    let sentence_end = text[from..]
        .char_indices()
        .find(|&(i, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            // (nor one inside a word: "R-Ky.,")
            let spaced = text[from + i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || is_mark(n) || n == ')');
            depth <= 0 && matches!(c, '.' | '!' | '?') && spaced && ends_sentence(text, from + i)
        })
        .map_or(text.len(), |(i, _)| from + i + 1);
    let to = next_quote.min(sentence_end);
    let ws = words(text, from, to);
    // `"…," when Clinton blasted him`: a clause of its own follows
    if ws.first().is_some_and(|w| {
        matches!(
            w.text,
            "when" | "while" | "after" | "before" | "because" | "if" | "since" | "until"
        )
    }) {
        return None;
    }
    let Some(v) = (0..ws.len().min(8)).find(|&i| is_saying_at(&ws, i)) else {
        return apposed(cx, block, from, &ws)
            .or_else(|| closing_clause(cx, block, from, to, to == sentence_end));
    };
    by_verb(cx, block, from, to, &ws, v)
}

/// `"…" by the shooting at a nightclub that drew attention, Nefzi
/// said.`: a short clause of saying that ends the sentence, after the
/// last comma of the words from `from` to `to`.
fn closing_clause(cx: &Context, block: usize, from: usize, to: usize, ends: bool) -> Option<Found> {
    let text = cx.text(block);
    let comma = from + text.get(from..to)?.rfind(',')? + 1;
    let ws = words(text, comma, to);
    let v = ws.iter().position(|w| is_saying(w.text))?;
    (ends && ws.len() <= 6)
        .then(|| by_verb(cx, block, comma, to, &ws, v))
        .flatten()
}

/// The forms after a quotation around the verb of saying `ws[v]`, the
/// words `ws` running from `from` to `to`.
fn by_verb(
    cx: &Context,
    block: usize,
    from: usize,
    to: usize,
    ws: &[Word],
    v: usize,
) -> Option<Found> {
    let text = cx.text(block);
    let verb = ws[v].text.to_lowercase();
    // the subject before the verb: a name, a pronoun, a role, an organisation
    let before_verb = ws[..v].iter();
    // (not a possessor: "Obama's former campaign strategist said")
    let named: Vec<&Mention> = cx
        .mentions_in(block, from, ws[v].start)
        .filter(|m| !possessive(text, m))
        .collect();
    // `"…" that Sanders can catch Clinton, said Steve Elmendorf`, `"…"
    // for Clinton, said Kunin`: after a comma, a verb of saying and a
    // name is the attribution, whoever the words before it name
    if v > 0
        && text[ws[v - 1].start..ws[v].start].contains(',')
        && let Some(m) = cx
            .mentions_in(block, ws[v].start, ws.get(v + 4).map_or(to, |w| w.start))
            .next()
        && {
            // (one word at most between, and no preposition: not "said of
            // Cruz")
            let between: Vec<&Word> = ws[v + 1..]
                .iter()
                .take_while(|w| w.start < m.start())
                .collect();
            between.len() <= 1
                && !between
                    .iter()
                    .any(|w| PREPOSITIONS.contains(&w.text.to_lowercase().as_str()))
        }
        && !named.is_empty()
    {
        return Some(found_person(Some(m.person), verb, Why::Named));
    }
    if let Some(m) = subject_of(text, &named, ws[v].start) {
        return Some(found_person(Some(m.person), verb, Why::Named));
    }
    for w in before_verb.clone().rev() {
        if let Some(female) = pronoun(w.text) {
            let p = cx.resolve_pronoun(block, w.start, female);
            return Some(found_person(p, verb, Why::Pronoun));
        }
    }
    let subject: Vec<&str> = ws[..v].iter().map(|w| w.text).collect();
    if !subject.is_empty() {
        if subject
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            && let Some(org) = organisation(&subject)
        {
            return Some((Speaker::Org(org), Some(verb), Some(Why::Organisation)));
        }
        if let Some(p) = cx.resolve_role(block, from, &subject) {
            return Some(found_person(Some(p), verb, Why::Role));
        }
        // (a role no mention gave: the person the story is on)
        if let Some(female) = definite_role(&subject)
            && let Some(p) = cx.topic_before(block, ws[0].start, female)
        {
            return Some(found_person(Some(p), verb, Why::Role));
        }
        let lead = text[from..ws[v].start].trim_start_matches(|c: char| !c.is_alphanumeric());
        if let Some(d) = described(lead, false) {
            return Some((Speaker::Unnamed(d), Some(verb), Some(Why::Described)));
        }
    }
    // "said NAME", "according to ROLE NAME"
    // (not the object of a preposition: "said in an interview with CNN's
    // Wolf Blitzer"; but "written by Springsteen")
    let after_verb_end = ws.get(v + 8).map_or(to, |w| w.start);
    let object = |m: &Mention| {
        ws[v + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, w)| w.start < m.start())
            .any(|(i, w)| match w.text {
                "by" => i > 0,
                "to" => verb != "according",
                t => PREPOSITIONS.contains(&t),
            })
    };
    if let Some(m) = cx
        .mentions_in(block, ws[v].start, after_verb_end)
        .find(|m| !possessive(text, m))
        .filter(|m| !object(m))
    {
        let verb = if verb == "according" {
            "according to".to_string()
        } else {
            verb
        };
        return Some(found_person(Some(m.person), verb, Why::Named));
    }
    // "reported Reuters", "according to the State Department"
    match organisation_after(text, &verb, &ws[v + 1..]) {
        Some(After::Org(org)) => {
            return Some((Speaker::Org(org), Some(verb), Some(Why::Organisation)));
        }
        // a person not known for one ("said Mayor Don Guardian"): said
        // by someone, no one carried on
        Some(After::Person) => return Some((Speaker::Unknown, Some(verb), None)),
        None => {}
    }
    // "said an Iowa Democrat, who …"
    if v + 1 < ws.len()
        && let Some(d) = described(&text[ws[v + 1].start..to], true)
    {
        return Some((Speaker::Unnamed(d), Some(verb), Some(Why::Described)));
    }
    // a name not known for a person ("Law said"): the quote is
    // attributed, to no one known, and carries no speaker on
    let named = matches!(&subject[..], [w] if w.starts_with(|c: char| c.is_uppercase()));
    named.then_some((Speaker::Unknown, Some(verb), None))
}

/// An organisation named right after the verb of saying `verb`, whose
/// following words are `rest` ("reported Reuters"); never the one told
/// ("told Reuters"), nor a participle's object ("promising the Friends
/// of Abe"), nor a run that goes on as a person or a role ("said Steven
/// Law", "said the Florida senator").
fn organisation_after(text: &str, verb: &str, rest: &[Word]) -> Option<After> {
    let rest = match verb {
        "according" => rest.get(1..)?,
        "told" | "tells" | "tell" => return None,
        v if v.ends_with("ing") => return None,
        _ => rest,
    };
    let lead = usize::from(rest.first()?.text.eq_ignore_ascii_case("the"));
    let caps = rest[lead..]
        .iter()
        .take_while(|w| w.text.starts_with(char::is_uppercase))
        .count();
    let run = &rest[lead..lead + caps];
    let last = run.last()?;
    let ends = rest.get(lead + caps).is_none_or(|next| {
        let gap = &text[last.start + last.text.len()..next.start];
        gap.contains(|c: char| c.is_ascii_punctuation())
            || PREPOSITIONS.contains(&next.text)
            || matches!(next.text, "that" | "and" | "in" | "on")
    });
    let person = run.iter().rev().skip(1).any(|w| first_name(w.text));
    if person {
        return Some(After::Person);
    }
    let phrase: Vec<&str> = rest[..lead + caps].iter().map(|w| w.text).collect();
    ends.then(|| organisation(&phrase).map(After::Org))
        .flatten()
}

/// What a capitalised run after a verb of saying names.
enum After {
    Org(String),
    Person,
}

/// `"…," NAME, a writer for The Atlantic, said` and `"…," Rep. NAME
/// (D-Md.), who …, said`: a name right after the quote, then a chunk
/// set off by commas or brackets, then the verb. `ws` are the words from
/// the closing mark at `from` to the end of the sentence.
fn apposed(cx: &Context, block: usize, from: usize, ws: &[Word]) -> Option<Found> {
    let text = cx.text(block);
    let near = ws.get(4).map_or(text.len(), |w| w.start);
    let m = cx.mentions_in(block, from, text.len()).next()?;
    let after = text.get(m.end()..)?.trim_start();
    if m.start() > near || !after.starts_with([',', '(']) {
        return None;
    }
    // (the chunk closed by a comma or a bracket before the verb; or, when
    // the writer left that comma out, the first reporting verb after it
    // with no one else named between: "Nate Silver, the polling guru who
    // founded fivethirtyeight.com tweeted")
    let v = ws
        .iter()
        .take(30)
        .position(|w| {
            w.start > m.end()
                && is_saying(w.text)
                && text[..w.start].trim_end().ends_with([',', ')'])
        })
        .or_else(|| {
            let v = ws
                .iter()
                .take(30)
                .position(|w| w.start > m.end() && is_saying(w.text))?;
            let alone = cx.mentions_in(block, m.end(), ws[v].start).next().is_none();
            // (the name right after the quote, no verb's subject of its
            // own before the verb: not `"…" with Sen. Marco Rubio, in a
            // finish that he said`)
            let first = words(text, from, m.start())
                .iter()
                .all(|w| w.text.starts_with(char::is_uppercase));
            let own = ws[..v].last().is_some_and(|w| {
                pronoun(w.text).is_some() || matches!(w.text, "that" | "which" | "who")
            });
            (is_reporting(&ws[v].text.to_lowercase()) && alone && first && !own).then_some(v)
        })?;
    Some(found_person(
        Some(m.person),
        ws[v].text.to_lowercase(),
        Why::Apposition,
    ))
}

#[cfg(test)]
mod tests;
