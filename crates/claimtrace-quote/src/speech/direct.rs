//! The cue and speaker of a direct quote, read after its closing mark or
//! before its opening mark.

use crate::doc::Ctx;
use crate::marks::Marked;

use super::according::source_phrase_seconds;
use super::phrases::speaker_after_verb;
use super::slavic::{
    author_after_dash, author_verb_after_dash, impersonal_source, impersonal_source_before_mark,
    marked_name_end, opens_anaphoric, speaker_before_venue,
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
    if let Some(c) = m.close {
        let (_, sb) = ctx.sentence_range(c);
        let mut j = c + 1;
        let mut after_dash = false;
        while j < sb && (ctx.is_punct(j, ",") || ctx.is_dash(j)) {
            after_dash = after_dash || ctx.is_dash(j);
            j += 1;
        }
        let limit = sb.min(j + 9);
        let mut v = j;
        while v < limit {
            if in_mark.get(v) != Some(&NONE) || ctx.is_final(v) {
                break;
            }
            if ctx.lex(v).cue.is_some()
                && !ctx.lex(v).participle
                && (!ctx.is_capitalised(v) || v == j)
            {
                let cue_a = ctx.cue_start(v, j);
                let cue_b = ctx.cue_end(v, sb);
                let speaker = if cue_a > j {
                    ctx.np_walk(cue_a, j).or_else(|| ctx.np_before(cue_a, j))
                } else {
                    speaker_after_verb(ctx, cue_b, sb)
                };
                if speaker.is_some() {
                    return (Some((cue_a, cue_b)), speaker);
                }
            }
            v += 1;
        }
        // «...», — недоумевает Юргенс: a verb the lexicon does not know.
        if after_dash && in_mark.get(j) == Some(&NONE) && author_verb_after_dash(ctx, j) {
            if let Some(np) = author_after_dash(ctx, j + 1, sb) {
                return (Some((j, j + 1)), Some(np));
            }
            // «...», — говорится в ответе министерства: the document.
            if let Some(np) = impersonal_source(ctx, j, sb) {
                return (Some((j, j + 1)), Some(np));
            }
        }
    }
    // Before the opening mark, in the same sentence.
    let (sa, _) = ctx.sentence_range(m.open);
    let mut v = m.open;
    // After a colon the author's words are the whole clause before it,
    // however long ("добавлял бывший заместитель министра ..., бывший член
    // совета директоров Виктор Кудрявый: «...»").
    let after_colon = m.open > sa && ctx.is_punct(m.open - 1, ":");
    let reach = if after_colon { 40 } else { 14 };
    let floor = sa.max(m.open.saturating_sub(reach));
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
        let l = ctx.lex(v);
        // "В заявлении говорится: «...»", "заяву, у якій йдеться: «...»".
        if let Some(np) = impersonal_source_before_mark(ctx, v, sa, m.open) {
            return (Some((v, v + 1)), Some(np));
        }
        let noun_use = v > sa && (ctx.lex(v - 1).determiner || ctx.lex(v - 1).np_joiner);
        if l.cue.is_some() && !ctx.is_capitalised(v) && !noun_use {
            let cue_a = ctx.cue_start(v, sa);
            let cue_b = ctx.cue_end(v, m.open);
            let before = ctx.np_before(cue_a, sa);
            let before = match speaker_before_venue(ctx, before, cue_a, sa) {
                Some(subject) => subject,
                None => before,
            };
            // "Об этом рассказал X: «...»": the phrase before the verb
            // points back; the speaker follows the verb.
            let before = before.filter(|np| !opens_anaphoric(ctx, np.0));
            let speaker = before
                .or_else(|| {
                    if l.participle {
                        ctx.main_subject(ctx.sentence_range(v), cue_a)
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    let np = speaker_after_verb(ctx, cue_b, m.open)?;
                    // "..., бывший член совета директоров Виктор Кудрявый:
                    // «...»": a phrase in apposition runs on to the colon.
                    let colon = m.open - 1;
                    let apposition = after_colon
                        && ctx.is_punct(np.1, ",")
                        && ctx
                            .np_after(np.1 + 1, colon)
                            .is_some_and(|next| next.1 == colon);
                    Some(if apposition { (np.0, colon) } else { np })
                });
            if speaker.is_some() {
                return (Some((cue_a, cue_b)), speaker);
            }
        }
        // "according to X: «...»", "Згідно з повідомленням штабу: «...»".
        let source_phrase = source_phrase_seconds(ctx, v)
            .is_some_and(|seconds| seconds.iter().any(|s| ctx.lower_is(v + 1, s)));
        if source_phrase {
            let np = speaker_after_verb(ctx, v + 2, m.open);
            if np.is_some() {
                return (Some((v, v + 2)), np);
            }
        }
    }
    (None, None)
}
