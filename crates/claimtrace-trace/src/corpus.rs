//! An in-memory corpus of statements with a BM25 index: tracing and
//! matching without a database (evaluation, tests, small batches).

use std::collections::HashMap;

use claimtrace_core::Document;

use crate::bm25::{Bm25Index, Bm25Params};
use crate::matching::{match_terms, MatchUnit, MatchUnits, UnitStats, DEFAULT_FIELD_WEIGHTS};
use crate::statement::{statements_of, Statement};
use crate::tracer::{CandidateSource, TraceError};

#[derive(Debug, Clone)]
pub struct MemoryCorpus {
    statements: Vec<Statement>,
    /// The standfirst of each statement's document.
    standfirsts: Vec<Option<String>>,
    index: Bm25Index,
    /// Text, title and standfirst in matching terms.
    match_index: Bm25Index,
    by_doc: HashMap<String, Vec<usize>>,
}

impl Default for MemoryCorpus {
    fn default() -> Self {
        MemoryCorpus {
            statements: Vec::new(),
            standfirsts: Vec::new(),
            index: Bm25Index::new(vec![1.0], Bm25Params::default()),
            match_index: Bm25Index::new(DEFAULT_FIELD_WEIGHTS.to_vec(), Bm25Params::default()),
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
            self.add_unit(st, doc.meta.standfirst.clone());
        }
    }

    pub fn add_statement(&mut self, st: Statement) {
        self.add_unit(st, None);
    }

    /// A statement with its document's standfirst (matched as a third field).
    pub fn add_unit(&mut self, st: Statement, standfirst: Option<String>) {
        let i = self.index.add(&[st.text.as_str()]);
        self.match_index.add_terms(&[
            match_terms(&st.text),
            st.title.as_deref().map(match_terms).unwrap_or_default(),
            standfirst.as_deref().map(match_terms).unwrap_or_default(),
        ]);
        self.by_doc.entry(st.doc_id.clone()).or_default().push(i);
        self.statements.push(st);
        self.standfirsts.push(standfirst);
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

    fn match_units(&self, terms: &[String], limit: usize) -> Result<MatchUnits, TraceError> {
        let hits = self.match_index.search_terms(terms, limit);
        let units = hits
            .into_iter()
            .map(|(i, _)| MatchUnit {
                statement: self.statements[i].clone(),
                standfirst: self.standfirsts[i].clone(),
            })
            .collect();
        let mut total_len = [0u64; 3];
        for (t, l) in total_len.iter_mut().zip(self.match_index.total_lengths()) {
            *t = *l;
        }
        let df = terms
            .iter()
            .map(|t| (t.clone(), self.match_index.doc_freq(t)))
            .collect();
        Ok(MatchUnits {
            units,
            stats: UnitStats {
                units: self.match_index.len() as u64,
                total_len,
                df,
            },
        })
    }
}
