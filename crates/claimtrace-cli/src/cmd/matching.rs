//! `claimtrace match`: the stored documents whose claims, quotes or
//! sentences say the same as a statement. Lexical: BM25 retrieval from the
//! store, re-scored by word alignment ([`claimtrace_trace::similarity`]).
//! With `--semantic` (a build with the `semantic` feature and the model from
//! `scripts/fetch-model.sh`), the cosine of sentence embeddings is added:
//! [`SemanticArgs`] and [`Semantic`] are shared with `eval match`.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_store::SqliteStore;
use claimtrace_trace::matching::{fuse_linear, fuse_rrf, DEFAULT_SEMANTIC_WEIGHT, RRF_K};
use claimtrace_trace::similarity::best_parts;
use claimtrace_trace::{CandidateSource, Statement};
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
    /// Store directory.
    #[arg(long, env = "CLAIMTRACE_DB", default_value = "claimtrace-data")]
    pub db: PathBuf,
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

/// Candidates retrieved from the index before re-scoring.
const RETRIEVE: usize = 100;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(statement) = args.statement.as_deref().filter(|s| *s != "-") {
        super::require_words(statement, "the statement to match")?;
    }
    let mut semantic = if args.semantic.semantic {
        Some(Semantic::open(&args.semantic)?)
    } else {
        None
    };
    let store = SqliteStore::open_existing(&args.db)?;
    let mut out = std::io::stdout().lock();
    let inputs: Vec<(serde_json::Value, String)> = match args.statement.as_deref() {
        Some(s) if s != "-" => vec![(serde_json::Value::Null, s.to_string())],
        _ => {
            let mut v = Vec::new();
            for (n, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.with_context(|| format!("reading stdin line {}", n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let i: Input = serde_json::from_str(&line).with_context(|| {
                    format!(
                        "stdin line {}: expected {{\"id\": ..., \"text\": ...}}",
                        n + 1
                    )
                })?;
                v.push((i.id, i.text));
            }
            v
        }
    };
    for (id, text) in inputs {
        let results = match semantic.as_mut() {
            Some(sem) => match_statement_semantic(&store, &text, args.top_k, sem, &args.semantic)?,
            None => match_statement(&store, &text, args.top_k)?,
        };
        let v = serde_json::json!({ "id": id, "results": results });
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The `k` documents that best say `text`, with the statement that does.
pub fn match_statement(
    source: &dyn CandidateSource,
    text: &str,
    k: usize,
) -> anyhow::Result<Vec<serde_json::Value>> {
    let ranked = best_per_document(text, source.candidates(text, None, RETRIEVE)?);
    Ok(ranked
        .into_iter()
        .take(k)
        .map(|(score, st)| result_json(score, &st))
        .collect())
}

/// [`match_statement`] with sentence embeddings: the statement and each
/// candidate are encoded (candidates through the cache) and the cosine is
/// fused with the lexical score, per document.
pub fn match_statement_semantic(
    source: &dyn CandidateSource,
    text: &str,
    k: usize,
    semantic: &mut Semantic,
    args: &SemanticArgs,
) -> anyhow::Result<Vec<serde_json::Value>> {
    let candidates = source.candidates(text, None, RETRIEVE)?;
    let mut texts: Vec<&str> = vec![text];
    texts.extend(candidates.iter().map(|c| c.text.as_str()));
    let vs = semantic.vectors(&texts)?;
    let (q, cands) = vs.split_first().context("no vector for the statement")?;
    // Each candidate statement is scored; a document keeps its best.
    let lexical: Vec<(String, f32)> = candidates
        .iter()
        .enumerate()
        .map(|(i, st)| (i.to_string(), best_parts(text, &st.text).0))
        .collect();
    let mut lexical_sorted = lexical.clone();
    lexical_sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let cosines: Vec<(String, f32)> = cands
        .iter()
        .enumerate()
        .map(|(i, v)| (i.to_string(), dot(q, v)))
        .collect();
    let fused = args.fuse(&lexical_sorted, &cosines, candidates.len());
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (i, score) in fused {
        let Some(st) = i.parse::<usize>().ok().and_then(|i| candidates.get(i)) else {
            continue;
        };
        if seen.insert(st.doc_id.clone()) {
            out.push(result_json(score, st));
            if out.len() == k {
                break;
            }
        }
    }
    Ok(out)
}

fn result_json(score: f32, st: &Statement) -> serde_json::Value {
    serde_json::json!({
        "doc_id": st.doc_id, "score": (score * 10000.0).round() / 10000.0,
        "kind": st.kind.as_str(), "local_id": st.local_id, "text": st.text,
        "speaker": st.speaker, "date": st.date,
    })
}

/// Candidates re-scored by word alignment, the best statement of each
/// document, best first.
fn best_per_document(text: &str, candidates: Vec<Statement>) -> Vec<(f32, Statement)> {
    let mut best: HashMap<String, (f32, Statement)> = HashMap::new();
    for st in candidates {
        let (score, _, _) = best_parts(text, &st.text);
        let e = best.entry(st.doc_id.clone()).or_insert((-1.0, st.clone()));
        if score > e.0 {
            *e = (score, st);
        }
    }
    let mut v: Vec<(f32, Statement)> = best.into_values().collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.doc_id.cmp(&b.1.doc_id)));
    v
}
