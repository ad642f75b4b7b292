//! From a file's bytes to text: binary files refused, invalid UTF-8
//! replaced and reported, line endings made `\n`.

use std::borrow::Cow;

/// Decoded text, and a caveat to report when the bytes were not clean UTF-8.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warning: Option<String>,
}

/// Decodes one file's bytes. The error says why nothing can be read.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, String> {
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let (text, warning) = match std::str::from_utf8(bytes) {
        Ok(t) => (Cow::Borrowed(t), None),
        Err(e) => (
            String::from_utf8_lossy(bytes),
            Some(format!(
                "invalid UTF-8 at byte {}; undecodable bytes shown as \u{FFFD}",
                e.valid_up_to()
            )),
        ),
    };
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    let text = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        text
    };
    Ok(Decoded { text, warning })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_become_text_or_a_reason() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap().text, "a\nb\nc");
        assert!(decode(b"a\r\nb").unwrap().warning.is_none());
        assert_eq!(decode(b"  \n").unwrap_err(), "empty file");
        assert!(decode(b"a\0b").unwrap_err().contains("binary"));
        let latin1 = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(latin1.text, "caf\u{FFFD} au lait");
        assert!(latin1.warning.unwrap().contains("byte 3"));
    }
}
