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
use crate::embed::StaticEmbedder;
use crate::matching::parse_day;
use crate::quoted_words::{
    distinctive_fragment, holds_fragment, take_turn_speaker, versions_by_quoted_words,
};
use crate::similarity::{
    best_parts, best_parts_prepared, best_source_parts, core_containment, prepare_parts,
};
use crate::statement::{speaker_kind_of_name, SpeakerKind, Statement, StatementKind};
use crate::text::words;
use claimtrace_lexicon::EN;

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

    /// The statements of one document that reach into the code-point span
    /// `start..=end`, in document order.
    fn statements_around(
        &self,
        doc_id: &str,
        start: usize,
        end: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        let mut all = self.statements_in(doc_id)?;
        all.retain(|st| st.end >= start && st.start <= end);
        Ok(all)
    }

    /// Statements that say `words` as one run (a phrase search), the
    /// latest first, at most `limit`, dated on or before `before` when it
    /// is given. The default asks [`candidates`](Self::candidates), which
    /// ranks by shared terms; the caller checks the run either way.
    fn statements_saying(
        &self,
        words: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        self.candidates(words, before, limit)
    }

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
            match_threshold: 0.65,
            max_rounds: 2,
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
    /// The same words as its parent, carried on by another document.
    pub reprint: bool,
    /// The document of the version this one repeats (absent for the origin).
    pub parent: Option<String>,
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
    /// The earliest version the query descends from; `None` when nothing
    /// earlier in the corpus says the same.
    pub origin: Option<Origin>,
    /// How sure the origin is, 0..1: the weakest link of the chain.
    pub confidence: f32,
    /// From the origin to the queried words, oldest first.
    pub chain: Vec<Hop>,
    /// Other versions found, each with the `parent` it repeats: the chain
    /// and the branches together are the tree of who repeated whom.
    pub branches: Vec<Hop>,
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

/// One version of the statement found in the corpus: a node of the trace.
#[derive(Debug, Clone)]
struct Node {
    st: Statement,
    /// Similarity to the queried words.
    to_query: f32,
}

/// How well `older` can be the source of `newer`'s words: the lexical
/// source score over the parts of both ([`best_source_parts`]), and for a
/// long quote that holds the older words among others ("As for X, ... when
/// the use of Y was called a crime ..."), the share of the older words
/// found in order in it.
fn link_score(newer: &str, older: &str) -> f32 {
    let (s, _, _) = best_source_parts(newer, older);
    let (wn, wo) = (words(newer), words(older));
    let held = if wo.len() >= 8 && wn.len() > wo.len() {
        // Only the older statement's non-trivial words count: a short
        // sentence of function words is held by any long quote.
        let content = wo
            .iter()
            .filter(|w| !crate::text::is_stop_word(&w.norm))
            .count();
        if content >= 5 {
            0.9 * crate::similarity::windowed_lcs(&wo, &wn) as f32 / wo.len() as f32
        } else {
            0.0
        }
    } else {
        0.0
    };
    s.max(held).max(relayed_held(newer, older))
}

/// Whether `newer` repeats `older`'s words: in their best-matching parts,
/// nothing but hedges, numbers, negations and function words is replaced
/// (a cut or an addition at either end is still a repetition). "Thank you
/// for this invitation" does not repeat "thank you for this opportunity".
fn same_words(newer: &str, older: &str) -> bool {
    let (_, a, b) = best_parts(older, newer);
    let (wo, wn) = (words(a), words(b));
    let content = |ws: &[crate::text::Word]| {
        ws.iter()
            .any(|w| !crate::text::is_stop_word(&w.norm) && !crate::classify::is_changeable_word(w))
    };
    crate::align::diff(&wo, &wn).iter().all(|op| match op {
        crate::align::DiffOp::Replace { old, new } => {
            !(content(&wo[old.clone()]) && content(&wn[new.clone()]))
        }
        _ => true,
    })
}

/// The number of distinct retrieval terms two texts share.
fn shared_terms(a: &str, b: &str) -> usize {
    let ta: HashSet<String> = crate::text::terms(a).into_iter().collect();
    crate::text::terms(b)
        .into_iter()
        .collect::<HashSet<String>>()
        .intersection(&ta)
        .count()
}

/// Whether a statement says exactly the query's words: all of them, in
/// order, as one run (the statement may be longer at either end, but
/// "practically one people" does not say "one people").
fn says_exactly(query: &[crate::text::Word], statement: &[crate::text::Word]) -> bool {
    use crate::align::DiffOp;
    if query.is_empty() {
        return false;
    }
    let ops = crate::align::diff(query, statement);
    let inner = ops
        .iter()
        .skip_while(|op| matches!(op, DiffOp::Insert { .. }))
        .collect::<Vec<_>>();
    let n = inner
        .iter()
        .rposition(|op| !matches!(op, DiffOp::Insert { .. }))
        .map_or(0, |i| i + 1);
    let kept: usize = inner[..n]
        .iter()
        .map(|op| match op {
            DiffOp::Equal { old, .. } => old.len(),
            _ => 0,
        })
        .sum();
    let gaps = inner[..n]
        .iter()
        .filter(|op| !matches!(op, DiffOp::Equal { .. }))
        .count();
    gaps == 0 && kept == query.len()
}

/// Whether `newer` is `older` with at most a short frame before it ("We
/// had thought", "Therefore,") and nothing added after it.
fn framed_only(newer: &str, older: &str) -> bool {
    use crate::align::DiffOp;
    let ops = crate::align::diff(&words(older), &words(newer));
    let head_ok = match ops.first() {
        Some(DiffOp::Insert { new, .. }) => new.len() <= 4,
        _ => true,
    };
    let tail_ok = ops.len() < 2 || !matches!(ops.last(), Some(DiffOp::Insert { .. }));
    head_ok && tail_ok
}

/// [`link_score`] fused with the cosine of static sentence embeddings
/// ([`crate::embed`]): another translation or a paraphrase keeps the
/// meaning but not the words, and the cosine carries it. The lexical score
/// cosine's excess over what unrelated text on the same subject reaches is
/// added to the lexical score, and its shortfall taken off (words that
/// match by chance in text that means something else).
fn fused_link(newer: &str, meaning: &QueryMeaning, older: &str) -> f32 {
    let lexical = link_score(newer, older).max(many_shared_terms(&meaning.terms, older));
    let cos = StaticEmbedder::cosine(&meaning.vec, &StaticEmbedder::shared().embed(older));
    // Above 1 when the words and the meaning agree: kept for ranking,
    // clamped where a score is shown.
    lexical + SEMANTIC_WEIGHT * (cos - SEMANTIC_FLOOR)
}

