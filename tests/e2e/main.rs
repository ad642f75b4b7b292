//! The real binary in a pseudo-terminal: keys in, screen read back through
//! a terminal emulator, and the terminal's state checked after quitting.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

#[path = "../common/mod.rs"]
mod common;
mod keys;
mod paste;
mod terminal;

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);

/// A cell's character; a cell never written counts as a space.
fn cell_text(cell: &vt100::Cell) -> String {
    let s = cell.contents();
    if s.is_empty() {
        " ".to_string()
    } else {
        s.to_string()
    }
}

/// What the program asked the terminal to do besides drawing.
#[derive(Debug, Default)]
struct Recorder {
    events: Vec<String>,
    /// Every byte the program wrote.
    raw: Vec<u8>,
}

impl vt100::Callbacks for Recorder {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.events.push("bell".into());
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.events
            .push(format!("title {:?}", String::from_utf8_lossy(title)));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.events
            .push(format!("icon {:?}", String::from_utf8_lossy(name)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], data: &[u8]) {
        self.events
            .push(format!("clipboard {:?}", String::from_utf8_lossy(data)));
    }
}

struct Session {
    /// The session's own state folder (XDG_STATE_HOME), removed with it.
    _state_home: tempfile::TempDir,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser<Recorder>>>,
    /// Set when the pty's output has ended (every writer closed).
    eof: Arc<AtomicBool>,
}

impl Session {
    fn start(cols: u16, rows: u16, args: &[&str]) -> Session {
        Session::start_env(cols, rows, args, &[])
    }

    fn start_env(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_program(env!("CARGO_BIN_EXE_gazette"), cols, rows, args, env)
    }

