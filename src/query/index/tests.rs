//! The index's vocabularies, built whole, in parts and from the articles'.

use super::*;
use crate::model::{Person, QuoteKind, Speaker, TitleKind};

fn article(id: &str, title: &str, date: Option<(i32, u32, u32)>, source: Option<&str>) -> Article {
    Article {
        id: id.into(),
        path: id.into(),
        key: id.into(),
        title: title.into(),
        title_kind: TitleKind::Headline,
        date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        source: source.map(Into::into),
        author: None,
        url: None,
        archived: false,
        tags: Vec::new(),
        body: Vec::new(),
        words: 0,
    }
}

fn quote(article: usize, text: &str) -> Quote {
    Quote {
        article: ArticleIx(article),
        spans: Box::new([]),
        text: text.into(),
        speaker: Speaker::Unknown,
        verb: None,
        why: None,
        kind: QuoteKind::Full,
        group: None,
    }
}

#[test]
fn what_quotes_have_of_their_articles_is_the_articles_index_spread() {
    let articles = [
        article("a", "Talks in Geneva", Some((2022, 1, 21)), Some("UPI")),
        article("b", "No quotes here", Some((2022, 1, 22)), Some("NPR")),
        article("c", "Geneva talks end", Some((2022, 1, 21)), None),
        article("d", "Undated, talks", None, Some("UPI")),
        article("e", "Talks talks", Some((2022, 1, 23)), Some("RFE/RL")),
    ];
    let quotes = [
        quote(0, "we will see"),
        quote(0, "no breakthrough"),
        quote(2, "talks ended"),
        quote(3, "undated words"),
        quote(4, "one"),
        quote(4, "two"),
        quote(4, "three"),
    ];
    let mut by_date: Vec<ArticleIx> = (0..articles.len()).map(ArticleIx).collect();
    by_date.sort_by(|&a, &b| articles[a.0].cmp_newest_first(&articles[b.0]));
    let quotes = &quotes;
    let order: Vec<QuoteIx> = by_date
        .iter()
        .flat_map(|&a| (0..quotes.len()).filter(move |&q| quotes[q].article == a))
        .map(QuoteIx)
        .collect();
    let by_article = SearchIndex::articles(&articles, &by_date, &[]);
    let index = SearchIndex::quotes(quotes, &order, &articles, &[], &by_article);
    let ranks: Vec<u32> = order.iter().map(|q| q.0 as u32).collect();
    assert!(quote_ranges(&ranks, quotes, &by_article).is_some());
    let (titles, sources, dates) = of_their_articles(&ranks, quotes, &articles);
    assert_eq!(index.titles, titles);
    assert_eq!(index.sources, sources);
    assert_eq!(index.dates, dates);
    // a word of the quoteless article's title is not a quote's
    assert!(!index.titles.values.iter().any(|v| v == "quotes"));
    assert!(index.titles.values.iter().any(|v| v == "Geneva"));
    // quotes not article by article: looked up one by one
    let mut shuffled = ranks.clone();
    let last = shuffled.len() - 1;
    shuffled.swap(0, last);
    assert!(quote_ranges(&shuffled, quotes, &by_article).is_none());
}

#[test]
fn a_vocabulary_built_in_parts_is_the_one_built_whole() {
    let docs: Vec<String> = (0..40_000)
        .map(|i| format!("w{} w{} common w{}", i % 7, i % 1000, i % 3))
        .collect();
    let pairs = |r: Range<usize>| {
        let docs = &docs;
        r.flat_map(move |d| docs[d].split(' ').map(move |w| (w, d as u32)))
    };
    let whole = Vocab::build(pairs(0..docs.len()));
    assert_eq!(Vocab::build_in_parts(docs.len(), pairs), whole);
    assert_eq!(
        whole.postings[whole.values.iter().position(|v| v == "common").unwrap()].len(),
        40_000
    );
}

