//! One quantity read from its numbers outwards: the range they make, the
//! comparator, unit, rate and change around them, and the spans.

use claimtrace_core::Span;

use super::phrases::{
    change_before, change_subject, comparator_after, comparator_before, currency_before,
    old_level_before, range_end,
};
use super::rejection::rejection;
use super::unit::{rate_at, unit_after};
use super::{is_dash_before, is_month_at, tidy, Blocked, Found, Scan};
use crate::number::NumberMatch;
use crate::units::{change_noun, is_stop_word, words, UnitKind};

/// What the numbers from `numbers[k]` on make.
pub(super) enum RangeRead {
    /// One number.
    Single,
    /// A range `low`-`high`, opened by the words at `opener` ("between");
    /// the scan goes on at `numbers[next]`.
    Range {
        low: NumberMatch,
        high: NumberMatch,
        opener: Option<usize>,
        next: usize,
    },
    /// A score or days ("won 2-1", "16-17 July"): no quantity; the scan goes
    /// on at `numbers[next]`.
    Score { next: usize },
}

/// Whether `numbers[k]` opens a range, a score, or stands alone.
pub(super) fn read_range(
    s: &mut Scan,
    numbers: &[NumberMatch],
    k: usize,
    blocked: &Blocked,
) -> RangeRead {
    let Some(&n) = numbers.get(k) else {
        return RangeRead::Single;
    };
    let Some((open, high_index)) = range_not_level_change(s, numbers, k) else {
        return RangeRead::Single;
    };
    let Some(&h) = numbers.get(high_index) else {
        return RangeRead::Single;
    };
    if rejection(s, &h, blocked).is_some() && !is_dash_before(s, &h) {
        return RangeRead::Single;
    }
    let mut l = n;
    // "5-6 million", "£5-6bn": the high end lends its scale.
    if l.scale == 1.0 && h.scale > 1.0 && l.value * h.scale <= h.value {
        l.value *= h.scale;
    }
    // "won 2-1", "drew 1-1": scores, not ranges; "16-17 July": days.
    let days = l.plain_integer
        && h.plain_integer
        && h.value <= 31.0
        && (is_month_at(s, h.next) || (l.first > 0 && is_month_at(s, l.first - 1)));
    let is_score = (l.value >= h.value && open.is_none()) || days;
    let year_span = open.is_none()
        && l.plain_integer
        && h.plain_integer
        && l.integer_digits == 4
        && h.integer_digits == 4
        && h.value <= 2100.0;
    if is_score {
        RangeRead::Score {
            next: high_index + 1,
        }
    } else if !year_span {
        RangeRead::Range {
            low: l,
            high: h,
            opener: open,
            next: high_index + 1,
        }
    } else {
        RangeRead::Single
    }
}

/// The range `numbers[k]` opens, unless it is an old and a new level:
/// "rose from 5% to 7%", "cut VAT from 20% to 7%".
fn range_not_level_change(
    s: &mut Scan,
    numbers: &[NumberMatch],
    k: usize,
) -> Option<(Option<usize>, usize)> {
    let n = numbers.get(k)?;
    range_end(s, numbers, k).filter(|&(open, high_index)| {
        open.is_none_or(|o| {
            let from = words().level_from_words.contains(s.lower(o));
            // "ставку ПДВ з 20% до 7%", "cut VAT from 20% to 7%": a
            // fall from an old level to a new one, not a range.
            let falls = numbers.get(high_index).is_some_and(|h| {
                h.value < n.value
                    && h.first > 0
                    && words().range_to_words.contains(s.lower(h.first - 1))
            });
            !(from && (falls || change_before(s, o).is_some()))
        })
    })
}

/// A quantity being read: its numbers, and what has been read around them.
pub(super) struct Draft {
    low: NumberMatch,
    high: Option<NumberMatch>,
    /// The range word before the low number ("between").
    opener: Option<usize>,
    /// The currency written before the low number, and its first piece.
    currency: Option<(&'static str, usize)>,
    /// The first piece of the range word, currency or number.
    lead: usize,
    comparator: &'static str,
    /// The first piece of a comparator written before.
    cmp_start: Option<usize>,
    /// The byte end of a comparator written after.
    cmp_after_end: Option<usize>,
    /// The old level of a change ("from 20% to 7%").
    old_level: Option<f64>,
    /// The piece after what has been read.
    after: usize,
    unit_kind: UnitKind,
    unit_name: Option<String>,
    unit_end: Option<usize>,
    /// Multiplies the value (metres read from "m": 1e-6).
    factor: f64,
}

impl Draft {
    /// The quantity of the numbers `low` (to `high`, opened by the range
    /// word at `opener`), read outwards; `k` indexes the number after `low`.
    pub(super) fn read(
        s: &mut Scan,
        numbers: &[NumberMatch],
        k: usize,
        low: NumberMatch,
        high: Option<NumberMatch>,
        opener: Option<usize>,
    ) -> Found {
        let mut draft = Draft::new(s, low, high, opener);
        draft.read_comparator_before(s, numbers, k);
        draft.read_comparator_after(s);
        draft.skip_abbreviation_dot(s);
        draft.read_unit(s);
        draft.read_late_comparator(s);
        draft.finish(s)
    }

