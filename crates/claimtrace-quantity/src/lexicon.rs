//! The table of number words the number grammar reads while it scans, built
//! once (see [`lookup`]) from every lexicon's `numerals` (claimtrace-lexicon:
//! cardinals, scales, fractions, factors) and month names.
//!
//! Every word of a document is looked up here exactly once, so the table holds
//! only what the number grammar needs; words read around a number (units,
//! comparators, rates) are matched later, only where a number was found.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::num::NonZeroU16;
use std::sync::OnceLock;

use claimtrace_lexicon::NumeralWords;

pub(crate) use claimtrace_core::Fnv;

/// A map keyed by static words, hashed with [`Fnv`].
pub(crate) type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A set of static words, hashed with [`Fnv`].
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Magnitude class of a cardinal word: which word may follow which
/// ("twenty" then "one", "сто" then "двадцять", never "one" then "two").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NumClass {
    Unit,
    Teen,
    Tens,
    /// A word for a whole hundred: сто, двісті, триста.
    Hundreds,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    /// A cardinal word.
    Num(f64, NumClass),
    /// "hundred": multiplies what precedes.
    Hundred,
    /// thousand, million, bn, тисяч, млн, ...
    Scale(f64),
    /// dozen(s): times twelve.
    Dozen,
    /// An ordinal that doubles as a fraction denominator ("third", "fifths").
    Fraction(f64),
    /// half / a half.
    Half,
    /// "point" in "two point five".
    Point,
    And,
    /// "a" / "an": one, but only before hundred, thousand, dozen, half, ...
    Article,
    /// "minus" / "negative".
    Minus,
    /// 1.5 as a word: полтора, півтора.
    OneAndHalf,
    /// A verb that states a change as a factor: doubled (2, up), halved (0.5, down).
    Factor(f64, bool),
    /// A month name: a number next to it is a date.
    Month,
}

/// The table of every lexicon's numerals. Classes are added in this order
/// and a later class overrides an earlier one for a word listed in both (a
/// month name is a month); the lexicons' tests keep a word to one class.
fn build() -> WordMap<Lex> {
    use Lex::*;
    use NumClass::*;
    let mut m: WordMap<Lex> = WordMap::with_capacity_and_hasher(700, Default::default());
    let lexicons = claimtrace_lexicon::ALL;
    let valued = |m: &mut WordMap<Lex>,
                  pick: fn(&NumeralWords) -> &'static [(&'static str, f64)],
                  lex: fn(f64) -> Lex| {
        for l in lexicons {
            for &(w, v) in pick(l.numerals) {
                m.insert(w, lex(v));
            }
        }
    };
    let plain =
        |m: &mut WordMap<Lex>, pick: fn(&NumeralWords) -> &'static [&'static str], lex: Lex| {
            for l in lexicons {
                for &w in pick(l.numerals) {
                    m.insert(w, lex);
                }
            }
        };
    valued(&mut m, |n| n.units, |v| Num(v, Unit));
    valued(&mut m, |n| n.teens, |v| Num(v, Teen));
    valued(&mut m, |n| n.tens, |v| Num(v, Tens));
    valued(&mut m, |n| n.hundreds, |v| Num(v, Hundreds));
    plain(&mut m, |n| n.hundred_words, Hundred);
    valued(&mut m, |n| n.scales, Scale);
    plain(&mut m, |n| n.dozens, Dozen);
    valued(&mut m, |n| n.fraction_denominators, Fraction);
    plain(&mut m, |n| n.halves, Half);
    plain(&mut m, |n| n.decimal_points, Point);
    plain(&mut m, |n| n.conjunctions, And);
    plain(&mut m, |n| n.articles, Article);
    plain(&mut m, |n| n.minus_words, Minus);
    plain(&mut m, |n| n.one_and_a_half, OneAndHalf);
    for l in lexicons {
        for &(w, v, up) in l.numerals.factor_verbs {
            m.insert(w, Factor(v, up));
        }
    }
    // The month names a day number comes before: "16 July", "16 липня".
    for lex in lexicons {
        for month in 0..12 {
            for w in lex.months_after_day(month) {
                m.insert(w, Month);
            }
        }
    }
    m
}

/// The table as the lexer keeps it: each word maps to a small index into
/// the distinct entries, so a piece holds two bytes instead of a `Lex`
/// (sixteen), pieces being about one per four bytes of text.
struct Table {
    index: WordMap<LexId>,
    entries: Vec<Lex>,
}

/// An entry of the number lexicon, as a piece holds it ([`entry`] reads it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LexId(NonZeroU16);

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let words = build();
        let mut entries: Vec<Lex> = Vec::new();
        let mut index = WordMap::with_capacity_and_hasher(words.len(), Default::default());
        for (word, lex) in words {
            let at = match entries.iter().position(|e| *e == lex) {
                Some(at) => at,
                None => {
                    entries.push(lex);
                    entries.len() - 1
                }
            };
            // A few hundred distinct entries: the index always fits; an
            // entry past u16 would only be left out, never misread.
            if let Some(id) = u16::try_from(at + 1).ok().and_then(NonZeroU16::new) {
                index.insert(word, LexId(id));
            }
        }
        Table { index, entries }
    })
}

/// Longest word (in bytes) the table holds; longer words are rejected unread.
pub(crate) const MAX_WORD_BYTES: usize = 32;

/// Looks up an already lower-cased word (apostrophes normalised to `'`).
pub(crate) fn lookup(lower: &str) -> Option<LexId> {
    table().index.get(lower).copied()
}

/// The entry `id` stands for.
pub(crate) fn entry(id: LexId) -> Option<Lex> {
    table().entries.get(usize::from(id.0.get()) - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_of_every_lexicon_are_read() {
        let read = |w: &str| lookup(w).and_then(entry);
        assert_eq!(read("twenty"), Some(Lex::Num(20.0, NumClass::Tens)));
        assert_eq!(read("п'ятсот"), Some(Lex::Num(500.0, NumClass::Hundreds)));
        assert_eq!(read("четырёх"), Some(Lex::Num(4.0, NumClass::Unit)));
        assert_eq!(read("млрд"), Some(Lex::Scale(1e9)));
        assert_eq!(read("полторы"), Some(Lex::OneAndHalf));
        assert_eq!(read("halved"), Some(Lex::Factor(0.5, false)));
        assert_eq!(read("липня"), Some(Lex::Month));
        assert_eq!(read("said"), None);
    }
}
