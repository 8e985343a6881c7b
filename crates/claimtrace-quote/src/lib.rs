//! (stub: to be written) the quote annotator.

use claimtrace_core::{Annotator, Document};

/// Adds the quote layer(s).
#[derive(Debug, Default)]
pub struct QuoteAnnotator;

impl Annotator for QuoteAnnotator {
    fn name(&self) -> &'static str {
        "quote"
    }
    fn annotate(&self, _doc: &mut Document) {}
}
