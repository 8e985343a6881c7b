//! Two `claimtrace ingest` processes on one store at the same time both
//! succeed and store everything: one ingests a large document (its inserts
//! hold the write lock for a while), the other many small ones in small
//! batches, each batch waiting its turn for the lock (issue 15).

use std::path::Path;
use std::process::{Command, Output};

use claimtrace_store::{CorpusStore, SqliteStore};

const SMALL_DOCS: usize = 120;

/// About `bytes` of news-like text with quotes, names, dates and figures.
fn news(bytes: usize, seed: usize) -> String {
    const NAMES: &[&str] = &[
        "Olena Koval",
        "Dmitry Peskov",
        "Sarah Walker",
        "Taras Melnyk",
    ];
    const PLACES: &[&str] = &["Odesa", "Kyiv", "London", "Warsaw"];
    let mut text = format!("Report {seed}: exports and prices\n");
    let mut n = seed as u64;
    while text.len() < bytes {
        n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let k = (n >> 33) as usize;
        let name = NAMES[k % NAMES.len()];
        let place = PLACES[(k / 7) % PLACES.len()];
        text.push_str(&format!(
            "\"Our ports shipped {} tonnes of grain in {place},\" {name} said on March {}, 2024. \
             According to the ministry, prices rose by {}% in the year to May.\n",
            1000 + k % 90000,
            1 + k % 28,
            2 + k % 40
        ));
    }
    text
}

fn ingest(paths: &[&Path], db: &Path, batch: usize) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .arg("ingest")
        .args(paths)
        .arg("--db")
        .arg(db)
        .args(["--batch", &batch.to_string(), "--quiet", "--json"])
        .env_remove("CLAIMTRACE_DB")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"))
}

fn added(out: &Output, what: &str) -> i64 {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what} failed ({}): {stderr}",
        out.status
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{what}: summary is not JSON ({e}): {stderr}"));
    summary["added"]
        .as_i64()
        .unwrap_or_else(|| panic!("{what}: no 'added' in {summary}"))
}

#[test]
fn two_ingests_at_once_on_one_store_both_succeed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let large = tmp.path().join("large.txt");
    std::fs::write(
        &large,
        news(
            if cfg!(debug_assertions) {
                200_000
            } else {
                1_500_000
            },
            1,
        ),
    )
    .unwrap_or_else(|e| panic!("writing: {e}"));
    let small = tmp.path().join("small");
    std::fs::create_dir_all(&small).unwrap_or_else(|e| panic!("{e}"));
    for i in 0..SMALL_DOCS {
        std::fs::write(small.join(format!("r{i:03}.txt")), news(1500, 100 + i))
            .unwrap_or_else(|e| panic!("writing: {e}"));
    }
    let db = tmp.path().join("db");
    // Both start on a store that does not exist yet.
    let a = ingest(&[&large], &db, 256);
    let b = ingest(&[&small], &db, 4);
    let a = a.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let b = b.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(added(&a, "the large ingest"), 1);
    assert_eq!(added(&b, "the small ingest"), SMALL_DOCS as i64);
    let store = SqliteStore::open_existing(&db).unwrap_or_else(|e| panic!("{e}"));
    let stats = store.stats().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stats.documents, SMALL_DOCS as i64 + 1);
    // The large document's statements are there too (thousands).
    assert!(stats.statements > 5 * SMALL_DOCS as i64, "{stats:?}");
}
