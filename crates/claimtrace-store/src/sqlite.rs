//! The embedded backend: `DIR/claimtrace.sqlite3` in WAL mode (readers
//! never wait for the writer), FTS5 for full-text search.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimtrace_core::{Claim, Document, Entity, Quote};
use claimtrace_trace::matching::{match_terms, MatchUnit, MatchUnits, TermCache, UnitStats};
use claimtrace_trace::{
    statement_spans_of, CandidateSource, SpeakerKind, Statement, StatementKind, StatementSpan,
    TraceError,
};
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use crate::schema::MIGRATIONS;
use crate::search::{
    best_hits, document_hit, search_kinds, statement_hit, statement_kind_name, FoundDocument,
    SearchFilters,
};
use crate::{
    fts, CorpusStore, DocumentFilter, DocumentSummary, KnownRevision, PutOutcome, SearchHit,
    SearchKind, SearchQuery, StoreError, StoreStats, StoredDocument, HIGHLIGHT_CLOSE,
    HIGHLIGHT_OPEN,
};

pub const DB_FILE: &str = "claimtrace.sqlite3";

/// Index hits ranked before filters (kind, speaker, dates) apply.
const SEARCH_DEPTH: i64 = 2000;

pub struct SqliteStore {
    conn: Connection,
    dir: PathBuf,
    /// The database file as opened (device and inode), to notice it being
    /// deleted or replaced under a running ingest.
    file_id: Option<(u64, u64)>,
    /// Document frequencies of matching terms already counted (counting
    /// one walks the term's whole doclist), valid while the index holds the
    /// same number of units.
    df_cache: std::sync::Mutex<DfCache>,
    /// Whether this connection has set the full-text indexes' write
    /// buffer ([`FTS_WRITE_BUFFER_BYTES`]) for its writes.
    fts_buffer_set: bool,
}

/// The memory each full-text index gathers new entries in before it
/// writes them out as a segment (SQLite's `hashsize`, 1 MiB by default).
/// A batch of documents (up to 256 transcripts) then makes one segment
/// per index instead of one per MiB of terms, and the index merges
/// segments several times less: 1.4-2.6% fewer instructions for the
/// Kremlin ingest (callgrind), for about 8 MB more peak memory
/// (docs/limits.md, "Ingest throughput"). Larger buffers gained nothing
/// more there.
const FTS_WRITE_BUFFER_BYTES: i64 = 8 << 20;

/// The full-text indexes whose write buffer [`FTS_WRITE_BUFFER_BYTES`] sets.
const FTS_TABLES: [&str; 3] = ["statements_fts", "documents_fts", "match_fts"];

/// See [`SqliteStore::df_cache`].
#[derive(Default)]
struct DfCache {
    units: u64,
    df: HashMap<String, u64>,
}

/// At most this many terms are remembered; then the cache starts over.
const DF_CACHE_TERMS: usize = 100_000;

/// Device and inode of a file (`None` where it cannot be read or on
/// systems without them).
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path).ok().map(|_| (0, 0))
    }
}

fn db(context: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> StoreError {
    let context = context.into();
    move |cause| StoreError::Db { context, cause }
}

impl SqliteStore {
    /// Writes documents in one write transaction, each as soon as it is
    /// prepared and dropped once written: a batch holds one document's
    /// prepared form at a time, not the sum of its documents'. The
    /// transaction opens once the first document is prepared.
    fn write_each<'a>(
        &mut self,
        mut docs: impl Iterator<Item = Result<(PreparedDocument<'a>, String), StoreError>>,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        let Some(first) = docs.next() else {
            return Ok(Vec::new());
        };
        let first = first?;
        let (dir, file_id) = (self.dir.clone(), self.file_id);
        // The write lock first (waiting for it under the busy timeout): a
        // transaction that reads and then writes would fail at once, not
        // wait, if another connection wrote in between.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("starting a batch"))?;
        if !self.fts_buffer_set {
            // A setting stored with each index (in its `_config` table),
            // so it is written under the batch's write lock; once per
            // connection, as later batches find it there.
            for table in FTS_TABLES {
                tx.execute(
                    &format!("INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?1)"),
                    params![FTS_WRITE_BUFFER_BYTES],
                )
                .map_err(db(format!("setting the write buffer of {table}")))?;
            }
        }
        let mut outcomes = Vec::new();
        let mut terms = StatementTerms::default();
        for prepared in std::iter::once(Ok(first)).chain(docs) {
            let (p, hash) = prepared?;
            let doc: &Document = &p.doc;
            let current: Option<(i64, i64, String)> = tx
                .query_row(
                    "SELECT pk, revision, content_hash FROM documents WHERE id = ?1 AND is_current = 1",
                    params![doc.meta.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()
                .map_err(|e| db(format!("looking up {}", doc.meta.id))(e))?;
            let outcome = match current {
                Some((_, _, h)) if h == hash => PutOutcome::Unchanged,
                Some((pk, rev, _)) => {
                    retire_revision(&tx, pk)?;
                    insert_document(&tx, &p, &hash, rev + 1, &mut terms)?;
                    PutOutcome::Updated { revision: rev + 1 }
                }
                None => {
                    insert_document(&tx, &p, &hash, 1, &mut terms)?;
                    PutOutcome::Added
                }
            };
            outcomes.push(outcome);
        }
        // A store deleted under the ingest still takes writes (to the
        // unlinked file): say so rather than report success.
        Self::check_still_there(&dir, file_id)?;
        tx.commit().map_err(db("committing a batch"))?;
        self.fts_buffer_set = true;
        Self::check_still_there(&dir, file_id)?;
        Ok(outcomes)
    }

    /// Opens (creating if needed) the store in `dir` and brings its schema
    /// up to date.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_here(dir).map_err(|e| naming_the_file(e, dir))
    }

    fn open_here(dir: &Path) -> Result<Self, StoreError> {
        not_a_file(dir)?;
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            path: dir.display().to_string(),
            cause: Box::new(e),
        })?;
        let path = dir.join(DB_FILE);
        let conn = Connection::open(&path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            cause: Box::new(e),
        })?;
        conn.busy_timeout(WRITE_BUSY_TIMEOUT)
            .map_err(db("setting the busy timeout"))?;
        set_wal_mode(&conn)?;
        register_functions(&conn)?;
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
            .map_err(db("setting the connection options"))?;
        let mut store = SqliteStore {
            conn,
            dir: dir.to_path_buf(),
            file_id: file_identity(&path),
            df_cache: Default::default(),
            fts_buffer_set: false,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing store for reading only (`search`): the connection
    /// is read-only (`SQLITE_OPEN_READ_ONLY`), nothing is created or
    /// migrated, and a file without a claimtrace schema, or with an older
    /// one, is an error saying so.
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        Self::open_read_only_here(dir).map_err(|e| naming_the_file(e, dir))
    }

    fn open_read_only_here(dir: &Path) -> Result<Self, StoreError> {
        not_a_file(dir)?;
        let path = dir.join(DB_FILE);
        let shown = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::Open {
                path: shown,
                cause: "no store here (run `claimtrace ingest` first, or pass --db)".into(),
            });
        }
        // A store in WAL mode is read through its `-shm` index, which a
        // reader creates when it is missing: on read-only media, in a
        // directory the reader cannot write, or when the `-shm` file is
        // not writable, that fails ("unable to open database file"). Such
        // a store is then opened immutable: read as a plain file, without
        // locks (nothing can be writing it there).
        let (conn, found) = match Self::connect_read_only(&path, false) {
            Ok(opened) => opened,
            Err(first) if !writable_for_readers(dir) => {
                Self::connect_read_only(&path, true).map_err(|_| first)?
            }
            Err(first) => return Err(first),
        };
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if found == 0 {
            return Err(StoreError::NoSchema { path: shown });
        }
        if found < known {
            return Err(StoreError::SchemaTooOld {
                path: shown,
                found,
                known,
            });
        }
        if found > known {
            return Err(StoreError::SchemaTooNew {
                path: shown,
                found,
                known,
            });
        }
        Ok(SqliteStore {
            conn,
            dir: dir.to_path_buf(),
            file_id: file_identity(&path),
            df_cache: Default::default(),
            fts_buffer_set: false,
        })
    }

    /// A read-only connection to `path` (immutable: without locks or the
    /// WAL index) and the schema version it holds.
    fn connect_read_only(path: &Path, immutable: bool) -> Result<(Connection, i64), StoreError> {
        let shown = path.display().to_string();
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
            | rusqlite::OpenFlags::SQLITE_OPEN_URI;
        let target = if immutable {
            format!("file:{}?immutable=1", uri_path(path))
        } else {
            format!("file:{}?mode=ro", uri_path(path))
        };
        let conn = Connection::open_with_flags(&target, flags).map_err(|e| StoreError::Open {
            path: shown.clone(),
            cause: Box::new(e),
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(db("setting the busy timeout"))?;
        // The first read is where a missing, uncreatable `-shm` shows.
        register_functions(&conn)?;
        let found = Self::stored_version(&conn).map_err(|e| match e {
            StoreError::Db { cause, .. } => StoreError::Open {
                path: shown.clone(),
                cause: Box::new(cause),
            },
            other => other,
        })?;
        Ok((conn, found))
    }

    /// Opens an existing store immutable (no locks, no WAL index): for a
    /// store on read-only media. What `open_read_only` falls back to when
    /// the plain read-only open fails there.
    pub fn open_immutable(dir: &Path) -> Result<Self, StoreError> {
        not_a_file(dir)?;
        let path = dir.join(DB_FILE);
        let (conn, found) = Self::connect_read_only(&path, true)?;
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if found != known {
            return Err(StoreError::Open {
                path: path.display().to_string(),
                cause: format!("schema version {found}, this program knows {known}").into(),
            });
        }
        Ok(SqliteStore {
            conn,
            dir: dir.to_path_buf(),
            file_id: file_identity(&path),
            df_cache: Default::default(),
            fts_buffer_set: false,
        })
    }

    /// `Err` when the database file is no longer the one opened (its
    /// directory deleted, the file removed or replaced): what is written
    /// then goes to a file nobody can open again.
    fn check_still_there(dir: &Path, file_id: Option<(u64, u64)>) -> Result<(), StoreError> {
        let path = dir.join(DB_FILE);
        match (file_id, file_identity(&path)) {
            (Some(opened), Some(now)) if opened == now => Ok(()),
            (None, _) => Ok(()),
            _ => Err(StoreError::Gone {
                path: path.display().to_string(),
            }),
        }
    }

    /// Opens an existing store for reading only (search, trace): fails
    /// rather than creating an empty store at a mistyped path.
    pub fn open_existing(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(DB_FILE);
        if !path.exists() {
            return Err(StoreError::Open {
                path: path.display().to_string(),
                cause: "no store here (run `claimtrace ingest` first, or pass --db)".into(),
            });
        }
        Self::open(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Applies the migrations this store lacks. The version is checked
    /// first without a write lock (a reader opening the store during a long
    /// ingest must not wait for it), then again under the write lock, so
    /// that two processes opening a new store at once (an ingest and a
    /// search) do not both migrate it.
    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let too_new = |found| StoreError::SchemaTooNew {
            path: self.dir.display().to_string(),
            found,
            known,
        };
        let current = Self::stored_version(&self.conn)?;
        if current > known {
            return Err(too_new(current));
        }
        if current == known {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("starting the migrations"))?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        )
        .map_err(db("creating schema_migrations"))?;
        let current = Self::version_in(&tx)?;
        if current > known {
            return Err(too_new(current));
        }
        for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            tx.execute_batch(sql)
                .map_err(db(format!("applying migration {version}")))?;
            if *version == 3 && current > 0 {
                backfill_match_index(&tx)?;
            }
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, datetime('now'))",
                params![version],
            )
            .map_err(db(format!("recording migration {version}")))?;
        }
        tx.commit().map_err(db("committing the migrations"))
    }

    /// The schema version recorded, 0 for a new (empty) database.
    fn stored_version(conn: &Connection) -> Result<i64, StoreError> {
        let exists: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master
                                WHERE type = 'table' AND name = 'schema_migrations')",
                [],
                |r| r.get(0),
            )
            .map_err(db("looking for schema_migrations"))?;
        if !exists {
            return Ok(0);
        }
        Self::version_in(conn)
    }

    fn version_in(conn: &Connection) -> Result<i64, StoreError> {
        conn.query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .map_err(db("reading the schema version"))
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
                r.get(0)
            })
            .map_err(db("reading the schema version"))
    }
}

