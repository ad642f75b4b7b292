//! The query language on the bundled articles, through the same index and
//! matcher the filter bar uses.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use gazette::query::{self, Field, Matcher};
use gazette::store::{self, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 25).unwrap()
}

fn ids(store: &Store, q: &str) -> Vec<String> {
    let index = store.article_index();
    let q = query::parse(q, today()).unwrap();
    Matcher::default()
        .run(index, &q)
        .into_iter()
        .map(|ix| store.get(ix).unwrap().id[..3].to_string())
        .collect()
}

#[test]
fn the_filters_of_the_issue() {
    let s = store::load_bundled().store;
    assert_eq!(ids(&s, "p:zelensky"), ["004", "003"]);
    assert_eq!(ids(&s, "s:upi"), ["001"]);
    assert_eq!(ids(&s, "d:2022-01-18"), ["003"]);
    assert_eq!(ids(&s, "d:..2022-01-20"), ["003"]);
    assert_eq!(ids(&s, "d:2022-01-20.."), ["000", "001", "002", "004"]);
    assert_eq!(ids(&s, "p:lavrv !s:npr"), ["000", "001", "002", "003"]);
    assert_eq!(ids(&s, "s:usa"), ["003"]);
    assert_eq!(ids(&s, "p:\"joe biden\""), ["001", "002", "004", "003"]);
}

#[test]
fn dates_in_the_forms_people_type() {
    let s = store::load_bundled().store;
    let friday = ["000", "001", "002", "004"];
    for q in [
        "d:2022-01-21",
        "d:2022-01-21..2022-01-21",
        "d:jan 21",
        "d:21 january",
        "d:friday",
        "d:January 21 2022",
    ] {
        assert_eq!(ids(&s, q), friday, "{q}");
    }
    assert_eq!(ids(&s, "d:2022-01").len(), 5);
    assert_eq!(ids(&s, "d:tuesday"), ["003"]);
    assert_eq!(ids(&s, "d:2022-01-18..2022-01-20"), ["003"]);
    // relative to 2022-01-25: the last 7 days hold all five, the last 5 only Friday's
    assert_eq!(ids(&s, "d:7d").len(), 5);
    assert_eq!(ids(&s, "d:5d"), friday);
    assert_eq!(ids(&s, "d:2w").len(), 5);
    assert!(ids(&s, "d:2021").is_empty());
}

#[test]
fn every_word_must_match() {
    let s = store::load_bundled().store;
    assert_eq!(
        ids(&s, "lavrov geneva"),
        ["000"],
        "Lavrov is in all five; Geneva in one title"
    );
    assert_eq!(ids(&s, "geneva").len(), 1);
    assert_eq!(ids(&s, "blinken").len(), 5);
    assert!(ids(&s, "blinken zzzz").is_empty());
    // negation alone keeps the rest, newest first
    assert_eq!(ids(&s, "!s:npr"), ["000", "001", "002", "003"]);
}

#[test]
fn exact_and_smart_case() {
    let s = store::load_bundled().store;
    // fuzzy "ukrn" matches "Ukraine"; exact does not
    assert!(!ids(&s, "t:ukrn").is_empty());
    assert!(ids(&s, "t:'ukrn").is_empty());
    assert_eq!(ids(&s, "t:'\"slim hopes\""), ["001"]);
    assert!(ids(&s, "t:'\"hopes slim\"").is_empty());
    // lower case matches either case, a capital only that case
    assert_eq!(ids(&s, "t:geneva"), ids(&s, "t:Geneva"));
    assert!(ids(&s, "t:GENEVA").is_empty());
}

#[test]
fn ranked_by_score_then_newest() {
    let s = store::load_bundled().store;
    // "slim" matches 001's title word "slim" well and others not at all
    assert_eq!(ids(&s, "slim")[0], "001");
    // a date term scores nothing: all tie, and ties come newest first
    assert_eq!(ids(&s, "d:2022-01"), ["000", "001", "002", "004", "003"]);
}

