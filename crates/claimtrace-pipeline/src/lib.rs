//! The default analysis pipeline.
//!
//! Order matters: each stage reads the layers of the stages before it.
//! 1. `text`: paragraphs, sentences, tokens, language;
//! 2. `date-inference`: the document date when the input gave none;
//! 3. `entity`: people, organisations, places and their mentions (coreference);
//! 4. `quote`: quotes, speakers (resolved through entity mentions), attributions, hedges, claims;
//! 5. `time`: time expressions resolved against the document date, events;
//! 6. `quantity`: quantities, units, rates and comparisons.

use std::sync::Arc;

use claimtrace_core::Pipeline;
use claimtrace_quote::{QuoteAnnotator, SpanTagger};

/// Every stage, in order.
pub fn default_pipeline() -> Pipeline {
    pipeline_with_quotes(QuoteAnnotator::default())
}

/// Every stage, with attribution spans read by `tagger` (the transformer
/// of claimtrace-embed) instead of the fast linear tagger.
pub fn pipeline_with_span_tagger(tagger: Arc<dyn SpanTagger>) -> Pipeline {
    pipeline_with_quotes(QuoteAnnotator::with_tagger(tagger))
}

// `default()` rather than unit literals: annotators gain options over time.
#[allow(clippy::default_constructed_unit_structs)]
fn pipeline_with_quotes(quotes: QuoteAnnotator) -> Pipeline {
    Pipeline::new()
        .with(claimtrace_text::TextAnnotator)
        .with(claimtrace_text::DateInference)
        .with(claimtrace_entity::EntityAnnotator::default())
        .with(quotes)
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
