//! The number grammar: digits in every locale's grouping, number words of
//! English, Ukrainian and Russian, and the two mixed ("2.5 million", "5 тис.").
//!
//! It reads [`Piece`]s and says where a number starts and ends and what it is
//! worth. It knows nothing of units or context: the quantity layer decides
//! whether a number is a count, a year or part of a name.

use crate::lex::{Piece, PieceKind};
use crate::lexicon::{Lex, NumClass};
use crate::units::words;

/// How a number's separators are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// `5,000.5`; a lone `4.800` is 4.8.
    #[default]
    English,
    /// Ukrainian / Russian (and most of Europe): `5.000,5`, `1,5 млрд`, `5 000`.
    DecimalComma,
}

impl Locale {
    /// The locale of an ISO 639-1 language code.
    pub fn for_language(language: Option<&str>) -> Locale {
        match language {
            Some("uk" | "ru" | "de" | "fr" | "es" | "it" | "pl" | "be" | "bg") => {
                Locale::DecimalComma
            }
            _ => Locale::English,
        }
    }
}

/// A number found in the pieces.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NumberMatch {
    /// Piece range `first..next`.
    pub first: usize,
    pub next: usize,
    /// Byte span.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// The multiplier of the last scale word or suffix (1 when none): a range
    /// "5-6 million" lends it to its low end.
    pub scale: f64,
    /// Only digits, no separator, sign, decimal or word: `2008`, `155`, `1`.
    pub plain_integer: bool,
    /// Number of digit characters before any decimal mark.
    pub integer_digits: usize,
    /// Written at least partly in words.
    pub has_words: bool,
    /// Ends in a lower-case `m` suffix (`10m`): million after a currency sign,
    /// metres otherwise.
    pub lower_m: bool,
}

struct Digits {
    next: usize,
    end: usize,
    value: f64,
    plain: bool,
    integer_digits: usize,
    scale: f64,
    lower_m: bool,
}

/// Is the text between two adjacent pieces exactly one grouping space?
fn single_group_space(text: &str, left: &Piece, right: &Piece) -> bool {
    match text.get(left.end()..right.start()) {
        Some(gap) => {
            let mut chars = gap.chars();
            matches!(
                (chars.next(), chars.next()),
                (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None)
            )
        }
        None => false,
    }
}

fn digits_str<'a>(text: &'a str, p: &Piece) -> &'a str {
    text.get(p.start()..p.end()).unwrap_or("")
}

/// Parses `int` (digits only) and `frac` (digits only) as one decimal number.
fn decimal_value(int: &str, frac: &str) -> f64 {
    let int_value: f64 = if int.is_empty() {
        0.0
    } else {
        int.parse().unwrap_or(f64::NAN)
    };
    if frac.is_empty() {
        return int_value;
    }
    let frac = &frac[..frac.len().min(18)];
    let frac_value: f64 = frac.parse().unwrap_or(0.0);
    int_value + frac_value / 10f64.powi(frac.len() as i32)
}

/// At most this many digit groups are joined: a longer list ("1,2,3,...")
/// is a list, and the cap keeps rescans bounded.
const MAX_GROUPS: usize = 8;

