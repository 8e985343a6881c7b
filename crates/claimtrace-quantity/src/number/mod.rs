//! The number grammar: digits in every locale's grouping, number words of
//! English, Ukrainian and Russian, and the two mixed ("2.5 million", "5 тис.").
//!
//! It reads [`Piece`]s and says where a number starts and ends and what it is
//! worth. It knows nothing of units or context: the quantity layer decides
//! whether a number is a count, a year or part of a name.

mod digits;
mod words;

use crate::lex::{Piece, PieceKind};
use crate::lexicon::Lex;
use words::{Last, WordScan};

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

/// The text of a digit piece.
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

/// The value of a vulgar fraction character.
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
    let negative = match p.kind {
        PieceKind::Other('-' | '−') => {
            minus_sign_before_digits(pieces, i)?;
            true
        }
        PieceKind::Other('.') => return leading_dot_decimal(text, pieces, i),
        PieceKind::Other(c) => return vulgar_fraction_at(p, i, c),
        PieceKind::Word => word_number_start(pieces, i)?,
        PieceKind::Digits => false,
    };
    let body = if negative { i + 1 } else { i };
    let mut scan = WordScan::new(text, pieces, locale, i, body, !negative);
    scan.run();
    let st = scan.st;
    if matches!(st.last, Last::Nothing | Last::Article) {
        return None;
    }
    let sign = if negative { -1.0 } else { 1.0 };
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

/// A minus sign `-` / `−` at `i` that signs the digits glued after it: at the
/// start, after a space, or after `(` `<` `>` `=` `~` (not "10-5").
fn minus_sign_before_digits(pieces: &[Piece], i: usize) -> Option<()> {
    let p = pieces.get(i)?;
    let next = pieces.get(i + 1)?;
    let prev_allows = i == 0
        || p.space_before()
        || pieces
            .get(i - 1)
            .is_some_and(|q| matches!(q.kind, PieceKind::Other('(' | '<' | '>' | '=' | '~')));
    (next.is_digits() && !next.space_before() && prev_allows).then_some(())
}

/// ".5": a decimal without its zero (not the dot of "v.5" or "3.5").
fn leading_dot_decimal(text: &str, pieces: &[Piece], i: usize) -> Option<NumberMatch> {
    let p = pieces.get(i)?;
    let next = pieces.get(i + 1)?;
    let prev_is_digit = i > 0
        && pieces
            .get(i - 1)
            .is_some_and(|q| q.is_digits() || q.is_word())
        && !p.space_before();
    if !next.is_digits() || next.space_before() || prev_is_digit {
        return None;
    }
    Some(NumberMatch {
        first: i,
        next: i + 2,
        start: p.start(),
        end: next.end(),
        value: decimal_value("", digits_str(text, next)),
        scale: 1.0,
        plain_integer: false,
        integer_digits: 0,
        has_words: false,
        lower_m: false,
    })
}

/// A vulgar fraction character ("½", "¾") standing alone.
fn vulgar_fraction_at(p: &Piece, i: usize, c: char) -> Option<NumberMatch> {
    Some(NumberMatch {
        first: i,
        next: i + 1,
        start: p.start(),
        end: p.end(),
        value: vulgar_fraction(c)?,
        scale: 1.0,
        plain_integer: false,
        integer_digits: 0,
        has_words: false,
        lower_m: false,
    })
}

/// Whether a word may start a number, and whether it is a minus ("minus
/// five", "мінус 5"): `Some(true)` for a minus, `None` when no number starts.
fn word_number_start(pieces: &[Piece], i: usize) -> Option<bool> {
    match pieces.get(i)?.lex()? {
        Lex::Minus => {
            let next = pieces.get(i + 1)?;
            let signs = next.is_digits()
                || matches!(next.lex(), Some(Lex::Num(..) | Lex::Article | Lex::Half));
            signs.then_some(true)
        }
        Lex::Num(..)
        | Lex::Hundred
        | Lex::Article
        | Lex::Half
        | Lex::OneAndHalf
        | Lex::Fraction(4.0) => Some(false),
        _ => None,
    }
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
