//! Analysis, as named stages with plain inputs and outputs:
//!
//! 1. per article, alone: [`read_article`] finds the names it writes
//!    ([`names`]) and its quotations ([`quotes::detect`]);
//! 2. across the archive: [`people::merge`] makes one person of every
//!    spelling, [`speakers`] attributes each quotation against the merged
//!    people, [`quotes::group::group`] finds one utterance in several
//!    outlets.
//!
//! [`analyse`] runs them in order. No stage changes its inputs, so each
//! can be run, tested and stored on its own.

pub mod earlier;
pub mod names;
pub mod people;
pub mod quotes;

use std::borrow::Cow;

use rayon::prelude::*;

use crate::model::{
    Article, ArticleIx, ArticlePeople, Block, Mention, Person, Quote, QuoteIx, Span,
};
use earlier::Earlier;
use names::Names;
use quotes::group::Shingled;

/// What one article says on its own, before the archive is seen.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ArticleReading {
    /// The names it writes, surnames bound to its own full names.
    pub names: Names,
    /// Its quotations, each as its spans.
    pub utterances: Vec<Vec<Span>>,
}

impl AsRef<Names> for ArticleReading {
    fn as_ref(&self) -> &Names {
        &self.names
    }
}

impl AsMut<Names> for ArticleReading {
    fn as_mut(&mut self) -> &mut Names {
        &mut self.names
    }
}

/// Stage 1, per article.
pub fn read_article(a: &Article) -> ArticleReading {
    ArticleReading {
        names: names::names_of(a),
        utterances: quotes::detect::utterances(a),
    }
}

/// Stage 2b: every quotation of every article, attributed. `people` and
/// `cast` come from [`people::merge`]; `body` gives the body of an
/// article held without it; an article unchanged since the `earlier`
/// analysis keeps its quotes when what attribution sees of it is the same.
pub fn speakers(
    articles: &[Article],
    readings: &[ArticleReading],
    cast: &[ArticlePeople],
    people: &[Person],
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
    mut earlier: Option<&mut Earlier>,
) -> Vec<Quote> {
    // each article's earlier quotes, moved to it rather than copied
    let mut kept: Vec<Vec<Quote>> = Vec::new();
    kept.resize_with(articles.len(), Vec::new);
    if let Some(e) = earlier.as_deref_mut() {
        let mut taken = e.take_quotes();
        for (ix, was) in e.was.iter().enumerate().take(articles.len()) {
            if let Some(q) = was.and_then(|w| taken.get_mut(w)) {
                kept[ix] = std::mem::take(q);
            }
        }
    }
    let earlier = earlier.map(|e| &*e);
    let genders = earlier.map(|e| (earlier::genders(people), earlier::genders(&e.people)));
    readings
        .par_iter()
        .zip(articles.par_iter().zip(cast.par_iter()))
        .zip(kept.into_par_iter())
        .enumerate()
        .flat_map_iter(|(ix, ((r, (a, c)), before))| {
            let ix = ArticleIx(ix);
            if r.utterances.is_empty() {
                return Vec::new();
            }
            if let (Some(e), Some((now, then))) = (earlier, &genders)
                && let Some(kept) = e.quotes_of(ix, c, [now, then], before)
            {
                return kept;
            }
            let attribute = quotes::attribute::attribute;
            if a.body.is_empty() {
                let a = Article {
                    body: body(ix),
                    ..a.head()
                };
                // (a body read from its file again, changed since its
                // stage 1, may no longer hold the places found in it: no
                // quotes then, until the file is read anew)
                let spans = r
                    .utterances
                    .iter()
                    .flatten()
                    .map(|s| (s.block, s.start, s.end));
                let named = c.mentions.iter().map(Mention::place);
                if !places_fit(&a.body, spans.chain(named)) {
                    return Vec::new();
                }
                return attribute(ix, &a, &r.utterances, c, people);
            }
            attribute(ix, a, &r.utterances, c, people)
        })
        .collect()
}

/// Whether each (block, start, end) is a stretch of text of `body`.
fn places_fit(body: &[Block], mut places: impl Iterator<Item = (usize, usize, usize)>) -> bool {
    places.all(|(block, start, end)| {
        body.get(block)
            .is_some_and(|b| b.text().get(start..end).is_some())
    })
}

/// What the archive-wide stages find.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Analysis {
    pub people: Vec<Person>,
    /// Each article's people and mentions, by article index.
    pub cast: Vec<ArticlePeople>,
    pub quotes: Vec<Quote>,
    /// Quotes that are one utterance carried by several articles.
    pub quote_groups: Vec<Vec<QuoteIx>>,
    /// What the grouping found of the quotes' pieces (the cache keeps it
    /// apart, to group the quotes of articles to come).
    #[serde(skip)]
    pub shingled: Shingled,
}

