//! Corpus management through the `CorpusStore` trait, run on every
//! backend this build has: list with filters, delete (real: search,
//! match and trace no longer see it, and the matching statistics are those
//! of a store that never held it), LIKE wildcards in `--speaker`, and
//! read-only opens.
//!
//! The suite is one set of tests over `backends()`: the embedded SQLite
//! store always; PostgreSQL too when `CLAIMTRACE_TEST_PG` names a server
//! (`.ci/run` starts a throwaway one), each test in a database of its own.
//! The last test ingests the same real corpus into both and compares what
//! match, trace and search answer.

use std::path::Path;

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{
    open_store, plan_batch, Access, CorpusStore, DocumentFilter, SearchKind, SearchQuery,
    SqliteStore,
};
use claimtrace_trace::matching::match_terms;

/// The backends under test: the embedded SQLite store always, and
/// PostgreSQL when `CLAIMTRACE_TEST_PG` names a server (a URL whose user
/// may create databases; `.ci/run` starts one).
fn backends() -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite];
    if let Ok(url) = std::env::var("CLAIMTRACE_TEST_PG") {
        if !url.is_empty() {
            out.push(Backend::Postgres(url));
        }
    }
    out
}

enum Backend {
    Sqlite,
    Postgres(String),
}

/// A new, empty store of `backend` (a directory under `dir`, or a new
/// database on the PostgreSQL server).
fn fresh(backend: &Backend, dir: &Path, name: &str) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    match backend {
        Backend::Sqlite => dir.join(name).display().to_string(),
        Backend::Postgres(url) => {
            let db = format!(
                "claimtrace_test_{}_{}_{}",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::SeqCst),
                name.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
            );
            let mut admin = postgres::Client::connect(url, postgres::NoTls)
                .unwrap_or_else(|e| panic!("connecting to {url}: {e}"));
            admin
                .batch_execute(&format!("CREATE DATABASE {db}"))
                .unwrap_or_else(|e| panic!("creating {db}: {e}"));
            with_database(url, &db)
        }
    }
}

/// `url` naming database `db` instead of its own.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let base = match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

fn open(location: &str) -> Box<dyn CorpusStore> {
    open_store(location, Access::ReadWrite).unwrap_or_else(|e| panic!("opening {location}: {e}"))
}

fn doc(id: &str, date: &str, source: &str, language: &str, text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: id.into(),
            date: Some(date.into()),
            source: Some(source.into()),
            language: Some(language.into()),
            title: text.lines().next().map(str::to_string),
            ..Default::default()
        },
    )
}

fn news() -> Vec<Document> {
    vec![
        doc(
            "grain-1",
            "2022-07-22",
            "Reuters",
            "en",
            "Grain deal signed in Istanbul\nUN Secretary-General Antonio Guterres said: \"Today, there is a beacon on the Black Sea.\"\nThe agreement reopens three Ukrainian ports to wheat shipments.",
        ),
        doc(
            "gas-1",
            "2022-03-31",
            "TASS",
            "en",
            "Gas payments in roubles\n\"Foreign buyers must open rouble accounts in Russian banks,\" Putin said.\nThe decree takes effect on Friday.",
        ),
        doc(
            "gas-2",
            "2022-04-02",
            "Interfax",
            "en",
            "Gas payments repeated\nAccording to Interfax, the Kremlin said: \"Foreign buyers must open rouble accounts in Russian banks.\"",
        ),
        doc(
            "gas-ru",
            "2022-04-01",
            "TASS",
            "ru",
            "Оплата газа в рублях\nПутин заявил: \"Иностранные покупатели должны открыть рублевые счета в российских банках\".",
        ),
    ]
}

/// The statement that is deleted in the tests: it shares its words with
/// the others, so deleting it changes their document frequencies.
fn extra() -> Document {
    doc(
        "gas-3",
        "2022-04-05",
        "Blog 100% Truth",
        "en",
        "Gas buyers and rouble accounts\nA blogger wrote that foreign buyers will never open rouble accounts in Russian banks, and that the grain deal will fail too.",
    )
}

fn ingest(store: &mut dyn CorpusStore, docs: Vec<Document>) {
    let pipeline = claimtrace_pipeline::default_pipeline();
    let (todo, _) = plan_batch(store, docs).unwrap_or_else(|e| panic!("planning: {e}"));
    let analysed: Vec<(Document, String)> = todo
        .into_iter()
        .map(|(mut d, h)| {
            pipeline.run(&mut d);
            (d, h)
        })
        .collect();
    store
        .put_batch(&analysed)
        .unwrap_or_else(|e| panic!("storing: {e}"));
}

