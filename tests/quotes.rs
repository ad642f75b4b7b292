//! Quotes on the bundled articles against a hand-made gold list: every
//! full quote found, its speaker, the groups of the same utterance; and
//! the held-out articles in tests/fixtures/heldout.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use gazette::model::{QuoteIx, QuoteKind, Speaker};
use gazette::store::QuoteMatcher;
use gazette::store::{self, Store};

/// (article, first words of the quote, speaker) for every full quote.
const SEED_GOLD: &[(&str, &str, &str)] = &[
    ("000", "Any Russian military forces", "Antony Blinken"),
    ("000", "We’ve made it clear", "Wendy Sherman"),
    ("001", "We do not expect a breakthrough", "Sergey Lavrov"),
    ("001", "You're right, we don't expect", "Antony Blinken"),
    (
        "001",
        "It's one thing if it's a minor incursion",
        "Joe Biden",
    ),
    ("002", "take stock of where we are", "Antony Blinken"),
    ("002", "explore whether we can really", "Antony Blinken"),
    ("002", "I think we’ll know more tomorrow", "Antony Blinken"),
    ("002", "to ensure that we are speaking", "Antony Blinken"),
    ("003", "to reinforce the United States’", "Ned Price"),
    ("003", "Countries choose NATO", "Ben Wallace"),
    ("003", "No country has the right", "Annalena Baerbock"),
    ("003", "We are still at a moment", "Jake Sullivan"),
    ("004", "you said that you did not expect", "Sergey Lavrov"),
    ("004", "We do not expect a breakthrough", "Sergey Lavrov"),
    ("004", "You're right: We don't expect", "Antony Blinken"),
    (
        "004",
        "dialogue and diplomacy on the one hand",
        "Antony Blinken",
    ),
    ("004", "come from consulting with allies", "Antony Blinken"),
    ("004", "We are – all of us", "Antony Blinken"),
    ("004", "I think what you're going to see", "Joe Biden"),
    (
        "004",
        "We want to remind the great powers",
        "Volodymyr Zelensky",
    ),
];

const HELDOUT_GOLD: &[(&str, &str, &str)] = &[
    ("ap_senate", "a good outcome", "Chuck Schumer"),
    (
        "ap_senate",
        "Shutting down the government",
        "Mitch McConnell",
    ),
    ("ap_senate", "confident Congress", "Jen Psaki"),
    (
        "reuters_ecb",
        "We did discuss inflation",
        "Christine Lagarde",
    ),
    ("nyt_summit", "We must do more", "Boris Johnson"),
    ("nyt_summit", "a new security reality", "Jens Stoltenberg"),
    (
        "nyt_summit",
        "Ukraine never wanted this war",
        "Volodymyr Zelenskyy",
    ),
    (
        "wapo_business",
        "We are going to get this done",
        "Bret Taylor",
    ),
    (
        "wapo_business",
        "has the money and the motivation",
        "Dan Ives",
    ),
];

/// (quotes found of the gold, speakers right, full quotes found not in gold)
fn score(s: &Store, gold: &[(&str, &str, &str)]) -> (usize, usize, usize, Vec<String>) {
    let mut found = 0;
    let mut right = 0;
    let mut errors = Vec::new();
    for (id, start, speaker) in gold {
        let q = s.quotes().iter().find(|q| {
            let a = s.get(q.article).unwrap();
            a.id.starts_with(id) && q.text.starts_with(start)
        });
        match q {
            None => errors.push(format!("{id}: not found: {start}")),
            Some(q) => {
                found += 1;
                if s.speaker_name(q) == Some(*speaker) {
                    right += 1;
                } else {
                    errors.push(format!(
                        "{id}: {start}: {:?} for {speaker}",
                        s.speaker_name(q)
                    ));
                }
            }
        }
    }
    let extra = s
        .quotes()
        .iter()
        .filter(|q| q.kind == QuoteKind::Full)
        .filter(|q| {
            let a = s.get(q.article).unwrap();
            !gold
                .iter()
                .any(|(id, start, _)| a.id.starts_with(id) && q.text.starts_with(start))
        })
        .inspect(|q| errors.push(format!("extra: {}", q.text)))
        .count();
    (found, right, extra, errors)
}

#[test]
fn every_full_quote_of_the_seeds_found_and_attributed() {
    let s = store::load_bundled().store;
    let (found, right, extra, errors) = score(&s, SEED_GOLD);
    println!(
        "seeds: {found}/{} full quotes found, {extra} extra; speakers right {right}/{found} ({:.1}%)",
        SEED_GOLD.len(),
        100.0 * right as f64 / found.max(1) as f64
    );
    assert_eq!(found, SEED_GOLD.len(), "{errors:#?}");
    assert_eq!(extra, 0, "{errors:#?}");
    assert!(right as f64 / found as f64 >= 0.95, "{errors:#?}");
}

#[test]
fn heldout_quotes() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/heldout"
    ));
    let s = store::load_paths(&[dir]).unwrap().store;
    let (found, right, extra, errors) = score(&s, HELDOUT_GOLD);
    let p = found as f64 / (found + extra).max(1) as f64;
    let r = found as f64 / HELDOUT_GOLD.len() as f64;
    println!(
        "held-out: detection F1 {:.3}, speakers right {right}/{found}",
        2.0 * p * r / (p + r).max(f64::EPSILON)
    );
    assert!(2.0 * p * r / (p + r) >= 0.9, "{errors:#?}");
    assert!(right as f64 / found as f64 >= 0.9, "{errors:#?}");
}