#[test]
fn unreadable_queries_are_errors() {
    for (q, msg) in [
        ("d:2022-13-45", "no such date: 2022-13-45"),
        ("p:\"joe", "unclosed quote"),
        ("d:blah", "not a date: blah"),
    ] {
        assert_eq!(query::parse(q, today()).unwrap_err(), msg);
    }
}

/// A person term typed a letter at a time, then a backspace and a typo.
const TYPED: [&str; 9] = [
    "p:b",
    "p:bl",
    "p:bli",
    "p:blin",
    "p:blink",
    "p:blinke",
    "p:blinken",
    "p:blinke",
    "p:blinkx",
];

#[test]
fn growing_a_term_narrows_and_gives_the_same_answer() {
    let s = store::load_bundled().store;
    let index = s.article_index();
    let mut typed = Matcher::default();
    let typed_result: Vec<Vec<_>> = TYPED
        .iter()
        .map(|q| typed.run(index, &query::parse(q, today()).unwrap()))
        .collect();
    for (i, q) in TYPED.iter().enumerate() {
        let fresh = Matcher::default().run(index, &query::parse(q, today()).unwrap());
        assert_eq!(typed_result[i], fresh, "{q}");
    }
    assert_eq!(typed_result[6].len(), 5);
    assert!(typed_result[8].is_empty());
}

#[test]
fn highlights_the_matched_letters() {
    let m = Matcher::default();
    let q = query::parse("lavrv s:npr", today()).unwrap();
    assert_eq!(
        m.highlight(&q, Field::Title, "Blinken meets Lavrov"),
        vec![14, 15, 16, 17, 19]
    );
    assert_eq!(m.highlight(&q, Field::Source, "NPR"), vec![0, 1, 2]);
    let q = query::parse("t:'\"slim hopes\"", today()).unwrap();
    let title = "United States, Russia meet again over Ukraine with slim hopes for a breakthrough";
    let h = m.highlight(&q, Field::Title, title);
    let lit: String = h.iter().map(|&i| title.chars().nth(i).unwrap()).collect();
    assert_eq!(lit, "slim hopes");
}

#[test]
fn a_first_letter_orders_every_article_by_its_best_word() {
    use fuzzy_matcher::FuzzyMatcher;
    // (many articles: a letter matches more than a sixteenth of them,
    // which the matcher orders by sets of bits rather than per article)
    let articles = gazette::synth::corpus(300, 11)
        .iter()
        .map(|a| gazette::ingest::parse_article(&a.name, a.name.clone().into(), &a.text).article)
        .collect();
    let s = Store::new(articles);
    let index = s.article_index();
    let skim = fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
    let mut m = Matcher::default();
    for letter in ["a", "e", "s", "t", "m", "o", "x", "S", "B"] {
        let q = query::parse(letter, today()).unwrap();
        let got = m.run_scored(index, &q);
        // each article at the best score of its title's words, its
        // source and its people's names; best first, newest first
        let mut want: Vec<(i64, usize, usize)> = s
            .newest_first()
            .iter()
            .enumerate()
            .filter_map(|(rank, &ix)| {
                let a = s.get(ix).unwrap();
                let people = s.people_in(ix).iter().flat_map(|&p| s.people()[p].names());
                query::title_words(&a.title)
                    .map(|(_, w)| w)
                    .chain(a.source.as_deref())
                    .chain(people)
                    .filter_map(|w| skim.fuzzy_match(w, letter))
                    .max()
                    .map(|best| (-best, rank, ix.0))
            })
            .collect();
        want.sort_unstable();
        let want: Vec<(usize, i64)> = want.into_iter().map(|(s, _, ix)| (ix, -s)).collect();
        assert!(want.len() > s.len() / 16, "{letter}: too few to test");
        assert_eq!(got, want, "{letter}");
    }
}
