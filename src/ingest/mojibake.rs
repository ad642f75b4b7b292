//! Text encoded twice: UTF-8 read as Latin-1 and written as UTF-8 again,
//! as scrapers and old pages leave it ("PeÃ±a Nieto" for "Peña Nieto",
//! "ChÃÂ¡vez" for "Chávez"). Names must be read from the text as written.

/// `s` with its doubly encoded stretches decoded, when it has any.
pub fn repair(s: &str) -> Option<String> {
    // (the lead bytes of two-byte UTF-8 for Latin letters, read as
    // Latin-1: text without them has nothing to repair; a text
    // decomposed since writes them as "A" and a combining mark)
    // (one pass over the bytes first: Ã and Â are C3 83 and C3 82 in
    // UTF-8, the combining tilde and circumflex CC 83 and CC 82; most
    // text has neither lead byte)
    let bytes = s.as_bytes();
    if !(bytes.contains(&0xC3) || bytes.contains(&0xCC)) {
        return None;
    }
    let composed;
    let s = if s.contains("A\u{303}") || s.contains("A\u{302}") {
        composed = s.replace("A\u{303}", "Ã").replace("A\u{302}", "Â");
        composed.as_str()
    } else {
        s
    };
    if !s.contains(['Ã', 'Â']) {
        return None;
    }
    let mut cur: Option<String> = None;
    // (twice: text can be encoded three times over)
    for _ in 0..2 {
        match once(cur.as_deref().unwrap_or(s)) {
            Some(next) => cur = Some(next),
            None => break,
        }
    }
    cur
}

/// One decoding of every run of characters U+0080–U+00FF that is
/// valid UTF-8 when read as bytes.
fn once(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut run: Vec<u8> = Vec::new();
    let mut run_start = 0;
    let mut changed = false;
    let mut flush = |out: &mut String, run: &mut Vec<u8>, from: usize, to: usize| {
        if run.is_empty() {
            return;
        }
        match std::str::from_utf8(run) {
            Ok(t) => {
                out.push_str(t);
                changed = true;
            }
            Err(_) => out.push_str(&s[from..to]),
        }
        run.clear();
    };
    for (i, c) in s.char_indices() {
        match u8::try_from(u32::from(c)) {
            Ok(b) if b >= 0x80 => {
                if run.is_empty() {
                    run_start = i;
                }
                run.push(b);
            }
            _ => {
                flush(&mut out, &mut run, run_start, i);
                out.push(c);
            }
        }
    }
    flush(&mut out, &mut run, run_start, s.len());
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_encoded_twice_is_decoded() {
        assert_eq!(repair("PeÃ±a Nieto").as_deref(), Some("Peña Nieto"));
        // three times over, and decomposed: "Ã" as "A" and a combining tilde
        assert_eq!(
            repair("Hugo ChA\u{303}\u{83}A\u{302}\u{a1}vez").as_deref(),
            Some("Hugo Chávez")
        );
        assert_eq!(
            repair("FranÃ§ois Hollande").as_deref(),
            Some("François Hollande")
        );
        // text as it should be is left alone
        assert_eq!(repair("Peña Nieto, Âge d'or, café"), None);
        assert_eq!(repair("plain"), None);
    }
}
