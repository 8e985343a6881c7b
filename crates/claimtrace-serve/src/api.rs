//! The JSON API under `/api/v1`. Each handler turns the request into the
//! call the matching CLI command makes, and answers JSON; errors are
//! `{"error": {"status", "message"}}` with the status that fits.

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use claimtrace_core::Document;
use claimtrace_store::{
    analyse_and_store, CorpusStore, PutOutcome, SearchHit, SearchKind, SearchQuery, SqliteStore,
    HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN,
};
use claimtrace_trace::matching::{match_statement, MatchOptions, Matched};
use claimtrace_trace::{trace, TraceOptions, TraceQuery, TraceResult, Verdict};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::{
    blocking, body_error, query_params, read, read_submission, token_matches, valid_day, ApiError,
    SharedState, Submission,
};

pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/health", get(health))
        .route("/openapi.json", get(openapi))
        .route("/stats", get(stats))
        .route("/analyze", post(analyze))
        .route("/documents", post(ingest))
        .route("/documents/{id}", get(document).delete(delete_document))
        .route("/search", get(search))
        .route("/match", post(match_handler))
        .route("/trace", post(trace_handler))
        .route("/claimreview", post(claimreview))
        .route("/speakers", get(speakers))
        .route("/speakers/{name}", get(speaker))
        .fallback(not_found)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint: see /api/v1/openapi.json")
}

async fn health(State(state): State<SharedState>) -> Result<Json<Value>, ApiError> {
    let schema = read(&state, |s| Ok(s.schema_version()?)).await?;
    Ok(Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "store_schema": schema,
    })))
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::DOCUMENT,
    )
        .into_response()
}

async fn stats(State(state): State<SharedState>) -> Result<Json<Value>, ApiError> {
    let (stats, overview) = read(&state, |s| Ok((s.stats()?, s.overview(20)?))).await?;
    Ok(Json(json!({ "store": stats, "corpus": overview })))
}

/// Query parameters of `POST /analyze` and `POST /documents`.
#[derive(Deserialize, Default)]
pub struct SubmitParams {
    /// A file name hinting the format (`article.html`).
    pub name: Option<String>,
    /// `YYYY-MM-DD`, overriding the documents' dates.
    pub date: Option<String>,
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        })
}

/// Reads the documents of a request body (see [`read_submission`]).
fn submission(
    state: &SharedState,
    params: SubmitParams,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Submission, ApiError> {
    let body = body.map_err(|r| body_error(r, state.config.max_body))?;
    if let Some(d) = &params.date {
        if !valid_day(d) {
            return Err(ApiError::bad_request(format!(
                "date {d:?} is not a day as YYYY-MM-DD"
            )));
        }
    }
    Ok(Submission {
        body: body.to_vec(),
        json: is_json(headers),
        name: params.name,
        date: params.date,
    })
}

/// Analyses documents with the default pipeline, within the analysis
/// timeout; the documents in output form (code-point offsets).
pub async fn analyse_documents(
    state: &SharedState,
    docs: Vec<Document>,
) -> Result<Vec<Document>, ApiError> {
    let timeout = state.config.analysis_timeout;
    let work = async {
        let _permit = state
            .analyses
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the server is shutting down"))?;
        let st = state.clone();
        blocking(move || {
            Ok(docs
                .into_iter()
                .map(|mut d| {
                    st.pipeline.run(&mut d);
                    d.into_output()
                })
                .collect())
        })
        .await
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(r) => r,
        Err(_) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the analysis took longer than {} s: send a shorter text",
                timeout.as_secs_f64()
            ),
        )),
    }
}

/// `POST /analyze`: the same JSON as `claimtrace analyze --format json`
/// (an array of documents).
async fn analyze(
    State(state): State<SharedState>,
    params: Result<Query<SubmitParams>, QueryRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let params = query_params(params)?;
    let sub = submission(&state, params, &headers, body)?;
    let (docs, rejected) = blocking(move || read_submission(sub)).await?;
    let analysed = analyse_documents(&state, docs).await?;
    let mut response = Json(analysed).into_response();
    if !rejected.is_empty() {
        if let Ok(v) = header::HeaderValue::from_str(&rejected.len().to_string()) {
            response.headers_mut().insert("x-claimtrace-rejected", v);
        }
    }
    Ok(response)
}

