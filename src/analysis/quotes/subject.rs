//! The subject of a verb of saying beside a quotation: a person named,
//! or an organisation; and what an attribution rule finds.

use crate::language::lexicon::{
    DEMONYMS, FUNCTION_WORDS, GIVEN_NAMES, GROUPS, NEWS_BODIES, NON_PERSON_HEADS, ORG_HEADS,
    PLACES, PREPOSITIONS, ROLES, TITLE_HEADS,
};
use crate::language::names::recorded_given_name;
use crate::language::tokens::{Word, words};
use crate::language::verbs::is_saying;
use crate::model::{Mention, PersonIx, Speaker, Why};

/// Who said a quote, the verb of saying, and the rule that chose them.
pub type Found = (Speaker, Option<String>, Option<Why>);

/// A person found by `why` (or none, when a pronoun or a role led to no
/// one), with the verb.
pub fn found_person(p: Option<PersonIx>, verb: String, why: Why) -> Found {
    match p {
        Some(p) => (Speaker::Person(p), Some(verb), Some(why)),
        None => (Speaker::Unknown, Some(verb), None),
    }
}

/// Of the people named before a verb at `verb_at` of `text`, its subject:
/// the last named right before it, or before a chunk set off by commas
/// or brackets that ends there ("Sen. Bernie Sanders (Vt.), who lost the
/// primaries to Clinton, said"); else the last named.
pub fn subject_of<'m>(text: &str, named: &[&'m Mention], verb_at: usize) -> Option<&'m Mention> {
    let subject = |m: &&&Mention| {
        let gap = text.get(m.end()..verb_at).unwrap_or("").trim();
        let chunk = words(text, m.end(), verb_at);
        gap.is_empty()
            || (gap.starts_with([',', '('])
                && gap.ends_with([',', ')'])
                && !chunk.is_empty()
                && !chunk.iter().any(|w| is_saying(w.text)))
    };
    named.iter().rev().find(subject).or(named.last()).copied()
}

/// "the State Department", "The White House", "the Kremlin": an
/// organisation as the subject of a verb of saying.
pub fn organisation(words: &[&str]) -> Option<String> {
    // the capitalised run that ends the subject
    let run: Vec<&str> = words
        .iter()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !FUNCTION_WORDS.contains(w.to_lowercase().as_str())
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
    // (or a run a word of which heads names of things: "Zero Hedge asked")
    let last = lower.rsplit(' ').next().unwrap_or("");
    let first = lower.split(' ').next().unwrap_or("");
    // (two words at least: "Law said" is Steven Law)
    // (not a person named with a title: "Atlantic City Mayor Don
    // Guardian", "Senate Minority Whip Dick Durbin")
    let given = run.iter().rev().skip(1).any(|w| first_name(w));
    let things = run.len() > 1
        && !given
        && (NON_PERSON_HEADS.contains(last) || NON_PERSON_HEADS.contains(first));
    if ORG_HEADS.iter().any(|h| lower.split(' ').any(|w| w == *h)) || things {
        return Some(name);
    }
    // one word that names a body: "Reuters reported", "Japan branded"
    // (not a given name: "Georgia", "Jordan"; not a preposition's
    // object: "the senator from Vermont said")
    let before = words.len() - run.len();
    let object = before > 0 && PREPOSITIONS.contains(&words[before - 1]);
    if let [one] = run[..]
        && !object
    {
        let l = one.to_lowercase();
        if NEWS_BODIES.contains(l.as_str())
            || (PLACES.contains(l.as_str()) && !GIVEN_NAMES.contains(l.as_str()))
        {
            return Some(name);
        }
    }
    // "The Hill reported", "The Blaze wrote": a title after "The",
    // unless a role or a group ("The President", "The Republican")
    let the = before > 0 && matches!(words[before - 1], "The" | "the");
    let kind = |w: &&str| {
        let l = w.to_lowercase();
        let l = l.as_str();
        DEMONYMS.contains(l)
            || TITLE_HEADS.contains(l)
            || GIVEN_NAMES.contains(l)
            || GROUPS.contains(l.trim_end_matches('s'))
            || ROLES.iter().any(|r| r.last() == Some(&l))
    };
    (the && run.len() <= 2 && !run.iter().any(kind)).then(|| format!("The {name}"))
}

/// Whether `word` is a common first name ("Don", "Dick"): the lists'
/// given names, and those of the recorded names borne by 20,000 or more.
pub fn first_name(word: &str) -> bool {
    let l = word.to_lowercase();
    GIVEN_NAMES.contains(l.as_str())
        || recorded_given_name(&l).is_some_and(|(b, g)| b + g >= 20_000)
}

/// `Ryan's comments`: a name standing as a possessor, unless of what
/// speaks for the person (`Ryan's campaign`, `Sanders' fundraising
/// email`).
pub fn possessive(text: &str, m: &Mention) -> bool {
    let rest = text.get(m.end()..).unwrap_or("");
    let Some(p) = ["'s", "’s", "'", "’"]
        .iter()
        .find(|p| rest.starts_with(**p))
    else {
        return false;
    };
    let end = (m.end() + p.len() + 40).min(text.len());
    let end = (m.end()..=end)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(m.end());
    // (but "Obama's former campaign strategist": a role after it)
    let ws = words(text, m.end() + p.len(), end);
    let Some(i) = ws
        .iter()
        .take(3)
        .position(|w| SPEAKS_FOR.contains(&w.text.to_lowercase().as_str()))
    else {
        return true;
    };
    ws.get(i + 1).is_some_and(|w| {
        let l = w.text.to_lowercase();
        ROLES.iter().any(|r| r.last() == Some(&l.as_str()))
    })
}

