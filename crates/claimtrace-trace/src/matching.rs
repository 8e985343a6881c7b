//! Claim matching: which stored claims say the same as a statement.
//!
//! Lexical: BM25F over the claim's words and, with less weight, the title
//! and standfirst of the piece that checked it. Social-media text is
//! cleaned first (links, handles, the "— Name (@handle) date" signature,
//! CamelCase hashtags split into words). This mode needs no model.
//! Semantic matching (claimtrace-cli's `semantic` feature) adds the cosine
//! of sentence embeddings to these scores ([`fuse_linear`]) or fuses the
//! two rankings ([`fuse_rrf`]).

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::bm25::Bm25Params;
use crate::statement::Statement;
use crate::text::{each_word_span, normalise_into, term_of};
use crate::tracer::{CandidateSource, TraceError};

/// Weights of the fields of a claim entry: the claim, the title, the
/// standfirst (subtitle).
pub const DEFAULT_FIELD_WEIGHTS: [f32; 3] = [1.0, 1.0, 0.4];

/// BM25 parameters for claims (short texts: light length normalisation),
/// tuned on the CheckThat! 2022 2A training queries only.
pub const CLAIM_BM25: Bm25Params = Bm25Params { k1: 0.6, b: 0.5 };

/// A statement retrieved for matching, with the fields of its document
/// that say what it is about (a fact-check's title restates the claim).
#[derive(Debug, Clone, Default)]
pub struct MatchUnit {
    pub statement: Statement,
    pub standfirst: Option<String>,
}

/// What BM25F needs to know of the whole index: the number of units, the
/// summed length (in terms) of each field, and the number of units that
/// hold each query term.
#[derive(Debug, Clone, Default)]
pub struct UnitStats {
    pub units: u64,
    pub total_len: [u64; 3],
    pub df: HashMap<String, u64>,
}

/// Units retrieved for a query, with the index statistics.
#[derive(Debug, Clone, Default)]
pub struct MatchUnits {
    pub units: Vec<MatchUnit>,
    pub stats: UnitStats,
}

/// How statements are ranked against a query.
#[derive(Debug, Clone, Copy)]
pub struct MatchOptions {
    /// Weights of a unit's text, its document's title and standfirst.
    pub field_weights: [f32; 3],
    pub bm25: Bm25Params,
    /// Weight of the share of a unit's terms found in the query, added to
    /// the BM25F score normalised by the best one.
    pub coverage_weight: f32,
    /// Weight of the agreement of the query's date with the unit's date
    /// ([`date_prior`]); 0 ignores dates.
    pub date_weight: f32,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            field_weights: DEFAULT_FIELD_WEIGHTS,
            bm25: CLAIM_BM25,
            coverage_weight: DEFAULT_COVERAGE_WEIGHT,
            date_weight: DEFAULT_DATE_WEIGHT,
        }
    }
}

/// One document that says the same as the query: the statement of it that
/// does, and the score.
#[derive(Debug, Clone)]
pub struct Matched {
    pub statement: Statement,
    pub score: f32,
}

/// Units retrieved from the index before BM25F re-scoring.
pub const RETRIEVE_UNITS: usize = 300;

const RERANK_DEPTH: usize = 150;

/// Weight of the claim's term pairs (text and title) found in the
/// statement, over the square root of their number.
const BIGRAM_WEIGHT: f32 = 0.1;

/// Weight of the share of the fact-check title's terms found in the
/// statement (titles restate the claim in few, telling words).
const TITLE_COVERAGE_WEIGHT: f32 = 0.3;

/// Default weight of claim coverage in the re-ranking.
pub const DEFAULT_COVERAGE_WEIGHT: f32 = 0.3;

/// Default weight of the date agreement in the re-ranking.
pub const DEFAULT_DATE_WEIGHT: f32 = 0.5;

/// Days a fact-check may seem to precede the post it checks (time zones,
/// a post dated by its last edit, a check published the same night).
const DATE_GRACE_DAYS: i64 = 3;