/// For a long quote, another translation that keeps half its content
/// words (ten or more: "fundamental concerns ... NATO expansion ...
/// weapons near Russia's borders ... infrastructure in Europe ... 1997")
/// says the same even where the order and the other words differ, which
/// the ordered scores miss: [`MANY_SHARED_SCORE`], else 0. So many rare
/// words are not shared by chance.
fn many_shared_terms(newer_terms: &HashSet<String>, older: &str) -> f32 {
    if newer_terms.len() < 2 * MANY_SHARED_TERMS {
        return 0.0;
    }
    let older_terms: HashSet<String> = crate::text::terms(older).into_iter().collect();
    let shared = newer_terms.intersection(&older_terms).count();
    if shared >= MANY_SHARED_TERMS && 2 * shared >= newer_terms.len() {
        MANY_SHARED_SCORE
    } else {
        0.0
    }
}

/// What [`fused_link`] reads of the newer text, made once per query: its
/// static sentence embedding and its distinct retrieval terms.
struct QueryMeaning {
    vec: Vec<f32>,
    terms: HashSet<String>,
}

impl QueryMeaning {
    fn of(text: &str) -> Self {
        QueryMeaning {
            vec: StaticEmbedder::shared().embed(text),
            terms: crate::text::terms(text).into_iter().collect(),
        }
    }
}

/// See [`many_shared_terms`].
const MANY_SHARED_TERMS: usize = 10;
const MANY_SHARED_SCORE: f32 = 0.6;

/// Weight of the cosine's excess over [`SEMANTIC_FLOOR`] in [`fused_link`].
const SEMANTIC_WEIGHT: f32 = 0.5;
/// The cosine that statements on the same subject that say something
/// else reach (static embeddings run high).
const SEMANTIC_FLOOR: f32 = 0.75;

/// For words that say they repeat someone ("X was called a crime by the
/// administration"), the share of what they relay, without the relaying
/// frame, found in order in `older` ("the use of X would potentially be a
/// war crime" holds "the use of X ... a war crime").
fn relayed_held(newer: &str, older: &str) -> f32 {
    let ws = words(newer);
    let frame = relay_frame(&ws);
    if frame.is_empty() {
        return 0.0;
    }
    let core: Vec<crate::text::Word> = ws
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !frame.contains(i))
        .map(|(_, w)| w)
        .collect();
    if core.len() < 6 {
        return 0.0;
    }
    0.9 * lcs_len(&core, &words(older)) as f32 / core.len() as f32
}

/// Whether `word` and the one after it open a phrase that relays someone
/// else's words ("according to").
fn opens_relaying_phrase(word: &str, next: Option<&str>) -> bool {
    next.is_some_and(|next| {
        EN.trace
            .relaying_phrases
            .iter()
            .any(|&(first, second)| first == word && second == next)
    })
}

/// Whether a word names the agent of a passive after it ("by").
fn is_agent_preposition(word: &str) -> bool {
    EN.trace.agent_prepositions.contains(&word)
}

/// Word indices of a relaying frame: a passive report verb with its
/// auxiliary ("was called") and its agent ("by the US administration
/// itself"), or "according to X".
fn relay_frame(ws: &[crate::text::Word]) -> Vec<usize> {
    let lex = EN.trace;
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let n = w.norm.as_str();
        if lex.passive_report_verbs.contains(&n) {
            if let Some(by) =
                (i + 1..ws.len().min(i + 9)).find(|&k| is_agent_preposition(&ws[k].norm))
            {
                out.push(i);
                if i > 0 && lex.passive_auxiliaries.contains(&ws[i - 1].norm.as_str()) {
                    out.push(i - 1);
                }
                out.extend(by..ws.len().min(by + 6));
            }
        } else if opens_relaying_phrase(n, ws.get(i + 1).map(|x| x.norm.as_str())) {
            out.extend(i..ws.len().min(i + 5));
        }
    }
    out
}

/// Statements of other documents that say the same as `text`, best per
/// document, dated on or before `before`, scored with [`link_score`].
fn versions_of(
    source: &dyn CandidateSource,
    text: &str,
    before: Option<&str>,
    exclude: &HashSet<String>,
    threshold: f32,
    semantic: bool,
    opts: &TraceOptions,
) -> Result<Vec<Match>, TraceError> {
    let mut best: HashMap<String, Match> = HashMap::new();
    let meaning = semantic.then(|| QueryMeaning::of(text));
    for st in source.candidates(text, before, opts.candidate_limit)? {
        if exclude.contains(&st.doc_id) || st.kind == StatementKind::Claim {
            continue;
        }
        if let (Some(b), Some(d)) = (before, st.date.as_deref()) {
            if d > b {
                continue;
            }
        }
        let score = match &meaning {
            Some(meaning) => fused_link(text, meaning, &st.text),
            None => link_score(text, &st.text),
        };
        if score < threshold {
            continue;
        }
        let (_, qpart, cpart) = best_source_parts(text, &st.text);
        let core = core_containment(qpart, cpart);
        // A quote says who said the words: it is preferred to the sentence
        // or passage around it unless that matches clearly better.
        let weight = |st: &Statement, x: f32| {
            if st.kind == StatementKind::Quote && st.speaker.is_some() {
                x + QUOTE_PREFERENCE
            } else {
                x
            }
        };
        let better = best
            .get(&st.doc_id)
            .is_none_or(|m| weight(&st, score + core) > weight(&m.st, m.score + m.core) + 1e-6);
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

/// Adds versions found another way to `first` (one per document: the
/// better scored), best first.
fn add_versions(first: &mut Vec<Match>, found: Vec<(Statement, f32)>) {
    for (st, score) in found {
        match first.iter_mut().find(|m| m.st.doc_id == st.doc_id) {
            Some(m) if m.score >= score => {}
            Some(m) => {
                *m = Match {
                    st,
                    score,
                    core: 0.0,
                }
            }
            None => first.push(Match {
                st,
                score,
                core: 0.0,
            }),
        }
    }
    first.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.st.doc_id.cmp(&b.st.doc_id))
    });
}

