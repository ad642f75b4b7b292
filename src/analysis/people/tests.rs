//! The merge of people across the archive.
use super::*;
use crate::analysis::{ArticleReading, read_article};
use crate::model::Mention;

fn names(text: &str) -> ArticleReading {
    let text = format!("A headline for tests\n\n{text}");
    read_article(&crate::ingest::parse_article("x", "x".into(), &text).article)
}

#[test]
fn each_mention_keeps_its_place_and_the_role_its_article_gives() {
    let text = "Russian Foreign Minister Sergei Lavrov spoke. Lavrov said no.";
    let (people, cast) = merge(&[names("Nothing here."), names(text)]);
    assert_eq!(cast[0], ArticlePeople::default());
    let c = &cast[1];
    let at: Vec<(&str, &str)> = c
        .mentions
        .iter()
        .map(|m| (&text[m.start()..m.end()], c.role(m)))
        .collect();
    assert_eq!(
        at,
        [
            ("Sergei Lavrov", "russian foreign minister"),
            ("Lavrov", "")
        ]
    );
    assert!(c.mentions.iter().all(|m| m.block() == 0));
    assert_eq!(people[c.mentions[1].person].name, "Sergei Lavrov");
    assert_eq!(std::mem::size_of::<Mention>(), 24);
}

#[test]
fn a_merge_that_takes_the_names_finds_what_one_that_reads_them_finds() {
    let readings: Vec<ArticleReading> = crate::ingest::load_bundled()
        .articles
        .iter()
        .map(read_article)
        .collect();
    let mut taken = readings.clone();
    let merged = merge(&readings);
    assert!(!merged.0.is_empty());
    assert_eq!(merge_taking(&mut taken), merged);
    assert!(taken.iter().all(|r| r.names == Names::default()));
    assert!(
        taken
            .iter()
            .zip(&readings)
            .all(|(t, r)| t.utterances == r.utterances)
    );
}

#[test]
fn a_surname_named_once_alone_is_taken_only_for_someone_often_named() {
    let roe = names("Jeff Roe ran the campaign. Roe said it went well.");
    let ruling = names("The court upheld the ruling in Roe v. Wade last week.");
    let twice = names("Later Roe spoke. Then Roe left the stage.");
    let (people, cast) = merge(&[roe, ruling, twice]);
    let named = |c: &ArticlePeople| -> Vec<&str> {
        c.people.iter().map(|&p| people[p].name.as_str()).collect()
    };
    assert_eq!(named(&cast[0]), ["Jeff Roe"]);
    // once, alone, for a person the archive names twice: not them
    assert!(named(&cast[1]).is_empty());
    // twice alone in one article: them
    assert_eq!(named(&cast[2]), ["Jeff Roe"]);
}

#[test]
fn different_middle_initials_are_different_people_one_set_is_no_conflict() {
    let (people, _) = merge(&[
        names("George W. Bush spoke in Texas. George H.W. Bush stayed home."),
        names("George P. Bush ran for office. George Bush was mentioned."),
        names("Donald J. Trump spoke. Donald Trump spoke again."),
    ]);
    let mut got: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    got.sort_unstable();
    assert_eq!(
        got,
        [
            "Donald J. Trump",
            "George Bush",
            "George H.W. Bush",
            "George P. Bush",
            "George W. Bush"
        ]
    );
}
