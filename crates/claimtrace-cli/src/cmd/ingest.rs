//! `claimtrace ingest PATH... [--db DIR]`: analyse and store, in parallel,
//! one transaction per batch. Documents whose content hash is already
//! stored are skipped before analysis, so a rerun after an interruption
//! only does the work that was lost.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use super::batch::Batches;
use claimtrace_core::Document;
use claimtrace_store::{analyse_and_store, CorpusStore, PutOutcome, SqliteStore};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace ingest ../shared/corpora/kremlin_en/kremlin_en.jsonl\n  \
claimtrace ingest news/ --db /data/claimtrace\n\n\
Rerunning on the same inputs adds nothing (content hashes); a changed document is kept as a new revision.\n\
A record that names its own id (JSONL, JSON, CSV) is stored as FILE-STEM#ID (messages_en#mhgP7EKXtzc), \
so files numbering their records alike do not overwrite each other.\n\
An interrupted ingest (Ctrl-C, kill -9) keeps every batch it committed: rerun it to finish.\n\
--quotes transformer stores the transformer's reading of who said what (a few documents a second; \
see `claimtrace analyze --help`). A document already stored is not re-read by a rerun with the other \
tagger: ingest into a fresh --db for that."
)]
pub struct Args {
    /// Files or directories to read (as for `analyze`); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Store directory.
    #[arg(long, env = "CLAIMTRACE_DB", default_value = "claimtrace-data")]
    pub db: PathBuf,
    /// Documents per transaction: an interruption (even kill -9) loses at
    /// most the batch in flight, and a rerun skips the committed ones.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub quote_model: super::quote_model::QuoteModelArgs,
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Tally {
    pub added: usize,
    pub unchanged: usize,
    pub updated: usize,
    pub rejected: usize,
    pub bytes: usize,
}

/// Reads `paths`, analyses and stores them batch by batch (what `ingest`
/// does, and what the evaluations do to build the store they ask).
pub fn ingest_paths(
    store: &mut dyn CorpusStore,
    pipeline: &claimtrace_core::Pipeline,
    paths: &[String],
    batch_size: usize,
    quiet: bool,
) -> anyhow::Result<Tally> {
    let mut batches = Batches::new(paths, batch_size);
    let progress = super::progress::Progress::new(quiet, "ingesting");
    let mut t = Tally::default();
    loop {
        let batch = batches.next_batch(&progress);
        if batch.is_empty() {
            break;
        }
        let n = batch.len() as u64;
        store_batch(store, pipeline, batch, &mut t, &progress)?;
        progress.inc(n);
    }
    t.rejected = batches.rejected;
    progress.finish();
    Ok(t)
}

/// Analyses one batch in parallel (skipping documents stored unchanged)
/// and stores it in one transaction (`claimtrace_store::analyse_and_store`,
/// which the desk's `POST /documents` calls too), counting what happened in `t`.
pub fn store_batch(
    store: &mut dyn CorpusStore,
    pipeline: &claimtrace_core::Pipeline,
    batch: Vec<Document>,
    t: &mut Tally,
    progress: &super::progress::Progress,
) -> anyhow::Result<()> {
    let report = analyse_and_store(store, pipeline, batch)?;
    t.bytes += report.bytes_analysed;
    for (id, w) in &report.warnings {
        progress.println(&format!("claimtrace: warning: {id}: {w}"));
    }
    for (_, o) in &report.outcomes {
        match o {
            PutOutcome::Added => t.added += 1,
            PutOutcome::Unchanged => t.unchanged += 1,
            PutOutcome::Updated { .. } => t.updated += 1,
        }
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    // The tagger first: a missing model fails before the store is touched.
    let pipeline = args.quote_model.pipeline()?;
    let mut store: Box<dyn CorpusStore> = Box::new(SqliteStore::open(&args.db)?);
    let start = Instant::now();
    let t = ingest_paths(
        store.as_mut(),
        &pipeline,
        &args.paths,
        args.batch,
        args.quiet,
    )?;
    let secs = start.elapsed().as_secs_f64();
    let stored = t.added + t.updated;
    let stats = store.stats()?;
    if args.json {
        let v = serde_json::json!({
            "added": t.added, "unchanged": t.unchanged, "updated": t.updated,
            "rejected": t.rejected, "seconds": secs,
            "docs_per_s": stored as f64 / secs.max(1e-9),
            "mb_analysed": t.bytes as f64 / 1e6,
            "store": stats,
            "db": args.db.display().to_string(),
        });
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        out.flush()?;
    } else {
        super::eprint_line(&format!(
            "claimtrace: {} added, {} unchanged, {} updated, {} rejected in {secs:.1} s ({:.1} docs/s stored)",
            t.added,
            t.unchanged,
            t.updated,
            t.rejected,
            stored as f64 / secs.max(1e-9)
        ));
        super::eprint_line(&format!(
            "claimtrace: store {}: {} documents, {} statements, {:.1} MB on disk",
            args.db.display(),
            stats.documents,
            stats.statements,
            stats.bytes_on_disk as f64 / 1e6
        ));
    }
    Ok(if t.rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
