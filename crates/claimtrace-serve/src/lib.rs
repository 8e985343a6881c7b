//! The fact-checker's desk: `claimtrace serve`.
//!
//! One axum router serves a JSON API under `/api/v1` (described by the
//! OpenAPI document at `/api/v1/openapi.json`) and a server-rendered web
//! app (analyse, trace and publish, search, speakers, documents, corpus).
//! Every handler calls the same library functions as the CLI: analysis
//! through `claimtrace-pipeline`, ingest through
//! `claimtrace_store::analyse_and_store`, search, match and trace through
//! `claimtrace-store` and `claimtrace-trace`.
//!
//! The store is SQLite in WAL mode: each blocking worker thread keeps one
//! read-only connection (reads never wait for an ingest), writes open a
//! read-write connection one at a time. Documents are untrusted: every
//! piece of their text is escaped in HTML ([`html`]), ids are only ever
//! bound as SQL parameters, never used as paths.

pub mod api;
pub mod html;
mod openapi;
pub mod web;

use std::cell::RefCell;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use claimtrace_core::{Document, Pipeline};
use claimtrace_store::{SqliteStore, StoreError};

/// Request bodies above this are refused with 413 unless `--max-body` says otherwise.
pub const DEFAULT_MAX_BODY: usize = 10 * 1024 * 1024;

/// How long one analysis request may take before the answer is 503.
pub const DEFAULT_ANALYSIS_TIMEOUT: Duration = Duration::from_secs(60);

/// How the desk runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The store directory (created when missing).
    pub db: PathBuf,
    /// Needed for writes (`POST /documents`, `DELETE`) when set.
    pub token: Option<String>,
    pub max_body: usize,
    pub analysis_timeout: Duration,
}

impl ServeConfig {
    pub fn new(db: impl Into<PathBuf>) -> Self {
        ServeConfig {
            db: db.into(),
            token: None,
            max_body: DEFAULT_MAX_BODY,
            analysis_timeout: DEFAULT_ANALYSIS_TIMEOUT,
        }
    }
}

/// What can stop the desk from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("refusing to listen on {addr} without a token: it is reachable from other machines; give --token (or CLAIMTRACE_TOKEN), or listen on 127.0.0.1")]
    OpenWithoutToken { addr: SocketAddr },
    #[error("the token is empty: give a non-empty --token or none")]
    EmptyToken,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("listening on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("serving: {0}")]
    Io(#[from] std::io::Error),
}

/// Refuses a non-loopback address without a token.
pub fn check_exposure(addr: SocketAddr, token: Option<&str>) -> Result<(), ServeError> {
    if token.is_some_and(|t| t.trim().is_empty()) {
        return Err(ServeError::EmptyToken);
    }
    if !addr.ip().is_loopback() && token.is_none() {
        return Err(ServeError::OpenWithoutToken { addr });
    }
    Ok(())
}

/// Shared by every handler.
pub struct AppState {
    pub config: ServeConfig,
    pub pipeline: Pipeline,
    /// One write at a time from this server (SQLite allows one writer;
    /// queueing here keeps the others off the busy timeout).
    pub write_lock: std::sync::Mutex<()>,
    /// Analyses running at once: bounded so that a burst of large pastes
    /// queues instead of taking every core and all memory.
    pub analyses: tokio::sync::Semaphore,
}

pub type SharedState = Arc<AppState>;

/// The router of the whole desk over the store in `config.db` (created
/// and migrated here, so that read-only connections find a store).
pub fn router(config: ServeConfig) -> Result<Router, ServeError> {
    if config.token.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(ServeError::EmptyToken);
    }
    drop(SqliteStore::open(&config.db)?);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let max_body = config.max_body;
    let state = Arc::new(AppState {
        config,
        pipeline: claimtrace_pipeline::default_pipeline(),
        write_lock: std::sync::Mutex::new(()),
        analyses: tokio::sync::Semaphore::new(cores.max(2)),
    });
    Ok(Router::new()
        .nest("/api/v1", api::routes())
        .merge(web::routes())
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state))
}

/// Serves the desk on `listener` until the process is stopped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: ServeConfig,
) -> Result<(), ServeError> {
    let app = router(config)?;
    axum::serve(listener, app).await?;
    Ok(())
}

/// An error answered as JSON (`{"error": {"status", "message"}}`) by the
/// API and as a page by the web app.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::internal(e.to_string())
    }
}

impl From<claimtrace_trace::TraceError> for ApiError {
    fn from(e: claimtrace_trace::TraceError) -> Self {
        ApiError::internal(e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": { "status": self.status.as_u16(), "message": self.message }
        });
        (self.status, axum::Json(body)).into_response()
    }
}

/// A body extraction failure (too large, unreadable) as an [`ApiError`]:
/// 413 with the limit named for an oversized body.
pub fn body_error(rejection: axum::extract::rejection::BytesRejection, limit: usize) -> ApiError {
    let status = rejection.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            status,
            format!("request body too large: the limit is {limit} bytes (serve --max-body)"),
        )
    } else {
        ApiError::new(status, format!("reading the request body: {rejection}"))
    }
}

thread_local! {
    /// This worker thread's read-only connection, with the store it reads.
    static READER: RefCell<Option<(PathBuf, SqliteStore)>> = const { RefCell::new(None) };
}

/// Runs `f` on this thread's read-only connection to the store in `db`
/// (opened on first use). Call from blocking threads only.
pub fn with_reader<T>(
    db: &Path,
    f: impl FnOnce(&SqliteStore) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    READER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|(p, _)| p != db) {
            *slot = Some((db.to_path_buf(), SqliteStore::open_read_only(db)?));
        }
        match slot.as_ref() {
            Some((_, store)) => f(store),
            None => Err(ApiError::internal("no store connection")),
        }
    })
}

