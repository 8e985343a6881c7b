//! Splits text into the pieces the number grammar reads: letter runs, digit
//! runs and single other characters, each knowing whether space preceded it.
//!
//! The quantity stage keeps its own lexer rather than the document tokens
//! because number syntax needs finer pieces than words ("5,000" is three
//! pieces here, "1e10" too) and the evaluation runs on bare strings.

use crate::lexicon::{self, Lex, LexId, MAX_WORD_BYTES};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum PieceKind {
    Word,
    Digits,
    Other(char),
}

/// One piece, in 16 bytes: a document has about one piece per four bytes of
/// text, and the pieces of the whole text are held while it is scanned, so
/// offsets are `u32` (the lexer reads at most the first 4 GiB of a text,
/// see [`lex`]), the lexicon entry an index, and the flags bits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    start: u32,
    end: u32,
    pub kind: PieceKind,
    lex: Option<LexId>,
    flags: u8,
}

const SPACE_BEFORE: u8 = 1;
const BREAK_BEFORE: u8 = 2;
const CAPITAL: u8 = 4;

impl Piece {
    /// Byte offset of the piece's start in the text.
    pub fn start(&self) -> usize {
        self.start as usize
    }
    /// Byte offset of the piece's end in the text.
    pub fn end(&self) -> usize {
        self.end as usize
    }
    /// What the number lexicon says about this word.
    pub fn lex(&self) -> Option<Lex> {
        self.lex.and_then(lexicon::entry)
    }
    /// Whitespace separates it from the previous piece.
    pub fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }
    /// A line break separates it from the previous piece (numbers never span lines).
    pub fn break_before(&self) -> bool {
        self.flags & BREAK_BEFORE != 0
    }
    /// The word starts with an upper-case letter.
    pub fn capital(&self) -> bool {
        self.flags & CAPITAL != 0
    }
    pub fn is_word(&self) -> bool {
        self.kind == PieceKind::Word
    }
    pub fn is_digits(&self) -> bool {
        self.kind == PieceKind::Digits
    }
    pub fn is_char(&self, c: char) -> bool {
        self.kind == PieceKind::Other(c)
    }
    pub fn len(&self) -> usize {
        self.end().saturating_sub(self.start())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Lower-cases `word` into `buf` (reused, so no allocation per word), with
/// every apostrophe written as `'`.
pub(crate) fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        if is_apostrophe(c) {
            buf.push('\'');
        } else if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// Splits `text` into pieces (linear, one lexicon look-up per word). Only
/// the first 4 GiB of a text are read (offsets are `u32`); readers cap
/// documents far below that.
pub(crate) fn lex(text: &str) -> Vec<Piece> {
    let mut limit = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let text = text.get(..limit).unwrap_or_default();
    let mut pieces = Vec::with_capacity(text.len() / 4 + 1);
    let mut buf = String::with_capacity(MAX_WORD_BYTES);
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut break_before = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                break_before = true;
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            PieceKind::Digits
        } else if c.is_alphabetic() {
            // Letters, with an apostrophe kept only between two letters (п'ять, don't).
            loop {
                match chars.peek() {
                    Some(&(i, d)) if d.is_alphabetic() => {
                        end = i + d.len_utf8();
                        chars.next();
                    }
                    Some(&(i, d)) if is_apostrophe(d) => {
                        let next_is_letter = text
                            .get(i + d.len_utf8()..)
                            .and_then(|rest| rest.chars().next())
                            .is_some_and(char::is_alphabetic);
                        if !next_is_letter {
                            break;
                        }
                        end = i + d.len_utf8();
                        chars.next();
                    }
                    _ => break,
                }
            }
            PieceKind::Word
        } else {
            PieceKind::Other(c)
        };
        let mut lex = None;
        let mut capital = false;
        if kind == PieceKind::Word {
            capital = c.is_uppercase();
            if end - start <= MAX_WORD_BYTES {
                if let Some(word) = text.get(start..end) {
                    lower_into(word, &mut buf);
                    lex = lexicon::lookup(&buf);
                }
            }
        }
        let flags = if space_before { SPACE_BEFORE } else { 0 }
            | if break_before { BREAK_BEFORE } else { 0 }
            | if capital { CAPITAL } else { 0 };
        // Both fit: the text was cut to u32::MAX bytes above.
        let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
            break;
        };
        pieces.push(Piece {
            start,
            end,
            kind,
            lex,
            flags,
        });
        space_before = false;
        break_before = false;
    }
    // The guess above is a quarter of the text; news has about one piece
    // per 4.7 bytes, and the pieces are held through the whole scan, the
    // analysis's peak (a shrinking realloc does not copy).
    pieces.shrink_to_fit();
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_digits_words_and_marks() {
        let p = lex("5,000-6,000 п’ять 1e10");
        let kinds: Vec<PieceKind> = p.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                PieceKind::Digits,
                PieceKind::Other(','),
                PieceKind::Digits,
                PieceKind::Other('-'),
                PieceKind::Digits,
                PieceKind::Other(','),
                PieceKind::Digits,
                PieceKind::Word,
                PieceKind::Digits,
                PieceKind::Word,
                PieceKind::Digits,
            ]
        );
        assert!(matches!(p[7].lex(), Some(Lex::Num(v, _)) if v == 5.0));
        assert!(p[7].space_before() && !p[9].space_before());
    }

    #[test]
    fn a_piece_takes_sixteen_bytes() {
        // The pieces of a whole document are held at once (docs/limits.md).
        assert_eq!(std::mem::size_of::<Piece>(), 16);
    }
}
