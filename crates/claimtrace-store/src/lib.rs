//! The corpus store: documents with their analysis, and the statements
//! (quotes, claims, sentences), entities, times and quantities extracted
//! from them, with ranked full-text search.
//!
//! Callers use the [`CorpusStore`] trait only. [`SqliteStore`] is the
//! embedded backend (one directory, SQLite in WAL mode with FTS5 indexes,
//! nothing to start); [`PgStore`] is the shared one (a PostgreSQL database
//! that many machines write and query, with an ingest queue for workers).
//! [`open_store`] picks the backend from the location (a directory or a
//! `postgres://` URL).

pub mod allocator;
mod fts;
mod ingest;
mod pg;
mod schema;
mod search;
mod sqlite;

use claimtrace_core::Document;
use claimtrace_trace::{CandidateSource, Statement};
use serde::Serialize;

pub use ingest::{analyse_and_store, chunks_of_text, BatchReport, CHUNK_TEXT_BYTES};
pub use pg::{PgStore, QueueCounts, QueuedDocument};
pub use sqlite::SqliteStore;

/// What went wrong in the store. Each message names the failing thing
/// once: the cause's own words are part of the message (without its
/// repeats: rusqlite's "X" over SQLite's "Error code 13: X"), and the
/// cause is not also handed on as `source()`, which `{:#}` would print
/// again ("X: X: Error code 13: X").
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store at {path}: {}", describe(.cause.as_ref()))]
    Open {
        path: String,
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("store: {context}: {}", describe(.cause))]
    Db {
        context: String,
        cause: rusqlite::Error,
    },
    #[error("store: {context}: {}", describe(.cause))]
    Pg {
        context: String,
        cause: postgres::Error,
    },
    #[error("store: {context}: {}", describe(.cause))]
    Json {
        context: String,
        cause: serde_json::Error,
    },
    #[error("store at {path} has schema version {found}, newer than this program knows ({known})")]
    SchemaTooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("store at {path} has schema version {found}, older than this program's ({known}): run `claimtrace ingest` on it once to upgrade it")]
    SchemaTooOld {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{path} holds no claimtrace store (an empty or another program's database): run `claimtrace ingest` to make one")]
    NoSchema { path: String },
    #[error("store file {path} was deleted or replaced while it was being written: the last batch is lost")]
    Gone { path: String },
}

/// An error and its causes in one line, each part once: a cause whose
/// words the message already holds (ignoring case) is left out.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        let words = text
            .strip_prefix("Error code ")
            .and_then(|rest| rest.split_once(": "))
            .map_or(text.as_str(), |(_, words)| words);
        if !out.to_lowercase().contains(&words.to_lowercase()) {
            out.push_str(": ");
            out.push_str(&text);
        }
        next = cause.source();
    }
    out
}

/// What happened to one document on ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutOutcome {
    /// New id.
    Added,
    /// Same id and same content as the current revision: nothing written.
    Unchanged,
    /// Same id, new content: stored as a new revision.
    Updated { revision: i64 },
}

/// What the store holds about one document id before ingesting it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownRevision {
    pub revision: i64,
    pub content_hash: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Quote,
    Claim,
    Document,
}

#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    /// None: quotes, claims and documents together.
    pub kind: Option<SearchKind>,
    /// Substring of the speaker's name, case-insensitive.
    pub speaker: Option<String>,
    /// Inclusive `YYYY-MM-DD` bounds on the document date.
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: usize,
    /// Quotes of every type: also beliefs and findings ("she believes",
    /// "the audit found"), which the store keeps as sentences with a quote
    /// id and plain quote searches leave out.
    pub all_quotes: bool,
}

/// Markers around matched words in [`SearchHit::snippet`].
pub const HIGHLIGHT_OPEN: &str = "\u{1}";
pub const HIGHLIGHT_CLOSE: &str = "\u{2}";

