//! `claimtrace trace QUOTE | --quote-id ID`: the origin of a quote, the
//! chain of who repeated whom, and what changed on each hop.

use std::io::{IsTerminal, Read, Write};

use anyhow::Context;
use std::process::ExitCode;

use claimtrace_store::CorpusStore;
use claimtrace_trace::align::{diff, DiffOp};
use claimtrace_trace::text::{words, Word};
use claimtrace_trace::{trace, TraceOptions, TraceQuery, TraceResult};
use clap::ValueEnum;

use super::analyze::parse_date;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One JSON object: origin, chain, candidates.
    Json,
    /// A readable report, each hop side by side with its differences marked.
    Pretty,
    /// schema.org ClaimReview JSON-LD of the trace under a verdict
    /// (--rating, --reviewer and --review-url needed).
    Claimreview,
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrace trace \"the use of cluster munitions was called a crime by the US administration itself\"\n  \
claimtrace trace --quote-id seed-2023-07-16#q2 --format json\n  \
claimtrace trace \"We will ask the State Duma to do its work\" --before 2022-05-01\n  \
claimtrace trace \"It was the right decision\" --in news/2022-04-12-bbc.txt --speaker Putin\n  \
claimtrace trace - < quotes.jsonl      # {\"id\", \"text\", \"speaker\", \"before\"} per line\n\n\
claimtrace trace \"...\" --format claimreview --rating Misleading --summary \"The hedge was dropped.\" \\\n    \
--reviewer \"Example Fact Check\" --review-url https://factcheck.example.org/cluster\n\n\
In the pretty report, [-removed-] words are the older version's, {+added+} the newer one's."
)]
pub struct Args {
    /// The quote's words; `-` reads them from stdin (or JSONL there:
    /// {"id", "text", "speaker", "before"} a line, one JSON answer a line).
    #[arg(required_unless_present = "quote_id")]
    pub quote: Option<String>,
    /// A stored quote or claim: DOC_ID#q3 (as shown by `search`).
    #[arg(long, conflicts_with = "quote")]
    pub quote_id: Option<String>,
    /// The stored document the quote was read in (its id, as `search`
    /// shows): it is not its own source, and its date bounds the search.
    #[arg(long = "in", value_name = "DOC_ID", conflicts_with = "quote_id")]
    pub in_doc: Option<String>,
    /// Who the quote is given to (for `speaker_widened` on the last hop).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only consider sources dated on or before this day.
    #[arg(long, value_parser = parse_date)]
    pub before: Option<String>,
    #[command(flatten)]
    pub store: super::store_args::StoreArgs,
    /// Output format. Default: pretty on a terminal, json otherwise.
    #[arg(long, short)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub verdict: VerdictArgs,
}

/// The verdict of `--format claimreview`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct VerdictArgs {
    /// The rating in words ("False", "Misleading", "Needs context").
    #[arg(long)]
    pub rating: Option<String>,
    /// Why, in a sentence or two (the review's body).
    #[arg(long)]
    pub summary: Option<String>,
    /// The rating on a numeric scale, VALUE/BEST or VALUE/BEST/WORST (2/5, worst 1 by default).
    #[arg(long, value_parser = parse_scale)]
    pub rating_value: Option<claimtrace_trace::NumericRating>,
    /// The organisation publishing the review.
    #[arg(long)]
    pub reviewer: Option<String>,
    /// The organisation's web site.
    #[arg(long)]
    pub reviewer_url: Option<String>,
    /// Where the fact-check is published.
    #[arg(long)]
    pub review_url: Option<String>,
    /// The review's date, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_parser = parse_date)]
    pub review_date: Option<String>,
}

fn parse_scale(s: &str) -> Result<claimtrace_trace::NumericRating, String> {
    let parts: Vec<Option<i64>> = s.split('/').map(|p| p.trim().parse().ok()).collect();
    match parts.as_slice() {
        [Some(value), Some(best)] => Ok(claimtrace_trace::NumericRating {
            value: *value,
            best: *best,
            worst: 1,
        }),
        [Some(value), Some(best), Some(worst)] => Ok(claimtrace_trace::NumericRating {
            value: *value,
            best: *best,
            worst: *worst,
        }),
        _ => Err(format!(
            "expected VALUE/BEST or VALUE/BEST/WORST (2/5), got {s:?}"
        )),
    }
}

impl VerdictArgs {
    fn verdict(&self) -> anyhow::Result<claimtrace_trace::Verdict> {
        let need = |v: &Option<String>, flag: &str| {
            v.clone().filter(|s| !s.trim().is_empty()).ok_or_else(|| {
                anyhow::Error::new(super::UsageError(format!(
                    "--format claimreview needs {flag}"
                )))
            })
        };
        Ok(claimtrace_trace::Verdict {
            rating: need(&self.rating, "--rating")?,
            summary: self.summary.clone().unwrap_or_default(),
            numeric: self.rating_value,
            reviewer: need(&self.reviewer, "--reviewer")?,
            reviewer_url: self.reviewer_url.clone(),
            review_url: need(&self.review_url, "--review-url")?,
            date_published: self.review_date.clone(),
        })
    }
}

