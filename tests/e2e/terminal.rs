//! What gazette does to the terminal: no control from an article reaches
//! it, colours as asked, signals and hang-ups, every size and TERM, and the
//! bytes a key costs.

use super::*;

#[test]
fn an_attack_article_changes_nothing_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("attack\u{1b}[7m.txt"),
        " date 2022-02-01 Headline \u{1b}]0;pwned\u{7} title\n\nBody \u{1b}]52;c;ZXZpbA==\u{7} clip \u{1b}[2J\u{1b}[H clear \u{9b}31m C1 \u{7}\u{7} bells ab\u{8}\u{8}cd back\rspace.\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let mut s = Session::start(100, 20, &[&path]);
    s.wait_for("the article", |c| c.contains("Headline ␛]0;pwned␇ title"));
    s.send("\r/clip\r");
    s.wait_for("a search hit", |c| {
        c.contains("1 of 1") || c.contains("clip")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let p = s.screen.lock().unwrap();
    assert_eq!(
        p.callbacks().events,
        Vec::<String>::new(),
        "no title, clipboard or bell"
    );
    let raw = &p.callbacks().raw;
    assert!(
        !raw.windows(2).any(|w| w == b"\x1b]"),
        "no OSC sequence was sent"
    );
    assert!(
        !raw.contains(&0x07) && !raw.contains(&0x08),
        "no bell, no backspace"
    );
    assert!(
        !String::from_utf8_lossy(raw)
            .chars()
            .any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "no C1 control"
    );
}

#[test]
fn an_article_s_url_is_a_hyperlink_where_the_terminal_takes_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.json"),
        r#"{"title": "Linked story", "text": "Body.", "url": "https://x.example/a"}"#,
    )
    .unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    for (on, env) in [
        (true, [("GAZETTE_HYPERLINKS", "1")]),
        (false, [("TERM", "xterm-256color")]),
    ] {
        let mut s = Session::start_env(100, 20, &[&path], &env);
        s.wait_for("the list", |c| c.contains("Linked story"));
        s.send("\r");
        s.wait_for("the URL", |c| c.contains("https://x.example/a"));
        s.send("q");
        assert_eq!(s.wait_exit(), 0);
        let p = s.screen.lock().unwrap();
        let raw = String::from_utf8_lossy(&p.callbacks().raw).into_owned();
        assert_eq!(
            raw.contains("\u{1b}]8;;https://x.example/a\u{1b}\\ht\u{1b}]8;;\u{1b}\\"),
            on,
            "hyperlink {on}: {raw:?}"
        );
        if !on {
            assert!(!raw.contains("\u{1b}]"), "no OSC sequence");
        }
    }
}

/// Parameters of every SGR sequence (`ESC [ … m`) in `raw`.
fn sgr_params(raw: &[u8]) -> Vec<u16> {
    let text = String::from_utf8_lossy(raw);
    let mut out = Vec::new();
    for part in text.split("\u{1b}[").skip(1) {
        let end = part
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(part.len());
        if part[end..].starts_with('m') {
            out.extend(part[..end].split(';').filter_map(|p| p.parse::<u16>().ok()));
        }
    }
    out
}

#[test]
fn no_color_sends_no_colour() {
    let mut s = Session::start_env(120, 30, &[], &[("NO_COLOR", "1")]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("j/lavrov");
    s.wait_for("the filter", |c| c.contains("of 5"));
    s.send("\r\"");
    s.wait_for("the quotes", |c| c.contains("Quotes "));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let p = s.screen.lock().unwrap();
    let params = sgr_params(&p.callbacks().raw);
    assert!(!params.is_empty(), "attributes are still used");
    let colour: Vec<u16> = params
        .iter()
        .copied()
        .filter(|n| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107))
        .collect();
    assert_eq!(
        colour,
        Vec::<u16>::new(),
        "colour codes sent under NO_COLOR"
    );
    // the selection is still visible: reverse video (7) was sent
    assert!(params.contains(&7));
}