fn listed(store: &dyn CorpusStore, filter: &DocumentFilter) -> Vec<String> {
    store
        .list_documents(filter, None, 0)
        .unwrap_or_else(|e| panic!("listing: {e}"))
        .into_iter()
        .map(|d| d.id)
        .collect()
}

#[test]
fn list_filters_by_source_dates_and_language_and_pages() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let location = fresh(&backend, dir.path(), "store");
        let mut store = open(&location);
        ingest(store.as_mut(), news());
        let all = listed(store.as_ref(), &DocumentFilter::default());
        // By date, then id.
        assert_eq!(all, ["gas-1", "gas-ru", "gas-2", "grain-1"], "{location}");
        let tass = DocumentFilter {
            source: Some("TASS".into()),
            ..Default::default()
        };
        assert_eq!(listed(store.as_ref(), &tass), ["gas-1", "gas-ru"]);
        let april = DocumentFilter {
            from: Some("2022-04-01".into()),
            to: Some("2022-04-30".into()),
            ..Default::default()
        };
        assert_eq!(listed(store.as_ref(), &april), ["gas-ru", "gas-2"]);
        let russian = DocumentFilter {
            language: Some("ru".into()),
            ..Default::default()
        };
        assert_eq!(listed(store.as_ref(), &russian), ["gas-ru"]);
        let page = store
            .list_documents(&DocumentFilter::default(), Some(2), 1)
            .unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = page.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["gas-ru", "gas-2"]);
        assert!(page.iter().all(|d| d.statements > 0 && d.revision == 1));
    }
}

/// Units retrieved, units indexed, summed field lengths, document
/// frequencies of the query terms.
type MatchingView = (Vec<String>, u64, [u64; 3], Vec<(String, u64)>);

/// What `match` and `trace` see of a query: the units retrieved (as
/// statement ids) and the BM25F statistics.
fn matching_view(store: &dyn CorpusStore, text: &str) -> MatchingView {
    let terms = match_terms(text);
    let m = store
        .match_units(&terms, 50)
        .unwrap_or_else(|e| panic!("matching: {e}"));
    let ids = m
        .units
        .iter()
        .map(|u| {
            format!(
                "{}#{}#{}",
                u.statement.doc_id, u.statement.start, u.statement.end
            )
        })
        .collect();
    let mut df: Vec<(String, u64)> = m.stats.df.into_iter().collect();
    df.sort();
    (ids, m.stats.units, m.stats.total_len, df)
}

#[test]
fn deleting_a_document_leaves_the_store_as_if_it_had_never_been_stored() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let with = fresh(&backend, dir.path(), "with");
        let without = fresh(&backend, dir.path(), "without");
        let mut a = open(&with);
        let mut b = open(&without);
        ingest(a.as_mut(), news());
        ingest(a.as_mut(), vec![extra()]);
        // A second revision too: deletion takes every revision.
        let mut changed = extra();
        changed.text.push_str(" He added nothing new.");
        ingest(a.as_mut(), vec![changed]);
        ingest(b.as_mut(), news());

        let query = "foreign buyers must open rouble accounts in Russian banks";
        let (units_with, ..) = matching_view(a.as_ref(), query);
        assert!(
            units_with.iter().any(|u| u.starts_with("gas-3#")),
            "{units_with:?}"
        );

        let deleted = a
            .delete_documents(&DocumentFilter {
                ids: vec!["gas-3".into(), "no-such-document".into()],
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("deleting: {e}"));
        assert_eq!(deleted, ["gas-3"]);

        // Matching and tracing: the same units and the same BM25F
        // statistics as a store that never held it.
        for q in [
            query,
            "grain deal",
            "beacon on the Black Sea",
            "blogger wrote",
        ] {
            assert_eq!(
                matching_view(a.as_ref(), q),
                matching_view(b.as_ref(), q),
                "{q}"
            );
        }
        let candidates = a
            .candidates(query, None, 20)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(candidates.iter().all(|s| s.doc_id != "gas-3"));
        assert!(a.statements_in("gas-3").unwrap_or_default().is_empty());
        // Search, lookups and the counts.
        let hits = a
            .search(&SearchQuery {
                text: "blogger".into(),
                limit: 10,
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(hits.is_empty(), "{hits:?}");
        assert!(a
            .document("gas-3")
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none());
        assert!(a
            .known_revisions(&["gas-3".into()])
            .unwrap_or_default()
            .is_empty());
        let (sa, sb) = (
            a.stats().unwrap_or_else(|e| panic!("{e}")),
            b.stats().unwrap_or_else(|e| panic!("{e}")),
        );
        assert_eq!(
            (
                sa.documents,
                sa.revisions,
                sa.statements,
                sa.quotes,
                sa.claims,
                sa.entities
            ),
            (
                sb.documents,
                sb.revisions,
                sb.statements,
                sb.quotes,
                sb.claims,
                sb.entities
            )
        );
        // Stored again after deletion, it is new (revision 1).
        ingest(a.as_mut(), vec![extra()]);
        let back = a.document("gas-3").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back.map(|d| d.revision), Some(1));
    }
}

