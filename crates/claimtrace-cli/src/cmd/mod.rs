//! One module per subcommand. Each defines `Args` (clap) and `run`.

pub mod analyze;
pub mod batch;
pub mod bench;
pub mod bench_store;
pub mod eval;
pub mod eval_html;
pub mod eval_match;
pub mod eval_numbers;
pub mod eval_quotes;
pub mod eval_times;
pub mod eval_trace;
pub mod eval_trace_real;
pub mod ingest;
pub mod jsonl;
pub mod matching;
pub mod pretty;
pub mod progress;
pub mod quote_model;
pub mod search;
pub mod timeline;
pub mod trace;
pub mod train;
