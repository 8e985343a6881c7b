//! `claimtrace timeline`: the dated events of a set of documents in order.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_time::timeline::Timeline;
use clap::ValueEnum;

use super::batch::{analyse, Batches, BATCH};

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
    let mut batches = Batches::new(&args.paths, BATCH);
    let progress = super::progress::Progress::new(true, "reading");
    let mut timeline = Timeline::new();
    let (mut count, mut first_title) = (0usize, String::new());
    loop {
        let batch = batches.next_batch(&progress);
        if batch.is_empty() {
            break;
        }
        for doc in &analyse(&pipeline, batch, args.date.as_deref()) {
            if count == 0 {
                first_title = doc
                    .meta
                    .title
                    .clone()
                    .unwrap_or_else(|| doc.meta.id.clone());
            }
            count += 1;
            timeline.add_document(doc);
        }
    }
    let rejected = batches.rejected;
    let rendered = match args.format {
        Format::Text => timeline.to_text(),
        Format::Json => {
            timeline
                .to_json()
                .context("rendering the timeline as JSON")?
                + "\n"
        }
        Format::Html => timeline.to_html(&page_title(count, &first_title)),
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
        super::eprint_line("claimtrace: no dated events found");
    }
    Ok(if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn page_title(documents: usize, first_title: &str) -> String {
    if documents == 1 {
        format!("Timeline: {first_title}")
    } else {
        format!("Timeline of {documents} documents")
    }
}
