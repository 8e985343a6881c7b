//! From numbers to quantities: what is not a count (years, dates, names,
//! calibres, ordinals), comparators, ranges, units, rates and changes.
//!
//! [`find_quantities`] scans the numbers; [`rejection()`] drops those that are
//! no quantity, [`draft`] reads each quantity outwards with the words of
//! [`phrases`] and the units of [`unit`].

mod draft;
mod phrases;
mod rejection;
mod unit;

use draft::{read_range, Draft, RangeRead};
use rejection::rejection;

use claimtrace_core::Span;

use crate::lex::{lex, lower_into, Piece, PieceKind};
use crate::lexicon::Lex;
use crate::number::{scan_numbers, Locale, NumberMatch};
use crate::units::{words, UnitKind};

/// A quantity found in text, with the spans each evaluation needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// Everything that states it: comparator, number(s), unit, rate
    /// ("between 5,000 and 6,000 155-caliber shells per day").
    pub span: Span,
    /// The comparator or range words and the numbers only ("more than thirty").
    pub number_span: Span,
    /// Currency sign, number(s) and unit word ("$ 75 million", "3-inch").
    pub measure_span: Span,
    /// The value; `None` for a range.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// `=` `~` `<` `<=` `>` `>=`.
    pub comparator: &'static str,
    /// The comparator is written ("more than", "or less", ">="), not implied.
    pub comparator_written: bool,
    pub unit: Option<String>,
    pub unit_kind: UnitKind,
    /// The unit was not written: carried from an earlier quantity.
    pub unit_elided: bool,
    pub per: Option<&'static str>,
    /// `up` / `down`.
    pub change: Option<&'static str>,
    /// What changed: the words before a change verb ("Prices" in "Prices
    /// rose by 76%").
    pub subject: Option<Span>,
    /// For a range made of two written bounds ("more than 10 and at most
    /// 40"): whether the low and the high end are included.
    pub bounds_inclusive: Option<(bool, bool)>,
    /// Nothing noun-like follows: an earlier quantity's unit may apply.
    pub(crate) elidable: bool,
}

struct Scan<'a> {
    text: &'a str,
    pieces: &'a [Piece],
    buf: String,
}

impl<'a> Scan<'a> {
    fn piece(&self, i: usize) -> Option<&'a Piece> {
        self.pieces.get(i)
    }

    fn before(&self, i: usize) -> Option<&'a Piece> {
        i.checked_sub(1).and_then(|j| self.pieces.get(j))
    }

    /// The lower-cased word at `i` (borrowing the scan's buffer), or "".
    fn lower(&mut self, i: usize) -> &str {
        self.buf.clear();
        if let Some(p) = self.pieces.get(i) {
            if p.is_word() {
                if let Some(w) = self.text.get(p.start()..p.end()) {
                    lower_into(w, &mut self.buf);
                }
            }
        }
        &self.buf
    }

    fn word_is(&mut self, i: usize, target: &str) -> bool {
        self.lower(i) == target
    }

    fn raw(&self, i: usize) -> &'a str {
        self.pieces
            .get(i)
            .and_then(|p| self.text.get(p.start()..p.end()))
            .unwrap_or("")
    }
}

fn is_dash(p: &Piece) -> bool {
    matches!(p.kind, PieceKind::Other('-' | '–' | '—' | '−'))
}