/// Reads a digit number starting at the digit piece `i`: grouping and decimal
/// marks by locale, scientific notation, fractions, and letter suffixes.
fn parse_digits(text: &str, pieces: &[Piece], i: usize, locale: Locale) -> Option<Digits> {
    let first = pieces.get(i)?;
    if !first.is_digits() {
        return None;
    }
    // Collect groups joined by ',' '.' or a single space.
    let mut groups: Vec<(usize, char)> = Vec::with_capacity(4); // (piece index, separator before it)
    groups.push((i, ' '));
    let mut j = i;
    while groups.len() < MAX_GROUPS {
        let (Some(sep), Some(next)) = (pieces.get(j + 1), pieces.get(j + 2)) else {
            // A space-separated group: the next piece is digits right after a space.
            let only_spaces_so_far = groups.iter().skip(1).all(|&(_, c)| c == ' ');
            if let Some(next) = pieces.get(j + 1) {
                if only_spaces_so_far
                    && next.is_digits()
                    && next.len() == 3
                    && single_group_space(text, &pieces[j], next)
                {
                    groups.push((j + 1, ' '));
                }
            }
            break;
        };
        let current = &pieces[j];
        let only_spaces_so_far = groups.iter().skip(1).all(|&(_, c)| c == ' ');
        let glued_dash_after = next.is_char('-') && !next.space_before();
        if sep.is_digits()
            && sep.len() == 3
            && single_group_space(text, current, sep)
            && current.len() <= 3
            && only_spaces_so_far
            && !glued_dash_after
        {
            groups.push((j + 1, ' '));
            j += 1;
            continue;
        }
        let mark = match sep.kind {
            PieceKind::Other(c @ (',' | '.'))
                if !sep.space_before() && !next.space_before() && next.is_digits() =>
            {
                c
            }
            _ => break,
        };
        groups.push((j + 2, mark));
        j += 2;
    }
    let group_text = |k: usize| {
        groups
            .get(k)
            .and_then(|&(p, _)| pieces.get(p))
            .map(|p| digits_str(text, p))
            .unwrap_or("")
    };
    let marks: Vec<char> = groups.iter().skip(1).map(|&(_, c)| c).collect();
    // Decide which mark is the decimal one, if any, and how many groups are taken.
    let has_comma = marks.contains(&',');
    let has_dot = marks.contains(&'.');
    let has_space = marks.contains(&' ');
    let decimal_mark: Option<char>;
    let mut taken = groups.len();
    if marks.is_empty() {
        decimal_mark = None;
    } else if has_comma && has_dot {
        let last = *marks.last().unwrap_or(&'.');
        let count_last = marks.iter().filter(|&&c| c == last).count();
        decimal_mark = if count_last == 1 { Some(last) } else { None };
        if decimal_mark.is_none() {
            taken = 1;
        }
    } else {
        let mark = if has_comma {
            ','
        } else if has_dot {
            '.'
        } else {
            ' '
        };
        let count = marks.iter().filter(|&&c| c == mark).count();
        let last_len = group_text(groups.len() - 1).len();
        let lone = count == 1 && !has_space;
        decimal_mark = match (mark, locale) {
            (' ', _) => None,
            (',', Locale::English) if lone && last_len != 3 => Some(','),
            (',', Locale::DecimalComma) if lone || has_space => Some(','),
            ('.', Locale::English) if lone || has_space => Some('.'),
            ('.', Locale::DecimalComma) if lone && last_len != 3 => Some('.'),
            _ => None,
        };
        if has_space && decimal_mark.is_none() && mark != ' ' {
            // "5 000,000" mixes: keep only the space-grouped part.
            taken = 1 + marks.iter().take_while(|&&c| c == ' ').count();
        }
    }
    // Validate the grouping: thousands groups have 3 digits (Indian 2 before the last 3).
    let thousands_groups = if decimal_mark.is_some() {
        taken.saturating_sub(1)
    } else {
        taken
    };
    let mut valid = true;
    for k in 1..thousands_groups {
        let len = group_text(k).len();
        let indian = len == 2 && k + 1 < thousands_groups && marks.first() == Some(&',');
        if len != 3 && !indian {
            valid = false;
        }
    }
    if group_text(0).len() > 3 && thousands_groups > 1 {
        valid = false;
    }
    // "22,24,26": a number right after "digits," is an item of a list.
    let in_list = i >= 2
        && !first.space_before()
        && pieces
            .get(i - 1)
            .is_some_and(|p| (p.is_char(',') || p.is_char('.')) && !p.space_before())
        && pieces.get(i - 2).is_some_and(|p| p.is_digits());
    if in_list {
        valid = false;
    }
    let (int_groups, frac) = if !valid {
        // Not a grouped number: a list ("22,24,26") or an address ("192.168.1.2").
        taken = 1;
        (1, "")
    } else if decimal_mark.is_some() {
        (taken - 1, group_text(taken - 1))
    } else {
        (taken, "")
    };
    let mut int = String::with_capacity(16);
    for k in 0..int_groups {
        int.push_str(group_text(k));
    }
    let mut value = decimal_value(&int, frac);
    let last_piece = groups.get(taken - 1).map_or(i, |&(p, _)| p);
    let mut next = last_piece + 1;
    let mut end = pieces.get(last_piece).map_or(first.end(), |p| p.end());
    let mut plain = taken == 1;
    let mut scale = 1.0;
    let mut lower_m = false;
    // Fraction a/b (no spaces; not part of a date a/b/c).
    if plain && frac.is_empty() {
        if let (Some(slash), Some(den)) = (pieces.get(next), pieces.get(next + 1)) {
            let preceded_by_slash = i > 0
                && pieces
                    .get(i - 1)
                    .is_some_and(|p| p.is_char('/') && !first.space_before());
            let followed_by_slash = pieces
                .get(next + 2)
                .is_some_and(|p| p.is_char('/') && !p.space_before());
            // "+1-222-2222/2222": a dash-chained code, not a fraction.
            let preceded_by_dash =
                i > 0 && !first.space_before() && pieces.get(i - 1).is_some_and(|p| p.is_char('-'));
            if slash.is_char('/')
                && !slash.space_before()
                && den.is_digits()
                && !den.space_before()
                && !preceded_by_slash
                && !followed_by_slash
                && !preceded_by_dash
            {
                let d: f64 = digits_str(text, den).parse().unwrap_or(0.0);
                if d != 0.0 {
                    value /= d;
                    plain = false;
                    next += 2;
                    end = den.end();
                }
            }
        }
    }
    // Scientific notation: 1e10, 12.32e+14, -12e-1.
    if let Some(e) = pieces.get(next) {
        if e.is_word()
            && !e.space_before()
            && matches!(text.get(e.start()..e.end()), Some("e" | "E"))
        {
            let (sign, k) = match pieces.get(next + 1) {
                Some(p) if p.is_char('+') && !p.space_before() => (1, next + 2),
                Some(p) if (p.is_char('-') || p.is_char('−')) && !p.space_before() => {
                    (-1, next + 2)
                }
                _ => (1, next + 1),
            };
            if let Some(exp) = pieces
                .get(k)
                .filter(|p| p.is_digits() && !p.space_before() && p.len() <= 3)
            {
                let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
                value *= 10f64.powi(sign * exp_value);
                plain = false;
                next = k + 1;
                end = exp.end();
            }
        }
    }
    // "1.3x10^6": times a power of ten.
    if let (Some(x), Some(ten), Some(caret)) =
        (pieces.get(next), pieces.get(next + 1), pieces.get(next + 2))
    {
        if x.is_word()
            && !x.space_before()
            && matches!(text.get(x.start()..x.end()), Some("x" | "X"))
            && ten.is_digits()
            && !ten.space_before()
            && digits_str(text, ten) == "10"
            && caret.is_char('^')
            && !caret.space_before()
        {
            let mantissa = value;
            next += 2;
            end = ten.end();
            let mut k = next + 1;
            let mut exp_sign = 1;
            if pieces
                .get(k)
                .is_some_and(|p| p.is_char('-') && !p.space_before())
            {
                exp_sign = -1;
                k += 1;
            }
            if let Some(exp) = pieces
                .get(k)
                .filter(|p| p.is_digits() && !p.space_before() && p.len() <= 3)
            {
                let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
                value = mantissa * 10f64.powi(exp_sign * exp_value);
                next = k + 1;
                end = exp.end();
            } else {
                value = mantissa * 10.0;
            }
            plain = false;
        }
    }
    // Power: 1.1^23, 2.5^-1, 1.1^+23 (a sign pair like "--" cancels).
    if pieces
        .get(next)
        .is_some_and(|p| p.is_char('^') && !p.space_before())
    {
        let mut k = next + 1;
        let mut exp_sign = 1;
        while let Some(p) = pieces.get(k).filter(|p| !p.space_before() && k < next + 3) {
            if p.is_char('-') {
                exp_sign = -exp_sign;
            } else if !p.is_char('+') {
                break;
            }
            k += 1;
        }
        if let Some(exp) = pieces
            .get(k)
            .filter(|p| p.is_digits() && !p.space_before() && p.len() <= 3)
        {
            let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
            value = value.powi(exp_sign * exp_value);
            plain = false;
            next = k + 1;
            end = exp.end();
        }
    }
    // Mixed number: "2  1/4" (a whole number, space, a proper fraction).
    if plain && frac.is_empty() {
        if let (Some(num), Some(slash), Some(den)) =
            (pieces.get(next), pieces.get(next + 1), pieces.get(next + 2))
        {
            let after_is_slash = pieces.get(next + 3).is_some_and(|p| p.is_char('/'));
            if num.is_digits()
                && num.space_before()
                && !num.break_before()
                && slash.is_char('/')
                && !slash.space_before()
                && den.is_digits()
                && !den.space_before()
                && !after_is_slash
            {
                let a: f64 = digits_str(text, num).parse().unwrap_or(0.0);
                let b: f64 = digits_str(text, den).parse().unwrap_or(0.0);
                if b > a && a > 0.0 {
                    value += a / b;
                    plain = false;
                    next += 3;
                    end = den.end();
                }
            }
        }
    }
    // Letter suffix right after the digits (or after one space for the
    // upper-case ones): 10k, 1.2b, 10M, 2.33 k, 1,674.5 G, 2mil, 1MM.
    if let Some(s) = pieces.get(next) {
        if s.is_word()
            && !s.break_before()
            && (!s.space_before() || single_group_space(text, &pieces[next - 1], s))
        {
            let word = text.get(s.start()..s.end()).unwrap_or("");
            let followed_by_letter_or_digit = pieces
                .get(next + 1)
                .is_some_and(|p| !p.space_before() && (p.is_digits() || p.is_word()));
            let multiplier = match word {
                "k" | "K" => Some(1e3),
                "M" | "MM" => Some(1e6),
                "m" if !s.space_before() => {
                    lower_m = true;
                    Some(1e6)
                }
                "b" | "B" if !s.space_before() => Some(1e9),
                "G" => Some(1e9),
                _ => None,
            };
            if let (Some(m), false) = (multiplier, followed_by_letter_or_digit) {
                value *= m;
                scale = m;
                plain = false;
                next += 1;
                end = s.end();
            } else {
                lower_m = false;
            }
        }
    }
    Some(Digits {
        next,
        end,
        value,
        plain,
        integer_digits: int.len(),
        scale,
        lower_m,
    })
}

