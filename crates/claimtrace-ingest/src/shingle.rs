//! The article-extraction benchmark's measure (scrapinghub's
//! `article-extraction-benchmark`, `evaluate.py`): texts are tokenised as
//! Python's `re.findall(r"\w+", text)`, cut into 4-token shingles, and the
//! shingle multisets of truth and prediction are compared per page. Each
//! page's (tp, fp, fn) is normalised to sum to 1 so long pages weigh no
//! more than short ones; precision, recall and F1 come from the sums over
//! pages. A page is "accurate" when it has no false positive and no false
//! negative shingle.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

/// Shingle length used by the benchmark.
pub const SHINGLE_TOKENS: usize = 4;

/// Python's `\w` for `str` patterns: letters, numbers (any `N` category)
/// and `_`. Unlike Rust's `\w` it excludes combining marks.
fn word_regex() -> Option<&'static Regex> {
    static WORD: OnceLock<Option<Regex>> = OnceLock::new();
    WORD.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").ok())
        .as_ref()
}

fn tokens(text: &str) -> Vec<&str> {
    match word_regex() {
        Some(re) => re.find_iter(text).map(|m| m.as_str()).collect(),
        None => Vec::new(),
    }
}

/// Multiset of `n`-token shingles. As in the benchmark, a text with fewer
/// than `n` tokens gives one shorter shingle (and an empty text none).
fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    let windows = tokens.len().saturating_sub(n).saturating_add(1).max(1);
    for i in 0..windows {
        let end = (i + n).min(tokens.len());
        if let Some(shingle) = tokens.get(i..end) {
            if !shingle.is_empty() {
                *counts.entry(shingle.to_vec()).or_insert(0) += 1;
            }
        }
    }
    counts
}

/// One page's normalised (tp, fp, fn).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ShingleMatch {
    pub true_positive: f64,
    pub false_positive: f64,
    pub false_negative: f64,
}

impl ShingleMatch {
    /// Prediction equals truth shingle for shingle.
    pub fn is_exact(&self) -> bool {
        self.false_positive == 0.0 && self.false_negative == 0.0
    }
}

/// Compares one predicted article body with the true one.
pub fn shingle_match(truth: &str, prediction: &str) -> ShingleMatch {
    let truth = shingles(truth, SHINGLE_TOKENS);
    let predicted = shingles(prediction, SHINGLE_TOKENS);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (shingle, &t) in &truth {
        let p = predicted.get(shingle).copied().unwrap_or(0);
        tp += t.min(p);
        fn_ += t.saturating_sub(p);
    }
    for (shingle, &p) in &predicted {
        let t = truth.get(shingle).copied().unwrap_or(0);
        fp += p.saturating_sub(t);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return ShingleMatch::default();
    }
    ShingleMatch {
        true_positive: tp as f64 / sum,
        false_positive: fp as f64 / sum,
        false_negative: fn_ as f64 / sum,
    }
}

/// Precision, recall, F1 and accuracy over a set of pages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ShingleScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
}

/// Scores of a set of pages (by index into `pages`).
pub fn score<I: IntoIterator<Item = usize>>(pages: &[ShingleMatch], which: I) -> ShingleScores {
    let (mut tp, mut fp, mut fn_, mut exact, mut n) = (0.0, 0.0, 0.0, 0usize, 0usize);
    for page in which.into_iter().filter_map(|i| pages.get(i)) {
        tp += page.true_positive;
        fp += page.false_positive;
        fn_ += page.false_negative;
        exact += usize::from(page.is_exact());
        n += 1;
    }
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    ShingleScores {
        precision,
        recall,
        f1,
        accuracy: if n > 0 { exact as f64 / n as f64 } else { 0.0 },
    }
}

/// Standard deviation of each score over `rounds` bootstrap resamples of
/// the pages (deterministic for a given `seed`), as the benchmark reports.
pub fn bootstrap_std(pages: &[ShingleMatch], rounds: usize, seed: u64) -> ShingleScores {
    if pages.is_empty() || rounds < 2 {
        return ShingleScores::default();
    }
    let mut state = seed;
    let mut next = move || {
        // splitmix64
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let n = pages.len();
    let samples: Vec<ShingleScores> = (0..rounds)
        .map(|_| {
            let picks: Vec<usize> = (0..n).map(|_| (next() % n as u64) as usize).collect();
            score(pages, picks)
        })
        .collect();
    let std = |get: fn(&ShingleScores) -> f64| {
        let mean = samples.iter().map(get).sum::<f64>() / rounds as f64;
        let var =
            samples.iter().map(|s| (get(s) - mean).powi(2)).sum::<f64>() / (rounds - 1) as f64;
        var.sqrt()
    };
    ShingleScores {
        precision: std(|s| s.precision),
        recall: std(|s| s.recall),
        f1: std(|s| s.f1),
        accuracy: std(|s| s.accuracy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_match_exactly() {
        let m = shingle_match("one two three four five", "one two three four five");
        assert_eq!(m.true_positive, 1.0);
        assert!(m.is_exact());
    }

    #[test]
    fn extra_and_missing_text_count_as_fp_and_fn() {
        // truth shingles: (a b c d), (b c d e); prediction: (a b c d), (b c d x)
        let m = shingle_match("a b c d e", "a b c d x");
        assert!((m.true_positive - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.false_positive - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.false_negative - 1.0 / 3.0).abs() < 1e-9);
        let s = score(&[m], [0]);
        assert!((s.f1 - 0.5).abs() < 1e-9);
        assert_eq!(s.accuracy, 0.0);
    }

    #[test]
    fn tokens_follow_python_word_characters() {
        assert_eq!(
            tokens("Don't stop—now, 2,5 é_x"),
            ["Don", "t", "stop", "now", "2", "5", "é_x"]
        );
        // Short texts give one short shingle; empty texts none.
        assert_eq!(shingles("a b", 4).len(), 1);
        assert!(shingles("", 4).is_empty());
        assert_eq!(shingle_match("", ""), ShingleMatch::default());
    }

    #[test]
    fn bootstrap_of_identical_pages_has_no_spread() {
        let pages = vec![shingle_match("a b c d", "a b c d"); 10];
        let std = bootstrap_std(&pages, 50, 7);
        assert_eq!(std.f1, 0.0);
    }
}
