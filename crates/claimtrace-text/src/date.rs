//! The document date, when the input gave none: the latest full date
//! written in the text (a dateline or "posted on July 16, 2023").

use claimtrace_core::{Annotator, DateSource, Document};

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

/// The month (1-12) a word names: an English name or any abbreviation of
/// three letters or more (`Feb.`, `Sept`), or a Ukrainian or Russian name
/// in any case the lexicons list (`липня`, `декабря`). `None` for anything
/// else.
pub fn month_number(word: &str) -> Option<u32> {
    if word.chars().count() < 3 {
        return None;
    }
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    let english = claimtrace_lexicon::EN.months.iter().position(|forms| {
        forms
            .iter()
            .any(|m| *m == w || (w.len() >= 3 && m.starts_with(w)))
    });
    let month = english.or_else(|| {
        claimtrace_lexicon::ALL
            .iter()
            .find_map(|lex| lex.months.iter().position(|forms| forms.contains(&w)))
    });
    month.map(|i| i as u32 + 1)
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
///
/// Scans for four-digit years and reads the day and month around each one,
/// so it costs one pass over the bytes (no regex over the whole text).
pub fn infer_document_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut best: Option<(i32, u32, u32)> = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - run_start != 4 {
            continue;
        }
        let Ok(year) = text[run_start..i].parse::<i32>() else {
            continue;
        };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        let found =
            date_before_year(text, run_start, year).or_else(|| iso_after_year(text, i, year));
        if let Some(f) = found {
            if best.is_none_or(|bst| f > bst) {
                best = Some(f);
            }
        }
    }
    best.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// `2023-07-16`: the year is followed by `-MM-DD`.
fn iso_after_year(text: &str, year_end: usize, year: i32) -> Option<(i32, u32, u32)> {
    let rest = text.get(year_end..)?.as_bytes();
    if rest.len() >= 6 && rest[0] == b'-' && rest[3] == b'-' {
        let m = std::str::from_utf8(&rest[1..3]).ok()?.parse().ok()?;
        let d = std::str::from_utf8(rest.get(4..6)?).ok()?.parse().ok()?;
        if rest.get(6).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        return valid(year, m, d);
    }
    None
}

/// `July 16, 2023`, `16 July 2023`, `16.07.2023`, `16 липня 2023`: the day
/// and month come before the year.
fn date_before_year(text: &str, year_start: usize, year: i32) -> Option<(i32, u32, u32)> {
    let mut from = year_start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..year_start)?;
    // 16.07.2023
    if let Some(h) = head.strip_suffix('.') {
        let (h, m) = split_trailing_number(h)?;
        let h = h.strip_suffix('.')?;
        let (_, d) = split_trailing_number(h)?;
        return valid(year, m, d);
    }
    let head = head.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    // "July 16" / "July 16th"
    let day_part = head.trim_end_matches(|c: char| c.is_ascii_alphabetic() && c.is_lowercase());
    let day_part = if day_part.len() + 2 >= head.len() {
        day_part
    } else {
        head
    };
    if let Some((before, d)) = split_trailing_number(day_part) {
        let before = before.trim_end();
        let word = last_word(before);
        if let Some(m) = month_number(word) {
            return valid(year, m, d);
        }
        return None;
    }
    // "16 July" / "16 липня"
    let word = last_word(head);
    let m = month_number(word)?;
    let before = head.get(..head.len() - word.len())?.trim_end();
    let (_, d) = split_trailing_number(before)?;
    valid(year, m, d)
}

fn split_trailing_number(s: &str) -> Option<(&str, u32)> {
    let digits = s.bytes().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let cut = s.len() - digits;
    Some((&s[..cut], s[cut..].parse().ok()?))
}

fn last_word(s: &str) -> &str {
    let s = s.trim_end_matches('.');
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &s[start..]
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
        assert_eq!(
            infer_document_date("posted 2021-03-04, updated 16.07.2023 12:00"),
            Some("2023-07-16".into())
        );
        assert_eq!(
            infer_document_date("on the 4th of July 16th, 2020 and 155-caliber 2008 pact"),
            Some("2020-07-16".into())
        );
        assert_eq!(
            infer_document_date("In December 2022 it was 2,000 shells"),
            None
        );
    }

    #[test]
    fn slavic_months_are_read_by_their_forms() {
        assert_eq!(month_number("липня"), Some(7));
        assert_eq!(month_number("Декабря"), Some(12));
        assert_eq!(month_number("мая"), Some(5));
        assert_eq!(month_number("Sept."), Some(9));
        // Words that only begin like a month are not one: "червоний" (red),
        // "трава" (grass); before the lexicons a stem prefix matched them.
        assert_eq!(month_number("червоний"), None);
        assert_eq!(month_number("трава"), None);
        assert_eq!(
            infer_document_date("Опубліковано 5 червоних 2023 року"),
            None
        );
    }
}