#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub doc_id: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub speaker: Option<String>,
    /// The quote or claim (absent for documents).
    pub text: Option<String>,
    /// Words around the match, matched words between [`HIGHLIGHT_OPEN`]
    /// and [`HIGHLIGHT_CLOSE`].
    pub snippet: String,
    /// BM25 relevance, higher is better.
    pub score: f64,
    /// The statement's id, `DOC_ID#q3` (quotes and claims that have one):
    /// what `claimtrace trace --quote-id` takes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_id: Option<String>,
    /// Code-point span in the document (quotes and claims).
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// A document as stored: its latest revision and analysis (output form,
/// code-point offsets).
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub revision: i64,
    pub content_hash: String,
    pub document: Document,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct StoreStats {
    pub documents: i64,
    pub revisions: i64,
    pub statements: i64,
    pub quotes: i64,
    pub claims: i64,
    pub entities: i64,
    pub bytes_on_disk: u64,
}

/// One person quoted in the corpus (`SqliteStore::speakers`).
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSummary {
    pub name: String,
    pub quotes: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

/// A document in the corpus overview's list of recent ingests.
#[derive(Debug, Clone, Serialize)]
pub struct RecentDocument {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub ingested_at: String,
}

/// The corpus at a glance (`SqliteStore::overview`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct CorpusOverview {
    /// (source, documents), most documents first; "" for no source.
    pub sources: Vec<(String, i64)>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub recent: Vec<RecentDocument>,
}

/// The storage interface every backend implements. Each `put_batch` is
/// one transaction: a crash loses at most the batch in flight.
pub trait CorpusStore: CandidateSource + Send {
    /// The current revision of each id that exists, for skipping unchanged
    /// documents before analysing them.
    fn known_revisions(
        &self,
        ids: &[String],
    ) -> Result<std::collections::HashMap<String, KnownRevision>, StoreError>;

    /// Stores analysed documents with their content hashes, in one
    /// transaction, and says what happened to each.
    fn put_batch(&mut self, docs: &[(Document, String)]) -> Result<Vec<PutOutcome>, StoreError>;

    /// As `put_batch`, taking the documents: a store may drop each one's
    /// layers as soon as they are encoded, so that a batch holds its
    /// encoded form rather than its whole analysis (what `ingest` uses).
    fn put_documents(
        &mut self,
        docs: Vec<(Document, String)>,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        self.put_batch(&docs)
    }

    fn document(&self, id: &str) -> Result<Option<StoredDocument>, StoreError>;

    fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>, StoreError>;

    /// One statement by `doc_id#local_id` (e.g. `seed#q3`) or by the
    /// numeric id shown in search results.
    fn statement(&self, id: &str) -> Result<Option<Statement>, StoreError>;

    fn stats(&self) -> Result<StoreStats, StoreError>;

    /// `n` statements spread evenly over the store (benchmarks, smoke
    /// tests): deterministic, no randomness.
    fn sample_statements(&self, n: usize) -> Result<Vec<Statement>, StoreError>;

    /// The current documents that pass `filter`, ordered by date (undated
    /// last) then id, `offset` skipped, at most `limit` (`None`: all).
    fn list_documents(
        &self,
        filter: &DocumentFilter,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Vec<DocumentSummary>, StoreError>;

    /// Deletes the documents that pass `filter`, every revision, with
    /// their statements, extracted rows and search and matching index
    /// entries (the matching totals are kept right, so BM25 scores are as
    /// if they had never been stored), in one transaction. Returns the ids
    /// deleted. A filter that selects nothing deletes nothing; callers
    /// refuse an empty filter (it would select everything).
    fn delete_documents(&mut self, filter: &DocumentFilter) -> Result<Vec<String>, StoreError>;
}

/// Which documents `list_documents` / `delete_documents` take: those that
/// pass every criterion given.
#[derive(Debug, Clone, Default)]
pub struct DocumentFilter {
    /// Exactly these ids (none: any id).
    pub ids: Vec<String>,
    /// Exactly this source (`meta.source`).
    pub source: Option<String>,
    /// Dated on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Dated on or before this day.
    pub to: Option<String>,
    /// Dated strictly before this day (`delete --before`).
    pub before: Option<String>,
    /// This language code (`meta.language`, e.g. `en`).
    pub language: Option<String>,
}

impl DocumentFilter {
    /// Whether the filter selects every document.
    pub fn is_everything(&self) -> bool {
        self.ids.is_empty()
            && self.source.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.before.is_none()
            && self.language.is_none()
    }
}

/// One line of `claimtrace list`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentSummary {
    pub id: String,
    pub revision: i64,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// Quotes, claims, sentences and passages indexed for it.
    pub statements: i64,
    pub ingested_at: String,
}

