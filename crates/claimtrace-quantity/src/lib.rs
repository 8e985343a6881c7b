//! Quantities: numbers in digits or words (English, Ukrainian, Russian), with
//! ranges, comparators, units, rates and changes, and comparisons between
//! rates stated in one sentence or quote.
//!
//! Layers: [`lex`] splits text into pieces, [`number`] reads numbers,
//! [`quantity`] turns numbers into quantities, this module writes them into
//! the document and compares them.

pub mod eval;
mod lex;
mod lexicon;
mod number;
mod quantity;
mod units;

use claimtrace_core::{Annotator, Comparison, Document, Quantity, Span, SpanText};

pub use number::Locale;
pub use quantity::{carry_elided_units, find_quantities, Found, Scopes};
pub use units::{period_days, UnitKind};

/// A bare number as the Recognizers-Text Number model reads it: every number
/// in the text, whatever it counts (years and dates included).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BareNumber {
    /// Byte span.
    pub start: usize,
    pub end: usize,
    pub value: f64,
}

/// Every number in `text` (no unit, rate or year logic), as a calculator
/// would read it. Left out: the pronoun "one" ("which one", "the one"), a
/// number glued to a following word that is not part of it ("180ml", "4th"),
/// and a lower-case `m` suffix without a currency sign ("1m" is a metre).
/// A ratio in words ("one over three", "two out of five hundred", "1 in
/// twenty-one") is one number here; the news reading never merges them,
/// because there "over 30" means more than thirty.
pub fn find_numbers(text: &str, locale: Locale) -> Vec<BareNumber> {
    let pieces = lex::lex(text);
    let numbers = number::scan_numbers(text, &pieces, locale);
    let mut buf = String::new();
    let word_at = |i: usize, buf: &mut String| -> bool {
        buf.clear();
        match pieces.get(i).filter(|p| p.is_word()) {
            Some(p) => {
                lex::lower_into(text.get(p.start()..p.end()).unwrap_or(""), buf);
                true
            }
            None => false,
        }
    };
    let mut out = Vec::with_capacity(numbers.len());
    let mut k = 0;
    while let Some(&n) = numbers.get(k) {
        k += 1;
        if n.lower_m {
            let currency = n
                .first
                .checked_sub(1)
                .and_then(|i| pieces.get(i))
                .is_some_and(|p| matches!(p.kind, lex::PieceKind::Other(c) if units::currency_symbol(c).is_some()));
            if !currency {
                continue;
            }
        }
        if pieces
            .get(n.next)
            .is_some_and(|p| p.is_word() && !p.space_before())
        {
            continue;
        }
        if n.has_words
            && n.value == 1.0
            && n.next == n.first + 1
            && n.first > 0
            && word_at(n.first - 1, &mut buf)
            && units::words()
                .calculator_determiners_before_pronoun_one
                .contains(buf.as_str())
        {
            continue;
        }
        // A ratio in words: "one over three", "two out of five hundred".
        if let Some(&m) = numbers.get(k) {
            let gap = m.first.saturating_sub(n.next);
            let mut link = String::new();
            for i in n.next..m.first.min(n.next + 2) {
                if word_at(i, &mut buf) {
                    link.push_str(&buf);
                    link.push(' ');
                }
            }
            let ends = pieces
                .get(m.next)
                .is_none_or(|p| !p.is_word() && !p.is_digits());
            let proper = n.value < m.value && n.value > 0.0;
            let ratio = match (gap, link.as_str()) {
                (1, "over ") => ends && m.value != 0.0,
                (2, "out of ") => proper,
                (1, "in ") => proper && ends,
                _ => false,
            };
            if ratio {
                out.push(BareNumber {
                    start: n.start,
                    end: m.end,
                    value: n.value / m.value,
                });
                k += 1;
                continue;
            }
        }
        out.push(BareNumber {
            start: n.start,
            end: n.end,
            value: n.value,
        });
    }
    out
}

/// Adds `doc.quantities` (and `doc.comparisons`). Reads `doc.times` (a
/// number inside a time expression is no quantity), `doc.sentences` and
/// `doc.quotes` (scopes for elided units and comparisons; quote speakers).
#[derive(Debug, Default)]
pub struct QuantityAnnotator;

