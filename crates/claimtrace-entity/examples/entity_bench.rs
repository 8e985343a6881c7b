//! Times the entity stage alone over every `.txt` file under a folder:
//! `cargo run --release --example entity_bench DIR [LIMIT]`.
use std::time::{Duration, Instant};

use claimtrace_core::{Annotator, Document, Metadata};

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let limit: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let mut files = Vec::new();
    collect(std::path::Path::new(&dir), &mut files);
    files.truncate(limit);
    let mut docs: Vec<Document> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            let mut d = Document::new(t, Metadata::default());
            claimtrace_text::prepare(&mut d);
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut total = Duration::ZERO;
    let mut entities = 0;
    for d in &mut docs {
        let t = Instant::now();
        claimtrace_entity::EntityAnnotator.annotate(d);
        total += t.elapsed();
        entities += d.entities.len();
    }
    let n = docs.len().max(1);
    println!(
        "{} docs, {} KB, entity stage {:?} total, {:.3} ms/doc, {:.3} ms per 2 KB, {} entities",
        docs.len(),
        bytes / 1024,
        total,
        total.as_secs_f64() * 1000.0 / n as f64,
        total.as_secs_f64() * 1000.0 * 2048.0 / bytes.max(1) as f64,
        entities
    );
}
