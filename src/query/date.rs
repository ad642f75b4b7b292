//! Date terms: the forms people type ("2022-01-21", "2022-01", "jan 21",
//! "21 january", "friday", "2022-01-18..2022-01-20", "7d") and what they match.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::language::dates::{MONTHS, WEEKDAYS, month_number};

/// What a date term asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateQuery {
    /// Dates from .. to, both included.
    Range(NaiveDate, NaiveDate),
    /// A day of a month in any year ("jan 21").
    MonthDay(u32, u32),
    /// A month in any year ("january").
    Month(u32),
    Weekday(Weekday),
    /// An ISO date being typed ("2022-0"): dates whose ISO form starts so.
    IsoPrefix(String),
}

impl DateQuery {
    pub fn matches(&self, d: NaiveDate) -> bool {
        match self {
            DateQuery::Range(from, to) => *from <= d && d <= *to,
            DateQuery::MonthDay(m, day) => d.month() == *m && d.day() == *day,
            DateQuery::Month(m) => d.month() == *m,
            DateQuery::Weekday(w) => d.weekday() == *w,
            DateQuery::IsoPrefix(p) => d.format("%Y-%m-%d").to_string().starts_with(p.as_str()),
        }
    }
}

/// A weekday from its name or a prefix of three letters or more.
fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_lowercase();
    (w.len() >= 3)
        .then(|| {
            WEEKDAYS
                .iter()
                .position(|name| name.starts_with(&w))
                .and_then(|i| Weekday::try_from(i as u8).ok())
        })
        .flatten()
}

/// A month from its name, abbreviation, or a prefix of three letters or more.
fn month(word: &str) -> Option<u32> {
    month_number(word).or_else(|| {
        let w = word.trim_end_matches('.').to_lowercase();
        (w.len() >= 3)
            .then(|| {
                MONTHS
                    .iter()
                    .position(|names| names[0].starts_with(&w))
                    .map(|i| i as u32 + 1)
            })
            .flatten()
    })
}

fn day_of_month(word: &str) -> Option<u32> {
    let w = word
        .trim_end_matches(',')
        .trim_end_matches(|c: char| c.is_alphabetic()); // 21st
    w.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4).then(|| word.parse().ok()).flatten()
}

/// Whether `word` can extend a date term begun with `so_far` ("jan" + "21").
pub fn continues(so_far: &str, word: &str) -> bool {
    let parts: Vec<&str> = so_far.split_whitespace().collect();
    let has_month = parts.iter().any(|p| month(p).is_some());
    let has_day = parts.iter().any(|p| day_of_month(p).is_some());
    let has_year = parts.iter().any(|p| year(p).is_some());
    if parts.len() >= 3 || has_year {
        return false;
    }
    match (has_month, has_day) {
        (true, false) => day_of_month(word).is_some() || year(word).is_some(),
        (false, true) => month(word).is_some(),
        (true, true) => year(word).is_some(),
        (false, false) => false,
    }
}

/// Parses a date term's value. `today` anchors relative spans.
pub fn parse(value: &str, today: NaiveDate) -> Result<DateQuery, String> {
    let v = value.trim();
    if let Some((from, to)) = v.split_once("..") {
        let from = if from.is_empty() {
            NaiveDate::MIN
        } else {
            span(from)?.0
        };
        let to = if to.is_empty() {
            NaiveDate::MAX
        } else {
            span(to)?.1
        };
        if from > to {
            return Err(format!("empty range: {v}"));
        }
        return Ok(DateQuery::Range(from, to));
    }
    if let Some(q) = relative(v, today)? {
        return Ok(q);
    }
    match v.to_lowercase().as_str() {
        "today" => return Ok(DateQuery::Range(today, today)),
        "yesterday" => {
            let y = today.pred_opt().unwrap_or(today);
            return Ok(DateQuery::Range(y, y));
        }
        _ => {}
    }
    let words: Vec<&str> = v.split_whitespace().collect();
    match words.as_slice() {
        [w] if w.chars().all(|c| c.is_ascii_digit() || c == '-') => iso(w),
        [w] => {
            if let Some(m) = month(w) {
                Ok(DateQuery::Month(m))
            } else if let Some(d) = weekday(w) {
                Ok(DateQuery::Weekday(d))
            } else {
                Err(format!("not a date: {w}"))
            }
        }
        [a, b] => match (
            month(a),
            day_of_month(b),
            day_of_month(a),
            month(b),
            year(b),
        ) {
            (Some(m), Some(d), ..) | (_, _, Some(d), Some(m), _) => month_day(m, d),
            (Some(m), None, _, _, Some(y)) => month_span(y, m),
            _ => Err(format!("not a date: {v}")),
        },
        [a, b, c] => {
            let (m, d) = match (month(a), day_of_month(b), day_of_month(a), month(b)) {
                (Some(m), Some(d), ..) | (_, _, Some(d), Some(m)) => (m, d),
                _ => return Err(format!("not a date: {v}")),
            };
            let y = year(c).ok_or_else(|| format!("not a year: {c}"))?;
            let date =
                NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("no such date: {v}"))?;
            Ok(DateQuery::Range(date, date))
        }
        _ => Err(format!("not a date: {v}")),
    }
}

