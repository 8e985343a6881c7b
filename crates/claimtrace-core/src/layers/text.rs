use serde::{Deserialize, Serialize};

use crate::map_offsets;

/// What a paragraph (a line block of the input) is in the article's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Headline,
    Standfirst,
    /// A short unpunctuated line inside the body (a crosshead).
    Subheading,
    #[default]
    Body,
    /// A trailing marker such as `- News`.
    SectionMarker,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}
map_offsets!(Paragraph; offsets: [start, end]; nested: []);

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into `paragraphs`.
    pub paragraph: usize,
}
map_offsets!(Sentence; offsets: [start, end]; nested: []);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    #[default]
    Word,
    /// Starts with a digit: `5,000`, `155-caliber`, `2023-07-16`, `76%`.
    Number,
    /// Quotation marks of any script: `"` `“` `”` `«` `»` `„` `‹` `›` `'` `‘` `’`.
    Quote,
    Punct,
    Symbol,
}

/// A word, number or punctuation token: byte span and the index of its
/// sentence in `sentences`.
///
/// 16 bytes: the token layer is the largest of the analysis (one token per
/// five bytes of text or so), so its offsets are `u32` (documents are cut at
/// 64 MiB, far below 4 GiB) behind accessors that give `usize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    start: u32,
    end: u32,
    sentence: u32,
    pub kind: TokenKind,
}

/// `usize` to `u32`, saturating: no document comes near 4 GiB.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Token {
    pub fn new(start: usize, end: usize, kind: TokenKind, sentence: usize) -> Self {
        Token {
            start: narrow(start),
            end: narrow(end),
            sentence: narrow(sentence),
            kind,
        }
    }

    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the token's sentence.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }
}

impl crate::MapOffsets for Token {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = narrow(f(self.start()));
        self.end = narrow(f(self.end()));
    }
}

#[cfg(test)]
mod token_tests {
    use super::*;
    use crate::MapOffsets;

    #[test]
    fn a_token_is_sixteen_bytes_and_gives_usize_offsets() {
        assert_eq!(std::mem::size_of::<Token>(), 16);
        let mut t = Token::new(10, 17, TokenKind::Word, 3);
        assert_eq!((t.start(), t.end(), t.sentence()), (10, 17, 3));
        t.map_offsets(&|b| b / 2);
        assert_eq!((t.start(), t.end()), (5, 8));
    }
}
