//! `claimtrace eval all`: every development figure the docs quote, from
//! the same commands a user runs (each `claimtrace eval ...` is run as a
//! child process with `--json`), written to `docs/figures.json` and
//! checked against it. See the `claimtrace-eval` crate for the file and
//! the markers the docs quote figures with.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{bail, Context};
use claimtrace_eval::{markers, regressions, update_markdown, Figures};
use claimtrace_trace::eval::no_false_types;
use serde_json::Value;

/// Every evaluation `eval all` knows, in the order it runs them.
const EVALUATIONS: &[&str] = &[
    "html",
    "times",
    "numbers",
    "quotes",
    "match",
    "trace",
    "trace-real",
];

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
claimtrace eval all --write docs/figures.json --update-docs README.md --update-docs docs/evaluation.md\n  \
claimtrace eval all --check docs/figures.json          # the CI regression gate\n  \
claimtrace eval all --only times,numbers --json\n\n\
Figures are fractions (higher is better), named like `match.dev_test.map@5`. \
The docs quote them between markers, <!--fig:KEY-->0.939<!--/fig--> (KEY then ` %` for a \
percentage), which --update-docs rewrites and a test compares with docs/figures.json.")]
pub struct Args {
    /// The shared data directory (corpora and gold sets).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Keep the evaluation stores here and reuse them on the next run.
    /// Default: a temporary directory.
    #[arg(long)]
    pub db_dir: Option<PathBuf>,
    /// Run only these evaluations (comma-separated): html, times, numbers,
    /// quotes, match, trace, trace-real.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write the figures to this file (a run of some evaluations updates
    /// only their figures in it).
    #[arg(long)]
    pub write: Option<PathBuf>,
    /// Compare with this figures file; exit 1 when a figure is more than
    /// --tolerance below it or missing.
    #[arg(long)]
    pub check: Option<PathBuf>,
    /// How far a figure may fall before --check fails.
    #[arg(long, default_value_t = 0.005)]
    pub tolerance: f64,
    /// Rewrite the figures quoted in this Markdown file (may be repeated).
    #[arg(long)]
    pub update_docs: Vec<PathBuf>,
}

/// Runs `claimtrace eval ARGS... --json` and parses what it prints.
fn run_child(args: &[String]) -> anyhow::Result<Value> {
    let exe = std::env::current_exe().context("finding the claimtrace executable")?;
    let started = Instant::now();
    let out = Command::new(&exe)
        .arg("eval")
        .args(args)
        .arg("--json")
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("running {} eval {}", exe.display(), args.join(" ")))?;
    if !out.status.success() {
        bail!(
            "`claimtrace eval {}` failed ({})",
            args.join(" "),
            out.status
        );
    }
    eprintln!(
        "claimtrace: eval {} ({:.1} s)",
        args.first().map_or("", String::as_str),
        started.elapsed().as_secs_f64()
    );
    serde_json::from_slice(&out.stdout)
        .with_context(|| format!("reading the JSON of `claimtrace eval {}`", args.join(" ")))
}

fn num(v: &Value, pointer: &str) -> anyhow::Result<f64> {
    v.pointer(pointer)
        .and_then(Value::as_f64)
        .with_context(|| format!("the evaluation's JSON has no number at {pointer}"))
}

fn path_arg(p: &Path) -> String {
    p.display().to_string()
}

fn must_exist(p: &Path) -> anyhow::Result<()> {
    if !p.exists() {
        bail!(
            "{} is missing: --shared must point at the shared data directory",
            p.display()
        );
    }
    Ok(())
}

/// Runs one evaluation and adds its figures.
fn evaluate(name: &str, args: &Args, db_dir: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let shared = &args.shared;
    match name {
        "html" => evaluate_html(shared, f),
        "times" => evaluate_times(shared, f),
        "numbers" => evaluate_numbers(shared, f),
        "quotes" => evaluate_quotes(shared, f),
        "match" => evaluate_match(shared, db_dir, f),
        "trace" => evaluate_trace(shared, db_dir, f),
        "trace-real" => evaluate_trace_real(shared, db_dir, f),
        other => bail!(
            "unknown evaluation {other:?}: choose among {}",
            EVALUATIONS.join(", ")
        ),
    }
}

