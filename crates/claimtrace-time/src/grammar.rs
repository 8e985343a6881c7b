//! The grammar of time expressions over tokens.
//!
//! [`parse_at`] tries every pattern that can start at a token and returns the
//! longest match with its meaning ([`Spec`]) still unresolved: resolution
//! against the document date and the narrative happens in `resolve`.
//! Patterns only look a bounded number of tokens ahead, so the scan stays
//! linear in the document.

use std::ops::ControlFlow;

use claimtrace_core::{TimeType, TokenKind};

use claimtrace_lexicon::EN;

use crate::lexicon::{ordinal_read_as_unit, singular_unit_forms, Lex, PartOf, Unit};
use crate::value::{Granularity, Point};
use crate::words::{
    after_middle_prefix, after_quarter_letter, has_listed_ending, is_listed_word, Words,
};

/// What an expression means before it is placed in the calendar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Spec {
    /// Fully written out: "July 16, 2023", "December 2022", "2008".
    Point(Point),
    /// A point without its year ("June 30", "December", "the third
    /// quarter"): the year comes from the document date and the tense.
    Partial(Granularity),
    /// A month in a year relative to the document's: "December last year".
    MonthOfRelativeYear { month: u8, years: i32 },
    /// A granularity below the year (a day, a quarter) in a year relative to
    /// the document's: "5 грудня минулого року", "the fourth quarter of last year".
    InRelativeYear { gran: Granularity, years: i32 },
    /// A month named with a shift: "last November" (-1), "next March" (1).
    ShiftedMonth { month: u8, n: i32 },
    /// "the weekend": this week's or last week's, by the tense.
    Weekend,
    /// A weekday; `shift` -1 last, 0 this, 1 next, None from the tense.
    Weekday { weekday: u8, shift: Option<i32> },
    /// The document date at a granularity, shifted: "last year" (Year, -1),
    /// "today" (Day, 0), "two weeks ago" (Week, -2).
    DocRelative { gran: Granularity, n: i32 },
    /// "a year ago", "a year earlier", "year-earlier": a year back, kept at
    /// the quarter when the text reports by quarters (financial news).
    YearsAgo { n: i32, narrative: bool },
    /// "this spring", "last summer".
    SeasonRelative { season: u8, n: i32 },
    /// The time in focus in the narrative, shifted: "a day later" (Day, 1),
    /// "later that month" (Month, 0), "at the time" (None, 0).
    Narrative { gran: Option<Granularity>, n: i32 },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Reference(&'static str),
    /// A TIMEX3 duration or set value as it stands.
    Literal(String),
    /// A time of day on a day: `clock` is `MO`/`AF`/`EV`/`NI` or `HH:MM`.
    TimeOfDay { day: Box<Spec>, clock: String },
    /// "the quarter", "the latest quarter": the quarter in focus.
    FocusQuarter,
    /// "last Oct. 23" (-1), "next June 1" (1): the nearest such day before
    /// or after the document date.
    ShiftedDay { month: u8, day: u8, n: i32 },
    /// "the week of March 6": the week that holds the day.
    WeekOf(Box<Spec>),
    /// "the 1988 quarter", "the 1988 period": the quarter in focus, in
    /// that year (the year itself when no quarter is in focus).
    FocusQuarterOf { year: i32 },
    /// Thanksgiving: the fourth Thursday of November.
    Thanksgiving,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Token range, end exclusive.
    pub start: usize,
    pub end: usize,
    pub kind: TimeType,
    pub spec: Spec,
}

fn found(start: usize, end: usize, kind: TimeType, spec: Spec) -> Option<Found> {
    (end > start).then_some(Found {
        start,
        end,
        kind,
        spec,
    })
}

fn unit_gran(unit: Unit) -> Granularity {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Granularity::Day(1, 1),
        Unit::Week | Unit::Fortnight => Granularity::Week(1),
        Unit::Weekend => Granularity::Weekend(1),
        Unit::Month => Granularity::Month(1),
        Unit::Quarter => Granularity::Quarter(1),
        Unit::Year => Granularity::Year,
        Unit::Decade => Granularity::Decade,
        Unit::Century => Granularity::Century,
    }
}

/// A year written as four digits, told apart from counts and model numbers.
fn year_at(w: &Words, i: usize) -> Option<i32> {
    let raw = w.raw(i);
    if raw.len() != 4 || w.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let y = w.digits(i)? as i32;
    if !(1000..=2100).contains(&y) {
        return None;
    }
    let prev = if i > 0 { w.lower(i - 1) } else { "" };
    if matches!(prev, "$" | "€" | "£" | "#" | "№")
        || w.is_listed(i.wrapping_sub(1), |t| t.number_label_words)
    {
        return None;
    }
    // MK-2000, Su-1990: a hyphen glued between a word and the digits.
    if i >= 2
        && matches!(prev, "-" | "–")
        && w.adjacent(i - 1)
        && w.adjacent(i - 2)
        && w.kind(i - 2) == Some(TokenKind::Word)
        && w.lex(i - 2).is_none()
    {
        return None;
    }
    let next = w.lower(i + 1);
    if w.adjacent(i) {
        // 2000m, 2000km: a unit glued on.
        if w.kind(i + 1) == Some(TokenKind::Word) && !w.is_listed(i + 1, |t| t.year_suffixes) {
            return None;
        }
        if next == "%" {
            return None;
        }
    }
    if y < 1800 && !w.is_listed(i.wrapping_sub(1), |t| t.year_context_words) {
        return None;
    }
    // "killed 2000 people": a count before a plural noun, unless a
    // determiner or preposition says it is a year ("the 2014 protests").
    let plural_next = w.kind(i + 1) == Some(TokenKind::Word)
        && w.is_latin(i + 1)
        && !w.is_capitalised(i + 1)
        && next.len() > 3
        && has_listed_ending(next, |t| t.plural_noun_endings)
        && !has_listed_ending(next, |t| t.singular_noun_endings);
    if plural_next && !w.is_listed(i.wrapping_sub(1), |t| t.year_context_words) {
        return None;
    }
    if next == "%" || w.is_listed(i + 1, |t| t.count_nouns_after_year) {
        return None;
    }
    Some(y)
}

/// A day of the month written as digits, with an optional glued ordinal
/// suffix ("16th"). Returns the day and the token after it.
fn day_at(w: &Words, i: usize) -> Option<(u8, usize)> {
    if w.raw(i).len() > 2 {
        return None;
    }
    let d = w.digits(i)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut end = i + 1;
    if w.adjacent(i) && w.is_listed(i + 1, |t| t.day_ordinal_suffixes) {
        end += 1;
    }
    Some((d as u8, end))
}

/// A month name at `i`: English names must be capitalised ("may" is a verb),
/// abbreviations may carry their period. Returns the month and the next token.
fn month_at(w: &Words, i: usize) -> Option<(u8, usize)> {
    let Some(Lex::Month { month, abbr }) = w.lex(i) else {
        return None;
    };
    if w.is_latin(i) && !w.is_capitalised(i) {
        return None;
    }
    let mut end = i + 1;
    if abbr && w.adjacent(i) && w.is(i + 1, ".") {
        end += 1;
    } else if abbr && w.kind(i + 1) != Some(TokenKind::Number) {
        // "Jan" alone is more often a name than January.
        return None;
    }
    Some((month, end))
}

/// A Slavic "року"/"года"/"г." after a year; returns the token after it.
fn year_word_after(w: &Words, i: usize) -> usize {
    if w.is_latin(i) {
        return i;
    }
    match w.lex(i) {
        Some(Lex::YearWord) => {
            if w.adjacent(i) && w.is(i + 1, ".") && w.raw(i).chars().count() <= 2 {
                i + 2
            } else {
                i + 1
            }
        }
        Some(Lex::Unit {
            unit: Unit::Year,
            plural: false,
        }) => i + 1,
        _ => i,
    }
}

