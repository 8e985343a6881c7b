//! Numbers written in words (English, Ukrainian, Russian), alone or mixed
//! with digits: "twenty-five", "one hundred and twenty", "2.5 million",
//! "half a dozen", "three quarters", "two point five", "три с половиной".
//!
//! [`WordScan`] reads one word at a time; what it read last ([`Last`])
//! decides what may come next.

use super::digits::parse_digits;
use super::{decimal_value, Locale};
use crate::lex::{Piece, PieceKind};
use crate::lexicon::{Lex, NumClass};
use crate::units::words;

/// What the word grammar read last: decides what may come next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Last {
    Nothing,
    Article,
    Num(NumClass),
    DigitNum,
    Hundred,
    Scale,
    /// A fraction or decimal part: the number is complete unless a scale follows.
    Fraction,
}

/// The value read so far and where it ends.
#[derive(Debug, Clone, Copy)]
pub(super) struct State {
    pub total: f64,
    pub current: f64,
    /// Sum of the cardinal words since the last hundred / scale / "and".
    pub group: f64,
    pub last: Last,
    pub last_scale: f64,
    pub group_has_hundred: bool,
    /// An "and" joined parts of the number.
    pub used_and: bool,
    pub next: usize,
    pub end: usize,
    pub scale: f64,
    pub plain: bool,
    pub integer_digits: usize,
    pub has_words: bool,
    pub lower_m: bool,
}

/// What reading one construction did to the scan.
enum Step {
    /// The construction was read and the scan already moved past it.
    Moved,
    /// The piece at the cursor was read as one word of the number.
    Word,
    /// The number ends before the cursor.
    Stop,
}

pub(super) fn lex_at(pieces: &[Piece], j: usize) -> Option<Lex> {
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

/// The scan of a number from its first word or digit piece.
pub(super) struct WordScan<'a> {
    text: &'a str,
    pieces: &'a [Piece],
    locale: Locale,
    /// The piece where the number starts (after any sign).
    first: usize,
    /// The cursor.
    j: usize,
    pub st: State,
    /// The state before the last "and": restored when what follows it fails.
    before_and: Option<State>,
    consumed_any: bool,
}

impl<'a> WordScan<'a> {
    /// A scan of the number whose body starts at piece `j` (`first` is the
    /// piece of the whole match, a sign included); `plain` is false for a
    /// signed number.
    pub fn new(
        text: &'a str,
        pieces: &'a [Piece],
        locale: Locale,
        first: usize,
        j: usize,
        plain: bool,
    ) -> Self {
        let end = pieces.get(first).map_or(0, |p| p.end());
        WordScan {
            text,
            pieces,
            locale,
            first,
            j,
            st: State {
                total: 0.0,
                current: 0.0,
                group: 0.0,
                last: Last::Nothing,
                last_scale: f64::INFINITY,
                group_has_hundred: false,
                used_and: false,
                next: j,
                end,
                scale: 1.0,
                plain,
                integer_digits: 0,
                has_words: false,
                lower_m: false,
            },
            before_and: None,
            consumed_any: false,
        }
    }

    /// Reads constructions until one does not fit.
    pub fn run(&mut self) {
        while let Some(q) = self.pieces.get(self.j) {
            if self.j > self.first && q.break_before() {
                break;
            }
            match self.step(q) {
                Step::Moved => {}
                Step::Stop => break,
                Step::Word => {
                    self.consumed_any = true;
                    self.st.has_words = true;
                    self.st.next = self.j + 1;
                    self.st.end = q.end();
                    self.j += 1;
                }
            }
        }
    }

    /// Reads the construction at the cursor, the connectors first.
    fn step(&mut self, q: &Piece) -> Step {
        if let Some(step) = self.hyphen_connector(q) {
            return step;
        }
        if self.and_a_half_slavic(q) {
            return Step::Moved;
        }
        if q.lex() == Some(Lex::And) {
            return self.and_connector();
        }
        match (q.kind, q.lex()) {
            (PieceKind::Digits, _) => self.digits(),
            (PieceKind::Word, Some(Lex::Num(v, class))) => self.cardinal(v, class),
            (PieceKind::Word, Some(Lex::Hundred)) => self.hundred(),
            (PieceKind::Word, Some(Lex::Scale(s))) => self.scale_word(s),
            (PieceKind::Word, Some(Lex::Dozen)) => self.dozen(),
            (PieceKind::Word, Some(Lex::Fraction(d))) => self.fraction_word(q, d),
            (PieceKind::Word, Some(Lex::Half)) => self.half(),
            (PieceKind::Word, Some(Lex::OneAndHalf)) => self.one_and_a_half(),
            (PieceKind::Word, Some(Lex::Article)) => self.article(),
            (PieceKind::Word, Some(Lex::Point)) => self.point_decimals(),
            _ => Step::Stop,
        }
    }