/// `eval html`: main-text extraction against the HTML benchmark.
fn evaluate_html(shared: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let dir = shared.join("corpora/fixtures/html_article_extraction_benchmark");
    must_exist(&dir)?;
    let v = run_child(&["html".into(), "--dir".into(), path_arg(&dir)])?;
    for m in ["f1", "precision", "recall"] {
        f.set(format!("html.{m}"), num(&v, &format!("/{m}"))?);
    }
    Ok(())
}

/// `eval times`: time expressions against TimeBank and AQUAINT.
fn evaluate_times(shared: &Path, f: &mut Figures) -> anyhow::Result<()> {
    for set in ["TimeBank", "AQUAINT"] {
        let dir = shared.join("eval/timex/tbaq-cleaned").join(set);
        must_exist(&dir)?;
        let v = run_child(&["times".into(), "--gold".into(), path_arg(&dir)])?;
        for m in ["strict", "relaxed", "value", "type"] {
            f.set(
                format!("times.{}.{m}.f1", set.to_lowercase()),
                num(&v, &format!("/{m}/f1"))?,
            );
        }
    }
    Ok(())
}

/// `eval numbers`: numbers and numbers with units, per model and per
/// spec file.
fn evaluate_numbers(shared: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let specs = shared.join("eval/numbers/recognizers/Specs");
    let (a, b) = (
        specs.join("Number/English"),
        specs.join("NumberWithUnit/English"),
    );
    must_exist(&a)?;
    must_exist(&b)?;
    let v = run_child(&[
        "numbers".into(),
        "--gold".into(),
        path_arg(&a),
        "--gold".into(),
        path_arg(&b),
    ])?;
    let models = v
        .get("models")
        .and_then(Value::as_object)
        .context("eval numbers printed no models")?;
    for (model, row) in models {
        for m in ["span_f1", "value_accuracy"] {
            f.set(format!("numbers.{model}.{m}"), num(row, &format!("/{m}"))?);
        }
    }
    let files = v
        .get("files")
        .and_then(Value::as_object)
        .context("eval numbers printed no files")?;
    for (file, row) in files {
        let file = file.trim_end_matches(".json");
        for m in [
            "span_precision",
            "span_recall",
            "span_f1",
            "value_precision",
            "value_recall",
            "value_f1",
            "value_accuracy",
        ] {
            f.set(
                format!("numbers.file.{file}.{m}"),
                num(row, &format!("/{m}"))?,
            );
        }
    }
    Ok(())
}

/// `eval quotes`: quotes, cues, sources and speakers against PolNeAR dev.
fn evaluate_quotes(shared: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let gold = shared.join("eval/quotes/polnear_dev.jsonl");
    must_exist(&gold)?;
    let v = run_child(&["quotes".into(), "--gold".into(), path_arg(&gold)])?;
    for measure in [
        "content_exact",
        "content_0.5",
        "content_0.8",
        "cue",
        "source",
    ] {
        for m in ["precision", "recall", "f1"] {
            f.set(
                format!("quotes.polnear_dev.{measure}.{m}"),
                num(&v, &format!("/{measure}/{m}"))?,
            );
        }
    }
    f.set(
        "quotes.polnear_dev.speaker_accuracy",
        num(&v, "/speaker_accuracy")?,
    );
    Ok(())
}

