//! Scoring real quote traces (`claimtrace eval trace-real`, the set in
//! eval/trace-real/queries.jsonl; docs/evaluation.md says what is
//! counted). The CLI ingests the corpora the set was drawn from and traces
//! each quote through the store; the set's records, the quoted words read
//! back from the corpus, what counts as right, the tallies and the error
//! lines live here, beside the tracer:
//! - origin@1: for quotes whose words are in a primary source, the origin
//!   given is that source (or another record that holds the same words);
//! - no origin right: for quotes whose words are in no primary source, no
//!   primary source is given as their origin (an earlier news article that
//!   printed the same quote is an earlier version, not a wrong answer);
//! - both by kind (verbatim, cut, translation, paraphrase, no_origin).
//!
//! The set holds offsets, not texts (corpus text stays outside the
//! repository): each quote is read from its file and checked against the
//! SHA-1 the set records, so a changed corpus fails loudly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::TraceResult;

/// The primary sources of the set, relative to the corpora directory.
pub const PRIMARY_CORPORA: &[&str] = &[
    "kremlin_en/kremlin_en.jsonl",
    "war_press_releases_2022/putin.csv",
    "war_press_releases_2022/zelenskyy.csv",
    "uk_en_zelensky_addresses_resistinua/messages_en.jsonl",
];

/// The news articles of the set, relative to the corpora directory.
pub const NEWS_CORPUS: &str = "gdelt_ukraine_war_en/data/articles";

/// A code-point span of a corpus record.
#[derive(Debug, Clone, Deserialize)]
pub struct RecordSpan {
    /// The corpus file, relative to the corpora directory.
    pub file: String,
    /// The record in a CSV (row) or JSONL (id) file; null for a text file.
    #[serde(default)]
    pub record: serde_json::Value,
    pub start: usize,
    pub end: usize,
    /// SHA-1 (lower-case hex) of the words under the span.
    #[serde(default)]
    pub sha1: Option<String>,
}

/// Where a quote's words come from, if from a primary source.
#[derive(Debug, Clone, Deserialize)]
pub struct RealGold {
    pub origin: Option<RecordSpan>,
    /// Other records holding the same words (accepted as the origin too).
    #[serde(default)]
    pub also: Vec<RecordSpan>,
}

/// One query of the set: a quote as printed in an article.
#[derive(Debug, Clone, Deserialize)]
pub struct RealQuery {
    pub query_id: String,
    /// verbatim, cut, translation, paraphrase or no_origin.
    pub kind: String,
    pub query: RecordSpan,
    #[serde(default)]
    pub speaker: Option<String>,
    /// The day of the article.
    pub date: String,
    pub gold: RealGold,
}

/// Why a quote of the set could not be read back from the corpus.
#[derive(Debug, Error)]
pub enum RealSetError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {start}..{end} is empty (a changed corpus?)")]
    Empty {
        path: PathBuf,
        start: usize,
        end: usize,
    },
    #[error("{path}: the text at {start}..{end} is not the one the set was built on (SHA-1 {got}, expected {want})")]
    Changed {
        path: PathBuf,
        start: usize,
        end: usize,
        got: String,
        want: String,
    },
}

