//! The unit after a number: signs ("%", "°C", "$"), unit words and
//! phrases ("per cent", "square miles"), national currencies, counted
//! nouns ("155-caliber shells") and rates ("per day").

use super::phrases::is_adjective_like;
use super::{is_cyrillic, Scan};
use crate::lex::{Piece, PieceKind};
use crate::lexicon::Lex;
use crate::units::{
    currency_adjective, currency_symbol, cyrillic_lemma, english_lemma, is_per_word, is_stop_word,
    looks_plural, period_word, unit_word, words, UnitKind,
};

/// A unit read after the number(s).
pub(super) struct UnitFound {
    pub(super) kind: UnitKind,
    pub(super) unit: String,
    /// Piece after the unit.
    pub(super) next: usize,
    /// Byte end of the unit.
    pub(super) end: usize,
    /// Multiply the value by this (a lower-case `m` read as metres: 1e-6).
    pub(super) factor: f64,
}

/// The unit written right after the number(s) ending before piece `at`.
pub(super) fn unit_after(
    s: &mut Scan,
    at: usize,
    value_is_one: bool,
    lower_m: bool,
    currency: bool,
) -> Option<UnitFound> {
    let p = *s.piece(at)?;
    if p.break_before() {
        return None;
    }
    match p.kind {
        PieceKind::Word => unit_word_after(s, at, &p, value_is_one, lower_m, currency),
        PieceKind::Digits => counted_noun(s, at, value_is_one),
        PieceKind::Other(_) => unit_sign_at(s, at, &p),
    }
}

/// A unit running from `p` (the piece after the number) through piece
/// `last`.
fn unit_through(s: &Scan, p: &Piece, kind: UnitKind, unit: &str, last: usize) -> Option<UnitFound> {
    Some(UnitFound {
        kind,
        unit: unit.to_string(),
        next: last + 1,
        end: s.piece(last).map_or(p.end(), |q| q.end()),
        factor: 1.0,
    })
}

/// A unit that starts with a sign: "%", "-inch" / "-year-old", "°C", "$".
fn unit_sign_at(s: &mut Scan, at: usize, p: &Piece) -> Option<UnitFound> {
    match p.kind {
        PieceKind::Other('%') => unit_through(s, p, UnitKind::Percent, "percent", at),
        PieceKind::Other('-') if !p.space_before() => {
            // "3-inch", "six-mile", "20-year-old".
            let lower = s.lower(at + 1).to_string();
            if s.piece(at + 1).is_some_and(|q| !q.space_before()) {
                if let Some((kind, unit)) = unit_word(&lower) {
                    return unit_through(s, p, kind, unit, at + 1);
                }
                for &(noun, adjective) in &words().age_words {
                    if lower == noun && s.word_is(at + 3, adjective) {
                        return unit_through(s, p, UnitKind::Measure, noun, at + 3);
                    }
                }
            }
            None
        }
        PieceKind::Other('°') => {
            let unit = match s.raw(at + 1) {
                "C" => "°C",
                "F" => "°F",
                _ => return unit_through(s, p, UnitKind::Measure, "degree", at),
            };
            unit_through(s, p, UnitKind::Measure, unit, at + 1)
        }
        PieceKind::Other(c) => {
            let code = currency_symbol(c)?;
            unit_through(s, p, UnitKind::Currency, code, at)
        }
        _ => None,
    }
}

/// A unit that starts with the word at `at`: one or more words, a squared
/// measure, a national currency, metres for "m", else a counted noun.
fn unit_word_after(
    s: &mut Scan,
    at: usize,
    p: &Piece,
    value_is_one: bool,
    lower_m: bool,
    currency: bool,
) -> Option<UnitFound> {
    let lower = s.lower(at).to_string();
    if let Some(found) = multi_word_unit(s, at, p, &lower) {
        return Some(found);
    }
    if let Some(found) = squared_unit(s, at, p, &lower) {
        return Some(found);
    }
    if let Some((kind, unit)) = unit_word(&lower) {
        // "5 pounds" of weight is rare in news next to "£"-written money; a
        // national adjective before dollars names the currency.
        return unit_through(s, p, kind, unit, at);
    }
    if let Some(found) = national_currency(s, at, p, &lower) {
        return Some(found);
    }
    if lower_m && !currency {
        // "100m": metres unless a plural noun follows ("8m viewers").
        let race = words().race_nouns.contains(lower.as_str());
        if !looks_plural(&lower) || race {
            return Some(UnitFound {
                kind: UnitKind::Measure,
                unit: "m".into(),
                next: at,
                end: s.piece(at.saturating_sub(1)).map_or(p.start(), |q| q.end()),
                factor: 1e-6,
            });
        }
    }
    counted_noun(s, at, value_is_one)
}

/// Units of several words: "per cent", "percentage points", "square
/// miles", "metric tons".
fn multi_word_unit(s: &mut Scan, at: usize, p: &Piece, lower: &str) -> Option<UnitFound> {
    let words = words();
    for (kind, phrases) in [
        (UnitKind::Percent, &words.percent_phrases),
        (UnitKind::Measure, &words.measure_phrases),
    ] {
        for &(phrase, unit) in phrases {
            if phrase_at(s, at, lower, phrase) {
                return unit_through(s, p, kind, unit, at + phrase.len() - 1);
            }
        }
    }
    if words.square_words.contains(lower) {
        let next = s.lower(at + 1).to_string();
        if let Some((UnitKind::Measure, unit)) = unit_word(&next) {
            let squared = format!("{unit}2");
            return unit_through(s, p, UnitKind::Measure, &squared, at + 1);
        }
    }
    None
}

