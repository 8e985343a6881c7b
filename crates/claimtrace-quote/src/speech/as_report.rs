//! Reports that stand before the words they report, opened by "as": "As
//! the minister said earlier, nobody is going to raise taxes", "As Smith
//! told reporters on Monday, the plan will cost more", "As one analyst put
//! it, the government has run out of options". The words are the main
//! clause after the comma; the report is a parenthetical in front of it.

use claimtrace_core::QuoteKind;

use crate::doc::Ctx;
use crate::speaker_words::{content_words, speaker_words};

use super::content::{content_end, ends_as_adverb, has_verb_or_cue, has_verbish, starts_clause};
use super::{Draft, TokenRange, NONE};

/// At most this many tokens between the cue and the comma: its adjunct or
/// addressee ("earlier", "told reporters on Monday").
const MAX_ADJUNCT_TOKENS: usize = 6;
/// At most this many tokens in the speaker of an idiom ("As one senior
/// Western official put it").
const MAX_SPEAKER_TOKENS: usize = 6;

/// Whether token `i` is "as" opening its sentence `[a, …)`, alone or after
/// a conjunction ("But as he said, ...").
fn opens_sentence_as(ctx: &Ctx, i: usize, a: usize) -> bool {
    let words = content_words();
    let is_any = |k: usize, list: &[&str]| list.iter().any(|w| ctx.lower_is(k, w));
    is_any(i, &words.as_report_openers)
        && (i == a || (i == a + 1 && is_any(a, &words.trailing_conjunctions)))
}

/// The words after the comma that closes "As <speaker> <cue> [adjunct],":
/// a clause of three words or more, outside quotation marks. `speaker` and
/// the cue `(cue_a, cue_b)` are the report's; `None` unless "as" opens the
/// sentence right before the speaker, the verb is no verb of speaking that
/// tells when ("As the president spoke, ...") and nothing between it and
/// the comma is its object ("As the minister announced the cuts, ...").
pub(super) fn as_report_content(
    ctx: &Ctx,
    (a, b): TokenRange,
    speaker: TokenRange,
    (cue_a, cue_b): TokenRange,
    in_mark: &[u32],
) -> Option<TokenRange> {
    let words = content_words();
    if speaker.0 == 0
        || !opens_sentence_as(ctx, speaker.0 - 1, a)
        || (cue_a..cue_b).any(|k| {
            words
                .as_report_timing_verbs
                .iter()
                .any(|w| ctx.lower_is(k, w))
        })
    {
        return None;
    }
    let comma = (cue_b..b.min(cue_b + MAX_ADJUNCT_TOKENS + 1)).find(|&k| ctx.is_punct(k, ","))?;
    let object_first = comma > cue_b && {
        let l = ctx.lex(cue_b);
        l.determiner
            || ctx.kind(cue_b) == Some(claimtrace_core::TokenKind::Number)
            || words.object_pronouns.contains(&ctx.word(cue_b))
    };
    let adjunct_only = !object_first
        && (cue_b..comma).all(|k| {
            let l = ctx.lex(k);
            in_mark.get(k) == Some(&NONE)
                && ctx.is_wordlike(k)
                && l.cue.is_none()
                && !l.complementizer
                && !l.relative
        })
        && !has_verbish(ctx, cue_b, comma);
    if !adjunct_only {
        return None;
    }
    clause_after_comma(ctx, comma, b, in_mark)
}

/// The clause after the comma at `comma`, outside quotation marks, to its
/// end in the sentence `[…, b)`: three words or more, opening as a clause
/// does, with a verb form or a verb of the lexicon ("the company plans
/// to ...").
fn clause_after_comma(ctx: &Ctx, comma: usize, b: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let start = comma + 1;
    if start >= b || in_mark.get(start) != Some(&NONE) {
        return None;
    }
    let end = content_end(ctx, start, b, in_mark);
    (ctx.words_in(start, end) >= 3 && starts_clause(ctx, start) && has_verb_or_cue(ctx, start, end))
        .then_some((start, end))
}

/// "As one analyst put it, ...": an idiom of saying that no cue word
/// marks, at token `v` (its verb).
pub(super) fn as_idiom_report(
    ctx: &Ctx,
    v: usize,
    sent: TokenRange,
    in_mark: &[u32],
) -> Option<Draft> {
    let (a, b) = sent;
    let idiom = content_words()
        .as_report_idioms
        .iter()
        .any(|(verb, object)| ctx.lower_is(v, verb) && v + 1 < b && ctx.lower_is(v + 1, object));
    if !idiom || v < a + 2 {
        return None;
    }
    let opener = (a..v).find(|&i| opens_sentence_as(ctx, i, a))?;
    let speaker = (opener + 1, v);
    let plain_phrase = speaker.1 - speaker.0 <= MAX_SPEAKER_TOKENS
        && (speaker.0..speaker.1).all(|k| {
            ctx.is_wordlike(k) && in_mark.get(k) == Some(&NONE) && ctx.lex(k).cue.is_none()
        });
    if !plain_phrase {
        return None;
    }
    let content = as_report_content(ctx, sent, speaker, (v, v + 2), in_mark)?;
    Some(Draft {
        kind: QuoteKind::Indirect,
        content,
        cue: Some((v, v + 2)),
        speaker: Some(speaker),
        inherit_from: None,
        within: None,
    })
}

/// "As reported by Reuters, the company plans ...", "As first announced by
/// the ministry, ...": a passive report with its agent, opened by "as" at
/// token `v`; the agent is the speaker and the clause after the comma what
/// was said. Returns the draft and the token to read on from.
pub(super) fn as_passive_report(
    ctx: &Ctx,
    v: usize,
    sent: TokenRange,
    in_mark: &[u32],
) -> Option<(Draft, usize)> {
    let (a, b) = sent;
    if !opens_sentence_as(ctx, v, a) {
        return None;
    }
    // One adverb may stand before the participle ("As first reported",
    // "As previously announced": the lexicon's cue prefixes, or `-ly`).
    let mut p = v + 1;
    if p < b && (ctx.lex(p).cue_prefix || ctx.lex(p).cue.is_none() && ends_as_adverb(ctx.lower(p)))
    {
        p += 1;
    }
    let participle = p + 1 < b
        && ctx.lex(p).cue == Some(crate::lexicon::CueTier::Speech)
        && ctx.word(p).ends_with("ed")
        && speaker_words()
            .author_prepositions
            .iter()
            .any(|w| ctx.lower_is(p + 1, w));
    if !participle {
        return None;
    }
    let from = p + 2;
    let comma = (from..b.min(from + MAX_SPEAKER_TOKENS + 1)).find(|&k| ctx.is_punct(k, ","))?;
    let agent_plain = comma > from
        && (from..comma).all(|k| {
            in_mark.get(k) == Some(&NONE) && ctx.is_wordlike(k) && ctx.lex(k).cue.is_none()
        });
    if !agent_plain {
        return None;
    }
    let (start, end) = clause_after_comma(ctx, comma, b, in_mark)?;
    // "As reported by Ukrinform, President X called out ...": a report of
    // its own inside is that report's; the agent only relays it.
    let relays_a_report = (start..end)
        .any(|k| ctx.lex(k).cue == Some(crate::lexicon::CueTier::Speech) && !ctx.is_capitalised(k));
    (!relays_a_report).then_some((
        Draft {
            kind: QuoteKind::Indirect,
            content: (start, end),
            cue: Some((v, p + 1)),
            speaker: Some((from, comma)),
            inherit_from: None,
            within: None,
        },
        end.max(p + 1),
    ))
}
