//! The claimtrace document model.
//!
//! A [`Document`] holds the exact text of one news item or primary source,
//! its [`Metadata`], and layers of annotation over spans of that text
//! (paragraphs, sentences, tokens, entities, quotes, times, quantities, ...).
//! [`Annotator`]s add layers; a [`Pipeline`] runs them in order.
//!
//! # Offsets
//! Inside the library every span is a **byte** range into `Document::text`
//! (`start..end`, end-exclusive), so slicing is free. JSON output uses
//! **Unicode code-point** offsets (what Python's `str` slicing gives):
//! [`Document::to_output`] converts every layer through [`MapOffsets`].
//! A new layer must implement [`MapOffsets`] for all of its spans, or its
//! JSON offsets will be wrong for non-ASCII text.

mod annotator;
mod document;
mod hash;
pub mod html;
pub mod layers;
pub mod lexemes;
pub mod metrics;
mod offsets;
mod span;

pub use annotator::{Annotator, Pipeline};
pub use document::{DateSource, Document, Metadata, SCHEMA_VERSION};
pub use hash::{fnv1a, fnv1a_continue, Fnv};
pub use layers::*;
pub use lexemes::Lexemes;
pub use offsets::{CharIndex, MapOffsets};
pub use span::{Span, SpanText};