/// Whether the words from piece `at` (`lower`, lower-cased) on are those
/// of `phrase`.
fn phrase_at(s: &mut Scan, at: usize, lower: &str, phrase: &[&str]) -> bool {
    let Some((first, rest)) = phrase.split_first() else {
        return false;
    };
    *first == lower
        && rest
            .iter()
            .enumerate()
            .all(|(offset, word)| s.word_is(at + 1 + offset, word))
}

/// "190 km2", "50 m²": a measure squared by a glued 2.
fn squared_unit(s: &mut Scan, at: usize, p: &Piece, lower: &str) -> Option<UnitFound> {
    let Some((UnitKind::Measure, unit)) = unit_word(lower) else {
        return None;
    };
    let squared = s
        .piece(at + 1)
        .filter(|q| !q.space_before())
        .is_some_and(|_| matches!(s.raw(at + 1), "2" | "²"));
    if squared && matches!(unit, "km" | "m" | "cm" | "mm" | "mi" | "ft") {
        let unit2 = format!("{unit}2");
        return unit_through(s, p, UnitKind::Measure, &unit2, at + 1);
    }
    None
}

/// A national adjective before a currency word: "Canadian dollars",
/// "finnish markka", "Hong Kong dollars".
fn national_currency(s: &mut Scan, at: usize, p: &Piece, lower: &str) -> Option<UnitFound> {
    let Some((UnitKind::Currency, code)) = unit_word(s.lower(at + 1)) else {
        return None;
    };
    if let Some(national) = currency_adjective(lower, code) {
        return unit_through(s, p, UnitKind::Currency, national, at + 1);
    }
    // Another national adjective ("finnish markka", "dutch guilders"):
    // the currency word decides.
    if lower.is_ascii() && !is_stop_word(lower) && unit_word(lower).is_none() {
        return unit_through(s, p, UnitKind::Currency, code, at + 1);
    }
    for &(place, code) in &words().currency_place_names {
        if phrase_at(s, at, lower, place) {
            return unit_through(s, p, UnitKind::Currency, code, at + place.len());
        }
    }
    None
}

/// The counted noun after a number, past modifiers: "155-caliber shells",
/// "28 NATO members", "four new members".
fn counted_noun(s: &mut Scan, at: usize, value_is_one: bool) -> Option<UnitFound> {
    let mut idx = at;
    let mut skipped_capital: Option<usize> = None;
    let mut skipped_words = 0;
    for _ in 0..6 {
        let p = *s.piece(idx)?;
        if p.break_before() && idx != at {
            break;
        }
        let glued_compound = s
            .piece(idx + 1)
            .is_some_and(|q| q.is_char('-') && !q.space_before())
            && s.piece(idx + 2)
                .is_some_and(|q| !q.space_before() && (q.is_word() || q.is_digits()));
        match p.kind {
            PieceKind::Digits if glued_compound => {
                idx += 3;
                continue;
            }
            PieceKind::Word => {}
            _ => break,
        }
        let lower = s.lower(idx).to_string();
        if is_stop_word(&lower)
            || matches!(p.lex(), Some(Lex::Num(..) | Lex::Scale(_) | Lex::Month))
            || period_word(&lower, false).is_some()
        {
            break;
        }
        if glued_compound {
            idx += 3;
            skipped_words += 1;
            continue;
        }
        let cyrillic = is_cyrillic(&lower);
        if cyrillic {
            return Some(UnitFound {
                kind: UnitKind::Count,
                unit: cyrillic_lemma(&lower),
                next: idx + 1,
                end: p.end(),
                factor: 1.0,
            });
        }
        if p.capital()
            && s.piece(idx + 1)
                .is_some_and(|q| q.is_word() && !q.break_before())
            && skipped_capital.is_none()
        {
            skipped_capital = Some(idx);
            idx += 1;
            continue;
        }
        let adjective_like =
            is_adjective_like(&lower) && s.piece(idx + 1).is_some_and(|q| q.is_word());
        if looks_plural(&lower) || (value_is_one && skipped_words == 0 && !adjective_like) {
            return Some(UnitFound {
                kind: UnitKind::Count,
                unit: english_lemma(&lower),
                next: idx + 1,
                end: p.end(),
                factor: 1.0,
            });
        }
        skipped_words += 1;
        if skipped_words > 2 || !lower.is_ascii() {
            break;
        }
        idx += 1;
    }
    let cap = skipped_capital?;
    let lower = s.lower(cap).to_string();
    if looks_plural(&lower) {
        let end = s.piece(cap).map_or(0, |p| p.end());
        return Some(UnitFound {
            kind: UnitKind::Count,
            unit: english_lemma(&lower),
            next: cap + 1,
            end,
            factor: 1.0,
        });
    }
    None
}

/// A rate period starting at piece `at`: (period, piece after, byte end).
pub(super) fn rate_at(s: &mut Scan, at: usize) -> Option<(&'static str, usize, usize)> {
    let p = *s.piece(at)?;
    if p.break_before() {
        return None;
    }
    if p.is_char('/') {
        let lower = s.lower(at + 1).to_string();
        let per = period_word(&lower, true)?;
        return Some((per, at + 2, s.piece(at + 1)?.end()));
    }
    let lower = s.lower(at).to_string();
    if let Some(per) = period_word(&lower, false) {
        return Some((per, at + 1, p.end()));
    }
    if is_per_word(&lower) {
        let next = s.lower(at + 1).to_string();
        let per = period_word(&next, true)?;
        return Some((per, at + 2, s.piece(at + 1)?.end()));
    }
    None
}
