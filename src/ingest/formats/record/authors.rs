//! Authors as scrapers and page metadata give them: lists padded with the
//! site's own name, "Author", reading times, dates, job titles and
//! "For Dailymail.Com". What is left is the people (or the wire service)
//! who wrote the article.

use crate::language::dates::{MONTHS, WEEKDAYS};
use crate::language::lexicon::PLACES;

/// Words that never stand in a person's byline: roles, page chrome,
/// credits for pictures.
const NOT_A_BYLINE: &[&str] = &[
    "author",
    "authors",
    "staff",
    "editorial",
    "editor",
    "editors",
    "reporter",
    "reporters",
    "correspondent",
    "writer",
    "columnist",
    "contributor",
    "contributors",
    "desk",
    "published",
    "updated",
    "posted",
    "min",
    "read",
    "more",
    "stories",
    "twitter",
    "facebook",
    "email",
    "follow",
    "images",
    "image",
    "photo",
    "photos",
    "getty",
    "former",
    "inc",
    "inc.",
    "ltd",
    "llc",
    "team",
    "newsroom",
    "admin",
    "administrator",
    "guest",
    "feature",
    "assignment",
    // sections of a site
    "technology",
    "politics",
    "business",
    "science",
    "sport",
    "sports",
    "entertainment",
    "health",
    "lifestyle",
    "opinion",
    "travel",
];

/// Words a site's name adds to its domain ("Spiegel Online", "ABC News").
const SITE_WORDS: &[&str] = &[
    "the", "online", "news", "com", "daily", "digital", "media", "magazine",
];

/// The authors among `raw`, cleaned and joined with ", "; `None` when
/// none is left. `site` is the article's source (a domain or a site's
/// name), whose own name is not an author.
pub fn authors<'a>(raw: impl IntoIterator<Item = &'a str>, site: Option<&str>) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for entry in raw {
        // "A, B and C" as one string
        for one in split_names(entry) {
            if let Some(a) = author(one, site)
                && !out.iter().any(|o| o.eq_ignore_ascii_case(&a))
            {
                out.push(a);
            }
        }
    }
    // a longer list is the page's names scraped, not a byline
    out.truncate(MOST);
    (!out.is_empty()).then(|| out.join(", "))
}

/// The most authors a byline names.
const MOST: usize = 4;

/// Words of a place's name besides [`PLACES`] ("New York", "Los Angeles").
const PLACE_WORDS: &[&str] = &[
    "new", "los", "las", "san", "santa", "north", "south", "east", "west", "united", "states",
    "kingdom", "city", "st",
];

