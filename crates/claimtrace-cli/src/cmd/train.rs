//! `claimtrace train quotes`: trains the attribution tagger of the quote
//! layer on PolNeAR-style gold and writes its weights.
//!
//! The shipped model is `crates/claimtrace-quote/model/attribution.bin`,
//! made by:
//! `claimtrace train quotes --gold ../shared/eval/quotes/polnear_train.jsonl
//!  --out crates/claimtrace-quote/model/attribution.bin`
//! then a rebuild (the weights are embedded at compile time). Training is
//! deterministic: the same gold and options give the same bytes.
//!
//! `claimtrace train clusters` makes the word clusters the tagger reads
//! (`crates/claimtrace-quote/model/clusters.bin`) from unlabelled English
//! news; train them first, rebuild, then train the tagger.

use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::{Document, Metadata};
use claimtrace_quote::eval::SpanSets;
use claimtrace_quote::tagger::{train, Example};
use clap::Subcommand;

use super::eval_quotes::read_gold;

#[derive(Subcommand)]
pub enum TrainCommand {
    /// The attribution tagger (source, cue, content) from PolNeAR JSONL.
    Quotes(QuotesArgs),
    /// Word clusters from unlabelled English text (any input format).
    ///
    /// The shipped clusters are made from the English corpora and the
    /// PolNeAR training texts (their annotations are not read):
    ///
    ///   claimtrace train clusters --out crates/claimtrace-quote/model/clusters.bin
    ///     ../shared/corpora/bbc_news_2225 ../shared/corpora/kremlin_en
    ///     ../shared/corpora/war_press_releases_2022
    ///     ../shared/corpora/gdelt_ukraine_war_en
    ///     ../shared/corpora/uk_en_zelensky_addresses_resistinua
    ///     ../shared/eval/quotes/polnear_train.jsonl
    ///
    /// Documents not detected as English are skipped.
    #[command(verbatim_doc_comment)]
    Clusters(ClustersArgs),
}

#[derive(clap::Args)]
pub struct ClustersArgs {
    /// Files or directories of unlabelled text (text, HTML, JSONL, CSV, feeds, WARC).
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Where to write the clusters.
    #[arg(long)]
    pub out: std::path::PathBuf,
    /// Words seen fewer times get no cluster.
    #[arg(long, default_value_t = 5)]
    pub min_count: u32,
    /// Largest vocabulary (the most frequent words).
    #[arg(long, default_value_t = 40_000)]
    pub max_words: usize,
    /// Finest number of clusters (then a quarter, then a sixteenth).
    #[arg(long, default_value_t = 512)]
    pub clusters: usize,
    /// Context words (the most frequent) that describe a word.
    #[arg(long, default_value_t = 1_000)]
    pub contexts: usize,
    /// Dimensions of the projected context vectors.
    #[arg(long, default_value_t = 128)]
    pub dims: usize,
}

#[derive(clap::Args)]
pub struct QuotesArgs {
    /// Gold JSONL (PolNeAR format): develop on train, report on dev.
    #[arg(long)]
    pub gold: std::path::PathBuf,
    /// Machine-labelled articles in the same format, trained on after the
    /// gold ones (the teacher's labels from `scripts/train-attribution-transformer.py`).
    /// May be given more than once.
    #[arg(long)]
    pub silver: Vec<std::path::PathBuf>,
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
    /// Training runs over differently shuffled data, averaged into one
    /// model (steadier than one run; each run takes about a minute).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Training margin: added to every wrong tag's score while training
    /// decodes (0 is the plain perceptron).
    #[arg(long, default_value_t = claimtrace_quote::tagger::DEFAULT_MARGIN)]
    pub margin: f32,
}

pub fn run(cmd: TrainCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TrainCommand::Quotes(a) => quotes(a),
        TrainCommand::Clusters(a) => clusters(a),
    }
}

