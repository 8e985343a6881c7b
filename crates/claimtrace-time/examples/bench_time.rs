//! Time-stage cost on a corpus of text files: `cargo run --release --example
//! bench_time DIR [LIMIT]` prints the text stages' and the time stage's time.
use std::time::{Duration, Instant};

use claimtrace_core::{Document, Metadata};

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut list: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    list.sort();
    for p in list {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: bench_time DIR [LIMIT]");
        return;
    };
    let limit: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(500);
    let mut paths = Vec::new();
    files(std::path::Path::new(dir), &mut paths);
    paths.truncate(limit);
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let (mut text_time, mut time_time) = (Duration::ZERO, Duration::ZERO);
    let mut found = 0usize;
    let mut events_time = Duration::ZERO;
    for _round in 0..3 {
        for t in &texts {
            let mut doc = Document::new(t.clone(), Metadata::default());
            let a = Instant::now();
            claimtrace_text::prepare(&mut doc);
            let b = Instant::now();
            doc.times = claimtrace_time::find_times(&doc);
            let m = Instant::now();
            doc.events = claimtrace_time::build_events(&doc);
            let c = Instant::now();
            events_time += c - m;
            text_time += b - a;
            time_time += c - b;
            found += doc.times.len();
        }
    }
    let n = texts.len() as f64 * 3.0;
    println!(
        "{} docs x3: text+date {:.1} us/doc, time {:.1} us/doc ({:.0} docs/s alone), {} times",
        texts.len(),
        text_time.as_secs_f64() * 1e6 / n,
        time_time.as_secs_f64() * 1e6 / n,
        n / time_time.as_secs_f64(),
        found / 3
    );
    println!(
        "of which events {:.1} us/doc",
        events_time.as_secs_f64() * 1e6 / n
    );
}
