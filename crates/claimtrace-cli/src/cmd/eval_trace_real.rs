//! `claimtrace eval trace-real`: real quote traces (eval/trace-real).
//!
//! Builds a store of the corpora the set was drawn from (Kremlin
//! transcripts, the 2022 Kremlin and president.gov.ua releases, Zelensky's
//! addresses, the GDELT news articles) exactly as `claimtrace ingest`
//! does, then asks `trace` each quote as a fact-checker pastes it (the
//! words, and the day of the article). What is right, the tallies and the
//! error lines are `claimtrace_trace::eval::real`'s (its documentation
//! says what is counted); this file reads the arguments, asks the store
//! and prints.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use claimtrace_store::SqliteStore;
use claimtrace_trace::eval::real::{
    doc_id, read_quote, RealQuery, RealTally, NEWS_CORPUS, PRIMARY_CORPORA,
};
use claimtrace_trace::{trace, TraceOptions, TraceQuery};

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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lines: Vec<RealQuery> = super::jsonl::read_records(&args.set, "a trace-real query")?;
    if lines.is_empty() {
        bail!("{} holds no query", args.set.display());
    }
    let mut inputs: Vec<String> = PRIMARY_CORPORA
        .iter()
        .map(|p| args.corpora.join(p).display().to_string())
        .collect();
    inputs.push(args.corpora.join(NEWS_CORPUS).display().to_string());
    for p in &inputs {
        if !Path::new(p).exists() {
            bail!("{p} is missing: --corpora must point at ../shared/corpora");
        }
    }
    let queries: Vec<(String, &RealQuery)> = lines
        .iter()
        .map(|l| Ok((read_quote(&args.corpora, &l.query)?, l)))
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

    let mut opts = TraceOptions::default();
    if let Some(t) = args.match_threshold {
        opts.match_threshold = t;
    }
    let mut tally = RealTally::new(&args.corpora);
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
        let right = tally.add(l, r.origin.as_ref().map(|o| o.doc_id.as_str()));
        if args.errors && !right {
            eprintln!("{}", tally.error_line(l, text, &r));
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&tally.json())?);
    } else {
        for line in tally.table() {
            println!("{line}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
