//! An in-memory BM25F index: several weighted fields per entry (a claim's
//! text weighs more than the title of the article that checked it).
//!
//! The per-field term frequencies are length-normalised, weighted and summed
//! before the BM25 saturation (Robertson & Zaragoza's BM25F), so a term found
//! in two fields is not counted as two independent pieces of evidence.

use std::collections::HashMap;

use crate::text::terms;

#[derive(Debug, Clone, Copy)]
pub struct Bm25Params {
    pub k1: f32,
    pub b: f32,
}

impl Default for Bm25Params {
    fn default() -> Self {
        Bm25Params { k1: 1.2, b: 0.75 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    entry: u32,
    field: u8,
    tf: u16,
}

/// A BM25F index over entries with a fixed list of weighted fields.
#[derive(Debug, Clone)]
pub struct Bm25Index {
    params: Bm25Params,
    field_weights: Vec<f32>,
    postings: HashMap<String, Vec<Posting>>,
    /// Length (terms) of each field of each entry.
    lengths: Vec<Vec<u32>>,
    total_lengths: Vec<u64>,
}

impl Bm25Index {
    /// An empty index whose entries have `field_weights.len()` fields.
    pub fn new(field_weights: Vec<f32>, params: Bm25Params) -> Self {
        let n = field_weights.len();
        Bm25Index {
            params,
            field_weights,
            postings: HashMap::new(),
            lengths: Vec::new(),
            total_lengths: vec![0; n],
        }
    }

    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// The number of entries holding `term` in any field.
    pub fn doc_freq(&self, term: &str) -> u64 {
        let Some(list) = self.postings.get(term) else {
            return 0;
        };
        let mut entries: Vec<u32> = list.iter().map(|p| p.entry).collect();
        entries.dedup();
        entries.len() as u64
    }

    /// The summed length (terms) of each field over all entries.
    pub fn total_lengths(&self) -> &[u64] {
        &self.total_lengths
    }

    /// Adds an entry (fields in the order of the weights; missing fields are
    /// empty) and returns its number.
    pub fn add(&mut self, fields: &[&str]) -> usize {
        let fields: Vec<Vec<String>> = fields.iter().map(|t| terms(t)).collect();
        self.add_terms(&fields)
    }

    /// [`Bm25Index::add`] for fields already split into retrieval terms
    /// (by a tokeniser other than [`terms`]; queries must use the same).
    pub fn add_terms(&mut self, fields: &[Vec<String>]) -> usize {
        let entry = self.lengths.len() as u32;
        let mut lens = vec![0u32; self.field_weights.len()];
        for (f, ts) in fields.iter().enumerate().take(self.field_weights.len()) {
            lens[f] = ts.len() as u32;
            self.total_lengths[f] += ts.len() as u64;
            let mut counts: HashMap<String, u16> = HashMap::new();
            for t in ts.iter().cloned() {
                let c = counts.entry(t).or_insert(0);
                *c = c.saturating_add(1);
            }
            for (t, tf) in counts {
                self.postings.entry(t).or_default().push(Posting {
                    entry,
                    field: f as u8,
                    tf,
                });
            }
        }
        self.lengths.push(lens);
        entry as usize
    }

    /// The `k` best entries for a free-text query, best first, as
    /// `(entry, score)`. Query terms repeated in the query count once per
    /// occurrence (a tweet that says "vaccine" three times is about vaccines).
    pub fn search(&self, query: &str, k: usize) -> Vec<(usize, f32)> {
        self.search_terms(&terms(query), k)
    }

    pub fn search_terms(&self, query_terms: &[String], k: usize) -> Vec<(usize, f32)> {
        let n = self.lengths.len() as f32;
        if n == 0.0 || k == 0 {
            return Vec::new();
        }
        let avg: Vec<f32> = self
            .total_lengths
            .iter()
            .map(|&t| (t as f32 / n).max(1.0))
            .collect();
        let mut qtf: HashMap<&str, f32> = HashMap::new();
        for t in query_terms {
            *qtf.entry(t.as_str()).or_insert(0.0) += 1.0;
        }
        let mut scores: HashMap<u32, f32> = HashMap::new();
        let Bm25Params { k1, b } = self.params;
        for (term, q_weight) in qtf {
            let Some(list) = self.postings.get(term) else {
                continue;
            };
            // Document frequency counts entries, not (entry, field) pairs.
            let mut weighted: HashMap<u32, f32> = HashMap::new();
            for p in list {
                let f = p.field as usize;
                let len = self.lengths[p.entry as usize][f] as f32;
                let norm = 1.0 - b + b * len / avg[f];
                *weighted.entry(p.entry).or_insert(0.0) +=
                    self.field_weights[f] * p.tf as f32 / norm;
            }
            let df = weighted.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for (entry, tf) in weighted {
                *scores.entry(entry).or_insert(0.0) += q_weight * idf * tf * (k1 + 1.0) / (k1 + tf);
            }
        }
        let mut ranked: Vec<(usize, f32)> =
            scores.into_iter().map(|(e, s)| (e as usize, s)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(k);
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_the_entry_that_shares_rare_terms_first() {
        let mut idx = Bm25Index::new(vec![1.0, 0.3], Bm25Params::default());
        idx.add(&[
            "The president said inflation would fall next year.",
            "Economy",
        ]);
        idx.add(&[
            "Cluster munitions are a potential war crime, the spokeswoman said.",
            "War crimes",
        ]);
        idx.add(&["The president visited a factory.", "Visit"]);
        let hits = idx.search("using cluster munitions would be a war crime", 3);
        assert_eq!(hits.first().map(|h| h.0), Some(1));
        assert!(hits.iter().all(|h| h.0 != 2), "no shared term, no hit");
    }

    #[test]
    fn a_title_match_counts_less_than_a_text_match() {
        let mut idx = Bm25Index::new(vec![1.0, 0.2], Bm25Params::default());
        idx.add(&["Grain exports resumed through the Black Sea.", "Ports"]);
        idx.add(&["Shipping resumed.", "Grain exports"]);
        let hits = idx.search("grain exports", 2);
        assert_eq!(hits.first().map(|h| h.0), Some(0));
    }
}
