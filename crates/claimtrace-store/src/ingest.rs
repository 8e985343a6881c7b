//! Analysing and storing one batch of documents: what `claimtrace ingest`
//! and the desk's `POST /documents` both call, so that the two store
//! exactly the same thing.

use claimtrace_core::{Document, Pipeline};
use rayon::prelude::*;

use crate::{plan_batch, CorpusStore, PutOutcome, StoreError};

/// What happened to one batch.
#[derive(Debug, Default, Clone)]
pub struct BatchReport {
    /// Each input document's id and outcome, in input order (documents
    /// skipped because they were stored unchanged are `Unchanged`).
    pub outcomes: Vec<(String, PutOutcome)>,
    /// Bytes of text analysed (the skipped documents not counted).
    pub bytes_analysed: usize,
    /// The analysis's warnings, as (document id, warning).
    pub warnings: Vec<(String, String)>,
}

impl BatchReport {
    pub fn count(&self, wanted: fn(&PutOutcome) -> bool) -> usize {
        self.outcomes.iter().filter(|(_, o)| wanted(o)).count()
    }
}

/// Text that `claimtrace ingest` analyses and writes at a time: its
/// batches are cut into chunks of documents holding about this much text
/// ([`chunks_of_text`]; a document larger than this is a chunk of its
/// own), each analysed in parallel and stored in one transaction. An
/// analysed document holds about 20 times its text until it is written,
/// so a batch's peak memory is a chunk's, not the sum of its documents'
/// (256 documents of a few MB each would be gigabytes).
pub const CHUNK_TEXT_BYTES: usize = 8 << 20;

/// Analyses `batch` in parallel (skipping documents whose content hash is
/// already stored) and stores it in one transaction.
pub fn analyse_and_store(
    store: &mut dyn CorpusStore,
    pipeline: &Pipeline,
    batch: Vec<Document>,
) -> Result<BatchReport, StoreError> {
    crate::allocator::fix_mmap_threshold();
    let ids: Vec<String> = batch.iter().map(|d| d.meta.id.clone()).collect();
    let (todo, _) = plan_batch(store, batch)?;
    let analysed: Vec<(Document, String)> = todo
        .into_par_iter()
        .map(|(mut d, h)| {
            // Nothing stored reads the token layer (32 bytes a token, about
            // 6 times the text): dropped after the last stage that reads it,
            // not once the whole batch is analysed.
            pipeline.run_dropping_tokens(&mut d);
            (d, h)
        })
        .collect();
    let mut report = BatchReport {
        bytes_analysed: analysed.iter().map(|(d, _)| d.text.len()).sum(),
        ..Default::default()
    };
    let stored_ids: Vec<String> = analysed.iter().map(|(d, _)| d.meta.id.clone()).collect();
    for (d, _) in &analysed {
        for w in &d.warnings {
            report.warnings.push((d.meta.id.clone(), w.clone()));
        }
    }
    let outcomes = store.put_documents(analysed)?;
    // The analysed documents are a subsequence of the input, in order.
    let mut stored = stored_ids.into_iter().zip(outcomes).peekable();
    for id in ids {
        let outcome = match stored.peek() {
            Some((sid, _)) if *sid == id => stored.next().map(|(_, o)| o),
            _ => None,
        };
        report
            .outcomes
            .push((id, outcome.unwrap_or(PutOutcome::Unchanged)));
    }
    Ok(report)
}

/// `docs` in order, cut into runs of at least one document whose texts
/// hold at most `limit` bytes together (a document over the limit alone).
pub fn chunks_of_text(docs: Vec<Document>, limit: usize) -> Vec<Vec<Document>> {
    let mut chunks = Vec::new();
    let mut chunk: Vec<Document> = Vec::new();
    let mut bytes = 0;
    for d in docs {
        let len = d.text.len();
        if !chunk.is_empty() && bytes + len > limit {
            chunks.push(std::mem::take(&mut chunk));
            bytes = 0;
        }
        bytes += len;
        chunk.push(d);
    }
    if !chunk.is_empty() {
        chunks.push(chunk);
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::Metadata;

    fn doc(id: &str, bytes: usize) -> Document {
        let text = "Lavrov said talks would resume. ".repeat(bytes / 32 + 1);
        let meta = Metadata {
            id: id.into(),
            ..Default::default()
        };
        Document::new(text[..bytes].to_string(), meta)
    }

    #[test]
    fn a_batch_is_cut_into_chunks_of_bounded_text_in_order() {
        let docs = vec![
            doc("a", 300),
            doc("b", 400),
            doc("c", 200),
            doc("big", 5000),
            doc("d", 100),
        ];
        let chunks = chunks_of_text(docs, 1000);
        let ids: Vec<Vec<&str>> = chunks
            .iter()
            .map(|c| c.iter().map(|d| d.meta.id.as_str()).collect())
            .collect();
        assert_eq!(ids, vec![vec!["a", "b", "c"], vec!["big"], vec!["d"]]);
        assert!(chunks_of_text(Vec::new(), 1000).is_empty());
    }
}