/// One line of `trace -` input in JSONL.
#[derive(serde::Deserialize)]
struct Input {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    before: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(quote) = args.quote.as_deref().filter(|q| *q != "-") {
        super::require_words(quote, "the quote to trace")?;
    }
    if args.format == Some(Format::Claimreview) {
        args.verdict.verdict()?;
    }
    let store = args.store.open_for_reading()?;
    let opts = TraceOptions::default();
    if args.quote.as_deref() == Some("-") {
        return run_stdin(store.as_ref(), &args, &opts);
    }
    let query = match (&args.quote_id, &args.quote) {
        (Some(id), _) => {
            let st = store.statement(id)?.ok_or_else(|| {
                anyhow::anyhow!("no stored quote or claim {id:?} (ids look like DOC_ID#q3)")
            })?;
            TraceQuery {
                text: st.text.clone(),
                doc_id: Some(st.doc_id.clone()),
                date: st.date.clone(),
                speaker: args.speaker.clone().or(st.speaker.clone()),
                before: args.before.clone(),
            }
        }
        (None, Some(q)) => TraceQuery {
            text: q.clone(),
            doc_id: args.in_doc.clone(),
            date: match &args.in_doc {
                Some(d) => Some(
                    store
                        .document(d)?
                        .ok_or_else(|| {
                            anyhow::anyhow!(
                                "no stored document {d:?} (give an id that `search` shows)"
                            )
                        })?
                        .document
                        .meta
                        .date
                        .unwrap_or_default(),
                )
                .filter(|d| !d.is_empty()),
                None => None,
            },
            speaker: args.speaker.clone(),
            before: args.before.clone(),
        },
        (None, None) => anyhow::bail!("give the quote's words or --quote-id"),
    };
    let result = trace(store.as_ref(), &query, &opts)?;
    print_result(store.as_ref(), &args, &result)?;
    Ok(ExitCode::SUCCESS)
}

fn print_result(store: &dyn CorpusStore, args: &Args, result: &TraceResult) -> anyhow::Result<()> {
    let tty = std::io::stdout().is_terminal();
    let format = args
        .format
        .unwrap_or(if tty { Format::Pretty } else { Format::Json });
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(result)?)?,
        Format::Pretty => {
            let color = tty && std::env::var_os("NO_COLOR").is_none();
            write_pretty(&mut out, result, color)?;
        }
        Format::Claimreview => {
            let review = claimtrace_trace::claim_review(
                result,
                &args.verdict.verdict()?,
                &claimtrace_store::document_urls(store, result)?,
            )?;
            writeln!(out, "{}", serde_json::to_string_pretty(&review)?)?;
        }
    }
    Ok(())
}

