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

/// Analyses `batch` in parallel (skipping documents whose content hash is
/// already stored) and stores it in one transaction.
pub fn analyse_and_store(
    store: &mut dyn CorpusStore,
    pipeline: &Pipeline,
    batch: Vec<Document>,
) -> Result<BatchReport, StoreError> {
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