/// The store id of a record: CSV rows are `PATH#ROW`, JSONL records
/// `FILE-STEM#ID`, text files their path (as `ingest` names them).
pub fn doc_id(corpora: &Path, span: &RecordSpan) -> String {
    let path = corpora.join(&span.file).display().to_string();
    let record = match &span.record {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match record {
        None => path,
        Some(r) if span.file.ends_with(".jsonl") => format!("{}#{r}", file_stem(&span.file)),
        Some(r) => format!("{path}#{r}"),
    }
}

fn file_stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// The quoted words: the span of its text file, checked against the
/// recorded SHA-1.
pub fn read_quote(corpora: &Path, span: &RecordSpan) -> Result<String, RealSetError> {
    let path = corpora.join(&span.file);
    let text = std::fs::read_to_string(&path).map_err(|source| RealSetError::Read {
        path: path.clone(),
        source,
    })?;
    quote_in(&text, span).map_err(|e| match e {
        QuoteFault::Empty => RealSetError::Empty {
            path,
            start: span.start,
            end: span.end,
        },
        QuoteFault::Changed { got, want } => RealSetError::Changed {
            path,
            start: span.start,
            end: span.end,
            got,
            want,
        },
    })
}

enum QuoteFault {
    Empty,
    Changed { got: String, want: String },
}

/// The words of `text` under `span` (code points), if not blank and of
/// the recorded hash.
fn quote_in(text: &str, span: &RecordSpan) -> Result<String, QuoteFault> {
    let words: String = text
        .chars()
        .skip(span.start)
        .take(span.end.saturating_sub(span.start))
        .collect();
    if words.trim().is_empty() {
        return Err(QuoteFault::Empty);
    }
    if let Some(want) = &span.sha1 {
        let got = sha1_hex(words.as_bytes());
        if &got != want {
            return Err(QuoteFault::Changed {
                got,
                want: want.clone(),
            });
        }
    }
    Ok(words)
}

/// SHA-1 of `data`, lower-case hex: only to check that the corpus text
/// under an offset is the text the set was built on.
fn sha1_hex(data: &[u8]) -> String {
    use sha1::{Digest, Sha1};
    Sha1::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Queries and right answers among them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub queries: usize,
    pub right: usize,
}

impl Share {
    fn add(&mut self, right: bool) {
        self.queries += 1;
        self.right += usize::from(right);
    }

    /// The share right (0 with no query).
    pub fn share(&self) -> f64 {
        self.right as f64 / self.queries.max(1) as f64
    }
}

/// The figures of the set traced so far.
#[derive(Debug, Clone)]
pub struct RealTally {
    corpora: PathBuf,
    /// Store id prefixes of the primary sources' records.
    primary_prefixes: Vec<String>,
    /// Quotes with an origin in a primary source.
    pub with_origin: Share,
    /// Quotes without one.
    pub without_origin: Share,
    pub by_kind: BTreeMap<String, Share>,
}

impl RealTally {
    /// An empty tally for the corpora under `corpora`.
    pub fn new(corpora: &Path) -> Self {
        let primary_prefixes = PRIMARY_CORPORA
            .iter()
            .map(|p| {
                if p.ends_with(".jsonl") {
                    format!("{}#", file_stem(p))
                } else {
                    format!("{}#", corpora.join(p).display())
                }
            })
            .collect();
        RealTally {
            corpora: corpora.to_path_buf(),
            primary_prefixes,
            with_origin: Share::default(),
            without_origin: Share::default(),
            by_kind: BTreeMap::new(),
        }
    }

    fn is_primary(&self, doc_id: &str) -> bool {
        self.primary_prefixes.iter().any(|p| doc_id.starts_with(p))
    }

    /// Whether `got` (the store id of the origin given, if any) is right
    /// for `query`: its origin or a record holding the same words, or, for
    /// a quote without one, anything but a primary source.
    pub fn is_right(&self, query: &RealQuery, got: Option<&str>) -> bool {
        match &query.gold.origin {
            Some(o) => got.is_some_and(|g| {
                std::iter::once(o)
                    .chain(&query.gold.also)
                    .any(|s| doc_id(&self.corpora, s) == g)
            }),
            None => got.is_none_or(|g| !self.is_primary(g)),
        }
    }

    /// Counts one traced query; true when it was right.
    pub fn add(&mut self, query: &RealQuery, got: Option<&str>) -> bool {
        let right = self.is_right(query, got);
        if query.gold.origin.is_some() {
            self.with_origin.add(right);
        } else {
            self.without_origin.add(right);
        }
        self.by_kind
            .entry(query.kind.clone())
            .or_default()
            .add(right);
        right
    }

    /// What was expected and what the trace gave, for a query answered
    /// wrong (several lines, no final newline).
    pub fn error_line(&self, query: &RealQuery, quote: &str, result: &TraceResult) -> String {
        format!(
            "{} ({}): expected {}\n  got {} (similarity {:.2}, confidence {:.2})\n  quote: {}",
            query.query_id,
            query.kind,
            query
                .gold
                .origin
                .as_ref()
                .map_or_else(|| "no origin".to_string(), |o| doc_id(&self.corpora, o)),
            result.origin.as_ref().map_or("no origin", |o| &o.doc_id),
            result.origin.as_ref().map_or(0.0, |o| o.score),
            result.confidence,
            quote
        )
    }

    /// The figures as JSON: the counts, the two shares and each kind's.
    pub fn json(&self) -> serde_json::Value {
        let kinds: serde_json::Map<String, serde_json::Value> = self
            .by_kind
            .iter()
            .map(|(k, t)| {
                (
                    k.clone(),
                    serde_json::json!({"queries": t.queries, "right": t.right, "share": t.share()}),
                )
            })
            .collect();
        serde_json::json!({
            "queries": self.with_origin.queries + self.without_origin.queries,
            "origin_at_1": self.with_origin.share(), "with_origin": self.with_origin.queries,
            "no_origin_right": self.without_origin.share(), "without_origin": self.without_origin.queries,
            "by_kind": kinds,
        })
    }

    /// The figures as the lines of a table.
    pub fn table(&self) -> Vec<String> {
        let row = |name: &str, t: &Share| {
            format!("  {name:<18} {:.3}  ({}/{})", t.share(), t.right, t.queries)
        };
        let mut lines = vec![
            format!(
                "real traces: {} quotes, {} with an origin in the corpus, {} without (traced through the store)",
                self.with_origin.queries + self.without_origin.queries,
                self.with_origin.queries,
                self.without_origin.queries
            ),
            row("origin@1", &self.with_origin),
            row("no origin right", &self.without_origin),
        ];
        lines.extend(self.by_kind.iter().map(|(k, t)| row(k, t)));
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(line: &str) -> RealQuery {
        serde_json::from_str(line).unwrap()
    }

    #[test]
    fn sha1_of_known_strings() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    #[test]
    fn store_ids_follow_ingest_naming() {
        let corpora = Path::new("/data/corpora");
        let q = query(
            r#"{"query_id":"q1","kind":"verbatim","date":"2022-03-01",
                "query":{"file":"gdelt_ukraine_war_en/data/articles/a.txt","start":0,"end":5},
                "gold":{"origin":{"file":"kremlin_en/kremlin_en.jsonl","record":"67843","start":3,"end":9},
                        "also":[{"file":"war_press_releases_2022/putin.csv","record":12,"start":0,"end":4}]}}"#,
        );
        assert_eq!(
            doc_id(corpora, &q.query),
            "/data/corpora/gdelt_ukraine_war_en/data/articles/a.txt"
        );
        let origin = q.gold.origin.as_ref().unwrap();
        assert_eq!(doc_id(corpora, origin), "kremlin_en#67843");
        assert_eq!(
            doc_id(corpora, &q.gold.also[0]),
            "/data/corpora/war_press_releases_2022/putin.csv#12"
        );
    }

    #[test]
    fn right_answers_by_gold_origin_and_primary_sources() {
        let corpora = Path::new("/data/corpora");
        let with_origin = query(
            r#"{"query_id":"q1","kind":"cut","date":"2022-03-01",
                "query":{"file":"gdelt_ukraine_war_en/data/articles/a.txt","start":0,"end":5},
                "gold":{"origin":{"file":"kremlin_en/kremlin_en.jsonl","record":"67843","start":3,"end":9},
                        "also":[{"file":"war_press_releases_2022/putin.csv","record":12,"start":0,"end":4}]}}"#,
        );
        let without = query(
            r#"{"query_id":"q2","kind":"no_origin","date":"2022-03-02",
                "query":{"file":"gdelt_ukraine_war_en/data/articles/b.txt","start":0,"end":5},
                "gold":{"origin":null}}"#,
        );
        let mut tally = RealTally::new(corpora);
        assert!(tally.add(&with_origin, Some("kremlin_en#67843")));
        assert!(tally.add(
            &with_origin,
            Some("/data/corpora/war_press_releases_2022/putin.csv#12")
        ));
        assert!(!tally.add(&with_origin, Some("kremlin_en#1")));
        assert!(!tally.add(&with_origin, None));
        // An earlier news article is no wrong origin; a primary source is.
        assert!(tally.add(
            &without,
            Some("/data/corpora/gdelt_ukraine_war_en/data/articles/c.txt")
        ));
        assert!(tally.add(&without, None));
        assert!(!tally.add(&without, Some("messages_en#4410")));
        assert_eq!(
            tally.with_origin,
            Share {
                queries: 4,
                right: 2
            }
        );
        assert_eq!(
            tally.without_origin,
            Share {
                queries: 3,
                right: 2
            }
        );
        let table = tally.table();
        assert_eq!(
            table[0],
            "real traces: 7 quotes, 4 with an origin in the corpus, 3 without (traced through the store)"
        );
        assert_eq!(table[1], "  origin@1           0.500  (2/4)");
        assert_eq!(table[2], "  no origin right    0.667  (2/3)");
        assert_eq!(table[3], "  cut                0.500  (2/4)");
        assert_eq!(table[4], "  no_origin          0.667  (2/3)");
        let json = tally.json();
        assert_eq!(json["queries"], 7);
        assert_eq!(json["by_kind"]["cut"]["right"], 2);
        assert_eq!(json["origin_at_1"].as_f64(), Some(0.5));
    }

    #[test]
    fn quotes_are_read_by_code_points_and_checked() {
        let text = "«Мы не нападаем», said the minister.";
        let span = |start, end, sha1: Option<&str>| RecordSpan {
            file: "a.txt".into(),
            record: serde_json::Value::Null,
            start,
            end,
            sha1: sha1.map(str::to_string),
        };
        let words = quote_in(text, &span(1, 15, None)).ok().unwrap();
        assert_eq!(words, "Мы не нападаем");
        let hash = sha1_hex(words.as_bytes());
        assert!(quote_in(text, &span(1, 15, Some(&hash))).is_ok());
        assert!(matches!(
            quote_in(text, &span(1, 14, Some(&hash))),
            Err(QuoteFault::Changed { .. })
        ));
        assert!(matches!(
            quote_in(text, &span(100, 120, None)),
            Err(QuoteFault::Empty)
        ));
        let err = read_quote(Path::new("/nonexistent/corpora"), &span(0, 1, None)).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/corpora/a.txt"));
    }
}