#[test]
fn fragments_are_scare_quotes() {
    let s = store::load_bundled().store;
    let fragments: Vec<&str> = s
        .quotes()
        .iter()
        .filter(|q| q.kind == QuoteKind::Fragment)
        .map(|q| q.text.trim_end_matches([',', '.']))
        .collect();
    for f in [
        "minor incursion",
        "high price",
        "non-starter",
        "false flag",
        "contradictory",
        "move in",
    ] {
        assert!(fragments.contains(&f), "{f} not a fragment: {fragments:?}");
    }
}

#[test]
fn split_quotes_are_one_utterance() {
    let s = store::load_bundled().store;
    let lavrov = s
        .quotes()
        .iter()
        .find(|q| {
            s.get(q.article).unwrap().id.starts_with("001")
                && q.text.starts_with("We do not expect")
        })
        .unwrap();
    assert_eq!(lavrov.spans.len(), 2);
    assert_eq!(
        &*lavrov.text,
        "We do not expect a breakthrough at these negotiations either, … What we expect are concrete answers to our concrete proposals."
    );
    assert_eq!(lavrov.verb.as_deref(), Some("said"));
    let a = s.get(lavrov.article).unwrap();
    let span = lavrov.spans[1];
    assert_eq!(
        &a.body[span.block].text()[span.start..span.end],
        "What we expect are concrete answers to our concrete proposals."
    );
}

#[test]
fn the_same_utterance_in_several_articles_is_one_group() {
    let s = store::load_bundled().store;
    let groups: Vec<Vec<(String, String)>> = s
        .quote_groups()
        .iter()
        .map(|g| {
            g.iter()
                .map(|&qi| {
                    let q = &s.quotes()[qi];
                    (
                        s.get(q.article).unwrap().id[..3].to_string(),
                        s.speaker_name(q).unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .collect();
    assert_eq!(groups.len(), 3, "{groups:?}");
    for (speaker, start) in [
        ("Sergey Lavrov", "We do not expect a breakthrough"),
        ("Antony Blinken", "You're right"),
        ("Joe Biden", "It's one thing"),
    ] {
        let q = s
            .quotes()
            .iter()
            .find(|q| q.text.starts_with(start) && s.speaker_name(q) == Some(speaker))
            .unwrap();
        let g = &s.quote_groups()[q.group.expect("grouped") as usize];
        let ids: Vec<&str> = g
            .iter()
            .map(|&qi| &s.get(s.quotes()[qi].article).unwrap().id[..3])
            .collect();
        assert_eq!(ids, ["001", "004"], "{speaker}");
    }
    // different remarks are not grouped
    let sherman = s
        .quotes()
        .iter()
        .find(|q| q.text.starts_with("We’ve made it clear"))
        .unwrap();
    assert_eq!(sherman.group, None);
}

#[test]
fn organisations_speak_as_organisations() {
    let s = store::load_bundled().store;
    let q = s
        .quotes()
        .iter()
        .find(|q| &*q.text == "false flag")
        .unwrap();
    assert_eq!(s.speaker_name(q), Some("White House"));
    assert!(matches!(q.speaker, Speaker::Org(_)));
}

/// What a query matches, quote by quote through `QuoteMatcher::score`:
/// best score first, then newest first.
fn one_by_one(s: &Store, q: &gazette::query::Query) -> Vec<QuoteIx> {
    let m = QuoteMatcher::default();
    let mut scored: Vec<(i64, usize, QuoteIx)> = s
        .quotes_newest_first()
        .enumerate()
        .filter_map(|(rank, qi)| m.score(s, qi, q).map(|sc| (-sc, rank, qi)))
        .collect();
    scored.sort_unstable();
    scored.into_iter().map(|(_, _, qi)| qi).collect()
}

#[test]
fn the_quote_index_matches_what_each_quote_matches() {
    let synth = gazette::synth::corpus(400, 7);
    let articles = synth
        .iter()
        .map(|a| gazette::ingest::parse_article(&a.name, a.name.clone().into(), &a.text).article)
        .collect();
    let synthetic = Store::new(articles);
    let bundled = store::load_bundled().store;
    let today = chrono::NaiveDate::from_ymd_opt(2022, 1, 25).unwrap();
    let queries = [
        "p:lavrov",
        "p:lavrv",
        "lavrov",
        "breakthrough",
        "expect",
        "'expect",
        "p:biden incursion",
        "!p:blinken",
        "d:2022-01-21",
        "2022-01",
        "s:upi",
        "s:reuters talks",
        "t:geneva",
        "t:\"geneva talks\"",
        "\"do not expect\"",
        "\"do not expect\" d:2022-01-21",
        "\"we do not\" l",
        "\"we do not\" !d:2022-01-18",
        "'U.S.",
        "minor !s:npr",
        "p:state",
        "x",
    ];
    for s in [&bundled, &synthetic] {
        let mut nonempty = 0;
        let mut m = QuoteMatcher::default();
        for text in queries {
            // typed a letter at a time, as the pane sees it
            for end in (1..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let typed = &text[..end];
                let Ok(q) = gazette::query::parse(typed, today) else {
                    continue;
                };
                let got = m.run(s, &q);
                let want = if q.is_empty() {
                    s.quotes_newest_first().collect()
                } else {
                    one_by_one(s, &q)
                };
                assert_eq!(got, want, "{typed:?}");
                nonempty += usize::from(!got.is_empty() && got.len() < s.quotes().len());
            }
        }
        assert!(nonempty > 50, "only {nonempty} queries narrowed anything");
    }
}
