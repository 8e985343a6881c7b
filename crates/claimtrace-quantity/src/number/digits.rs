//! Numbers written in digits: thousands grouping and decimal marks by
//! locale, and what may be glued after the digits (a fraction `3/4`,
//! scientific notation `1e10`, `1.3x10^6`, a power `1.1^23`, a mixed number
//! `2 1/4`, a letter suffix `10k`).

use claimtrace_lexicon::ALL;

use super::{decimal_value, digits_str, single_group_space, Locale};
use crate::lex::{Piece, PieceKind};

/// The factor of a scale letter after the digits, as written ("k", "M");
/// `glued`: no space between, as some letters need ("5m", "1.2b").
fn scale_letter(word: &str, glued: bool) -> Option<f64> {
    let factor_of = |letters: &[(&str, f64)]| {
        letters
            .iter()
            .find(|(letter, _)| *letter == word)
            .map(|&(_, factor)| factor)
    };
    ALL.iter().find_map(|lexicon| {
        let numerals = lexicon.numerals;
        factor_of(numerals.scale_letters).or_else(|| {
            glued
                .then(|| factor_of(numerals.glued_scale_letters))
                .flatten()
        })
    })
}

/// A digit number read by [`parse_digits`].
pub(super) struct Digits {
    pub next: usize,
    pub end: usize,
    pub value: f64,
    pub plain: bool,
    pub integer_digits: usize,
    pub scale: f64,
    pub lower_m: bool,
}

/// At most this many digit groups are joined: a longer list ("1,2,3,...")
/// is a list, and the cap keeps rescans bounded.
const MAX_GROUPS: usize = 8;

/// Digit groups joined by separators: `(piece index, separator before it)`;
/// the first group's separator is a placeholder space.
type Groups = Vec<(usize, char)>;

/// Reads a digit number starting at the digit piece `i`: grouping and decimal
/// marks by locale, scientific notation, fractions, and letter suffixes.
pub(super) fn parse_digits(
    text: &str,
    pieces: &[Piece],
    i: usize,
    locale: Locale,
) -> Option<Digits> {
    let first = pieces.get(i)?;
    if !first.is_digits() {
        return None;
    }
    let groups = collect_groups(text, pieces, i);
    let group_text = |k: usize| {
        groups
            .get(k)
            .and_then(|&(p, _)| pieces.get(p))
            .map(|p| digits_str(text, p))
            .unwrap_or("")
    };
    let marks: Vec<char> = groups.iter().skip(1).map(|&(_, c)| c).collect();
    let last_len = group_text(groups.len() - 1).len();
    let (decimal_mark, mut taken) = decimal_mark_and_taken(&marks, last_len, locale);
    let thousands_groups = if decimal_mark.is_some() {
        taken.saturating_sub(1)
    } else {
        taken
    };
    let valid = grouping_is_valid(group_text, &marks, thousands_groups) && !is_list_item(pieces, i);
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
    let last_piece = groups.get(taken - 1).map_or(i, |&(p, _)| p);
    let mut d = Digits {
        next: last_piece + 1,
        end: pieces.get(last_piece).map_or(first.end(), |p| p.end()),
        value: decimal_value(&int, frac),
        plain: taken == 1,
        integer_digits: int.len(),
        scale: 1.0,
        lower_m: false,
    };
    d.read_glued_suffixes(text, pieces, i, !frac.is_empty());
    Some(d)
}

/// The digit groups from piece `i` joined by ',' '.' or a single space.
fn collect_groups(text: &str, pieces: &[Piece], i: usize) -> Groups {
    let mut groups: Groups = Vec::with_capacity(4);
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
    groups
}

