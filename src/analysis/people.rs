//! Across the archive: one person per name however it is spelt
//! ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"), every mention of every
//! article resolved to that person.
//!
//! The groups of name keys are made in one pass, in a fixed order; every
//! article's mentions are then resolved to them in parallel.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use super::names::{LocalMention, is_full_name, key_of_written};
use crate::model::{ArticleIx, ArticlePeople, Mention, Person, PersonIx};

/// A person's key: first name key, surname key (the first empty for a
/// person known by surname alone).
type Key = (String, String);

/// Groups of name keys, one per person being built.
#[derive(Default)]
struct Groups {
    of: HashMap<Key, usize>,
    /// Groups by surname key, in the order they were made.
    by_surname: HashMap<String, Vec<usize>>,
    /// The first name keys of each group.
    firsts: Vec<Vec<String>>,
}

impl Groups {
    /// A new group for `key`.
    fn add(&mut self, key: Key) -> usize {
        let g = self.firsts.len();
        self.firsts.push(vec![key.0.clone()]);
        self.by_surname.entry(key.1.clone()).or_default().push(g);
        self.of.insert(key, g);
        g
    }

    /// One group per (first name, surname) key; initials join the one
    /// full first name they can stand for. `keys` sorted, distinct.
    fn of_full_names(mut keys: Vec<Key>) -> Groups {
        // full first names before initials, so that initials find them
        // (compared in place: a key cloned at each comparison cost seconds
        // on an archive of 100,000 articles)
        keys.sort_unstable_by(|a, b| {
            (a.0.chars().count() <= 1, a).cmp(&(b.0.chars().count() <= 1, b))
        });
        keys.dedup();
        let mut gr = Groups::default();
        for key in keys {
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
                    .filter(|&g| gr.firsts[g].iter().any(|f| f.starts_with(&key.0)))
                    .collect();
                if let [g] = fits.as_slice() {
                    gr.firsts[*g].push(key.0.clone());
                    gr.of.insert(key, *g);
                    continue;
                }
            }
            gr.add(key);
        }
        gr
    }
}

