//! `claimtrace eval numbers`: numbers, ranges, currency and dimensions
//! against Microsoft Recognizers-Text spec files (see
//! `docs/evaluation.md` for what is counted and why).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_core::metrics::{f1, ratio};
use claimtrace_quantity::{find_numbers, find_quantities, Found, Locale, UnitKind};

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

/// Which Recognizers model a spec file tests, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Model {
    Number,
    NumberRange,
    Percent,
    Currency,
    Dimension,
}

impl Model {
    fn of(path: &Path) -> Option<Model> {
        let name = path.file_name()?.to_str()?;
        if !name.ends_with(".json") {
            return None;
        }
        // Longest prefixes first: NumberRangeModel before NumberModel.
        Some(if name.starts_with("NumberRangeModel") {
            Model::NumberRange
        } else if name.starts_with("NumberModel") {
            Model::Number
        } else if name.starts_with("PercentModel") {
            Model::Percent
        } else if name.starts_with("CurrencyModel") {
            Model::Currency
        } else if name.starts_with("DimensionModel") {
            Model::Dimension
        } else {
            return None;
        })
    }

    fn name(self) -> &'static str {
        match self {
            Model::Number => "Number",
            Model::NumberRange => "NumberRange",
            Model::Percent => "Percent",
            Model::Currency => "Currency",
            Model::Dimension => "Dimension",
        }
    }
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

/// What an item resolves to: a number, or an interval for ranges.
#[derive(Debug, Clone, PartialEq)]
enum Resolved {
    Number(f64),
    /// Bracket, low, high, bracket: `[20,30)`; `None` for an open end.
    Interval(char, Option<f64>, Option<f64>, char),
    Unknown,
}

#[derive(Debug, Clone)]
struct Item {
    /// Code-point offsets, end exclusive.
    start: usize,
    end: usize,
    text: String,
    value: Resolved,
}

fn parse_number(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').trim().parse::<f64>().ok()
}

fn parse_interval(s: &str) -> Resolved {
    let s = s.trim();
    let mut chars = s.chars();
    let (Some(open), Some(close)) = (chars.next(), s.chars().last()) else {
        return Resolved::Unknown;
    };
    let inner = s
        .get(open.len_utf8()..s.len().saturating_sub(close.len_utf8()))
        .unwrap_or("");
    let Some((low, high)) = inner.split_once(',') else {
        return Resolved::Unknown;
    };
    Resolved::Interval(open, parse_number(low), parse_number(high), close)
}

fn gold_items(case: &serde_json::Value, model: Model) -> Vec<Item> {
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    results
        .iter()
        .filter_map(|r| {
            let start = r["Start"].as_u64()? as usize;
            let end = r["End"].as_u64()? as usize + 1;
            let raw = &r["Resolution"]["value"];
            let value = match (model, raw.as_str()) {
                (Model::NumberRange, Some(v)) => parse_interval(v),
                (_, Some(v)) => parse_number(v).map_or(Resolved::Unknown, Resolved::Number),
                _ => Resolved::Unknown,
            };
            Some(Item {
                start,
                end,
                text: r["Text"].as_str().unwrap_or("").to_string(),
                value,
            })
        })
        .collect()
}

fn item_from_span(text: &str, start: usize, end: usize, value: Resolved) -> Item {
    // The spec's offsets are code points, as in the JSON output.
    let chars = claimtrace_core::CharIndex::new(text);
    Item {
        start: chars.char_offset(start),
        end: chars.char_offset(end),
        text: text.get(start..end).unwrap_or("").to_string(),
        value,
    }
}

/// The interval a bounded quantity stands for, in Recognizers' notation
/// (a two-sided range is `[low,high)`).
fn interval(f: &Found) -> Resolved {
    if let (Some((low_in, high_in)), Some(l), Some(h)) = (f.bounds_inclusive, f.low, f.high) {
        let open = if low_in { '[' } else { '(' };
        let close = if high_in { ']' } else { ')' };
        return Resolved::Interval(open, Some(l), Some(h), close);
    }
    match (f.value, f.low, f.high, f.comparator) {
        (None, Some(l), Some(h), _) => Resolved::Interval('[', Some(l), Some(h), ')'),
        (Some(v), _, _, ">") => Resolved::Interval('(', Some(v), None, ')'),
        (Some(v), _, _, ">=") => Resolved::Interval('[', Some(v), None, ')'),
        (Some(v), _, _, "<") => Resolved::Interval('(', None, Some(v), ')'),
        (Some(v), _, _, "<=") => Resolved::Interval('(', None, Some(v), ']'),
        (Some(v), _, _, _) => Resolved::Interval('[', Some(v), Some(v), ']'),
        _ => Resolved::Unknown,
    }
}

