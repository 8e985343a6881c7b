//! Development loop for the attribution tagger without the CLI: trains on
//! a PolNeAR JSONL file as `claimtrace train quotes` does (text and entity
//! layers, then the rules' reading inside `train`) and writes the weights,
//! which `eval_polnear` scores with `MODEL=FILE` without a rebuild.
//! `cargo run --release --example train_polnear -- TRAIN.jsonl OUT [EPOCHS] [RUNS] [MARGIN]`
//! (defaults 12, 3 and the shipped margin: the shipped model's options).
//! The shipped model is made by the CLI (same code, same bytes).

use claimtrace_core::{Annotator, Document, Metadata};
use claimtrace_quote::tagger::{train, Example, DEFAULT_MARGIN};
use serde_json::Value;

mod polnear;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: train_polnear TRAIN.jsonl OUT [EPOCHS] [RUNS] [MARGIN]";
    let path = args.next().ok_or(usage)?;
    let out = args.next().ok_or(usage)?;
    let epochs: usize = args.next().map_or(Ok(12), |s| s.parse())?;
    let runs: usize = args.next().map_or(Ok(3), |s| s.parse())?;
    let margin: f32 = args.next().map_or(Ok(DEFAULT_MARGIN), |s| s.parse())?;
    let mut docs = Vec::new();
    for line in std::fs::read_to_string(&path)?.lines() {
        let v: Value = serde_json::from_str(line)?;
        let text = v.get("text").and_then(Value::as_str).unwrap_or("");
        let gold = polnear::gold(&v, text);
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let mut doc = Document::new(
            text.to_string(),
            Metadata {
                id,
                ..Default::default()
            },
        );
        claimtrace_text::prepare(&mut doc);
        claimtrace_entity::EntityAnnotator.annotate(&mut doc);
        docs.push((doc, gold));
    }
    let examples: Vec<Example> = docs
        .iter()
        .map(|(doc, gold)| Example { doc, gold })
        .collect();
    let model = train(&examples, epochs, 17, runs, margin, |stage, r| {
        if r.epoch == epochs {
            eprintln!(
                "{stage}, epoch {}: {:.2}% tagged wrong",
                r.epoch,
                100.0 * r.wrong as f64 / r.tokens.max(1) as f64
            );
        }
    });
    std::fs::write(&out, model.to_bytes())?;
    Ok(())
}
