//! The command line: output, JSON, exit codes and error messages.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::process::{Command, Output};

fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", common::test_cache())
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn list_prints_a_line_per_article_newest_first() {
    let o = gazette(&["list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(
        lines[0].starts_with("000_7773edb0c0186760  2022-01-21  unknown  "),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("  UPI        United States, Russia meet again"),
        "{}",
        lines[1]
    );
    assert!(
        lines[4]
            .starts_with("003_716f7d07ebe289d0  2022-01-18  USA TODAY  Secretary of State Blinken")
    );
    assert!(stderr(&o).is_empty());
}

#[test]
fn list_json_has_every_field() {
    let o = gazette(&["list", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let want = [
        ("000_7773edb0c0186760", "2022-01-21", None, None),
        (
            "001_5dc1a6d449b2344d",
            "2022-01-21",
            Some("UPI"),
            Some("Clyde Hughes"),
        ),
        ("002_bd2c4025b464b39a", "2022-01-21", Some("RFE/RL"), None),
        ("004_2fa23014d65848d9", "2022-01-21", Some("NPR"), None),
        (
            "003_716f7d07ebe289d0",
            "2022-01-18",
            Some("USA TODAY"),
            Some("Matthew Brown"),
        ),
    ];
    for (row, (id, date, source, author)) in rows.iter().zip(want) {
        assert_eq!(row["id"], id);
        assert_eq!(row["path"], format!("bundled:{id}.txt"));
        assert_eq!(row["date"], date);
        assert_eq!(row["source"].as_str(), source, "{id}");
        assert_eq!(row["author"].as_str(), author, "{id}");
        assert!(
            row["people"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "Antony Blinken"),
            "{id}"
        );
        assert!(row["words"].as_u64().unwrap() > 250, "{id}");
        assert!(!row["title"].as_str().unwrap().is_empty());
    }
    assert_eq!(rows[0]["words"], 368);
    assert_eq!(
        rows[0]["people"],
        serde_json::json!([
            "Antony Blinken",
            "Sergey Lavrov",
            "Wendy Sherman",
            "Sergei Ryabkov"
        ])
    );
    assert_eq!(rows[2]["title_kind"], "lede");
    assert_eq!(rows[1]["title_kind"], "headline");
}

#[test]
fn show_prints_the_article_as_the_reader_lays_it_out() {
    let o = gazette(&["show", "001", "--width", "60"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "United States, Russia meet again over Ukraine with slim"
    );
    assert_eq!(lines[1], "hopes for a breakthrough");
    assert_eq!(lines[2], "2022-01-21 · UPI · by Clyde Hughes");
    assert_eq!(lines[3], "People: Antony Blinken, Sergey Lavrov, Joe Biden");
    assert_eq!(lines[4], "");
    assert!(lines.iter().all(|l| gazette::text::width(l) <= 60));
    assert!(
        out.contains("\n  Secretary of State Antony Blinken (L)"),
        "caption set apart"
    );
    assert!(!out.contains("Trending"));
    // the full id works as well as a prefix
    assert_eq!(
        gazette(&["show", "001_5dc1a6d449b2344d"]).status.code(),
        Some(0)
    );
}

#[test]
fn show_unknown_id_exits_1() {
    let o = gazette(&["show", "999"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no article with id \"999\""),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
    let o = gazette(&["show", "00"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("could be any of"), "{}", stderr(&o));
}

#[test]
fn unreadable_input_exits_2_naming_the_path() {
    for args in [
        vec!["list", "/no/such/dir"],
        vec!["show", "001", "/no/such/dir"],
        vec!["/no/such/dir"],
    ] {
        let o = gazette(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&o),
            "gazette: /no/such/dir: no such file or directory\n"
        );
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let o = gazette(&["list", "--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--frobnicate"));
    for args in [
        vec!["--help"],
        vec!["list", "--help"],
        vec!["show", "--help"],
        vec!["help", "show"],
    ] {
        let o = gazette(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(stdout(&o).contains("Usage: gazette"), "{args:?}");
    }
    assert!(stdout(&gazette(&["--help"])).contains("Exit status"));
}

#[test]
fn broken_files_are_reported_and_the_rest_listed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("good.txt"),
        " date 2022-02-02 A good headline\n\nA story.",
    )
    .unwrap();
    fs::write(dir.path().join("bad.txt"), b"\x00\x01binary").unwrap();
    let o = gazette(&["list", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("good  2022-02-02  unknown  A good headline"),
        "{}",
        stdout(&o)
    );
    let err = stderr(&o);
    assert!(err.contains("bad.txt: skipped: binary file"), "{err}");
}

#[test]
fn the_reader_without_a_terminal_says_so() {
    let o = gazette(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the reader needs a terminal"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "nothing drawn into a pipe");
}

#[test]
fn people_lists_names_aliases_articles_and_mentions() {
    let o = gazette(&["people", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 14);
    assert_eq!(rows[0]["name"], "Antony Blinken");
    assert_eq!(rows[0]["mentions"], 30);
    assert_eq!(rows[0]["articles"].as_array().unwrap().len(), 5);
    let lavrov = rows.iter().find(|r| r["name"] == "Sergey Lavrov").unwrap();
    assert_eq!(
        lavrov["aliases"],
        serde_json::json!(["Lavrov", "Sergei Lavrov"])
    );
    let text = stdout(&gazette(&["people"]));
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("Antony Blinken  (Blinken)"),
        "{text}"
    );
}

#[test]
fn list_filter_uses_the_query_language() {
    let o = gazette(&["list", "--filter", "p:lavrv !s:npr"]);
    assert_eq!(o.status.code(), Some(0));
    let ids: Vec<String> = stdout(&o).lines().map(|l| l[..3].to_string()).collect();
    assert_eq!(ids, ["000", "001", "002", "003"]);
    let o = gazette(&["list", "--json", "-f", "s:upi"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    let o = gazette(&["list", "--filter", "d:2022-13-45"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "gazette: --filter: no such date: 2022-13-45\n");
    let o = gazette(&["list", "--filter", "zzzzqqq"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn quotes_json_has_every_field() {
    let o = gazette(&["quotes", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = v.as_array().unwrap();
    for r in rows {
        for field in [
            "article", "path", "speaker", "text", "kind", "verb", "why", "group", "spans",
            "also_in",
        ] {
            assert!(r.get(field).is_some(), "{field} missing in {r}");
        }
        // a rule chose every speaker, and no rule chose no one
        assert_eq!(r["why"].is_null(), r["speaker"].is_null(), "{r}");
    }
    let lavrov = rows
        .iter()
        .find(|r| r["article"] == "001_5dc1a6d449b2344d" && r["speaker"] == "Sergey Lavrov")
        .unwrap();
    assert_eq!(lavrov["kind"], "full");
    assert_eq!(lavrov["verb"], "said");
    assert_eq!(lavrov["why"], "named");
    assert_eq!(lavrov["spans"].as_array().unwrap().len(), 2);
    assert_eq!(lavrov["also_in"][0]["article"], "004_2fa23014d65848d9");
    assert!(lavrov["group"].is_number());
    let fragment = rows.iter().find(|r| r["text"] == "non-starter").unwrap();
    assert_eq!(fragment["kind"], "fragment");
}

#[test]
fn the_readme_explains_every_rule_a_speaker_is_chosen_by() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for why in gazette::model::Why::ALL {
        let name = serde_json::to_value(why).unwrap();
        let row = format!("| `{}` |", name.as_str().unwrap());
        assert!(readme.contains(&row), "README has no row {row}");
    }
}

#[test]
fn quotes_filter_by_speaker_and_words() {
    let o = gazette(&["quotes", "--filter", "p:biden incursion"]);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with("    ")).collect();
    // UPI's "minor incursion" ("Biden sparked controversy … by suggesting
    // … a \"minor incursion\"") and the two long quotes
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("Joe Biden — ")), "{out}");
    assert!(
        out.contains("    also in 004_2fa23014d65848d9 (NPR)"),
        "{out}"
    );
}

#[test]
fn a_command_writes_the_cache_after_its_answer_even_a_failing_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for f in fs::read_dir("assets/articles").unwrap() {
        let f = f.unwrap().path();
        fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    let fresh = |o: &Output| stdout(o).lines().last().unwrap_or_default().to_string();
    // no such article: the answer is an error, and the cache is written
    let o = gazette(&["show", "no-such-article", d]);
    assert_eq!(o.status.code(), Some(1));
    let o = gazette(&["--check", d]);
    assert!(
        fresh(&o).ends_with("5 files of 5 fresh, 0 read; people and quotes from the cache"),
        "{}",
        stdout(&o)
    );
    // a file added: `list` answers, and the cache has it after
    fs::copy(
        "assets/articles/000_7773edb0c0186760.txt",
        dir.path().join("added.txt"),
    )
    .unwrap();
    let o = gazette(&["list", d]);
    assert_eq!(stdout(&o).lines().count(), 6, "{}", stdout(&o));
    let o = gazette(&["--check", d]);
    assert!(
        fresh(&o).ends_with("6 files of 6 fresh, 0 read; people and quotes from the cache"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn check_reports_every_problem_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("baddate.txt"),
        " date 2022-13-45 Bad date headline\n\nBody.",
    )
    .unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("bin.txt"), b"PK\x00\x00").unwrap();
    fs::write(d.join("latin1.txt"), b"Caf\xe9 headline\n\nA story.").unwrap();
    fs::write(
        d.join("gazette-meta.json"),
        "{\n \"x.txt\": {\"sorce\": 1}\n}",
    )
    .unwrap();
    fs::write(d.join("huge.txt"), vec![b'a'; 16 * 1024 * 1024 + 1]).unwrap();
    std::os::unix::fs::symlink(d, d.join("loop")).unwrap();
    fs::write(
        d.join("good.txt"),
        " date 2022-02-02 A good headline\n\nA story.",
    )
    .unwrap();
    let o = gazette(&["--check", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "problems found");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 9, "{out}");
    // the last line says where the cache is and what it saved
    assert!(
        lines[8].starts_with(&format!("cache: {}", common::test_cache().display()))
            && lines[8].ends_with("0 files of 6 fresh, 6 read"),
        "{out}"
    );
    for (file, what) in [
        ("baddate.txt", "warning: date header \"2022-13-45\""),
        ("bin.txt", "skipped: binary file"),
        ("empty.txt", "skipped: empty file"),
        (
            "gazette-meta.json",
            "warning: entry \"x.txt\": unknown field `sorce` ignored",
        ),
        (
            "gazette-meta.json",
            "warning: entry \"x.txt\" matches no article file in this folder",
        ),
        (
            "huge.txt",
            "skipped: file is 16777217 bytes, over the 16 MiB limit",
        ),
        ("latin1.txt", "warning: not UTF-8; read as Windows-1252"),
    ] {
        assert!(
            lines.iter().any(|l| l.contains(file) && l.contains(what)),
            "{file}: {out}"
        );
    }
    assert_eq!(
        lines[7],
        "3 articles loaded, 0 quotes, 0 people; 4 warnings, 3 skipped"
    );
    let o = gazette(&["--check"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "5 articles loaded, 36 quotes, 14 people; 0 warnings, 0 skipped\n"
    );
}

#[test]
fn a_misspelt_command_is_named_an_unreadable_file_exits_2_and_show_takes_a_path() {
    let o = gazette(&["lsit"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "gazette: lsit: no such file or directory; did you mean `gazette list`?\n"
    );
    let o = gazette(&["list", "peple"]);
    assert!(
        stderr(&o).contains("did you mean `gazette people`?"),
        "{}",
        stderr(&o)
    );

    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "Headline\n\nStory.\n").unwrap();
    fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    // root reads whatever the mode says: then there is nothing to test
    if fs::read(&locked).is_err() {
        let o = gazette(&["list", locked.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("locked.txt: Permission denied"),
            "{}",
            stderr(&o)
        );
    }

    let file = dir.path().join("story.txt");
    fs::write(&file, "A headline of its own\n\nThe story.\n").unwrap();
    let o = gazette(&["show", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("A headline of its own\n"),
        "{}",
        stdout(&o)
    );

    let o = gazette(&["check", "--help"]);
    assert!(stdout(&o).contains("1 problems were found or nothing loaded"));
}

#[test]
fn a_dumb_terminal_is_pointed_to_the_commands() {
    let o = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", common::test_cache())
        .env("TERM", "dumb")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("TERM=dumb") && stderr(&o).contains("gazette list"));
}
