//! Places a parsed expression in the calendar: against the document date,
//! the tense of its clause, and the time in focus in the narrative.

use chrono::{Datelike, Duration, NaiveDate};
use claimtrace_core::TimeAnchor;

use crate::grammar::Spec;
use crate::lexicon::{is_future_marker, is_past_marker};
use crate::value::{value_without_year, Granularity, Point};
use crate::words::Words;

/// Which way the clause's tense points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Past,
    Future,
    Unknown,
}

/// How far (in tokens) to look for a tense marker on either side.
const TENSE_WINDOW: usize = 25;

/// The tense nearest to tokens `start..end` in the same sentence.
pub(crate) fn direction(w: &Words, start: usize, end: usize) -> Direction {
    let Some(sentence) = w.sentence(start) else {
        return Direction::Unknown;
    };
    // "since March": the start of a stretch that reaches the present.
    if start > 0 && w.is_listed(start - 1, |t| t.since_words) {
        return Direction::Past;
    }
    for step in 1..=TENSE_WINDOW {
        let right = end + step - 1;
        if right < w.len() && w.sentence(right) == Some(sentence) {
            if let Some(d) = marker_at(w, right) {
                return d;
            }
        }
        if let Some(left) = start.checked_sub(step) {
            if w.sentence(left) == Some(sentence) {
                if let Some(d) = marker_at(w, left) {
                    return d;
                }
            }
        }
    }
    Direction::Unknown
}

/// The tense marked at token `i`; a participle after "be" ("will be
/// held", "to be signed") marks nothing by itself.
fn marker_at(w: &Words, i: usize) -> Option<Direction> {
    let d = marker(w.lower(i))?;
    if d == Direction::Past && i > 0 && w.is_listed(i - 1, |t| t.participle_auxiliaries) {
        return None;
    }
    // "were planning to", "was expected to": a past auxiliary before a
    // future marker looks forward.
    if d == Direction::Past
        && w.is_listed(i, |t| t.past_auxiliaries)
        && marker(w.lower(i + 1)) == Some(Direction::Future)
    {
        return Some(Direction::Future);
    }
    Some(d)
}

fn marker(word: &str) -> Option<Direction> {
    if is_future_marker(word) {
        Some(Direction::Future)
    } else if is_past_marker(word) {
        Some(Direction::Past)
    } else {
        None
    }
}

/// What the narrative has in focus so far.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The document date, as a day.
    pub dct: Option<Point>,
    /// The last point in time the text placed something at.
    pub focus: Option<Point>,
    /// The last quarter mentioned (financial reports count by quarters).
    pub focus_quarter: Option<Point>,
}

pub(crate) struct Resolved {
    pub value: String,
    pub anchor: TimeAnchor,
    /// The point, when the value is one (updates the focus).
    pub point: Option<Point>,
}

fn resolved(value: String, anchor: TimeAnchor, point: Option<Point>) -> Option<Resolved> {
    Some(Resolved {
        value,
        anchor,
        point,
    })
}

fn point(p: Point, anchor: TimeAnchor) -> Option<Resolved> {
    resolved(p.value(), anchor, Some(p))
}

/// How far (in days) the nearest reading of a yearless date may lie on the
/// wrong side of the document date before the tense overrides it: reports
/// mention dates a few weeks ahead in the past tense ("said the offer
/// expires Dec. 7") and a few weeks back in the future tense.
fn tense_tolerance(gran: Granularity, dir: Direction) -> i64 {
    match gran {
        // Companies report the quarter just ended, whatever the tense of
        // the forecast around it ("third-quarter earnings will be lower"),
        // and a later quarter needs a future tense.
        Granularity::Quarter(_) if dir == Direction::Future => 100,
        Granularity::Quarter(_) => 40,
        Granularity::Season(_) => 100,
        Granularity::Half(_) => 190,
        _ => 62,
    }
}