/// A relative year in words after a month: "last year", "прошлого года".
fn relative_year_after(w: &Words, i: usize) -> Option<(i32, usize)> {
    match (w.lex(i), w.lex(i + 1)) {
        (
            Some(Lex::Shift(n)),
            Some(Lex::Unit {
                unit: Unit::Year,
                plural: false,
            }),
        ) => Some((n, i + 2)),
        (Some(Lex::YearOffset(n)), _) => Some((n, i + 1)),
        _ => None,
    }
}

/// A count: digits, number words ("twenty four", "twenty-four"), "a"/"an",
/// "a few", "a couple of", "several". Returns the count ("X" when vague)
/// and the token after it.
fn count_at(w: &Words, i: usize) -> Option<(String, usize)> {
    if w.is_listed(i, |t| t.indefinite_articles) {
        if w.is_listed(i + 1, |t| t.few_words) {
            return Some(("X".into(), i + 2));
        }
        if w.is_listed(i + 1, |t| t.couple_words) {
            let end = if w.is_listed(i + 2, |t| t.of_prepositions) {
                i + 3
            } else {
                i + 2
            };
            return Some(("2".into(), end));
        }
        return Some(("1".into(), i + 1));
    }
    if w.kind(i) == Some(TokenKind::Number) {
        let raw = w.raw(i);
        if raw.len() > 7 || !raw.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        return Some((raw.to_string(), i + 1));
    }
    match w.lex(i) {
        Some(Lex::Number(n)) => {
            // "twenty four"
            if n >= 20 && n % 10 == 0 {
                if let Some(Lex::Number(u)) = w.lex(i + 1) {
                    if u < 10 {
                        return Some(((n + u).to_string(), i + 2));
                    }
                }
            }
            Some((n.to_string(), i + 1))
        }
        Some(Lex::Vague) => Some(("X".into(), i + 1)),
        _ => {
            // "twenty-four"
            let (a, b) = w.lower(i).split_once('-')?;
            match (crate::lexicon::lookup(a), crate::lexicon::lookup(b)) {
                (Some(Lex::Number(x)), Some(Lex::Number(y))) if x >= 20 && y < 10 => {
                    Some(((x + y).to_string(), i + 1))
                }
                _ => None,
            }
        }
    }
}

/// A unit word at `i` ("years", "тижні", "century"), or a hyphenated
/// "-year" after digits ("20-year"). Returns the unit, plurality, next token.
fn unit_at(w: &Words, i: usize) -> Option<(Unit, bool, usize)> {
    match w.lex(i) {
        Some(Lex::Unit { unit, plural }) => Some((unit, plural, i + 1)),
        Some(Lex::CenturyWord) => Some((Unit::Century, false, i + 1)),
        Some(Lex::QuarterWord) => Some((Unit::Quarter, false, i + 1)),
        _ => None,
    }
}

/// "five-year", "two-week": a count and a unit in one hyphenated token.
fn hyphen_count_unit(w: &Words, i: usize) -> Option<(String, Unit)> {
    let word = w.lower(i);
    let (a, b) = word.split_once('-')?;
    let n = match crate::lexicon::lookup(a) {
        Some(Lex::Number(n)) => n,
        _ => return None,
    };
    match crate::lexicon::lookup(b) {
        Some(Lex::Unit { unit, .. }) => Some((n.to_string(), unit)),
        _ => None,
    }
}

/// Count + unit, then "ago" / "later" / "from now" / nothing (a duration).
fn count_unit(w: &Words, i: usize) -> Option<Found> {
    let (count, unit, after) = if let Some((count, unit)) = hyphen_count_unit(w, i) {
        if unit == Unit::Quarter {
            return None;
        }
        (count, unit, i + 1)
    } else {
        match written_count_unit(w, i)? {
            Counted::Units { count, unit, after } => (count, unit, after),
            Counted::Complete(f) => return Some(f),
        }
    };
    after_count_unit(w, i, &count, unit, after)
}

/// What the words of a count and its unit read: the count, the unit and
/// the word after them, or an expression already whole ("5 1/2 hours").
enum Counted {
    Units {
        count: String,
        unit: Unit,
        after: usize,
    },
    Complete(Found),
}

/// A count in its own token(s) and a unit: "five years", "5 1/2 hours",
/// "20-year", "two more weeks", "a minute and a half".
fn written_count_unit(w: &Words, i: usize) -> Option<Counted> {
    let mut half = false;
    let (count, mut j) = count_at(w, i)?;
    // "5 1/2 hours"
    if w.is(j, "1/2") {
        half = true;
        j += 1;
    } else if w.is(j, "1") && w.is(j + 1, "/") && w.is(j + 2, "2") {
        half = true;
        j += 3;
    }
    // "20-year", "24-hour"
    if w.is(j, "-") && w.adjacent(j - 1) && w.adjacent(j) {
        j += 1;
    }
    // "two more weeks"
    if w.is_listed(j, |t| t.additive_words)
        && matches!(w.lex(j + 1), Some(Lex::Unit { plural: true, .. }))
    {
        j += 1;
    }
    let (unit, plural, after) = unit_at(w, j)?;
    // "a years", "five year" (adjectival) are fine; "one days" is not.
    if count == "1" && plural && !w.is(i, "1") {
        return None;
    }
    // "three-quarters of", "a quarter of": fractions; "a second round":
    // an ordinal.
    let article = w.is_listed(i, |t| t.indefinite_articles);
    if unit == Unit::Quarter && (w.is_listed(after, |t| t.of_prepositions) || article) {
        return None;
    }
    if unit == Unit::Second && article {
        return None;
    }
    // "a minute and a half"
    if let Some(end) = w
        .phrase_end(after, |t| t.and_a_half_phrases)
        .filter(|_| !half)
    {
        if let Some(v) = half_duration(unit, &count) {
            return found(i, end, TimeType::Duration, Spec::Literal(v)).map(Counted::Complete);
        }
    }
    if half {
        let v = half_duration(unit, &count)?;
        if matches!(w.lex(after), Some(Lex::Ago | Lex::Later(_))) {
            return None;
        }
        return found(i, after, TimeType::Duration, Spec::Literal(v)).map(Counted::Complete);
    }
    Some(Counted::Units { count, unit, after })
}

/// What follows a count and unit: "ago", "later" / "earlier" at a clause's
/// end, "from now", or nothing (a duration).
fn after_count_unit(w: &Words, i: usize, count: &str, unit: Unit, after: usize) -> Option<Found> {
    let gran = unit_gran(unit);
    let n: Option<i32> = count.parse::<f64>().ok().map(|x| x.round() as i32);
    match w.lex(after) {
        Some(Lex::Ago) => {
            if count == "X" {
                return found(i, after + 1, TimeType::Date, Spec::Reference("PAST_REF"));
            }
            return found(i, after + 1, TimeType::Date, ago_spec(unit, n.unwrap_or(1)));
        }
        Some(Lex::Later(sign)) => {
            // "two days later", "a year earlier"; "two days after the vote"
            // is a duration before a clause, so only a final "after" counts.
            let final_word = w.is_listed(after, |t| t.final_shift_words)
                || w.boundary(after + 1, w.sentence(after).unwrap_or(0));
            if final_word && count != "X" {
                let n = n.unwrap_or(1) * sign;
                let spec = if unit == Unit::Year {
                    Spec::YearsAgo { n, narrative: true }
                } else {
                    Spec::Narrative {
                        gran: Some(gran),
                        n,
                    }
                };
                return found(i, after + 1, TimeType::Date, spec);
            }
        }
        _ => {}
    }
    if let Some(end) = w.phrase_end(after, |t| t.from_now_phrases) {
        let n = n.unwrap_or(1);
        return found(i, end, TimeType::Date, Spec::DocRelative { gran, n });
    }
    found(
        i,
        after,
        TimeType::Duration,
        Spec::Literal(unit.duration(count)),
    )
}

