//! Across the archive: one person per name however it is spelt
//! ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"), every mention of every
//! article resolved to that person.
//!
//! The groups of name keys are made in one pass, in a fixed order; every
//! article's mentions are then resolved to them in parallel.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::names::{LocalMention, Names, is_full_name, key_of_written};
use crate::model::{ArticleIx, ArticlePeople, Person, small};

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
pub fn merge<M: AsRef<Names> + Sync>(local: &[M]) -> (Vec<Person>, Vec<ArticlePeople>) {
    let names: Vec<&Names> = local.iter().map(AsRef::as_ref).collect();
    let (people, r) = people_of(&names);
    let cast = names
        .par_iter()
        .enumerate()
        .map(|(a, n)| r.cast(a, n, || n.roles.clone()))
        .collect();
    count(people, cast)
}

/// [`merge`], each article's names let go as soon as its mentions are
/// resolved: the names and the mentions are the two largest things a
/// first load holds, and need not be held together.
pub fn merge_taking<M>(local: &mut [M]) -> (Vec<Person>, Vec<ArticlePeople>)
where
    M: AsRef<Names> + AsMut<Names> + Send + Sync,
{
    let (people, r) = {
        let names: Vec<&Names> = local.iter().map(AsRef::as_ref).collect();
        people_of(&names)
    };
    let cast = local
        .par_iter_mut()
        .enumerate()
        .map(|(a, n)| {
            // (the roles moved to the cast: the rest of the names go)
            let roles = std::mem::take(&mut n.as_mut().roles);
            let c = r.cast(a, n.as_ref(), || roles);
            *n.as_mut() = Names::default();
            c
        })
        .collect();
    count(people, cast)
}