/// A stock formula ("the presidents agreed to continue contacts at various
/// levels"), said on many occasions over the years ([`is_formula`]), is not
/// repeated from the first of them: when a version was said in the days
/// before the query, the query reports that occasion, and the older
/// versions leave its chain (they can neither be the query's parent nor
/// any version's). The caller leaves out quotes that say they relay
/// someone.
fn keep_the_occasion(
    nodes: &[Node],
    eligible: &mut [Option<f32>],
    parent: &mut [Option<(usize, f32)>],
    query_day: i64,
    threshold: f32,
) {
    if !is_formula(nodes, query_day, threshold) {
        return;
    }
    let recent = |node: &Node| {
        node.st
            .date
            .as_deref()
            .and_then(parse_day)
            .is_some_and(|d| (0..=RECENT_DAYS).contains(&(query_day - d)))
    };
    let any_recent = nodes
        .iter()
        .zip(eligible.iter())
        .any(|(node, e)| recent(node) && e.is_some_and(|e| e >= threshold));
    if !any_recent {
        return;
    }
    for (node, e) in nodes.iter().zip(eligible.iter_mut()) {
        if !recent(node) {
            *e = None;
        }
    }
    for link in parent.iter_mut() {
        if link.is_some_and(|(p, _)| !recent(&nodes[p])) {
            *link = None;
        }
    }
}

/// Whether the versions found say a stock formula: at least
/// [`FORMULA_OCCASIONS`] documents, over more than a year, each saying
/// the query's words nearly as they are (not one claim repeated by the
/// people who relay it, whose versions are few or close in time).
fn is_formula(nodes: &[Node], query_day: i64, threshold: f32) -> bool {
    let days: Vec<i64> = nodes
        .iter()
        .filter(|node| node.to_query >= threshold.max(FORMULA_SIMILARITY))
        .filter_map(|node| node.st.date.as_deref().and_then(parse_day))
        .filter(|d| *d <= query_day)
        .collect();
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return false;
    };
    days.len() >= FORMULA_OCCASIONS && last - first > 365
}

/// See [`is_formula`].
const FORMULA_OCCASIONS: usize = 4;
const FORMULA_SIMILARITY: f32 = 0.7;

/// How much worse (score + core) an attributed quote may match than the
/// sentence holding it and still be the version taken from its document.
const QUOTE_PREFERENCE: f32 = 0.1;

/// Versions linked to an older one need this much similarity, unless the
/// newer words say they repeat someone ([`relays_someone`]): then
/// [`RELAY_THRESHOLD`].
const OLDER_THRESHOLD: f32 = 0.8;
const RELAY_THRESHOLD: f32 = 0.45;
/// Bonuses to a version's similarity to the query, when it is chosen as
/// the version the query repeats: the same speaker (by surname, in the
/// statement's speaker or its document's title), said within
/// [`RECENT_DAYS`] before the query.
const SPEAKER_BONUS: f32 = 0.06;
const SPEAKER_PENALTY: f32 = 0.05;
const RECENCY_BONUS: f32 = 0.04;
const CONTEXT_BONUS_MAX: f32 = SPEAKER_BONUS + RECENCY_BONUS;
const RECENT_DAYS: i64 = 7;

/// How strongly a version is the one the query repeats: its similarity,
/// with the context bonuses.
fn evidence(to_query: f32, st: &Statement, speaker: Option<&str>, query_day: Option<i64>) -> f32 {
    let mut e = to_query;
    match speaker.map(|s| speaker_agrees(s, st)) {
        Some(Some(true)) => e += SPEAKER_BONUS,
        // Words given to someone else weigh a little less (not much: a
        // widened or wrong attribution is what tracing is for).
        Some(Some(false)) => e -= SPEAKER_PENALTY,
        _ => {}
    }
    let day = st.date.as_deref().and_then(parse_day);
    if let (Some(q), Some(d)) = (query_day, day) {
        if (0..=RECENT_DAYS).contains(&(q - d)) {
            e += RECENCY_BONUS;
        }
    }
    e
}

/// Whether the speaker's surname (its first letters, for spellings such
/// as Zelensky/Zelenskyy/Zelenskiy) names the statement's speaker or is in
/// its document's title: `Some(true)`; `Some(false)` when the statement
/// names a person speaker who is someone else; `None` when it cannot say.
fn speaker_agrees(speaker: &str, st: &Statement) -> Option<bool> {
    let surname = speaker.split_whitespace().last()?;
    let stem: String = surname.to_lowercase().chars().take(6).collect();
    if stem.chars().count() < 4 {
        return None;
    }
    let named = [st.speaker.as_deref(), st.title.as_deref()]
        .into_iter()
        .flatten()
        .any(|t| t.to_lowercase().contains(&stem));
    if named {
        Some(true)
    } else if st.speaker.is_some() && st.speaker_kind == SpeakerKind::Person {
        Some(false)
    } else if st.speaker.is_none() {
        // "Speech by the President of Ukraine in the Cortes Generales":
        // the record's words are the office holder's on its day.
        title_office_holder(st).map(|holder| holder.to_lowercase().contains(&stem))
    } else {
        None
    }
}

/// The holder, on the statement's day, of an office that its document's
/// title names as the author ("Address by the President of the Russian
/// Federation", "Speech by the President of Ukraine ..."; not "Meeting
/// with the President of Ukraine").
fn title_office_holder(st: &Statement) -> Option<&'static str> {
    let title = st.title.as_deref()?.to_lowercase();
    let day = st.date.as_deref()?;
    let words = EN.trace;
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.office_titles.iter())
        .find_map(|&(phrase, office)| {
            let at = title.find(phrase)?;
            let mut before = title.get(..at)?.split_whitespace().rev();
            let mut last = before.next()?;
            if words.definite_articles.contains(&last) {
                last = before.next()?;
            }
            words
                .agent_prepositions
                .contains(&last)
                .then(|| claimtrace_lexicon::offices::holder_on(office, day))
                .flatten()
        })
}

/// How much better a same-day version must hold the other's words than
/// the reverse to count as its source.
const SAME_DAY_MARGIN: f32 = 0.05;
/// A link this strong is a repetition of the same words.
const NEAR_VERBATIM: f32 = 0.9;
/// Similarities this close are equal: the later version is the parent.
const TIE: f32 = 0.02;
/// Versions taken per round to look for still older ones.
const FRONTIER: usize = 4;
/// At most this many versions in one trace.
const MAX_NODES: usize = 40;
/// A repetition this close to its parent, from another document, is a
/// reprint: the same words carried on, not a hop with differences.
const REPRINT_SIMILARITY: f32 = 0.97;

