//! Who said it: rules over the words around a quotation.
//!
//! After the quote: `"…," NAME said`, `"…," said NAME`, `"…," he said`,
//! `"…," the Russian envoy said`, `"…," according to ROLE NAME`,
//! `"…," the State Department said`. Before it, in the same sentence:
//! `NAME said: "…"`, `NAME, who in a tweet on Thursday said: "…"`,
//! `he said he'd "…"`. Pronouns go to the nearest fitting person before
//! the quote outside quotations, or the speaker of a recent quote; role
//! phrases go to the person the article introduced with that role.

use super::detect::is_mark;
use crate::people::{Mention, Person, PersonIx};
use crate::store::Article;

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Person(PersonIx),
    /// An organisation ("State Department", "White House").
    Org(String),
    Unknown,
}

/// Verbs (and phrases) of saying, lower case.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "stated",
    "noted",
    "warned",
    "argued",
    "insisted",
    "explained",
    "claimed",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "announced",
    "declared",
    "remarked",
    "urged",
    "stressed",
    "acknowledged",
    "admitted",
    "suggested",
    "reminded",
    "reiterated",
    "continued",
    "recalled",
    "conceded",
    "cautioned",
    "predicted",
    "vowed",
    "promised",
    "called",
    "described",
    "saying",
    "adding",
    "noting",
    "telling",
    "warning",
    "arguing",
    "insisting",
    "stressing",
    "according",
];

/// Female and male given names, for "she"/"he" to fit.
const FEMALE: &[&str] = &[
    "abigail",
    "aisha",
    "alexandra",
    "alice",
    "alicia",
    "alina",
    "alison",
    "amanda",
    "amelia",
    "amy",
    "ana",
    "andrea",
    "angela",
    "anita",
    "ann",
    "anna",
    "anne",
    "annalena",
    "annette",
    "ashley",
    "audrey",
    "barbara",
    "beata",
    "beth",
    "betty",
    "bianca",
    "brenda",
    "camilla",
    "carla",
    "carmen",
    "carol",
    "caroline",
    "catherine",
    "charlotte",
    "cheryl",
    "christina",
    "christine",
    "claire",
    "clara",
    "claudia",
    "cynthia",
    "daniela",
    "danielle",
    "deborah",
    "denise",
    "diana",
    "diane",
    "donna",
    "elena",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "esther",
    "eva",
    "fatima",
    "fiona",
    "gabriela",
    "giorgia",
    "gloria",
    "grace",
    "hannah",
    "heather",
    "helen",
    "helena",
    "hillary",
    "ingrid",
    "irina",
    "isabel",
    "jacqueline",
    "jane",
    "janet",
    "jen",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "judith",
    "julia",
    "julie",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathy",
    "kristen",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "liz",
    "lucia",
    "lucy",
    "margaret",
    "maria",
    "marie",
    "marina",
    "marta",
    "martha",
    "mary",
    "maya",
    "megan",
    "melissa",
    "michelle",
    "monica",
    "nadia",
    "nancy",
    "natalia",
    "nicole",
    "nikki",
    "nina",
    "olena",
    "olga",
    "olivia",
    "pamela",
    "patricia",
    "paula",
    "priya",
    "rachel",
    "rebecca",
    "rosa",
    "ruth",
    "samantha",
    "sandra",
    "sara",
    "sarah",
    "sharon",
    "sofia",
    "sophie",
    "stephanie",
    "susan",
    "svetlana",
    "tanya",
    "teresa",
    "ursula",
    "valentina",
    "vera",
    "victoria",
    "wendy",
    "yasmin",
    "yulia",
    "zoe",
    "christine",
];

/// Whether the person can be "he" (`female` false) or "she".
fn fits(p: &Person, female: bool) -> bool {
    let first = p.name.split(' ').next().unwrap_or("").to_lowercase();
    let is_female = FEMALE.contains(&first.as_str());
    // a name we do not know either way fits both
    let known_male = !is_female && crate::people::is_given_name(&first);
    if female { !known_male } else { !is_female }
}

/// A word of the text around a quote, with its byte offset.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
}

fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        let i = i + from;
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: text[s..i].trim_end_matches('.'),
                    start: s,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: text[s..to].trim_end_matches('.'),
            start: s,
        });
    }
    out
}

fn is_verb(w: &str) -> bool {
    VERBS.contains(&w.to_lowercase().as_str())
}

fn pronoun(w: &str) -> Option<bool> {
    match w {
        "he" | "He" => Some(false),
        "she" | "She" => Some(true),
        _ => None,
    }
}

