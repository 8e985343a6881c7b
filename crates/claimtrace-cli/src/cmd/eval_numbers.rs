//! `claimtrace eval numbers`: numbers, ranges, currency and dimensions
//! against Microsoft Recognizers-Text spec files (see
//! `docs/evaluation.md` for what is counted and why).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::metrics::{f1, ratio};
use claimtrace_quantity::eval::{score_cases, Issue, Model, Tally};

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  claimtrace eval numbers --gold ../shared/eval/numbers/recognizers/Specs/Number/English \\\n      --gold ../shared/eval/numbers/recognizers/Specs/NumberWithUnit/English"
)]
pub struct Args {
    /// A Recognizers-Text spec file (NumberModel.json, NumberRangeModel.json,
    /// CurrencyModel.json, DimensionModel.json, PercentModel.json) or a
    /// directory searched for them. May be given several times.
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// Print every missed, spurious and mis-valued item.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the figures as JSON.
    #[arg(long, conflicts_with = "verbose")]
    pub json: bool,
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_file() {
        if Model::of(path).is_none() {
            anyhow::bail!(
                "{}: not a Number, NumberRange, Percent, Currency or Dimension spec (judged by its file name)",
                path.display()
            );
        }
        out.push(path.to_path_buf());
        return Ok(());
    }
    let entries =
        std::fs::read_dir(path).with_context(|| format!("reading directory {}", path.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let p = entry
            .with_context(|| format!("listing {}", path.display()))?
            .path();
        if p.is_dir() {
            collect(&p, &mut found)?;
        } else if Model::of(&p).is_some() {
            found.push(p);
        }
    }
    found.sort();
    out.extend(found);
    Ok(())
}

fn evaluate(path: &Path, model: Model, verbose: bool) -> anyhow::Result<Tally> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let cases: Vec<serde_json::Value> = serde_json::from_str(source.trim_start_matches('\u{feff}'))
        .with_context(|| format!("parsing {} as a JSON list of spec cases", path.display()))?;
    let (tally, issues) = score_cases(&cases, model, verbose);
    for issue in issues {
        match issue {
            Issue::Value { input, gold, read } => println!(
                "  VALUE  {:?}: {:?} is {:?}, read {:?}",
                input, gold.text, gold.value, read.value
            ),
            Issue::Miss { input, gold } => {
                println!("  MISS   {:?}: {:?} {:?}", input, gold.text, gold.value)
            }
            Issue::Extra { input, read } => {
                println!("  EXTRA  {:?}: {:?} {:?}", input, read.text, read.value)
            }
        }
    }
    Ok(tally)
}

fn row_json(t: &Tally) -> serde_json::Value {
    let p = ratio(t.span_hits, t.predicted);
    let r = ratio(t.span_hits, t.gold);
    let vp = ratio(t.value_hits, t.predicted);
    let vr = ratio(t.value_hits, t.gold);
    serde_json::json!({
        "cases": t.cases, "gold": t.gold, "predicted": t.predicted,
        "span_precision": p, "span_recall": r, "span_f1": f1(p, r),
        "value_precision": vp, "value_recall": vr, "value_f1": f1(vp, vr),
        "value_accuracy": ratio(t.value_hits, t.span_hits_with_value.max(t.value_hits)),
    })
}

fn row(label: &str, t: &Tally) {
    let p = ratio(t.span_hits, t.predicted);
    let r = ratio(t.span_hits, t.gold);
    let vp = ratio(t.value_hits, t.predicted);
    let vr = ratio(t.value_hits, t.gold);
    println!(
        "{label:<44} {:>5} {:>5} {:>5}  {:>5.3} {:>5.3} {:>5.3}  {:>5.3} {:>5.3} {:>5.3}  {:>5.3}",
        t.cases,
        t.gold,
        t.predicted,
        p,
        r,
        f1(p, r),
        vp,
        vr,
        f1(vp, vr),
        ratio(t.value_hits, t.span_hits_with_value.max(t.value_hits)),
    );
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    for g in &args.gold {
        if !g.exists() {
            anyhow::bail!("--gold {}: no such file or directory", g.display());
        }
        collect(g, &mut files)?;
    }
    if files.is_empty() {
        anyhow::bail!(
            "no Number/NumberRange/Percent/Currency/Dimension spec files under the --gold paths"
        );
    }
    if !args.json {
        println!(
            "{:<44} {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}  {:>5}",
            "spec",
            "cases",
            "gold",
            "pred",
            "spanP",
            "spanR",
            "spanF",
            "valP",
            "valR",
            "valF",
            "vAcc"
        );
    }
    let mut per_file = serde_json::Map::new();
    let mut per_model: Vec<(Model, Tally)> = Vec::new();
    for file in &files {
        let Some(model) = Model::of(file) else {
            continue;
        };
        if args.verbose {
            println!("{}", file.display());
        }
        let tally = evaluate(file, model, args.verbose)?;
        let label = format!(
            "{}/{}",
            model.name(),
            file.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
        if args.json {
            per_file.insert(label, row_json(&tally));
        } else {
            row(&label, &tally);
        }
        match per_model.iter_mut().find(|(m, _)| *m == model) {
            Some((_, t)) => t.add(&tally),
            None => per_model.push((model, tally)),
        }
    }
    per_model.sort_by_key(|(m, _)| *m);
    if args.json {
        let models: serde_json::Map<String, serde_json::Value> = per_model
            .iter()
            .map(|(m, t)| (m.name().to_string(), row_json(t)))
            .collect();
        let v = serde_json::json!({"files": per_file, "models": models});
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!();
    for (model, tally) in &per_model {
        row(&format!("ALL {}", model.name()), tally);
    }
    println!("\nspan: exact start and end; val: exact span and the resolved value; vAcc: value right among exact spans.");
    Ok(ExitCode::SUCCESS)
}
