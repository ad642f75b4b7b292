//! Article JSON: one object per file, an array of them, or JSON Lines
//! (one object per line). Each object is a [`Record`]. A broken line of
//! JSON Lines loses that line only; a broken file says where it breaks.

use serde_json::{Map, Value};

use super::record::{self, Record};
use super::source::{Parsed, Source};

/// Whether `text` is JSON this format reads: it opens an object or an
/// array, and its first value (or first line) is whole JSON.
pub fn sniff(text: &str) -> bool {
    let t = text.trim_start();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return false;
    }
    // the whole text one object, or an array of objects; else JSON Lines
    // ("[1] Officials said …" is text)
    match serde_json::from_str::<Value>(t) {
        Ok(Value::Object(_)) => true,
        Ok(Value::Array(items)) => items.iter().any(Value::is_object),
        _ => t
            .lines()
            .next()
            .is_some_and(|l| serde_json::from_str::<Map<String, Value>>(l).is_ok()),
    }
}

/// Reads a JSON file: JSON Lines when its extension says so or when it
/// holds more than one value; else one object or an array of them.
pub fn read(src: &Source, text: &str) -> Parsed {
    let ext = src
        .path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("jsonl" | "ndjson")) {
        return lines(src, text);
    }
    if looks_like_lines(text) {
        return lines(src, text);
    }
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    match (values.next(), values.next()) {
        // a JSON Feed saved as .json is a feed
        (Some(Ok(Value::Object(o))), None) if is_json_feed(&o) => super::feed::read(src, text),
        (Some(Ok(v)), None) if !holds_articles(&v) => Parsed {
            notes: vec![NO_ARTICLE.to_string()],
            ..Parsed::default()
        },
        (Some(Ok(Value::Object(o))), None) => {
            let mut out = Parsed::default();
            one(src, &o, None, String::new(), &mut out);
            out
        }
        (Some(Ok(Value::Array(items))), None) => array(src, &items),
        (Some(Ok(_)), None) => {
            failed("a JSON file holds no article: not an object or an array of them")
        }
        // several values one after the other, not one to a line
        (Some(Ok(_)), Some(_)) => stream(src, text),
        (Some(Err(e)), _) => failed(&format!("not valid JSON: {}", position(&e))),
        (None, _) => failed("an empty JSON file"),
    }
}

/// Whether `text` is JSON Lines: two lines or more, and one of its first
/// lines an object on its own (so a broken first line is one broken
/// record, not a broken file).
fn looks_like_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first: Vec<&str> = lines.by_ref().take(5).collect();
    first.len() >= 2
        && first
            .iter()
            .any(|l| serde_json::from_str::<Map<String, Value>>(l).is_ok())
}

/// Whether an object is a JSON Feed (<https://jsonfeed.org>).
fn is_json_feed(o: &Map<String, Value>) -> bool {
    o.get("version")
        .and_then(Value::as_str)
        .is_some_and(|v| v.contains("jsonfeed.org"))
        && o.get("items").is_some_and(Value::is_array)
}

/// Several JSON values one after the other (pretty-printed objects, one
/// after another): each object a record, until one is broken.
fn stream(src: &Source, text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut n = 0;
    loop {
        let at = values.byte_offset();
        let line = text.get(..at).map_or(0, |t| t.matches('\n').count()) + 1;
        match values.next() {
            None => break,
            Some(Ok(v)) => {
                n += 1;
                let place = format!("value {n} (line {line})");
                match v {
                    Value::Object(o) => one(src, &o, Some(n), place, &mut out),
                    _ => out.errors.push(format!("{place}: not an object")),
                }
            }
            Some(Err(e)) => {
                out.errors.push(format!(
                    "not valid JSON after value {n}: {}; the rest of the file is not read",
                    position(&e)
                ));
                break;
            }
        }
    }
    out
}

/// What is said of a JSON file of other data.
const NO_ARTICLE: &str =
    "passed over: JSON that holds no article (no field such as title, text, maintext or content)";

/// Whether a whole JSON value is an article's record or holds one: JSON
/// of other data (annotations, settings) is passed over.
fn holds_articles(v: &Value) -> bool {
    match v {
        Value::Object(o) => Record(o).is_article(),
        Value::Array(items) => items
            .iter()
            .any(|i| i.as_object().is_some_and(|o| Record(o).is_article())),
        _ => false,
    }
}

/// A file that gives nothing.
fn failed(why: &str) -> Parsed {
    Parsed {
        errors: vec![why.to_string()],
        ..Parsed::default()
    }
}

/// A JSON error as "line L, column C: what".
fn position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let what = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]);
    format!("line {}, column {}: {what}", e.line(), e.column())
}

/// Each element of an array that is an object.
fn array(src: &Source, items: &[Value]) -> Parsed {
    let mut out = Parsed::default();
    for (n, item) in items.iter().enumerate() {
        let place = format!("element {}", n + 1);
        match item {
            Value::Object(o) => one(src, o, Some(n + 1), place, &mut out),
            _ => out.errors.push(format!("{place}: not an object")),
        }
    }
    out
}

/// Each line that is an object; a broken one is reported by its number.
fn lines(src: &Source, text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        n += 1;
        let place = format!("line {}", i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => one(src, &o, Some(n), place, &mut out),
            Ok(_) => out.errors.push(format!("{place}: not an object")),
            Err(e) => out.errors.push(format!(
                "{place}: not valid JSON (column {}): {}",
                e.column(),
                {
                    let m = e.to_string();
                    m.rfind(" at line ")
                        .map_or(m.clone(), |i| m[..i].to_string())
                }
            )),
        }
    }
    out
}

