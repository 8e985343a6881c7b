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

/// A word, number or punctuation token. `sentence` indexes `sentences`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub sentence: usize,
}
map_offsets!(Token; offsets: [start, end]; nested: []);
