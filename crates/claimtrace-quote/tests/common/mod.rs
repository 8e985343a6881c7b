//! What the quote tests share: analysing a passage written for them with
//! the text layer and the quote stage (no entity layer: speakers are
//! checked by their mention; or with it, `analyse_with_entities`), and
//! finding a quote by its words.

// Each test file uses some of these.
#![allow(dead_code)]

use claimtrace_core::{Annotator, Document, Metadata, Quote};
use claimtrace_quote::QuoteAnnotator;

pub fn analyse(text: &str) -> Document {
    analyse_with(text, Metadata::default())
}

/// [`analyse`] with the entity layer before the quote stage, as the
/// pipeline runs them (speakers resolved to entities, places known).
pub fn analyse_with_entities(text: &str) -> Document {
    analyse_with_entities_and(text, Metadata::default())
}

/// [`analyse_with_entities`] of a record with its metadata (its date).
pub fn analyse_with_entities_and(text: &str, meta: Metadata) -> Document {
    let mut doc = Document::new(text, meta);
    claimtrace_text::prepare(&mut doc);
    claimtrace_entity::EntityAnnotator.annotate(&mut doc);
    QuoteAnnotator::default().annotate(&mut doc);
    doc
}

/// The rules' reading alone, without the learned tagger (what the
/// tagger's features are built on, and what Russian and Ukrainian get).
pub fn analyse_rules(text: &str) -> Document {
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_text::prepare(&mut doc);
    QuoteAnnotator::rules_only().annotate(&mut doc);
    doc
}

/// [`analyse`] of a record with its metadata (a `speaker` field, a title).
pub fn analyse_with(text: &str, meta: Metadata) -> Document {
    let mut doc = Document::new(text, meta);
    claimtrace_text::prepare(&mut doc);
    QuoteAnnotator::default().annotate(&mut doc);
    doc
}

/// The quote whose content holds `content_part`; panics with every quote
/// when there is none.
pub fn find<'a>(doc: &'a Document, content_part: &str) -> &'a Quote {
    doc.quotes
        .iter()
        .find(|q| q.text.contains(content_part))
        .unwrap_or_else(|| {
            panic!(
                "no quote containing {content_part:?}; quotes: {:#?}",
                doc.quotes
            )
        })
}

/// The first quote whose cue is `cue_text`; panics with every quote when
/// there is none.
pub fn find_by_cue<'a>(doc: &'a Document, cue_text: &str) -> &'a Quote {
    doc.quotes
        .iter()
        .find(|q| cue(q) == cue_text)
        .unwrap_or_else(|| {
            panic!(
                "no quote with the cue {cue_text:?}; quotes: {:#?}",
                doc.quotes
            )
        })
}

pub fn cue(q: &Quote) -> &str {
    q.cue.as_ref().map_or("", |c| c.text.as_str())
}

pub fn speaker(q: &Quote) -> &str {
    q.speaker.text.as_deref().unwrap_or("")
}
