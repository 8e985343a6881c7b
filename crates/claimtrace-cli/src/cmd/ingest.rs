//! `claimtrace ingest PATH... [--db DIR]`: analyse and store, in parallel,
//! one transaction per batch (per 8 MiB of text in a larger batch). Documents whose content hash is already
//! stored are skipped before analysis, so a rerun after an interruption
//! only does the work that was lost.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use super::batch::Batches;
use claimtrace_core::Document;
use claimtrace_store::{
    analyse_and_store, chunks_of_text, CorpusStore, PutOutcome, CHUNK_TEXT_BYTES,
};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace ingest ../shared/corpora/kremlin_en/kremlin_en.jsonl\n  \
claimtrace ingest news/ --db /data/claimtrace\n\n\
Rerunning on the same inputs adds nothing (content hashes); a changed document is kept as a new revision.\n\
A record that names its own id (JSONL, JSON, CSV) is stored as FILE-STEM#ID (messages_en#mhgP7EKXtzc), \
so files numbering their records alike do not overwrite each other.\n\
Identity: a file is named by its canonical path (however it was typed), a WARC record by its WARC-Record-ID \
(crawl.warc and crawl.warc.gz hold the same documents), stdin by --id or else by a hash of its text. \
A folder walk skips LICENSE*, README*, COPYING*, NOTICE*, MANIFEST* and hidden files unless --include-all.\n\
An interrupted ingest (Ctrl-C, kill -9) keeps every batch it committed: rerun it to finish.\n\
--quotes transformer stores the transformer's reading of who said what (a few documents a second; \
see `claimtrace analyze --help`). A document already stored is not re-read by a rerun with the other \
tagger: ingest into a fresh --db for that."
)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Keep record ids as written (JSONL, JSON, CSV) instead of FILE-STEM#ID:
    /// for a file `claimtrace export` wrote, to get the same ids back.
    #[arg(long)]
    pub ids_as_written: bool,
    /// Documents per transaction (a batch holding over 8 MiB of text is
    /// stored in several): an interruption (even kill -9) loses at
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
    /// Files a folder walk skipped as not news (licences, readmes).
    pub skipped: usize,
}

/// What `ingest` and `queue` read, and how they name it.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files or directories to read (as for `analyze`); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// The id of the document read from stdin (`-`); for a container
    /// (JSONL, WARC, ...) the name its record ids start with. Default: a
    /// hash of the text (`stdin:` and 16 hex digits).
    #[arg(long)]
    pub id: Option<String>,
    /// Read licence, readme and manifest files met in folders too.
    #[arg(long)]
    pub include_all: bool,
}

impl InputArgs {
    /// How `ingest` reads its inputs: ids that do not depend on how a
    /// path was typed, stdin named by `--id` or by its content.
    pub fn read_options(&self) -> claimtrace_ingest::ReadOptions {
        claimtrace_ingest::ReadOptions {
            file_ids: claimtrace_ingest::FileIds::Canonical,
            stdin_id: self.id.clone(),
            include_all: self.include_all,
            ..Default::default()
        }
    }
}

/// Reads `paths`, analyses and stores them batch by batch (what `ingest`
/// does, and what the evaluations do to build the store they ask).
pub fn ingest_paths(
    store: &mut dyn CorpusStore,
    pipeline: &claimtrace_core::Pipeline,
    paths: &[String],
    read_options: &claimtrace_ingest::ReadOptions,
    batch_size: usize,
    quiet: bool,
) -> anyhow::Result<Tally> {
    let mut batches = Batches::with_options(paths, batch_size, read_options);
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
    let skipped = read_options.skipped.paths();
    t.skipped = skipped.len();
    for path in skipped.iter().take(5) {
        super::eprint_line(&format!(
            "claimtrace: skipped {path} (not news; --include-all reads it)"
        ));
    }
    if skipped.len() > 5 {
        super::eprint_line(&format!(
            "claimtrace: skipped {} more licence/readme files",
            skipped.len() - 5
        ));
    }
    Ok(t)
}

/// Analyses one batch in parallel (skipping documents stored unchanged)
/// and stores it in one transaction (`claimtrace_store::analyse_and_store`,
/// which the desk's `POST /documents` calls too), counting what happened in `t`.
/// A batch holding more than `CHUNK_TEXT_BYTES` of text is analysed and
/// stored chunk by chunk, a transaction each, so that its peak memory is a
/// chunk's and not the sum of its documents'.
pub fn store_batch(
    store: &mut dyn CorpusStore,
    pipeline: &claimtrace_core::Pipeline,
    batch: Vec<Document>,
    t: &mut Tally,
    progress: &super::progress::Progress,
) -> anyhow::Result<()> {
    for chunk in chunks_of_text(batch, CHUNK_TEXT_BYTES) {
        store_chunk(store, pipeline, chunk, t, progress)?;
    }
    Ok(())
}

fn store_chunk(
    store: &mut dyn CorpusStore,
    pipeline: &claimtrace_core::Pipeline,
    chunk: Vec<Document>,
    t: &mut Tally,
    progress: &super::progress::Progress,
) -> anyhow::Result<()> {
    let report = analyse_and_store(store, pipeline, chunk)?;
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
    let mut store = args.store.open_for_writing()?;
    let start = Instant::now();
    let mut read_options = args.input.read_options();
    if args.ids_as_written {
        read_options.record_ids = claimtrace_ingest::RecordIds::AsWritten;
    }
    let t = ingest_paths(
        store.as_mut(),
        &pipeline,
        &args.input.paths,
        &read_options,
        args.batch,
        args.quiet,
    )?;
    let secs = start.elapsed().as_secs_f64();
    let stored = t.added + t.updated;
    let stats = store.stats()?;
    if args.json {
        let v = serde_json::json!({
            "added": t.added, "unchanged": t.unchanged, "updated": t.updated,
            "rejected": t.rejected, "skipped": t.skipped, "seconds": secs,
            "docs_per_s": stored as f64 / secs.max(1e-9),
            "mb_analysed": t.bytes as f64 / 1e6,
            "store": stats,
            "db": args.store.shown(),
        });
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        out.flush()?;
    } else {
        let skipped = match t.skipped {
            0 => String::new(),
            n => format!(", {n} skipped (not news)"),
        };
        super::eprint_line(&format!(
            "claimtrace: {} added, {} unchanged, {} updated, {} rejected{skipped} in {secs:.1} s ({:.1} docs/s stored)",
            t.added,
            t.unchanged,
            t.updated,
            t.rejected,
            stored as f64 / secs.max(1e-9)
        ));
        super::eprint_line(&format!(
            "claimtrace: store {}: {} documents, {} statements, {:.1} MB on disk",
            args.store.shown(),
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
