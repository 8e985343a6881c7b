//! The cue and speaker of a direct quote, read after its closing mark or
//! before its opening mark.

use crate::doc::Ctx;
use crate::marks::Marked;

use super::according::source_phrase_seconds;
use super::content::english_participle;
use super::phrases::{speaker_after_author_verb, speaker_after_verb};
use super::slavic::{
    author_after_dash, author_verb_from, before_author_verb, impersonal_source,
    impersonal_source_before_mark, marked_name_end, opens_anaphoric, speaker_before_venue,
};
use super::{TokenRange, NONE};

/// The cue and speaker of a direct quote: after its closing mark
/// ("...," Putin said / said the president), or before its opening mark
/// (He said: "...").
pub(super) fn attribute_direct(
    ctx: &Ctx,
    m: &Marked,
    in_mark: &[u32],
) -> (Option<TokenRange>, Option<TokenRange>) {
    let found = m
        .close
        .and_then(|close| attribution_after_close(ctx, close, in_mark))
        .or_else(|| attribution_before_open(ctx, m.open, ctx.sentence_range(m.open).0, in_mark))
        .or_else(|| attribution_before_paragraph(ctx, m.open, in_mark))
        .or_else(|| named_before_colon(ctx, m.open, in_mark));
    match found {
        Some((cue, speaker)) => (Some(cue), Some(speaker)),
        None => (None, None),
    }
}

/// A cue and its speaker found for a direct quote.
type Attribution = (TokenRange, TokenRange);

/// The author's words after the closing mark at `close`, past commas and
/// dashes: a reporting verb, or (Russian, Ukrainian) any verb after a
/// dash.
fn attribution_after_close(ctx: &Ctx, close: usize, in_mark: &[u32]) -> Option<Attribution> {
    let (_, sb) = ctx.sentence_range(close);
    let mut j = close + 1;
    let mut after_dash = false;
    while j < sb && (ctx.is_punct(j, ",") || ctx.is_dash(j)) {
        after_dash = after_dash || ctx.is_dash(j);
        j += 1;
    }
    if let Some(found) = reporting_verb_after_close(ctx, j, sb, in_mark) {
        return Some(found);
    }
    if after_dash && in_mark.get(j) == Some(&NONE) {
        if let Some(v) = author_verb_from(ctx, j) {
            return unknown_verb_after_dash(ctx, v, sb);
        }
    }
    None
}

/// "...," Putin said / "...," said the president: a reporting verb a few
/// words after the close (from `j`), its speaker before or after it.
fn reporting_verb_after_close(
    ctx: &Ctx,
    j: usize,
    sb: usize,
    in_mark: &[u32],
) -> Option<Attribution> {
    let limit = sb.min(j + 9);
    let mut v = j;
    while v < limit {
        if in_mark.get(v) != Some(&NONE) || ctx.is_final(v) {
            break;
        }
        if ctx.lex(v).cue.is_some() && !ctx.lex(v).participle && (!ctx.is_capitalised(v) || v == j)
        {
            let cue_a = ctx.cue_start(v, j);
            let cue_b = ctx.cue_end(v, sb);
            // "— язвительно заметил депутат": a manner adverb before the
            // verb is how it was said; the speaker follows.
            let adverbs_only = (j..cue_a).all(|k| before_author_verb(ctx, k));
            let speaker = if cue_a > j && !adverbs_only {
                ctx.np_walk(cue_a, j).or_else(|| ctx.np_before(cue_a, j))
            } else {
                speaker_after_author_verb(ctx, cue_b, sb)
            };
            if let Some(speaker) = speaker {
                return Some(((cue_a, cue_b), speaker));
            }
        }
        v += 1;
    }
    None
}

/// «...», — недоумевает Юргенс: a verb at `j` the lexicon does not know,
/// and its speaker; «...», — говорится в ответе министерства: the
/// document.
fn unknown_verb_after_dash(ctx: &Ctx, j: usize, sb: usize) -> Option<Attribution> {
    let speaker = author_after_dash(ctx, j + 1, sb).or_else(|| impersonal_source(ctx, j, sb))?;
    Some(((j, j + 1), speaker))
}

/// The longest clause [`named_before_colon`] reads as a speaker, in tokens.
const MAX_NAMED_CLAUSE: usize = 12;

/// "Официальный представитель МИД Мария Захарова: «Это провокация»",
/// "Речник МЗС Георгій Тихий: «...»", "Senator Jane Doe: \"...\"": no
/// verb, only who speaks, then the colon that opens the quote (a lead, a
/// headline, a caption). The clause before the colon must be the whole
/// sentence so far, end in a given name and a surname (a patronymic
/// between or not), and hold no verb, no punctuation but hyphens, and
/// nothing in marks: "Итоги дня: «...»" and "Новости Москвы: «...»" name
/// no one.
fn named_before_colon(ctx: &Ctx, open: usize, in_mark: &[u32]) -> Option<Attribution> {
    let colon = open.checked_sub(1).filter(|&c| ctx.is_punct(c, ":"))?;
    let (sa, _) = ctx.sentence_range(open);
    if colon <= sa || colon - sa > MAX_NAMED_CLAUSE {
        return None;
    }
    let plain = (sa..colon).all(|i| {
        in_mark.get(i) == Some(&NONE)
            && (ctx.is_wordlike(i) || ctx.is_punct(i, "-"))
            && ctx.lex(i).cue.is_none()
    });
    if !plain {
        return None;
    }
    let last = colon - 1;
    let capitalised_name =
        |k: usize| ctx.is_capitalised(k) && ctx.word(k).chars().skip(1).any(char::is_lowercase);
    let full_name = (last.saturating_sub(2).max(sa)..last).any(|g| {
        (g..=last).all(capitalised_name) && claimtrace_entity::is_nominative_given_name(ctx.word(g))
    });
    full_name.then_some(((colon, colon + 1), (sa, colon)))
}