/// The year that puts a yearless `gran` nearest the document date, unless
/// the tense points the other way and the nearest reading is not close
/// (past reporting takes the past June 30).
/// Days a future reading must beat the past one by when the tense is silent.
const FUTURE_PENALTY: i64 = 30;

fn place_year(dct: Point, gran: Granularity, dir: Direction) -> Option<Point> {
    let reference = dct.truncate(gran).first_day()?;
    let mut candidates: Vec<(Point, i64)> = Vec::with_capacity(3);
    for year in [dct.year - 1, dct.year, dct.year + 1] {
        let p = Point { year, gran };
        if let Some(d) = p.first_day() {
            candidates.push((p, (d - reference).num_days()));
        }
    }
    // near-ties go to the past: news mostly reports what happened
    let nearest = |ok: &dyn Fn(i64) -> bool| {
        candidates
            .iter()
            .filter(|(_, diff)| ok(*diff))
            .min_by_key(|(_, diff)| {
                (
                    diff.abs() + if *diff > 0 { FUTURE_PENALTY } else { 0 },
                    *diff > 0,
                )
            })
            .map(|(p, diff)| (*p, *diff))
    };
    let (best, diff) = nearest(&|_| true)?;
    let tolerance = tense_tolerance(gran, dir);
    let wrong_side = match dir {
        Direction::Past => diff > tolerance,
        Direction::Future => diff < -tolerance,
        Direction::Unknown => false,
    };
    if !wrong_side {
        return Some(best);
    }
    let consistent = match dir {
        Direction::Past => nearest(&|d| d <= 0),
        _ => nearest(&|d| d >= 0),
    };
    consistent.map(|(p, _)| p).or(Some(best))
}

fn weekday_near(
    dct: NaiveDate,
    weekday: u8,
    shift: Option<i32>,
    dir: Direction,
) -> Option<NaiveDate> {
    let today = i64::from(dct.weekday().number_from_monday());
    let target = i64::from(weekday.clamp(1, 7));
    let back = (today - target).rem_euclid(7); // days back to the last such weekday (0 = today)
    let forward = (target - today).rem_euclid(7);
    let offset = match shift {
        Some(-1) => -(if back == 0 { 7 } else { back }),
        Some(1) => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        Some(_) => target - today,
        None => match dir {
            Direction::Future => {
                if forward == 0 {
                    7
                } else {
                    forward
                }
            }
            // No tense: the nearer one, the past on a tie.
            Direction::Unknown if forward < back => forward,
            _ => -back,
        },
    };
    dct.checked_add_signed(Duration::try_days(offset)?)
}

/// Finest-first rank: can a point of `have` be shifted at `want`?
fn finer_or_equal(have: Granularity, want: Granularity) -> bool {
    fn rank(g: Granularity) -> u8 {
        match g {
            Granularity::Century => 0,
            Granularity::Decade => 1,
            Granularity::Year => 2,
            Granularity::Half(_) => 3,
            Granularity::Quarter(_) | Granularity::Season(_) => 4,
            Granularity::Month(_) => 5,
            Granularity::Week(_) | Granularity::Weekend(_) => 6,
            Granularity::Day(..) => 7,
        }
    }
    rank(have) >= rank(want)
}

/// The TIMEX3 value of a relative point when there is no document date:
/// only its granularity is known.
fn unknown_value(gran: Granularity) -> &'static str {
    match gran {
        Granularity::Century => "XX",
        Granularity::Decade => "XXX",
        Granularity::Year => "XXXX",
        Granularity::Half(_) => "XXXX-HX",
        Granularity::Quarter(_) => "XXXX-QX",
        Granularity::Season(_) => "XXXX-XX",
        Granularity::Month(_) => "XXXX-XX",
        Granularity::Week(_) => "XXXX-WXX",
        Granularity::Weekend(_) => "XXXX-WXX-WE",
        Granularity::Day(..) => "XXXX-XX-XX",
    }
}

