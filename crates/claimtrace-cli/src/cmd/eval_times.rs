//! `claimtrace eval times`: time expressions against TimeML gold files,
//! with TempEval-3's measures (see `docs/evaluation.md`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_time::tml::{self, Score};
use rayon::prelude::*;

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace eval times --gold ../shared/eval/timex/tbaq-cleaned/TimeBank"
)]
pub struct Args {
    /// A directory of TimeML (.tml) files (searched recursively), or one file.
    #[arg(long, required = true)]
    pub gold: PathBuf,
    /// Print every missed, spurious and mis-valued expression.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the figures as JSON (fractions, not percentages).
    #[arg(long, conflicts_with = "verbose")]
    pub json: bool,
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let entries =
        std::fs::read_dir(path).with_context(|| format!("reading directory {}", path.display()))?;
    for entry in entries {
        let p = entry
            .with_context(|| format!("listing {}", path.display()))?
            .path();
        if p.is_dir() {
            collect(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p);
        }
    }
    Ok(())
}

struct DocResult {
    score: Score,
    report: String,
}

fn evaluate(path: &Path, verbose: bool) -> anyhow::Result<DocResult> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let (score, report) = tml::evaluate(&name, &source, verbose)
        .with_context(|| format!("parsing {}", path.display()))?;
    Ok(DocResult { score, report })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    collect(&args.gold, &mut files)?;
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no .tml files under {}", args.gold.display());
    }
    let results: Vec<anyhow::Result<DocResult>> = files
        .par_iter()
        .map(|p| evaluate(p, args.verbose))
        .collect();
    let mut total = Score::default();
    let mut failed = 0usize;
    for r in results {
        match r {
            Ok(d) => {
                total.add(&d.score);
                if !args.json {
                    print!("{}", d.report);
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("claimtrace: {e:#}");
            }
        }
    }
    if args.json {
        let measure = |correct: usize| {
            let (p, r, f) = tml::prf(correct, total.system, total.gold);
            serde_json::json!({"precision": p, "recall": r, "f1": f})
        };
        let v = serde_json::json!({
            "documents": files.len() - failed,
            "gold": total.gold,
            "system": total.system,
            "strict": measure(total.strict),
            "relaxed": measure(total.relaxed),
            "value": measure(total.value),
            "type": measure(total.kind),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "{}: {} documents, {} gold, {} system time expressions (TempEval-3 measures, %)",
            args.gold.display(),
            files.len() - failed,
            total.gold,
            total.system
        );
        print!("{}", total.table());
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