/// Bare words, no document given: the latest statement that says exactly
/// them is the one being asked about. It leaves the versions, its document
/// is excluded from the sources, and its document, date and speaker become
/// the query's.
fn resolve_bare_words(
    query: &mut TraceQuery,
    first: &mut Vec<Match>,
    exclude: &mut HashSet<String>,
) -> Option<Statement> {
    // Bare words: the latest statement that says exactly them is the
    // one being asked about.
    let query_words = words(&query.text);
    let verbatim = |st: &Statement| says_exactly(&query_words, &words(&st.text));
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
        let mut st = m.st;
        // The words asked about are the query's.
        if words(&st.text).len() > query_words.len() {
            st.text = query.text.clone();
        }
        return Some(st);
    }
    None
}

/// Older versions, round by round: from the best versions found so far
/// (at most [`FRONTIER`] a round, [`opts.max_rounds`](TraceOptions) rounds),
/// still older statements that each one repeats: near-verbatim, or looser
/// when the version says it repeats someone. Each is scored against the
/// query's words.
fn add_older_versions(
    source: &dyn CandidateSource,
    nodes: &mut Vec<Node>,
    exclude: &HashSet<String>,
    query_text: &str,
    query_meaning: &QueryMeaning,
    opts: &TraceOptions,
) -> Result<(), TraceError> {
    let mut seen: HashSet<String> = exclude.clone();
    seen.extend(nodes.iter().map(|n| n.st.doc_id.clone()));
    let mut frontier: Vec<usize> = (0..nodes.len().min(FRONTIER)).collect();
    for _ in 0..opts.max_rounds {
        let mut next = Vec::new();
        for &k in &frontier {
            let st = nodes[k].st.clone();
            let Some(date) = st.date.clone() else {
                continue;
            };
            let threshold = if relays_someone(&st.text) {
                RELAY_THRESHOLD
            } else {
                OLDER_THRESHOLD
            };
            // Older versions must share the words themselves: a meaning
            // repeated years later is not the same statement.
            for m in versions_of(source, &st.text, Some(&date), &seen, threshold, false, opts)? {
                if nodes.len() >= MAX_NODES {
                    break;
                }
                if m.st.date.as_deref().is_none_or(|d| d > date.as_str()) {
                    continue;
                }
                if threshold >= OLDER_THRESHOLD
                    && (m.core < 0.9 || !same_words(&st.text, &m.st.text))
                {
                    continue;
                }
                seen.insert(m.st.doc_id.clone());
                let to_query = fused_link(query_text, query_meaning, &m.st.text);
                nodes.push(Node { st: m.st, to_query });
                next.push(nodes.len() - 1);
            }
        }
        if next.is_empty() {
            break;
        }
        next.truncate(FRONTIER);
        frontier = next;
    }
    Ok(())
}

/// Each version's parent: the earlier version it most resembles, when it
/// repeats it (see the rules inside); `None` for a root. Same-day links
/// only go to a fuller version or from a quote to the words said, so the
/// links never form a cycle.
fn parents_of(nodes: &[Node]) -> Vec<Option<(usize, f32)>> {
    let n = nodes.len();
    let mut parent: Vec<Option<(usize, f32)>> = vec![None; n];
    for x in 0..n {
        let Some(dx) = nodes[x].st.date.as_deref() else {
            continue;
        };
        let threshold = if relays_someone(&nodes[x].st.text) {
            RELAY_THRESHOLD
        } else {
            OLDER_THRESHOLD
        };
        let mut best: Option<(usize, f32)> = None;
        for y in 0..n {
            let Some(dy) = nodes[y].st.date.as_deref() else {
                continue;
            };
            if y == x || dy > dx {
                continue;
            }
            let s = link_score(&nodes[x].st.text, &nodes[y].st.text);
            // The same day: only a fuller version that holds this one's
            // words (and not the reverse) came first, e.g. the transcript
            // of a speech and a report quoting a sentence of it. Longer
            // parents only, so same-day links never form a cycle.
            // Or the words in a document's own text (a speech, a
            // release) and a quote of them in another's.
            if dy == dx {
                let quoted = |k: usize| nodes[k].st.kind == StatementKind::Quote;
                let firsthand = !quoted(y) && quoted(x);
                let back = link_score(&nodes[y].st.text, &nodes[x].st.text);
                let longer = nodes[y].st.text.len() > nodes[x].st.text.len();
                // (A quote is never the same-day source of a document's
                // own text.)
                let quote_over_own = quoted(y) && !quoted(x);
                let fuller = longer && s > back + SAME_DAY_MARGIN && !quote_over_own;
                if !(fuller || (firsthand && s >= NEAR_VERBATIM)) {
                    continue;
                }
            }
            let better = best.is_none_or(|(b, bs)| {
                s > bs + TIE || (s > bs - TIE && nodes[y].st.date > nodes[b].st.date)
            });
            // Without words that say it relays someone, a version repeats
            // an older one only when the older holds all its words.
            // (Or holds the older words whole, with only a frame around
            // them: "We had thought X" and the quote "X".)
            let repeats = (threshold < OLDER_THRESHOLD
                && shared_terms(&nodes[x].st.text, &nodes[y].st.text) >= 3)
                || {
                    let (_, a, b) = best_source_parts(&nodes[x].st.text, &nodes[y].st.text);
                    (core_containment(a, b) >= 0.9 || (s >= 0.9 && framed_only(a, b)))
                        && same_words(&nodes[x].st.text, &nodes[y].st.text)
                };
            if s >= threshold && better && repeats {
                best = Some((y, s));
            }
        }
        parent[x] = best;
    }
    parent
}

/// The query as the trace reads it: its words, the stored statement that
/// says them (when one does), its speaker and date, and what it may not
/// cite (its own document, the statement its words resolved to).
struct ResolvedQuery {
    query: TraceQuery,
    stmt: Option<Statement>,
    text: String,
    speaker: Option<String>,
    kind: SpeakerKind,
    /// Sources are dated on or before this day.
    bound: Option<String>,
    day: Option<i64>,
    exclude: HashSet<String>,
}

impl ResolvedQuery {
    /// How strongly `st` is the version the query repeats ([`evidence`]).
    fn evidence(&self, st: &Statement, to_query: f32) -> f32 {
        evidence(to_query, st, self.speaker.as_deref(), self.day)
    }
}

