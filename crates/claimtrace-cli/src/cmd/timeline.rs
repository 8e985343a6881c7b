//! `claimtrace timeline`: the dated events of a set of documents in order.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::DateSource;
use claimtrace_time::timeline::Timeline;
use clap::ValueEnum;
use rayon::prelude::*;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One line per event: date, actor, clause, sources.
    Text,
    /// `{"events": [...]}` in date order.
    Json,
    /// A self-contained HTML page with a visual timeline.
    Html,
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace timeline examples/cluster-munitions.txt\n  \
claimtrace timeline news/ --format html --output timeline.html\n  \
claimtrace timeline a.txt b.txt --date 2023-07-16 --format json"
)]
pub struct Args {
    /// Files or directories to read (same inputs as `analyze`); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, short, default_value = "text")]
    pub format: Format,
    /// The documents' date (YYYY-MM-DD), overriding metadata and inference;
    /// relative dates ("last year") are resolved against it.
    #[arg(long, value_parser = super::analyze::parse_date)]
    pub date: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<std::path::PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = claimtrace_pipeline::default_pipeline();
    let opts = claimtrace_ingest::ReadOptions::default();
    let mut docs = Vec::new();
    let mut rejected = 0usize;
    for item in claimtrace_ingest::read_inputs(&args.paths, &opts) {
        match item {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                rejected += 1;
                eprintln!("claimtrace: rejected: {e}");
            }
        }
    }
    let date = args.date.clone();
    let analysed: Vec<_> = docs
        .into_par_iter()
        .map(|mut doc| {
            if let Some(d) = &date {
                doc.meta.date = Some(d.clone());
                doc.meta.date_source = DateSource::Argument;
            }
            pipeline.run(&mut doc);
            doc
        })
        .collect();
    let mut timeline = Timeline::new();
    for doc in &analysed {
        timeline.add_document(doc);
    }
    let rendered = match args.format {
        Format::Text => timeline.to_text(),
        Format::Json => {
            timeline
                .to_json()
                .context("rendering the timeline as JSON")?
                + "\n"
        }
        Format::Html => timeline.to_html(&page_title(&analysed)),
    };
    match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .with_context(|| format!("writing the timeline to {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.as_bytes())
                .and_then(|()| out.flush())
                .context("writing the timeline to standard output")?;
        }
    }
    if timeline.is_empty() {
        eprintln!("claimtrace: no dated events found");
    }
    Ok(if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn page_title(docs: &[claimtrace_core::Document]) -> String {
    match docs {
        [one] => format!(
            "Timeline: {}",
            one.meta.title.as_deref().unwrap_or(&one.meta.id)
        ),
        _ => format!("Timeline of {} documents", docs.len()),
    }
}
