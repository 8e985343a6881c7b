//! (stub: to be written) the entity annotator.

use claimtrace_core::{Annotator, Document};

/// Adds the entity layer(s).
#[derive(Debug, Default)]
pub struct EntityAnnotator;

impl Annotator for EntityAnnotator {
    fn name(&self) -> &'static str {
        "entity"
    }
    fn annotate(&self, _doc: &mut Document) {}
}
