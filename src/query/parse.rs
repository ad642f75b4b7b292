//! The query language shared by the filter bar and `--filter`:
//! bare fuzzy words, field scopes (`p:`, `s:`, `d:`, `t:`), `!` negation,
//! `'exact` words and `"quoted phrases"`.

use chrono::NaiveDate;

use super::date::{self, DateQuery};

/// Where a term looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Title, source, people and date.
    Any,
    Person,
    Source,
    Date,
    Title,
}

/// How a term matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// Fuzzy (skim), smart case.
    Fuzzy(String),
    /// A substring, smart case.
    Exact(String),
    Date(DateQuery),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub negate: bool,
    pub field: Field,
    pub pattern: Pattern,
    /// For a bare word that reads as a date ("friday", "2022-01"): that date.
    pub as_date: Option<DateQuery>,
}

/// A parsed query: every term must hold (negated ones must not match).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Splits on spaces outside double quotes; a quote left open is an error.
fn words(input: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in input.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if quoted {
        return Err("unclosed quote".into());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn field_of(prefix: &str) -> Option<Field> {
    Some(match prefix {
        "p" | "person" => Field::Person,
        "s" | "source" => Field::Source,
        "d" | "date" => Field::Date,
        "t" | "title" => Field::Title,
        _ => return None,
    })
}

/// Parses `input`; `today` anchors relative dates ("7d"). An error is a
/// short message for the filter bar.
pub fn parse(input: &str, today: NaiveDate) -> Result<Query, String> {
    let words = words(input)?;
    let mut terms = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut w = words[i].as_str();
        i += 1;
        let negate = w.starts_with('!');
        w = w.trim_start_matches('!');
        let (field, value) = match w.split_once(':') {
            Some((prefix, rest)) if field_of(prefix).is_some() => {
                (field_of(prefix).unwrap_or(Field::Any), rest)
            }
            _ => (Field::Any, w),
        };
        let exact = value.starts_with('\'');
        let value = value.trim_start_matches('\'');
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        if value.is_empty() {
            continue; // "p:" or "!" being typed: no term yet
        }
        let pattern = if field == Field::Date {
            let mut v = value.to_string();
            while i < words.len() && date::continues(&v, &words[i]) {
                v.push(' ');
                v.push_str(&words[i]);
                i += 1;
            }
            Pattern::Date(date::parse(&v, today)?)
        } else if exact {
            Pattern::Exact(value.to_string())
        } else {
            Pattern::Fuzzy(value.to_string())
        };
        let as_date = match (&pattern, field) {
            (Pattern::Fuzzy(v), Field::Any) => date::parse(v, today).ok(),
            _ => None,
        };
        terms.push(Term {
            negate,
            field,
            pattern,
            as_date,
        });
    }
    Ok(Query { terms })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Result<Vec<Term>, String> {
        parse(s, NaiveDate::from_ymd_opt(2022, 1, 21).unwrap()).map(|q| q.terms)
    }

    fn t(negate: bool, field: Field, pattern: Pattern) -> Term {
        Term {
            negate,
            field,
            pattern,
            as_date: None,
        }
    }

    #[test]
    fn bare_words_scopes_negation_exact() {
        assert_eq!(
            q("lavrov !s:npr 'geneva p:zelensky").unwrap(),
            vec![
                t(false, Field::Any, Pattern::Fuzzy("lavrov".into())),
                t(true, Field::Source, Pattern::Fuzzy("npr".into())),
                t(false, Field::Any, Pattern::Exact("geneva".into())),
                t(false, Field::Person, Pattern::Fuzzy("zelensky".into())),
            ]
        );
        assert_eq!(q("person:x title:y source:z").unwrap().len(), 3);
    }

    #[test]
    fn quoted_phrases_keep_their_spaces() {
        assert_eq!(
            q(r#"p:"joe biden" t:'"minor incursion""#).unwrap(),
            vec![
                t(false, Field::Person, Pattern::Fuzzy("joe biden".into())),
                t(
                    false,
                    Field::Title,
                    Pattern::Exact("minor incursion".into())
                ),
            ]
        );
        assert_eq!(q(r#"p:"joe biden"#), Err("unclosed quote".into()));
    }

    #[test]
    fn date_terms_take_the_following_words_they_need() {
        assert_eq!(
            q("d:jan 21 lavrov").unwrap(),
            vec![
                t(
                    false,
                    Field::Date,
                    Pattern::Date(DateQuery::MonthDay(1, 21))
                ),
                t(false, Field::Any, Pattern::Fuzzy("lavrov".into())),
            ]
        );
        assert_eq!(q("d:21 january").unwrap().len(), 1);
        assert_eq!(q("d:2022-13-45"), Err("no such date: 2022-13-45".into()));
    }

    #[test]
    fn unfinished_terms_are_no_terms() {
        assert_eq!(q("p:").unwrap(), vec![]);
        assert_eq!(q("!").unwrap(), vec![]);
        assert_eq!(q("  ").unwrap(), vec![]);
        // an unknown prefix is just a word
        assert_eq!(
            q("x:y").unwrap(),
            vec![t(false, Field::Any, Pattern::Fuzzy("x:y".into()))]
        );
        // a bare word that reads as a date also matches dates
        assert_eq!(
            q("friday").unwrap()[0].as_date,
            Some(DateQuery::Weekday(chrono::Weekday::Fri))
        );
    }
}
