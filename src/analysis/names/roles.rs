//! Roles around a name: "Secretary of State Antony Blinken", "spokesperson
//! Ned Price", "Sergey Lavrov, the Russian foreign minister,".

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::language::lexicon::ROLES;
use crate::language::tokens::Token;

/// Length of the role phrase starting at `tokens[i]`, if one does.
#[inline]
pub(super) fn role_at(tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i).filter(|t| t.word)?;
    ROLES_BY_FIRST.get(first.lower())?.iter().find_map(|role| {
        let fits = role.iter().enumerate().all(|(k, w)| {
            tokens.get(i + k).is_some_and(|t| {
                t.word && t.lower() == *w && (k + 1 == role.len() || !t.possessive)
            })
        });
        fits.then_some(role.len())
    })
}

/// Roles by their first word, longest first.
static ROLES_BY_FIRST: LazyLock<HashMap<&'static str, Vec<&'static [&'static str]>>> =
    LazyLock::new(|| {
        let mut map: HashMap<&str, Vec<&[&str]>> = HashMap::default();
        for role in ROLES.iter() {
            map.entry(role[0]).or_default().push(role.as_slice());
        }
        map
    });

/// Whether a lower-case role phrase ends right before `tokens[i]`
/// ("spokesperson Ned Price", "national security adviser Jake Sullivan").
#[inline]
pub(super) fn role_before(tokens: &[Token], i: usize) -> bool {
    (1..=4).any(|n| i >= n && role_at(tokens, i - n) == Some(n))
}

/// The lower-case role phrase right before `tokens[i]`, with the
/// modifiers before it ("state department spokesperson").
pub(super) fn lower_role_before<'a>(tokens: &'a [Token], i: usize) -> Vec<&'a str> {
    let Some(n) = (1..=4)
        .rev()
        .find(|&n| i >= n && role_at(tokens, i - n) == Some(n))
    else {
        return Vec::new();
    };
    let mut start = i - n;
    while start > 0 && tokens[start - 1].word && start + 3 > i - n {
        start -= 1;
    }
    tokens[start..i]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower())
        .collect()
}

/// ", the German foreign minister," after a name: the role words.
pub(super) fn apposition<'a>(tokens: &'a [Token], to: usize) -> Vec<&'a str> {
    let rest = &tokens[to.min(tokens.len())..];
    if rest.len() < 3 || rest[0].text != "," || !matches!(rest[1].lower(), "the" | "a" | "an") {
        return Vec::new();
    }
    let words: Vec<&str> = rest[2..]
        .iter()
        .take_while(|t| t.word)
        .take(6)
        .map(|t| t.lower())
        .collect();
    let is_role = words
        .iter()
        .any(|w| ROLES.iter().any(|r| r.last() == Some(w)));
    if is_role { words } else { Vec::new() }
}
