//! Attribution by layout, where no verb of saying stands: round-ups and
//! transcripts credit a quote with a dash after it (`“…” ― Pamela
//! Padilla`) or a colon before it (`Clinton: “…”`).

use crate::model::{ArticlePeople, PersonIx};

/// Dashes that credit a quote after it.
const DASHES: [char; 5] = ['—', '―', '–', '-', '•'];

/// `“…” ― NAME`: the person named right after a dash after the closing
/// mark at `close` of `text` (block `block`).
pub fn dash_after(
    cast: &ArticlePeople,
    block: usize,
    text: &str,
    close: usize,
) -> Option<PersonIx> {
    let rest = text.get(close..)?;
    let after_dash = rest.trim_start().strip_prefix(DASHES)?;
    let at = close + (rest.len() - after_dash.trim_start().len());
    cast.mentions
        .iter()
        .find(|m| m.block() == block && m.start() == at)
        .map(|m| m.person)
}

/// `NAME: “…”`: the person named right before a colon before the
/// opening mark at `open` of `text` (block `block`), the name opening
/// its sentence or paragraph.
pub fn colon_before(
    cast: &ArticlePeople,
    block: usize,
    text: &str,
    open: usize,
) -> Option<PersonIx> {
    let before = text.get(..open)?.trim_end().strip_suffix(':')?;
    let end = before.trim_end().len();
    let m = cast
        .mentions
        .iter()
        .find(|m| m.block() == block && m.end() == end)?;
    // what stands before the name: nothing, or the end of a sentence
    let lead = text.get(..m.start())?.trim_end();
    (lead.is_empty() || lead.ends_with(['.', '!', '?', '”', '"'])).then_some(m.person)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::analysis::analyse;
    use crate::ingest::parse_article;

    /// Each quote's speaker's name.
    fn speakers(body: &str) -> Vec<Option<String>> {
        let a = parse_article("t", PathBuf::from("t"), &format!("A headline\n\n{body}")).article;
        let an = analyse(std::slice::from_ref(&a));
        an.quotes
            .iter()
            .map(|q| q.speaker.name(&an.people).map(String::from))
            .collect()
    }

    #[test]
    fn a_dash_after_or_a_colon_before_credits_a_quote() {
        let got = speakers(
            "\"He makes blanket statements about people he knows nothing about.\" ― Pamela Padilla\n\n\
             Hillary Clinton: \"Our goal is not to contain ISIS but to defeat it.\"\n\n\
             The Senate: \"A statement that no single person made here.\"",
        );
        assert_eq!(
            got,
            [
                Some("Pamela Padilla".to_string()),
                Some("Hillary Clinton".to_string()),
                None
            ]
        );
    }

    #[test]
    fn a_name_set_off_by_commas_or_brackets_before_the_verb_speaks() {
        let got = speakers(
            "\"Absolutely hate this framing of the necessity of voting,\" Vann R. Newkirk, \
             a writer for The Atlantic, said on Twitter.\n\n\
             \"We cannot have people come here and deny the right,\" Rep. John Mica (R-Fla.) said.",
        );
        assert_eq!(
            got,
            [
                Some("Vann R. Newkirk".to_string()),
                Some("John Mica".to_string())
            ]
        );
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quote_after_it() {
        let got = speakers(
            "Roger Stone spoke on the radio on Monday. Stated Stone:\n\n\
             \"I think that the stakes are so high that they would do anything.\"",
        );
        assert_eq!(got, [Some("Roger Stone".to_string())]);
    }

    #[test]
    fn a_quote_that_ends_its_sentence_is_not_given_to_the_next_one() {
        let got = speakers(
            "Chris Christie bristled at a question from Hillary Clinton, saying, \
             \"the advice I give to Donald is to Donald.\" She also said he \
             would not lose supporters.",
        );
        assert_eq!(got, [Some("Chris Christie".to_string())]);
    }

    #[test]
    fn the_subject_of_the_verb_is_before_an_apposition() {
        let got = speakers(
            "Sen. Bernie Sanders (Vt.), who lost the primaries to Hillary Clinton, \
             said: \"The younger people are more progressive than any generation.\"",
        );
        assert_eq!(got, [Some("Bernie Sanders".to_string())]);
    }

    #[test]
    fn a_bare_surname_is_the_person_the_story_is_about() {
        let got = speakers(
            "Ted Cruz spoke in Houston. Ted Cruz said little else.\n\n\
             His wife, Heidi Cruz, was there too.\n\n\
             \"I am not in the habit of supporting people who attack my wife,\" Cruz said.",
        );
        assert_eq!(got, [Some("Ted Cruz".to_string())]);
    }

    #[test]
    fn a_sentence_that_ends_by_attributing_credits_the_quote_after_it() {
        let got = speakers(
            "The administration may be reluctant to act while talks go on, Adam Schiff \
             said. \"The other factor the administration may be considering is the look of it.\"",
        );
        assert_eq!(got, [Some("Adam Schiff".to_string())]);
    }

    #[test]
    fn a_place_after_a_given_name_is_a_surname() {
        let got = speakers(
            "\"If the FBI wanted any other laptops, they would just get them,\" Rep. Jim \
             Jordan (R-Ohio), an oversight panel member, said in a phone interview.",
        );
        assert_eq!(got, [Some("Jim Jordan".to_string())]);
    }

    #[test]
    fn a_pronoun_goes_to_the_person_just_introduced() {
        let got = speakers(
            "\"We will win this state in November,\" Hillary Clinton said.\n\n\
             Jill Stein took the stage after her.\n\n\
             \"Neither party speaks for the voters here,\" she said.",
        );
        assert_eq!(got[1].as_deref(), Some("Jill Stein"));
    }
}
