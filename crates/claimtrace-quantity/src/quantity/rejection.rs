//! What is not a quantity: numbers that are part of a name, a date, a
//! time or an identifier, years, ordinals and the pronoun "one".

use claimtrace_core::Span;

use super::{is_dash, is_month_at, Blocked, Scan};
use crate::lex::{Piece, PieceKind};
use crate::lexicon::Lex;
use crate::number::NumberMatch;
use crate::units::{currency_symbol, looks_plural, unit_word, words, UnitKind};

/// Why the number at `n` is not a quantity, if it is not.
pub(super) fn rejection(s: &mut Scan, n: &NumberMatch, blocked: &Blocked) -> Option<&'static str> {
    let span = Span::new(n.start, n.end);
    if blocked.overlaps(span) {
        return Some("time expression");
    }
    let first = s.piece(n.first)?;
    let prev = s.before(n.first);
    let next = s.piece(n.next);
    if let Some(p) = prev {
        if let Some(reason) = glued_before_rejection(s, n, first, p) {
            return Some(reason);
        }
    }
    if let Some(q) = next.filter(|q| !q.space_before()) {
        if let Some(reason) = glued_after_rejection(s, n, q) {
            return Some(reason);
        }
    }
    if let Some(reason) = name_after_capital(s, n, first, prev, next) {
        return Some(reason);
    }
    if date_beside_month(s, n) {
        return Some("date");
    }
    match year_verdict(s, n, prev, next) {
        YearVerdict::Year => return Some("year"),
        YearVerdict::Bound => return None,
        YearVerdict::Undecided => {}
    }
    if fraction_word_is_ordinal(s, n, next) {
        return Some("ordinal or period");
    }
    pronoun_one(s, n, next).then_some("pronoun")
}

/// What is glued before the number makes it part of a name, a date, a time
/// or an identifier: "G7", "MH17", "MK-20", "COVID-19", "12/05", "#3".
fn glued_before_rejection(
    s: &mut Scan,
    n: &NumberMatch,
    first: &Piece,
    p: &Piece,
) -> Option<&'static str> {
    // Glued to a word before it: G7, MH17, A320.
    if p.is_word() && !first.space_before() {
        let lower = s.lower(n.first - 1).to_string();
        if !matches!(unit_word(&lower), Some((UnitKind::Currency, _))) {
            return Some("part of a name");
        }
    }
    // MK-20, Russia-1, COVID-19: a name, a hyphen, the number.
    if is_dash(p) && !first.space_before() && !p.space_before() {
        if let Some(q) = s.before(n.first - 1) {
            if q.is_word() || q.is_digits() {
                return Some("part of a name");
            }
        }
    }
    if matches!(
        p.kind,
        PieceKind::Other('/' | '@' | '_' | '#' | ':' | '.' | '№')
    ) && !first.space_before()
    {
        let glued_before = s
            .before(n.first - 1)
            .is_some_and(|q| q.is_digits() || q.is_word())
            && !p.space_before();
        if glued_before || matches!(p.kind, PieceKind::Other('@' | '_' | '#' | '№')) {
            return Some("part of a date, time or identifier");
        }
    }
    None
}

/// What is glued after the number (`q`, with no space before it) makes it
/// a date, time or identifier ("12:30"), an ordinal or decade ("5th",
/// "1990s"), part of a name ("7UP") or a modifier ("155-caliber").
fn glued_after_rejection(s: &mut Scan, n: &NumberMatch, q: &Piece) -> Option<&'static str> {
    match q.kind {
        PieceKind::Other(':' | '/' | '.')
            if s.piece(n.next + 1)
                .is_some_and(|r| r.is_digits() && !r.space_before()) =>
        {
            Some("part of a date, time or identifier")
        }
        PieceKind::Word => {
            let lower = s.lower(n.next).to_string();
            if words().glued_non_unit_suffixes.contains(lower.as_str()) {
                return Some("ordinal, time or decade");
            }
            if unit_word(&lower).is_none() && !n.lower_m && !n.has_words {
                return Some("part of a name");
            }
            None
        }
        PieceKind::Other('-')
            if !n.has_words || s.piece(n.next + 1).is_some_and(|r| r.is_word()) =>
        {
            hyphenated_modifier(s, n)
        }
        _ => None,
    }
}

/// A word hyphenated to the number: an ordinal ("1-st", "5-й") or a
/// modifier ("155-caliber", "F-16" style models, ages), unless it is a
/// measure or percent ("3-inch", "20-year-old").
fn hyphenated_modifier(s: &mut Scan, n: &NumberMatch) -> Option<&'static str> {
    let r = s.piece(n.next + 1)?;
    if !r.is_word() || r.space_before() {
        return None;
    }
    let lower = s.lower(n.next + 1).to_string();
    let measure = matches!(
        unit_word(&lower),
        Some((UnitKind::Measure | UnitKind::Percent, _))
    );
    let age = words().age_words.iter().any(|&(noun, adjective)| {
        lower == noun
            && s.piece(n.next + 3)
                .is_some_and(|_| s.word_is(n.next + 3, adjective))
    });
    let ordinal_suffix = words().ordinal_suffixes.contains(lower.as_str());
    if ordinal_suffix {
        return Some("ordinal");
    }
    if !measure && !age {
        return Some("modifier (calibre, model, age)");
    }
    None
}

