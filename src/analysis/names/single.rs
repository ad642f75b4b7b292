//! One word alone as a name: when it names no one ("President", "Jr.",
//! "Miss Housekeeping", "Lashing out"), and when it names a person the
//! story knows by that word alone ("Melanie said").

use crate::analysis::names::Evidence;
use crate::analysis::names::keys::is_suffix;
use crate::analysis::names::roles::role_at;
use crate::language::lexicon::GIVEN_NAMES;
use crate::language::tokens::Token;
use crate::language::verbs::is_reporting;

/// Whether the one word `only` that the capitalised run `run` leaves as
/// a name (its name starting at `name_from`, the run ending at `to` of
/// `tokens`) names no one.
pub(super) fn refused(
    tokens: &[Token],
    run: &[Token],
    name_from: usize,
    to: usize,
    ev: &Evidence,
    only: &Token,
) -> bool {
    // "Miss Piggy", "Miss Housekeeping": a title and one word the article
    // never uses alone is a nickname
    let nickname = name_from > 0 && run[name_from - 1].text == "Miss" && !(ev.lone)(only.text);
    // "Lashing out, Trump said": a participle opening its sentence
    // (but "Manning said", and a surname the article gives after a first
    // name)
    let participle = only.sentence_start
        && only.text.len() >= 6
        && only.lower().ends_with("ing")
        && !tokens
            .get(to)
            .is_some_and(|t| t.word && is_reporting(t.lower()))
        && !(ev.surnames)(only.text);
    // "Jr.": a suffix alone names no one
    // "President", "Senator": a role alone names no one (but "Mr.
    // King", "Dr. Bishop": after an honorific, a surname)
    let honorific = name_from > 0
        && matches!(
            run[name_from - 1].lower().trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "miss" | "dr"
        );
    let role = !honorific && role_at(std::slice::from_ref(only), 0).is_some();
    nickname || participle || is_suffix(only.text) || role
}

/// "Melanie said", "said Bob": whether the first name `only`, alone as
/// the run that ends at `to` and starts at `from` of `tokens`, speaks,
/// and so names a person the story knows by it (as a title before a
/// surname does). It must stand right beside the verb: not "of Nancy,
/// says Carl Anthony".
pub(super) fn speaks_alone(tokens: &[Token], from: usize, to: usize, only: &Token) -> bool {
    let reporting = |t: &Token| t.word && is_reporting(t.lower());
    GIVEN_NAMES.contains(only.lower())
        && (tokens.get(to).is_some_and(reporting)
            || from
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(reporting))
}
