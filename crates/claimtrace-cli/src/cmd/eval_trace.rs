//! `claimtrace eval trace --dir DIR`: the quote-provenance set.
//!
//! Reads `DIR/corpus.jsonl` (id, title, date, source, url, text) and
//! `DIR/queries.jsonl` (query_id, doc_id, quote, date, gold{origin_doc,
//! chain, differences}), analyses the corpus into a store as `ingest`
//! does, traces every query through it as `trace --db` does, and scores: origin at rank 1, mean reciprocal rank of the origin, chains
//! right, and per-type precision/recall/F1 of the differences, each hop
//! keyed by the document it leads to (see docs/evaluation.md).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::Document;
use claimtrace_store::SqliteStore;
use claimtrace_trace::eval::{gold_difference_types, ProvenanceGold, ProvenanceTally, QueryScore};
use claimtrace_trace::{trace, DifferenceType, TraceError, TraceOptions, TraceQuery, TraceResult};
use serde::Deserialize;

#[derive(clap::Args)]
#[command(after_help = "Example:\n  claimtrace eval trace --dir ../shared/eval/provenance/dev")]
pub struct Args {
    /// Directory holding corpus.jsonl and queries.jsonl.
    #[arg(long)]
    pub dir: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each query whose origin, chain or differences are wrong.
    #[arg(long)]
    pub errors: bool,
    /// Minimum similarity for a match (tuning).
    #[arg(long)]
    pub match_threshold: Option<f32>,
    /// Keep the store of the corpus here (reused when it already holds
    /// it). Default: a temporary directory.
    #[arg(long)]
    pub db: Option<PathBuf>,
}

/// Analyses documents (ids as written) and stores them, batch by batch,
/// as `claimtrace ingest` does.
pub fn store_documents(store: &mut SqliteStore, docs: Vec<Document>) -> anyhow::Result<()> {
    let pipeline = claimtrace_pipeline::default_pipeline();
    let progress = super::progress::Progress::new(true, "ingesting");
    let mut tally = super::ingest::Tally::default();
    let mut rest = docs;
    while !rest.is_empty() {
        let tail = rest.split_off(rest.len().min(256));
        super::ingest::store_batch(store, &pipeline, rest, &mut tally, &progress)?;
        rest = tail;
    }
    Ok(())
}

#[derive(Deserialize)]
struct QueryLine {
    query_id: String,
    doc_id: String,
    quote: String,
    #[serde(default)]
    date: Option<String>,
    gold: ProvenanceGold,
}

/// Reads the corpus of documents (id, title, date, source, url, text) with
/// the project's JSONL reader, stopping at the first bad record. The ids
/// stay as written: the queries' gold names documents by them.
pub fn read_corpus_jsonl(path: &Path) -> anyhow::Result<Vec<Document>> {
    let input = [path.display().to_string()];
    let opts = claimtrace_ingest::ReadOptions {
        record_ids: claimtrace_ingest::RecordIds::AsWritten,
        ..Default::default()
    };
    claimtrace_ingest::read_inputs(&input, &opts)
        .map(|r| r.map_err(anyhow::Error::from))
        .collect()
}

fn read_queries(path: &Path) -> anyhow::Result<Vec<QueryLine>> {
    super::jsonl::read_records(path, "a query")
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let docs = read_corpus_jsonl(&args.dir.join("corpus.jsonl"))?;
    let n_docs = docs.len();
    let queries = read_queries(&args.dir.join("queries.jsonl"))?;
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let db = args.db.clone().unwrap_or_else(|| tmp.path().join("store"));
    let mut store = SqliteStore::open(&db)?;
    store_documents(&mut store, docs)?;
    let mut opts = TraceOptions::default();
    if let Some(t) = args.match_threshold {
        opts.match_threshold = t;
    }
    let results = trace_queries(&store, &queries, &opts);
    let tally = score_traces(&queries, results, args.errors)?;
    let gold_types = gold_difference_types(queries.iter().map(|q| &q.gold));
    if args.json {
        print_json(&tally, &gold_types, queries.len())?;
    } else {
        print_table(&tally, &gold_types, queries.len(), n_docs);
    }
    Ok(ExitCode::SUCCESS)
}

