//! (stub: to be completed) readers that turn input files into Documents.

use std::path::PathBuf;

use claimtrace_core::{Document, Metadata};

/// Something that went wrong reading one input (or one record of it).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Limits and choices for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Documents longer than this are truncated (with a warning).
    pub max_document_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_document_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Reads every input (files, directories recursively, `-` for stdin) and
/// yields documents and per-record errors, lazily, in order.
pub fn read_inputs(
    inputs: &[String],
    _opts: &ReadOptions,
) -> Box<dyn Iterator<Item = Result<Document, IngestError>> + Send> {
    let inputs: Vec<String> = inputs.to_vec();
    Box::new(inputs.into_iter().map(|p| {
        let path = PathBuf::from(&p);
        let bytes = std::fs::read(&path).map_err(|source| IngestError::Io {
            path: p.clone(),
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let meta = Metadata {
            id: p.clone(),
            origin: Some(p.clone()),
            ..Default::default()
        };
        Ok(Document::new(text, meta))
    }))
}
