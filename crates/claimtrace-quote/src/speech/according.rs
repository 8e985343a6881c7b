//! Source phrases: "according to X, ...", "по словам X, ...", "за словами X".

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;

use super::content::{content_end, trim_end, trim_start};
use super::phrases::speaker_after_verb;
use super::slavic::is_cyrillic_word;
use super::words::rule_words;
use super::{Draft, NONE};

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
    if w.len() > 12 || !opens {
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
    let seconds = source_phrase_seconds(ctx, v)?;
    let second_at = |k: usize| seconds.iter().any(|s| ctx.lower_is(k, s));
    // Russian and Ukrainian may put a possessive or an adjective inside
    // the phrase: "по его словам" (the pronoun is the source), "по
    // последним данным МВД", "за попередніми даними поліції".
    let inner = v + 1;
    let (second, source_pronoun) = if second_at(v + 1) {
        (v + 1, None)
    } else if ctx.kind(inner) == Some(TokenKind::Word)
        && !ctx.is_capitalised(inner)
        && is_cyrillic_word(ctx.word(inner))
        && second_at(v + 2)
    {
        let l = ctx.lex(inner);
        (v + 2, (l.pronoun || l.personal).then_some(inner))
    } else {
        return None;
    };
    if second + 1 >= b {
        return None;
    }
    let cue = (v, second + 1);
    // "как рассказал «Медузе» источник": skip a quoted addressee.
    let mut np_from = second + 1;
    if let Some(&mi) = in_mark.get(np_from).filter(|&&mi| mi != NONE) {
        while np_from < b && in_mark.get(np_from) == Some(&mi) {
            np_from += 1;
        }
    }
    let mut np = match source_pronoun {
        Some(p) => (p, p + 1),
        None => speaker_after_verb(ctx, np_from, b)?,
    };
    // The phrase runs on to its comma ("источник в правительстве,").
    if let Some(c) = (np.1..(np.1 + 6).min(b))
        .filter(|_| source_pronoun.is_none())
        .find(|&i| matches!(ctx.kind(i), Some(TokenKind::Punct | TokenKind::Quote)))
    {
        if ctx.is_punct(c, ",")
            && in_mark
                .get(np.1..c)
                .is_some_and(|s| s.iter().all(|&m| m == NONE))
        {
            np.1 = c;
        }
    }
    let after_np = if source_pronoun.is_some() {
        second + 1
    } else {
        np.1
    };
    let at_start = v == a
        || (v == a + 1 && ctx.lex(a).np_stop)
        || (v > a
            && ctx.is_punct(v - 1, ",")
            && ((a..v - 1).all(|i| ctx.lex(i).np_stop || ctx.kind(i) == Some(TokenKind::Punct))));
    let y = if after_np < b && ctx.is_punct(after_np, ",") {
        let ys = after_np + 1;
        let ye = content_end(ctx, ys, b, in_mark);
        (ctx.words_in(ys, ye) >= 3).then_some((ys, ye))
    } else {
        None
    };
    let x = {
        let mut xe = v;
        while xe > a
            && (ctx.is_punct(xe - 1, ",") || (ctx.lex(xe - 1).np_stop && ctx.words_in(a, xe) <= 2))
        {
            xe -= 1;
        }
        while xe > a && ctx.is_punct(xe - 1, ",") {
            xe -= 1;
        }
        let xe = trim_end(ctx, a, xe, in_mark);
        let xs = trim_start(ctx, a, xe);
        (ctx.words_in(xs, xe) >= 3).then_some((xs, xe))
    };
    let content = if at_start { y } else { y.or(x) }?;
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
