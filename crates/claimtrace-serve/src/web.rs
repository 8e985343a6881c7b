//! The web app: server-rendered pages over the same calls as the API.
//! Forms post url-encoded bodies (under the same body cap); the little
//! script (`assets/desk.js`) only reads an uploaded file into the form and
//! links a clicked quote to its card.

use std::fmt::Write;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use claimtrace_store::{CorpusStore, SearchHit, SearchKind};
use claimtrace_trace::{Hop, NumericRating, TraceResult, Verdict};
use serde::Deserialize;
use serde_json::Value;

use crate::api::{
    analyse_documents, claim_review_of, ingest_documents, require_token, run_search, run_trace,
    speaker_roles, SearchParams, TraceRequest,
};
use crate::html::{
    annotated_text, diff_html, doc_link, esc, legend, link, page, quote_cards, snippet_html,
    timeline, url_encode,
};
use crate::{
    blocking, body_error, query_params, read, read_submission, valid_day, ApiError, SharedState,
    Submission,
};

const CSS: &str = include_str!("../assets/desk.css");
const JS: &str = include_str!("../assets/desk.js");

pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/", get(analyse_form))
        .route("/analyse", get(analyse_form).post(analyse_page))
        .route("/save", axum::routing::post(save))
        .route("/trace", get(trace_page))
        .route("/trace/claimreview", axum::routing::post(publish))
        .route("/search", get(search_page))
        .route("/speakers", get(speakers_page))
        .route("/speakers/{name}", get(speaker_page))
        .route("/documents/{id}", get(document_page))
        .route("/corpus", get(corpus_page))
        .route(
            "/assets/desk.css",
            get(|| async { asset("text/css; charset=utf-8", CSS) }),
        )
        .route(
            "/assets/desk.js",
            get(|| async { asset("text/javascript; charset=utf-8", JS) }),
        )
        .fallback(|| async { WebError(ApiError::not_found("no such page")) })
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// An error shown as a page, with its status.
pub struct WebError(pub ApiError);

impl From<ApiError> for WebError {
    fn from(e: ApiError) -> Self {
        WebError(e)
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let body = format!(
            "<h1>{} {}</h1><p class=\"error\">{}</p>",
            self.0.status.as_u16(),
            esc(self.0.status.canonical_reason().unwrap_or("")),
            esc(&self.0.message)
        );
        (self.0.status, html_page("Error", &body)).into_response()
    }
}

/// A page with the headers every page gets: a content security policy
/// that allows only the desk's own script and style (no inline script, so
/// markup slipped into a document could not run even if it got through).
fn html_page(title: &str, body: &str) -> Response {
    (
        [
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        Html(page(title, body)),
    )
        .into_response()
}

fn form_of<T: serde::de::DeserializeOwned>(
    state: &SharedState,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, ApiError> {
    let body = body.map_err(|r| body_error(r, state.config.max_body))?;
    serde_urlencoded::from_bytes(&body)
        .map_err(|e| ApiError::bad_request(format!("the form could not be read: {e}")))
}

fn token_field(state: &SharedState) -> &'static str {
    if state.config.token.is_some() {
        "<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\" required></label>"
    } else {
        ""
    }
}

/// The analyse form; with `?text=...` (a link to an analysis, what the
/// browser test opens), the analysis itself.
async fn analyse_form(
    State(state): State<SharedState>,
    form: Result<Query<AnalyseForm>, QueryRejection>,
) -> Result<Response, WebError> {
    let form = query_params(form)?;
    if form.text.trim().is_empty() {
        return Ok(html_page("Analyse", &analyse_form_html("", "", "")));
    }
    analysis(&state, form).await
}

fn analyse_form_html(text: &str, title: &str, date: &str) -> String {
    format!(
        "<h1>Analyse an article</h1>\
<form method=\"post\" action=\"/analyse\" class=\"paste\" id=\"analyse-form\">\
<label>Paste the text (first line the headline) or a saved HTML page, or choose a file (txt, html, jsonl):\
<input type=\"file\" id=\"upload\" accept=\".txt,.html,.htm,.jsonl,.json\"></label>\
<input type=\"hidden\" name=\"name\" id=\"upload-name\" value=\"\">\
<textarea name=\"text\" rows=\"14\" required>{}</textarea>\
<div class=\"row\"><label>Headline (optional) <input name=\"title\" value=\"{}\"></label>\
<label>Date <input name=\"date\" placeholder=\"YYYY-MM-DD\" value=\"{}\"></label>\
<button type=\"submit\">Analyse</button></div></form>",
        esc(text),
        esc(title),
        esc(date)
    )
}

#[derive(Deserialize, Default)]
struct AnalyseForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    token: Option<String>,
}