/// Traces `query` back to its origin.
///
/// 1. The queried words are resolved to the stored statement that says
///    them (its document, date and speaker), when there is one.
/// 2. Versions: statements of other documents, dated on or before the
///    query, that say the same ([`link_score`] at least the match
///    threshold); then, a few rounds deep, older statements that each
///    version repeats (near-verbatim, or looser when the version says it
///    repeats someone: "was called a crime by the administration").
/// 3. Each version attaches to the earlier version it most resembles (a
///    tree: one statement repeated by several outlets); the query to the
///    version it most resembles. The origin is the root above the query;
///    the chain is the path from it to the query; the other versions are
///    branches.
/// 4. Each hop is classified against its parent ([`classify`]); a hop that
///    repeats its parent word for word is a reprint.
pub fn trace(
    source: &dyn CandidateSource,
    query: &TraceQuery,
    opts: &TraceOptions,
) -> Result<TraceResult, TraceError> {
    let (rq, first) = resolve_query_and_versions(source, query, opts)?;
    let query_meaning = QueryMeaning::of(&rq.text);
    // Versions, round by round.
    let mut nodes: Vec<Node> = first
        .iter()
        .map(|m| Node {
            st: m.st.clone(),
            to_query: m.score,
        })
        .collect();
    add_older_versions(
        source,
        &mut nodes,
        &rq.exclude,
        &rq.text,
        &query_meaning,
        opts,
    )?;
    let mut parent = parents_of(&nodes);
    let Some(qp) = query_parent(&rq, &nodes, &mut parent, opts) else {
        return Ok(TraceResult {
            query: rq.query.text.clone(),
            origin: None,
            confidence: 0.0,
            chain: vec![query_hop(
                &rq.query,
                &rq.stmt,
                &rq.text,
                rq.speaker.clone(),
                Vec::new(),
                1.0,
                None,
            )],
            branches: Vec::new(),
            candidates: first.iter().map(candidate_out).collect(),
        });
    };
    let path = path_to_root(&parent, qp);
    let (mut chain, weakest) = chain_along(source, &nodes, &parent, &path);
    if let Some(last) = chain.last() {
        let qhop = query_hop_after(source, &rq, &nodes[qp], last.doc_id.clone());
        chain.push(qhop);
    }
    let branches = branches_off(source, &nodes, &parent, &path);
    let origin = origin_of(&nodes[path[0]]);
    let in_tree: HashSet<&str> = path
        .iter()
        .map(|&i| nodes[i].st.doc_id.as_str())
        .chain(branches.iter().filter_map(|b| b.doc_id.as_deref()))
        .collect();
    let candidates = first
        .iter()
        .filter(|m| !in_tree.contains(m.st.doc_id.as_str()))
        .map(candidate_out)
        .collect();
    Ok(TraceResult {
        query: rq.query.text.clone(),
        origin: Some(origin),
        confidence: weakest.clamp(0.0, 1.0),
        chain,
        branches,
        candidates,
    })
}

/// Step 1 and the first round of step 2: the query resolved to the
/// statement that says it, and the versions that say the same (by their
/// words, and by the words the query quotes when it names a speaker).
fn resolve_query_and_versions(
    source: &dyn CandidateSource,
    query: &TraceQuery,
    opts: &TraceOptions,
) -> Result<(ResolvedQuery, Vec<Match>), TraceError> {
    let mut query = query.clone();
    let mut query_stmt = resolve_in_document(source, &query)?;
    if query.date.is_none() {
        query.date = query_stmt.as_ref().and_then(|s| s.date.clone());
    }
    let bound = query.before.clone().or_else(|| query.date.clone());
    let mut exclude: HashSet<String> = query.doc_id.iter().cloned().collect();
    // Retrieved a little below the threshold: a version that agrees on
    // the speaker and was said in the days before can make up the rest
    // ([`evidence`]).
    let mut first = versions_of(
        source,
        &query.text,
        bound.as_deref(),
        &exclude,
        opts.match_threshold - CONTEXT_BONUS_MAX,
        true,
        opts,
    )?;
    if query.doc_id.is_none() && opts.resolve_query {
        if let Some(st) = resolve_bare_words(&mut query, &mut first, &mut exclude) {
            query_stmt = Some(st);
        }
    }
    let text = query_stmt
        .as_ref()
        .map_or_else(|| query.text.clone(), |s| s.text.clone());
    let speaker = query
        .speaker
        .clone()
        .or_else(|| query_stmt.as_ref().and_then(|s| s.speaker.clone()));
    let kind = match (&query.speaker, &query_stmt) {
        (Some(n), _) => speaker_kind_of_name(n),
        (None, Some(s)) => s.speaker_kind,
        _ => SpeakerKind::Unknown,
    };
    let day = query.date.as_deref().and_then(parse_day);
    let rq = ResolvedQuery {
        query,
        stmt: query_stmt,
        text,
        speaker,
        kind,
        bound,
        day,
        exclude,
    };
    first.retain(|m| rq.evidence(&m.st, m.score) >= opts.match_threshold);
    if let Some(speaker) = rq.speaker.as_deref() {
        let quoted = versions_by_quoted_words(
            source,
            &rq.text,
            rq.bound.as_deref(),
            &rq.exclude,
            |st| speaker_agrees(speaker, st),
            opts.match_threshold,
        )?;
        add_versions(&mut first, quoted);
    }
    let occasion = occasion_versions(source, &rq, &first, opts)?;
    add_versions(&mut first, occasion);
    Ok((rq, first))
}

