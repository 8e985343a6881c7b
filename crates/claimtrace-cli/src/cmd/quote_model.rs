//! `--quotes fast|transformer`: which tagger reads attribution spans in the
//! analysis pipeline (shared by `analyze`, `ingest`, `eval quotes` and
//! `bench analyze`).

use std::path::PathBuf;

use claimtrace_core::Pipeline;

use super::matching::DEFAULT_MODEL_DIR;

/// The attribution tagger of the quote layer.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum QuoteModel {
    /// The linear tagger: hundreds of articles a second on one core.
    #[default]
    Fast,
    /// MiniLM with adapters trained on PolNeAR: more accurate, a few
    /// hundred times slower (2 or 3 news articles a second); needs a build with `--features semantic` and
    /// the model from scripts/fetch-model.sh.
    Transformer,
}

impl QuoteModel {
    /// The name `--quotes` takes.
    pub fn name(self) -> &'static str {
        match self {
            QuoteModel::Fast => "fast",
            QuoteModel::Transformer => "transformer",
        }
    }
}

#[derive(clap::Args, Clone, Debug)]
pub struct QuoteModelArgs {
    /// Which tagger reads who said what (see docs/evaluation.md for both
    /// scores).
    #[arg(long, value_enum, default_value_t = QuoteModel::Fast)]
    pub quotes: QuoteModel,
    /// Base model directory for `--quotes transformer` (config.json,
    /// tokenizer.json, model.safetensors).
    #[arg(long, env = "CLAIMTRACE_MODEL", default_value = DEFAULT_MODEL_DIR)]
    pub model: PathBuf,
}

impl QuoteModelArgs {
    /// The analysis pipeline with the chosen tagger.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        match self.quotes {
            QuoteModel::Fast => Ok(claimtrace_pipeline::default_pipeline()),
            QuoteModel::Transformer => transformer_pipeline(&self.model),
        }
    }
}

#[cfg(feature = "semantic")]
fn transformer_pipeline(dir: &std::path::Path) -> anyhow::Result<Pipeline> {
    use anyhow::Context;
    let t = std::time::Instant::now();
    let tagger = claimtrace_embed::AttributionTagger::load(dir)
        .with_context(|| format!("loading the attribution transformer from {}", dir.display()))?;
    eprintln!(
        "quotes: transformer loaded from {} in {:.2} s",
        dir.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(claimtrace_pipeline::pipeline_with_span_tagger(
        std::sync::Arc::new(tagger),
    ))
}

#[cfg(not(feature = "semantic"))]
fn transformer_pipeline(_dir: &std::path::Path) -> anyhow::Result<Pipeline> {
    anyhow::bail!(
        "this claimtrace was built without the transformer; build it with \
         `cargo build --release -p claimtrace-cli --features semantic` and fetch the model with \
         scripts/fetch-model.sh (or leave out --quotes transformer for the fast tagger)"
    )
}
