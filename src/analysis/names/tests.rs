use super::*;

fn names(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    let lone: Vec<&str> = lone_words(&tokens);
    let common: Vec<&str> = tokens
        .iter()
        .filter(|t| t.word && !t.is_cap())
        .map(|t| t.text)
        .collect();
    let ev = Evidence {
        lone: &|w| lone.contains(&w),
        common: &|w| common.contains(&w),
        surnames: &|_| false,
    };
    names_in(&tokens, &ev)
        .into_iter()
        .filter(|f| f.words.len() >= 2 || f.role)
        .map(|f| f.words.join(" "))
        .collect()
}

#[test]
fn tokens_split_possessives_and_sentence_dots() {
    let t = tokenize("Blinken's trip to the U.S. ended. Lavrov said.");
    let words: Vec<&str> = t.iter().filter(|t| t.word).map(|t| t.text).collect();
    assert_eq!(
        words,
        [
            "Blinken", "trip", "to", "the", "U.S.", "ended", "Lavrov", "said"
        ]
    );
    assert!(t[0].possessive && t[0].sentence_start);
    let lavrov = t.iter().find(|t| t.text == "Lavrov").unwrap();
    assert!(lavrov.sentence_start);
    assert_eq!(&"Blinken's trip"[t[0].start..t[0].end], "Blinken");
}

#[test]
fn roles_introduce_names() {
    assert_eq!(
        names(
            "Both US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov are in town."
        ),
        ["Antony Blinken", "Sergey Lavrov"]
    );
    assert_eq!(
        names("Russian Deputy Foreign Minister Sergei Ryabkov also said"),
        ["Sergei Ryabkov"]
    );
    assert_eq!(
        names("according to State Department spokesperson Ned Price."),
        ["Ned Price"]
    );
    assert_eq!(
        names("national security adviser Jake Sullivan said"),
        ["Jake Sullivan"]
    );
    assert_eq!(
        names("a call between Zelensky and then-President Donald Trump that"),
        ["Donald Trump"]
    );
    assert_eq!(names("remarks by President Biden earlier"), ["Biden"]);
    assert_eq!(
        names("United Kingdom Defense Secretary Ben Wallace said"),
        ["Ben Wallace"]
    );
    assert_eq!(names("General Motors CEO Mary Barra said"), ["Mary Barra"]);
    assert_eq!(
        names("Ursula von der Leyen, the president of the Commission"),
        ["Ursula von der Leyen"]
    );
}

