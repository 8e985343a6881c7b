//! Matching and tracing: BM25 retrieval, word alignment, and the
//! classification of what changed when a statement was repeated.
//!
//! Everything here works on statements in memory; the store
//! (`claimtrace-store`) is one more [`CandidateSource`].

pub mod align;
pub mod bm25;
pub mod claimreview;
pub mod classify;
pub mod corpus;
pub mod embed;
pub mod eval;
pub mod matching;
pub mod passage;
mod quoted_words;
pub mod similarity;
pub mod statement;
pub mod text;
pub mod tracer;

pub use bm25::{Bm25Index, Bm25Params};
pub use claimreview::{claim_review, ClaimReviewError, NumericRating, Verdict};
pub use classify::{classify, Difference, DifferenceType, Version};
pub use corpus::MemoryCorpus;
pub use statement::{
    statement_spans_of, statements_of, SpeakerKind, Statement, StatementKind, StatementSpan,
};
pub use tracer::{
    trace, CandidateSource, Hop, Origin, TraceError, TraceOptions, TraceQuery, TraceResult,
};
