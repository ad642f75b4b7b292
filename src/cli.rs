//! The command line: argument parsing and the non-interactive commands.
//! `gazette [PATH]...` opens the reader; `list` and `show` print from the
//! same store for scripts.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::document::Document;
use crate::query;
use crate::store::{self, Article, Loaded, Lookup};
use crate::text;

/// Exit status: an article asked for by id is not in the store.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: bad arguments, or input that cannot be read.
pub const EXIT_USAGE: u8 = 2;

const QUERY_HELP: &str = "\
Columns: id, date, source, title.

QUERY: words separated by spaces; every word must match.
  lavrov            fuzzy over title, source, people and date
  p:lavrv           person (also person:)    s:usa   source (source:)
  t:geneva          title (title:)           d:...   date (date:)
  d:2022-01-21  d:2022-01  d:jan 21  d:21 january  d:friday
  d:2022-01-18..2022-01-20  d:..2022-01-20  d:2022-01-20..  d:7d  d:2w  d:3m
  !s:npr            not                      'geneva exact, not fuzzy
  p:\"joe biden\"     a phrase with spaces
Lower-case words match either case; a capital letter makes the word exact-case.

Exit status: 0 success, 2 unreadable input or a query that cannot be read.";

const AFTER_HELP: &str = "\
With no PATH, gazette reads the articles bundled with it. A PATH may be a
file or a folder (read recursively: .txt, .text, .md, .markdown and files
without an extension). A file named gazette-meta.json in a folder gives
facts the articles' text does not state (title, date, source, author).

Exit status: 0 success, 1 article not found, 2 usage error or unreadable input.";

#[derive(Debug, Parser)]
#[command(
    name = "gazette",
    version,
    about = "A terminal reader for a local archive of news articles",
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders to read [default: the bundled articles]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Open on the quote that best matches TEXT
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// Keep read marks, the last article and the filter in PATH
    /// [default: $XDG_STATE_HOME/gazette/state.json]
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,
    /// Neither read nor write saved state
    #[arg(long, conflicts_with = "state")]
    pub no_state: bool,
    /// Let the mouse scroll and click (this turns the terminal's own text
    /// selection off while gazette runs)
    #[arg(long)]
    pub mouse: bool,
    /// Draw borders and marks in ASCII (also when the locale is not UTF-8)
    #[arg(long)]
    pub ascii: bool,
    /// Report every problem met loading the articles, then exit
    /// (1 when there are problems)
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print one line per article, newest first (best match first with --filter)
    #[command(after_help = QUERY_HELP)]
    List {
        /// Article files or folders [default: the bundled articles]
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print a JSON array of objects instead
        #[arg(long)]
        json: bool,
        /// Only articles matching QUERY (the filter bar's language)
        #[arg(long, short, value_name = "QUERY")]
        filter: Option<String>,
    },
    /// Print the people named in the articles, most mentioned first
    #[command(
        after_help = "Columns: mentions, articles, name, aliases. Authors (bylines) are not listed.\nExit status: 0 success, 2 unreadable input."
    )]
    People {
        /// Article files or folders [default: the bundled articles]
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print a JSON array of objects instead
        #[arg(long)]
        json: bool,
    },
    /// Print the quotations: who said what, where, and who else carried it
    #[command(
        after_help = "Columns: speaker — text — source, date [article id]. A quote carried by other\narticles is followed by where, and how their wording differs.\nQUERY: as for `list`, with p: the speaker. Exit status: 0 success, 2 unreadable input or query."
    )]
    Quotes {
        /// Article files or folders [default: the bundled articles]
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print a JSON array of objects instead
        #[arg(long)]
        json: bool,
        /// Only quotes matching QUERY
        #[arg(long, short, value_name = "QUERY")]
        filter: Option<String>,
    },
    /// Print one article as plain text, laid out as the reader shows it
    #[command(
        after_help = "ID is an article id from `gazette list`, or a prefix only one id has.\nExit status: 0 success, 1 no such article, 2 unreadable input."
    )]
    Show {
        /// The article's id
        id: String,
        /// Article files or folders [default: the bundled articles]
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Wrap lines at this many columns (0: do not wrap)
        #[arg(long, default_value_t = 80)]
        width: usize,
    },
}

/// Loads `paths`, or the bundled corpus when there are none.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, store::LoadError> {
    if paths.is_empty() {
        Ok(store::load_bundled())
    } else {
        store::load_paths(paths)
    }
}

