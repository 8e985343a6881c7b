//! `claimtrace queue PATH... --db postgres://...`: reads documents and
//! puts them on the store's ingest queue, for `claimtrace worker`s on any
//! number of machines to analyse and store.

use std::process::ExitCode;

use claimtrace_store::PgStore;

use super::batch::Batches;

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace queue ../shared/corpora/kremlin_en/kremlin_en.jsonl --db postgres://claimtrace@db/news\n  \
claimtrace worker --db postgres://claimtrace@db/news      # on each machine, as many as wanted\n\n\
Documents are read here (ids as `ingest` makes them) and queued with their text; a document already \
queued with the same content is not queued again. Workers analyse and store them."
)]
pub struct Args {
    #[command(flatten)]
    pub input: super::ingest::InputArgs,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Documents per insert.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// The PostgreSQL store named by `--db`, or an error saying that the queue
/// needs one.
pub fn queue_store(store: &super::store_args::StoreArgs) -> anyhow::Result<PgStore> {
    let location = store.location();
    if !claimtrace_store::is_postgres_url(&location) {
        return Err(super::UsageError(format!(
            "the ingest queue lives in a PostgreSQL store: pass --db postgres://... (got {})",
            super::escape_controls(&store.shown())
        ))
        .into());
    }
    Ok(PgStore::open(&location)?)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = queue_store(&args.store)?;
    let read_options = args.input.read_options();
    let mut batches = Batches::with_options(&args.input.paths, args.batch, &read_options);
    let progress = super::progress::Progress::new(args.quiet, "queueing");
    let (mut read, mut queued) = (0usize, 0usize);
    loop {
        let batch = batches.next_batch(&progress);
        if batch.is_empty() {
            break;
        }
        read += batch.len();
        queued += store.enqueue(&batch)?;
        progress.inc(batch.len() as u64);
    }
    progress.finish();
    let counts = store.queue_counts()?;
    super::eprint_line(&format!(
        "claimtrace: {queued} queued, {} already queued, {} rejected, {} skipped (not news); \
queue of {}: {} waiting, {} leased, {} done",
        read - queued,
        batches.rejected,
        read_options.skipped.paths().len(),
        store.shown(),
        counts.waiting,
        counts.leased,
        counts.done
    ));
    Ok(if batches.rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
