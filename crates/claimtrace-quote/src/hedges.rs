//! Hedges and evidential markers, attached to the quote or attribution
//! edge they qualify.
//!
//! Attachment, in order: a hedge inside the frame of an attribution edge
//! (between its speaker and its source: "who in turn allegedly quoted")
//! qualifies the edge; a hedge inside a quote's content qualifies the
//! innermost such quote (and is copied to every quote around it); a hedge
//! in a quote's frame (between speaker and content: "Western media,
//! citing their sources, report") qualifies that quote.

use claimtrace_core::{Attribution, Hedge, Quote, SpanText, TokenKind};

use crate::doc::Ctx;
use crate::speaker_words::hedge_words;
use claimtrace_lexicon::Lexicon;

/// Hedges of the text as (first token, one past last token, kind).
fn find(ctx: &Ctx) -> Vec<(usize, usize, &'static str)> {
    let words = hedge_words();
    let mut out = Vec::new();
    let n = ctx.toks.len();
    let mut i = 0;
    while i < n {
        if ctx.kind(i) != Some(TokenKind::Word) {
            i += 1;
            continue;
        }
        let lex = ctx.lex(i);
        if let Some(kind) = lex.hedge {
            out.push((i, i + 1, kind));
            i += 1;
            continue;
        }
        let w = ctx.word(i);
        let is = |list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
        // in his/her/their opinion | view
        if is(&words.opinion_prepositions)
            && words.opinion_possessives.contains(&ctx.word(i + 1))
            && words.opinion_nouns.contains(&ctx.word(i + 2))
        {
            out.push((i, i + 3, "opinion"));
            i += 3;
            continue;
        }
        // according to
        let source_phrase = claimtrace_lexicon::EN
            .source_phrases
            .iter()
            .any(|(first, second)| w.eq_ignore_ascii_case(first) && ctx.lower_is(i + 1, second));
        if source_phrase {
            out.push((i, i + 2, "evidential"));
            i += 2;
            continue;
        }
        // citing (their|unnamed|...) sources
        if is(&words.source_citing_verbs) {
            if let Some(k) =
                (i + 1..(i + 5).min(n)).find(|&k| words.cited_source_nouns.contains(&ctx.word(k)))
            {
                out.push((i, k + 1, "evidential"));
                i = k + 1;
                continue;
            }
        }
        // it was revealed / reported / alleged / believed (that)
        if is(&words.impersonal_subjects) && words.impersonal_auxiliaries.contains(&ctx.word(i + 1))
        {
            let mut k = i + 2;
            if words.perfect_be_forms.contains(&ctx.word(k)) {
                k += 1;
            }
            if words.impersonal_report_participles.contains(&ctx.word(k)) {
                let that = claimtrace_lexicon::EN
                    .complementizers
                    .iter()
                    .any(|c| ctx.lower_is(k + 1, c));
                let end = if that { k + 2 } else { k + 1 };
                out.push((i, end, "evidential"));
                i = end;
                continue;
            }
        }
        let two = |a: &str, b: &str| ctx.lower_is(i, a) && ctx.lower_is(i + 1, b);
        let any_of = |phrases: fn(&Lexicon) -> &[(&str, &str)]| {
            claimtrace_lexicon::ALL
                .iter()
                .any(|lex| phrases(lex).iter().any(|(a, b)| two(a, b)))
        };
        if any_of(|lex| lex.opinion_phrases) {
            out.push((i, i + 2, "opinion"));
            i += 2;
            continue;
        }
        if any_of(|lex| lex.evidential_phrases) {
            out.push((i, i + 2, "evidential"));
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// What may stand between a content and a hedge that trails it: a comma,
/// a closing quotation mark, a space (not a line break, not a full stop).
fn joins_a_tail(c: char) -> bool {
    matches!(c, ',' | '"' | '\'' | '”' | '’' | '»' | '›' | '“') || (c.is_whitespace() && c != '\n')
}

/// Which of several quotes a hedge qualifies takes it as its own.
#[derive(Clone, Copy)]
enum Prefer {
    Innermost,
    Outermost,
}

/// Gives the hedge `span` (starting at byte `s`) to every quote that
/// `holds` it, looking only at the last few quotes starting before it
/// (quotes are sorted by start, nesting is shallow); returns the id of the
/// one that takes it, the shortest or the longest.
fn qualify_quotes(
    quotes: &mut [Quote],
    s: usize,
    span: &SpanText,
    prefer: Prefer,
    holds: impl Fn(&Quote) -> bool,
) -> Option<String> {
    let upto = quotes.partition_point(|q| q.start <= s);
    let from = upto.saturating_sub(16);
    let mut best: Option<(usize, usize)> = None;
    for (qi, q) in quotes.iter_mut().enumerate().take(upto).skip(from) {
        if holds(q) {
            q.hedges.push(span.clone());
            let len = q.end - q.start;
            let better = match (best, prefer) {
                (None, _) => true,
                (Some((_, l)), Prefer::Innermost) => len < l,
                (Some((_, l)), Prefer::Outermost) => len > l,
            };
            if better {
                best = Some((qi, len));
            }
        }
    }
    best.and_then(|(qi, _)| quotes.get(qi))
        .map(|q| q.id.clone())
}

/// Finds hedges and attaches them; returns the hedge layer.
pub fn attach(ctx: &Ctx, quotes: &mut [Quote], edges: &mut [Attribution]) -> Vec<Hedge> {
    let mut out = Vec::new();
    for (a, b, kind) in find(ctx) {
        let Some((s, e)) = ctx.span(a, b) else {
            continue;
        };
        let span = SpanText::from_span(claimtrace_core::Span::new(s, e), ctx.text);
        let mut applies_to: Option<String> = None;
        // 1. The frame of an edge: after its speaker, up to its cue's end.
        // Edges are in sentence order; only those starting at or before the
        // hedge, a few back, can hold it.
        let edge_upto = edges.partition_point(|ed| ed.start <= s);
        let edge_from = edge_upto.saturating_sub(8);
        if let Some(edge) = edges
            .get_mut(edge_from..edge_upto)
            .unwrap_or(&mut [])
            .iter_mut()
            .find(|ed| {
                // Within the cue or just before it, in the edge's sentence.
                ed.cue
                    .as_ref()
                    .is_some_and(|c| ed.start <= s && e <= c.end && s + 30 >= c.start)
            })
        {
            edge.hedges.push(span.clone());
            applies_to = Some(edge.id.clone());
        }
        // A hedge in an edge's frame qualifies the quote read in the same
        // frame too ("who in turn reportedly cited ..." is an edge and a
        // quote): the quote carries it, the edge keeps `applies_to`.
        let on_edge = applies_to.is_some();
        // 2. Inside quote contents: the innermost takes it, all carry it.
        if applies_to.is_none() {
            applies_to = qualify_quotes(quotes, s, &span, Prefer::Innermost, |q| {
                q.start <= s && e <= q.end
            });
        }
        // 3. The frame of a quote: between its speaker/cue and its content.
        if applies_to.is_none() || on_edge {
            let upto = quotes
                .partition_point(|q| q.start <= s)
                .saturating_add(8)
                .min(quotes.len());
            let from = upto.saturating_sub(24);
            let framed = quotes
                .get_mut(from..upto)
                .unwrap_or(&mut [])
                .iter_mut()
                .find(|q| {
                    let mut lo = q.start;
                    let mut hi = q.end;
                    if let Some(c) = &q.cue {
                        lo = lo.min(c.start);
                        hi = hi.max(c.end);
                    }
                    if let (Some(ss), Some(se)) = (q.speaker.start, q.speaker.end) {
                        lo = lo.min(ss);
                        hi = hi.max(se);
                    }
                    // Same sentence: frames do not reach across a sentence.
                    lo < e && s < hi && ctx.text.get(lo..hi).is_some_and(|t| !t.contains('\n'))
                });
            if let Some(q) = framed {
                q.hedges.push(span.clone());
                if applies_to.is_none() {
                    applies_to = Some(q.id.clone());
                }
            }
        }
        // 4. Trailing a content at the end of its clause, with only
        // punctuation between: 'it would be a "crime," in his opinion.' The
        // outermost such quote takes it (the hedge qualifies the whole
        // clause, not a partial quote that closes it); all carry it.
        if applies_to.is_none() {
            applies_to = qualify_quotes(quotes, s, &span, Prefer::Outermost, |q| {
                q.end <= s
                    && ctx
                        .text
                        .get(q.end..s)
                        .is_some_and(|t| t.chars().count() <= 3 && t.chars().all(joins_a_tail))
            });
        }
        out.push(Hedge {
            start: s,
            end: e,
            text: span.text,
            kind: kind.to_string(),
            applies_to,
        });
    }
    out
}