/// The token from `Authorization: Bearer T` or `X-Claimtrace-Token: T`.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    if let Some(v) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        return v.strip_prefix("Bearer ").map(str::trim);
    }
    headers
        .get("x-claimtrace-token")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

pub fn require_token(state: &SharedState, given: Option<&str>) -> Result<(), ApiError> {
    if token_matches(state, given) {
        return Ok(());
    }
    Err(ApiError::new(
        StatusCode::UNAUTHORIZED,
        if given.is_none() {
            "this server needs a token for writes: send Authorization: Bearer TOKEN"
        } else {
            "wrong token"
        },
    ))
}

/// Analyses and stores documents, one transaction: what `claimtrace
/// ingest` does for a batch. Returns the answer of `POST /documents`.
pub async fn ingest_documents(
    state: &SharedState,
    docs: Vec<Document>,
    rejected: Vec<String>,
) -> Result<(StatusCode, Value), ApiError> {
    let timeout = state.config.analysis_timeout;
    let st = state.clone();
    let work = blocking(move || {
        let _one_writer = st
            .write_lock
            .lock()
            .map_err(|_| ApiError::internal("a previous write failed mid-way"))?;
        let mut store = SqliteStore::open(&st.config.db)?;
        Ok(analyse_and_store(&mut store, &st.pipeline, docs)?)
    });
    // The write goes on if the answer times out (it is one transaction and
    // is either stored whole or not at all); the client is told to look.
    let report = match tokio::time::timeout(timeout, work).await {
        Ok(r) => r?,
        Err(_) => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the ingest is taking longer than the analysis timeout; it goes on: look the documents up later",
            ))
        }
    };
    let changed = report.count(|o| !matches!(o, PutOutcome::Unchanged));
    let documents: Vec<Value> = report
        .outcomes
        .iter()
        .map(|(id, o)| json!({ "id": id, "outcome": o }))
        .collect();
    let status = if changed > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        json!({
            "documents": documents,
            "added": report.count(|o| matches!(o, PutOutcome::Added)),
            "updated": report.count(|o| matches!(o, PutOutcome::Updated { .. })),
            "unchanged": report.count(|o| matches!(o, PutOutcome::Unchanged)),
            "rejected": rejected,
            "warnings": report.warnings.iter().map(|(id, w)| json!({"id": id, "warning": w})).collect::<Vec<_>>(),
        }),
    ))
}

/// `POST /documents`: ingest one or many; needs the token when one is set.
async fn ingest(
    State(state): State<SharedState>,
    params: Result<Query<SubmitParams>, QueryRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let params = query_params(params)?;
    require_token(&state, bearer(&headers))?;
    let sub = submission(&state, params, &headers, body)?;
    let (docs, rejected) = blocking(move || read_submission(sub)).await?;
    let (status, v) = ingest_documents(&state, docs, rejected).await?;
    Ok((status, Json(v)).into_response())
}

/// `GET /documents/{id}`: the stored document with its analysis.
async fn document(
    State(state): State<SharedState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let key = id.clone();
    let stored = read(&state, move |s| Ok(s.document(&key)?)).await?;
    let Some(stored) = stored else {
        return Err(ApiError::not_found(format!("no stored document {id:?}")));
    };
    Ok(Json(json!({
        "id": id,
        "revision": stored.revision,
        "content_hash": stored.content_hash,
        "document": stored.document,
    })))
}

/// `DELETE /documents/{id}`: every revision; needs the token when one is set.
async fn delete_document(
    State(state): State<SharedState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    require_token(&state, bearer(&headers))?;
    let st = state.clone();
    let key = id.clone();
    let deleted = blocking(move || {
        let _one_writer = st
            .write_lock
            .lock()
            .map_err(|_| ApiError::internal("a previous write failed mid-way"))?;
        let mut store = SqliteStore::open(&st.config.db)?;
        Ok(store.delete_document(&key)?)
    })
    .await?;
    if deleted {
        Ok(StatusCode::NO_CONTENT.into_response())
    } else {
        Err(ApiError::not_found(format!("no stored document {id:?}")))
    }
}

