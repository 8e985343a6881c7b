//! Reports inside brackets: "A fresh poll has lower numbers (44 percent
//! of Americans say they want the House to impeach), but ...". A verb of
//! saying inside an open bracket has its speaker inside it, and what it
//! reports ends where the bracket closes.

use super::{Draft, TokenRange};
use crate::doc::Ctx;

/// Most tokens read back from a cue for the bracket it sits in, and
/// forward through a content for the bracket's end: brackets around a
/// report are short, and the work stays linear in the document.
const REACH: usize = 60;

/// Keeps each report inside a bracket within it.
pub fn reports_in_brackets(ctx: &Ctx, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        let Some((ca, cb)) = d.cue else { continue };
        let Some(open) = open_bracket_before(ctx, ca) else {
            continue;
        };
        // Only a report whose words follow its verb ("say they want"):
        // words before the verb and the bracket are read elsewhere.
        if d.content.0 < cb {
            continue;
        }
        if d.speaker.is_some_and(|(a, _)| a <= open) {
            if let Some(np) = ctx.np_before(ca, open + 1) {
                d.speaker = Some(with_head_before_of(ctx, np, open + 1));
            }
        }
        if let Some(close) = closing_bracket_in(ctx, d.content) {
            if ctx.words_in(d.content.0, close) >= 1 {
                d.content.1 = close;
            }
        }
    }
}

/// Most words of a head before "of" that the speaker phrase takes in
/// ("44 percent of | Americans").
const MAX_HEAD_WORDS: usize = 4;

/// The phrase `np` with the head that governs it through a preposition of
/// the speaker ("44 percent of Americans", "a spokesman for the mayor"),
/// from the bracket's start at `floor`.
fn with_head_before_of(ctx: &Ctx, np: TokenRange, floor: usize) -> TokenRange {
    let linked = np.0 > floor + 1
        && super::words::rule_words()
            .speaker_of_prepositions
            .iter()
            .any(|p| ctx.lower_is(np.0 - 1, p));
    if linked
        && ctx.words_in(floor, np.0 - 1) <= MAX_HEAD_WORDS
        && !(floor..np.0 - 1).any(|k| ctx.lex(k).cue.is_some())
    {
        (floor, np.1)
    } else {
        np
    }
}

/// The part of the phrase `[a, b)` after a bracket it opens and does not
/// close: "A fresh poll has lower numbers for removal (44 percent of
/// Americans | say ...)" is spoken by the words inside.
pub(super) fn after_open_bracket(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    for k in (a..b).rev() {
        if is_close(ctx, k) {
            break;
        }
        if is_open(ctx, k) {
            return if k + 1 < b { (k + 1, b) } else { (a, b) };
        }
    }
    (a, b)
}

fn is_open(ctx: &Ctx, k: usize) -> bool {
    ctx.is_punct(k, "(") || ctx.is_punct(k, "[")
}

fn is_close(ctx: &Ctx, k: usize) -> bool {
    ctx.is_punct(k, ")") || ctx.is_punct(k, "]")
}

/// The bracket opened before the cue at `ca`, in its sentence, and not
/// closed before it.
fn open_bracket_before(ctx: &Ctx, ca: usize) -> Option<usize> {
    let (sa, _) = ctx.sentence_range(ca);
    let from = ca.saturating_sub(REACH).max(sa);
    for k in (from..ca).rev() {
        if is_close(ctx, k) {
            return None;
        }
        if is_open(ctx, k) {
            return Some(k);
        }
    }
    None
}

/// The first closing bracket inside the content `(a, b)`.
fn closing_bracket_in(ctx: &Ctx, (a, b): TokenRange) -> Option<usize> {
    (a..b.min(a + REACH)).find(|&k| is_close(ctx, k))
}
