//! Dates as news sites print them: "Jan. 21, 2022", "January 21, 2022",
//! "21 January 2022", "2022-01-21".

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// Month names and the abbreviations newsrooms use, lower case, no dot:
/// the full name first.
pub const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Day names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `word` (lower case, no dot) is a month's abbreviation ("jan").
pub fn is_month_abbreviation(word: &str) -> bool {
    MONTHS.iter().any(|names| names[1..].contains(&word))
}

/// Month number (1–12) of a month name or abbreviation, any case, dot allowed.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32 + 1)
}

/// A month as a pattern: its name, or an abbreviation with or without
/// its dot, any case.
static MONTH_RE: LazyLock<String> = LazyLock::new(|| {
    let forms: Vec<String> = MONTHS
        .iter()
        .flat_map(|names| {
            std::iter::once(names[0].to_string())
                .chain(names[1..].iter().map(|a| format!(r"{a}\.?")))
        })
        .collect();
    format!("(?i:{})", forms.join("|"))
});

/// "Jan. 21, 2022" / "January 21 2022"
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTH_RE.as_str();
    Regex::new(&format!(
        r"(?-u:\b)({month})\s+(\d{{1,2}}),?\s+(\d{{4}})(?-u:\b)"
    ))
    .expect("static regex is valid")
});
/// "21 January 2022"
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTH_RE.as_str();
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}})\s+({month})\s+(\d{{4}})(?-u:\b)"
    ))
    .expect("static regex is valid")
});
/// "2022-01-21"
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:(?-u:\b)|T)").expect("static regex is valid")
});

/// The first date written out in full (with a year) in `text`.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    let mut best: Option<(usize, NaiveDate)> = None;
    let mut consider = |start: usize, y: &str, m: u32, d: &str| {
        let (Ok(y), Ok(d)) = (y.parse::<i32>(), d.parse::<u32>()) else {
            return;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && best.is_none_or(|(s, _)| start < s)
        {
            best = Some((start, date));
        }
    };
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        if let Some(m) = month_number(&c[1]) {
            consider(c.get(0).map_or(0, |m| m.start()), &c[3], m, &c[2]);
        }
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        if let Some(m) = month_number(&c[2]) {
            consider(c.get(0).map_or(0, |m| m.start()), &c[3], m, &c[1]);
        }
    }
    for c in ISO.captures_iter(text) {
        if let Ok(m) = c[2].parse::<u32>() {
            consider(c.get(0).map_or(0, |m| m.start()), &c[1], m, &c[3]);
        }
    }
    best.map(|(_, d)| d)
}

/// Whether `line` is nothing but a date stamp: a full date, perhaps with
/// "Updated"/"Published", a time and a zone ("Jan. 21, 2022 / 7:26 AM",
/// "Updated January 21, 2022 at 10:05 AM ET").
pub fn is_date_stamp(line: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        let month = MONTH_RE.as_str();
        let weekday = WEEKDAYS.join("|");
        let date = format!(
            r"(?:{month}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{month}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
        );
        let time = r"(?:\d{1,2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)";
        // 2022-01-21T10:00:00Z, 2022-01-21T10:00+02:00
        let iso_time = r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)";
        Regex::new(&format!(
            r"^(?i:(?:updated|published|posted|last updated|date|dated)(?: on)?:?\s+)?(?:(?i:{weekday}),?\s+)?{date}(?:{iso_time}|\s*(?:/|,|at|\||·)?\s*{time})?\.?$"
        ))
        .expect("static regex is valid")
    });
    STAMP.is_match(line.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_form_is_read() {
        for (n, names) in MONTHS.iter().enumerate() {
            let m = n as u32 + 1;
            let mut forms: Vec<String> = names.iter().map(|w| w.to_string()).collect();
            forms.extend(names[1..].iter().map(|a| format!("{a}.")));
            for f in forms {
                for f in [f.clone(), f.to_uppercase(), capitalised(&f)] {
                    let text = format!("on {f} 3, 2021 it rained");
                    assert_eq!(
                        find_date(&text),
                        NaiveDate::from_ymd_opt(2021, m, 3),
                        "{text}"
                    );
                    let text = format!("on 3 {f} 2021 it rained");
                    assert_eq!(
                        find_date(&text),
                        NaiveDate::from_ymd_opt(2021, m, 3),
                        "{text}"
                    );
                    assert_eq!(month_number(&f), Some(m), "{f}");
                }
            }
        }
        for day in WEEKDAYS {
            assert!(is_date_stamp(&format!(
                "{}, Jan. 21, 2022",
                capitalised(day)
            )));
        }
        assert!(is_month_abbreviation("sept") && !is_month_abbreviation("may"));
    }

    #[test]
    fn date_lines_as_sites_and_tools_write_them() {
        let day = NaiveDate::from_ymd_opt(2022, 1, 21);
        for line in [
            "Date: 2022-01-21",
            "2022-01-21T10:00:00Z",
            "Published: 2022-01-21T10:00:00+02:00",
            "Updated: 2022-01-21 17:52",
            "Dated January 21, 2022",
        ] {
            assert!(is_date_stamp(line), "{line}");
            assert_eq!(find_date(line), day, "{line}");
        }
        assert!(!is_date_stamp("Date night in 2022-01-21 style"));
    }

    fn capitalised(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn finds_dates_in_the_forms_sites_print() {
        assert_eq!(find_date("Jan. 21, 2022 / 7:26 AM"), d(2022, 1, 21));
        assert_eq!(
            find_date("Updated January 21, 2022 at 10:05 AM ET"),
            d(2022, 1, 21)
        );
        assert_eq!(find_date("on 3 Sept. 2021 it rained"), d(2021, 9, 3));
        assert_eq!(find_date("Sept. 3, 2021"), d(2021, 9, 3));
        assert_eq!(find_date("filed 2020-02-29"), d(2020, 2, 29));
        assert_eq!(find_date("Jan. 21 (UPI) --"), None, "no year, no date");
        assert_eq!(find_date("February 30, 2022"), None, "impossible date");
        assert_eq!(
            find_date("April 2021, then Jan. 5, 2022 and Feb. 1, 2022"),
            d(2022, 1, 5),
            "the first full date wins"
        );
    }

    #[test]
    fn date_stamps_are_whole_lines_of_date() {
        assert!(is_date_stamp("Jan. 21, 2022 / 7:26 AM"));
        assert!(is_date_stamp("Updated January 21, 2022 at 10:05 AM ET"));
        assert!(is_date_stamp("Published 21 January 2022"));
        assert!(is_date_stamp("Friday, January 21, 2022"));
        assert!(!is_date_stamp("On January 21, 2022 the talks began."));
        assert!(!is_date_stamp("Trending"));
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Jan."), Some(1));
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("Janu"), None);
    }
}