fn month_day(m: u32, d: u32) -> Result<DateQuery, String> {
    // valid in some year (Feb 29 in a leap year)
    NaiveDate::from_ymd_opt(2024, m, d)
        .map(|_| DateQuery::MonthDay(m, d))
        .ok_or_else(|| format!("no such day: {d} in month {m}"))
}

fn month_span(y: i32, m: u32) -> Result<DateQuery, String> {
    let first =
        NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(|| format!("no such month: {y}-{m:02}"))?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    Ok(DateQuery::Range(first, last))
}

/// "2022-01-21", "2022-01", "2022", or an unfinished one ("2022-0").
fn iso(w: &str) -> Result<DateQuery, String> {
    let parts: Vec<&str> = w.split('-').collect();
    let complete = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if complete(y, 4) && complete(m, 2) && complete(d, 2) => {
            let date = NaiveDate::parse_from_str(w, "%Y-%m-%d")
                .map_err(|_| format!("no such date: {w}"))?;
            Ok(DateQuery::Range(date, date))
        }
        [y, m] if complete(y, 4) && complete(m, 2) => {
            let (y, m) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0));
            month_span(y, m)
        }
        [y] if complete(y, 4) => {
            let y: i32 = y.parse().unwrap_or(0);
            let from =
                NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| format!("no such year: {y}"))?;
            let to = NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(from);
            Ok(DateQuery::Range(from, to))
        }
        _ if parts.len() <= 3
            && parts[0].len() <= 4
            && parts.iter().skip(1).all(|p| p.len() <= 2) =>
        {
            // still being typed: a month of 13 or a day of 32 is already wrong
            if let Some(m) = parts.get(1).filter(|m| m.len() == 2)
                && !(1..=12).contains(&m.parse::<u32>().unwrap_or(0))
            {
                return Err(format!("no such month: {m}"));
            }
            if let Some(d) = parts.get(2).filter(|d| d.len() == 2)
                && !(1..=31).contains(&d.parse::<u32>().unwrap_or(0))
            {
                return Err(format!("no such day: {d}"));
            }
            Ok(DateQuery::IsoPrefix(w.to_string()))
        }
        _ => Err(format!("not a date: {w}")),
    }
}

/// First and last day a range bound stands for ("2022-01" is a month).
fn span(w: &str) -> Result<(NaiveDate, NaiveDate), String> {
    match iso(w)? {
        DateQuery::Range(a, b) => Ok((a, b)),
        _ => Err(format!("range bounds are YYYY-MM-DD, YYYY-MM or YYYY: {w}")),
    }
}