/// The context an attribution is made in.
pub struct Context<'a> {
    pub article: &'a Article,
    pub people: &'a [Person],
    /// Byte ranges (block, start, end) of every quotation, marks included.
    pub quoted: &'a [(usize, usize, usize)],
    /// Speakers found so far in this article: (block, person).
    pub recent: &'a [(usize, PersonIx)],
}

impl Context<'_> {
    fn text(&self, block: usize) -> &str {
        self.article.body[block].text()
    }

    fn inside_quote(&self, block: usize, at: usize) -> bool {
        self.quoted
            .iter()
            .any(|&(b, s, e)| b == block && s <= at && at < e)
    }

    fn mentions_in(&self, block: usize, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
        self.article
            .mentions
            .iter()
            .filter(move |m| m.block == block && m.start >= from && m.end <= to)
    }

    /// "he"/"she" at (block, at): the nearest fitting person before it
    /// in its sentence, else the speaker of a recent quote, else the
    /// nearest fitting person named before it outside quotations.
    fn resolve_pronoun(&self, block: usize, at: usize, female: bool) -> Option<PersonIx> {
        let text = self.text(block);
        let sentence = sentence_start(text, at);
        let fit = |m: &&Mention| {
            !self.inside_quote(m.block, m.start) && fits(&self.people[m.person], female)
        };
        if let Some(m) = self.mentions_in(block, sentence, at).filter(fit).last() {
            return Some(m.person);
        }
        if let Some(&(_, p)) = self
            .recent
            .iter()
            .rev()
            .find(|(b, p)| block.saturating_sub(*b) <= 3 && fits(&self.people[*p], female))
        {
            return Some(p);
        }
        self.article
            .mentions
            .iter()
            .rev()
            .filter(|m| (m.block, m.start) < (block, at))
            .find(fit)
            .map(|m| m.person)
    }

    /// "the Russian envoy", "the secretary of state": the person the
    /// article introduced with such a role, the latest named first.
    fn resolve_role(&self, block: usize, at: usize, phrase: &[&str]) -> Option<PersonIx> {
        let wanted: Vec<String> = phrase
            .iter()
            .map(|w| w.to_lowercase())
            .filter(|w| w != "the")
            .collect();
        if wanted.is_empty() {
            return None;
        }
        let mut best: Option<(usize, (usize, usize), PersonIx)> = None;
        for m in &self.article.mentions {
            if (m.block, m.start) >= (block, at) || m.role.is_empty() {
                continue;
            }
            let role: Vec<&str> = m.role.split(' ').collect();
            let shared = wanted.iter().filter(|w| role.contains(&w.as_str())).count();
            if shared == 0 {
                continue;
            }
            let key = (shared, (m.block, m.start));
            if best.as_ref().is_none_or(|b| (b.0, b.1) < key) {
                best = Some((key.0, key.1, m.person));
            }
        }
        // the role may have been given at an earlier mention of the person
        best.map(|b| b.2)
    }
}

/// Titles and abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jr", "sr", "prof",
    "rev", "adm", "capt", "sgt", "maj", "brig", "no", "vs", "u.s", "u.k", "u.n", "d.c", "a.m",
    "p.m",
];

/// Whether the `.`, `!` or `?` at byte `i` of `text` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let c = text[i..].chars().next().unwrap_or(' ');
    if c != '.' {
        return matches!(c, '!' | '?');
    }
    let word_start = crate::text::after_last(&text[..i], |ch| {
        ch.is_whitespace() || ch == '(' || is_mark(ch)
    });
    let word = text[word_start..i].to_lowercase();
    // "U.S." and initials ("J."), and titles ("Mr.")
    !(ABBREVIATIONS.contains(&word.as_str()) || word.chars().count() == 1 || word.contains('.'))
}

/// Byte offset where the sentence holding `at` starts.
fn sentence_start(text: &str, at: usize) -> usize {
    let before = &text[..at.min(text.len())];
    before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && before[i + 1..].starts_with(' ')
                && ends_sentence(text, i)
        })
        .map_or(0, |(i, _)| i + 2)
}

