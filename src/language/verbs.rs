//! Verbs of saying: the one list every rule about speech reads.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Verbs of saying in every form the rules meet, lower case; "according"
/// stands for "according to". The first `REPORTING_COUNT` are the
/// reporting verbs ([`reporting`]).
pub const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "stated",
    "noted",
    "warned",
    "argued",
    "insisted",
    "explained",
    "claimed",
    "wrote",
    "tweeted",
    "replied",
    "responded",
    "announced",
    "declared",
    "remarked",
    "urged",
    "stressed",
    "acknowledged",
    "admitted",
    "suggested",
    "say",
    "tells",
    "adds",
    "writes",
    "posted",
    "reminded",
    "reiterated",
    "continued",
    "recalled",
    "conceded",
    "cautioned",
    "predicted",
    "vowed",
    "promised",
    "called",
    "described",
    "saying",
    "adding",
    "noting",
    "telling",
    "warning",
    "arguing",
    "insisting",
    "stressing",
    "according",
];

/// How many of [`SAYING`], from the first, are reporting verbs.
const REPORTING_COUNT: usize = 24;

/// Whether `word` (any case) is a verb of saying.
pub fn is_saying(word: &str) -> bool {
    if word.chars().any(char::is_uppercase) {
        SAYING_SET.contains(word.to_lowercase().as_str())
    } else {
        SAYING_SET.contains(word)
    }
}

/// [`SAYING`] and the reporting verbs as sets: the name and attribution
/// rules ask of millions of words.
static SAYING_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| SAYING.iter().copied().collect());
static REPORTING_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| reporting().iter().copied().collect());

/// The finite verbs of saying that mark a capitalised pair beside them as
/// a person ("Smith said", "said Smith"): the common ones only, since a
/// name rule that trusted "called" or "described" would take "Sandy Hook
/// Promise called" for a person.
pub fn reporting() -> &'static [&'static str] {
    &SAYING[..REPORTING_COUNT]
}

/// Whether `word` (lower case) is one of the [`reporting`] verbs.
pub fn is_reporting(word: &str) -> bool {
    REPORTING_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_are_verbs_of_saying() {
        assert_eq!(reporting().len(), 24);
        assert!(reporting().contains(&"suggested") && !reporting().contains(&"called"));
        assert!(is_reporting("said") && !is_reporting("according"));
        assert!(is_saying("Said") && is_saying("according") && !is_saying("sad"));
    }
}
