//! Development loop for the quote layer without the full pipeline (text
//! layer + quote annotator; `ENTITIES=1` adds the entity layer, `RULES_ONLY=1`
//! leaves the tagger out): scores a PolNeAR JSONL file like
//! `claimtrace eval quotes`. `cargo run --release --example eval_polnear -- FILE [ERRORS]`.

use claimtrace_core::{Document, Metadata};
use claimtrace_quote::eval::{score_document, Tally};
use serde_json::Value;

#[path = "common/mod.rs"]
mod common;
mod polnear;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: eval_polnear FILE [ERRORS]")?;
    let errors: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut tally = Tally::default();
    let mut elapsed = std::time::Duration::ZERO;
    let mut bytes = 0usize;
    for line in std::fs::read_to_string(&path)?.lines() {
        let v: Value = serde_json::from_str(line)?;
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let gold = polnear::gold(&v, &text);
        bytes += text.len();
        let mut doc = Document::new(text, Metadata::default());
        claimtrace_text::prepare(&mut doc);
        let t = std::time::Instant::now();
        common::analyse(&mut doc);
        elapsed += t.elapsed();
        let score = score_document(&doc, &gold, &mut tally);
        if tally.documents <= errors {
            let show = |sp: &[(usize, usize)]| {
                sp.iter()
                    .map(|&(s, e)| doc.text.get(s..e).unwrap_or("?"))
                    .collect::<Vec<_>>()
                    .join(" … ")
            };
            for &gi in &score.missed {
                let g = &gold[gi];
                println!(
                    "MISSED [{}] <{}> {}",
                    show(&g.source),
                    show(&g.cue),
                    show(&g.content)
                );
            }
            for &(pi, gi) in &score.loose {
                println!(
                    "LOOSE  gold: {}\n       pred: {}",
                    show(&gold[gi].content),
                    show(&score.predicted[pi].content)
                );
            }
            for &(pi, gi) in &score.wrong_speaker {
                println!(
                    "SPEAKER gold: [{}] <{}>  pred: [{}] <{}>  {}",
                    show(&gold[gi].source),
                    show(&gold[gi].cue),
                    show(&score.predicted[pi].source),
                    show(&score.predicted[pi].cue),
                    show(&gold[gi].content)
                );
            }
            for &pi in &score.spurious {
                let p = &score.predicted[pi];
                println!(
                    "EXTRA  [{}] <{}> {}",
                    show(&p.source),
                    show(&p.cue),
                    show(&p.content)
                );
            }
        }
    }
    let row = |n: &str, c: &claimtrace_quote::eval::Count| {
        println!(
            "{n:<20} P {:.3} R {:.3} F1 {:.3}  ({} / {} / {})",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.pred,
            c.gold
        )
    };
    row("content exact", &tally.content_exact);
    row("content 0.5", &tally.content_50);
    row("content 0.8", &tally.content_80);
    row("cue", &tally.cue);
    row("cue exact", &tally.cue_exact);
    row("source", &tally.source);
    row("source exact", &tally.source_exact);
    println!(
        "speaker accuracy {:.3} of {}",
        tally.speaker_accuracy(),
        tally.speaker_checked
    );
    println!(
        "quote stage: {:.1} ms for {} docs, {:.3} ms per 2 KB",
        elapsed.as_secs_f64() * 1000.0,
        tally.documents,
        elapsed.as_secs_f64() * 1000.0 / (bytes as f64 / 2048.0)
    );
    Ok(())
}
