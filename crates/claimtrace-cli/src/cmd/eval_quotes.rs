//! `claimtrace eval quotes --gold FILE`: scores quotes, cues and sources
//! against PolNeAR-style JSONL (one article a line: `text` and
//! `attributions[]` with `source`, `cue`, `content`, each a list of
//! `{spans: [[start, end], ...], text}` in code-point offsets).
//! How it scores: `claimtrace_quote::eval` and docs/evaluation.md.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::{Document, Metadata};
use claimtrace_quote::eval::{score_document, Count, SpanSets, Tally};
use serde::Deserialize;

#[derive(clap::Args)]
pub struct Args {
    /// Gold JSONL file (PolNeAR format).
    #[arg(long)]
    pub gold: std::path::PathBuf,
    /// Score only the first N articles.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print missed and spurious attributions of the first N articles.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Print the table as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub quote_model: super::quote_model::QuoteModelArgs,
}

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(default)]
    id: String,
    text: String,
    #[serde(default)]
    attributions: Vec<GoldAttribution>,
}

#[derive(Deserialize)]
struct GoldAttribution {
    #[serde(default)]
    source: Vec<GoldPart>,
    #[serde(default)]
    cue: Vec<GoldPart>,
    #[serde(default)]
    content: Vec<GoldPart>,
}

#[derive(Deserialize)]
struct GoldPart {
    #[serde(default)]
    spans: Vec<[usize; 2]>,
}

/// Code-point offset -> byte offset table for `text` (one entry past the end).
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn to_bytes(parts: &[GoldPart], table: &[usize]) -> Vec<(usize, usize)> {
    parts
        .iter()
        .flat_map(|p| p.spans.iter())
        .filter_map(|&[s, e]| Some((*table.get(s)?, *table.get(e)?)))
        .filter(|(s, e)| s < e)
        .collect()
}

/// One gold article: its id, text and attributions as byte spans.
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub gold: Vec<SpanSets>,
}

/// Reads a PolNeAR-style JSONL gold file line by line; errors name the
/// file and line.
pub fn read_gold(
    path: &std::path::Path,
) -> anyhow::Result<impl Iterator<Item = anyhow::Result<GoldDoc>>> {
    let file = std::fs::File::open(path)
        .with_context(|| format!("opening gold file {}", path.display()))?;
    let shown = path.display().to_string();
    Ok(std::io::BufReader::new(file)
        .lines()
        .enumerate()
        .filter_map(move |(n, line)| {
            let line = match line {
                Ok(l) => l,
                Err(e) => return Some(Err(anyhow::anyhow!("reading {shown} line {}: {e}", n + 1))),
            };
            if line.trim().is_empty() {
                return None;
            }
            let article: GoldArticle = match serde_json::from_str(&line) {
                Ok(a) => a,
                Err(e) => return Some(Err(anyhow::anyhow!("parsing {shown} line {}: {e}", n + 1))),
            };
            let table = byte_offsets(&article.text);
            let gold = article
                .attributions
                .iter()
                .map(|a| SpanSets {
                    content: to_bytes(&a.content, &table),
                    cue: to_bytes(&a.cue, &table),
                    source: to_bytes(&a.source, &table),
                })
                .collect();
            Some(Ok(GoldDoc {
                id: article.id,
                text: article.text,
                gold,
            }))
        }))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = args.quote_model.pipeline()?;
    let tagger = args.quote_model.quotes.name();
    let mut tally = Tally::default();
    let started = std::time::Instant::now();
    // The transformer takes about a second an article: show it working.
    let progress = super::progress::Progress::new(args.json, "scoring");
    for item in read_gold(&args.gold)? {
        if args.limit.is_some_and(|l| tally.documents >= l) {
            break;
        }
        let GoldDoc { id, text, gold } = item?;
        let meta = Metadata {
            id,
            ..Default::default()
        };
        let mut doc = Document::new(text, meta);
        pipeline.run(&mut doc);
        let score = score_document(&doc, &gold, &mut tally);
        progress.inc(1);
        if tally.documents <= args.errors {
            print_errors(&doc, &gold, &score);
        }
    }
    progress.finish();
    let elapsed = started.elapsed();
    if args.json {
        let row = |c: &Count| {
            serde_json::json!({"tp": c.tp, "pred": c.pred, "gold": c.gold,
                "precision": c.precision(), "recall": c.recall(), "f1": c.f1()})
        };
        let out = serde_json::json!({
            "documents": tally.documents,
            "tagger": tagger,
            "content_exact": row(&tally.content_exact),
            "content_0.5": row(&tally.content_50),
            "content_0.8": row(&tally.content_80),
            "cue": row(&tally.cue),
            "cue_exact": row(&tally.cue_exact),
            "source": row(&tally.source),
            "source_exact": row(&tally.source_exact),
            "speaker_accuracy": tally.speaker_accuracy(),
            "speaker_checked": tally.speaker_checked,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!(
            "quotes vs {} ({} articles, {:.1} s, {tagger} tagger)",
            args.gold.display(),
            tally.documents,
            elapsed.as_secs_f64()
        );
        println!(
            "{:<22} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
            "measure", "precision", "recall", "F1", "tp", "pred", "gold"
        );
        let rows: [(&str, &Count); 7] = [
            ("content exact", &tally.content_exact),
            ("content overlap 0.5", &tally.content_50),
            ("content overlap 0.8", &tally.content_80),
            ("cue (overlap)", &tally.cue),
            ("cue exact", &tally.cue_exact),
            ("source (overlap)", &tally.source),
            ("source exact", &tally.source_exact),
        ];
        for (name, c) in rows {
            println!(
                "{:<22} {:>9.3} {:>9.3} {:>9.3} {:>7} {:>7} {:>7}",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.pred,
                c.gold
            );
        }
        println!(
            "speaker accuracy       {:>9.3}  ({} of {} gold attributions with a source, content matched at 0.5)",
            tally.speaker_accuracy(),
            tally.speaker_right,
            tally.speaker_checked
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_errors(doc: &Document, gold: &[SpanSets], score: &claimtrace_quote::eval::DocumentScore) {
    let show = |spans: &[(usize, usize)]| {
        spans
            .iter()
            .map(|&(s, e)| doc.text.get(s..e).unwrap_or("?"))
            .collect::<Vec<_>>()
            .join(" … ")
    };
    println!("== {}", doc.meta.id);
    for &gi in &score.missed {
        if let Some(g) = gold.get(gi) {
            println!(
                "  MISSED  [{}] <{}> {}",
                show(&g.source),
                show(&g.cue),
                show(&g.content)
            );
        }
    }
    for &pi in &score.spurious {
        if let Some(p) = score.predicted.get(pi) {
            println!(
                "  EXTRA   [{}] <{}> {}",
                show(&p.source),
                show(&p.cue),
                show(&p.content)
            );
        }
    }
    for &(pi, gi) in &score.wrong_speaker {
        if let (Some(p), Some(g)) = (score.predicted.get(pi), gold.get(gi)) {
            println!(
                "  SPEAKER [{}] for [{}] <{}> {}",
                show(&p.source),
                show(&g.source),
                show(&g.cue),
                show(&g.content)
            );
        }
    }
}
