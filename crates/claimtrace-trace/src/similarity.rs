//! How close two statements are, 0..1, and which parts of them match.
//!
//! Word order matters for quotes (a faithful repetition keeps it), so the
//! main measure is the longest common subsequence of words: its share of
//! both versions (Dice) and of the shorter one (containment, so that a
//! truncated quote still matches its source). Reworded versions keep the
//! rare words but not their order, so the overlap of stemmed content terms
//! is the second measure; the score is the better of the two.

use std::collections::HashSet;

use crate::align::lcs_len;
use crate::text::{terms, words, Word};

/// A statement made of several sentences is compared sentence by sentence
/// as well as whole: a long quote often repeats one sentence of its source.
pub fn parts(text: &str) -> Vec<&str> {
    let pieces = split_simple(text);
    if pieces.len() <= 1 {
        return vec![text];
    }
    // A long passage is compared by its sentences only: aligning it whole
    // costs the square of its length and a repeated passage repeats its
    // sentences anyway.
    let mut out = Vec::with_capacity(13);
    if text.split_whitespace().count() <= LONG_PASSAGE_WORDS {
        out.push(text);
    }
    out.extend(pieces.into_iter().take(12));
    out
}

/// Above this many words a multi-sentence statement is not compared whole.
const LONG_PASSAGE_WORDS: usize = 80;

/// Splits after `.`, `!`, `?` followed by a space and an upper-case letter.
pub(crate) fn split_simple(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?')
            && chars.get(k + 1).is_some_and(|x| x.1 == ' ')
            && chars.get(k + 2).is_some_and(|x| x.1.is_uppercase())
        {
            let piece = text[start..=i].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// A text tokenised once for many comparisons.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    pub text: &'a str,
    words: Vec<Word>,
    terms: HashSet<String>,
}

impl<'a> Prepared<'a> {
    pub fn new(text: &'a str) -> Self {
        Prepared {
            text,
            words: words(text),
            terms: terms(text).into_iter().collect(),
        }
    }
}

/// Every part of a statement ([`parts`]), prepared.
pub fn prepare_parts(text: &str) -> Vec<Prepared<'_>> {
    parts(text).into_iter().map(Prepared::new).collect()
}

fn similarity_prepared(a: &Prepared, b: &Prepared) -> f32 {
    let (wa, wb) = (&a.words, &b.words);
    let (la, lb) = (wa.len(), wb.len());
    if la == 0 || lb == 0 {
        return 0.0;
    }
    let l = lcs_len(wa, wb) as f32;
    let (short, long) = (la.min(lb) as f32, la.max(lb) as f32);
    let dice = 2.0 * l / (la + lb) as f32;
    // Containment only when the shorter side is a real part of the longer:
    // a four-word sentence inside a forty-word quote proves little.
    let lexical = if short >= 4.0 && short * 4.0 >= long {
        0.5 * dice + 0.5 * l / short
    } else {
        dice
    };
    let (ta, tb) = (&a.terms, &b.terms);
    // Three or fewer terms in common order-free prove little ("the
    // Ukrainian and Russian peoples" is not "Ukrainians and Russians are
    // one people").
    let term = if ta.len() < MIN_TERMS_UNORDERED || tb.len() < MIN_TERMS_UNORDERED {
        0.0
    } else {
        let shared = ta.intersection(tb).count() as f32;
        let (ts, tl) = (ta.len().min(tb.len()) as f32, ta.len().max(tb.len()) as f32);
        let tdice = 2.0 * shared / (ta.len() + tb.len()) as f32;
        if ts >= 3.0 && ts * 3.0 >= tl {
            0.5 * tdice + 0.5 * shared / ts
        } else {
            tdice
        }
    };
    // Unordered term overlap is weaker evidence than an ordered match.
    lexical.max(0.9 * term)
}

/// Fewer distinct terms than this on either side: no unordered match.
const MIN_TERMS_UNORDERED: usize = 4;

/// Similarity of two single texts.
pub fn similarity(a: &str, b: &str) -> f32 {
    similarity_prepared(&Prepared::new(a), &Prepared::new(b))
}

fn source_score_prepared(query: &Prepared, candidate: &Prepared) -> f32 {
    let sym = similarity_prepared(query, candidate);
    let wq = &query.words;
    if wq.len() < 6 {
        return sym;
    }
    let contained = windowed_lcs(wq, &candidate.words) as f32 / wq.len() as f32;
    sym.max(0.9 * contained)
}