/// One record; `nth` is its place among several in the file (`None` when
/// it is the file's only one), `place` how messages name it.
fn one(src: &Source, o: &Map<String, Value>, nth: Option<usize>, place: String, out: &mut Parsed) {
    let r = Record(o);
    let id = match nth {
        Some(n) => format!("{}-{n}", src.id),
        None => src.id.to_string(),
    };
    let at = |m: String| {
        if place.is_empty() {
            m
        } else {
            format!("{place}: {m}")
        }
    };
    let mut warnings = Vec::new();
    match record::article(r, &id, src.path, &mut warnings) {
        Ok(mut a) => match nth {
            // several records: each is known by its own id (or URL), else
            // by its place
            Some(n) => out.push_keyed(a, r.own_id().unwrap_or_else(|| format!("@{n}"))),
            None => {
                a.key.clear();
                out.articles.push(a);
            }
        },
        Err(why) => out.errors.push(at(why)),
    }
    out.warnings.extend(warnings.into_iter().map(at));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn read_as(name: &str, text: &str) -> Parsed {
        let path = Path::new(name);
        let src = Source {
            path,
            file_name: name,
            id: path.file_stem().and_then(|s| s.to_str()).unwrap_or(name),
        };
        read(&src, text)
    }

    #[test]
    fn one_object_an_array_and_lines_are_read() {
        let p = read_as("a.json", r#"{"title": "One", "text": "Body one."}"#);
        assert_eq!(p.articles.len(), 1);
        assert_eq!(
            (p.articles[0].id.as_str(), p.articles[0].key.as_str()),
            ("a", "")
        );
        let p = read_as(
            "b.json",
            r#"[{"title": "One", "text": "B."}, 7, {"title": "Two", "text": "B.", "id": 42}]"#,
        );
        let got: Vec<_> = p
            .articles
            .iter()
            .map(|a| (a.id.as_str(), a.key.as_str()))
            .collect();
        assert_eq!(got, [("b-1", "@1"), ("b-3", "42")]);
        assert_eq!(p.errors, ["element 2: not an object"]);
        let p = read_as(
            "c.json",
            "{\"title\": \"One\", \"text\": \"B.\", \"url\": \"https://x.example/1\"}\n{\"title\": \"Two\", \"text\": \"B.\"}\n",
        );
        let got: Vec<_> = p.articles.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(got, ["https://x.example/1", "@2"]);
        // two records of one id: each its own key
        let p = read_as(
            "d.jsonl",
            "{\"title\": \"A\", \"id\": 7}\n{\"title\": \"B\", \"id\": 7}\n",
        );
        let got: Vec<_> = p.articles.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(got, ["7", "7-2"]);
    }

    #[test]
    fn a_broken_line_loses_that_line_only() {
        let text = "{\"title\": \"One\", \"text\": \"B.\"}\n{\"title\": \"Two\", \"text\n\n{\"title\": \"Three\", \"text\": \"B.\"}\n";
        let p = read_as("d.jsonl", text);
        let titles: Vec<_> = p.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["One", "Three"]);
        assert_eq!(p.errors.len(), 1);
        assert!(
            p.errors[0].starts_with("line 2: not valid JSON (column "),
            "{:?}",
            p.errors
        );
        // the same without the extension that says so
        assert_eq!(read_as("d.json", text).articles.len(), 2);
        // a broken first line loses that line only
        let p = read_as(
            "d.json",
            "{\"title\": \"One\", \"te\n{\"title\": \"Two\"}\n{\"title\": \"Three\"}\n",
        );
        assert_eq!(p.articles.len(), 2);
        assert!(p.errors[0].starts_with("line 1:"), "{:?}", p.errors);
        // pretty-printed objects one after the other
        let p = read_as(
            "e.json",
            "{\n  \"title\": \"One\"\n}\n{\n  \"title\": \"Two\"\n}\n",
        );
        let titles: Vec<_> = p.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["One", "Two"]);
    }

    #[test]
    fn a_broken_file_says_where() {
        let p = read_as("e.json", "{\n  \"title\": \"One\",\n  \"text\" \"B.\"\n}");
        assert!(p.articles.is_empty());
        assert_eq!(p.errors.len(), 1);
        assert!(
            p.errors[0].starts_with("not valid JSON: line 3, column 10: expected `:`"),
            "{:?}",
            p.errors
        );
        assert!(read_as("f.json", "").errors[0].contains("empty"));
        assert!(read_as("g.json", "\"text\"").notes[0].contains("no article"));
        // JSON of other data is passed over, not an error
        let p = read_as("gold.json", r#"{"a.txt": [{"speaker": "X"}]}"#);
        assert!(p.errors.is_empty() && p.articles.is_empty());
        assert_eq!(p.notes, [NO_ARTICLE]);
    }

    #[test]
    fn json_is_told_from_text() {
        assert!(sniff("  {\"title\": \"x\"}"));
        assert!(sniff("[{\"title\": \"x\"}]"));
        assert!(sniff("{\"a\": 1}\n{\"b\": "));
        assert!(!sniff("[Photo] A caption"));
        assert!(!sniff("[1] Officials said the count was over."));
        assert!(!sniff("{not json} at all"));
        assert!(!sniff("Plain text."));
    }
}
