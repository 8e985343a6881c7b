use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::layers::*;
use crate::offsets::{CharIndex, MapOffsets};

/// Version of the JSON output schema (`docs/schema.md`). Bump the major
/// number when a field changes meaning or disappears.
pub const SCHEMA_VERSION: &str = "1.0";

/// Where `Metadata::date` came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The input carried it (JSONL field, feed item date, WARC capture date, HTML meta).
    Metadata,
    /// `--date` on the command line; overrides everything else.
    Argument,
    /// Read out of the text (the latest full date written in it).
    Inferred,
    /// Unknown.
    #[default]
    None,
}

/// What is known about a document besides its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Stable identifier: given by the input, else derived from the path
    /// (and record number) it was read from.
    pub id: String,
    pub title: Option<String>,
    pub standfirst: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    /// Outlet or publisher.
    pub source: Option<String>,
    pub author: Option<String>,
    /// ISO 639-1 code (`en`, `uk`, `ru`, ...), when detected or given.
    pub language: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub date_source: DateSource,
    /// Where the document was read from: path, plus record number or URI
    /// for containers (`feed.xml#3`, `crawl.warc.gz@1234`).
    pub origin: Option<String>,
    /// Input fields claimtrace does not interpret, kept verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// One news item or primary source and every layer of annotation over it.
///
/// Spans are byte offsets into `text` while the document is in memory;
/// [`Document::to_output`] returns a copy with code-point offsets for JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Document {
    /// Output schema version (set by [`Document::to_output`]).
    #[serde(default)]
    pub schema: String,
    #[serde(flatten)]
    pub meta: Metadata,
    /// The exact text that every offset points into.
    pub text: String,
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
    #[serde(default)]
    pub sentences: Vec<Sentence>,
    /// Word, number and punctuation tokens. Internal: not written to JSON.
    #[serde(skip)]
    pub tokens: Vec<Token>,
    /// The token view: each token's lower-cased form and shape, built with
    /// the tokens and dropped with them. Internal: not written to JSON.
    #[serde(skip)]
    pub lexemes: crate::Lexemes,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub attributions: Vec<Attribution>,
    #[serde(default)]
    pub hedges: Vec<Hedge>,
    #[serde(default)]
    pub times: Vec<TimeExpr>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Problems met while reading or analysing this document that did not
    /// stop it (lossy UTF-8, truncated input, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Document {
    pub fn new(text: impl Into<String>, meta: Metadata) -> Self {
        Document {
            schema: SCHEMA_VERSION.to_string(),
            meta,
            text: text.into(),
            ..Default::default()
        }
    }

    /// The text under a byte span ("" if the span is not on char boundaries).
    pub fn slice(&self, span: crate::Span) -> &str {
        span.slice(&self.text)
    }

    /// A copy for output: every offset converted from bytes to code points.
    /// The token layer, which is not part of the output, is not copied.
    pub fn to_output(&self) -> Document {
        let Document {
            schema: _,
            meta,
            text,
            paragraphs,
            sentences,
            tokens: _,
            lexemes: _,
            entities,
            quotes,
            attributions,
            hedges,
            times,
            events,
            quantities,
            comparisons,
            claims,
            warnings,
        } = self;
        Document {
            schema: String::new(),
            meta: meta.clone(),
            text: text.clone(),
            paragraphs: paragraphs.clone(),
            sentences: sentences.clone(),
            tokens: Vec::new(),
            lexemes: crate::Lexemes::default(),
            entities: entities.clone(),
            quotes: quotes.clone(),
            attributions: attributions.clone(),
            hedges: hedges.clone(),
            times: times.clone(),
            events: events.clone(),
            quantities: quantities.clone(),
            comparisons: comparisons.clone(),
            claims: claims.clone(),
            warnings: warnings.clone(),
        }
        .into_output()
    }

    /// The document for output, converted in place (no copy: for a caller
    /// that is done with the in-memory form): every offset from bytes to
    /// code points, the token layer dropped.
    pub fn into_output(mut self) -> Document {
        self.drop_token_layers();
        self.schema = SCHEMA_VERSION.to_string();
        let index = CharIndex::new(&self.text);
        let f = |b: usize| index.char_offset(b);
        self.map_offsets(&f);
        self
    }

    /// Frees the token layer and the token view over it, which no stage
    /// after the analysis reads.
    pub fn drop_token_layers(&mut self) {
        self.tokens = Vec::new();
        self.lexemes = crate::Lexemes::default();
    }

    /// The index of the sentence that contains byte offset `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

impl MapOffsets for Document {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.paragraphs.map_offsets(f);
        self.sentences.map_offsets(f);
        self.tokens.map_offsets(f);
        self.entities.map_offsets(f);
        self.quotes.map_offsets(f);
        self.attributions.map_offsets(f);
        self.hedges.map_offsets(f);
        self.times.map_offsets(f);
        self.events.map_offsets(f);
        self.quantities.map_offsets(f);
        self.comparisons.map_offsets(f);
        self.claims.map_offsets(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn output_offsets_are_code_points() {
        let text = "Захарова: «злочин». Putin";
        let mut doc = Document::new(text, Metadata::default());
        let b = text.find("Putin").unwrap_or(0);
        doc.sentences.push(Sentence {
            start: b,
            end: text.len(),
            paragraph: 0,
        });
        let out = doc.to_output();
        let s = &out.sentences[0];
        let chars: Vec<char> = text.chars().collect();
        let got: String = chars[s.start..s.end].iter().collect();
        assert_eq!(got, "Putin");
        assert_eq!(doc.slice(Span::new(b, text.len())), "Putin");
    }
}