#[test]
fn delete_by_source_and_before_a_date() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let location = fresh(&backend, dir.path(), "store");
        let mut store = open(&location);
        ingest(store.as_mut(), news());
        let by_source = store
            .delete_documents(&DocumentFilter {
                source: Some("TASS".into()),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(by_source.len(), 2, "{by_source:?}");
        let before = store
            .delete_documents(&DocumentFilter {
                before: Some("2022-07-22".into()),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(before, ["gas-2"]);
        assert_eq!(
            listed(store.as_ref(), &DocumentFilter::default()),
            ["grain-1"]
        );
        let hits = store
            .search(&SearchQuery {
                text: "rouble accounts".into(),
                limit: 10,
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(hits.is_empty(), "{hits:?}");
    }
}

#[test]
fn speaker_filters_match_wildcards_literally() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let location = fresh(&backend, dir.path(), "store");
        let mut store = open(&location);
        ingest(store.as_mut(), news());
        let search = |speaker: &str| {
            store
                .search(&SearchQuery {
                    text: "rouble accounts".into(),
                    kind: Some(SearchKind::Quote),
                    speaker: Some(speaker.into()),
                    limit: 10,
                    ..Default::default()
                })
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert!(!search("putin").is_empty());
        for wildcard in ["%", "_", "p_tin", "\\"] {
            let hits = search(wildcard);
            assert!(hits.is_empty(), "--speaker {wildcard:?} matched {hits:?}");
        }
    }
}

#[test]
fn speaker_filters_fold_the_case_of_any_script() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let location = fresh(&backend, dir.path(), "store");
        let mut store = open(&location);
        ingest(store.as_mut(), news());
        for (kind, speaker) in [
            (Some(SearchKind::Quote), "путин"),
            (Some(SearchKind::Quote), "ПУТИН"),
            (None, "путин"),
        ] {
            let hits = store
                .search(&SearchQuery {
                    text: "рублевые счета".into(),
                    kind,
                    speaker: Some(speaker.into()),
                    limit: 10,
                    ..Default::default()
                })
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(
                hits.iter().any(|h| h.doc_id == "gas-ru"),
                "--speaker {speaker:?} ({kind:?}): {hits:?}"
            );
        }
    }
}

#[cfg(unix)]
fn is_root() -> bool {
    // Root writes through any permission bits, so a read-only directory
    // cannot be simulated with chmod there.
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
}

#[cfg(unix)]
#[test]
fn read_only_stores_are_searched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store_dir = dir.path().join("store");
    {
        let mut store = SqliteStore::open(&store_dir).unwrap_or_else(|e| panic!("{e}"));
        ingest(&mut store, news());
    }
    let search = |store: &dyn CorpusStore| {
        store
            .search(&SearchQuery {
                text: "beacon".into(),
                limit: 5,
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"))
    };
    // The immutable open (read-only media) reads the whole store.
    let immutable = SqliteStore::open_immutable(&store_dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        search(&immutable).first().map(|h| h.doc_id.as_str()),
        Some("grain-1")
    );
    drop(immutable);

    // The database file read-only, and then its directory too.
    let db_file = store_dir.join("claimtrace.sqlite3");
    set_mode(&db_file, 0o444);
    let location = store_dir.display().to_string();
    let store = open_store(&location, Access::ReadOnly).unwrap_or_else(|e| panic!("{e}"));
    assert!(!search(store.as_ref()).is_empty());
    drop(store);
    for leftover in ["claimtrace.sqlite3-shm", "claimtrace.sqlite3-wal"] {
        let _ = std::fs::remove_file(store_dir.join(leftover));
    }
    set_mode(&store_dir, 0o555);
    let opened = open_store(&location, Access::ReadOnly);
    let result = opened.map(|s| search(s.as_ref()).len());
    set_mode(&store_dir, 0o755);
    set_mode(&db_file, 0o644);
    assert!(
        matches!(result, Ok(n) if n > 0),
        "{:?}",
        result.err().map(|e| e.to_string())
    );
    if !is_root() {
        // Opening for writing there fails, naming the file once.
        set_mode(&store_dir, 0o555);
        set_mode(&db_file, 0o444);
        let e = open_store(&location, Access::ReadWrite)
            .err()
            .map(|e| e.to_string());
        set_mode(&store_dir, 0o755);
        set_mode(&db_file, 0o644);
        let e = e.unwrap_or_default();
        assert_eq!(e.matches("claimtrace.sqlite3").count(), 1, "{e}");
    }
}

#[test]
fn a_file_given_as_the_store_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "not a store").unwrap_or_else(|e| panic!("{e}"));
    for access in [Access::ReadOnly, Access::ReadWrite] {
        let e = open_store(&file.display().to_string(), access)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("is a file, not a store directory"), "{e}");
        assert!(!e.contains("os error"), "{e}");
    }
}

