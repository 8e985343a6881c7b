//! `claimtrace bench ...`: throughput over real corpora, on one core.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Subcommand;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Reading + segmentation (text layers and date) on one core: docs/s and MB/s.
    Read(BenchArgs),
    /// The whole analysis on one core, with the time of each stage and peak memory.
    Analyze(BenchArgs),
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace bench read ../shared/corpora/kremlin_en/kremlin_en.jsonl\n  \
claimtrace bench analyze ../shared/corpora/bbc_news_2225/bbc --limit 500"
)]
pub struct BenchArgs {
    /// Corpus files or directories.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Stop after this many documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Peak resident memory of this process in bytes (Linux), if known.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub fn run(cmd: BenchCommand) -> anyhow::Result<ExitCode> {
    let (args, pipeline, what) = match cmd {
        BenchCommand::Read(a) => (a, claimtrace_pipeline::text_pipeline(), "read"),
        BenchCommand::Analyze(a) => (a, claimtrace_pipeline::default_pipeline(), "analyze"),
    };
    let opts = claimtrace_ingest::ReadOptions::default();
    let limit = args.limit.unwrap_or(usize::MAX);
    let start = Instant::now();
    let (mut docs, mut bytes, mut rejected) = (0usize, 0usize, 0usize);
    let mut read_time = Duration::ZERO;
    let mut stage_times = Vec::new();
    let mut reader = claimtrace_ingest::read_inputs(&args.paths, &opts);
    loop {
        if docs >= limit {
            break;
        }
        let t = Instant::now();
        let Some(item) = reader.next() else { break };
        read_time += t.elapsed();
        match item {
            Ok(mut doc) => {
                bytes += doc.text.len();
                docs += 1;
                pipeline.run_timed(&mut doc, &mut stage_times);
            }
            Err(_) => rejected += 1,
        }
    }
    let total = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    let peak = peak_rss_bytes().map(|b| b as f64 / 1e6);
    let stages: Vec<(String, f64)> = pipeline
        .names()
        .into_iter()
        .zip(stage_times.iter())
        .map(|(n, d)| (n.to_string(), d.as_secs_f64()))
        .collect();
    if args.json {
        let v = serde_json::json!({
            "bench": what, "documents": docs, "rejected": rejected, "megabytes": mb,
            "seconds": total, "docs_per_s": docs as f64 / total, "mb_per_s": mb / total,
            "read_seconds": read_time.as_secs_f64(), "peak_rss_mb": peak,
            "stages": stages.iter().map(|(n, s)| serde_json::json!({"stage": n, "seconds": s})).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("bench {what}: {docs} documents ({mb:.1} MB), {rejected} rejected, one core");
        println!(
            "  total      {total:>8.3} s   {:>9.1} docs/s   {:>7.2} MB/s",
            docs as f64 / total,
            mb / total
        );
        println!("  reading    {:>8.3} s", read_time.as_secs_f64());
        for (n, s) in &stages {
            println!(
                "  {n:<10} {s:>8.3} s   ({:.1}% of total)",
                100.0 * s / total
            );
        }
        if let Some(p) = peak {
            println!("  peak memory {p:.0} MB");
        }
    }
    Ok(ExitCode::SUCCESS)
}
