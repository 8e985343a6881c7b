//! Splits text into the pieces the number grammar reads: letter runs, digit
//! runs and single other characters, each knowing whether space preceded it.
//!
//! The quantity stage keeps its own lexer rather than the document tokens
//! because number syntax needs finer pieces than words ("5,000" is three
//! pieces here, "1e10" too) and the evaluation runs on bare strings.

use crate::lexicon::{self, Lex, MAX_WORD_BYTES};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum PieceKind {
    Word,
    Digits,
    Other(char),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind,
    /// What the number lexicon says about this word.
    pub lex: Option<Lex>,
    /// Whitespace separates it from the previous piece.
    pub space_before: bool,
    /// A line break separates it from the previous piece (numbers never span lines).
    pub break_before: bool,
    /// The word starts with an upper-case letter.
    pub capital: bool,
}

impl Piece {
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
        self.end.saturating_sub(self.start)
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

/// Splits `text` into pieces (linear, one lexicon look-up per word).
pub(crate) fn lex(text: &str) -> Vec<Piece> {
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
        pieces.push(Piece {
            start,
            end,
            kind,
            lex,
            space_before,
            break_before,
            capital,
        });
        space_before = false;
        break_before = false;
    }
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
        assert!(matches!(p[7].lex, Some(Lex::Num(v, _)) if v == 5.0));
        assert!(p[7].space_before && !p[9].space_before);
    }
}