/// Days after the post at which the date agreement has halved: checks
/// follow a viral post within days or weeks.
const DATE_HALF_LIFE_DAYS: f32 = 30.0;

/// How well a fact-check's day agrees with the day of the post that states
/// the claim, `delta` days later: 1 on the day, halving after
/// [`DATE_HALF_LIFE_DAYS`], near 0 years later; a check published before
/// the post (beyond [`DATE_GRACE_DAYS`]) is unlikely to be about it (a post
/// can repeat an old claim, so this is a penalty, not a filter).
pub fn date_prior(delta: i64) -> f32 {
    if delta < -DATE_GRACE_DAYS {
        -0.5
    } else {
        1.0 / (1.0 + delta.max(0) as f32 / DATE_HALF_LIFE_DAYS)
    }
}

/// The `k` documents whose statements best say `statement`, best first:
/// the store (or an in-memory corpus) retrieves units sharing terms with
/// it, BM25F scores them over the unit's text and its document's title and
/// standfirst, and the best are re-ranked with how much of each unit the
/// statement covers (a post that repeats a claim holds most of its words,
/// while a long post can score high on BM25 by sheer length), shared term
/// pairs, and the agreement of dates. The date of a post is read from its
/// embedded-tweet signature ([`post_date`]) when `day` is not given.
pub fn match_statement(
    source: &dyn CandidateSource,
    statement: &str,
    day: Option<i64>,
    k: usize,
    opts: &MatchOptions,
) -> Result<Vec<Matched>, TraceError> {
    let day = day.or_else(|| post_date(statement));
    let query_terms = match_terms(&clean_social_text(statement));
    if query_terms.is_empty() || k == 0 {
        return Ok(Vec::new());
    }
    let MatchUnits { units, stats } = source.match_units(&query_terms, RETRIEVE_UNITS)?;
    let fields: Vec<[Vec<String>; 3]> = units
        .iter()
        .map(|u| {
            [
                match_terms(&u.statement.text),
                u.statement
                    .title
                    .as_deref()
                    .map(match_terms)
                    .unwrap_or_default(),
                u.standfirst.as_deref().map(match_terms).unwrap_or_default(),
            ]
        })
        .collect();
    let bm25 = bm25f_scores(&query_terms, &fields, &stats, opts);
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|&a, &b| bm25[b].total_cmp(&bm25[a]).then(a.cmp(&b)));
    order.truncate(RERANK_DEPTH);
    let top = order.first().map_or(1.0, |&i| bm25[i].max(1e-6));
    let q: HashSet<&str> = query_terms.iter().map(String::as_str).collect();
    let qb = bigrams(&query_terms);
    let mut best: HashMap<&str, (f32, usize)> = HashMap::new();
    for i in order {
        let [ts, tt, _] = &fields[i];
        let ct: HashSet<&String> = ts.iter().collect();
        let coverage = if ct.is_empty() {
            0.0
        } else {
            ct.iter().filter(|t| q.contains(t.as_str())).count() as f32 / ct.len() as f32
        };
        let title: HashSet<&String> = tt.iter().collect();
        let tcov = title.iter().filter(|t| q.contains(t.as_str())).count() as f32
            / (title.len().max(1) as f32);
        let mut cb = bigrams(ts);
        cb.extend(bigrams(tt));
        let shared = cb.iter().filter(|p| qb.contains(*p)).count() as f32;
        let bigram = shared / (cb.len().max(1) as f32).sqrt();
        let unit_day = units[i].statement.date.as_deref().and_then(parse_day);
        let dated = match (day, unit_day) {
            (Some(q), Some(c)) => opts.date_weight * date_prior(c - q),
            _ => 0.0,
        };
        let score = bm25[i] / top
            + opts.coverage_weight * coverage
            + BIGRAM_WEIGHT * bigram
            + TITLE_COVERAGE_WEIGHT * tcov
            + dated;
        let doc = units[i].statement.doc_id.as_str();
        let e = best.entry(doc).or_insert((f32::NEG_INFINITY, i));
        if score > e.0 {
            *e = (score, i);
        }
    }
    let mut ranked: Vec<(f32, usize)> = best.into_values().collect();
    ranked.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then(
            units[a.1]
                .statement
                .doc_id
                .cmp(&units[b.1].statement.doc_id),
        )
    });
    ranked.truncate(k);
    Ok(ranked
        .into_iter()
        .map(|(score, i)| Matched {
            statement: units[i].statement.clone(),
            score,
        })
        .collect())
}

