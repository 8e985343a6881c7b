//! Attribution chains: who repeated, quoted or cited whom.
//!
//! Read around verbs of relaying words: "X repeated the (recent) words of
//! Y", "X echoed Y", "X quoted / cited Y", "X, quoting Y, said",
//! "Y's statement, cited by X", "who in turn quoted Z". Each becomes an
//! edge speaker -> source with its cue; hedges are attached later.

use claimtrace_core::{Attribution, Party, Quote, Span, SpanText};

use crate::doc::Ctx;
use crate::speech::Resolver;

/// Nouns for words said: "the recent words of", "a statement by".
const SAID_NOUNS: &[&str] = &[
    "report",
    "study",
    "interview",
    "article",
    "post",
    "letter",
    "words",
    "statement",
    "statements",
    "remarks",
    "remark",
    "claim",
    "claims",
    "comments",
    "comment",
    "position",
    "argument",
    "assertion",
    "line",
    "rhetoric",
    "talking",
    "points",
    "слова",
    "заявление",
    "заявления",
    "слова",
    "заяву",
    "заяви",
];

fn relay_verb(w: &str) -> bool {
    // Cheap first-letter test before lower-casing (called on every word).
    if !matches!(
        w.chars().next(),
        Some('q' | 'Q' | 'c' | 'C' | 'e' | 'E' | 'r' | 'R' | 'p' | 'P' | 'ц' | 'п')
    ) {
        return false;
    }
    let w = w.to_ascii_lowercase();
    [
        "quot",
        "cite",
        "citing",
        "echo",
        "repeat",
        "paraphras",
        "parrot",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || matches!(
            w.as_str(),
            "цитирует"
                | "процитировал"
                | "процитувала"
                | "процитував"
                | "повторил"
                | "повторила"
                | "повторив"
        )
}

/// Finds attribution edges. `quotes` gives the last speaker for pronouns
/// the entity layer left unresolved.
pub fn find_chains(ctx: &Ctx, resolver: &Resolver, quotes: &[Quote]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for &(a, b) in &ctx.sent_tokens {
        for v in a..b {
            if ctx.kind(v) != Some(claimtrace_core::TokenKind::Word) || !relay_verb(ctx.word(v)) {
                continue;
            }
            if ctx.is_cap(v) && v > a {
                continue;
            }
            let Some(sentence) = ctx.span(a, b) else {
                continue;
            };
            // Passive: "Y's statement, cited by X".
            if ctx.lower_is(v + 1, "by") {
                let Some(speaker) = ctx.np_after(v + 2, b) else {
                    continue;
                };
                let source = if v > a && ctx.is_punct(v - 1, ",") {
                    ctx.np_walk(v - 1, a)
                } else {
                    ctx.np_walk(v, a)
                };
                let Some(source) = source else { continue };
                push_edge(
                    ctx,
                    resolver,
                    quotes,
                    &mut out,
                    speaker,
                    source,
                    (v, v + 2),
                    sentence,
                );
                continue;
            }
            // Active: find the source after the verb, over "the words of".
            let mut obj = v + 1;
            let mut cue_end = v + 1;
            for k in v + 1..(v + 6).min(b) {
                if SAID_NOUNS.iter().any(|n| ctx.lower_is(k, n)) {
                    let joined = ctx.lex(k + 1).np_joiner || ctx.lower_is(k + 1, "by");
                    if joined && ctx.np_after(k + 2, b).is_some() {
                        obj = k + 2;
                        cue_end = k + 2;
                    }
                    break;
                }
                if ctx.kind(k) != Some(claimtrace_core::TokenKind::Word) {
                    break;
                }
            }
            let Some(source) = ctx.np_after(obj, b) else {
                continue;
            };
            let mut cue_start = ctx.cue_start(v, a);
            // "in turn" belongs to the discourse, not to the cue.
            let mut frame_end = cue_start;
            if ctx.lower_is(cue_start, "in") && ctx.lower_is(cue_start + 1, "turn") {
                cue_start += 2;
            }
            if frame_end > a && ctx.is_punct(frame_end - 1, ",") && ctx.lex(v).participle {
                // "X, quoting Y, said": the speaker is before the comma.
                frame_end -= 1;
            }
            let speaker = if ctx.is_punct(frame_end.saturating_sub(1), ",") && frame_end > a {
                ctx.np_walk(frame_end - 1, a)
            } else {
                ctx.np_before(frame_end, a)
            };
            let Some(speaker) = speaker else { continue };
            push_edge(
                ctx,
                resolver,
                quotes,
                &mut out,
                speaker,
                source,
                (cue_start, cue_end),
                sentence,
            );
        }
    }
    for (n, e) in out.iter_mut().enumerate() {
        e.id = format!("a{}", n + 1);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push_edge(
    ctx: &Ctx,
    resolver: &Resolver,
    quotes: &[Quote],
    out: &mut Vec<Attribution>,
    speaker: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
    sentence: (usize, usize),
) {
    let (Some(sp), Some(so)) = (
        party(ctx, resolver, quotes, speaker),
        party(ctx, resolver, quotes, source),
    ) else {
        return;
    };
    let cue = ctx
        .span(cue.0, cue.1)
        .map(|(s, e)| SpanText::from_span(Span::new(s, e), ctx.text));
    out.push(Attribution {
        id: String::new(),
        speaker: sp,
        source: so,
        cue,
        hedges: Vec::new(),
        start: sentence.0,
        end: sentence.1,
    });
}

/// An entity when the phrase names one, else the phrase itself. A lone
/// pronoun with no entity takes the speaker of the last quote before it.
fn party(ctx: &Ctx, resolver: &Resolver, quotes: &[Quote], np: (usize, usize)) -> Option<Party> {
    let (s, e) = ctx.span(np.0, np.1)?;
    if let Some((id, name)) = resolver.entity_in(s, e) {
        return Some(Party {
            entity: Some(id.to_string()),
            name: name.to_string(),
        });
    }
    if np.1 == np.0 + 1 && ctx.lex(np.0).personal {
        let prev = quotes
            .iter()
            .rev()
            .find(|q| q.end <= s && q.speaker.name.is_some())?;
        return Some(Party {
            entity: prev.speaker.entity.clone(),
            name: prev.speaker.name.clone().unwrap_or_default(),
        });
    }
    Some(Party {
        entity: None,
        name: ctx.text.get(s..e)?.to_string(),
    })
}
