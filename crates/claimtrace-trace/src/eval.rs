//! Scoring traces against the quote-provenance gold (`claimtrace eval
//! trace`; docs/evaluation.md says what is counted). The CLI stores the
//! corpus and traces every query through the store as `trace --db` does;
//! what a trace got right is counted here, beside the tracer: the origin at
//! rank 1, the reciprocal rank of the origin, the chain, and per type the
//! differences of each hop, keyed by the document the hop leads to.
//!
//! The other retrieval evaluations score here too: [`matching`] (claim
//! matching, `eval match`) and [`real`] (real quote traces, `eval
//! trace-real`).

pub mod matching;
pub mod real;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use crate::{DifferenceType, TraceResult};

/// What a careful reader traced for one query.
#[derive(Debug, Clone, Deserialize)]
pub struct ProvenanceGold {
    pub origin_doc: String,
    /// Document ids from the origin to the query's document.
    pub chain: Vec<String>,
    /// The difference types of each hop (`chain[i]` to `chain[i + 1]`).
    pub differences: Vec<Vec<String>>,
}

/// True and false positives and negatives of one difference type.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        claimtrace_core::metrics::prf(self.tp, self.tp + self.fp, self.tp + self.fn_)
    }
}

/// How one trace compares with its gold.
#[derive(Debug, Clone)]
pub struct QueryScore {
    /// Rank of the gold origin among the trace's ranked origins.
    pub origin_rank: Option<usize>,
    /// The trace's chain, as document ids.
    pub chain: Vec<String>,
    pub chain_right: bool,
    /// Every hop has exactly the gold's difference types.
    pub differences_right: bool,
}

impl QueryScore {
    /// Right in origin, chain and differences.
    pub fn all_right(&self) -> bool {
        self.origin_rank == Some(0) && self.chain_right && self.differences_right
    }
}

/// The figures of a set of traces.
#[derive(Debug, Default, Clone)]
pub struct ProvenanceTally {
    pub queries: usize,
    pub origin_at_1: usize,
    pub reciprocal_rank_sum: f64,
    pub chains_right: usize,
    pub per_type: BTreeMap<DifferenceType, Counts>,
}

impl ProvenanceTally {
    /// Counts one trace against its gold.
    pub fn add(&mut self, gold: &ProvenanceGold, result: &TraceResult) -> QueryScore {
        self.queries += 1;
        let ranked = result.ranked_origins();
        let rank = ranked.iter().position(|d| *d == gold.origin_doc);
        if rank == Some(0) {
            self.origin_at_1 += 1;
        }
        self.reciprocal_rank_sum += rank.map_or(0.0, |i| 1.0 / (i + 1) as f64);
        let chain: Vec<String> = result
            .chain
            .iter()
            .filter_map(|h| h.doc_id.clone())
            .collect();
        let chain_right = chain == gold.chain;
        if chain_right {
            self.chains_right += 1;
        }
        // Hops keyed by the document they lead to.
        let mut gold_hops: HashMap<&str, HashSet<DifferenceType>> = HashMap::new();
        for (i, types) in gold.differences.iter().enumerate() {
            if let Some(to) = gold.chain.get(i + 1) {
                gold_hops.insert(
                    to,
                    types
                        .iter()
                        .filter_map(|t| DifferenceType::parse(t))
                        .collect(),
                );
            }
        }
        let mut pred_hops: HashMap<&str, HashSet<DifferenceType>> = HashMap::new();
        for h in result.chain.iter().skip(1) {
            if let Some(d) = &h.doc_id {
                pred_hops.insert(d, h.differences.iter().map(|d| d.kind).collect());
            }
        }
        let mut differences_right = true;
        for t in DifferenceType::ALL {
            let c = self.per_type.entry(t).or_default();
            for (to, g) in &gold_hops {
                let predicted = pred_hops.get(to).is_some_and(|p| p.contains(&t));
                match (g.contains(&t), predicted) {
                    (true, true) => c.tp += 1,
                    (true, false) => {
                        c.fn_ += 1;
                        differences_right = false;
                    }
                    (false, true) => {
                        c.fp += 1;
                        differences_right = false;
                    }
                    _ => {}
                }
            }
            for (to, p) in &pred_hops {
                if !gold_hops.contains_key(to) && p.contains(&t) {
                    c.fp += 1;
                    differences_right = false;
                }
            }
        }
        QueryScore {
            origin_rank: rank,
            chain,
            chain_right,
            differences_right,
        }
    }

    fn share(&self, n: f64) -> f64 {
        n / self.queries.max(1) as f64
    }

    pub fn origin_accuracy_at_1(&self) -> f64 {
        self.share(self.origin_at_1 as f64)
    }

    pub fn origin_mrr(&self) -> f64 {
        self.share(self.reciprocal_rank_sum)
    }

    pub fn chains_right_share(&self) -> f64 {
        self.share(self.chains_right as f64)
    }
}

/// The difference types the gold names anywhere: a reported type outside
/// them can only be a false positive (the figures list it apart).
pub fn gold_difference_types<'a>(
    golds: impl IntoIterator<Item = &'a ProvenanceGold>,
) -> HashSet<DifferenceType> {
    golds
        .into_iter()
        .flat_map(|g| g.differences.iter().flatten())
        .filter_map(|t| DifferenceType::parse(t))
        .collect()
}

/// The `no_false_types` figure: 1 when no difference of a type absent
/// from the gold is reported (no false `extended`), falling with each one.
pub fn no_false_types(false_positives: f64) -> f64 {
    1.0 / (1.0 + false_positives)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(differences: &[&[&str]]) -> ProvenanceGold {
        ProvenanceGold {
            origin_doc: "a".into(),
            chain: vec!["a".into(), "b".into()],
            differences: differences
                .iter()
                .map(|hop| hop.iter().map(|t| t.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn gold_types_are_every_known_type_any_hop_names() {
        let golds = [
            gold(&[&["number_changed"], &[]]),
            gold(&[&["truncated", "no_such_type"]]),
        ];
        let types = gold_difference_types(&golds);
        let expected: HashSet<DifferenceType> =
            [DifferenceType::NumberChanged, DifferenceType::Truncated]
                .into_iter()
                .collect();
        assert_eq!(types, expected);
    }

    #[test]
    fn no_false_types_is_one_without_false_positives_and_falls_with_each() {
        assert_eq!(no_false_types(0.0), 1.0);
        assert_eq!(no_false_types(1.0), 0.5);
        assert!(no_false_types(3.0) < no_false_types(2.0));
    }
}