/// 'He said:¶"We have a situation ..."': a quote that opens its sentence
/// right after a colon that ends the sentence before (a paragraph of its
/// own) takes the author's words of that sentence.
fn attribution_before_paragraph(ctx: &Ctx, open: usize, in_mark: &[u32]) -> Option<Attribution> {
    let colon = open.checked_sub(1).filter(|&c| ctx.is_punct(c, ":"))?;
    if ctx.sentence_of(colon) == ctx.sentence_of(open) {
        return None;
    }
    attribution_before_open(ctx, open, ctx.sentence_range(colon).0, in_mark)
}

/// The author's words before the opening mark at `open`, in the sentence
/// that starts at `sa`, read back from the mark: an impersonal report ("В
/// заявлении говорится: «...»"), a reporting verb, or a source phrase.
fn attribution_before_open(
    ctx: &Ctx,
    open: usize,
    sa: usize,
    in_mark: &[u32],
) -> Option<Attribution> {
    // After a colon the author's words are the whole clause before it,
    // however long ("добавлял бывший заместитель министра ..., бывший член
    // совета директоров Виктор Кудрявый: «...»").
    let after_colon = open > sa && ctx.is_punct(open - 1, ":");
    let reach = if after_colon { 40 } else { 14 };
    let floor = sa.max(open.saturating_sub(reach));
    let mut v = open;
    while v > floor {
        v -= 1;
        if let Some(&mi) = in_mark.get(v).filter(|&&mi| mi != NONE) {
            // A name in marks among the author's words ("сообщил «Медузе»:")
            // is stepped over; anything longer ends them.
            let mut k = v;
            while k > floor && in_mark.get(k - 1) == Some(&mi) {
                k -= 1;
            }
            if marked_name_end(ctx, k, v + 1) == Some(v + 1) {
                v = k;
                continue;
            }
            break;
        }
        // "В заявлении говорится: «...»", "заяву, у якій йдеться: «...»".
        if let Some(np) = impersonal_source_before_mark(ctx, v, sa, open) {
            return Some(((v, v + 1), np));
        }
        if let Some(found) = reporting_verb_before_open(ctx, v, sa, open, after_colon) {
            return Some(found);
        }
        if let Some(found) = source_phrase_before_open(ctx, v, open) {
            return Some(found);
        }
    }
    None
}

/// He said: "..." / "Об этом рассказал X: «...»": a reporting verb at `v`
/// before the opening mark, its speaker the phrase before it (past a
/// venue phrase), a participle's clause subject, or the phrase after it.
fn reporting_verb_before_open(
    ctx: &Ctx,
    v: usize,
    sa: usize,
    open: usize,
    after_colon: bool,
) -> Option<Attribution> {
    let l = ctx.lex(v);
    let noun_use = ctx.follows_determiner_or_joiner(v, sa);
    if l.cue.is_none() || ctx.is_capitalised(v) || noun_use {
        return None;
    }
    let cue_a = ctx.cue_start(v, sa);
    let cue_b = ctx.cue_end(v, open);
    let before = ctx.np_before(cue_a, sa);
    let before = match speaker_before_venue(ctx, before, cue_a, sa) {
        Some(subject) => subject,
        None => before,
    };
    // "Об этом рассказал X: «...»": the phrase before the verb points
    // back; the speaker follows the verb.
    let before = before.filter(|np| !opens_anaphoric(ctx, np.0));
    // "Stallone ... enjoyed her time in the house saying: "..."": a phrase
    // a preposition governs is no participle's subject; the clause's is.
    let ing = english_participle(ctx, v);
    let words = super::words::rule_words();
    let governed = |k: usize| {
        (crate::frame::is_preposition(ctx, k) || words.object_prepositions.contains(&ctx.lower(k)))
            && !words.absolute_prepositions.contains(&ctx.lower(k))
    };
    let before = before.filter(|np| !((l.participle || ing) && np.0 > sa && governed(np.0 - 1)));
    let speaker = before
        .or_else(|| {
            if l.participle || ing {
                ctx.main_subject(ctx.sentence_range(v), cue_a)
            } else {
                None
            }
        })
        .or_else(|| speaker_after_verb_before_mark(ctx, cue_b, open, after_colon))?;
    Some(((cue_a, cue_b), speaker))
}

/// The speaker phrase after a verb of saying that ends at `cue_b`, before
/// the mark at `open`. "..., бывший член совета директоров Виктор
/// Кудрявый: «...»": a phrase in apposition runs on to the colon.
fn speaker_after_verb_before_mark(
    ctx: &Ctx,
    cue_b: usize,
    open: usize,
    after_colon: bool,
) -> Option<TokenRange> {
    let np = speaker_after_verb(ctx, cue_b, open)?;
    let colon = open - 1;
    let apposition = after_colon
        && ctx.is_punct(np.1, ",")
        && ctx
            .np_after(np.1 + 1, colon)
            .is_some_and(|next| next.1 == colon);
    Some(if apposition { (np.0, colon) } else { np })
}

/// "according to X: «...»", "Згідно з повідомленням штабу: «...»": a
/// source phrase at `v` before the opening mark.
fn source_phrase_before_open(ctx: &Ctx, v: usize, open: usize) -> Option<Attribution> {
    let source_phrase = source_phrase_seconds(ctx, v)
        .is_some_and(|seconds| seconds.iter().any(|s| ctx.lower_is(v + 1, s)));
    if !source_phrase {
        return None;
    }
    let np = speaker_after_verb(ctx, v + 2, open)?;
    Some(((v, v + 2), np))
}
