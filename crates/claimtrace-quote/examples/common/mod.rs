//! What the development examples share: the layers they run, chosen by
//! environment variables (`ENTITIES=1` adds the entity layer, as the full
//! pipeline has it; `RULES_ONLY=1` leaves the learned tagger out).

use claimtrace_core::{Annotator, Document};

/// After the text layer: the entity layer when `ENTITIES` is set, and the
/// quote layer (rules alone when `RULES_ONLY` is set).
pub fn analyse(doc: &mut Document) {
    if std::env::var_os("ENTITIES").is_some() {
        claimtrace_entity::EntityAnnotator.annotate(doc);
    }
    let quotes = if std::env::var_os("RULES_ONLY").is_some() {
        claimtrace_quote::QuoteAnnotator::rules_only()
    } else {
        claimtrace_quote::QuoteAnnotator::default()
    };
    quotes.annotate(doc);
}
