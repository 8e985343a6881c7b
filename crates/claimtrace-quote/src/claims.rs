//! Check-worthiness: which statements a fact-checker could verify.
//!
//! A simple additive score over signals that make a statement checkable:
//! it is attributed to someone (a quote), it holds numbers, it names
//! people, bodies or places, and it is a statement (not a question or a
//! headline fragment). Every quote that stands on its own becomes a claim;
//! an unattributed body sentence does when it scores 0.5 or more.

use claimtrace_core::{Claim, Document, Quote, TokenKind};

use crate::doc::Ctx;

fn score_span(ctx: &Ctx, mentions: &[(usize, usize)], s: usize, e: usize, attributed: bool) -> f32 {
    let first = ctx.toks.partition_point(|t| t.start() < s);
    let toks_in = ctx
        .toks
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .take_while(|t| t.end() <= e);
    let mut numbers = 0usize;
    let mut words = 0usize;
    for t in toks_in {
        match t.kind {
            TokenKind::Number => numbers += 1,
            TokenKind::Word => words += 1,
            _ => {}
        }
    }
    let from = mentions.partition_point(|m| m.0 < s);
    let entities = mentions
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|m| m.0 < e)
        .filter(|m| m.1 <= e)
        .count();
    let mut score: f32 = 0.1;
    if attributed {
        score += 0.35;
    }
    if numbers > 0 {
        score += 0.3;
    }
    if entities > 0 {
        score += 0.15;
    }
    if words >= 8 {
        score += 0.1;
    }
    let text = ctx.text.get(s..e).unwrap_or("");
    if text.trim_end().ends_with('?') || words < 4 {
        score -= 0.3;
    }
    // Two decimals: the signals are coarse, more digits would be noise.
    (score.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

pub fn find_claims(ctx: &Ctx, doc: &Document, quotes: &[Quote]) -> Vec<Claim> {
    let mut mentions: Vec<(usize, usize)> = doc
        .entities
        .iter()
        .flat_map(|en| en.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    mentions.sort_unstable();
    let mut out = Vec::new();
    for q in quotes.iter().filter(|q| q.within.is_none()) {
        let score = score_span(ctx, &mentions, q.start, q.end, true);
        if score < 0.3 {
            continue;
        }
        out.push(Claim {
            id: String::new(),
            start: q.start,
            end: q.end,
            text: q.text.clone(),
            score,
            quote: Some(q.id.clone()),
            speaker: q.speaker.name.clone(),
        });
    }
    for (si, s) in doc.sentences.iter().enumerate() {
        let is_body = ctx
            .sent_kind
            .get(si)
            .is_some_and(|k| *k == claimtrace_core::ParagraphKind::Body);
        // Quotes are sorted by start: the first one ending after the
        // sentence start is the only candidate to overlap it.
        let q_from = quotes.partition_point(|q| q.start < s.start);
        let overlaps = quotes
            .get(q_from.saturating_sub(8)..)
            .unwrap_or(&[])
            .iter()
            .take_while(|q| q.start < s.end)
            .any(|q| q.start < s.end && s.start < q.end);
        if !is_body || overlaps {
            continue;
        }
        let score = score_span(ctx, &mentions, s.start, s.end, false);
        if score >= 0.5 {
            out.push(Claim {
                id: String::new(),
                start: s.start,
                end: s.end,
                text: ctx.text.get(s.start..s.end).unwrap_or("").to_string(),
                score,
                quote: None,
                speaker: None,
            });
        }
    }
    out.sort_by_key(|c| c.start);
    for (n, c) in out.iter_mut().enumerate() {
        c.id = format!("c{}", n + 1);
    }
    out
}