/// `"…," NAME said` and the other forms after the closing mark at `from`.
pub fn after_span(cx: &Context, block: usize, from: usize) -> Option<(Speaker, Option<String>)> {
    let text = cx.text(block);
    let next_quote = text[from..].find(is_mark).map_or(text.len(), |i| from + i);
    let sentence_end = text[from..]
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && ends_sentence(text, from + i))
        .map_or(text.len(), |(i, _)| from + i + 1);
    let to = next_quote.min(sentence_end);
    let ws = words(text, from, to);
    let v = ws.iter().take(8).position(|w| is_verb(w.text))?;
    let verb = ws[v].text.to_lowercase();
    // the subject before the verb: a name, a pronoun, a role, an organisation
    let before_verb = ws[..v].iter();
    if let Some(m) = cx.mentions_in(block, from, ws[v].start).last() {
        return Some((Speaker::Person(m.person), Some(verb)));
    }
    for w in before_verb.clone().rev() {
        if let Some(female) = pronoun(w.text) {
            return Some((
                cx.resolve_pronoun(block, w.start, female)
                    .map_or(Speaker::Unknown, Speaker::Person),
                Some(verb),
            ));
        }
    }
    let subject: Vec<&str> = ws[..v].iter().map(|w| w.text).collect();
    if !subject.is_empty() {
        if subject
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            && let Some(org) = organisation(&subject)
        {
            return Some((Speaker::Org(org), Some(verb)));
        }
        if let Some(p) = cx.resolve_role(block, from, &subject) {
            return Some((Speaker::Person(p), Some(verb)));
        }
    }
    // "said NAME", "according to ROLE NAME"
    let after_verb_end = ws.get(v + 8).map_or(to, |w| w.start);
    if let Some(m) = cx.mentions_in(block, ws[v].start, after_verb_end).next() {
        let verb = if verb == "according" {
            "according to".to_string()
        } else {
            verb
        };
        return Some((Speaker::Person(m.person), Some(verb)));
    }
    None
}

/// `NAME said: "…"` and the other forms before the opening mark at
/// `open`, within the sentence.
pub fn before_span(cx: &Context, block: usize, open: usize) -> Option<(Speaker, Option<String>)> {
    let text = cx.text(block);
    let start = sentence_start(text, open);
    // from the end of the previous quotation in the sentence, if any
    let start = cx
        .quoted
        .iter()
        .filter(|&&(b, _, e)| b == block && e <= open && e > start)
        .map(|&(_, _, e)| e)
        .max()
        .unwrap_or(start);
    let ws = words(text, start, open);
    let v = ws.iter().rposition(|w| is_verb(w.text))?;
    let verb = ws[v].text.to_lowercase();
    let participle = verb.ends_with("ing");
    // A participle ("saying", "noting") takes the subject of its clause,
    // the first in the sentence; a finite verb the nearest before it.
    let subject_words: Vec<Word> = ws[..v].to_vec();
    let mut people: Vec<&Mention> = cx.mentions_in(block, start, ws[v].start).collect();
    let pronouns: Vec<(usize, bool)> = subject_words
        .iter()
        .filter_map(|w| pronoun(w.text).map(|f| (w.start, f)))
        .collect();
    if participle {
        people.truncate(1);
    }
    let person = if participle {
        people.first()
    } else {
        people.last()
    };
    let pron = if participle {
        pronouns.first()
    } else {
        pronouns.last()
    };
    match (person, pron) {
        (Some(m), Some(&(p_at, female))) if p_at > m.start && !participle => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some((r.map_or(Speaker::Unknown, Speaker::Person), Some(verb)))
        }
        (Some(m), Some(&(p_at, female))) if p_at < m.start && participle => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some((r.map_or(Speaker::Unknown, Speaker::Person), Some(verb)))
        }
        (Some(m), _) => Some((Speaker::Person(m.person), Some(verb))),
        (None, Some(&(p_at, female))) => {
            let r = cx.resolve_pronoun(block, p_at, female);
            Some((r.map_or(Speaker::Unknown, Speaker::Person), Some(verb)))
        }
        (None, None) => {
            let subject: Vec<&str> = subject_words.iter().map(|w| w.text).collect();
            organisation(&subject).map(|org| (Speaker::Org(org), Some(verb)))
        }
    }
}

/// "the State Department", "The White House", "the Kremlin": an
/// organisation as the subject of a verb of saying.
fn organisation(words: &[&str]) -> Option<String> {
    // the capitalised run that ends the subject
    let run: Vec<&str> = words
        .iter()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !matches!(**w, "The" | "A")
        })
        .copied()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if run.is_empty() {
        return None;
    }
    let name = run.join(" ");
    let lower = name.to_lowercase();
    let org_heads = [
        "department",
        "house",
        "kremlin",
        "pentagon",
        "ministry",
        "office",
        "agency",
        "council",
        "commission",
        "committee",
        "government",
        "administration",
        "police",
        "army",
        "court",
        "embassy",
        "bank",
        "union",
        "nato",
        "company",
        "spokesperson",
    ];
    org_heads
        .iter()
        .any(|h| lower.split(' ').any(|w| w == *h))
        .then_some(name)
}
