//! Helpers shared by the store's integration tests.

use claimtrace_core::Document;
use claimtrace_store::{plan_batch, CorpusStore, SqliteStore};

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
