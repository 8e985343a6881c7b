//! Scoring the quote layer against gold attributions (PolNeAR style:
//! source, cue and content spans, each possibly discontinuous).
//!
//! Spans are compared as sets of tokens of the analysed document, so that
//! quotation marks and punctuation at the edges do not decide a match:
//! content uses word and number tokens; cues and sources also keep
//! punctuation (a gold cue can be a lone ":"), never quotation marks.
//! Predicted attributions are the top-level quotes (not `within` another)
//! grouped by cue span, so the two halves of a quote split by "he said"
//! form one attribution, as in the gold.
//!
//! Each measure matches predictions to gold one-to-one, greedily by
//! overlap, within a document:
//! - content `exact`: the same word tokens; `0.5` / `0.8`: shared tokens
//!   / max(|pred|, |gold|) >= the threshold;
//! - cue and source: overlap (at least one shared token), and `exact`;
//! - speaker: of the gold attributions whose content is matched at 0.5 and
//!   that have a source, the share whose predicted speaker overlaps it.

use claimtrace_core::metrics::{f1, ratio};
use claimtrace_core::{Document, TokenKind};

/// One attribution as byte spans into the document text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanSets {
    pub content: Vec<(usize, usize)>,
    pub cue: Vec<(usize, usize)>,
    pub source: Vec<(usize, usize)>,
}

/// True positives, predictions and gold items of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Count {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    fn add(&mut self, other: Count) {
        self.tp += other.tp;
        self.pred += other.pred;
        self.gold += other.gold;
    }
}

/// Totals over a gold set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub documents: usize,
    pub content_exact: Count,
    pub content_50: Count,
    pub content_80: Count,
    pub cue: Count,
    pub cue_exact: Count,
    pub source: Count,
    pub source_exact: Count,
    /// Matched (content at 0.5) gold attributions with a source, and how
    /// many of them got the right speaker.
    pub speaker_checked: usize,
    pub speaker_right: usize,
}

impl Tally {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_checked)
    }
}

/// The predicted attributions of an analysed document.
pub fn predictions(doc: &Document) -> Vec<SpanSets> {
    let mut out: Vec<SpanSets> = Vec::new();
    let mut by_cue: Vec<((usize, usize), usize)> = Vec::new();
    for q in doc.quotes.iter().filter(|q| q.within.is_none()) {
        let speaker = match (q.speaker.start, q.speaker.end) {
            (Some(s), Some(e)) => vec![(s, e)],
            _ => Vec::new(),
        };
        if let Some(c) = &q.cue {
            if let Some(&(_, i)) = by_cue.iter().find(|(k, _)| *k == (c.start, c.end)) {
                if let Some(p) = out.get_mut(i) {
                    p.content.push((q.start, q.end));
                }
                continue;
            }
            by_cue.push(((c.start, c.end), out.len()));
        }
        out.push(SpanSets {
            content: vec![(q.start, q.end)],
            cue: q.cue.iter().map(|c| (c.start, c.end)).collect(),
            source: speaker,
        });
    }
    out
}

