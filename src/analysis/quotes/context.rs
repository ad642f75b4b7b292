//! The context an attribution is made in: the article, its people and
//! quotations, the speakers found so far; and how "he"/"she" and a role
//! phrase ("the Russian envoy") resolve to a person in it.

use crate::analysis::quotes::subject::possessive;
use crate::language::lexicon::PREPOSITIONS;
use crate::language::names::{Gender, gender_of};
use crate::language::sentences::sentence_start;
use crate::language::tokens::{Word, words};
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

/// "he"/"she" (`Some(false)`/`Some(true)`), contracted too ("He's",
/// "she'd").
pub fn pronoun(w: &str) -> Option<bool> {
    let w = w.split(['\'', '’']).next().unwrap_or(w);
    match w {
        "he" | "He" => Some(false),
        "she" | "She" => Some(true),
        _ => None,
    }
}

/// Where in a sentence "he" (`female` false) or "she" is a subject: as
/// it opens, after a joining word at most ("But he said…"), or before a
/// verb of saying ("That's why, he argued, …").
fn pronoun_subject(sentence: &str, female: bool) -> Option<usize> {
    let mut ws = words(sentence, 0, sentence.len()).into_iter().peekable();
    if ws
        .peek()
        .is_some_and(|w| matches!(w.text, "But" | "And" | "Still" | "However" | "Yet" | "So"))
    {
        ws.next();
    }
    let ws: Vec<Word> = ws.collect();
    if ws.first().is_some_and(|w| pronoun(w.text) == Some(female)) {
        return ws.first().map(|w| w.start);
    }
    ws.windows(2)
        .find(|p| pronoun(p[0].text) == Some(female) && is_saying(p[1].text))
        .map(|p| p[0].start)
}

/// Whether the words after a name start with a verb of saying, past an
/// adverb or two ("Ham also noted").
fn speaks(after: &str) -> bool {
    after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .take(3)
        .find(|w| !(ADVERBS.contains(w) || (w.len() > 4 && w.ends_with("ly"))))
        .is_some_and(is_saying)
}

