//! Saved state: atomic writes under a kill, and state restored across two
//! real runs of the reader.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use gazette::state::{self, State};

mod common;

/// Two states the saver alternates between; big enough that a write takes
/// a while, so kills land in the middle of one.
fn states() -> (State, State) {
    let a = State {
        read: (0..20_000).map(|i| format!("a{i:06}")).collect(),
        filter: "p:a".into(),
        ..Default::default()
    };
    let b = State {
        read: (0..20_000).map(|i| format!("b{i:06}")).collect(),
        filter: "p:b".into(),
        ..Default::default()
    };
    (a, b)
}

/// Not a test: the process the test below kills. It saves A and B in
/// turns until killed.
#[test]
#[ignore = "run by killed_while_saving_leaves_the_old_file_or_the_new_one"]
fn saver_child() {
    let path = std::env::var_os("GAZETTE_TEST_SAVER").expect("GAZETTE_TEST_SAVER names the file");
    let (a, b) = states();
    loop {
        state::save(Path::new(&path), &a).unwrap();
        state::save(Path::new(&path), &b).unwrap();
    }
}

#[test]
fn killed_while_saving_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let (a, b) = states();
    let exe = std::env::current_exe().unwrap();
    let mut kills = 0;
    for round in 0..30u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "saver_child",
                "--ignored",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("GAZETTE_TEST_SAVER", &path)
            .spawn()
            .unwrap();
        // let it write for a varying while, then kill it without warning
        let start = Instant::now();
        while !path.exists() && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_millis(3 + round * 7 % 40));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;
        let (got, corrupt) = state::load(&path);
        assert!(
            corrupt.is_none(),
            "round {round}: {:?}",
            corrupt.map(|c| c.reason)
        );
        assert!(
            got == a || got == b,
            "round {round}: neither the old state nor the new"
        );
    }
    // temporary files of killed writers may stay behind; the state is whole
    assert_eq!(kills, 30);
    println!("30 kills during saves: the state file was whole every time");
}

#[test]
fn state_survives_two_runs() {
    use std::io::Read;
    use std::process::Stdio;

    let dir = tempfile::tempdir().unwrap();
    let state_path = dir.path().join("state.json");
    // run the reader on a pty, type `keys`, wait for it to end, return the
    // last screen's text
    let session = |keys: &str| -> String {
        let (master, slave) = common::open_pty(30, 120);
        let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
            .env("XDG_CACHE_HOME", common::test_cache())
            .arg("--state")
            .arg(&state_path)
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave.try_clone().unwrap()))
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "")
            .spawn()
            .unwrap();
        drop(slave);
        let term = std::fs::File::from(master);
        let mut writer = term.try_clone().unwrap();
        // keep reading what gazette draws, or it would block on a full pty
        let screen = std::sync::Arc::new(std::sync::Mutex::new(vt100::Parser::new(30, 120, 0)));
        let sink = std::sync::Arc::clone(&screen);
        let reader = std::thread::spawn(move || {
            let mut term = term;
            let mut buf = [0u8; 8192];
            while let Ok(n) = term.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let start = Instant::now();
        // the status line is drawn last: wait for a whole first frame
        while !screen
            .lock()
            .unwrap()
            .screen()
            .contents()
            .contains(" LIST ")
        {
            assert!(start.elapsed() < Duration::from_secs(20), "no first frame");
            std::thread::sleep(Duration::from_millis(10));
        }
        let first_frame = screen.lock().unwrap().screen().contents();
        use std::io::Write;
        for k in keys.chars() {
            writer.write_all(k.to_string().as_bytes()).unwrap();
            std::thread::sleep(Duration::from_millis(20));
        }
        let start = Instant::now();
        while child.try_wait().unwrap().is_none() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "gazette did not quit"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        drop(writer);
        drop(reader);
        first_frame
    };
    // first run: filter, open the third match, scroll, mark, quit
    let first = session("/p:lavrov\rjj\rjjjjjjjjjjq");
    assert!(first.contains("Articles 1/5 · 5 unread"), "{first}");
    let saved = std::fs::read_to_string(&state_path).unwrap();
    assert!(saved.contains("\"filter\": \"p:lavrov\""), "{saved}");
    // second run: everything is where it was left
    let second = session("q");
    assert!(
        second.contains("Articles 3/5 of 5 · p:lavrov · 4 unread"),
        "{second}"
    );
    assert!(
        second.contains("Blinken remarked that he")
            || second.contains("take stock of where we are"),
        "the reading place in 002 is back: {second}"
    );
}

