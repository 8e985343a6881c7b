//! Flags shared by the corpus management commands (`list`, `export`):
//! which documents.

use claimtrace_store::DocumentFilter;

use super::analyze::parse_date;

#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Only documents from this source (exactly as stored, e.g. `kremlin.ru`).
    #[arg(long)]
    pub source: Option<String>,
    /// Only documents dated on or after this day.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<String>,
    /// Only documents dated on or before this day.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<String>,
    /// Only documents in this language (`en`, `ru`, ...).
    #[arg(long)]
    pub lang: Option<String>,
}

impl FilterArgs {
    pub fn filter(&self) -> DocumentFilter {
        DocumentFilter {
            source: self.source.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            language: self.lang.clone(),
            ..Default::default()
        }
    }
}

/// Output of the corpus management commands.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Readable.
    Pretty,
    /// One JSON value.
    Json,
}

/// `--format`, else pretty on a terminal and JSON otherwise.
pub fn chosen(format: Option<Format>) -> Format {
    use std::io::IsTerminal;
    format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Pretty
    } else {
        Format::Json
    })
}