    /// A draft of the numbers `low` (to `high`) with the currency before them.
    fn new(
        s: &mut Scan,
        low: NumberMatch,
        high: Option<NumberMatch>,
        opener: Option<usize>,
    ) -> Self {
        let currency = currency_before(s, low.first);
        let lead = opener.unwrap_or_else(|| currency.map_or(low.first, |c| c.1));
        Draft {
            low,
            high,
            opener,
            currency,
            lead,
            comparator: "=",
            cmp_start: None,
            cmp_after_end: None,
            old_level: None,
            after: high.unwrap_or(low).next,
            unit_kind: UnitKind::None,
            unit_name: None,
            unit_end: None,
            factor: 1.0,
        }
    }

    /// The last number read (the high end of a range).
    fn last(&self) -> NumberMatch {
        self.high.unwrap_or(self.low)
    }

    /// The comparator written before ("more than", "up to"), and the old
    /// level of a change; `k` indexes the number after the low one.
    fn read_comparator_before(&mut self, s: &mut Scan, numbers: &[NumberMatch], k: usize) {
        if let Some((c, start)) = comparator_before(s, self.lead) {
            self.comparator = c;
            self.cmp_start = Some(start);
        }
        // "с 20% до 7%": "до" after an old level is "to" the new level,
        // not "up to".
        if self.high.is_none() {
            self.old_level = old_level_before(s, numbers, k.wrapping_sub(2), self.lead);
        }
        if self.old_level.is_some()
            && self.comparator == "<="
            && self.cmp_start == self.lead.checked_sub(1)
        {
            self.comparator = "=";
            self.cmp_start = None;
        }
    }

    /// A comparator written right after the numbers ("or more", "or
    /// equal"), combined with the one before.
    fn read_comparator_after(&mut self, s: &mut Scan) {
        let Some((c, next)) = comparator_after(s, self.after) else {
            return;
        };
        // "less than 5000 or equal": the bound is inclusive; "about 500
        // or more", "equal to 5000 or less": the later words decide.
        let combined = match (self.comparator, c) {
            (">", "or=") => Some(">="),
            ("<", "or=") => Some("<="),
            (_, "or=") => None,
            ("=" | "~", c) if self.high.is_none() => {
                if self.comparator == "~" {
                    self.cmp_start = None;
                }
                Some(c)
            }
            _ => None,
        };
        if let Some(c) = combined {
            self.comparator = c;
            self.cmp_after_end = s.piece(next - 1).map(|p| p.end());
            self.after = next;
        }
    }

    /// "5 тис. снарядів", "15 млн. грн": the abbreviation's full stop
    /// belongs to the number when the sentence goes on in lower case.
    fn skip_abbreviation_dot(&mut self, s: &mut Scan) {
        let after = self.after;
        let abbreviation_dot = s
            .piece(after)
            .is_some_and(|p| p.is_char('.') && !p.space_before())
            && words()
                .abbreviated_scales
                .contains(s.lower(after.wrapping_sub(1)))
            && s.piece(after + 1)
                .is_some_and(|p| p.is_word() && !p.capital() && !p.break_before());
        if abbreviation_dot {
            self.after += 1;
        }
    }

    /// The unit: the currency before the number wins over a currency word
    /// after it; else the unit after; else metres for a bare "10m".
    fn read_unit(&mut self, s: &mut Scan) {
        let value_is_one = self.high.is_none() && self.low.value == 1.0;
        let last = self.last();
        let mut unit = unit_after(
            s,
            self.after,
            value_is_one,
            last.lower_m,
            self.currency.is_some(),
        );
        if let Some((code, _)) = self.currency {
            self.unit_kind = UnitKind::Currency;
            self.unit_name = Some(code.to_string());
            // "$5 million dollars" or "US$ 5": a currency word after adds nothing.
            if let Some(u) = unit.as_ref().filter(|u| u.kind == UnitKind::Currency) {
                self.unit_end = Some(u.end);
                self.after = u.next;
            }
            unit = None;
        }
        if let Some(u) = unit.take() {
            self.unit_kind = u.kind;
            self.unit_name = Some(u.unit);
            self.unit_end = Some(u.end);
            self.factor = u.factor;
            self.after = u.next;
        }
        if self.unit_kind == UnitKind::None && last.lower_m {
            // "10m" with no currency and no counted noun: metres.
            self.unit_kind = UnitKind::Measure;
            self.unit_name = Some("m".into());
            self.factor = 1e-6;
        }
    }