/// "`n` units ago": hours and smaller name today, a fortnight two weeks,
/// years a year count back.
fn ago_spec(unit: Unit, n: i32) -> Spec {
    match unit {
        Unit::Hour | Unit::Minute | Unit::Second => Spec::DocRelative {
            gran: Granularity::Day(1, 1),
            n: 0,
        },
        Unit::Fortnight => Spec::DocRelative {
            gran: Granularity::Week(1),
            n: -2 * n,
        },
        Unit::Year => Spec::YearsAgo {
            n: -n,
            narrative: false,
        },
        _ => Spec::DocRelative {
            gran: unit_gran(unit),
            n: -n,
        },
    }
}

/// A count and a half of a unit, written in the next smaller unit:
/// "2 1/2 years" is `P2Y6M`, "5 1/2 hours" `PT5H30M`.
fn half_duration(unit: Unit, count: &str) -> Option<String> {
    let n: u32 = count.parse().ok()?;
    Some(match unit {
        Unit::Year => format!("P{n}Y6M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        _ => return None,
    })
}

/// Dates that begin with a month: "July 16, 2023", "Feb. 28", "December
/// 2022", "грудні минулого року", "June".
fn month_first(w: &Words, i: usize) -> Option<Found> {
    let (month, j) = month_at(w, i)?;
    if let Some((day, k)) = day_at(w, j) {
        // "July 16, 2023" / "July 16 2023"
        let mut y_at = k;
        if w.is(k, ",") {
            y_at = k + 1;
        }
        if let Some(y) = year_at(w, y_at) {
            if let Some(p) = Point::day(y, month, day) {
                return found(i, y_at + 1, TimeType::Date, Spec::Point(p));
            }
        }
        // "July 16" with the year left to the context; "July 4 people"
        // would be a count but a day number is rarely followed by a noun.
        if !(1..=31).contains(&day) {
            return None;
        }
        return found(
            i,
            k,
            TimeType::Date,
            Spec::Partial(Granularity::Day(month, day)),
        );
    }
    // "December 2022", "July of 2022", "грудні 2022 року"
    let y_at = if w.is_listed(j, |t| t.of_prepositions) {
        j + 1
    } else {
        j
    };
    if let Some(y) = year_at(w, y_at) {
        let end = year_word_after(w, y_at + 1);
        return found(i, end, TimeType::Date, Spec::Point(Point::month(y, month)));
    }
    if let Some((years, end)) = relative_year_after(w, j) {
        return found(
            i,
            end,
            TimeType::Date,
            Spec::MonthOfRelativeYear { month, years },
        );
    }
    // The bare month: "may" and "march" are verbs, so an English month
    // alone needs a preposition or a modifier before it.
    if w.is_latin(i) {
        let prev = i.wrapping_sub(1);
        let ok = w.is_listed(prev, |t| t.bare_month_openers);
        if !ok || (month == 5 && !w.is_listed(prev, |t| t.bare_may_openers)) {
            return None;
        }
    }
    if w.lower(j) == "." && month_at(w, i).is_some_and(|(_, e)| e > i + 1) {
        return None;
    }
    found(
        i,
        j,
        TimeType::Date,
        Spec::Partial(Granularity::Month(month)),
    )
}

/// Dates that begin with the day: "16 July 2023", "16 липня 2023 року",
/// "16th of July", "5 грудня минулого року".
fn day_first(w: &Words, i: usize) -> Option<Found> {
    let (day, mut j) = day_at(w, i)?;
    if w.is_listed(j, |t| t.of_prepositions) {
        j += 1;
    }
    let (month, k) = month_at(w, j)?;
    let y_at = if w.is(k, ",") { k + 1 } else { k };
    if let Some(y) = year_at(w, y_at) {
        if let Some(p) = Point::day(y, month, day) {
            let end = year_word_after(w, y_at + 1);
            return found(i, end, TimeType::Date, Spec::Point(p));
        }
    }
    if let Some((years, end)) = relative_year_after(w, k) {
        // "5 грудня минулого року": the day in a relative year.
        return found(
            i,
            end,
            TimeType::Date,
            Spec::InRelativeYear {
                gran: Granularity::Day(month, day),
                years,
            },
        );
    }
    found(
        i,
        k,
        TimeType::Date,
        Spec::Partial(Granularity::Day(month, day)),
    )
}

/// Numeric dates: 2023-07-16, 16.07.2023, 07/16/2023, 2023/07/16.
fn numeric_date(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    let raw = w.raw(i);
    // 2023 - 07 - 16 as five glued tokens
    if raw.len() == 4 && w.is(i + 1, "-") && w.is(i + 3, "-") && (i..i + 4).all(|k| w.adjacent(k)) {
        let y = w.digits(i)? as i32;
        let m = w.digits(i + 2)?;
        let d = w.digits(i + 4)?;
        if w.raw(i + 2).len() == 2 && w.raw(i + 4).len() == 2 {
            let p = Point::day(y, m.try_into().ok()?, d.try_into().ok()?)?;
            return found(i, i + 5, TimeType::Date, Spec::Point(p));
        }
        return None;
    }
    let sep = if raw.contains('.') {
        '.'
    } else if raw.contains('/') {
        '/'
    } else {
        return None;
    };
    let mut parts = raw.split(sep);
    let a = parts.next()?;
    let b = parts.next()?;
    let c = parts.next()?;
    if parts.next().is_some()
        || [a, b, c]
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 {
        let (x, z) = (num(a)?, num(b)?);
        // dots are always day.month; slashes are month/day in English
        // unless the first number cannot be a month.
        if sep == '.' || day_first_locale || x > 12 {
            (num(c)?, z, x)
        } else {
            (num(c)?, x, z)
        }
    } else {
        return None;
    };
    if !(1000..=2100).contains(&y) {
        return None;
    }
    let p = Point::day(y as i32, m.try_into().ok()?, d.try_into().ok()?)?;
    let end = year_word_after(w, i + 1);
    found(i, end, TimeType::Date, Spec::Point(p))
}

/// Years and decades: "2008", "2022 року", "1990s", "the 20th century".
fn year_or_decade(w: &Words, i: usize) -> Option<Found> {
    // "20th century"
    if let Some((n, j)) = day_at(w, i) {
        if j > i + 1 && matches!(w.lex(j), Some(Lex::CenturyWord)) && n >= 1 {
            let year = (i32::from(n) - 1) * 100;
            return found(
                i,
                j + 1,
                TimeType::Date,
                Spec::Point(Point {
                    year,
                    gran: Granularity::Century,
                }),
            );
        }
    }
    let raw = w.raw(i);
    if raw.len() != 4 {
        return None;
    }
    // "1990s", "1990's"
    let plural = w.is_listed(i + 1, |t| t.decade_plural_endings);
    if w.adjacent(i) && (plural || w.is(i + 1, "'s")) {
        let y = w.digits(i)? as i32;
        if y % 10 == 0 && (1000..=2100).contains(&y) && (plural || !w.is(i.wrapping_sub(1), "'s")) {
            // "2022's" is a possessive year, "1990's" a decade.
            if plural || y % 10 == 0 && !w.is_latin(i + 2) || w.is(i + 1, "'s") {
                return found(
                    i,
                    i + 2,
                    TimeType::Date,
                    Spec::Point(Point {
                        year: y,
                        gran: Granularity::Decade,
                    }),
                );
            }
        }
    }
    // "1990-х годов", "1990-ті роки", "1990-х": Slavic decades.
    if w.is(i + 1, "-")
        && w.adjacent(i)
        && w.adjacent(i + 1)
        && w.is_listed(i + 2, |t| t.decade_suffixes)
    {
        let y = w.digits(i)? as i32;
        if y % 10 == 0 && (1000..=2100).contains(&y) {
            let mut end = i + 3;
            if w.is_listed(end, |t| t.decade_nouns) {
                end += 1;
            }
            return found(
                i,
                end,
                TimeType::Date,
                Spec::Point(Point {
                    year: y,
                    gran: Granularity::Decade,
                }),
            );
        }
    }
    let y = year_at(w, i)?;
    let end = year_word_after(w, i + 1);
    found(i, end, TimeType::Date, Spec::Point(Point::year(y)))
}

/// Quarters and halves: "third quarter", "third-quarter", "Q3", "Q3 2023",
/// "the fourth quarter of 2022", "first half".
fn quarter(w: &Words, i: usize) -> Option<Found> {
    let word = w.lower(i);
    let (q, is_half, mut j) = if let Some(rest) = after_quarter_letter(word) {
        let q: u8 = rest.parse().ok()?;
        if rest.len() != 1 || !w.is_capitalised(i) {
            return None;
        }
        (q, false, i + 1)
    } else if let Some((a, b)) = word.split_once('-') {
        let n = match crate::lexicon::lookup(a) {
            Some(Lex::Ordinal(n)) => n,
            _ => ordinal_read_as_unit(a)?,
        };
        // "third-quarter", "first-half": English compounds.
        if EN.calendar.quarter_words.contains(&b) {
            (n as u8, false, i + 1)
        } else if EN.calendar.half_words.contains(&b) {
            (n as u8, true, i + 1)
        } else {
            return None;
        }
    } else {
        let n = match w.lex(i) {
            Some(Lex::Ordinal(n)) => n,
            _ => ordinal_read_as_unit(w.lower(i))?,
        };
        match w.lex(i + 1) {
            Some(Lex::QuarterWord) => (n as u8, false, i + 2),
            Some(Lex::HalfWord) => (n as u8, true, i + 2),
            _ => return None,
        }
    };
    let limit = if is_half { 2 } else { 4 };
    if !(1..=limit).contains(&q) {
        return None;
    }
    let gran = if is_half {
        Granularity::Half(q)
    } else {
        Granularity::Quarter(q)
    };
    // "of 2022", "2023"
    let y_at = if w.is_listed(j, |t| t.of_prepositions) {
        j + 1
    } else {
        j
    };
    if let Some(y) = year_at(w, y_at) {
        return found(
            i,
            y_at + 1,
            TimeType::Date,
            Spec::Point(Point { year: y, gran }),
        );
    }
    // "of the year", "of last year": English words in English order.
    let of = w.is_listed(j, |t| t.of_prepositions);
    let year = singular_unit_forms(&EN, Unit::Year);
    if of && w.is_listed(j + 1, |t| t.definite_articles) && w.is_any(j + 2, year) {
        j += 3;
        return found(i, j, TimeType::Date, Spec::DocRelative { gran, n: 0 });
    }
    if of {
        if let Some(Lex::Shift(n)) = w.lex(j + 1) {
            if w.is_any(j + 2, year) {
                return found(
                    i,
                    j + 3,
                    TimeType::Date,
                    Spec::InRelativeYear { gran, years: n },
                );
            }
        }
    }
    found(i, j, TimeType::Date, Spec::Partial(gran))
}

/// Weekdays: "Tuesday", "Friday morning", "Friday, July 7".
fn weekday(w: &Words, i: usize, shift: Option<i32>) -> Option<Found> {
    let Some(Lex::Weekday(weekday)) = w.lex(i) else {
        return None;
    };
    if w.is_latin(i) && !w.is_capitalised(i) {
        return None;
    }
    // "Friday, July 7, 2023": one expression, dated by the date.
    let after_comma = if w.is(i + 1, ",") { i + 2 } else { i + 1 };
    if let Some(f) = month_first(w, after_comma).or_else(|| day_first(w, after_comma)) {
        if matches!(
            f.spec,
            Spec::Point(Point {
                gran: Granularity::Day(..),
                ..
            }) | Spec::Partial(Granularity::Day(..))
        ) {
            return found(i, f.end, f.kind, f.spec);
        }
    }
    let spec = Spec::Weekday { weekday, shift };
    if let Some(Lex::PartOfDay(part)) = w.lex(i + 1) {
        return found(
            i,
            i + 2,
            TimeType::Time,
            Spec::TimeOfDay {
                day: Box::new(spec),
                clock: part.to_string(),
            },
        );
    }
    found(i, i + 1, TimeType::Date, spec)
}

/// Clock times, with the day that follows them: "10 p.m. Wednesday",
/// "5 p.m. EST, Nov. 9", "noon Thursday".
fn clock(w: &Words, i: usize) -> Option<Found> {
    let f = clock_only(w, i)?;
    let Spec::TimeOfDay { clock, .. } = &f.spec else {
        return Some(f);
    };
    let k = if w.is(f.end, ",") || w.is_listed(f.end, |t| t.clock_day_prepositions) {
        f.end + 1
    } else {
        f.end
    };
    if w.sentence(k) != w.sentence(f.start) {
        return Some(f);
    }
    let day = match w.lex(k) {
        Some(Lex::Weekday(_)) => {
            weekday(w, k, None).filter(|d| matches!(d.spec, Spec::Weekday { .. }))
        }
        Some(Lex::Month { .. }) => month_first(w, k).filter(|d| {
            matches!(
                d.spec,
                Spec::Partial(Granularity::Day(..))
                    | Spec::Point(Point {
                        gran: Granularity::Day(..),
                        ..
                    })
            )
        }),
        _ => None,
    };
    match day {
        Some(d) => found(
            i,
            d.end,
            TimeType::Time,
            Spec::TimeOfDay {
                day: Box::new(d.spec),
                clock: clock.clone(),
            },
        ),
        None => Some(f),
    }
}

/// Clock times: "10:30", "10:30 a.m.", "3 p.m.", "noon", "midnight".
fn clock_only(w: &Words, i: usize) -> Option<Found> {
    let day = || {
        Box::new(Spec::DocRelative {
            gran: Granularity::Day(1, 1),
            n: 0,
        })
    };
    if let Some(Lex::ClockWord(c)) = w.lex(i) {
        return found(
            i,
            i + 1,
            TimeType::Time,
            Spec::TimeOfDay {
                day: day(),
                clock: c.to_string(),
            },
        );
    }
    let raw = w.raw(i);
    let (h, m) = if let Some((h, m)) = raw.split_once(':') {
        if m.len() != 2 || h.is_empty() || h.len() > 2 {
            return None;
        }
        (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
    } else {
        let h = w.digits(i)?;
        if raw.len() > 2
            || !matches!(w.lex(i + 1), Some(Lex::Meridiem(_)))
                && !w.is_listed(i + 1, |t| t.o_clock_words)
        {
            return None;
        }
        (h, 0)
    };
    if h > 24 || m > 59 {
        return None;
    }
    let mut end = i + 1;
    let mut hour = h;
    if let Some(Lex::Meridiem(pm)) = w.lex(end) {
        if !(1..=12).contains(&h) {
            return None;
        }
        hour = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        end += 1;
    } else if w.is_listed(end, |t| t.o_clock_words) {
        end += 1;
    } else if raw.len() < 4 {
        return None;
    }
    if w.is_listed(end, |t| t.time_zones) {
        end += 1;
    } else if w.is_listed(end, |t| t.local_time_words)
        && w.is_listed(end + 1, |t| t.local_time_nouns)
    {
        end += 2;
    }
    found(
        i,
        end,
        TimeType::Time,
        Spec::TimeOfDay {
            day: day(),
            clock: format!("{hour:02}:{m:02}"),
        },
    )
}

/// Seasons: "summer 2022", "the summer", "влітку".
fn season(w: &Words, i: usize, after_the: bool) -> Option<Found> {
    let Some(Lex::Season(s)) = w.lex(i) else {
        return None;
    };
    let y_at = if w.is_listed(i + 1, |t| t.of_prepositions) {
        i + 2
    } else {
        i + 1
    };
    if let Some(y) = year_at(w, y_at) {
        let end = year_word_after(w, y_at + 1);
        return found(
            i,
            end,
            TimeType::Date,
            Spec::Point(Point {
                year: y,
                gran: Granularity::Season(s),
            }),
        );
    }
    if let Some((n, end)) = relative_year_after(w, i + 1) {
        return found(
            i,
            end,
            TimeType::Date,
            Spec::SeasonRelative { season: s, n },
        );
    }
    let ok = if w.is_latin(i) {
        !w.is_capitalised(i)
            && !w.is_listed(i, |t| t.ambiguous_season_names)
            && (after_the || w.is_listed(i.wrapping_sub(1), |t| t.bare_season_openers))
            && !w.is_listed(i + 1, |t| t.of_prepositions)
    } else {
        // влітку, навесні, восени, взимку, летом, весной: adverbs of season.
        w.is_listed(i, |t| t.season_adverbs)
    };
    ok.then_some(())?;
    found(
        i,
        i + 1,
        TimeType::Date,
        Spec::Partial(Granularity::Season(s)),
    )
}

/// Sets: "daily", "every month", "per day", "every two weeks", "each year",
/// "щодня", "каждый день".
fn set(w: &Words, i: usize) -> Option<Found> {
    match w.lex(i)? {
        Lex::SetAdverb(v) => found(i, i + 1, TimeType::Set, Spec::Literal(v.to_string())),
        Lex::Every => {
            if let Some(Lex::Weekday(d)) = w.lex(i + 1) {
                return found(
                    i,
                    i + 2,
                    TimeType::Set,
                    Spec::Literal(format!("XXXX-WXX-{d}")),
                );
            }
            let (n, j) = match count_at(w, i + 1) {
                Some((c, j)) if c != "X" && !w.is_listed(i + 1, |t| t.bare_articles) => {
                    (c.parse::<u32>().ok()?, j)
                }
                _ => (1, i + 1),
            };
            let (unit, _, end) = unit_at(w, j)?;
            found(i, end, TimeType::Set, Spec::Literal(unit.set_value(n)))
        }
        _ => None,
    }
}

/// "a day" / "a month" after an amount: "15,000 a month", "twice a day";
/// and the Slavic "на день", "в сутки", "на місяць" after a number.
fn per_unit(w: &Words, i: usize) -> Option<Found> {
    if i == 0 {
        return None;
    }
    let prev_is_amount =
        w.kind(i - 1) == Some(TokenKind::Number) || w.is_listed(i - 1, |t| t.repetition_words);
    // Not "за": "за день" is the span something happened in.
    if !prev_is_amount || !w.is_listed(i, |t| t.per_unit_words) {
        return None;
    }
    let Some(Lex::Unit {
        unit,
        plural: false,
    }) = w.lex(i + 1)
    else {
        return None;
    };
    if matches!(w.lex(i + 2), Some(Lex::Ago | Lex::Later(_))) {
        return None;
    }
    found(i, i + 2, TimeType::Set, Spec::Literal(unit.set_value(1)))
}

/// Expressions that start with a shift word: "last year", "next week",
/// "this spring", "last Friday", "last night", "минулого тижня",
/// "в прошлом году", and durations "the past two months".
fn shifted(w: &Words, i: usize, after_the: bool) -> Option<Found> {
    let Some(Lex::Shift(mut n)) = w.lex(i) else {
        return None;
    };
    let word = w.lower(i);
    let mut j = i + 1;
    // "this past spring", "this coming Sunday"
    if let Some(moved) = w.keyed(j, |t| t.shifts_after_this) {
        if n == 0 && !matches!(w.lex(j + 1), Some(Lex::Number(_) | Lex::Vague)) {
            n = moved;
            j += 1;
        }
    }
    if let Some(f) = shifted_count(w, i, j) {
        return Some(f);
    }
    let shift = Shift {
        word,
        n,
        after_the,
        start: i,
        next: j,
    };
    match w.lex(j) {
        Some(Lex::Unit { unit, .. })
            if !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) =>
        {
            shifted_unit(w, &shift, unit)
        }
        Some(Lex::QuarterWord) => {
            if after_the && !w.is_listed(i, |t| t.quarter_shifts_after_the) {
                return None;
            }
            let gran = Granularity::Quarter(1);
            found(i, j + 1, TimeType::Date, Spec::DocRelative { gran, n })
        }
        Some(Lex::CenturyWord) => shifted_century(&shift),
        Some(Lex::Month { .. }) if !after_the => shifted_month(w, i, j, n),
        Some(Lex::Weekday(_)) if !after_the => {
            weekday(w, j, Some(n)).map(|f| Found { start: i, ..f })
        }
        Some(Lex::Season(s)) if !after_the => found(
            i,
            j + 1,
            TimeType::Date,
            Spec::SeasonRelative { season: s, n },
        ),
        Some(Lex::PartOfDay(part)) if !after_the && n <= 0 => shifted_part_of_day(i, j, part, n),
        _ => None,
    }
}

/// "the past two months", "the next few days", "last three years": a
/// shift word, a count (not "a") and a unit make a duration.
fn shifted_count(w: &Words, i: usize, j: usize) -> Option<Found> {
    let (count, k) = count_at(w, j)?;
    if w.is_listed(j, |t| t.indefinite_articles) {
        return None;
    }
    let (unit, _, end) = unit_at(w, k)?;
    found(
        i,
        end,
        TimeType::Duration,
        Spec::Literal(unit.duration(&count)),
    )
}

/// "the past century" is a stretch of a hundred years; "this century"
/// the current one.
fn shifted_century(shift: &Shift) -> Option<Found> {
    let (i, j, n) = (shift.start, shift.next, shift.n);
    if shift.after_the && n != 0 {
        return found(i, j + 1, TimeType::Duration, Spec::Literal("P100Y".into()));
    }
    found(
        i,
        j + 1,
        TimeType::Date,
        Spec::DocRelative {
            gran: Granularity::Century,
            n,
        },
    )
}

/// A shift word as `shifted` read it: the word, its shift, whether "the"
/// came before it, where it starts and the index of the word after it.
struct Shift<'a> {
    word: &'a str,
    n: i32,
    after_the: bool,
    start: usize,
    next: usize,
}

