//! `claimtrace delete ID... | --source S | --before D`: removes documents
//! with every revision, their statements and their index entries.

use std::io::Write;
use std::process::ExitCode;

use claimtrace_store::DocumentFilter;

use super::analyze::parse_date;
use super::escape_controls;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace delete 'messages_en#mhgP7EKXtzc'\n  \
claimtrace delete --source example.com\n  claimtrace delete --before 2020-01-01 --dry-run\n\n\
Given together, the criteria all apply (ids from that source dated before that day). \
Deleted documents no longer appear in search, match or trace, and the matching statistics \
are as if they had never been stored."
)]
pub struct Args {
    /// Document ids (as `list` shows them).
    pub ids: Vec<String>,
    /// Every document from this source.
    #[arg(long)]
    pub source: Option<String>,
    /// Every document dated before this day (undated ones are kept).
    #[arg(long, value_parser = parse_date)]
    pub before: Option<String>,
    /// Say what would be deleted; delete nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the deleted ids as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let filter = DocumentFilter {
        ids: args.ids.clone(),
        source: args.source.clone(),
        before: args.before.clone(),
        ..Default::default()
    };
    if filter.is_everything() {
        return Err(super::UsageError(
            "say what to delete: document ids, --source or --before".into(),
        )
        .into());
    }
    let deleted = if args.dry_run {
        let store = args.store.open_for_reading()?;
        store
            .list_documents(&filter, None, 0)?
            .into_iter()
            .map(|d| d.id)
            .collect()
    } else {
        let mut store = args.store.open_for_writing()?;
        store.delete_documents(&filter)?
    };
    let missing: Vec<&String> = args.ids.iter().filter(|id| !deleted.contains(id)).collect();
    let mut out = std::io::stdout().lock();
    if args.json {
        let v = serde_json::json!({
            "deleted": deleted, "not_found": missing, "dry_run": args.dry_run,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        let verb = if args.dry_run {
            "would delete"
        } else {
            "deleted"
        };
        super::eprint_line(&format!(
            "claimtrace: {verb} {} documents from {}",
            deleted.len(),
            args.store.shown()
        ));
        for id in &missing {
            super::eprint_line(&format!(
                "claimtrace: no document {} (nothing deleted)",
                escape_controls(id)
            ));
        }
    }
    out.flush()?;
    Ok(if missing.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