/// "Channel 4", "News 24", "Apollo 11": a number right after a capitalised
/// word inside a sentence, with no counted noun or unit after it.
fn name_after_capital(
    s: &mut Scan,
    n: &NumberMatch,
    first: &Piece,
    prev: Option<&Piece>,
    next: Option<&Piece>,
) -> Option<&'static str> {
    if !(n.plain_integer && n.integer_digits <= 4) {
        return None;
    }
    let p = prev
        .filter(|p| p.is_word() && p.capital() && first.space_before() && !first.break_before())?;
    let sentence_initial = n.first < 2
        || p.break_before()
        || s.before(n.first - 1).is_some_and(|q| {
            matches!(
                q.kind,
                PieceKind::Other('.' | '!' | '?' | '"' | '“' | '«' | ':')
            )
        });
    let next_word = s.lower(n.next).to_string();
    let counted = looks_plural(&next_word)
        || unit_word(&next_word).is_some()
        || next.is_some_and(|q| q.is_char('%'));
    let month = p.lex() == Some(Lex::Month);
    (!sentence_initial && !counted && !month).then_some("part of a name")
}

/// A day number next to a month name: "5 May", "May 5".
fn date_beside_month(s: &Scan, n: &NumberMatch) -> bool {
    n.plain_integer
        && n.value <= 31.0
        && (is_month_at(s, n.next) || (n.first > 0 && is_month_at(s, n.first - 1)))
}

/// What a four-digit number between 1000 and 2100 is.
enum YearVerdict {
    /// A year.
    Year,
    /// A bound or range end ("more than 2000", "1000-5000"): a quantity,
    /// whatever else follows.
    Bound,
    /// Not a year: the other checks decide.
    Undecided,
}

/// Whether a four-digit number is a year: not when it is a bound, a range
/// end beyond 2100, money, a percent, or counts something outside a date.
fn year_verdict(
    s: &mut Scan,
    n: &NumberMatch,
    prev: Option<&Piece>,
    next: Option<&Piece>,
) -> YearVerdict {
    if !(n.plain_integer && n.integer_digits == 4 && (1000.0..=2100.0).contains(&n.value)) {
        return YearVerdict::Undecided;
    }
    let prev_word = if n.first > 0 {
        s.lower(n.first - 1).to_string()
    } else {
        String::new()
    };
    let currency_before =
        prev.is_some_and(|p| matches!(p.kind, PieceKind::Other(c) if currency_symbol(c).is_some()));
    let next_word = s.lower(n.next).to_string();
    let percent_after = next.is_some_and(|p| p.is_char('%'));
    let counted_after = looks_plural(&next_word) || unit_word(&next_word).is_some();
    let year_word_after = words().year_nouns.contains(next_word.as_str());
    let dated = words().year_context_words.contains(prev_word.as_str())
        || is_month_at(s, n.first.wrapping_sub(1));
    // "1000-5000": a range that ends beyond any year is no year.
    let non_year_after_dash = next.is_some_and(is_dash)
        && s.piece(n.next + 1).is_some_and(|p| {
            p.is_digits()
                && (p.len() != 4 || s.raw(n.next + 1).parse::<u32>().is_ok_and(|v| v > 2100))
        });
    // "more than 2000", "above 1000": a bound, not a date.
    let bound_before = words().bound_words.contains(prev_word.as_str());
    if non_year_after_dash || bound_before {
        return YearVerdict::Bound;
    }
    if year_word_after || !(currency_before || percent_after || (counted_after && !dated)) {
        return YearVerdict::Year;
    }
    YearVerdict::Undecided
}

/// "a third term", "three quarters to June": ordinals and periods, unless
/// "of" follows ("a third of voters", "three quarters of the budget").
fn fraction_word_is_ordinal(s: &mut Scan, n: &NumberMatch, next: Option<&Piece>) -> bool {
    if !n.has_words {
        return false;
    }
    let Some(last) = s.before(n.next) else {
        return false;
    };
    if !matches!(last.lex(), Some(Lex::Fraction(_))) {
        return false;
    }
    let word = s.lower(n.next - 1).to_string();
    let singular = !word.ends_with('s');
    let words = words();
    let of_follows = words
        .fraction_of_words
        .iter()
        .any(|word| s.word_is(n.next, word));
    let ends = next.is_none_or(|p| !p.is_word());
    let quarter = words
        .period_fraction_stems
        .iter()
        .any(|stem| word.starts_with(stem));
    !of_follows && (quarter || (singular && !ends))
}

/// "one" as a pronoun: "the one", "one of them".
fn pronoun_one(s: &mut Scan, n: &NumberMatch, next: Option<&Piece>) -> bool {
    let written_one = words()
        .pronoun_ones
        .iter()
        .any(|one| s.word_is(n.first, one));
    if !(n.has_words && n.value == 1.0 && n.next == n.first + 1 && written_one) {
        return false;
    }
    let prev_word = if n.first > 0 {
        s.lower(n.first - 1).to_string()
    } else {
        String::new()
    };
    let next_word = s.lower(n.next).to_string();
    words()
        .determiners_before_pronoun_one
        .contains(prev_word.as_str())
        || words().words_after_pronoun_one.contains(next_word.as_str())
        || next.is_none_or(|p| !p.is_word())
}
