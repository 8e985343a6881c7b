//! Reports inside a relative clause whose subject is the gap: "a measure
//! that he believes would reduce waiting times", "the policy changes,
//! which officials said will go into effect next month", "what many
//! analysts said was a sign of better relations", "a move NATO officials
//! say is meant to intimidate Kyiv". The speaker and the verb stand
//! between the relative word (or the noun the clause hangs on) and the
//! verb phrase that was reported, which opens with an auxiliary or a modal
//! ("would", "is", "had"): who said it is the short subject between, what
//! was said the verb phrase to the end of the clause.
//!
//! Only verbs that take a clause (the lexicons' `gapped_report_verbs`:
//! "say", "believe", "argue") read so: "the man they called was
//! arrested" has an object gap, and a reading of another verb in that
//! shape is dropped. English alone lists them today.

use claimtrace_core::{QuoteKind, TokenKind};

use super::antecedent::is_role_or_person_noun;
use super::{Draft, TokenRange};
use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::speaker_words::content_words;

/// Most words of the subject between the relative word and the verb
/// ("many analysts", "NATO officials", "even critics").
const MAX_SUBJECT_WORDS: usize = 3;

/// Most words between a relative word and the verb ("which the law
/// enforcement agency said").
const MAX_RELATIVE_SUBJECT: usize = 6;

/// Reads the drafts of a gapped verb so, drops a draft of another verb in
/// that shape, and adds a draft for each gapped report of a verb of
/// saying that no draft reads yet.
pub fn gapped_reports(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let words = content_words();
    if words.gapped_report_verbs.is_empty() {
        return;
    }
    // A draft of the same verb keeps its place with the gap's reading
    // ("a move analysts | said | would slow lending": the speaker is
    // "analysts"; "say is meant | to intimidate": the cue is "say").
    // Another verb there has an object gap: "The man they called | was
    // arrested" reports nothing.
    let mut keep = vec![true; drafts.len()];
    for (i, d) in drafts.iter_mut().enumerate() {
        let Some((ca, cb)) = d.cue else { continue };
        if d.kind != QuoteKind::Indirect
            || !words
                .clause_auxiliaries
                .iter()
                .any(|w| ctx.lower_is(ca + 1, w))
            || d.content.1 <= ca + 1
        {
            continue;
        }
        if !words
            .gapped_report_verbs
            .iter()
            .any(|w| ctx.lower_is(ca, w))
        {
            let object_gap = cb == ca + 1
                && d.content.0 == cb
                && d.speaker.is_some_and(|(sa, sb)| {
                    sb == ca
                        && sb >= sa + 2
                        && (ctx.lex(sb - 1).pronoun || ctx.lex(sb - 1).personal)
                        && head_noun(ctx, sb - 2)
                });
            if object_gap {
                if let Some(slot) = keep.get_mut(i) {
                    *slot = false;
                }
            }
            continue;
        }
        if let Some(subject) = gap_subject(ctx, ca) {
            let (_, sentence_end) = ctx.sentence_range(ca);
            d.cue = Some((ca, ca + 1));
            d.content = (
                ca + 1,
                d.content.1.min(clause_end(ctx, ca + 1, sentence_end)),
            );
            d.speaker = Some(subject);
        }
    }
    super::remove_drafts(drafts, &keep);
    // The tokens of every cue, marked once (no scan of the drafts per verb).
    let mut read = vec![false; ctx.toks.len()];
    for (a, b) in drafts.iter().filter_map(|d| d.cue) {
        for slot in read.iter_mut().take(b).skip(a) {
            *slot = true;
        }
    }
    let mut found = Vec::new();
    for k in 1..ctx.toks.len() {
        // Verbs of saying only: news annotated for attribution rarely
        // reads "a step they believe could help" as one, and a belief
        // there adds little to what a story says.
        if ctx.kind(k) != Some(TokenKind::Word)
            || ctx.lex(k).cue != Some(CueTier::Speech)
            || !words.gapped_report_verbs.iter().any(|w| ctx.lower_is(k, w))
            || !words
                .clause_auxiliaries
                .iter()
                .any(|w| ctx.lower_is(k + 1, w))
            || read.get(k).copied().unwrap_or(true)
        {
            continue;
        }
        let (_, sentence_end) = ctx.sentence_range(k);
        let Some(subject) = gap_subject(ctx, k) else {
            continue;
        };
        let end = clause_end(ctx, k + 1, sentence_end);
        if ctx.words_in(k + 1, end) < 2 {
            continue;
        }
        // A report of its own even inside another's content ("denied the
        // allegations which he said had been invented"): `within` is for
        // quoted words inside a report.
        found.push(Draft {
            kind: QuoteKind::Indirect,
            content: (k + 1, end),
            cue: Some((k, k + 1)),
            speaker: Some(subject),
            inherit_from: None,
            within: None,
        });
    }
    drafts.extend(found);
}