/// "7d", "2w", "3m", "1y": the last N days, weeks, months or years.
fn relative(v: &str, today: NaiveDate) -> Result<Option<DateQuery>, String> {
    let Some(unit) = v.chars().last().filter(|c| "dwmy".contains(*c)) else {
        return Ok(None);
    };
    let num = &v[..v.len() - 1];
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let n: u32 = num.parse().map_err(|_| format!("too long a span: {v}"))?;
    let from = match unit {
        'd' => today.checked_sub_days(Days::new(n.into())),
        'w' => today.checked_sub_days(Days::new(u64::from(n) * 7)),
        'm' => today.checked_sub_months(Months::new(n)),
        _ => today.checked_sub_months(Months::new(n.saturating_mul(12))),
    }
    .unwrap_or(NaiveDate::MIN);
    Ok(Some(DateQuery::Range(from, today)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn today() -> NaiveDate {
        d("2022-01-21")
    }

    fn p(v: &str) -> Result<DateQuery, String> {
        parse(v, today())
    }

    #[test]
    fn forms_people_type() {
        assert_eq!(
            p("2022-01-21"),
            Ok(DateQuery::Range(d("2022-01-21"), d("2022-01-21")))
        );
        assert_eq!(
            p("2022-01"),
            Ok(DateQuery::Range(d("2022-01-01"), d("2022-01-31")))
        );
        assert_eq!(
            p("2022"),
            Ok(DateQuery::Range(d("2022-01-01"), d("2022-12-31")))
        );
        assert_eq!(p("jan 21"), Ok(DateQuery::MonthDay(1, 21)));
        assert_eq!(p("21 january"), Ok(DateQuery::MonthDay(1, 21)));
        assert_eq!(
            p("January 21 2022"),
            Ok(DateQuery::Range(d("2022-01-21"), d("2022-01-21")))
        );
        assert_eq!(
            p("january 2022"),
            Ok(DateQuery::Range(d("2022-01-01"), d("2022-01-31")))
        );
        assert_eq!(p("friday"), Ok(DateQuery::Weekday(Weekday::Fri)));
        assert_eq!(p("fri"), Ok(DateQuery::Weekday(Weekday::Fri)));
        assert_eq!(p("jan"), Ok(DateQuery::Month(1)));
        assert_eq!(p("today"), Ok(DateQuery::Range(today(), today())));
    }

    #[test]
    fn ranges_open_and_closed() {
        assert_eq!(
            p("2022-01-18..2022-01-20"),
            Ok(DateQuery::Range(d("2022-01-18"), d("2022-01-20")))
        );
        assert_eq!(
            p("..2022-01-20"),
            Ok(DateQuery::Range(NaiveDate::MIN, d("2022-01-20")))
        );
        assert_eq!(
            p("2022-01-20.."),
            Ok(DateQuery::Range(d("2022-01-20"), NaiveDate::MAX))
        );
        assert_eq!(
            p("2021..2021-06"),
            Ok(DateQuery::Range(d("2021-01-01"), d("2021-06-30")))
        );
        assert!(
            p("2022-01-20..2022-01-18")
                .unwrap_err()
                .contains("empty range")
        );
    }

    #[test]
    fn relative_spans_end_today() {
        assert_eq!(p("7d"), Ok(DateQuery::Range(d("2022-01-14"), today())));
        assert_eq!(p("2w"), Ok(DateQuery::Range(d("2022-01-07"), today())));
        assert_eq!(p("3m"), Ok(DateQuery::Range(d("2021-10-21"), today())));
    }

    #[test]
    fn unfinished_iso_dates_match_by_prefix() {
        assert_eq!(p("2022-0"), Ok(DateQuery::IsoPrefix("2022-0".into())));
        assert_eq!(p("20"), Ok(DateQuery::IsoPrefix("20".into())));
        assert!(DateQuery::IsoPrefix("2022-0".into()).matches(d("2022-01-21")));
        assert!(!DateQuery::IsoPrefix("2022-0".into()).matches(d("2022-11-21")));
    }

    #[test]
    fn impossible_dates_are_errors() {
        assert_eq!(p("2022-13-45"), Err("no such date: 2022-13-45".into()));
        assert_eq!(p("2022-02-30"), Err("no such date: 2022-02-30".into()));
        assert_eq!(p("2022-13"), Err("no such month: 2022-13".into()));
        assert_eq!(p("2022-1"), Ok(DateQuery::IsoPrefix("2022-1".into())));
        assert_eq!(p("2022-14-"), Err("no such month: 14".into()));
        assert!(p("feb 30").is_err());
        assert!(p("lavrov").is_err());
    }

    #[test]
    fn continuation_words() {
        assert!(continues("jan", "21"));
        assert!(continues("21", "january"));
        assert!(continues("jan 21", "2022"));
        assert!(!continues("jan 21 2022", "5"));
        assert!(!continues("2022-01-21", "5"));
        assert!(!continues("jan", "lavrov"));
    }
}