    /// A word or its absence: `Word` when accepted, else `Stop`.
    fn word_if(accepted: bool) -> Step {
        if accepted {
            Step::Word
        } else {
            Step::Stop
        }
    }

    /// A hyphen after a cardinal: "twenty-five", "three-quarters" join; any
    /// other ends the number.
    fn hyphen_connector(&mut self, q: &Piece) -> Option<Step> {
        let after_cardinal = matches!(
            self.st.last,
            Last::Num(NumClass::Tens) | Last::Num(NumClass::Unit) | Last::Num(NumClass::Teen)
        );
        if !(q.is_char('-') && after_cardinal) {
            return None;
        }
        let after = lex_at(self.pieces, self.j + 1);
        let joins = matches!(
            (self.st.last, after),
            (Last::Num(NumClass::Tens), Some(Lex::Num(_, NumClass::Unit)))
                | (_, Some(Lex::Fraction(_)))
        );
        if joins {
            self.j += 1;
            Some(Step::Moved)
        } else {
            Some(Step::Stop)
        }
    }

    /// "три с половиной", "два з половиною": and a half.
    fn and_a_half_slavic(&mut self, q: &Piece) -> bool {
        let (text, pieces, j) = (self.text, self.pieces, self.j);
        let is_half = self.consumed_any
            && q.is_word()
            && text
                .get(q.start()..q.end())
                .is_some_and(|w| words().half_prepositions.contains(w))
            && pieces
                .get(j + 1)
                .and_then(|h| text.get(h.start()..h.end()))
                .is_some_and(|w| words().half_nouns.contains(w));
        if !is_half {
            return false;
        }
        let st = &mut self.st;
        if st.last == Last::Scale {
            st.total += 0.5 * st.last_scale;
        } else {
            st.current += 0.5;
        }
        st.last = Last::Fraction;
        st.next = j + 2;
        st.end = pieces.get(j + 1).map_or(st.end, |p| p.end());
        self.j += 2;
        true
    }

    /// "and": a fraction after it ("and a half"), or more of the number after
    /// a hundred or scale ("one hundred and twenty").
    fn and_connector(&mut self) -> Step {
        if !self.consumed_any {
            return Step::Stop;
        }
        if self.and_fraction() {
            return Step::Moved;
        }
        let (pieces, j) = (self.pieces, self.j);
        let next_is_number = match lex_at(pieces, j + 1) {
            Some(Lex::Num(v, _)) => v > 0.0,
            _ => pieces.get(j + 1).is_some_and(|p| p.is_digits()),
        };
        if matches!(self.st.last, Last::Hundred | Last::Scale) && next_is_number {
            self.before_and = Some(self.st);
            self.st.group = 0.0;
            self.st.used_and = true;
            self.j += 1;
            return Step::Moved;
        }
        Step::Stop
    }