/// Parameters of `GET /search` (as `claimtrace search`'s flags).
#[derive(Deserialize, Default, Clone)]
pub struct SearchParams {
    pub q: Option<String>,
    pub speaker: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub kind: Option<String>,
    pub source: Option<String>,
    pub limit: Option<usize>,
    /// `true`: quotes of every type, beliefs and findings too.
    pub all_quotes: Option<bool>,
}

/// The store query of search parameters, checked.
pub fn search_query(p: &SearchParams) -> Result<SearchQuery, ApiError> {
    let text = p.q.clone().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("give the words to look for: ?q=..."));
    }
    for (name, day) in [("from", &p.from), ("to", &p.to)] {
        if let Some(d) = day.as_deref().filter(|d| !d.is_empty()) {
            if !valid_day(d) {
                return Err(ApiError::bad_request(format!(
                    "{name} {d:?} is not a day as YYYY-MM-DD"
                )));
            }
        }
    }
    let kind = match p.kind.as_deref().unwrap_or("") {
        "" | "all" => None,
        "quote" => Some(SearchKind::Quote),
        "claim" => Some(SearchKind::Claim),
        "document" => Some(SearchKind::Document),
        other => {
            return Err(ApiError::bad_request(format!(
                "kind {other:?}: expected quote, claim or document"
            )))
        }
    };
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    Ok(SearchQuery {
        text,
        kind,
        speaker: nonempty(&p.speaker),
        from: nonempty(&p.from),
        to: nonempty(&p.to),
        limit: p.limit.unwrap_or(20).clamp(1, 200),
        all_quotes: p.all_quotes.unwrap_or(false),
    })
}

/// Runs a search; with a source filter, more hits are asked of the store
/// and those of other sources dropped (the store filters by speaker and
/// date; sources are few, so this stays cheap).
pub async fn run_search(state: &SharedState, p: &SearchParams) -> Result<Vec<SearchHit>, ApiError> {
    let mut query = search_query(p)?;
    let source = p
        .source
        .clone()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.to_lowercase());
    let limit = query.limit;
    if source.is_some() {
        query.limit = (limit * 10).min(2000);
    }
    let mut hits = read(state, move |s| Ok(s.search(&query)?)).await?;
    if let Some(src) = source {
        hits.retain(|h| {
            h.source
                .as_deref()
                .is_some_and(|s| s.to_lowercase().contains(&src))
        });
    }
    hits.truncate(limit);
    Ok(hits)
}

/// A search hit as JSON, its matched words between `**` (as the CLI's
/// JSON output).
pub fn hit_json(h: &SearchHit) -> Value {
    let mut v = serde_json::to_value(h).unwrap_or(Value::Null);
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "snippet".into(),
            Value::String(
                h.snippet
                    .replace(HIGHLIGHT_OPEN, "**")
                    .replace(HIGHLIGHT_CLOSE, "**"),
            ),
        );
    }
    v
}

async fn search(
    State(state): State<SharedState>,
    p: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let p = query_params(p)?;
    let hits = run_search(&state, &p).await?;
    Ok(Json(json!({
        "query": p.q,
        "results": hits.iter().map(hit_json).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
struct MatchRequest {
    text: String,
    #[serde(default)]
    limit: Option<usize>,
}

/// `POST /match`: as `claimtrace match` (lexical).
async fn match_handler(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(|r| body_error(r, state.config.max_body))?;
    let req: MatchRequest = parse_json(&body, "{\"text\": ..., \"limit\": 10}")?;
    if req.text.trim().is_empty() {
        return Err(ApiError::bad_request(
            "\"text\" is empty: give the statement to match",
        ));
    }
    let k = req.limit.unwrap_or(10).clamp(1, 100);
    let found = read(&state, move |s| {
        Ok(match_statement(
            s,
            &req.text,
            None,
            k,
            &MatchOptions::default(),
        )?)
    })
    .await?;
    Ok(Json(
        json!({ "results": found.iter().map(matched_json).collect::<Vec<_>>() }),
    ))
}

fn matched_json(m: &Matched) -> Value {
    let st = &m.statement;
    json!({
        "doc_id": st.doc_id, "score": (m.score * 10000.0).round() / 10000.0,
        "kind": st.kind.as_str(), "local_id": st.local_id, "text": st.text,
        "speaker": st.speaker, "date": st.date,
    })
}

fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8], shape: &str) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("expected JSON {shape}: {e}")))
}