/// `the Indiana governor`, `The New York businessman`: a definite role
/// as the words of a subject, and the gender it gives (`Some(true)` for
/// a woman's, `None` when it gives none); `None` when the words are no
/// such role.
pub fn definite_role(words: &[&str]) -> Option<Option<bool>> {
    let (first, last) = (words.first()?, words.last()?.to_lowercase());
    if words.len() > 6 || !matches!(*first, "the" | "The") {
        return None;
    }
    let role = ROLES.iter().any(|r| r.last() == Some(&last.as_str()))
        || TITLE_HEADS.contains(last.as_str())
        || matches!(
            last.as_str(),
            "businessman"
                | "businesswoman"
                | "billionaire"
                | "mogul"
                | "nominee"
                | "candidate"
                | "congressman"
                | "congresswoman"
                | "lawmaker"
                | "front-runner"
                | "frontrunner"
        );
    // (a role words only: "the senator", not "the senator's office")
    let plain = words[1..]
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
    (role && plain).then(|| {
        if last.ends_with("woman") {
            Some(true)
        } else if last.ends_with("man") {
            Some(false)
        } else {
            None
        }
    })
}

/// What speaks for its possessor: `Ryan's campaign said`.
const SPEAKS_FOR: &[&str] = &[
    "campaign",
    "office",
    "team",
    "email",
    "statement",
    "website",
    "letter",
    "tweet",
    "account",
];

/// People named by what they are: the heads of a description of an
/// unnamed source ("a senior administration official", "another New
/// Hampshire Republican").
const SOURCE_HEADS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "strategist",
    "operative",
    "insider",
    "insiders",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "voter",
    "voters",
    "supporter",
    "supporters",
    "resident",
    "residents",
    "member",
    "members",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "lawmaker",
    "lawmakers",
    "diplomat",
    "diplomats",
    "officer",
    "officers",
    "executive",
    "executives",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "activist",
    "activists",
    "protester",
    "protesters",
    "delegate",
    "delegates",
    "donor",
    "donors",
    "consultant",
    "pollster",
    "lawyer",
    "attorney",
    "veteran",
    "veterans",
    "person",
    "people",
    "man",
    "woman",
    "student",
    "students",
    "worker",
    "workers",
    "leader",
    "leaders",
    "critic",
    "critics",
    "observer",
    "observers",
    "participant",
    "attendee",
    "friend",
    "neighbor",
    "neighbour",
    "colleague",
    "person familiar",
    "investigator",
    "investigators",
    "prosecutor",
    "prosecutors",
    "candidate",
    "organizer",
    "organiser",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "niece",
    "nephew",
    "cousin",
    "widow",
    // documents that speak for their authors
    "memo",
    "report",
    "study",
    "survey",
    "poll",
    "complaint",
    "document",
    "letter",
    "brief",
    "lawsuit",
    "editorial",
    "filing",
    "ruling",
    "petition",
];

/// Where a word ends.
fn end_of(w: &Word) -> usize {
    w.start + w.text.len()
}

/// `a senior administration official`, `another New Hampshire
/// Republican`, `two people familiar with the talks`: the description an
/// unnamed source is given, from its determiner to its head (the words
/// of `clause`, cut at a comma, a bracket or "who").
pub fn described(clause: &str, possessed: bool) -> Option<String> {
    let cut = clause
        .find([',', '(', ';', '—', '–'])
        .unwrap_or(clause.len());
    let mut ws = words(clause, 0, cut);
    // ("as a Homeland Security memo put it")
    if ws.first().is_some_and(|w| w.text == "as") {
        ws.remove(0);
    }
    let first = ws.first()?.text.to_lowercase();
    // (or, when `possessed`, a possessor: "said Scott's niece"; as a
    // subject, "Obama's former campaign strategist said" is a role)
    let possessor = possessed
        && ws[0].text.starts_with(char::is_uppercase)
        && (first.ends_with("'s") || first.ends_with("’s"));
    if !possessor
        && !matches!(
            first.as_str(),
            "a" | "an"
                | "another"
                | "one"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "other"
        )
    {
        return None;
    }
    let head = ws
        .iter()
        .take(9)
        .rposition(|w| SOURCE_HEADS.contains(&w.text.to_lowercase().as_str()))?;
    // and whom they serve or know, when said in a few words: "a
    // longtime adviser to Bill Clinton", "a person close to the
    // Clintons", "a spokesman for Platte River"
    let rest = &ws[head + 1..];
    let leads = rest.first().is_some_and(|w| {
        matches!(
            w.text,
            "to" | "for" | "of" | "with" | "at" | "from" | "close" | "familiar"
        )
    });
    let stop = |w: &Word| {
        matches!(
            w.text,
            "who" | "that" | "which" | "and" | "but" | "when" | "as" | "because" | "in" | "on"
        ) || is_saying(w.text)
            || (w.text.len() > 4 && w.text.ends_with("ed"))
            || w.text.ends_with("ing")
    };
    let taken = rest.iter().take_while(|w| !stop(w)).count();
    let end = match rest.get(..taken) {
        // (not one cut after a possessor: "familiar with Cruz's")
        Some(c)
            if leads
                && (2..=6).contains(&c.len())
                && !["'s", "’s"]
                    .iter()
                    .any(|p| c[c.len() - 1].text.ends_with(p)) =>
        {
            end_of(&c[c.len() - 1])
        }
        _ => end_of(&ws[head]),
    };
    Some(clause[ws[0].start..end].to_string())
}

#[cfg(test)]
mod tests;
