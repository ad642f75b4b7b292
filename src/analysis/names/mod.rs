//! Per article: the people a story names, by rules over its tokens
//! (capitalised name sequences, titles and roles before them), and its
//! surname-only mentions bound to a full name the same article gives.

use std::cell::{OnceCell, RefCell};

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use crate::language::lexicon::*;
use crate::language::names::{name_key, recorded_given_name};
use crate::language::tokens::{Token, tokenize};
use crate::language::verbs::{is_reporting, is_saying};
use crate::model::{Article, small};

mod bind;
mod keys;
mod roles;
mod single;
mod table;
mod words;
use keys::is_suffix;
pub use keys::{is_full_name, key_of_written, surname_key};
use roles::{apposition, lower_role_before, role_at, role_before};
use table::Numbered;
pub use table::{LocalMention, Names};
pub use words::Evidence;
pub use words::lone_words;
use words::{
    headline_cut, is_contraction, is_given, is_modifier, is_title_case, lower_in, name_words_fit,
};

/// A name found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a> {
    /// The name's words ("Antony", "Blinken").
    pub words: Vec<&'a str>,
    /// Byte range of the name in the paragraph.
    pub start: usize,
    pub end: usize,
    /// A role or title stood before it.
    pub role: bool,
    /// The words of the role, lower case, with their modifiers, from before
    /// the name ("russian foreign minister") or an apposition after it
    /// (", the german foreign minister,"); empty when none.
    pub role_text: String,
}

/// Whether `t` can continue a capitalised run.
fn runs_on(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.is_cap() {
        return true;
    }
    // "Secretary of State", "Ursula von der Leyen": a small word between
    // capitalised ones
    let small = t.word && (t.text == "of" || PARTICLES.contains(t.text));
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    small
        && prev.is_some_and(|p| (p.is_cap() || PARTICLES.contains(p.text)) && !p.possessive)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_cap() || (n.word && PARTICLES.contains(n.text)))
}

/// Outlets whose people are named after them: "CNN's Wolf Blitzer".
const OUTLETS: &[&str] = &[
    "CNN",
    "MSNBC",
    "NBC",
    "ABC",
    "CBS",
    "Fox",
    "News",
    "NPR",
    "BBC",
    "PBS",
    "Times",
    "Post",
    "Journal",
    "Politico",
    "POLITICO",
    "Reuters",
    "Bloomberg",
    "Axios",
];

/// The names in one paragraph.
pub fn names_in<'a>(tokens: &[Token<'a>], ev: &Evidence) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    let title_case = is_title_case(tokens);
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_cap() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // (a run ends with its sentence: "supporters of Sanders. Others")
        while j < tokens.len()
            && !tokens[j - 1].possessive
            && !tokens[j].sentence_start
            && runs_on(tokens, j)
        {
            j += 1;
        }
        let (from, to) = (i, headline_cut(tokens, i, j, title_case, ev));
        if let Some(f) = name_in_run(tokens, from, to, ev) {
            found.push(f);
        }
        i = j;
    }
    found
}

