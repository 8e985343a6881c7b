//! What both backends' `search` share: the kinds a query covers, its
//! filters as they are bound, the hits made from the rows found, and the
//! final ranking. Each backend ranks, filters and makes snippets in its
//! own SQL (FTS5 or PostgreSQL text search).

use claimtrace_trace::Statement;

use crate::sqlite::escape_like;
use crate::{SearchHit, SearchKind, SearchQuery};

/// The filters of a search, as both backends bind them.
pub(crate) struct SearchFilters<'a> {
    pub query: &'a SearchQuery,
    /// The speaker's name, lower-cased, as a LIKE pattern that matches it
    /// anywhere in a speaker's (`%` and `_` in it taken literally).
    pub speaker_like: Option<String>,
    /// Results to fetch of each kind (at least one).
    pub limit: i64,
}

impl<'a> SearchFilters<'a> {
    pub fn of(query: &'a SearchQuery) -> Self {
        SearchFilters {
            query,
            speaker_like: query
                .speaker
                .as_ref()
                .map(|s| format!("%{}%", escape_like(&s.to_lowercase()))),
            limit: query.limit.max(1) as i64,
        }
    }
}

/// The kinds `q` searches, in the order they are searched.
pub(crate) fn search_kinds(q: &SearchQuery) -> Vec<SearchKind> {
    match q.kind {
        Some(k) => vec![k],
        None => vec![SearchKind::Quote, SearchKind::Claim, SearchKind::Document],
    }
}

/// The statement kind stored for a quote or a claim search.
pub(crate) fn statement_kind_name(kind: SearchKind) -> &'static str {
    if kind == SearchKind::Quote {
        "quote"
    } else {
        "claim"
    }
}

/// The hit of a quote or claim found.
pub(crate) fn statement_hit(
    kind: SearchKind,
    st: Statement,
    snippet: String,
    score: f64,
) -> SearchHit {
    SearchHit {
        kind,
        statement_id: st.local_id.as_ref().map(|l| format!("{}#{l}", st.doc_id)),
        doc_id: st.doc_id,
        date: st.date,
        source: st.source,
        title: st.title,
        speaker: st.speaker,
        text: Some(st.text),
        snippet,
        score,
        start: Some(st.start),
        end: Some(st.end),
    }
}

/// A document found: the columns its hit shows.
pub(crate) struct FoundDocument {
    pub doc_id: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
}

/// The hit of a document found.
pub(crate) fn document_hit(found: FoundDocument, snippet: String, score: f64) -> SearchHit {
    SearchHit {
        statement_id: None,
        kind: SearchKind::Document,
        doc_id: found.doc_id,
        date: found.date,
        source: found.source,
        title: found.title,
        speaker: None,
        text: None,
        snippet,
        score,
        start: None,
        end: None,
    }
}

/// The hits of every kind searched, best first, as many as `q` asks for.
pub(crate) fn best_hits(mut hits: Vec<SearchHit>, q: &SearchQuery) -> Vec<SearchHit> {
    hits.sort_by(|a, b| b.score.total_cmp(&a.score));
    hits.truncate(q.limit.max(1));
    hits
}
