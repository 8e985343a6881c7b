//! An in-memory corpus of statements with a BM25 index: tracing and
//! matching without a database (evaluation, tests, small batches).

use std::collections::HashMap;

use claimtrace_core::Document;

use crate::bm25::{Bm25Index, Bm25Params};
use crate::statement::{statements_of, Statement};
use crate::tracer::{CandidateSource, TraceError};

#[derive(Debug, Clone)]
pub struct MemoryCorpus {
    statements: Vec<Statement>,
    index: Bm25Index,
    by_doc: HashMap<String, Vec<usize>>,
}

impl Default for MemoryCorpus {
    fn default() -> Self {
        MemoryCorpus {
            statements: Vec::new(),
            index: Bm25Index::new(vec![1.0], Bm25Params::default()),
            by_doc: HashMap::new(),
        }
    }
}

impl MemoryCorpus {
    pub fn new() -> Self {
        Self::default()
    }

    /// A corpus of every statement of analysed documents.
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = &'a Document>) -> Self {
        let mut c = Self::new();
        for d in docs {
            c.add_document(d);
        }
        c
    }

    pub fn add_document(&mut self, doc: &Document) {
        for st in statements_of(doc) {
            self.add_statement(st);
        }
    }

    pub fn add_statement(&mut self, st: Statement) {
        let i = self.index.add(&[st.text.as_str()]);
        self.by_doc.entry(st.doc_id.clone()).or_default().push(i);
        self.statements.push(st);
    }

    pub fn len(&self) -> usize {
        self.statements.len()
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }
}

impl CandidateSource for MemoryCorpus {
    fn candidates(
        &self,
        text: &str,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Statement>, TraceError> {
        // Over-fetch: later statements are filtered out after ranking.
        let hits = self.index.search(text, limit * 4);
        Ok(hits
            .into_iter()
            .map(|(i, _)| &self.statements[i])
            .filter(|s| match (before, s.date.as_deref()) {
                (Some(b), Some(d)) => d <= b,
                _ => true,
            })
            .take(limit)
            .cloned()
            .collect())
    }

    fn statements_in(&self, doc_id: &str) -> Result<Vec<Statement>, TraceError> {
        Ok(self
            .by_doc
            .get(doc_id)
            .map(|ix| ix.iter().map(|&i| self.statements[i].clone()).collect())
            .unwrap_or_default())
    }
}