/// Token indices of `doc` that overlap any of `spans`, keeping the kinds
/// `keep` accepts. Sorted.
fn token_set(doc: &Document, spans: &[(usize, usize)], keep: fn(TokenKind) -> bool) -> Vec<u32> {
    let mut out = Vec::new();
    for &(s, e) in spans {
        let from = doc.tokens.partition_point(|t| t.end() <= s);
        for (i, t) in doc.tokens.iter().enumerate().skip(from) {
            if t.start() >= e {
                break;
            }
            if keep(t.kind) {
                out.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn content_kind(k: TokenKind) -> bool {
    matches!(k, TokenKind::Word | TokenKind::Number)
}

fn frame_kind(k: TokenKind) -> bool {
    !matches!(k, TokenKind::Quote)
}

fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// One-to-one greedy matching by `score` (higher first), keeping pairs
/// that `accept`; returns the matched (pred, gold) pairs.
fn match_sets(
    pred: &[Vec<u32>],
    gold: &[Vec<u32>],
    accept: impl Fn(&[u32], &[u32]) -> Option<f64>,
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            if let Some(score) = accept(p, g) {
                pairs.push((score, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_p = vec![false; pred.len()];
    let mut used_g = vec![false; gold.len()];
    let mut out = Vec::new();
    for (_, pi, gi) in pairs {
        if used_p.get(pi) == Some(&false) && used_g.get(gi) == Some(&false) {
            used_p[pi] = true;
            used_g[gi] = true;
            out.push((pi, gi));
        }
    }
    out
}

fn overlap_ratio(p: &[u32], g: &[u32]) -> f64 {
    let n = shared(p, g);
    ratio(n, p.len().max(g.len()))
}

fn count(
    pred: &[Vec<u32>],
    gold: &[Vec<u32>],
    accept: impl Fn(&[u32], &[u32]) -> Option<f64>,
) -> Count {
    let pred: Vec<Vec<u32>> = pred.iter().filter(|p| !p.is_empty()).cloned().collect();
    let gold: Vec<Vec<u32>> = gold.iter().filter(|g| !g.is_empty()).cloned().collect();
    Count {
        tp: match_sets(&pred, &gold, accept).len(),
        pred: pred.len(),
        gold: gold.len(),
    }
}

/// Scores one analysed document against its gold attributions.
pub fn score_document(doc: &Document, gold: &[SpanSets], tally: &mut Tally) -> DocumentScore {
    let pred = predictions(doc);
    let sets = |items: &[SpanSets],
                pick: fn(&SpanSets) -> &Vec<(usize, usize)>,
                keep: fn(TokenKind) -> bool| {
        items
            .iter()
            .map(|a| token_set(doc, pick(a), keep))
            .collect::<Vec<_>>()
    };
    let p_content = sets(&pred, |a| &a.content, content_kind);
    let g_content = sets(gold, |a| &a.content, content_kind);
    let p_cue = sets(&pred, |a| &a.cue, frame_kind);
    let g_cue = sets(gold, |a| &a.cue, frame_kind);
    let p_source = sets(&pred, |a| &a.source, frame_kind);
    let g_source = sets(gold, |a| &a.source, frame_kind);

    let exact = |p: &[u32], g: &[u32]| (p == g).then_some(1.0);
    let at = |t: f64| move |p: &[u32], g: &[u32]| Some(overlap_ratio(p, g)).filter(|&r| r >= t);
    let any = |p: &[u32], g: &[u32]| Some(overlap_ratio(p, g)).filter(|&r| r > 0.0);

    let content_50 = count(&p_content, &g_content, at(0.5));
    tally.documents += 1;
    tally
        .content_exact
        .add(count(&p_content, &g_content, exact));
    tally.content_50.add(content_50);
    tally.content_80.add(count(&p_content, &g_content, at(0.8)));
    tally.cue.add(count(&p_cue, &g_cue, any));
    tally.cue_exact.add(count(&p_cue, &g_cue, exact));
    tally.source.add(count(&p_source, &g_source, any));
    tally.source_exact.add(count(&p_source, &g_source, exact));

    // Speaker accuracy over content matched at 0.5 (indices into the
    // unfiltered lists, so empty sets are simply never matched).
    let matched = match_sets(&p_content, &g_content, |p, g| {
        if p.is_empty() || g.is_empty() {
            None
        } else {
            at(0.5)(p, g)
        }
    });
    let mut score = DocumentScore::default();
    for &(pi, gi) in &matched {
        let Some(gs) = g_source.get(gi) else { continue };
        if gs.is_empty() {
            continue;
        }
        tally.speaker_checked += 1;
        let right = p_source.get(pi).is_some_and(|ps| shared(ps, gs) > 0);
        if right {
            tally.speaker_right += 1;
        } else {
            score.wrong_speaker.push((pi, gi));
        }
    }
    score.missed = (0..gold.len())
        .filter(|gi| {
            !g_content.get(*gi).is_some_and(Vec::is_empty) && !matched.iter().any(|m| m.1 == *gi)
        })
        .collect();
    score.spurious = (0..pred.len())
        .filter(|pi| !matched.iter().any(|m| m.0 == *pi))
        .collect();
    score.loose = matched
        .iter()
        .filter(|&&(pi, gi)| {
            let (Some(p), Some(g)) = (p_content.get(pi), g_content.get(gi)) else {
                return false;
            };
            overlap_ratio(p, g) < 0.8
        })
        .copied()
        .collect();
    score.predicted = pred;
    score
}

/// What one document got wrong, for error listings.
#[derive(Debug, Clone, Default)]
pub struct DocumentScore {
    /// Indices of gold attributions whose content no prediction matched at 0.5.
    pub missed: Vec<usize>,
    /// Indices into `predicted` that matched no gold content at 0.5.
    pub spurious: Vec<usize>,
    pub predicted: Vec<SpanSets>,
    /// (pred, gold) content pairs matched at 0.5 but not at 0.8.
    pub loose: Vec<(usize, usize)>,
    /// (pred, gold) pairs matched at 0.5 whose predicted speaker shares no
    /// token with the gold source (the misses of speaker accuracy).
    pub wrong_speaker: Vec<(usize, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_precision_recall_f1() {
        let c = Count {
            tp: 3,
            pred: 4,
            gold: 6,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Count::default().f1(), 0.0);
    }

    #[test]
    fn greedy_matching_is_one_to_one() {
        let pred = vec![vec![1, 2, 3, 4], vec![1, 2, 3]];
        let gold = vec![vec![1, 2, 3, 4]];
        let m = match_sets(&pred, &gold, |p, g| {
            Some(overlap_ratio(p, g)).filter(|&r| r >= 0.5)
        });
        assert_eq!(m, vec![(0, 0)]);
    }

    #[test]
    fn scores_a_document_against_gold_spans() {
        let text = "\"We will win,\" the senator said. Officials said the vote was close.";
        let mut doc = Document::new(text, Default::default());
        claimtrace_text_free_tokens(&mut doc);
        let start = 1;
        let end = text.find(",\"").unwrap_or(0);
        let gold = vec![SpanSets {
            content: vec![(start, end)],
            cue: vec![(
                text.find("said").unwrap_or(0),
                text.find("said").unwrap_or(0) + 4,
            )],
            source: vec![(
                text.find("the senator").unwrap_or(0),
                text.find(" said").unwrap_or(0),
            )],
        }];
        doc.quotes.push(claimtrace_core::Quote {
            id: "q1".into(),
            start,
            end: end + 1,
            cue: Some(claimtrace_core::SpanText {
                start: gold[0].cue[0].0,
                end: gold[0].cue[0].1,
                text: "said".into(),
            }),
            speaker: claimtrace_core::Speaker {
                start: Some(gold[0].source[0].0),
                end: Some(gold[0].source[0].1),
                ..Default::default()
            },
            ..Default::default()
        });
        let mut tally = Tally::default();
        score_document(&doc, &gold, &mut tally);
        // The comma inside the predicted span is not a content token.
        assert_eq!(tally.content_exact.tp, 1);
        assert_eq!(tally.cue_exact.tp, 1);
        assert_eq!(tally.source_exact.tp, 1);
        assert_eq!(tally.speaker_right, 1);
    }

    /// Minimal whitespace/punctuation tokens so this module's tests do not
    /// need the text crate.
    fn claimtrace_text_free_tokens(doc: &mut Document) {
        let mut start = None;
        let text = doc.text.clone();
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                doc.tokens
                    .push(claimtrace_core::Token::new(s, i, TokenKind::Word, 0));
            }
            if !c.is_whitespace() && i < text.len() {
                let kind = if c == '"' {
                    TokenKind::Quote
                } else {
                    TokenKind::Punct
                };
                doc.tokens
                    .push(claimtrace_core::Token::new(i, i + c.len_utf8(), kind, 0));
            }
        }
    }
}
