//! Verbs of saying: the one list every rule about speech reads.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// The reporting verbs: the finite verbs of saying that mark a
/// capitalised pair beside them as a person ("Smith said", "said
/// Smith"), lower case. The common ones only, since a name rule that
/// trusted "called" or "described" would take "Sandy Hook Promise called"
/// for a person.
const REPORTING: &[&str] = &[
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

/// Verbs of saying by root, each inflected by the rules of English
/// spelling (`says`, `said`…: irregular forms are listed after a `:`).
/// A root marked `+` doubles its last consonant (`quipped`); a root
/// marked `~` is mostly a common noun beside a quote ("the post", "a
/// call") and gives no third-person `-s` form, which would be read as
/// the noun's plural. ("Viguerie notes", "Bozell claims": those are
/// verbs far more often than nouns there.)
const ROOTS: &str = "
    say:said:says tell:told write:wrote:written speak:spoke:spoken read:read swear:swore:sworn
    add ask state~ note warn argue insist explain claim tweet reply respond announce declare
    remark~ urge stress acknowledge admit+ suggest post~ remind reiterate continue recall
    concede caution predict vow~ promise~ call~ describe report~ conclude point~ email~ chant~
    interject assure joke~ interrupt proclaim answer~ quip+ shout~ yell~ scream~ exclaim boast
    brag+ complain lament mutter murmur~ whisper~ sigh~ laugh~ snap+ retort counter contend
    maintain assert allege charge~ accuse deny confirm concur+ agree disagree object~ protest~
    plead beg+ demand~ wonder muse ponder observe comment~ testify inform advise recommend
    propose pledge~ guarantee~ emphasize emphasise underscore highlight~ reason~ theorize
    speculate estimate~ counsel~ lecture~ preach pronounce recount~ relate repeat~ rejoin scoff
    sneer~ snarl~ grumble~ groan~ moan~ gush gripe~ rave~ enthuse marvel~ hail~ praise~ slam+
    blast~ criticize criticise mock taunt~ tease dismiss rebut+ refute dispute~ question~
    challenge~ cite elaborate clarify summarize summarise detail~ outline~ characterize
    characterise dub+ label~ term~ deem hint~ imply indicate signal~ disclose reveal confide
    confess divulge publish text~ message~ blog+ pen+ chime~ weigh interpose reassure threaten
    alert~ implore appeal~ pray bellow holler cheer~ recite thunder~ roar~ fume~ seethe bristle
    decry rail~ gloat tout~ lambaste scold chide berate fret+ worry opine intone stammer
    stutter retweet quote~ cry rant~ volunteer~ offer~ boom press retaliate snipe express
    bemoan bark~ grouse~ brand~ laud~ reference~ lash~ sing:sang:sung thank~ condemn welcome~ demur+ needle~
";

/// Every form of the verbs of saying, lower case: "say", the inflected
/// forms of [`ROOTS`], and "according" for "according to".
fn saying_forms() -> FxHashSet<String> {
    let mut out: FxHashSet<String> = ["say", "according"].map(String::from).into_iter().collect();
    for entry in ROOTS.split_whitespace() {
        let mut parts = entry.split(':');
        let head = parts.next().unwrap_or_default();
        let irregular: Vec<&str> = parts.collect();
        let noun = head.ends_with('~');
        let double = head.ends_with('+');
        let root = head.trim_end_matches(['~', '+']);
        out.extend(irregular.iter().map(|w| (*w).to_string()));
        out.extend(
            inflections(root, double, irregular.is_empty())
                .into_iter()
                .filter(
                    // (a noun's plural is not a verb of saying)
                    |w| !(noun && w.ends_with('s')),
                ),
        );
    }
    out
}

/// The `-s`, `-ed` (when `regular`) and `-ing` forms of `root`.
fn inflections(root: &str, double: bool, regular: bool) -> Vec<String> {
    let stem = root.strip_suffix('e');
    let consonant_y = root.strip_suffix('y').filter(|s| {
        s.chars()
            .last()
            .is_some_and(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
    });
    let third = match consonant_y {
        Some(s) => format!("{s}ies"),
        None if root.ends_with(['s', 'x', 'z']) || root.ends_with("sh") || root.ends_with("ch") => {
            format!("{root}es")
        }
        None => format!("{root}s"),
    };
    let last = root.chars().last().map(String::from).unwrap_or_default();
    let past = match (consonant_y, stem) {
        (Some(s), _) => format!("{s}ied"),
        (None, Some(_)) => format!("{root}d"),
        (None, None) if double => format!("{root}{last}ed"),
        (None, None) => format!("{root}ed"),
    };
    let ing = match stem {
        Some(s) if !root.ends_with("ee") => format!("{s}ing"),
        _ if double => format!("{root}{last}ing"),
        _ => format!("{root}ing"),
    };
    let mut out = vec![third, ing];
    if regular {
        out.push(past);
    }
    out
}

/// Whether `word` (any case) is a verb of saying.
/// Whether the word at `i` of `words` is a verb of saying, a phrasal one
/// with the word after it ("shot back", "fired back", "puts it") counted.
pub fn is_saying_at(words: &[crate::language::tokens::Word], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    let next = |n: &str| words.get(i + 1).is_some_and(|w| w.text == n);
    is_saying(w.text)
        || (matches!(
            w.text,
            "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" | "pushed" | "pushes" | "struck"
        ) && next("back"))
        // "as Ruth Marcus puts it"
        || (matches!(w.text, "put" | "puts") && next("it"))
}

pub fn is_saying(word: &str) -> bool {
    if word.chars().any(char::is_uppercase) {
        SAYING_SET.contains(word.to_lowercase().as_str())
    } else {
        SAYING_SET.contains(word)
    }
}

/// The verbs of saying and the reporting verbs as sets: the name and
/// attribution rules ask of millions of words.
static SAYING_SET: LazyLock<FxHashSet<String>> = LazyLock::new(saying_forms);
static REPORTING_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| REPORTING.iter().copied().collect());

/// The reporting verbs, lower case.
pub fn reporting() -> &'static [&'static str] {
    REPORTING
}

/// Whether `word` (lower case) is one of the [`reporting`] verbs.
pub fn is_reporting(word: &str) -> bool {
    REPORTING_SET.contains(word)
}

/// Whether a verb of saying (lower case) addresses someone, who is then
/// its object and not its speaker: "thanked Obama for", "urged Trump
/// to", "told Reuters".
pub fn addresses(verb: &str) -> bool {
    [
        "thank", "prais", "slam", "blast", "critici", "mock", "taunt", "accus", "urg", "told",
        "tell", "ask", "call", "remind", "lambast", "scold", "berat", "chid",
    ]
    .iter()
    .any(|r| verb.starts_with(r))
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
        assert!(reporting().iter().all(|v| is_saying(v)));
    }

    #[test]
    fn roots_are_inflected_by_the_spelling_rules() {
        for w in [
            "says",
            "said",
            "saying",
            "concluded",
            "concludes",
            "concluding",
            "quipped",
            "quipping",
            "testified",
            "testifies",
            "testifying",
            "pleaded",
            "emailed",
            "retorted",
            "agreed",
            "agreeing",
            "disagrees",
            "dismisses",
            "pointed",
        ] {
            assert!(is_saying(w), "{w}");
        }
        // a noun's plural, a bare root, a word that is not a verb of saying
        for w in ["posts", "calls", "comments", "note", "tell", "sad", "paid"] {
            assert!(!is_saying(w), "{w}");
        }
    }
}
