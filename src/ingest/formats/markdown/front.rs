//! Front matter: the metadata block at the head of a Markdown or text
//! file, YAML between `---` lines (Hugo, Jekyll, Obsidian Web Clipper,
//! trafilatura's `--with-metadata`). YAML that does not parse (titles
//! with an unquoted `: ` are common) is read as `key: value` lines.

use serde_json::{Map, Value};

/// The front matter of `text` and the rest; `None` when it has none.
pub fn split(text: &str) -> Option<(&str, &str)> {
    let t = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = t.lines().next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let body_start = first.len() + 1;
    let rest = t.get(body_start..)?;
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        let l = line.trim_end();
        if l == "---" || l == "..." {
            return Some((&rest[..at], &rest[at + line.len()..]));
        }
        at += line.len();
    }
    None
}

/// The fields of front matter `yaml`, and a warning when it is not valid
/// YAML and was read line by line.
pub fn fields(yaml: &str) -> (Map<String, Value>, Option<String>) {
    match serde_saphyr::from_str::<Option<Map<String, Value>>>(yaml) {
        Ok(m) => (m.unwrap_or_default(), None),
        Err(e) => {
            let why = e.to_string();
            let why = why.lines().next().unwrap_or_default().to_string();
            (
                lines(yaml),
                Some(format!(
                    "front matter is not valid YAML ({why}); read as key: value lines"
                )),
            )
        }
    }
}

/// `key: value` lines, a value in quotes unquoted; lines that are not
/// so (list items, nested keys) are left out.
fn lines(yaml: &str) -> Map<String, Value> {
    let mut m = Map::new();
    for line in yaml.lines() {
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(v);
        if !k.trim().is_empty() && !v.is_empty() {
            m.insert(k.trim().to_string(), Value::String(v.to_string()));
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (fm, body) = split("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!((fm, body), ("title: A\n", "Body\n"));
        assert!(split("No front matter\n---\n").is_none());
        assert!(split("---\nnever closed\n").is_none());
    }

    #[test]
    fn yaml_is_read_and_bad_yaml_falls_back_to_lines() {
        let (m, w) =
            fields("title: \"A: B\"\ndate: 2021-03-04\nauthors:\n  - Ann Lee\n  - Bo Chan\n");
        assert_eq!(w, None);
        assert_eq!(m["title"], "A: B");
        assert_eq!(m["date"], "2021-03-04");
        assert_eq!(m["authors"], serde_json::json!(["Ann Lee", "Bo Chan"]));
        // trafilatura's unquoted ": " in a title
        let (m, w) = fields("title: Breaking: a title\nsitename: The Paper\nx: [unclosed\n");
        assert!(w.unwrap().starts_with("front matter is not valid YAML"));
        assert_eq!(m["title"], "Breaking: a title");
        assert_eq!(m["sitename"], "The Paper");
    }
}
