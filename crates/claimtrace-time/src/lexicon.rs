//! The time grammar's word table, built from every lexicon's month and
//! weekday names and `calendar` words (claimtrace-lexicon).
//!
//! Every key is lower-case with apostrophes normalised to `'`; the tables are
//! built once ([`OnceLock`]) and looked up per token, so most tokens are
//! rejected by a single hash probe.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Calendar units, from seconds to centuries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration for `n` of this unit (`n` = "X" when vague).
    pub fn duration(self, n: &str) -> String {
        match self {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Weekend => format!("P{n}WE"),
            Unit::Fortnight => match n.parse::<u32>() {
                Ok(k) => format!("P{}W", k * 2),
                Err(_) => "PXW".to_string(),
            },
            Unit::Month => format!("P{n}M"),
            // TimeML counts quarters in months: "three quarters" is P9M.
            Unit::Quarter => match n.parse::<u32>() {
                Ok(k) => format!("P{}M", k * 3),
                Err(_) => "PXM".to_string(),
            },
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => match n.parse::<u32>() {
                Ok(k) => format!("P{}Y", k * 10),
                Err(_) => "PXDE".to_string(),
            },
            Unit::Century => format!("P{n}CE"),
        }
    }

    /// The TIMEX3 set value for "every `n` units".
    pub fn set_value(self, n: u32) -> String {
        self.duration(&n.to_string())
    }
}

