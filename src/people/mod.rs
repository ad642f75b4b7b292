//! People in the story: found per article by rules ([`extract`]), then
//! merged across the store so that one person has one canonical name
//! however it is spelt ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy").

mod extract;
mod lexicon;

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

pub use extract::{Found, Token, lone_words, names_in, tokenize};

use crate::store::{Article, ArticleIx, Block};

/// Index of a person in the store.
pub type PersonIx = usize;

/// One person across the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The fullest common form of the name.
    pub name: String,
    /// Every other form seen, surname-only forms included.
    pub aliases: Vec<String>,
    /// Articles that name the person, in store order.
    #[serde(skip)]
    pub articles: Vec<ArticleIx>,
    /// Times named, across the store.
    pub mentions: usize,
}

impl Person {
    /// The name, then every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Where an article names a person: body block and byte range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub person: PersonIx,
    /// The role the text gives the person here, lower case
    /// ("russian foreign minister"); empty when none.
    pub role: String,
}

/// Spelling-insensitive key of a name word: lower case, no accents or
/// punctuation, y read as i, doubled letters single. "Sergey" and "Sergei",
/// "Zelenskyy", "Zelensky" and "Zelenskiy" share a key.
pub fn name_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'y' | 'ý' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
            'ç' | 'č' | 'ć' => 'c',
            'ñ' | 'ń' => 'n',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ł' => 'l',
            'ř' => 'r',
            c if c.is_alphanumeric() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Key of the surname of a name: its last word.
fn surname_key(words: &[String]) -> String {
    words.last().map_or_else(String::new, |w| name_key(w))
}

/// A mention inside one article before the store-wide merge.
#[derive(Debug, Clone)]
struct LocalMention {
    block: usize,
    start: usize,
    end: usize,
    /// The words as written ("Sergei", "Lavrov" or just "Lavrov").
    words: Vec<String>,
    /// Key of the full name this mention belongs to, when the article has it.
    full: Option<(String, String)>,
    role: bool,
    role_text: String,
}

