//! What real folders hold besides articles: a FIFO, a link to a device, a
//! file on standard input. Loading never blocks, never reads without limit,
//! and says what it passed over.

// A test whose setup fails should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs gazette, failing the test if it has not finished in 20 s (a FIFO
/// opened for reading blocks until a writer comes; none will).
fn gazette(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", common::test_cache())
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("gazette {args:?} did not finish in 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A folder with one article, a FIFO and a link to /dev/zero, all named
/// like articles.
fn odd_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.txt"),
        "A real headline\n\nA paragraph of the story.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    dir
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_fifo_and_a_device_in_a_folder_are_passed_over_and_named() {
    let dir = odd_folder();
    let p = dir.path().to_str().unwrap();
    let o = gazette(&["list", p], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("A real headline"), "{out}");
    let err = text(&o.stderr);
    assert!(
        err.contains("zero.txt: skipped: not a regular file (a character device)"),
        "{err}"
    );
    assert!(
        err.contains("pipe.txt: skipped: not a regular file (a FIFO)"),
        "{err}"
    );

    let o = gazette(&["check", p], None);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(
        out.contains("zero.txt") && out.contains("pipe.txt"),
        "{out}"
    );
    assert!(
        out.contains("1 article loaded") && out.contains("0 warnings, 2 skipped"),
        "{out}"
    );
}

#[test]
fn a_fifo_or_a_device_named_on_the_command_line_is_not_opened() {
    let dir = odd_folder();
    for name in ["pipe.txt", "zero.txt"] {
        let path = dir.path().join(name);
        let o = gazette(&["list", path.to_str().unwrap()], None);
        assert_eq!(o.status.code(), Some(0));
        assert!(o.stdout.is_empty());
        let err = text(&o.stderr);
        assert!(err.contains("not a regular file"), "{err}");
        assert!(err.contains("gazette list - < PATH"), "{err}");
    }
    let o = gazette(&["list", "/dev/zero"], None);
    assert!(text(&o.stderr).contains("(a character device)"));
}

#[test]
fn standard_input_is_read_as_an_article_with_a_limit() {
    let o = gazette(
        &["list", "-"],
        Some(b"Piped headline\n\nThe story, piped in.\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.starts_with("stdin "), "{out}");
    assert!(out.contains("Piped headline"), "{out}");

    // more than the limit is refused, not read into memory whole
    let big = vec![b'a'; 16 * 1024 * 1024 + 10];
    let o = gazette(&["list", "-"], Some(&big));
    assert!(o.stdout.is_empty());
    assert!(
        text(&o.stderr).contains("over the 16 MiB limit"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn the_reader_will_not_take_standard_input_for_an_article() {
    let o = gazette(&["-"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("gazette list -"));
}

#[test]
fn a_sidecar_that_is_a_fifo_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Headline\n\nStory.\n").unwrap();
    let meta = dir.path().join("gazette-meta.json");
    assert!(
        Command::new("mkfifo")
            .arg(&meta)
            .status()
            .unwrap()
            .success()
    );
    let o = gazette(&["list", dir.path().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stdout).contains("Headline"));
    assert!(
        text(&o.stderr).contains("metadata not read: not a regular file (a FIFO)"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_folder_of_files_gazette_cannot_read_says_so() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3 {
        std::fs::write(dir.path().join(format!("a{i}.pdf")), "%PDF-1.4").unwrap();
    }
    std::fs::write(dir.path().join("page.docx"), "PK").unwrap();
    let p = dir.path().to_str().unwrap();
    let o = gazette(&["check", p], None);
    assert_eq!(o.status.code(), Some(1), "nothing loaded is a problem");
    let out = text(&o.stdout);
    assert!(out.contains("3 .pdf files passed over"), "{out}");
    assert!(out.contains("1 .docx file passed over"), "{out}");
    assert!(out.contains("0 articles loaded"), "{out}");
    let o = gazette(&["list", p], None);
    assert!(text(&o.stderr).contains(".pdf files passed over"));
}
