//! `claimtrace bench store --db DIR`: search and trace latency over a
//! store (p50/p95/max over N queries drawn evenly from its statements),
//! and its size on disk. Ingest speed is what `claimtrace ingest --json`
//! reports (`docs_per_s`).

use std::process::ExitCode;
use std::time::Instant;

use claimtrace_store::SearchQuery;
use claimtrace_trace::text::{is_stop_word, words};
use claimtrace_trace::{trace, TraceOptions, TraceQuery};

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace ingest ../shared/corpora/kremlin_en/kremlin_en.jsonl --db /tmp/kremlin --json\n  \
claimtrace bench store --db /tmp/kremlin -n 100"
)]
pub struct Args {
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Queries of each kind.
    #[arg(long, short = 'n', default_value_t = 100)]
    pub queries: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list the N slowest traces (time, statement id and text): what
    /// the p95 is made of.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub slowest: usize,
}

fn percentile(sorted_ms: &[f64], p: f64) -> f64 {
    if sorted_ms.is_empty() {
        return 0.0;
    }
    let i = ((p / 100.0) * sorted_ms.len() as f64).ceil() as usize;
    sorted_ms[i.clamp(1, sorted_ms.len()) - 1]
}

fn summary(mut ms: Vec<f64>) -> serde_json::Value {
    ms.sort_by(|a, b| a.total_cmp(b));
    serde_json::json!({
        "queries": ms.len(),
        "p50_ms": percentile(&ms, 50.0),
        "p95_ms": percentile(&ms, 95.0),
        "max_ms": ms.last().copied().unwrap_or(0.0),
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_for_reading()?;
    let stats = store.stats()?;
    let sample = store.sample_statements(args.queries)?;
    if sample.is_empty() {
        anyhow::bail!("the store at {} holds no statements", args.store.shown());
    }
    // Search: three content words of each sampled statement.
    let mut search_ms = Vec::new();
    for st in &sample {
        let ws: Vec<String> = words(&st.text)
            .into_iter()
            .map(|w| w.norm)
            .filter(|w| !is_stop_word(w) && w.len() > 2)
            .take(3)
            .collect();
        if ws.is_empty() {
            continue;
        }
        let t = Instant::now();
        store.search(&SearchQuery {
            text: ws.join(" "),
            limit: 10,
            ..Default::default()
        })?;
        search_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    // Trace: each sampled statement, from its own document.
    let opts = TraceOptions::default();
    let mut trace_ms = Vec::new();
    for st in &sample {
        let t = Instant::now();
        trace(
            store.as_ref(),
            &TraceQuery {
                text: st.text.clone(),
                doc_id: Some(st.doc_id.clone()),
                date: st.date.clone(),
                speaker: st.speaker.clone(),
                before: None,
            },
            &opts,
        )?;
        trace_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let mut slow: Vec<(f64, &claimtrace_trace::Statement)> =
        trace_ms.iter().copied().zip(sample.iter()).collect();
    slow.sort_by(|a, b| b.0.total_cmp(&a.0));
    slow.truncate(args.slowest);
    let slowest: Vec<serde_json::Value> = slow
        .iter()
        .map(|(ms, st)| serde_json::json!({"ms": ms, "doc_id": st.doc_id, "start": st.start, "text": st.text}))
        .collect();
    let v = serde_json::json!({
        "bench": "store", "db": args.store.shown(),
        "documents": stats.documents, "statements": stats.statements,
        "bytes_on_disk": stats.bytes_on_disk,
        "search": summary(search_ms), "trace": summary(trace_ms),
    });
    let mut v = v;
    if args.slowest > 0 {
        v["slowest_traces"] = serde_json::Value::Array(slowest.clone());
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "bench store: {} documents, {} statements, {:.1} MB on disk",
            stats.documents,
            stats.statements,
            stats.bytes_on_disk as f64 / 1e6
        );
        for k in ["search", "trace"] {
            let s = &v[k];
            println!(
                "  {k:<7} {} queries: p50 {:.1} ms  p95 {:.1} ms  max {:.1} ms",
                s["queries"],
                s["p50_ms"].as_f64().unwrap_or(0.0),
                s["p95_ms"].as_f64().unwrap_or(0.0),
                s["max_ms"].as_f64().unwrap_or(0.0)
            );
        }
        for s in &slowest {
            let text: String = s["text"].as_str().unwrap_or("").chars().take(100).collect();
            println!(
                "  slow trace {:>7.1} ms  {}  {text}",
                s["ms"].as_f64().unwrap_or(0.0),
                s["doc_id"].as_str().unwrap_or("")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
