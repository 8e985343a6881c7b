//! `claimtrace worker --db postgres://...`: claims batches from the ingest
//! queue under a lease, analyses them and stores them; run as many as
//! wanted, on any machines.

use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use claimtrace_store::{plan_batch, PutOutcome};
use rayon::prelude::*;

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace worker --db postgres://claimtrace@db/news -j 4\n\n\
A batch is claimed for --lease seconds (FOR UPDATE SKIP LOCKED: workers never wait for each other). \
It is stored and marked done in one transaction; a worker killed before that (even kill -9) loses \
nothing: when its lease expires another worker takes the batch. A document is never stored twice \
(content hashes): a batch taken over from a slow worker is `unchanged` the second time."
)]
pub struct Args {
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Documents claimed at a time.
    #[arg(long, default_value_t = 32)]
    pub batch: usize,
    /// Seconds a claimed batch is this worker's before another may take it.
    /// Longer than the slowest batch takes to analyse.
    #[arg(long, default_value_t = 600.0)]
    pub lease: f64,
    /// Stop when nothing is waiting or leased (default: wait for more).
    #[arg(long)]
    pub exit_when_empty: bool,
    /// Seconds between looks at an empty queue.
    #[arg(long, default_value_t = 2.0)]
    pub poll: f64,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub quote_model: super::quote_model::QuoteModelArgs,
}

fn seconds(value: f64, what: &str) -> anyhow::Result<Duration> {
    if !(value.is_finite() && value > 0.0 && value < 1e7) {
        return Err(
            super::UsageError(format!("{what} must be a positive number of seconds")).into(),
        );
    }
    Ok(Duration::from_secs_f64(value))
}

/// This worker's name in the queue: host and process.
fn worker_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "worker".to_string());
    format!("{host}:{}", std::process::id())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lease = seconds(args.lease, "--lease")?;
    let poll = seconds(args.poll, "--poll")?;
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    let pipeline = args.quote_model.pipeline()?;
    let mut store = super::queue::queue_store(&args.store)?;
    let name = worker_name();
    let start = Instant::now();
    let (mut added, mut updated, mut unchanged, mut failed) = (0usize, 0usize, 0usize, 0usize);
    loop {
        let claimed = store.claim(&name, args.batch.max(1), lease)?;
        if claimed.is_empty() {
            let counts = store.queue_counts()?;
            if args.exit_when_empty && counts.waiting == 0 && counts.leased == 0 {
                break;
            }
            std::thread::sleep(poll);
            continue;
        }
        let pks: Vec<i64> = claimed.iter().map(|q| q.queue_pk).collect();
        let docs = claimed.into_iter().map(|q| q.document).collect();
        let (todo, skipped) = plan_batch(&store, docs)?;
        unchanged += skipped;
        let analysed: Vec<_> = todo
            .into_par_iter()
            .map(|(mut d, h)| {
                pipeline.run(&mut d);
                (d, h)
            })
            .collect();
        match store.finish(&analysed, &pks) {
            Ok(outcomes) => {
                for o in outcomes {
                    match o {
                        PutOutcome::Added => added += 1,
                        PutOutcome::Updated { .. } => updated += 1,
                        PutOutcome::Unchanged => unchanged += 1,
                    }
                }
            }
            Err(e) => {
                // Given back at once, with the error, for another try.
                failed += pks.len();
                super::eprint_line(&format!("claimtrace: worker {name}: batch failed: {e}"));
                store.release(&pks, &e.to_string())?;
                std::thread::sleep(poll);
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    if args.json {
        let v = serde_json::json!({
            "worker": name, "added": added, "updated": updated, "unchanged": unchanged,
            "failed": failed, "seconds": secs,
        });
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    } else {
        super::eprint_line(&format!(
            "claimtrace: worker {name}: {added} added, {updated} updated, {unchanged} unchanged, \
{failed} failed in {secs:.1} s"
        ));
    }
    Ok(ExitCode::SUCCESS)
}
