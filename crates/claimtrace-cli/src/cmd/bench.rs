//! `claimtrace bench ...`: throughput over real corpora, on one core.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Subcommand;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Reading + segmentation (text layers and date) on one core: docs/s and MB/s.
    Read(BenchArgs),
    /// The whole analysis on one core, with the time of each stage and peak memory.
    Analyze(BenchAnalyzeArgs),
    /// Search and trace latency (p50/p95) over a store, and its size on disk.
    Store(super::bench_store::Args),
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

#[derive(clap::Args)]
pub struct BenchAnalyzeArgs {
    #[command(flatten)]
    pub bench: BenchArgs,
    #[command(flatten)]
    pub quote_model: super::quote_model::QuoteModelArgs,
}

/// Peak resident memory of this process in bytes (Linux), if known.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time (user + system) this process has used, in seconds (Linux).
///
/// Reported beside wall time because on a shared machine the wall clock
/// counts time spent waiting for a core; CPU time is what one core spends.
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which is in parentheses and may hold spaces
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

pub fn run(cmd: BenchCommand) -> anyhow::Result<ExitCode> {
    let (args, pipeline, what) = match cmd {
        BenchCommand::Read(a) => (a, claimtrace_pipeline::text_pipeline(), "read"),
        BenchCommand::Analyze(a) => (a.bench, a.quote_model.pipeline()?, "analyze"),
        BenchCommand::Store(a) => return super::bench_store::run(a),
    };
    let opts = claimtrace_ingest::ReadOptions::default();
    let limit = args.limit.unwrap_or(usize::MAX);
    let start = Instant::now();
    let cpu_start = cpu_seconds();
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
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => Some(b - a),
        _ => None,
    };
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
            "cpu_seconds": cpu, "docs_per_cpu_s": cpu.map(|c| docs as f64 / c), "mb_per_cpu_s": cpu.map(|c| mb / c),
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
        if let Some(c) = cpu {
            println!(
                "  cpu time   {c:>8.3} s   {:>9.1} docs/s   {:>7.2} MB/s  (per CPU-second)",
                docs as f64 / c,
                mb / c
            );
        }
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