/// A shift word and a unit: "last year", "next week", "recent years", "the
/// following day", "the past year".
fn shifted_unit(w: &Words, shift: &Shift, unit: Unit) -> Option<Found> {
    let (i, j, n) = (shift.start, shift.next, shift.n);
    if let Some(Lex::Unit { plural: true, .. }) = w.lex(j) {
        // "recent years", "past months": a vague duration.
        if n != 0 {
            return found(
                i,
                j + 1,
                TimeType::Duration,
                Spec::Literal(unit.duration("X")),
            );
        }
        return None;
    }
    if shift.after_the {
        return the_shifted_unit(shift, unit);
    }
    if is_listed_word(shift.word, |t| t.shifts_only_after_the) {
        return None;
    }
    let spec = match unit {
        Unit::Day if n == 0 => Spec::DocRelative {
            gran: Granularity::Day(1, 1),
            n: 0,
        },
        Unit::Day => return None,
        _ => Spec::DocRelative {
            gran: unit_gran(unit),
            n,
        },
    };
    found(i, j + 1, TimeType::Date, spec)
}

/// "the following day", "the previous week": from the narrative; "the
/// next day" too; "the past year": a duration.
fn the_shifted_unit(shift: &Shift, unit: Unit) -> Option<Found> {
    let (i, j, n) = (shift.start, shift.next, shift.n);
    let word = shift.word;
    if is_listed_word(word, |t| t.narrative_shifts)
        || unit == Unit::Day && is_listed_word(word, |t| t.narrative_day_shifts)
    {
        let gran = Some(unit_gran(unit));
        found(i, j + 1, TimeType::Date, Spec::Narrative { gran, n })
    } else if is_listed_word(word, |t| t.one_unit_shifts) {
        found(
            i,
            j + 1,
            TimeType::Duration,
            Spec::Literal(unit.duration("1")),
        )
    } else {
        None
    }
}

