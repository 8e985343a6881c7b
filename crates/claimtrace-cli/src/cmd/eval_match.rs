//! `claimtrace eval match`: claim matching in the CheckThat! 2022 task 2A
//! format, scored through the store. The verified claims are written as
//! JSONL (`id`, `text` = the claim, `title`, `subtitle`, `date`) and
//! ingested into a store exactly as `claimtrace ingest` does; each query is
//! then answered by the function behind `claimtrace match --db` (with
//! `--semantic`, the same fusion). Queries: TSV `iclaim_id<TAB>iclaim` (a
//! header line is skipped); qrels: TSV `iclaim_id 0 vclaim_id 1`. Only
//! queries that have qrels are scored.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_store::SqliteStore;
use claimtrace_trace::matching::{
    average_precision_at, civil_from_days, parse_day, recall_at, reciprocal_rank,
};
use serde::Deserialize;

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

/// Ranked lists returned per query (the deepest metric is recall@20).
const RANKED: usize = 20;

#[derive(Deserialize)]
struct VClaim {
    vclaim_id: String,
    #[serde(default)]
    vclaim: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    subtitle: String,
    #[serde(default)]
    date: String,
}

/// Writes the verified claims as the JSONL a user would ingest: `id`,
/// `text`, `title`, `subtitle` and the check's `date` (ISO).
fn write_claims_jsonl(corpus: &Path, out: &Path) -> anyhow::Result<usize> {
    let claims: Vec<VClaim> = super::jsonl::read_records(corpus, "a verified claim")?;
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    for c in &claims {
        let date = parse_day(&c.date).map(civil_from_days);
        let v = serde_json::json!({
            "id": c.vclaim_id, "text": c.vclaim, "title": c.title,
            "subtitle": c.subtitle, "date": date,
        });
        writeln!(w, "{}", serde_json::to_string(&v)?)?;
    }
    w.flush()
        .with_context(|| format!("writing {}", out.display()))?;
    Ok(claims.len())
}

fn read_tsv(path: &Path) -> anyhow::Result<Vec<Vec<String>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(|s| s.to_string()).collect())
        .collect())
}

/// The claim id of a stored document: JSONL record ids are stored as
/// `FILE-STEM#ID`.
fn claim_id(doc_id: &str) -> &str {
    doc_id.split_once('#').map_or(doc_id, |(_, id)| id)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut qrels: HashMap<String, HashSet<String>> = HashMap::new();
    for p in &args.qrels {
        for row in read_tsv(p)? {
            if row.len() >= 4 && row[3].trim() != "0" {
                qrels
                    .entry(row[0].clone())
                    .or_default()
                    .insert(row[2].clone());
            }
        }
    }
    let queries: Vec<(String, String)> = read_tsv(&args.queries)?
        .into_iter()
        .filter(|r| r.len() >= 2 && qrels.contains_key(&r[0]))
        .map(|r| (r[0].clone(), r[1..].join(" ")))
        .collect();
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
    let ranked: Vec<Vec<String>> = scored
        .iter()
        .map(|r| r.iter().map(|(id, _)| id.clone()).collect())
        .collect();
    if let Some(path) = &args.dump {
        write_dump(path, &queries, &qrels, &scored)?;
    }
    let mut sums: HashMap<&str, f64> = HashMap::new();
    let empty = HashSet::new();
    for ((qid, _), r) in queries.iter().zip(&ranked) {
        let rel = qrels.get(qid).unwrap_or(&empty);
        for (name, k) in [("map@1", 1), ("map@3", 3), ("map@5", 5), ("map@10", 10)] {
            *sums.entry(name).or_insert(0.0) += average_precision_at(r, rel, k);
        }
        *sums.entry("mrr").or_insert(0.0) += reciprocal_rank(r, rel);
        for (name, k) in [
            ("recall@1", 1),
            ("recall@5", 5),
            ("recall@10", 10),
            ("recall@20", 20),
        ] {
            *sums.entry(name).or_insert(0.0) += recall_at(r, rel, k);
        }
    }
    let n = queries.len() as f64;
    let order = [
        "map@1",
        "map@3",
        "map@5",
        "map@10",
        "mrr",
        "recall@1",
        "recall@5",
        "recall@10",
        "recall@20",
    ];
    if args.json {
        let mut m = serde_json::Map::new();
        m.insert("queries".into(), serde_json::json!(queries.len()));
        m.insert("claims".into(), serde_json::json!(n_claims));
        m.insert("method".into(), serde_json::json!(method));
        for k in order {
            m.insert(
                k.into(),
                serde_json::json!(sums.get(k).copied().unwrap_or(0.0) / n),
            );
        }
        println!("{}", serde_json::to_string_pretty(&m)?);
    } else {
        println!(
            "claim matching: {} queries against {} claims ({method})",
            queries.len(),
            n_claims
        );
        for k in order {
            println!("  {k:<10} {:.4}", sums.get(k).copied().unwrap_or(0.0) / n);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One JSON line per query: its text, the relevant claims, the ranking and
/// AP@5, so the failures can be read and counted.
fn write_dump(
    path: &Path,
    queries: &[(String, String)],
    qrels: &HashMap<String, HashSet<String>>,
    scored: &[Vec<(String, f32)>],
) -> anyhow::Result<()> {
    use std::io::Write;
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let empty = HashSet::new();
    for ((qid, text), r) in queries.iter().zip(scored) {
        let rel = qrels.get(qid).unwrap_or(&empty);
        let ids: Vec<String> = r.iter().map(|(id, _)| id.clone()).collect();
        let mut relevant: Vec<&String> = rel.iter().collect();
        relevant.sort();
        let v = serde_json::json!({
            "id": qid,
            "text": text,
            "relevant": relevant,
            "ranked": r,
            "ap5": average_precision_at(&ids, rel, 5),
        });
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    out.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