/// BM25F (Robertson & Zaragoza) of each unit for the query terms: per-field
/// term frequencies, length-normalised and weighted, summed before the
/// saturation, with document frequencies of the whole index.
fn bm25f_scores(
    query_terms: &[String],
    fields: &[[Vec<String>; 3]],
    stats: &UnitStats,
    opts: &MatchOptions,
) -> Vec<f32> {
    let n = stats.units.max(fields.len() as u64).max(1) as f32;
    let avg: Vec<f32> = stats
        .total_len
        .iter()
        .map(|&t| (t as f32 / n).max(1.0))
        .collect();
    // Each distinct term with its count, in the query's order: the score
    // sums them in that order on every run (in hash order its last bits
    // varied, and so did the order of equal candidates).
    let mut qtf: Vec<(&str, f32)> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for t in query_terms {
        let k = *at.entry(t.as_str()).or_insert_with(|| {
            qtf.push((t.as_str(), 0.0));
            qtf.len() - 1
        });
        if let Some((_, n)) = qtf.get_mut(k) {
            *n += 1.0;
        }
    }
    let Bm25Params { k1, b } = opts.bm25;
    fields
        .iter()
        .map(|fs| {
            let mut score = 0.0;
            for (term, q_weight) in &qtf {
                let mut tf = 0.0;
                for (f, ts) in fs.iter().enumerate() {
                    let c = ts.iter().filter(|t| t.as_str() == *term).count();
                    if c > 0 {
                        let norm = 1.0 - b + b * ts.len() as f32 / avg[f];
                        tf += opts.field_weights[f] * c as f32 / norm;
                    }
                }
                if tf == 0.0 {
                    continue;
                }
                let df = stats.df.get(*term).copied().unwrap_or(1).max(1) as f32;
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                score += q_weight * idf * tf * (k1 + 1.0) / (k1 + tf);
            }
            score
        })
        .collect()
}

/// The retrieval terms of a claim or a post ([`crate::text::terms`]) with
/// numbers in one form: "1,000" and "1000"; "$80M", "$80 million" and
/// "80,000,000"; "5k" and "5,000" give the same term.
pub fn match_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_match_piece(text, &mut PieceScratch::default(), |piece| match piece {
        MatchPiece::Word(word) => out.extend(term_of(word)),
        MatchPiece::Number(term) => out.push(term),
    });
    out
}

/// The stems of words already met: the store turns every sentence into
/// terms several times (as a sentence, in each passage that holds it, in
/// its quotes and claims), and Snowball stemming was the largest share of
/// that work. Held for one document or batch; cleared when it grows past
/// [`TermCache::MAX_WORDS`] so that a document of endless distinct words
/// cannot make it grow without bound.
#[derive(Debug, Default)]
pub struct TermCache {
    // FxHash: several lookups per word indexed, on short keys; FNV goes a
    // byte at a time and was a visible share of the preparation.
    terms: FxHashMap<String, Option<String>>,
    /// Reused from text to text: allocating them for every statement was
    /// most of the preparation's calls to malloc, which grow slower as the
    /// heap of a large document's analysis fills up.
    scratch: PieceScratch,
}

impl TermCache {
    /// Distinct words kept (about 100 bytes each, so at most 2 MB: the
    /// store's memory budget per document is tight). A batch of 256
    /// Kremlin transcripts uses about half of it.
    pub const MAX_WORDS: usize = 20_000;

    /// [`match_terms`] of `text`, space-separated, and how many: exactly
    /// `match_terms(text).join(" ")` and its length.
    pub fn joined_terms(&mut self, text: &str) -> (String, usize) {
        let mut joined = String::with_capacity(text.len());
        let count = self.joined_terms_into(text, &mut joined);
        joined.shrink_to_fit();
        (joined, count)
    }

