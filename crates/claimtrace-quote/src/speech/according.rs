//! Source phrases: "according to X, ...", "по словам X, ...", "за словами X".

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;
use crate::lexicon::CueTier;

use super::content::{content_end, trim_end, trim_start};
use super::phrases::speaker_after_verb;
use super::slavic::{is_cyrillic_word, marked_name_end, slavic_preposition, venue_end};
use super::words::rule_words;
use super::{Draft, TokenRange, NONE};

/// The second words of the source phrases ("according to", "по словам")
/// whose first word is the token at `v`; `None` when no phrase opens there.
pub(super) fn source_phrase_seconds(ctx: &Ctx, v: usize) -> Option<&'static [&'static str]> {
    let w = ctx.word(v);
    // Only a few short words open these phrases: lower-case (and allocate)
    // only for those.
    let words = rule_words();
    let opens = w
        .chars()
        .next()
        .is_some_and(|c| words.source_initials.contains(&c));
    // 24 bytes: twelve Cyrillic letters ("Согласно" is 16 bytes).
    if w.len() > 24 || !opens {
        return None;
    }
    words
        .source_phrases
        .get(w.to_lowercase().as_str())
        .map(Vec::as_slice)
}

/// A source phrase at `v`: "according to X, ..." / "..., according to X."
/// / "по словам X, ..." / "за словами X, ..." / "как сообщает X, ...";
/// the draft and the token to read on from.
pub(super) fn according_to(
    ctx: &Ctx,
    v: usize,
    sent: (usize, usize),
    in_mark: &[u32],
) -> Option<(Draft, usize)> {
    let (a, b) = sent;
    let (second, source_pronoun) = source_phrase_at(ctx, v)?;
    // A verb the lexicons do not list in the phrase reads as one only where
    // the phrase opens the sentence: mid-sentence "как говорит им" is "how
    // he talks to them".
    let listed = source_phrase_seconds(ctx, v)
        .is_some_and(|seconds| seconds.iter().any(|s| ctx.lower_is(second, s)));
    if !listed && source_pronoun.is_none() && !source_phrase_opens_sentence(ctx, v, a) {
        return None;
    }
    if second + 1 >= b {
        return None;
    }
    let cue = (v, second + 1);
    let (np, after_np) = match source_pronoun {
        Some(p) => ((p, p + 1), second + 1),
        None => {
            let opens = source_phrase_opens_sentence(ctx, v, a);
            let np = source_after_phrase(ctx, second + 1, b, in_mark, opens)?;
            if names_a_norm(ctx, np) {
                return None;
            }
            // An outlet in marks: the clause goes on after its closing mark.
            let after = if ctx.is_quote_mark(np.1) {
                np.1 + 1
            } else {
                np.1
            };
            (np, after)
        }
    };
    // The content follows the source after a comma; a phrase that does
    // not open the sentence may close it instead ("..., according to X.").
    let opens = source_phrase_opens_sentence(ctx, v, a);
    // "По словам Ивана Петрова, главы компании, продажи выросли": the
    // speaker's appositive is no part of what was said.
    let after_np = if opens {
        past_slavic_appositive(ctx, after_np, b).unwrap_or(after_np)
    } else {
        after_np
    };
    let after = content_after_source(ctx, after_np, b, in_mark, opens);
    let content = if opens {
        after
    } else {
        after.or_else(|| content_before_source(ctx, v, a, in_mark))
    }?;
    let next = content.1.max(after_np);
    Some((
        Draft {
            kind: QuoteKind::Indirect,
            content,
            cue: Some(cue),
            speaker: Some(np),
            inherit_from: None,
            within: None,
        },
        next,
    ))
}

/// Whether the source phrase `np` names a norm or a plan, by its first
/// noun ("rules devised by the programmers", "plan", "the law"): "according
/// to" then means "in accordance with". Read here, where the phrase is
/// known, because a turn's speaker may replace it later ("It is going
/// according to schedule" in Putin's turn); the types stage
/// (`kinds::according_to_a_norm`) checks the tagger's readings.
fn names_a_norm(ctx: &Ctx, (s0, s1): TokenRange) -> bool {
    let words = rule_words();
    let head = (s0..s1).find(|&k| {
        ctx.kind(k) == Some(TokenKind::Word) && !ctx.lex(k).determiner && !ctx.is_capitalised(k)
    });
    head.is_some_and(|k| words.norm_nouns.iter().any(|n| ctx.lower_is(k, n)))
}