/// Runs blocking store or analysis work off the async threads.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("a worker failed: {e}")))?
}

/// Reads a read-only query on the store.
pub async fn read<T: Send + 'static>(
    state: &SharedState,
    f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let db = state.config.db.clone();
    blocking(move || with_reader(&db, f)).await
}

/// What a request asks to analyse or ingest.
pub struct Submission {
    pub body: Vec<u8>,
    /// `application/json`: one record or an array of records, as JSONL holds them.
    pub json: bool,
    /// A file name whose extension hints the format (`upload.html`); only
    /// the extension is used.
    pub name: Option<String>,
    /// Overrides every document's date (as `analyze --date`).
    pub date: Option<String>,
}

/// The documents of a submission, read by the same readers as files
/// (JSONL records, HTML, plain text), and the records refused.
pub fn read_submission(sub: Submission) -> Result<(Vec<Document>, Vec<String>), ApiError> {
    let (bytes, name) = if sub.json {
        let value: serde_json::Value = serde_json::from_slice(&sub.body)
            .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
        let records = match value {
            serde_json::Value::Array(items) => items,
            v @ serde_json::Value::Object(_) => vec![v],
            _ => {
                return Err(ApiError::bad_request(
                    "expected a JSON object {\"text\": ...} or an array of them",
                ))
            }
        };
        if records.is_empty() {
            return Err(ApiError::bad_request("the array holds no record"));
        }
        let mut lines = Vec::with_capacity(sub.body.len() + records.len());
        for mut r in records {
            let Some(fields) = r.as_object_mut() else {
                return Err(ApiError::bad_request(
                    "each record must be a JSON object with \"text\"",
                ));
            };
            // A record without an id is named by its content, so that two
            // requests never overwrite each other's documents.
            let has_id = match fields.get("id") {
                Some(serde_json::Value::String(s)) => !s.is_empty(),
                Some(serde_json::Value::Number(_)) => true,
                _ => false,
            };
            if !has_id {
                let h = text_hash(fields.get("text").and_then(|t| t.as_str()).unwrap_or(""));
                fields.insert(
                    "id".into(),
                    serde_json::Value::String(format!("desk-{h:016x}")),
                );
            }
            serde_json::to_writer(&mut lines, &r)
                .map_err(|e| ApiError::internal(format!("re-encoding a record: {e}")))?;
            lines.push(b'\n');
        }
        (lines, "request.jsonl".to_string())
    } else {
        if sub.body.iter().all(u8::is_ascii_whitespace) {
            return Err(ApiError::bad_request(
                "the body is empty: give the text to read",
            ));
        }
        let ext = sub
            .name
            .as_deref()
            .and_then(|n| n.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase())
            .filter(|e| matches!(e.as_str(), "txt" | "html" | "htm" | "jsonl" | "json"))
            .unwrap_or_else(|| "txt".to_string());
        (sub.body, format!("pasted.{ext}"))
    };
    let mut opts =
        claimtrace_ingest::ReadOptions::with_max_document_bytes(DEFAULT_MAX_BODY.max(bytes.len()));
    opts.record_ids = claimtrace_ingest::RecordIds::AsWritten;
    let stream: Box<dyn std::io::Read + Send> = Box::new(std::io::Cursor::new(bytes));
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for item in claimtrace_ingest::read_stream(stream, &name, &opts) {
        match item {
            Ok(mut doc) => {
                if doc.meta.id.is_empty() || doc.meta.id.starts_with("pasted") {
                    doc.meta.id = pasted_id(&doc);
                }
                doc.meta.origin = None;
                if let Some(d) = &sub.date {
                    doc.meta.date = Some(d.clone());
                    doc.meta.date_source = claimtrace_core::DateSource::Argument;
                }
                docs.push(doc);
            }
            Err(e) => rejected.push(e.to_string()),
        }
    }
    if docs.is_empty() {
        let why = if rejected.is_empty() {
            "no document in the body".to_string()
        } else {
            rejected.join("; ")
        };
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, why));
    }
    Ok((docs, rejected))
}

fn text_hash(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = claimtrace_core::Fnv::default();
    h.write(text.as_bytes());
    h.finish()
}

/// A pasted text's id: `desk-` and the start of its content hash, so that
/// two pastes never overwrite each other and the same paste is the same
/// document.
fn pasted_id(doc: &Document) -> String {
    let mut d = Document::new(&doc.text, doc.meta.clone());
    d.meta.id = String::new();
    let h = claimtrace_store::content_hash(&d);
    format!("desk-{}", h.get(..12).unwrap_or(&h))
}

/// A query string's parameters, or a JSON 400 saying what was wrong.
pub fn query_params<T>(
    q: Result<axum::extract::Query<T>, axum::extract::rejection::QueryRejection>,
) -> Result<T, ApiError> {
    q.map(|axum::extract::Query(t)| t)
        .map_err(|e| ApiError::bad_request(format!("the query string: {}", e.body_text())))
}

/// Accepts `YYYY-MM-DD` with a real month and day.
pub fn valid_day(s: &str) -> bool {
    claimtrace_trace::claimreview::is_iso_day(s)
}

/// Whether `given` is the configured token (constant time in its length).
pub fn token_matches(state: &AppState, given: Option<&str>) -> bool {
    match (&state.config.token, given) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(want), Some(got)) => {
            let (a, b) = (want.as_bytes(), got.as_bytes());
            a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
        }
    }
}
