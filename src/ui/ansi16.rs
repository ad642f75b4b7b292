//! The 16 named colours as every colour terminal knows them. crossterm
//! writes even the named colours in the 256-colour form (`ESC[38;5;6m`),
//! which a 16-colour terminal (the Linux console, old xterms) may
//! misread; this writer turns those into the classic codes (`ESC[36m`),
//! so the user's palette decides how they look.

use std::io::{self, Write};

pub struct Ansi16<W: Write> {
    inner: W,
    /// The start of an escape sequence not yet complete.
    pending: Vec<u8>,
}

impl<W: Write> Ansi16<W> {
    pub fn new(inner: W) -> Self {
        Ansi16 {
            inner,
            pending: Vec::new(),
        }
    }
}

/// SGR parameters with `38;5;N`/`48;5;N` (N < 16) made classic.
fn rewrite(params: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(params);
    let parts: Vec<&str> = text.split(';').collect();
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let n = |k: usize| parts.get(i + k).and_then(|p| p.parse::<u16>().ok());
        match (parts[i], n(1), n(2)) {
            ("38", Some(5), Some(c)) if c < 16 => {
                out.push((if c < 8 { 30 + c } else { 90 + c - 8 }).to_string());
                i += 3;
            }
            ("48", Some(5), Some(c)) if c < 16 => {
                out.push((if c < 8 { 40 + c } else { 100 + c - 8 }).to_string());
                i += 3;
            }
            (p, ..) => {
                out.push(p.to_string());
                i += 1;
            }
        }
    }
    out.join(";").into_bytes()
}

impl<W: Write> Write for Ansi16<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let data = std::mem::take(&mut self.pending);
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            if data[i] != 0x1b {
                out.push(data[i]);
                i += 1;
                continue;
            }
            // ESC [ params final
            if i + 1 >= data.len() {
                self.pending.extend_from_slice(&data[i..]);
                break;
            }
            if data[i + 1] != b'[' {
                out.push(data[i]);
                i += 1;
                continue;
            }
            let params_end = data[i + 2..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';' || *b == b':' || *b == b'?'))
                .map(|p| i + 2 + p);
            match params_end {
                None => {
                    self.pending.extend_from_slice(&data[i..]);
                    break;
                }
                Some(e) if data[e] == b'm' => {
                    out.extend_from_slice(b"\x1b[");
                    out.extend(rewrite(&data[i + 2..e]));
                    out.push(b'm');
                    i = e + 1;
                }
                Some(e) => {
                    out.extend_from_slice(&data[i..=e]);
                    i = e + 1;
                }
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> Vec<u8> {
        let mut w = Ansi16::new(Vec::new());
        for c in chunks {
            w.write_all(c).unwrap();
        }
        w.inner
    }

    #[test]
    fn named_colours_become_classic_codes() {
        assert_eq!(through(&[b"\x1b[38;5;6mhi"]), b"\x1b[36mhi");
        assert_eq!(through(&[b"\x1b[1;38;5;11;48;5;0m"]), b"\x1b[1;93;40m");
        assert_eq!(
            through(&[b"\x1b[38;5;200m"]),
            b"\x1b[38;5;200m",
            "richer colours stay"
        );
        assert_eq!(
            through(&[b"\x1b[2J\x1b[10;5H"]),
            b"\x1b[2J\x1b[10;5H",
            "other sequences pass"
        );
    }

    #[test]
    fn sequences_split_across_writes() {
        assert_eq!(through(&[b"a\x1b", b"[38;", b"5;2mb"]), b"a\x1b[32mb");
        assert_eq!(through(&["é\x1b[0m".as_bytes()]), "é\x1b[0m".as_bytes());
    }
}