/// The second word of a source phrase that opens at `v`, and the source
/// pronoun inside the phrase, if one is there. Russian and Ukrainian may
/// put a possessive or an adjective inside the phrase: "по его словам"
/// (the pronoun is the source), "по последним данным МВД", "за
/// попередніми даними поліції".
fn source_phrase_at(ctx: &Ctx, v: usize) -> Option<(usize, Option<usize>)> {
    let seconds = source_phrase_seconds(ctx, v)?;
    let second_at = |k: usize| seconds.iter().any(|s| ctx.lower_is(k, s));
    let inner = v + 1;
    if second_at(v + 1) {
        Some((v + 1, None))
    } else if ctx.kind(inner) == Some(TokenKind::Word)
        && !ctx.is_capitalised(inner)
        && is_cyrillic_word(ctx.word(inner))
        && second_at(v + 2)
    {
        let l = ctx.lex(inner);
        Some((v + 2, (l.pronoun || l.personal).then_some(inner)))
    } else if opens_with_any_verb_of_saying(ctx, v) {
        Some((v + 1, None))
    } else {
        None
    }
}

/// "Как признался задержанный, ...", "Як зазначають спеціалісти, ...": a
/// phrase whose listed second words are verbs of saying ("как сообщил")
/// opens with any such verb, in any form the lexicons make.
fn opens_with_any_verb_of_saying(ctx: &Ctx, v: usize) -> bool {
    let l = ctx.lex(v + 1);
    l.cue == Some(CueTier::Speech)
        && !l.participle
        && !l.impersonal_report
        && rule_words()
            .verb_source_openers
            .iter()
            .any(|w| ctx.lower_is(v, w))
}

/// Tokens after a source phrase's noun phrase within which a comma or the
/// sentence's end closes it ...
const SOURCE_REACH: usize = 6;
/// ... and, for a comma, where the phrase opens its sentence.
const OPENING_SOURCE_REACH: usize = 10;

/// The source named after the phrase, from token `from`: past a quoted
/// addressee ("как рассказал «Медузе» источник"), and on to its comma
/// ("источник в правительстве,").
fn source_after_phrase(
    ctx: &Ctx,
    from: usize,
    b: usize,
    in_mark: &[u32],
    opens: bool,
) -> Option<TokenRange> {
    let mut np_from = from;
    if let Some(&mi) = in_mark.get(np_from).filter(|&&mi| mi != NONE) {
        while np_from < b && in_mark.get(np_from) == Some(&mi) {
            np_from += 1;
        }
        // "Как пишет «Коммерсантъ», ...": an outlet in marks right before
        // the comma is the source itself (not an addressee before it).
        let mut words = (from..np_from).filter(|&k| ctx.kind(k) == Some(TokenKind::Word));
        if let Some(first) = words.next() {
            let last = words.next_back().unwrap_or(first);
            if ctx.is_punct(np_from, ",") && ctx.is_capitalised(first) && np_from - from <= 8 {
                return Some((first, last + 1));
            }
        }
    }
    // "Как пишет «Коммерсантъ», ...": an outlet in marks right before the
    // comma is the source itself (not an addressee before the source).
    if let Some(e) = marked_name_end(ctx, np_from, b).filter(|&e| ctx.is_punct(e, ",")) {
        return Some((np_from + 1, e - 1));
    }
    // "как сообщили в Кремле, ...", "як повідомили в Міноборони, ...",
    // "как сообщили в пресс-службе Минтранса": the body after a
    // preposition is the source (a name in it is capitalised: not "в
    // четверг").
    // A document counts too: "как говорится в указе президента, ...".
    // A body in lower case counts as well: "как сообщили в пресс-службе
    // полиции", "як повідомили в міністерстві".
    let names_a_body = |from: usize| {
        ctx.np_after(from, b).is_some_and(|(s0, s1)| {
            (s0..s1).any(|i| ctx.is_capitalised(i) || claimtrace_entity::is_org_head(ctx.lower(i)))
                || super::is_document_noun(ctx, s0)
        })
    };
    // "как пояснили сегодня в МИД": adverbs before the preposition.
    let mut p = np_from;
    while p + 1 < b && !slavic_preposition(ctx, p) && ctx.lex(p).cue_prefix {
        p += 1;
    }
    if p > np_from && slavic_preposition(ctx, p) && names_a_body(p + 1) {
        np_from = p;
    }
    // (A venue, "в интервью РБК министр", is read past by the phrase
    // reader itself.)
    if slavic_preposition(ctx, np_from)
        && venue_end(ctx, np_from, b).is_none()
        && names_a_body(np_from + 1)
    {
        np_from += 1;
    }
    // "According to her, ...": an object pronoun alone (not "her lawyer").
    let pronoun_alone = np_from + 1 < b
        && crate::speaker_words::content_words()
            .addressee_pronouns
            .contains(&ctx.lower(np_from))
        && matches!(ctx.kind(np_from + 1), Some(TokenKind::Punct));
    if pronoun_alone {
        return Some((np_from, np_from + 1));
    }
    let mut np = speaker_after_verb(ctx, np_from, b)?;
    // A phrase that opens its sentence may name its source at length, on
    // to the comma before the report ("According to figures released by
    // the Office for National Statistics, ...", "как сообщил ТАСС со
    // ссылкой на источник в силовых структурах, ..."); elsewhere a comma
    // that far may close an appositive or a clause of the reporter's.
    let reach = if opens {
        OPENING_SOURCE_REACH
    } else {
        SOURCE_REACH
    };
    if let Some(c) = (np.1..(np.1 + reach).min(b))
        .find(|&i| matches!(ctx.kind(i), Some(TokenKind::Punct | TokenKind::Quote)))
    {
        // To the comma, or to the sentence's end: "по данным Всемирной
        // организации здравоохранения."
        if (ctx.is_punct(c, ",") || (ctx.is_final(c) && c < np.1 + SOURCE_REACH))
            && in_mark
                .get(np.1..c)
                .is_some_and(|s| s.iter().all(|&m| m == NONE))
            && (np.1..c).all(|i| !ctx.lex(i).complementizer)
        {
            np.1 = c;
        }
    }
    Some(np)
}

