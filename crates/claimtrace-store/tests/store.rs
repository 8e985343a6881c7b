//! Behaviour of the embedded store: idempotent ingest, revisions, search
//! with filters, readers during a write, and a kill -9 in the middle of an
//! ingest followed by a rerun.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{plan_batch, CorpusStore, PutOutcome, SearchKind, SearchQuery, SqliteStore};
use claimtrace_trace::CandidateSource;

fn doc(id: &str, date: &str, source: &str, text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: id.into(),
            date: Some(date.into()),
            source: Some(source.into()),
            title: Some(format!("Report {id}")),
            ..Default::default()
        },
    )
}

fn ingest(store: &mut SqliteStore, docs: Vec<Document>) -> Vec<PutOutcome> {
    let (todo, unchanged) = match plan_batch(store, docs) {
        Ok(x) => x,
        Err(e) => panic!("planning: {e}"),
    };
    let mut out = vec![PutOutcome::Unchanged; unchanged];
    match store.put_batch(&todo) {
        Ok(o) => out.extend(o),
        Err(e) => panic!("storing: {e}"),
    }
    out
}

fn open(dir: &Path) -> SqliteStore {
    match SqliteStore::open(dir) {
        Ok(s) => s,
        Err(e) => panic!("opening {}: {e}", dir.display()),
    }
}

fn news() -> Vec<Document> {
    vec![
        doc(
            "grain-1",
            "2022-07-22",
            "Reuters",
            "Grain deal signed\nUN Secretary-General Antonio Guterres said: \"Today, there is a beacon on the Black Sea.\"\nThe agreement reopens three Ukrainian ports.",
        ),
        doc(
            "gas-1",
            "2022-03-31",
            "TASS",
            "Gas payments\n\"Foreign buyers must open rouble accounts in Russian banks,\" Putin said.\nThe decree takes effect on Friday.",
        ),
        doc(
            "gas-2",
            "2022-04-02",
            "Interfax",
            "Gas payments repeated\nAccording to Interfax, the Kremlin said: \"Foreign buyers must open rouble accounts in Russian banks.\"",
        ),
    ]
}

