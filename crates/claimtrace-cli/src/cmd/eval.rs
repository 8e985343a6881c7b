//! `claimtrace eval ...`: each evaluation lives in its own module.

use std::process::ExitCode;

use clap::Subcommand;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Time expressions against TimeML (.tml) gold files (TempEval-3 measures).
    Times(super::eval_times::Args),
    /// Numbers, ranges, currency and dimensions against Recognizers-Text specs.
    Numbers(super::eval_numbers::Args),
    /// Quotes, cues and sources against PolNeAR JSONL.
    Quotes(super::eval_quotes::Args),
    /// HTML main-text extraction against the article-extraction benchmark.
    Html(super::eval_html::Args),
    /// Claim matching (CheckThat! 2022 2A): MAP@5, MRR, recall@k.
    Match(super::eval_match::Args),
    /// Quote provenance: origin accuracy, MRR, chains, per-type F1 of differences.
    Trace(super::eval_trace::Args),
    /// Real quote traces (eval/trace-real): origin@1 and "no origin" answered right.
    TraceReal(super::eval_trace_real::Args),
    /// Every figure the docs quote: runs the evaluations above, writes or
    /// checks docs/figures.json (the CI regression gate).
    All(super::eval_all::Args),
}

pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Times(a) => super::eval_times::run(a),
        EvalCommand::Numbers(a) => super::eval_numbers::run(a),
        EvalCommand::Quotes(a) => super::eval_quotes::run(a),
        EvalCommand::Html(a) => super::eval_html::run(a),
        EvalCommand::Match(a) => super::eval_match::run(a),
        EvalCommand::Trace(a) => super::eval_trace::run(a),
        EvalCommand::TraceReal(a) => super::eval_trace_real::run(a),
        EvalCommand::All(a) => super::eval_all::run(a),
    }
}