/// Which mark is the decimal one, if any, and how many groups the number
/// takes; `last_len` is the digit count of the last group.
fn decimal_mark_and_taken(
    marks: &[char],
    last_len: usize,
    locale: Locale,
) -> (Option<char>, usize) {
    let all = marks.len() + 1;
    if marks.is_empty() {
        return (None, all);
    }
    let has_comma = marks.contains(&',');
    let has_dot = marks.contains(&'.');
    let has_space = marks.contains(&' ');
    if has_comma && has_dot {
        // Both marks: the last one is decimal if it occurs once.
        let last = *marks.last().unwrap_or(&'.');
        let count_last = marks.iter().filter(|&&c| c == last).count();
        return if count_last == 1 {
            (Some(last), all)
        } else {
            (None, 1)
        };
    }
    let mark = if has_comma {
        ','
    } else if has_dot {
        '.'
    } else {
        ' '
    };
    let count = marks.iter().filter(|&&c| c == mark).count();
    let lone = count == 1 && !has_space;
    let decimal_mark = match (mark, locale) {
        (' ', _) => None,
        (',', Locale::English) if lone && last_len != 3 => Some(','),
        (',', Locale::DecimalComma) if lone || has_space => Some(','),
        ('.', Locale::English) if lone || has_space => Some('.'),
        ('.', Locale::DecimalComma) if lone && last_len != 3 => Some('.'),
        _ => None,
    };
    if has_space && decimal_mark.is_none() && mark != ' ' {
        // "5 000,000" mixes: keep only the space-grouped part.
        let taken = 1 + marks.iter().take_while(|&&c| c == ' ').count();
        return (decimal_mark, taken);
    }
    (decimal_mark, all)
}

/// Thousands groups have 3 digits (Indian grouping: 2 before the last 3) and
/// a grouped number starts with at most 3 digits.
fn grouping_is_valid<'t>(
    group_text: impl Fn(usize) -> &'t str,
    marks: &[char],
    thousands_groups: usize,
) -> bool {
    for k in 1..thousands_groups {
        let len = group_text(k).len();
        let indian = len == 2 && k + 1 < thousands_groups && marks.first() == Some(&',');
        if len != 3 && !indian {
            return false;
        }
    }
    !(group_text(0).len() > 3 && thousands_groups > 1)
}

/// "22,24,26": a number right after "digits," is an item of a list.
fn is_list_item(pieces: &[Piece], i: usize) -> bool {
    i >= 2
        && pieces.get(i).is_some_and(|first| !first.space_before())
        && pieces
            .get(i - 1)
            .is_some_and(|p| (p.is_char(',') || p.is_char('.')) && !p.space_before())
        && pieces.get(i - 2).is_some_and(|p| p.is_digits())
}

/// Digits of an exponent: glued, at most three.
fn exponent_at(pieces: &[Piece], k: usize) -> Option<&Piece> {
    pieces
        .get(k)
        .filter(|p| p.is_digits() && !p.space_before() && p.len() <= 3)
}

impl Digits {
    /// What may follow the digits of the number starting at piece `i`, in
    /// order; fractions only after a whole number (`has_decimals` false).
    fn read_glued_suffixes(&mut self, text: &str, pieces: &[Piece], i: usize, has_decimals: bool) {
        if self.plain && !has_decimals {
            self.read_slash_fraction(text, pieces, i);
        }
        self.read_scientific(text, pieces);
        self.read_times_power_of_ten(text, pieces);
        self.read_power(text, pieces);
        if self.plain && !has_decimals {
            self.read_mixed_fraction(text, pieces);
        }
        self.read_letter_suffix(text, pieces);
    }