/// `Err` saying so when `dir` is a file: a store is a directory.
fn not_a_file(dir: &Path) -> Result<(), StoreError> {
    if !dir.is_file() {
        return Ok(());
    }
    let hint = if dir.file_name().is_some_and(|n| n == DB_FILE) {
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        format!("pass its directory, --db {}", parent.display())
    } else {
        format!("a store is a directory holding {DB_FILE}")
    };
    Err(StoreError::Open {
        path: dir.display().to_string(),
        cause: format!("is a file, not a store directory ({hint})").into(),
    })
}

/// Whether a reader could create the WAL index beside the database (the
/// directory writable, or the `-shm` file there and writable).
fn writable_for_readers(dir: &Path) -> bool {
    let shm = dir.join(format!("{DB_FILE}-shm"));
    let writable = |p: &Path| {
        std::fs::metadata(p).is_ok_and(|m| !m.permissions().readonly())
            && std::fs::OpenOptions::new().append(true).open(p).is_ok()
    };
    if shm.exists() {
        return writable(&shm);
    }
    std::fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
}

/// `path` as the path part of a `file:` URI (`%`, `?` and `#` escaped).
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// A database error met while opening a store, with the file named (the
/// other errors name it already).
fn naming_the_file(e: StoreError, dir: &Path) -> StoreError {
    match e {
        StoreError::Db { context, cause } => StoreError::Db {
            context: format!("opening {}: {context}", dir.join(DB_FILE).display()),
            cause,
        },
        other => other,
    }
}

/// How long a connection waits for another one's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a writer waits for another writer's batch: two ingests on one
/// store take turns, and one batch may hold the write lock for as long as
/// the inserts of its documents take (tens of seconds for a 64 MiB one on
/// a slow disk), so a writer waits much longer than a reader would.
const WRITE_BUSY_TIMEOUT: Duration = Duration::from_secs(600);

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Puts the database in WAL mode (a no-op once it is). Switching a new
/// database needs it to itself: while another process opens it at the same
/// moment (a search during the first seconds of an ingest) SQLite may
/// answer "busy" at once, or leave the mode unchanged, instead of waiting;
/// so this waits and retries, up to the busy timeout.
/// SQL functions the queries use: `unicode_lower`, the lower case of any
/// script (SQLite's `lower` folds ASCII only, so a speaker filter such as
/// "зеленськ" never met "Зеленський").
fn register_functions(conn: &Connection) -> Result<(), StoreError> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "unicode_lower",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|s| s.to_lowercase())),
    )
    .map_err(db("registering the store's SQL functions"))
}

fn set_wal_mode(conn: &Connection) -> Result<(), StoreError> {
    let start = std::time::Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        let mode = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0));
        match mode {
            Ok(m) if m.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(_) if start.elapsed() < BUSY_TIMEOUT => {}
            Err(e) if is_busy(&e) && start.elapsed() < BUSY_TIMEOUT => {}
            Ok(m) => {
                return Err(StoreError::Open {
                    path: conn.path().unwrap_or_default().to_string(),
                    cause: format!("could not switch to WAL mode (still {m})").into(),
                })
            }
            Err(e) => return Err(db("setting WAL mode")(e)),
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(200));
    }
}

/// Removes the statements (and their index entries) and extracted rows of
/// an old revision; its document row and analysis stay as history.
fn retire_revision(tx: &rusqlite::Transaction, doc_pk: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO statements_fts (statements_fts, rowid, text, speaker)
         SELECT 'delete', pk, text, COALESCE(speaker, '') FROM statements
         WHERE doc_pk = ?1 AND kind <> 'passage'",
        params![doc_pk],
    )
    .map_err(db("un-indexing old statements"))?;
    tx.execute(
        "UPDATE match_stats SET
             units = units - (SELECT COUNT(*) FROM statements WHERE doc_pk = ?1),
             text_len = text_len - (SELECT COALESCE(SUM(text_terms), 0) FROM statements WHERE doc_pk = ?1),
             title_len = title_len - (SELECT COALESCE(SUM(title_terms), 0) FROM statements WHERE doc_pk = ?1),
             standfirst_len = standfirst_len
                 - (SELECT COALESCE(SUM(standfirst_terms), 0) FROM statements WHERE doc_pk = ?1)
         WHERE id = 1",
        params![doc_pk],
    )
    .map_err(db("updating the matching totals"))?;
    tx.execute(
        "DELETE FROM match_fts WHERE rowid IN (SELECT pk FROM statements WHERE doc_pk = ?1)",
        params![doc_pk],
    )
    .map_err(db("un-indexing old statements for matching"))?;
    tx.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, text)
         SELECT 'delete', doc_pk, COALESCE(title, ''), text FROM document_texts WHERE doc_pk = ?1",
        params![doc_pk],
    )
    .map_err(db("un-indexing the old text"))?;
    for table in [
        "statements",
        "quotes",
        "claims",
        "entities",
        "times",
        "quantities",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE doc_pk = ?1"),
            params![doc_pk],
        )
        .map_err(db(format!("retiring old {table}")))?;
    }
    tx.execute(
        "UPDATE documents SET is_current = 0 WHERE pk = ?1",
        params![doc_pk],
    )
    .map_err(db("retiring the old revision"))?;
    Ok(())
}

/// The retrieval terms of a field, space-separated, and how many.
pub(crate) fn terms_field(text: Option<&str>) -> (String, i64) {
    let ts = text.map(match_terms).unwrap_or_default();
    (ts.join(" "), ts.len() as i64)
}

/// As [`terms_field`], with the stems of words met before taken from
/// `cache` (the same result).
fn cached_terms_field(cache: &mut TermCache, text: Option<&str>) -> (String, i64) {
    match text {
        Some(text) => {
            let (joined, count) = cache.joined_terms(text);
            (joined, count as i64)
        }
        None => (String::new(), 0),
    }
}

/// What turns a batch's statements into retrieval terms as they are
/// written: the stems met so far and one buffer that every statement's
/// terms are written into in turn. The terms of a whole document (about
/// four times its text: a sentence is in its own row, in up to five
/// passages and in its quotes or claims) are never held at once.
#[derive(Default)]
struct StatementTerms {
    cache: TermCache,
    joined: String,
}

impl StatementTerms {
    /// The terms of `text`, space-separated, and how many; valid until the
    /// next call.
    fn of(&mut self, text: &str) -> (&str, i64) {
        let count = self.cache.joined_terms_into(text, &mut self.joined);
        (&self.joined, count as i64)
    }
}