/// The longest common subsequence of `query` with any stretch of
/// `candidate` twice the query's length: the quoted words found in order
/// close together, not scattered over a long paragraph.
pub(crate) fn windowed_lcs(query: &[Word], candidate: &[Word]) -> usize {
    let span = query.len() * 2;
    if candidate.len() <= span {
        return lcs_len(query, candidate);
    }
    let step = (query.len() / 2).max(1);
    let mut best = 0;
    let mut start = 0;
    while start < candidate.len() {
        let end = (start + span).min(candidate.len());
        best = best.max(lcs_len(query, &candidate[start..end]));
        if end == candidate.len() || best == query.len() {
            break;
        }
        start += step;
    }
    best
}

/// How well `candidate` can be the source of the quoted words `query`:
/// the symmetric similarity, or, for quotes of six words or more, the
/// share of the quote's words found in order in the candidate (a quote cut
/// out of a long sentence is contained in it).
pub fn source_score(query: &str, candidate: &str) -> f32 {
    source_score_prepared(&Prepared::new(query), &Prepared::new(candidate))
}

/// [`source_score`] over the parts of both statements: the score and the
/// two parts that match best.
pub fn best_source_parts<'a, 'b>(query: &'a str, candidate: &'b str) -> (f32, &'a str, &'b str) {
    best_source_parts_prepared(&prepare_parts(query), candidate)
}

/// [`best_source_parts`] with the query's parts prepared once.
pub fn best_source_parts_prepared<'a, 'b>(
    query_parts: &[Prepared<'a>],
    candidate: &'b str,
) -> (f32, &'a str, &'b str) {
    best_of(
        query_parts,
        &prepare_parts(candidate),
        source_score_prepared,
    )
}

fn best_of<'a, 'b>(
    pa: &[Prepared<'a>],
    pb: &[Prepared<'b>],
    score: fn(&Prepared, &Prepared) -> f32,
) -> (f32, &'a str, &'b str) {
    let mut best = (-1.0f32, "", "");
    for x in pa {
        for y in pb {
            let s = score(x, y);
            if s > best.0 + 1e-6 {
                best = (s, x.text, y.text);
            }
        }
    }
    (best.0.max(0.0), best.1, best.2)
}

/// The share of the quote's words, leaving out the words a changed quote
/// typically changes (numbers, negators, hedges, modals), found in order in
/// the candidate. A candidate that lacks other words of the quote is not
/// where the quote came from.
pub fn core_containment(query: &str, candidate: &str) -> f32 {
    let keep = |t: &str| -> Vec<Word> {
        words(t)
            .into_iter()
            .filter(|w| !crate::classify::is_changeable_word(w))
            .collect()
    };
    let (q, c) = (keep(query), keep(candidate));
    if q.is_empty() {
        return 0.0;
    }
    lcs_len(&q, &c) as f32 / q.len() as f32
}

/// The best-matching parts of two statements and their similarity.
/// [`best_parts`] with the first text's parts prepared once.
pub fn best_parts_prepared<'a, 'b>(
    a_parts: &[Prepared<'a>],
    b: &'b str,
) -> (f32, &'a str, &'b str) {
    best_of(a_parts, &prepare_parts(b), similarity_prepared)
}

pub fn best_parts<'a, 'b>(a: &'a str, b: &'b str) -> (f32, &'a str, &'b str) {
    best_of(&prepare_parts(a), &prepare_parts(b), similarity_prepared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_truncated_and_unrelated() {
        let src = "Not because we really like or liked his policy, but for humanitarian reasons.";
        assert!((similarity(src, src) - 1.0).abs() < 1e-6);
        let cut = similarity(src, "Not because we really like or liked his policy.");
        assert!(cut > 0.8, "{cut}");
        let other = similarity(src, "The meeting was attended by the energy minister.");
        assert!(other < 0.3, "{other}");
    }

    #[test]
    fn one_sentence_of_a_long_quote_matches_its_source() {
        let quote = "As for the weapons, the ministry itself gave an assessment some time ago. I think this is how we should treat it.";
        let (s, pa, pb) = best_parts(
            quote,
            "The ministry itself gave an assessment some time ago.",
        );
        assert!(s > 0.9, "{s}");
        assert!(pa.starts_with("As for the weapons"), "{pa}");
        assert!(pb.starts_with("The ministry"));
    }
}