/// Resolves `spec`; `dir` is computed only when the tense matters.
pub(crate) fn resolve(
    spec: &Spec,
    ctx: &Context,
    dir: &mut dyn FnMut() -> Direction,
) -> Option<Resolved> {
    use TimeAnchor::*;
    match spec {
        Spec::Point(p) => point(*p, Absolute),
        Spec::Literal(v) => resolved(v.clone(), Absolute, None),
        Spec::Reference(r) => resolved((*r).to_string(), DocumentDate, None),
        Spec::Partial(gran) => partial(*gran, ctx, dir),
        Spec::MonthOfRelativeYear { month, years } => {
            in_relative_year(Granularity::Month(*month), *years, ctx, false)
        }
        Spec::InRelativeYear { gran, years } => in_relative_year(*gran, *years, ctx, true),
        Spec::ShiftedMonth { month, n } => shifted_month(*month, *n, ctx),
        Spec::Weekend => weekend(ctx, dir),
        Spec::Weekday { weekday, shift } => weekday_point(*weekday, *shift, ctx, dir),
        Spec::DocRelative { gran, n } => match ctx.dct {
            Some(dct) => point(dct.truncate(*gran).shift(*n)?, DocumentDate),
            None => resolved(unknown_value(*gran).into(), DocumentDate, None),
        },
        Spec::YearsAgo { n, narrative } => years_ago(*n, *narrative, ctx),
        Spec::SeasonRelative { season, n } => season_relative(*season, *n, ctx),
        Spec::Narrative { gran, n } => narrative(*gran, *n, ctx),
        Spec::TimeOfDay { day, clock } => {
            let day = resolve(day, ctx, dir)?;
            let value = format!("{}T{clock}", day.value);
            resolved(value, day.anchor, day.point)
        }
        Spec::Thanksgiving => thanksgiving(ctx, dir),
        Spec::FocusQuarter => {
            let q = ctx.focus_quarter?;
            point(q, Narrative)
        }
        Spec::ShiftedDay { month, day, n } => shifted_day(*month, *day, *n, ctx),
        Spec::WeekOf(day) => {
            let r = resolve(day, ctx, dir)?;
            let p = r.point?;
            point(p.truncate(Granularity::Week(1)), r.anchor)
        }
        Spec::FocusQuarterOf { year } => match ctx.focus_quarter {
            Some(q) if matches!(q.gran, Granularity::Quarter(_)) => point(
                Point {
                    year: *year,
                    gran: q.gran,
                },
                Narrative,
            ),
            _ => point(Point::year(*year), Absolute),
        },
    }
}

/// A point without its year: the year from the document date and the
/// tense, else from the time in focus.
fn partial(
    gran: Granularity,
    ctx: &Context,
    dir: &mut dyn FnMut() -> Direction,
) -> Option<Resolved> {
    match (ctx.dct, ctx.focus) {
        (Some(dct), _) => point(place_year(dct, gran, dir())?, TimeAnchor::DocumentDate),
        (None, Some(focus)) => point(
            Point {
                year: focus.year,
                gran,
            },
            TimeAnchor::Narrative,
        ),
        (None, None) => resolved(value_without_year(gran), TimeAnchor::DocumentDate, None),
    }
}

/// `gran` in the year `years` from the document's: "December last year",
/// "the fourth quarter of last year"; `check_day` refuses a point with no
/// first day (a day that the year lacks).
fn in_relative_year(
    gran: Granularity,
    years: i32,
    ctx: &Context,
    check_day: bool,
) -> Option<Resolved> {
    let Some(dct) = ctx.dct else {
        return resolved(value_without_year(gran), TimeAnchor::DocumentDate, None);
    };
    let p = Point {
        year: dct.year + years,
        gran,
    };
    if check_day {
        p.first_day()?;
    }
    point(p, TimeAnchor::DocumentDate)
}

