//! What `--json` prints: one shape per kind of row, the same `path` form
//! everywhere.

use std::path::Path;

use serde::Serialize;

use crate::model::{ArticleIx, Person, QuoteIx, QuoteKind, TitleKind, Why};
use crate::store::Store;

/// A path as JSON gives it: as the terminal would show it, made safe.
fn json_path(p: &Path) -> String {
    crate::text::safe_path(p)
}

/// An article as `gazette list --json` prints it.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    pub id: &'a str,
    pub path: String,
    pub title: &'a str,
    /// "headline", "lede" (shortened lede standing in), or "meta"
    pub title_kind: TitleKind,
    pub date: Option<String>,
    pub source: Option<&'a str>,
    pub author: Option<&'a str>,
    pub url: Option<&'a str>,
    pub tags: &'a [String],
    pub people: Vec<&'a str>,
    pub words: usize,
}

impl<'a> ArticleJson<'a> {
    pub fn new(s: &'a Store, ix: ArticleIx) -> Option<Self> {
        let a = s.get(ix)?;
        Some(ArticleJson {
            id: &a.id,
            path: json_path(&a.path),
            title: &a.title,
            title_kind: a.title_kind,
            date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
            source: a.source.as_deref(),
            author: a.author.as_deref(),
            url: a.url.as_deref(),
            tags: &a.tags,
            people: s.people_names(ix).collect(),
            words: a.words,
        })
    }
}

/// One article as `gazette show --json` prints it: its fields, and its
/// body as plain text (paragraphs apart by a blank line).
#[derive(Debug, Serialize)]
pub struct ShownJson<'a> {
    #[serde(flatten)]
    pub article: ArticleJson<'a>,
    pub body: String,
}

impl<'a> ShownJson<'a> {
    pub fn new(s: &'a Store, ix: ArticleIx) -> Option<Self> {
        let body = s
            .body(ix)
            .iter()
            .map(|b| b.text())
            .collect::<Vec<_>>()
            .join("\n\n");
        Some(ShownJson {
            article: ArticleJson::new(s, ix)?,
            body,
        })
    }
}

/// A person as `gazette people --json` prints them.
#[derive(Debug, Serialize)]
pub struct PersonJson<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    /// Ids of the articles that name them.
    pub articles: Vec<&'a str>,
    pub mentions: usize,
}

impl<'a> PersonJson<'a> {
    pub fn new(p: &'a Person, store: &'a Store) -> Self {
        PersonJson {
            name: &p.name,
            aliases: &p.aliases,
            articles: p
                .articles
                .iter()
                .filter_map(|&ix| store.get(ix).map(|a| a.id.as_str()))
                .collect(),
            mentions: p.mentions,
        }
    }
}

/// A quote as `gazette quotes --json` prints it.
#[derive(Debug, Serialize)]
pub struct QuoteJson<'a> {
    /// The article's id.
    pub article: &'a str,
    pub path: String,
    /// A person's canonical name, an organisation, or null.
    pub speaker: Option<&'a str>,
    pub text: &'a str,
    pub kind: QuoteKind,
    pub verb: Option<&'a str>,
    /// The rule that chose the speaker (README, "Who said it"), or null.
    pub why: Option<Why>,
    /// The group of the same utterance in other articles, or null.
    pub group: Option<u32>,
    /// Where the quote is: body block (paragraph) index and byte range.
    pub spans: Vec<SpanJson>,
    /// The same utterance elsewhere, and how its wording differs.
    pub also_in: Vec<Carried<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SpanJson {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct Carried<'a> {
    pub article: &'a str,
    pub source: Option<&'a str>,
    pub text: &'a str,
    /// Each difference: (these words here, those words there).
    pub wording: Vec<(String, String)>,
}

impl<'a> QuoteJson<'a> {
    pub fn new(qi: QuoteIx, s: &'a Store) -> Self {
        let q = &s.quotes()[qi];
        let a = s.get(q.article);
        let also_in = q
            .group
            .and_then(|g| s.quote_groups().get(g as usize))
            .into_iter()
            .flatten()
            .filter(|&&o| o != qi)
            .filter_map(|&o| {
                let oq = &s.quotes()[o];
                let oa = s.get(oq.article)?;
                Some(Carried {
                    article: &oa.id,
                    source: oa.source.as_deref(),
                    text: &oq.text,
                    wording: crate::analysis::quotes::wording_diff(&q.text, &oq.text),
                })
            })
            .collect();
        QuoteJson {
            article: a.map_or("", |a| a.id.as_str()),
            path: a.map_or_else(String::new, |a| json_path(&a.path)),
            speaker: s.speaker_name(q),
            text: &q.text,
            kind: q.kind,
            verb: q.verb.as_deref(),
            why: q.why,
            group: q.group,
            spans: q
                .spans
                .iter()
                .map(|sp| SpanJson {
                    paragraph: sp.block,
                    start: sp.start,
                    end: sp.end,
                })
                .collect(),
            also_in,
        }
    }
}
