//! What an earlier analysis of the archive found, kept for the articles
//! whose inputs to attribution are unchanged. An article's quotes depend
//! on the rest of the archive only through its mentions: which of them
//! name a person and which name the same one, and whether each person can
//! be "he" or "she". Where all that is as it was, its quotes are the
//! earlier ones, their speakers renamed to this analysis's people.

use std::ops::Range;

use super::quotes::context::fits;
use super::quotes::group::Shingled;
use crate::model::{ArticleIx, ArticlePeople, Person, PersonIx, Quote, QuoteIx, Speaker};

/// An earlier analysis of the archive, and where each article was in it.
#[derive(Debug, Default)]
pub struct Earlier {
    /// Each article's index in the earlier analysis, when its file is
    /// unchanged since.
    pub was: Vec<Option<usize>>,
    pub people: Vec<Person>,
    /// Every quote, in article order.
    pub quotes: Vec<Quote>,
    /// Each article's mentions, in reading order, and roles (its people
    /// are not kept here).
    pub mentions: Vec<ArticlePeople>,
    /// The groups of the same utterance, and what the grouping found of
    /// the quotes' pieces, when the cache could give it.
    pub groups: Vec<Vec<QuoteIx>>,
    pub shingled: Option<Shingled>,
    /// Once the quotes are attributed: each quote's index among the
    /// quotes of then, when its article is unchanged (see [`quote_was`]).
    pub quote_was: Vec<Option<usize>>,
}

/// Each article's range of `quotes` (in article order), for `articles`
/// articles.
pub fn quote_ranges(quotes: &[Quote], articles: usize) -> Vec<Range<usize>> {
    let mut ends = vec![0; articles];
    for q in quotes {
        if let Some(n) = ends.get_mut(q.article.0) {
            *n += 1;
        }
    }
    let mut at = 0;
    ends.into_iter()
        .map(|n| {
            at += n;
            at - n..at
        })
        .collect()
}

/// Each of `quotes`' index among the quotes of then (`then`: each
/// article's range of them, from [`quote_ranges`]), when its article was
/// then (`was`: each article's index then) and is unchanged since. A file
/// unchanged has the same quotations, so an article unchanged has the
/// same quotes, in the same order, with the same texts: its quotes are
/// its quotes of then, one by one, whoever said them.
pub fn quote_was(
    was: &[Option<usize>],
    then: &[Range<usize>],
    quotes: &[Quote],
) -> Vec<Option<usize>> {
    let now = quote_ranges(quotes, was.len());
    let mut out = vec![None; quotes.len()];
    for (a, w) in was.iter().enumerate() {
        let (Some(then), Some(now)) = (w.and_then(|w| then.get(w)), now.get(a)) else {
            continue;
        };
        if then.len() == now.len() {
            for (q, t) in now.clone().zip(then.clone()) {
                out[q] = Some(t);
            }
        }
    }
    out
}

/// What attribution sees of one mention: where it is, its role (its
/// place in the article's roles), which of the article's people it names
/// (in order of first mention), and whether that person can be "he" and
/// "she".
type Seen = (usize, usize, usize, u32, usize, bool, bool);

/// Whether each person can be "he", and "she".
pub fn genders(people: &[Person]) -> Vec<(bool, bool)> {
    people
        .iter()
        .map(|p| (fits(p, false), fits(p, true)))
        .collect()
}

/// What attribution sees of an article's mentions, its roles aside;
/// `genders` from [`genders`].
fn seen<'a>(
    c: &'a ArticlePeople,
    genders: &'a [(bool, bool)],
) -> impl ExactSizeIterator<Item = Seen> + 'a {
    let mut order: Vec<PersonIx> = Vec::new();
    c.mentions.iter().map(move |m| {
        let local = match order.iter().position(|&p| p == m.person) {
            Some(i) => i,
            None => {
                order.push(m.person);
                order.len() - 1
            }
        };
        let (he, she) = genders.get(m.person.index()).copied().unwrap_or_default();
        let (block, start, end) = m.place();
        (block, start, end, m.role_place(), local, he, she)
    })
}

impl Earlier {
    /// Each earlier article's range of [`Earlier::quotes`] (they are in
    /// article order).
    pub fn by_article(&self) -> Vec<Range<usize>> {
        quote_ranges(&self.quotes, self.mentions.len())
    }

    /// The earlier quotes, taken out: each article's, by its index in
    /// the earlier analysis (see [`Earlier::quotes_of`]).
    pub fn take_quotes(&mut self) -> Vec<Vec<Quote>> {
        let ranges = self.by_article();
        let mut all = std::mem::take(&mut self.quotes).into_iter();
        let mut at = 0;
        ranges
            .iter()
            .map(|r| {
                // (the ranges are in order and do not overlap)
                let skip = r.start.saturating_sub(at);
                all.by_ref().take(skip).for_each(drop);
                let q: Vec<Quote> = all.by_ref().take(r.len()).collect();
                at = r.start.max(at) + q.len();
                q
            })
            .collect()
    }

    /// The quotes of article `ix`, as the earlier analysis found them
    /// (`quotes`, its share of [`Earlier::take_quotes`]), when what
    /// attribution sees of it is unchanged: `now` is its mentions in this
    /// analysis, `genders` those of its people and of the earlier people
    /// (see [`genders`]).
    pub fn quotes_of(
        &self,
        ix: ArticleIx,
        now: &ArticlePeople,
        genders: [&[(bool, bool)]; 2],
        quotes: Vec<Quote>,
    ) -> Option<Vec<Quote>> {
        let was = (*self.was.get(ix.index())?)?;
        let before = self.mentions.get(was)?;
        if before.mentions.len() != now.mentions.len()
            || before.roles != now.roles
            || !seen(before, genders[1]).eq(seen(now, genders[0]))
        {
            return None;
        }
        // the same mentions name the same people: each earlier person is
        // the one its mentions name now
        let rename = |p: PersonIx| {
            before
                .mentions
                .iter()
                .zip(&now.mentions)
                .find(|(b, _)| b.person == p)
                .map(|(_, m)| m.person)
        };
        quotes
            .into_iter()
            .map(|mut q| {
                if let Speaker::Person(p) = q.speaker {
                    q.speaker = Speaker::Person(rename(p)?);
                }
                q.article = ix;
                q.group = None;
                Some(q)
            })
            .collect()
    }
}