#[test]
fn with_colour_the_16_colour_palette_is_used() {
    let mut s = Session::start(120, 30, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.screen.lock().unwrap().callbacks().raw.clone();
    let params = sgr_params(&raw);
    assert!(
        params.iter().any(|n| matches!(n, 30..=37 | 90..=97)),
        "classic colour codes are used"
    );
    assert!(
        !params.contains(&38) && !params.contains(&48),
        "no 256-colour or RGB form"
    );
}

fn signal(s: &Session, sig: &str) {
    let pid = s.child.process_id().expect("the child has a pid");
    let ok = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn a_hang_up_ends_the_process_within_a_second() {
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    let t = Instant::now();
    signal(&s, "HUP");
    s.wait_exit();
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "took {:?}",
        t.elapsed()
    );
}

#[test]
fn sigterm_ends_the_process_and_restores_the_terminal() {
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    let t = Instant::now();
    signal(&s, "TERM");
    s.wait_exit();
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "took {:?}",
        t.elapsed()
    );
    let p = s.screen.lock().unwrap();
    assert!(!p.screen().alternate_screen(), "alternate screen left");
    assert!(!p.screen().hide_cursor(), "cursor shown again");
    drop(p);
    let stty = s.stty().expect("stty reads the pty");
    assert!(
        stty.contains(" icanon") && stty.contains(" echo "),
        "cooked mode back: {stty}"
    );
}

#[test]
fn tiny_terminals_do_not_panic() {
    for (cols, rows) in [(20, 5), (1, 1)] {
        let mut s = Session::start(cols, rows, &[]);
        // something is drawn, then keys are taken and q quits
        let screen = s.wait_for("a first frame", |c| !c.trim().is_empty());
        if cols == 20 {
            assert!(screen.contains("Articles"), "{screen}");
        }
        s.send("jG?q");
        s.send("q");
        assert_eq!(s.wait_exit(), 0, "{cols}x{rows}");
        let raw = s.screen.lock().unwrap().callbacks().raw.clone();
        assert!(
            !String::from_utf8_lossy(&raw).contains("panicked"),
            "{cols}x{rows}"
        );
    }
}

/// Runs gazette on a fresh pty, waits for its first frame, closes the
/// pty's master side (the terminal goes away) and returns how long the
/// process took to end. With `controlling`, the pty is the process's
/// controlling terminal, so the kernel also sends SIGHUP; without, only
/// end of file tells.
#[allow(unsafe_code)]
fn time_to_exit_after_hang_up(controlling: bool) -> Duration {
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;

    let (master, slave) = common::open_pty(24, 80);
    let state_home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gazette"));
    cmd.env("XDG_CACHE_HOME", common::test_cache());
    cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave.try_clone().unwrap()))
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "")
        .env("XDG_STATE_HOME", state_home.path());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            if controlling {
                libc::ioctl(0, libc::TIOCSCTTY, 0);
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    drop(slave);
    let mut terminal = std::fs::File::from(master);
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Articles") {
        let n = terminal.read(&mut buf).unwrap();
        assert!(n > 0, "the first frame");
        seen.extend_from_slice(&buf[..n]);
    }
    drop(terminal); // the terminal goes away
    let t = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return t.elapsed();
        }
        if t.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            panic!("still running 5 s after the terminal went away");
        }
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn closing_the_terminal_ends_the_process_within_a_second() {
    let with_sighup = time_to_exit_after_hang_up(true);
    let end_of_file_only = time_to_exit_after_hang_up(false);
    assert!(with_sighup < Duration::from_secs(1), "{with_sighup:?}");
    assert!(
        end_of_file_only < Duration::from_secs(1),
        "{end_of_file_only:?}"
    );
}