/// Reads the capitalised run `tokens[from..to]`: modifiers and a role,
/// then a name.
fn name_in_run<'a>(
    tokens: &[Token<'a>],
    from: usize,
    to: usize,
    ev: &Evidence,
) -> Option<Found<'a>> {
    let run = &tokens[from..to];
    let mut k = 0;
    // (and days and months: "Monday. Smith said")
    while k < run.len()
        && (lower_in(&FUNCTION_WORDS, &run[k]) || lower_in(&CALENDAR, &run[k]))
        && role_at(run, k).is_none()
    {
        k += 1;
    }
    // Modifiers ("Russian", "former", "U.S.") and roles lead up to the
    // name; the last role in the run introduces it.
    let mut role = role_before(tokens, from + k);
    let mut name_from = k;
    let mut p = k;
    while p < run.len() {
        match role_at(run, p).filter(|&n| p + n < run.len()) {
            Some(n) => {
                if run[k..p]
                    .last()
                    .is_some_and(|t| BUILDINGS.contains(&t.lower()))
                {
                    return None;
                }
                role = true;
                p += n;
                name_from = p;
            }
            None => p += 1,
        }
    }
    let mut name: Vec<&Token> = run[name_from..].iter().collect();
    // "Lavrov Friday", "Blinken The": the name ends at a word that cannot
    // be part of it
    if let Some(cut) = name.iter().position(|t| {
        let l = t.lower();
        CALENDAR.contains(l)
            || FUNCTION_WORDS.contains(l)
            || is_contraction(l)
            || PAGE_WORDS.contains(l)
    }) {
        name.truncate(cut);
    }
    // "Democrat Zephyr Teachout", "Iowa Republican Joni Ernst": a party,
    // a place or a people before a first name and a surname modifies the
    // name, and is not part of it
    while name.len() > 2 && is_modifier(name[0]) {
        name.remove(0);
    }
    // "Stated Stone:", "Said Trump:": a verb of saying opening the run
    while name.len() > 1 && is_saying(name[0].text) {
        name.remove(0);
    }
    // "Ted Cruz Cruz", "Donald Donald": a name ends before a word again
    if let Some(again) =
        (1..name.len()).find(|&i| name[..i].iter().any(|t| t.lower() == name[i].lower()))
    {
        name.truncate(again);
    }
    // "Hillary Clinton Donald Trump": two names with no comma between
    // (a given name last may be a surname: "Keith Lamont Scott")
    if let Some(next) = (2..name.len().saturating_sub(1)).find(|&i| {
        GIVEN_NAMES.contains(name[i].lower()) && name[i - 1].text.trim_end_matches('.').len() > 1
    }) {
        name.truncate(next);
    }
    // "San Diego", "West Hollywood": a place
    if name.len() > 1 && PLACE_PREFIXES.contains(name[0].lower()) {
        return None;
    }
    // "Charles G. and David H. Koch", "Robert C. \"Bobby\" Scott": a
    // name cut after an initial
    if name.len() > 1
        && name.last().is_some_and(|t| {
            let l = t.text.trim_end_matches('.');
            l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase())
        })
    {
        return None;
    }
    if let [only] = name[..]
        && single::refused(tokens, run, name_from, to, ev, only)
    {
        return None;
    }
    // "Crooked Hillary Clinton", "Universe Alicia Machado": a word glued
    // before a first name and a surname is not part of the name; nor a
    // common word before a surname the article uses alone ("Notice
    // Trump")
    while name.len() > 2 && !is_given(name[0], ev) && is_given(name[1], ev) {
        name.remove(0);
    }
    // ("Stop Trump", "Playing Trump", "Former Reagan": a verb's form or
    // an adjective that only leads up to a name)
    let leading = |t: &Token| {
        let l = t.lower();
        matches!(l, "former" | "stop" | "never" | "dump" | "late" | "then")
            || (l.len() >= 6 && l.ends_with("ing"))
    };
    if let [first, last] = name[..]
        && (ev.lone)(last.text)
        && !is_given(first, ev)
        && ((ev.common)(first.lower()) || leading(first))
    {
        name.remove(0);
    }
    // (a generational suffix after it is no word of the name proper:
    // "Vann R. Newkirk II")
    let proper = match name.split_last() {
        Some((last, rest)) if rest.len() >= 2 && is_suffix(last.text) => rest,
        _ => &name[..],
    };
    // "Jordan said" where the article names Jim Jordan: a place, a
    // common word, but the surname of a name it gives
    // (and says something there: "Israel said" is Steve Israel only then)
    let surname_of_article = || {
        name.len() == 1
            && (tokens[to.min(tokens.len())..]
                .iter()
                .filter(|t| t.word)
                .take(1)
                .any(|t| is_saying(t.lower()))
                || tokens[..from]
                    .iter()
                    .rev()
                    .find(|t| t.word)
                    .is_some_and(|t| is_reporting(t.lower())))
            && (ev.surnames)(name[0].text)
    };
    if name.is_empty() || name.len() > 4 || !(name_words_fit(proper) || surname_of_article()) {
        return None;
    }
    // "Crooked Hillary", "Crazy Bernie": an epithet (an adjective or a
    // participle) before a first name
    // ("Defeat Crooked Hillary" too)
    if let [.., first, last] = name[..]
        && !role
        && GIVEN_NAMES.contains(last.lower())
        && !is_given(first, ev)
        && ["ed", "ing", "y"]
            .iter()
            .any(|e| first.lower().ends_with(e))
    {
        return None;
    }
    if name.len() >= 2 && !role {
        // a given name of the hand list, or a recorded one the article
        // does not use as a common word ("Zephyr", not "Grant" beside "a
        // grant")
        let given = is_given(name[0], ev);
        let surname_alone = name.last().is_some_and(|t| (ev.lone)(t.text));
        let after = &tokens[to.min(tokens.len())..];
        let speaks = after
            .iter()
            .filter(|t| t.word)
            .take(2)
            .any(|t| is_reporting(t.lower()));
        let before_said = from >= 1
            && tokens[..from]
                .iter()
                .rev()
                .filter(|t| t.word)
                .take(1)
                .any(|t| is_reporting(t.lower()));
        let who = after.len() >= 2 && after[0].text == "," && after[1].text == "who";
        // "Minyon Moore, a senior adviser to the campaign", "Vann R.
        // Newkirk": a role set off after it, an initial inside it
        // (asked last: the other evidence is cheaper)
        let apposed = || {
            apposition(tokens, to)
                .iter()
                .take_while(|w| !FUNCTION_WORDS.contains(**w))
                .last()
                .is_some_and(|w| ROLES.iter().any(|r| r.last() == Some(w)))
        };
        let initial = name.len() >= 3
            && name[1..name.len() - 1].iter().any(|t| {
                let l = t.text.trim_end_matches('.');
                l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase())
            });
        // "Sherrod Brown (D-Ohio)": a party tag after it
        let party = after.len() >= 2
            && after[0].text == "("
            && after[1]
                .text
                .split_once('-')
                .is_some_and(|(p, _)| matches!(p, "D" | "R" | "I"));
        // "CNN's Wolf Blitzer", "Fox News' Megyn Kelly": an outlet's own
        let outlets = from >= 1 && {
            let t = &tokens[from - 1];
            t.possessive && OUTLETS.contains(&t.text)
        };
        if !(given
            || surname_alone
            || speaks
            || before_said
            || who
            || initial
            || party
            || outlets
            || apposed())
        {
            return None;
        }
    }
    if let [only] = name[..]
        && !role
    {
        role = single::speaks_alone(tokens, from, to, only);
    }
    let first = name[0];
    let last = name[name.len() - 1];
    let mut role_text: Vec<&str> = run[k..name_from].iter().map(|t| t.lower()).collect();
    if role_text.is_empty() {
        role_text = lower_role_before(tokens, from + k);
    }
    role_text.extend(apposition(tokens, to));
    Some(Found {
        words: name.iter().map(|t| t.text).collect(),
        start: first.start,
        end: last.end,
        role,
        role_text: role_text.join(" "),
    })
}

