//! (stub: to be written) the time annotator.

use claimtrace_core::{Annotator, Document};

/// Adds the time layer(s).
#[derive(Debug, Default)]
pub struct TimeAnnotator;

impl Annotator for TimeAnnotator {
    fn name(&self) -> &'static str {
        "time"
    }
    fn annotate(&self, _doc: &mut Document) {}
}
