//! Development aid: reads PolNeAR-style JSONL (`text` per line), runs the
//! text layer and the quote annotator (rules alone with `RULES_ONLY=1`),
//! and prints one JSON line per article with its top-level quotes as byte
//! spans: `{"quotes": [[start, end, cue_start, cue_end, within], ...]}`.

use std::io::BufRead;

use claimtrace_core::{Annotator, Document, Metadata};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: dump_quotes FILE")?;
    let file = std::fs::File::open(&path).map_err(|e| format!("reading {path}: {e}"))?;
    let annotator = if std::env::var_os("RULES_ONLY").is_some() {
        claimtrace_quote::QuoteAnnotator::rules_only()
    } else {
        claimtrace_quote::QuoteAnnotator::default()
    };
    for line in std::io::BufReader::new(file).lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let text = v["text"].as_str().unwrap_or("").to_string();
        let mut doc = Document::new(text, Metadata::default());
        claimtrace_text::prepare(&mut doc);
        annotator.annotate(&mut doc);
        let quotes: Vec<serde_json::Value> = doc
            .quotes
            .iter()
            .map(|q| {
                let (cs, ce) = q.cue.as_ref().map_or((0, 0), |c| (c.start, c.end));
                serde_json::json!([q.start, q.end, cs, ce, q.within.is_some()])
            })
            .collect();
        println!("{}", serde_json::json!({ "quotes": quotes }));
    }
    Ok(())
}
