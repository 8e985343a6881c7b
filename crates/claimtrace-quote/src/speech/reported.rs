//! Reported speech around a reporting verb: its subject, then its content
//! by the construction the verb opens ("said that ...", "..., X said",
//! "told Y ...", "asked whether ...").

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;
use crate::lexicon::CueTier;

use super::content::{
    adjunct_to_end, content_end, has_verbish, starts_clause, trim_end, trim_start,
};
use super::phrases::{speaker_after_verb, widen_with_of_phrase};
use super::slavic::{
    inverted_subject_before, is_cyrillic_word, opens_anaphoric, previous_sentence_content,
    slavic_preposition, speaker_before_venue,
};
use super::words::rule_words;
use super::{CueSeen, Draft, NONE};

/// Prepositions after "said this/it": an object, not a clause.
const PREPOSITIONS: &[&str] = &[
    "during", "in", "on", "at", "to", "for", "with", "about", "after", "before", "again", "when",
];

/// Nouns whose `that` clause is not what the speaker said ("mention the
/// fact that", "dismissed the idea that").
const NOT_REPORTED: &[&str] = &[
    "fact",
    "idea",
    "possibility",
    "notion",
    "claim",
    "claims",
    "news",
    "rumors",
    "rumours",
    "allegation",
    "allegations",
    "suggestion",
    "view",
    "hope",
    "fear",
    "fears",
    "concern",
    "concerns",
    "impression",
    "belief",
    "argument",
    "theory",
    "assumption",
];