/// A shift word and a month: "last Oct. 23", "next March".
fn shifted_month(w: &Words, i: usize, j: usize, n: i32) -> Option<Found> {
    if let Some(f) = core(w, j, false, false) {
        if let Spec::Partial(Granularity::Day(month, day)) = f.spec {
            return found(i, f.end, TimeType::Date, Spec::ShiftedDay { month, day, n });
        }
    }
    let (month, end) = month_at(w, j)?;
    found(i, end, TimeType::Date, Spec::ShiftedMonth { month, n })
}

/// A shift word and a part of the day: "last night" is the evening
/// before; "this morning" today.
fn shifted_part_of_day(i: usize, j: usize, part: &'static str, n: i32) -> Option<Found> {
    let day = if n < 0 && part == "NI" { -1 } else { 0 };
    if n < 0 && part != "NI" {
        return None;
    }
    found(
        i,
        j + 1,
        TimeType::Time,
        Spec::TimeOfDay {
            day: Box::new(Spec::DocRelative {
                gran: Granularity::Day(1, 1),
                n: day,
            }),
            clock: part.to_string(),
        },
    )
}

/// "that day", "that year", "later that month", "the same day".
fn narrative(w: &Words, i: usize) -> Option<Found> {
    if w.is_listed(i, |t| t.narrative_determiners) {
        let (unit, _, end) = unit_at(w, i + 1)?;
        if let Some(Lex::Unit { plural: true, .. }) = w.lex(i + 1) {
            return None;
        }
        return found(
            i,
            end,
            TimeType::Date,
            Spec::Narrative {
                gran: Some(unit_gran(unit)),
                n: 0,
            },
        );
    }
    None
}

