//! Prints the entities of a text file: `cargo run --example entities FILE`.
use claimtrace_core::{Annotator, Document, Metadata};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: entities FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::new(text, Metadata::default());
    let t0 = std::time::Instant::now();
    claimtrace_text::prepare(&mut doc);
    let t1 = std::time::Instant::now();
    claimtrace_entity::EntityAnnotator.annotate(&mut doc);
    eprintln!(
        "text: {:?}, entity: {:?} ({} tokens)",
        t1 - t0,
        t1.elapsed(),
        doc.tokens.len()
    );
    for e in &doc.entities {
        let roles: Vec<String> = e
            .roles
            .iter()
            .map(|r| {
                if r.former {
                    format!("{} (former)", r.text)
                } else {
                    r.text.clone()
                }
            })
            .collect();
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}[{:?}]", m.text, m.kind))
            .collect();
        println!(
            "{} {:?} {:?} {:?} roles={:?}\n    {}",
            e.id,
            e.name,
            e.kind,
            e.gender,
            roles,
            mentions.join(" | ")
        );
    }
}
