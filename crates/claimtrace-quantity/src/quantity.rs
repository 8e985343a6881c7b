//! From numbers to quantities: what is not a count (years, dates, names,
//! calibres, ordinals), comparators, ranges, units, rates and changes.

use claimtrace_core::Span;

use crate::lex::{lex, lower_into, Piece, PieceKind};
use crate::lexicon::Lex;
use crate::number::{scan_numbers, Locale, NumberMatch};
use crate::units::{
    change_noun, change_verb, currency_adjective, currency_symbol, cyrillic_lemma, dollar_prefix,
    english_lemma, is_per_word, is_stop_word, looks_plural, period_word, unit_word, words,
    UnitKind,
};

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

/// Why the number at `n` is not a quantity, if it is not.
fn rejection(s: &mut Scan, n: &NumberMatch, blocked: &Blocked) -> Option<&'static str> {
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
    let age = lower == "year"
        && s.piece(n.next + 3)
            .is_some_and(|_| s.word_is(n.next + 3, "old"));
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
        || next.is_some_and(|q| q.is_char('%'))
        || next_word == "people";
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
    let counted_after =
        looks_plural(&next_word) || unit_word(&next_word).is_some() || next_word == "people";
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
    let of_follows = s.word_is(n.next, "of");
    let ends = next.is_none_or(|p| !p.is_word());
    let quarter = word.starts_with("quarter");
    !of_follows && (quarter || (singular && !ends))
}

/// "one" as a pronoun: "the one", "one of them".
fn pronoun_one(s: &mut Scan, n: &NumberMatch, next: Option<&Piece>) -> bool {
    if !(n.has_words && n.value == 1.0 && n.next == n.first + 1 && s.word_is(n.first, "one")) {
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

/// The comparator written before piece `lead`: (comparator, first piece of the phrase).
fn comparator_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    // Symbols: > < >= <= ≥ ≤ ~ ≈
    if let Some(p) = s.before(lead) {
        let sym = match p.kind {
            PieceKind::Other('≥') => Some((">=", 1)),
            PieceKind::Other('≤') => Some(("<=", 1)),
            PieceKind::Other('~' | '≈') => Some(("~", 1)),
            PieceKind::Other('=') => match s.before(lead - 1).map(|q| q.kind) {
                Some(PieceKind::Other('>')) => Some((">=", 2)),
                Some(PieceKind::Other('<')) => Some(("<=", 2)),
                _ => None,
            },
            PieceKind::Other('>') => Some((">", 1)),
            PieceKind::Other('<') => Some(("<", 1)),
            _ => None,
        };
        if let Some((cmp, len)) = sym {
            // "<>30", "=>30" are not comparators.
            let start = lead - len;
            let spoiled = s.before(start).is_some_and(|q| {
                matches!(q.kind, PieceKind::Other('<' | '>' | '='))
                    && !s.pieces[start].space_before()
            });
            if !spoiled {
                return Some((cmp, start));
            }
            return None;
        }
    }
    // The words right before, nearest first, lower-cased once (the phrase
    // table is long; re-reading each word per phrase was the stage's main cost).
    let mut before: Vec<String> = Vec::with_capacity(MAX_PHRASE_WORDS);
    let mut idx = lead;
    while before.len() < MAX_PHRASE_WORDS {
        let Some(prev) = idx.checked_sub(1) else {
            break;
        };
        let Some(p) = s.piece(prev) else { break };
        if !p.is_word() {
            break;
        }
        before.push(s.lower(prev).to_string());
        idx = prev;
        if p.break_before() {
            break;
        }
    }
    let first = before.first().map_or("", String::as_str);
    if first.is_empty() || !words().comparator_last_words.contains(first) {
        return None;
    }
    'phrases: for &(phrase, cmp) in &words().comparators_before {
        let len = phrase.len();
        if before.len() < len {
            continue;
        }
        for (k, word) in phrase.iter().rev().enumerate() {
            if before.get(k).map(String::as_str) != Some(*word) {
                continue 'phrases;
            }
        }
        return Some((cmp, lead - len));
    }
    None
}

