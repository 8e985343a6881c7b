//! Sentence embeddings for semantic claim matching.
//!
//! [`Encoder`] loads a BERT sentence-embedding model from a directory
//! (`config.json`, `tokenizer.json`, `model.safetensors`: all-MiniLM-L6-v2
//! as fetched by `scripts/fetch-model.sh`) and turns texts into
//! L2-normalised vectors (mean pooling over the tokens, as
//! sentence-transformers does), so a dot product is a cosine.
//! [`VectorCache`] keeps vectors on disk, keyed by model and text hash, so a
//! corpus is encoded once.
//!
//! Nothing here downloads anything: the model is fetched at install time.
//! This crate is optional (claimtrace-cli's `semantic` feature) and not a
//! workspace member, so the default build never compiles candle.

mod attribution;
mod cache;

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

pub use attribution::{AttributionTagger, PieceScores};
pub use cache::VectorCache;

/// The files a model directory must hold.
pub const MODEL_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// Tokens kept per text (sentence-transformers' `max_seq_length` for
/// all-MiniLM-L6-v2); longer texts are truncated, which also bounds the
/// memory one hostile text can take.
pub const DEFAULT_MAX_TOKENS: usize = 256;

/// Texts encoded per forward pass.
pub const DEFAULT_BATCH: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error(
        "model directory {dir}: {file} not found (fetch the model with scripts/fetch-model.sh)"
    )]
    MissingFile { dir: PathBuf, file: &'static str },
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("model: {0}")]
    Model(#[from] candle_core::Error),
    #[error("text too long for the transformer: {pieces} word pieces, at most {max}")]
    TooLong { pieces: usize, max: usize },
}

/// A model directory's files: the raw bytes (a cache key hashes them) and
/// the parsed config and tokenizer.
pub(crate) struct ModelFiles {
    pub config_bytes: Vec<u8>,
    pub tokenizer_bytes: Vec<u8>,
    pub weights: Vec<u8>,
    pub config: Config,
    pub tokenizer: Tokenizer,
}

/// Reads and parses `MODEL_FILES` from `dir`; an error names the file that
/// is missing or does not parse.
pub(crate) fn read_model_files(dir: &Path) -> Result<ModelFiles, EmbedError> {
    let read = |file: &'static str| {
        let path = dir.join(file);
        if !path.is_file() {
            return Err(EmbedError::MissingFile {
                dir: dir.to_path_buf(),
                file,
            });
        }
        std::fs::read(&path).map_err(|source| EmbedError::Io { path, source })
    };
    let invalid = |file: &str, message: String| EmbedError::Invalid {
        path: dir.join(file),
        message,
    };
    let config_bytes = read("config.json")?;
    let tokenizer_bytes = read("tokenizer.json")?;
    let weights = read("model.safetensors")?;
    let config: Config =
        serde_json::from_slice(&config_bytes).map_err(|e| invalid("config.json", e.to_string()))?;
    if config.hidden_size == 0 {
        return Err(invalid("config.json", "hidden_size is 0".into()));
    }
    let tokenizer = Tokenizer::from_bytes(&tokenizer_bytes)
        .map_err(|e| invalid("tokenizer.json", e.to_string()))?;
    Ok(ModelFiles {
        config_bytes,
        tokenizer_bytes,
        weights,
        config,
        tokenizer,
    })
}

/// A sentence encoder: tokenizer + BERT + mean pooling + L2 norm, on CPU.
pub struct Encoder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
    dim: usize,
    batch: usize,
    id: String,
}

impl Encoder {
    /// Loads the model in `dir`; an error names the file that is missing
    /// or does not parse.
    pub fn load(dir: &Path) -> Result<Self, EmbedError> {
        Self::load_with(dir, DEFAULT_MAX_TOKENS)
    }