    /// As [`TermCache::joined_terms`], written into `joined` (cleared
    /// first): the store turns statement after statement into terms in one
    /// reused buffer, with no allocation per statement nor per word.
    pub fn joined_terms_into(&mut self, text: &str, joined: &mut String) -> usize {
        joined.clear();
        let mut count = 0;
        let mut push = |term: &str| {
            if count > 0 {
                joined.push(' ');
            }
            joined.push_str(term);
            count += 1;
        };
        let terms = &mut self.terms;
        each_match_piece(text, &mut self.scratch, |piece| match piece {
            MatchPiece::Word(word) => {
                if let Some(known) = terms.get(word) {
                    if let Some(term) = known {
                        push(term);
                    }
                    return;
                }
                if terms.len() >= Self::MAX_WORDS {
                    terms.clear();
                }
                let term = term_of(word);
                if let Some(term) = &term {
                    push(term);
                }
                terms.insert(word.to_string(), term);
            }
            MatchPiece::Number(term) => push(&term),
        });
        count
    }
}

/// What [`each_match_piece`] meets: a word to stem (its term is `None` for
/// a stop word), or a number already in its one form.
enum MatchPiece<'a> {
    Word(&'a str),
    Number(String),
}

/// The buffers [`each_match_piece`] works in: the word spans of a text and
/// the normalised forms of a word and the next.
#[derive(Debug, Default)]
struct PieceScratch {
    spans: Vec<(usize, usize)>,
    norm: String,
    next_norm: String,
}

/// Walks the words of `text` in order ([`crate::text::words`], normalised
/// into `scratch`), reading numbers with their multiplier ("80 million" is
/// one piece).
fn each_match_piece(
    text: &str,
    scratch: &mut PieceScratch,
    mut on_piece: impl FnMut(MatchPiece<'_>),
) {
    let PieceScratch {
        spans,
        norm,
        next_norm,
    } = scratch;
    spans.clear();
    each_word_span(text, |start, end| spans.push((start, end)));
    let mut i = 0;
    while i < spans.len() {
        let (start, end) = spans[i];
        normalise_into(&text[start..end], norm);
        i += 1;
        let Some((value, scaled)) = number_value(norm) else {
            on_piece(MatchPiece::Word(norm));
            continue;
        };
        let mut value = value;
        if !scaled {
            if let Some(&(start, end)) = spans.get(i) {
                normalise_into(&text[start..end], next_norm);
                if let Some(m) = multiplier(next_norm) {
                    value *= m;
                    i += 1;
                }
            }
        }
        on_piece(MatchPiece::Number(number_term(value)));
    }
}

/// The factor of a word or suffix that scales a number ("million", "bn").
fn multiplier(word: &str) -> Option<f64> {
    claimtrace_lexicon::EN
        .trace
        .number_scales
        .iter()
        .find(|&&(scale, _)| scale == word)
        .map(|&(_, factor)| factor)
}

/// The value of a number word: digits with thousands commas and a decimal
/// point, optionally with a scale suffix ("80m", "1.5bn", "5k"); whether the
/// suffix was there. `None` for anything else ("2nd", "10x", "covid19").
fn number_value(word: &str) -> Option<(f64, bool)> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits_end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let (num, suffix) = word.split_at(digits_end);
    let scale = if suffix.is_empty() {
        None
    } else {
        Some(multiplier(suffix)?)
    };
    let plain: String = num.chars().filter(|&c| c != ',').collect();
    let value: f64 = plain.parse().ok()?;
    Some(match scale {
        Some(m) => (value * m, true),
        None => (value, false),
    })
}

