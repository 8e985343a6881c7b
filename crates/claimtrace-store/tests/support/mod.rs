//! Helpers shared by the store's integration tests. (Each test binary
//! compiles this module and uses some of it.)
#![allow(dead_code)]

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{plan_batch, CorpusStore, SqliteStore};
use claimtrace_trace::{trace, TraceOptions, TraceQuery, TraceResult};

/// A store in `dir` holding the documents, analysed by the default pipeline.
pub fn store_of(dir: &std::path::Path, docs: Vec<Document>) -> SqliteStore {
    let mut store = SqliteStore::open(dir).unwrap_or_else(|e| panic!("{e}"));
    let pipeline = claimtrace_pipeline::default_pipeline();
    let (mut todo, _) = plan_batch(&store, docs).unwrap_or_else(|e| panic!("{e}"));
    for (d, _) in &mut todo {
        pipeline.run(d);
    }
    store.put_batch(&todo).unwrap_or_else(|e| panic!("{e}"));
    store
}

/// A dated, titled document written for a test.
pub fn doc(id: &str, date: &str, title: &str, text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: id.into(),
            date: Some(date.into()),
            title: Some(title.into()),
            ..Default::default()
        },
    )
}

/// The quote as read in `article` (`trace --in ARTICLE --speaker ...`).
pub fn ask(
    store: &SqliteStore,
    article: &str,
    date: &str,
    speaker: &str,
    text: &str,
) -> TraceResult {
    trace(
        store,
        &TraceQuery {
            text: text.into(),
            doc_id: Some(article.into()),
            date: Some(date.into()),
            speaker: Some(speaker.into()),
            before: None,
        },
        &TraceOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The document id of a trace's origin.
pub fn origin_of(r: &TraceResult) -> Option<&str> {
    r.origin.as_ref().map(|o| o.doc_id.as_str())
}
