//! Organisations and people as the subject of a verb of saying.

use std::path::PathBuf;

use crate::analysis::analyse;
use crate::analysis::quotes::tests::speakers;
use crate::ingest::parse_article;

#[test]
fn a_run_headed_by_a_word_for_things_speaks_as_an_organisation() {
    let an = {
        let body = "Zero Hedge asked, \"Wait, now it is the rate when a year prior it was not?\"\n\n\
                    \"We are raising what we can for the Senate,\" Law said.";
        let a = parse_article("t", PathBuf::from("t"), &format!("A headline\n\n{body}")).article;
        analyse(std::slice::from_ref(&a))
    };
    assert_eq!(
        an.quotes[0].speaker,
        crate::model::Speaker::Org("Zero Hedge".into())
    );
    assert!(an.people.is_empty(), "{:?}", an.people);
    // (one word is a surname as often: not an organisation)
    assert!(!matches!(
        an.quotes[1].speaker,
        crate::model::Speaker::Org(_)
    ));
}

#[test]
fn a_country_an_agency_or_a_paper_speaks_under_its_own_name() {
    let got = speakers(
        "Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia \
         insisted that Pyongyang \"stop its dangerous escapades at once.\"\n\n\
         This is \"roughly the same advantage she has held all month,\" reported Reuters.\n\n\
         \"The four loopholes he cited are all in the code,\" The Hill reported.",
    );
    let org = |s: &str| Some(s.to_string());
    assert_eq!(
        got,
        [org("Japan"), org("Russia"), org("Reuters"), org("The Hill")]
    );
}

#[test]
fn a_person_or_a_role_after_the_verb_is_no_organisation() {
    let got = speakers(
        "Marco Rubio spoke in Tampa.\n\n\
         \"It is a difficult issue for all of us,\" said the Florida senator, smiling.\n\n\
         \"I don't think there is bad publicity now,\" said Atlantic City Mayor Don \
         Guardian in a telephone interview.\n\n\
         Jack Boreing said, \"It is time we change how we do it,\" promising the \
         Friends of Abe will return.\n\n\
         The senator from Vermont said \"the banks are far too big to fail.\"",
    );
    // (the role resolves to the senator named; a person the name rules
    // do not know is no one, and no one carried on)
    let rubio = Some("Marco Rubio".to_string());
    assert_eq!(got, [rubio, None, Some("Jack Boreing".to_string()), None]);
}

#[test]
fn an_unnamed_source_keeps_whom_it_serves_in_a_few_words() {
    let got = speakers(
        "\"We have a ton of work to do,\" said a longtime adviser to both Clintons, who \
         requested anonymity.\n\n\
         A spokesman for Platte River declined to comment but said that \"the server was \
         treated like any other.\"\n\n\
         \"I think he will certainly try to be friendlier,\" said another source familiar \
         with Cruz's thinking.",
    );
    let s = |n: &str| Some(n.to_string());
    assert_eq!(
        got,
        [
            s("a longtime adviser to both Clintons"),
            s("A spokesman for Platte River"),
            s("another source")
        ]
    );
}

#[test]
fn a_definite_role_no_mention_gave_is_the_person_the_story_is_on() {
    let got = speakers(
        "Mike Pence says too much is made of Donald Trump's tweets.\n\n\
         The Republican vice presidential nominee was speaking Friday, hours after Trump \
         unleashed a flurry of tweets.\n\n\
         The Indiana governor said Democrats are to blame for focusing on \"he said this, \
         he tweeted that.\"\n\n\
         Sen. Bernie Sanders spoke first in Des Moines.\n\n\
         Marco Rubio, who is third in many polls, stressed defense issues.\n\n\
         The Florida senator told reporters he feels good, and \"we'll see what it \
         translates to a week from tonight.\"",
    );
    let s = |n: &str| Some(n.to_string());
    // (a role with a place must have it: the Florida senator is no
    // senator the text gave another state)
    assert_eq!(got, [s("Mike Pence"), s("Marco Rubio")]);
}

#[test]
fn a_pronoun_passes_over_one_named_in_a_clause_that_opens_the_sentence() {
    let got = speakers(
        "Barack Obama spoke in Miami on Friday.\n\n\
         While Obama had artists writing songs about him, that has not happened for \
         Clinton, which concerns Henry Crespo, president of the caucus.\n\n\
         \"No one is writing songs for Hillary. Obama had will.i.am,\" he said.",
    );
    assert_eq!(got, [Some("Henry Crespo".to_string())]);
}

#[test]
fn the_one_a_verb_addresses_is_not_the_speaker() {
    let got = speakers(
        "Barack Obama spoke at the White House on Tuesday.\n\n\
         The group urged Hillary Clinton to \"stop pimping black votes in every state.\"",
    );
    assert_eq!(got, [None]);
}

#[test]
fn a_document_speaks_for_its_authors() {
    let got = speakers(
        "The main requirement is a \"lawful source of investment income,\" as a Homeland \
         Security memo put it.\n\n\
         \"There are invertebrates that have shown more spine,\" reads a Wednesday editorial \
         in the paper.",
    );
    let s = |n: &str| Some(n.to_string());
    assert_eq!(
        got,
        [s("a Homeland Security memo"), s("a Wednesday editorial")]
    );
}