/// The people of the archive, from the names of each article (in archive
/// order), and each article's people and mentions resolved to them.
pub fn merge<M: AsRef<[LocalMention]> + Sync>(local: &[M]) -> (Vec<Person>, Vec<ArticlePeople>) {
    // Each way a name is written, with its keys, computed once: an
    // archive writes a few thousand names millions of times.
    let keys: HashMap<&str, Key> = local
        .par_iter()
        .fold(FxHashSet::default, |mut set: FxHashSet<&str>, m| {
            set.extend(m.as_ref().iter().map(|m| m.written.as_str()));
            set
        })
        .reduce(FxHashSet::default, |mut a, b| {
            if a.len() < b.len() {
                return b.into_iter().chain(a).collect();
            }
            a.extend(b);
            a
        })
        .into_par_iter()
        .map(|w| (w, key_of_written(w)))
        .collect();
    let key = |m: &LocalMention| &keys[m.written.as_str()];
    // the distinct full names
    let full: Vec<Key> = keys
        .iter()
        .filter(|(w, _)| is_full_name(w))
        .map(|(_, k)| k.clone())
        .collect();
    let mut gr = Groups::of_full_names(full);
    let full_group: HashMap<&str, Option<usize>> = keys
        .iter()
        .filter(|(w, _)| is_full_name(w))
        .map(|(w, k)| (*w, gr.of.get(k).copied()))
        .collect();

    // The group of each mention that has a full name (its own, or the one
    // its surname is bound to).
    let keyed: Vec<Vec<Option<usize>>> = local
        .par_iter()
        .map(|m| {
            let m = m.as_ref();
            m.iter()
                .map(|x| {
                    let full = m.get(x.full? as usize)?;
                    full_group.get(full.written.as_str()).copied().flatten()
                })
                .collect()
        })
        .collect();

    // How often each group is named by a full name (or a surname bound to
    // one): a surname alone goes to the most named of its groups.
    let mut weight: Vec<usize> = vec![0; gr.firsts.len()];
    for &g in keyed.iter().flatten().flatten() {
        weight[g] += 1;
    }
    // "President Biden" where no article gives a first name: the surname
    // alone names the person, from its first mention with a role on.
    let mut first_role: HashMap<&str, (usize, usize)> = HashMap::default();
    for (a, mentions) in local.iter().enumerate() {
        for (i, m) in mentions.as_ref().iter().enumerate() {
            if m.full.is_none() && m.role {
                let s = key(m).1.as_str();
                if !gr.by_surname.contains_key(s) {
                    first_role.entry(s).or_insert((a, i));
                }
            }
        }
    }
    let mut made: Vec<(&(usize, usize), &&str)> =
        first_role.iter().map(|(s, at)| (at, s)).collect();
    made.sort_unstable();
    // each such surname's first mention with a role, and its group
    let by_role: HashMap<&str, ((usize, usize), usize)> = made
        .into_iter()
        .map(|(&at, &s)| {
            weight.push(0);
            (s, (at, gr.add((String::new(), s.to_string()))))
        })
        .collect();
    // the group a surname alone names: the last of the most named
    let best: HashMap<&str, usize> = gr
        .by_surname
        .iter()
        .filter_map(|(s, c)| {
            let g = c.iter().copied().max_by_key(|&g| weight[g])?;
            Some((s.as_str(), g))
        })
        .collect();

    // Every mention resolved to a group, article by article, in parallel.
    let resolved: Vec<Vec<(usize, usize)>> = local
        .par_iter()
        .zip(&keyed)
        .enumerate()
        .map(|(a, (mentions, keyed))| {
            let mut r = Vec::new();
            for (i, (m, &k)) in mentions.as_ref().iter().zip(keyed).enumerate() {
                let g = match m.full {
                    Some(_) => k,
                    None => {
                        let s = key(m).1.as_str();
                        match by_role.get(s) {
                            Some(&(at, g)) => (at <= (a, i)).then_some(g),
                            None => best.get(s).copied(),
                        }
                    }
                };
                if let Some(g) = g {
                    r.push((i, g));
                }
            }
            r
        })
        .collect();

    // The forms each group is written in, with counts.
    let n = gr.firsts.len();
    // (counted in parallel: a few thousand forms, millions of mentions)
    let counted: HashMap<(usize, &str), usize> = local
        .par_iter()
        .zip(&resolved)
        .fold(HashMap::default, |mut counts, (mentions, res)| {
            let mentions = mentions.as_ref();
            for &(i, g) in res {
                *counts.entry((g, mentions[i].written.as_str())).or_default() += 1;
            }
            counts
        })
        .reduce(HashMap::default, |mut a, b| {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
            a
        });
    let mut forms: Vec<HashMap<&str, usize>> = vec![HashMap::default(); n];
    let mut surname_forms: Vec<HashMap<&str, usize>> = vec![HashMap::default(); n];
    for ((g, written), count) in counted {
        let to = if is_full_name(written) {
            &mut forms[g]
        } else {
            &mut surname_forms[g]
        };
        to.insert(written, count);
    }

    let mut people: Vec<Person> = forms
        .par_iter()
        .zip(&surname_forms)
        .map(|(forms, surname_forms)| person(forms, surname_forms))
        .collect();

    let cast: Vec<ArticlePeople> = local
        .par_iter()
        .zip(&resolved)
        .map(|(mentions, res)| {
            let mentions = mentions.as_ref();
            let mut found: Vec<Mention> = res
                .iter()
                .map(|&(i, g)| Mention {
                    block: mentions[i].block as usize,
                    start: mentions[i].start as usize,
                    end: mentions[i].end as usize,
                    person: PersonIx(g),
                    role: mentions[i].role_text.clone(),
                })
                .collect();
            found.sort_by_key(|m| (m.block, m.start));
            let mut seen = Vec::new();
            for m in &found {
                if !seen.contains(&m.person) {
                    seen.push(m.person);
                }
            }
            ArticlePeople {
                people: seen,
                mentions: found,
            }
        })
        .collect();
    for (ix, c) in cast.iter().enumerate() {
        for m in &c.mentions {
            people[m.person].mentions += 1;
        }
        for &p in &c.people {
            people[p].articles.push(ArticleIx(ix));
        }
    }
    (people, cast)
}

/// A person from the forms of their name written, with counts: the
/// fullest form is the name, then the most used (a surname spelling
/// counts for the full forms that share it), then by spelling.
fn person(forms: &HashMap<&str, usize>, surname_forms: &HashMap<&str, usize>) -> Person {
    let surname_uses = |f: &str| {
        let last = f.rsplit(' ').next().unwrap_or(f);
        surname_forms.get(last).copied().unwrap_or(0)
    };
    let name = forms
        .iter()
        .max_by(|a, b| {
            let wa = a.0.split(' ').count();
            let wb = b.0.split(' ').count();
            (wa, a.1 + surname_uses(a.0))
                .cmp(&(wb, b.1 + surname_uses(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(f, _)| (*f).to_string())
        .or_else(|| surname_forms.keys().max().map(|f| (*f).to_string()))
        .unwrap_or_default();
    let mut aliases: Vec<String> = forms
        .keys()
        .chain(surname_forms.keys())
        .filter(|f| **f != name)
        .map(|f| (*f).to_string())
        .collect();
    aliases.sort();
    aliases.dedup();
    Person {
        name,
        aliases,
        articles: Vec::new(),
        mentions: 0,
    }
}
