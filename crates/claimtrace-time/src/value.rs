//! Calendar points at the granularity the text gives, and their TIMEX3 values.
//!
//! "December 2022" is a month, never the day 2022-12-01: a [`Point`] keeps
//! the granularity, and arithmetic ("last month", "two weeks ago") happens at
//! that granularity.

use chrono::{Datelike, Duration, NaiveDate};

/// How precise a point in time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    /// `year` is the first year of the century (1900 -> "19").
    Century,
    /// `year` is the first year of the decade (1990 -> "199").
    Decade,
    Year,
    /// 1 or 2.
    Half(u8),
    /// 1..=4.
    Quarter(u8),
    /// 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// 1..=12.
    Month(u8),
    /// ISO week 1..=53 (`year` is the ISO week-year).
    Week(u8),
    /// The weekend of an ISO week.
    Weekend(u8),
    /// Month and day.
    Day(u8, u8),
}

/// A point in calendar time: a year with a granularity below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub year: i32,
    pub gran: Granularity,
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Point {
    pub fn year(year: i32) -> Point {
        Point {
            year,
            gran: Granularity::Year,
        }
    }

    pub fn month(year: i32, month: u8) -> Point {
        Point {
            year,
            gran: Granularity::Month(month),
        }
    }

    /// A day, if it exists in the calendar.
    pub fn day(year: i32, month: u8, day: u8) -> Option<Point> {
        NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
        Some(Point {
            year,
            gran: Granularity::Day(month, day),
        })
    }

    pub fn from_date(d: NaiveDate) -> Point {
        Point {
            year: d.year(),
            gran: Granularity::Day(d.month() as u8, d.day() as u8),
        }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_day(s: &str) -> Option<Point> {
        let d = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
        Some(Point::from_date(d))
    }

    /// The first day of the point (for ordering and arithmetic).
    pub fn first_day(&self) -> Option<NaiveDate> {
        let y = self.year;
        match self.gran {
            Granularity::Century | Granularity::Decade | Granularity::Year => {
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
            Granularity::Half(h) => NaiveDate::from_ymd_opt(y, if h == 2 { 7 } else { 1 }, 1),
            Granularity::Quarter(q) => {
                NaiveDate::from_ymd_opt(y, u32::from(q.clamp(1, 4)) * 3 - 2, 1)
            }
            Granularity::Season(s) => match s {
                1 => NaiveDate::from_ymd_opt(y, 3, 1),
                2 => NaiveDate::from_ymd_opt(y, 6, 1),
                3 => NaiveDate::from_ymd_opt(y, 9, 1),
                _ => NaiveDate::from_ymd_opt(y, 12, 1),
            },
            Granularity::Month(m) => NaiveDate::from_ymd_opt(y, u32::from(m), 1),
            Granularity::Week(w) | Granularity::Weekend(w) => {
                NaiveDate::from_isoywd_opt(y, u32::from(w), chrono::Weekday::Mon)
            }
            Granularity::Day(m, d) => NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)),
        }
    }

    /// The same moment at a coarser granularity (only meaningful from a day).
    pub fn truncate(&self, to: Granularity) -> Point {
        let Some(d) = self.first_day() else {
            return *self;
        };
        let m = d.month() as u8;
        let gran = match to {
            Granularity::Century => {
                return Point {
                    year: self.year.div_euclid(100) * 100,
                    gran: to,
                }
            }
            Granularity::Decade => {
                return Point {
                    year: self.year.div_euclid(10) * 10,
                    gran: to,
                }
            }
            Granularity::Year => Granularity::Year,
            Granularity::Half(_) => Granularity::Half(if m > 6 { 2 } else { 1 }),
            Granularity::Quarter(_) => Granularity::Quarter((m - 1) / 3 + 1),
            Granularity::Season(_) => Granularity::Season(match m {
                3..=5 => 1,
                6..=8 => 2,
                9..=11 => 3,
                _ => 4,
            }),
            Granularity::Month(_) => Granularity::Month(m),
            Granularity::Week(_) | Granularity::Weekend(_) => {
                let w = d.iso_week();
                let week = w.week() as u8;
                return Point {
                    year: w.year(),
                    gran: if matches!(to, Granularity::Weekend(_)) {
                        Granularity::Weekend(week)
                    } else {
                        Granularity::Week(week)
                    },
                };
            }
            Granularity::Day(_, _) => Granularity::Day(m, d.day() as u8),
        };
        let year = if let (Granularity::Season(4), 1 | 2) = (gran, m) {
            // January and February belong to the winter that began in December.
            self.year - 1
        } else {
            self.year
        };
        Point { year, gran }
    }

    /// Moves the point by `n` of its own units ("last month" = month -1).
    pub fn shift(&self, n: i32) -> Option<Point> {
        let y = self.year;
        let wrap = |idx: i32, per: i32| -> (i32, u8) {
            let total = y * per + idx - 1 + n;
            (total.div_euclid(per), (total.rem_euclid(per) + 1) as u8)
        };
        Some(match self.gran {
            Granularity::Century => Point {
                year: y.checked_add(n.checked_mul(100)?)?,
                gran: self.gran,
            },
            Granularity::Decade => Point {
                year: y.checked_add(n.checked_mul(10)?)?,
                gran: self.gran,
            },
            Granularity::Year => Point::year(y.checked_add(n)?),
            Granularity::Season(s) => Point {
                year: y.checked_add(n)?,
                gran: Granularity::Season(s),
            },
            Granularity::Half(h) => {
                let (year, h) = wrap(i32::from(h), 2);
                Point {
                    year,
                    gran: Granularity::Half(h),
                }
            }
            Granularity::Quarter(q) => {
                let (year, q) = wrap(i32::from(q), 4);
                Point {
                    year,
                    gran: Granularity::Quarter(q),
                }
            }
            Granularity::Month(m) => {
                let (year, m) = wrap(i32::from(m), 12);
                Point::month(year, m)
            }
            Granularity::Week(_) | Granularity::Weekend(_) => {
                let d = self.first_day()? + Duration::try_weeks(i64::from(n))?;
                Point::from_date(d).truncate(self.gran)
            }
            Granularity::Day(_, _) => {
                let d = self.first_day()? + Duration::try_days(i64::from(n))?;
                Point::from_date(d)
            }
        })
    }

    /// The TIMEX3 value: `2022`, `2022-12`, `2022-Q3`, `2022-W05`, `199`.
    pub fn value(&self) -> String {
        let y = self.year;
        match self.gran {
            Granularity::Century => format!("{:02}", y.div_euclid(100)),
            Granularity::Decade => format!("{:03}", y.div_euclid(10)),
            Granularity::Year => format!("{y:04}"),
            Granularity::Half(h) => format!("{y:04}-H{h}"),
            Granularity::Quarter(q) => format!("{y:04}-Q{q}"),
            Granularity::Season(s) => {
                let name = SEASONS
                    .get(usize::from(s.max(1)) - 1)
                    .copied()
                    .unwrap_or("SU");
                format!("{y:04}-{name}")
            }
            Granularity::Month(m) => format!("{y:04}-{m:02}"),
            Granularity::Week(w) => format!("{y:04}-W{w:02}"),
            Granularity::Weekend(w) => format!("{y:04}-W{w:02}-WE"),
            Granularity::Day(m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// The TIMEX3 value of a point whose year is unknown: `XXXX-06-30`.
pub fn value_without_year(gran: Granularity) -> String {
    let v = Point { year: 0, gran }.value();
    match v.get(4..) {
        Some(rest) => format!("XXXX{rest}"),
        None => "XXXX".to_string(),
    }
}

/// A sort key for any TIMEX3 value: (first day, length rank), so that years
/// come before their months and months before their days. `None` for values
/// that are not points (durations, sets, `PRESENT_REF`, `XXXX-..`).
pub fn sort_key(value: &str) -> Option<(NaiveDate, u8)> {
    let date_part = value.split('T').next().unwrap_or(value);
    let bytes = date_part.as_bytes();
    if bytes.len() < 2 || !bytes.iter().take(2).all(u8::is_ascii_digit) {
        return None;
    }
    let digits: usize = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let head: i32 = date_part.get(..digits)?.parse().ok()?;
    let (point, rank) = match digits {
        2 => (
            Point {
                year: head * 100,
                gran: Granularity::Century,
            },
            0,
        ),
        3 => (
            Point {
                year: head * 10,
                gran: Granularity::Decade,
            },
            1,
        ),
        4 => {
            let rest = date_part.get(4..).unwrap_or("");
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            let gran = parse_rest(rest)?;
            let rank = match gran {
                Granularity::Year => 2,
                Granularity::Half(_) => 3,
                Granularity::Quarter(_) | Granularity::Season(_) => 4,
                Granularity::Month(_) => 5,
                Granularity::Week(_) | Granularity::Weekend(_) => 6,
                _ => 7,
            };
            (Point { year: head, gran }, rank)
        }
        _ => return None,
    };
    let time_rank = u8::from(value.contains('T'));
    Some((point.first_day()?, rank + time_rank))
}

fn parse_rest(rest: &str) -> Option<Granularity> {
    if rest.is_empty() {
        return Some(Granularity::Year);
    }
    let num = |s: &str| s.parse::<u8>().ok();
    if let Some(q) = rest.strip_prefix('Q') {
        return num(q).map(Granularity::Quarter);
    }
    if let Some(h) = rest.strip_prefix('H') {
        return num(h).map(Granularity::Half);
    }
    if let Some(w) = rest.strip_prefix('W') {
        let week = num(w.get(..2)?)?;
        return Some(if w.ends_with("WE") {
            Granularity::Weekend(week)
        } else {
            Granularity::Week(week)
        });
    }
    if let Some(i) = SEASONS.iter().position(|s| *s == rest) {
        return Some(Granularity::Season(i as u8 + 1));
    }
    let mut parts = rest.split('-');
    let m = num(parts.next()?)?;
    match parts.next() {
        Some(d) => Some(Granularity::Day(m, num(d)?)),
        None => Some(Granularity::Month(m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_granularity() {
        assert_eq!(Point::month(2022, 12).value(), "2022-12");
        assert_eq!(Point::year(2008).value(), "2008");
        let dct = Point::parse_day("2023-07-16").map(|p| p.truncate(Granularity::Year));
        assert_eq!(
            dct.and_then(|p| p.shift(-1)).map(|p| p.value()),
            Some("2022".into())
        );
    }

    #[test]
    fn shifts_carry_across_years() {
        let jan = Point::month(2023, 1);
        assert_eq!(jan.shift(-1).map(|p| p.value()), Some("2022-12".into()));
        let q1 = Point {
            year: 2023,
            gran: Granularity::Quarter(1),
        };
        assert_eq!(q1.shift(-1).map(|p| p.value()), Some("2022-Q4".into()));
        let day = Point::parse_day("2023-03-01");
        assert_eq!(
            day.and_then(|d| d.shift(-1)).map(|p| p.value()),
            Some("2023-02-28".into())
        );
    }

    #[test]
    fn sort_keys_order_coarse_before_fine() {
        let mut v = vec!["2023-07-16", "2022-12", "2022", "2022-02-28", "2008", "199"];
        v.sort_by_key(|s| sort_key(s));
        assert_eq!(
            v,
            vec!["199", "2008", "2022", "2022-02-28", "2022-12", "2023-07-16"]
        );
        assert_eq!(sort_key("P3Y"), None);
        assert_eq!(sort_key("PRESENT_REF"), None);
    }
}
