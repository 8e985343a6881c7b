//! Scoring claim matching against CheckThat! 2022 task 2A gold (`claimtrace
//! eval match`; docs/evaluation.md says what is counted). The CLI ingests
//! the verified claims into a store and answers every query as `match --db`
//! does; reading the gold, the claims' ingest records, the ranking metrics
//! and the per-query dump lines live here, beside the matcher.
//!
//! Queries are TSV `iclaim_id<TAB>iclaim` (a header line has no judgement
//! and drops out); qrels are TSV `iclaim_id 0 vclaim_id 1`. Only queries
//! that have qrels are scored.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::matching::{
    average_precision_at, civil_from_days, parse_day, recall_at, reciprocal_rank,
};

/// Ranked claims kept per query: the deepest metric is recall@20.
pub const RANKED: usize = 20;

/// The metrics reported, in the order they are printed.
pub const METRICS: [&str; 9] = [
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

/// A verified claim as the task's corpus JSONL holds it.
#[derive(Debug, Clone, Deserialize)]
pub struct VerifiedClaim {
    pub vclaim_id: String,
    #[serde(default)]
    pub vclaim: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub subtitle: String,
    #[serde(default)]
    pub date: String,
}

impl VerifiedClaim {
    /// The record a user would ingest for this claim: `id`, `text` (the
    /// claim), `title`, `subtitle` and the check's `date` as an ISO day
    /// (null when the corpus date does not parse).
    pub fn ingest_record(&self) -> serde_json::Value {
        let date = parse_day(&self.date).map(civil_from_days);
        serde_json::json!({
            "id": self.vclaim_id, "text": self.vclaim, "title": self.title,
            "subtitle": self.subtitle, "date": date,
        })
    }
}

/// The claim id of a stored document: JSONL record ids are stored as
/// `FILE-STEM#ID`.
pub fn claim_id(doc_id: &str) -> &str {
    doc_id.split_once('#').map_or(doc_id, |(_, id)| id)
}

/// The relevant claims of each query.
pub type Qrels = HashMap<String, HashSet<String>>;

/// The non-blank lines of a TSV text, split at tabs.
fn tsv_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// Adds the judgements of one qrels TSV (`query 0 claim relevance`) to
/// `qrels`; rows of relevance 0 and short rows are skipped.
pub fn add_qrels(qrels: &mut Qrels, tsv: &str) {
    for row in tsv_rows(tsv) {
        if row.len() >= 4 && row[3].trim() != "0" {
            qrels
                .entry(row[0].to_string())
                .or_default()
                .insert(row[2].to_string());
        }
    }
}

/// The queries of a queries TSV that have a judgement in `qrels`, as (id,
/// text); a text holding tabs is joined back with spaces.
pub fn judged_queries(tsv: &str, qrels: &Qrels) -> Vec<(String, String)> {
    tsv_rows(tsv)
        .filter(|r| r.len() >= 2 && qrels.contains_key(r[0]))
        .map(|r| (r[0].to_string(), r[1..].join(" ")))
        .collect()
}

/// The sums of the ranking metrics over the queries scored so far.
#[derive(Debug, Default, Clone)]
pub struct MatchTally {
    pub queries: usize,
    sums: [f64; METRICS.len()],
}

impl MatchTally {
    /// Counts one query's ranking (claim ids, best first) against its
    /// relevant claims.
    pub fn add(&mut self, ranked: &[String], relevant: &HashSet<String>) {
        self.queries += 1;
        for (i, name) in METRICS.iter().enumerate() {
            self.sums[i] += metric(name, ranked, relevant);
        }
    }

    /// Each metric's mean over the queries, in [`METRICS`] order (0 with
    /// no query).
    pub fn means(&self) -> Vec<(&'static str, f64)> {
        let n = self.queries as f64;
        METRICS
            .iter()
            .zip(self.sums)
            .map(|(name, sum)| (*name, if self.queries == 0 { 0.0 } else { sum / n }))
            .collect()
    }

    /// The figures as JSON: the counts, how the queries were answered
    /// (`method`) and every metric.
    pub fn json(&self, claims: usize, method: &str) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("queries".into(), serde_json::json!(self.queries));
        m.insert("claims".into(), serde_json::json!(claims));
        m.insert("method".into(), serde_json::json!(method));
        for (name, mean) in self.means() {
            m.insert(name.into(), serde_json::json!(mean));
        }
        serde_json::Value::Object(m)
    }

    /// The figures as the lines of a table: a heading, then one metric a
    /// line.
    pub fn table(&self, claims: usize, method: &str) -> Vec<String> {
        let mut lines = vec![format!(
            "claim matching: {} queries against {claims} claims ({method})",
            self.queries
        )];
        lines.extend(
            self.means()
                .into_iter()
                .map(|(name, mean)| format!("  {name:<10} {mean:.4}")),
        );
        lines
    }
}