/// Traces every query through the store, as `trace --db` does: from the
/// query's own document and date, speaker unknown.
fn trace_queries(
    store: &SqliteStore,
    queries: &[QueryLine],
    opts: &TraceOptions,
) -> Vec<Result<TraceResult, TraceError>> {
    queries
        .iter()
        .map(|q| {
            let tq = TraceQuery {
                text: q.quote.clone(),
                doc_id: Some(q.doc_id.clone()),
                date: q.date.clone(),
                speaker: None,
                before: None,
            };
            trace(store, &tq, opts)
        })
        .collect()
}

/// Counts what each trace got right; with `print_errors`, prints each
/// query that was not all right. The first failed trace is the error.
fn score_traces(
    queries: &[QueryLine],
    results: Vec<Result<TraceResult, TraceError>>,
    print_errors: bool,
) -> anyhow::Result<ProvenanceTally> {
    let mut tally = ProvenanceTally::default();
    for (q, r) in queries.iter().zip(results) {
        let r = r.with_context(|| format!("tracing {}", q.query_id))?;
        let score = tally.add(&q.gold, &r);
        if print_errors && !score.all_right() {
            print_wrong_query(q, &score, &r);
        }
    }
    Ok(tally)
}

/// The gold of a query beside what its trace found (for `--errors`).
fn print_wrong_query(q: &QueryLine, score: &QueryScore, r: &TraceResult) {
    eprintln!(
        "{}: gold origin {} chain {:?} diffs {:?}\n  got chain {:?} diffs {:?}\n  quote: {}",
        q.query_id,
        q.gold.origin_doc,
        q.gold.chain,
        q.gold.differences,
        score.chain,
        r.chain
            .iter()
            .skip(1)
            .map(|h| h
                .differences
                .iter()
                .map(|d| format!("{}: {}", d.kind, d.detail))
                .collect::<Vec<_>>())
            .collect::<Vec<_>>(),
        q.quote
    );
}

/// The figures as JSON (what `eval all` reads).
fn print_json(
    tally: &ProvenanceTally,
    gold_types: &HashSet<DifferenceType>,
    n_queries: usize,
) -> anyhow::Result<()> {
    let types: Vec<serde_json::Value> = tally
        .per_type
        .iter()
        .map(|(t, c)| {
            let (p, r, f) = c.prf();
            serde_json::json!({"type": t.as_str(), "in_gold": gold_types.contains(t),
                "tp": c.tp, "fp": c.fp, "fn": c.fn_, "precision": p, "recall": r, "f1": f})
        })
        .collect();
    let v = serde_json::json!({"queries": n_queries,
        "origin_accuracy_at_1": tally.origin_accuracy_at_1(), "origin_mrr": tally.origin_mrr(),
        "chains_right": tally.chains_right_share(), "differences": types});
    println!("{}", serde_json::to_string_pretty(&v)?);
    Ok(())
}

/// The figures as a table; a difference type absent from the gold is
/// listed only when it was reported (its false positives).
fn print_table(
    tally: &ProvenanceTally,
    gold_types: &HashSet<DifferenceType>,
    n_queries: usize,
    n_docs: usize,
) {
    println!("provenance: {n_queries} queries, {n_docs} documents (traced through the store)");
    println!("  origin accuracy@1  {:.3}", tally.origin_accuracy_at_1());
    println!("  origin MRR         {:.3}", tally.origin_mrr());
    println!("  chains right       {:.3}", tally.chains_right_share());
    println!("  difference          prec    rec     F1    (tp/fp/fn)");
    for (t, c) in &tally.per_type {
        if !gold_types.contains(t) && c.fp == 0 {
            continue;
        }
        let (p, r, f) = c.prf();
        let note = if gold_types.contains(t) {
            ""
        } else {
            "  (not in gold: false positives)"
        };
        println!(
            "  {:<18} {p:>6.3} {r:>6.3} {f:>6.3}   ({}/{}/{}){note}",
            t.as_str(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
}
