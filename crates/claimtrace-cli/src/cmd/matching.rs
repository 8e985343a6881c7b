//! `claimtrace match`: the stored documents whose claims, quotes or
//! sentences say the same as a statement. Lexical: BM25 retrieval from the
//! store, re-scored by word alignment ([`claimtrace_trace::similarity`]).
//! With `--semantic` (a build with the `semantic` feature and the model from
//! `scripts/fetch-model.sh`), the cosine of sentence embeddings is added:
//! [`SemanticArgs`] and [`Semantic`] are shared with `eval match`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_trace::matching::{
    clean_social_text, fuse_linear, fuse_rrf, match_statement, MatchOptions, Matched,
    DEFAULT_SEMANTIC_WEIGHT, RRF_K,
};
use claimtrace_trace::CandidateSource;
use serde::Deserialize;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace match \"The US administration called cluster munitions a war crime\"\n  \
claimtrace match < statements.jsonl      # {\"id\": ..., \"text\": ...} per line\n\n\
Output: one JSON line per statement: {\"id\": ..., \"results\": [{\"doc_id\": ..., \"score\": ...}, ...]}"
)]
pub struct Args {
    /// The statement; without it (or with `-`), JSONL is read from stdin.
    pub statement: Option<String>,
    /// Results per statement.
    #[arg(long, short = 'k', default_value_t = 10)]
    pub top_k: usize,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    #[command(flatten)]
    pub semantic: SemanticArgs,
}

/// How the lexical and the semantic scores are combined.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fusion {
    /// Lexical score + weight × cosine.
    Linear,
    /// Reciprocal-rank fusion of the two rankings (weight scales the
    /// semantic one).
    Rrf,
}

/// Options of semantic matching, shared by `match` and `eval match`.
#[derive(clap::Args, Clone, Debug)]
pub struct SemanticArgs {
    /// Add sentence-embedding similarity to the lexical score. Needs a
    /// build with `--features semantic` and the model fetched by
    /// scripts/fetch-model.sh.
    #[arg(long)]
    pub semantic: bool,
    /// Model directory (config.json, tokenizer.json, model.safetensors).
    #[arg(long, env = "CLAIMTRACE_MODEL", default_value = DEFAULT_MODEL_DIR)]
    pub model: PathBuf,
    /// Weight of the semantic side in the fusion.
    #[arg(long, default_value_t = DEFAULT_SEMANTIC_WEIGHT)]
    pub semantic_weight: f32,
    /// How the lexical and semantic scores are combined.
    #[arg(long, value_enum, default_value_t = Fusion::Linear)]
    pub fusion: Fusion,
    /// Where encoded vectors are kept (default: $XDG_CACHE_HOME or
    /// ~/.cache, under claimtrace/embeddings).
    #[arg(long, env = "CLAIMTRACE_CACHE")]
    pub cache_dir: Option<PathBuf>,
}

/// Where `scripts/fetch-model.sh` puts the model.
pub const DEFAULT_MODEL_DIR: &str = "models/all-minilm-l6-v2";

impl SemanticArgs {
    /// Fuses a lexical ranking with the cosines of candidates (any order),
    /// keeping `k`.
    pub fn fuse(
        &self,
        lexical: &[(String, f32)],
        cosines: &[(String, f32)],
        k: usize,
    ) -> Vec<(String, f32)> {
        match self.fusion {
            Fusion::Linear => fuse_linear(lexical, cosines, self.semantic_weight, k),
            Fusion::Rrf => fuse_rrf(lexical, cosines, self.semantic_weight, RRF_K, k),
        }
    }

    #[cfg(feature = "semantic")]
    fn cache_dir(&self) -> PathBuf {
        if let Some(d) = &self.cache_dir {
            return d.clone();
        }
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME")
                    .filter(|v| !v.is_empty())
                    .map(|h| PathBuf::from(h).join(".cache"))
            })
            .unwrap_or_else(|| PathBuf::from(".cache"));
        base.join("claimtrace").join("embeddings")
    }
}

/// What to do when `--semantic` is asked of a build without it.
#[cfg(not(feature = "semantic"))]
pub const NOT_BUILT: &str = "this claimtrace was built without semantic matching; build it with \
`cargo build --release -p claimtrace-cli --features semantic` and fetch the model with \
scripts/fetch-model.sh (or leave out --semantic for lexical matching)";

/// A sentence encoder with its on-disk vector cache.
#[cfg(feature = "semantic")]
pub struct Semantic {
    encoder: claimtrace_embed::Encoder,
    cache: claimtrace_embed::VectorCache,
}

#[cfg(feature = "semantic")]
impl Semantic {
    pub fn open(args: &SemanticArgs) -> anyhow::Result<Self> {
        let t = std::time::Instant::now();
        let encoder = claimtrace_embed::Encoder::load(&args.model)
            .with_context(|| format!("loading the model in {}", args.model.display()))?;
        let cache = claimtrace_embed::VectorCache::open(
            &args.cache_dir(),
            encoder.model_id(),
            encoder.dim(),
        );
        eprintln!(
            "semantic: model {} loaded in {:.2} s; {} vectors cached in {}",
            encoder.model_id(),
            t.elapsed().as_secs_f64(),
            cache.len(),
            cache.path().display()
        );
        Ok(Semantic { encoder, cache })
    }