    /// A comparator after the unit ("5 people or more") when none was
    /// written yet.
    fn read_late_comparator(&mut self, s: &mut Scan) {
        if self.cmp_after_end.is_some() {
            return;
        }
        if let Some((c, next)) = comparator_after(s, self.after).filter(|(c, _)| *c != "or=") {
            if self.cmp_start.is_none() {
                self.comparator = c;
                self.cmp_after_end = s.piece(next - 1).map(|p| p.end());
                self.after = next;
            }
        }
    }

    /// The rate after the unit ("per day"): (period, next piece, byte end).
    /// "half an hour", "a quarter of a day" are a duration, not a rate.
    fn read_rate(&mut self, s: &mut Scan) -> Option<(&'static str, usize, usize)> {
        let (period, next, end) = rate_at(s, self.after)?;
        let article = words().indefinite_articles.contains(s.lower(self.after));
        if article
            && self.unit_kind == UnitKind::None
            && self.high.is_none()
            && self.low.value <= 1.0
        {
            self.unit_kind = UnitKind::Measure;
            self.unit_name = Some(period.to_string());
            self.unit_end = Some(end);
            self.after = next;
            return None;
        }
        Some((period, next, end))
    }

    /// The change ("rose by", "a 5% fall", "from 20% to 7%") and what changed;
    /// `after_all` is the piece after the quantity.
    fn read_change(&self, s: &mut Scan, after_all: usize) -> (Option<&'static str>, Option<Span>) {
        let changed = change_before(s, self.cmp_start.unwrap_or(self.lead));
        let mut change = changed.map(|c| c.0);
        if change.is_none() {
            // "знизити ставку з 20% до 7%": the change the levels show.
            change = self.old_level.and_then(|old| {
                if self.low.value < old {
                    Some("down")
                } else if self.low.value > old {
                    Some("up")
                } else {
                    None
                }
            });
        }
        let subject = changed.and_then(|(_, verb)| change_subject(s, verb));
        if change.is_none() {
            let lower = s.lower(after_all).to_string();
            if let Some(up) = change_noun(&lower) {
                change = Some(if up { "up" } else { "down" });
            }
        }
        (change, subject)
    }

    /// The quantity: rate, change, elision and spans read, values scaled.
    fn finish(mut self, s: &mut Scan) -> Found {
        let rate = self.read_rate(s);
        let rate_end = rate.map(|r| r.2);
        let after_all = rate.map_or(self.after, |r| r.1);
        let (change, subject) = self.read_change(s, after_all);
        // Nothing noun-like follows: an elided unit may apply.
        let elidable = self.unit_kind == UnitKind::None && {
            let next_lower = s.lower(after_all).to_string();
            s.piece(after_all)
                .is_none_or(|p| !p.is_word() || p.break_before())
                || is_stop_word(&next_lower)
        };
        let (low, last) = (self.low, self.last());
        let number_start = self
            .opener
            .or(self.cmp_start)
            .map_or(low.start, |i| s.piece(i).map_or(low.start, |p| p.start()));
        let measure_start = self
            .currency
            .map_or(low.start, |c| s.piece(c.1).map_or(low.start, |p| p.start()));
        let start = number_start.min(measure_start);
        let number_end = self.cmp_after_end.unwrap_or(last.end).max(last.end);
        let measure_end = self.unit_end.unwrap_or(last.end).max(last.end);
        let end = number_end.max(measure_end).max(rate_end.unwrap_or(0));
        let factor = self.factor;
        let (value, lo, hi) = match self.high {
            Some(h) => (
                None,
                Some(tidy(low.value * factor)),
                Some(tidy(h.value * factor)),
            ),
            None => (Some(tidy(low.value * factor)), None, None),
        };
        Found {
            span: Span::new(start, end),
            number_span: Span::new(number_start.min(low.start), number_end),
            measure_span: Span::new(measure_start, measure_end),
            value,
            low: lo,
            high: hi,
            comparator: self.comparator,
            comparator_written: self.cmp_start.is_some() || self.cmp_after_end.is_some(),
            unit: self.unit_name,
            unit_kind: self.unit_kind,
            unit_elided: false,
            per: rate.map(|r| r.0),
            change,
            bounds_inclusive: None,
            subject,
            elidable,
        }
    }
}
