//! The document date, when the input gave none: the latest full date
//! written in the text (a dateline or "posted on July 16, 2023").

use std::sync::OnceLock;

use claimtrace_core::{Annotator, DateSource, Document};
use regex::Regex;

/// Sets `meta.date` (with `date_source: inferred`) from the text when the
/// input gave no date. Never overrides a date from metadata or `--date`.
#[derive(Debug, Default, Clone, Copy)]
pub struct DateInference;

impl Annotator for DateInference {
    fn name(&self) -> &'static str {
        "date-inference"
    }
    fn annotate(&self, doc: &mut Document) {
        if doc.meta.date.is_some() {
            return;
        }
        if let Some(d) = infer_document_date(&doc.text) {
            doc.meta.date = Some(d);
            doc.meta.date_source = DateSource::Inferred;
        }
    }
}

const EN_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if let Some(i) = EN_MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
    {
        return Some(i as u32 + 1);
    }
    // Ukrainian and Russian genitive forms: "16 липня", "16 июля"
    const UK: &[&str] = &[
        "січ",
        "лют",
        "берез",
        "квіт",
        "трав",
        "черв",
        "лип",
        "серп",
        "верес",
        "жовт",
        "листоп",
        "груд",
    ];
    const RU: &[&str] = &[
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    if let Some(i) = UK.iter().position(|m| w.starts_with(m)) {
        return Some(i as u32 + 1);
    }
    if w == "мая" || w == "май" {
        return Some(5);
    }
    RU.iter()
        .enumerate()
        .filter(|(_, m)| m.len() > 2)
        .find(|(_, m)| w.starts_with(*m))
        .map(|(i, _)| i as u32 + 1)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(y: i32, m: u32, d: u32) -> Option<(i32, u32, u32)> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then_some((y, m, d))
}

/// The latest full date (day, month and year) written in `text`, as
/// `YYYY-MM-DD`. Formats: `July 16, 2023`, `16 July 2023`, `2023-07-16`,
/// `16.07.2023`, `16 липня 2023`, `16 июля 2023 года`.
pub fn infer_document_date(text: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(
                r"(?x)
                (?P<mdy>\b(?P<m1>\p{L}{3,10})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})\b)
              | (?P<dmy>\b(?P<d2>\d{1,2})\s+(?P<m2>\p{L}{3,10})\.?,?\s+(?P<y2>\d{4})\b)
              | (?P<iso>\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b)
              | (?P<dot>\b(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})\b)
            ",
            )
            .ok()
        })
        .as_ref()?;
    let mut best: Option<(i32, u32, u32)> = None;
    for c in re.captures_iter(text) {
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        let found = if c.name("mdy").is_some() {
            c.name("m1")
                .and_then(|m| month_number(m.as_str()))
                .and_then(|m| valid(num("y1")? as i32, m, num("d1")?))
        } else if c.name("dmy").is_some() {
            c.name("m2")
                .and_then(|m| month_number(m.as_str()))
                .and_then(|m| valid(num("y2")? as i32, m, num("d2")?))
        } else if c.name("iso").is_some() {
            valid(num("y3")? as i32, num("m3")?, num("d3")?)
        } else {
            valid(num("y4")? as i32, num("m4")?, num("d4")?)
        };
        if let Some(f) = found {
            if best.is_none_or(|b| f > b) {
                best = Some(f);
            }
        }
    }
    best.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_full_date() {
        assert_eq!(
            infer_document_date("On February 28, 2022, she spoke. It was posted on July 16, 2023. In December 2022 ..."),
            Some("2023-07-16".into())
        );
        assert_eq!(
            infer_document_date("Опубліковано 16 липня 2023 року"),
            Some("2023-07-16".into())
        );
        assert_eq!(
            infer_document_date("заявил 3 мая 2021 года"),
            Some("2021-05-03".into())
        );
        assert_eq!(infer_document_date("On June 30 media reported"), None);
        assert_eq!(infer_document_date("February 30, 2022"), None);
    }
}