    /// One unit vector per text, from the cache or encoded (and cached;
    /// the cache is saved every few thousand texts, so an interrupted run
    /// keeps most of its work).
    pub fn vectors(&mut self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        const CHUNK: usize = 2048;
        let t = std::time::Instant::now();
        let mut out = Vec::with_capacity(texts.len());
        let mut encoded = 0;
        for chunk in texts.chunks(CHUNK) {
            let (vs, n) = self.cache.encode_all(&self.encoder, chunk)?;
            out.extend(vs);
            if n > 0 {
                encoded += n;
                self.cache.save()?;
                if texts.len() > CHUNK {
                    eprintln!("semantic: {}/{} texts ready", out.len(), texts.len());
                }
            }
        }
        if encoded > 0 {
            let s = t.elapsed().as_secs_f64();
            eprintln!(
                "semantic: encoded {encoded} texts in {s:.1} s ({:.0} texts/s)",
                encoded as f64 / s.max(1e-9)
            );
        }
        Ok(out)
    }
}

/// Stand-in for a build without the `semantic` feature: opening it fails
/// with `NOT_BUILT`.
#[cfg(not(feature = "semantic"))]
pub struct Semantic;

#[cfg(not(feature = "semantic"))]
impl Semantic {
    pub fn open(_args: &SemanticArgs) -> anyhow::Result<Self> {
        anyhow::bail!(NOT_BUILT)
    }

    pub fn vectors(&mut self, _texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        anyhow::bail!(NOT_BUILT)
    }
}

/// Dot product: the cosine of unit vectors.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// Candidates taken from the lexical ranking before semantic fusion.
const FUSION_DEPTH: usize = 50;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(statement) = args.statement.as_deref().filter(|s| *s != "-") {
        super::require_words(statement, "the statement to match")?;
    }
    let mut semantic = if args.semantic.semantic {
        Some(Semantic::open(&args.semantic)?)
    } else {
        None
    };
    let store = args.store.open_for_reading()?;
    let mut out = std::io::stdout().lock();
    let mut bad = 0usize;
    let mut answer_one =
        |id: serde_json::Value, text: &str, out: &mut dyn Write| -> anyhow::Result<()> {
            let sem = semantic.as_mut().map(|s| (s, &args.semantic));
            let results: Vec<serde_json::Value> = answer(store.as_ref(), text, args.top_k, sem)?
                .iter()
                .map(result_json)
                .collect();
            let v = serde_json::json!({ "id": id, "results": results });
            writeln!(out, "{}", serde_json::to_string(&v)?)?;
            Ok(())
        };
    match args.statement.as_deref() {
        Some(s) if s != "-" => answer_one(serde_json::Value::Null, s, &mut out)?,
        _ => {
            for (n, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.with_context(|| format!("reading stdin line {}", n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Input>(&line) {
                    Ok(i) if !i.text.trim().is_empty() => answer_one(i.id, &i.text, &mut out)?,
                    Ok(_) => {
                        bad += 1;
                        eprintln!(
                            "claimtrace match: stdin line {}: empty \"text\"; skipped",
                            n + 1
                        );
                    }
                    Err(e) => {
                        bad += 1;
                        eprintln!(
                            "claimtrace match: stdin line {}: expected {{\"id\": ..., \"text\": ...}} ({e}); skipped",
                            n + 1
                        );
                    }
                }
            }
        }
    }
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The `k` documents that best say `text`, with the statement of each that
/// does: [`claimtrace_trace::matching::match_statement`] over the store,
/// and, with `semantic`, the cosine of sentence embeddings added to each
/// candidate's score. `claimtrace match` and `claimtrace eval match` both
/// answer through here.
pub fn answer(
    source: &dyn CandidateSource,
    text: &str,
    k: usize,
    semantic: Option<(&mut Semantic, &SemanticArgs)>,
) -> anyhow::Result<Vec<Matched>> {
    let Some((sem, sargs)) = semantic else {
        return Ok(match_statement(
            source,
            text,
            None,
            k,
            &MatchOptions::default(),
        )?);
    };
    let lexical = match_statement(
        source,
        text,
        None,
        FUSION_DEPTH.max(k),
        &MatchOptions::default(),
    )?;
    let cleaned = clean_social_text(text);
    let mut texts: Vec<&str> = vec![cleaned.as_str()];
    texts.extend(lexical.iter().map(|m| m.statement.text.as_str()));
    let vs = sem.vectors(&texts)?;
    let (q, cands) = vs.split_first().context("no vector for the statement")?;
    let ranked: Vec<(String, f32)> = lexical
        .iter()
        .enumerate()
        .map(|(i, m)| (i.to_string(), m.score))
        .collect();
    let cosines: Vec<(String, f32)> = cands
        .iter()
        .enumerate()
        .map(|(i, v)| (i.to_string(), dot(q, v)))
        .collect();
    Ok(sargs
        .fuse(&ranked, &cosines, k)
        .into_iter()
        .filter_map(|(i, score)| {
            let m = lexical.get(i.parse::<usize>().ok()?)?;
            Some(Matched {
                statement: m.statement.clone(),
                score,
            })
        })
        .collect())
}

fn result_json(m: &Matched) -> serde_json::Value {
    let st = &m.statement;
    serde_json::json!({
        "doc_id": st.doc_id, "score": (m.score * 10000.0).round() / 10000.0,
        "kind": st.kind.as_str(), "local_id": st.local_id, "text": st.text,
        "speaker": st.speaker, "date": st.date,
    })
}
