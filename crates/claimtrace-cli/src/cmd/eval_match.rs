//! `claimtrace eval match`: claim matching in the CheckThat! 2022 task 2A
//! format, scored through the store. The verified claims are written as
//! JSONL (`id`, `text` = the claim, `title`, `subtitle`, `date`) and
//! ingested into a store exactly as `claimtrace ingest` does; each query is
//! then answered by the function behind `claimtrace match --db` (with
//! `--semantic`, the same fusion). Queries: TSV `iclaim_id<TAB>iclaim` (a
//! header line is skipped); qrels: TSV `iclaim_id 0 vclaim_id 1`. Only
//! queries that have qrels are scored. The gold, the metrics and the dump
//! lines are `claimtrace_trace::eval::matching`'s; this file reads the
//! arguments, asks the store and prints.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_store::SqliteStore;
use claimtrace_trace::eval::matching::{
    add_qrels, claim_id, dump_line, judged_queries, MatchTally, Qrels, VerifiedClaim, RANKED,
};

use super::matching::{answer, Fusion, Semantic, SemanticArgs};

#[derive(clap::Args)]
#[command(after_help = "Example:\n  D=../shared/eval/claim-matching\n  \
claimtrace eval match --queries $D/CT2022-Task2A-EN-Dev-Test_Queries.tsv \
--qrels $D/CT2022-Task2A-EN-Dev-Test_QRELs.tsv --corpus $D/ct2022-2a-vclaims.jsonl\n\n\
The claims are ingested into a store (a temporary one, or --db DIR, kept and reused) and every query \
is answered as `claimtrace match --db DIR` answers it.")]
pub struct Args {
    /// Queries TSV: id, text.
    #[arg(long)]
    pub queries: PathBuf,
    /// Relevance TSV: query id, 0, claim id, 1 (several files may be given).
    #[arg(long, required = true, num_args = 1..)]
    pub qrels: Vec<PathBuf>,
    /// Verified claims JSONL (vclaim_id, vclaim, title, subtitle, date).
    #[arg(long)]
    pub corpus: PathBuf,
    /// Keep the store of the claims here (reused when it already holds
    /// them; an interrupted run resumes). Default: a temporary directory.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write each query's ranking (JSONL: id, text, relevant, ranked ids
    /// with scores, AP@5) to this file, for error analysis.
    #[arg(long)]
    pub dump: Option<PathBuf>,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub semantic: SemanticArgs,
}

/// Writes the verified claims as the JSONL a user would ingest.
fn write_claims_jsonl(corpus: &Path, out: &Path) -> anyhow::Result<usize> {
    let claims: Vec<VerifiedClaim> = super::jsonl::read_records(corpus, "a verified claim")?;
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    for c in &claims {
        writeln!(w, "{}", serde_json::to_string(&c.ingest_record())?)?;
    }
    w.flush()
        .with_context(|| format!("writing {}", out.display()))?;
    Ok(claims.len())
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut qrels = Qrels::new();
    for p in &args.qrels {
        add_qrels(&mut qrels, &read_text(p)?);
    }
    let queries = judged_queries(&read_text(&args.queries)?, &qrels);
    if queries.is_empty() {
        anyhow::bail!(
            "no query of {} has a judgement in the qrels given",
            args.queries.display()
        );
    }
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let db = args.db.clone().unwrap_or_else(|| tmp.path().join("store"));
    let mut store = SqliteStore::open(&db)?;
    let jsonl = tmp.path().join("vclaims.jsonl");
    let n_claims = write_claims_jsonl(&args.corpus, &jsonl)?;
    let pipeline = claimtrace_pipeline::default_pipeline();
    let t = super::ingest::ingest_paths(
        &mut store,
        &pipeline,
        &[jsonl.display().to_string()],
        &Default::default(),
        256,
        args.quiet,
    )?;
    if t.rejected > 0 {
        anyhow::bail!("{} claims could not be ingested", t.rejected);
    }
    let mut semantic = if args.semantic.semantic {
        Some(Semantic::open(&args.semantic)?)
    } else {
        None
    };
    let mut scored: Vec<Vec<(String, f32)>> = Vec::with_capacity(queries.len());
    for (_, text) in &queries {
        let sem = semantic.as_mut().map(|s| (s, &args.semantic));
        let results = answer(&store, text, RANKED, sem)?;
        scored.push(
            results
                .into_iter()
                .map(|m| (claim_id(&m.statement.doc_id).to_string(), m.score))
                .collect(),
        );
    }
    let method = if args.semantic.semantic {
        format!(
            "through the store: lexical BM25F + semantic, {} fusion, weight {}",
            match args.semantic.fusion {
                Fusion::Linear => "linear",
                Fusion::Rrf => "reciprocal-rank",
            },
            args.semantic.semantic_weight,
        )
    } else {
        "through the store: lexical BM25F".to_string()
    };
    if let Some(path) = &args.dump {
        write_dump(path, &queries, &qrels, &scored)?;
    }
    let mut tally = MatchTally::default();
    let empty = HashSet::new();
    for ((qid, _), r) in queries.iter().zip(&scored) {
        let ranked: Vec<String> = r.iter().map(|(id, _)| id.clone()).collect();
        tally.add(&ranked, qrels.get(qid).unwrap_or(&empty));
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&tally.json(n_claims, &method))?
        );
    } else {
        for line in tally.table(n_claims, &method) {
            println!("{line}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One JSON line per query (its text, the relevant claims, the ranking
/// and AP@5), so the failures can be read and counted.
fn write_dump(
    path: &Path,
    queries: &[(String, String)],
    qrels: &Qrels,
    scored: &[Vec<(String, f32)>],
) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let empty = HashSet::new();
    for ((qid, text), r) in queries.iter().zip(scored) {
        let line = dump_line(qid, text, qrels.get(qid).unwrap_or(&empty), r);
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