/// "last November", "next March": the nearest such month before or after
/// the document's.
fn shifted_month(month: u8, n: i32, ctx: &Context) -> Option<Resolved> {
    let gran = Granularity::Month(month);
    let Some(dct) = ctx.dct else {
        return resolved(value_without_year(gran), TimeAnchor::DocumentDate, None);
    };
    let this_month = dct.truncate(Granularity::Month(1));
    let dct_month = match this_month.gran {
        Granularity::Month(m) => m,
        _ => 1,
    };
    let year = match n.signum() {
        -1 if month >= dct_month => dct.year - 1,
        1 if month <= dct_month => dct.year + 1,
        _ => dct.year,
    };
    point(Point { year, gran }, TimeAnchor::DocumentDate)
}

/// "the weekend": this week's when the document is dated late in the week
/// or the clause looks ahead; else the one before.
fn weekend(ctx: &Context, dir: &mut dyn FnMut() -> Direction) -> Option<Resolved> {
    let Some(dct) = ctx.dct.and_then(|d| d.first_day()) else {
        return resolved("XXXX-WXX-WE".into(), TimeAnchor::DocumentDate, None);
    };
    let week = Point::from_date(dct).truncate(Granularity::Weekend(1));
    let p = if dct.weekday().num_days_from_monday() >= 4 || dir() == Direction::Future {
        week
    } else {
        week.shift(-1)?
    };
    point(p, TimeAnchor::DocumentDate)
}

/// A weekday: the one `shift` names, or the nearest the tense points to.
fn weekday_point(
    weekday: u8,
    shift: Option<i32>,
    ctx: &Context,
    dir: &mut dyn FnMut() -> Direction,
) -> Option<Resolved> {
    let Some(dct) = ctx.dct.and_then(|d| d.first_day()) else {
        return resolved(
            format!("XXXX-WXX-{weekday}"),
            TimeAnchor::DocumentDate,
            None,
        );
    };
    let direction = if shift.is_none() {
        dir()
    } else {
        Direction::Unknown
    };
    point(
        Point::from_date(weekday_near(dct, weekday, shift, direction)?),
        TimeAnchor::DocumentDate,
    )
}

/// "a year ago", "a year earlier": by quarters when a quarter is in focus;
/// a narrative one from the time in focus, else from the document date.
fn years_ago(n: i32, narrative: bool, ctx: &Context) -> Option<Resolved> {
    if let Some(q) = ctx.focus_quarter {
        return point(q.shift(n.checked_mul(4)?)?, TimeAnchor::Narrative);
    }
    let base = if narrative {
        ctx.focus.or(ctx.dct)
    } else {
        ctx.dct
    };
    let anchor = if narrative && ctx.focus.is_some() {
        TimeAnchor::Narrative
    } else {
        TimeAnchor::DocumentDate
    };
    match base {
        Some(b) => point(b.truncate(Granularity::Year).shift(n)?, anchor),
        None => resolved("XXXX".into(), anchor, None),
    }
}

/// "last summer" in November is this year's summer; in May, last year's.
/// "next spring" likewise looks to the next one.
fn season_relative(season: u8, n: i32, ctx: &Context) -> Option<Resolved> {
    let gran = Granularity::Season(season);
    let Some(dct) = ctx.dct else {
        return resolved(value_without_year(gran), TimeAnchor::DocumentDate, None);
    };
    let current = dct.truncate(gran).first_day();
    let this_year = Point {
        year: dct.year,
        gran,
    };
    let start = this_year.first_day();
    let year = match (n.signum(), start, current) {
        (-1, Some(s), Some(c)) if s < c => dct.year,
        (-1, _, _) => dct.year - 1,
        (1, Some(s), Some(c)) if s > c => dct.year,
        (1, _, _) => dct.year + 1,
        _ => dct.year,
    };
    point(Point { year, gran }, TimeAnchor::DocumentDate)
}

