//! `claimtrace analyze`: read, analyse in parallel, print.

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;

use super::batch::{analyse, Batches, BATCH};
use super::pretty;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One JSON array of documents.
    Json,
    /// One JSON object per line, per document.
    Jsonl,
    /// A readable report for a person, with the findings marked.
    Pretty,
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace analyze examples/grain-exports-2024-05-14.txt --format pretty\n  \
claimtrace analyze news.jsonl.gz --format jsonl > analysed.jsonl\n  \
claimtrace analyze crawl.warc.gz feeds/ --date 2023-07-16\n  cat article.txt | claimtrace analyze -"
)]
pub struct Args {
    /// Files or directories to read (text, HTML, JSONL, RSS/Atom, WARC, and their .gz); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Output format. Default: pretty on a terminal, jsonl otherwise.
    #[arg(long, short)]
    pub format: Option<Format>,
    /// The documents' date (YYYY-MM-DD), overriding metadata and inference;
    /// relative dates ("last year") are resolved against it.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// In the pretty report, list beliefs ("believes", "hopes") and
    /// findings ("found", "knows") among the quotes too; by default it
    /// lists what was said. JSON output always holds every quote, each
    /// with its `type`.
    #[arg(long)]
    pub all_quotes: bool,
    #[command(flatten)]
    pub quote_model: super::quote_model::QuoteModelArgs,
}

/// Accepts `YYYY-MM-DD` with a real month and day.
pub fn parse_date(s: &str) -> Result<String, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    if !ok {
        return Err(format!("expected a date as YYYY-MM-DD, got {s:?}"));
    }
    let m: u32 = parts[1].parse().unwrap_or(0);
    let d: u32 = parts[2].parse().unwrap_or(0);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(format!("{s:?} is not a calendar date"));
    }
    Ok(s.to_string())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Pretty
    } else {
        Format::Jsonl
    });
    let pipeline = args.quote_model.pipeline()?;
    let mut batches = Batches::new(&args.paths, BATCH);
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();

    let progress = super::progress::Progress::new(args.quiet, "analysing");
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut read, mut first) = (0usize, true);
    if format == Format::Json {
        out.write_all(b"[")?;
    }
    loop {
        let batch = batches.next_batch(&progress);
        if batch.is_empty() {
            break;
        }
        let analysed = analyse(&pipeline, batch, args.date.as_deref());
        let n = analysed.len() as u64;
        // Each document is converted for output in place and dropped once
        // written: no second copy of a large document's layers.
        for doc in analysed {
            read += 1;
            for w in &doc.warnings {
                progress.println(&format!("claimtrace: warning: {}: {w}", doc.meta.id));
            }
            match format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut out, &doc.into_output())?;
                    out.write_all(b"\n")?;
                }
                Format::Json => {
                    if !first {
                        out.write_all(b",\n")?;
                    }
                    serde_json::to_writer_pretty(&mut out, &doc.into_output())?;
                }
                Format::Pretty => {
                    let show = pretty::Show {
                        all_quotes: args.all_quotes,
                    };
                    pretty::write_document(&mut out, &doc, color, show)?;
                }
            }
            first = false;
        }
        progress.inc(n);
    }
    if format == Format::Json {
        out.write_all(b"]\n")?;
    }
    out.flush().context("writing output")?;
    progress.finish();
    let rejected = batches.rejected;
    super::eprint_line(&format!(
        "claimtrace: {read} document(s) analysed, {rejected} rejected"
    ));
    Ok(if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