/// The form's text as a submission: a JSONL upload as records, HTML as a
/// page, anything else as text; a headline typed in the form goes first.
fn submission_of(form: &AnalyseForm) -> Result<Submission, ApiError> {
    let date = Some(form.date.trim().to_string()).filter(|d| !d.is_empty());
    if let Some(d) = &date {
        if !valid_day(d) {
            return Err(ApiError::bad_request(format!(
                "date {d:?} is not a day as YYYY-MM-DD"
            )));
        }
    }
    let name = Some(form.name.trim().to_string()).filter(|n| !n.is_empty());
    let is_record_file = name
        .as_deref()
        .is_some_and(|n| n.ends_with(".jsonl") || n.ends_with(".json"));
    let mut body = String::new();
    // A headline goes first in plain text only: before a JSONL record or
    // an HTML page it would hide what they are.
    let is_markup = form.text.trim_start().starts_with('<');
    if !form.title.trim().is_empty() && !is_record_file && !is_markup {
        body.push_str(form.title.trim());
        body.push('\n');
    }
    body.push_str(&form.text.replace("\r\n", "\n"));
    Ok(Submission {
        body: body.into_bytes(),
        json: false,
        name,
        date,
    })
}

async fn analyse_page(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, WebError> {
    let form: AnalyseForm = form_of(&state, body)?;
    analysis(&state, form).await
}

/// The annotated article(s) of a submitted form, with "save to corpus".
async fn analysis(state: &SharedState, form: AnalyseForm) -> Result<Response, WebError> {
    let sub = submission_of(&form)?;
    let (docs, rejected) = blocking(move || read_submission(sub)).await?;
    let analysed = analyse_documents(state, docs).await?;
    let mut out = String::new();
    for r in &rejected {
        let _ = write!(out, "<p class=\"error\">Not read: {}</p>", esc(r));
    }
    for doc in &analysed {
        let v = serde_json::to_value(doc).map_err(|e| ApiError::internal(e.to_string()))?;
        out.push_str(&document_view(&v, None));
    }
    // Save to corpus: the same text again, to POST /save.
    let _ = write!(
        out,
        "<form method=\"post\" action=\"/save\" class=\"save\">\
<input type=\"hidden\" name=\"text\" value=\"{}\"><input type=\"hidden\" name=\"title\" value=\"{}\">\
<input type=\"hidden\" name=\"date\" value=\"{}\"><input type=\"hidden\" name=\"name\" value=\"{}\">{}\
<button type=\"submit\">Save to corpus</button></form>",
        esc(&form.text),
        esc(&form.title),
        esc(&form.date),
        esc(&form.name),
        token_field(state)
    );
    out.push_str("<details><summary>Analyse another</summary>");
    out.push_str(&analyse_form_html(&form.text, &form.title, &form.date));
    out.push_str("</details>");
    Ok(html_page("Analysis", &out))
}

/// The annotated article with its legend, quote cards and timeline.
fn document_view(doc: &Value, stored_id: Option<&str>) -> String {
    let s = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or("");
    let mut out = String::from("<article class=\"doc\">");
    let title = if s("title").is_empty() {
        "(no headline)"
    } else {
        s("title")
    };
    let _ = write!(
        out,
        "<h1 class=\"doc-title\">{}</h1><p class=\"meta\">",
        esc(title)
    );
    let _ = write!(
        out,
        "{} · {} · id <code>{}</code>",
        esc(if s("date").is_empty() {
            "undated"
        } else {
            s("date")
        }),
        esc(if s("source").is_empty() {
            "unknown source"
        } else {
            s("source")
        }),
        esc(s("id"))
    );
    if !s("url").is_empty() {
        let _ = write!(out, " · {}", link(s("url"), s("url")));
    }
    out.push_str("</p>");
    out.push_str(&legend(doc));
    out.push_str("<div class=\"columns\"><div class=\"text\" id=\"article\">");
    out.push_str(&annotated_text(doc));
    // The timeline first: short, and beside the article's top.
    out.push_str("</div><aside><h2>Timeline</h2>");
    out.push_str(&timeline(doc));
    out.push_str("<h2>Quotes</h2><div id=\"quote-cards\">");
    out.push_str(&quote_cards(doc, stored_id));
    out.push_str("</div></aside></div></article>");
    out
}

async fn save(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, WebError> {
    let form: AnalyseForm = form_of(&state, body)?;
    require_token(&state, form.token.as_deref().filter(|t| !t.is_empty()))?;
    let sub = submission_of(&form)?;
    let (docs, rejected) = blocking(move || read_submission(sub)).await?;
    let (_, v) = ingest_documents(&state, docs, rejected).await?;
    let ids: Vec<String> = v["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["id"].as_str().map(String::from))
        .collect();
    match ids.as_slice() {
        [one] => Ok(Redirect::to(&format!("/documents/{}", url_encode(one))).into_response()),
        many => {
            let mut out = String::from("<h1>Saved</h1><ul>");
            for id in many {
                let _ = write!(out, "<li>{}</li>", doc_link(id));
            }
            out.push_str("</ul>");
            Ok(html_page("Saved", &out))
        }
    }
}

#[derive(Deserialize, Default)]
struct TraceParams {
    q: Option<String>,
    quote_id: Option<String>,
    speaker: Option<String>,
    before: Option<String>,
    #[serde(rename = "in")]
    in_doc: Option<String>,
}

impl TraceParams {
    fn request(&self) -> TraceRequest {
        TraceRequest {
            text: self.q.clone(),
            quote_id: self.quote_id.clone(),
            in_doc: self.in_doc.clone(),
            speaker: self.speaker.clone(),
            before: self.before.clone(),
        }
    }
}

fn trace_form(p: &TraceParams) -> String {
    let v = |o: &Option<String>| esc(o.as_deref().unwrap_or(""));
    format!(
        "<h1>Trace a quote</h1><form method=\"get\" action=\"/trace\" class=\"paste\">\
<textarea name=\"q\" rows=\"3\" placeholder=\"the quote's words\">{}</textarea>\
<div class=\"row\"><label>Speaker <input name=\"speaker\" value=\"{}\"></label>\
<label>Before <input name=\"before\" placeholder=\"YYYY-MM-DD\" value=\"{}\"></label>\
<input type=\"hidden\" name=\"in\" value=\"{}\"><input type=\"hidden\" name=\"quote_id\" value=\"{}\">\
<button type=\"submit\">Trace</button></div></form>",
        v(&p.q),
        v(&p.speaker),
        v(&p.before),
        v(&p.in_doc),
        v(&p.quote_id)
    )
}

async fn trace_page(
    State(state): State<SharedState>,
    p: Result<Query<TraceParams>, QueryRejection>,
) -> Result<Response, WebError> {
    let p = query_params(p)?;
    let mut out = trace_form(&p);
    let asked = p.q.as_deref().is_some_and(|q| !q.trim().is_empty())
        || p.quote_id.as_deref().is_some_and(|q| !q.trim().is_empty());
    if asked {
        let result = run_trace(&state, p.request()).await?;
        out.push_str(&trace_view(&result));
        out.push_str(&publish_form(&p));
    }
    Ok(html_page("Trace", &out))
}

/// Origin, chain oldest first (each hop side by side with the previous
/// one, its differences named), other versions.
fn trace_view(r: &TraceResult) -> String {
    let mut out = String::from("<section class=\"trace\">");
    let _ = write!(
        out,
        "<p class=\"traced\">Trace of: <q>{}</q></p>",
        esc(&r.query)
    );
    write_origin(&mut out, r);
    if !r.chain.is_empty() {
        out.push_str("<h2>Chain, oldest first</h2><ol class=\"chain\">");
        for (i, hop) in r.chain.iter().enumerate() {
            write_hop(&mut out, i, hop);
        }
        out.push_str("</ol>");
    }
    write_branches(&mut out, r);
    write_candidates(&mut out, r);
    out.push_str("</section>");
    out
}

/// The origin's card, or a note that nothing earlier says the same.
fn write_origin(out: &mut String, r: &TraceResult) {
    match &r.origin {
        None => out.push_str(
            "<p class=\"no-origin\"><strong>No earlier source found:</strong> nothing earlier in the corpus says the same.</p>",
        ),
        Some(o) => {
            let _ = write!(
                out,
                "<div class=\"origin card\"><h2>Origin</h2><p class=\"meta\">{} · {} · {} · {}</p><blockquote>{}</blockquote><p>confidence {:.2}</p></div>",
                esc(o.date.as_deref().unwrap_or("undated")),
                esc(o.speaker.as_deref().unwrap_or("speaker unknown")),
                esc(o.source.as_deref().unwrap_or("unknown source")),
                doc_link(&o.doc_id),
                esc(&o.text),
                r.confidence
            );
        }
    }
}

/// Hop `i` of the chain: where and when, its words beside the previous
/// hop's (or alone), and its differences, or that it carried the words
/// over faithfully (said of every hop but the first).
fn write_hop(out: &mut String, i: usize, hop: &Hop) {
    let _ = write!(
        out,
        "<li class=\"hop card\"><p class=\"meta\">{} · {} · {} · {} <span class=\"score\">similarity {:.2}</span></p>",
        esc(hop.date.as_deref().unwrap_or("undated")),
        esc(hop.speaker.as_deref().unwrap_or("speaker unknown")),
        esc(hop.source.as_deref().unwrap_or("unknown source")),
        hop.doc_id
            .as_deref()
            .map(doc_link)
            .unwrap_or_else(|| "(the quote as given)".into()),
        hop.score
    );
    match &hop.compared {
        Some((old, new)) => {
            let (l, r) = diff_html(old, new);
            let _ = write!(
                out,
                "<div class=\"side-by-side\"><div class=\"before\"><h3>before</h3>{l}</div><div class=\"after\"><h3>after</h3>{r}</div></div>"
            );
        }
        None => {
            let _ = write!(out, "<blockquote>{}</blockquote>", esc(&hop.text));
        }
    }
    if hop.reprint {
        out.push_str("<p class=\"faithful\">reprint: the same words</p>");
    } else if i > 0 && hop.differences.is_empty() {
        out.push_str("<p class=\"faithful\">carried over faithfully</p>");
    }
    if !hop.differences.is_empty() {
        out.push_str("<ul class=\"differences\">");
        for d in &hop.differences {
            let _ = write!(
                out,
                "<li><span class=\"difference {}\">{}</span> {}</li>",
                d.kind.as_str(),
                d.kind.as_str(),
                esc(&d.detail)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

/// The other versions: who repeated whom, with what differences.
fn write_branches(out: &mut String, r: &TraceResult) {
    if r.branches.is_empty() {
        return;
    }
    out.push_str("<h2>Other versions (who repeated whom)</h2><ul class=\"branches\">");
    for b in &r.branches {
        let kinds: Vec<&str> = b.differences.iter().map(|d| d.kind.as_str()).collect();
        let _ = write!(
            out,
            "<li>{} · {} · {} repeats {}{} {}</li>",
            esc(b.date.as_deref().unwrap_or("undated")),
            esc(b.speaker.as_deref().unwrap_or("-")),
            b.doc_id.as_deref().map(doc_link).unwrap_or_default(),
            b.parent.as_deref().map(doc_link).unwrap_or_default(),
            if b.reprint { " (reprint)" } else { "" },
            esc(&kinds.join(", "))
        );
    }
    out.push_str("</ul>");
}

/// The five closest matches outside the chain.
fn write_candidates(out: &mut String, r: &TraceResult) {
    if r.candidates.is_empty() {
        return;
    }
    out.push_str("<h2>Other close matches</h2><ul class=\"candidates\">");
    for c in r.candidates.iter().take(5) {
        let _ = write!(
            out,
            "<li>{:.2} · {} · {} · {}: {}</li>",
            c.score,
            esc(c.date.as_deref().unwrap_or("undated")),
            esc(c.speaker.as_deref().unwrap_or("-")),
            doc_link(&c.doc_id),
            esc(&c.text)
        );
    }
    out.push_str("</ul>");
}

fn publish_form(p: &TraceParams) -> String {
    let v = |o: &Option<String>| esc(o.as_deref().unwrap_or(""));
    format!(
        "<section class=\"publish card\"><h2>Publish a verdict (ClaimReview)</h2>\
<form method=\"post\" action=\"/trace/claimreview\">\
<input type=\"hidden\" name=\"q\" value=\"{}\"><input type=\"hidden\" name=\"quote_id\" value=\"{}\">\
<input type=\"hidden\" name=\"speaker\" value=\"{}\"><input type=\"hidden\" name=\"before\" value=\"{}\">\
<input type=\"hidden\" name=\"in\" value=\"{}\">\
<div class=\"row\"><label>Rating <input name=\"rating\" required placeholder=\"Misleading\"></label>\
<label>Numeric rating (optional) <input name=\"rating_value\" size=\"2\"> on a scale from <input name=\"worst\" size=\"2\" value=\"1\"> (worst) to <input name=\"best\" size=\"2\" value=\"5\"> (best)</label></div>\
<label>Summary <textarea name=\"summary\" rows=\"3\"></textarea></label>\
<div class=\"row\"><label>Reviewer (organisation) <input name=\"reviewer\" required></label>\
<label>Reviewer URL <input name=\"reviewer_url\" placeholder=\"https://\"></label>\
<label>Review URL <input name=\"review_url\" required placeholder=\"https://\"></label></div>\
<button type=\"submit\">Export ClaimReview</button></form></section>",
        v(&p.q),
        v(&p.quote_id),
        v(&p.speaker),
        v(&p.before),
        v(&p.in_doc)
    )
}

#[derive(Deserialize, Default)]
struct PublishForm {
    #[serde(default)]
    q: Option<String>,
    #[serde(default)]
    quote_id: Option<String>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    before: Option<String>,
    #[serde(default, rename = "in")]
    in_doc: Option<String>,
    #[serde(default)]
    rating: String,
    #[serde(default)]
    rating_value: String,
    #[serde(default)]
    best: String,
    #[serde(default)]
    worst: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    reviewer: String,
    #[serde(default)]
    reviewer_url: String,
    #[serde(default)]
    review_url: String,
}

async fn publish(
    State(state): State<SharedState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, WebError> {
    let f: PublishForm = form_of(&state, body)?;
    let numeric = if f.rating_value.trim().is_empty() {
        None
    } else {
        let n = |s: &str, what: &str| {
            s.trim()
                .parse::<i64>()
                .map_err(|_| ApiError::bad_request(format!("{what} {s:?} is not a whole number")))
        };
        Some(NumericRating {
            value: n(&f.rating_value, "the rating value")?,
            best: n(&f.best, "the best rating")?,
            worst: n(&f.worst, "the worst rating")?,
        })
    };
    let verdict = Verdict {
        rating: f.rating.clone(),
        summary: f.summary.clone(),
        numeric,
        reviewer: f.reviewer.clone(),
        reviewer_url: Some(f.reviewer_url.trim().to_string()).filter(|u| !u.is_empty()),
        review_url: f.review_url.trim().to_string(),
        date_published: None,
    };
    let p = TraceParams {
        q: f.q,
        quote_id: f.quote_id,
        speaker: f.speaker,
        before: f.before,
        in_doc: f.in_doc,
    };
    let (result, review) = claim_review_of(&state, p.request(), verdict).await?;
    let json = serde_json::to_string_pretty(&review).unwrap_or_default();
    let out = format!(
        "<h1>ClaimReview</h1><p>Paste this JSON-LD into the fact-check page inside \
<code>&lt;script type=\"application/ld+json\"&gt;</code>.</p><pre id=\"claimreview\">{}</pre>{}",
        esc(&json),
        trace_view(&result)
    );
    Ok(html_page("ClaimReview", &out))
}

async fn search_page(
    State(state): State<SharedState>,
    p: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Response, WebError> {
    let p = query_params(p)?;
    let mut out = search_form(&p);
    if p.q.as_deref().is_some_and(|q| !q.trim().is_empty()) {
        let hits = run_search(&state, &p).await?;
        if hits.is_empty() {
            out.push_str("<p class=\"empty\">No match.</p>");
        }
        out.push_str("<ol class=\"hits\">");
        for h in &hits {
            write_hit(&mut out, h);
        }
        out.push_str("</ol>");
    }
    Ok(html_page("Search", &out))
}

/// The search form, filled in with the search asked.
fn search_form(p: &SearchParams) -> String {
    let v = |o: &Option<String>| esc(o.as_deref().unwrap_or(""));
    let kind = p.kind.clone().unwrap_or_default();
    let opt = |k: &str, label: &str| {
        format!(
            "<option value=\"{k}\"{}>{label}</option>",
            if kind == k { " selected" } else { "" }
        )
    };
    format!(
        "<h1>Search</h1><form method=\"get\" action=\"/search\" class=\"paste\">\
<div class=\"row\"><input name=\"q\" value=\"{}\" placeholder=\"words\" required>\
<label>Speaker <input name=\"speaker\" value=\"{}\"></label>\
<label>From <input name=\"from\" value=\"{}\" placeholder=\"YYYY-MM-DD\"></label>\
<label>To <input name=\"to\" value=\"{}\" placeholder=\"YYYY-MM-DD\"></label>\
<label>Kind <select name=\"kind\">{}{}{}{}</select></label>\
<label>Source <input name=\"source\" value=\"{}\"></label>\
<button type=\"submit\">Search</button></div></form>",
        v(&p.q),
        v(&p.speaker),
        v(&p.from),
        v(&p.to),
        opt("", "all"),
        opt("quote", "quotes"),
        opt("claim", "claims"),
        opt("document", "documents"),
        v(&p.source)
    )
}

/// One search hit: kind, date, source, speaker, title, document and the
/// snippet, and "trace this" for a statement.
fn write_hit(out: &mut String, h: &SearchHit) {
    let kind = match h.kind {
        SearchKind::Quote => "quote",
        SearchKind::Claim => "claim",
        SearchKind::Document => "document",
    };
    let _ = write!(
        out,
        "<li class=\"hit\"><p class=\"meta\"><span class=\"kind\">{kind}</span> {} · {} · {}{} · {}</p><p class=\"snippet\">{}</p>",
        esc(h.date.as_deref().unwrap_or("undated")),
        esc(h.source.as_deref().unwrap_or("unknown source")),
        h.speaker
            .as_deref()
            .map(|s| format!(
                "<a class=\"speaker\" href=\"/speakers/{}\">{}</a>",
                url_encode(s),
                esc(s)
            ))
            .unwrap_or_else(|| "-".into()),
        h.title
            .as_deref()
            .map(|t| format!(" · {}", esc(t)))
            .unwrap_or_default(),
        doc_link(&h.doc_id),
        snippet_html(&h.snippet)
    );
    if let Some(sid) = &h.statement_id {
        let _ = write!(
            out,
            "<a class=\"button\" href=\"/trace?quote_id={}\">Trace this</a>",
            url_encode(sid)
        );
    }
    out.push_str("</li>");
}

async fn speakers_page(State(state): State<SharedState>) -> Result<Response, WebError> {
    let list = read(&state, |s| Ok(s.speakers(200)?)).await?;
    let mut out = String::from("<h1>Speakers</h1><table><tr><th>speaker</th><th>quotes</th><th>first</th><th>last</th></tr>");
    for sp in &list {
        let _ = write!(
            out,
            "<tr><td><a href=\"/speakers/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            url_encode(&sp.name),
            esc(&sp.name),
            sp.quotes,
            esc(sp.first_date.as_deref().unwrap_or("")),
            esc(sp.last_date.as_deref().unwrap_or(""))
        );
    }
    out.push_str("</table>");
    Ok(html_page("Speakers", &out))
}

async fn speaker_page(
    State(state): State<SharedState>,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    let key = name.clone();
    let (quotes, roles) = read(&state, move |s| {
        let quotes = s.quotes_by_speaker(&key, 1000)?;
        let roles = speaker_roles(s, &key, &quotes)?;
        Ok((quotes, roles))
    })
    .await?;
    if quotes.is_empty() {
        return Err(ApiError::not_found(format!("no quotes by {name:?} in the store")).into());
    }
    let mut out = format!("<h1>{}</h1>", esc(&name));
    if !roles.is_empty() {
        out.push_str("<h2>Roles over time</h2><table class=\"roles\"><tr><th>role</th><th>from</th><th>to</th><th>documents</th></tr>");
        for r in &roles {
            let _ = write!(
                out,
                "<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                if r.former { "former " } else { "" },
                esc(&r.role),
                esc(r.first_date.as_deref().unwrap_or("undated")),
                esc(r.last_date.as_deref().unwrap_or("undated")),
                r.documents
            );
        }
        out.push_str("</table>");
    }
    let _ = write!(
        out,
        "<h2>Quotes</h2><p>{} quotes, oldest first.</p><ol class=\"hits\">",
        quotes.len()
    );
    for q in &quotes {
        let sid = format!("{}#{}", q.doc_id, q.local_id.as_deref().unwrap_or(""));
        let _ = write!(
            out,
            "<li class=\"hit\"><p class=\"meta\">{} · {} · {}</p><blockquote>{}</blockquote><a class=\"button\" href=\"/trace?quote_id={}\">Trace this</a></li>",
            esc(q.date.as_deref().unwrap_or("undated")),
            esc(q.source.as_deref().unwrap_or("unknown source")),
            doc_link(&q.doc_id),
            esc(&q.text),
            url_encode(&sid)
        );
    }
    out.push_str("</ol>");
    Ok(html_page(&name, &out))
}

async fn document_page(
    State(state): State<SharedState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let key = id.clone();
    let stored = read(&state, move |s| Ok(s.document(&key)?)).await?;
    let Some(stored) = stored else {
        return Err(ApiError::not_found(format!("no stored document {id:?}")).into());
    };
    let v =
        serde_json::to_value(&stored.document).map_err(|e| ApiError::internal(e.to_string()))?;
    let mut out = format!(
        "<p class=\"stored\">Stored document, revision {}.</p>",
        stored.revision
    );
    out.push_str(&document_view(&v, Some(&id)));
    Ok(html_page(&id, &out))
}

async fn corpus_page(State(state): State<SharedState>) -> Result<Response, WebError> {
    let (stats, overview) = read(&state, |s| Ok((s.stats()?, s.overview(20)?))).await?;
    let mut out = format!(
        "<h1>Corpus</h1><dl class=\"counts\"><dt>documents</dt><dd>{}</dd><dt>statements</dt><dd>{}</dd>\
<dt>quotes</dt><dd>{}</dd><dt>claims</dt><dd>{}</dd><dt>entities</dt><dd>{}</dd><dt>on disk</dt><dd>{:.1} MB</dd>\
<dt>dates</dt><dd>{} – {}</dd></dl><h2>Sources</h2><table><tr><th>source</th><th>documents</th></tr>",
        stats.documents,
        stats.statements,
        stats.quotes,
        stats.claims,
        stats.entities,
        stats.bytes_on_disk as f64 / 1e6,
        esc(overview.first_date.as_deref().unwrap_or("?")),
        esc(overview.last_date.as_deref().unwrap_or("?"))
    );
    for (source, n) in &overview.sources {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{n}</td></tr>",
            esc(if source.is_empty() { "(none)" } else { source })
        );
    }
    out.push_str("</table><h2>Recent ingests</h2><ol class=\"recent\">");
    for d in &overview.recent {
        let _ = write!(
            out,
            "<li>{} · {} · {} · {}</li>",
            doc_link(&d.id),
            esc(d.title.as_deref().unwrap_or("(no headline)")),
            esc(d.date.as_deref().unwrap_or("undated")),
            esc(&d.ingested_at)
        );
    }
    out.push_str("</ol>");
    Ok(html_page("Corpus", &out))
}
