//! `claimtrace eval match`: claim matching in the CheckThat! 2022 task 2A
//! format. Queries: TSV `iclaim_id<TAB>iclaim` (a header line is skipped);
//! qrels: TSV `iclaim_id 0 vclaim_id 1`; corpus: JSONL with `vclaim_id`,
//! `vclaim`, `title`, `subtitle`. Only queries that have qrels are scored.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use claimtrace_trace::matching::{
    average_precision_at, clean_social_text, parse_day, recall_at, reciprocal_rank, ClaimEntry,
    ClaimIndex, CLAIM_BM25, DEFAULT_COVERAGE_WEIGHT, DEFAULT_DATE_WEIGHT, DEFAULT_FIELD_WEIGHTS,
};
use claimtrace_trace::Bm25Params;
use rayon::prelude::*;
use serde::Deserialize;

use super::matching::{dot, Fusion, Semantic, SemanticArgs};

#[derive(clap::Args)]
#[command(after_help = "Example:\n  D=../shared/eval/claim-matching\n  \
claimtrace eval match --queries $D/CT2022-Task2A-EN-Train-Dev_Queries.tsv \
--qrels $D/CT2022-Task2A-EN-Dev_QRELs.tsv --corpus $D/ct2022-2a-vclaims.jsonl")]
pub struct Args {
    /// Queries TSV: id, text.
    #[arg(long)]
    pub queries: PathBuf,
    /// Relevance TSV: query id, 0, claim id, 1 (several files may be given).
    #[arg(long, required = true, num_args = 1..)]
    pub qrels: Vec<PathBuf>,
    /// Verified claims JSONL.
    #[arg(long)]
    pub corpus: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// BM25 k1.
    #[arg(long, default_value_t = CLAIM_BM25.k1)]
    pub k1: f32,
    /// BM25 b.
    #[arg(long, default_value_t = CLAIM_BM25.b)]
    pub b: f32,
    /// Weight of the fact-check's title relative to the claim.
    #[arg(long, default_value_t = DEFAULT_FIELD_WEIGHTS[1])]
    pub title_weight: f32,
    /// Weight of the fact-check's subtitle relative to the claim.
    #[arg(long, default_value_t = DEFAULT_FIELD_WEIGHTS[2])]
    pub subtitle_weight: f32,
    /// Weight of claim coverage in the re-ranking (0: plain BM25F).
    #[arg(long, default_value_t = DEFAULT_COVERAGE_WEIGHT)]
    pub coverage_weight: f32,
    /// Weight of the agreement of a post's date (from its embedded-tweet
    /// signature) with the day the claim was checked (0: dates unused).
    #[arg(long, default_value_t = DEFAULT_DATE_WEIGHT)]
    pub date_weight: f32,
    /// Write each query's ranking (JSONL: id, text, relevant, ranked ids
    /// with scores, AP@5) to this file, for error analysis.
    #[arg(long)]
    pub dump: Option<PathBuf>,
    #[command(flatten)]
    pub semantic: SemanticArgs,
    /// With --semantic: compare a post with the fact-check's title too
    /// (the higher of the two cosines).
    #[arg(long)]
    pub semantic_title: bool,
}

/// Candidates taken from each ranking before fusion.
const FUSION_DEPTH: usize = 50;

/// Ranked lists returned per query (the deepest metric is recall@20).
const RANKED: usize = 20;

/// Unit vectors of the claims (and titles) and of the queries.
struct SemanticVectors {
    claims: Vec<Vec<f32>>,
    titles: Option<Vec<Vec<f32>>>,
    queries: Vec<Vec<f32>>,
}