/// `trace -`: the quote from stdin, or, when stdin is JSONL
/// (`{"id", "text", "speaker", "before"}` a line), one JSON answer a line;
/// a bad line is reported on stderr and the rest answered.
fn run_stdin(
    store: &dyn CorpusStore,
    args: &Args,
    opts: &TraceOptions,
) -> anyhow::Result<ExitCode> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("reading the quote from stdin")?;
    let jsonl = input.trim_start().starts_with('{');
    if !jsonl {
        let text = input.trim();
        if text.is_empty() {
            eprintln!("claimtrace trace: stdin held no quote");
            return Ok(ExitCode::from(2));
        }
        let q = TraceQuery {
            text: text.to_string(),
            speaker: args.speaker.clone(),
            before: args.before.clone(),
            ..Default::default()
        };
        print_result(store, args, &trace(store, &q, opts)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    let mut bad = 0usize;
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Input>(line)
            .map_err(|e| e.to_string())
            .and_then(|i| {
                if i.text.trim().is_empty() {
                    Err("empty \"text\"".to_string())
                } else {
                    Ok(i)
                }
            })
            .and_then(|i| match i.before.as_deref().map(parse_date) {
                Some(Err(e)) => Err(format!("\"before\": {e}")),
                _ => Ok(i),
            });
        let i = match parsed {
            Ok(i) => i,
            Err(e) => {
                bad += 1;
                eprintln!(
                    "claimtrace trace: stdin line {}: expected {{\"id\", \"text\", \"speaker\", \"before\"}} ({e}); skipped",
                    n + 1
                );
                continue;
            }
        };
        let q = TraceQuery {
            text: i.text.clone(),
            speaker: i.speaker.or_else(|| args.speaker.clone()),
            before: i.before.or_else(|| args.before.clone()),
            ..Default::default()
        };
        let r = trace(store, &q, opts)?;
        let v = serde_json::json!({ "id": i.id, "result": r });
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The report for a person: origin, then each hop with the words of the
/// previous version and of this one, differences marked.
pub fn write_pretty(out: &mut dyn Write, r: &TraceResult, color: bool) -> std::io::Result<()> {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    writeln!(out, "{} {}", paint("1", "Trace of:"), r.query)?;
    match &r.origin {
        None => {
            writeln!(
                out,
                "No earlier source found: nothing earlier in the corpus says the same."
            )?;
        }
        Some(o) => {
            writeln!(
                out,
                "{} {} · {} · {} · {}",
                paint("1;32", "Origin:"),
                o.date.as_deref().unwrap_or("undated"),
                o.speaker.as_deref().unwrap_or("speaker unknown"),
                o.source.as_deref().unwrap_or("unknown source"),
                o.doc_id
            )?;
            writeln!(out, "  \"{}\"", one_line(&o.text))?;
            writeln!(out, "  confidence {:.2}", r.confidence)?;
        }
    }
    for (i, hop) in r.chain.iter().enumerate() {
        let head = format!(
            "{}. {} · {} · {} · {}",
            i + 1,
            hop.date.as_deref().unwrap_or("undated"),
            hop.speaker.as_deref().unwrap_or("speaker unknown"),
            hop.source.as_deref().unwrap_or("unknown source"),
            hop.doc_id.as_deref().unwrap_or("(the quote as given)")
        );
        writeln!(out)?;
        writeln!(out, "{}  (similarity {:.2})", paint("1", &head), hop.score)?;
        match &hop.compared {
            Some((old, new)) => {
                writeln!(out, "  before: {}", one_line(old))?;
                writeln!(out, "  after:  {}", one_line(&marked_diff(old, new, color)))?;
            }
            None => writeln!(out, "  \"{}\"", one_line(&hop.text))?,
        }
        if hop.reprint {
            writeln!(out, "  {}", paint("32", "reprint: the same words"))?;
        } else if i > 0 && hop.differences.is_empty() {
            writeln!(out, "  {}", paint("32", "carried over faithfully"))?;
        }
        for d in &hop.differences {
            writeln!(out, "  {} {}", paint("1;31", d.kind.as_str()), d.detail)?;
        }
    }
    if !r.branches.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", paint("1", "Other versions (who repeated whom):"))?;
        for b in &r.branches {
            let diffs: Vec<&str> = b.differences.iter().map(|d| d.kind.as_str()).collect();
            writeln!(
                out,
                "  {} · {} · {} repeats {}{}{}",
                b.date.as_deref().unwrap_or("undated"),
                b.speaker.as_deref().unwrap_or("-"),
                b.doc_id.as_deref().unwrap_or("-"),
                b.parent.as_deref().unwrap_or("-"),
                if b.reprint { " (reprint)" } else { "" },
                if diffs.is_empty() {
                    String::new()
                } else {
                    format!(": {}", diffs.join(", "))
                }
            )?;
        }
    }
    if !r.candidates.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", paint("1", "Other close matches:"))?;
        for c in r.candidates.iter().take(5) {
            writeln!(
                out,
                "  {:.2}  {} · {} · {}: \"{}\"",
                c.score,
                c.date.as_deref().unwrap_or("undated"),
                c.speaker.as_deref().unwrap_or("-"),
                c.doc_id,
                truncate(&c.text, 120)
            )?;
        }
    }
    Ok(())
}

/// Text on one line: runs of white space (line breaks of a transcript,
/// no-break spaces) become one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The newer words with the older version's removed words as `[-...-]` and
/// added words as `{+...+}` (red/green on a terminal).
pub fn marked_diff(old: &str, new: &str, color: bool) -> String {
    let (wo, wn) = (words(old), words(new));
    let join = |ws: &[Word], text: &str| -> String {
        match (ws.first(), ws.last()) {
            (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or("").to_string(),
            _ => String::new(),
        }
    };
    let removed = |s: String| {
        if color {
            format!("\x1b[31;9m[-{s}-]\x1b[0m")
        } else {
            format!("[-{s}-]")
        }
    };
    let added = |s: String| {
        if color {
            format!("\x1b[32;1m{{+{s}+}}\x1b[0m")
        } else {
            format!("{{+{s}+}}")
        }
    };
    let mut parts: Vec<String> = Vec::new();
    for op in diff(&wo, &wn) {
        match op {
            DiffOp::Equal { new: r, .. } => parts.push(join(&wn[r], new)),
            DiffOp::Delete { old: r, .. } => parts.push(removed(join(&wo[r], old))),
            DiffOp::Insert { new: r, .. } => parts.push(added(join(&wn[r], new))),
            DiffOp::Replace { old: ro, new: rn } => {
                parts.push(removed(join(&wo[ro], old)));
                parts.push(added(join(&wn[rn], new)));
            }
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::marked_diff;

    #[test]
    fn removed_and_added_words_are_marked() {
        assert_eq!(
            marked_diff(
                "it would potentially be a war crime",
                "it would be a war crime by the administration",
                false
            ),
            "it would [-potentially-] be a war crime {+by the administration+}"
        );
    }
}
