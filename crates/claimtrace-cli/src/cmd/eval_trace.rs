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
use claimtrace_trace::eval::{ProvenanceGold, ProvenanceTally};
use claimtrace_trace::{trace, DifferenceType, TraceOptions, TraceQuery};
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
    let results: Vec<_> = queries
        .iter()
        .map(|q| {
            let tq = TraceQuery {
                text: q.quote.clone(),
                doc_id: Some(q.doc_id.clone()),
                date: q.date.clone(),
                speaker: None,
                before: None,
            };
            trace(&store, &tq, &opts)
        })
        .collect();

    let n = queries.len();
    let mut tally = ProvenanceTally::default();
    let gold_types: HashSet<DifferenceType> = queries
        .iter()
        .flat_map(|q| q.gold.differences.iter().flatten())
        .filter_map(|t| DifferenceType::parse(t))
        .collect();
    for (q, r) in queries.iter().zip(results) {
        let r = r.with_context(|| format!("tracing {}", q.query_id))?;
        let score = tally.add(&q.gold, &r);
        if args.errors && !score.all_right() {
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
    }
    let per_type = &tally.per_type;
    let (acc, mrr, chains) = (
        tally.origin_accuracy_at_1(),
        tally.origin_mrr(),
        tally.chains_right_share(),
    );
    if args.json {
        let types: Vec<serde_json::Value> = per_type
            .iter()
            .map(|(t, c)| {
                let (p, r, f) = c.prf();
                serde_json::json!({"type": t.as_str(), "in_gold": gold_types.contains(t),
                    "tp": c.tp, "fp": c.fp, "fn": c.fn_, "precision": p, "recall": r, "f1": f})
            })
            .collect();
        let v = serde_json::json!({"queries": n, "origin_accuracy_at_1": acc, "origin_mrr": mrr,
            "chains_right": chains, "differences": types});
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("provenance: {n} queries, {n_docs} documents (traced through the store)");
        println!("  origin accuracy@1  {acc:.3}");
        println!("  origin MRR         {mrr:.3}");
        println!("  chains right       {chains:.3}");
        println!("  difference          prec    rec     F1    (tp/fp/fn)");
        for (t, c) in per_type {
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
    Ok(ExitCode::SUCCESS)
}