/// Finds the names in one article and binds its surname-only mentions to
/// full names it introduces.
fn extract_article(a: &Article) -> Vec<LocalMention> {
    let blocks: Vec<(usize, Vec<Token>)> = a
        .body
        .iter()
        .enumerate()
        .filter(|(_, b)| !matches!(b, Block::Aside(_)))
        .map(|(i, b)| (i, tokenize(b.text())))
        .collect();
    let lone: HashSet<&str> = blocks.iter().flat_map(|(_, t)| lone_words(t)).collect();
    let author_key: Option<String> = a.author.as_deref().map(|au| {
        au.split_whitespace()
            .map(name_key)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let mut out: Vec<LocalMention> = Vec::new();
    for (block, tokens) in &blocks {
        for f in names_in(tokens, &|w| lone.contains(w)) {
            let key = f
                .words
                .iter()
                .map(|w| name_key(w))
                .collect::<Vec<_>>()
                .join(" ");
            if author_key.as_deref() == Some(key.as_str()) {
                continue;
            }
            // "von der Leyen": a surname with its particles, no first name
            let surname_only =
                f.words.len() < 2 || lexicon::PARTICLES.contains(f.words[0].as_str());
            let full = (!surname_only)
                .then(|| (name_key(&f.words[0]), name_key(&f.words[f.words.len() - 1])));
            out.push(LocalMention {
                block: *block,
                start: f.start,
                end: f.end,
                words: f.words,
                full,
                role: f.role,
                role_text: f.role_text,
            });
        }
    }
    // Surname-only mentions take the full name the article gave that
    // surname, the nearest one before them if several.
    let fulls: Vec<(usize, (String, String))> = out
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.full.clone().map(|k| (i, k)))
        .collect();
    for (i, m) in out.iter_mut().enumerate().filter(|(_, m)| m.full.is_none()) {
        let last = surname_key(&m.words);
        let before = fulls.iter().rev().find(|(j, k)| *j < i && k.1 == last);
        let any = fulls.iter().find(|(_, k)| k.1 == last);
        if let Some((_, k)) = before.or(any) {
            m.full = Some(k.clone());
        }
    }
    out
}

/// Groups of name keys, one per person being built.
#[derive(Default)]
struct Groups {
    /// (first name key, surname key) → group.
    of: HashMap<(String, String), usize>,
    by_surname: HashMap<String, Vec<usize>>,
    /// Full forms written, and surname-only forms written, with counts.
    forms: Vec<HashMap<String, usize>>,
    surname_forms: Vec<HashMap<String, usize>>,
}

impl Groups {
    /// A new group for `key`.
    fn add(&mut self, key: (String, String)) -> usize {
        let g = self.forms.len();
        self.forms.push(HashMap::default());
        self.surname_forms.push(HashMap::default());
        self.by_surname.entry(key.1.clone()).or_default().push(g);
        self.of.insert(key, g);
        g
    }
}

/// Builds the people of the store: fills each article's `people` (canonical
/// names, in order of first mention) and `mentions`, returns the people.
pub fn build(articles: &mut [Article]) -> Vec<Person> {
    let local: Vec<Vec<LocalMention>> = articles.par_iter().map(extract_article).collect();

    // One group per (first name, surname) key; initials join the one full
    // first name they can stand for.
    let mut gr = Groups::default();
    // Each article's distinct full names, found in parallel, then merged.
    let mut full_keys: Vec<(String, String)> = local
        .par_iter()
        .map(|mentions| {
            let mut keys: Vec<(String, String)> = mentions
                .iter()
                .filter(|m| m.words.len() >= 2 && !lexicon::PARTICLES.contains(m.words[0].as_str()))
                .filter_map(|m| m.full.clone())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            keys
        })
        .flatten()
        .collect();
    // Full first names before initials, so that initials find them.
    full_keys.sort_by_key(|k| (k.0.chars().count() <= 1, k.clone()));
    full_keys.dedup();
    for key in full_keys {
        if gr.of.contains_key(&key) {
            continue;
        }
        if key.0.chars().count() <= 1 {
            let fits: Vec<usize> = gr
                .by_surname
                .get(&key.1)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&g| {
                    gr.of
                        .iter()
                        .any(|(k, &v)| v == g && k.0.starts_with(&key.0))
                })
                .collect();
            if let [g] = fits.as_slice() {
                gr.of.insert(key, *g);
                continue;
            }
        }
        gr.add(key);
    }

    // Resolve every mention to a group; count the gr.forms.
    let mut resolved: Vec<Vec<(usize, usize)>> = Vec::with_capacity(local.len()); // (mention, group)
    let mut weight: Vec<usize> = vec![0; gr.forms.len()];
    for mentions in &local {
        for m in mentions {
            if let Some(k) = &m.full
                && let Some(&g) = gr.of.get(k)
            {
                weight[g] += 1;
            }
        }
    }
    for mentions in &local {
        let mut r = Vec::new();
        for (i, m) in mentions.iter().enumerate() {
            let g = match &m.full {
                Some(k) => gr.of.get(k).copied(),
                None => {
                    let surname = surname_key(&m.words);
                    let candidates = gr.by_surname.get(&surname).cloned().unwrap_or_default();
                    match candidates
                        .iter()
                        .max_by_key(|&&g| weight.get(g).copied().unwrap_or(0))
                    {
                        Some(&g) => Some(g),
                        // "President Biden" where no article gives a first
                        // name: the surname alone names the person
                        None if m.role => {
                            let key = (String::new(), surname);
                            let g = match gr.of.get(&key) {
                                Some(&g) => g,
                                None => {
                                    weight.push(0);
                                    gr.add(key)
                                }
                            };
                            Some(g)
                        }
                        None => None,
                    }
                }
            };
            if let Some(g) = g {
                let written = m.words.join(" ");
                if m.words.len() >= 2 && !lexicon::PARTICLES.contains(m.words[0].as_str()) {
                    *gr.forms[g].entry(written).or_default() += 1;
                } else {
                    *gr.surname_forms[g].entry(written).or_default() += 1;
                }
                r.push((i, g));
            }
        }
        resolved.push(r);
    }

    // Canonical name: the fullest form, then the most used (a surname
    // spelling counts for the full gr.forms that share it), then by spelling.
    let mut people: Vec<Person> = (0..gr.forms.len())
        .map(|g| {
            let mut all: Vec<(&String, usize)> = gr.forms[g].iter().map(|(f, &n)| (f, n)).collect();
            let surname_uses = |f: &str| {
                let last = f.rsplit(' ').next().unwrap_or(f);
                gr.surname_forms[g].get(last).copied().unwrap_or(0)
            };
            let name = all
                .iter()
                .max_by(|a, b| {
                    let wa = a.0.split(' ').count();
                    let wb = b.0.split(' ').count();
                    (wa, a.1 + surname_uses(a.0))
                        .cmp(&(wb, b.1 + surname_uses(b.0)))
                        .then_with(|| b.0.cmp(a.0))
                })
                .map(|(f, _)| (*f).clone())
                .or_else(|| gr.surname_forms[g].keys().max().cloned())
                .unwrap_or_default();
            all.extend(gr.surname_forms[g].iter().map(|(f, &n)| (f, n)));
            let mut aliases: Vec<String> = all
                .iter()
                .map(|(f, _)| (*f).clone())
                .filter(|f| *f != name)
                .collect();
            aliases.sort();
            aliases.dedup();
            Person {
                name,
                aliases,
                articles: Vec::new(),
                mentions: 0,
            }
        })
        .collect();

    for (ix, (article, (mentions, res))) in articles
        .iter_mut()
        .zip(local.iter().zip(&resolved))
        .enumerate()
    {
        article.mentions = res
            .iter()
            .map(|&(i, g)| Mention {
                block: mentions[i].block,
                start: mentions[i].start,
                end: mentions[i].end,
                person: g,
                role: mentions[i].role_text.clone(),
            })
            .collect();
        article.mentions.sort_by_key(|m| (m.block, m.start));
        let mut seen = Vec::new();
        for m in &article.mentions {
            people[m.person].mentions += 1;
            if !seen.contains(&m.person) {
                seen.push(m.person);
                people[m.person].articles.push(ix);
            }
        }
        article.people = seen.iter().map(|&g| people[g].name.clone()).collect();
        article.person_ixs = seen;
    }
    people
}

/// Whether `word` (lower case) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    lexicon::GIVEN_NAMES.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(name_key("Sergey"), name_key("Sergei"));
        assert_eq!(name_key("Zelenskyy"), name_key("Zelensky"));
        assert_eq!(name_key("Zelenskiy"), name_key("Zelensky"));
        assert_eq!(name_key("Müller"), name_key("Muller"));
        assert_ne!(name_key("Lavrov"), name_key("Ryabkov"));
    }
}
