//! Tracing a statement back to its origin.
//!
//! 1. Retrieve statements that share words with the query (BM25, from any
//!    [`CandidateSource`]: an in-memory corpus or the store), dated on or
//!    before it, and score each by [`best_parts`]; keep the best statement
//!    of each document.
//! 2. The origin is the earliest of the strong matches. From it, look for
//!    still older statements that it repeats (a reporter quoting a
//!    spokesperson who was quoting a briefing), a few rounds deep.
//! 3. Between the origin and the query, the strong matches that are at least
//!    as close to the query as the origin is, and come from another outlet
//!    than the origin, are the intermediaries who repeated it.
//! 4. Each hop is classified against the one before it ([`classify`]).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::align::lcs_len;
use crate::classify::{classify, Difference, Version};
use crate::similarity::{
    best_parts, best_parts_prepared, best_source_parts_prepared, core_containment, prepare_parts,
};
use crate::statement::{speaker_kind_of_name, SpeakerKind, Statement, StatementKind};
use crate::text::words;

#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    #[error("reading candidates: {0}")]
    Source(String),
}

/// Where candidate statements come from.
pub trait CandidateSource {
    /// Statements sharing words with `text`, best first, at most `limit`,
    /// dated on or before `before` when it is given (undated ones included).
    fn candidates(
        &self,
        text: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError>;

    /// Every statement of one document.
    fn statements_in(&self, doc_id: &str) -> Result<Vec<Statement>, TraceError>;

    /// Statements holding any of the retrieval `terms`
    /// ([`crate::matching::match_terms`]), the likeliest first, at most
    /// `limit`, with their documents' standfirsts and the index statistics
    /// that [`crate::matching::match_statement`] scores them with.
    fn match_units(
        &self,
        terms: &[String],
        limit: usize,
    ) -> Result<crate::matching::MatchUnits, TraceError>;
}

#[derive(Debug, Clone, Default)]
pub struct TraceQuery {
    pub text: String,
    /// The document the quote was read in (excluded from its own sources).
    pub doc_id: Option<String>,
    /// The date it was said or published.
    pub date: Option<String>,
    pub speaker: Option<String>,
    /// Only sources dated on or before this.
    pub before: Option<String>,
}

#[derive(Debug, Clone)]
pub struct TraceOptions {
    /// Candidates retrieved per search.
    pub candidate_limit: usize,
    /// Minimum similarity for a statement to count as the same words.
    pub match_threshold: f32,
    /// An origin must score at least this share of the best match.
    pub origin_relative: f32,
    /// Rounds of "whom was the origin repeating?".
    pub max_rounds: usize,
    /// With no document given, treat the latest stored statement that says
    /// exactly these words as the queried one.
    pub resolve_query: bool,
}

impl Default for TraceOptions {
    fn default() -> Self {
        TraceOptions {
            candidate_limit: 40,
            match_threshold: 0.55,
            origin_relative: 0.75,
            max_rounds: 3,
            resolve_query: true,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Origin {
    pub doc_id: String,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// Code-point span of `text` in the origin document.
    pub span: SpanOut,
    /// Similarity to the queried statement.
    pub score: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    /// Absent for a query given as bare words.
    pub doc_id: Option<String>,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub text: String,
    pub span: Option<SpanOut>,
    /// Similarity to the previous hop (the origin: to the queried statement).
    pub score: f32,
    pub differences: Vec<Difference>,
    /// The words compared with the previous hop (the best-matching
    /// sentences of the two statements), for side-by-side display.
    #[serde(skip)]
    pub compared: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CandidateOut {
    pub doc_id: String,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub text: String,
    /// Similarity to the queried statement.
    pub score: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct TraceResult {
    pub query: String,
    pub origin: Option<Origin>,
    pub chain: Vec<Hop>,
    pub candidates: Vec<CandidateOut>,
}

impl TraceResult {
    /// Documents in the order they are proposed as the origin: the origin,
    /// the rest of the chain, then the other candidates by score.
    pub fn ranked_origins(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if let Some(o) = &self.origin {
            out.push(&o.doc_id);
        }
        let n = self.chain.len().saturating_sub(1);
        for h in self.chain.iter().take(n) {
            if let Some(d) = &h.doc_id {
                if !out.contains(&d.as_str()) {
                    out.push(d);
                }
            }
        }
        for c in &self.candidates {
            if !out.contains(&c.doc_id.as_str()) {
                out.push(&c.doc_id);
            }
        }
        out
    }
}

#[derive(Debug, Clone)]
struct Match {
    st: Statement,
    /// Similarity to the text it was found from.
    score: f32,
    /// [`core_containment`] of that text in this statement.
    core: f32,
}

/// Statements of other documents that say the same as `text`, best per
/// document, dated on or before `before`.
fn matches_of(
    source: &dyn CandidateSource,
    text: &str,
    before: Option<&str>,
    exclude: &HashSet<String>,
    opts: &TraceOptions,
) -> Result<Vec<Match>, TraceError> {
    let mut best: HashMap<String, Match> = HashMap::new();
    let query_parts = prepare_parts(text);
    for st in source.candidates(text, before, opts.candidate_limit)? {
        if exclude.contains(&st.doc_id) {
            continue;
        }
        if let (Some(b), Some(d)) = (before, st.date.as_deref()) {
            if d > b {
                continue;
            }
        }
        // Claims repeat the words of a quote or sentence (sometimes without
        // the frame that hedged them): trace quotes and sentences.
        if st.kind == StatementKind::Claim {
            continue;
        }
        let (score, qpart, cpart) = best_source_parts_prepared(&query_parts, &st.text);
        if score < opts.match_threshold {
            continue;
        }
        let core = core_containment(qpart, cpart);
        // The statement of a document that best keeps the quote's words
        // (a reported clause may have lost the words around it).
        let better = best.get(&st.doc_id).is_none_or(|m| {
            let (a, b) = (score + core, m.score + m.core);
            a > b + 1e-6
                || (a > b - 1e-6
                    && st.kind == StatementKind::Quote
                    && m.st.kind != StatementKind::Quote)
        });
        if better {
            best.insert(st.doc_id.clone(), Match { st, score, core });
        }
    }
    let mut v: Vec<Match> = best.into_values().collect();
    v.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.st.doc_id.cmp(&b.st.doc_id))
    });
    Ok(v)
}

/// The earliest dated match among the strong ones that keep as much of
/// the quote's unchanged words as the best of them do.
fn earliest_strong(ms: &[Match], opts: &TraceOptions) -> Option<usize> {
    let top = ms.iter().map(|m| m.score).fold(0.0f32, f32::max);
    let floor = opts.match_threshold.max(top * opts.origin_relative);
    let strong = |m: &Match| m.score >= floor && m.st.date.is_some();
    let top_core = ms
        .iter()
        .filter(|m| strong(m))
        .map(|m| m.core)
        .fold(0.0f32, f32::max);
    ms.iter()
        .enumerate()
        .filter(|(_, m)| strong(m) && m.core >= top_core - 0.02)
        .min_by(|(_, a), (_, b)| {
            a.st.date
                .cmp(&b.st.date)
                .then(b.score.total_cmp(&a.score))
                .then(a.st.doc_id.cmp(&b.st.doc_id))
        })
        .map(|(i, _)| i)
}

/// Traces `query` back to its origin.
pub fn trace(
    source: &dyn CandidateSource,
    query: &TraceQuery,
    opts: &TraceOptions,
) -> Result<TraceResult, TraceError> {
    let mut query = query.clone();
    let mut query_stmt = resolve_in_document(source, &query)?;
    if query.date.is_none() {
        query.date = query_stmt.as_ref().and_then(|s| s.date.clone());
    }
    let bound = query.before.clone().or_else(|| query.date.clone());
    let mut exclude: HashSet<String> = query.doc_id.iter().cloned().collect();
    let mut first = matches_of(source, &query.text, bound.as_deref(), &exclude, opts)?;

    if query.doc_id.is_none() && opts.resolve_query {
        // Bare words: the latest statement that says exactly them is the
        // one being asked about.
        let query_words = words(&query.text);
        let verbatim = |st: &Statement| {
            let n = query_words.len().max(1) as f32;
            lcs_len(&query_words, &words(&st.text)) as f32 / n >= 0.95
        };
        let latest = first
            .iter()
            .enumerate()
            .filter(|(_, m)| m.st.date.is_some() && verbatim(&m.st))
            .max_by(|(_, a), (_, b)| a.st.date.cmp(&b.st.date).then(a.score.total_cmp(&b.score)))
            .map(|(i, _)| i);
        if let Some(i) = latest {
            let m = first.remove(i);
            query.doc_id = Some(m.st.doc_id.clone());
            query.date = m.st.date.clone();
            if query.speaker.is_none() {
                query.speaker = m.st.speaker.clone();
            }
            exclude.insert(m.st.doc_id.clone());
            let qdate = query.date.clone();
            first.retain(|x| match (&x.st.date, &qdate) {
                (Some(d), Some(q)) => d <= q,
                _ => true,
            });
            query_stmt = Some(m.st);
        }
    }

    let query_hop = |differences: Vec<Difference>, score: f32, compared| Hop {
        doc_id: query.doc_id.clone(),
        date: query.date.clone(),
        speaker: query
            .speaker
            .clone()
            .or_else(|| query_stmt.as_ref().and_then(|s| s.speaker.clone())),
        source: query_stmt.as_ref().and_then(|s| s.source.clone()),
        text: query_stmt
            .as_ref()
            .map_or_else(|| query.text.clone(), |s| s.text.clone()),
        span: query_stmt.as_ref().map(|s| SpanOut {
            start: s.start,
            end: s.end,
        }),
        score,
        differences,
        compared,
    };
    let query_version_speaker = query
        .speaker
        .clone()
        .or_else(|| query_stmt.as_ref().and_then(|s| s.speaker.clone()));
    let query_kind = match (&query.speaker, &query_stmt) {
        (Some(n), _) => speaker_kind_of_name(n),
        (None, Some(s)) => s.speaker_kind,
        _ => SpeakerKind::Unknown,
    };
    let query_text = query_stmt
        .as_ref()
        .map_or_else(|| query.text.clone(), |s| s.text.clone());

    let Some(oi) = earliest_strong(&first, opts) else {
        let candidates = first.iter().map(candidate_out).collect();
        return Ok(TraceResult {
            query: query.text.clone(),
            origin: None,
            chain: vec![query_hop(Vec::new(), 1.0, None)],
            candidates,
        });
    };
    let origin1 = first[oi].clone();

    // Older sources the origin itself repeats.
    let mut older: Vec<Match> = Vec::new();
    let mut seen: HashSet<String> = exclude.clone();
    seen.extend(first.iter().map(|m| m.st.doc_id.clone()));
    let mut cur = origin1.st.clone();
    for _ in 0..opts.max_rounds {
        let Some(cur_date) = cur.date.clone() else {
            break;
        };
        // Words that say they repeat someone ("was called a crime by the
        // administration") are worth following to a looser match; other
        // statements only to an older, near-verbatim one.
        let relays = relays_someone(&cur.text);
        let round_opts = TraceOptions {
            match_threshold: if relays {
                opts.match_threshold.min(0.45)
            } else {
                opts.match_threshold.max(0.8)
            },
            ..opts.clone()
        };
        let mut ms = matches_of(source, &cur.text, Some(&cur_date), &seen, &round_opts)?;
        if !relays {
            ms.retain(|m| m.core >= 0.9);
        }
        let Some(i) = earliest_strong(&ms, &round_opts) else {
            break;
        };
        let m = ms[i].clone();
        if m.st.date.as_deref().is_none_or(|d| d >= cur_date.as_str()) {
            break;
        }
        seen.extend(ms.iter().map(|x| x.st.doc_id.clone()));
        cur = m.st.clone();
        older.push(m);
    }
    older.reverse();

    // Intermediaries between the first-round origin and the query.
    let origin_sim = origin1.score;
    let mut middle: Vec<&Match> = first
        .iter()
        .filter(|m| {
            m.st.doc_id != origin1.st.doc_id
                && m.score >= origin_sim - 0.02
                && m.score >= opts.match_threshold.max(0.8)
                && m.st.date.is_some()
                && m.st.date > origin1.st.date
                && m.st.source != origin1.st.source
        })
        .collect();
    middle.sort_by(|a, b| {
        a.st.date
            .cmp(&b.st.date)
            .then(a.st.doc_id.cmp(&b.st.doc_id))
    });

    let mut path: Vec<Statement> = older.iter().map(|m| m.st.clone()).collect();
    path.push(origin1.st.clone());
    path.extend(middle.iter().map(|m| m.st.clone()));

    let mut chain: Vec<Hop> = Vec::new();
    for (k, st) in path.iter().enumerate() {
        let (score, differences, compared) = if k == 0 {
            let (s, _, _) = best_parts(&query_text, &st.text);
            (s, Vec::new(), None)
        } else {
            compare(source, &path[k - 1], st)
        };
        chain.push(Hop {
            doc_id: Some(st.doc_id.clone()),
            date: st.date.clone(),
            speaker: st.speaker.clone(),
            source: st.source.clone(),
            text: st.text.clone(),
            span: Some(SpanOut {
                start: st.start,
                end: st.end,
            }),
            score,
            differences,
            compared,
        });
    }
    let last = path.last().cloned().unwrap_or_else(|| origin1.st.clone());
    let last_text = with_hedging_frame(source, &last);
    let query_framed = query_stmt
        .as_ref()
        .map_or_else(|| query_text.clone(), |q| with_hedging_frame(source, q));
    let (s, old_part, new_part) = best_parts(&last_text, &query_framed);
    let differences = classify(
        &Version {
            text: old_part,
            speaker: last.speaker.as_deref(),
            speaker_kind: last.speaker_kind,
        },
        &Version {
            text: new_part,
            speaker: query_version_speaker.as_deref(),
            speaker_kind: query_kind,
        },
    );
    chain.push(query_hop(
        differences,
        s,
        Some((old_part.to_string(), new_part.to_string())),
    ));

    let origin_st = path.first().cloned().unwrap_or_else(|| origin1.st.clone());
    let origin = Origin {
        doc_id: origin_st.doc_id.clone(),
        date: origin_st.date.clone(),
        speaker: origin_st.speaker.clone(),
        source: origin_st.source.clone(),
        title: origin_st.title.clone(),
        text: origin_st.text.clone(),
        span: SpanOut {
            start: origin_st.start,
            end: origin_st.end,
        },
        score: best_parts(&query_text, &origin_st.text).0,
    };
    let on_chain: HashSet<&str> = path.iter().map(|s| s.doc_id.as_str()).collect();
    let candidates = first
        .iter()
        .filter(|m| !on_chain.contains(m.st.doc_id.as_str()))
        .map(candidate_out)
        .collect();
    Ok(TraceResult {
        query: query.text.clone(),
        origin: Some(origin),
        chain,
        candidates,
    })
}

/// Whether words say they repeat someone else's: "according to", "quoted",
/// or a passive report with its agent ("was called a crime by the
/// administration"). A plain "said" is not enough ("That said, ...").
fn relays_someone(text: &str) -> bool {
    const PASSIVE: &[&str] = &[
        "called",
        "described",
        "labelled",
        "labeled",
        "branded",
        "termed",
        "declared",
        "named",
    ];
    let ws = words(text);
    ws.iter().enumerate().any(|(i, w)| {
        let next = ws.get(i + 1).map(|n| n.norm.as_str());
        match w.norm.as_str() {
            "according" => next == Some("to"),
            "quoted" | "quoting" => true,
            v if PASSIVE.contains(&v) => ws.iter().skip(i + 1).take(8).any(|n| n.norm == "by"),
            _ => false,
        }
    })
}

/// The statement with the part of its frame that belongs to the words:
/// "I believe that X" or "I hope X" is reported as the quote X, but the
/// belief or the first-person frame is part of what was said. The last
/// words of the sentence before the statement are kept from the first
/// first-person pronoun or hedge among them.
fn with_hedging_frame(source: &dyn CandidateSource, st: &Statement) -> String {
    if st.kind == StatementKind::Sentence {
        return st.text.clone();
    }
    let Ok(all) = source.statements_in(&st.doc_id) else {
        return st.text.clone();
    };
    let sentence = all
        .iter()
        .find(|s| s.kind == StatementKind::Sentence && s.start <= st.start && s.end >= st.end);
    let Some(sentence) = sentence else {
        return st.text.clone();
    };
    let prefix: String = sentence
        .text
        .chars()
        .take(st.start.saturating_sub(sentence.start))
        .collect();
    let ws = words(&prefix);
    let tail_from = ws.len().saturating_sub(6);
    let tail = &ws[tail_from..];
    let first_person = tail
        .iter()
        .position(|w| matches!(w.norm.as_str(), "i" | "we"));
    let hedge = crate::classify::hedges(tail).first().map(|h| h.0);
    let from = match (first_person, hedge) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => return st.text.clone(),
    };
    let at = tail.get(from).map_or(prefix.len(), |w| w.start);
    if first_person.is_some() {
        // First-person reported speech: the rest of the sentence is the
        // speaker's words too ("I hope X, although Y").
        return sentence.text.get(at..).unwrap_or(&st.text).to_string();
    }
    format!("{}{}", prefix.get(at..).unwrap_or(""), st.text)
}

fn compare(
    source: &dyn CandidateSource,
    old: &Statement,
    new: &Statement,
) -> (f32, Vec<Difference>, Option<(String, String)>) {
    let (old_text, new_text) = (
        with_hedging_frame(source, old),
        with_hedging_frame(source, new),
    );
    let (s, a, b) = best_parts(&old_text, &new_text);
    let d = classify(
        &Version {
            text: a,
            speaker: old.speaker.as_deref(),
            speaker_kind: old.speaker_kind,
        },
        &Version {
            text: b,
            speaker: new.speaker.as_deref(),
            speaker_kind: new.speaker_kind,
        },
    );
    (s, d, Some((a.to_string(), b.to_string())))
}

fn candidate_out(m: &Match) -> CandidateOut {
    CandidateOut {
        doc_id: m.st.doc_id.clone(),
        date: m.st.date.clone(),
        speaker: m.st.speaker.clone(),
        source: m.st.source.clone(),
        text: m.st.text.clone(),
        score: m.score,
    }
}

/// The statement of the query's own document that holds the quoted words
/// (for its speaker and exact span), when a document is named.
fn resolve_in_document(
    source: &dyn CandidateSource,
    query: &TraceQuery,
) -> Result<Option<Statement>, TraceError> {
    let Some(doc) = &query.doc_id else {
        return Ok(None);
    };
    let statements = source.statements_in(doc)?;
    // A long transcript holds thousands of statements: a cheap count of
    // shared words picks those worth scoring (a statement that scores 0.5
    // shares far more than a third of the query's words).
    let lower_words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let query_words: HashSet<String> = lower_words(&query.text).into_iter().collect();
    let needed = query_words.len().div_ceil(3);
    let query_parts = prepare_parts(&query.text);
    let mut best: Option<(f32, Statement)> = None;
    for st in statements {
        let mut seen: HashSet<String> = HashSet::new();
        for w in lower_words(&st.text) {
            if query_words.contains(&w) {
                seen.insert(w);
            }
        }
        if seen.len() < needed {
            continue;
        }
        let (s, _, _) = best_parts_prepared(&query_parts, &st.text);
        let better = best.as_ref().is_none_or(|(b, bst)| {
            s > *b + 1e-6
                || (s > *b - 1e-6
                    && st.kind == StatementKind::Quote
                    && bst.kind != StatementKind::Quote)
        });
        if better {
            best = Some((s, st));
        }
    }
    Ok(best.filter(|(s, _)| *s >= 0.5).map(|(_, mut st)| {
        // The words asked about are the query's, even if the document's
        // statement around them is longer.
        st.text = query.text.clone();
        st
    }))
}
