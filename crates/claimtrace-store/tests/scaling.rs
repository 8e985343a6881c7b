//! Work per document grows linearly with its size, in every stage of the
//! ingest path: reading, each annotator, statement extraction (with and
//! without the quote layer) and the store's write. Each stage is timed on
//! N and 4N bytes of generated news-like text (paragraphs with quotes,
//! many distinct names, dates, numbers, a little non-ASCII); 4N must take
//! less than 8 times N (a quadratic step takes 16 times), with a few
//! milliseconds of slack for stages too fast to time. Each size is timed
//! twice and the faster run kept, after a warm-up.
//!
//! Timings mean something only in an optimised build: the test runs under
//! `cargo test --release` (as CI does) and is ignored in debug builds.

use std::time::{Duration, Instant};

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{content_hash, CorpusStore, SqliteStore};
use claimtrace_trace::statements_of;

use claimtrace_testkit::news::generate;

fn document(text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: "scaling".into(),
            date: Some("2024-05-14".into()),
            ..Default::default()
        },
    )
}

/// Seconds spent in each stage for one document of `text`.
fn stages(text: &str) -> Vec<(String, Duration)> {
    let mut out = Vec::new();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("scaling.txt");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));

    let t = Instant::now();
    let inputs = vec![path.to_string_lossy().into_owned()];
    let opts = claimtrace_ingest::ReadOptions::default();
    let docs: Vec<Document> = claimtrace_ingest::read_inputs(&inputs, &opts)
        .map(|d| d.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    out.push(("read".to_string(), t.elapsed()));
    assert_eq!(docs.len(), 1);

    let pipeline = claimtrace_pipeline::default_pipeline();
    let mut doc = document(text);
    let mut timings = Vec::new();
    pipeline.run_timed(&mut doc, &mut timings);
    for (name, d) in pipeline.names().into_iter().zip(timings) {
        out.push((format!("annotator {name}"), d));
    }

    let t = Instant::now();
    let statements = statements_of(&doc);
    out.push(("statements".to_string(), t.elapsed()));
    assert!(statements.len() > 100, "{} statements", statements.len());

    // Without a quote layer statements_of reads quotes and speakers itself.
    let mut bare = document(text);
    claimtrace_pipeline::text_pipeline().run(&mut bare);
    let t = Instant::now();
    let fallback = statements_of(&bare);
    out.push(("statements (text layers only)".to_string(), t.elapsed()));
    assert!(fallback.len() > 100);

    let mut store = SqliteStore::open(&dir.path().join("db")).unwrap_or_else(|e| panic!("{e}"));
    let hash = content_hash(&doc);
    let batch = vec![(doc, hash)];
    let t = Instant::now();
    store.put_batch(&batch).unwrap_or_else(|e| panic!("{e}"));
    out.push(("store put_batch".to_string(), t.elapsed()));
    out
}

/// The faster of two runs, stage by stage.
fn best_of_two(text: &str) -> Vec<(String, Duration)> {
    let a = stages(text);
    let b = stages(text);
    a.into_iter()
        .zip(b)
        .map(|((name, x), (_, y))| (name, x.min(y)))
        .collect()
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timings need an optimised build (cargo test --release)"
)]
fn every_ingest_stage_is_linear_in_document_size() {
    const N: usize = 256 * 1024;
    let small = generate(N, 7);
    let large = generate(4 * N, 7);
    // Warm-up: lexicons, models and the allocator.
    let _ = stages(&generate(N / 4, 3));
    let t_small = best_of_two(&small);
    let t_large = best_of_two(&large);
    let mut report = String::new();
    let mut failures = Vec::new();
    let (mut total_small, mut total_large) = (Duration::ZERO, Duration::ZERO);
    for ((name, s), (_, l)) in t_small.iter().zip(&t_large) {
        total_small += *s;
        total_large += *l;
        report.push_str(&format!(
            "{name}: {:.1} ms -> {:.1} ms (x{:.1})\n",
            s.as_secs_f64() * 1e3,
            l.as_secs_f64() * 1e3,
            l.as_secs_f64() / s.as_secs_f64().max(1e-9)
        ));
        // 8x plus slack for stages of a few milliseconds (timer and
        // scheduler noise); a quadratic stage would be 16x.
        if *l > *s * 8 + Duration::from_millis(15) {
            failures.push(name.clone());
        }
    }
    eprintln!("{report}");
    assert!(
        failures.is_empty(),
        "super-linear stages: {failures:?}\n{report}"
    );
    assert!(
        total_large < total_small * 8,
        "the whole ingest grew super-linearly\n{report}"
    );
}

/// CPU seconds (user + system) this process has used, from
/// `/proc/self/stat` (Linux); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The whole ingest of one document (analysis, statements, store write)
/// in CPU seconds where the system says, else wall seconds.
fn ingest_seconds(text: &str) -> f64 {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let pipeline = claimtrace_pipeline::default_pipeline();
    let mut store = SqliteStore::open(&dir.path().join("db")).unwrap_or_else(|e| panic!("{e}"));
    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let mut doc = document(text);
    pipeline.run(&mut doc);
    let hash = content_hash(&doc);
    store
        .put_documents(vec![(doc, hash)])
        .unwrap_or_else(|e| panic!("{e}"));
    match (cpu, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    }
}

/// Issue 15's figure: 20 MB of text ingested in under ten times the time
/// of 2 MB. About a minute of work and 2 GB of memory, so not run by
/// default: `cargo test --release -p claimtrace-store --test scaling --
/// --ignored` (docs/limits.md).
#[test]
#[ignore = "a minute and 2 GB: run with --ignored (docs/limits.md)"]
fn twenty_megabytes_ingest_in_under_ten_times_two() {
    let small = generate(2_000_000, 7);
    let large = generate(20_000_000, 7);
    let _ = ingest_seconds(&generate(200_000, 3));
    // Each size timed twice, the faster run kept: the same measure on
    // both sides (this machine's run-to-run spread is 10-15%).
    let s = ingest_seconds(&small).min(ingest_seconds(&small));
    let l = ingest_seconds(&large).min(ingest_seconds(&large));
    eprintln!("ingest: 2 MB {s:.2} s, 20 MB {l:.2} s (x{:.1})", l / s);
    assert!(
        l < 10.0 * s,
        "20 MB took {l:.2} s, 2 MB {s:.2} s: x{:.1}",
        l / s
    );
}

/// Where the time of a large ingest goes: each stage at 2 MB and at
/// 20 MB (`CLAIMTRACE_STAGE_MB` sets the larger size). A diagnostic for
/// the figure above, not an assertion: `cargo test --release -p
/// claimtrace-store --test scaling -- --ignored --nocapture stage_report`.
#[test]
#[ignore = "diagnostic: a minute and 2 GB"]
fn stage_report() {
    let mb: usize = std::env::var("CLAIMTRACE_STAGE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let _ = stages(&generate(200_000, 3));
    let small = stages(&generate(2_000_000, 7));
    let large = stages(&generate(mb * 1_000_000, 7));
    for ((name, s), (_, l)) in small.iter().zip(&large) {
        eprintln!(
            "{name}: {:.1} ms -> {:.1} ms (x{:.1})",
            s.as_secs_f64() * 1e3,
            l.as_secs_f64() * 1e3,
            l.as_secs_f64() / s.as_secs_f64().max(1e-9)
        );
    }
}
