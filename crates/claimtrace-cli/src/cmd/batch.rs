//! Reading documents in batches and analysing each batch in parallel: the
//! loop `analyze`, `ingest` and `timeline` share.

use claimtrace_core::{DateSource, Document, Pipeline};
use claimtrace_ingest::IngestError;
use rayon::prelude::*;

use super::progress::Progress;

/// Documents read per parallel batch: bounds memory on huge inputs while
/// keeping every core busy and the output in input order.
pub const BATCH: usize = 256;

/// The inputs, read a batch at a time; rejected records are reported on
/// the way and counted.
pub struct Batches {
    reader: Box<dyn Iterator<Item = Result<Document, IngestError>> + Send>,
    size: usize,
    pub rejected: usize,
}

impl Batches {
    pub fn new(paths: &[String], size: usize) -> Self {
        Self::with_options(paths, size, &claimtrace_ingest::ReadOptions::default())
    }

    pub fn with_options(
        paths: &[String],
        size: usize,
        opts: &claimtrace_ingest::ReadOptions,
    ) -> Self {
        Batches {
            reader: claimtrace_ingest::read_inputs(paths, opts),
            size: size.max(1),
            rejected: 0,
        }
    }

    /// The next documents, up to the batch size; empty when the inputs are done.
    pub fn next_batch(&mut self, progress: &Progress) -> Vec<Document> {
        let mut batch = Vec::with_capacity(self.size.min(BATCH));
        for item in self.reader.by_ref() {
            match item {
                Ok(doc) => {
                    batch.push(doc);
                    if batch.len() == self.size {
                        break;
                    }
                }
                Err(e) => {
                    self.rejected += 1;
                    progress.println(&format!("claimtrace: rejected: {e}"));
                }
            }
        }
        batch
    }
}

/// Runs the pipeline over a batch in parallel, in input order, after
/// applying `--date` (which overrides metadata and inference).
pub fn analyse(pipeline: &Pipeline, batch: Vec<Document>, date: Option<&str>) -> Vec<Document> {
    batch
        .into_par_iter()
        .map(|mut doc| {
            if let Some(d) = date {
                doc.meta.date = Some(d.to_string());
                doc.meta.date_source = DateSource::Argument;
            }
            // The output form has no token layer.
            pipeline.run_dropping_tokens(&mut doc);
            doc
        })
        .collect()
}