#[test]
fn reingesting_is_idempotent_and_changes_make_revisions() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut store = open(dir.path());
    let first = ingest(&mut store, news());
    assert!(first.iter().all(|o| *o == PutOutcome::Added), "{first:?}");
    let again = ingest(&mut store, news());
    assert!(
        again.iter().all(|o| *o == PutOutcome::Unchanged),
        "{again:?}"
    );

    let mut changed = news();
    changed[1].text = changed[1].text.replace("on Friday", "on April 1");
    let third = ingest(&mut store, changed);
    let updated: Vec<&PutOutcome> = third
        .iter()
        .filter(|o| **o != PutOutcome::Unchanged)
        .collect();
    assert_eq!(updated, vec![&PutOutcome::Updated { revision: 2 }]);
    let stats = store.stats().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stats.documents, 3);
    assert_eq!(stats.revisions, 4);
    let current = store
        .document("gas-1")
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("gas-1 missing"));
    assert_eq!(current.revision, 2);
    assert!(current.document.text.contains("April 1"));
    // The old revision's words are no longer found.
    let old = store
        .search(&SearchQuery {
            text: "decree Friday".into(),
            kind: Some(SearchKind::Document),
            limit: 5,
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(old.is_empty(), "{old:?}");
    search_index_holds_what_search_shows(dir.path());
}

/// The search index holds every current statement but the passages
/// (those are matched through the matching index), and stays consistent
/// when a revision retires the statements of the one before.
fn search_index_holds_what_search_shows(dir: &Path) {
    let conn = rusqlite::Connection::open(dir.join("claimtrace.sqlite3"))
        .unwrap_or_else(|e| panic!("opening the store's file: {e}"));
    let count = |sql: &str| -> i64 {
        conn.query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    let passages = count("SELECT COUNT(*) FROM statements WHERE kind = 'passage'");
    let others = count("SELECT COUNT(*) FROM statements WHERE kind <> 'passage'");
    assert!(
        passages > 0 && others > 0,
        "{passages} passages, {others} others"
    );
    assert_eq!(count("SELECT COUNT(*) FROM statements_fts_docsize"), others);
    conn.execute(
        "INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')",
        [],
    )
    .unwrap_or_else(|e| panic!("the search index is inconsistent: {e}"));
}

#[test]
fn search_ranks_and_filters_by_kind_speaker_and_date() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut store = open(dir.path());
    ingest(&mut store, news());
    let q = |text: &str, kind, speaker: Option<&str>, from: Option<&str>| SearchQuery {
        text: text.into(),
        kind,
        speaker: speaker.map(str::to_string),
        from: from.map(str::to_string),
        to: None,
        limit: 10,
        all_quotes: false,
    };
    let hits = store
        .search(&q("rouble accounts", Some(SearchKind::Quote), None, None))
        .unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<&str> = hits.iter().map(|h| h.doc_id.as_str()).collect();
    assert!(
        docs.contains(&"gas-1") && docs.contains(&"gas-2"),
        "{docs:?}"
    );
    assert!(hits[0].snippet.contains(claimtrace_store::HIGHLIGHT_OPEN));

    let by_putin = store
        .search(&q(
            "rouble accounts",
            Some(SearchKind::Quote),
            Some("putin"),
            None,
        ))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(by_putin.iter().all(|h| h.doc_id == "gas-1"), "{by_putin:?}");
    assert!(!by_putin.is_empty());

    let later = store
        .search(&q("rouble accounts", None, None, Some("2022-04-01")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(later.iter().all(|h| h.doc_id == "gas-2"), "{later:?}");

    // FTS operators typed by a user are words, not syntax.
    let odd = store.search(&q("beacon AND \"Black", None, None, None));
    assert!(odd.is_ok_and(|h| h.iter().any(|h| h.doc_id == "grain-1")));
}

#[test]
fn trace_candidates_come_from_the_store() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut store = open(dir.path());
    ingest(&mut store, news());
    let q = claimtrace_trace::TraceQuery {
        text: "Foreign buyers must open rouble accounts in Russian banks.".into(),
        doc_id: Some("gas-2".into()),
        ..Default::default()
    };
    let r =
        claimtrace_trace::trace(&store, &q, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let origin = r.origin.map(|o| o.doc_id);
    assert_eq!(origin.as_deref(), Some("gas-1"));
    let last = r.chain.last().map(|h| {
        h.differences
            .iter()
            .map(|d| d.kind.as_str())
            .collect::<Vec<_>>()
    });
    assert_eq!(last, Some(vec!["speaker_widened"]));
    let in_doc = store.statements_in("gas-1").unwrap_or_default();
    assert!(in_doc.iter().any(|s| s.speaker.as_deref() == Some("Putin")));
}

#[test]
fn readers_search_while_a_writer_holds_a_transaction() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut writer = open(dir.path());
    ingest(&mut writer, news());
    let reader = open(dir.path());
    // A long write in progress on another connection.
    let many: Vec<Document> = (0..300)
        .map(|i| {
            doc(
                &format!("bulk-{i}"),
                "2022-05-01",
                "Bulk",
                &format!("Bulletin {i}: the harvest estimate was revised to {i} million tonnes."),
            )
        })
        .collect();
    let handle = std::thread::spawn(move || ingest(&mut writer, many).len());
    let t = Instant::now();
    let hits = reader
        .search(&SearchQuery {
            text: "beacon Black Sea".into(),
            limit: 5,
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!hits.is_empty());
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(handle.join().unwrap_or(0), 300);
}

/// The child side of the kill test: ingests numbered batches slowly until
/// it is killed.
fn child_ingest(dir: &Path, batches: usize) {
    let mut store = open(dir);
    for b in 0..batches {
        let docs = kill_test_batch(b);
        ingest(&mut store, docs);
        std::thread::sleep(Duration::from_millis(150));
    }
}

fn kill_test_batch(b: usize) -> Vec<Document> {
    (0..20)
        .map(|i| {
            let n = b * 20 + i;
            doc(
                &format!("wire-{n}"),
                &format!("2022-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
                "Wire",
                &format!("Wire {n}\nThe minister said: \"Exports rose by {n} percent in the quarter.\"\nAnalysts expect more."),
            )
        })
        .collect()
}

const KILL_BATCHES: usize = 12;

fn fingerprint(store: &SqliteStore) -> Vec<(String, i64, String, usize)> {
    let mut out = Vec::new();
    for b in 0..KILL_BATCHES {
        for d in kill_test_batch(b) {
            let id = d.meta.id.clone();
            if let Ok(Some(s)) = store.document(&id) {
                let n = store.statements_in(&id).map(|v| v.len()).unwrap_or(0);
                out.push((id, s.revision, s.content_hash, n));
            }
        }
    }
    out
}

#[test]
fn kill_during_ingest_then_rerun_gives_the_same_store() {
    if let Ok(dir) = std::env::var("CLAIMTRACE_STORE_KILL_CHILD") {
        child_ingest(Path::new(&dir), KILL_BATCHES);
        return;
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => panic!("current exe: {e}"),
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut child = Command::new(exe)
        .args([
            "--exact",
            "kill_during_ingest_then_rerun_gives_the_same_store",
            "--nocapture",
        ])
        .env("CLAIMTRACE_STORE_KILL_CHILD", dir.path())
        .spawn()
        .unwrap_or_else(|e| panic!("spawning the child: {e}"));
    // Wait until some batches are committed, then kill -9 (SIGKILL).
    let t = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let committed = SqliteStore::open_existing(dir.path())
            .ok()
            .and_then(|s| s.stats().ok())
            .map_or(0, |s| s.documents);
        if committed >= 60 || t.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    child
        .kill()
        .unwrap_or_else(|e| panic!("killing the child: {e}"));
    let _ = child.wait();
    let partial = open(dir.path()).stats().map_or(0, |s| s.documents);
    assert!(
        partial > 0 && (partial as usize) < KILL_BATCHES * 20,
        "the kill should land mid-way, had {partial}"
    );
    assert_eq!(partial % 20, 0, "only whole batches are committed");

    // Rerun to completion, and compare with an uninterrupted ingest.
    let mut resumed = open(dir.path());
    let mut added = 0;
    for b in 0..KILL_BATCHES {
        added += ingest(&mut resumed, kill_test_batch(b))
            .iter()
            .filter(|o| **o == PutOutcome::Added)
            .count();
    }
    assert_eq!(added + partial as usize, KILL_BATCHES * 20);
    let clean_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut clean = open(clean_dir.path());
    for b in 0..KILL_BATCHES {
        ingest(&mut clean, kill_test_batch(b));
    }
    assert_eq!(fingerprint(&resumed), fingerprint(&clean));
    assert_eq!(
        resumed.stats().map(|s| (s.documents, s.statements)).ok(),
        clean.stats().map(|s| (s.documents, s.statements)).ok()
    );
}

#[test]
fn stores_opened_by_several_connections_at_creation_all_work() {
    // A search started in the first moments of an ingest opens the store
    // while it is being created; neither may fail with "database is locked".
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let path = dir.path().to_path_buf();
        let writer = std::thread::spawn(move || -> Result<usize, String> {
            let mut store = SqliteStore::open(&path).map_err(|e| e.to_string())?;
            let mut stored = 0;
            for b in 0..4 {
                let (todo, _) =
                    plan_batch(&store, kill_test_batch(b)).map_err(|e| e.to_string())?;
                stored += store.put_batch(&todo).map_err(|e| e.to_string())?.len();
            }
            Ok(stored)
        });
        let readers: Vec<_> = (0..3)
            .map(|_| {
                let path = dir.path().to_path_buf();
                std::thread::spawn(move || -> Result<(), String> {
                    for _ in 0..20 {
                        let store = SqliteStore::open(&path).map_err(|e| e.to_string())?;
                        store.stats().map_err(|e| e.to_string())?;
                    }
                    Ok(())
                })
            })
            .collect();
        let stored = writer
            .join()
            .unwrap_or_else(|_| Err("writer panicked".into()));
        assert_eq!(stored, Ok(80), "round {round}");
        for r in readers {
            let read = r.join().unwrap_or_else(|_| Err("reader panicked".into()));
            assert_eq!(read, Ok(()), "round {round}");
        }
    }
}

#[test]
fn quote_searches_list_beliefs_and_findings_only_when_asked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut store = open(dir.path());
    let mut docs = vec![doc(
        "bridge-1",
        "2023-05-02",
        "Local Herald",
        "Bridge repairs\nThe mayor said the bridge over the river will reopen in June.\n\
City engineers believe the bridge over the river will need new cables.",
    )];
    let pipeline = claimtrace_pipeline::default_pipeline();
    for d in &mut docs {
        pipeline.run(d);
    }
    ingest(&mut store, docs);
    let q = |all_quotes| SearchQuery {
        text: "bridge river".into(),
        kind: Some(SearchKind::Quote),
        limit: 10,
        all_quotes,
        ..Default::default()
    };
    let texts = |hits: Vec<claimtrace_store::SearchHit>| -> Vec<String> {
        hits.into_iter().filter_map(|h| h.text).collect()
    };
    let speech = texts(store.search(&q(false)).unwrap_or_else(|e| panic!("{e}")));
    assert!(
        speech.iter().any(|t| t.contains("reopen in June")),
        "{speech:?}"
    );
    assert!(
        !speech.iter().any(|t| t.contains("new cables")),
        "{speech:?}"
    );
    let all = texts(store.search(&q(true)).unwrap_or_else(|e| panic!("{e}")));
    assert!(all.iter().any(|t| t.contains("reopen in June")), "{all:?}");
    assert!(all.iter().any(|t| t.contains("new cables")), "{all:?}");
}

/// A store written before passages left the search index (schema 4) has
/// them taken out when it is next opened for writing.
#[test]
fn opening_an_older_store_takes_passages_out_of_the_search_index() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    {
        let mut store = open(dir.path());
        ingest(&mut store, news());
    }
    {
        // As schema 4 left it: every statement indexed for search.
        let conn = rusqlite::Connection::open(dir.path().join("claimtrace.sqlite3"))
            .unwrap_or_else(|e| panic!("opening the store's file: {e}"));
        conn.execute_batch(
            "INSERT INTO statements_fts (rowid, text, speaker)
             SELECT pk, text, COALESCE(speaker, '') FROM statements WHERE kind = 'passage';
             DELETE FROM schema_migrations WHERE version > 4;",
        )
        .unwrap_or_else(|e| panic!("making a schema-4 store: {e}"));
    }
    drop(open(dir.path()));
    search_index_holds_what_search_shows(dir.path());
}
