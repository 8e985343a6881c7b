//! Quotes signed with a dash: an embedded post or a reader's words with
//! the author's name after a dash, at the end of its line.
//!
//! - `“He represents our greatest shame.” ― Sonya Herridge`
//! - `No one should be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016`
//! - `- Bernie Sanders.` on its own line, after a quoted paragraph
//!
//! The dash is the cue and the name the speaker; the content is the quoted
//! stretch that closes right before the dash, else the line up to the dash,
//! else (a name alone on its line) the quoted paragraph before it. These
//! are read as transcript turns are: certain, so the tagger does not
//! override them.
//!
//! A line that is not quoted is signed only when it ends as a sentence
//! before the dash ("... above the law. — Paul Ryan") or the name carries a
//! handle or a date: "X — Y" is far more often a copula or a pair ("одна
//! из самых горячих точек — Марьинка", "the hosts of the competition -
//! China", "Совета Россия — НАТО") than a signed post.

use claimtrace_core::QuoteKind;

use crate::doc::Ctx;
use crate::marks::Marked;
use crate::speech::Draft;

/// Longest signature name, in words ("Maria Elena de la Cruz").
const MAX_NAME_WORDS: usize = 5;
/// Longest tail after the name: "(@handle) July 5, 2016".
const MAX_TAIL_TOKENS: usize = 12;

fn is_signature_dash(ctx: &Ctx, i: usize) -> bool {
    ctx.is_dash(i) || matches!(ctx.word(i), "--" | "―")
}

/// Whether a line break separates tokens `i` and `i + 1` (or `i` ends the
/// text).
fn line_ends_after(ctx: &Ctx, i: usize) -> bool {
    match (ctx.toks.get(i), ctx.toks.get(i + 1)) {
        (Some(a), Some(b)) => ctx
            .text
            .get(a.end()..b.start())
            .is_none_or(|gap| gap.contains('\n')),
        _ => true,
    }
}

/// A signature: the name's token range, and whether a handle or a date
/// follows it.
struct Signature {
    name: (usize, usize),
    handle_or_date: bool,
}

/// The name after a dash at `d`, if the rest of the line is a signature:
/// capitalised words (not a pronoun, not a verb of saying: "- Added."),
/// then optionally a handle in brackets, a date, a full stop.
fn signature_name(ctx: &Ctx, d: usize, par_end: usize) -> Option<Signature> {
    let a = d + 1;
    let mut b = a;
    while b < par_end && b - a < MAX_NAME_WORDS && ctx.is_capitalised(b) {
        if line_ends_after(ctx, b) {
            b += 1;
            break;
        }
        b += 1;
    }
    if b == a || !(a..b).all(|i| ctx.is_capitalised(i)) {
        return None;
    }
    if b == a + 1 && (ctx.lex(a).pronoun || ctx.lex(a).cue.is_some()) {
        return None;
    }
    let bare = Signature {
        name: (a, b),
        handle_or_date: false,
    };
    // What may follow the name on its line: "(@handle) July 5, 2016" or ".".
    let mut i = b;
    if i > a && line_ends_after(ctx, i - 1) {
        return Some(bare);
    }
    let mut in_bracket = false;
    let mut handle_or_date = false;
    // A handle and a date are a dozen tokens at most: a longer tail is no
    // signature (and a bound keeps a run of dashes linear).
    let tail_end = par_end.min(b + MAX_TAIL_TOKENS);
    while i < tail_end {
        let w = ctx.word(i);
        let ok = match w {
            "(" => {
                in_bracket = true;
                true
            }
            ")" => {
                in_bracket = false;
                true
            }
            "." | "," | "@" => true,
            _ => {
                let dated = ctx.kind(i) == Some(claimtrace_core::TokenKind::Number)
                    || claimtrace_text::month_number(w).is_some();
                handle_or_date |= dated || (in_bracket && w.starts_with('@'));
                in_bracket || dated
            }
        };
        if w == "@" && in_bracket {
            handle_or_date = true;
        }
        if !ok {
            return None;
        }
        if line_ends_after(ctx, i) {
            return Some(Signature {
                handle_or_date,
                ..bare
            });
        }
        i += 1;
    }
    (i >= par_end).then_some(Signature {
        handle_or_date,
        ..bare
    })
}

/// Finds signed quotes, adds them to `drafts` (or gives an existing draft
/// of the same words its cue and speaker) and returns their contents.
pub fn apply(ctx: &Ctx, marks: &[Marked], drafts: &mut Vec<Draft>) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // Quotations by their closing mark, for a lookup per dash: a hostile
    // text with thousands of dashes and marks stays linear.
    let mut by_close: Vec<(usize, usize, usize, usize)> = marks
        .iter()
        .filter_map(|m| m.close.map(|c| (c, m.open, m.first, m.last)))
        .collect();
    by_close.sort_unstable();
    for (p, &(pa, pb)) in ctx.par_tokens.iter().enumerate() {
        // The line the current token sits on starts after the last line
        // break, tracked as the paragraph is read.
        let mut line_start = pa;
        for d in pa..pb {
            if d > pa && line_ends_after(ctx, d - 1) {
                line_start = d;
            }
            if !is_signature_dash(ctx, d) {
                continue;
            }
            let Some(Signature {
                name,
                handle_or_date,
            }) = signature_name(ctx, d, pb)
            else {
                continue;
            };
            let closing = d
                .checked_sub(1)
                .filter(|&c| c >= line_start && ctx.is_quote_mark(c));
            let content = if let Some(c) = closing {
                let at = by_close.partition_point(|x| x.0 < c);
                by_close
                    .get(at)
                    .filter(|x| x.0 == c && x.1 >= pa)
                    .map(|x| (x.2, x.3))
            } else if ctx.words_in(line_start, d) >= 3
                && ((d > 0 && ctx.is_final(d - 1)) || (handle_or_date && !ctx.is_headline(d)))
            {
                // An unquoted line is signed only when it ends a sentence or
                // the name has a handle or a date (module comment). A
                // headline's "Ukraine war latest — Kremlin" is a title and
                // its section, not a signed post (a signed sentence's
                // paragraph, which ends in the name, may look like one).
                Some(ctx.words_within(line_start, d))
            } else if d == line_start && line_start == pa && p > 0 {
                // "- Bernie Sanders." alone: the paragraph before, if quoted.
                ctx.par_tokens
                    .get(p - 1)
                    .filter(|&&(qa, _)| ctx.is_quote_mark(qa))
                    .map(|&(qa, qb)| ctx.words_within(qa, qb))
            } else {
                None
            };
            let Some(content) = content.map(|(a, b)| ctx.words_within(a, b)) else {
                continue;
            };
            if content.1 <= content.0 || ctx.words_in(content.0, content.1) < 2 {
                continue;
            }
            found.push((content, (d, d + 1), name));
        }
    }
    let mut certain = Vec::new();
    for (content, cue, name) in found {
        // The rules may already read the quoted words (as a floating quote
        // without a speaker): that reading takes the signature.
        let existing = drafts
            .iter_mut()
            .find(|r| r.within.is_none() && r.content.0 < content.1 && content.0 < r.content.1);
        match existing {
            Some(r) => {
                r.kind = QuoteKind::Direct;
                r.cue = Some(cue);
                r.speaker = Some(name);
                r.inherit_from = None;
                certain.push(r.content);
                continue;
            }
            None => drafts.push(Draft {
                kind: QuoteKind::Direct,
                content,
                cue: Some(cue),
                speaker: Some(name),
                inherit_from: None,
                within: None,
            }),
        }
        certain.push(content);
    }
    certain
}
