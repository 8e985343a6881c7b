//! `claimtrace search QUERY`: ranked full-text search (BM25) over stored
//! quotes, claims and documents, with filters.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use claimtrace_store::{SearchHit, SearchKind, SearchQuery, HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN};
use clap::ValueEnum;

use super::analyze::parse_date;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Kind {
    Quote,
    Claim,
    Document,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One JSON array.
    Json,
    /// One JSON object per result.
    Jsonl,
    /// Readable, with the match highlighted.
    Pretty,
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace search \"cluster munitions\" --kind quote --speaker putin\n  \
claimtrace search \"gas transit\" --from 2022-01-01 --to 2022-06-30 --format json"
)]
pub struct Args {
    /// Words to look for (all must match).
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Only statements by a speaker whose name contains this (case-insensitive).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only documents dated on or after this day.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<String>,
    /// Only documents dated on or before this day.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<String>,
    /// What to search (default: quotes, claims and documents).
    #[arg(long)]
    pub kind: Option<Kind>,
    /// Results to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Quotes of every type: also beliefs and findings ("she believes ...",
    /// "the audit found ..."), which quote searches leave out by default.
    #[arg(long)]
    pub all_quotes: bool,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Output format. Default: pretty on a terminal, jsonl otherwise.
    #[arg(long, short)]
    pub format: Option<Format>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    super::require_words(&args.query.join(" "), "the search query")?;
    let store = args.store.open_for_reading()?;
    let query = SearchQuery {
        text: args.query.join(" "),
        kind: args.kind.map(|k| match k {
            Kind::Quote => SearchKind::Quote,
            Kind::Claim => SearchKind::Claim,
            Kind::Document => SearchKind::Document,
        }),
        speaker: args.speaker.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        limit: args.limit,
        all_quotes: args.all_quotes,
    };
    let hits = store.search(&query)?;
    let tty = std::io::stdout().is_terminal();
    let format = args
        .format
        .unwrap_or(if tty { Format::Pretty } else { Format::Jsonl });
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let v: Vec<serde_json::Value> = hits.iter().map(hit_json).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Jsonl => {
            for h in &hits {
                writeln!(out, "{}", serde_json::to_string(&hit_json(h))?)?;
            }
        }
        Format::Pretty => {
            let color = tty && std::env::var_os("NO_COLOR").is_none();
            if hits.is_empty() {
                writeln!(out, "no match for {:?}", query.text)?;
            }
            for (i, h) in hits.iter().enumerate() {
                let kind = match h.kind {
                    SearchKind::Quote => "quote",
                    SearchKind::Claim => "claim",
                    SearchKind::Document => "document",
                };
                let who = h.speaker.as_deref().unwrap_or("-");
                writeln!(
                    out,
                    "{:>2}. [{kind}] {} · {} · {who}  (score {:.2})",
                    i + 1,
                    h.date.as_deref().unwrap_or("undated"),
                    h.source.as_deref().unwrap_or("unknown source"),
                    h.score
                )?;
                writeln!(
                    out,
                    "    {} — {}",
                    h.statement_id.as_deref().unwrap_or(&h.doc_id),
                    h.title.as_deref().unwrap_or("")
                )?;
                writeln!(out, "    {}", highlight(&h.snippet, color))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Marks the matched words: bold on a terminal, `[...]` otherwise.
fn highlight(snippet: &str, color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    snippet
        .replace(HIGHLIGHT_OPEN, open)
        .replace(HIGHLIGHT_CLOSE, close)
        .replace('\n', " ")
}

fn hit_json(h: &SearchHit) -> serde_json::Value {
    let mut v = serde_json::to_value(h).unwrap_or(serde_json::Value::Null);
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "snippet".into(),
            serde_json::Value::String(
                h.snippet
                    .replace(HIGHLIGHT_OPEN, "**")
                    .replace(HIGHLIGHT_CLOSE, "**"),
            ),
        );
    }
    v
}