/// Relative days and references: "yesterday", "today morning", "tonight",
/// "now", "recently", "торік".
fn relative_word(w: &Words, i: usize) -> Option<Found> {
    match w.lex(i)? {
        Lex::DayOffset(n) => {
            let day = Spec::DocRelative {
                gran: Granularity::Day(1, 1),
                n,
            };
            if let Some(Lex::PartOfDay(part)) = w.lex(i + 1) {
                return found(
                    i,
                    i + 2,
                    TimeType::Time,
                    Spec::TimeOfDay {
                        day: Box::new(day),
                        clock: part.to_string(),
                    },
                );
            }
            found(i, i + 1, TimeType::Date, day)
        }
        Lex::Tonight => found(
            i,
            i + 1,
            TimeType::Time,
            Spec::TimeOfDay {
                day: Box::new(Spec::DocRelative {
                    gran: Granularity::Day(1, 1),
                    n: 0,
                }),
                clock: "NI".into(),
            },
        ),
        Lex::YearOffset(n) => found(
            i,
            i + 1,
            TimeType::Date,
            Spec::DocRelative {
                gran: Granularity::Year,
                n,
            },
        ),
        Lex::Reference(r) => {
            // "now" inside "just now" / "right now" is still present; but
            // "current" needs a following noun to be temporal.
            found(i, i + 1, TimeType::Date, Spec::Reference(r))
        }
        _ => None,
    }
}

/// "year-earlier", "year-ago" as adjectives ("the year-earlier quarter").
fn year_ago_adjective(w: &Words, i: usize) -> Option<Found> {
    if !w.is_listed(i, |t| t.year_ago_adjectives) {
        return None;
    }
    // "the year-earlier quarter", "the year-ago third quarter", "period"
    let mut end = i + 1;
    let quarter = EN.calendar.quarter_words;
    if matches!(w.lex(end), Some(Lex::Ordinal(_))) && w.is_any(end + 1, quarter) {
        end += 2;
    } else if w.is_any(end, quarter) || w.is_listed(end, |t| t.period_nouns) {
        end += 1;
    }
    found(
        i,
        end,
        TimeType::Date,
        Spec::YearsAgo {
            n: -1,
            narrative: false,
        },
    )
}

/// Every pattern that can start at `i`, without determiners or modifiers.
fn core(w: &Words, i: usize, after_the: bool, day_first_locale: bool) -> Option<Found> {
    if w.kind(i) == Some(TokenKind::Number) {
        return numeric_core(w, i, day_first_locale);
    }
    let Some(lex) = w.lex(i).filter(|l| *l != Lex::Cue) else {
        return unlisted_core(w, i, after_the);
    };
    listed_core(w, i, lex, after_the)
}

/// The longest of the candidates; of equal ones the first (`core` tries
/// patterns in order of preference).
fn longest(candidates: impl IntoIterator<Item = Option<Found>>) -> Option<Found> {
    let mut best: Option<Found> = None;
    for f in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| f.end > b.end) {
            best = Some(f);
        }
    }
    best
}

/// Patterns that start with a number: dates, years, clock times, counts.
fn numeric_core(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    longest([
        numeric_date(w, i, day_first_locale),
        day_first(w, i),
        year_or_decade(w, i),
        clock(w, i),
        count_unit(w, i),
    ])
}

/// Patterns that start with a word the time lexicon does not list: "Q3",
/// "third-quarter", "five-year", "twenty-four hours", "that day", "recent
/// years", "a week".
fn unlisted_core(w: &Words, i: usize, after_the: bool) -> Option<Found> {
    let mut best: Option<Found> = None;
    let mut consider = |f: Option<Found>| {
        if let Some(f) = f {
            if best.as_ref().is_none_or(|b| f.end > b.end) {
                best = Some(f);
            }
        }
    };
    let word = w.lower(i);
    if word.contains('-') || after_quarter_letter(word).is_some() {
        consider(quarter(w, i));
        consider(count_unit(w, i));
        consider(year_ago_adjective(w, i));
    }
    if w.is_listed(i, |t| t.narrative_determiners) {
        consider(narrative(w, i));
    }
    if w.is_listed(i, |t| t.recent_words) {
        // "recent years": the past; "recent months", "recent days": a
        // vague stretch up to now.
        if let Some(Lex::Unit { unit, plural: true }) = w.lex(i + 1) {
            let spec = if unit == Unit::Year || unit == Unit::Decade {
                (TimeType::Date, Spec::Reference("PAST_REF"))
            } else {
                (TimeType::Duration, Spec::Literal(unit.duration("X")))
            };
            consider(found(i, i + 2, spec.0, spec.1));
        }
    }
    if !after_the && w.is_listed(i, |t| t.indefinite_articles) {
        consider(per_unit(w, i));
        consider(count_unit(w, i));
    }
    best
}

/// Patterns that start with a word the time lexicon lists, by its class.
fn listed_core(w: &Words, i: usize, lex: Lex, after_the: bool) -> Option<Found> {
    match lex {
        Lex::Month { .. } => month_first(w, i),
        Lex::Weekday(_) => weekday(w, i, None),
        Lex::Number(_) | Lex::Vague => count_unit(w, i),
        Lex::Ordinal(_) => {
            let quarter = quarter(w, i);
            // "the first nine months"
            let counted = if after_the {
                count_unit(w, i + 1)
                    .filter(|f| f.kind == TimeType::Duration)
                    .map(|f| Found { start: i, ..f })
            } else {
                None
            };
            longest([quarter, counted])
        }
        Lex::Shift(_) => shifted(w, i, after_the),
        Lex::Season(_) => season(w, i, after_the),
        Lex::SetAdverb(_) | Lex::Every => set(w, i),
        Lex::DayOffset(_) | Lex::Tonight | Lex::YearOffset(_) | Lex::Reference(_) => {
            relative_word(w, i)
        }
        Lex::ClockWord(_) => clock(w, i),
        Lex::Holiday(month, day) => holiday(w, i, month, day),
        Lex::Unit { unit, plural: true }
            if w.is_listed(i.wrapping_sub(1), |t| t.vague_duration_openers)
                && !w.is_listed(i + 1, |t| t.of_prepositions) =>
        {
            // "within weeks", "for years": an unspecified number of units.
            found(
                i,
                i + 1,
                TimeType::Duration,
                Spec::Literal(unit.duration("X")),
            )
        }
        Lex::Fiscal => {
            // "fiscal year 2023"
            let year = singular_unit_forms(&EN, Unit::Year);
            let j = if w.is_any(i + 1, year) { i + 2 } else { i + 1 };
            let y = year_at(w, j)?;
            found(i, j + 1, TimeType::Date, Spec::Point(Point::year(y)))
        }
        // Slavic "рік тому" (a year ago), "тиждень тому".
        Lex::Unit {
            unit,
            plural: false,
        } if !w.is_latin(i) && w.lex(i + 1) == Some(Lex::Ago) => found(
            i,
            i + 2,
            TimeType::Date,
            Spec::DocRelative {
                gran: unit_gran(unit),
                n: -1,
            },
        ),
        _ => None,
    }
}