/// A stage of [`analyse`], as a progress line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Stage 1: names and quotations, article by article.
    Reading,
    /// Stage 2a: one person of every spelling.
    People,
    /// Stage 2b: who said each quotation.
    Speakers,
    /// Stage 2c: one utterance in several outlets.
    Groups,
    /// After the analysis: the indexes the queries run on.
    Indexes,
}

impl Stage {
    /// What the stage does, in a few words.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Reading => "finding names and quotations",
            Stage::People => "finding people",
            Stage::Speakers => "finding who said what",
            Stage::Groups => "grouping quotes across outlets",
            Stage::Indexes => "indexing for the filter",
        }
    }
}

/// Every stage, in order, over the articles of an archive.
pub fn analyse(articles: &[Article]) -> Analysis {
    let readings: Vec<ArticleReading> = articles.par_iter().map(read_article).collect();
    analyse_readings(
        articles,
        readings.into(),
        &|_| Vec::new(),
        None,
        &mut |_| {},
        &mut |_| {},
    )
}

/// The archive-wide stages, from each article's [`ArticleReading`]: `body`
/// gives the body of an article held without it, and what an `earlier`
/// analysis found is kept where it still holds. Readings given (not lent)
/// are let go part by part as soon as the stages are done with them.
/// `attributed` is given the casts once attribution is done with their
/// mentions: the only stage that reads them (a caller may keep them
/// elsewhere, and take them out).
pub fn analyse_readings(
    articles: &[Article],
    mut readings: Cow<'_, [ArticleReading]>,
    body: &(dyn Fn(ArticleIx) -> Vec<Block> + Sync),
    earlier: Option<&mut Earlier>,
    on_stage: &mut dyn FnMut(Stage),
    attributed: &mut dyn FnMut(&mut [ArticlePeople]),
) -> Analysis {
    on_stage(Stage::People);
    let (people, mut cast) = match &mut readings {
        Cow::Owned(r) => people::merge_taking(r),
        Cow::Borrowed(r) => people::merge(r),
    };
    // where each article's quotes were then, before they are taken
    let mut earlier = earlier;
    let then = earlier.as_deref().map(Earlier::by_article);
    // (what each stage freed is given back before the next one allocates:
    // else a stage's own memory comes on top of the freed pages of those
    // before it, and a first load peaks 100 MB higher)
    crate::memory::release();
    on_stage(Stage::Speakers);
    let mut quotes = speakers(
        articles,
        &readings,
        &cast,
        &people,
        body,
        earlier.as_deref_mut(),
    );
    drop(readings);
    attributed(&mut cast);
    crate::memory::release();
    on_stage(Stage::Groups);
    let body_of = |a: ArticleIx| match articles.get(a.index()) {
        Some(x) if !x.body.is_empty() => x.body.clone(),
        _ => body(a),
    };
    // the quotes of new articles grouped with those grouped then, when
    // they can be
    let more = earlier.zip(then).and_then(|(e, then)| {
        e.quote_was = earlier::quote_was(&e.was, &then, &quotes);
        let shingled = e.shingled.take()?;
        quotes::group::more::group_more(shingled, &e.groups, &e.quote_was, &quotes, &body_of)
    });
    let (quote_groups, shingled) = more.unwrap_or_else(|| quotes::group::group(&quotes, &body_of));
    for (g, members) in quote_groups.iter().enumerate() {
        for &q in members {
            quotes[q].group = u32::try_from(g).ok();
        }
    }
    Analysis {
        people,
        cast,
        quotes,
        quote_groups,
        shingled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_read_again_that_no_longer_holds_its_quotes_gives_none() {
        let articles = crate::ingest::load_bundled().articles;
        let readings: Vec<ArticleReading> = articles.iter().map(read_article).collect();
        let (people, cast) = people::merge(&readings);
        let heads: Vec<Article> = articles.iter().map(Article::head).collect();
        let held = speakers(&articles, &readings, &cast, &people, &|_| Vec::new(), None);
        assert!(!held.is_empty());
        // read again as it was: the same quotes
        let again = |ix: ArticleIx| articles[ix.index()].body.clone();
        assert_eq!(
            speakers(&heads, &readings, &cast, &people, &again, None),
            held
        );
        // changed since it was read: no quotes, rather than places that
        // are not there
        let changed = |_| vec![Block::Para("Changed.".into())];
        assert!(speakers(&heads, &readings, &cast, &people, &changed, None).is_empty());
    }
}