#[test]
fn places_and_organisations_are_not_people() {
    for text in [
        "at the historic President Wilson Hotel on the shores of Lake Geneva, where",
        "talks at the Hotel President Wilson in Geneva",
        "The White House said Friday",
        "A senior State Department official confirmed",
        "according to The New York Times.",
        "Contributing: The Associated Press",
        "which was once part of the Soviet Union.",
        "members of the Transatlantic Quad, including",
        "the security structure of post-Cold War Europe.",
        "the United States and its allies",
        "get its hands on U.S.-made Javelin anti-tank missiles. The Javelin is",
        "Trending now in Eastern Europe and Western Europe",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn pairs_need_evidence_without_a_role() {
    // a known given name
    assert_eq!(
        names("his counterpart, Vladimir Putin, is likely"),
        ["Vladimir Putin"]
    );
    // the surname recurs alone
    assert_eq!(
        names("Quentin Zorblax arrived. Later Zorblax left."),
        ["Quentin Zorblax"]
    );
    // a recorded given name, not written as a common word here
    assert_eq!(names("the Quentin Zorblax arrived."), ["Quentin Zorblax"]);
    assert_eq!(
        names("the Grant Zorblax foundation gave a grant."),
        Vec::<String>::new()
    );
    // no evidence: a capitalised pair is not enough
    assert_eq!(names("the Quarvex Zorblax arrived."), Vec::<String>::new());
}

#[test]
fn names_stop_at_their_edges() {
    // a party or a place before the name
    assert_eq!(
        names("backed by progressive Democrat Zephyr Teachout, who won"),
        ["Zephyr Teachout"]
    );
    assert_eq!(names("Iowa Republican Joni Ernst said"), ["Joni Ernst"]);
    // a word glued before a first name
    assert_eq!(
        names("he said Crooked Hillary Clinton lied"),
        ["Hillary Clinton"]
    );
    // a common given name that is also a common word
    assert_eq!(names("host Bill Maher said"), ["Bill Maher"]);
    assert_eq!(names("as Mark Cuban said"), ["Mark Cuban"]);
    // groups are not people
    assert_eq!(names("Virginia Democrats said"), Vec::<String>::new());
    assert_eq!(names("the Sunni Muslims said"), Vec::<String>::new());
    assert_eq!(names("Rosa Parks said"), ["Rosa Parks"]);
    // a middle name that is a common word; a head word last
    assert_eq!(
        names("said Kathleen Hall Jamieson, a professor"),
        ["Kathleen Hall Jamieson"]
    );
    assert_eq!(names("at Walter Reed Hospital said"), Vec::<String>::new());
    // a word again, a contraction, a second name with no comma between
    assert_eq!(names("Sen. Ted Cruz Cruz said"), ["Ted Cruz"]);
    assert_eq!(names("so Donald Trump I’m told said"), ["Donald Trump"]);
    assert_eq!(
        names("between Hillary Clinton Donald Trump and"),
        ["Hillary Clinton"]
    );
    assert_eq!(names("said Keith Lamont Scott"), ["Keith Lamont Scott"]);
    // a role alone, a brand, a city
    assert_eq!(names("the President said"), Vec::<String>::new());
    assert_eq!(names("Wilayat Twitter said"), Vec::<String>::new());
    assert_eq!(names("San Jose Cleveland said"), Vec::<String>::new());
    // Korean given names; prefixed adjectives are not
    assert_eq!(names("Secretary-General Ban Ki-moon said"), ["Ban Ki-moon"]);
    assert_eq!(names("leader Kim Jong-un said"), ["Kim Jong-un"]);
    assert_eq!(names("the Anti-war Left said"), Vec::<String>::new());
    // a run ends with its sentence; a job title leads up to a name
    assert_eq!(
        names("supporters of Sanders. Others include Tom Jones."),
        ["Tom Jones"]
    );
    assert_eq!(names("Assistant Sheriff Tom Roberts said"), ["Tom Roberts"]);
    // the words of a page around a story; places
    assert_eq!(
        names("both from Croydon, and Robert Huxley Click to share"),
        ["Robert Huxley"]
    );
    assert_eq!(names("in West Hollywood said"), Vec::<String>::new());
    assert_eq!(names("as Kanye West said"), ["Kanye West"]);
    // an epithet before a first name
    assert_eq!(names("Defeat Crooked Hillary said"), Vec::<String>::new());
    assert_eq!(names("so Crazy Bernie said"), Vec::<String>::new());
    // forms of address, titles, teams, companies
    for junk in [
        "said Madam Secretary today",
        "Sam Jacobs, the Assistant Managing Editor said",
        "Team Clinton said",
        "the 21st Century Fox board said",
        "the Middle East said",
    ] {
        assert!(
            !names(junk).iter().any(|n| n.contains("Madam")
                || n.contains("Editor")
                || n.contains("Team")
                || n.contains("Century")
                || n.contains("Middle")),
            "{junk}: {:?}",
            names(junk)
        );
    }
}

#[test]
fn a_suffix_is_part_of_the_surname_key() {
    assert_eq!(surname_key("Joseph R. Biden Jr.".split(' ')), "biden jr");
    assert_ne!(
        surname_key("Joseph R. Biden Jr.".split(' ')),
        surname_key("Joseph F. Dunford Jr.".split(' '))
    );
    assert_ne!(
        surname_key("Donald Trump Jr.".split(' ')),
        surname_key("Donald Trump".split(' '))
    );
}

#[test]
fn a_possessive_ending_a_sentence_is_the_name_alone() {
    let t = tokenize("Regardless, it's Mr. Putin's. Despite that, Lavrov spoke.");
    let putin = t.iter().find(|t| t.text.starts_with("Putin")).unwrap();
    assert_eq!(putin.text, "Putin");
    assert!(putin.possessive);
    let despite = t.iter().find(|t| t.text == "Despite").unwrap();
    assert!(despite.sentence_start);
}

#[test]
fn a_name_cut_after_an_initial_or_a_nickname_after_miss_is_no_name() {
    assert_eq!(
        names(
            "The brothers Charles G. and David H. Koch spoke to Miss Piggy and Miss Housekeeping."
        ),
        ["David H. Koch"]
    );
}

#[test]
fn a_role_set_off_after_a_name_or_an_initial_inside_it_is_evidence() {
    assert_eq!(
        names("Minyon Moore, a senior adviser to the campaign, met Vann R. Newkirk today."),
        ["Minyon Moore", "Vann R. Newkirk"]
    );
    // (a group set off after a capitalised pair is no evidence)
    assert!(names("Caucus of Rank and File Educators, a group of teachers, met.").is_empty());
}

#[test]
fn a_party_tag_or_an_outlet_before_it_is_evidence_of_a_name() {
    assert_eq!(
        names("Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and others spoke."),
        ["Jeff Merkley", "Sherrod Brown"]
    );
    assert_eq!(
        names("He told CNN's Wolf Blitzer and then Fox News' Megyn Kelly about it."),
        ["Wolf Blitzer", "Megyn Kelly"]
    );
}

#[test]
fn a_title_case_headline_glues_no_word_after_a_surname() {
    let of = |body: &str| -> Vec<String> {
        let a =
            crate::ingest::parse_article("t", "t".into(), &format!("A headline\n\n{body}")).article;
        let n = names_of(&a);
        let mut forms: Vec<String> = (0..n.forms.len())
            .filter_map(|i| n.forms.get(i).map(String::from))
            .collect();
        forms.sort();
        forms
    };
    // ("questioned" is written in lower case: a word, not a name)
    assert_eq!(
        of(
            "The actress spoke on Monday.\n\nGina Rodriguez Questioned Trump About Latinos\n\nShe questioned him at length."
        ),
        ["Gina Rodriguez"]
    );
    // (a given name before the word: "Julie Pace" keeps its surname)
    assert_eq!(
        of(
            "The reporter spoke on Monday.\n\nWhite House Correspondent Julie Pace\n\nIt was a pace set early."
        ),
        ["Julie Pace"]
    );
}

#[test]
fn a_first_name_alone_is_the_person_whose_full_name_it_begins() {
    let text = "A headline\n\nBernie Sanders spoke in Iowa on Monday.\n\n\
                \"We are going to win this thing,\" Bernie said.\n\n\
                \"Technicals,\" said Bob, who ran the base.";
    let a = crate::ingest::parse_article("t", std::path::PathBuf::from("t"), text).article;
    let an = crate::analysis::analyse(std::slice::from_ref(&a));
    let mut names: Vec<&str> = an.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Bernie Sanders", "Bob"]);
    assert_eq!(
        an.quotes[0].speaker.name(&an.people),
        Some("Bernie Sanders")
    );
}

#[test]
fn a_participle_opening_its_sentence_is_no_name() {
    let tokens = tokenize("Lashing out, he said she was unfit. Manning said he agreed.");
    let ev = Evidence {
        lone: &|_| true,
        common: &|_| false,
        surnames: &|_| false,
    };
    let found: Vec<Vec<&str>> = names_in(&tokens, &ev)
        .into_iter()
        .map(|f| f.words)
        .collect();
    // (the second opens its sentence too, but speaks)
    assert_eq!(found, [["Manning"]]);
}

#[test]
fn a_surname_one_letter_off_is_the_person_the_article_named() {
    let text = "A headline\n\nLeslie Wimes, a caucus president, spoke on Monday.\n\n\
                Wines believes the campaign took voters for granted.\n\n\
                \"They have a big problem in this state,\" she said.\n\n\
                Bill Clinton and his wife arrived later. The Clintons left early.";
    let a = crate::ingest::parse_article("t", std::path::PathBuf::from("t"), text).article;
    let an = crate::analysis::analyse(std::slice::from_ref(&a));
    assert_eq!(an.quotes[0].speaker.name(&an.people), Some("Leslie Wimes"));
    let clinton = an.people.iter().find(|p| p.name == "Bill Clinton").unwrap();
    // (a family is no misspelt person)
    assert!(!clinton.names().any(|n| n == "Clintons"), "{clinton:?}");
}