/// What the word grammar read last: decides what may come next.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Article,
    Num(NumClass),
    DigitNum,
    Hundred,
    Scale,
    /// A fraction or decimal part: the number is complete unless a scale follows.
    Fraction,
}

#[derive(Debug, Clone, Copy)]
struct State {
    total: f64,
    current: f64,
    /// Sum of the cardinal words since the last hundred / scale / "and".
    group: f64,
    last: Last,
    last_scale: f64,
    group_has_hundred: bool,
    /// An "and" joined parts of the number.
    used_and: bool,
    next: usize,
    end: usize,
    scale: f64,
    plain: bool,
    integer_digits: usize,
    has_words: bool,
    lower_m: bool,
}

fn lex_at(pieces: &[Piece], j: usize) -> Option<Lex> {
    pieces.get(j).and_then(|p| p.lex())
}

/// A small fraction written "a half", "three quarters", "one fifth" starting
/// at `j`: its value and the piece after it.
fn word_fraction(pieces: &[Piece], j: usize) -> Option<(f64, usize)> {
    let mut k = j + 1;
    let numerator = match lex_at(pieces, j)? {
        Lex::Article => 1.0,
        Lex::Num(v, NumClass::Unit | NumClass::Teen) if v > 0.0 => v,
        Lex::Num(v, NumClass::Tens) => {
            // "fifty-four hundredths"
            let step = if pieces.get(k).is_some_and(|p| p.is_char('-')) {
                2
            } else {
                1
            };
            match lex_at(pieces, j + step) {
                Some(Lex::Num(u, NumClass::Unit)) if u > 0.0 => {
                    k = j + step + 1;
                    v + u
                }
                _ => v,
            }
        }
        _ => return None,
    };
    if pieces.get(k).is_some_and(|p| p.is_char('-')) {
        k += 1;
    }
    match lex_at(pieces, k)? {
        Lex::Half => Some((numerator / 2.0, k + 1)),
        Lex::Fraction(d) => Some((numerator / d, k + 1)),
        _ => None,
    }
}

fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅙' => 1.0 / 6.0,
        '⅛' => 0.125,
        _ => return None,
    })
}

/// Reads the number that starts at piece `i`, if one does.
pub(crate) fn number_at(
    text: &str,
    pieces: &[Piece],
    i: usize,
    locale: Locale,
) -> Option<NumberMatch> {
    let p = pieces.get(i)?;
    let mut sign = 1.0;
    let mut j = i;
    let mut leading_dot = false;
    match p.kind {
        PieceKind::Other('-' | '−') => {
            let next = pieces.get(i + 1)?;
            let prev_allows = i == 0
                || p.space_before()
                || pieces.get(i - 1).is_some_and(|q| {
                    matches!(q.kind, PieceKind::Other('(' | '<' | '>' | '=' | '~'))
                });
            if !(next.is_digits() && !next.space_before() && prev_allows) {
                return None;
            }
            sign = -1.0;
            j = i + 1;
        }
        PieceKind::Other('.') => {
            let next = pieces.get(i + 1)?;
            let prev_is_digit = i > 0
                && pieces
                    .get(i - 1)
                    .is_some_and(|q| q.is_digits() || q.is_word())
                && !p.space_before();
            if !next.is_digits() || next.space_before() || prev_is_digit {
                return None;
            }
            leading_dot = true;
            j = i + 1;
        }
        PieceKind::Other(c) => {
            let v = vulgar_fraction(c)?;
            return Some(NumberMatch {
                first: i,
                next: i + 1,
                start: p.start(),
                end: p.end(),
                value: v,
                scale: 1.0,
                plain_integer: false,
                integer_digits: 0,
                has_words: false,
                lower_m: false,
            });
        }
        PieceKind::Word => match p.lex()? {
            Lex::Minus => {
                let next = pieces.get(i + 1)?;
                if !(next.is_digits()
                    || matches!(next.lex(), Some(Lex::Num(..) | Lex::Article | Lex::Half)))
                {
                    return None;
                }
                sign = -1.0;
                j = i + 1;
            }
            Lex::Num(..)
            | Lex::Hundred
            | Lex::Article
            | Lex::Half
            | Lex::OneAndHalf
            | Lex::Fraction(4.0) => {}
            _ => return None,
        },
        PieceKind::Digits => {}
    }
    if leading_dot {
        let d = pieces.get(j)?;
        let frac = digits_str(text, d);
        let value = decimal_value("", frac);
        return Some(NumberMatch {
            first: i,
            next: j + 1,
            start: p.start(),
            end: d.end(),
            value: sign * value,
            scale: 1.0,
            plain_integer: false,
            integer_digits: 0,
            has_words: false,
            lower_m: false,
        });
    }
    let mut st = State {
        total: 0.0,
        current: 0.0,
        group: 0.0,
        last: Last::Nothing,
        last_scale: f64::INFINITY,
        group_has_hundred: false,
        used_and: false,
        next: j,
        end: p.end(),
        scale: 1.0,
        plain: sign > 0.0,
        integer_digits: 0,
        has_words: false,
        lower_m: false,
    };
    // The state before the last "and": restored when what follows it fails.
    let mut before_and: Option<State> = None;
    let mut consumed_any = false;
    while let Some(q) = pieces.get(j) {
        if j > i && q.break_before() {
            break;
        }
        // Connectors.
        if q.is_char('-')
            && matches!(
                st.last,
                Last::Num(NumClass::Tens) | Last::Num(NumClass::Unit) | Last::Num(NumClass::Teen)
            )
        {
            let after = lex_at(pieces, j + 1);
            let joins = match (st.last, after) {
                (Last::Num(NumClass::Tens), Some(Lex::Num(_, NumClass::Unit))) => true,
                (_, Some(Lex::Fraction(_))) => true,
                (Last::Num(NumClass::Tens), Some(Lex::Hundred)) => false,
                _ => false,
            };
            if joins {
                j += 1;
                continue;
            }
            break;
        }
        // "три с половиной", "два з половиною": and a half.
        if consumed_any
            && q.is_word()
            && text
                .get(q.start()..q.end())
                .is_some_and(|w| words().half_prepositions.contains(w))
            && pieces
                .get(j + 1)
                .and_then(|h| text.get(h.start()..h.end()))
                .is_some_and(|w| words().half_nouns.contains(w))
        {
            let multiplier = if st.last == Last::Scale {
                st.last_scale
            } else {
                1.0
            };
            if st.last == Last::Scale {
                st.total += 0.5 * multiplier;
            } else {
                st.current += 0.5;
            }
            st.last = Last::Fraction;
            st.next = j + 2;
            st.end = pieces.get(j + 1).map_or(st.end, |p| p.end());
            j += 2;
            continue;
        }
        if q.lex() == Some(Lex::And) {
            if !consumed_any {
                break;
            }
            // "and a half", "and three quarters": a fraction added to what precedes.
            if let Some((frac, mut after)) = word_fraction(pieces, j + 1) {
                let mut multiplier = if st.last == Last::Scale {
                    st.last_scale
                } else {
                    1.0
                };
                // "one billion and a half million": the fraction has its own scale.
                if let Some(Lex::Scale(s)) = lex_at(pieces, after) {
                    if st.last == Last::Scale && s < st.last_scale {
                        multiplier = s;
                        after += 1;
                    }
                }
                if st.last == Last::Scale {
                    st.total += frac * multiplier;
                    st.last = Last::Fraction;
                } else {
                    st.current += frac;
                    st.group = 0.0;
                    st.last = Last::Fraction;
                }
                st.next = after;
                st.end = pieces.get(after - 1).map_or(st.end, |p| p.end());
                j = after;
                continue;
            }
            let next_is_number = match lex_at(pieces, j + 1) {
                Some(Lex::Num(v, _)) => v > 0.0,
                _ => pieces.get(j + 1).is_some_and(|p| p.is_digits()),
            };
            if matches!(st.last, Last::Hundred | Last::Scale) && next_is_number {
                before_and = Some(st);
                st.group = 0.0;
                st.used_and = true;
                j += 1;
                continue;
            }
            break;
        }
        let accepted = match (q.kind, q.lex()) {
            (PieceKind::Digits, _) => {
                let allowed = matches!(st.last, Last::Nothing | Last::Hundred | Last::Scale);
                if !allowed {
                    false
                } else if let Some(d) = parse_digits(text, pieces, j, locale) {
                    let after_scale = st.last != Last::Nothing;
                    if after_scale
                        && (d.value >= st.last_scale.min(1e3) || d.value < 1.0 || !d.plain)
                    {
                        false
                    } else {
                        st.plain = st.plain && !after_scale && d.plain;
                        st.integer_digits = d.integer_digits;
                        st.current += d.value;
                        st.group = d.value;
                        st.lower_m = d.lower_m;
                        if d.scale > 1.0 {
                            // "10k" already multiplied: treat it as a scale step.
                            st.total += st.current;
                            st.current = 0.0;
                            st.last_scale = d.scale;
                            st.scale = d.scale;
                            st.last = Last::Scale;
                        } else {
                            st.last = Last::DigitNum;
                        }
                        st.next = d.next;
                        st.end = d.end;
                        j = d.next;
                        consumed_any = true;
                        continue;
                    }
                } else {
                    false
                }
            }
            (PieceKind::Word, Some(Lex::Num(v, class))) => {
                let allowed = match st.last {
                    Last::Nothing => true,
                    Last::Hundred => class < NumClass::Hundreds,
                    Last::Scale => v > 0.0,
                    Last::Num(NumClass::Tens) => class == NumClass::Unit && v > 0.0,
                    Last::Num(NumClass::Hundreds) => class < NumClass::Hundreds && v > 0.0,
                    _ => false,
                };
                if allowed {
                    if class == NumClass::Hundreds {
                        st.group_has_hundred = true;
                    }
                    st.current += v;
                    st.group += v;
                    st.last = Last::Num(class);
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Hundred)) => {
                let allowed = match st.last {
                    Last::Nothing | Last::Article => true,
                    Last::Num(c) => c != NumClass::Hundreds && !st.group_has_hundred,
                    Last::DigitNum => !st.group_has_hundred && st.current < 1000.0,
                    _ => false,
                };
                if allowed {
                    let lower = st.current - st.group;
                    let mult = if st.group == 0.0 { 1.0 } else { st.group };
                    st.current = lower + mult * 100.0;
                    st.group = 0.0;
                    st.group_has_hundred = true;
                    st.last = Last::Hundred;
                    st.plain = false;
                } else if let Some(saved) = before_and.take() {
                    st = saved;
                    break;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Scale(s))) => {
                let allowed = s < st.last_scale
                    && matches!(
                        st.last,
                        Last::Num(_)
                            | Last::DigitNum
                            | Last::Hundred
                            | Last::Article
                            | Last::Fraction
                    )
                    && st.current > 0.0;
                if allowed {
                    st.total += st.current * s;
                    st.current = 0.0;
                    st.group = 0.0;
                    st.group_has_hundred = false;
                    st.last_scale = s;
                    st.scale = s;
                    st.last = Last::Scale;
                    st.plain = false;
                    st.lower_m = false;
                } else if let Some(saved) = before_and.take() {
                    st = saved;
                    break;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Dozen)) => {
                let allowed = matches!(
                    st.last,
                    Last::Num(_) | Last::DigitNum | Last::Article | Last::Fraction
                );
                if allowed {
                    let group = if st.group == 0.0 {
                        st.current
                    } else {
                        st.group
                    };
                    st.current = st.current - group + group * 12.0;
                    st.group = 0.0;
                    st.last = Last::Fraction;
                    st.plain = false;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Fraction(d))) => {
                let plural = text
                    .get(q.start()..q.end())
                    .is_some_and(|w| w.ends_with('s') || w.ends_with('S'));
                let numerator = if st.group == 0.0 {
                    st.current
                } else {
                    st.group
                };
                let quarter_of_scale = st.last == Last::Nothing
                    && d == 4.0
                    && matches!(lex_at(pieces, j + 1), Some(Lex::Scale(_)));
                let allowed = quarter_of_scale
                    || (matches!(st.last, Last::Num(_) | Last::Article | Last::Hundred)
                        && numerator > 0.0
                        && (plural || numerator == 1.0));
                if allowed {
                    let before_tens = st.current - st.group;
                    if quarter_of_scale {
                        st.current = 0.25;
                    } else if !st.used_and
                        && st.last == Last::Num(NumClass::Tens)
                        && d < 10.0
                        && before_tens > 0.0
                    {
                        // "one hundred thirty fifths": 100 / 35.
                        st.current = before_tens / (st.group + d);
                    } else if numerator >= d && st.group > 0.0 {
                        // An improper fraction takes everything before it:
                        // "one hundred and thirty fifths" is 130 / 5.
                        st.current /= d;
                    } else {
                        // A proper one is added: "one hundred and three quarters".
                        st.current = st.current - numerator + numerator / d;
                    }
                    st.group = 0.0;
                    st.last = Last::Fraction;
                    st.plain = false;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Half)) => {
                let allowed = matches!(st.last, Last::Nothing | Last::Article);
                if allowed {
                    st.current = 0.5;
                    st.group = 0.0;
                    st.last = Last::Fraction;
                    st.plain = false;
                    // "half a million", "half a dozen": skip the article.
                    if lex_at(pieces, j + 1) == Some(Lex::Article)
                        && matches!(lex_at(pieces, j + 2), Some(Lex::Scale(_) | Lex::Dozen))
                    {
                        st.has_words = true;
                        j += 2;
                        continue;
                    }
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::OneAndHalf)) => {
                let allowed = st.last == Last::Nothing;
                if allowed {
                    st.current = 1.5;
                    st.last = Last::Fraction;
                    st.plain = false;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Article)) => {
                let allowed = st.last == Last::Nothing
                    && matches!(
                        lex_at(pieces, j + 1),
                        Some(
                            Lex::Hundred
                                | Lex::Scale(_)
                                | Lex::Dozen
                                | Lex::Half
                                | Lex::Fraction(_)
                        )
                    );
                if allowed {
                    st.current = 1.0;
                    st.group = 1.0;
                    st.last = Last::Article;
                    st.plain = false;
                }
                allowed
            }
            (PieceKind::Word, Some(Lex::Point)) => {
                // "two point five", "nought point nought three", "two hundred point seventy-one".
                if matches!(st.last, Last::Num(_) | Last::Hundred | Last::DigitNum) {
                    let mut digits = String::with_capacity(8);
                    let mut k = j + 1;
                    while let Some(Lex::Num(v, class)) = lex_at(pieces, k) {
                        if digits.len() >= 12 {
                            break;
                        }
                        match class {
                            NumClass::Unit => digits.push(char::from(b'0' + v as u8)),
                            NumClass::Teen => digits.push_str(&format!("{}", v as u32)),
                            NumClass::Tens => {
                                let mut two = v as u32;
                                let mut step = 1;
                                if pieces.get(k + 1).is_some_and(|p| p.is_char('-')) {
                                    step = 2;
                                }
                                if let Some(Lex::Num(u, NumClass::Unit)) = lex_at(pieces, k + step)
                                {
                                    two += u as u32;
                                    k += step;
                                }
                                digits.push_str(&format!("{two}"));
                            }
                            NumClass::Hundreds => break,
                        }
                        k += 1;
                    }
                    if digits.is_empty() {
                        false
                    } else {
                        st.current += decimal_value("", &digits);
                        st.group = 0.0;
                        st.last = Last::Fraction;
                        st.plain = false;
                        st.has_words = true;
                        st.next = k;
                        st.end = pieces.get(k - 1).map_or(st.end, |p| p.end());
                        j = k;
                        consumed_any = true;
                        continue;
                    }
                } else {
                    false
                }
            }
            _ => false,
        };
        if !accepted {
            break;
        }
        consumed_any = true;
        st.has_words = true;
        st.next = j + 1;
        st.end = q.end();
        j += 1;
    }
    if matches!(st.last, Last::Nothing | Last::Article) {
        return None;
    }
    let value = sign * (st.total + st.current);
    if !value.is_finite() {
        return None;
    }
    Some(NumberMatch {
        first: i,
        next: st.next,
        start: p.start(),
        end: st.end,
        value,
        scale: st.scale,
        plain_integer: st.plain && !st.has_words,
        integer_digits: st.integer_digits,
        has_words: st.has_words,
        lower_m: st.lower_m,
    })
}

