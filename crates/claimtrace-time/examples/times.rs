//! Prints the times and events of a text file: `cargo run --example times FILE [DATE]`.
use claimtrace_core::{Annotator, Document, Metadata};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: times FILE [YYYY-MM-DD]");
        return;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let meta = Metadata {
        date: args.get(2).cloned(),
        ..Default::default()
    };
    let mut doc = Document::new(text, meta);
    claimtrace_text::prepare(&mut doc);
    claimtrace_time::TimeAnnotator.annotate(&mut doc);
    println!("date: {:?}", doc.meta.date);
    for t in &doc.times {
        println!("{:<40} {:?} {} {:?}", t.text, t.kind, t.value, t.anchor);
    }
    for e in &doc.events {
        let v = doc.times.get(e.time).map_or("", |t| t.value.as_str());
        println!(
            "EVENT {v} actor={:?}/{:?}: {}",
            e.actor, e.actor_name, e.text
        );
    }
}