/// The subject of the verb at `k` when it stands in a gapped relative
/// clause: the words between a relative word and the verb ("which the law
/// enforcement agency said was ..."), or, with no relative word, one
/// personal pronoun or up to [`MAX_SUBJECT_WORDS`] words ending in a noun
/// for people ("analysts", "NATO officials") after the noun the clause
/// hangs on ("a move analysts say is ...", "the choices he says are ...").
fn gap_subject(ctx: &Ctx, k: usize) -> Option<TokenRange> {
    let words = content_words();
    let relative = |i: usize| words.gap_relatives.iter().any(|w| ctx.lower_is(i, w));
    let (sentence_start, _) = ctx.sentence_range(k);
    let last = k.checked_sub(1)?;
    if last < sentence_start || ctx.kind(last) != Some(TokenKind::Word) {
        return None;
    }
    // After a relative word: all the words between.
    let reach = k
        .saturating_sub(MAX_RELATIVE_SUBJECT + 1)
        .max(sentence_start);
    if let Some(r) = (reach..last).rev().find(|&i| relative(i)) {
        // Mid-sentence ("That's something I think ..." opens with a
        // demonstrative), and a noun phrase between: no verb, conjunction
        // or second relative word ("who could win and whom we believe").
        let words_only = r > sentence_start
            && (r + 1..k).all(|i| {
                let lex = ctx.lex(i);
                ctx.kind(i) == Some(TokenKind::Word)
                    && !lex.np_stop
                    && !lex.relative
                    && !lex.complementizer
                    && lex.cue.is_none()
                    && !words.clause_auxiliaries.iter().any(|w| ctx.lower_is(i, w))
            });
        let subject_like = ctx.lex(last).pronoun
            || ctx.lex(last).personal
            || ctx.is_capitalised(last)
            || people_noun(ctx, last)
            || ctx.lex(last).nominal;
        return (words_only && subject_like).then_some((r + 1, k));
    }
    if ctx.lex(last).pronoun || ctx.lex(last).personal {
        let before = last.checked_sub(1)?;
        return (before >= sentence_start && head_noun(ctx, before)).then_some((last, k));
    }
    if !people_noun(ctx, last) {
        return None;
    }
    // The subject's words: names and nouns for people, opened maybe by a
    // determiner ("many analysts", "the officials").
    let mut start = last;
    while start > sentence_start && last + 1 - start < MAX_SUBJECT_WORDS {
        let p = start - 1;
        if ctx.kind(p) != Some(TokenKind::Word) {
            break;
        }
        if ctx.lex(p).determiner {
            start = p;
            break;
        }
        if !(ctx.is_capitalised(p) || people_noun(ctx, p)) {
            break;
        }
        start = p;
    }
    let before = start.checked_sub(1)?;
    (before >= sentence_start && head_noun(ctx, before)).then_some((start, k))
}

/// A noun for people or a role ("analysts", "officials", "minister").
fn people_noun(ctx: &Ctx, i: usize) -> bool {
    !ctx.is_capitalised(i) && (ctx.lex(i).nominal || is_role_or_person_noun(ctx, i))
}

/// A word that may be the noun a relative clause without a relative word
/// hangs on ("a move", "the choices"): a lower-case word that ends no
/// phrase, is no article and reports nothing itself.
fn head_noun(ctx: &Ctx, i: usize) -> bool {
    let lex = ctx.lex(i);
    ctx.kind(i) == Some(TokenKind::Word)
        && !ctx.is_capitalised(i)
        && !lex.np_stop
        && !lex.determiner
        && !lex.complementizer
        && !lex.pronoun
        && !lex.personal
        && lex.cue.is_none()
        && !content_words()
            .clause_auxiliaries
            .iter()
            .any(|w| ctx.lower_is(i, w))
}

/// One past the clause's last token: the first comma, semicolon, colon,
/// spaced dash or bracket after `start`, else the sentence's end.
fn clause_end(ctx: &Ctx, start: usize, sentence_end: usize) -> usize {
    let mut end = (start..sentence_end)
        .find(|&i| {
            [",", ";", ":", "(", ")"].iter().any(|p| ctx.is_punct(i, p))
                || (ctx.is_dash(i) && ctx.char_before(i).is_some_and(char::is_whitespace))
        })
        .unwrap_or(sentence_end);
    // Not the sentence's full stop.
    while end > start && ctx.is_final(end - 1) {
        end -= 1;
    }
    end
}