/// A holiday's name: "Christmas", "Christmas Day", "Christmas Eve",
/// "Thanksgiving Day"; an English one only capitalised.
fn holiday(w: &Words, i: usize, month: u8, day: u8) -> Option<Found> {
    if w.is_latin(i) && !w.is_capitalised(i) {
        return None;
    }
    let (day, end) = if w.is_listed(i + 1, |t| t.eve_words) && day > 1 {
        (day - 1, i + 2)
    } else if w.is_any(i + 1, singular_unit_forms(&EN, Unit::Day)) {
        (day, i + 2)
    } else {
        (day, i + 1)
    };
    let spec = if day == 0 {
        Spec::Thanksgiving
    } else {
        Spec::Partial(Granularity::Day(month, day))
    };
    found(i, end, TimeType::Date, spec)
}

/// Whether a word can begin a time expression at all (the quick rejection).
pub(crate) fn may_start(w: &Words, i: usize) -> bool {
    match w.kind(i) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            w.lex(i).is_some() || {
                let word = w.lower(i);
                let bytes = word.as_bytes();
                // "Q3": a quarter letter and a digit.
                (bytes.len() == 2 && after_quarter_letter(word).is_some_and(|rest| rest.len() == 1))
                    || (bytes.len() > 4 && word.contains('-'))
            }
        }
        _ => false,
    }
}

/// The longest time expression starting at token `i`, with its
/// determiner ("the third quarter") and modifiers ("early 2022",
/// "mid-July", "the end of 1990", "nearly two years").
pub(crate) fn parse_at(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    // "the 1988 second quarter", "1988 third-quarter"
    let at = if w.is_listed(i, |t| t.definite_articles) {
        i + 1
    } else {
        i
    };
    if let Some(f) = year_then_quarter(w, at) {
        return Some(Found { start: i, ..f });
    }
    let f = parse_at_plain(w, i, day_first_locale)?;
    Some(possessive_quarter(w, f))
}

/// A year written before a quarter: "the 1988 second quarter".
fn year_then_quarter(w: &Words, i: usize) -> Option<Found> {
    let y = year_at(w, i)?;
    if matches!(w.lex(i + 1), Some(Lex::QuarterWord)) || w.is_listed(i + 1, |t| t.period_nouns) {
        return found(i, i + 2, TimeType::Date, Spec::FocusQuarterOf { year: y });
    }
    let q = quarter(w, i + 1)?;
    match q.spec {
        Spec::Partial(gran @ (Granularity::Quarter(_) | Granularity::Half(_))) => found(
            i,
            q.end,
            TimeType::Date,
            Spec::Point(Point { year: y, gran }),
        ),
        _ => None,
    }
}

/// "this year's third quarter", "next year's first half": the year's
/// possessive carries the quarter into that year.
fn possessive_quarter(w: &Words, f: Found) -> Found {
    if !w.is_any(f.end, &["'s", "\u{2019}s"]) {
        return f;
    }
    let Some(q) = quarter(w, f.end + 1) else {
        return f;
    };
    let Spec::Partial(gran @ (Granularity::Quarter(_) | Granularity::Half(_))) = q.spec else {
        return f;
    };
    let spec = match &f.spec {
        Spec::DocRelative {
            gran: Granularity::Year,
            n,
        } => Spec::InRelativeYear { gran, years: *n },
        Spec::Point(Point {
            year,
            gran: Granularity::Year,
        }) => Spec::Point(Point { year: *year, gran }),
        _ => return f,
    };
    Found {
        start: f.start,
        end: q.end,
        kind: TimeType::Date,
        spec,
    }
}

/// An expression at `i` with what may stand before its core: "mid-",
/// "the", "more than", "at least", "up to", "about", "early", "later".
fn parse_at_plain(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    let word = w.lower(i);
    // "mid-July", "mid-2022", "mid-afternoon"
    if let Some(rest) = after_middle_prefix(word) {
        return mid_month(w, i, rest);
    }
    // "mid-2022" is "mid" "-" "2022"
    if w.is_listed(i, |t| t.middle_prefixes) && w.is(i + 1, "-") && w.adjacent(i) {
        let f = core(w, i + 2, false, day_first_locale)?;
        return (f.kind == TimeType::Date).then_some(Found { start: i, ..f });
    }
    if w.is_listed(i, |t| t.definite_articles) {
        return the_phrase(w, i, day_first_locale).break_value().flatten();
    }
    // "more than", "at least"
    if let Some(j) = w.phrase_end(i, |t| t.bound_phrases) {
        let f = core(w, j, false, day_first_locale)?;
        return modifiable(&f).then_some(Found { start: i, ..f });
    }
    // "up to"
    if let Some(j) = w.phrase_end(i, |t| t.duration_bound_phrases) {
        let f = core(w, j, false, day_first_locale)?;
        return (f.kind == TimeType::Duration).then_some(Found { start: i, ..f });
    }
    // "some" is no approximator here: the table reads it as a vague count.
    match w.lex(i) {
        Some(Lex::Approx) => {
            let f = core(w, i + 1, false, day_first_locale)?;
            modifiable(&f).then_some(Found { start: i, ..f })
        }
        Some(Lex::Part(part)) => part_phrase(w, i, part, day_first_locale),
        Some(Lex::Later(_)) => later_phrase(w, i, day_first_locale),
        _ => core(w, i, false, day_first_locale),
    }
}

/// "mid-July", "mid-July 2022": a month's middle (`rest` is what follows
/// "mid-"); any other "mid-" word is no expression here.
fn mid_month(w: &Words, i: usize, rest: &str) -> Option<Found> {
    let Some(Lex::Month { month, .. }) = crate::lexicon::lookup(rest) else {
        return None;
    };
    let j = i + 1;
    if let Some(y) = year_at(w, j) {
        return found(
            i,
            j + 1,
            TimeType::Date,
            Spec::Point(Point::month(y, month)),
        );
    }
    found(
        i,
        j,
        TimeType::Date,
        Spec::Partial(Granularity::Month(month)),
    )
}

/// "early 2022", "late November", "the end of": only "early", "late",
/// "mid" stand alone; "початку"/"начале" too.
fn part_phrase(w: &Words, i: usize, part: PartOf, day_first_locale: bool) -> Option<Found> {
    let of = w.is_listed(i + 1, |t| t.of_prepositions);
    let j = if of { i + 2 } else { i + 1 };
    let standalone = w.is_listed(i, |t| t.standalone_period_parts)
        || (!w.is_latin(i) && part != PartOf::Mid || w.is_listed(i, |t| t.mid_words));
    let part_of = of && w.is_listed(i, |t| t.period_parts_before_of);
    if !(standalone || part_of) {
        return core(w, i, false, day_first_locale);
    }
    if let Some(f) = core(w, j, false, day_first_locale) {
        if point_like(&f) {
            return Some(Found { start: i, ..f });
        }
    }
    // "earlier this year", "later this month"
    None
}

/// "earlier this year", "later that month", "later this week".
fn later_phrase(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    let f = core(w, i + 1, false, day_first_locale)?;
    let ok = matches!(
        f.spec,
        Spec::DocRelative { n: 0, .. } | Spec::Narrative { n: 0, .. }
    ) && w.is_listed(i + 1, |t| t.focus_determiners);
    ok.then_some(Found { start: i, ..f })
}

