//! Keys as a slow link and a shell deliver them: Esc glued to the next
//! key, Ctrl-Z and `fg`.

use super::*;

#[test]
fn esc_and_a_key_in_one_write_are_two_keys() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("the list", |c| c.contains("Articles 1/5"));
    s.send("?");
    s.wait_for("help", |c| c.contains("show or hide this help"));
    // one write: the terminal hands over ESC j at once
    s.send("\u{1b}j");
    s.wait_for("help closed and the list moved", |c| {
        !c.contains("show or hide this help") && c.contains("Articles 2/5")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn ctrl_z_stops_the_reader_as_a_job_and_fg_brings_it_back() {
    // an interactive shell in the terminal, as a user has: it does job
    // control, which a process started alone in a terminal does not get
    let mut s = Session::start_program(
        "bash",
        100,
        30,
        &["--norc", "--noprofile", "-i"],
        &[("PS1", "$ "), ("HISTFILE", "/dev/null")],
    );
    s.wait_for("the prompt", |c| c.contains("$ "));
    s.send(&format!("{} --no-state\r", env!("CARGO_BIN_EXE_gazette")));
    s.wait_for("the reader", |c| c.contains("Articles 1/5"));
    s.send("j");
    s.wait_for("the second article", |c| c.contains("Articles 2/5"));
    s.send("\u{1a}"); // Ctrl-Z
    s.wait_for("the job stopped", |c| c.contains("Stopped"));
    {
        let parser = s.screen.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "the shell's screen is back"
        );
        assert!(!parser.screen().hide_cursor(), "with its cursor");
    }
    s.send("fg\r");
    // the whole frame, status line included, comes back: a partly
    // written frame is waited out rather than judged
    s.wait_for("the reader drawn again, status line included", |c| {
        c.contains("Articles 2/5") && c.contains("United States, Russia") && c.contains(" LIST ")
    });
    s.send("j");
    s.wait_for("keys work", |c| c.contains("Articles 3/5"));
    s.send("q");
    s.wait_for("the prompt again", |c| {
        c.contains("$ ") && !c.contains("Articles")
    });
    s.send("exit\r");
    assert_eq!(s.wait_exit(), 0);
}
