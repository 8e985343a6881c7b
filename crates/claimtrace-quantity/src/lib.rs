//! (stub: to be written) the quantity annotator.

use claimtrace_core::{Annotator, Document};

/// Adds the quantity layer(s).
#[derive(Debug, Default)]
pub struct QuantityAnnotator;

impl Annotator for QuantityAnnotator {
    fn name(&self) -> &'static str {
        "quantity"
    }
    fn annotate(&self, _doc: &mut Document) {}
}