/// One spelling of a number: whole numbers without separators, others in
/// the shortest form that reads back the same.
fn number_term(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e18 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The pairs of adjacent terms of a text (stop words already dropped, so
/// "wearing a mask" gives ("wear", "mask")).
fn bigrams(ts: &[String]) -> HashSet<(String, String)> {
    ts.windows(2)
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect()
}

/// Removes what carries no claim from a post: links, `pic.twitter.com/...`,
/// `@` of handles, the date of an embedded-tweet signature; splits
/// CamelCase hashtags ("#AustralianFires" -> "Australian Fires").
pub fn clean_social_text(text: &str) -> String {
    let text = drop_signature_name(text);
    let text = text.as_ref();
    let mut out = String::with_capacity(text.len());
    for token in text.split_whitespace() {
        let lower = token.to_lowercase();
        if lower.starts_with("http")
            || lower.starts_with("pic.twitter.com")
            || lower.starts_with("www.")
            || lower.contains(".com/")
        {
            continue;
        }
        let token = token.trim_matches(['(', ')']);
        let t = token.trim_start_matches(['#', '@']);
        if token.starts_with('#') || token.starts_with('@') {
            out.push_str(&split_camel_case(t));
        } else {
            out.push_str(t);
        }
        out.push(' ');
    }
    out
}

/// The text of an embedded tweet without the author's display name of its
/// closing signature ("... — Helen Z (@HelenAngel) January 2, 2020" keeps
/// "(@HelenAngel) January 2, 2020"): a display name is a person's name that
/// matches claims about namesakes, while the handle and the date stay.
fn drop_signature_name(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(p) = text.rfind('—') else {
        return text.into();
    };
    let rest = &text[p..];
    match rest.find("(@") {
        Some(h) => format!("{} {}", &text[..p], &rest[h..]).into(),
        None => text.into(),
    }
}

fn split_camel_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || (prev.is_uppercase() && next_lower) {
                out.push(' ');
            }
        } else if i > 0 && c.is_ascii_digit() && chars[i - 1].is_alphabetic() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's
/// `days_from_civil`); `None` for a month or day out of range.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` of a day counted from 1970-01-01 (Hinnant's
/// `civil_from_days`).
pub fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A day written "2015-05-26", "26 May 2015" or "May 26, 2015", in days
/// since 1970-01-01.
pub fn parse_day(s: &str) -> Option<i64> {
    let s = s.trim();
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    if let [ymd] = parts.as_slice() {
        let mut it = ymd.splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        return days_from_civil(y, m, d);
    }
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let year: i64 = y.parse().ok()?;
    let (month, day) = match a.parse::<u32>() {
        Ok(d) => (claimtrace_text::month_number(b)?, d),
        Err(_) => (claimtrace_text::month_number(a)?, b.parse().ok()?),
    };
    days_from_civil(year, month, day)
}

/// The day of an embedded post, from the date that closes its signature
/// ("... — Ilhan Omar (@IlhanMN) January 6, 2020"), in days since
/// 1970-01-01.
pub fn post_date(text: &str) -> Option<i64> {
    let p = text.rfind("(@")?;
    let rest = &text[p..];
    let close = rest.find(')')?;
    let tail = rest[close + 1..].trim().trim_end_matches(['"', '\'', '.']);
    // "January 6, 2020" is at most three words; anything longer is prose.
    if tail.split_whitespace().count() != 3 {
        return None;
    }
    parse_day(tail)
}

/// Default weight of the cosine in [`fuse_linear`], chosen on the
/// CheckThat! 2022 2A training queries only (all-MiniLM-L6-v2).
pub const DEFAULT_SEMANTIC_WEIGHT: f32 = 2.0;

/// The usual constant of reciprocal-rank fusion.
pub const RRF_K: f32 = 60.0;

/// Linear fusion: each candidate's lexical score plus `weight` × its
/// cosine. Candidates are those of both lists; one that the lexical
/// ranking lacks takes its lowest score (it ranked below all of them), one
/// that `semantic` lacks has cosine 0. `semantic` holds (id, cosine) in
/// any order. The `k` best, best first (ties by id).
pub fn fuse_linear(
    lexical: &[(String, f32)],
    semantic: &[(String, f32)],
    weight: f32,
    k: usize,
) -> Vec<(String, f32)> {
    let floor = lexical.iter().map(|x| x.1).fold(f32::INFINITY, f32::min);
    let floor = if floor.is_finite() { floor } else { 0.0 };
    let mut scores: std::collections::HashMap<&str, (Option<f32>, f32)> =
        std::collections::HashMap::new();
    for (id, s) in lexical {
        scores.entry(id).or_insert((None, 0.0)).0 = Some(*s);
    }
    for (id, c) in semantic {
        scores.entry(id).or_insert((None, 0.0)).1 = *c;
    }
    let fused = scores
        .into_iter()
        .map(|(id, (lex, cos))| (id, lex.unwrap_or(floor) + weight * cos))
        .collect();
    best_k(fused, k)
}

/// Reciprocal-rank fusion: 1 / (`rrf_k` + rank) in the lexical ranking
/// plus `weight` / (`rrf_k` + rank) in the semantic one (ranks from 1; a
/// list that lacks a candidate adds nothing). Scales do not matter, only
/// the orders: `semantic` is sorted here by cosine. The `k` best.
pub fn fuse_rrf(
    lexical: &[(String, f32)],
    semantic: &[(String, f32)],
    weight: f32,
    rrf_k: f32,
    k: usize,
) -> Vec<(String, f32)> {
    let mut sem: Vec<&(String, f32)> = semantic.iter().collect();
    sem.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut scores: std::collections::HashMap<&str, f32> = std::collections::HashMap::new();
    for (r, (id, _)) in lexical.iter().enumerate() {
        *scores.entry(id).or_insert(0.0) += 1.0 / (rrf_k + r as f32 + 1.0);
    }
    for (r, (id, _)) in sem.into_iter().enumerate() {
        *scores.entry(id).or_insert(0.0) += weight / (rrf_k + r as f32 + 1.0);
    }
    best_k(scores.into_iter().collect(), k)
}

fn best_k(mut v: Vec<(&str, f32)>, k: usize) -> Vec<(String, f32)> {
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    v.truncate(k);
    v.into_iter().map(|(id, s)| (id.to_string(), s)).collect()
}

/// Average precision at `k` of a ranking (TREC/CheckThat! definition: the
/// sum of precision at each relevant rank within `k`, divided by the number
/// of relevant items, capped at `k`).
pub fn average_precision_at(ranked: &[String], relevant: &HashSet<String>, k: usize) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    let mut hits = 0.0;
    let mut sum = 0.0;
    for (i, id) in ranked.iter().take(k).enumerate() {
        if relevant.contains(id) {
            hits += 1.0;
            sum += hits / (i + 1) as f64;
        }
    }
    sum / relevant.len().min(k) as f64
}

