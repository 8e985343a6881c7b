//! Fuzz-style test of the analysis of arbitrary text, on stable Rust:
//! seeded, deterministic mutations of news text (the seed article and the
//! text files of `../shared/corpora` when present, and a built-in one) go
//! through the whole default pipeline and out as JSON. The analysis must
//! never panic, and every span of the output must fall inside the text.
//!
//! `cargo test --release -p claimtrace-pipeline --test fuzz` runs a few
//! hundred texts in seconds; `CLAIMTRACE_FUZZ_ITERS=20000` (and
//! `CLAIMTRACE_FUZZ_SEED=N` for other inputs) runs long, `CLAIMTRACE_FUZZ_SECS=600` for ten minutes. A text that
//! panics is written to the temporary directory, its path in the message.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use claimtrace_core::{Document, Metadata};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

use claimtrace_testkit::Rng;

const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "'",
    " said ",
    " says ",
    ", according to ",
    ":",
    " — ",
    " - ",
    "\n",
    "\n\n",
    ". ",
    "? ",
    "! ",
    "...",
    "U.S.",
    "Mr.",
    "Gen.",
    "Feb.",
    "т.е.",
    " Putin",
    " Zelensky",
    " the Kremlin",
    " he ",
    " she ",
    " they ",
    " Путин ",
    " сказав ",
    " заявил ",
    "1",
    "0",
    "2023",
    "16 July 2023",
    "last year",
    "on Monday",
    "$5bn",
    "£1.2m",
    "50%",
    "1,000",
    "1.000,5",
    "two thousand",
    "between 40,000 and 45,000 tonnes",
    "twice",
    "potentially",
    "could possibly",
    " not ",
    "(",
    ")",
    "[",
    "]",
    "\t",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "é",
    "👍🏽",
    "\r",
    " ",
    "A",
    "Ж",
];

fn seeds() -> Vec<String> {
    let mut out = vec!["Grain corridor: minister says exports have 'doubled'\n\
        Agriculture Minister Olena Marchenko has claimed that grain shipments doubled this spring.\n\
        \"Since March, our ports have shipped twice as much grain as a year ago,\" Marchenko said on May 14, 2024.\n\
        She added that the ports were handling between 40,000 and 45,000 tonnes a day.\n\
        It said that exports \"could possibly\" double by the summer, according to the report.\n"
        .to_string()];
    let mut files = vec![format!("{SHARED}/seed/cluster-munitions-2023-07-16.txt")];
    // Two articles of each BBC section.
    for section in ["business", "politics", "world", "tech", "sport"] {
        if let Ok(dir) = std::fs::read_dir(format!("{SHARED}/corpora/bbc_news_2225/bbc/{section}"))
        {
            let mut names: Vec<_> = dir.flatten().map(|e| e.path()).collect();
            names.sort();
            files.extend(
                names
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                    .take(2)
                    .map(|p| p.to_string_lossy().into_owned()),
            );
        }
    }
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            out.push(t.chars().take(12_000).collect());
        }
    }
    out
}

/// Char-level mutations (the text is always valid UTF-8, as readers give it).
fn mutate(r: &mut Rng, text: &str, other: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let other: Vec<char> = other.chars().collect();
    for _ in 0..1 + r.below(10) {
        let len = chars.len();
        match r.below(7) {
            0 if len > 0 => {
                let a = r.below(len);
                let b = (a + 1 + r.below(80)).min(len);
                chars.drain(a..b);
            }
            1 | 2 => {
                let p = PIECES[r.below(PIECES.len())];
                let at = r.below(len + 1);
                chars.splice(at..at, p.chars());
            }
            3 if len > 0 => {
                let a = r.below(len);
                let b = (a + 1 + r.below(300)).min(len);
                let chunk: Vec<char> = chars[a..b].to_vec();
                let times = if r.below(6) == 0 { 2 + r.below(50) } else { 1 };
                let at = r.below(len + 1);
                for _ in 0..times {
                    chars.splice(at..at, chunk.iter().copied());
                }
            }
            4 if !other.is_empty() => {
                let a = r.below(other.len());
                let b = (a + 1 + r.below(400)).min(other.len());
                let at = r.below(len + 1);
                chars.splice(at..at, other[a..b].iter().copied());
            }
            5 if len > 0 => {
                let i = r.below(len);
                chars[i] = char::from_u32(r.below(0x3000) as u32).unwrap_or('?');
            }
            6 => {
                // A long run of one piece: quotes, newlines, dots.
                let p = PIECES[r.below(PIECES.len())];
                let at = r.below(len + 1);
                let run: Vec<char> = p
                    .chars()
                    .cycle()
                    .take(p.chars().count() * (1 + r.below(500)))
                    .collect();
                chars.splice(at..at, run);
            }
            _ => {}
        }
        chars.truncate(40_000);
    }
    chars.into_iter().collect()
}

fn check_output(doc: &Document) -> Result<(), String> {
    let out = doc.to_output();
    let n = doc.text.chars().count() as u64;
    let json = serde_json::to_value(&out).map_err(|e| e.to_string())?;
    // Every start/end pair in the output lies inside the text.
    let mut stack = vec![&json];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e)) = (
                    m.get("start").and_then(|x| x.as_u64()),
                    m.get("end").and_then(|x| x.as_u64()),
                ) {
                    if s > e || e > n {
                        return Err(format!("span {s}..{e} outside a text of {n} chars"));
                    }
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    Ok(())
}

#[test]
fn analysis_of_mutated_text_never_panics_and_keeps_spans_inside() {
    let iterations: usize = std::env::var("CLAIMTRACE_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let seed: u64 = std::env::var("CLAIMTRACE_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed);
    // `CLAIMTRACE_FUZZ_SECS`: analyse texts until that much time has
    // passed instead of a count.
    let limit: Option<Duration> = std::env::var("CLAIMTRACE_FUZZ_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_secs_f64);
    let seeds = seeds();
    let pipeline = claimtrace_pipeline::default_pipeline();
    let mut r = Rng::new(seed);
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut i = 0;
    loop {
        match limit {
            Some(d) if started.elapsed() >= d => break,
            None if i >= iterations => break,
            _ => {}
        }
        let base = &seeds[r.below(seeds.len())];
        let other = &seeds[r.below(seeds.len())];
        let text = mutate(&mut r, base, other);
        let t = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| {
            let mut doc = Document::new(
                text.clone(),
                Metadata {
                    id: format!("fuzz{i}"),
                    ..Default::default()
                },
            );
            pipeline.run(&mut doc);
            check_output(&doc)
        }));
        slowest = slowest.max(t.elapsed());
        let failure = match result {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some("panicked".to_string()),
        };
        if let Some(why) = failure {
            let keep =
                std::env::temp_dir().join(format!("claimtrace-fuzz-analysis-{seed}-{i}.txt"));
            let _ = std::fs::write(&keep, &text);
            panic!("analysis of text {i}: {why} (kept in {})", keep.display());
        }
        i += 1;
    }
    eprintln!(
        "fuzz analysis: {i} texts in {:.1} s (slowest {:.0} ms), {} seeds",
        started.elapsed().as_secs_f64(),
        slowest.as_secs_f64() * 1e3,
        seeds.len()
    );
}
