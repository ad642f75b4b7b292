//! Verbs of saying: the one list every rule about speech reads.

/// Verbs of saying in every form the rules meet, lower case; "according"
/// stands for "according to".
pub const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "stated",
    "noted",
    "warned",
    "argued",
    "insisted",
    "explained",
    "claimed",
    "wrote",
    "writes",
    "tweeted",
    "posted",
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

/// Whether `word` (any case) is a verb of saying.
pub fn is_saying(word: &str) -> bool {
    if word.chars().any(char::is_uppercase) {
        SAYING.contains(&word.to_lowercase().as_str())
    } else {
        SAYING.contains(&word)
    }
}

/// The finite verbs of saying that mark a capitalised pair beside them as
/// a person ("Smith said", "said Smith"): the common ones only, since a
/// name rule that trusted "called" or "described" would take "Sandy Hook
/// Promise called" for a person. Each is in [`SAYING`].
pub const REPORTING: &[&str] = &[
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
];

/// Whether `word` (lower case) is one of the [`REPORTING`] verbs.
pub fn is_reporting(word: &str) -> bool {
    REPORTING.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_are_verbs_of_saying() {
        for v in REPORTING {
            assert!(is_saying(v), "{v}");
        }
        assert!(is_saying("Said") && is_saying("according") && !is_saying("sad"));
    }
}
