//! Across the archive: one person per name however it is spelt
//! ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"), every mention of every
//! article resolved to that person.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::names::{LocalMention, surname_key};
use crate::language::lexicon;
use crate::model::{ArticleIx, ArticlePeople, Mention, Person, PersonIx};

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

/// The people of the archive, from the names of each article (in archive
/// order), and each article's people and mentions resolved to them.
pub fn merge<M: AsRef<[LocalMention]> + Sync>(local: &[M]) -> (Vec<Person>, Vec<ArticlePeople>) {
    // One group per (first name, surname) key; initials join the one full
    // first name they can stand for.
    let mut gr = Groups::default();
    // Each article's distinct full names, found in parallel, then merged.
    let mut full_keys: Vec<(String, String)> = local
        .par_iter()
        .map(|mentions| {
            let mut keys: Vec<(String, String)> = mentions
                .as_ref()
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
    // (compared in place: a key cloned at each comparison cost seconds on
    // an archive of 100,000 articles)
    full_keys
        .sort_unstable_by(|a, b| (a.0.chars().count() <= 1, a).cmp(&(b.0.chars().count() <= 1, b)));
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
    for mentions in local {
        for m in mentions.as_ref() {
            if let Some(k) = &m.full
                && let Some(&g) = gr.of.get(k)
            {
                weight[g] += 1;
            }
        }
    }
    for mentions in local {
        let mut r = Vec::new();
        for (i, m) in mentions.as_ref().iter().enumerate() {
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

    let mut cast = Vec::with_capacity(local.len());
    for (ix, (mentions, res)) in local.iter().zip(&resolved).enumerate() {
        let mentions = mentions.as_ref();
        let mut found: Vec<Mention> = res
            .iter()
            .map(|&(i, g)| Mention {
                block: mentions[i].block,
                start: mentions[i].start,
                end: mentions[i].end,
                person: PersonIx(g),
                role: mentions[i].role_text.clone(),
            })
            .collect();
        found.sort_by_key(|m| (m.block, m.start));
        let mut seen = Vec::new();
        for m in &found {
            people[m.person].mentions += 1;
            if !seen.contains(&m.person) {
                seen.push(m.person);
                people[m.person].articles.push(ArticleIx(ix));
            }
        }
        cast.push(ArticlePeople {
            people: seen,
            mentions: found,
        });
    }
    (people, cast)
}
