//! Dash dialogue, the Russian and Ukrainian way of writing direct speech
//! without quotation marks.
//!
//! A paragraph that opens with a dash is speech; the author's words
//! follow a second dash and start with a verb of saying (or its subject):
//! "— Мы готовы к переговорам, — заявил Песков журналистам." The speech
//! may go on after the author's words ("— ..., — розповідає Наталія, —
//! ...", "— ..., — пояснює. — ..."). Speech may also follow a colon after
//! the author's words ("Песков заявил: — ..."), in the same paragraph or
//! in the one before. A dash paragraph with no author's words at all is
//! *floating* speech: the speaker comes from the paragraph before.
//!
//! In English a dash opens list items and datelines, so there a dash
//! paragraph is speech only when a verb of saying with its speaker
//! follows the second dash (or the colon before the dash).

use claimtrace_core::TokenKind;

use crate::doc::Ctx;

/// Words the author's words may hold before their verb ("слушно
/// поцікавився", "захоплено мовить", "Песков добавил").
const VERB_REACH: usize = 4;

/// Speech read from dashes: one or more stretches of one speaker.
#[derive(Debug, Clone)]
pub struct DashSpeech {
    /// Content stretches `[a, b)`, in text order; the author's words sit
    /// between them.
    pub segments: Vec<(usize, usize)>,
    /// The verb of saying (with its prefix words) and its speaker.
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<(usize, usize)>,
    /// No author's words and no colon before: the speaker is the one of
    /// the paragraph before, when that one names one.
    pub floating: bool,
    /// Floating speech right after another floating dash paragraph (an
    /// interview's questions and answers): it takes no speaker from
    /// before.
    pub after_bare: bool,
}

/// A long dash (not a hyphen).
fn is_long_dash(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokenKind::Punct) && matches!(ctx.word(i), "—" | "–" | "―")
}

fn is_cyrillic(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b.min(a + 12)).any(|i| {
        ctx.kind(i) == Some(TokenKind::Word)
            && ctx
                .word(i)
                .chars()
                .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
    })
}

/// Drops trailing punctuation (a comma before the author's dash, a final
/// period) from `[a, b)`.
fn trim_punct(ctx: &Ctx, a: usize, mut b: usize) -> usize {
    while b > a && ctx.kind(b - 1) == Some(TokenKind::Punct) {
        b -= 1;
    }
    b
}

/// The cue, the speaker, and the token that ends the author's words.
type AuthorWords = ((usize, usize), Option<(usize, usize)>, usize);

/// The author's words starting at `s` (right after a dash), up to `pb`:
/// the cue, the speaker, and the token that ends them (a sentence end,
/// a comma or colon before the next dash, the next dash, or `pb`).
fn author_words(ctx: &Ctx, s: usize, pb: usize) -> Option<AuthorWords> {
    // The verb within a few words, before any punctuation.
    let mut v = None;
    let mut k = s;
    while k < pb && k < s + VERB_REACH {
        if ctx.kind(k) != Some(TokenKind::Word) {
            break;
        }
        let l = ctx.lex(k);
        if l.cue.is_some() && !l.participle && !ctx.is_cap(k) {
            v = Some(k);
            break;
        }
        k += 1;
    }
    let v = v?;
    // Before the verb: adverbs ("слушно"), a pronoun ("він сказав") or a
    // subject with a capital ("Песков добавил").
    let pronoun_subject = v > s && ctx.lex(s).pronoun;
    if v > s
        && !ctx.is_cap(s)
        && !pronoun_subject
        && (s..v).any(|i| ctx.lex(i).np_stop || ctx.lex(i).pronoun)
    {
        return None;
    }
    if v == s && ctx.is_cap(s) {
        return None;
    }
    let cue_a = ctx.cue_start(v, s);
    let cue_b = ctx.cue_end(v, pb);
    let mut end = pb;
    let mut j = cue_b;
    while j < pb {
        if ctx.is_final(j) || is_long_dash(ctx, j) {
            end = j;
            break;
        }
        if (ctx.is_punct(j, ",") || ctx.is_punct(j, ":")) && is_long_dash(ctx, j + 1) {
            end = j;
            break;
        }
        j += 1;
    }
    let speaker = if pronoun_subject {
        Some((s, s + 1))
    } else {
        ctx.np_after(cue_b, end).or_else(|| {
            (cue_a > s && ctx.is_cap(s))
                .then(|| ctx.np_walk(cue_a, s))
                .flatten()
        })
    };
    Some(((cue_a, cue_b), speaker, end))
}

