//! How the command behaves at its edges: a reader that goes away (`| head`),
//! closed stderr, control characters in file names, empty queries, a
//! search on a file that holds no store, error messages that repeat
//! themselves, and a store deleted under a running ingest.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/grain-exports-2024-05-14.txt"
);

fn claimtrace(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .args(args)
        .env_remove("CLAIMTRACE_DB")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"))
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `analyze` over the example many times: far more output than a pipe holds.
fn many_examples() -> Vec<&'static str> {
    let mut args = vec!["analyze", "--format", "jsonl", "--quiet", "-j", "2"];
    args.extend(std::iter::repeat_n(EXAMPLE, 600));
    args
}

#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    for close_stderr in [false, true] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimtrace"))
            .args(many_examples())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut first = String::new();
        BufReader::new(stdout)
            .read_line(&mut first)
            .unwrap_or_else(|e| panic!("reading: {e}"));
        assert!(first.starts_with('{'), "{first}");
        // `| head -1` has read its line and exits: the pipe closes.
        let mut stderr = child.stderr.take();
        if close_stderr {
            drop(stderr.take());
        }
        let status = child.wait().unwrap_or_else(|e| panic!("waiting: {e}"));
        let mut message = String::new();
        if let Some(s) = stderr {
            let _ = std::io::Read::read_to_string(&mut BufReader::new(s), &mut message);
        }
        assert_eq!(
            status.code(),
            Some(0),
            "stderr closed: {close_stderr}: {message}"
        );
        assert!(
            !message.contains("Broken pipe") && !message.contains("panicked"),
            "{message}"
        );
    }
}

#[test]
fn control_characters_in_file_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir
        .path()
        .join("empty\nclaimtrace: 99 document(s) analysed\u{1b}[2J.txt");
    std::fs::write(&path, b"").unwrap_or_else(|e| panic!("{e}"));
    let name = path.to_string_lossy().into_owned();
    let out = claimtrace(&["analyze", "--quiet", &name]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(
        stderr.lines().all(|l| l.starts_with("claimtrace: ")),
        "{stderr:?}"
    );
    assert!(stderr.contains("empty\\nclaimtrace: 99"), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
}

#[test]
fn empty_queries_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().to_string_lossy().into_owned();
    for args in [
        vec!["search", "", "--db", &db],
        vec!["search", "  ", "\t", "--db", &db],
        vec!["trace", "", "--db", &db],
        vec!["trace", " \n ", "--db", &db],
        vec!["match", "  ", "--db", &db],
    ] {
        let out = claimtrace(&args);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("usage error") && stderr.contains("empty"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // Nothing was created by refusing.
    assert!(std::fs::read_dir(dir.path()).map_or(0, |d| d.count()) == 0);
}

#[test]
fn search_never_writes_to_the_store() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("claimtrace.sqlite3");
    std::fs::write(&file, b"").unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().to_string_lossy().into_owned();
    let out = claimtrace(&["search", "grain", "--db", &db]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no claimtrace store"), "{stderr}");
    assert_eq!(std::fs::metadata(&file).map(|m| m.len()).ok(), Some(0));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(names, vec!["claimtrace.sqlite3".to_string()]);

    // A real store is searched without being written to.
    let store = dir.path().join("store");
    let store_arg = store.to_string_lossy().into_owned();
    let out = claimtrace(&["ingest", "--quiet", "--db", &store_arg, EXAMPLE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let before = std::fs::metadata(store.join("claimtrace.sqlite3"))
        .and_then(|m| m.modified())
        .ok();
    let out = claimtrace(&["search", "grain", "--db", &store_arg, "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!out.stdout.is_empty());
    let after = std::fs::metadata(store.join("claimtrace.sqlite3"))
        .and_then(|m| m.modified())
        .ok();
    assert_eq!(before, after);
}

/// "store at P: file is not a database: file is not a database: Error
/// code 26: ..." said the same thing three times.
#[test]
fn errors_name_their_cause_once() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("claimtrace.sqlite3"),
        b"this is not a database, but it is long enough to look like one's header....",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().to_string_lossy().into_owned();
    for args in [
        vec!["ingest", "--quiet", "--db", &db, EXAMPLE],
        vec!["search", "grain", "--db", &db],
    ] {
        let out = claimtrace(&args);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        let line = stderr.lines().last().unwrap_or("").to_lowercase();
        assert!(line.contains("not a database"), "{line}");
        assert_eq!(line.matches("not a database").count(), 1, "{line}");
        assert!(!line.contains("error code"), "{line}");
    }
}

fn committed(db: &Path) -> i64 {
    use claimtrace_store::CorpusStore;
    claimtrace_store::SqliteStore::open_read_only(db)
        .ok()
        .and_then(|s| s.stats().ok())
        .map_or(0, |s| s.documents)
}

#[test]
fn a_store_deleted_during_ingest_is_an_error() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let corpus = tmp.path().join("news");
    std::fs::create_dir_all(&corpus).unwrap_or_else(|e| panic!("{e}"));
    let example = std::fs::read_to_string(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    for i in 0..600 {
        std::fs::write(
            corpus.join(format!("doc{i:04}.txt")),
            format!("{example}\nReport number {i}.\n"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let db = tmp.path().join("db");
    let child = Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .args(["ingest", "--quiet", "--batch", "4", "-j", "1", "--db"])
        .arg(&db)
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    let t = Instant::now();
    while committed(&db) < 8 && t.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::remove_dir_all(&db).unwrap_or_else(|e| panic!("{e}"));
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("waiting: {e}"));
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("deleted"), "{stderr}");
    assert!(!stderr.contains(" added,"), "{stderr}");
}
