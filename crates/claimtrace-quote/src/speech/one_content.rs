//! One verb of saying, one content. In "'We had some issues,' Mayer said
//! Tuesday at the conference" or "'...,' Mandell said of the discovery",
//! the quotation before the verb is what was said; words after the same
//! verb are when, where or about what it was said, not a second report
//! of it. A reading of reported speech after a verb whose quotation
//! stands before it is dropped, unless a `that` clause opens it ("'...,'
//! she said, and said that ...": a second verb, or a complementizer).

use claimtrace_core::{QuoteKind, TokenKind};

use super::content::has_verbish;
use super::words::rule_words;
use super::{remove_drafts, Draft};
use crate::doc::Ctx;
use crate::speaker_words::content_words;

/// Fewest words of a quotation that reports a verb's words.
const MIN_QUOTATION_WORDS: usize = 4;

/// Drops the reported readings after a verb that a quotation before it
/// already reports.
pub fn one_content_per_verb(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let quoted_cues: Vec<(usize, usize)> = drafts
        .iter()
        .filter(|d| d.kind != QuoteKind::Indirect)
        // Ending in the verb's sentence (a quotation of several sentences
        // before "Sunak said ahead of the trip" counts): a quotation
        // standing alone may take the verb of the next sentence ('"...".
        // She said the play ...').
        // A partial quotation counts in the frame "'...', X said", not
        // when it only borrows a verb met in its sentence.
        .filter_map(|d| {
            let framed = |c: &(usize, usize)| {
                d.kind == QuoteKind::Direct
                    || d.speaker.is_some_and(|s| s.0 >= d.content.1 && s.1 <= c.0)
            };
            // A quoted name or title ("The Washington Post" reports ...)
            // is no quotation of words.
            let words = (d.content.0..d.content.1)
                .filter(|&i| ctx.is_wordlike(i))
                .take(MIN_QUOTATION_WORDS)
                .count()
                >= MIN_QUOTATION_WORDS;
            d.cue.filter(|c| {
                words
                    && d.content.1 <= c.0
                    && ctx.sentence_of(d.content.1.saturating_sub(1)) == ctx.sentence_of(c.0)
                    && framed(c)
            })
        })
        .collect();
    drop_verbless_fronts(ctx, drafts);
    drop_inverted_speakers(ctx, drafts);
    if quoted_cues.is_empty() {
        return;
    }
    // The tokens of those verbs, marked once: each reading then looks at
    // its own cue's tokens only (linear in the document).
    let mut quoted_verb = vec![false; ctx.toks.len()];
    for (a, b) in quoted_cues {
        for slot in quoted_verb.iter_mut().take(b).skip(a) {
            *slot = true;
        }
    }
    let keep: Vec<bool> = drafts
        .iter()
        .map(|d| {
            let Some(cue) = d.cue else { return true };
            let after_shared_verb = d.kind == QuoteKind::Indirect
                && d.content.0 >= cue.1
                && (cue.0..cue.1).any(|t| quoted_verb.get(t).copied().unwrap_or(false));
            let clause = ctx.lex(d.content.0).complementizer
                || d.content
                    .0
                    .checked_sub(1)
                    .is_some_and(|p| p >= cue.1 && ctx.lex(p).complementizer);
            !after_shared_verb || clause
        })
        .collect();
    remove_drafts(drafts, &keep);
}

/// Drops a reported reading before its verb that holds no verb and sits
/// inside a phrase ("In an interview with *the BBC*, Mr Zelensky
/// said his country needed ..."), where the same verb reports words after
/// it: the words before are where or to whom it was said.
fn drop_verbless_fronts(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let after_cue: std::collections::HashSet<(usize, usize)> = drafts
        .iter()
        .filter(|d| d.kind == QuoteKind::Indirect)
        .filter_map(|d| d.cue.filter(|c| d.content.0 >= c.1))
        .collect();
    if after_cue.is_empty() {
        return;
    }
    let keep: Vec<bool> = drafts
        .iter()
        .map(|d| {
            let Some(cue) = d.cue else { return true };
            // Inside a phrase (after a lower-case word, "with"): not a
            // piece of a content that its verb splits, which opens its
            // sentence or follows a comma or a mark ("To understand X, he
            // said, one should ...").
            let governed = d.content.0.checked_sub(1).is_some_and(|p| {
                ctx.sentence_of(p) == ctx.sentence_of(d.content.0)
                    && ctx.kind(p) == Some(TokenKind::Word)
                    && !ctx.is_capitalised(p)
            });
            !(d.kind == QuoteKind::Indirect
                && governed
                && d.content.1 <= cue.0
                && after_cue.contains(&cue)
                && !has_verbish(ctx, d.content.0, d.content.1))
        })
        .collect();
    remove_drafts(drafts, &keep);
}

/// Most words of a speaker phrase after "said" that
/// [`drop_inverted_speakers`] drops as a reading.
const MAX_INVERTED_SPEAKER_WORDS: usize = 10;

/// Drops a reading of words right after "said" or "says" that hold no verb
/// and end the sentence: "..., said the senator.", "..., says the American
/// daily.": who said it, not what (a verb of saying takes no such object).
fn drop_inverted_speakers(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let keep: Vec<bool> = drafts
        .iter()
        .map(|d| {
            let Some(cue) = d.cue else { return true };
            let (a, b) = d.content;
            let say = cue.1 == cue.0 + 1
                && rule_words()
                    .say_forms
                    .iter()
                    .any(|w| ctx.lower_is(cue.0, w));
            let ends_sentence = (b..ctx.toks.len())
                .take_while(|&i| !ctx.is_wordlike(i))
                .any(|i| ctx.is_final(i))
                || b >= ctx.toks.len()
                || ctx.sentence_of(b) != ctx.sentence_of(a);
            // A noun phrase: it opens with an article or a name, and holds
            // no pronoun, auxiliary or verb ending ("they plan to", "Will
            // Tell of" in a headline).
            let noun_phrase = || {
                (ctx.lex(a).determiner || ctx.is_capitalised(a))
                    && (a..b).all(|i| {
                        let l = ctx.lex(i);
                        !l.pronoun
                            && !l.personal
                            && !content_words().clause_auxiliaries.contains(&ctx.lower(i))
                    })
                    && !has_verbish(ctx, a, b)
            };
            // A subject right before the verb ("Sanborn said the campaign
            // made ...") makes what follows the words it said.
            let subject_before = d.speaker.is_some_and(|(_, s1)| {
                (s1..cue.0).all(|i| ctx.is_wordlike(i) || ctx.lex(i).cue_prefix)
            });
            !(d.kind == QuoteKind::Indirect
                && say
                && !subject_before
                && !ctx.lex(a).complementizer
                && a == cue.1
                && ends_sentence
                && ctx.words_in(a, b) <= MAX_INVERTED_SPEAKER_WORDS
                && noun_phrase())
        })
        .collect();
    remove_drafts(drafts, &keep);
}