/// The names of one string that may list several.
fn split_names(s: &str) -> Vec<&str> {
    s.split([',', ';', '|', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// One entry, cleaned, or `None` when it is no author.
fn author(entry: &str, site: Option<&str>) -> Option<String> {
    // "[[Jane Doe]]": a note app's link to the person's note
    let entry = entry.trim().trim_start_matches("[[").trim_end_matches("]]");
    let mut s: String = entry.split_whitespace().collect::<Vec<_>>().join(" ");
    for lead in ["By ", "by ", "BY "] {
        if let Some(rest) = s.strip_prefix(lead) {
            s = rest.to_string();
        }
    }
    // "Mark Prigg For Dailymail.Com", "Alex Horton Is A General Assignment Reporter"
    for cut in [" for ", " For ", " FOR ", " is ", " Is ", " in ", " In "] {
        if let Some(i) = s.find(cut) {
            s.truncate(i);
        }
    }
    let mut s = s
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '|'))
        .to_string();
    // "Blake Apgar Las Vegas Review-Journal": the site's name after a name
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let Some(k) = (2..words.len()).find(|&k| is_site(&words[k..], site)) {
        let keep = s.split_whitespace().take(k).collect::<Vec<_>>().join(" ");
        s = keep;
    }
    let s = s.as_str();
    let lower = s.to_lowercase();
    if lower.is_empty()
        || lower == "none"
        || lower == "null"
        || lower.contains("http")
        || lower.contains("www.")
        || lower.contains('@')
        || s.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    // (a month that is also a name, as in Theresa May, is a name)
    let calendar = |w: &str| {
        !matches!(w, "may" | "june" | "april" | "august")
            && (MONTHS.iter().any(|m| m.contains(&w)) || WEEKDAYS.contains(&w))
    };
    if words.len() < 2 && !is_wire(&lower) {
        // one word: a first name alone, a city, a month, a site
        return None;
    }
    let place = |w: &&str| PLACES.contains(w) || PLACE_WORDS.contains(w);
    if words
        .iter()
        .any(|w| NOT_A_BYLINE.contains(w) || calendar(w))
        || words.iter().all(place)
        || is_site(&words, site)
    {
        return None;
    }
    Some(s.to_string())
}

/// A wire service, which may sign alone.
fn is_wire(lower: &str) -> bool {
    matches!(
        lower,
        "reuters" | "afp" | "ap" | "upi" | "bloomberg" | "dpa" | "efe" | "ansa"
    )
}

/// Whether `words` (lower case) name the site `site` is: its domain's
/// name with or without the site's common words, or its initials ("DW"
/// for Deutsche Welle at dw.com).
fn is_site(words: &[&str], site: Option<&str>) -> bool {
    let Some(site) = site else { return false };
    let site = site.to_lowercase();
    let labels: Vec<String> = if site.contains('.') && !site.contains(' ') {
        site.split('.')
            .filter(|l| !matches!(*l, "www" | "com" | "co" | "org" | "net" | "uk" | "go"))
            .map(str::to_string)
            .collect()
    } else {
        vec![site.chars().filter(|c| c.is_alphanumeric()).collect()]
    };
    let letters = |w: &str| {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    let all: String = words.iter().map(|w| letters(w)).collect();
    let core: String = words
        .iter()
        .filter(|w| !SITE_WORDS.contains(w))
        .map(|w| letters(w))
        .collect();
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    labels
        .iter()
        .any(|l| l.len() >= 2 && (*l == all || *l == core || (words.len() >= 2 && *l == initials)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(raw: &[&str], site: &str) -> Option<String> {
        authors(raw.iter().copied(), Some(site))
    }

    #[test]
    fn noise_around_authors_is_dropped() {
        let cases: &[(&[&str], &str, Option<&str>)] = &[
            (
                &["Mark Prigg For Dailymail.Com"],
                "www.dailymail.co.uk",
                Some("Mark Prigg"),
            ),
            (
                &["Reuters Editorial", "Reuters Staff", "Min Read"],
                "www.reuters.com",
                None,
            ),
            (
                &["Steve Holland", "Elaine Lies", "Min Read"],
                "www.reuters.com",
                Some("Steve Holland, Elaine Lies"),
            ),
            (&["Abc News", "More Elizabeth"], "abcnews.go.com", None),
            (
                &["Deutsche Welle", "Www.Dw.Com", "Author", "Carsten Grün"],
                "www.dw.com",
                Some("Carsten Grün"),
            ),
            (
                &["Spiegel Online", "Hamburg", "Philipp Oehmke", "Twitter"],
                "www.spiegel.de",
                Some("Philipp Oehmke"),
            ),
            (&["The Jakarta Post"], "www.thejakartapost.com", None),
            (
                &["Jim Michaels", "Published A.M. Et Nov."],
                "www.usatoday.com",
                Some("Jim Michaels"),
            ),
            (
                &[
                    "Alex Horton Is A General Assignment Reporter",
                    "Former Army Infantryman.",
                ],
                "www.washingtonpost.com",
                Some("Alex Horton"),
            ),
            (
                &["Sean Keach", "Digital Technology", "Science Editor"],
                "www.thesun.co.uk",
                Some("Sean Keach"),
            ),
            (
                &["February", "Tyler Treese"],
                "www.playstationlifestyle.net",
                Some("Tyler Treese"),
            ),
            (
                &["The Associated Press"],
                "www.nytimes.com",
                Some("The Associated Press"),
            ),
            (&["Dailymail.Com Reporter"], "www.dailymail.co.uk", None),
            (
                &["Ketan Pratap", "Email Ketan"],
                "gadgets.ndtv.com",
                Some("Ketan Pratap"),
            ),
            (&["Reuters"], "www.nytimes.com", Some("Reuters")),
            (
                &["By Jane Doe and John Roe"],
                "example.com",
                Some("Jane Doe, John Roe"),
            ),
            (&["None"], "example.com", None),
            (
                &["Theresa May", "June Smith"],
                "example.com",
                Some("Theresa May, June Smith"),
            ),
            (
                &["Blake Apgar Review-Journal", "Mike Shoro"],
                "www.reviewjournal.com",
                Some("Blake Apgar, Mike Shoro"),
            ),
            (
                &["Will Pavia", "New York", "Mark Bridge"],
                "www.thetimes.co.uk",
                Some("Will Pavia, Mark Bridge"),
            ),
            (
                &["A One", "B Two", "C Three", "D Four", "E Five"],
                "x.org",
                Some("A One, B Two, C Three, D Four"),
            ),
        ];
        for (raw, site, want) in cases {
            assert_eq!(clean(raw, site).as_deref(), *want, "{raw:?}");
        }
    }

    #[test]
    fn the_same_author_twice_is_named_once() {
        assert_eq!(
            clean(&["Ann Lee", "ann lee", "Bo Chan"], "x.org").as_deref(),
            Some("Ann Lee, Bo Chan")
        );
        assert_eq!(authors(["Ann Lee"], None).as_deref(), Some("Ann Lee"));
    }
}