/// Reciprocal rank of the first relevant item (0 when none is ranked).
pub fn reciprocal_rank(ranked: &[String], relevant: &HashSet<String>) -> f64 {
    ranked
        .iter()
        .position(|id| relevant.contains(id))
        .map_or(0.0, |i| 1.0 / (i + 1) as f64)
}

/// Share of the relevant items found in the first `k`.
pub fn recall_at(ranked: &[String], relevant: &HashSet<String>, k: usize) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    let found = ranked
        .iter()
        .take(k)
        .filter(|id| relevant.contains(*id))
        .count();
    found as f64 / relevant.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_terms_are_the_terms_joined() {
        let texts = [
            "The Russian President said Russia’s exports rose to $80 million, up 1,000 from 2021.",
            "“We are ready to supply gas to Europe,” Putin told reporters in Moscow on 5k contracts.",
            "Президент России заявил, что поставки газа в Европу выросли на 15 млн кубометров.",
            "Зеленський: «Ми не віддамо жодного сантиметра нашої землі», — сказав він у Києві.",
            "",
            "’ ' 's 2.5bn the OF Ünïcödé İstanbul",
        ];
        let mut cache = TermCache::default();
        // One buffer for every text, as the store uses it: what a longer
        // text left in it must not show through.
        let mut reused = String::new();
        // Twice: the second pass reads every stem from the cache.
        for _ in 0..2 {
            for text in texts {
                let expected = match_terms(text);
                let (joined, count) = cache.joined_terms(text);
                assert_eq!(joined, expected.join(" "), "{text}");
                assert_eq!(count, expected.len(), "{text}");
                let count = cache.joined_terms_into(text, &mut reused);
                assert_eq!(reused, expected.join(" "), "{text}");
                assert_eq!(count, expected.len(), "{text}");
            }
        }
    }

    #[test]
    fn the_term_cache_is_bounded() {
        let mut cache = TermCache::default();
        let text: String = (0..TermCache::MAX_WORDS + 10)
            .map(|i| format!("word{i}x "))
            .collect();
        let (joined, count) = cache.joined_terms(&text);
        assert_eq!(count, TermCache::MAX_WORDS + 10);
        assert_eq!(joined, match_terms(&text).join(" "));
        assert!(cache.terms.len() <= TermCache::MAX_WORDS);
    }

    /// A claim to match against: id, text, title, date.
    fn corpus_of(entries: &[(&str, &str, &str, Option<&str>)]) -> crate::MemoryCorpus {
        let mut c = crate::MemoryCorpus::new();
        for (id, text, title, date) in entries {
            c.add_unit(
                Statement {
                    doc_id: id.to_string(),
                    text: text.to_string(),
                    title: Some(title.to_string()),
                    date: date.map(str::to_string),
                    ..Default::default()
                },
                None,
            );
        }
        c
    }

    fn search(c: &crate::MemoryCorpus, text: &str, day: Option<i64>) -> Vec<String> {
        match_statement(c, text, day, 2, &MatchOptions::default())
            .unwrap_or_default()
            .into_iter()
            .map(|m| m.statement.doc_id)
            .collect()
    }

    #[test]
    fn social_text_loses_links_and_keeps_words() {
        let t = clean_social_text(
            "How are butterflies surviving the #AustralianFires? pic.twitter.com/0eJt https://t.co/x — Center (@CenterForBioDiv)",
        );
        assert!(t.contains("Australian Fires"));
        assert!(!t.contains("pic.twitter"));
        assert!(!t.contains("https"));
        assert!(t.contains("Center For Bio Div"));
    }

    #[test]
    fn the_claim_that_says_the_same_ranks_first() {
        let c = corpus_of(&[
            (
                "a",
                "McDonald's restaurants are offering $1 fries of any size.",
                "$1 Any Size Fries",
                None,
            ),
            (
                "b",
                "The army is sending text messages about a military draft.",
                "Draft texts",
                None,
            ),
        ]);
        let hits = search(
            &c,
            "Fraudulent text messages say you were selected for the military draft",
            None,
        );
        assert_eq!(hits.first().map(String::as_str), Some("b"));
    }

    #[test]
    fn days_are_read_in_the_forms_of_posts_and_fact_checks() {
        let d = parse_day("26 May 2015");
        assert_eq!(d, parse_day("May 26, 2015"));
        assert_eq!(d, parse_day("2015-05-26"));
        assert_eq!(parse_day("1970-01-02"), Some(1));
        assert_eq!(
            parse_day("1 March 2020"),
            parse_day("29 Feb 2020").map(|d| d + 1)
        );
        assert_eq!(parse_day(""), None);
        assert_eq!(parse_day("Smarch 3, 2020"), None);
        assert_eq!(parse_day("May 32, 2020"), None);
    }

    #[test]
    fn a_post_is_dated_by_its_signature_only() {
        let t = "Trump needs to immediately divest from his businesses. — Ilhan Omar (@IlhanMN) January 6, 2020";
        assert_eq!(post_date(t), parse_day("2020-01-06"));
        let quoted = "\"Sen. Mitch McConnell: \"\"executive action\"\" pic.twitter.com/PYQKe9Geez — Forbes (@Forbes) January 28, 2021\"";
        assert_eq!(post_date(quoted), parse_day("2021-01-28"));
        assert_eq!(
            post_date("Thanks @jack (@jack) for the 3 May 2020 meeting and more"),
            None
        );
        assert_eq!(post_date("No signature, posted on May 3, 2020"), None);
    }

    #[test]
    fn days_round_trip_through_civil_dates() {
        for s in ["1970-01-01", "2000-02-29", "2015-05-26", "2024-12-31"] {
            assert_eq!(parse_day(s).map(civil_from_days).as_deref(), Some(s));
        }
    }

    #[test]
    fn a_check_soon_after_the_post_agrees_with_it() {
        assert!(date_prior(1) > date_prior(40));
        assert!(date_prior(40) > date_prior(2000));
        assert!(date_prior(-1) > date_prior(200));
        assert!(date_prior(-400) < 0.0);
    }

    #[test]
    fn the_claim_checked_after_the_post_wins_a_tie() {
        let c = corpus_of(&[
            (
                "old",
                "George Soros funded the protests.",
                "Did Soros Fund the Protests?",
                Some("2015-01-22"),
            ),
            (
                "new",
                "George Soros funded the protests.",
                "Did Soros Fund the Protests?",
                Some("2020-06-02"),
            ),
        ]);
        let post = "Soros funded these protests — Someone (@someone) May 31, 2020";
        let hits = search(&c, post, None);
        assert_eq!(hits.first().map(String::as_str), Some("new"));
        let hits = search(&c, post, parse_day("2015-01-20"));
        assert_eq!(hits.first().map(String::as_str), Some("old"));
    }

    #[test]
    fn numbers_are_one_term_whatever_their_form() {
        let a = match_terms("Pelosi's daughter got $80M from the stimulus");
        let b = match_terms("Pelosi's daughter got $80 million from the stimulus");
        let c = match_terms("Pelosi's daughter got $80,000,000 from the stimulus");
        assert_eq!(a, b);
        assert_eq!(b, c);
        assert!(a.contains(&"80000000".to_string()));
        assert_eq!(match_terms("1,000 troops"), match_terms("1000 troops"));
        assert_eq!(match_terms("5k marchers"), match_terms("5,000 marchers"));
        assert_eq!(
            match_terms("a $1.5bn deal"),
            match_terms("a $1.5 billion deal")
        );
        // Years, ordinals and codes stay as they are.
        assert_eq!(match_terms("in 2020"), vec!["2020"]);
        assert_eq!(match_terms("10x more"), vec!["10x"]);
        assert_eq!(match_terms("2.5% rise"), vec!["2.5", "rise"]);
        // "millions" alone is a word, not a number.
        assert_eq!(match_terms("millions of people"), vec!["million", "peopl"]);
    }

    #[test]
    fn ranking_measures() {
        let ranked: Vec<String> = ["x", "a", "y", "b"].iter().map(|s| s.to_string()).collect();
        let rel: HashSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
        let ap = average_precision_at(&ranked, &rel, 5);
        assert!((ap - (0.5 + 0.5) / 2.0).abs() < 1e-9);
        assert!((reciprocal_rank(&ranked, &rel) - 0.5).abs() < 1e-9);
        assert!((recall_at(&ranked, &rel, 2) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn fusion_linear_and_rrf() {
        let lex = vec![
            ("a".to_string(), 2.0),
            ("b".to_string(), 1.9),
            ("c".to_string(), 1.0),
        ];
        let sem = vec![
            ("b".to_string(), 0.9),
            ("a".to_string(), 0.2),
            ("d".to_string(), 0.95),
        ];
        // No weight: the lexical order; "d" (not retrieved) takes the floor.
        let f = fuse_linear(&lex, &sem, 0.0, 10);
        let ids: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        let f = fuse_linear(&lex, &sem, 1.0, 2);
        assert_eq!(f[0].0, "b");
        assert!((f[0].1 - 2.8).abs() < 1e-6);
        assert_eq!(f.len(), 2);
        // RRF: "a" is 1st and 3rd, "b" 2nd and 2nd, "d" only 1st
        // semantically, "c" only 3rd lexically.
        let r = fuse_rrf(&lex, &sem, 1.0, RRF_K, 10);
        let ids: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(ids, ["a", "b", "d", "c"]);
        assert!(fuse_rrf(&[], &[], 1.0, RRF_K, 5).is_empty());
        assert!(fuse_linear(&[], &[], 1.0, 5).is_empty());
    }
}
