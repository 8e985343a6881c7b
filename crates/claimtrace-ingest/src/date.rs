//! Dates given by input metadata, normalised to `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate};

/// Normalises a metadata date to `YYYY-MM-DD`: ISO dates and datetimes
/// (`2022-06-24T17:30:00Z`, `2022-06-24 17:30`), `2022/06/24`,
/// `24.06.2022`, RFC 2822 (`Fri, 24 Jun 2022 17:30:00 +0300`, the date as
/// written, not moved to UTC), `24 June 2022` and `June 24, 2022`.
/// `None` when it is none of these or not a calendar date.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let date = iso_like(s)
        .or_else(|| dotted(s))
        .or_else(|| DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive()))
        .or_else(|| DateTime::parse_from_rfc3339(s).ok().map(|d| d.date_naive()))
        .or_else(|| written(s))?;
    Some(date.format("%Y-%m-%d").to_string())
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    // Years outside this range are typos or placeholders (0000-00-00).
    if !(1000..=2999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time.
fn iso_like(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let sep = head.as_bytes().get(4).copied()?;
    if sep != b'-' && sep != b'/' || head.as_bytes().get(7).copied() != Some(sep) {
        return None;
    }
    ymd(
        number(head.get(..4)?)?,
        number(head.get(5..7)?)?,
        number(head.get(8..10)?)?,
    )
}

/// `DD.MM.YYYY`, optionally followed by a time.
fn dotted(s: &str) -> Option<NaiveDate> {
    let date = s.split_whitespace().next()?;
    let mut parts = date.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    ymd(number(y)?, number(m)?, number(d)?)
}

/// English, Ukrainian and Russian month names, shared with date inference.
fn month(word: &str) -> Option<u32> {
    claimtrace_text::month_number(word)
}

/// `24 June 2022`, `June 24, 2022`, `Friday, June 24, 2022`.
fn written(s: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for window in words.windows(3) {
        let [a, b, c] = window else { continue };
        let day_first = number(a).zip(month(b)).zip(number(c));
        let month_first = month(a).zip(number(b)).zip(number(c));
        if let Some(((d, m), y)) = day_first {
            return ymd(y, m, d);
        }
        if let Some(((m, d), y)) = month_first {
            return ymd(y, m, d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_metadata_dates_are_normalised() {
        let cases = [
            ("2009-11-29", "2009-11-29"),
            ("2022-06-24T17:30:00Z", "2022-06-24"),
            ("2022-03-13T22:05:38", "2022-03-13"),
            ("2022/06/24 10:00", "2022-06-24"),
            ("24.06.2022", "2022-06-24"),
            ("Fri, 24 Jun 2022 23:30:00 +0300", "2022-06-24"),
            ("24 June 2022", "2022-06-24"),
            ("Friday, June 24, 2022", "2022-06-24"),
            ("Sept 1, 2021", "2021-09-01"),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize_date(raw).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn non_dates_are_refused() {
        for raw in [
            "",
            "yesterday",
            "2022-13-01",
            "0000-00-00",
            "2022-02-30",
            "12.2022",
            "Junk 5, 2020",
        ] {
            assert_eq!(normalize_date(raw), None, "{raw}");
        }
    }
}
