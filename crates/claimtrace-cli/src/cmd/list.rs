//! `claimtrace list`: the stored documents, filtered and paged.

use std::io::Write;
use std::process::ExitCode;

use super::corpus_args::{chosen, FilterArgs, Format};
use super::escape_controls;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace list --source kremlin.ru --from 2022-02-01 --to 2022-02-28\n  \
claimtrace list --lang ru --limit 20 --offset 40 --format json"
)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Documents to show.
    #[arg(long, short = 'n', default_value_t = 50)]
    pub limit: usize,
    /// Documents to skip first (the next page: --offset 50).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Output format. Default: pretty on a terminal, json otherwise.
    #[arg(long, short)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_for_reading()?;
    let docs = store.list_documents(&args.filter.filter(), Some(args.limit), args.offset)?;
    let mut out = std::io::stdout().lock();
    match chosen(args.format) {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&docs)?)?,
        Format::Pretty => {
            if docs.is_empty() {
                writeln!(out, "no documents")?;
            }
            for d in &docs {
                writeln!(
                    out,
                    "{}  {}  {}  {} statements  {}",
                    d.date.as_deref().unwrap_or("undated   "),
                    escape_controls(&d.id),
                    escape_controls(d.source.as_deref().unwrap_or("-")),
                    d.statements,
                    escape_controls(d.title.as_deref().unwrap_or(""))
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