/// Indexes statement `pk` for matching and tracing (its text, its
/// document's title and standfirst, as retrieval terms with their counts)
/// and, when `record_counts`, records the counts on the statement (new
/// statements are inserted with them); returns them.
fn index_for_matching(
    tx: &rusqlite::Connection,
    pk: i64,
    fields: [(&str, i64); 3],
    record_counts: bool,
) -> rusqlite::Result<[i64; 3]> {
    let [(t, tl), (h, hl), (f, fl)] = fields;
    tx.prepare_cached(
        "INSERT INTO match_fts (rowid, text, title, standfirst) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![pk, t, h, f])?;
    if !record_counts {
        return Ok([tl, hl, fl]);
    }
    tx.prepare_cached(
        "UPDATE statements SET text_terms = ?2, title_terms = ?3, standfirst_terms = ?4
         WHERE pk = ?1",
    )?
    .execute(params![pk, tl, hl, fl])?;
    Ok([tl, hl, fl])
}

fn add_match_stats(tx: &rusqlite::Connection, units: i64, lens: [i64; 3]) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "UPDATE match_stats SET units = units + ?1, text_len = text_len + ?2,
             title_len = title_len + ?3, standfirst_len = standfirst_len + ?4 WHERE id = 1",
    )?
    .execute(params![units, lens[0], lens[1], lens[2]])?;
    Ok(())
}

/// Indexes for matching the statements of a store written before the
/// matching index existed (schema 2), once, during the migration.
fn backfill_match_index(tx: &rusqlite::Transaction) -> Result<(), StoreError> {
    let rows: Vec<(i64, String, Option<String>)> = {
        let mut stmt = tx
            .prepare("SELECT pk, text, title FROM statements ORDER BY pk")
            .map_err(db("reading statements to index"))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(db("reading statements to index"))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(db("reading statements to index"))?
    };
    let mut totals = [0i64; 3];
    for (pk, text, title) in &rows {
        let fields = [
            terms_field(Some(text)),
            terms_field(title.as_deref()),
            terms_field(None),
        ];
        let [a, b, c] = &fields;
        let fields = [
            (a.0.as_str(), a.1),
            (b.0.as_str(), b.1),
            (c.0.as_str(), c.1),
        ];
        let lens = index_for_matching(tx, *pk, fields, true)
            .map_err(db("indexing old statements for matching"))?;
        for (t, l) in totals.iter_mut().zip(lens) {
            *t += l;
        }
    }
    add_match_stats(tx, rows.len() as i64, totals).map_err(db("the matching totals"))
}

pub(crate) fn json_of<T: serde::Serialize>(v: &T, what: &str) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|cause| StoreError::Json {
        context: format!("encoding {what}"),
        cause,
    })
}

/// `v` as JSON, deflated (zlib) while it is encoded: the plain JSON (about
/// ten times the text for a news article's analysis) is never held whole.
pub(crate) fn deflated_json_of<T: serde::Serialize>(
    v: &T,
    what: &str,
) -> Result<Vec<u8>, StoreError> {
    use std::io::Write;
    let z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut w = std::io::BufWriter::with_capacity(64 * 1024, z);
    serde_json::to_writer(&mut w, v).map_err(|cause| StoreError::Json {
        context: format!("encoding {what}"),
        cause,
    })?;
    let io = |cause: std::io::Error| StoreError::Json {
        context: format!("compressing {what}"),
        cause: serde_json::Error::io(cause),
    };
    w.flush().map_err(io)?;
    w.into_inner()
        .map_err(|e| io(e.into_error()))?
        .finish()
        .map_err(io)
}

/// The analysis of a stored document: deflated JSON in `analysis_z`
/// (schema 4 on), or plain JSON in `analysis` (rows stored before).
pub(crate) fn decode_analysis(
    plain: &str,
    deflated: Option<&[u8]>,
    id: &str,
) -> Result<Document, StoreError> {
    let json = |cause| StoreError::Json {
        context: format!("decoding the analysis of {id}"),
        cause,
    };
    match deflated {
        Some(z) => {
            let reader = std::io::BufReader::new(flate2::read::ZlibDecoder::new(z));
            serde_json::from_reader(reader).map_err(json)
        }
        None => serde_json::from_str(plain).map_err(json),
    }
}

/// One quote, claim, entity, time or quantity row, encoded before the
/// write transaction opens.
#[derive(Clone, Default)]
struct ItemRow {
    local_id: Option<String>,
    kind: Option<String>,
    text: Option<String>,
    start: Option<i64>,
    end: Option<i64>,
    speaker: Option<String>,
    speaker_entity: Option<String>,
    cue: Option<String>,
    score: Option<f64>,
    mentions: Option<i64>,
}

/// The rows of the quote layer (output form).
fn quote_rows(layer: Vec<Quote>) -> Result<Vec<ItemRow>, StoreError> {
    let mut quotes = Vec::with_capacity(layer.len());
    for q in layer {
        quotes.push(ItemRow {
            kind: Some(kind_name(&q.kind, "quote kind")?),
            cue: q.cue.as_ref().map(|c| json_of(c, "cue")).transpose()?,
            local_id: Some(q.id),
            text: Some(q.text),
            start: Some(q.start as i64),
            end: Some(q.end as i64),
            speaker: q.speaker.name,
            speaker_entity: q.speaker.entity,
            ..ItemRow::default()
        });
    }
    Ok(quotes)
}

/// The rows of the claim layer (output form).
fn claim_rows(layer: Vec<Claim>) -> Vec<ItemRow> {
    let mut claims = Vec::with_capacity(layer.len());
    for c in layer {
        claims.push(ItemRow {
            local_id: Some(c.id),
            text: Some(c.text),
            start: Some(c.start as i64),
            end: Some(c.end as i64),
            speaker: c.speaker,
            score: Some(c.score as f64),
            ..ItemRow::default()
        });
    }
    claims
}

/// The rows of the entity layer (output form).
fn entity_rows(layer: Vec<Entity>) -> Result<Vec<ItemRow>, StoreError> {
    let mut entities = Vec::with_capacity(layer.len());
    for e in layer {
        entities.push(ItemRow {
            kind: Some(kind_name(&e.kind, "entity type")?),
            mentions: Some(e.mentions.len() as i64),
            local_id: Some(e.id),
            text: Some(e.name),
            ..ItemRow::default()
        });
    }
    Ok(entities)
}

/// A time or quantity row: its text and code-point span (a fifth of an
/// [`ItemRow`]; a news text has one every 100 bytes or so).
struct SpanRow {
    text: String,
    start: i64,
    end: i64,
}

/// Rows of a time or quantity layer, in a vector of their own size (see
/// where it is called).
fn span_rows<T>(layer: Vec<T>, parts: impl Fn(T) -> (String, usize, usize)) -> Vec<SpanRow> {
    let mut rows = Vec::with_capacity(layer.len());
    for item in layer {
        let (text, start, end) = parts(item);
        rows.push(SpanRow {
            text,
            start: start as i64,
            end: end as i64,
        });
    }
    rows
}

/// Everything a document writes, computed outside the write transaction:
/// the output form (code-point offsets), the JSON encodings and the
/// statements. Inside the transaction only inserts remain, so a large
/// document does not hold the write lock while it is converted.
struct PreparedDocument<'a> {
    /// The document's metadata and text (borrowed, or, from
    /// `put_documents`, owned with its layers already dropped).
    doc: std::borrow::Cow<'a, Document>,
    meta: String,
    /// The analysis JSON, zlib-deflated as it is encoded.
    analysis_z: Vec<u8>,
    /// The statements, their texts spans of the document's text (their
    /// retrieval terms are made one at a time as they are written).
    statements: Vec<StatementSpan>,
    quotes: Vec<ItemRow>,
    claims: Vec<ItemRow>,
    entities: Vec<ItemRow>,
    times: Vec<SpanRow>,
    quantities: Vec<SpanRow>,
}

fn kind_name<T: serde::Serialize>(v: &T, what: &str) -> Result<String, StoreError> {
    Ok(json_of(v, what)?.trim_matches('"').to_string())
}

fn prepare_document(doc: &Document) -> Result<PreparedDocument<'_>, StoreError> {
    let statements = statement_spans_of(doc);
    let mut out = doc.to_output();
    // The text is stored once, in document_texts; the analysis refers to it.
    out.text = String::new();
    prepare_from(std::borrow::Cow::Borrowed(doc), statements, out)
}

/// As `prepare_document`, consuming the document: its layers are converted
/// in place (no copy) and dropped once encoded, the token layer first;
/// only the text and metadata are kept for the inserts.
fn prepare_owned(mut doc: Document) -> Result<PreparedDocument<'static>, StoreError> {
    // Statements read no tokens: the token layer goes before they are
    // extracted, at the peak of the preparation.
    doc.drop_token_layers();
    let statements = statement_spans_of(&doc);
    let mut out = doc.into_output();
    let text = std::mem::take(&mut out.text);
    let kept = Document::new(text, out.meta.clone());
    prepare_from(std::borrow::Cow::Owned(kept), statements, out)
}

/// The rest of the preparation, from the statements and the output form
/// (code-point offsets, no text), which is dropped at the end.
fn prepare_from<'a>(
    doc: std::borrow::Cow<'a, Document>,
    statements: Vec<StatementSpan>,
    out: Document,
) -> Result<PreparedDocument<'a>, StoreError> {
    let id = doc.meta.id.clone();
    let meta = json_of(&out.meta, "metadata")?;
    let analysis_z = deflated_json_of(&out, &format!("the analysis of {id}"))?;
    // The rows take their strings from the output form (moved, not
    // copied); the layers no row needs are dropped here.
    let Document {
        quotes: out_quotes,
        claims: out_claims,
        entities: out_entities,
        times: out_times,
        quantities: out_quantities,
        ..
    } = out;
    let quotes = quote_rows(out_quotes)?;
    let claims = claim_rows(out_claims);
    let entities = entity_rows(out_entities)?;
    // Pushed into vectors of their own size: collecting the mapped layer
    // would reuse its allocation (`TimeExpr`s and `Quantity`s are several
    // times larger than a row) and hold it until the batch is written.
    let times = span_rows(out_times, |t| (t.text, t.start, t.end));
    let quantities = span_rows(out_quantities, |q| (q.text, q.start, q.end));
    Ok(PreparedDocument {
        doc,
        meta,
        analysis_z,
        statements,
        quotes,
        claims,
        entities,
        times,
        quantities,
    })
}