impl Annotator for QuantityAnnotator {
    fn name(&self) -> &'static str {
        "quantity"
    }

    fn reads_tokens(&self) -> bool {
        false
    }

    fn annotate(&self, doc: &mut Document) {
        let locale = Locale::for_language(doc.meta.language.as_deref());
        let blocked: Vec<Span> = doc
            .times
            .iter()
            .filter(|t| t.start < t.end)
            .map(|t| Span::new(t.start, t.end))
            .collect();
        let mut found = find_quantities(&doc.text, locale, &blocked);
        let mut spans: Vec<Span> = doc
            .sentences
            .iter()
            .filter(|s| s.start <= s.end)
            .map(|s| Span::new(s.start, s.end))
            .collect();
        if spans.is_empty() {
            spans.push(Span::new(0, doc.text.len()));
        }
        spans.extend(
            doc.quotes
                .iter()
                .filter(|q| q.start <= q.end)
                .map(|q| Span::new(q.start, q.end)),
        );
        let scopes = Scopes::new(spans);
        carry_elided_units(&mut found, &scopes);
        // Quotes by start, to find the innermost one holding a quantity.
        let mut quote_order: Vec<usize> = (0..doc.quotes.len()).collect();
        quote_order.sort_by_key(|&i| doc.quotes.get(i).map_or(0, |q| q.start));
        let text = &doc.text;
        let quantities: Vec<Quantity> = found
            .iter()
            .map(|f| {
                // The innermost quote holding the quantity speaks it.
                let upto = quote_order.partition_point(|&i| {
                    doc.quotes.get(i).is_some_and(|q| q.start <= f.span.start)
                });
                let quote = quote_order[..upto]
                    .iter()
                    .rev()
                    .take(8)
                    .filter_map(|&i| doc.quotes.get(i))
                    .filter(|q| q.start <= f.span.start && f.span.end <= q.end)
                    .min_by_key(|q| q.end.saturating_sub(q.start));
                let speaker =
                    quote.and_then(|q| q.speaker.name.clone().or_else(|| q.speaker.text.clone()));
                Quantity {
                    start: f.span.start,
                    end: f.span.end,
                    text: f.span.slice(text).to_string(),
                    value: f.value,
                    low: f.low,
                    high: f.high,
                    comparator: f.comparator.to_string(),
                    unit: f.unit.clone(),
                    unit_kind: f.unit_kind.as_str().to_string(),
                    unit_elided: f.unit_elided,
                    per: f.per.map(str::to_string),
                    change: f.change.map(str::to_string),
                    subject: f.subject.map(|span| SpanText::from_span(span, text)),
                    speaker,
                    quote: quote.map(|q| q.id.clone()),
                }
            })
            .collect();
        let comparisons = compare_rates(&quantities, &scopes);
        doc.quantities = quantities;
        doc.comparisons = comparisons;
    }
}

/// How many following quantities each rate is compared with.
const COMPARISON_WINDOW: usize = 8;

/// Low and high of a quantity (the value twice when it is no range).
fn bounds(q: &Quantity) -> Option<(f64, f64)> {
    match (q.value, q.low, q.high) {
        (Some(v), _, _) => Some((v, v)),
        (None, Some(l), Some(h)) => Some((l, h)),
        _ => None,
    }
}

/// Writes a number for people: 5000 -> "5,000", 1.5 -> "1.5".
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.fract().abs() > 1e-9 || v.abs() >= 1e15 {
        let s = format!("{v:.2}");
        return s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if v < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn format_bounds(low: f64, high: f64) -> String {
    if (low - high).abs() < 1e-9 {
        format_number(low)
    } else {
        format!("{}-{}", format_number(low), format_number(high))
    }
}

/// Pairs of quantities in one scope with the same unit and different rate
/// periods, both brought to the longer period (a month is 30 days).
fn compare_rates(quantities: &[Quantity], scopes: &Scopes) -> Vec<Comparison> {
    let mut out = Vec::new();
    for (i, left) in quantities.iter().enumerate() {
        let (Some(left_per), Some(left_unit)) = (left.per.as_deref(), left.unit.as_deref()) else {
            continue;
        };
        let Some(left_days) = period_days(left_per) else {
            continue;
        };
        let Some((left_low, left_high)) = bounds(left) else {
            continue;
        };
        // Only near neighbours: comparisons live inside one sentence or quote.
        for (j, right) in quantities
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(COMPARISON_WINDOW)
        {
            let (Some(right_per), Some(right_unit)) = (right.per.as_deref(), right.unit.as_deref())
            else {
                continue;
            };
            if right_unit != left_unit || right_per == left_per {
                continue;
            }
            let Some(scope) = scopes.together(
                Span::new(left.start, left.end),
                Span::new(right.start, right.end),
            ) else {
                continue;
            };
            let Some(right_days) = period_days(right_per) else {
                continue;
            };
            let Some((right_low, right_high)) = bounds(right) else {
                continue;
            };
            let (common, common_days) = if left_days >= right_days {
                (left_per, left_days)
            } else {
                (right_per, right_days)
            };
            let to_common = |v: f64, days: f64| v * common_days / days;
            let (ll, lh) = (
                to_common(left_low, left_days),
                to_common(left_high, left_days),
            );
            let (rl, rh) = (
                to_common(right_low, right_days),
                to_common(right_high, right_days),
            );
            if rl <= 0.0 || rh <= 0.0 {
                continue;
            }
            let ratio_low = ll / rh;
            let ratio_high = lh / rl;
            let round = |r: f64| (r * 100.0).round() / 100.0;
            // How the periods were equated, when it is a convention.
            let convention = match (left_per, right_per) {
                ("month", _) | (_, "month") => ", a month taken as 30 days",
                ("year", _) | (_, "year") => ", a year taken as 365 days",
                _ => "",
            };
            let summary = format!(
                "{} per {} vs {} per {}: {} times ({} vs {} per {}{})",
                format_bounds(left_low, left_high),
                left_per,
                format_bounds(right_low, right_high),
                right_per,
                format_bounds(round(ratio_low), round(ratio_high)),
                format_bounds(ll, lh),
                format_bounds(rl, rh),
                common,
                convention,
            );
            out.push(Comparison {
                left: i,
                right: j,
                unit: Some(left_unit.to_string()),
                per: Some(common.to_string()),
                ratio_low,
                ratio_high,
                summary,
                start: scope.start,
                end: scope.end,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
