//! A bounded load test on loopback (ignored by default: it needs a large
//! store). 50 concurrent clients send 2,000 requests, searches and traces
//! of statements sampled from the store, plus a few other reads, while an
//! ingest writes to the same store; it prints p50/p95/max per kind and
//! fails on any error.
//!
//! ```sh
//! target/release/claimtrace ingest ../shared/corpora/kremlin_en/kremlin_en.jsonl --db /tmp/serve-kremlin
//! CLAIMTRACE_LOAD_DB=/tmp/serve-kremlin cargo test --release -p claimtrace-serve --test load -- --ignored --nocapture
//! ```
//! The store is copied first (the ingest during the test writes to the copy).
// Test scaffolding: a failed setup step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use claimtrace_store::{CorpusStore, SqliteStore};
use common::*;
use serde_json::json;

const CLIENTS: usize = 50;
const REQUESTS: usize = 2_000;

#[test]
#[ignore = "needs a large store: set CLAIMTRACE_LOAD_DB (see the module comment)"]
fn fifty_clients_two_thousand_requests() {
    let source =
        std::env::var("CLAIMTRACE_LOAD_DB").unwrap_or_else(|_| "/tmp/serve-kremlin".into());
    let source = std::path::PathBuf::from(source);
    assert!(
        source.join("claimtrace.sqlite3").exists(),
        "no store in {}",
        source.display()
    );

    // Queries from the store itself: statements spread evenly over it.
    let sample = SqliteStore::open_read_only(&source)
        .unwrap()
        .sample_statements(400)
        .unwrap();
    let statements: Vec<_> = sample
        .into_iter()
        .filter(|s| s.text.split_whitespace().count() >= 6)
        .collect();
    assert!(statements.len() > 100, "{} statements", statements.len());

    let desk = start_with(
        |_| {},
        |db| {
            std::fs::create_dir_all(db).unwrap();
            // The source is not being written (an ingest that finished):
            // its files copied are a consistent store.
            assert!(copy_store_files(&source, db), "copying the store failed");
        },
    );

    // Service times first: one client, one request at a time.
    for (kind, n) in [("search", 40usize), ("trace", 40)] {
        let mut ms = Vec::with_capacity(n);
        for st in statements.iter().take(n) {
            let words: Vec<&str> = st.text.split_whitespace().collect();
            let t = Instant::now();
            let a = if kind == "search" {
                let q: Vec<&str> = words.iter().skip(1).take(3).copied().collect();
                get(
                    desk.addr,
                    &format!("/api/v1/search?q={}&limit=10", enc(&q.join(" "))),
                )
            } else {
                let q: Vec<&str> = words.iter().take(14).copied().collect();
                post_json(desk.addr, "/api/v1/trace", &json!({"text": q.join(" ")}))
            };
            assert_eq!(a.status, 200, "{}", a.body);
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        report(&format!("1 client {kind}"), ms);
    }

    // An ingest running during the load: reads must not wait for it.
    let writer_addr = desk.addr;
    let writer = std::thread::spawn(move || {
        let mut n = 0;
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            let text = format!(
                "Load test note {n}\n\"We will keep the bridge open through the winter of 20{:02},\" the mayor said on Monday. Officials said repairs would cost {n} million roubles.",
                n % 100
            );
            let a = post_json(
                writer_addr,
                "/api/v1/documents",
                &json!({"id": format!("load-{n}"), "date": "2024-01-15", "text": text}),
            );
            assert!(a.status == 201 || a.status == 200, "{}", a.body);
            n += 1;
        }
        n
    });

    let next = Arc::new(Mutex::new(0usize));
    let timings: Arc<Mutex<BTreeMap<&'static str, Vec<f64>>>> = Arc::default();
    let errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let statements = Arc::new(statements);
    let started = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (next, timings, errors, statements) = (
                next.clone(),
                timings.clone(),
                errors.clone(),
                statements.clone(),
            );
            let addr = desk.addr;
            std::thread::spawn(move || loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    if *n >= REQUESTS {
                        break;
                    }
                    *n += 1;
                    *n - 1
                };
                let st = &statements[i % statements.len()];
                let words: Vec<&str> = st.text.split_whitespace().collect();
                // 45% search, 45% trace, 10% other reads.
                let (kind, t, a) = match i % 20 {
                    0..=8 => {
                        let q: Vec<&str> = words.iter().skip(1).take(3).copied().collect();
                        let t = Instant::now();
                        let a = get(
                            addr,
                            &format!("/api/v1/search?q={}&limit=10", enc(&q.join(" "))),
                        );
                        ("search", t, a)
                    }
                    9..=17 => {
                        let q: Vec<&str> = words.iter().take(14).copied().collect();
                        let t = Instant::now();
                        let a = post_json(addr, "/api/v1/trace", &json!({"text": q.join(" ")}));
                        ("trace", t, a)
                    }
                    18 => {
                        let t = Instant::now();
                        let a = get(addr, &format!("/api/v1/documents/{}", enc(&st.doc_id)));
                        ("document", t, a)
                    }
                    _ => {
                        let t = Instant::now();
                        let a = get(addr, "/api/v1/health");
                        ("health", t, a)
                    }
                };
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                if a.status != 200 {
                    errors
                        .lock()
                        .unwrap()
                        .push(format!("{kind} {}: {}", a.status, a.body));
                }
                timings.lock().unwrap().entry(kind).or_default().push(ms);
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    let wall = started.elapsed().as_secs_f64();
    let ingested = writer.join().unwrap();
    let errors = errors.lock().unwrap();
    let timings = timings.lock().unwrap();
    let total: usize = timings.values().map(Vec::len).sum();
    println!(
        "load: {CLIENTS} clients, {total} requests in {wall:.1} s ({:.0} req/s), {} errors, {ingested} documents ingested meanwhile",
        total as f64 / wall,
        errors.len()
    );
    for (kind, ms) in timings.iter() {
        report(&format!("{CLIENTS} clients {kind}"), ms.clone());
    }
    assert_eq!(total, REQUESTS);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
}

fn report(what: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    let pct = |p: f64| ms[((ms.len() as f64 * p).ceil() as usize).clamp(1, ms.len()) - 1];
    println!(
        "load: {what:>18}: n={:>4} p50 {:>7.1} ms  p95 {:>7.1} ms  max {:>7.1} ms",
        ms.len(),
        pct(0.50),
        pct(0.95),
        ms[ms.len() - 1]
    );
}

/// Copies the store's database file (and WAL) into `to`.
fn copy_store_files(from: &std::path::Path, to: &std::path::Path) -> bool {
    let mut ok = false;
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with("claimtrace.sqlite3") {
            ok = std::fs::copy(entry.path(), to.join(&name)).is_ok() || ok;
        }
    }
    ok
}