/// Reported speech around the reporting verb at `v`.
pub(super) fn reported(
    ctx: &Ctx,
    v: usize,
    tier: CueTier,
    sent: (usize, usize),
    in_mark: &[u32],
) -> (Option<Draft>, CueSeen) {
    let (a, b) = sent;
    let lex = ctx.lex(v);
    let mut cue_a = ctx.cue_start(v, a);
    let cue_b = ctx.cue_end(v, b);
    // "it was revealed that": an impersonal report with no speaker.
    let impersonal = v >= a + 2
        && matches!(ctx.word(v - 1), "was" | "is" | "been" | "were")
        && (ctx.lower_is(v - 2, "it") || (v >= a + 3 && ctx.lower_is(v - 3, "it")));
    let before_cue = cue_a.checked_sub(1).filter(|&p| p >= a);
    let after_comma = before_cue.is_some_and(|p| ctx.is_punct(p, ","));
    let mut speaker = if impersonal {
        cue_a = if ctx.lower_is(v - 2, "it") {
            v - 1
        } else {
            v - 2
        };
        None
    } else if lex.participle {
        if after_comma {
            let cyrillic = is_cyrillic_word(ctx.word(v));
            ctx.main_subject(sent, cue_a)
                .filter(|np| !(cyrillic && slavic_preposition(ctx, np.0)))
                .or_else(|| {
                    // "Об этом сообщил Лавров, добавив, что ...": the subject
                    // follows the first verb.
                    if cyrillic {
                        inverted_subject_before(ctx, a, cue_a)
                    } else {
                        None
                    }
                })
        } else {
            None
        }
    } else if before_cue.is_some_and(|p| ctx.lower_is(p, "and") || ctx.lower_is(p, "but")) {
        // "Clinton celebrated ..., and said ...": the clause's subject.
        ctx.main_subject(sent, cue_a)
    } else {
        ctx.np_before(cue_a, a)
    };
    // "Об этом сообщил ...", "Про це розповів ...": a prepositional phrase
    // before the verb, whose subject follows it.
    // "При этом Аузан добавил": the subject is what follows the phrase.
    let mut pp_before = false;
    // "Об этом сообщил X.": the report is of the sentence before.
    let anaphoric = !lex.participle && cue_a >= a + 2 && opens_anaphoric(ctx, a);
    if anaphoric {
        speaker = speaker
            .map(|(s0, s1)| (s0.max(a + 2), s1))
            .filter(|&(s0, s1)| {
                // A name, a role or a pronoun; "Про це сьогодні говорив"
                // has no subject before the verb.
                s0 < s1
                    && !slavic_preposition(ctx, s0)
                    && (s0..s1).any(|i| ctx.is_capitalised(i) || ctx.lex(i).nominal)
                    || (s1 == s0 + 1 && ctx.lex(s0).pronoun)
            });
        pp_before = speaker.is_none();
    }
    // "Блинкен в интервью CNN сказал", "в интервью Первому каналу сообщил
    // глава МИД": the outlet after a venue noun is not the speaker.
    let venue_subject = if impersonal || lex.participle {
        None
    } else {
        speaker_before_venue(ctx, speaker, cue_a, a)
    };
    if let Some(subject) = venue_subject {
        speaker = subject;
        pp_before = speaker.is_none();
    }
    if let Some((s0, s1)) = speaker.filter(|np| slavic_preposition(ctx, np.0)) {
        let rest = (s0 + 1..s1).find(|&i| ctx.is_capitalised(i));
        speaker = rest.map(|r| (r, s1));
        pp_before = speaker.is_none();
    }
    // Inverted: "..., said the minister." / "— заявил Путин."
    let mut inverted = false;
    if speaker.is_none() && !impersonal && !lex.participle {
        let ok = pp_before
            || before_cue
                .is_none_or(|p| ctx.is_punct(p, ",") || ctx.is_dash(p) || ctx.is_quote_mark(p));
        if ok {
            // The inverted subject closes its clause: "..., said the
            // minister." but not "..., said the chamber will vote".
            speaker = speaker_after_verb(ctx, cue_b, b).filter(|np| {
                np.1 >= b || matches!(ctx.kind(np.1), Some(TokenKind::Punct | TokenKind::Quote))
            });
            inverted = speaker.is_some();
        }
    }
    let seen = CueSeen {
        cue: (cue_a, cue_b),
        speaker,
    };
    if speaker.is_none() && !impersonal {
        return (None, seen);
    }
    if tier == CueTier::QuoteOnly {
        return (
            object_content(ctx, v, (cue_a, cue_b), speaker, inverted, b, in_mark),
            seen,
        );
    }
    if tier == CueTier::Intent {
        // "wants to build", "plans to run": the infinitive is the content.
        let content = (ctx.lower_is(cue_b, "to") && !inverted).then(|| {
            let end = content_end(ctx, cue_b, b, in_mark);
            (cue_b, end)
        });
        let draft = content
            .filter(|c| ctx.words_in(c.0, c.1) >= 2)
            .map(|content| Draft {
                kind: QuoteKind::Indirect,
                content,
                cue: Some((cue_a, cue_b)),
                speaker,
                inherit_from: None,
                within: None,
            });
        return (draft, seen);
    }
    let mut content: Option<(usize, usize)> = None;
    // 0. A verb with its preposition: "talked about", "referred to",
    //    "called for", "spoke of", "warned of": the object is the content.
    let mut cue_b = cue_b;
    if let Some(prep_at) = prepositional_cue(ctx, v, cue_b, b) {
        if speaker.is_some() && !inverted && in_mark.get(prep_at + 1) == Some(&NONE) {
            let end = content_end(ctx, prep_at + 1, b, in_mark);
            if ctx.words_in(prep_at + 1, end) >= 1 {
                content = Some((prep_at + 1, end));
                cue_b = prep_at + 1;
            }
        }
    }
    // 0b. "asked whether / why / how ...": an indirect question.
    if content.is_none() && (ctx.word(v).starts_with("ask") || ctx.word(v).starts_with("wonder")) {
        let wh = (cue_b..(cue_b + 4).min(b)).find(|&k| {
            [
                "whether", "if", "why", "how", "what", "when", "where", "who",
            ]
            .iter()
            .any(|w| ctx.lower_is(k, w))
        });
        if let Some(k) = wh.filter(|_| speaker.is_some() && !inverted) {
            let end = content_end(ctx, k, b, in_mark);
            if ctx.words_in(k, end) >= 3 {
                content = Some((k, end));
            }
        }
    }
    // 1. A complementizer close after the verb: "said (on Tuesday) that",
    //    "told reporters that", "заявил, что".
    let reach = if tier == CueTier::Cognition { 2 } else { 6 };
    let from = if inverted {
        speaker.map_or(cue_b, |s| s.1)
    } else {
        cue_b
    };
    let mut k = from;
    while k < b && k < from + reach {
        if in_mark.get(k) != Some(&NONE)
            || (ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k))
            || NOT_REPORTED.contains(&ctx.word(k))
        {
            break;
        }
        if ctx.lex(k).complementizer && ctx.kind(k) == Some(TokenKind::Word) {
            let end = content_end(ctx, k, b, in_mark);
            if ctx.words_in(k, end) >= 3 {
                content = Some((k, end));
            }
            break;
        }
        if matches!(ctx.kind(k), Some(TokenKind::Punct)) && !ctx.is_punct(k, ",") {
            break;
        }
        k += 1;
    }
    let t = cue_b;
    if content.is_none() && !lex.participle && !impersonal {
        let sp = speaker.unwrap_or((cue_a, cue_a));
        let before_speaker_comma = sp.0 > a && ctx.is_punct(sp.0 - 1, ",");
        let x_words = if before_speaker_comma {
            ctx.words_in(a, sp.0 - 1)
        } else {
            0
        };
        if inverted {
            // "..., said X." : the content is before.
            if before_cue.is_some_and(|p| ctx.is_punct(p, ",")) && ctx.words_in(a, cue_a) >= 3 {
                let end = trim_end(ctx, a, cue_a, in_mark);
                content = Some((trim_start(ctx, a, end), end));
            }
        } else if t < b && ctx.is_punct(t, ",") {
            // "X, Putin said, Y." or "X, Putin said, adding ..."
            let y_start = t + 1;
            let y_is_quote = in_mark.get(y_start).is_some_and(|&m| m != NONE);
            let y_is_frame = ctx.lex(y_start).participle;
            if before_speaker_comma && !y_is_quote && !y_is_frame {
                let end = content_end(ctx, y_start, b, in_mark);
                if ctx.words_in(y_start, end) >= 2 {
                    content = Some(if x_words >= 3 {
                        (trim_start(ctx, a, end), end)
                    } else {
                        (y_start, end)
                    });
                }
            } else if before_speaker_comma && y_is_frame && x_words >= 3 {
                let end = trim_end(ctx, a, sp.0 - 1, in_mark);
                content = Some((trim_start(ctx, a, end), end));
            }
        } else if t >= b || ctx.is_final(t) || adjunct_to_end(ctx, t, b) {
            // "X, Putin said.", "X, a spokesman said on Friday.", "X, Sen.
            // Graham told reporters.", "X, lawyers for the family said."
            let sp = widen_with_of_phrase(ctx, sp, a);
            let before_speaker_comma = sp.0 > a && ctx.is_punct(sp.0 - 1, ",");
            let x_words = if before_speaker_comma {
                ctx.words_in(a, sp.0 - 1)
            } else {
                0
            };
            if before_speaker_comma && x_words >= 3 {
                let end = trim_end(ctx, a, sp.0 - 1, in_mark);
                content = Some((trim_start(ctx, a, end), end));
                if speaker.is_some() {
                    speaker = Some(sp);
                }
            }
        } else if ctx.is_punct(t, ":") {
            let start = t + 1;
            if in_mark.get(start) == Some(&NONE) {
                let end = content_end(ctx, start, b, in_mark);
                if ctx.words_in(start, end) >= 3 {
                    content = Some((start, end));
                }
            }
        } else if tier == CueTier::Speech && starts_clause(ctx, t) && in_mark.get(t) == Some(&NONE)
        {
            // A bare clause: "said the decision was final". Not an object
            // ("said this during the filming", "told reporters").
            let relays = ["repeat", "echo", "quot", "cit"]
                .iter()
                .any(|p| ctx.word(v).starts_with(p));
            let object_like = relays
                || (matches!(
                    ctx.word(t),
                    "this" | "it" | "so" | "nothing" | "something" | "that"
                ) && PREPOSITIONS.iter().any(|p| ctx.lower_is(t + 1, p)))
                || ctx.word(v).starts_with("tell")
                || ctx.word(v).starts_with("told")
                || ctx.word(v).starts_with("ask")
                || ctx.word(v).starts_with("urg")
                || ctx.word(v).starts_with("call");
            let end = content_end(ctx, t, b, in_mark);
            let quoted_soon = (t..(t + 2).min(b)).any(|q| in_mark.get(q) != Some(&NONE));
            let object_like =
                object_like || (t..(t + 3).min(b)).any(|q| NOT_REPORTED.contains(&ctx.word(q)));
            if !object_like && !quoted_soon && ctx.words_in(t, end) >= 4 && has_verbish(ctx, t, end)
            {
                content = Some((t, end));
            } else if ctx.word(v).starts_with("tell") || ctx.word(v).starts_with("told") {
                // "told CNN he would run": skip the addressee, then a clause.
                let addressee = if ctx.lex(t).pronoun
                    || ctx.word(t) == "him"
                    || ctx.word(t) == "her"
                    || ctx.word(t) == "them"
                    || ctx.word(t) == "us"
                    || ctx.word(t) == "me"
                {
                    Some((t, t + 1))
                } else {
                    ctx.np_after(t, b)
                };
                if let Some((_, t2)) = addressee {
                    let end = content_end(ctx, t2, b, in_mark);
                    let clause = t2 < b
                        && in_mark.get(t2) == Some(&NONE)
                        && starts_clause(ctx, t2)
                        && !ctx.lex(t2).np_stop;
                    if clause && ctx.words_in(t2, end) >= 4 && has_verbish(ctx, t2, end) {
                        content = Some((t2, end));
                    }
                }
            }
        } else if tier == CueTier::Cognition
            && in_mark.get(t) == Some(&NONE)
            && starts_clause(ctx, t)
        {
            // "believes the economy is strong", "I think we can win".
            let end = content_end(ctx, t, b, in_mark);
            let pronoun_start = ctx.lex(t).pronoun && ctx.kind(t) == Some(TokenKind::Word);
            let enough = if pronoun_start { 3 } else { 4 };
            if ctx.words_in(t, end) >= enough
                && (pronoun_start || has_verbish(ctx, t, end))
                && !ctx.lex(t).np_stop
            {
                content = Some((t, end));
            }
        }
    }
    // "While Comey said that X, he said Y": the report ends with the
    // subordinate clause.
    let content = content.map(|(cs, ce)| {
        let subordinate = speaker.is_some_and(|sp| {
            sp.0 > a
                && [
                    "while", "although", "though", "if", "as", "when", "because", "since",
                    "whereas", "even",
                ]
                .iter()
                .any(|w| ctx.lower_is(sp.0 - 1, w))
        });
        if subordinate && cs > cue_a {
            let comma = (cs..ce).find(|&i| ctx.is_punct(i, ",") && in_mark.get(i) == Some(&NONE));
            if let Some(c) = comma.filter(|&c| ctx.words_in(cs, c) >= 2) {
                return (cs, c);
            }
        }
        (cs, ce)
    });
    let content = content.or_else(|| {
        (anaphoric && inverted && tier == CueTier::Speech)
            .then(|| previous_sentence_content(ctx, a, in_mark))
            .flatten()
    });
    let Some(content) = content else {
        if tier == CueTier::Speech && !impersonal && !takes_no_object(ctx.word(v)) {
            return (
                object_content(ctx, v, (cue_a, cue_b), speaker, inverted, b, in_mark),
                seen,
            );
        }
        return (None, seen);
    };
    if content.0 >= content.1 {
        return (None, seen);
    }
    let draft = Draft {
        kind: QuoteKind::Indirect,
        content,
        cue: Some((cue_a, cue_b)),
        speaker,
        inherit_from: None,
        within: None,
    };
    (Some(draft), seen)
}

