//! How each mention of each article resolves to a person, once the
//! archive's groups of name keys are made.

use crate::analysis::names::{LocalMention, Names};
use crate::model::{ArticlePeople, Mention, PersonIx, Strings};

/// How many times the archive names a person before a surname alone,
/// once in an article, is taken for them.
pub(super) const KNOWN_AFTER: usize = 25;

/// How each mention of each article resolves to a person (a group of
/// name keys), once the archive's groups are made.
pub(super) struct Resolver {
    /// Each article's mentions' forms, numbered across the archive (none
    /// for an article whose names are not whole, see `Names::checked`).
    pub(super) ids: Vec<Vec<u32>>,
    /// Each form's group, when it is a full name.
    pub(super) full_group: Vec<Option<usize>>,
    /// Each form's surname, numbered.
    pub(super) surname_of: Vec<usize>,
    /// Each surname named alone, with a role, where no article gives a
    /// first name: its first such mention, and its group.
    pub(super) by_role: Vec<Option<((usize, usize), usize)>>,
    /// The group a surname alone names otherwise.
    pub(super) best: Vec<Option<usize>>,
    /// Whether each group is named often across the archive (a surname
    /// alone, once in an article, is taken for it).
    pub(super) known: Vec<bool>,
}

impl Resolver {
    /// The group of a mention that has a full name (its own, or the one
    /// its surname is bound to).
    pub(super) fn keyed(&self, m: &[LocalMention], ids: &[u32], x: &LocalMention) -> Option<usize> {
        let full = x.full? as usize;
        m.get(full)?;
        self.full_group[*ids.get(full)? as usize]
    }

    /// The group of mention `i` of article `a`, if any.
    pub(super) fn resolve(&self, a: usize, i: usize, mentions: &[LocalMention]) -> Option<usize> {
        let ids = &self.ids[a];
        let m = &mentions[i];
        match m.full {
            Some(_) => self.keyed(mentions, ids, m),
            None => {
                let s = self.surname_of[ids[i] as usize];
                match self.by_role[s] {
                    Some((at, g)) => (at <= (a, i)).then_some(g),
                    None => self.best[s],
                }
            }
        }
    }

    /// The mentions of article `a` (of `names`) that resolve, and their
    /// groups.
    pub(super) fn resolved<'a>(
        &'a self,
        a: usize,
        names: &'a Names,
    ) -> impl Iterator<Item = (&'a LocalMention, usize)> + 'a {
        // (the forms of an article's mentions are numbered when its names
        // are whole, see `Names::checked`, and only then)
        let mentions = if self.ids[a].is_empty() {
            &[][..]
        } else {
            &names.mentions[..]
        };
        // A surname the article names alone, never with a first name,
        // once and with no title ("Roe v. Wade" for a Jeff Roe), is not
        // taken for the archive's person of that surname, unless the
        // archive names that person often ("Trump").
        let ids = &self.ids[a];
        let alone = |i: usize| {
            mentions[i]
                .full
                .is_none()
                .then(|| self.surname_of[ids[i] as usize])
        };
        let mut twice: Vec<usize> = Vec::new();
        let mut once: Vec<usize> = Vec::new();
        for s in (0..mentions.len()).filter_map(alone) {
            if once.contains(&s) {
                twice.push(s);
            } else {
                once.push(s);
            }
        }
        (0..mentions.len()).filter_map(move |i| {
            let m = &mentions[i];
            if let Some(s) = alone(i)
                && !m.role
                && !twice.contains(&s)
                && !self.best[s].is_some_and(|g| self.known[g])
            {
                return None;
            }
            Some((m, self.resolve(a, i, mentions)?))
        })
    }

    /// The people and mentions of article `a`, of `names`; `roles` gives
    /// the article's roles, the mentions' role numbers' table.
    pub(super) fn cast(
        &self,
        a: usize,
        names: &Names,
        roles: impl FnOnce() -> Strings,
    ) -> ArticlePeople {
        // (each mention resolved once, into a list made at the size of
        // the most it can hold, then made its size when well over:
        // millions of mentions)
        let mut found: Vec<Mention> = Vec::with_capacity(names.mentions.len());
        found.extend(self.resolved(a, names).map(|(m, g)| {
            let place = (m.block as usize, m.start as usize, m.end as usize);
            Mention::new(PersonIx(g), place, m.role_text)
        }));
        if found.capacity() - found.len() > found.len() / 8 {
            found.shrink_to_fit();
        }
        // (in reading order already, but for a name inside another)
        if !found.is_sorted_by_key(|m| (m.block(), m.start())) {
            found.sort_by_key(|m| (m.block(), m.start()));
        }
        let mut seen = Vec::new();
        for m in &found {
            if !seen.contains(&m.person) {
                seen.push(m.person);
            }
        }
        ArticlePeople {
            people: seen,
            // (an article none of whose mentions resolve keeps no roles;
            // the others keep every role their article gives)
            roles: if found.is_empty() {
                Default::default()
            } else {
                roles()
            },
            mentions: found,
        }
    }
}