impl SemanticVectors {
    fn encode(
        args: &Args,
        entries: &[ClaimEntry],
        queries: &[(String, String)],
    ) -> anyhow::Result<Self> {
        let mut sem = Semantic::open(&args.semantic)?;
        let texts: Vec<&str> = entries.iter().map(|e| e.text.as_str()).collect();
        let claims = sem.vectors(&texts)?;
        let titles = if args.semantic_title {
            let texts: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
            Some(sem.vectors(&texts)?)
        } else {
            None
        };
        let cleaned: Vec<String> = queries.iter().map(|(_, t)| clean_social_text(t)).collect();
        let refs: Vec<&str> = cleaned.iter().map(String::as_str).collect();
        let queries = sem.vectors(&refs)?;
        Ok(SemanticVectors {
            claims,
            titles,
            queries,
        })
    }

    /// The cosines of query `q` with the [`FUSION_DEPTH`] closest claims
    /// and with every claim of the lexical ranking.
    fn cosines(
        &self,
        q: usize,
        lexical: &[(String, f32)],
        entries: &[ClaimEntry],
        by_id: &HashMap<&str, usize>,
    ) -> Vec<(String, f32)> {
        let Some(qv) = self.queries.get(q) else {
            return Vec::new();
        };
        let cos = |j: usize| {
            let c = dot(qv, &self.claims[j]);
            match &self.titles {
                Some(t) => c.max(dot(qv, &t[j])),
                None => c,
            }
        };
        let mut all: Vec<(usize, f32)> = (0..self.claims.len()).map(|j| (j, cos(j))).collect();
        let depth = FUSION_DEPTH.min(all.len());
        if depth > 0 && depth < all.len() {
            all.select_nth_unstable_by(depth - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        all.truncate(depth);
        let mut seen: HashSet<usize> = all.iter().map(|x| x.0).collect();
        for (id, _) in lexical {
            if let Some(&j) = by_id.get(id.as_str()) {
                if seen.insert(j) {
                    all.push((j, cos(j)));
                }
            }
        }
        all.into_iter()
            .map(|(j, c)| (entries[j].id.clone(), c))
            .collect()
    }
}

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

/// Reads the verified claims JSONL of CheckThat! 2A.
pub fn read_vclaims(path: &Path) -> anyhow::Result<Vec<ClaimEntry>> {
    let claims: Vec<VClaim> = super::jsonl::read_records(path, "a verified claim")?;
    Ok(claims
        .into_iter()
        .map(|v| ClaimEntry {
            id: v.vclaim_id,
            text: v.vclaim,
            title: v.title,
            subtitle: v.subtitle,
            date: parse_day(&v.date),
        })
        .collect())
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let entries = read_vclaims(&args.corpus)?;
    let mut index = ClaimIndex::with_weights(
        &entries,
        [1.0, args.title_weight, args.subtitle_weight],
        Bm25Params {
            k1: args.k1,
            b: args.b,
        },
    );
    index.coverage_weight = args.coverage_weight;
    index.date_weight = args.date_weight;
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
    let vectors = if args.semantic.semantic {
        Some(SemanticVectors::encode(&args, &entries, &queries)?)
    } else {
        None
    };
    let by_id: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let scored: Vec<Vec<(String, f32)>> = queries
        .par_iter()
        .enumerate()
        .map(|(q, (_, text))| match &vectors {
            None => index.search(text, RANKED),
            Some(v) => {
                let lexical = index.search(text, FUSION_DEPTH);
                let cosines = v.cosines(q, &lexical, &entries, &by_id);
                args.semantic.fuse(&lexical, &cosines, RANKED)
            }
        })
        .collect();
    let method = if args.semantic.semantic {
        format!(
            "lexical BM25F + semantic, {} fusion, weight {}{}",
            match args.semantic.fusion {
                Fusion::Linear => "linear",
                Fusion::Rrf => "reciprocal-rank",
            },
            args.semantic.semantic_weight,
            if args.semantic_title {
                ", claim and title"
            } else {
                ""
            }
        )
    } else {
        "lexical BM25F".to_string()
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
        m.insert("claims".into(), serde_json::json!(entries.len()));
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
            entries.len()
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