/// What `POST /trace` takes (as `claimtrace trace`'s arguments).
#[derive(Deserialize, Default, Clone, Debug)]
pub struct TraceRequest {
    #[serde(default)]
    pub text: Option<String>,
    /// A stored quote or claim, `DOC_ID#q3`.
    #[serde(default)]
    pub quote_id: Option<String>,
    /// The stored document the quote was read in.
    #[serde(default, rename = "in")]
    pub in_doc: Option<String>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
}

/// The trace query a request asks for, built as `claimtrace trace` builds it.
pub fn trace_query(store: &SqliteStore, r: &TraceRequest) -> Result<TraceQuery, ApiError> {
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let before = nonempty(&r.before);
    if let Some(b) = &before {
        if !valid_day(b) {
            return Err(ApiError::bad_request(format!(
                "before {b:?} is not a day as YYYY-MM-DD"
            )));
        }
    }
    if let Some(id) = nonempty(&r.quote_id) {
        let st = store.statement(&id)?.ok_or_else(|| {
            ApiError::not_found(format!(
                "no stored quote or claim {id:?} (ids look like DOC_ID#q3)"
            ))
        })?;
        return Ok(TraceQuery {
            text: st.text.clone(),
            doc_id: Some(st.doc_id.clone()),
            date: st.date.clone(),
            speaker: nonempty(&r.speaker).or(st.speaker.clone()),
            before,
        });
    }
    let text = nonempty(&r.text).ok_or_else(|| {
        ApiError::bad_request("give the quote's words (\"text\") or \"quote_id\"")
    })?;
    let in_doc = nonempty(&r.in_doc);
    let date = match &in_doc {
        Some(d) => store
            .document(d)?
            .ok_or_else(|| ApiError::not_found(format!("no stored document {d:?}")))?
            .document
            .meta
            .date
            .filter(|d| !d.is_empty()),
        None => None,
    };
    Ok(TraceQuery {
        text,
        doc_id: in_doc,
        date,
        speaker: nonempty(&r.speaker),
        before,
    })
}

/// Traces a request on this thread's read connection.
pub async fn run_trace(state: &SharedState, r: TraceRequest) -> Result<TraceResult, ApiError> {
    read(state, move |s| {
        let q = trace_query(s, &r)?;
        Ok(trace(s, &q, &TraceOptions::default())?)
    })
    .await
}

/// `POST /trace`: the JSON of `claimtrace trace --format json`.
async fn trace_handler(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<TraceResult>, ApiError> {
    let body = body.map_err(|r| body_error(r, state.config.max_body))?;
    let req: TraceRequest = parse_json(
        &body,
        "{\"text\": ..., \"speaker\"?, \"before\"?, \"in\"?} or {\"quote_id\": ...}",
    )?;
    Ok(Json(run_trace(&state, req).await?))
}

#[derive(Deserialize)]
struct ClaimReviewRequest {
    #[serde(flatten)]
    trace: TraceRequest,
    verdict: Verdict,
}

/// The ClaimReview of a trace: its documents' URLs read from the store.
pub async fn claim_review_of(
    state: &SharedState,
    req: TraceRequest,
    verdict: Verdict,
) -> Result<(TraceResult, Value), ApiError> {
    read(state, move |s| {
        let q = trace_query(s, &req)?;
        let result = trace(s, &q, &TraceOptions::default())?;
        let urls = claimtrace_store::document_urls(s, &result)?;
        let review = claimtrace_trace::claim_review(&result, &verdict, &urls)
            .map_err(|e| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
        Ok((result, review))
    })
    .await
}

/// `POST /claimreview`: a trace request plus `verdict` → ClaimReview JSON-LD.
async fn claimreview(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|r| body_error(r, state.config.max_body))?;
    let req: ClaimReviewRequest = parse_json(
        &body,
        "{\"text\": ..., \"verdict\": {\"rating\", \"summary\", \"reviewer\", \"review_url\"}}",
    )?;
    let (_, review) = claim_review_of(&state, req.trace, req.verdict).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/ld+json")],
        serde_json::to_string_pretty(&review).unwrap_or_default(),
    )
        .into_response())
}

