//! The seed article's quotes, non-quotes, attribution chains and hedges,
//! checked against its expected reading (`shared/seed/expected.json`),
//! under the default pipeline. The checks live in
//! `common/seed_quote_checks.rs` so that the transformer tagger's crate
//! (`claimtrace-embed`, outside the workspace) runs the same ones.

mod common;

use claimtrace_core::Document;

/// The seed through the default pipeline, and its expected reading.
fn load() -> Option<(Document, serde_json::Value)> {
    common::analysed_seed()
}

#[path = "common/seed_quote_checks.rs"]
mod checks;
