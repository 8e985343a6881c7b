//! Passive verbs of saying with no agent ("Job cuts will be announced
//! later this week", "Voice control is supported", "Two children were
//! reported missing"). The subject before such a verb is what was said
//! about, not who said it, and what follows the verb is rarely the words
//! said: the reading is dropped, unless a `that` clause or an infinitive
//! follows ("it is alleged that ...", "he was said to have ...") or the
//! verb governs it by a preposition ("have been accused of ..."), which
//! stays as a report with no speaker. With an agent ("was denied by the
//! palace", "was called a crime by the administration") the agent is the
//! speaker, and the reading stays as it is.
//!
//! The words are the lexicons' (`passive_auxiliaries`, the agent
//! prepositions, complementizers and infinitive markers): only English
//! lists passive auxiliaries today.

use claimtrace_core::{QuoteKind, TokenKind};

use super::reported::is_impersonal_subject;
use super::words::rule_words;
use super::{remove_drafts, Draft};
use crate::doc::Ctx;
use crate::speaker_words::{content_words, speaker_words};

/// Tokens after the cue searched for the agent's preposition.
const AGENT_REACH: usize = 6;

/// Applies the rule above to the reported-speech drafts.
pub fn agentless_passives(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let mut keep = vec![true; drafts.len()];
    for (k, d) in drafts.iter_mut().enumerate() {
        let Some(cue) = d.cue else { continue };
        if d.kind != QuoteKind::Indirect {
            continue;
        }
        let Some(participle) = passive_participle(ctx, cue) else {
            continue;
        };
        // An inverted speaker after the verb is not the passive's subject.
        if d.speaker.is_some_and(|s| s.0 >= cue.1) {
            continue;
        }
        if d.inherit_from.is_none() {
            d.speaker = None;
        }
        // The clause must follow the verb: in "will be announced later
        // this week in areas that ..." the "that" opens a relative clause.
        let clause_follows = cue.1 - participle <= 2
            && (clause_opener(ctx, d.content.0)
                || d.content
                    .0
                    .checked_sub(1)
                    .is_some_and(|p| clause_opener(ctx, p)));
        let reported = impersonal_subject(ctx, cue.0)
            || governed_by_preposition(ctx, participle, cue.1, d.content.0)
            || clause_follows;
        if !reported {
            if let Some(slot) = keep.get_mut(k) {
                *slot = false;
            }
        }
    }
    remove_drafts(drafts, &keep);
}

/// The participle of the cue `[c0, c1)` when it is a passive verb of
/// saying with no agent after it: a passive auxiliary, maybe an adverb,
/// then a verb of saying that is not an `-ing` form ("is widely
/// believed", "will be announced", "have been accused of"), and no verb of
/// saying after that ("was quoted as saying" names its speaker as the
/// subject).
fn passive_participle(ctx: &Ctx, (c0, c1): (usize, usize)) -> Option<usize> {
    let words = content_words();
    let listed = |list: &[&str], i: usize| list.iter().any(|w| ctx.lower_is(i, w));
    let adverb = |i: usize| {
        let w = ctx.lower(i);
        words.adverb_endings.iter().any(|e| w.ends_with(e))
    };
    let participle = (c0..c1).find_map(|i| {
        if !listed(&words.passive_auxiliaries, i) {
            return None;
        }
        let j = if i + 2 < c1 && adverb(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let verb = j < c1
            && ctx.kind(j) == Some(TokenKind::Word)
            && ctx.lex(j).cue.is_some()
            && !ing_form(ctx, j);
        verb.then_some(j)
    });
    let p = participle?;
    let another_verb = (p + 1..c1).any(|i| ctx.lex(i).cue.is_some());
    // The agent may follow a complement: "was called a crime by the
    // administration".
    let (_, sentence_end) = ctx.sentence_range(p);
    // "by changing its name" is a means, not an agent.
    let agent = (p + 1..sentence_end.min(c1 + AGENT_REACH))
        .any(|i| listed(&speaker_words().agent_prepositions, i) && !ing_form(ctx, i + 1));
    (!another_verb && !agent).then_some(p)
}

/// "it is alleged he ...", "it was reported": the impersonal "it" just
/// before the cue at `c0` (or the cue's first word).
fn impersonal_subject(ctx: &Ctx, c0: usize) -> bool {
    is_impersonal_subject(ctx, c0)
        || c0
            .checked_sub(1)
            .is_some_and(|i| is_impersonal_subject(ctx, i))
}

/// An `-ing` form at token `i` (the lexicons' participle endings).
fn ing_form(ctx: &Ctx, i: usize) -> bool {
    content_words()
        .participle_endings
        .iter()
        .any(|e| ctx.lower(i).ends_with(e))
}

/// "have been accused of ...", "was criticised for ...": the participle
/// `p` of a cue that ends at `cue_end` governs what follows by its
/// preposition (the lexicons' `prepositional_cues`), in the rest of the
/// cue or at the content's start.
fn governed_by_preposition(ctx: &Ctx, p: usize, cue_end: usize, content_start: usize) -> bool {
    let verb = ctx.lower(p);
    rule_words()
        .prepositional_cues
        .iter()
        .filter(|(stem, _)| verb.starts_with(stem))
        .any(|(_, preps)| {
            // A day word may stand between ("accused Wednesday of",
            // "accused on Wednesday of").
            (p + 1..cue_end)
                .chain([content_start, content_start + 1])
                .any(|i| preps.iter().any(|w| ctx.lower_is(i, w)))
        })
}

/// "that" or "to" at token `i`: a reported clause or infinitive follows.
fn clause_opener(ctx: &Ctx, i: usize) -> bool {
    ctx.lex(i).complementizer
        || content_words()
            .infinitive_markers
            .iter()
            .any(|w| ctx.lower_is(i, w))
}