/// Writes a prepared document: its row, its text, its statements (with
/// their share of the matching totals), then its quotes, claims,
/// entities, times and quantities.
fn insert_document(
    tx: &rusqlite::Transaction,
    p: &PreparedDocument,
    hash: &str,
    revision: i64,
    terms: &mut StatementTerms,
) -> Result<(), StoreError> {
    let id = &p.doc.meta.id;
    let doc_pk = insert_document_row(tx, p, hash, revision)?;
    insert_document_text(tx, doc_pk, &p.doc)?;
    let totals = insert_statements(tx, doc_pk, p, terms)?;
    add_match_stats(tx, p.statements.len() as i64, totals)
        .map_err(insert_failed(id, "the matching totals"))?;
    insert_quotes(tx, doc_pk, p)?;
    insert_claims(tx, doc_pk, p)?;
    insert_entities(tx, doc_pk, p)?;
    insert_spans(tx, doc_pk, p)
}

/// The error of a failed insert of `what` of document `id`. The message is
/// formatted only when an insert fails: formatting it for every row was
/// over 1% of an ingest's instructions.
fn insert_failed<'a>(
    id: &'a str,
    what: &'static str,
) -> impl FnOnce(rusqlite::Error) -> StoreError + 'a {
    move |cause| StoreError::Db {
        context: format!("storing {what} of {id}"),
        cause,
    }
}

/// Inserts the document's row (as the current revision); returns its key.
fn insert_document_row(
    tx: &rusqlite::Transaction,
    p: &PreparedDocument,
    hash: &str,
    revision: i64,
) -> Result<i64, StoreError> {
    let doc: &Document = &p.doc;
    let id = &doc.meta.id;
    tx.execute(
        "INSERT INTO documents (id, revision, is_current, content_hash, date, source, title, url,
                                meta, analysis, analysis_z, ingested_at, standfirst)
         VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, '', ?9, datetime('now'), ?10)",
        params![
            id,
            revision,
            hash,
            doc.meta.date,
            doc.meta.source,
            doc.meta.title,
            doc.meta.url,
            p.meta,
            p.analysis_z,
            doc.meta.standfirst
        ],
    )
    .map_err(|e| db(format!("storing document {id}"))(e))?;
    Ok(tx.last_insert_rowid())
}

/// Inserts the document's title and text, and indexes them for search.
fn insert_document_text(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    doc: &Document,
) -> Result<(), StoreError> {
    let id = &doc.meta.id;
    tx.execute(
        "INSERT INTO document_texts (doc_pk, title, text) VALUES (?1, ?2, ?3)",
        params![doc_pk, doc.meta.title, doc.text],
    )
    .map_err(insert_failed(id, "the text"))?;
    tx.execute(
        "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, COALESCE(?2, ''), ?3)",
        params![doc_pk, doc.meta.title, doc.text],
    )
    .map_err(insert_failed(id, "the text index"))?;
    Ok(())
}

/// Inserts the statements, each indexed for search and for matching;
/// returns the summed retrieval-term counts of their text, title and
/// standfirst (for the matching totals).
fn insert_statements(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    p: &PreparedDocument,
    terms: &mut StatementTerms,
) -> Result<[i64; 3], StoreError> {
    let doc: &Document = &p.doc;
    let mut inserts = StatementInserts::prepare(tx)?;
    // statements_of gives every statement its document's title; the title's
    // and standfirst's terms are the same for every statement.
    let title_terms = cached_terms_field(&mut terms.cache, doc.meta.title.as_deref());
    let standfirst_terms = cached_terms_field(&mut terms.cache, doc.meta.standfirst.as_deref());
    let mut totals = [0i64; 3];
    for st in &p.statements {
        let text = st.text(&doc.text);
        let fields = [
            terms.of(text),
            (title_terms.0.as_str(), title_terms.1),
            (standfirst_terms.0.as_str(), standfirst_terms.1),
        ];
        let lens = inserts.insert(tx, doc_pk, doc, st, fields)?;
        for (t, l) in totals.iter_mut().zip(lens) {
            *t += l;
        }
    }
    Ok(totals)
}

/// The inserts of a statement, prepared once per document: its row and
/// its search index entry.
struct StatementInserts<'t> {
    row: rusqlite::CachedStatement<'t>,
    search_index: rusqlite::CachedStatement<'t>,
}

impl<'t> StatementInserts<'t> {
    fn prepare(tx: &'t rusqlite::Transaction) -> Result<Self, StoreError> {
        let row = tx
            .prepare_cached(
                "INSERT INTO statements (doc_pk, doc_id, kind, local_id, text, start, end, speaker,
                                         speaker_kind, date, source, title,
                                         text_terms, title_terms, standfirst_terms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )
            .map_err(db("preparing statements"))?;
        let search_index = tx
            .prepare_cached(
                "INSERT INTO statements_fts (rowid, text, speaker) VALUES (?1, ?2, COALESCE(?3, ''))",
            )
            .map_err(db("preparing the statement index"))?;
        Ok(StatementInserts { row, search_index })
    }

    /// Inserts statement `st` of `doc` (its text first of `fields`, the
    /// retrieval terms of its text, title and standfirst with their
    /// counts), indexed for search and for matching; returns the counts.
    fn insert(
        &mut self,
        tx: &rusqlite::Transaction,
        doc_pk: i64,
        doc: &Document,
        st: &StatementSpan,
        fields: [(&str, i64); 3],
    ) -> Result<[i64; 3], StoreError> {
        let id = &doc.meta.id;
        let text = st.text(&doc.text);
        self.row
            .execute(params![
                doc_pk,
                id,
                st.kind.as_str(),
                st.local_id,
                text,
                st.start as i64,
                st.end as i64,
                st.speaker,
                st.speaker_kind.as_str(),
                doc.meta.date,
                doc.meta.source,
                doc.meta.title,
                fields[0].1,
                fields[1].1,
                fields[2].1
            ])
            .map_err(insert_failed(id, "statements"))?;
        let pk = tx.last_insert_rowid();
        // Passages are for matching and tracing only: `search` shows
        // quotes and claims, and a phrase is found in its sentence.
        // Leaving them out of the search index halves its size and its
        // merges.
        if st.kind != StatementKind::Passage {
            self.search_index
                .execute(params![pk, text, st.speaker])
                .map_err(insert_failed(id, "the statement index"))?;
        }
        index_for_matching(tx, pk, fields, false).map_err(insert_failed(id, "the matching index"))
    }
}

