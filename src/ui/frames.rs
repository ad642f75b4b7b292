//! One frame, one write: everything drawn between two flushes goes out
//! at once, wrapped in synchronized output (DEC mode 2026) so a terminal
//! that knows it shows the frame whole, never half drawn; one that does
//! not ignores it. A full-screen clear (a resize) goes out before the
//! wrapper: tmux mishandles a clear inside it. A scroll of rows (see
//! `scroll`) goes out in the frame it begins.

use std::io::{self, Write};

const BEGIN: &[u8] = b"\x1b[?2026h";
const END: &[u8] = b"\x1b[?2026l";
const CLEAR: &[u8] = b"\x1b[2J";
/// The end of a scroll of a region: the region reset to the screen.
const SCROLLED: &[u8] = b"\x1b[r";

pub struct Frames<W: Write> {
    inner: W,
    frame: Vec<u8>,
}

impl<W: Write> Frames<W> {
    pub fn new(inner: W) -> Self {
        Frames {
            inner,
            frame: Vec::new(),
        }
    }
}

impl<W: Write> Write for Frames<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.frame.is_empty() {
            return self.inner.flush();
        }
        // a scroll of a region (it ends by resetting the region) begins a
        // frame: it goes out with the drawing that follows it
        if self.frame.ends_with(SCROLLED) {
            return Ok(());
        }
        let frame = std::mem::take(&mut self.frame);
        // up to the last clear, unwrapped; the drawing after it, wrapped
        let split = frame
            .windows(CLEAR.len())
            .rposition(|w| w == CLEAR)
            .map_or(0, |i| i + CLEAR.len());
        let (before, drawing) = frame.split_at(split);
        let mut out = Vec::with_capacity(frame.len() + BEGIN.len() + END.len());
        out.extend_from_slice(before);
        if !drawing.is_empty() {
            out.extend_from_slice(BEGIN);
            out.extend_from_slice(drawing);
            out.extend_from_slice(END);
        }
        self.inner.write_all(&out)?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_goes_out_whole_and_wrapped() {
        let mut f = Frames::new(Vec::new());
        f.write_all(b"\x1b[1;1Hab").unwrap();
        f.write_all(b"cd").unwrap();
        assert!(f.inner.is_empty(), "nothing before the flush");
        f.flush().unwrap();
        assert_eq!(f.inner, b"\x1b[?2026h\x1b[1;1Habcd\x1b[?2026l");
        f.flush().unwrap();
        assert_eq!(f.inner.len(), 26, "an empty flush writes nothing");
    }

    #[test]
    fn a_scroll_goes_out_with_its_frame() {
        let mut f = Frames::new(Vec::new());
        f.write_all(b"\x1b[2;30r\x1b[1S\x1b[r").unwrap();
        f.flush().unwrap();
        assert!(f.inner.is_empty(), "held for the drawing");
        f.write_all(b"\x1b[30;1Hz").unwrap();
        f.flush().unwrap();
        assert_eq!(
            f.inner,
            b"\x1b[?2026h\x1b[2;30r\x1b[1S\x1b[r\x1b[30;1Hz\x1b[?2026l"
        );
    }

    #[test]
    fn a_clear_stays_outside() {
        let mut f = Frames::new(Vec::new());
        f.write_all(b"\x1b[2J\x1b[1;1Hx").unwrap();
        f.flush().unwrap();
        assert_eq!(f.inner, b"\x1b[2J\x1b[?2026h\x1b[1;1Hx\x1b[?2026l");
    }
}