/// "a day later", "later that month", "at the time": the time in focus (the
/// document date when none is), shifted at a granularity no finer than its own.
fn narrative(gran: Option<Granularity>, n: i32, ctx: &Context) -> Option<Resolved> {
    let (base, anchor) = match (ctx.focus, ctx.dct) {
        (Some(f), _) => (f, TimeAnchor::Narrative),
        (None, Some(d)) => (d, TimeAnchor::DocumentDate),
        (None, None) => return resolved("XXXX".into(), TimeAnchor::Narrative, None),
    };
    match gran {
        None => point(base, anchor),
        Some(g) if finer_or_equal(base.gran, g) => point(base.truncate(g).shift(n)?, anchor),
        Some(_) => point(base, anchor),
    }
}

/// Thanksgiving, the fourth Thursday of November, in the year the tense gives.
fn thanksgiving(ctx: &Context, dir: &mut dyn FnMut() -> Direction) -> Option<Resolved> {
    let year = match ctx.dct {
        Some(dct) => place_year(dct, Granularity::Day(11, 25), dir())?.year,
        None => return resolved("XXXX-11-XX".into(), TimeAnchor::DocumentDate, None),
    };
    // The fourth Thursday: the first Thursday on or after Nov 22.
    let nov22 = NaiveDate::from_ymd_opt(year, 11, 22)?;
    let offset = (3 + 7 - i64::from(nov22.weekday().num_days_from_monday())) % 7;
    point(
        Point::from_date(nov22.checked_add_signed(Duration::try_days(offset)?)?),
        TimeAnchor::DocumentDate,
    )
}

/// "last Oct. 23", "next June 1": the nearest such day before or after the
/// document date.
fn shifted_day(month: u8, day: u8, n: i32, ctx: &Context) -> Option<Resolved> {
    let gran = Granularity::Day(month, day);
    let Some(dct) = ctx.dct else {
        return resolved(value_without_year(gran), TimeAnchor::DocumentDate, None);
    };
    let today = dct.first_day()?;
    let this_year = Point::day(dct.year, month, day)?.first_day()?;
    let year = match n.signum() {
        -1 if this_year >= today => dct.year - 1,
        1 if this_year <= today => dct.year + 1,
        _ => dct.year,
    };
    point(Point::day(year, month, day)?, TimeAnchor::DocumentDate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_follow_the_tense() {
        let Some(dct) = Point::parse_day("2023-07-16") else {
            panic!("bad test date");
        };
        let june30 = Granularity::Day(6, 30);
        let past = place_year(dct, june30, Direction::Past).map(|p| p.value());
        assert_eq!(past.as_deref(), Some("2023-06-30"));
        // A future clause keeps a date a fortnight back (reports slip), but
        // not one ten weeks back.
        let near = place_year(dct, june30, Direction::Future).map(|p| p.value());
        assert_eq!(near.as_deref(), Some("2023-06-30"));
        let may1 = Granularity::Day(5, 1);
        let future = place_year(dct, may1, Direction::Future).map(|p| p.value());
        assert_eq!(future.as_deref(), Some("2024-05-01"));
        // In January, "December" with past tense is last year's.
        let Some(jan) = Point::parse_day("2024-01-10") else {
            panic!("bad test date");
        };
        let dec = place_year(jan, Granularity::Month(12), Direction::Unknown).map(|p| p.value());
        assert_eq!(dec.as_deref(), Some("2023-12"));
    }

    #[test]
    fn weekdays_before_and_after() {
        let Some(sunday) = NaiveDate::from_ymd_opt(2023, 7, 16) else {
            panic!("bad test date");
        };
        let tue = weekday_near(sunday, 2, None, Direction::Past).map(|d| d.to_string());
        assert_eq!(tue.as_deref(), Some("2023-07-11"));
        let next_tue = weekday_near(sunday, 2, None, Direction::Future).map(|d| d.to_string());
        assert_eq!(next_tue.as_deref(), Some("2023-07-18"));
    }
}
