//! Writes the attribution tagger's per-piece tag log-probabilities for
//! every text of a JSONL file (one `{"text": ...}` per line), for studying
//! decoders and ensembles offline:
//! `cargo run --release --example dump_piece_scores -- MODEL_DIR ADAPTER IN.jsonl OUT.jsonl`.
//! Each output line is `{"offsets": [[start, end], ...], "logp": [[7 values], ...]}`
//! with code-point offsets (as the SPANS replay files of the quote crate's
//! examples use).

use std::io::Write;
use std::path::Path;

use claimtrace_core::CharIndex;
use claimtrace_embed::AttributionTagger;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, adapter, input, output] = args.as_slice() else {
        return Err("usage: dump_piece_scores MODEL_DIR ADAPTER IN.jsonl OUT.jsonl".into());
    };
    let adapter = std::fs::read(adapter)?;
    let tagger = AttributionTagger::load_with_adapter(Path::new(dir), &adapter)?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(output)?);
    for line in std::fs::read_to_string(input)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let scores = tagger.piece_scores(text)?;
        let chars = CharIndex::new(text);
        let offsets: Vec<[usize; 2]> = scores
            .offsets
            .iter()
            .map(|&(s, e)| [chars.char_offset(s), chars.char_offset(e)])
            .collect();
        let logp: Vec<Vec<f32>> = scores
            .log_probs
            .iter()
            .map(|r| r.iter().map(|x| (x * 1000.0).round() / 1000.0).collect())
            .collect();
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"offsets": offsets, "logp": logp}),
        )?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
