//! English reports of the sentence before, with a pronoun for it: "Ukraine
//! does not expect a breakthrough. Foreign Minister Dmytro Kuleba said this
//! at a briefing", "The minister said so in an interview", "This was
//! reported by Euractiv". Wire services that translate their own news
//! (Ukrinform, Interfax-Ukraine) write one after nearly every lead. The
//! pronouns are the lexicons' `anaphoric_objects`; Russian and Ukrainian
//! open such reports with a phrase ("Об этом сообщил X", read with the
//! other reports).

use claimtrace_core::QuoteKind;

use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::speaker_words::{content_words, speaker_words};

use super::slavic::previous_sentence_content;
use super::words::rule_words;
use super::{Draft, TokenRange, NONE};

/// Tokens the agent of "This was reported by ..." may take.
const MAX_AGENT_TOKENS: usize = 8;
/// Most tokens before the verb in its sentence: the subject ("Foreign
/// Minister Dmytro Kuleba said this"). Also what keeps the work linear: at
/// most this many verbs of a sentence read the sentence before.
const MAX_SUBJECT_TOKENS: usize = 16;

/// Whether token `k` is one of the lexicons' anaphoric pronouns.
fn is_anaphoric_pronoun(ctx: &Ctx, k: usize) -> bool {
    rule_words()
        .anaphoric_objects
        .iter()
        .any(|w| ctx.lower_is(k, w))
}

/// Whether the verb at `v` reports the sentence before with an anaphoric
/// pronoun (the lexicons' `anaphoric_report_verbs`).
fn is_anaphoric_report_verb(ctx: &Ctx, v: usize) -> bool {
    rule_words()
        .anaphoric_report_verbs
        .iter()
        .any(|w| ctx.lower_is(v, w))
}

/// One past the anaphoric object at `k` after the verb of saying at
/// `verb`, when no clause follows it (the sentence ends, a comma, where or
/// when it was said: "said this at a briefing", "said so on Monday"); not
/// "said this was the worst attack" nor "said this week that ...".
pub(super) fn anaphoric_object_end(ctx: &Ctx, verb: usize, k: usize, b: usize) -> Option<usize> {
    if k >= b
        || verb > ctx.sentence_range(verb).0 + MAX_SUBJECT_TOKENS
        || !is_anaphoric_pronoun(ctx, k)
        || !is_anaphoric_report_verb(ctx, verb)
    {
        return None;
    }
    let next = k + 1;
    let closes = next >= b
        || ctx.is_final(next)
        || ctx.is_punct(next, ",")
        || content_words()
            .adjunct_prepositions
            .iter()
            .any(|w| ctx.lower_is(next, w))
        || rule_words().is_day_word(ctx, next);
    closes.then_some(next)
}

/// "This was reported by Euractiv.", "This was announced by the ministry
/// on Monday": an anaphoric pronoun opening the sentence `[a, b)` at `v`,
/// a passive verb of saying and its agent. The agent speaks the sentence
/// before. Returns the draft and the token to read on from.
pub(super) fn anaphoric_passive_report(
    ctx: &Ctx,
    v: usize,
    (a, b): TokenRange,
    in_mark: &[u32],
) -> Option<(Draft, usize)> {
    if v != a || !is_anaphoric_pronoun(ctx, v) {
        return None;
    }
    let is_any = |k: usize, list: &[&str]| list.iter().any(|w| ctx.lower_is(k, w));
    let aux = v + 1;
    if aux >= b || !is_any(aux, &content_words().passive_auxiliaries) {
        return None;
    }
    let mut p = aux + 1;
    if p < b && ctx.lex(p).cue_prefix && ctx.lex(p).cue.is_none() {
        p += 1;
    }
    let agent_from = p + 2;
    let passive = agent_from < b
        && ctx.lex(p).cue == Some(CueTier::Speech)
        && is_anaphoric_report_verb(ctx, p)
        && is_any(p + 1, &speaker_words().author_prepositions);
    if !passive {
        return None;
    }
    let agent_end = (agent_from..b.min(agent_from + MAX_AGENT_TOKENS + 1))
        .find(|&k| !ctx.is_wordlike(k) || ctx.lex(k).cue.is_some())
        .unwrap_or(b.min(agent_from + MAX_AGENT_TOKENS));
    let agent = ctx.np_after(agent_from, agent_end)?;
    let plain = (agent.0..agent.1).all(|k| in_mark.get(k) == Some(&NONE));
    if !plain || agent.0 != agent_from {
        return None;
    }
    let content = previous_sentence_content(ctx, a, in_mark)?;
    Some((
        Draft {
            kind: QuoteKind::Indirect,
            content,
            cue: Some((aux, p + 2)),
            speaker: Some(agent),
            inherit_from: None,
            within: None,
        },
        agent.1,
    ))
}

/// Whether `draft` (a reading of sentence `[a, …)`) relays a report of the
/// sentence before made in its own words: "Kuleba said this at a briefing,
/// according to an Ukrinform correspondent", "This was reported by
/// Euractiv, according to Ukrinform", "Об этом сообщил X, передает ТАСС".
/// The relayed report is read already (its words are the sentence
/// before); a reading of the relay whose content is the report's clause
/// says nothing more. The relayed report is among the last drafts made:
/// it was read earlier in the same sentence, and a draft whose cue
/// follows its content by a sentence is one of these reports.
pub(super) fn relays_a_report_of_the_sentence_before(
    drafts: &[Draft],
    draft: &Draft,
    a: usize,
) -> bool {
    drafts.iter().rev().take(4).any(|d| {
        d.content.1 <= a
            && d.cue
                .is_some_and(|(c0, c1)| c0 >= draft.content.0 && c1 <= draft.content.1)
    })
}