/// The article titled `title` in `app`.
fn ix_of(app: &gazette::ui::App, title: &str) -> gazette::model::ArticleIx {
    app.store
        .ixs()
        .find(|&ix| app.store.get(ix).unwrap().title == title)
        .unwrap()
}

fn open(dir: &Path) -> gazette::ui::App {
    let loaded = gazette::store::load_paths(&[dir.to_path_buf()]).unwrap();
    gazette::ui::App::new(loaded.store, loaded.problems)
}

#[test]
fn read_marks_stay_on_their_article_when_another_folder_comes() {
    use gazette::ui::Command;
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("b");
    std::fs::create_dir(&b).unwrap();
    std::fs::write(b.join("index.md"), "Bee headline\n\nStory of b.\n").unwrap();
    let mut app = open(dir.path());
    assert_eq!(
        app.store.get(ix_of(&app, "Bee headline")).unwrap().id,
        "index"
    );
    app.update(Command::ToggleRead);
    assert!(app.is_read(ix_of(&app, "Bee headline")));
    let saved = app.state();
    let key = std::fs::canonicalize(b.join("index.md")).unwrap();
    assert_eq!(saved.read, [key.to_string_lossy().into_owned()].into());

    // a page bundle that sorts first takes the id "index" from b
    let a = dir.path().join("a");
    std::fs::create_dir(&a).unwrap();
    std::fs::write(a.join("index.md"), "Ay headline\n\nStory of a.\n").unwrap();
    let mut app = open(dir.path());
    assert_eq!(
        app.store.get(ix_of(&app, "Ay headline")).unwrap().id,
        "index"
    );
    app.restore(&saved);
    assert!(
        app.is_read(ix_of(&app, "Bee headline")),
        "the mark stayed on b"
    );
    assert!(
        !app.is_read(ix_of(&app, "Ay headline")),
        "and did not move to a"
    );
}

#[test]
fn a_state_file_from_before_keys_is_read_by_id_and_written_anew() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("one.txt"), "One headline\n\nStory.\n").unwrap();
    std::fs::write(dir.path().join("two.txt"), "Two headline\n\nStory.\n").unwrap();
    let old: State = serde_json::from_str(r#"{"read": ["two"], "selected": "two"}"#).unwrap();
    assert_eq!(old.version, 0);
    let mut app = open(dir.path());
    app.restore(&old);
    assert!(app.is_read(ix_of(&app, "Two headline")));
    assert!(!app.is_read(ix_of(&app, "One headline")));
    assert!(app.read_changed, "written again in keys");
    let new = app.state();
    assert_eq!(new.version, state::VERSION);
    let two = std::fs::canonicalize(dir.path().join("two.txt")).unwrap();
    let two = two.to_string_lossy().into_owned();
    assert_eq!(new.read, [two.clone()].into());
    assert_eq!(new.selected, Some(two));
    assert!(new.legacy.is_empty());
}

#[test]
fn old_marks_of_articles_not_opened_this_time_are_kept_until_they_are() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("one.txt"), "One headline\n\nStory.\n").unwrap();
    let path = dir.path().join("state.json");
    // before keys: "elsewhere" is an article of another folder
    std::fs::write(&path, r#"{"read": ["one", "elsewhere"]}"#).unwrap();
    let (old, _) = state::load(&path);
    let mut app = open(dir.path());
    app.restore(&old);
    assert!(app.is_read(ix_of(&app, "One headline")));
    state::save_merged(&path, &app.state(), app.read_changes()).unwrap();
    let (saved, _) = state::load(&path);
    assert_eq!(saved.version, state::VERSION);
    assert_eq!(saved.legacy, ["elsewhere".to_string()].into(), "not lost");

    // the other folder, opened later: its article takes its mark back
    let other = tempfile::tempdir().unwrap();
    std::fs::write(
        other.path().join("elsewhere.txt"),
        "Other headline\n\nStory.\n",
    )
    .unwrap();
    let mut app = open(other.path());
    app.restore(&saved);
    assert!(app.is_read(ix_of(&app, "Other headline")));
    assert!(app.read_changed, "the mark moves to its key");
    let now = app.state();
    assert!(now.legacy.is_empty());
    assert_eq!(now.read.len(), 1);
}

#[test]
fn a_state_that_cannot_be_written_is_said_at_start() {
    let options = gazette::ui::Options {
        state: Some("/proc/gazette/state.json".into()),
        ..Default::default()
    };
    let app = gazette::ui::prepare(gazette::store::load_bundled(), &options);
    let notice = app.notice.unwrap_or_default();
    assert!(
        notice.starts_with("read marks will not be kept: cannot write /proc/gazette"),
        "{notice}"
    );
}