/// Quotes that one article gives one speaker usually come from one
/// occasion (a news conference, an address, a call): when the query found
/// no version by its words, and its neighbours in its article (quotes of
/// the same speaker a few paragraphs away) trace surely to a document of
/// the week before ([`SIBLING_SURE`]), the statement of that document
/// that stands out as the query's
/// ([`OCCASION_FLOOR`], [`OCCASION_MARGIN`] over every other statement of
/// it) is a version even when another translation or a summary keeps few
/// of its words ("It's clear that we didn't have a choice" for "it is
/// obvious that we had no alternative"). Its score is raised to the
/// threshold: the context, not the words, vouches for it. When no long
/// neighbour traces, a few words the article quotes beside the query (a
/// “lightning fast” response) that one document of the speaker's of that
/// week says word for word name the occasion instead
/// ([`occasion_of_fragments`]).
fn occasion_versions(
    source: &dyn CandidateSource,
    rq: &ResolvedQuery,
    first: &[Match],
    opts: &TraceOptions,
) -> Result<Vec<(Statement, f32)>, TraceError> {
    let (Some(doc_id), Some(speaker), Some(own)) = (
        rq.query.doc_id.as_deref(),
        rq.speaker.as_deref(),
        rq.stmt.as_ref(),
    ) else {
        return Ok(Vec::new());
    };
    // A fallback: only a query that found no version looks for its
    // occasion (it costs one more search).
    if !first.is_empty() {
        return Ok(Vec::new());
    }
    let mut near: Vec<Statement> = source
        .statements_around(
            doc_id,
            own.start.saturating_sub(NEIGHBOURHOOD),
            own.end + NEIGHBOURHOOD,
        )?
        .into_iter()
        .filter(|st| {
            st.kind == StatementKind::Quote
                && (st.end <= own.start || st.start >= own.end)
                && speaker_agrees(speaker, st) == Some(true)
        })
        .collect();
    near.sort_by_key(|st| st.start.abs_diff(own.start));
    near.dedup_by(|a, b| a.text == b.text);
    let (long, short): (Vec<Statement>, Vec<Statement>) = near
        .into_iter()
        .partition(|st| words(&st.text).len() >= SIBLING_MIN_WORDS);
    let mut occasion = occasion_of_neighbours(source, rq, &long, opts)?;
    if occasion.is_none() {
        occasion = occasion_of_fragments(source, rq, speaker, &short)?;
    }
    let occasions: Vec<String> = occasion.into_iter().collect();
    let meaning = QueryMeaning::of(&rq.text);
    let mut out = Vec::new();
    for occasion in &occasions {
        let scored: Vec<(f32, f32, Statement)> = source
            .statements_in(occasion)?
            .into_iter()
            .filter(|st| st.kind != StatementKind::Claim)
            .map(|st| {
                let link = fused_link(&rq.text, &meaning, &st.text);
                (rq.evidence(&st, link), link, st)
            })
            .collect();
        let Some(best) = scored.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
            continue;
        };
        let runner_up = scored
            .iter()
            .filter(|(_, _, st)| st.end <= best.2.start || st.start >= best.2.end)
            .map(|(e, _, _)| *e)
            .fold(f32::MIN, f32::max);
        // The context vouches for the words, not for who said them:
        // words another person is named for are not the query's.
        let someone_else = speaker_agrees(speaker, &best.2) == Some(false);
        if !someone_else && best.1 >= OCCASION_FLOOR && best.0 - runner_up >= OCCASION_MARGIN {
            out.push((best.2.clone(), best.1.max(opts.match_threshold)));
        }
    }
    Ok(out)
}

/// The document the query's long neighbours (see [`occasion_versions`])
/// trace to surely: one search for the nearest [`MAX_SIBLINGS`] together
/// (the document that holds them ranks high on their rare words,
/// whichever of them it holds), each scored against every candidate of
/// the week before the query.
fn occasion_of_neighbours(
    source: &dyn CandidateSource,
    rq: &ResolvedQuery,
    long: &[Statement],
    opts: &TraceOptions,
) -> Result<Option<String>, TraceError> {
    let together: Vec<&str> = long
        .iter()
        .take(MAX_SIBLINGS)
        .map(|st| st.text.as_str())
        .collect();
    if together.is_empty() {
        return Ok(None);
    }
    let meanings: Vec<QueryMeaning> = together.iter().map(|t| QueryMeaning::of(t)).collect();
    let mut occasion: Option<(f32, String)> = None;
    for st in source.candidates(
        &together.join(" "),
        rq.bound.as_deref(),
        opts.candidate_limit,
    )? {
        if rq.exclude.contains(&st.doc_id)
            || st.kind == StatementKind::Claim
            || !of_the_week_before(rq, &st)
        {
            continue;
        }
        for (text, meaning) in together.iter().zip(&meanings) {
            let e = rq.evidence(&st, fused_link(text, meaning, &st.text));
            if e >= SIBLING_SURE && occasion.as_ref().is_none_or(|(best, _)| e > *best) {
                occasion = Some((e, st.doc_id.clone()));
            }
        }
    }
    Ok(occasion.map(|(_, doc)| doc))
}

/// The document the query's short neighbours (a few words the article
/// quotes beside it: a “lightning fast” response) are said in, word for
/// word, by the speaker in the week before the query; only when one
/// document does (a short phrase in several is no sure sign of the
/// occasion).
fn occasion_of_fragments(
    source: &dyn CandidateSource,
    rq: &ResolvedQuery,
    speaker: &str,
    short: &[Statement],
) -> Result<Option<String>, TraceError> {
    let mut docs: HashSet<String> = HashSet::new();
    for fragment in short
        .iter()
        .filter_map(|st| distinctive_fragment(&st.text))
        .take(MAX_FRAGMENT_NEIGHBOURS)
    {
        // A phrase said every day ("good afternoon, colleagues") names no
        // occasion, and searching for it is the slow part: its rarest word
        // must be rare in the store.
        let phrase = fragment.join(" ");
        let terms = crate::matching::match_terms(&phrase);
        let stats = source.match_units(&terms, 0)?.stats;
        let rarest = terms
            .iter()
            .map(|t| stats.df.get(t).copied().unwrap_or(0))
            .min()
            .unwrap_or(0);
        if rarest > FRAGMENT_COMMON && rarest.saturating_mul(FRAGMENT_RARITY) > stats.units {
            continue;
        }
        for mut st in source.statements_saying(&phrase, rq.bound.as_deref(), FRAGMENT_HITS)? {
            if st.kind == StatementKind::Claim
                || rq.exclude.contains(&st.doc_id)
                || docs.contains(&st.doc_id)
                || !of_the_week_before(rq, &st)
                || !holds_fragment(&fragment, &st.text)
            {
                continue;
            }
            // A sentence of a transcript is its turn's speaker's: read the
            // turn only when the statement itself does not say whose it is.
            if speaker_agrees(speaker, &st).is_none() {
                let around = source.statements_around(&st.doc_id, st.start, st.end)?;
                take_turn_speaker(&mut st, &around);
            }
            if speaker_agrees(speaker, &st) == Some(true) {
                docs.insert(st.doc_id);
                // Two documents hold it: it names neither.
                if docs.len() > 1 {
                    return Ok(None);
                }
            }
        }
    }
    Ok(docs.into_iter().next())
}

/// Whether `st` is dated in the week before the query (on its day at the
/// latest) and within the query's bound: every statement of an occasion
/// so found is then too.
fn of_the_week_before(rq: &ResolvedQuery, st: &Statement) -> bool {
    let recent = match (rq.day, st.date.as_deref().and_then(parse_day)) {
        (Some(q), Some(d)) => (0..=RECENT_DAYS).contains(&(q - d)),
        _ => false,
    };
    let in_bound = match (rq.bound.as_deref(), st.date.as_deref()) {
        (Some(b), Some(d)) => d <= b,
        _ => true,
    };
    recent && in_bound
}