    /// "and a half", "and three quarters": a fraction added to what precedes.
    fn and_fraction(&mut self) -> bool {
        let pieces = self.pieces;
        let Some((frac, mut after)) = word_fraction(pieces, self.j + 1) else {
            return false;
        };
        let st = &mut self.st;
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
        } else {
            st.current += frac;
            st.group = 0.0;
        }
        st.last = Last::Fraction;
        st.next = after;
        st.end = pieces.get(after - 1).map_or(st.end, |p| p.end());
        self.j = after;
        true
    }

    /// Digits at the start or after a hundred / scale ("2.5 million",
    /// "one hundred 5"); "10k" counts as a scale step.
    fn digits(&mut self) -> Step {
        let st = &mut self.st;
        if !matches!(st.last, Last::Nothing | Last::Hundred | Last::Scale) {
            return Step::Stop;
        }
        let Some(d) = parse_digits(self.text, self.pieces, self.j, self.locale) else {
            return Step::Stop;
        };
        let after_scale = st.last != Last::Nothing;
        if after_scale && (d.value >= st.last_scale.min(1e3) || d.value < 1.0 || !d.plain) {
            return Step::Stop;
        }
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
        self.j = d.next;
        self.consumed_any = true;
        Step::Moved
    }

    /// A cardinal word ("five", "twenty", "двісті") where its class may follow.
    fn cardinal(&mut self, v: f64, class: NumClass) -> Step {
        let st = &mut self.st;
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
        Self::word_if(allowed)
    }

    /// "hundred": multiplies the group before it ("three hundred", "a hundred").
    fn hundred(&mut self) -> Step {
        let st = &mut self.st;
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
        } else {
            self.undo_and();
        }
        Self::word_if(allowed)
    }

    /// "thousand", "million", "млрд": multiplies everything since the last
    /// larger scale.
    fn scale_word(&mut self, s: f64) -> Step {
        let st = &mut self.st;
        let allowed = s < st.last_scale
            && matches!(
                st.last,
                Last::Num(_) | Last::DigitNum | Last::Hundred | Last::Article | Last::Fraction
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
        } else {
            self.undo_and();
        }
        Self::word_if(allowed)
    }

    /// What follows an "and" does not fit: the number ends before the "and".
    fn undo_and(&mut self) {
        if let Some(saved) = self.before_and.take() {
            self.st = saved;
        }
    }

    /// "dozen": twelve times the group before it ("a dozen", "three dozen").
    fn dozen(&mut self) -> Step {
        let st = &mut self.st;
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
        Self::word_if(allowed)
    }

    /// A fraction word after its numerator ("two thirds", "a quarter"), or
    /// "quarter" before a scale ("quarter million").
    fn fraction_word(&mut self, q: &Piece, d: f64) -> Step {
        let plural = self
            .text
            .get(q.start()..q.end())
            .is_some_and(|w| w.ends_with('s') || w.ends_with('S'));
        let next_is_scale = matches!(lex_at(self.pieces, self.j + 1), Some(Lex::Scale(_)));
        let st = &mut self.st;
        let numerator = if st.group == 0.0 {
            st.current
        } else {
            st.group
        };
        let quarter_of_scale = st.last == Last::Nothing && d == 4.0 && next_is_scale;
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
        Self::word_if(allowed)
    }

    /// "half" at the start; "half a million", "half a dozen" skip the article.
    fn half(&mut self) -> Step {
        let pieces = self.pieces;
        let st = &mut self.st;
        let allowed = matches!(st.last, Last::Nothing | Last::Article);
        if allowed {
            st.current = 0.5;
            st.group = 0.0;
            st.last = Last::Fraction;
            st.plain = false;
            if lex_at(pieces, self.j + 1) == Some(Lex::Article)
                && matches!(lex_at(pieces, self.j + 2), Some(Lex::Scale(_) | Lex::Dozen))
            {
                st.has_words = true;
                self.j += 2;
                return Step::Moved;
            }
        }
        Self::word_if(allowed)
    }

    /// "полтора", "півтора": one and a half, at the start only.
    fn one_and_a_half(&mut self) -> Step {
        let st = &mut self.st;
        let allowed = st.last == Last::Nothing;
        if allowed {
            st.current = 1.5;
            st.last = Last::Fraction;
            st.plain = false;
        }
        Self::word_if(allowed)
    }

    /// "a" / "an" standing for one before "hundred", a scale, "dozen", "half"
    /// or a fraction word.
    fn article(&mut self) -> Step {
        let allowed = self.st.last == Last::Nothing
            && matches!(
                lex_at(self.pieces, self.j + 1),
                Some(Lex::Hundred | Lex::Scale(_) | Lex::Dozen | Lex::Half | Lex::Fraction(_))
            );
        if allowed {
            let st = &mut self.st;
            st.current = 1.0;
            st.group = 1.0;
            st.last = Last::Article;
            st.plain = false;
        }
        Self::word_if(allowed)
    }

    /// "two point five", "nought point nought three", "two hundred point
    /// seventy-one": decimals spelled after "point".
    fn point_decimals(&mut self) -> Step {
        if !matches!(self.st.last, Last::Num(_) | Last::Hundred | Last::DigitNum) {
            return Step::Stop;
        }
        let (digits, k) = spelled_digits(self.pieces, self.j + 1);
        if digits.is_empty() {
            return Step::Stop;
        }
        let st = &mut self.st;
        st.current += decimal_value("", &digits);
        st.group = 0.0;
        st.last = Last::Fraction;
        st.plain = false;
        st.has_words = true;
        st.next = k;
        st.end = self.pieces.get(k - 1).map_or(st.end, |p| p.end());
        self.j = k;
        self.consumed_any = true;
        Step::Moved
    }
}

/// The digits spelled from piece `k` on ("five", "seventy-one", "nought
/// three"), at most 12 or so, and the piece after them.
fn spelled_digits(pieces: &[Piece], mut k: usize) -> (String, usize) {
    let mut digits = String::with_capacity(8);
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
                if let Some(Lex::Num(u, NumClass::Unit)) = lex_at(pieces, k + step) {
                    two += u as u32;
                    k += step;
                }
                digits.push_str(&format!("{two}"));
            }
            NumClass::Hundreds => break,
        }
        k += 1;
    }
    (digits, k)
}
