//! Site furniture: the lines a web page wraps around a story (section
//! labels, time stamps, bylines, "More:" links, captions, comment policy).
//! None of it is the headline or the story; some of it names the author,
//! the date or the outlet.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::language::dates as textdate;
use crate::language::lexicon::PARTICLE_WORDS;
use crate::language::marks::is_quote_mark;
use crate::language::sentences::closes_clause;

/// What a furniture paragraph is, and what it tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Furniture {
    /// Site chrome with nothing to keep ("Trending", "·4 min read",
    /// the comment policy): dropped.
    Chrome,
    /// A time stamp ("Jan. 21, 2022 / 7:26 AM"): dropped, its date kept.
    Stamp(Option<NaiveDate>),
    /// A byline ("By NAME", "Follow NAME online @handle"): dropped, the
    /// author kept, and the outlet when the byline names one.
    Byline {
        author: String,
        outlet: Option<String>,
    },
    /// Not the story but worth showing apart: a caption, a "More:" link, a
    /// credit line. May name the outlet ("This article originally appeared
    /// on USA TODAY").
    Aside { outlet: Option<String> },
}

/// A person's name as bylines print it: capitalised words, initials,
/// particles such as "de" or "van" (the lexicon's).
static NAME: LazyLock<String> = LazyLock::new(|| {
    let particles: Vec<String> = PARTICLE_WORDS
        .split_whitespace()
        .map(regex::escape)
        .collect();
    format!(
        r"\p{{Lu}}[\p{{L}}'’.-]*(?:\s+(?:(?:{})\s+)?\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}",
        particles.join("|")
    )
});

/// Compiles a pattern with ASCII word boundaries: a Unicode `\b` makes the
/// regex engine leave its fast path on any non-ASCII text.
fn re(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("static regex is valid")
}

static CHROME_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:advertisement|trending(?: now)?|breaking(?: news)?|skip to (?:main )?content|share(?: this (?:article|story))?|listen to this article|most read|recommended|sponsored(?: content)?|read more|subscribe|sign in|log in|menu|close)$",
    )
});
static READ_TIME: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^[·•|\-–]?\s*\d+\s*(?:min|mins|minute|minutes)\.?\s+read\b.{0,20}$"));
// Each pattern that may match anywhere is kept apart from those anchored
// at the start: in one pattern, the unanchored part makes the whole of
// every paragraph be searched.
static BOILERPLATE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:copyright|©)\s|^sign up for (?:our|the) .*newsletter|^get the .* newsletter|^sign up to (?:receive|get) .{0,120}\b(?:newsletter|e-?mails?|inbox|alerts)\b|^(?:we|this (?:site|website)) uses? cookies\b.{0,200}\b(?:experience|browsing|cookie policy|consent|agree|personali[sz]e|analy[sz]e|advertising)|^have a (?:news )?tip\b.{0,80}\b(?:email|contact|send)\b",
    )
});
static BOILERPLATE_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)our goal is to create a safe and engaging place|suspending article commenting|(?:comments?|commenting) (?:are|is|has been) (?:closed|disabled|turned off)|all rights reserved",
    )
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let name = NAME.as_str();
    re(&format!(
        r"^(?i:by)\s+({name}(?:\s*(?:,|and|&)\s*{name})*?)(?:\s*(?:,|\||/|-|–|—)\s*([^,]{{2,40}}))?\.?$"
    ))
});
static FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    let name = NAME.as_str();
    re(&format!(
        r"^(?i:follow)\s+({name})\s+(?i:(?:online|on twitter|on x|on instagram|on threads|on bluesky)\s+)?(?i:at\s+)?@[\w.]+\.?$"
    ))
});
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:Learn more|More|Read more|Read also|Also read|Read next|Related|See also|Watch|WATCH|Listen|LISTEN|READ MORE|MORE|RELATED)\s*:\s*\S",
    )
});
static CREDIT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:contributing|contributors?|contributed by)\s*:|^[-–—]*\(?(?:with |additional )?(?:reporting|writing|editing) (?:by|from)\b|^(?:compiled|written|edited) by\b.{0,80}$",
    )
});
/// "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler
/// from Kaneohe Bay.", "Bryant Rousseau and Caryn Wilson contributed
/// reporting.": a short paragraph of reporters' names.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[A-Z][A-Za-z.'’-]+ ?){1,4}(?:(?:,|,? and) (?:[A-Z][A-Za-z.'’-]+ ?){1,4})*(?:reported|contributed(?: reporting)?)(?: from .+|\.)$",
    )
});
/// Matched in the paragraph's last [`CREDIT_TAIL`] bytes.
static CREDIT_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bcontributed (?:to )?this (?:report|story|article)\.?$"));
static ORIGINALLY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^this (?:article|story|report) (?:originally |first )?(?:appeared|was (?:originally |first )?published|ran) (?:on|in) (?:the )?(.+?)(?:\s*:|\.|$)",
    )
});
// The credit's name is `[^.!?]+`, not a bounded `{1,80}`: a bounded
// repeat of a Unicode class makes the lazy DFA of this end-anchored
// pattern thrash, rebuilding its states on nearly every paragraph (half
// the load time of a real archive). [`CAPTION_TAIL`] bounds it instead.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b(?:Photo(?:graph)?|PHOTO|Picture|Image|File photo)s?\s*(?:by|courtesy of|credit:?|:)\s+\p{Lu}[^.!?]+\.?|\((?:AP|AFP|Reuters|Getty|EPA)[^)]{0,40}(?:Photo|Images|Image)[^)]{0,60}\)|/\s?(?:Getty Images|Reuters|AFP|AP|EPA-EFE|EPA))\s*$",
    )
});