/// See [`occasion_versions`]: neighbouring quotes of the speaker that are
/// read (the nearest first), their least length in words, and how surely
/// one must trace to a document for it to be the occasion.
const MAX_SIBLINGS: usize = 3;
/// How far (code points, each way) from the query a neighbouring quote
/// may be: a few paragraphs of an article, not the rest of a transcript.
const NEIGHBOURHOOD: usize = 2_000;
const SIBLING_MIN_WORDS: usize = 6;
const SIBLING_SURE: f32 = 0.7;
/// At most this many short neighbours are looked up word for word, and
/// this many statements read for each.
const MAX_FRAGMENT_NEIGHBOURS: usize = 3;
const FRAGMENT_HITS: usize = 50;
/// A short neighbour is looked up only when its rarest word is in at most
/// one statement in [`FRAGMENT_RARITY`], or in no more than
/// [`FRAGMENT_COMMON`] (a small store has no rare words by share).
const FRAGMENT_RARITY: u64 = 2_000;
const FRAGMENT_COMMON: u64 = 100;
/// The least similarity of the statement that stands out in the occasion,
/// and by how much it must stand out (in evidence) over every statement of
/// that document that does not overlap it.
const OCCASION_FLOOR: f32 = 0.25;
const OCCASION_MARGIN: f32 = 0.1;

/// The version the query repeats: the one it most resembles, with the
/// context of speaker and date ([`evidence`]), among those dated on or
/// before it; of near-equals the latest (a repetition of a repetition
/// hangs from the latter) and, on the same day, a quote (someone repeating
/// the words) before a document's own text (where they were said).
/// `None` when no version is eligible. Stock formulas keep only the
/// occasion of the days before ([`keep_the_occasion`]), which may cut
/// links in `parent`.
fn query_parent(
    rq: &ResolvedQuery,
    nodes: &[Node],
    parent: &mut [Option<(usize, f32)>],
    opts: &TraceOptions,
) -> Option<usize> {
    // The evidence of each version the query can repeat (dated, and not
    // after the query), computed once.
    let mut eligible: Vec<Option<f32>> = nodes
        .iter()
        .map(|node| {
            let d = node.st.date.as_ref()?;
            if rq.query.date.as_ref().is_some_and(|q| d > q) {
                return None;
            }
            Some(rq.evidence(&node.st, node.to_query))
        })
        .collect();
    if let Some(qday) = rq.day {
        if !relays_someone(&rq.text) {
            keep_the_occasion(nodes, &mut eligible, parent, qday, opts.match_threshold);
        }
    }
    let top = eligible.iter().flatten().copied().reduce(f32::max)?;
    (0..nodes.len())
        .filter(|&y| eligible[y].is_some_and(|e| e >= top - TIE))
        .max_by(|&a, &b| {
            let quoted = |k: usize| nodes[k].st.kind == StatementKind::Quote;
            nodes[a]
                .st
                .date
                .cmp(&nodes[b].st.date)
                .then(quoted(a).cmp(&quoted(b)))
        })
}

/// The versions from the root down to `from`, following `parent` (a cycle
/// stops the walk).
fn path_to_root(parent: &[Option<(usize, f32)>], from: usize) -> Vec<usize> {
    let mut path: Vec<usize> = vec![from];
    while let Some((p, _)) = parent[*path.last().unwrap_or(&from)] {
        if path.contains(&p) {
            break;
        }
        path.push(p);
    }
    path.reverse();
    path
}

/// A stored version as a hop of the trace (differences to its parent
/// still to fill in).
fn hop_of(st: &Statement, score: f32, parent: Option<String>) -> Hop {
    Hop {
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
        reprint: false,
        parent,
        differences: Vec::new(),
        compared: None,
    }
}

/// The hops along `path` (origin first), each compared with the one
/// before it, and the weakest link of the chain (the confidence).
fn chain_along(
    source: &dyn CandidateSource,
    nodes: &[Node],
    parent: &[Option<(usize, f32)>],
    path: &[usize],
) -> (Vec<Hop>, f32) {
    let mut chain: Vec<Hop> = Vec::new();
    let mut weakest = path
        .last()
        .map_or(0.0, |&qp| nodes[qp].to_query.clamp(0.0, 1.0));
    for (k, &i) in path.iter().enumerate() {
        let st = &nodes[i].st;
        let Some(&before) = k.checked_sub(1).and_then(|p| path.get(p)) else {
            chain.push(hop_of(st, nodes[i].to_query.clamp(0.0, 1.0), None));
            continue;
        };
        let prev = &nodes[before].st;
        let (s, differences, compared) = compare(source, prev, st);
        let link = parent[i].map_or(s, |(_, l)| l);
        weakest = weakest.min(link);
        let mut hop = hop_of(st, link, Some(prev.doc_id.clone()));
        hop.reprint = s >= REPRINT_SIMILARITY && differences.is_empty();
        hop.differences = differences;
        hop.compared = compared;
        chain.push(hop);
    }
    (chain, weakest)
}

/// The query as the last hop, compared with the version it repeats
/// (`last`, whose document is `parent`).
fn query_hop_after(
    source: &dyn CandidateSource,
    rq: &ResolvedQuery,
    last: &Node,
    parent: Option<String>,
) -> Hop {
    let last_st = &last.st;
    let query_framed = rq
        .stmt
        .as_ref()
        .map_or_else(|| rq.text.clone(), |q| with_hedging_frame(source, q));
    let last_text = with_hedging_frame(source, last_st);
    let (s, old_part, new_part) = best_parts(&last_text, &query_framed);
    let differences = classify(
        &Version {
            text: old_part,
            speaker: last_st.speaker.as_deref(),
            speaker_kind: last_st.speaker_kind,
        },
        &Version {
            text: new_part,
            speaker: rq.speaker.as_deref(),
            speaker_kind: rq.kind,
        },
    );
    let mut qhop = query_hop(
        &rq.query,
        &rq.stmt,
        &rq.text,
        rq.speaker.clone(),
        differences,
        last.to_query.clamp(0.0, 1.0).max(s.min(1.0)),
        Some((old_part.to_string(), new_part.to_string())),
    );
    qhop.parent = parent;
    qhop.reprint = qhop.doc_id.is_some()
        && s >= REPRINT_SIMILARITY
        && qhop.differences.is_empty()
        && rq.stmt.as_ref().is_some_and(|q| q.source != last_st.source);
    qhop
}