/// Index of the preposition that completes a prepositional cue at `v`
/// (right after the verb, or after a short object: "blamed Obama for").
fn prepositional_cue(ctx: &Ctx, v: usize, after: usize, b: usize) -> Option<usize> {
    let verb = ctx.word(v);
    if !verb.is_ascii() {
        return None;
    }
    let verb = verb.to_ascii_lowercase();
    let words = rule_words();
    let (_, preps) = words
        .prepositional_cues
        .iter()
        .find(|(stem, _)| verb.starts_with(stem))?;
    let reach = if words
        .object_before_preposition_stems
        .iter()
        .any(|s| verb.starts_with(s))
    {
        4
    } else {
        1
    };
    (after..(after + reach).min(b)).find(|&k| preps.iter().any(|p| ctx.lower_is(k, p)))
}

/// Verbs of saying whose object is not what was said ("said this",
/// "told reporters", "asked him", "added"): no object content.
fn takes_no_object(verb: &str) -> bool {
    let v = verb.to_ascii_lowercase();
    rule_words()
        .objectless_speech_stems
        .iter()
        .any(|p| v.starts_with(p))
        || !verb.is_ascii()
}

/// A speech act with an object: "praised her effort", "called Trump a
/// fascist", "announced his resignation", "urged Congress to act". The
/// content is the object and what follows it in the clause.
fn object_content(
    ctx: &Ctx,
    v: usize,
    cue: (usize, usize),
    speaker: Option<(usize, usize)>,
    inverted: bool,
    b: usize,
    in_mark: &[u32],
) -> Option<Draft> {
    let t = cue.1;
    let verb = ctx.word(v).to_ascii_lowercase();
    // "citing their sources", "quoting Y": chain edges, not quotes.
    if verb.starts_with("cit") || verb.starts_with("quot") {
        return None;
    }
    if speaker.is_none()
        || inverted
        || t >= b
        || in_mark.get(t) != Some(&NONE)
        || !ctx.is_wordlike(t)
    {
        return None;
    }
    if ctx.lex(t).np_stop && !ctx.lex(t).determiner {
        return None;
    }
    let end = content_end(ctx, t, b, in_mark);
    if ["call", "name", "dub", "term", "label", "brand"]
        .iter()
        .any(|p| verb.starts_with(p))
    {
        // Naming ("a group called X") is not speech: require a particle
        // ("called on/for"), a quotation or a predicate noun ("a liar").
        let particle = cue.1 > v + 1;
        let predicate = (t..(t + 6).min(end)).any(|q| {
            in_mark.get(q).is_some_and(|&m| m != NONE)
                || ctx.lower_is(q, "a")
                || ctx.lower_is(q, "an")
        });
        if !particle && !predicate {
            return None;
        }
    }
    if ctx.words_in(t, end) < 1 {
        return None;
    }
    Some(Draft {
        kind: QuoteKind::Indirect,
        content: (t, end),
        cue: Some(cue),
        speaker,
        inherit_from: None,
        within: None,
    })
}