/// The comma that closes an appositive right after the comma at `comma`
/// ("по словам Петрова, главы компании, ...", "за словами Котенка,
/// відомого ловця педофілів, ..."): a few lower-case Russian or Ukrainian
/// words opening with a role noun or an adjective in an oblique case, with
/// no verb, and a clause after them.
fn past_slavic_appositive(ctx: &Ctx, comma: usize, b: usize) -> Option<usize> {
    const MAX_APPOSITIVE_WORDS: usize = 5;
    if !ctx.is_punct(comma, ",") {
        return None;
    }
    let first = comma + 1;
    let word = ctx.word(first);
    if ctx.kind(first) != Some(TokenKind::Word)
        || !is_cyrillic_word(word)
        || ctx.is_capitalised(first)
    {
        return None;
    }
    let lower = ctx.lower(first);
    // In an oblique case, as the name before it: a role noun ("председателя
    // правления"; not "министры обсудят", a subject) or an adjective
    // ("известного экономиста").
    let oblique_ending = |adjective: bool| {
        claimtrace_lexicon::ALL.iter().any(|l| {
            l.role_oblique_endings
                .iter()
                .any(|e| lower.ends_with(e) && (!adjective || e.chars().count() >= 3))
        })
    };
    let oblique_role = super::reported::is_speaker_noun(ctx, first) && oblique_ending(false);
    if !(oblique_role || oblique_ending(true)) {
        return None;
    }
    let close = (first + 1..(first + MAX_APPOSITIVE_WORDS + 1).min(b))
        .find(|&k| ctx.kind(k) != Some(TokenKind::Word))?;
    // (Not a test of verb endings: "педофілів" ends as "сказав" does.)
    let no_verb = (first..close).all(|k| {
        let lex = ctx.lex(k);
        lex.cue.is_none() && !lex.complementizer
    });
    (no_verb && ctx.is_punct(close, ",") && ctx.words_in(close + 1, b) >= 3).then_some(close)
}

/// The source phrase at `v` opens the sentence that starts at `a`: at its
/// start, after one function word, or after a comma with only function
/// words before it.
fn source_phrase_opens_sentence(ctx: &Ctx, v: usize, a: usize) -> bool {
    v == a
        || (v == a + 1 && ctx.lex(a).np_stop)
        || (v > a
            && ctx.is_punct(v - 1, ",")
            && ((a..v - 1).all(|i| ctx.lex(i).np_stop || ctx.kind(i) == Some(TokenKind::Punct))))
}

/// "According to X, Y": the clause Y after the comma at `after_np`.
fn content_after_source(
    ctx: &Ctx,
    after_np: usize,
    b: usize,
    in_mark: &[u32],
    opens: bool,
) -> Option<TokenRange> {
    if !(after_np < b && ctx.is_punct(after_np, ",")) {
        return None;
    }
    let start = after_np + 1;
    let end = content_end(ctx, start, b, in_mark);
    // Two words are a report when the phrase opens the sentence and they
    // close it: "По его словам, пострадавших нет." (no one was hurt),
    // "According to police, nobody died."; shorter, cut short, or after a
    // phrase in mid-sentence (where the words before it are the report)
    // they are more often a fragment.
    let short_report = opens
        && ctx.is_wordlike(start)
        && (end..b).all(|i| ctx.is_final(i) || ctx.is_quote_mark(i));
    let least = if short_report { 2 } else { 3 };
    (ctx.words_in(start, end) >= least).then_some((start, end))
}

/// "X, according to Y.": the clause X before the phrase at `v`, without
/// the commas and function words right before the phrase.
fn content_before_source(ctx: &Ctx, v: usize, a: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let mut end = v;
    while end > a
        && (ctx.is_punct(end - 1, ",") || (ctx.lex(end - 1).np_stop && ctx.words_in(a, end) <= 2))
    {
        end -= 1;
    }
    while end > a && ctx.is_punct(end - 1, ",") {
        end -= 1;
    }
    let end = trim_end(ctx, a, end, in_mark);
    let start = trim_start(ctx, a, end);
    (ctx.words_in(start, end) >= 3).then_some((start, end))
}