/// "the ...": the constructions that begin with "the", tried in turn; the
/// first that breaks gives the answer, `None` included.
fn the_phrase(w: &Words, i: usize, day_first_locale: bool) -> ControlFlow<Option<Found>> {
    the_week_of(w, i, day_first_locale)?;
    the_part_of(w, i, day_first_locale)?;
    the_decade_part(w, i, day_first_locale)?;
    if w.is_listed(i + 1, |t| t.future_nouns) {
        return ControlFlow::Break(found(
            i,
            i + 2,
            TimeType::Date,
            Spec::Reference("FUTURE_REF"),
        ));
    }
    the_shift(w, i, day_first_locale)?;
    the_unit_relative(w, i)?;
    the_quarter(w, i)?;
    the_time_after_at(w, i)?;
    ControlFlow::Break(the_kept_core(w, i, day_first_locale))
}

/// "the week of March 6": the week around a day.
fn the_week_of(w: &Words, i: usize, day_first_locale: bool) -> ControlFlow<Option<Found>> {
    if w.is_any(i + 1, singular_unit_forms(&EN, Unit::Week))
        && w.is_listed(i + 2, |t| t.of_prepositions)
    {
        if let Some(f) = core(w, i + 3, false, day_first_locale) {
            let day = matches!(
                f.spec,
                Spec::Point(Point {
                    gran: Granularity::Day(..),
                    ..
                }) | Spec::Partial(Granularity::Day(..))
            );
            if day {
                let week = found(i, f.end, TimeType::Date, Spec::WeekOf(Box::new(f.spec)));
                return ControlFlow::Break(week);
            }
        }
    }
    ControlFlow::Continue(())
}

/// "the end of 2022", "the beginning of next year".
fn the_part_of(w: &Words, i: usize, day_first_locale: bool) -> ControlFlow<Option<Found>> {
    if let Some(Lex::Part(_)) = w.lex(i + 1) {
        if w.is_listed(i + 2, |t| t.of_prepositions) {
            let f = core(w, i + 3, false, day_first_locale);
            return ControlFlow::Break(f.filter(point_like).map(|f| Found { start: i, ..f }));
        }
    }
    ControlFlow::Continue(())
}

/// "the late 1970s", "the mid-1990s": the decade keeps its "the".
fn the_decade_part(w: &Words, i: usize, day_first_locale: bool) -> ControlFlow<Option<Found>> {
    if !(w.is_listed(i + 1, |t| t.standalone_period_parts)
        || after_middle_prefix(w.lower(i + 1)).is_some())
    {
        return ControlFlow::Continue(());
    }
    let f = parse_at(w, i + 1, day_first_locale).map(|f| {
        let decade = matches!(
            f.spec,
            Spec::Point(Point {
                gran: Granularity::Decade | Granularity::Century,
                ..
            })
        );
        if decade {
            Found { start: i, ..f }
        } else {
            f
        }
    });
    ControlFlow::Break(f)
}

/// "the same day", "the following week", "the next few days", "the past".
fn the_shift(w: &Words, i: usize, day_first_locale: bool) -> ControlFlow<Option<Found>> {
    // "the same", and the shifts after "the" that count from the narrative.
    let opens = w.is_listed(i + 1, |t| t.same_words)
        || w.is_listed(i + 1, |t| t.narrative_shifts)
        || w.is_listed(i + 1, |t| t.narrative_day_shifts);
    if !(opens || matches!(w.lex(i + 1), Some(Lex::Shift(_)))) {
        return ControlFlow::Continue(());
    }
    if w.is_listed(i + 1, |t| t.same_words) {
        return ControlFlow::Break(narrative(w, i + 1).map(|f| Found { start: i, ..f }));
    }
    if let Some(f) = core(w, i + 1, true, day_first_locale) {
        return ControlFlow::Break(Some(Found { start: i, ..f }));
    }
    if w.is_listed(i + 1, |t| t.past_nouns) && w.boundary(i + 2, w.sentence(i + 1).unwrap_or(0)) {
        let past = found(i, i + 2, TimeType::Date, Spec::Reference("PAST_REF"));
        return ControlFlow::Break(past);
    }
    ControlFlow::Break(None)
}

/// "the day before", "the week after", "the weekend".
fn the_unit_relative(w: &Words, i: usize) -> ControlFlow<Option<Found>> {
    if let Some(Lex::Unit {
        unit,
        plural: false,
    }) = w.lex(i + 1)
    {
        if let Some(Lex::Later(n)) = w.lex(i + 2) {
            if w.boundary(i + 3, w.sentence(i + 2).unwrap_or(0)) {
                return ControlFlow::Break(found(
                    i,
                    i + 3,
                    TimeType::Date,
                    Spec::Narrative {
                        gran: Some(unit_gran(unit)),
                        n,
                    },
                ));
            }
        }
        if unit == Unit::Weekend {
            return ControlFlow::Break(found(i, i + 2, TimeType::Date, Spec::Weekend));
        }
    }
    ControlFlow::Continue(())
}

/// "the quarter", "the latest quarter": the quarter in focus.
fn the_quarter(w: &Words, i: usize) -> ControlFlow<Option<Found>> {
    let quarter = EN.calendar.quarter_words;
    if w.is_any(i + 1, quarter)
        || (w.is_listed(i + 1, |t| t.latest_words) && w.is_any(i + 2, quarter))
    {
        let end = if w.is_any(i + 1, quarter) {
            i + 2
        } else {
            i + 3
        };
        return ControlFlow::Break(found(i, end, TimeType::Date, Spec::FocusQuarter));
    }
    ControlFlow::Continue(())
}

/// "the time" after "at": the time in focus.
fn the_time_after_at(w: &Words, i: usize) -> ControlFlow<Option<Found>> {
    let phrase_end = i
        .checked_sub(1)
        .and_then(|at| w.phrase_end(at, |t| t.focus_time_phrases));
    if phrase_end == Some(i + 2) && w.boundary(i + 2, w.sentence(i + 1).unwrap_or(0)) {
        return ControlFlow::Break(found(
            i,
            i + 2,
            TimeType::Date,
            Spec::Narrative { gran: None, n: 0 },
        ));
    }
    ControlFlow::Continue(())
}

/// "the" before any other expression: kept where it belongs to it ("the
/// third quarter", "the 1990s", "the two years"), else left out.
fn the_kept_core(w: &Words, i: usize, day_first_locale: bool) -> Option<Found> {
    let f = core(w, i + 1, true, day_first_locale)?;
    let keep_the = match &f.spec {
        Spec::Partial(Granularity::Quarter(_) | Granularity::Half(_) | Granularity::Season(_)) => {
            true
        }
        Spec::Point(Point {
            gran:
                Granularity::Decade
                | Granularity::Century
                | Granularity::Quarter(_)
                | Granularity::Half(_),
            ..
        }) => true,
        Spec::Literal(_) => {
            f.kind == TimeType::Duration && !w.is_listed(i + 1, |t| t.bare_articles)
        }
        // "the year-earlier quarter", not "the a year earlier".
        Spec::YearsAgo { .. } => w.is_listed(i + 1, |t| t.year_ago_adjectives),
        _ => false,
    };
    keep_the.then_some(Found { start: i, ..f })
}

/// Expressions a part-of modifier can apply to ("early 2022", "late November").
fn point_like(f: &Found) -> bool {
    f.kind == TimeType::Date
        && matches!(
            f.spec,
            Spec::Point(_)
                | Spec::Partial(Granularity::Month(_) | Granularity::Season(_) | Granularity::Year)
                | Spec::DocRelative { .. }
                | Spec::ShiftedMonth { .. }
                | Spec::MonthOfRelativeYear { .. }
                | Spec::SeasonRelative { .. }
        )
}

/// Expressions an approximation can apply to ("nearly two years", "about a
/// decade ago").
fn modifiable(f: &Found) -> bool {
    f.kind == TimeType::Duration
        || matches!(
            f.spec,
            Spec::DocRelative { .. } | Spec::Narrative { .. } | Spec::YearsAgo { .. }
        )
}