/// Longest paragraph that can be a label, a time stamp or a byline.
const SHORT_LINE: usize = 160;
/// Longest paragraph checked for boilerplate (a comment policy, a copyright).
const BOILERPLATE_MAX: usize = 600;
/// A photo credit sits in the last this-many bytes of a caption.
const CAPTION_TAIL: usize = 160;
/// "… contributed to this report." sits in the last this-many bytes.
const CREDIT_TAIL: usize = 80;

/// The last `n` bytes of `s` or a little more, from the start of a word
/// (so that a word boundary in it is one in `s`).
fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    let t = &s[start..];
    if start == 0 || !s[..start].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        return t;
    }
    // cut inside a word: from the next one
    t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or("", |i| &t[i..])
}

/// Whether `p` opens with `word`, in any case.
fn opens_with(p: &str, word: &str) -> bool {
    p.as_bytes()
        .get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
}

/// Whether a paragraph's tail can hold a photo credit at all: the
/// literals [`CAPTION`] cannot match without.
fn may_be_caption(t: &str) -> bool {
    ["Photo", "PHOTO", "Picture", "Image", "File photo", "/"]
        .iter()
        .any(|w| t.contains(w))
        || t.trim_end().ends_with(')')
}

/// Classifies one paragraph; `None` means it is part of the story.
pub fn classify(par: &str) -> Option<Furniture> {
    let p = par.trim();
    // Labels, stamps and bylines are short, a comment policy a few lines:
    // most story paragraphs need only the anchored and tail checks below.
    let short = p.len() <= SHORT_LINE;
    if short && (CHROME_LABEL.is_match(p) || READ_TIME.is_match(p))
        || p.len() <= BOILERPLATE_MAX
            && (BOILERPLATE_HEAD.is_match(p) || BOILERPLATE_ANYWHERE.is_match(p))
    {
        return Some(Furniture::Chrome);
    }
    if short && textdate::is_date_stamp(p) {
        return Some(Furniture::Stamp(textdate::find_date(p)));
    }
    // (the patterns below that capture are tried only where they can
    // begin: a capture costs an allocation at every paragraph)
    // ("\"Follow NAME on Twitter @x.\"", as a page may quote it)
    let unquoted = p.trim_matches(|c: char| c == '"' || c == '“' || c == '”');
    if short
        && opens_with(unquoted, "follow")
        && let Some(c) = FOLLOW.captures(unquoted)
    {
        return Some(Furniture::Byline {
            author: c[1].to_string(),
            outlet: None,
        });
    }
    if short
        && opens_with(p, "by")
        && let Some(c) = BYLINE.captures(p)
    {
        return Some(Furniture::Byline {
            author: c[1].trim().to_string(),
            outlet: c.get(2).map(|m| m.as_str().trim().to_string()),
        });
    }
    if opens_with(p, "this ")
        && let Some(c) = ORIGINALLY.captures(p)
    {
        return Some(Furniture::Aside {
            outlet: Some(c[1].trim().to_string()),
        });
    }
    let end = tail(p, CAPTION_TAIL);
    let credit = p.len() <= 2 * SHORT_LINE
        && (p.contains(" reported from ") || p.contains(" contributed"))
        && REPORTED.is_match(p);
    if credit
        || LINK.is_match(p)
        || CREDIT_HEAD.is_match(p)
        || CREDIT_END.is_match(tail(p, CREDIT_TAIL))
        || may_be_caption(end) && CAPTION.is_match(end)
    {
        return Some(Furniture::Aside { outlet: None });
    }
    None
}

