//! Pieces of quotes, and groups found whole and added to.

use super::more::group_more;
use super::*;

/// The body of an article, never needed where the quotes' texts tell
/// their pieces.
fn no_body(_: ArticleIx) -> Vec<Block> {
    panic!("the body is not needed")
}

#[test]
fn pieces_are_cut_by_their_spans_when_a_piece_holds_the_mark() {
    use crate::model::{Span, Speaker};
    // the first piece holds " … " itself: the marks cannot tell the
    // pieces, the spans' lengths can
    let first = "wait … and see";
    let second = "we will";
    let q = Quote {
        article: ArticleIx(0),
        spans: [
            Span {
                block: 0,
                start: 10,
                end: 10 + first.len(),
            },
            Span {
                block: 1,
                start: 3,
                end: 3 + second.len(),
            },
        ]
        .into(),
        text: format!("{first}{PIECES_JOINED}{second}").into(),
        speaker: Speaker::Unknown,
        verb: None,
        why: None,
        kind: QuoteKind::Full,
        group: None,
    };
    let got: Vec<String> = pieces(&q, &no_body)
        .into_iter()
        .map(|c| c.into_owned())
        .collect();
    assert_eq!(got, [first, second]);
    // spans whose lengths do not add up: read from the article
    let mut odd = q.clone();
    odd.spans[1].end += 1;
    let body = |_: ArticleIx| {
        vec![
            Block::Para(format!("0123456789{first}")),
            Block::Para(format!("...{second}!")),
        ]
    };
    let got: Vec<String> = pieces(&odd, &body)
        .into_iter()
        .map(|c| c.into_owned())
        .collect();
    assert_eq!(got, [first.to_string(), format!("{second}!")]);
}

#[test]
fn joins_are_where_str_matches_finds_them() {
    for text in [
        "",
        "one piece",
        "a … b",
        "a … b … c",
        " … … ",
        "a…b … c",
        "… a",
        "a … … b",
        "a  …  b … c",
        "é… b",
        "“… ” … x",
    ] {
        let want: Vec<usize> = text.match_indices(PIECES_JOINED).map(|(i, _)| i).collect();
        assert_eq!(joins(text), want, "{text:?}");
    }
}

/// Numbers drawn for a test, the same for the same seed.
struct Dice(crate::synth::Rng);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0.below(n)
    }

    /// A quote's words: a few from a small vocabulary (so that quotes
    /// share word triples), often a set phrase, sometimes one of a few
    /// remarks repeated whole.
    fn text(&mut self) -> String {
        const WORDS: [&str; 8] = ["talks", "will", "go", "on", "we", "see", "the", "end"];
        const REMARKS: [&str; 3] = [
            "there was no breakthrough in Geneva today",
            "we do not expect a breakthrough at these talks",
            "Russia has no plans to invade Ukraine at all",
        ];
        if self.roll(4) == 0 {
            return REMARKS[self.roll(3)].to_string();
        }
        let mut words: Vec<&str> = (0..2 + self.roll(6))
            .map(|_| WORDS[self.roll(WORDS.len())])
            .collect();
        if self.roll(2) == 0 {
            words.extend(["at", "the", "end", "of", "the", "day"]);
        }
        words.join(" ")
    }
}

/// Quotes of articles in store order (each article's texts).
fn quotes_of(articles: &[&Vec<String>]) -> Vec<Quote> {
    use crate::model::{Span, Speaker};
    articles
        .iter()
        .enumerate()
        .flat_map(|(a, texts)| {
            texts.iter().map(move |t| Quote {
                article: ArticleIx(a),
                spans: [Span {
                    block: 0,
                    start: 0,
                    end: t.len(),
                }]
                .into(),
                text: t.as_str().into(),
                speaker: Speaker::Unknown,
                verb: None,
                why: None,
                kind: if count_words(t) >= 4 {
                    QuoteKind::Full
                } else {
                    QuoteKind::Fragment
                },
                group: None,
            })
        })
        .collect()
}

/// Each article's texts.
fn texts<'a>(v: &[&'a (usize, Vec<String>)]) -> Vec<&'a Vec<String>> {
    v.iter().map(|a| &a.1).collect()
}