/// Adverbs that stand between a subject and its verb.
const ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "again",
    "once",
    "further",
    "still",
    "even",
    "never",
    "often",
    "recently",
    "previously",
    "repeatedly",
];

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

    /// The person who opens the stretch `from..to` of block `block` as
    /// its subject: the first named outside a quotation, after at most
    /// `lead` words, followed by a word in lower case (a verb), and not
    /// a possessor ("Perez lobbies…", "Here's Clinton in 1992…").
    pub fn opening_subject(
        &self,
        block: usize,
        from: usize,
        to: usize,
        lead: usize,
    ) -> Option<&Mention> {
        let text = self.text(block);
        let m = self
            .mentions_in(block, from, to)
            .find(|m| !self.inside_quote(block, m.start()))?;
        // (past what is set off after the name: "Sen. Bernie Sanders
        // (Vt.), who lost the primaries to Clinton, identified …")
        let mut after = m.end();
        let rest = text.get(after..to)?;
        if rest.starts_with(" (") {
            after += rest.find(')').map_or(0, |i| i + 1);
        }
        let rest = text.get(after..to)?;
        if let Some(chunk) = rest.strip_prefix(',') {
            after += chunk
                .find(',')
                .filter(|&i| words(rest, 1, i + 1).len() <= 15)
                .map_or(0, |i| i + 2);
        }
        let verb_like = words(text, after, to)
            .first()
            .is_some_and(|w| w.text.starts_with(|c: char| c.is_lowercase()));
        // (or after an opening phrase set off by a comma: "On \"Face the
        // Nation,\" Sen. Bernie Sanders", "His former business partner,
        // Lawrence B. Cummings,")
        let lead_ok = words(text, from, m.start()).len() <= lead
            || text[from..m.start()]
                .rfind(',')
                .is_some_and(|c| lead > 0 && words(text, from + c, m.start()).len() <= 1);
        (lead_ok && verb_like && !possessive(text, m)).then_some(m)
    }

    pub fn mentions_in(
        &self,
        block: usize,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &Mention> {
        // (the mentions are in reading order, as `Resolver::cast` makes
        // them: found by halving, not by a scan of the article's all)
        let ms = &self.cast.mentions;
        let first = ms.partition_point(|m| (m.block(), m.start()) < (block, from));
        ms[first..]
            .iter()
            .take_while(move |m| m.block() == block && m.start() < to)
            .filter(move |m| m.end() <= to)
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
        let (mut looked, mut read) = (0, 0);
        while looked < 3 && read < 6 {
            read += 1;
            let t;
            let from;
            if end <= 1 {
                b = match b.checked_sub(1) {
                    Some(p) if block - p <= 2 => p,
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
            let (s_from, s_end) = (from, end);
            end = from;
            // a sentence whose subject is the same pronoun speaks of the
            // same person: the names after it are others ("He notes that
            // the Commission announced…")
            let cut = pronoun_subject(&t[s_from..s_end], female);
            let s_end = cut.map_or(s_end, |p| s_from + p);
            let named: Vec<&Mention> = self.mentions_in(b, s_from, s_end).filter(fit).collect();
            if cut.is_some() && named.is_empty() {
                continue;
            }
            looked += 1;
            let speaking = named.iter().find(|m| speaks(&t[m.end()..s_end]));
            // (not the object of a preposition: "serving under Obama")
            // (nor in a clause that opens the sentence: "While Obama had
            // artists writing songs about him, that concerns Henry Crespo")
            let opening = t[s_from..s_end]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "While"
                            | "Although"
                            | "Though"
                            | "When"
                            | "After"
                            | "Before"
                            | "Because"
                            | "Since"
                            | "If"
                            | "Unlike"
                            | "Like"
                            | "Whereas"
                    )
                })
                .then(|| t[s_from..s_end].find(',').map(|c| s_from + c))
                .flatten();
            let free = named.iter().find(|m| {
                !t[s_from..m.start()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PREPOSITIONS.contains(&w))
                    && opening.is_none_or(|c| m.start() > c)
            });
            if let Some(m) = speaking.or(free).or(named.first()) {
                return Some(m.person);
            }
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

    /// The person a definite role at (block, at) most likely stands for
    /// when no mention gave that role ("The Indiana governor said", "the
    /// Vermont senator acknowledged"): the first named earlier in its
    /// sentence, else the person who opens one of the sentences just
    /// before (up to four, into the paragraph before); `female` when the
    /// role says.
    pub fn topic_before(&self, block: usize, at: usize, female: Option<bool>) -> Option<PersonIx> {
        let fit = |m: &&Mention| {
            !self.inside_quote(m.block(), m.start())
                && female.is_none_or(|f| fits(&self.people[m.person], f))
        };
        let text = self.text(block);
        let sentence = sentence_start(text, at);
        if let Some(m) = self
            .mentions_in(block, sentence, at)
            .filter(fit)
            .find(|m| !possessive(text, m))
        {
            return Some(m.person);
        }
        let (mut b, mut end) = (block, sentence);
        for _ in 0..4 {
            let from = if end <= 1 {
                b = b.checked_sub(1).filter(|&p| block - p <= 2)?;
                let t = self.text(b);
                end = t.trim_end().len();
                sentence_start(t, end)
            } else {
                // (`end` starts a sentence, after ". ")
                sentence_start(self.text(b), end - 2)
            };
            if let Some(m) = self.opening_subject(b, from, end, 1).filter(fit) {
                return Some(m.person);
            }
            end = from;
        }
        None
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
        // (its head, and the names of places and parties in it, must be
        // in the role: "the Florida senator" is no senator from Vermont)
        let must: Vec<String> = phrase
            .iter()
            .enumerate()
            .filter(|&(i, w)| i + 1 == phrase.len() || (i > 0 && w.starts_with(char::is_uppercase)))
            .map(|(_, w)| w.to_lowercase())
            .collect();
        let mut best: Option<(usize, (usize, usize), PersonIx)> = None;
        for m in &self.cast.mentions {
            let role = self.cast.role(m);
            if (m.block(), m.start()) >= (block, at) || role.is_empty() {
                continue;
            }
            let role: Vec<&str> = role.split(' ').collect();
            let shared = wanted.iter().filter(|w| role.contains(&w.as_str())).count();
            let has = |w: &String| role.iter().any(|r| same_role_word(r, w));
            if shared == 0 || !must.iter().all(has) {
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

/// Whether a word of a role given in the text (`r`, "gov.") and a word
/// of a role phrase (`w`, "governor") are the same.
fn same_role_word(r: &str, w: &str) -> bool {
    r == w
        || matches!(
            (r.trim_end_matches('.'), w),
            ("gov", "governor")
                | ("sen", "senator")
                | ("rep", "representative" | "congressman" | "congresswoman")
                | ("gen", "general")
                | ("lt", "lieutenant")
                | ("sec", "secretary")
        )
}