fn clusters(args: ClustersArgs) -> anyhow::Result<ExitCode> {
    use claimtrace_quote::tagger::clusters::{ClusterOptions, ClusterTrainer};
    if !(4..=16_384).contains(&args.clusters) {
        anyhow::bail!(
            "--clusters must be between 4 and 16384, got {}",
            args.clusters
        );
    }
    for p in &args.paths {
        if p != "-" && !std::path::Path::new(p).exists() {
            anyhow::bail!("no such file or directory: {p}");
        }
    }
    let started = std::time::Instant::now();
    let mut trainer = ClusterTrainer::new();
    let (mut used, mut skipped, mut failed) = (0usize, 0usize, 0usize);
    let opts = claimtrace_ingest::ReadOptions::default();
    for item in claimtrace_ingest::read_inputs(&args.paths, &opts) {
        let doc = match item {
            Ok(d) => d,
            Err(e) => {
                failed += 1;
                eprintln!("skipped: {e}");
                continue;
            }
        };
        if claimtrace_text::detect_language(&doc.text) != Some("en") {
            skipped += 1;
            continue;
        }
        let tokens = claimtrace_text::tokenize(&doc.text, 0, doc.text.len());
        trainer.add(&doc.text, &tokens);
        used += 1;
    }
    if used == 0 {
        anyhow::bail!("no English documents in {}", args.paths.join(", "));
    }
    eprintln!(
        "read {used} English documents ({} tokens); {skipped} in other languages, {failed} unreadable",
        trainer.tokens()
    );
    let cluster_opts = ClusterOptions {
        min_count: args.min_count,
        max_words: args.max_words,
        fine: args.clusters,
        mid: (args.clusters / 4).max(2),
        coarse: (args.clusters / 16).max(1),
        contexts: args.contexts.clamp(10, 100_000),
        dims: args.dims.clamp(8, 4096),
        ..ClusterOptions::default()
    };
    let trained = trainer.train(&cluster_opts, |m| eprintln!("{m}"));
    for (c, words) in &trained.samples {
        eprintln!("  cluster {c:>4}: {}", words.join(" "));
    }
    let bytes = trained.clusters.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("writing clusters {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} words, {} KB) in {:.1} s; rebuild, then retrain the tagger",
        args.out.display(),
        trained.clusters.words(),
        bytes.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// The articles of a PolNeAR-format file (the first `limit`), analysed by
/// `pipeline`, with their attributions.
fn read_articles(
    path: &std::path::Path,
    pipeline: &claimtrace_core::Pipeline,
    limit: Option<usize>,
) -> anyhow::Result<Vec<(Document, Vec<SpanSets>)>> {
    let mut docs = Vec::new();
    for item in read_gold(path)? {
        if limit.is_some_and(|l| docs.len() >= l) {
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
        anyhow::bail!("no articles in {}", path.display());
    }
    Ok(docs)
}

fn quotes(args: QuotesArgs) -> anyhow::Result<ExitCode> {
    if !(1..=10).contains(&args.runs) {
        anyhow::bail!("--runs must be between 1 and 10, got {}", args.runs);
    }
    if !(10..=24).contains(&args.bits) {
        anyhow::bail!("--bits must be between 10 and 24, got {}", args.bits);
    }
    if !(0.0..=1000.0).contains(&args.margin) {
        anyhow::bail!("--margin must be between 0 and 1000, got {}", args.margin);
    }
    let pipeline = claimtrace_pipeline::attribution_training_pipeline();
    let mut docs = read_articles(&args.gold, &pipeline, args.limit)?;
    let gold_articles = docs.len();
    for path in &args.silver {
        docs.extend(read_articles(path, &pipeline, None)?);
    }
    let silver = docs.len() - gold_articles;
    let mix = if silver > 0 {
        format!(" ({gold_articles} gold, {silver} silver)")
    } else {
        String::new()
    };
    eprintln!(
        "training on {} articles{mix}, {} epochs",
        docs.len(),
        args.epochs
    );
    let examples: Vec<Example> = docs
        .iter()
        .map(|(doc, gold)| Example { doc, gold })
        .collect();
    let started = std::time::Instant::now();
    let model = train(
        &examples,
        args.epochs,
        args.bits,
        args.runs,
        args.margin,
        |stage, r| {
            eprintln!(
                "{stage}, epoch {:>2}: {} tokens, {:.2}% tagged wrong",
                r.epoch,
                r.tokens,
                100.0 * r.wrong as f64 / r.tokens.max(1) as f64
            );
        },
    );
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
