//! Prints the quotes, edges and hedges of a text file (text layer and
//! quote annotator only, no entities): `cargo run --example show_quotes FILE`
//! (`RULES_ONLY=1` leaves the learned tagger out; `ENTITIES=1` adds the
//! entity layer).

use claimtrace_core::{Document, Metadata};

#[path = "common/mod.rs"]
mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: show_quotes FILE")?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_text::prepare(&mut doc);
    common::analyse(&mut doc);
    if std::env::var_os("SHOW_TOKENS").is_some() {
        for t in &doc.tokens {
            print!("{}:{:?} ", &doc.text[t.start()..t.end()], t.kind);
        }
        println!();
    }
    for q in &doc.quotes {
        println!(
            "{} {:?} within={:?}\n   text: {}\n   cue: {:?}  speaker: {:?} / {:?}  hedges: {:?}",
            q.id,
            q.kind,
            q.within,
            q.text,
            q.cue.as_ref().map(|c| c.text.as_str()),
            q.speaker.text,
            q.speaker.name,
            q.hedges.iter().map(|h| h.text.as_str()).collect::<Vec<_>>()
        );
    }
    for a in &doc.attributions {
        println!(
            "{}: {} -> {} cue {:?} hedges {:?}",
            a.id,
            a.speaker.name,
            a.source.name,
            a.cue.as_ref().map(|c| c.text.as_str()),
            a.hedges.iter().map(|h| h.text.as_str()).collect::<Vec<_>>()
        );
    }
    for h in &doc.hedges {
        println!("hedge {:?} {} -> {:?}", h.kind, h.text, h.applies_to);
    }
    Ok(())
}