    /// [`Encoder::load`] keeping at most `max_tokens` tokens per text.
    pub fn load_with(dir: &Path, max_tokens: usize) -> Result<Self, EmbedError> {
        let ModelFiles {
            config_bytes,
            tokenizer_bytes,
            weights,
            config,
            mut tokenizer,
        } = read_model_files(dir)?;
        let dim = config.hidden_size;
        let max_tokens = max_tokens.max(2);
        let pad = tokenizer.get_padding().cloned().unwrap_or_default();
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..pad
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: max_tokens,
                ..Default::default()
            }))
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        // The model's identity for caches: its files and the truncation.
        let mut h = Fnv64::new();
        for bytes in [&config_bytes, &tokenizer_bytes, &weights] {
            h.write(&(bytes.len() as u64).to_le_bytes());
            h.write(bytes);
        }
        h.write(&(max_tokens as u64).to_le_bytes());
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "model".into());
        let name: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let id = format!("{name}-{:016x}", h.finish());
        let device = Device::Cpu;
        let vb = VarBuilder::from_buffered_safetensors(weights, DType::F32, &device)?;
        let model = BertModel::load(vb, &config)?;
        Ok(Encoder {
            model,
            tokenizer,
            device,
            dim,
            batch: DEFAULT_BATCH,
            id,
        })
    }

    /// Vector length.
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// A name for the model and its settings, changing when its files do
    /// (cache key).
    pub fn model_id(&self) -> &str {
        &self.id
    }

    /// Texts per forward pass (at least 1).
    pub fn set_batch_size(&mut self, batch: usize) {
        self.batch = batch.max(1);
    }

    /// One L2-normalised vector per text, in order. Texts are batched by
    /// length, so little is spent on padding.
    pub fn encode<S: AsRef<str>>(&self, texts: &[S]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts[i].as_ref().len());
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); texts.len()];
        for chunk in order.chunks(self.batch) {
            let batch: Vec<&str> = chunk.iter().map(|&i| texts[i].as_ref()).collect();
            for (&i, v) in chunk.iter().zip(self.encode_batch(&batch)?) {
                out[i] = v;
            }
        }
        Ok(out)
    }

    fn encode_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let enc = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let ids = enc
            .iter()
            .map(|e| Tensor::new(e.get_ids(), &self.device))
            .collect::<Result<Vec<_>, _>>()?;
        let mask = enc
            .iter()
            .map(|e| Tensor::new(e.get_attention_mask(), &self.device))
            .collect::<Result<Vec<_>, _>>()?;
        let ids = Tensor::stack(&ids, 0)?;
        let mask = Tensor::stack(&mask, 0)?;
        let type_ids = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &type_ids, Some(&mask))?;
        // Mean over the real tokens.
        let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let sum = hidden.broadcast_mul(&m)?.sum(1)?;
        let count = m.sum(1)?.clamp(1e-9f32, f32::MAX)?;
        let mean = sum.broadcast_div(&count)?;
        let mut rows: Vec<Vec<f32>> = mean.to_vec2()?;
        for r in &mut rows {
            normalize(r);
        }
        Ok(rows)
    }
}

/// Scales `v` to unit length (a zero vector stays zero).
pub fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 && n.is_finite() {
        for x in v {
            *x /= n;
        }
    }
}

/// Dot product (the cosine of two normalised vectors); vectors of
/// different lengths compare over the shorter.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// FNV-1a, 64 bits: text and model keys of the cache.
pub(crate) struct Fnv64(u64);

impl Fnv64 {
    pub(crate) fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

/// The cache key of a text.
pub fn text_key(text: &str) -> u64 {
    let mut h = Fnv64::new();
    h.write(text.as_bytes());
    h.finish()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn missing_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        match Encoder::load(dir.path()) {
            Err(EmbedError::MissingFile { file, .. }) => assert_eq!(file, "config.json"),
            Err(e) => panic!("unexpected error {e}"),
            Ok(_) => panic!("loaded an empty directory"),
        }
        std::fs::write(dir.path().join("config.json"), "{}").unwrap();
        std::fs::write(dir.path().join("tokenizer.json"), "{}").unwrap();
        let e = Encoder::load(dir.path()).err().unwrap();
        assert!(e.to_string().contains("model.safetensors"), "{e}");
        assert!(e.to_string().contains("fetch-model.sh"), "{e}");
    }

    #[test]
    fn invalid_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        for f in MODEL_FILES {
            std::fs::write(dir.path().join(f), "not json").unwrap();
        }
        let e = Encoder::load(dir.path()).err().unwrap();
        assert!(e.to_string().contains("config.json"), "{e}");
    }

    #[test]
    fn normalize_and_dot() {
        let mut v = vec![3.0, 4.0];
        normalize(&mut v);
        assert!((dot(&v, &v) - 1.0).abs() < 1e-6);
        let mut z = vec![0.0; 3];
        normalize(&mut z);
        assert_eq!(z, vec![0.0; 3]);
    }

    /// The model directory: `CLAIMTRACE_MODEL_DIR` or the repository's
    /// `models/all-minilm-l6-v2`; None (the test skips) when absent.
    pub(crate) fn model_dir() -> Option<PathBuf> {
        let p = std::env::var_os("CLAIMTRACE_MODEL_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/all-minilm-l6-v2")
            });
        if MODEL_FILES.iter().all(|f| p.join(f).is_file()) {
            Some(p)
        } else {
            eprintln!(
                "skipped: no model at {} (scripts/fetch-model.sh)",
                p.display()
            );
            None
        }
    }

    #[test]
    fn encodes_similar_texts_closer() {
        let Some(dir) = model_dir() else { return };
        let enc = Encoder::load(&dir).unwrap();
        assert_eq!(enc.dim(), 384);
        let texts = [
            "The vaccine causes infertility in women.",
            "COVID shots make women sterile, doctors warn",
            "The stock market closed higher on Friday.",
            "",
        ];
        let v = enc.encode(&texts).unwrap();
        assert_eq!(v.len(), 4);
        for x in &v {
            assert_eq!(x.len(), 384);
            assert!((dot(x, x) - 1.0).abs() < 1e-4);
        }
        assert!(dot(&v[0], &v[1]) > dot(&v[0], &v[2]) + 0.2);
        // Batching and order do not change a vector.
        let one = enc.encode(&texts[1..2]).unwrap();
        assert!(dot(&one[0], &v[1]) > 0.9999);
        // A very long text is truncated, not an error.
        let long = "word ".repeat(100_000);
        assert_eq!(enc.encode(&[long]).unwrap()[0].len(), 384);
    }
}
