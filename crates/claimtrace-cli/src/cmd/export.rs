//! `claimtrace export --format jsonl|csv`: the stored documents (text and
//! metadata), in a form `ingest` reads again.

use std::io::Write;
use std::process::ExitCode;

use super::corpus_args::FilterArgs;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object a line: id, title, date, source, ... and text.
    Jsonl,
    /// A table with a header row, the same columns.
    Csv,
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace export --format jsonl > corpus.jsonl\n  \
claimtrace ingest corpus.jsonl --ids-as-written --db copy   # the same documents, the same ids\n  \
claimtrace export --format csv --source kremlin.ru > kremlin.csv"
)]
pub struct Args {
    #[arg(long, default_value = "jsonl")]
    pub format: ExportFormat,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
}

const COLUMNS: [&str; 10] = [
    "id",
    "date",
    "source",
    "title",
    "standfirst",
    "author",
    "url",
    "language",
    "section",
    "text",
];

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_for_reading()?;
    let listed = store.list_documents(&args.filter.filter(), None, 0)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut table =
        (args.format == ExportFormat::Csv).then(|| csv::Writer::from_writer(Vec::new()));
    if let Some(w) = table.as_mut() {
        w.write_record(COLUMNS)?;
    }
    for summary in listed {
        // A document deleted since the list was read is left out.
        let Some(stored) = store.document(&summary.id)? else {
            continue;
        };
        let m = &stored.document.meta;
        let values = [
            Some(m.id.as_str()),
            m.date.as_deref(),
            m.source.as_deref(),
            m.title.as_deref(),
            m.standfirst.as_deref(),
            m.author.as_deref(),
            m.url.as_deref(),
            m.language.as_deref(),
            m.section.as_deref(),
            Some(stored.document.text.as_str()),
        ];
        match table.take() {
            Some(mut w) => {
                w.write_record(values.iter().map(|v| v.unwrap_or("")))?;
                // One row at a time to stdout: a large export is not held.
                let row = w
                    .into_inner()
                    .map_err(|e| anyhow::anyhow!("writing CSV: {e}"))?;
                out.write_all(&row)?;
                table = Some(
                    csv::WriterBuilder::new()
                        .has_headers(false)
                        .from_writer(Vec::new()),
                );
            }
            None => {
                let mut record = serde_json::Map::new();
                for (name, value) in COLUMNS.iter().zip(values) {
                    if let Some(v) = value {
                        record.insert((*name).to_string(), v.into());
                    }
                }
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
            }
        }
    }
    if let Some(w) = table {
        let rest = w
            .into_inner()
            .map_err(|e| anyhow::anyhow!("writing CSV: {e}"))?;
        out.write_all(&rest)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