/// How a store is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Created if missing, migrated, written (`ingest`, `delete`).
    ReadWrite,
    /// Must exist with the current schema; never written, so it works on
    /// read-only media and on a store owned by someone else.
    ReadOnly,
}

/// Opens the store at `location`: a directory (SQLite), or a
/// `postgres://` / `postgresql://` URL (PostgreSQL).
pub fn open_store(location: &str, access: Access) -> Result<Box<dyn CorpusStore>, StoreError> {
    if is_postgres_url(location) {
        return Ok(match access {
            Access::ReadWrite => Box::new(PgStore::open(location)?),
            Access::ReadOnly => Box::new(PgStore::open_read_only(location)?),
        });
    }
    let dir = std::path::Path::new(location);
    Ok(match access {
        Access::ReadWrite => Box::new(SqliteStore::open(dir)?),
        Access::ReadOnly => Box::new(SqliteStore::open_read_only(dir)?),
    })
}

/// Whether `location` names a PostgreSQL database rather than a directory.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.rsplit_once('@') {
        Some((user_info, host)) => {
            let user = user_info.split(':').next().unwrap_or("");
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_string(),
    }
}

/// The content hash that makes re-ingesting idempotent: the text and the
/// metadata that identify a version (not where it was read from, nor the
/// analysis, which can change with the program).
pub fn content_hash(doc: &Document) -> String {
    use sha2::{Digest, Sha256};
    let m = &doc.meta;
    let mut h = Sha256::new();
    for part in [
        Some(m.id.as_str()),
        m.title.as_deref(),
        m.date.as_deref(),
        m.source.as_deref(),
        m.author.as_deref(),
        m.url.as_deref(),
        Some(doc.text.as_str()),
    ] {
        let p = part.unwrap_or("");
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The default store directory: `$CLAIMTRACE_DB`, else `./claimtrace-data`.
pub fn default_dir() -> std::path::PathBuf {
    std::env::var_os("CLAIMTRACE_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from("claimtrace-data"))
}

/// The documents of a batch that need analysing and storing: those whose
/// content hash differs from the stored current revision (or that are new),
/// each with its hash; and how many were skipped as unchanged. Checking
/// before analysis makes a rerun after an interruption cheap.
pub fn plan_batch(
    store: &dyn CorpusStore,
    batch: Vec<Document>,
) -> Result<(Vec<(Document, String)>, usize), StoreError> {
    let ids: Vec<String> = batch.iter().map(|d| d.meta.id.clone()).collect();
    let known = store.known_revisions(&ids)?;
    let mut unchanged = 0;
    let mut todo = Vec::with_capacity(batch.len());
    for d in batch {
        let h = content_hash(&d);
        if known.get(&d.meta.id).is_some_and(|k| k.content_hash == h) {
            unchanged += 1;
        } else {
            todo.push((d, h));
        }
    }
    Ok((todo, unchanged))
}

/// The URLs of the documents of a trace (its origin and chain) that have
/// one: what a ClaimReview names as appearances (`trace --format
/// claimreview`, the desk's publish form).
pub fn document_urls(
    store: &dyn CorpusStore,
    result: &claimtrace_trace::TraceResult,
) -> Result<std::collections::HashMap<String, String>, StoreError> {
    let mut urls = std::collections::HashMap::new();
    let ids = result
        .chain
        .iter()
        .filter_map(|h| h.doc_id.clone())
        .chain(result.origin.iter().map(|o| o.doc_id.clone()));
    for id in ids {
        if urls.contains_key(&id) {
            continue;
        }
        if let Some(url) = store.document(&id)?.and_then(|d| d.document.meta.url) {
            urls.insert(id, url);
        }
    }
    Ok(urls)
}
