//! The words after a quotation.

use crate::analysis::quotes::tests::{attributed, speakers};

#[test]
fn a_name_after_a_comma_and_the_verb_outranks_the_words_before_it() {
    let got = speakers(
        "Hillary Clinton leads the count.\n\n\
         \"He can assert it, but it seems extremely unlikely\" that Sanders can catch \
         Clinton, said Steve Elmendorf, a strategist.\n\n\
         \"He had a lot of Missouri supporters in the end,\" Roy Blunt, after a long \
         pause, said of Cruz.\n\n\
         An Israeli official said Wednesday that Netanyahu \"will meet with any candidate \
         who asks.\"\n\n\
         In other words, explained CBS moderator Nancy Cordes: \"What does that have to \
         do with donations?\"",
    );
    let s = |n: &str| Some(n.to_string());
    assert_eq!(
        got,
        [
            s("Steve Elmendorf"),
            s("Roy Blunt"),
            s("An Israeli official"),
            s("Nancy Cordes")
        ]
    );
}

#[test]
fn the_rest_of_an_attribution_names_no_speaker() {
    let got = attributed(
        "\"Both candidates have the same fundraising agreement,\" Debbie Wasserman \
         Schultz said in an interview with Maria Bartiromo this morning on television. \
         \"There is absolutely nothing different in the way we spent money.\"",
    );
    let by = Some("Debbie Wasserman Schultz".to_string());
    assert_eq!(got[1], ("There is".into(), by));
}

#[test]
fn a_possessor_after_the_verb_is_not_the_one_who_speaks() {
    let got = speakers(
        "\"This has to be the first time a nominee has done this,\" said Clinton's top \
         foreign policy aide Jake Sullivan.\n\n\
         \"This is a big year for our state,\" said Scott's niece, who spoke first.",
    );
    assert_eq!(
        got,
        [
            Some("Jake Sullivan".to_string()),
            Some("Scott's niece".to_string())
        ]
    );
}

#[test]
fn an_apposition_left_open_before_its_verb_still_credits_the_name() {
    let got = speakers(
        "\"They are clearly drawing more from her side of the ledger now,\" Nate Silver, the \
         polling guru who founded the site tweeted on Wednesday.\n\n\
         Ted Cruz says he is \"effectively tied for second place in the state\" with Sen. \
         Marco Rubio, in a finish that he said defied expectations.",
    );
    let s = |n: &str| Some(n.to_string());
    assert_eq!(got, [s("Nate Silver"), s("Ted Cruz")]);
}