/// What a word can be in a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// A month name (1..=12); `abbr` when an English abbreviation.
    Month { month: u8, abbr: bool },
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// A unit word; `plural` when the form is plural (days, років, лет).
    Unit { unit: Unit, plural: bool },
    /// A cardinal number word.
    Number(u32),
    /// "several", "few", "many", "кілька": an unspecified count.
    Vague,
    /// An ordinal word (first = 1).
    Ordinal(u32),
    /// Days relative to today: yesterday = -1, today = 0, tomorrow = 1.
    DayOffset(i32),
    /// "tonight".
    Tonight,
    /// Years relative to this one in one word: торік = -1, цьогоріч = 0.
    YearOffset(i32),
    /// PRESENT_REF / PAST_REF / FUTURE_REF words.
    Reference(&'static str),
    /// "last" = -1, "this" = 0, "next" = 1 (and their Slavic cases).
    Shift(i32),
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// Part of the day: MO, AF, EV, NI.
    PartOfDay(&'static str),
    /// An adverb of frequency: daily (P1D), weekly, ...
    SetAdverb(&'static str),
    /// "every", "each", "per", "кожного", "каждый".
    Every,
    /// "ago", "тому", "назад".
    Ago,
    /// "later", "after" (+1) and "earlier", "before" (-1).
    Later(i32),
    /// Word for "year" after a number in Slavic dates (року, года, г).
    YearWord,
    /// "early" / "mid" / "late" and "beginning", "end", "middle".
    Part(PartOf),
    /// "about", "nearly", "almost", "over", "some", "around".
    Approx,
    /// "quarter".
    QuarterWord,
    /// "half".
    HalfWord,
    /// "noon", "midday" (12:00) and "midnight" (24:00).
    ClockWord(&'static str),
    /// "a.m." / "p.m." and friends: false = a.m.
    Meridiem(bool),
    /// "fiscal".
    Fiscal,
    /// "century".
    CenturyWord,
    /// A holiday on a fixed day (month, day); day 0 = Thanksgiving (the
    /// fourth Thursday of November).
    Holiday(u8, u8),
    /// A word that only opens a pattern with what follows it ("the", "a",
    /// "that", "more than"): listed so one lookup decides whether a token
    /// can start an expression.
    Cue,
}

/// Which part of a period: start, middle, end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartOf {
    Start,
    Mid,
    End,
}

fn add_forms(map: &mut HashMap<&'static str, Lex>, forms: &[&'static str], lex: Lex) {
    for f in forms {
        map.entry(f).or_insert(lex);
    }
}

/// The unit a lexicon's unit name stands for.
fn unit_named(name: &str) -> Option<Unit> {
    Some(match name {
        "second" => Unit::Second,
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "weekend" => Unit::Weekend,
        "fortnight" => Unit::Fortnight,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => return None,
    })
}

/// The part of a period a lexicon's key names.
fn part_named(name: &str) -> Option<PartOf> {
    match name {
        "start" => Some(PartOf::Start),
        "mid" => Some(PartOf::Mid),
        "end" => Some(PartOf::End),
        _ => None,
    }
}

/// The table from every lexicon: month and weekday names, then the
/// calendar words class by class. A word keeps the first reading it is
/// given ("second" is a unit before an ordinal).
fn build() -> HashMap<&'static str, Lex> {
    use claimtrace_lexicon::{CalendarWords, ALL};
    let mut m = HashMap::with_capacity(700);
    // --- months and weekdays: every language's ---
    for (i, month) in (1u8..=12).enumerate() {
        for lex in ALL {
            add_forms(&mut m, lex.months[i], Lex::Month { month, abbr: false });
            add_forms(
                &mut m,
                lex.month_abbreviations[i],
                Lex::Month { month, abbr: true },
            );
        }
    }
    for (i, day) in (1u8..=7).enumerate() {
        for lex in ALL {
            add_forms(&mut m, lex.weekdays[i], Lex::Weekday(day));
        }
    }
    let calendars = || ALL.iter().map(|lex| lex.calendar);
    for c in calendars() {
        for &(name, singular, plural) in c.units {
            if let Some(unit) = unit_named(name) {
                let one = Lex::Unit {
                    unit,
                    plural: false,
                };
                add_forms(&mut m, singular, one);
                add_forms(&mut m, plural, Lex::Unit { unit, plural: true });
            }
        }
    }
    /// A calendar class whose words carry a value each.
    type Keyed<K> = &'static [(K, &'static [&'static str])];
    fn keyed<K: Copy>(
        m: &mut HashMap<&'static str, Lex>,
        pick: fn(&CalendarWords) -> Keyed<K>,
        lex: impl Fn(K) -> Option<Lex>,
    ) {
        for c in ALL.iter().map(|l| l.calendar) {
            for &(key, words) in pick(c) {
                if let Some(x) = lex(key) {
                    add_forms(m, words, x);
                }
            }
        }
    }
    fn plain(
        m: &mut HashMap<&'static str, Lex>,
        pick: fn(&CalendarWords) -> &'static [&'static str],
        lex: Lex,
    ) {
        for c in ALL.iter().map(|l| l.calendar) {
            add_forms(m, pick(c), lex);
        }
    }
    keyed(&mut m, |c| c.cardinals, |n| Some(Lex::Number(n)));
    plain(&mut m, |c| c.vague_counts, Lex::Vague);
    keyed(&mut m, |c| c.ordinals, |n| Some(Lex::Ordinal(n)));
    keyed(&mut m, |c| c.day_offsets, |d| Some(Lex::DayOffset(d)));
    plain(&mut m, |c| c.tonight_words, Lex::Tonight);
    keyed(&mut m, |c| c.year_offsets, |y| Some(Lex::YearOffset(y)));
    keyed(&mut m, |c| c.references, |r| Some(Lex::Reference(r)));
    keyed(&mut m, |c| c.shifts, |s| Some(Lex::Shift(s)));
    keyed(&mut m, |c| c.seasons, |s| Some(Lex::Season(s)));
    keyed(&mut m, |c| c.parts_of_day, |p| Some(Lex::PartOfDay(p)));
    keyed(&mut m, |c| c.set_adverbs, |v| Some(Lex::SetAdverb(v)));
    plain(&mut m, |c| c.every_words, Lex::Every);
    plain(&mut m, |c| c.ago_words, Lex::Ago);
    keyed(&mut m, |c| c.later_words, |d| Some(Lex::Later(d)));
    plain(&mut m, |c| c.year_nouns, Lex::YearWord);
    keyed(&mut m, |c| c.period_parts, |p| part_named(p).map(Lex::Part));
    plain(&mut m, |c| c.approximators, Lex::Approx);
    plain(&mut m, |c| c.quarter_words, Lex::QuarterWord);
    plain(&mut m, |c| c.half_words, Lex::HalfWord);
    keyed(&mut m, |c| c.clock_words, |t| Some(Lex::ClockWord(t)));
    keyed(&mut m, |c| c.meridiems, |pm| Some(Lex::Meridiem(pm)));
    plain(&mut m, |c| c.fiscal_words, Lex::Fiscal);
    plain(&mut m, |c| c.cue_words, Lex::Cue);
    keyed(
        &mut m,
        |c| c.holidays,
        |(month, day)| Some(Lex::Holiday(month, day)),
    );
    plain(&mut m, |c| c.century_words, Lex::CenturyWord);
    m
}

pub use claimtrace_core::Fnv;

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

struct Table {
    words: HashMap<&'static str, Lex, FnvBuild>,
    /// One bit per possible first two bytes of a key: most words are
    /// rejected here without hashing.
    prefixes: Vec<u64>,
}

/// A filter key from a word's length and first, second and last bytes:
/// "the", "and", "said" share none with a time word.
fn prefix_of(word: &str) -> usize {
    let b = word.as_bytes();
    let first = usize::from(b.first().copied().unwrap_or(0));
    let second = usize::from(b.get(1).copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    let len = b.len().min(31);
    (len.wrapping_mul(0x9E37)
        ^ first.wrapping_mul(0x2F1)
        ^ second.wrapping_mul(0x61)
        ^ last.wrapping_mul(0x3B5))
        & 0xFFFF
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let built = build();
        let mut words: HashMap<&'static str, Lex, FnvBuild> =
            HashMap::with_capacity_and_hasher(built.len(), FnvBuild::default());
        let mut prefixes = vec![0u64; 65536 / 64];
        for (k, v) in built {
            let p = prefix_of(k);
            if let Some(slot) = prefixes.get_mut(p / 64) {
                *slot |= 1 << (p % 64);
            }
            words.insert(k, v);
        }
        Table { words, prefixes }
    })
}

