//! Precision, recall and F1: the one definition every scorer uses.

/// `part / whole`, 0 when `whole` is 0.
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// Precision, recall and F1 (as fractions) of `correct` items among
/// `predicted` ones, against `gold` ones.
pub fn prf(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = ratio(correct, predicted);
    let r = ratio(correct, gold);
    (p, r, f1(p, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero_not_nan() {
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
        assert_eq!(prf(0, 3, 0), (0.0, 0.0, 0.0));
    }

    #[test]
    fn f1_is_the_harmonic_mean() {
        let (p, r, f) = prf(3, 4, 6);
        assert!((p - 0.75).abs() < 1e-12 && (r - 0.5).abs() < 1e-12);
        assert!((f - 0.6).abs() < 1e-12);
    }
}