/// Finds the names in one article and binds its surname-only mentions to
/// full names it introduces.
pub fn names_of(a: &Article) -> Names {
    let blocks: Vec<(usize, Vec<Token>)> = a
        .body
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_story())
        .map(|(i, b)| (i, tokenize(b.text())))
        .collect();
    let lone: FxHashSet<&str> = blocks.iter().flat_map(|(_, t)| lone_words(t)).collect();
    // (a scan, asked of a few words an article: a set of every word
    // would cost more than the scans; each word's answer kept, as the
    // rules of a name ask of its first word several times)
    let asked: RefCell<HashMap<String, bool>> = RefCell::default();
    let common = |w: &str| {
        if let Some(&known) = asked.borrow().get(w) {
            return known;
        }
        let found = blocks
            .iter()
            .flat_map(|(_, t)| t.iter())
            .any(|t| t.word && t.text == w);
        asked.borrow_mut().insert(w.to_string(), found);
        found
    };
    // the words after a given name in a capitalised pair ("Jim Jordan")
    // (made when first asked: few articles ask)
    let surnames: OnceCell<FxHashSet<&str>> = OnceCell::new();
    let surname = |w: &str| {
        surnames
            .get_or_init(|| {
                blocks
                    .iter()
                    .flat_map(|(_, t)| t.windows(2))
                    .filter(|p| {
                        p[0].is_cap()
                            && p[1].is_cap()
                            && !p[1].sentence_start
                            && !NON_PERSON_HEADS.contains(p[1].lower())
                            && (GIVEN_NAMES.contains(p[0].lower())
                                || recorded_given_name(p[0].lower())
                                    .is_some_and(|_| !common(p[0].lower())))
                    })
                    .map(|p| p[1].text)
                    .collect()
            })
            .contains(w)
    };
    let ev = Evidence {
        lone: &|w| lone.contains(w),
        common: &common,
        surnames: &surname,
    };
    let author_key: Option<String> = a.author.as_deref().map(|au| {
        au.split_whitespace()
            .map(name_key)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let mut out: Vec<LocalMention> = Vec::new();
    let (mut forms, mut roles) = (Numbered::default(), Numbered::default());
    // each form's surname key, and whether it is a full name
    let mut of_form: Vec<(String, bool)> = Vec::new();
    for (block, tokens) in &blocks {
        for f in names_in(tokens, &ev) {
            // (keyed only to be told from the author's name)
            if let Some(author) = author_key.as_deref() {
                let key = f
                    .words
                    .iter()
                    .map(|w| name_key(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                if author == key {
                    continue;
                }
            }
            let form = forms.number(f.words.join(" "));
            if form as usize == of_form.len() {
                let written = forms.list.get(form as usize).unwrap_or_default();
                // "von der Leyen": a surname with its particles, no first name
                of_form.push((surname_key(written.split(' ')), is_full_name(written)));
            }
            let full = of_form[form as usize].1;
            out.push(LocalMention {
                block: small(*block),
                start: small(f.start),
                end: small(f.end),
                form,
                full: full.then(|| small(out.len())),
                role: f.role,
                role_text: (!f.role_text.is_empty()).then(|| roles.number(f.role_text)),
            });
        }
    }
    bind::bind_surnames(a, &mut out, &of_form, &forms.list);
    Names {
        forms: forms.list,
        roles: roles.list,
        mentions: out,
    }
}

#[cfg(test)]
mod tests;