/// Runs a non-interactive command, printing to `out` and `err`.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    match command {
        Command::List {
            paths,
            json,
            filter,
        } => {
            let Some(query) = parse_filter(filter.as_deref(), err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            let Some(loaded) = load_or_report(&paths, err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            let s = &loaded.store;
            let rows: Vec<&Article> = match &query {
                Some(q) => {
                    let index = query::SearchIndex::new(s);
                    let hits = query::Matcher::default().run(&index, q);
                    hits.into_iter().filter_map(|ix| s.get(ix)).collect()
                }
                None => s.iter_newest_first().collect(),
            };
            if json {
                let json_rows: Vec<ArticleJson> =
                    rows.iter().map(|a| ArticleJson::from(*a)).collect();
                serde_json::to_writer_pretty(&mut *out, &json_rows)?;
                writeln!(out)?;
            } else {
                write_list(&rows, out)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Quotes {
            paths,
            json,
            filter,
        } => {
            let Some(query) = parse_filter(filter.as_deref(), err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            let query = query.unwrap_or_default();
            let Some(loaded) = load_or_report(&paths, err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            let s = &loaded.store;
            // no filter, no index to build
            let hits: Vec<_> = if query.is_empty() {
                s.quotes_newest_first().collect()
            } else {
                crate::quotes::QuoteMatcher::default().run(s, &query)
            };
            if json {
                let rows: Vec<QuoteJson> = hits.iter().map(|&qi| QuoteJson::new(qi, s)).collect();
                serde_json::to_writer_pretty(&mut *out, &rows)?;
                writeln!(out)?;
            } else {
                for qi in hits {
                    let q = &s.quotes()[qi];
                    let Some(a) = s.get(q.article) else { continue };
                    let date = a
                        .date
                        .map_or_else(|| "undated".to_string(), |d| d.to_string());
                    writeln!(
                        out,
                        "{} — “{}” — {}, {} [{}]",
                        s.speaker_name(q).unwrap_or("unknown speaker"),
                        q.text,
                        a.source_label(),
                        date,
                        a.id
                    )?;
                    for other in QuoteJson::new(qi, s).also_in {
                        let changed: usize = other
                            .wording
                            .iter()
                            .map(|(x, y)| x.split(' ').count().max(y.split(' ').count()))
                            .sum();
                        let diff = if other.wording.is_empty() {
                            "same words".to_string()
                        } else if other.wording.len() > 3 || changed > 12 {
                            format!("worded differently ({} places differ)", other.wording.len())
                        } else {
                            other
                                .wording
                                .iter()
                                .map(|(x, y)| match (x.is_empty(), y.is_empty()) {
                                    (true, _) => format!("adds “{y}”"),
                                    (_, true) => format!("drops “{x}”"),
                                    _ => format!("“{x}” → “{y}”"),
                                })
                                .collect::<Vec<_>>()
                                .join("; ")
                        };
                        writeln!(
                            out,
                            "    also in {} ({}): {diff}",
                            other.article,
                            other.source.unwrap_or("source unknown")
                        )?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::People { paths, json } => {
            let Some(loaded) = load_or_report(&paths, err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            let s = &loaded.store;
            let mut people: Vec<&crate::people::Person> = s.people().iter().collect();
            people.sort_by(|a, b| {
                b.mentions
                    .cmp(&a.mentions)
                    .then_with(|| a.name.cmp(&b.name))
            });
            if json {
                let rows: Vec<PersonJson> = people.iter().map(|p| PersonJson::new(p, s)).collect();
                serde_json::to_writer_pretty(&mut *out, &rows)?;
                writeln!(out)?;
            } else {
                for p in people {
                    let aliases = if p.aliases.is_empty() {
                        String::new()
                    } else {
                        format!("  ({})", p.aliases.join(", "))
                    };
                    writeln!(
                        out,
                        "{:>4} {:>3}  {}{aliases}",
                        p.mentions,
                        p.articles.len(),
                        p.name
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, paths, width } => {
            let Some(loaded) = load_or_report(&paths, err)? else {
                return Ok(ExitCode::from(EXIT_USAGE));
            };
            match loaded.store.find(&id) {
                Lookup::Found(ix) => {
                    let article = loaded.store.get(ix).expect("find returns a valid index");
                    let width = if width == 0 { usize::MAX } else { width };
                    let doc = Document::for_article(&loaded.store, ix, width)
                        .unwrap_or_else(|| Document::layout(article, width));
                    out.write_all(doc.to_plain().as_bytes())?;
                    Ok(ExitCode::SUCCESS)
                }
                Lookup::NotFound => {
                    writeln!(
                        err,
                        "gazette: no article with id {id:?} (see `gazette list`)"
                    )?;
                    Ok(ExitCode::from(EXIT_NOT_FOUND))
                }
                Lookup::Ambiguous(ids) => {
                    writeln!(err, "gazette: {id:?} could be any of: {}", ids.join(", "))?;
                    Ok(ExitCode::from(EXIT_NOT_FOUND))
                }
            }
        }
    }
}

/// `gazette --check`: every load problem, one per line, and a summary.
pub fn check(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    let loaded = match load(paths) {
        Ok(l) => l,
        Err(e) => {
            writeln!(err, "gazette: {e}")?;
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    for p in &loaded.problems {
        writeln!(out, "{p}")?;
    }
    let skipped = loaded.problems.iter().filter(|p| !p.loaded).count();
    let warned = loaded.problems.len() - skipped;
    writeln!(
        out,
        "{} articles loaded, {} quotes, {} people; {warned} loaded with a warning, {skipped} skipped",
        loaded.store.len(),
        loaded.store.quotes().len(),
        loaded.store.people().len()
    )?;
    Ok(if loaded.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_NOT_FOUND)
    })
}

/// Parses `--filter`: `Some(None)` without one, `None` (after saying
/// why on `err`) when it cannot be read.
fn parse_filter(
    filter: Option<&str>,
    err: &mut dyn Write,
) -> io::Result<Option<Option<query::Query>>> {
    let today = chrono::Local::now().date_naive();
    match filter.map(|f| query::parse(f, today)).transpose() {
        Ok(q) => Ok(Some(q)),
        Err(msg) => {
            writeln!(err, "gazette: --filter: {msg}")?;
            Ok(None)
        }
    }
}

/// Loads, printing every problem to `err`. `None` when a path is unusable.
pub fn load_or_report(paths: &[PathBuf], err: &mut dyn Write) -> io::Result<Option<Loaded>> {
    match load(paths) {
        Ok(loaded) => {
            for p in &loaded.problems {
                writeln!(err, "gazette: {p}")?;
            }
            Ok(Some(loaded))
        }
        Err(e) => {
            writeln!(err, "gazette: {e}")?;
            Ok(None)
        }
    }
}

fn write_list(rows: &[&Article], out: &mut dyn Write) -> io::Result<()> {
    let id_w = rows.iter().map(|a| text::width(&a.id)).max().unwrap_or(0);
    let src_w = rows
        .iter()
        .map(|a| text::width(a.source_label()))
        .max()
        .unwrap_or(0);
    for a in rows {
        let date = a
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        writeln!(
            out,
            "{}  {:<10}  {}  {}",
            text::fit(&a.id, id_w),
            date,
            text::fit(a.source_label(), src_w),
            a.title
        )?;
    }
    Ok(())
}

/// An article as `gazette list --json` prints it.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    pub id: &'a str,
    pub path: String,
    pub title: &'a str,
    /// "headline", "lede" (shortened lede standing in), or "meta"
    pub title_kind: store::TitleKind,
    pub date: Option<String>,
    pub source: Option<&'a str>,
    pub author: Option<&'a str>,
    pub people: &'a [String],
    pub words: usize,
}

impl<'a> From<&'a Article> for ArticleJson<'a> {
    fn from(a: &'a Article) -> Self {
        ArticleJson {
            id: &a.id,
            path: crate::text::safe_path(&a.path),
            title: &a.title,
            title_kind: a.title_kind,
            date: a.date.map(|d| d.format("%Y-%m-%d").to_string()),
            source: a.source.as_deref(),
            author: a.author.as_deref(),
            people: &a.people,
            words: a.words,
        }
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
    fn new(p: &'a crate::people::Person, store: &'a store::Store) -> Self {
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
    pub kind: crate::quotes::QuoteKind,
    pub verb: Option<&'a str>,
    /// The group of the same utterance in other articles, or null.
    pub group: Option<usize>,
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
    pub fn new(qi: crate::quotes::QuoteIx, s: &'a store::Store) -> Self {
        let q = &s.quotes()[qi];
        let a = s.get(q.article);
        let also_in = q
            .group
            .and_then(|g| s.quote_groups().get(g))
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
                    wording: crate::quotes::wording_diff(&q.text, &oq.text),
                })
            })
            .collect();
        QuoteJson {
            article: a.map_or("", |a| a.id.as_str()),
            path: a.map_or_else(String::new, |a| a.path.display().to_string()),
            speaker: s.speaker_name(q),
            text: &q.text,
            kind: q.kind,
            verb: q.verb.as_deref(),
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
