//! `claimtrace show ID`: one stored document and its analysis.

use std::io::Write;
use std::process::ExitCode;

use super::corpus_args::{chosen, Format};
use super::escape_controls;

#[derive(clap::Args)]
#[command(after_help = "Example:\n  claimtrace show 'messages_en#mhgP7EKXtzc' --format json")]
pub struct Args {
    /// The document id (as `list` and `search` show it).
    pub id: String,
    /// Output format. Default: pretty on a terminal, json otherwise (the
    /// analysis as `analyze --format json` prints it: code-point offsets).
    #[arg(long, short)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_for_reading()?;
    let Some(stored) = store.document(&args.id)? else {
        anyhow::bail!(
            "no document {} in the store at {}",
            escape_controls(&args.id),
            args.store.shown()
        );
    };
    let mut out = std::io::stdout().lock();
    let doc = &stored.document;
    match chosen(args.format) {
        Format::Json => {
            let v = serde_json::json!({
                "revision": stored.revision,
                "content_hash": stored.content_hash,
                "document": doc,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Pretty => {
            let m = &doc.meta;
            let clean = |s: &str| escape_controls(s).into_owned();
            writeln!(out, "{}", clean(m.title.as_deref().unwrap_or(&m.id)))?;
            writeln!(
                out,
                "id {} · revision {} · {} · {} · {}",
                clean(&m.id),
                stored.revision,
                m.date.as_deref().unwrap_or("undated"),
                clean(m.source.as_deref().unwrap_or("unknown source")),
                m.language.as_deref().unwrap_or("language unknown")
            )?;
            if let Some(url) = &m.url {
                writeln!(out, "url {}", clean(url))?;
            }
            writeln!(
                out,
                "{} characters · {} quotes · {} claims · {} entities · {} times · {} quantities",
                doc.text.chars().count(),
                doc.quotes.len(),
                doc.claims.len(),
                doc.entities.len(),
                doc.times.len(),
                doc.quantities.len()
            )?;
            if !doc.quotes.is_empty() {
                writeln!(out, "\nQuotes")?;
            }
            for q in &doc.quotes {
                writeln!(
                    out,
                    "  {} {}: \u{201c}{}\u{201d}",
                    q.id,
                    clean(q.speaker.name.as_deref().unwrap_or("(unknown speaker)")),
                    clean(&q.text)
                )?;
            }
            if !doc.claims.is_empty() {
                writeln!(out, "\nClaims")?;
            }
            for c in &doc.claims {
                writeln!(out, "  {} {}", c.id, clean(&c.text))?;
            }
            if !doc.entities.is_empty() {
                let names: Vec<String> = doc.entities.iter().map(|e| clean(&e.name)).collect();
                writeln!(out, "\nEntities\n  {}", names.join(", "))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