/// Longest comparator phrase, in words.
const MAX_PHRASE_WORDS: usize = 5;

/// A comparator written after the number ("500 or more"): (comparator, piece after it).
fn comparator_after(s: &mut Scan, at: usize) -> Option<(&'static str, usize)> {
    if let Some(p) = s.piece(at) {
        if p.is_char('+') && !p.space_before() {
            let next_is_digit = s
                .piece(at + 1)
                .is_some_and(|q| q.is_digits() && !q.space_before());
            if !next_is_digit {
                return Some((">=", at + 1));
            }
        }
    }
    'phrases: for &(phrase, cmp) in &words().comparators_after {
        for (offset, word) in phrase.iter().enumerate() {
            if !s.word_is(at + offset, word) {
                continue 'phrases;
            }
        }
        // "or more than 190" compares something else.
        let after = at + phrase.len();
        let number_follows = s
            .piece(after)
            .is_some_and(|p| p.is_digits() || matches!(p.lex(), Some(Lex::Num(..))));
        if number_follows
            || (phrase.len() == 2 && (s.word_is(after, "than") || s.word_is(after, "to")))
        {
            continue;
        }
        return Some((cmp, after));
    }
    None
}

/// A currency written before piece `lead`: (ISO code, first piece).
fn currency_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    let p = s.before(lead)?;
    if let PieceKind::Other(c) = p.kind {
        let code = currency_symbol(c)?;
        let sym = lead - 1;
        if code == "USD" {
            if let Some(q) = s.before(sym) {
                if q.is_word() && !q.break_before() {
                    let lower = s.lower(sym - 1).to_string();
                    // "C$5" glued; "us $ 150" / "hk $ 10" spaced as in
                    // tokenised text (not "a $5 bill").
                    let spaced_ok = words().spaced_dollar_prefixes.contains(lower.as_str());
                    if !p.space_before() || spaced_ok {
                        if let Some(prefixed) = dollar_prefix(&lower) {
                            return Some((prefixed, sym - 1));
                        }
                    }
                }
            }
        }
        return Some((code, sym));
    }
    if p.is_word() {
        let raw = s.raw(lead - 1);
        let lower = s.lower(lead - 1).to_string();
        // A code before the number: USD 200, EUR 5m (upper case only: "dollar 22.5" too).
        if let Some((UnitKind::Currency, code)) = unit_word(&lower) {
            let is_code = raw.len() == 3 && raw.chars().all(|c| c.is_ascii_uppercase());
            if is_code || matches!(lower.as_str(), "dollar" | "usd" | "eur" | "gbp") {
                return Some((code, lead - 1));
            }
        }
    }
    None
}

struct UnitFound {
    kind: UnitKind,
    unit: String,
    /// Piece after the unit.
    next: usize,
    /// Byte end of the unit.
    end: usize,
    /// Multiply the value by this (a lower-case `m` read as metres: 1e-6).
    factor: f64,
}

