//! A wire story's dateline ("KYIV, Ukraine —", "LONDON, May 6 (Reuters)
//! -", "WASHINGTON (AP) —") opens its first paragraph; it says where the
//! story was filed, so it is no part of what anyone said in the sentence
//! after it ("KYIV, Ukraine — Russia launched ..., officials said"). A
//! place alone ("WASHINGTON —") is not told from a subject and an aside
//! ("NATO — the alliance of 32 countries — will meet"), so it is left.

use super::{Draft, TokenRange};
use crate::doc::Ctx;

/// Most tokens of a dateline before its dash.
const MAX_DATELINE_TOKENS: usize = 10;

/// Starts every draft whose content opens a paragraph with a dateline
/// after the dateline's dash.
pub fn past_datelines(ctx: &Ctx, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if let Some(dash) = dateline_dash(ctx, d.content) {
            d.content.0 = dash + 1;
        }
    }
}

/// The dash that closes a dateline at the start of `content`, when
/// `content` opens its paragraph and goes on for a few words after it.
fn dateline_dash(ctx: &Ctx, (a, b): TokenRange) -> Option<usize> {
    let opens_paragraph = a == 0 || ctx.paragraph_of(a - 1) != ctx.paragraph_of(a);
    // An English place in capitals ("KYIV", "PORTO ALEGRE").
    if !opens_paragraph || !ctx.is_acronym(a) || !ctx.word(a).is_ascii() {
        return None;
    }
    let dash = (a + 1..b.min(a + MAX_DATELINE_TOKENS + 1)).find(|&k| {
        ctx.is_dash(k)
            && ctx.char_before(k).is_some_and(char::is_whitespace)
            && ctx.char_after(k).is_some_and(char::is_whitespace)
    })?;
    // Only names, numbers, commas and brackets before it ("May 6",
    // "(Reuters)").
    let dateline_only = (a..dash).all(|k| match ctx.kind(k) {
        Some(claimtrace_core::TokenKind::Word) => ctx.is_capitalised(k),
        Some(claimtrace_core::TokenKind::Number) => true,
        _ => ctx.is_punct(k, ",") || ctx.is_punct(k, "(") || ctx.is_punct(k, ")"),
    });
    // A comma or a bracket shows it ("NATO — the alliance of 32
    // countries — will meet" opens with a subject and an aside).
    let set_off = (a..dash).any(|k| ctx.is_punct(k, ",") || ctx.is_punct(k, "("));
    (dateline_only && set_off && ctx.words_in(dash + 1, b) >= 3).then_some(dash)
}
