//! The seed article through the full pipeline with the transformer
//! tagger (`--quotes transformer`), held to the same expected reading as
//! the default pipeline: the pipeline's seed checks, included by path.
//! Skips with a note when the model (scripts/fetch-model.sh) or the
//! shared data is absent.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use claimtrace_core::Document;
use claimtrace_embed::AttributionTagger;

fn model_dir() -> Option<PathBuf> {
    let p = std::env::var_os("CLAIMTRACE_MODEL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/all-minilm-l6-v2")
        });
    if p.join("model.safetensors").is_file() {
        Some(p)
    } else {
        eprintln!(
            "note: no model at {} (scripts/fetch-model.sh); skipping",
            p.display()
        );
        None
    }
}

fn load() -> Option<(Document, serde_json::Value)> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    let seed = shared.join("cluster-munitions-2023-07-16.txt");
    if !seed.is_file() {
        eprintln!("note: {} not found; skipping", seed.display());
        return None;
    }
    let dir = model_dir()?;
    let expected = std::fs::read_to_string(shared.join("expected.json")).unwrap();
    let expected: serde_json::Value = serde_json::from_str(&expected).unwrap();
    let tagger = AttributionTagger::load(&dir).unwrap();
    let mut docs =
        claimtrace_ingest::read_inputs(&[seed.display().to_string()], &Default::default());
    let mut doc = docs.next()?.unwrap();
    claimtrace_pipeline::pipeline_with_span_tagger(Arc::new(tagger)).run(&mut doc);
    Some((doc, expected))
}

#[path = "../../claimtrace-pipeline/tests/common/seed_quote_checks.rs"]
mod checks;