/// `eval match`: claim matching on the CheckThat! 2022 2A sets, one
/// store of the claims shared by the three.
fn evaluate_match(shared: &Path, db_dir: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let d = shared.join("eval/claim-matching");
    let corpus = d.join("ct2022-2a-vclaims.jsonl");
    must_exist(&corpus)?;
    let sets = [
        ("train", "Train-Dev_Queries", "Train_QRELs"),
        ("dev", "Train-Dev_Queries", "Dev_QRELs"),
        ("dev_test", "Dev-Test_Queries", "Dev-Test_QRELs"),
    ];
    for (set, queries, qrels) in sets {
        let v = run_child(&[
            "match".into(),
            "--queries".into(),
            path_arg(&d.join(format!("CT2022-Task2A-EN-{queries}.tsv"))),
            "--qrels".into(),
            path_arg(&d.join(format!("CT2022-Task2A-EN-{qrels}.tsv"))),
            "--corpus".into(),
            path_arg(&corpus),
            "--db".into(),
            path_arg(&db_dir.join("claim-matching")),
            "--quiet".into(),
        ])?;
        for m in ["map@5", "mrr", "recall@5"] {
            f.set(format!("match.{set}.{m}"), num(&v, &format!("/{m}"))?);
        }
    }
    Ok(())
}

/// `eval trace`: the quote-provenance dev set; per difference type in the
/// gold its F1, and the false positives of the other types as one figure.
fn evaluate_trace(shared: &Path, db_dir: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let dir = shared.join("eval/provenance/dev");
    must_exist(&dir)?;
    let v = run_child(&[
        "trace".into(),
        "--dir".into(),
        path_arg(&dir),
        "--db".into(),
        path_arg(&db_dir.join("provenance-dev")),
    ])?;
    for m in ["origin_accuracy_at_1", "origin_mrr", "chains_right"] {
        f.set(
            format!("trace.provenance_dev.{m}"),
            num(&v, &format!("/{m}"))?,
        );
    }
    let types = v
        .get("differences")
        .and_then(Value::as_array)
        .context("eval trace printed no differences")?;
    let mut false_positives = 0.0;
    for t in types {
        let kind = t.get("type").and_then(Value::as_str).unwrap_or("?");
        if t.get("in_gold").and_then(Value::as_bool) == Some(true) {
            f.set(format!("trace.provenance_dev.{kind}.f1"), num(t, "/f1")?);
        } else {
            false_positives += num(t, "/fp")?;
        }
    }
    f.set(
        "trace.provenance_dev.no_false_types",
        no_false_types(false_positives),
    );
    Ok(())
}

/// `eval trace-real`: traces of real quotes through the corpora.
fn evaluate_trace_real(shared: &Path, db_dir: &Path, f: &mut Figures) -> anyhow::Result<()> {
    let corpora = shared.join("corpora");
    must_exist(&corpora)?;
    let v = run_child(&[
        "trace-real".into(),
        "--corpora".into(),
        path_arg(&corpora),
        "--db".into(),
        path_arg(&db_dir.join("trace-real")),
        "--quiet".into(),
    ])?;
    for m in ["origin_at_1", "no_origin_right"] {
        f.set(format!("trace_real.{m}"), num(&v, &format!("/{m}"))?);
    }
    if let Some(kinds) = v.get("by_kind").and_then(Value::as_object) {
        for (kind, row) in kinds {
            f.set(format!("trace_real.{kind}"), num(row, "/share")?);
        }
    }
    Ok(())
}

