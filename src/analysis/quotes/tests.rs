//! Attribution on small articles, rule by rule: the whole analysis runs
//! on each, as on an archive.

use std::path::PathBuf;

use super::wording_diff;
use crate::analysis::analyse;
use crate::ingest::parse_article;

/// Each quote's first two words and its speaker's name.
pub(super) fn attributed(body: &str) -> Vec<(String, Option<String>)> {
    let a = parse_article("t", PathBuf::from("t"), &format!("A headline\n\n{body}")).article;
    let an = analyse(std::slice::from_ref(&a));
    an.quotes
        .iter()
        .map(|q| {
            let first: Vec<&str> = q.text.split_whitespace().take(2).collect();
            (
                first.join(" "),
                q.speaker.name(&an.people).map(String::from),
            )
        })
        .collect()
}

/// Each quote's speaker's name.
pub(super) fn speakers(body: &str) -> Vec<Option<String>> {
    attributed(body).into_iter().map(|(_, s)| s).collect()
}

#[test]
fn a_speaker_carries_on_until_someone_else_is_named() {
    let got = attributed(
        "\"We are not winning the war yet,\" Hillary Clinton said on ABC on Sunday, \
         speaking from Des Moines after a long week in Iowa. \
         \"I think the president will say more.\"\n\n\
         \"It is too soon to tell what comes next.\"\n\n\
         Jeb Bush disagreed with all of that.\n\n\
         \"Nobody knows what she means by that.\"\n\n\
         The rally ended late, and Marco Rubio was not there.\n\n\
         \"Turnout is what matters in the end.\"",
    );
    let clinton = Some("Hillary Clinton".to_string());
    assert_eq!(got[0], ("We are".into(), clinton.clone()));
    // the same paragraph, then a paragraph that is only a quote
    assert_eq!(got[1], ("I think".into(), clinton.clone()));
    assert_eq!(got[2], ("It is".into(), clinton));
    // another person named between: not carried on (the one who opens
    // the paragraph before speaks; one merely named there does not)
    assert_eq!(got[3], ("Nobody knows".into(), Some("Jeb Bush".into())));
    assert_eq!(got[4], ("Turnout is".into(), None));
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

#[test]
fn wording_differences() {
    assert_eq!(
        wording_diff(
            "But I do hope and expect that we can test whether the path of diplomacy and dialogue remains open.",
            "But I do hope and expect that we can test whether the path of diplomacy, of dialog remains open."
        ),
        vec![("and dialogue".to_string(), "of dialog".to_string())]
    );
    assert!(wording_diff("You're right, we don't", "You’re right: we don't").is_empty());
}

#[test]
fn a_participle_takes_the_subject_of_the_verb_before_it() {
    let got = speakers(
        "Comey cannot say that \"from his own perspective alone,\" Corey Lewandowski \
         added, saying it should be \"up to the prosecutor to move forward or not.\"\n\n\
         In an interview, Al Gore insisted it was \"premature\" to back Hillary \
         Clinton's campaign while adding, \"I don't have any doubt that her heart is \
         in the right place.\"",
    );
    let lewandowski = Some("Corey Lewandowski".to_string());
    assert_eq!(&got[..2], &[lewandowski.clone(), lewandowski]);
    assert_eq!(got[3], Some("Al Gore".to_string()));
}

#[test]
fn a_possessor_is_no_subject_unless_what_it_owns_speaks_for_it() {
    let got = speakers(
        "One operative tried to play down Paul Ryan's comments, saying they were \
         \"not a big deal around here at all.\"\n\n\
         Bernie Sanders' campaign sent an email saying the senator \"will fight on \
         until the convention.\"",
    );
    // (the operative, unnamed, not Ryan)
    assert_eq!(
        got,
        [
            Some("One operative".to_string()),
            Some("Bernie Sanders".to_string())
        ]
    );
}

#[test]
fn a_colon_ending_a_sentence_a_name_opens_credits_that_name() {
    let got = speakers(
        "Thomas Perez lobbies for a higher minimum wage: \"No one who works a \
         full-time job should have to live in poverty.\"\n\n\
         The report's verdict on the plan: \"It will not work as written today.\"",
    );
    assert_eq!(got, [Some("Thomas Perez".to_string()), None]);
}

#[test]
fn a_short_clause_of_saying_ending_the_sentence_credits_the_quote() {
    let got = speakers(
        "\"We are frustrated and horrified\" by the shooting at a nightclub in \
         Orlando that drew attention from around the world, Bassem Nefzi said.",
    );
    assert_eq!(got, [Some("Bassem Nefzi".to_string())]);
}

#[test]
fn a_verb_before_an_earlier_quotation_of_the_sentence_still_attributes() {
    let got = speakers(
        "Hillary Clinton stated that his \"divisive\" and \"mean-spirited\" comments do \
         not \"fit with what I thought I knew about him.\" Of course, she said, \"I \
         didn't know him that well.\"",
    );
    assert_eq!(got.last(), Some(&Some("Hillary Clinton".to_string())));
    assert_eq!(got[2], Some("Hillary Clinton".to_string()));
}

#[test]
fn a_pronoun_skips_the_names_of_sentences_the_same_pronoun_opens() {
    let got = speakers(
        "Donald Trump is raising questions about his microphone at the debate.\n\n\
         He notes that Robert Kagan announced on Friday there was an issue with the \
         sound in the hall.\n\n\
         He says, \"Working that microphone was a lot more difficult than anything.\"",
    );
    assert_eq!(got, [Some("Donald Trump".to_string())]);
}

#[test]
fn a_pronoun_prefers_a_subject_to_the_object_of_a_preposition() {
    let got = speakers(
        "While serving under Barack Obama, Norman Ham also noted the costs of the war \
         on the army.\n\n\
         \"We are paying ransom to the largest sponsor of terror in the world,\" he said.",
    );
    assert_eq!(got, [Some("Norman Ham".to_string())]);
}

#[test]
fn a_contracted_pronoun_is_a_subject() {
    let got = speakers(
        "Donald Trump spoke at a rally in Michigan on Friday night.\n\n\
         He's claiming that voting fraud is \"a big, big problem in this country\" today.",
    );
    assert_eq!(got, [Some("Donald Trump".to_string())]);
}

#[test]
fn hyphenated_given_names_name_a_speaker() {
    let got = speakers(
        "\"Provocation cannot be left without any consequences,\" Jean-Marc Ayrault, \
         the foreign minister of France, said.\n\n\
         \"If he is asked questions he cannot answer, he deflects them,\" said Jo-Renee \
         Formicola.",
    );
    let jo = Some("Jo-Renee Formicola".to_string());
    assert_eq!(got, [Some("Jean-Marc Ayrault".to_string()), jo]);
}

#[test]
fn a_dot_inside_a_word_ends_no_attribution() {
    let got = speakers(
        "\"Our assumption is that the veto will be overridden,\" Senate Majority Leader \
         Mitch McConnell, R-Ky., said Tuesday.\n\n\
         \"This is a waste of time and it is destroying this committee,\" said Del. \
         Stacey Plaskett of the Virgin Islands.",
    );
    assert_eq!(
        got,
        [
            Some("Mitch McConnell".to_string()),
            Some("Stacey Plaskett".to_string())
        ]
    );
}

#[test]
fn a_name_with_a_role_set_off_or_an_initial_inside_is_a_person() {
    let got = speakers(
        "With 50 days to go, Minyon Moore, a senior adviser to the campaign, called the \
         remarks \"a true wake-up call for all of us.\"\n\n\
         \"Absolutely hate this framing of the necessity of voting,\" Vann R. Newkirk \
         wrote on Twitter.",
    );
    assert_eq!(
        got,
        [
            Some("Minyon Moore".to_string()),
            Some("Vann R. Newkirk".to_string())
        ]
    );
}

#[test]
fn a_title_binds_a_surname_to_a_person_of_its_gender() {
    let got = speakers(
        "Barack Obama flew to Washington on Saturday.\n\n\
         Michelle Obama spoke first at the dinner. \"My name may not be on the \
         ballot, but our progress is,\" Mr. Obama said, where Mrs. Clinton also \
         spoke. \"Tolerance is on the ballot.\"",
    );
    assert_eq!(got, [Some("Barack Obama".to_string())]);
}

#[test]
fn a_family_name_put_first_names_its_person_alone() {
    let got = speakers(
        "Shen Xincheng said he watched the whole debate in Beijing.\n\n\
         \"It is great fun watching the fight in the United States,\" Shen said.",
    );
    assert_eq!(got, [Some("Shen Xincheng".to_string())]);
}

#[test]
fn a_surname_that_is_also_a_place_speaks_where_the_article_names_its_person() {
    let got = speakers(
        "Rep. Jim Jordan questioned the director at length.\n\n\
         Cheryl Mills \"got an immunity agreement for herself,\" Jordan said.\n\n\
         \"Absolutely hate this framing of the necessity,\" Vann R. Newkirk II, a \
         writer for The Atlantic, said.",
    );
    assert_eq!(
        got,
        [
            Some("Jim Jordan".to_string()),
            Some("Vann R. Newkirk II".to_string())
        ]
    );
}

#[test]
fn a_clause_of_its_own_after_a_quote_does_not_attribute_it() {
    let got = speakers(
        "The ad shows Donald Trump at the debate. He said, \"That makes me smart,\" \
         when Hillary Clinton blasted him for not paying income tax.",
    );
    assert_eq!(got, [Some("Donald Trump".to_string())]);
}

#[test]
fn neither_a_possessor_nor_the_object_of_a_preposition_speaks() {
    let got = speakers(
        "\"My reaction, that was outrageous,\" Barack Obama's former campaign strategist \
         said in an interview with CNN's Wolf Blitzer.\n\n\
         \"American Skin (41 Shots) is a song\" was written by Bruce Springsteen.",
    );
    assert_eq!(got[0], None);
    assert_eq!(got[1], Some("Bruce Springsteen".to_string()));
}

#[test]
fn a_participle_skips_a_name_after_a_preposition() {
    let got = speakers(
        "Like Bob Corker, Robert Menendez rejected the deal on Tuesday, arguing that \
         \"it leaves the region less safe than it was before.\"",
    );
    assert_eq!(got, [Some("Robert Menendez".to_string())]);
}

#[test]
fn a_quote_paragraph_keeps_the_subject_of_the_paragraph_before() {
    let got = speakers(
        "Richard Viguerie is upbeat about the state of the race this week.\n\n\
         \"We are winning the argument on every front that matters,\" he wrote.\n\n\
         Jeb Bush spoke in Iowa.\n\n\
         \"It is a long road ahead of us all.\"\n\n\
         The poll closed on Friday.\n\n\
         \"Nobody expected the turnout to be this high.\"",
    );
    assert_eq!(
        got,
        [
            Some("Richard Viguerie".to_string()),
            Some("Jeb Bush".to_string()),
            None
        ]
    );
}

#[test]
fn an_unnamed_source_is_given_as_the_text_describes_it() {
    let got = speakers(
        "\"Trump will be defeated in this process,\" said a New Hampshire Republican, \
         who, like all respondents, responded anonymously.\n\n\
         \"There was wrongdoing in the way it was handled,\" a former senior law \
         enforcement official said.\n\n\
         \"It is what it is and it will not change,\" a spokesman for the campaign said.",
    );
    assert_eq!(
        got,
        [
            Some("a New Hampshire Republican".to_string()),
            Some("a former senior law enforcement official".to_string()),
            Some("a spokesman for the campaign".to_string())
        ]
    );
}

#[test]
fn a_korean_name_is_named_by_its_family_name_alone() {
    let got = speakers(
        "Kim Jong Un watched the launch from a hill near the coast.\n\n\
         \"The test was a great success for the nation,\" Kim said.",
    );
    assert_eq!(got, [Some("Kim Jong Un".to_string())]);
}

#[test]
fn a_phrasal_verb_of_saying_attributes() {
    let got = speakers(
        "Marco Rubio fired back forcefully on Thursday: \"He is not ready for this job \
         and never will be.\"\n\n\
         \"That is simply not true and he knows it,\" William Bennett shot back.",
    );
    assert_eq!(
        got,
        [
            Some("Marco Rubio".to_string()),
            Some("William Bennett".to_string())
        ]
    );
}

#[test]
fn a_dash_paragraph_after_a_quote_paragraph_credits_it_and_puts_it_attributes() {
    let got = speakers(
        "\"Boeing and GE and other multinationals pay zero taxes.\"\n\n\
         - Bernie Sanders.\n\n\
         As The Post's Ruth Marcus puts it, \"Senate Republicans are unmoved, and \
         activists are uninspired.\"",
    );
    assert_eq!(
        got,
        [
            Some("Bernie Sanders".to_string()),
            Some("Ruth Marcus".to_string())
        ]
    );
}

#[test]
fn a_quote_that_is_its_own_sentence_is_said_by_who_opens_the_one_before() {
    let got = speakers(
        "On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the primaries to \
         Clinton, named bigotry as one reason. \"The younger people are sick and tired \
         of discrimination.\"\n\n\
         Nikki Haley is an \"articulate conservative\" who has won twice, the editorial \
         board writes. \"It is a sign of the party's distemper that some denounced her.\"\n\n\
         Donald Trump expanded into larger quarters. \"Also, he gives a great deal to the \
         campaign every month,\" the statement said.",
    );
    let sanders = Some("Bernie Sanders".to_string());
    // (a title in marks is no quotation; a sentence that credits someone
    // else, or a quote credited after it, is not the subject's)
    assert_eq!(got, [None, sanders, None, None, None]);
}

#[test]
fn an_honorific_makes_a_role_word_a_surname_and_a_family_name_goes_first() {
    let got = speakers(
        "\"It is all about creating some enthusiasm around this race,\" Mr. King added.\n\n\
         South Korean President Park Geun-hye said Kim's mental state is \"spiraling out \
         of control.\"",
    );
    assert_eq!(
        got,
        [Some("King".to_string()), Some("Park Geun-hye".to_string())]
    );
}

#[test]
fn a_first_name_alone_beside_a_verb_of_saying_is_a_person() {
    let got = speakers(
        "\"That's right, Donald, USA, baby,\" Melanie said to the nominee.\n\n\
         \"A good part of the night was spent trying to find him,\" said Bob.\n\n\
         The paradox of Nancy, says Carl Anthony, a historian, is that she was \"one of \
         the most powerful first ladies of her time.\"",
    );
    let s = |n: &str| Some(n.to_string());
    assert_eq!(got, [s("Melanie"), s("Bob"), s("Carl Anthony")]);
}
