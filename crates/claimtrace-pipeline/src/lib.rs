//! The default analysis pipeline.
//!
//! Order matters: each stage reads the layers of the stages before it.
//! 1. `text`: paragraphs, sentences, tokens, language;
//! 2. `date-inference`: the document date when the input gave none;
//! 3. `entity`: people, organisations, places and their mentions (coreference);
//! 4. `quote`: quotes, speakers (resolved through entity mentions), attributions, hedges, claims;
//! 5. `time`: time expressions resolved against the document date, events;
//! 6. `quantity`: quantities, units, rates and comparisons.

use claimtrace_core::Pipeline;

/// Every stage, in order.
// `default()` rather than unit literals: annotators gain options over time.
#[allow(clippy::default_constructed_unit_structs)]
pub fn default_pipeline() -> Pipeline {
    Pipeline::new()
        .with(claimtrace_text::TextAnnotator)
        .with(claimtrace_text::DateInference)
        .with(claimtrace_entity::EntityAnnotator::default())
        .with(claimtrace_quote::QuoteAnnotator::default())
        .with(claimtrace_time::TimeAnnotator::default())
        .with(claimtrace_quantity::QuantityAnnotator::default())
}

/// Only the reading stages (text and date): what `bench read` measures.
pub fn text_pipeline() -> Pipeline {
    Pipeline::new()
        .with(claimtrace_text::TextAnnotator)
        .with(claimtrace_text::DateInference)
}

/// The stages the learned attribution tagger reads, with the quote rules
/// alone: what `claimtrace train quotes` trains on.
#[allow(clippy::default_constructed_unit_structs)]
pub fn attribution_training_pipeline() -> Pipeline {
    Pipeline::new()
        .with(claimtrace_text::TextAnnotator)
        .with(claimtrace_text::DateInference)
        .with(claimtrace_entity::EntityAnnotator::default())
        .with(claimtrace_quote::QuoteAnnotator::rules_only())
}
