//! Four `claimtrace worker`s on one PostgreSQL queue, two of them killed
//! with SIGKILL at random moments: the store ends with exactly the
//! documents of one uninterrupted `claimtrace ingest`, none stored twice.
//!
//! Needs a PostgreSQL server named by CLAIMTRACE_TEST_PG (`.ci/run` starts
//! one) and the Kremlin corpus in ../shared; without them the test is
//! skipped, unless CLAIMTRACE_REQUIRE_SHARED is set (as CI sets it), when
//! it fails.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const KREMLIN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpora/kremlin_en/kremlin_en.jsonl"
);

fn claimtrace(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimtrace"));
    c.args(args)
        .env_remove("CLAIMTRACE_DB")
        .stdin(Stdio::null());
    c
}

fn ok(out: Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run(args: &[&str]) -> String {
    ok(claimtrace(args)
        .output()
        .unwrap_or_else(|e| panic!("running claimtrace: {e}")))
}

/// A new database on the server, as a URL.
fn new_database(server: &str, name: &str) -> String {
    let db = format!("claimtrace_workers_{}_{name}", std::process::id());
    let mut admin = postgres::Client::connect(server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connecting to {server}: {e}"));
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap_or_else(|e| panic!("creating {db}: {e}"));
    let after_scheme = server.find("://").map_or(0, |i| i + 3);
    let base = match server[after_scheme..].find('/') {
        Some(slash) => &server[..after_scheme + slash],
        None => server,
    };
    format!("{base}/{db}")
}

/// Kremlin transcripts of spring 2018, written to `dir/kremlin_en.jsonl`.
fn corpus(dir: &Path, n: usize) -> Option<String> {
    let Ok(text) = std::fs::read_to_string(KREMLIN) else {
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "{KREMLIN} is missing"
        );
        eprintln!("note: {KREMLIN} not found; the worker test is skipped");
        return None;
    };
    let out = dir.join("kremlin_en.jsonl");
    let mut f = std::fs::File::create(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut kept = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let date = v.get("date").and_then(|d| d.as_str()).unwrap_or("");
        if ("2018-03-01".."2018-06-01").contains(&date) && kept < n {
            writeln!(f, "{line}").unwrap_or_else(|e| panic!("{e}"));
            kept += 1;
        }
    }
    assert!(kept >= n / 2, "only {kept} documents");
    Some(out.display().to_string())
}

/// What a store holds, for comparing two: every document with its
/// revision, date and statement count, and the totals.
fn contents(db: &str) -> (serde_json::Value, serde_json::Value) {
    let listed: serde_json::Value = serde_json::from_str(&run(&[
        "list", "--db", db, "--format", "json", "-n", "100000",
    ]))
    .unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<serde_json::Value> = listed
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| serde_json::json!([d["id"], d["revision"], d["date"], d["statements"]]))
                .collect()
        })
        .unwrap_or_default();
    let mut stats: serde_json::Value =
        serde_json::from_str(&run(&["stats", "--db", db, "--format", "json"]))
            .unwrap_or_else(|e| panic!("{e}"));
    if let Some(o) = stats.as_object_mut() {
        o.remove("db");
        o.remove("bytes_on_disk");
    }
    (serde_json::Value::Array(docs), stats)
}

/// A number in `lo..hi` that differs from run to run.
fn random_between(lo: f64, hi: f64, salt: u64) -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    let mut x = nanos ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    lo + (hi - lo) * (x % 10_000) as f64 / 10_000.0
}

#[test]
fn four_workers_two_killed_store_exactly_one_ingest() {
    let Some(server) = std::env::var("CLAIMTRACE_TEST_PG")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "CLAIMTRACE_TEST_PG is not set (.ci/run sets it)"
        );
        eprintln!("note: CLAIMTRACE_TEST_PG not set; the worker test is skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let Some(input) = corpus(dir.path(), 60) else {
        return;
    };
    let reference = new_database(&server, "reference");
    let queued = new_database(&server, "queued");
    run(&["ingest", "--quiet", "-j", "1", "--db", &reference, &input]);

    run(&["queue", "--quiet", "--db", &queued, &input]);
    let spawn = || -> Child {
        claimtrace(&[
            "worker",
            "--db",
            &queued,
            "--batch",
            "3",
            "--lease",
            "2",
            "--poll",
            "0.2",
            "--exit-when-empty",
            "-j",
            "1",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting a worker: {e}"))
    };
    let mut workers: Vec<Child> = (0..4).map(|_| spawn()).collect();
    let started = Instant::now();
    let kill_at = [random_between(0.3, 3.0, 1), random_between(0.3, 5.0, 2)];
    for (i, at) in kill_at.iter().enumerate() {
        let wait = Duration::from_secs_f64(*at).saturating_sub(started.elapsed());
        std::thread::sleep(wait);
        // SIGKILL: nothing is flushed, no transaction is ended.
        let _ = workers[i].kill();
        let _ = workers[i].wait();
    }
    let deadline = Instant::now() + Duration::from_secs(600);
    for w in workers.iter_mut().skip(2) {
        loop {
            match w.try_wait() {
                Ok(Some(status)) => {
                    assert!(status.success(), "a worker failed: {status}");
                    break;
                }
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                _ => {
                    let _ = w.kill();
                    panic!("a worker did not finish in 10 minutes");
                }
            }
        }
    }
    let (docs, stats) = contents(&queued);
    let (want_docs, want_stats) = contents(&reference);
    assert_eq!(docs, want_docs, "killed at {kill_at:?} s");
    assert_eq!(stats, want_stats, "killed at {kill_at:?} s");
    // Nothing stored twice: one revision per document.
    assert_eq!(stats["documents"], stats["revisions"]);
    assert!(stats["documents"].as_i64().unwrap_or(0) >= 30);
    // Search and trace work on the result.
    let hits = run(&["search", "Russia", "--db", &queued, "--format", "jsonl"]);
    assert!(!hits.trim().is_empty());
}