fn is_cyrillic(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Spans no quantity may overlap, sorted for O(log n) overlap queries
/// (a scan of every time expression per number was quadratic).
struct Blocked {
    /// Sorted by start.
    spans: Vec<Span>,
    /// `max_end[i]`: the greatest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl Blocked {
    fn new(spans: &[Span]) -> Self {
        let mut spans = spans.to_vec();
        spans.sort_unstable_by_key(|s| s.start);
        let max_end = spans
            .iter()
            .scan(0usize, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Blocked { spans, max_end }
    }

    /// Whether any span overlaps `span` (`start < span.end && span.start < end`).
    fn overlaps(&self, span: Span) -> bool {
        let before_end = self.spans.partition_point(|b| b.start < span.end);
        before_end
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&end| end > span.start)
    }
}

/// Every quantity in `text`. `blocked` spans (time expressions) hold no quantity.
pub fn find_quantities(text: &str, locale: Locale, blocked: &[Span]) -> Vec<Found> {
    let blocked = &Blocked::new(blocked);
    let pieces = lex(text);
    let numbers = scan_numbers(text, &pieces, locale);
    let mut s = Scan {
        text,
        pieces: &pieces,
        buf: String::with_capacity(32),
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < numbers.len() {
        let Some(&n) = numbers.get(k) else { break };
        k += 1;
        if rejection(&mut s, &n, blocked).is_some() {
            continue;
        }
        let (low, high, opener) = match read_range(&mut s, &numbers, k - 1, blocked) {
            RangeRead::Single => (n, None, None),
            RangeRead::Range {
                low,
                high,
                opener,
                next,
            } => {
                k = next;
                (low, Some(high), opener)
            }
            RangeRead::Score { next } => {
                k = next;
                continue;
            }
        };
        out.push(Draft::read(&mut s, &numbers, k, low, high, opener));
    }
    let factors = factor_verbs(&pieces);
    // The pieces (16 bytes per 4-5 bytes of text) are freed before the
    // bounds are merged and the quantities sorted, the stage's peak.
    drop(s);
    drop(numbers);
    drop(pieces);
    let mut out = merge_two_sided_bounds(text, out);
    out.reserve_exact(factors.len());
    out.extend(factors);
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out
}

/// Factor verbs: "doubled", "halved" (added after the bounds are merged).
fn factor_verbs(pieces: &[Piece]) -> Vec<Found> {
    let mut factors = Vec::new();
    for p in pieces {
        if let Some(Lex::Factor(v, up)) = p.lex() {
            factors.push(Found {
                span: Span::new(p.start(), p.end()),
                number_span: Span::new(p.start(), p.end()),
                measure_span: Span::new(p.start(), p.end()),
                value: Some(v),
                comparator: "=",
                unit: Some("times".into()),
                unit_kind: UnitKind::Measure,
                change: Some(if up { "up" } else { "down" }),
                ..Default::default()
            });
        }
    }
    factors
}

fn is_dash_before(s: &Scan, h: &NumberMatch) -> bool {
    s.before(h.first).is_some_and(is_dash)
}

/// Sentence and quote spans, sorted, for bounded look-ups of the innermost
/// one holding a span (a hostile document with many of both stays linear).
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    sorted: Vec<Span>,
}

/// How many scopes starting before a span are tried: nested quotes inside a
/// sentence are few; more are not looked at.
const SCOPE_LOOKBACK: usize = 8;

impl Scopes {
    pub fn new(mut spans: Vec<Span>) -> Scopes {
        spans.retain(|s| s.start <= s.end);
        spans.sort();
        Scopes { sorted: spans }
    }

    /// The smallest scope holding `span`.
    pub fn innermost(&self, span: Span) -> Option<Span> {
        let upto = self.sorted.partition_point(|s| s.start <= span.start);
        self.sorted[..upto]
            .iter()
            .rev()
            .take(SCOPE_LOOKBACK)
            .filter(|s| s.contains(span))
            .min_by_key(|s| s.len())
            .copied()
    }

    /// Some scope holds both spans.
    pub fn together(&self, a: Span, b: Span) -> Option<Span> {
        let both = Span::new(a.start.min(b.start), a.end.max(b.end));
        self.innermost(both)
    }
}

/// How many earlier quantities are searched for an elided unit.
const ELISION_LOOKBACK: usize = 8;

/// Gives a quantity with no written unit the unit of the closest earlier
/// quantity in the same scope (sentence or quote): "between 5,000 and 6,000
/// shells per day, while the United States produces 15,000 per month".
pub fn carry_elided_units(found: &mut [Found], scopes: &Scopes) {
    for i in 0..found.len() {
        let Some(current) = found.get(i) else { break };
        if !current.elidable || current.unit.is_some() {
            continue;
        }
        let here = current.span;
        let donor = found[..i]
            .iter()
            .rev()
            .take(ELISION_LOOKBACK)
            .find(|f| f.unit.is_some() && !f.unit_elided && f.unit_kind != UnitKind::None)
            // Counts, money and percentages carry over; ages and durations
            // ("a 24-year-old ... 16") do not.
            .filter(|f| {
                matches!(
                    f.unit_kind,
                    UnitKind::Count | UnitKind::Currency | UnitKind::Percent
                )
            })
            .filter(|f| !f.unit.as_deref().is_some_and(is_time_unit))
            .filter(|f| scopes.together(f.span, here).is_some())
            .map(|f| (f.unit.clone(), f.unit_kind));
        if let (Some((unit, kind)), Some(target)) = (donor, found.get_mut(i)) {
            target.unit = unit;
            target.unit_kind = kind;
            target.unit_elided = true;
        }
    }
}

/// "more than 10 and less than 40", "at most 100 and at least 20": two
/// opposite bounds joined by "and", "but" or a comma are one range.
fn merge_two_sided_bounds(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(prev) = out.last_mut() {
            let lower = |c: &str| matches!(c, ">" | ">=");
            let upper = |c: &str| matches!(c, "<" | "<=");
            let joiner = text
                .get(prev.span.end..f.span.start)
                .map(|t| t.trim().to_lowercase())
                .unwrap_or_default();
            let joined = joiner == "," || words().bound_joiners.contains(joiner.as_str());
            let opposite = (lower(prev.comparator) && upper(f.comparator))
                || (upper(prev.comparator) && lower(f.comparator));
            let same_unit = prev.unit.is_none() || f.unit.is_none() || prev.unit == f.unit;
            if joined
                && opposite
                && same_unit
                && prev.low.is_none()
                && f.low.is_none()
                && prev.comparator_written
                && f.comparator_written
            {
                let (lo, hi) = if lower(prev.comparator) {
                    (&*prev, &f)
                } else {
                    (&f, &*prev)
                };
                if let (Some(l), Some(h)) = (lo.value, hi.value) {
                    if l < h {
                        let inclusive = (lo.comparator == ">=", hi.comparator == "<=");
                        prev.bounds_inclusive = Some(inclusive);
                        prev.low = Some(l);
                        prev.high = Some(h);
                        prev.value = None;
                        prev.comparator = "=";
                        prev.span = Span::new(prev.span.start, f.span.end.max(prev.span.end));
                        prev.number_span = Span::new(
                            prev.number_span.start,
                            f.number_span.end.max(prev.number_span.end),
                        );
                        if prev.unit.is_none() {
                            prev.unit = f.unit;
                            prev.unit_kind = f.unit_kind;
                        }
                        continue;
                    }
                }
            }
        }
        out.push(f);
    }
    out
}

/// Drops binary floating-point noise: 8.2 * 1e9 is 8200000000, not 8199999999.999999.
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// Units that name a span of time: never carried to a bare number.
fn is_time_unit(unit: &str) -> bool {
    words().time_units.contains(unit)
}

/// A month name at piece `i` (English ones capitalised: "may" is a verb).
fn is_month_at(s: &Scan, i: usize) -> bool {
    s.piece(i)
        .is_some_and(|p| p.lex() == Some(Lex::Month) && (p.capital() || is_cyrillic(s.raw(i))))
}
