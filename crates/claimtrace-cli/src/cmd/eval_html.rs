//! `claimtrace eval html`: main-text extraction scored with the
//! article-extraction benchmark's own measure.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use claimtrace_ingest::shingle::{bootstrap_std, score, shingle_match, ShingleMatch};

#[derive(clap::Args)]
// The `eval` subcommand's doc comment sets the one-line about; the measure
// is explained in the long help (`--help`), after the options.
#[command(
    after_help = "Example:\n  claimtrace eval html --dir ../shared/corpora/fixtures/html_article_extraction_benchmark\n\n\
Run with --help for how the score is computed.",
    after_long_help = "Score HTML main-text extraction on scrapinghub's article-extraction benchmark.\n\n\
DIR holds ground-truth.json (a map of page id to {\"articleBody\": ..., \"url\": ...}) and \
html/<id>.html.gz. Each page is extracted as `claimtrace analyze` would (charset from the page, \
boilerplate and comments removed) and only the article body is compared (not the title).\n\n\
The measure is the benchmark's evaluate.py: both texts are tokenised as Python's \
re.findall(r\"\\w+\") (letters, digits, underscore), cut into overlapping 4-token shingles, and the \
shingle multisets compared: tp = shared shingles, fp = predicted only, fn = true only. Each page's \
(tp, fp, fn) is divided by its sum, so every page weighs the same; precision = TP/(TP+FP), \
recall = TP/(TP+FN) and F1 come from the sums over all pages. Accuracy is the share of pages \
extracted exactly (no fp and no fn shingle). The ± figures are standard deviations over bootstrap \
resamples of the pages (1000, fixed seed). Time is extraction only (gunzip, decoding, parsing, \
extraction), one page after another: wall clock, and CPU time of the process (which a busy \
machine does not inflate).\n\n\
Example:\n  claimtrace eval html --dir ../shared/corpora/fixtures/html_article_extraction_benchmark"
)]
pub struct Args {
    /// Benchmark directory (with ground-truth.json and html/).
    #[arg(long)]
    pub dir: PathBuf,
    /// Score only the first N pages (in id order).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Also list the N pages with the lowest F1.
    #[arg(long, default_value_t = 0)]
    pub worst: usize,
    /// Bootstrap resamples for the ± figures.
    #[arg(long, default_value_t = 1000)]
    pub bootstrap: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// CPU seconds (user + system) this process has used so far, from
/// `/proc/self/stat` (Linux); `None` elsewhere. On a shared machine wall
/// time mostly measures the neighbours, CPU time measures the extractor.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, in clock ticks (100 per second).
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let truth_path = args.dir.join("ground-truth.json");
    let truth_text = std::fs::read_to_string(&truth_path)
        .with_context(|| format!("reading {}", truth_path.display()))?;
    let truth: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&truth_text)
        .with_context(|| format!("parsing {}", truth_path.display()))?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    if let Some(limit) = args.limit {
        ids.truncate(limit);
    }
    let opts = claimtrace_ingest::ReadOptions::default();
    let mut pages: Vec<ShingleMatch> = Vec::with_capacity(ids.len());
    let mut per_page: Vec<(String, f64)> = Vec::new();
    let (mut failed, mut extract_seconds) = (0usize, 0.0f64);
    let cpu_start = process_cpu_seconds();
    for id in &ids {
        let expected = truth
            .get(*id)
            .and_then(|v| v.get("articleBody"))
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let path = args.dir.join("html").join(format!("{id}.html.gz"));
        let start = Instant::now();
        let predicted = match claimtrace_ingest::read_html_file(&path, &opts) {
            Ok(page) => page.text,
            Err(e) => {
                // A page with no extraction scores as an empty prediction,
                // as in the benchmark.
                failed += 1;
                eprintln!("claimtrace: {e}");
                String::new()
            }
        };
        extract_seconds += start.elapsed().as_secs_f64();
        let m = shingle_match(expected, &predicted);
        let page_f1 = score(std::slice::from_ref(&m), [0]).f1;
        per_page.push(((*id).clone(), page_f1));
        pages.push(m);
    }
    let cpu_ms_per_page = cpu_start
        .zip(process_cpu_seconds())
        .map(|(start, end)| 1000.0 * (end - start) / pages.len().max(1) as f64);
    let all = score(&pages, 0..pages.len());
    let std = bootstrap_std(&pages, args.bootstrap, 42);
    let ms_per_page = 1000.0 * extract_seconds / pages.len().max(1) as f64;
    per_page.sort_by(|a, b| a.1.total_cmp(&b.1));
    let worst: Vec<&(String, f64)> = per_page.iter().take(args.worst).collect();
    if args.json {
        let v = serde_json::json!({
            "pages": pages.len(), "failed": failed,
            "f1": all.f1, "precision": all.precision, "recall": all.recall, "accuracy": all.accuracy,
            "f1_std": std.f1, "precision_std": std.precision, "recall_std": std.recall,
            "accuracy_std": std.accuracy, "ms_per_page": ms_per_page,
            "cpu_ms_per_page": cpu_ms_per_page,
            "worst": worst.iter().map(|(id, f1)| serde_json::json!({"id": id, "f1": f1})).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "eval html: {} pages ({failed} without extraction), 4-gram shingle measure",
            pages.len()
        );
        println!("  F1         {:.3} ± {:.3}", all.f1, std.f1);
        println!("  precision  {:.3} ± {:.3}", all.precision, std.precision);
        println!("  recall     {:.3} ± {:.3}", all.recall, std.recall);
        println!("  accuracy   {:.3} ± {:.3}", all.accuracy, std.accuracy);
        println!("  time       {ms_per_page:.1} ms/page wall clock, one page at a time");
        if let Some(cpu) = cpu_ms_per_page {
            println!("  CPU time   {cpu:.1} ms/page");
        }
        for (id, f1) in worst {
            println!("  worst  {f1:.3}  {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
