//! Surname-only mentions bound to a full name their article gives.

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::names::{LocalMention, surname_key};
use crate::language::lexicon::{DEMONYMS, GROUPS};
use crate::language::names::name_key;
use crate::language::names::{Gender, gender_of, is_given_name, recorded_given_name};
use crate::model::{Article, Strings, small};

/// Binds each surname-only mention of `out` (of article `a`) to a full
/// name the article gives that surname; `of_form` gives each form's
/// surname key and whether it is a full name, `forms` each form.
pub(super) fn bind_surnames(
    a: &Article,
    out: &mut [LocalMention],
    of_form: &[(String, bool)],
    forms: &Strings,
) {
    // Surname-only mentions take the full name the article gave that
    // surname, the nearest one before them if several.
    // (full names by surname, in reading order: a long article has
    // thousands of mentions, so no scan of all of them per mention)
    let mut by_surname: HashMap<&str, Vec<u32>> = HashMap::default();
    for (i, m) in out.iter().enumerate() {
        let (surname, full) = &of_form[m.form as usize];
        if *full {
            by_surname.entry(surname).or_default().push(small(i));
        }
    }
    // (made when first asked: most articles never ask)
    let mut family_first: Option<HashMap<String, u32>> = None;
    let mut by_first: Option<HashMap<String, Vec<u32>>> = None;
    let mut bound = Vec::new();
    // (each surname's most named full name, found once)
    let mut main: HashMap<&str, u32> = HashMap::default();
    for (i, m) in out.iter().enumerate().filter(|(_, m)| m.full.is_none()) {
        let key = of_form[m.form as usize].0.as_str();
        let Some(fulls) = by_surname.get(key) else {
            let by_family =
                family_first.get_or_insert_with(|| family_names_first(out, of_form, forms));
            if let Some(&j) = by_family.get(key) {
                bound.push((i, j));
            } else if let Some(j) = first_name_of(
                by_first.get_or_insert_with(|| full_names_by_first(out, of_form, forms)),
                forms.get(m.form as usize).unwrap_or_default(),
                i,
            ) {
                bound.push((i, j));
            } else if let Some(fulls) = misspelt(&by_surname, key) {
                // (the nearest before it, else the first)
                let before = fulls.partition_point(|&j| (j as usize) < i);
                bound.push((i, fulls[before.saturating_sub(1)]));
            }
            continue;
        };
        // "Mr. Obama" is not the "Michelle Obama" of the article
        let titled = titled_gender(a.body[m.block as usize].text(), m.start as usize);
        let fitting: Vec<u32>;
        let fulls = match titled {
            Some(g) => {
                fitting = fulls
                    .iter()
                    .copied()
                    .filter(|&j| {
                        let written = forms.get(out[j as usize].form as usize).unwrap_or_default();
                        let first = written.split(' ').next().unwrap_or("").to_lowercase();
                        gender_of(&first).is_none_or(|f| f == g)
                    })
                    .collect();
                if fitting.is_empty() {
                    continue;
                }
                &fitting
            }
            None => fulls,
        };
        let before = fulls.partition_point(|&j| (j as usize) < i);
        let nearest = fulls[before.saturating_sub(1)];
        // Two people of one surname ("Ted Cruz", his wife "Heidi Cruz"):
        // the bare surname is the one the story is about, the one it
        // named most, unless the other was just named in the same
        // paragraph.
        let near = &out[nearest as usize];
        let mixed = fulls
            .iter()
            .any(|&j| out[j as usize].form != out[fulls[0] as usize].form);
        let chosen = if !mixed || (before > 0 && near.block == m.block) {
            nearest
        } else {
            *main
                .entry(of_form[m.form as usize].0.as_str())
                .or_insert_with(|| most_named(out, fulls))
        };
        bound.push((i, chosen));
    }
    for (i, full) in bound {
        out[i].full = Some(full);
    }
}

/// "Wines believes" where the article named Leslie Wimes, "McLenney
/// said" after Tyresha McClenney: a surname alone one letter off (one
/// changed, added, dropped or two swapped) from the only surname of five
/// letters or more the article gives so.
fn misspelt<'a>(by_surname: &'a HashMap<&str, Vec<u32>>, key: &str) -> Option<&'a Vec<u32>> {
    // (not a family, "the Clintons", nor a people or a group, "Latino")
    let plural = |s: &str| key.strip_suffix('s') == Some(s);
    if key.chars().count() < 5 || DEMONYMS.contains(key) || GROUPS.contains(key) {
        return None;
    }
    let mut near = by_surname
        .iter()
        .filter(|(s, _)| s.chars().count() >= 5 && one_off(s, key) && !plural(s));
    let (_, fulls) = near.next()?;
    near.next().is_none().then_some(fulls)
}