const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora");

/// Kremlin transcripts of early 2018 (their quotes are repeated by each
/// other), read from ../shared: `None` without it, unless
/// CLAIMTRACE_REQUIRE_SHARED is set, when the test fails.
fn kremlin_2018(n: usize) -> Option<Vec<Document>> {
    let file = Path::new(CORPORA).join("kremlin_en/kremlin_en.jsonl");
    if !file.is_file() {
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "{} is missing",
            file.display()
        );
        eprintln!(
            "note: {} not found; the cross-backend test is skipped",
            file.display()
        );
        return None;
    }
    let docs: Vec<Document> =
        claimtrace_ingest::read_inputs(&[file.display().to_string()], &Default::default())
            .filter_map(Result::ok)
            .filter(|d| {
                d.meta
                    .date
                    .as_deref()
                    .is_some_and(|date| ("2018-01-01".."2018-07-01").contains(&date))
            })
            .take(n)
            .collect();
    assert!(docs.len() >= n / 2, "only {} documents", docs.len());
    Some(docs)
}

#[test]
fn postgresql_answers_as_sqlite_does_on_the_same_corpus() {
    let Some(Backend::Postgres(url)) = backends().pop() else {
        eprintln!("note: CLAIMTRACE_TEST_PG not set; nothing to compare SQLite with");
        return;
    };
    let Some(docs) = kremlin_2018(160) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sqlite_at = fresh(&Backend::Sqlite, dir.path(), "sqlite");
    let pg_at = fresh(&Backend::Postgres(url), dir.path(), "same");
    let mut sqlite = open(&sqlite_at);
    let mut pg = open(&pg_at);
    for chunk in docs.chunks(64) {
        ingest(sqlite.as_mut(), chunk.to_vec());
        ingest(pg.as_mut(), chunk.to_vec());
    }
    let (a, b) = (
        sqlite.stats().unwrap_or_else(|e| panic!("{e}")),
        pg.stats().unwrap_or_else(|e| panic!("{e}")),
    );
    assert_eq!(
        (a.documents, a.statements, a.quotes, a.claims, a.entities),
        (b.documents, b.statements, b.quotes, b.claims, b.entities)
    );
    let sample = sqlite
        .sample_statements(40)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(sample.len() >= 30);
    let (mut same_search_top, mut searched) = (0, 0);
    // Statements of a few content words (a link line such as
    // "en.kremlin.ru/d/56952") match hundreds of statements at one rank;
    // each backend breaks such ties its own way, so only real sentences
    // are compared.
    let content_words = |text: &str| {
        claimtrace_trace::text::words(text)
            .into_iter()
            .filter(|w| {
                w.norm.chars().count() >= 4
                    && w.norm.chars().all(char::is_alphabetic)
                    && !claimtrace_trace::text::is_stop_word(&w.norm)
            })
            .count()
    };
    let sample: Vec<_> = sample
        .into_iter()
        .filter(|st| content_words(&st.text) >= 3)
        .collect();
    assert!(
        sample.len() >= 25,
        "{} real sentences sampled",
        sample.len()
    );
    for st in &sample {
        // Match: the same BM25F statistics; the same units retrieved but
        // for ties of equal rank at the cut (a sentence and the passage
        // that is that sentence: each store breaks such ties its own way);
        // the same answers.
        let (units_a, n_a, len_a, df_a) = matching_view(sqlite.as_ref(), &st.text);
        let (units_b, n_b, len_b, df_b) = matching_view(pg.as_ref(), &st.text);
        assert_eq!(
            (n_a, len_a, df_a),
            (n_b, len_b, df_b),
            "match {:?}",
            st.text
        );
        assert_eq!(units_a.len(), units_b.len(), "match {:?}", st.text);
        let shared = units_a.iter().filter(|u| units_b.contains(u)).count();
        assert!(
            shared * 20 >= units_a.len() * 19,
            "match {:?}: {shared} of {} units shared",
            st.text,
            units_a.len()
        );
        let answers = |store: &dyn CorpusStore| -> Vec<String> {
            claimtrace_trace::matching::match_statement(
                store,
                &st.text,
                None,
                5,
                &claimtrace_trace::matching::MatchOptions::default(),
            )
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|m| m.statement.doc_id)
            .collect()
        };
        assert_eq!(
            answers(sqlite.as_ref()),
            answers(pg.as_ref()),
            "match {:?}",
            st.text
        );
        // Trace: the same origin and chain.
        let query = claimtrace_trace::TraceQuery {
            text: st.text.clone(),
            doc_id: Some(st.doc_id.clone()),
            date: st.date.clone(),
            ..Default::default()
        };
        let options = claimtrace_trace::TraceOptions::default();
        let ta = claimtrace_trace::trace(sqlite.as_ref(), &query, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let tb = claimtrace_trace::trace(pg.as_ref(), &query, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let origin = |t: &claimtrace_trace::TraceResult| {
            t.origin
                .as_ref()
                .map(|o| (o.doc_id.clone(), o.text.clone()))
        };
        assert_eq!(origin(&ta), origin(&tb), "trace {:?}", st.text);
        assert_eq!(ta.chain.len(), tb.chain.len(), "trace {:?}", st.text);
        // Search: PostgreSQL ranks with ts_rank_cd, SQLite with BM25; the
        // best statement of one is among the first five of the other.
        let words: Vec<String> = claimtrace_trace::text::words(&st.text)
            .into_iter()
            .map(|w| w.norm)
            .filter(|w| w.chars().count() > 3 && !claimtrace_trace::text::is_stop_word(w))
            .take(3)
            .collect();
        if words.len() < 2 {
            continue;
        }
        let q = SearchQuery {
            text: words.join(" "),
            limit: 5,
            ..Default::default()
        };
        let ha = sqlite.search(&q).unwrap_or_else(|e| panic!("{e}"));
        let hb = pg.search(&q).unwrap_or_else(|e| panic!("{e}"));
        let Some(top) = ha.first() else { continue };
        searched += 1;
        if hb.iter().any(|h| h.doc_id == top.doc_id) {
            same_search_top += 1;
        }
    }
    eprintln!("search: SQLite's top document among PostgreSQL's first five for {same_search_top} of {searched} queries");
    assert!(
        searched >= 20 && same_search_top * 10 >= searched * 8,
        "{same_search_top} of {searched}"
    );
}

/// The phrase lookup and the neighbourhood read that trace a paraphrase's
/// quoted words answer the same on every backend: the statements saying
/// the words in a row (not the same words apart), dated on or before the
/// bound; and the statements of a document around a span.
#[test]
fn phrase_and_neighbourhood_lookups_answer_alike() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for backend in backends() {
        let at = fresh(&backend, dir.path(), "phrase");
        let mut store = open(&at);
        ingest(
            store.as_mut(),
            vec![
                doc(
                    "speech",
                    "2023-05-10",
                    "gov",
                    "en",
                    "Address to the Assembly\nOur coast has been closed for ninety days.\nWhoever closes the sea must pay a heavy and lasting price for it.\nNo tanker of that state should enter free harbours.",
                ),
                doc(
                    "apart",
                    "2023-05-09",
                    "gov",
                    "en",
                    "Fisheries report\nThe price of fish was heavy on the budget, and lasting too.",
                ),
                doc(
                    "later",
                    "2023-06-01",
                    "news",
                    "en",
                    "Summer report\nShipowners paid a heavy and lasting price for the blockade.",
                ),
            ],
        );
        let saying = store
            .statements_saying("a heavy and lasting price", Some("2023-05-31"), 50)
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        let mut docs: Vec<&str> = saying.iter().map(|s| s.doc_id.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        assert_eq!(docs, vec!["speech"], "{at}");
        let anchor = saying
            .iter()
            .find(|s| s.text.starts_with("Whoever"))
            .unwrap_or_else(|| panic!("{at}: no sentence statement in {saying:?}"));
        let around = store
            .statements_around("speech", anchor.start, anchor.end)
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        assert!(around
            .iter()
            .all(|s| s.end >= anchor.start && s.start <= anchor.end));
        assert!(
            around.iter().any(|s| s.text == anchor.text),
            "{at}: {around:?}"
        );
        assert!(
            !around.iter().any(|s| s.text.starts_with("No tanker")),
            "{at}: {around:?}"
        );
    }
}
