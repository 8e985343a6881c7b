//! Peak memory per document holds the budget docs/limits.md states: the
//! analysis of one document, and its whole ingest (analysis, statements,
//! encoding, store write), each at most a fixed multiple of its text's
//! size above what the process held before it.
//!
//! The peak is the kernel's high-water mark of resident memory (`VmHWM` in
//! `/proc/self/status`), which only grows: each measurement runs in a child
//! process (this test binary again, running only this test, with
//! `CLAIMTRACE_MEMORY_CHILD` naming the stage and size), which warms the
//! pipeline on a small document (models, lexicons, allocator), notes its
//! resident memory, generates the text, does the work and prints both.
//!
//! Linux only (`/proc`); memory figures need an optimised build, so the
//! test runs under `cargo test --release` and is ignored in debug builds.
//! `CLAIMTRACE_MEMORY_BYTES` sets the document size (default 4 MB; the
//! figures in docs/limits.md are for 2 to 20 MB).

use std::process::Command;

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{content_hash, CorpusStore, SqliteStore};

use claimtrace_testkit::news::generate;

/// Peak memory allowed per byte of text, above the process's resident
/// memory before the document (docs/limits.md, "Memory").
const ANALYSIS_BUDGET: f64 = 27.0;
const INGEST_BUDGET: f64 = 32.0;

const CHILD: &str = "CLAIMTRACE_MEMORY_CHILD";
const TEST_NAME: &str = "peak_memory_per_document_holds_the_budget";

fn document(text: String) -> Document {
    Document::new(
        text,
        Metadata {
            id: "memory".into(),
            date: Some("2024-05-14".into()),
            ..Default::default()
        },
    )
}

/// A `kB` field of `/proc/self/status`, in bytes.
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status")
        .unwrap_or_else(|e| panic!("reading /proc/self/status: {e}"));
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map(|kb| kb * 1024)
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"))
}

/// In the child: one stage on one generated document; prints
/// `memory: BEFORE PEAK TEXT` in bytes.
fn measure(stage: &str, bytes: usize) {
    if stage == "ingest" {
        // As `analyse_and_store` (`claimtrace ingest`, the desk) sets it.
        claimtrace_store::allocator::fix_mmap_threshold();
    }
    let pipeline = claimtrace_pipeline::default_pipeline();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut store = SqliteStore::open(&dir.path().join("db")).unwrap_or_else(|e| panic!("{e}"));
    // Warm-up: models, lexicons, the store's schema and the allocator.
    let mut warm = document(generate(100_000, 3));
    pipeline.run(&mut warm);
    let hash = content_hash(&warm);
    store
        .put_documents(vec![(warm, hash)])
        .unwrap_or_else(|e| panic!("{e}"));
    let before = status_bytes("VmRSS:");
    let text = generate(bytes, 7);
    let len = text.len();
    let mut doc = document(text);
    // As `analyze` and `ingest` run it.
    pipeline.run_dropping_tokens(&mut doc);
    match stage {
        "analysis" => {
            // What `analyze` then does: the output form, converted in place.
            let out = doc.into_output();
            assert!(!out.quotes.is_empty());
        }
        _ => {
            let hash = content_hash(&doc);
            store
                .put_documents(vec![(doc, hash)])
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    println!("memory: {before} {} {len}", status_bytes("VmHWM:"));
}

/// Runs `stage` in a child process; returns (peak above the start, text bytes).
fn child_peak(stage: &str, bytes: usize) -> (u64, u64) {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("current_exe: {e}"));
    let out = Command::new(&exe)
        .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, format!("{stage}:{bytes}"))
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", exe.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the {stage} child failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fields: Vec<u64> = stdout
        .lines()
        // libtest may print the test's name on the same line first.
        .find_map(|l| l.split_once("memory: ").map(|(_, rest)| rest))
        .map(|l| l.split(' ').filter_map(|f| f.parse().ok()).collect())
        .unwrap_or_default();
    match fields[..] {
        [before, peak, text] => (peak.saturating_sub(before), text),
        _ => panic!("no memory line from the {stage} child: {stdout}"),
    }
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "memory figures need an optimised build (cargo test --release)"
)]
fn peak_memory_per_document_holds_the_budget() {
    if let Ok(job) = std::env::var(CHILD) {
        let (stage, bytes) = job.split_once(':').unwrap_or(("ingest", "0"));
        measure(stage, bytes.parse().unwrap_or(0));
        return;
    }
    let bytes = std::env::var("CLAIMTRACE_MEMORY_BYTES")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(4_000_000);
    let mut report = String::new();
    let mut over = Vec::new();
    for (stage, budget) in [("analysis", ANALYSIS_BUDGET), ("ingest", INGEST_BUDGET)] {
        let (peak, text) = child_peak(stage, bytes);
        let ratio = peak as f64 / text as f64;
        report.push_str(&format!(
            "{stage}: {text} bytes of text, peak {:.1} MB above the start (x{ratio:.1}, budget x{budget})\n",
            peak as f64 / 1e6
        ));
        if ratio > budget {
            over.push(stage);
        }
    }
    eprintln!("{report}");
    assert!(
        over.is_empty(),
        "over the memory budget: {over:?}\n{report}"
    );
}