/// The figure-name prefix of an evaluation (`trace-real` → `trace_real.`).
fn prefix(name: &str) -> String {
    format!("{}.", name.replace('-', "_"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let chosen = chosen_evaluations(&args.only)?;
    let committed = match &args.check {
        Some(p) => Some(Figures::read(p)?),
        None => None,
    };
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let db_dir = args
        .db_dir
        .clone()
        .unwrap_or_else(|| tmp.path().to_path_buf());
    std::fs::create_dir_all(&db_dir).with_context(|| format!("creating {}", db_dir.display()))?;

    let mut measured = Figures {
        generated_by: "claimtrace eval all --write docs/figures.json".into(),
        ..Figures::default()
    };
    for name in &chosen {
        evaluate(name, &args, &db_dir, &mut measured)
            .with_context(|| format!("eval all: {name}"))?;
    }

    let prefixes: Vec<String> = chosen.iter().map(|n| prefix(n)).collect();
    let measured_here = |k: &str| prefixes.iter().any(|p| k.starts_with(p.as_str()));
    if args.json {
        println!("{}", serde_json::to_string_pretty(&measured)?);
    } else {
        print_figures(&measured, committed.as_ref());
    }
    if let Some(path) = &args.write {
        write_figures(path, &measured, measured_here)?;
    }
    let record = match &args.write {
        Some(p) => Figures::read(p)?,
        None => measured.clone(),
    };
    for doc in &args.update_docs {
        update_doc(doc, &record)?;
    }
    match &committed {
        Some(committed) => Ok(check_regressions(
            committed,
            &measured,
            &args,
            measured_here,
        )),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// The evaluations `--only` names (all when it names none), each checked
/// to be one `eval all` knows.
fn chosen_evaluations(only: &[String]) -> anyhow::Result<Vec<String>> {
    let chosen: Vec<String> = if only.is_empty() {
        EVALUATIONS.iter().map(|s| s.to_string()).collect()
    } else {
        only.iter().map(|s| s.trim().to_string()).collect()
    };
    if let Some(bad) = chosen.iter().find(|n| !EVALUATIONS.contains(&n.as_str())) {
        bail!("--only {bad:?}: choose among {}", EVALUATIONS.join(", "));
    }
    Ok(chosen)
}

/// One line per figure; where the committed file differs, its value and
/// the change too.
fn print_figures(measured: &Figures, committed: Option<&Figures>) {
    for (k, v) in &measured.figures {
        let was = committed.and_then(|c| c.get(k));
        match was {
            Some(w) if (w - v).abs() >= 0.00005 => {
                println!("{k:<48} {v:.4}   (file {w:.4}, {:+.4})", v - w)
            }
            _ => println!("{k:<48} {v:.4}"),
        }
    }
}

/// Writes the figures to `path`, keeping those of the evaluations not run
/// now.
fn write_figures(
    path: &Path,
    measured: &Figures,
    measured_here: impl Fn(&str) -> bool,
) -> anyhow::Result<()> {
    let mut all = if path.exists() {
        Figures::read(path)?
    } else {
        Figures::default()
    };
    // Figures of the evaluations run now are replaced whole (a figure
    // that is no longer measured goes away); the others stay.
    all.figures.retain(|k, _| !measured_here(k));
    all.merge(measured);
    all.generated_by = measured.generated_by.clone();
    all.write(path)?;
    eprintln!(
        "claimtrace: wrote {} figures to {}",
        all.len(),
        path.display()
    );
    Ok(())
}

/// Rewrites the figures a Markdown file quotes, and says which it quotes
/// that were not measured.
fn update_doc(doc: &Path, record: &Figures) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(doc).with_context(|| format!("reading {}", doc.display()))?;
    let (updated, missing) = update_markdown(&text, record);
    if updated != text {
        std::fs::write(doc, &updated).with_context(|| format!("writing {}", doc.display()))?;
    }
    for k in &missing {
        eprintln!(
            "claimtrace: {} quotes {k}, which was not measured",
            doc.display()
        );
    }
    eprintln!(
        "claimtrace: {}: {} quoted figures, {} not in the figures",
        doc.display(),
        markers(&updated).len(),
        missing.len()
    );
    Ok(())
}

/// The `--check` gate: exit 1, naming each, when a figure measured now
/// fell more than `--tolerance` below the committed file or went missing.
fn check_regressions(
    committed: &Figures,
    measured: &Figures,
    args: &Args,
    measured_here: impl Fn(&str) -> bool,
) -> ExitCode {
    let drops = regressions(committed, measured, args.tolerance, measured_here);
    if !drops.is_empty() {
        for d in &drops {
            match d.now {
                Some(now) => eprintln!(
                    "claimtrace: REGRESSION {}: {:.4} -> {now:.4} (more than {} below {})",
                    d.key,
                    d.was,
                    args.tolerance,
                    args.check.as_deref().map_or_else(String::new, path_arg)
                ),
                None => eprintln!("claimtrace: REGRESSION {}: no longer measured", d.key),
            }
        }
        return ExitCode::from(1);
    }
    eprintln!(
        "claimtrace: no figure fell more than {} below the file",
        args.tolerance
    );
    ExitCode::SUCCESS
}