    fn start_program(
        program: &str,
        cols: u16,
        rows: u16,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        // box drawing whatever the machine's locale; tests set their own
        cmd.env("LANG", "C.UTF-8");
        cmd.env("LC_ALL", "");
        cmd.env("LC_CTYPE", "");
        // what would say the terminal takes hyperlinks: a test says so
        // itself
        for k in [
            "TERM_PROGRAM",
            "TERM_PROGRAM_VERSION",
            "VTE_VERSION",
            "GAZETTE_HYPERLINKS",
        ] {
            cmd.env_remove(k);
        }
        let state_home = tempfile::tempdir().unwrap();
        cmd.env("XDG_STATE_HOME", state_home.path());
        cmd.env("XDG_CACHE_HOME", common::test_cache());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Recorder::default(),
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        let eof = Arc::new(AtomicBool::new(false));
        let eof_flag = Arc::clone(&eof);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut p = sink.lock().unwrap();
                p.callbacks_mut().raw.extend_from_slice(&buf[..n]);
                p.process(&buf[..n]);
            }
            eof_flag.store(true, Ordering::SeqCst);
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            _state_home: state_home,
            master: pair.master,
            writer,
            child,
            screen,
            eof,
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen satisfies `pred` and has stopped changing
    /// (a frame may arrive in several writes); fails with the screen.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last: Option<String> = None;
        loop {
            let s = self.contents();
            if pred(&s) {
                if last.as_deref() == Some(s.as_str()) {
                    return s;
                }
                last = Some(s.clone());
            } else {
                last = None;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{s}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the process to exit and for all it wrote to be read.
    fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap()
                && self.eof.load(Ordering::SeqCst)
            {
                return status.exit_code();
            }
            assert!(start.elapsed() < TIMEOUT, "the process did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// `stty -a` of the terminal, to see whether raw mode was left on.
    fn stty(&self) -> Option<String> {
        let tty: PathBuf = self.master.tty_name()?;
        let out = Command::new("stty")
            .arg("-a")
            .arg("-F")
            .arg(&tty)
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

#[test]
fn read_an_article_and_quit_cleanly() {
    let mut s = Session::start(120, 40, &[]);
    let screen = s.wait_for("the list", |c| c.contains("Articles 1/5"));
    assert!(screen.contains("While meeting in Geneva"));
    assert!(s.screen.lock().unwrap().screen().alternate_screen());
    let stty = s.stty().expect("stty reads the pty");
    assert!(
        stty.contains("-icanon") && stty.contains("-echo"),
        "raw mode while running: {stty}"
    );

    s.send("j");
    s.wait_for("second article", |c| {
        c.contains("Articles 2/5") && c.contains("UPI · by Clyde Hughes")
    });
    s.send("\r");
    s.wait_for("reader focus", |c| c.contains(" READER "));
    s.send(" ");
    let screen = s.wait_for("a page down", |c| c.contains("% ┘") && !c.contains("─ 1–"));
    let indicator = screen
        .lines()
        .find(|l| l.contains("% ┘"))
        .unwrap_or_else(|| panic!("no position indicator: {screen}"));
    assert!(!indicator.contains(" 1–"), "paged down: {indicator}");
    s.send("?");
    s.wait_for("help", |c| c.contains("show or hide this help"));
    s.send("q");
    s.wait_for("help closed", |c| !c.contains("show or hide this help"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);

    let parser = s.screen.lock().unwrap();
    assert!(!parser.screen().alternate_screen(), "alternate screen left");
    assert!(!parser.screen().hide_cursor(), "cursor left hidden");
    drop(parser);
    let stty = s.stty().expect("stty reads the pty");
    assert!(
        stty.contains(" icanon") && stty.contains(" echo "),
        "raw mode left on: {stty}"
    );
}

#[test]
fn narrow_terminal_shows_one_pane_at_a_time() {
    let mut s = Session::start(50, 15, &[]);
    let list = s.wait_for("the list", |c| c.contains("Articles 1/5"));
    assert!(!list.contains("Reader"), "{list}");
    s.send("G\r");
    let reader = s.wait_for("the reader", |c| {
        c.contains("Reader") && c.contains("Secretary of State Blinken")
    });
    assert!(!reader.contains("Articles"), "{reader}");
    s.send("h");
    s.wait_for("back to the list", |c| c.contains("Articles 5/5"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_missing_path_is_reported_before_the_ui_starts() {
    let mut s = Session::start(80, 24, &["/no/such/archive"]);
    assert_eq!(s.wait_exit(), 2);
    let screen = s.wait_for("the message", |c| c.contains("/no/such/archive"));
    assert!(screen.contains("no such file or directory"), "{screen}");
    assert!(!s.screen.lock().unwrap().screen().alternate_screen());
}

#[test]
fn resizing_the_terminal_redraws_live() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("side by side", |c| {
        c.contains("Articles 1/5") && c.contains("Reader")
    });
    s.send("jl");
    s.wait_for("reader focus", |c| c.contains(" READER "));
    s.master
        .resize(PtySize {
            rows: 15,
            cols: 50,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    s.screen.lock().unwrap().screen_mut().set_size(15, 50);
    let narrow = s.wait_for("one pane", |c| {
        c.contains("Reader") && !c.contains("Articles")
    });
    assert!(narrow.lines().all(|l| l.chars().count() <= 50));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn the_filter_bar_in_a_real_terminal() {
    let mut s = Session::start(120, 30, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("/p:zel");
    let screen = s.wait_for("two rows", |c| {
        c.contains("2 of 5") && c.contains("· p:zel ")
    });
    assert!(screen.contains("Articles 1/2 of 5 · p:zel"), "{screen}");
    // the matched letters are lit: bold underline on the Z of Zelensky
    {
        let p = s.screen.lock().unwrap();
        let scr = p.screen();
        let row: String = (0..54)
            .filter_map(|c| scr.cell(1, c).map(cell_text))
            .collect();
        let col = row
            .find("Zelensky")
            .map(|b| row[..b].chars().count() as u16)
            .expect("Zelensky on row 1");
        let cell = scr.cell(1, col).unwrap();
        assert!(cell.underline() && cell.bold(), "{row}");
    }
    s.send("\x1b");
    // all five are back, the cursor still on the article it was on (NPR's)
    s.wait_for("filter cancelled", |c| {
        c.contains("Articles 4/5") && !c.contains("of 5 ·")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn quote_option_opens_the_reader_on_the_quote() {
    let mut s = Session::start(120, 30, &["--quote", "no minor incursions"]);
    let screen = s.wait_for("the quote", |c| {
        c.contains(" READER ") && c.contains("We want to remind the great powers")
    });
    assert!(
        screen.contains("Quotes "),
        "the quotes pane is open: {screen}"
    );
    assert!(screen.contains("— Volodymyr Zelensky"), "{screen}");
    // the quote is marked: reverse video on its first letter
    {
        let p = s.screen.lock().unwrap();
        let scr = p.screen();
        let (row, col) = (0..30)
            .find_map(|r| {
                let line: String = (0..120)
                    .filter_map(|c| scr.cell(r, c).map(cell_text))
                    .collect();
                line.find("We want to remind")
                    .map(|b| (r, line[..b].chars().count() as u16))
            })
            .expect("quote on screen");
        let cell = scr.cell(row, col).unwrap();
        assert!(
            cell.inverse(),
            "row {row} col {col}: {:?} italic {} inverse {}",
            cell.contents(),
            cell.italic(),
            cell.inverse()
        );
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn quote_option_without_a_match_exits_1() {
    let mut s = Session::start(80, 24, &["--quote", "zzqqxxjj"]);
    assert_eq!(s.wait_exit(), 1);
    let screen = s.wait_for("the message", |c| c.contains("no quote matches"));
    assert!(screen.contains("zzqqxxjj"), "{screen}");
}