fn insert_quotes(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    p: &PreparedDocument,
) -> Result<(), StoreError> {
    let mut ins = tx
        .prepare_cached(
            "INSERT INTO quotes (doc_pk, quote_id, kind, text, start, end, speaker, speaker_entity, cue)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .map_err(db("preparing quotes"))?;
    for q in &p.quotes {
        ins.execute(params![
            doc_pk,
            q.local_id,
            q.kind,
            q.text,
            q.start,
            q.end,
            q.speaker,
            q.speaker_entity,
            q.cue
        ])
        .map_err(insert_failed(&p.doc.meta.id, "quotes"))?;
    }
    Ok(())
}

fn insert_claims(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    p: &PreparedDocument,
) -> Result<(), StoreError> {
    let mut ins = tx
        .prepare_cached(
            "INSERT INTO claims (doc_pk, claim_id, text, start, end, score, speaker)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(db("preparing claims"))?;
    for c in &p.claims {
        ins.execute(params![
            doc_pk, c.local_id, c.text, c.start, c.end, c.score, c.speaker
        ])
        .map_err(insert_failed(&p.doc.meta.id, "claims"))?;
    }
    Ok(())
}

fn insert_entities(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    p: &PreparedDocument,
) -> Result<(), StoreError> {
    let mut ins = tx
        .prepare_cached(
            "INSERT INTO entities (doc_pk, entity_id, name, type, mentions)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .map_err(db("preparing entities"))?;
    for e in &p.entities {
        ins.execute(params![doc_pk, e.local_id, e.text, e.kind, e.mentions])
            .map_err(insert_failed(&p.doc.meta.id, "entities"))?;
    }
    Ok(())
}

/// Inserts the times and the quantities (the same columns: text and span).
fn insert_spans(
    tx: &rusqlite::Transaction,
    doc_pk: i64,
    p: &PreparedDocument,
) -> Result<(), StoreError> {
    for (table, rows) in [("times", &p.times), ("quantities", &p.quantities)] {
        let mut ins = tx
            .prepare_cached(&format!(
                "INSERT INTO {table} (doc_pk, start, end, text) VALUES (?1, ?2, ?3, ?4)"
            ))
            .map_err(db(format!("preparing {table}")))?;
        for r in rows {
            ins.execute(params![doc_pk, r.start, r.end, r.text])
                .map_err(insert_failed(&p.doc.meta.id, table))?;
        }
    }
    Ok(())
}

fn statement_from_row(r: &Row) -> rusqlite::Result<Statement> {
    // By position, in STATEMENT_COLUMNS' order (every query that reads a
    // statement selects those columns first): a lookup by name scans the
    // column names, a fifth of reading a long transcript's statements.
    let kind: String = r.get(1)?;
    let speaker_kind: String = r.get(7)?;
    Ok(Statement {
        doc_id: r.get(0)?,
        kind: StatementKind::parse(&kind).unwrap_or_default(),
        local_id: r.get(2)?,
        text: r.get(3)?,
        start: r.get::<_, i64>(4)?.max(0) as usize,
        end: r.get::<_, i64>(5)?.max(0) as usize,
        speaker: r.get(6)?,
        speaker_kind: SpeakerKind::parse(&speaker_kind),
        date: r.get(8)?,
        source: r.get(9)?,
        title: r.get(10)?,
    })
}

/// The columns [`statement_from_row`] reads, in its order.
const STATEMENT_COLUMNS: &str =
    "s.doc_id, s.kind, s.local_id, s.text, s.start, s.end, s.speaker, s.speaker_kind, s.date, s.source, s.title";

impl CorpusStore for SqliteStore {
    fn known_revisions(
        &self,
        ids: &[String],
    ) -> Result<HashMap<String, KnownRevision>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT revision, content_hash FROM documents WHERE id = ?1 AND is_current = 1",
            )
            .map_err(db("preparing the revision lookup"))?;
        let mut out = HashMap::new();
        for id in ids {
            let found = stmt
                .query_row(params![id], |r| {
                    Ok(KnownRevision {
                        revision: r.get(0)?,
                        content_hash: r.get(1)?,
                    })
                })
                .optional()
                .map_err(db(format!("looking up {id}")))?;
            if let Some(k) = found {
                out.insert(id.clone(), k);
            }
        }
        Ok(out)
    }

    fn put_batch(&mut self, docs: &[(Document, String)]) -> Result<Vec<PutOutcome>, StoreError> {
        // The work that needs only the document (offsets, statements, JSON)
        // is done before the write lock is taken for the first document;
        // each is written as soon as it is prepared.
        self.write_each(
            docs.iter()
                .map(|(doc, hash)| Ok((prepare_document(doc)?, hash.clone()))),
        )
    }

    fn put_documents(
        &mut self,
        docs: Vec<(Document, String)>,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        // Each document is encoded and its layers dropped, then written and
        // its prepared form dropped, before the next one is prepared.
        self.write_each(
            docs.into_iter()
                .map(|(doc, hash)| Ok((prepare_owned(doc)?, hash))),
        )
    }

    fn document(&self, id: &str) -> Result<Option<StoredDocument>, StoreError> {
        type Row = (i64, String, String, Option<Vec<u8>>, String);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT d.revision, d.content_hash, d.analysis, d.analysis_z, t.text
                 FROM documents d JOIN document_texts t ON t.doc_pk = d.pk
                 WHERE d.id = ?1 AND d.is_current = 1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(db(format!("reading document {id}")))?;
        let Some((revision, content_hash, analysis, analysis_z, text)) = row else {
            return Ok(None);
        };
        let mut document = decode_analysis(&analysis, analysis_z.as_deref(), id)?;
        document.text = text;
        Ok(Some(StoredDocument {
            revision,
            content_hash,
            document,
        }))
    }

    fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
        let Some(fts_query) = fts::all_words(&q.text) else {
            return Ok(Vec::new());
        };
        let filters = SearchFilters::of(q);
        let mut hits = Vec::new();
        for kind in search_kinds(q) {
            match kind {
                SearchKind::Quote | SearchKind::Claim => {
                    hits.extend(search_statements(&self.conn, kind, &fts_query, &filters)?);
                }
                SearchKind::Document => {
                    hits.extend(search_documents(&self.conn, &fts_query, &filters)?);
                }
            }
        }
        Ok(best_hits(hits, q))
    }

    fn statement(&self, id: &str) -> Result<Option<Statement>, StoreError> {
        let (sql, key1, key2) = match id.rsplit_once('#') {
            Some((doc, local)) => (
                format!(
                    "SELECT {STATEMENT_COLUMNS} FROM statements s
                     WHERE s.doc_id = ?1 AND s.local_id = ?2 LIMIT 1"
                ),
                doc.to_string(),
                local.to_string(),
            ),
            None => (
                format!("SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.pk = ?1 AND ?2 = ?2"),
                id.to_string(),
                String::new(),
            ),
        };
        self.conn
            .query_row(&sql, params![key1, key2], statement_from_row)
            .optional()
            .map_err(db(format!("reading statement {id}")))
    }

    fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |sql: &str| -> Result<i64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(db(format!("counting: {sql}")))
        };
        let mut bytes = 0u64;
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(DB_FILE) {
                    bytes += e.metadata().map(|m| m.len()).unwrap_or(0);
                }
            }
        }
        Ok(StoreStats {
            documents: count("SELECT COUNT(*) FROM documents WHERE is_current = 1")?,
            revisions: count("SELECT COUNT(*) FROM documents")?,
            statements: count("SELECT COUNT(*) FROM statements")?,
            quotes: count("SELECT COUNT(*) FROM quotes")?,
            claims: count("SELECT COUNT(*) FROM claims")?,
            entities: count("SELECT COUNT(*) FROM entities")?,
            bytes_on_disk: bytes,
        })
    }

    fn sample_statements(&self, n: usize) -> Result<Vec<Statement>, StoreError> {
        self.sample(n)
    }

    fn list_documents(
        &self,
        filter: &DocumentFilter,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Vec<DocumentSummary>, StoreError> {
        let (condition, mut values) = filter_sql(filter);
        let sql = format!(
            "SELECT d.id, d.revision, d.date, d.source, d.title, d.url,
                    json_extract(d.meta, '$.language'),
                    (SELECT COUNT(*) FROM statements s WHERE s.doc_pk = d.pk),
                    d.ingested_at
             FROM documents d WHERE {condition}
             ORDER BY d.date IS NULL, d.date, d.id LIMIT ? OFFSET ?"
        );
        // SQLite: a negative LIMIT is no limit.
        values.push(
            limit
                .map_or(-1, |n| n.min(i64::MAX as usize) as i64)
                .to_string(),
        );
        values.push(offset.min(i64::MAX as usize).to_string());
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(db("preparing the document list"))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                Ok(DocumentSummary {
                    id: r.get(0)?,
                    revision: r.get(1)?,
                    date: r.get(2)?,
                    source: r.get(3)?,
                    title: r.get(4)?,
                    url: r.get(5)?,
                    language: r.get(6)?,
                    statements: r.get(7)?,
                    ingested_at: r.get(8)?,
                })
            })
            .map_err(db("listing documents"))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(db("reading the document list"))
    }

    fn delete_documents(&mut self, filter: &DocumentFilter) -> Result<Vec<String>, StoreError> {
        let (dir, file_id) = (self.dir.clone(), self.file_id);
        let (condition, values) = filter_sql(filter);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("starting a deletion"))?;
        let chosen: Vec<(i64, String)> = {
            let mut stmt = tx
                .prepare(&format!(
                    "SELECT d.pk, d.id FROM documents d WHERE {condition}"
                ))
                .map_err(db("preparing the deletion"))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .map_err(db("choosing documents to delete"))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(db("choosing documents to delete"))?
        };
        for (pk, id) in &chosen {
            // The current revision's statements, index entries and
            // matching totals go as when a new revision replaces it ...
            retire_revision(&tx, *pk)?;
            // ... then every revision's text and row (older revisions
            // hold no statements or index entries any more).
            tx.execute(
                "DELETE FROM document_texts WHERE doc_pk IN (SELECT pk FROM documents WHERE id = ?1)",
                params![id],
            )
            .map_err(db(format!("deleting the texts of {id}")))?;
            tx.execute("DELETE FROM documents WHERE id = ?1", params![id])
                .map_err(db(format!("deleting {id}")))?;
        }
        Self::check_still_there(&dir, file_id)?;
        tx.commit().map_err(db("committing the deletion"))?;
        Ok(chosen.into_iter().map(|(_, id)| id).collect())
    }
}

/// `text` for a LIKE pattern that matches it literally (`%`, `_` and the
/// escape character `\` escaped): `--speaker %` is a speaker named with a
/// percent sign, not every speaker.
pub(crate) fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The quotes or claims (`kind`) matching `fts_query` that pass the
/// filters, best first: ranked inside the FTS index first (fast),
/// filtered, then with snippets made for the few results kept.
fn search_statements(
    conn: &Connection,
    kind: SearchKind,
    fts_query: &str,
    filters: &SearchFilters,
) -> Result<Vec<SearchHit>, StoreError> {
    let found = ranked_statements(conn, kind, fts_query, filters)?;
    let mut snip = conn
        .prepare_cached(
            "SELECT snippet(statements_fts, 0, ?3, ?4, '…', 24) FROM statements_fts
             WHERE statements_fts MATCH ?1 AND rowid = ?2",
        )
        .map_err(db("preparing snippets"))?;
    let mut hits = Vec::with_capacity(found.len());
    for (st, pk, score) in found {
        let snippet: String = snip
            .query_row(
                params![fts_query, pk, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE],
                |r| r.get(0),
            )
            .optional()
            .map_err(db("making a snippet"))?
            .unwrap_or_else(|| st.text.clone());
        hits.push(statement_hit(kind, st, snippet, score));
    }
    Ok(hits)
}