/// Versions off the main path, each under the version it repeats, in
/// date order.
fn branches_off(
    source: &dyn CandidateSource,
    nodes: &[Node],
    parent: &[Option<(usize, f32)>],
    path: &[usize],
) -> Vec<Hop> {
    let on_path: HashSet<usize> = path.iter().copied().collect();
    let mut branches: Vec<Hop> = Vec::new();
    for (x, node) in nodes.iter().enumerate() {
        if on_path.contains(&x) {
            continue;
        }
        let Some((p, link)) = parent[x] else {
            continue;
        };
        let (s, differences, compared) = compare(source, &nodes[p].st, &node.st);
        let mut hop = hop_of(&node.st, link, Some(nodes[p].st.doc_id.clone()));
        hop.reprint = s >= REPRINT_SIMILARITY && differences.is_empty();
        hop.differences = differences;
        hop.compared = compared;
        branches.push(hop);
    }
    branches.sort_by(|a, b| a.date.cmp(&b.date).then(a.doc_id.cmp(&b.doc_id)));
    branches
}

/// The root of the chain as the trace's origin.
fn origin_of(root: &Node) -> Origin {
    let st = &root.st;
    Origin {
        doc_id: st.doc_id.clone(),
        date: st.date.clone(),
        speaker: st.speaker.clone(),
        source: st.source.clone(),
        title: st.title.clone(),
        text: st.text.clone(),
        span: SpanOut {
            start: st.start,
            end: st.end,
        },
        score: root.to_query.clamp(0.0, 1.0),
    }
}

/// The queried words as the last hop.
fn query_hop(
    query: &TraceQuery,
    query_stmt: &Option<Statement>,
    query_text: &str,
    speaker: Option<String>,
    differences: Vec<Difference>,
    score: f32,
    compared: Option<(String, String)>,
) -> Hop {
    Hop {
        doc_id: query.doc_id.clone(),
        date: query.date.clone(),
        speaker,
        source: query_stmt.as_ref().and_then(|s| s.source.clone()),
        text: query_text.to_string(),
        span: query_stmt.as_ref().map(|s| SpanOut {
            start: s.start,
            end: s.end,
        }),
        score,
        reprint: false,
        parent: None,
        differences,
        compared,
    }
}

/// Whether words say they repeat someone else's: "according to", "quoted",
/// or a passive report with its agent ("was called a crime by the
/// administration"). A plain "said" is not enough ("That said, ...").
fn relays_someone(text: &str) -> bool {
    let lex = EN.trace;
    let ws = words(text);
    ws.iter().enumerate().any(|(i, w)| {
        let n = w.norm.as_str();
        let next = ws.get(i + 1).map(|n| n.norm.as_str());
        // The three lists share no word, so at most one of these applies.
        opens_relaying_phrase(n, next)
            || lex.quoting_words.contains(&n)
            || (lex.passive_report_verbs.contains(&n)
                && ws
                    .iter()
                    .skip(i + 1)
                    .take(8)
                    .any(|n| is_agent_preposition(&n.norm)))
    })
}

/// The statement with the part of its frame that belongs to the words:
/// "I believe that X" or "I hope X" is reported as the quote X, but the
/// belief or the first-person frame is part of what was said. The last
/// words of the sentence before the statement are kept from the first
/// first-person pronoun or hedge among them.
fn with_hedging_frame(source: &dyn CandidateSource, st: &Statement) -> String {
    // A plain sentence has no frame; a belief or a finding read as a quote
    // is stored as a sentence with its quote id, and has one ("I believe").
    let plain = |s: &Statement| s.kind == StatementKind::Sentence && s.local_id.is_none();
    if plain(st) {
        return st.text.clone();
    }
    let Ok(all) = source.statements_around(&st.doc_id, st.start, st.end) else {
        return st.text.clone();
    };
    let sentence = all
        .iter()
        .find(|s| plain(s) && s.start <= st.start && s.end >= st.end);
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
    let first_person = tail.iter().position(|w| {
        EN.trace
            .first_person_frame_pronouns
            .contains(&w.norm.as_str())
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Two English renderings of one Russian sentence (written for this
    /// test): the same rare words in another order and other wording.
    const AGENCY: &str = "the ministry said the plan ignored such basic demands of the \
farmers as lower fuel prices, cheaper fertiliser credits, state purchase guarantees for grain \
and the repair of rural roads in the southern regions before the autumn harvest";
    const OFFICIAL: &str = "It was noted that the draft did not address the farmers' basic \
demands such as cutting fuel prices, cheaper credits for fertiliser, guaranteed state grain \
purchases, or repairing rural roads across the southern regions ahead of the harvest.";

    #[test]
    fn a_long_translation_keeping_half_its_rare_words_links() {
        let agency = QueryMeaning::of(AGENCY);
        assert_eq!(
            many_shared_terms(&agency.terms, OFFICIAL),
            MANY_SHARED_SCORE
        );
        assert!(fused_link(AGENCY, &agency, OFFICIAL) >= TraceOptions::default().match_threshold);
    }

    #[test]
    fn an_office_the_title_names_as_author_is_its_holder_on_the_day() {
        let record = |title: &str, date: &str| Statement {
            doc_id: "r".into(),
            date: Some(date.into()),
            title: Some(title.into()),
            text: "Give us the tools we need.".into(),
            ..Default::default()
        };
        let speech = record(
            "Speech by the President of Ukraine in the Senate",
            "2022-04-05",
        );
        assert_eq!(speaker_agrees("Vladimir Putin", &speech), Some(false));
        assert_eq!(speaker_agrees("Volodymyr Zelenskyy", &speech), Some(true));
        // Ten years before, the office had another holder.
        let old = record("Address by the President of Ukraine", "2012-04-05");
        assert_eq!(speaker_agrees("Volodymyr Zelenskyy", &old), Some(false));
        // The other party of a meeting is not the author.
        let meeting = record("Meeting with the President of Ukraine", "2022-04-05");
        assert_eq!(speaker_agrees("Vladimir Putin", &meeting), None);
    }

    #[test]
    fn few_shared_words_or_a_short_quote_prove_nothing() {
        let other = "The farmers' union said grain prices fell in the southern regions \
after a record harvest, and fuel was cheaper than a year ago.";
        assert_eq!(
            many_shared_terms(&QueryMeaning::of(AGENCY).terms, other),
            0.0
        );
        let short = QueryMeaning::of("basic demands of the farmers");
        assert_eq!(many_shared_terms(&short.terms, OFFICIAL), 0.0);
    }
}
