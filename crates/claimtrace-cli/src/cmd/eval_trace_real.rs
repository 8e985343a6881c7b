//! `claimtrace eval trace-real`: real quote traces (eval/trace-real).
//!
//! Builds a store of the corpora the set was drawn from (Kremlin
//! transcripts, the 2022 Kremlin and president.gov.ua releases, Zelensky's
//! addresses, the GDELT news articles) exactly as `claimtrace ingest`
//! does, then asks `trace` each quote as a fact-checker pastes it (the
//! words, and the day of the article) and scores:
//! - origin@1: for quotes whose words are in a primary source, the origin
//!   given is that source (or another record that holds the same words);
//! - no origin right: for quotes whose words are in no primary source, no
//!   primary source is given as their origin (an earlier news article that
//!   printed the same quote is an earlier version, not a wrong answer);
//! - both by kind (verbatim, cut, translation, paraphrase, no_origin).
//!
//! The set holds offsets, not texts (corpus text stays in ../shared): each
//! quote is read from its file and checked against the SHA-1 the set
//! records, so a changed corpus fails loudly.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use claimtrace_store::SqliteStore;
use claimtrace_trace::{trace, TraceOptions, TraceQuery};
use serde::Deserialize;

/// The corpora of the set, relative to `--corpora`.
const PRIMARY: &[&str] = &[
    "kremlin_en/kremlin_en.jsonl",
    "war_press_releases_2022/putin.csv",
    "war_press_releases_2022/zelenskyy.csv",
    "uk_en_zelensky_addresses_resistinua/messages_en.jsonl",
];
const NEWS: &str = "gdelt_ukraine_war_en/data/articles";

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace eval trace-real --set eval/trace-real/queries.jsonl \
--corpora ../shared/corpora --db /tmp/trace-real-db\n\n\
The first run ingests about 10,000 documents (a minute or two); with --db the store is kept and \
reused."
)]
pub struct Args {
    /// The set: eval/trace-real/queries.jsonl.
    #[arg(long, default_value = "eval/trace-real/queries.jsonl")]
    pub set: PathBuf,
    /// Where the corpora are (../shared/corpora).
    #[arg(long, default_value = "../shared/corpora")]
    pub corpora: PathBuf,
    /// Keep the store here (reused when it already holds the corpora).
    /// Default: a temporary directory.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each query answered wrong.
    #[arg(long)]
    pub errors: bool,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Minimum similarity for a version of the quote (tuning; the default
    /// is what `trace` uses).
    #[arg(long)]
    pub match_threshold: Option<f32>,
}

#[derive(Deserialize)]
struct Span {
    file: String,
    #[serde(default)]
    record: serde_json::Value,
    start: usize,
    end: usize,
    #[serde(default)]
    sha1: Option<String>,
}

#[derive(Deserialize)]
struct Gold {
    origin: Option<Span>,
    #[serde(default)]
    also: Vec<Span>,
}

#[derive(Deserialize)]
struct Line {
    query_id: String,
    kind: String,
    query: Span,
    #[serde(default)]
    speaker: Option<String>,
    date: String,
    gold: Gold,
}

/// The store id of a record: CSV rows are `PATH#ROW`, JSONL records
/// `FILE-STEM#ID`, text files their path (as `ingest` names them).
fn doc_id(corpora: &Path, span: &Span) -> String {
    let path = corpora.join(&span.file).display().to_string();
    let record = match &span.record {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match record {
        None => path,
        Some(r) if span.file.ends_with(".jsonl") => {
            let stem = Path::new(&span.file)
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            format!("{stem}#{r}")
        }
        Some(r) => format!("{path}#{r}"),
    }
}

/// The quoted words: a code-point span of a text file, checked against
/// the recorded SHA-1.
fn quote_text(corpora: &Path, span: &Span) -> anyhow::Result<String> {
    let path = corpora.join(&span.file);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let words: String = text
        .chars()
        .skip(span.start)
        .take(span.end.saturating_sub(span.start))
        .collect();
    if words.trim().is_empty() {
        bail!(
            "{}: {}..{} is empty (a changed corpus?)",
            path.display(),
            span.start,
            span.end
        );
    }
    if let Some(want) = &span.sha1 {
        let got = sha1_hex(words.as_bytes());
        if &got != want {
            bail!(
                "{}: the text at {}..{} is not the one the set was built on (SHA-1 {got}, expected {want})",
                path.display(),
                span.start,
                span.end
            );
        }
    }
    Ok(words)
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    right: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lines: Vec<Line> = super::jsonl::read_records(&args.set, "a trace-real query")?;
    if lines.is_empty() {
        bail!("{} holds no query", args.set.display());
    }
    let mut inputs: Vec<String> = PRIMARY
        .iter()
        .map(|p| args.corpora.join(p).display().to_string())
        .collect();
    inputs.push(args.corpora.join(NEWS).display().to_string());
    for p in &inputs {
        if !Path::new(p).exists() {
            bail!("{p} is missing: --corpora must point at ../shared/corpora");
        }
    }
    let queries: Vec<(String, &Line)> = lines
        .iter()
        .map(|l| Ok((quote_text(&args.corpora, &l.query)?, l)))
        .collect::<anyhow::Result<_>>()?;

    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let db = args.db.clone().unwrap_or_else(|| tmp.path().join("store"));
    let mut store = SqliteStore::open(&db)?;
    let pipeline = claimtrace_pipeline::default_pipeline();
    super::ingest::ingest_paths(
        &mut store,
        &pipeline,
        &inputs,
        &Default::default(),
        256,
        args.quiet,
    )?;

    let primary_prefixes: Vec<String> = PRIMARY
        .iter()
        .map(|p| {
            if p.ends_with(".jsonl") {
                let stem = Path::new(p)
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                format!("{stem}#")
            } else {
                format!("{}#", args.corpora.join(p).display())
            }
        })
        .collect();
    let is_primary = |id: &str| primary_prefixes.iter().any(|p| id.starts_with(p));

    let mut opts = TraceOptions::default();
    if let Some(t) = args.match_threshold {
        opts.match_threshold = t;
    }
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut with_origin, mut without) = (Tally::default(), Tally::default());
    let mut rows = Vec::new();
    for (text, l) in &queries {
        // The quote as read in its article (`trace --in ARTICLE`).
        let q = TraceQuery {
            text: text.clone(),
            doc_id: Some(doc_id(&args.corpora, &l.query)),
            date: Some(l.date.clone()),
            speaker: l.speaker.clone(),
            before: None,
        };
        let r = trace(&store, &q, &opts).with_context(|| format!("tracing {}", l.query_id))?;
        let got = r.origin.as_ref().map(|o| o.doc_id.clone());
        let right = match &l.gold.origin {
            Some(o) => {
                let accepted: Vec<String> = std::iter::once(o)
                    .chain(&l.gold.also)
                    .map(|s| doc_id(&args.corpora, s))
                    .collect();
                got.as_ref().is_some_and(|g| accepted.contains(g))
            }
            None => got.as_deref().is_none_or(|g| !is_primary(g)),
        };
        let t = if l.gold.origin.is_some() {
            &mut with_origin
        } else {
            &mut without
        };
        t.n += 1;
        t.right += usize::from(right);
        let k = by_kind.entry(l.kind.clone()).or_default();
        k.n += 1;
        k.right += usize::from(right);
        if args.errors && !right {
            eprintln!(
                "{} ({}): expected {}\n  got {} (similarity {:.2}, confidence {:.2})\n  quote: {}",
                l.query_id,
                l.kind,
                l.gold
                    .origin
                    .as_ref()
                    .map_or_else(|| "no origin".to_string(), |o| doc_id(&args.corpora, o)),
                got.as_deref().unwrap_or("no origin"),
                r.origin.as_ref().map_or(0.0, |o| o.score),
                r.confidence,
                text
            );
        }
        rows.push((l.query_id.clone(), right));
    }
    let share = |t: &Tally| t.right as f64 / t.n.max(1) as f64;
    if args.json {
        let kinds: HashMap<&str, serde_json::Value> = by_kind
            .iter()
            .map(|(k, t)| {
                (
                    k.as_str(),
                    serde_json::json!({"queries": t.n, "right": t.right, "share": share(t)}),
                )
            })
            .collect();
        let v = serde_json::json!({
            "queries": queries.len(),
            "origin_at_1": share(&with_origin), "with_origin": with_origin.n,
            "no_origin_right": share(&without), "without_origin": without.n,
            "by_kind": kinds,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "real traces: {} quotes, {} with an origin in the corpus, {} without (traced through the store)",
            queries.len(),
            with_origin.n,
            without.n
        );
        println!(
            "  origin@1           {:.3}  ({}/{})",
            share(&with_origin),
            with_origin.right,
            with_origin.n
        );
        println!(
            "  no origin right    {:.3}  ({}/{})",
            share(&without),
            without.right,
            without.n
        );
        for (k, t) in &by_kind {
            println!("  {k:<18} {:.3}  ({}/{})", share(t), t.right, t.n);
        }
    }
    Ok(ExitCode::SUCCESS)
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

#[cfg(test)]
mod tests {
    use super::sha1_hex;

    #[test]
    fn sha1_of_known_strings() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    }
}