/// Looks a lower-cased word up.
pub fn lookup(word: &str) -> Option<Lex> {
    let t = table();
    let p = prefix_of(word);
    let bit = t
        .prefixes
        .get(p / 64)
        .is_some_and(|slot| slot & (1 << (p % 64)) != 0);
    if !bit {
        return None;
    }
    t.words.get(word).copied()
}

/// Words that mark the future near a partial date ("will", "next", "буде").
pub fn is_future_marker(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str, FnvBuild>> = OnceLock::new();
    S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.future_markers.iter().copied())
            .collect()
    })
    .contains(word)
}

/// Words that mark the past near a partial date ("said", "was", "-ed" verbs,
/// Slavic past-tense endings).
pub fn is_past_marker(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str, FnvBuild>> = OnceLock::new();
    let listed = S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.past_markers.iter().copied())
            .collect()
    });
    if listed.contains(word) {
        return true;
    }
    // An English ending on a Cyrillic word, or the reverse, is no ending.
    let ascii = word.is_ascii();
    let times = || claimtrace_lexicon::ALL.iter().map(|lex| lex.times);
    word.chars().count() > 4
        && times()
            .flat_map(|t| t.past_tense_endings)
            .any(|ending| ending.is_ascii() == ascii && word.ends_with(ending))
        && !times().any(|t| t.not_past_tense_words.contains(&word))
}

/// The singular forms of `unit` in `lexicon` ("year", "week").
pub fn singular_unit_forms(
    lexicon: &claimtrace_lexicon::Lexicon,
    unit: Unit,
) -> &'static [&'static str] {
    lexicon
        .calendar
        .units
        .iter()
        .find(|&&(name, _, _)| unit_named(name) == Some(unit))
        .map_or(&[], |&(_, singular, _)| singular)
}

/// The value of an ordinal that the table reads as a unit ("second"), as
/// the lexicons list it: a word keeps its first class in the table.
pub fn ordinal_read_as_unit(word: &str) -> Option<u32> {
    if !matches!(lookup(word), Some(Lex::Unit { .. })) {
        return None;
    }
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.calendar.ordinals)
        .find_map(|&(n, words)| words.contains(&word).then_some(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_of_every_lexicon_are_read() {
        assert_eq!(
            lookup("днів"),
            Some(Lex::Unit {
                unit: Unit::Day,
                plural: true
            })
        );
        // A unit before an ordinal, a vague count before an approximator.
        assert_eq!(
            lookup("second"),
            Some(Lex::Unit {
                unit: Unit::Second,
                plural: false
            })
        );
        assert_eq!(lookup("some"), Some(Lex::Vague));
        assert_eq!(lookup("торік"), Some(Lex::YearOffset(-1)));
        assert_eq!(lookup("щороку"), Some(Lex::SetAdverb("P1Y")));
        assert_eq!(lookup("наприкінці"), Some(Lex::Part(PartOf::End)));
        assert_eq!(lookup("рождества"), Some(Lex::Holiday(1, 7)));
        assert_eq!(lookup("p.m."), Some(Lex::Meridiem(true)));
        assert_eq!(lookup("said"), None);
    }

    #[test]
    fn slavic_month_cases_map_to_one_month() {
        for w in ["липня", "липні", "июля", "июле", "июль"] {
            assert_eq!(
                lookup(w),
                Some(Lex::Month {
                    month: 7,
                    abbr: false
                }),
                "{w}"
            );
        }
        assert_eq!(
            lookup("грудні"),
            Some(Lex::Month {
                month: 12,
                abbr: false
            })
        );
        assert_eq!(
            lookup("декабре"),
            Some(Lex::Month {
                month: 12,
                abbr: false
            })
        );
    }

    #[test]
    fn tense_markers() {
        assert!(is_past_marker("announced"));
        assert!(is_past_marker("заявив"));
        assert!(is_past_marker("заявила"));
        assert!(!is_past_marker("scheduled"));
        assert!(is_future_marker("will"));
    }

    #[test]
    fn the_only_ordinal_read_as_a_unit_is_second() {
        let shadowed: Vec<(&str, u32)> = claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.calendar.ordinals)
            .flat_map(|&(n, words)| words.iter().map(move |w| (*w, n)))
            .filter(|(w, _)| ordinal_read_as_unit(w).is_some())
            .collect();
        assert_eq!(shadowed, vec![("second", 2)]);
        assert_eq!(ordinal_read_as_unit("second"), Some(2));
        assert_eq!(ordinal_read_as_unit("third"), None);
        assert_eq!(ordinal_read_as_unit("week"), None);
    }
}