/// Every number in `pieces`, left to right, not overlapping.
pub(crate) fn scan_numbers(text: &str, pieces: &[Piece], locale: Locale) -> Vec<NumberMatch> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        match number_at(text, pieces, i, locale) {
            Some(m) => {
                i = m.next.max(i + 1);
                found.push(m);
            }
            None => i += 1,
        }
    }
    // Held with the pieces through the whole scan: no growth slack.
    found.shrink_to_fit();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::lex;

    fn numbers(text: &str, locale: Locale) -> Vec<(String, f64)> {
        let pieces = lex(text);
        scan_numbers(text, &pieces, locale)
            .into_iter()
            .map(|m| (text.get(m.start..m.end).unwrap_or("?").to_string(), m.value))
            .collect()
    }

    fn one(text: &str) -> f64 {
        let found = numbers(text, Locale::English);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].1
    }

    #[test]
    fn digits_in_english_grouping() {
        assert_eq!(one("5,000"), 5000.0);
        assert_eq!(one("1,234,567.89"), 1234567.89);
        assert_eq!(one("4.800"), 4.8);
        assert_eq!(one("1 234 567"), 1234567.0);
        assert_eq!(one("12,34,567.89"), 1234567.89);
        assert_eq!(one("1.13bn"), 1.13e9);
        assert_eq!(one("10k"), 1e4);
        assert_eq!(one("1e10"), 1e10);
        assert_eq!(one("3/4"), 0.75);
        let list = numbers("22,24,26", Locale::English);
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn digits_in_decimal_comma_locales() {
        let found = numbers("1,5 млрд і 5.000 та 5 000", Locale::DecimalComma);
        let values: Vec<f64> = found.iter().map(|f| f.1).collect();
        assert_eq!(values, vec![1.5e9, 5000.0, 5000.0]);
    }

    #[test]
    fn english_words() {
        assert_eq!(one("twenty-five"), 25.0);
        assert_eq!(one("one hundred and twenty"), 120.0);
        assert_eq!(one("half a million"), 500000.0);
        assert_eq!(one("a dozen"), 12.0);
        assert_eq!(one("2.5 million"), 2.5e6);
        assert_eq!(one("two thirds"), 2.0 / 3.0);
        assert_eq!(one("one and a half"), 1.5);
        assert_eq!(one("five and a half million"), 5.5e6);
        assert_eq!(one("twenty-one trillion three hundred"), 21e12 + 300.0);
        assert_eq!(one("two hundred point seventy-one"), 200.71);
        let two = numbers("between five thousand and six thousand", Locale::English);
        assert_eq!(
            two.iter().map(|f| f.1).collect::<Vec<_>>(),
            vec![5000.0, 6000.0]
        );
        let two = numbers("3 hundred and 2 hundred", Locale::English);
        assert_eq!(
            two.iter().map(|f| f.1).collect::<Vec<_>>(),
            vec![300.0, 200.0]
        );
    }

    #[test]
    fn ukrainian_and_russian_words() {
        let found = numbers(
            "п'ять тисяч, пять тысяч, двісті сорок три, полтора миллиона, три с половиной, тридцати трёх",
            Locale::DecimalComma,
        );
        let values: Vec<f64> = found.iter().map(|f| f.1).collect();
        assert_eq!(values, vec![5000.0, 5000.0, 243.0, 1.5e6, 3.5, 33.0]);
    }

    #[test]
    fn hostile_input_is_bounded() {
        let long = "1,".repeat(20000) + &"one ".repeat(20000) + &"thousand ".repeat(2000);
        let started = std::time::Instant::now();
        let _ = numbers(&long, Locale::English);
        assert!(started.elapsed().as_secs() < 30);
        let _ = numbers("- . , 1e 1e+ 1/ /1 ½ and and a a half", Locale::English);
    }
}