#[test]
fn the_mouse_is_left_to_the_terminal_unless_asked() {
    let mut s = Session::start(100, 24, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&s.screen.lock().unwrap().callbacks().raw).into_owned();
    assert!(
        !raw.contains("\u{1b}[?1000h"),
        "no mouse capture by default"
    );

    let mut s = Session::start(100, 24, &["--mouse"]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let p = s.screen.lock().unwrap();
    let raw = String::from_utf8_lossy(&p.callbacks().raw).into_owned();
    assert!(raw.contains("\u{1b}[?1000h"), "--mouse captures");
    assert!(
        raw.rfind("\u{1b}[?1000l") > raw.rfind("\u{1b}[?1000h"),
        "and releases it on exit"
    );
    assert_eq!(
        p.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
}

#[test]
fn ascii_borders_without_a_utf8_locale() {
    for (args, env) in [
        (
            vec![],
            vec![("LANG", "C"), ("LC_ALL", ""), ("LC_CTYPE", "")],
        ),
        (vec!["--ascii"], vec![("LANG", "C.UTF-8")]),
    ] {
        let mut s = Session::start_env(100, 20, &args, &env);
        let screen = s.wait_for("the list", |c| c.contains("Articles 1/5"));
        assert!(screen.starts_with("+ Articles 1/5"), "{screen}");
        assert!(screen.contains("|*2022-01-21"), "{screen}");
        assert!(!screen.contains('│') && !screen.contains('┌'), "{screen}");
        s.send("q");
        assert_eq!(s.wait_exit(), 0);
    }
    let mut s = Session::start_env(100, 20, &[], &[("LANG", "en_US.UTF-8")]);
    let screen = s.wait_for("the list", |c| c.contains("Articles 1/5"));
    assert!(screen.starts_with("┌ Articles"), "{screen}");
    s.send("q");
    s.wait_exit();
}

#[test]
fn every_common_term_works() {
    for term in [
        "xterm",
        "xterm-256color",
        "screen",
        "tmux-256color",
        "linux",
        "vt100",
    ] {
        let mut s = Session::start_env(100, 20, &[], &[("TERM", term)]);
        s.wait_for(term, |c| c.contains("Articles 1/5") && c.contains(" LIST "));
        s.send("j\r");
        s.wait_for(term, |c| c.contains(" READER "));
        s.send("q");
        assert_eq!(s.wait_exit(), 0, "{term}");
        assert!(
            !s.screen.lock().unwrap().screen().alternate_screen(),
            "{term}"
        );
    }
}

/// Bytes written for the keys in `keys`, after the first frame.
fn bytes_for_keys(cols: u16, rows: u16, keys: &str) -> usize {
    let mut s = Session::start(cols, rows, &[]);
    s.wait_for("the first frame", |c| c.contains(" LIST "));
    let before = s.screen.lock().unwrap().callbacks().raw.len();
    for k in keys.chars() {
        let want = s.screen.lock().unwrap().callbacks().raw.len();
        s.send(&k.to_string());
        // each key redraws something: wait for it before the next
        let start = Instant::now();
        while s.screen.lock().unwrap().callbacks().raw.len() == want && start.elapsed() < TIMEOUT {
            thread::sleep(Duration::from_millis(5));
        }
        thread::sleep(Duration::from_millis(30));
    }
    let after = s.screen.lock().unwrap().callbacks().raw.len();
    s.send("q");
    s.wait_exit();
    after - before
}

#[test]
fn moving_the_selection_sends_a_few_hundred_bytes() {
    // one pane (the list alone): only the rows that change are redrawn
    let n = bytes_for_keys(80, 24, "jjjjkkkk");
    println!("list alone: {} bytes for 8 moves, {} per key", n, n / 8);
    assert!(n / 8 < 600, "{n} bytes for 8 moves");
}

#[test]
fn the_reader_opens_at_once_and_the_archive_arrives_behind_a_progress_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "A headline\n\nThe story.\n").unwrap();
    let s = Session::start(80, 24, &[dir.path().to_str().unwrap()]);
    s.wait_for("the list", |c| c.contains("Articles 1/1"));
    let raw = String::from_utf8_lossy(&s.screen.lock().unwrap().callbacks().raw).into_owned();
    let screen = raw.find("\u{1b}[?1049h").expect("the alternate screen");
    // the first frame is drawn before a file is read
    let progress = raw.find("finding the archive").expect("a progress line");
    let list = raw.find("A headline").expect("the article");
    assert!(screen < progress && progress < list, "{raw:?}");
    // and nothing was written to the terminal before the reader took it
    assert!(!raw[..screen].contains("gazette"), "{:?}", &raw[..screen]);
}

#[test]
fn quitting_while_the_cache_is_written_finishes_it_and_leaves_no_file_behind() {
    // an archive whose first load writes a cache for a while
    let dir = tempfile::tempdir().unwrap();
    for a in gazette::synth::corpus(3000, 7) {
        std::fs::write(dir.path().join(&a.name), &a.text).unwrap();
    }
    let cache = tempfile::tempdir().unwrap();
    let cache_home = cache.path().to_str().unwrap();
    let folder = cache.path().join("gazette");
    let leftovers = || -> Vec<String> {
        std::fs::read_dir(&folder)
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.ends_with(".cache"))
                    .collect()
            })
            .unwrap_or_default()
    };
    // quit as the reader gets the store (the cache is written after it),
    // and a little later: the cache is finished, and never a temporary
    // file left
    for wait_ms in [0, 50, 200] {
        let _ = std::fs::remove_dir_all(&folder);
        let mut s = Session::start_env(
            100,
            30,
            &["--no-state", dir.path().to_str().unwrap()],
            &[("XDG_CACHE_HOME", cache_home)],
        );
        s.wait_for("the analysed store", |c| c.contains("People"));
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        s.send("q");
        s.wait_exit();
        assert_eq!(leftovers(), Vec::<String>::new(), "after {wait_ms} ms");
        let check = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
            .args(["--check", dir.path().to_str().unwrap()])
            .env("XDG_CACHE_HOME", cache_home)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&check.stdout);
        assert!(
            said.trim_end()
                .ends_with("3000 files of 3000 fresh, 0 read; people and quotes from the cache"),
            "after {wait_ms} ms: {said}"
        );
    }
}
