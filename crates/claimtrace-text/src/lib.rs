//! The first layers every annotator reads: paragraphs, sentences, tokens,
//! the language, and the document date when the input gave none.
//!
//! ```
//! use claimtrace_core::{Document, Metadata, Pipeline};
//! let mut doc = Document::new("Mr. Smith went to the U.S. on Feb. 28. He said so.", Metadata::default());
//! claimtrace_text::prepare(&mut doc);
//! assert_eq!(doc.sentences.len(), 2);
//! ```

mod date;
mod lang;
mod layout;
mod segment;
mod token;

pub use date::{infer_document_date, month_number, DateInference};
pub use lang::detect_language;
pub use layout::paragraphs;
pub use segment::split_sentences;
pub use token::{is_quote_char, tokenize};

use claimtrace_core::{Annotator, Document};

/// Paragraphs, sentences, tokens and language (when not given).
#[derive(Debug, Default, Clone, Copy)]
pub struct TextAnnotator;

impl Annotator for TextAnnotator {
    fn name(&self) -> &'static str {
        "text"
    }
    fn annotate(&self, doc: &mut Document) {
        doc.paragraphs = layout::paragraphs(&doc.text, &doc.meta);
        let mut sentences = Vec::new();
        for (i, p) in doc.paragraphs.iter().enumerate() {
            segment::split_sentences_into(&doc.text, p.start, p.end, i, &mut sentences);
        }
        doc.sentences = sentences;
        doc.paragraphs.shrink_to_fit();
        let mut tokens = Vec::with_capacity(doc.text.len() / 5);
        for (i, s) in doc.sentences.iter().enumerate() {
            token::tokenize_into(&doc.text, s.start, s.end, i, &mut tokens);
        }
        // The guess above is often short: growth leaves up to half the
        // capacity unused (12 bytes a byte of text on news), kept for the
        // whole analysis.
        tokens.shrink_to_fit();
        doc.sentences.shrink_to_fit();
        doc.lexemes = claimtrace_core::Lexemes::new(&doc.text, &tokens);
        doc.tokens = tokens;
        if doc.meta.language.is_none() {
            doc.meta.language = lang::detect_language(&doc.text).map(str::to_string);
        }
    }
}

/// Runs [`TextAnnotator`] then [`DateInference`]: what a test needs before
/// running a later annotator on a hand-made document.
pub fn prepare(doc: &mut Document) {
    TextAnnotator.annotate(doc);
    DateInference.annotate(doc);
}