    /// Fraction a/b right after the digits (no spaces; not part of a date a/b/c).
    fn read_slash_fraction(&mut self, text: &str, pieces: &[Piece], i: usize) {
        let next = self.next;
        let (Some(slash), Some(den)) = (pieces.get(next), pieces.get(next + 1)) else {
            return;
        };
        let first_glued = pieces.get(i).is_some_and(|first| !first.space_before());
        let preceded_by_slash = i > 0
            && pieces
                .get(i - 1)
                .is_some_and(|p| p.is_char('/') && first_glued);
        let followed_by_slash = pieces
            .get(next + 2)
            .is_some_and(|p| p.is_char('/') && !p.space_before());
        // "+1-222-2222/2222": a dash-chained code, not a fraction.
        let preceded_by_dash =
            i > 0 && first_glued && pieces.get(i - 1).is_some_and(|p| p.is_char('-'));
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
                self.value /= d;
                self.plain = false;
                self.next += 2;
                self.end = den.end();
            }
        }
    }

    /// Scientific notation: 1e10, 12.32e+14, -12e-1.
    fn read_scientific(&mut self, text: &str, pieces: &[Piece]) {
        let next = self.next;
        let Some(e) = pieces.get(next) else {
            return;
        };
        if !(e.is_word()
            && !e.space_before()
            && matches!(text.get(e.start()..e.end()), Some("e" | "E")))
        {
            return;
        }
        let (sign, k) = match pieces.get(next + 1) {
            Some(p) if p.is_char('+') && !p.space_before() => (1, next + 2),
            Some(p) if (p.is_char('-') || p.is_char('−')) && !p.space_before() => (-1, next + 2),
            _ => (1, next + 1),
        };
        if let Some(exp) = exponent_at(pieces, k) {
            let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
            self.value *= 10f64.powi(sign * exp_value);
            self.plain = false;
            self.next = k + 1;
            self.end = exp.end();
        }
    }

    /// "1.3x10^6": times a power of ten.
    fn read_times_power_of_ten(&mut self, text: &str, pieces: &[Piece]) {
        let next = self.next;
        let (Some(x), Some(ten), Some(caret)) =
            (pieces.get(next), pieces.get(next + 1), pieces.get(next + 2))
        else {
            return;
        };
        if !(x.is_word()
            && !x.space_before()
            && matches!(text.get(x.start()..x.end()), Some("x" | "X"))
            && ten.is_digits()
            && !ten.space_before()
            && digits_str(text, ten) == "10"
            && caret.is_char('^')
            && !caret.space_before())
        {
            return;
        }
        let mantissa = self.value;
        self.next += 2;
        self.end = ten.end();
        let mut k = self.next + 1;
        let mut exp_sign = 1;
        if pieces
            .get(k)
            .is_some_and(|p| p.is_char('-') && !p.space_before())
        {
            exp_sign = -1;
            k += 1;
        }
        if let Some(exp) = exponent_at(pieces, k) {
            let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
            self.value = mantissa * 10f64.powi(exp_sign * exp_value);
            self.next = k + 1;
            self.end = exp.end();
        } else {
            self.value = mantissa * 10.0;
        }
        self.plain = false;
    }

    /// Power: 1.1^23, 2.5^-1, 1.1^+23 (a sign pair like "--" cancels).
    fn read_power(&mut self, text: &str, pieces: &[Piece]) {
        let next = self.next;
        if !pieces
            .get(next)
            .is_some_and(|p| p.is_char('^') && !p.space_before())
        {
            return;
        }
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
        if let Some(exp) = exponent_at(pieces, k) {
            let exp_value: i32 = digits_str(text, exp).parse().unwrap_or(0);
            self.value = self.value.powi(exp_sign * exp_value);
            self.plain = false;
            self.next = k + 1;
            self.end = exp.end();
        }
    }

    /// Mixed number: "2  1/4" (a whole number, space, a proper fraction).
    fn read_mixed_fraction(&mut self, text: &str, pieces: &[Piece]) {
        let next = self.next;
        let (Some(num), Some(slash), Some(den)) =
            (pieces.get(next), pieces.get(next + 1), pieces.get(next + 2))
        else {
            return;
        };
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
                self.value += a / b;
                self.plain = false;
                self.next += 3;
                self.end = den.end();
            }
        }
    }

    /// Letter suffix right after the digits (or after one space for the
    /// upper-case ones): 10k, 1.2b, 10M, 2.33 k, 1,674.5 G, 2mil, 1MM.
    fn read_letter_suffix(&mut self, text: &str, pieces: &[Piece]) {
        let next = self.next;
        let Some(s) = pieces.get(next) else {
            return;
        };
        let attached = !s.space_before() || single_group_space(text, &pieces[next - 1], s);
        if !s.is_word() || s.break_before() || !attached {
            return;
        }
        let word = text.get(s.start()..s.end()).unwrap_or("");
        let followed_by_letter_or_digit = pieces
            .get(next + 1)
            .is_some_and(|p| !p.space_before() && (p.is_digits() || p.is_word()));
        // A lower-case m (a glued letter): million after a currency sign,
        // metres otherwise.
        let multiplier = scale_letter(word, !s.space_before());
        if let (Some(m), false) = (multiplier, followed_by_letter_or_digit) {
            self.value *= m;
            self.scale = m;
            self.plain = false;
            self.next += 1;
            self.end = s.end();
            self.lower_m = word == "m";
        } else {
            self.lower_m = false;
        }
    }
}
