//! The context an attribution is made in: the article, its people and
//! quotations, the speakers found so far; and how "he"/"she" and a role
//! phrase ("the Russian envoy") resolve to a person in it.

use crate::language::names::{Gender, gender_of};
use crate::language::sentences::sentence_start;
use crate::language::verbs::is_saying;
use crate::model::{Article, ArticlePeople, Mention, Person, PersonIx};

/// Whether the person can be "he" (`female` false) or "she".
pub fn fits(p: &Person, female: bool) -> bool {
    let first = p.name.split(' ').next().unwrap_or("").to_lowercase();
    // a name that says neither fits both
    match gender_of(&first) {
        Some(Gender::Female) => female,
        Some(Gender::Male) => !female,
        None => true,
    }
}

pub fn pronoun(w: &str) -> Option<bool> {
    match w {
        "he" | "He" => Some(false),
        "she" | "She" => Some(true),
        _ => None,
    }
}

/// The context an attribution is made in.
#[derive(Debug)]
pub struct Context<'a> {
    pub article: &'a Article,
    /// The article's people: its mentions, in reading order, and the
    /// roles the text gives them.
    pub cast: &'a ArticlePeople,
    pub people: &'a [Person],
    /// Byte ranges (block, start, end) of every quotation, marks included.
    pub quoted: &'a [(usize, usize, usize)],
    /// Speakers found so far in this article: (block, person).
    pub recent: &'a [(usize, PersonIx)],
}

impl Context<'_> {
    pub fn text(&self, block: usize) -> &str {
        self.article.body[block].text()
    }

    pub fn inside_quote(&self, block: usize, at: usize) -> bool {
        self.quoted
            .iter()
            .any(|&(b, s, e)| b == block && s <= at && at < e)
    }

    pub fn mentions_in(
        &self,
        block: usize,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &Mention> {
        self.cast
            .mentions
            .iter()
            .filter(move |m| m.block() == block && m.start() >= from && m.end() <= to)
    }

    /// "he"/"she" at (block, at): the nearest fitting person before it
    /// in its sentence, else the speaker of a recent quote, else the
    /// nearest fitting person named before it outside quotations.
    pub fn resolve_pronoun(&self, block: usize, at: usize, female: bool) -> Option<PersonIx> {
        let text = self.text(block);
        let sentence = sentence_start(text, at);
        let fit = |m: &&Mention| {
            !self.inside_quote(m.block(), m.start()) && fits(&self.people[m.person], female)
        };
        if let Some(m) = self.mentions_in(block, sentence, at).filter(fit).last() {
            return Some(m.person);
        }
        // the person the sentences just before introduced, the subject of
        // a verb of saying first, then the first named, come before
        // earlier speakers (up to three sentences back, into the
        // paragraph before)
        let (mut b, mut end) = (block, sentence);
        for _ in 0..3 {
            let t;
            let from;
            if end <= 1 {
                b = match b.checked_sub(1) {
                    Some(p) if p + 1 == block => p,
                    _ => break,
                };
                t = self.text(b);
                end = t.len();
                // (the last sentence: its final stop ends no sentence
                // before it)
                from = sentence_start(t, t.trim_end().len());
            } else {
                t = self.text(b);
                // (`end` starts a sentence, after ". ")
                from = sentence_start(t, end - 2);
            }
            let named: Vec<&Mention> = self.mentions_in(b, from, end).filter(fit).collect();
            // (the word right after the name, cut where a word ends)
            let speaking = named.iter().find(|m| {
                t.get(m.end()..end)
                    .and_then(|rest| rest.split_whitespace().next())
                    .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                    .is_some_and(is_saying)
            });
            if let Some(m) = speaking.or(named.first()) {
                return Some(m.person);
            }
            end = from;
        }
        if let Some(&(_, p)) = self
            .recent
            .iter()
            .rev()
            .find(|(b, p)| block.saturating_sub(*b) <= 3 && fits(&self.people[*p], female))
        {
            return Some(p);
        }
        self.cast
            .mentions
            .iter()
            .rev()
            .filter(|m| (m.block(), m.start()) < (block, at))
            .find(fit)
            .map(|m| m.person)
    }

    /// "the Russian envoy", "the secretary of state": the person the
    /// article introduced with such a role, the latest named first.
    pub fn resolve_role(&self, block: usize, at: usize, phrase: &[&str]) -> Option<PersonIx> {
        let wanted: Vec<String> = phrase
            .iter()
            .map(|w| w.to_lowercase())
            .filter(|w| w != "the")
            .collect();
        if wanted.is_empty() {
            return None;
        }
        let mut best: Option<(usize, (usize, usize), PersonIx)> = None;
        for m in &self.cast.mentions {
            let role = self.cast.role(m);
            if (m.block(), m.start()) >= (block, at) || role.is_empty() {
                continue;
            }
            let role: Vec<&str> = role.split(' ').collect();
            let shared = wanted.iter().filter(|w| role.contains(&w.as_str())).count();
            if shared == 0 {
                continue;
            }
            let key = (shared, (m.block(), m.start()));
            if best.as_ref().is_none_or(|b| (b.0, b.1) < key) {
                best = Some((key.0, key.1, m.person));
            }
        }
        // the role may have been given at an earlier mention of the person
        best.map(|b| b.2)
    }
}