/// The statements of [`search_statements`] with their keys and scores.
fn ranked_statements(
    conn: &Connection,
    kind: SearchKind,
    fts_query: &str,
    filters: &SearchFilters,
) -> Result<Vec<(Statement, i64, f64)>, StoreError> {
    let q = filters.query;
    let sql = format!(
        "SELECT {STATEMENT_COLUMNS}, s.pk AS pk, f.score AS score FROM
           (SELECT rowid, -bm25(statements_fts, 1.0, 0.5) AS score
            FROM statements_fts WHERE statements_fts MATCH ?1
            ORDER BY bm25(statements_fts, 1.0, 0.5) LIMIT ?7) AS f
         JOIN statements s ON s.pk = f.rowid
         WHERE (s.kind = ?2 OR (?8 AND ?2 = 'quote' AND s.kind = 'sentence'
                AND s.local_id LIKE 'q%'))
           AND (?3 IS NULL OR unicode_lower(s.speaker) LIKE ?3 ESCAPE '\\')
           AND (?4 IS NULL OR s.date >= ?4) AND (?5 IS NULL OR s.date <= ?5)
         ORDER BY f.score DESC LIMIT ?6"
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(db("preparing a statement search"))?;
    let rows = stmt
        .query_map(
            params![
                fts_query,
                statement_kind_name(kind),
                filters.speaker_like,
                q.from,
                q.to,
                filters.limit,
                SEARCH_DEPTH,
                q.all_quotes
            ],
            |r| {
                Ok((
                    statement_from_row(r)?,
                    r.get::<_, i64>("pk")?,
                    r.get::<_, f64>("score")?,
                ))
            },
        )
        .map_err(db("searching statements"))?;
    let found = rows
        .collect::<rusqlite::Result<_>>()
        .map_err(db("reading a search result"))?;
    Ok(found)
}

/// The current documents matching `fts_query` that pass the filters (a
/// speaker filter: one of their statements is that speaker's), best first.
fn search_documents(
    conn: &Connection,
    fts_query: &str,
    filters: &SearchFilters,
) -> Result<Vec<SearchHit>, StoreError> {
    let found = ranked_documents(conn, fts_query, filters)?;
    let mut snip = conn
        .prepare_cached(
            "SELECT snippet(documents_fts, 1, ?3, ?4, '…', 24) FROM documents_fts
             WHERE documents_fts MATCH ?1 AND rowid = ?2",
        )
        .map_err(db("preparing snippets"))?;
    let mut hits = Vec::with_capacity(found.len());
    for (doc, pk, score) in found {
        let snippet: String = snip
            .query_row(
                params![fts_query, pk, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE],
                |r| r.get(0),
            )
            .optional()
            .map_err(db("making a snippet"))?
            .unwrap_or_default();
        hits.push(document_hit(doc, snippet, score));
    }
    Ok(hits)
}

/// The documents of [`search_documents`] with their keys and scores.
fn ranked_documents(
    conn: &Connection,
    fts_query: &str,
    filters: &SearchFilters,
) -> Result<Vec<(FoundDocument, i64, f64)>, StoreError> {
    let q = filters.query;
    let mut stmt = conn
        .prepare_cached(
            "SELECT d.id, d.date, d.source, d.title, d.pk, f.score FROM
               (SELECT rowid, -bm25(documents_fts, 2.0, 1.0) AS score
                FROM documents_fts WHERE documents_fts MATCH ?1
                ORDER BY bm25(documents_fts, 2.0, 1.0) LIMIT ?6) AS f
             JOIN documents d ON d.pk = f.rowid
             WHERE d.is_current = 1
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM statements s
                    WHERE s.doc_pk = d.pk AND unicode_lower(s.speaker) LIKE ?2 ESCAPE '\\'))
               AND (?3 IS NULL OR d.date >= ?3) AND (?4 IS NULL OR d.date <= ?4)
             ORDER BY f.score DESC LIMIT ?5",
        )
        .map_err(db("preparing a document search"))?;
    let found = stmt
        .query_map(
            params![
                fts_query,
                filters.speaker_like,
                q.from,
                q.to,
                filters.limit,
                SEARCH_DEPTH
            ],
            |r| {
                let doc = FoundDocument {
                    doc_id: r.get(0)?,
                    date: r.get(1)?,
                    source: r.get(2)?,
                    title: r.get(3)?,
                };
                Ok((doc, r.get(4)?, r.get(5)?))
            },
        )
        .map_err(db("searching documents"))?
        .collect::<rusqlite::Result<_>>()
        .map_err(db("reading a search result"))?;
    Ok(found)
}

/// The SQL condition on current documents `d` for `filter`, and its
/// parameters in order (all text).
pub(crate) fn filter_sql(filter: &DocumentFilter) -> (String, Vec<String>) {
    let mut parts = vec!["d.is_current = 1".to_string()];
    let mut values = Vec::new();
    if !filter.ids.is_empty() {
        parts.push(format!(
            "d.id IN ({})",
            vec!["?"; filter.ids.len()].join(", ")
        ));
        values.extend(filter.ids.iter().cloned());
    }
    for (value, sql) in [
        (&filter.source, "d.source = ?"),
        (&filter.from, "d.date >= ?"),
        (&filter.to, "d.date <= ?"),
        (&filter.before, "d.date < ?"),
        (
            &filter.language,
            "lower(json_extract(d.meta, '$.language')) = lower(?)",
        ),
    ] {
        if let Some(v) = value {
            parts.push(sql.to_string());
            values.push(v.clone());
        }
    }
    (parts.join(" AND "), values)
}

impl SqliteStore {
    fn sample(&self, n: usize) -> Result<Vec<Statement>, StoreError> {
        let (lo, hi): (i64, i64) = self
            .conn
            .query_row(
                "SELECT COALESCE(MIN(pk), 0), COALESCE(MAX(pk), 0) FROM statements",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db("reading the statement range"))?;
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.pk >= ?1 AND s.kind != 'sentence'
             ORDER BY s.pk LIMIT 1"
        );
        let sql_any = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.pk >= ?1 ORDER BY s.pk LIMIT 1"
        );
        let mut out = Vec::with_capacity(n);
        let step = ((hi - lo).max(1) as f64 / n.max(1) as f64).max(1.0);
        for i in 0..n {
            let at = lo + (i as f64 * step) as i64;
            let mut found = self
                .conn
                .query_row(&sql, params![at], statement_from_row)
                .optional()
                .map_err(db("sampling statements"))?;
            if found.is_none() {
                found = self
                    .conn
                    .query_row(&sql_any, params![at], statement_from_row)
                    .optional()
                    .map_err(db("sampling statements"))?;
            }
            out.extend(found);
        }
        Ok(out)
    }
}

/// Terms in more than this share of the indexed statements are left out
/// of a candidate search when rarer terms remain (they cost the most to
/// rank and say the least); the scoring still counts them.
const COMMON_SHARE: f64 = 0.01;
/// Terms found in more statements than this are not searched for.
const MAX_COMMON_ROWS: u64 = 1500;
/// Terms found in at most this many statements are never common.
const MIN_COMMON_ROWS: u64 = 200;
/// The rarest terms searched for: tracing (one statement against another)
/// and matching (a post can be long and say much besides the claim).
pub(crate) const TRACE_TERMS: usize = 20;
/// Tracing searches terms found in up to this many statements: another
/// translation of a quote shares its ordinary words more than its rare ones.
pub(crate) const TRACE_COMMON_ROWS: u64 = 12_000;
/// Statements ranked per candidate wanted before the date filter: in a
/// store of later news, the best matches of a quote are mostly its later
/// repetitions, which the filter drops.
pub(crate) const OVERFETCH: usize = 10;
pub(crate) const MATCH_TERMS: usize = 24;
/// Matching searches common terms too (a claim's telling words may be
/// ordinary ones), up to this many statements per term.
pub(crate) const MATCH_COMMON_ROWS: u64 = 20_000;

impl SqliteStore {
    /// The `n` statements holding the most of `terms` (any of them; each
    /// weighted by its rarity), earliest stored first among equals, less
    /// those dated after `before`.
    ///
    /// Why not FTS5's `ORDER BY rank`: bm25 reads every matching row's
    /// column sizes and term positions, and an OR of twenty terms found in
    /// up to 12,000 statements each matches a tenth of a large store (9 in
    /// 10 of a trace's search time went there). Reading each term's row
    /// list and adding weights costs a tenth of that, and what the tracer
    /// keeps ([`by_coverage`]) is ranked by coverage anyway.
    fn most_covering(
        &self,
        terms: &[String],
        df: &HashMap<String, u64>,
        units: u64,
        n: usize,
        before: Option<&str>,
    ) -> rusqlite::Result<Vec<Statement>> {
        let mut weight_of: HashMap<i64, i64> = HashMap::new();
        let mut rows_of = self
            .conn
            .prepare_cached("SELECT rowid FROM match_fts WHERE match_fts MATCH ?1")?;
        for (t, w) in coverage_weights(terms, df, units) {
            let q = in_column("text", &fts_phrase(&t));
            let mut rows = rows_of.query(params![q])?;
            while let Some(r) = rows.next()? {
                *weight_of.entry(r.get::<_, i64>(0)?).or_insert(0) += w;
            }
        }
        let mut ranked: Vec<(i64, i64)> = weight_of.into_iter().map(|(pk, w)| (w, pk)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.truncate(n);
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s
             WHERE s.pk = ?1 AND (?2 IS NULL OR s.date IS NULL OR s.date <= ?2)"
        );
        let mut one = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::with_capacity(ranked.len());
        for (_, pk) in ranked {
            out.extend(
                one.query_row(params![pk, before], statement_from_row)
                    .optional()?,
            );
        }
        Ok(out)
    }