/// A section label above a headline ("World News"): a few words, no
/// sentence punctuation, short (a line of Chinese is one "word" but no
/// label). Only meaningful before the headline.
pub fn is_kicker(par: &str) -> bool {
    let p = par.trim();
    let words = p.split_whitespace().count();
    (1..=3).contains(&words)
        && crate::text::width(p) <= 30
        && !closes_clause(p)
        && !p.contains(is_quote_mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(p: &str) -> Option<String> {
        match classify(p) {
            Some(Furniture::Aside { outlet }) => outlet,
            Some(Furniture::Byline { outlet, .. }) => outlet,
            _ => None,
        }
    }

    #[test]
    fn chrome_is_recognised() {
        for p in [
            "Trending",
            "·4 min read",
            "5 min read",
            "Advertisement",
            "Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting",
        ] {
            assert_eq!(classify(p), Some(Furniture::Chrome), "{p}");
        }
    }

    #[test]
    fn stamps_keep_their_date() {
        assert_eq!(
            classify("Jan. 21, 2022 / 7:26 AM"),
            Some(Furniture::Stamp(NaiveDate::from_ymd_opt(2022, 1, 21)))
        );
        assert_eq!(
            classify("Updated January 21, 2022 at 10:05 AM ET"),
            Some(Furniture::Stamp(NaiveDate::from_ymd_opt(2022, 1, 21)))
        );
    }

    #[test]
    fn bylines_give_the_author_and_sometimes_the_outlet() {
        assert_eq!(
            classify("By Clyde Hughes"),
            Some(Furniture::Byline {
                author: "Clyde Hughes".into(),
                outlet: None
            })
        );
        assert_eq!(
            classify("Follow Matthew Brown online @mrbrownsir."),
            Some(Furniture::Byline {
                author: "Matthew Brown".into(),
                outlet: None
            })
        );
        assert_eq!(
            classify("By Jane van Dyke, USA TODAY"),
            Some(Furniture::Byline {
                author: "Jane van Dyke".into(),
                outlet: Some("USA TODAY".into())
            })
        );
        assert_eq!(classify("By the time they met, it was over."), None);
    }

    #[test]
    fn asides_are_kept_apart_and_may_name_the_outlet() {
        assert_eq!(
            outlet(
                "This article originally appeared on USA TODAY: Antony Blinken visits Ukraine as tensions with Russia escalate"
            ),
            Some("USA TODAY".into())
        );
        for p in [
            "Learn more: What's happening in Ukraine? Russian troops at border raise new invasion fear",
            "More: Biden, Democrats call for sanctions on Putin",
            "Contributing: The Associated Press",
            "With reporting by AFP, AP, dpa, and Reuters",
            "Associated Press writers Lisa Mascaro and Kevin Freking contributed to this report.",
            "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler and Coral Davenport from Kaneohe Bay, Hawaii.",
            "Bryant Rousseau and Caryn Wilson contributed reporting.",
            "Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.",
            "--additional reporting from Darren Samuelsohn.",
            "Secretary of State Antony Blinken (L) and Russian Foreign Minister Sergey Lavrov (R) attend bilateral talks on soaring tensions over Ukraine in Geneva, Switzerland on Friday. Photo by Martial Trezzini/EPA-EFE",
        ] {
            assert_eq!(classify(p), Some(Furniture::Aside { outlet: None }), "{p}");
        }
    }

    #[test]
    fn story_text_is_not_furniture() {
        for p in [
            "Russia is looking for concrete answers",
            "More than 100 meetings were held with allies.",
            "On Thursday, Blinken warned Moscow that any military aggression against Ukraine would cost Russia dearly.",
            "He posed for a photo by the lake.",
            "Trump contributed $100,000 to the campaign from his own money.",
            "Clinton's aides said she reported from memory what the email said.",
        ] {
            assert_eq!(classify(p), None, "{p}");
        }
    }
}
