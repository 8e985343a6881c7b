//! `claimtrace match`: the stored documents whose claims, quotes or
//! sentences say the same as a statement. Lexical: BM25 retrieval from the
//! store, re-scored by word alignment ([`claimtrace_trace::similarity`]);
//! semantic matching is future work.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_store::SqliteStore;
use claimtrace_trace::similarity::best_parts;
use claimtrace_trace::{CandidateSource, Statement};
use serde::Deserialize;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace match \"The US administration called cluster munitions a war crime\"\n  \
claimtrace match < statements.jsonl      # {\"id\": ..., \"text\": ...} per line\n\n\
Output: one JSON line per statement: {\"id\": ..., \"results\": [{\"doc_id\": ..., \"score\": ...}, ...]}"
)]
pub struct Args {
    /// The statement; without it (or with `-`), JSONL is read from stdin.
    pub statement: Option<String>,
    /// Results per statement.
    #[arg(long, short = 'k', default_value_t = 10)]
    pub top_k: usize,
    /// Store directory.
    #[arg(long, env = "CLAIMTRACE_DB", default_value = "claimtrace-data")]
    pub db: PathBuf,
}

#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// Candidates retrieved from the index before re-scoring.
const RETRIEVE: usize = 100;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = SqliteStore::open_existing(&args.db)?;
    let mut out = std::io::stdout().lock();
    let inputs: Vec<(serde_json::Value, String)> = match args.statement.as_deref() {
        Some(s) if s != "-" => vec![(serde_json::Value::Null, s.to_string())],
        _ => {
            let mut v = Vec::new();
            for (n, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.with_context(|| format!("reading stdin line {}", n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let i: Input = serde_json::from_str(&line).with_context(|| {
                    format!(
                        "stdin line {}: expected {{\"id\": ..., \"text\": ...}}",
                        n + 1
                    )
                })?;
                v.push((i.id, i.text));
            }
            v
        }
    };
    for (id, text) in inputs {
        let results = match_statement(&store, &text, args.top_k)?;
        let v = serde_json::json!({ "id": id, "results": results });
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The `k` documents that best say `text`, with the statement that does.
pub fn match_statement(
    source: &dyn CandidateSource,
    text: &str,
    k: usize,
) -> anyhow::Result<Vec<serde_json::Value>> {
    let mut best: HashMap<String, (f32, Statement)> = HashMap::new();
    for st in source.candidates(text, None, RETRIEVE)? {
        let (score, _, _) = best_parts(text, &st.text);
        let e = best.entry(st.doc_id.clone()).or_insert((-1.0, st.clone()));
        if score > e.0 {
            *e = (score, st);
        }
    }
    let mut v: Vec<(f32, Statement)> = best.into_values().collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.doc_id.cmp(&b.1.doc_id)));
    v.truncate(k);
    Ok(v.into_iter()
        .map(|(score, st)| {
            serde_json::json!({
                "doc_id": st.doc_id, "score": (score * 10000.0).round() / 10000.0,
                "kind": st.kind.as_str(), "local_id": st.local_id, "text": st.text,
                "speaker": st.speaker, "date": st.date,
            })
        })
        .collect())
}