/// One metric of one ranking.
fn metric(name: &str, ranked: &[String], relevant: &HashSet<String>) -> f64 {
    match name {
        "map@1" => average_precision_at(ranked, relevant, 1),
        "map@3" => average_precision_at(ranked, relevant, 3),
        "map@5" => average_precision_at(ranked, relevant, 5),
        "map@10" => average_precision_at(ranked, relevant, 10),
        "mrr" => reciprocal_rank(ranked, relevant),
        "recall@1" => recall_at(ranked, relevant, 1),
        "recall@5" => recall_at(ranked, relevant, 5),
        "recall@10" => recall_at(ranked, relevant, 10),
        "recall@20" => recall_at(ranked, relevant, 20),
        _ => 0.0,
    }
}

/// One query's line of the error-analysis dump: its text, the relevant
/// claims (sorted), the ranking with scores and AP@5.
pub fn dump_line(
    query_id: &str,
    text: &str,
    relevant: &HashSet<String>,
    scored: &[(String, f32)],
) -> serde_json::Value {
    let ids: Vec<String> = scored.iter().map(|(id, _)| id.clone()).collect();
    let mut relevant_sorted: Vec<&String> = relevant.iter().collect();
    relevant_sorted.sort();
    serde_json::json!({
        "id": query_id,
        "text": text,
        "relevant": relevant_sorted,
        "ranked": scored,
        "ap5": average_precision_at(&ids, relevant, 5),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn set(list: &[&str]) -> HashSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn gold_keeps_judged_queries_and_relevant_claims() {
        let mut qrels = Qrels::new();
        add_qrels(
            &mut qrels,
            "tweet-1\t0\tvclaim-7\t1\ntweet-1\t0\tvclaim-9\t0\n\ntweet-2\t0\tvclaim-3\t1\n",
        );
        add_qrels(&mut qrels, "tweet-2\t0\tvclaim-4\t1\n");
        assert_eq!(qrels["tweet-1"], set(&["vclaim-7"]));
        assert_eq!(qrels["tweet-2"], set(&["vclaim-3", "vclaim-4"]));
        let queries = judged_queries(
            "iclaim_id\ticlaim\ntweet-1\tBiden said\tthe border is closed\ntweet-5\tno judgement\ntweet-2\tVaccines alter DNA\n",
            &qrels,
        );
        assert_eq!(
            queries,
            vec![
                (
                    "tweet-1".to_string(),
                    "Biden said the border is closed".to_string()
                ),
                ("tweet-2".to_string(), "Vaccines alter DNA".to_string()),
            ]
        );
    }

    #[test]
    fn tally_averages_each_metric_over_queries() {
        let mut tally = MatchTally::default();
        // Right claim first; right claim third; right claim missing.
        tally.add(&ids(&["a", "b"]), &set(&["a"]));
        tally.add(&ids(&["x", "y", "c"]), &set(&["c"]));
        tally.add(&ids(&["x"]), &set(&["d"]));
        let means: HashMap<&str, f64> = tally.means().into_iter().collect();
        assert!((means["map@1"] - 1.0 / 3.0).abs() < 1e-12);
        assert!((means["map@5"] - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-12);
        assert!((means["mrr"] - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-12);
        assert!((means["recall@1"] - 1.0 / 3.0).abs() < 1e-12);
        assert!((means["recall@5"] - 2.0 / 3.0).abs() < 1e-12);
        let table = tally.table(12, "through the store: lexical BM25F");
        assert_eq!(
            table[0],
            "claim matching: 3 queries against 12 claims (through the store: lexical BM25F)"
        );
        assert_eq!(table[1], "  map@1      0.3333");
        assert_eq!(table.len(), 1 + METRICS.len());
        let json = tally.json(12, "lexical");
        assert_eq!(json["queries"], 3);
        assert_eq!(json["claims"], 12);
        assert_eq!(json["recall@20"].as_f64(), Some(2.0 / 3.0));
    }

    #[test]
    fn an_empty_tally_is_zero_not_nan() {
        let tally = MatchTally::default();
        assert!(tally.means().iter().all(|(_, v)| *v == 0.0));
    }

    #[test]
    fn claims_become_ingest_records_and_back() {
        let claim: VerifiedClaim = serde_json::from_str(
            r#"{"vclaim_id":"vclaim-sno-1","vclaim":"The moon landing was staged.","title":"Moon hoax","date":"20 July 2019"}"#,
        )
        .unwrap();
        let record = claim.ingest_record();
        assert_eq!(record["id"], "vclaim-sno-1");
        assert_eq!(record["text"], "The moon landing was staged.");
        assert_eq!(record["subtitle"], "");
        assert_eq!(claim_id("ct2022-vclaims#vclaim-sno-1"), "vclaim-sno-1");
        assert_eq!(claim_id("no-hash"), "no-hash");
        let line = dump_line(
            "tweet-1",
            "moon landing fake",
            &set(&["vclaim-sno-1"]),
            &[("vclaim-sno-1".to_string(), 3.5)],
        );
        assert_eq!(line["ap5"], 1.0);
        assert_eq!(line["relevant"][0], "vclaim-sno-1");
    }
}