fn predictions(text: &str, model: Model) -> Vec<Item> {
    match model {
        Model::Number => find_numbers(text, Locale::English)
            .into_iter()
            .map(|n| item_from_span(text, n.start, n.end, Resolved::Number(n.value)))
            .collect(),
        Model::NumberRange => find_quantities(text, Locale::English, &[])
            .into_iter()
            .filter(|f| f.low.is_some() || (f.comparator_written && f.comparator != "~"))
            .map(|f| item_from_span(text, f.number_span.start, f.number_span.end, interval(&f)))
            .collect(),
        Model::Percent | Model::Currency | Model::Dimension => {
            let kind = match model {
                Model::Percent => UnitKind::Percent,
                Model::Currency => UnitKind::Currency,
                _ => UnitKind::Measure,
            };
            find_quantities(text, Locale::English, &[])
                .into_iter()
                .filter(|f| f.unit_kind == kind && f.unit.as_deref() != Some("times"))
                .map(|f| {
                    let value = f
                        .value
                        .or(f.low)
                        .map_or(Resolved::Unknown, Resolved::Number);
                    item_from_span(text, f.measure_span.start, f.measure_span.end, value)
                })
                .collect()
        }
    }
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9_f64.max(1e-6 * a.abs().max(b.abs()))
}

fn same_value(gold: &Resolved, got: &Resolved) -> bool {
    match (gold, got) {
        (Resolved::Number(a), Resolved::Number(b)) => same_number(*a, *b),
        (Resolved::Interval(go, gl, gh, gc), Resolved::Interval(po, pl, ph, pc)) => {
            let end_same = |a: &Option<f64>, b: &Option<f64>| match (a, b) {
                (Some(x), Some(y)) => same_number(*x, *y),
                (None, None) => true,
                _ => false,
            };
            // Recognizers writes ranges half-open by convention; only the
            // bounds and, for one-sided ones, the bracket on the bound side matter.
            let two_sided = gl.is_some() && gh.is_some();
            end_same(gl, pl) && end_same(gh, ph) && (two_sided || (go == po && gc == pc))
        }
        _ => false,
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    cases: usize,
    gold: usize,
    predicted: usize,
    /// Predictions with exactly the gold span.
    span_hits: usize,
    /// ... and the gold value.
    value_hits: usize,
    /// Gold items with a value to compare.
    span_hits_with_value: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.span_hits += o.span_hits;
        self.value_hits += o.value_hits;
        self.span_hits_with_value += o.span_hits_with_value;
    }
}

fn evaluate(path: &Path, model: Model, verbose: bool) -> anyhow::Result<Tally> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let cases: Vec<serde_json::Value> = serde_json::from_str(source.trim_start_matches('\u{feff}'))
        .with_context(|| format!("parsing {} as a JSON list of spec cases", path.display()))?;
    let mut tally = Tally::default();
    for case in &cases {
        let Some(input) = case["Input"].as_str() else {
            continue;
        };
        tally.cases += 1;
        let gold = gold_items(case, model);
        let got = predictions(input, model);
        tally.gold += gold.len();
        tally.predicted += got.len();
        let mut used = vec![false; got.len()];
        for g in &gold {
            let hit = got.iter().enumerate().find(|(i, p)| {
                !used.get(*i).copied().unwrap_or(true) && p.start == g.start && p.end == g.end
            });
            match hit {
                Some((i, p)) => {
                    if let Some(u) = used.get_mut(i) {
                        *u = true;
                    }
                    tally.span_hits += 1;
                    if g.value != Resolved::Unknown {
                        tally.span_hits_with_value += 1;
                    }
                    if same_value(&g.value, &p.value) {
                        tally.value_hits += 1;
                    } else if verbose {
                        println!(
                            "  VALUE  {:?}: {:?} is {:?}, read {:?}",
                            input, g.text, g.value, p.value
                        );
                    }
                }
                None if verbose => println!("  MISS   {:?}: {:?} {:?}", input, g.text, g.value),
                None => {}
            }
        }
        if verbose {
            for (p, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
                println!("  EXTRA  {:?}: {:?} {:?}", input, p.text, p.value);
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
