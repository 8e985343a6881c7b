//! Number words of English, Ukrainian and Russian, and the few other words
//! the number grammar must know while it scans (built once, see [`lookup`]).
//!
//! Every word of a document is looked up here exactly once, so the table holds
//! only what the number grammar needs; words read around a number (units,
//! comparators, rates) are matched later, only where a number was found.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::num::NonZeroU16;
use std::sync::OnceLock;

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

fn build() -> WordMap<Lex> {
    use Lex::*;
    use NumClass::*;
    let mut m: WordMap<Lex> = WordMap::with_capacity_and_hasher(700, Default::default());
    let units: &[(&str, f64)] = &[
        ("zero", 0.0),
        ("nought", 0.0),
        ("naught", 0.0),
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        // Russian (nominative and oblique forms)
        ("ноль", 0.0),
        ("нуль", 0.0),
        ("один", 1.0),
        ("одна", 1.0),
        ("одно", 1.0),
        ("одного", 1.0),
        ("одной", 1.0),
        ("одну", 1.0),
        ("два", 2.0),
        ("две", 2.0),
        ("двух", 2.0),
        ("три", 3.0),
        ("трех", 3.0),
        ("трёх", 3.0),
        ("четыре", 4.0),
        ("четырех", 4.0),
        ("четырёх", 4.0),
        ("пять", 5.0),
        ("пяти", 5.0),
        ("шесть", 6.0),
        ("шести", 6.0),
        ("семь", 7.0),
        ("семи", 7.0),
        ("восемь", 8.0),
        ("восьми", 8.0),
        ("девять", 9.0),
        ("девяти", 9.0),
        // Ukrainian
        ("одне", 1.0),
        ("однієї", 1.0),
        ("дві", 2.0),
        ("двох", 2.0),
        ("трьох", 3.0),
        ("чотири", 4.0),
        ("чотирьох", 4.0),
        ("п'ять", 5.0),
        ("п'яти", 5.0),
        ("шість", 6.0),
        ("сім", 7.0),
        ("вісім", 8.0),
        ("дев'ять", 9.0),
        ("дев'яти", 9.0),
    ];
    for &(w, v) in units {
        m.insert(w, Num(v, Unit));
    }
    let teens: &[(&str, f64)] = &[
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("десять", 10.0),
        ("десяти", 10.0),
        ("одиннадцать", 11.0),
        ("одиннадцати", 11.0),
        ("двенадцать", 12.0),
        ("двенадцати", 12.0),
        ("тринадцать", 13.0),
        ("тринадцати", 13.0),
        ("четырнадцать", 14.0),
        ("четырнадцати", 14.0),
        ("пятнадцать", 15.0),
        ("пятнадцати", 15.0),
        ("шестнадцать", 16.0),
        ("шестнадцати", 16.0),
        ("семнадцать", 17.0),
        ("семнадцати", 17.0),
        ("восемнадцать", 18.0),
        ("восемнадцати", 18.0),
        ("девятнадцать", 19.0),
        ("девятнадцати", 19.0),
        ("одинадцять", 11.0),
        ("одинадцяти", 11.0),
        ("дванадцять", 12.0),
        ("дванадцяти", 12.0),
        ("тринадцять", 13.0),
        ("тринадцяти", 13.0),
        ("чотирнадцять", 14.0),
        ("чотирнадцяти", 14.0),
        ("п'ятнадцять", 15.0),
        ("п'ятнадцяти", 15.0),
        ("шістнадцять", 16.0),
        ("шістнадцяти", 16.0),
        ("сімнадцять", 17.0),
        ("сімнадцяти", 17.0),
        ("вісімнадцять", 18.0),
        ("вісімнадцяти", 18.0),
        ("дев'ятнадцять", 19.0),
        ("дев'ятнадцяти", 19.0),
    ];
    for &(w, v) in teens {
        m.insert(w, Num(v, Teen));
    }
    let tens: &[(&str, f64)] = &[
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("двадцать", 20.0),
        ("двадцати", 20.0),
        ("тридцать", 30.0),
        ("тридцати", 30.0),
        ("сорок", 40.0),
        ("сорока", 40.0),
        ("пятьдесят", 50.0),
        ("пятидесяти", 50.0),
        ("шестьдесят", 60.0),
        ("шестидесяти", 60.0),
        ("семьдесят", 70.0),
        ("семидесяти", 70.0),
        ("восемьдесят", 80.0),
        ("восьмидесяти", 80.0),
        ("девяносто", 90.0),
        ("девяноста", 90.0),
        ("двадцять", 20.0),
        ("двадцяти", 20.0),
        ("тридцять", 30.0),
        ("тридцяти", 30.0),
        ("п'ятдесят", 50.0),
        ("п'ятдесяти", 50.0),
        ("шістдесят", 60.0),
        ("шістдесяти", 60.0),
        ("сімдесят", 70.0),
        ("сімдесяти", 70.0),
        ("вісімдесят", 80.0),
        ("вісімдесяти", 80.0),
        ("дев'яносто", 90.0),
        ("дев'яноста", 90.0),
    ];
    for &(w, v) in tens {
        m.insert(w, Num(v, Tens));
    }
    let hundreds: &[(&str, f64)] = &[
        ("сто", 100.0),
        ("ста", 100.0),
        ("двести", 200.0),
        ("двухсот", 200.0),
        ("триста", 300.0),
        ("трехсот", 300.0),
        ("трёхсот", 300.0),
        ("четыреста", 400.0),
        ("четырехсот", 400.0),
        ("пятьсот", 500.0),
        ("пятисот", 500.0),
        ("шестьсот", 600.0),
        ("шестисот", 600.0),
        ("семьсот", 700.0),
        ("семисот", 700.0),
        ("восемьсот", 800.0),
        ("восьмисот", 800.0),
        ("девятьсот", 900.0),
        ("девятисот", 900.0),
        ("двісті", 200.0),
        ("двохсот", 200.0),
        ("трьохсот", 300.0),
        ("чотириста", 400.0),
        ("чотирьохсот", 400.0),
        ("п'ятсот", 500.0),
        ("п'ятисот", 500.0),
        ("шістсот", 600.0),
        ("шестисот", 600.0),
        ("сімсот", 700.0),
        ("семисот", 700.0),
        ("вісімсот", 800.0),
        ("восьмисот", 800.0),
        ("дев'ятсот", 900.0),
        ("дев'ятисот", 900.0),
    ];
    for &(w, v) in hundreds {
        m.insert(w, Num(v, Hundreds));
    }
    m.insert("hundred", Hundred);
    m.insert("hundreds", Hundred);
    let scales: &[(&str, f64)] = &[
        ("thousand", 1e3),
        ("thousands", 1e3),
        ("million", 1e6),
        ("millions", 1e6),
        ("billion", 1e9),
        ("billions", 1e9),
        ("trillion", 1e12),
        ("trillions", 1e12),
        ("lakh", 1e5),
        ("crore", 1e7),
        ("bn", 1e9),
        ("mn", 1e6),
        ("mln", 1e6),
        ("mil", 1e6),
        ("bln", 1e9),
        ("tln", 1e12),
        ("trn", 1e12),
        ("tn", 1e12),
        ("тысяча", 1e3),
        ("тысячи", 1e3),
        ("тысяч", 1e3),
        ("тысячу", 1e3),
        ("тысячам", 1e3),
        ("тысячами", 1e3),
        ("тыс", 1e3),
        ("тисяча", 1e3),
        ("тисячі", 1e3),
        ("тисяч", 1e3),
        ("тисячу", 1e3),
        ("тисячам", 1e3),
        ("тис", 1e3),
        ("миллион", 1e6),
        ("миллиона", 1e6),
        ("миллионов", 1e6),
        ("мільйон", 1e6),
        ("мільйона", 1e6),
        ("мільйонів", 1e6),
        ("млн", 1e6),
        ("миллиард", 1e9),
        ("миллиарда", 1e9),
        ("миллиардов", 1e9),
        ("мільярд", 1e9),
        ("мільярда", 1e9),
        ("мільярдів", 1e9),
        ("млрд", 1e9),
        ("триллион", 1e12),
        ("триллиона", 1e12),
        ("триллионов", 1e12),
        ("трильйон", 1e12),
        ("трильйона", 1e12),
        ("трильйонів", 1e12),
        ("трлн", 1e12),
    ];
    for &(w, v) in scales {
        m.insert(w, Scale(v));
    }
    for w in [
        "dozen",
        "dozens",
        "dz",
        "dzs",
        "doz",
        "dozs",
        "дюжина",
        "дюжини",
        "дюжины",
    ] {
        m.insert(w, Dozen);
    }
    let fractions: &[(&str, f64)] = &[
        ("third", 3.0),
        ("thirds", 3.0),
        ("quarter", 4.0),
        ("quarters", 4.0),
        ("fourth", 4.0),
        ("fourths", 4.0),
        ("fifth", 5.0),
        ("fifths", 5.0),
        ("sixth", 6.0),
        ("sixths", 6.0),
        ("seventh", 7.0),
        ("sevenths", 7.0),
        ("eighth", 8.0),
        ("eighths", 8.0),
        ("ninth", 9.0),
        ("ninths", 9.0),
        ("tenth", 10.0),
        ("tenths", 10.0),
        ("eleventh", 11.0),
        ("twelfth", 12.0),
        ("twentieth", 20.0),
        ("twentieths", 20.0),
        ("thirtieth", 30.0),
        ("thirtieths", 30.0),
        ("fortieth", 40.0),
        ("fiftieth", 50.0),
        ("hundredth", 100.0),
        ("hundredths", 100.0),
        ("thousandth", 1e3),
        ("thousandths", 1e3),
        ("millionth", 1e6),
        ("millionths", 1e6),
        ("billionth", 1e9),
        ("billionths", 1e9),
        ("trillionth", 1e12),
        ("trillionths", 1e12),
    ];
    for &(w, v) in fractions {
        m.insert(w, Fraction(v));
    }
    m.insert("half", Half);
    m.insert("halves", Half);
    m.insert("point", Point);
    m.insert("and", And);
    m.insert("a", Article);
    m.insert("an", Article);
    m.insert("minus", Minus);
    m.insert("negative", Minus);
    for w in ["полтора", "полторы", "півтора", "півтори"] {
        m.insert(w, OneAndHalf);
    }
    let factors: &[(&str, f64, bool)] = &[
        ("doubled", 2.0, true),
        ("doubling", 2.0, true),
        ("tripled", 3.0, true),
        ("trebled", 3.0, true),
        ("quadrupled", 4.0, true),
        ("halved", 0.5, false),
        ("удвоился", 2.0, true),
        ("удвоилась", 2.0, true),
        ("удвоилось", 2.0, true),
        ("удвоились", 2.0, true),
        ("подвоївся", 2.0, true),
        ("подвоїлася", 2.0, true),
        ("подвоїлось", 2.0, true),
        ("подвоїлися", 2.0, true),
    ];
    for &(w, v, up) in factors {
        m.insert(w, Factor(v, up));
    }
    // The month names a day number comes before: "16 July", "16 липня".
    for lex in claimtrace_lexicon::ALL {
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
