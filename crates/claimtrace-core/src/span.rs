use serde::{Deserialize, Serialize};

use crate::offsets::MapOffsets;

/// A half-open range `start..end` into a document's text.
///
/// Byte offsets inside the library, code-point offsets in JSON output
/// (see the crate docs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text under the span, or "" when it does not fall on char
    /// boundaries of `text` (never panics).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl MapOffsets for Span {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

/// A span together with the text it covers, as it appears in JSON output
/// (`{"start": .., "end": .., "text": ..}`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SpanText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl SpanText {
    /// Builds from a byte span over `text`.
    pub fn from_span(span: Span, text: &str) -> Self {
        SpanText {
            start: span.start,
            end: span.end,
            text: span.slice(text).to_string(),
        }
    }
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl MapOffsets for SpanText {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}
