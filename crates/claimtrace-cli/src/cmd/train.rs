//! `claimtrace train quotes`: trains the attribution tagger of the quote
//! layer on PolNeAR-style gold and writes its weights.
//!
//! The shipped model is `crates/claimtrace-quote/model/attribution.bin`,
//! made by:
//! `claimtrace train quotes --gold ../shared/eval/quotes/polnear_train.jsonl
//!  --out crates/claimtrace-quote/model/attribution.bin`
//! then a rebuild (the weights are embedded at compile time). Training is
//! deterministic: the same gold and options give the same bytes.

use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::{Document, Metadata};
use claimtrace_quote::tagger::{train, Example};
use clap::Subcommand;

use super::eval_quotes::read_gold;

#[derive(Subcommand)]
pub enum TrainCommand {
    /// The attribution tagger (source, cue, content) from PolNeAR JSONL.
    Quotes(QuotesArgs),
}

#[derive(clap::Args)]
pub struct QuotesArgs {
    /// Gold JSONL (PolNeAR format): develop on train, report on dev.
    #[arg(long)]
    pub gold: std::path::PathBuf,
    /// Where to write the model.
    #[arg(long)]
    pub out: std::path::PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Feature hash width in bits (2^bits buckets per tag).
    #[arg(long, default_value_t = 17)]
    pub bits: u32,
    /// Train on the first N articles only.
    #[arg(long)]
    pub limit: Option<usize>,
}

pub fn run(cmd: TrainCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TrainCommand::Quotes(a) => quotes(a),
    }
}

fn quotes(args: QuotesArgs) -> anyhow::Result<ExitCode> {
    if !(10..=24).contains(&args.bits) {
        anyhow::bail!("--bits must be between 10 and 24, got {}", args.bits);
    }
    let pipeline = claimtrace_pipeline::attribution_training_pipeline();
    let mut docs = Vec::new();
    for item in read_gold(&args.gold)? {
        if args.limit.is_some_and(|l| docs.len() >= l) {
            break;
        }
        let g = item?;
        let meta = Metadata {
            id: g.id,
            ..Default::default()
        };
        let mut doc = Document::new(g.text, meta);
        pipeline.run(&mut doc);
        docs.push((doc, g.gold));
    }
    if docs.is_empty() {
        anyhow::bail!("no articles in {}", args.gold.display());
    }
    eprintln!(
        "training on {} articles, {} epochs",
        docs.len(),
        args.epochs
    );
    let examples: Vec<Example> = docs
        .iter()
        .map(|(doc, gold)| Example { doc, gold })
        .collect();
    let started = std::time::Instant::now();
    let model = train(&examples, args.epochs, args.bits, |stage, r| {
        eprintln!(
            "{stage}, epoch {:>2}: {} tokens, {:.2}% tagged wrong",
            r.epoch,
            r.tokens,
            100.0 * r.wrong as f64 / r.tokens.max(1) as f64
        );
    });
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("writing model {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} KB) in {:.1} s; rebuild to embed it",
        args.out.display(),
        bytes.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