#[derive(Deserialize)]
struct ListParams {
    limit: Option<usize>,
}

async fn speakers(
    State(state): State<SharedState>,
    p: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let p = query_params(p)?;
    let limit = p.limit.unwrap_or(100).clamp(1, 1000);
    let list = read(&state, move |s| Ok(s.speakers(limit)?)).await?;
    Ok(Json(json!({ "speakers": list })))
}

/// `GET /speakers/{name}`: what one person said, oldest first.
async fn speaker(
    State(state): State<SharedState>,
    Path(name): Path<String>,
    p: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let p = query_params(p)?;
    let limit = p.limit.unwrap_or(500).clamp(1, 5000);
    let key = name.clone();
    let (quotes, roles) = read(&state, move |s| {
        let quotes = s.quotes_by_speaker(&key, limit)?;
        let roles = speaker_roles(s, &key, &quotes)?;
        Ok((quotes, roles))
    })
    .await?;
    if quotes.is_empty() {
        return Err(ApiError::not_found(format!(
            "no quotes by {name:?} in the store"
        )));
    }
    Ok(Json(
        json!({ "speaker": name, "roles": roles, "quotes": quotes }),
    ))
}

/// A role a person held, as the documents that quote them give it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RoleSpan {
    pub role: String,
    pub former: bool,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub documents: usize,
}

/// Documents read for a speaker's roles at most (each is decoded whole).
const ROLE_DOCUMENTS: usize = 40;

/// The roles the entity layer gave `speaker` in the documents of their
/// quotes ([`ROLE_DOCUMENTS`] of them at most, spread over their dates),
/// each with the first and last date it was given, oldest first.
pub fn speaker_roles(
    store: &SqliteStore,
    speaker: &str,
    quotes: &[claimtrace_trace::Statement],
) -> Result<Vec<RoleSpan>, ApiError> {
    // The quotes' documents in date order, then at most ROLE_DOCUMENTS of
    // them spread evenly over it (the whole span of dates, not one end).
    let mut all: Vec<(&str, Option<&str>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for q in quotes {
        if seen.insert(q.doc_id.as_str()) {
            all.push((&q.doc_id, q.date.as_deref()));
        }
    }
    let step = all.len().div_ceil(ROLE_DOCUMENTS).max(1);
    let docs: Vec<(&str, Option<&str>)> = all.into_iter().step_by(step).collect();
    let mut roles: Vec<RoleSpan> = Vec::new();
    for (doc_id, date) in docs {
        let Some(stored) = store.document(doc_id)? else {
            continue;
        };
        let date = date.map(String::from);
        for e in stored
            .document
            .entities
            .iter()
            .filter(|e| e.name == speaker)
        {
            for r in &e.roles {
                match roles
                    .iter_mut()
                    .find(|x| x.role.eq_ignore_ascii_case(&r.text) && x.former == r.former)
                {
                    Some(x) => {
                        x.documents += 1;
                        if date.is_some() && (x.first_date.is_none() || date < x.first_date) {
                            x.first_date = date.clone();
                        }
                        if date > x.last_date {
                            x.last_date = date.clone();
                        }
                    }
                    None => roles.push(RoleSpan {
                        role: r.text.clone(),
                        former: r.former,
                        first_date: date.clone(),
                        last_date: date.clone(),
                        documents: 1,
                    }),
                }
            }
        }
    }
    roles.sort_by(|a, b| {
        a.first_date
            .cmp(&b.first_date)
            .then(b.documents.cmp(&a.documents))
    });
    Ok(roles)
}