/// Whether two words with the same first letter differ by one letter
/// changed, added or dropped, or by two next to each other swapped.
fn one_off(a: &str, b: &str) -> bool {
    // (asked of every surname of an article: the cheap tests first; and
    // a slip of the pen keeps the first letter)
    if a.len().abs_diff(b.len()) > 4 || a.chars().next() != b.chars().next() {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// "Bernie said" where the article names Bernie Sanders: a given name
/// `written` alone (mention `i`), bound to the full name it begins, the
/// nearest before it (else the first after it); `by_first` gives the
/// full-name mentions by the key of their first word.
fn first_name_of(by_first: &HashMap<String, Vec<u32>>, written: &str, i: usize) -> Option<u32> {
    if written.contains(' ') || !is_given_name(&written.to_lowercase()) {
        return None;
    }
    let fulls = by_first.get(&name_key(written))?;
    let before = fulls.partition_point(|&j| (j as usize) < i);
    fulls.get(before.saturating_sub(1)).copied()
}

/// The full-name mentions of `out`, in reading order, by the key of the
/// first word of their form.
fn full_names_by_first(
    out: &[LocalMention],
    of_form: &[(String, bool)],
    forms: &Strings,
) -> HashMap<String, Vec<u32>> {
    let mut map: HashMap<String, Vec<u32>> = HashMap::default();
    for (j, m) in out.iter().enumerate() {
        if of_form[m.form as usize].1 {
            let first = forms
                .get(m.form as usize)
                .unwrap_or_default()
                .split(' ')
                .next()
                .unwrap_or_default();
            map.entry(name_key(first)).or_default().push(small(j));
        }
    }
    map
}

/// "Shen Xincheng", "Xi Jinping", "Kim Jong Un": full names that may put
/// the family name first (no given name first, or none after it), by the
/// key of that first word: the first mention of each.
fn family_names_first(
    out: &[LocalMention],
    of_form: &[(String, bool)],
    forms: &Strings,
) -> HashMap<String, u32> {
    let given = |w: &str| {
        let l = w.to_lowercase();
        is_given_name(&l) || recorded_given_name(&l).is_some()
    };
    let eligible = |form: usize| {
        let written = forms.get(form).unwrap_or_default();
        let ws: Vec<&str> = written.split(' ').collect();
        let plain = ws
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains('.'));
        plain && (!given(ws[0]) || (ws.len() == 3 && !ws[1..].iter().any(|w| given(w))))
    };
    let mut known: Vec<Option<bool>> = vec![None; of_form.len()];
    let mut map = HashMap::default();
    for (i, m) in out.iter().enumerate() {
        let f = m.form as usize;
        if !of_form[f].1 || !*known[f].get_or_insert_with(|| eligible(f)) {
            continue;
        }
        let first = forms
            .get(f)
            .unwrap_or_default()
            .split(' ')
            .next()
            .unwrap_or("");
        map.entry(surname_key(std::iter::once(first)))
            .or_insert(small(i));
    }
    map
}

/// Of the full-name mentions `fulls` (indexes into `out`, in reading
/// order), the first mention of the form most of them have.
fn most_named(out: &[LocalMention], fulls: &[u32]) -> u32 {
    let mut counts: HashMap<u32, (usize, u32)> = HashMap::default();
    for &j in fulls {
        counts.entry(out[j as usize].form).or_insert((0, j)).0 += 1;
    }
    // (the most named; of as many, the first named)
    counts
        .values()
        .max_by_key(|&&(n, first)| (n, std::cmp::Reverse(first)))
        .map_or(fulls[0], |&(_, first)| first)
}

/// The gender a title right before byte `at` of `text` marks: "Mr.",
/// "Mrs.", "Ms.", "Miss".
fn titled_gender(text: &str, at: usize) -> Option<Gender> {
    let before = text.get(..at)?.trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()?
        .trim_end_matches('.');
    match word {
        "Mr" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
        _ => None,
    }
}
