//! From a file's bytes to text: UTF-8 (a byte-order mark dropped), UTF-16
//! with its byte-order mark, Windows-1252 when the bytes are not UTF-8 and
//! read cleanly as it; binary files refused, what cannot be decoded
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
    let (text, warning) = if let Some(utf16) = utf16(bytes) {
        utf16?
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.contains(&0) {
            return Err("binary file (contains NUL bytes)".into());
        }
        match std::str::from_utf8(bytes) {
            Ok(t) => (Cow::Borrowed(t), None),
            Err(e) => match windows_1252(bytes) {
                Some(text) => (
                    Cow::Owned(text),
                    Some("not UTF-8; read as Windows-1252".to_string()),
                ),
                None => (
                    String::from_utf8_lossy(bytes),
                    Some(format!(
                        "invalid UTF-8 at byte {}; undecodable bytes shown as \u{FFFD}",
                        e.valid_up_to()
                    )),
                ),
            },
        }
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

/// UTF-16 text, known by its byte-order mark: `None` when there is none.
#[allow(clippy::type_complexity)]
fn utf16(bytes: &[u8]) -> Option<Result<(Cow<'static, str>, Option<String>), String>> {
    let little = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => true,
        Some([0xFE, 0xFF]) => false,
        _ => return None,
    };
    let units: Vec<u16> = bytes[2..]
        .chunks_exact(2)
        .map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        })
        .collect();
    let text = String::from_utf16_lossy(&units);
    if text.contains('\0') {
        return Some(Err("binary file (contains NUL characters)".into()));
    }
    let name = if little { "UTF-16LE" } else { "UTF-16BE" };
    let warning = (text.contains('\u{FFFD}') || bytes.len() % 2 == 1)
        .then(|| format!("{name} with undecodable units, shown as \u{FFFD}"));
    Some(Ok((Cow::Owned(text), warning)))
}

/// The bytes read as Windows-1252, when that is what they are: no valid
/// UTF-8 beyond ASCII in them (else they are UTF-8 with errors), and no
/// byte that Windows-1252 leaves undefined.
fn windows_1252(bytes: &[u8]) -> Option<String> {
    let utf8_beyond_ascii = bytes.utf8_chunks().any(|c| !c.valid().is_ascii());
    if utf8_beyond_ascii {
        return None;
    }
    // 0x80..=0x9F; the others are Latin-1
    const HIGH: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => Some(HIGH[usize::from(b - 0x80)]).filter(|&c| c != '\0'),
            _ => Some(char::from(b)),
        })
        .collect()
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
        let latin1 = decode(b"caf\xe9 au lait \x93quoted\x94").unwrap();
        assert_eq!(latin1.text, "café au lait “quoted”");
        assert_eq!(latin1.warning.unwrap(), "not UTF-8; read as Windows-1252");
        // UTF-8 with one bad byte stays UTF-8
        let broken = decode(
            "naïve \u{2019}"
                .as_bytes()
                .iter()
                .copied()
                .chain([0xFF])
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .map(|d| d.text.into_owned())
        .unwrap();
        assert_eq!(broken, "naïve \u{2019}\u{FFFD}");
        // a byte Windows-1252 leaves undefined
        assert!(
            decode(b"a\x81b")
                .unwrap()
                .warning
                .unwrap()
                .contains("invalid UTF-8")
        );
        let mut le = vec![0xFF, 0xFE];
        le.extend("Héllo\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap().text, "Héllo\n");
        assert!(decode(&le).unwrap().warning.is_none());
        let mut be = vec![0xFE, 0xFF];
        be.extend("Ünïcode".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "Ünïcode");
        assert_eq!(decode(b"\xEF\xBB\xBFbom").unwrap().text, "bom");
    }
}