/// The unit written right after the number(s) ending before piece `at`.
fn unit_after(
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
                if lower == "year" && s.word_is(at + 3, "old") {
                    return unit_through(s, p, UnitKind::Measure, "year", at + 3);
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
    match lower {
        "per" if s.word_is(at + 1, "cent") => {
            if s.word_is(at + 2, "points") || s.word_is(at + 2, "point") {
                return unit_through(s, p, UnitKind::Percent, "percentage_point", at + 2);
            }
            unit_through(s, p, UnitKind::Percent, "percent", at + 1)
        }
        "percentage" | "percent" if s.word_is(at + 1, "points") || s.word_is(at + 1, "point") => {
            unit_through(s, p, UnitKind::Percent, "percentage_point", at + 1)
        }
        "square" | "sq" => {
            let next = s.lower(at + 1).to_string();
            if let Some((UnitKind::Measure, unit)) = unit_word(&next) {
                let squared = format!("{unit}2");
                return unit_through(s, p, UnitKind::Measure, &squared, at + 1);
            }
            None
        }
        "metric" if s.word_is(at + 1, "tons") || s.word_is(at + 1, "tonnes") => {
            unit_through(s, p, UnitKind::Measure, "t", at + 1)
        }
        _ => None,
    }
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
    if lower == "hong" && s.word_is(at + 1, "kong") {
        return unit_through(s, p, UnitKind::Currency, "HKD", at + 2);
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
fn rate_at(s: &mut Scan, at: usize) -> Option<(&'static str, usize, usize)> {
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

/// A change verb within three words before piece `lead` ("rose by", "fell to").
fn change_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    let mut idx = lead;
    for _ in 0..4 {
        idx = idx.checked_sub(1)?;
        let p = s.piece(idx)?;
        if !p.is_word() {
            return None;
        }
        let lower = s.lower(idx).to_string();
        if let Some(up) = change_verb(&lower) {
            return Some((if up { "up" } else { "down" }, idx));
        }
        // A from word of both a level and a range ("from", "від").
        let is_from =
            |w: &str| words().level_from_words.contains(w) && words().range_from_words.contains(w);
        if is_from(&lower) && idx + 1 == lead {
            // "rose from 5%": the old level, not the change.
            return None;
        }
        if words().range_to_words.contains(lower.as_str()) {
            // "rose from 5% to 7%": the verb sits before "from".
            let from = (idx.saturating_sub(6)..idx)
                .rev()
                .find(|&f| is_from(s.lower(f)));
            if let Some(f) = from {
                idx = f;
                continue;
            }
            continue;
        }
        if !words().change_adverbs.contains(lower.as_str()) {
            return None;
        }
    }
    None
}

/// The old level of a change whose new level starts at piece `lead`:
/// "from 20% to | 7%", "з 20% до | 7%", where `numbers[prev]` is the old
/// level.
fn old_level_before(
    s: &mut Scan,
    numbers: &[NumberMatch],
    prev: usize,
    lead: usize,
) -> Option<f64> {
    let old = numbers.get(prev)?;
    let to = lead.checked_sub(1)?;
    if !words().range_to_words.contains(s.lower(to)) {
        return None;
    }
    let percent_between = s.piece(old.next).is_some_and(|p| p.is_char('%')) && old.next + 1 == to;
    if old.next != to && !percent_between {
        return None;
    }
    let opener = old.first.checked_sub(1)?;
    words()
        .level_from_words
        .contains(s.lower(opener))
        .then_some(old.value)
}

/// Which next number, if any, closes a range opened by `n`: (range word
/// start piece, index into `numbers` of the high end).
fn range_end(s: &mut Scan, numbers: &[NumberMatch], k: usize) -> Option<(Option<usize>, usize)> {
    let n = numbers.get(k)?;
    let high_index = k + 1;
    let high = numbers.get(high_index)?;
    // "between 20% and 30%": the low end may carry the unit too.
    let low_has_percent = s.piece(n.next).is_some_and(|p| p.is_char('%'));
    let sep = if low_has_percent { n.next + 1 } else { n.next };
    // "rose 1% to 57.85 Swiss francs": a unit on the low end must be on the high end too.
    if low_has_percent && !s.piece(high.next).is_some_and(|p| p.is_char('%')) {
        return None;
    }
    // The high end may carry its own currency sign: "$5-$6bn".
    let sep_len = high.first.checked_sub(sep)?;
    if sep_len == 0 || sep_len > 2 {
        return None;
    }
    if sep_len == 2 {
        let sign = s.piece(sep + 1)?;
        if !matches!(sign.kind, PieceKind::Other(c) if currency_symbol(c).is_some()) {
            return None;
        }
    }
    let sep_piece = *s.piece(sep)?;
    let opener = if n.first > 0 {
        s.lower(n.first - 1).to_string()
    } else {
        String::new()
    };
    let currency_opener = if n.first > 1 {
        s.lower(n.first - 2).to_string()
    } else {
        String::new()
    };
    let sep_word = s.lower(sep).to_string();
    let between = |w: &str| words().between_words.contains(w);
    let from = |w: &str| words().range_from_words.contains(w);
    let opener_at = if between(&opener) || from(&opener) {
        Some(n.first - 1)
    } else if (between(&currency_opener) || from(&currency_opener))
        && s.before(n.first)
            .is_some_and(|p| matches!(p.kind, PieceKind::Other(c) if currency_symbol(c).is_some()))
    {
        Some(n.first - 2)
    } else {
        None
    };
    let opener_word = opener_at
        .map(|i| s.lower(i).to_string())
        .unwrap_or_default();
    let joined = if between(&opener_word) {
        words().between_range_joiners.contains(sep_word.as_str()) || is_dash(&sep_piece)
    } else if from(&opener_word) {
        words().from_range_joiners.contains(sep_word.as_str()) || is_dash(&sep_piece)
    } else {
        is_dash(&sep_piece)
            || matches!(sep_word.as_str(), "to" | "through" | "~")
            || sep_piece.is_char('~')
    };
    if !joined {
        return None;
    }
    // Not a range when a dash-chain continues (phone numbers, "2-1-0" scores).
    if is_dash(&sep_piece)
        && s.piece(high.next)
            .is_some_and(|p| is_dash(p) && !p.space_before())
    {
        return None;
    }
    // "from" with years on both sides ("from 2019 to 2021") is a time span, caught as years.
    Some((opener_at, high_index))
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
        let mut draft = Draft::new(&mut s, low, high, opener);
        draft.read_comparator_before(&mut s, &numbers, k);
        draft.read_comparator_after(&mut s);
        draft.skip_abbreviation_dot(&mut s);
        draft.read_unit(&mut s);
        draft.read_late_comparator(&mut s);
        out.push(draft.finish(&mut s));
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

/// What the numbers from `numbers[k]` on make.
enum RangeRead {
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
fn read_range(s: &mut Scan, numbers: &[NumberMatch], k: usize, blocked: &Blocked) -> RangeRead {
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
struct Draft {
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
        let article = matches!(s.lower(self.after), "a" | "an");
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

/// An English word that most likely modifies the noun after it ("one big
/// factor", "one local school"): skipped when looking for the counted noun.
fn is_adjective_like(lower: &str) -> bool {
    let words = words();
    words.adjective_like_words.contains(lower)
        || (lower.len() > 4 && words.adjective_endings.iter().any(|e| lower.ends_with(e)))
}

/// Words that end a subject when walking back from a change verb.
fn ends_subject(lower: &str) -> bool {
    words().subject_enders.contains(lower)
}

/// The subject of a change verb at piece `verb`: up to five words before it
/// in the same clause, past auxiliaries ("profits have risen": "profits").
fn change_subject(s: &mut Scan, verb: usize) -> Option<Span> {
    let mut idx = verb;
    // Skip auxiliaries and adverbs right before the verb.
    while idx > 0 {
        let lower = s.lower(idx - 1).to_string();
        if words().words_before_change_verb.contains(lower.as_str()) {
            idx -= 1;
        } else {
            break;
        }
    }
    let end_piece = idx;
    let mut first = idx;
    for _ in 0..5 {
        let Some(prev) = first.checked_sub(1) else {
            break;
        };
        let Some(p) = s.piece(prev) else { break };
        let apostrophe_s = matches!(p.kind, PieceKind::Other('\'' | '’'));
        if !(p.is_word() || p.is_digits() || apostrophe_s)
            || s.piece(first).is_some_and(|q| q.break_before())
        {
            break;
        }
        if p.is_word() && ends_subject(s.lower(prev)) {
            break;
        }
        first = prev;
    }
    if first >= end_piece {
        return None;
    }
    let start = s.piece(first)?.start();
    let end = s.piece(end_piece - 1)?.end();
    Some(Span::new(start, end))
}

/// Units that name a span of time: never carried to a bare number.
fn is_time_unit(unit: &str) -> bool {
    matches!(
        unit,
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "min"
            | "minute"
            | "second"
            | "decade"
            | "century"
    )
}

/// A month name at piece `i` (English ones capitalised: "may" is a verb).
fn is_month_at(s: &Scan, i: usize) -> bool {
    s.piece(i)
        .is_some_and(|p| p.lex() == Some(Lex::Month) && (p.capital() || is_cyrillic(s.raw(i))))
}