    /// The `n` best statements (FTS5's bm25) holding every one of `terms`,
    /// less those dated after `before`. All must match when the query has
    /// few rare terms, and then bm25's preference for the shorter
    /// statement is what finds "Ukrainians and Russians are one people"
    /// among the thousands that hold those words.
    fn ranked_holding_all(
        &self,
        terms: &[String],
        n: usize,
        before: Option<&str>,
    ) -> rusqlite::Result<Vec<Statement>> {
        let all: Vec<String> = terms.iter().map(|t| fts_phrase(t)).collect();
        let q = in_column("text", &all.join(" AND "));
        // Rank inside the FTS table first (fast top-k), then filter by
        // date. Equal ranks in statement order, as the PostgreSQL store
        // orders them: both cut the same candidates.
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM
               (SELECT rowid, rank FROM match_fts WHERE match_fts MATCH ?1
                ORDER BY rank, rowid LIMIT ?2) AS f
             JOIN statements s ON s.pk = f.rowid
             WHERE (?3 IS NULL OR s.date IS NULL OR s.date <= ?3)
             ORDER BY f.rank, f.rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![q, n as i64, before], statement_from_row)?;
        rows.collect()
    }

    /// The number of indexed statements holding each term (in any field).
    /// `units`: the index's unit count now ([`Self::match_totals`]), which
    /// says whether the remembered frequencies still hold.
    fn term_doc_freqs(
        &self,
        terms: &[String],
        units: u64,
    ) -> rusqlite::Result<HashMap<String, u64>> {
        // A poisoned lock only means another thread panicked mid-update of
        // a cache: start it over.
        let mut cache = self
            .df_cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if cache.units != units || cache.df.len() > DF_CACHE_TERMS {
            cache.df.clear();
            cache.units = units;
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT doc FROM match_vocab WHERE term = ?1")?;
        let mut out = HashMap::new();
        for t in terms {
            if out.contains_key(t) {
                continue;
            }
            if let Some(&n) = cache.df.get(t) {
                out.insert(t.clone(), n);
                continue;
            }
            let n: Option<i64> = stmt
                .query_row(params![fts_key(t)], |r| r.get(0))
                .optional()?;
            let n = n.unwrap_or(0).max(0) as u64;
            cache.df.insert(t.clone(), n);
            out.insert(t.clone(), n);
        }
        Ok(out)
    }

    /// Indexed statements and the summed term count of each field.
    fn match_totals(&self) -> rusqlite::Result<(u64, [u64; 3])> {
        self.conn.query_row(
            "SELECT units, text_len, title_len, standfirst_len FROM match_stats WHERE id = 1",
            [],
            |r| {
                let g = |i| r.get::<_, i64>(i).map(|v| v.max(0) as u64);
                Ok((g(0)?, [g(1)?, g(2)?, g(3)?]))
            },
        )
    }

    /// An FTS5 query (every field) for any of the rarest of `terms` (at
    /// most `max`), or all of the rarest four ([`choose_terms`]).
    fn rare_terms_query(
        terms: &[String],
        df: &HashMap<String, u64>,
        units: u64,
        max: usize,
        common_cap: Option<u64>,
    ) -> Option<String> {
        let choice = choose_terms(terms, df, units, max, common_cap)?;
        let quoted: Vec<String> = choice.terms.iter().map(|t| fts_phrase(t)).collect();
        let joiner = if choice.all { " AND " } else { " OR " };
        Some(quoted.join(joiner))
    }
}

/// The `limit` statements that hold the most of the query's terms, each
/// weighted by its rarity (all of them, the common ones too), in FTS
/// order among equals. The search itself asks for the rarer terms only
/// (fast), and those are what another translation changes ("unlawful"
/// for "illegitimate"): the version that shares "cooperation, energy,
/// finance, transport, sanctions" must not lose to a statement that
/// shares one rare word.
pub(crate) fn by_coverage(
    terms: &[String],
    df: &HashMap<String, u64>,
    units: u64,
    found: Vec<Statement>,
    limit: usize,
) -> Vec<Statement> {
    let idf = |t: &str| idf(df.get(t).copied().unwrap_or(0), units);
    let mut wanted: HashMap<&str, f64> = HashMap::new();
    // The distinct terms in the query's order: every sum below adds them
    // in that order, so the same search always scores alike (a sum in
    // hash order differs in its last bits from run to run, and among
    // statements of equal coverage that changed which were kept).
    let mut order: Vec<&str> = Vec::new();
    for t in terms {
        wanted.entry(t.as_str()).or_insert_with(|| {
            order.push(t.as_str());
            idf(t)
        });
    }
    let weight_of = |t: &&str| wanted.get(t).copied().unwrap_or(0.0);
    let total: f64 = order.iter().map(weight_of).sum();
    if total <= 0.0 {
        return found.into_iter().take(limit).collect();
    }
    let mut scored: Vec<(f64, usize, Statement)> = found
        .into_iter()
        .enumerate()
        .map(|(i, st)| {
            let held_set = held_terms(&st.text, &wanted);
            let held: f64 = order
                .iter()
                .filter(|t| held_set.contains(*t))
                .map(weight_of)
                .sum();
            (held / total, i, st)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, st)| st)
        .collect()
}

/// The wanted terms `text` holds. A term is a stem
/// ("complic", "becam"), so a word holds it when the word, or the word
/// less up to four final letters, is the term: no stemming of hundreds of
/// candidates per search (a rare miss, "happy"/"happi", only lowers a
/// candidate's rank).
fn held_terms<'t>(text: &str, wanted: &HashMap<&'t str, f64>) -> HashSet<&'t str> {
    let mut held = HashSet::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let word = word.to_lowercase();
        let ends: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([word.len()])
            .collect();
        // The whole word first, then up to four letters fewer, never
        // under three letters.
        for &end in ends.iter().rev().take(5) {
            let Some(prefix) = word.get(..end) else {
                continue;
            };
            if prefix.chars().count() < 3 {
                break;
            }
            if let Some((t, _)) = wanted.get_key_value(prefix) {
                held.insert(*t);
                break;
            }
        }
    }
    held
}

/// The terms a candidate search looks for, and whether all must match.
pub(crate) struct TermChoice {
    pub terms: Vec<String>,
    pub all: bool,
}

/// Any of the rarest of `terms` (at most `max`), or, when fewer than
/// three are rare enough, all of the rarest four (every backend retrieves
/// with the same choice).
pub(crate) fn choose_terms(
    terms: &[String],
    df: &HashMap<String, u64>,
    units: u64,
    max: usize,
    common_cap: Option<u64>,
) -> Option<TermChoice> {
    let mut distinct: Vec<&String> = Vec::new();
    for t in terms {
        if !distinct.contains(&t) {
            distinct.push(t);
        }
    }
    let mut with_df: Vec<(u64, &String)> = distinct
        .into_iter()
        .map(|t| (df.get(t).copied().unwrap_or(0), t))
        .collect();
    with_df.sort();
    // A share of the store, capped: on a large store even 1% of the
    // statements is tens of thousands of rows for FTS5 to rank per term.
    // (A small store has no common terms: a term in a few hundred
    // statements costs nothing to rank.)
    let common = common_cap.unwrap_or_else(|| {
        ((units as f64 * COMMON_SHARE) as u64).clamp(MIN_COMMON_ROWS, MAX_COMMON_ROWS)
    });
    let kept: Vec<String> = with_df
        .iter()
        .filter(|(n, _)| *n <= common)
        .map(|(_, t)| (*t).clone())
        .take(max)
        .collect();
    if kept.len() >= 3 {
        return Some(TermChoice {
            terms: kept,
            all: false,
        });
    }
    // Few rare terms ("Ukrainians and Russians are one people" in a
    // store of Kremlin transcripts): a version says the commonest
    // words too, so all of the rarest few must match; any one of them
    // matches a large part of the store.
    let all: Vec<String> = with_df.iter().take(4).map(|(_, t)| (*t).clone()).collect();
    (!all.is_empty()).then_some(TermChoice {
        terms: all,
        all: true,
    })
}

/// The weight of each distinct search term for [`SqliteStore::most_covering`]
/// (and the PostgreSQL store's same ranking): its IDF in millionths, an
/// integer, so that a statement's summed weight is the same whatever order
/// a backend adds them in, and equal sums tie exactly (broken by statement
/// order on both). Terms are keyed as the index stores them
/// ([`fts_key`], lower case), each once.
pub(crate) fn coverage_weights(
    terms: &[String],
    df: &HashMap<String, u64>,
    units: u64,
) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = Vec::with_capacity(terms.len());
    for t in terms {
        let key = fts_key(t).to_lowercase();
        if out.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let w = (idf(df.get(t).copied().unwrap_or(0), units) * 1e6).round() as i64;
        out.push((key, w));
    }
    out
}