/// Reads speech that starts at `start` (after its opening dash) and runs
/// at most to `pb`, the end of its paragraph.
fn read_run(ctx: &Ctx, start: usize, pb: usize) -> DashSpeech {
    let mut run = DashSpeech {
        segments: Vec::new(),
        cue: None,
        speaker: None,
        floating: false,
        after_bare: false,
    };
    let mut seg_start = start;
    let mut k = start;
    let mut open = true;
    while k < pb {
        // The author's dash follows the speech's last punctuation:
        // "..., —", "...? —", "...! —", "...» —".
        let closes_speech = k > seg_start
            && is_long_dash(ctx, k)
            && (matches!(ctx.word(k - 1), "," | "!" | "?" | "…" | "." | "...")
                || ctx.is_quote_mark(k - 1));
        if closes_speech {
            if let Some((cue, speaker, end)) = author_words(ctx, k + 1, pb) {
                let seg_end = trim_punct(ctx, seg_start, k);
                if ctx.words_in(seg_start, seg_end) > 0 {
                    run.segments.push((seg_start, seg_end));
                }
                if run.cue.is_none() || (run.speaker.is_none() && speaker.is_some()) {
                    run.cue = Some(cue);
                    run.speaker = speaker;
                }
                // The speech goes on after the author's words only when a
                // dash follows them.
                let next_dash = if is_long_dash(ctx, end) {
                    Some(end)
                } else {
                    Some(end + 1).filter(|&d| d < pb && is_long_dash(ctx, d))
                };
                match next_dash {
                    Some(d) => {
                        seg_start = d + 1;
                        k = d + 1;
                        continue;
                    }
                    None => {
                        open = false;
                        break;
                    }
                }
            }
        }
        k += 1;
    }
    if open {
        let seg_end = trim_punct(ctx, seg_start, pb);
        if ctx.words_in(seg_start, seg_end) > 0 {
            run.segments.push((seg_start, seg_end));
        }
    }
    run
}

/// The verb of saying and its speaker in the sentence that ends with the
/// colon at `colon`: "Песков заявил:", "Глава района сказала журналистам:".
fn colon_intro(ctx: &Ctx, colon: usize) -> Option<((usize, usize), (usize, usize))> {
    let (sa, _) = ctx.sentence_range(colon);
    let floor = sa.max(colon.saturating_sub(14));
    let mut v = colon;
    while v > floor {
        v -= 1;
        let l = ctx.lex(v);
        if l.cue.is_none() || l.participle || (ctx.is_cap(v) && v > sa) {
            continue;
        }
        let cue_a = ctx.cue_start(v, sa);
        let cue_b = ctx.cue_end(v, colon);
        let speaker = ctx
            .np_before(cue_a, sa)
            .or_else(|| ctx.np_after(cue_b, colon));
        return speaker.map(|sp| ((cue_a, cue_b), sp));
    }
    None
}

/// Speech in dash paragraphs, in text order.
pub fn find_dash_speech(ctx: &Ctx) -> Vec<DashSpeech> {
    let mut out: Vec<DashSpeech> = Vec::new();
    // Was the previous paragraph floating dash speech, or a dash paragraph
    // that is not speech (a list item)?
    let mut prev_bare = false;
    let mut prev_list = false;
    let mut prev_end: Option<usize> = None;
    for &(pa, pb) in &ctx.par_tokens {
        let this_prev_end = prev_end.replace(pb);
        let was_bare = std::mem::replace(&mut prev_bare, false);
        let was_list = std::mem::replace(&mut prev_list, false);
        if pa >= pb || ctx.is_headline(pa) {
            continue;
        }
        let cyrillic = is_cyrillic(ctx, pa, pb);
        if is_long_dash(ctx, pa) {
            prev_list = true;
            let mut run = read_run(ctx, pa + 1, pb);
            if run.segments.is_empty() {
                continue;
            }
            // "Песков заявил журналистам:" closing the paragraph before.
            let intro = this_prev_end
                .filter(|&e| e > 0 && ctx.is_punct(e - 1, ":"))
                .and_then(|e| colon_intro(ctx, e - 1));
            if run.cue.is_none() {
                if let Some((cue, sp)) = intro {
                    run.cue = Some(cue);
                    run.speaker = Some(sp);
                }
            }
            if run.cue.is_none() {
                // Floating: speech in Russian and Ukrainian only, and only a
                // whole sentence (not a list item ending in ";").
                // List items open with a small letter and come in runs.
                let last = pb - 1;
                let whole = ctx.is_final(last) || ctx.is_quote_mark(last);
                let opens_sentence = ctx.is_cap(pa + 1)
                    || ctx.is_quote_mark(pa + 1)
                    || ctx.kind(pa + 1) == Some(TokenKind::Number);
                if !cyrillic || !whole || !opens_sentence || was_list || ctx.words_in(pa, pb) < 2 {
                    continue;
                }
                run.floating = true;
                run.after_bare = was_bare;
                prev_bare = true;
            } else if run.speaker.is_none() && !cyrillic {
                // English needs a speaker after the second dash.
                continue;
            }
            prev_list = false;
            out.push(run);
            continue;
        }
        // "Песков заявил: — Мы ..." inside the paragraph.
        let Some(colon) = (pa..pb).find(|&k| ctx.is_punct(k, ":") && is_long_dash(ctx, k + 1))
        else {
            continue;
        };
        let Some((cue, sp)) = colon_intro(ctx, colon) else {
            continue;
        };
        let mut run = read_run(ctx, colon + 2, pb);
        if run.segments.is_empty() {
            continue;
        }
        if run.cue.is_none() {
            run.cue = Some(cue);
            run.speaker = Some(sp);
        }
        out.push(run);
    }
    out
}