/// Each person's mentions and articles, counted from the casts.
fn count(mut people: Vec<Person>, cast: Vec<ArticlePeople>) -> (Vec<Person>, Vec<ArticlePeople>) {
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

/// The people of the archive (their names and aliases; their mentions
/// and articles not yet counted), from the names of each article, and how
/// each mention resolves to them.
fn people_of(local: &[&Names]) -> (Vec<Person>, Resolver) {
    // (each article's names checked once: an article's are used only when
    // every number in them is in range, see `Names::checked`)
    let local: Vec<(&Names, &[LocalMention])> =
        local.par_iter().map(|&n| (n, n.checked())).collect();
    // Each way a name is written, numbered across the archive, with its
    // keys computed once: an archive writes a few thousand names millions
    // of times. Every mention is then known by its form's number.
    // (each part of the archive numbers the forms it meets, in parallel;
    // the parts' numbers are then made the archive's)
    let part = local
        .len()
        .div_ceil(4 * rayon::current_num_threads())
        .max(1);
    let parts: Vec<(Vec<&str>, Vec<Vec<u32>>)> = local
        .par_chunks(part)
        .map(|articles| {
            let mut of: HashMap<&str, u32> = HashMap::default();
            let mut met: Vec<&str> = Vec::new();
            let ids = articles
                .iter()
                .map(|&(n, mentions)| {
                    if mentions.is_empty() {
                        return Vec::new();
                    }
                    let of_form: Vec<u32> = n
                        .forms
                        .iter()
                        .map(|f| {
                            *of.entry(f).or_insert_with(|| {
                                met.push(f);
                                small(met.len() - 1)
                            })
                        })
                        .collect();
                    mentions
                        .iter()
                        .map(|m| of_form.get(m.form as usize).copied().unwrap_or_default())
                        .collect()
                })
                .collect();
            (met, ids)
        })
        .collect();
    let mut forms: Vec<&str> = Vec::new();
    let mut number: HashMap<&str, u32> = HashMap::default();
    let renumber: Vec<Vec<u32>> = parts
        .iter()
        .map(|(met, _)| {
            met.iter()
                .map(|f| {
                    *number.entry(f).or_insert_with(|| {
                        forms.push(f);
                        small(forms.len() - 1)
                    })
                })
                .collect()
        })
        .collect();
    drop(number);
    let ids: Vec<Vec<u32>> = parts
        .into_par_iter()
        .zip(renumber)
        .flat_map_iter(|((_, ids), to)| {
            ids.into_iter().map(move |mut v| {
                for f in &mut v {
                    *f = to.get(*f as usize).copied().unwrap_or_default();
                }
                v
            })
        })
        .collect();
    let keys: Vec<Key> = forms.par_iter().map(|w| key_of_written(w)).collect();
    let keys = with_middle_initials(&forms, keys);
    let full_form: Vec<bool> = forms.iter().map(|w| is_full_name(w)).collect();
    // the distinct full names
    let full: Vec<Key> = keys
        .iter()
        .zip(&full_form)
        .filter(|(_, full)| **full)
        .map(|(k, _)| k.clone())
        .collect();
    let mut gr = Groups::of_full_names(full);
    // each form's group, when it is a full name
    let full_group: Vec<Option<usize>> = keys
        .iter()
        .zip(&full_form)
        .map(|(k, full)| full.then(|| gr.of.get(k).copied()).flatten())
        .collect();
    // The group of a mention that has a full name (its own, or the one
    // its surname is bound to).
    let keyed = |m: &[LocalMention], ids: &[u32], x: &LocalMention| {
        let full = x.full? as usize;
        m.get(full)?;
        full_group[*ids.get(full)? as usize]
    };

    // How often each group is named by a full name (or a surname bound to
    // one): a surname alone goes to the most named of its groups.
    let mut weight: Vec<usize> = local
        .par_iter()
        .zip(&ids)
        .fold(
            || vec![0; gr.firsts.len()],
            |mut w, (&(_, m), ids)| {
                for g in m.iter().filter_map(|x| keyed(m, ids, x)) {
                    w[g] += 1;
                }
                w
            },
        )
        .reduce(
            || vec![0; gr.firsts.len()],
            |mut a, b| {
                a.iter_mut().zip(b).for_each(|(a, b)| *a += b);
                a
            },
        );
    // Each form's surname, numbered.
    let mut surnames: Vec<&str> = Vec::new();
    let surname_of: Vec<usize> = {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        keys.iter()
            .map(|k| {
                *seen.entry(k.1.as_str()).or_insert_with(|| {
                    surnames.push(k.1.as_str());
                    surnames.len() - 1
                })
            })
            .collect()
    };
    let grouped: Vec<bool> = surnames
        .iter()
        .map(|s| gr.by_surname.contains_key(*s))
        .collect();
    // "President Biden" where no article gives a first name: the surname
    // alone names the person, from its first mention with a role on.
    let mut first_role: Vec<Option<(usize, usize)>> = vec![None; surnames.len()];
    for (a, ((_, mentions), ids)) in local.iter().zip(&ids).enumerate() {
        for (i, (m, &f)) in mentions.iter().zip(ids).enumerate() {
            if m.full.is_none() && m.role {
                let s = surname_of[f as usize];
                if !grouped[s] && first_role[s].is_none() {
                    first_role[s] = Some((a, i));
                }
            }
        }
    }
    let mut made: Vec<((usize, usize), usize)> = first_role
        .iter()
        .enumerate()
        .filter_map(|(s, at)| Some(((*at)?, s)))
        .collect();
    made.sort_unstable();
    // each such surname's first mention with a role, and its group
    let mut by_role: Vec<Option<((usize, usize), usize)>> = vec![None; surnames.len()];
    for (at, s) in made {
        weight.push(0);
        by_role[s] = Some((at, gr.add((String::new(), surnames[s].to_string()))));
    }
    // the group a surname alone names: the last of the most named
    let best: Vec<Option<usize>> = surnames
        .iter()
        .map(|s| {
            let c = gr.by_surname.get(*s)?;
            c.iter().copied().max_by_key(|&g| weight[g])
        })
        .collect();

    let known = weight.iter().map(|&w| w >= KNOWN_AFTER).collect();
    let r = Resolver {
        ids,
        full_group,
        surname_of,
        by_role,
        best,
        known,
    };
    // The forms each group is written in, with counts.
    let n = gr.firsts.len();
    // (counted in parallel: a few thousand forms, millions of mentions;
    // each mention resolved again rather than its group kept)
    let counted: HashMap<(usize, u32), usize> = local
        .par_iter()
        .enumerate()
        .fold(HashMap::default, |mut counts, (a, &(_, mentions))| {
            for (i, &f) in r.ids[a].iter().enumerate() {
                if let Some(g) = r.resolve(a, i, mentions) {
                    *counts.entry((g, f)).or_default() += 1;
                }
            }
            counts
        })
        .reduce(HashMap::default, |mut a, b| {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
            a
        });
    let mut by_form: Vec<HashMap<&str, usize>> = vec![HashMap::default(); n];
    let mut surname_forms: Vec<HashMap<&str, usize>> = vec![HashMap::default(); n];
    for ((g, f), count) in counted {
        let f = f as usize;
        let to = if full_form[f] {
            &mut by_form[g]
        } else {
            &mut surname_forms[g]
        };
        to.insert(forms[f], count);
    }

    let people: Vec<Person> = by_form
        .par_iter()
        .zip(&surname_forms)
        .map(|(forms, surname_forms)| person(forms, surname_forms))
        .collect();
    (people, r)
}

/// A person from the forms of their name written, with counts: the
/// fullest form is the name, then the most used (a surname spelling
/// counts for the full forms that share it), then by spelling.
/// George W., George H.W. and George P. Bush are three people: where the
/// archive writes one first name and surname with different middle
/// initials, each form's initials join its first name's key (and the
/// name written without them is a fourth, undecided). One set of
/// initials is no conflict: "Donald J. Trump" is "Donald Trump".
fn with_middle_initials(forms: &[&str], mut keys: Vec<Key>) -> Vec<Key> {
    let middle = |w: &str| -> String {
        let ws: Vec<&str> = w.split(' ').collect();
        let mut inner = ws.get(1..ws.len().saturating_sub(1)).unwrap_or_default();
        if let Some((last, rest)) = inner.split_last()
            && matches!(
                last.trim_end_matches('.').to_ascii_lowercase().as_str(),
                "jr" | "sr" | "ii" | "iii" | "iv"
            )
        {
            inner = rest;
        }
        inner
            .iter()
            .filter_map(|m| m.chars().next())
            .flat_map(char::to_lowercase)
            .collect::<String>()
            + &inner
                .iter()
                .filter(|m| m.trim_end_matches('.').contains('.'))
                .flat_map(|m| m.split('.').skip(1).filter_map(|p| p.chars().next()))
                .flat_map(char::to_lowercase)
                .collect::<String>()
    };
    let middles: Vec<String> = forms.iter().map(|w| middle(w)).collect();
    let mut seen: HashMap<&Key, Vec<&str>> = HashMap::default();
    for (k, m) in keys.iter().zip(&middles) {
        if !m.is_empty() && !k.0.is_empty() {
            let e = seen.entry(k).or_default();
            if !e.contains(&m.as_str()) {
                e.push(m);
            }
        }
    }
    let split: Vec<Key> = seen
        .into_iter()
        .filter(|(_, ms)| ms.len() > 1)
        .map(|(k, _)| k.clone())
        .collect();
    for (k, m) in keys.iter_mut().zip(&middles) {
        if split.contains(k) {
            k.0 = format!("{} {m}", k.0);
        }
    }
    keys
}

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

mod resolve;
use resolve::{KNOWN_AFTER, Resolver};

#[cfg(test)]
mod tests;