/// A term as an FTS5 string (a double quote inside doubled).
fn fts_phrase(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

/// A term's weight: its inverse document frequency, as bm25 counts it
/// (`df` of `units` statements hold it).
fn idf(df: u64, units: u64) -> f64 {
    let n = df as f64;
    (1.0 + (units as f64 - n + 0.5) / (n + 0.5)).ln().max(0.0)
}

/// An FTS5 query restricted to one column.
fn in_column(column: &str, query: &str) -> String {
    format!("{column} : ({query})")
}

/// The form FTS5's tokenizer gives a term in the vocabulary: a term it
/// splits ("didn't") is looked up by its first piece.
pub(crate) fn fts_key(term: &str) -> &str {
    term.split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .find(|p| !p.is_empty())
        .unwrap_or(term)
}

impl CandidateSource for SqliteStore {
    fn candidates(
        &self,
        text: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let terms = match_terms(text);
        let err = |e: rusqlite::Error| TraceError::Source(format!("searching statements: {e}"));
        let (units, _) = self.match_totals().map_err(err)?;
        let df = self.term_doc_freqs(&terms, units).map_err(err)?;
        let Some(choice) = choose_terms(&terms, &df, units, TRACE_TERMS, Some(TRACE_COMMON_ROWS))
        else {
            return Ok(Vec::new());
        };
        let found = if choice.all {
            self.ranked_holding_all(&choice.terms, limit * OVERFETCH, before)
        } else {
            self.most_covering(&choice.terms, &df, units, limit * OVERFETCH, before)
        }
        .map_err(err)?;
        Ok(by_coverage(&terms, &df, units, found, limit))
    }

    fn statements_in(&self, doc_id: &str) -> Result<Vec<Statement>, TraceError> {
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s WHERE s.doc_id = ?1 ORDER BY s.pk"
        );
        let run = || -> rusqlite::Result<Vec<Statement>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![doc_id], statement_from_row)?;
            rows.collect()
        };
        run().map_err(|e| TraceError::Source(format!("reading statements of {doc_id}: {e}")))
    }

    fn statements_around(
        &self,
        doc_id: &str,
        start: usize,
        end: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s
             WHERE s.doc_id = ?1 AND s.end >= ?2 AND s.start <= ?3 ORDER BY s.pk"
        );
        let run = || -> rusqlite::Result<Vec<Statement>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(
                params![doc_id, start as i64, end as i64],
                statement_from_row,
            )?;
            rows.collect()
        };
        run().map_err(|e| TraceError::Source(format!("reading statements of {doc_id}: {e}")))
    }

    fn statements_saying(
        &self,
        words: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        // An FTS5 phrase: the words in a row, read by the index's own
        // tokenizer (a double quote would end the phrase).
        let phrase: String = words.chars().filter(|&c| c != '"').collect();
        if phrase.trim().is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements_fts f
             JOIN statements s ON s.pk = f.rowid
             WHERE statements_fts MATCH ?1
               AND (?2 IS NULL OR s.date IS NULL OR s.date <= ?2)
             ORDER BY s.date DESC, s.pk LIMIT ?3"
        );
        let run = || -> rusqlite::Result<Vec<Statement>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(
                params![format!("text : \"{phrase}\""), before, limit as i64],
                statement_from_row,
            )?;
            rows.collect()
        };
        run().map_err(|e| {
            TraceError::Source(format!(
                "searching statements for the words {phrase:?}: {e}"
            ))
        })
    }

    fn match_units(&self, terms: &[String], limit: usize) -> Result<MatchUnits, TraceError> {
        let err = |e: rusqlite::Error| TraceError::Source(format!("matching statements: {e}"));
        let (units, total_len) = self.match_totals().map_err(err)?;
        let df = self.term_doc_freqs(terms, units).map_err(err)?;
        let stats = UnitStats {
            units,
            total_len,
            df: df.clone(),
        };
        let Some(q) =
            Self::rare_terms_query(terms, &df, units, MATCH_TERMS, Some(MATCH_COMMON_ROWS))
        else {
            return Ok(MatchUnits {
                units: Vec::new(),
                stats,
            });
        };
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS}, d.standfirst AS standfirst FROM
               (SELECT rowid, rank FROM match_fts WHERE match_fts MATCH ?1
                ORDER BY rank LIMIT ?2) AS f
             JOIN statements s ON s.pk = f.rowid
             JOIN documents d ON d.pk = s.doc_pk
             ORDER BY f.rank"
        );
        let run = || -> rusqlite::Result<Vec<MatchUnit>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![q, limit as i64], |r| {
                Ok(MatchUnit {
                    statement: statement_from_row(r)?,
                    standfirst: r.get("standfirst")?,
                })
            })?;
            rows.collect()
        };
        Ok(MatchUnits {
            units: run().map_err(err)?,
            stats,
        })
    }
}

/// What the desk (`claimtrace serve`) reads and deletes beyond the
/// `CorpusStore` trait: speakers, the corpus overview, deleting a document.
impl SqliteStore {
    /// The people quoted, most quoted first: name, number of quotes, and
    /// the first and last dates they were quoted on (the desk's speakers).
    pub fn speakers(&self, limit: usize) -> Result<Vec<crate::SpeakerSummary>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT q.speaker, COUNT(*) AS n, MIN(d.date), MAX(d.date)
                 FROM quotes q JOIN documents d ON d.pk = q.doc_pk
                 WHERE q.speaker IS NOT NULL AND q.speaker != ''
                 GROUP BY q.speaker ORDER BY n DESC, q.speaker LIMIT ?1",
            )
            .map_err(db("listing speakers"))?;
        let rows = st
            .query_map(params![limit as i64], |r| {
                Ok(crate::SpeakerSummary {
                    name: r.get(0)?,
                    quotes: r.get(1)?,
                    first_date: r.get(2)?,
                    last_date: r.get(3)?,
                })
            })
            .map_err(db("listing speakers"))?;
        rows.collect::<Result<_, _>>()
            .map_err(db("reading speakers"))
    }

    /// What `speaker` (exactly as stored) was quoted as saying, oldest
    /// first, at most `limit` quotes.
    pub fn quotes_by_speaker(
        &self,
        speaker: &str,
        limit: usize,
    ) -> Result<Vec<Statement>, StoreError> {
        // Through (doc_id, local_id): the join on doc_pk alone reads every
        // statement of each document (50 s for a speaker quoted 57,550
        // times in the Kremlin store; this way 0.2 s).
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc_pk
             JOIN statements s INDEXED BY statements_local
                 ON s.doc_id = d.id AND s.local_id = q.quote_id
             WHERE q.speaker = ?1 AND s.doc_pk = q.doc_pk
             ORDER BY s.date, s.doc_id, s.start LIMIT ?2"
        );
        let mut st = self
            .conn
            .prepare_cached(&sql)
            .map_err(db("listing a speaker's quotes"))?;
        let rows = st
            .query_map(params![speaker, limit as i64], statement_from_row)
            .map_err(db("listing a speaker's quotes"))?;
        rows.collect::<Result<_, _>>()
            .map_err(db("reading a speaker's quotes"))
    }

    /// The corpus at a glance: sources with their document counts, the
    /// date range, and the latest ingested documents.
    pub fn overview(&self, recent: usize) -> Result<crate::CorpusOverview, StoreError> {
        let mut out = crate::CorpusOverview::default();
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT COALESCE(source, ''), COUNT(*) AS n FROM documents WHERE is_current = 1
                 GROUP BY source ORDER BY n DESC LIMIT 50",
            )
            .map_err(db("counting sources"))?;
        out.sources = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db("counting sources"))?
            .collect::<Result<_, _>>()
            .map_err(db("counting sources"))?;
        (out.first_date, out.last_date) = self
            .conn
            .query_row(
                "SELECT MIN(date), MAX(date) FROM documents WHERE is_current = 1 AND date != ''",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db("reading the date range"))?;
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id, title, date, source, ingested_at FROM documents WHERE is_current = 1
                 ORDER BY pk DESC LIMIT ?1",
            )
            .map_err(db("listing recent documents"))?;
        out.recent = st
            .query_map(params![recent as i64], |r| {
                Ok(crate::RecentDocument {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    source: r.get(3)?,
                    ingested_at: r.get(4)?,
                })
            })
            .map_err(db("listing recent documents"))?
            .collect::<Result<_, _>>()
            .map_err(db("listing recent documents"))?;
        Ok(out)
    }

    /// Deletes document `id` with every revision: its statements and their
    /// full-text and matching index entries, its extracted rows, its text.
    /// One write transaction; `false` when no such document is stored.
    pub fn delete_document(&mut self, id: &str) -> Result<bool, StoreError> {
        // The one deletion: `delete_documents` (every revision, its
        // statements, index entries and share of the matching totals).
        let filter = crate::DocumentFilter {
            ids: vec![id.to_string()],
            ..Default::default()
        };
        Ok(!self.delete_documents(&filter)?.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::Metadata;

    /// A writer gives every full-text index its larger write buffer (what
    /// keeps a batch to one segment per index), stored with the index.
    #[test]
    fn a_write_sets_the_full_text_write_buffer() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        let doc = Document::new(
            "Peskov said: \u{201c}We are ready.\u{201d}",
            Metadata {
                id: "d1".into(),
                ..Default::default()
            },
        );
        store.put_batch(&[(doc, "h1".into())]).unwrap();
        for table in FTS_TABLES {
            let v: i64 = store
                .conn
                .query_row(
                    &format!("SELECT v FROM {table}_config WHERE k = 'hashsize'"),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(v, FTS_WRITE_BUFFER_BYTES, "{table}");
        }
    }

    /// Trace candidates are ranked by the summed rarity of the terms each
    /// holds: a rarer term weighs more, each term counts once however the
    /// index keys it, and the weights are integers (the same sum in any
    /// order, on either backend).
    #[test]
    fn coverage_weights_count_each_indexed_term_once_by_rarity() {
        let terms: Vec<String> = ["didn't", "didn", "ukrain", "said"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        let df: HashMap<String, u64> = [
            ("didn't", 900),
            ("didn", 900),
            ("ukrain", 40),
            ("said", 5000),
        ]
        .iter()
        .map(|&(t, n)| (t.to_string(), n))
        .collect();
        let w = coverage_weights(&terms, &df, 100_000);
        let keys: Vec<&str> = w.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["didn", "ukrain", "said"]);
        let weight = |k: &str| w.iter().find(|(t, _)| t == k).map_or(0, |&(_, x)| x);
        assert!(weight("ukrain") > weight("didn") && weight("didn") > weight("said"));
        assert!(weight("said") > 0);
    }

    /// Rows stored before schema 4 hold plain JSON; later ones deflated
    /// JSON: both read back as the same document.
    #[test]
    fn the_analysis_reads_back_deflated_or_plain() {
        let doc = Document::new(
            "Peskov said: \u{201c}We are ready.\u{201d}",
            Metadata {
                id: "d1".into(),
                ..Default::default()
            },
        );
        let plain = json_of(&doc, "doc").unwrap();
        let z = deflated_json_of(&doc, "doc").unwrap();
        assert!(!z.is_empty());
        let a = decode_analysis(&plain, None, "d1").unwrap();
        let b = decode_analysis("", Some(&z), "d1").unwrap();
        assert_eq!(json_of(&a, "a").unwrap(), json_of(&b, "b").unwrap());
        assert_eq!(b.meta.id, "d1");
        let e = decode_analysis("", Some(b"not zlib"), "d1").unwrap_err();
        assert!(e.to_string().contains("decoding the analysis of d1"), "{e}");
    }
}