/// Numbers drawn for a test, the same for the same seed.
struct Dice(crate::synth::Rng);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0.below(n)
    }

    fn words(&mut self, n: usize) -> String {
        const WORDS: [&str; 12] = [
            "Geneva",
            "talks",
            "end",
            "Lavrov",
            "said",
            "no",
            "breakthrough",
            "Kyiv",
            "troops",
            "we",
            "will",
            "see",
        ];
        (0..n)
            .map(|_| WORDS[self.roll(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// An article, and the texts of its quotes.
    fn article(&mut self, id: usize) -> (Article, Vec<String>) {
        const SOURCES: [Option<&str>; 4] = [Some("UPI"), Some("NPR"), None, Some("RFE/RL")];
        let date = (self.roll(5) > 0).then(|| (2022, 1, 18 + self.roll(4) as u32));
        let n = 1 + self.roll(5);
        let title = self.words(n);
        let a = article(&format!("a{id:04}"), &title, date, SOURCES[self.roll(4)]);
        let quotes = (0..self.roll(4))
            .map(|_| {
                let n = 1 + self.roll(6);
                self.words(n)
            })
            .collect();
        (a, quotes)
    }
}

/// An archive's articles in store order (by id), its quotes in article
/// order, and its people.
type Archive = (Vec<Article>, Vec<Quote>, Vec<Person>);

fn archive(mut items: Vec<(Article, Vec<String>)>, dice: &mut Dice) -> Archive {
    items.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let quotes = items
        .iter()
        .enumerate()
        .flat_map(|(i, (_, q))| q.iter().map(move |t| quote(i, t)))
        .collect();
    let people = ["Sergey Lavrov", "Antony Blinken", "Lavrov"]
        .iter()
        .map(|name| Person {
            name: name.to_string(),
            aliases: Vec::new(),
            articles: (0..items.len())
                .filter(|_| dice.roll(3) == 0)
                .map(ArticleIx)
                .collect(),
            mentions: 1,
        })
        .collect();
    (items.into_iter().map(|(a, _)| a).collect(), quotes, people)
}

/// Both indexes of an archive, built whole.
fn indexes((articles, quotes, people): &Archive) -> [SearchIndex; 2] {
    let mut by_date: Vec<ArticleIx> = (0..articles.len()).map(ArticleIx).collect();
    by_date.sort_by(|&a, &b| articles[a.0].cmp_newest_first(&articles[b.0]));
    let order: Vec<QuoteIx> = by_date
        .iter()
        .flat_map(|&a| (0..quotes.len()).filter(move |&q| quotes[q].article == a))
        .map(QuoteIx)
        .collect();
    let a = SearchIndex::articles(articles, &by_date, people);
    let q = SearchIndex::quotes(quotes, &order, articles, people, &a);
    [a, q]
}

#[test]
fn an_index_made_from_the_one_before_is_the_one_built_whole() {
    for seed in 0..60 {
        let mut dice = Dice(crate::synth::Rng::new(seed));
        let n = 1 + dice.roll(40);
        let before: Vec<(Article, Vec<String>)> = (0..n).map(|i| dice.article(i)).collect();
        // some articles gone, some changed, some added
        let mut after: Vec<(Article, Vec<String>, bool)> = Vec::new();
        for (a, q) in before.iter().cloned() {
            match dice.roll(8) {
                0 => {}
                1 => {
                    let (mut b, q) = dice.article(0);
                    b.id = a.id.clone();
                    b.key = a.key.clone();
                    after.push((b, q, false));
                }
                // (kept, but its id made another: its place among
                // articles of its date can change)
                2 => {
                    let mut b = a.clone();
                    b.id = format!("b{}", a.id);
                    after.push((b, q, true));
                }
                _ => after.push((a, q, true)),
            }
        }
        for i in 0..dice.roll(6) {
            let (a, q) = dice.article(n + i);
            after.push((a, q, false));
        }
        let then = archive(before, &mut dice);
        let kept: std::collections::HashSet<String> = after
            .iter()
            .filter(|x| x.2)
            .map(|x| x.0.key.clone())
            .collect();
        let now = archive(
            after.into_iter().map(|(a, q, _)| (a, q)).collect(),
            &mut dice,
        );
        // each article's index then, when kept; each quote's, when its
        // article is kept (its text is then as it was)
        let was: Vec<Option<usize>> = now
            .0
            .iter()
            .map(|a| {
                let then_ix = then.0.iter().position(|b| b.key == a.key);
                then_ix.filter(|_| kept.contains(&a.key))
            })
            .collect();
        let mut quote_was = vec![None; now.1.len()];
        for (i, w) in was.iter().enumerate() {
            let Some(w) = w else { continue };
            let mine = (0..now.1.len()).filter(|&q| now.1[q].article.0 == i);
            let theirs = (0..then.1.len()).filter(|&q| then.1[q].article.0 == *w);
            for (q, t) in mine.zip(theirs) {
                quote_was[q] = Some(t);
            }
        }
        let [a_then, q_then] = indexes(&then);
        let [a_whole, q_whole] = indexes(&now);
        let (articles, quotes, people) = &now;
        let a = SearchIndex::articles_from(a_then, &was, articles, &order_of(&a_whole), people);
        assert_eq!(a, a_whole, "seed {seed}");
        let q_order: Vec<QuoteIx> = q_whole.order.iter().map(|&q| QuoteIx(q as usize)).collect();
        let own = QuoteWords::from_then(q_then, &quote_was, quotes, &q_order, people);
        let q = SearchIndex::quotes_with(own, quotes, articles, &a);
        assert_eq!(q, q_whole, "seed {seed}");
    }
}

fn order_of(index: &SearchIndex) -> Vec<ArticleIx> {
    index.order.iter().map(|&a| ArticleIx(a as usize)).collect()
}

#[test]
fn a_place_then_the_index_of_then_cannot_give_is_read_anew() {
    let mut dice = Dice(crate::synth::Rng::new(5));
    let items: Vec<(Article, Vec<String>)> = (0..30).map(|i| dice.article(i)).collect();
    let now = archive(items, &mut dice);
    let [a_then, q_then] = indexes(&now);
    let [a_whole, q_whole] = indexes(&now);
    let (articles, quotes, people) = &now;
    // places past the end, and two documents given the same place
    let was: Vec<Option<usize>> = (0..articles.len())
        .map(|i| match i % 5 {
            0 => Some(10_000 + i),
            1 => Some(1),
            _ => Some(i),
        })
        .collect();
    let a = SearchIndex::articles_from(a_then, &was, articles, &order_of(&a_whole), people);
    assert_eq!(a, a_whole);
    let quote_was: Vec<Option<usize>> = (0..quotes.len())
        .map(|q| (q % 3 != 0).then_some(q).or(Some(usize::MAX)))
        .collect();
    let q_order: Vec<QuoteIx> = q_whole.order.iter().map(|&q| QuoteIx(q as usize)).collect();
    let own = QuoteWords::from_then(q_then, &quote_was, quotes, &q_order, people);
    assert_eq!(SearchIndex::quotes_with(own, quotes, articles, &a), q_whole);
}
