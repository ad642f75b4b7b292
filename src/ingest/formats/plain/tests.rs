//! The plain-text format on articles written for each rule.
use super::*;

fn parse(text: &str) -> ParseOutcome {
    parse_article("t", PathBuf::from("t.txt"), text)
}

#[test]
fn date_lines_are_read_and_an_opening_wire_is_the_source() {
    for line in [
        "Date: 2022-01-21",
        "2022-01-21T10:00:00Z",
        "Updated: 2022-01-21 17:52",
    ] {
        let p = parse(&format!(
            "A headline\n\n{line}\n\n(CNN)Former officials said so."
        ));
        assert_eq!(
            p.article.date,
            NaiveDate::from_ymd_opt(2022, 1, 21),
            "{line}"
        );
        assert!(
            p.article.body.iter().all(|b| !b.text().contains("2022")),
            "the stamp is not story: {line}"
        );
        assert_eq!(p.article.source.as_deref(), Some("CNN"));
    }
    let p = parse("A headline\n\n(AP) — Lawmakers met.");
    assert_eq!(p.article.source.as_deref(), Some("AP"));
    let p = parse("A headline\n\n(and so) it went on.");
    assert_eq!(p.article.source, None, "not a wire service");
}

#[test]
fn a_first_line_in_emoji_or_cjk_is_the_headline() {
    for head in [
        "🚀 Launch day for the new rocket",
        "日本の首相が辞任を表明",
        "« Le président parle »",
    ] {
        let p = parse(&format!("{head}\n\nThe story begins here, at length."));
        assert_eq!(p.article.title, head);
        assert_eq!(p.article.title_kind, TitleKind::Headline, "{head}");
        assert!(
            p.article.body.iter().all(|b| b.text() != head),
            "not shown twice"
        );
    }
    let p = parse("lower case start of a lede\n\nMore.");
    assert_eq!(p.article.title_kind, TitleKind::Lede);
}

#[test]
fn header_date_is_read_and_removed() {
    let p = parse(" date 2022-01-21 Headline here\n\nBody text of the story.");
    assert_eq!(p.article.date, NaiveDate::from_ymd_opt(2022, 1, 21));
    assert_eq!(p.article.title, "Headline here");
    assert!(p.warnings.is_empty());
}

#[test]
fn malformed_header_loads_undated_with_a_warning() {
    let p = parse(" date 2022-13-45 Headline here\n\nBody text of the story.");
    assert_eq!(p.article.date, None);
    assert_eq!(p.article.title, "Headline here");
    assert_eq!(p.warnings.len(), 1);
    assert!(p.warnings[0].contains("2022-13-45"), "{:?}", p.warnings);
}

#[test]
fn text_starting_with_the_word_date_is_not_a_header() {
    let p = parse("date night is back in fashion\n\nThe story.");
    assert_eq!(p.article.title, "date night is back in fashion".to_string());
    assert_eq!(p.article.date, None);
}

#[test]
fn hard_wrapped_lines_join_into_paragraphs() {
    let text = "A headline\n\nThis is a long line of a hard wrapped paragraph that goes\non to the next line and ends here.\n\nSecond paragraph.";
    let p = parse(text);
    assert_eq!(
        p.article.body,
        vec![
            Block::Para("This is a long line of a hard wrapped paragraph that goes on to the next line and ends here.".into()),
            Block::Para("Second paragraph.".into()),
        ]
    );
}

#[test]
fn lede_is_shortened_at_a_clause_boundary() {
    let lede = "U.S. Secretary of State Antony Blinken meets with his Russian counterpart, Sergei Lavrov, in Geneva on January 21 in a high-stakes bid to ease tensions.";
    assert_eq!(
        shorten_lede(lede),
        "U.S. Secretary of State Antony Blinken meets with his Russian counterpart, Sergei Lavrov…"
    );
    assert_eq!(
        shorten_lede("Short and sweet. Then more."),
        "Short and sweet"
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences::count("The U.S. and Mr. Smith met in Washington, D.C. on Friday"),
        1
    );
    assert_eq!(sentences::count("One. Two."), 2);
}

#[test]
fn subheads_are_short_unpunctuated_lines_inside_a_body() {
    let p = parse(
        "Headline of the piece\n\nFirst paragraph of the story.\n\nRussia is looking for concrete answers\n\nMore text.",
    );
    assert_eq!(
        p.article.body[1],
        Block::Subhead("Russia is looking for concrete answers".into())
    );
}

#[test]
fn empty_text_gives_an_empty_article() {
    let p = parse("");
    assert_eq!(p.article.title, "");
    assert!(p.article.body.is_empty());
    assert_eq!(p.article.words, 0);
}