#[test]
fn quotes_grouped_with_those_grouped_before_are_grouped_as_all_at_once() {
    let (mut more, mut anew) = (0, 0);
    for seed in 0..40 {
        let mut dice = Dice(crate::synth::Rng::new(seed));
        // articles by name; some come later, between the others
        let n = 30 + dice.roll(120);
        let all: Vec<(usize, Vec<String>)> = (0..n)
            .map(|i| (i, (0..dice.roll(4)).map(|_| dice.text()).collect()))
            .collect();
        let mut then_only: Vec<&(usize, Vec<String>)> = Vec::new();
        let mut steps: Vec<Vec<&(usize, Vec<String>)>> = vec![Vec::new(), Vec::new()];
        for a in &all {
            match dice.roll(6) {
                0 => steps[0].push(a),
                1 => steps[1].push(a),
                _ => then_only.push(a),
            }
        }
        // grouped then, then twice more, each time from the last
        let mut had: Vec<&(usize, Vec<String>)> = then_only;
        let quotes = quotes_of(&texts(&had));
        let (mut groups, mut shingled) = group(&quotes, &no_body);
        let mut before = quotes;
        for step in steps {
            let mut now: Vec<&(usize, Vec<String>)> = had.iter().copied().chain(step).collect();
            now.sort_by_key(|a| a.0);
            let quotes = quotes_of(&texts(&now));
            // each quote's index then: its article's, one by one
            let mut was = vec![None; quotes.len()];
            for (a, art) in now.iter().enumerate() {
                let Some(w) = had.iter().position(|h| h.0 == art.0) else {
                    continue;
                };
                let mine = (0..quotes.len()).filter(|&q| quotes[q].article.0 == a);
                let theirs = (0..before.len()).filter(|&q| before[q].article.0 == w);
                for (q, t) in mine.zip(theirs) {
                    was[q] = Some(t);
                }
            }
            let whole = group(&quotes, &no_body);
            match group_more(shingled, &groups, &was, &quotes, &no_body) {
                Some((g, s)) => {
                    more += 1;
                    assert_eq!(g, whole.0, "seed {seed}");
                    (groups, shingled) = (g, s);
                }
                None => {
                    anew += 1;
                    (groups, shingled) = whole;
                }
            }
            assert!(
                groups.iter().any(|g| g.len() > 2),
                "seed {seed}: few groups"
            );
            had = now;
            before = quotes;
        }
    }
    // most additions are grouped from before; some cross a set phrase
    assert!(
        more > 50 && anew > 0,
        "{more} grouped from before, {anew} anew"
    );
}

/// One remark quoted by two articles, and its groups and pieces.
fn one_remark_twice() -> (Vec<Quote>, Vec<Vec<QuoteIx>>, Shingled) {
    let said = || vec!["we do not expect a breakthrough at these talks".to_string()];
    let texts = [said(), said()];
    let quotes = quotes_of(&[&texts[0], &texts[1]]);
    let (groups, shingled) = group(&quotes, &no_body);
    (quotes, groups, shingled)
}

#[test]
fn a_quote_of_then_gone_groups_all_anew() {
    let (quotes, groups, shingled) = one_remark_twice();
    assert_eq!(groups, [vec![QuoteIx(0), QuoteIx(1)]]);
    // the second article gone: its quote is not among those now
    let now = quotes[..1].to_vec();
    assert_eq!(
        group_more(shingled, &groups, &[Some(0)], &now, &no_body),
        None
    );
}

#[test]
fn what_was_kept_of_the_pieces_is_used_only_when_it_holds_together() {
    let (quotes, groups, shingled) = one_remark_twice();
    let was = [Some(0), Some(1)];
    assert!(group_more(shingled.clone(), &groups, &was, &quotes, &no_body).is_some());
    // a post of a piece that is not there, posts out of order
    let mut stray = shingled.clone();
    stray.posts[0].1 = 99;
    assert_eq!(group_more(stray, &groups, &was, &quotes, &no_body), None);
    let mut unordered = shingled;
    unordered.posts.reverse();
    assert_eq!(
        group_more(unordered, &groups, &was, &quotes, &no_body),
        None
    );
}

#[test]
fn a_post_is_twelve_bytes_and_sorts_by_shingle_then_piece() {
    assert_eq!(std::mem::size_of::<Post>(), 12);
    let mut posts = vec![Post(2, 0), Post(1, 5), Post(1 << 40, 1), Post(1, 3)];
    posts.sort_unstable();
    assert_eq!(
        posts,
        [Post(1, 3), Post(1, 5), Post(2, 0), Post(1 << 40, 1)]
    );
    // encoded as the pair it stands for
    assert_eq!(
        postcard::to_stdvec(&Post(1 << 40, 7)).unwrap(),
        postcard::to_stdvec(&(1u64 << 40, 7u32)).unwrap()
    );
}
