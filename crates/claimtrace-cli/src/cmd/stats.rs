//! `claimtrace stats`: what the store holds.

use std::io::Write;
use std::process::ExitCode;

use super::corpus_args::{chosen, Format};

#[derive(clap::Args)]
pub struct Args {
    /// Output format. Default: pretty on a terminal, json otherwise.
    #[arg(long, short)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_for_reading()?;
    let s = store.stats()?;
    let mut out = std::io::stdout().lock();
    match chosen(args.format) {
        Format::Json => {
            let mut v = serde_json::to_value(&s)?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("db".into(), args.store.shown().into());
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Pretty => {
            writeln!(out, "store {}", args.store.shown())?;
            writeln!(
                out,
                "{} documents ({} revisions), {} statements ({} quotes, {} claims), {} entities, {:.1} MB",
                s.documents,
                s.revisions,
                s.statements,
                s.quotes,
                s.claims,
                s.entities,
                s.bytes_on_disk as f64 / 1e6
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
