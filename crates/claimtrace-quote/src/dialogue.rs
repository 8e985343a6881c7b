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
//!
//! Russian and Ukrainian text typed without long dashes writes the same
//! dialogue with a hyphen or a figure dash:
//! `- Мы не будем этого делать, - сказал министр.` A hyphen opens lists as
//! often, so a hyphen paragraph is speech when the author's words follow
//! it (a spaced hyphen and a verb of saying), when a colon with a verb of
//! saying comes before it, or, with no author's words, when it is a whole
//! sentence in a run of hyphen paragraphs that is dialogue (one of them
//! has author's words, or questions and answers alternate) and holds no
//! list items.

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

/// A hyphen or a figure dash standing between spaces (or at a paragraph's
/// edge): "- Ми готові, - заявив він." Not one inside a word or a range
/// ("5-6", "1 -2").
fn is_spaced_hyphen(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokenKind::Punct)
        && matches!(ctx.word(i), "-" | "\u{2012}")
        && ctx.char_before(i).is_none_or(char::is_whitespace)
        && ctx.char_after(i).is_none_or(char::is_whitespace)
}

/// A dash of dialogue: a long dash, or (in a paragraph written with
/// hyphens, `hyphen`) a spaced hyphen.
fn is_speech_dash(ctx: &Ctx, i: usize, hyphen: bool) -> bool {
    is_long_dash(ctx, i) || (hyphen && is_spaced_hyphen(ctx, i))
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
/// period) from `[a, b)`, and a closing guillemet that nothing in it opens
/// (the end of a quote opened in an earlier paragraph: «A, — радіє X.¶—
/// B».).
fn trim_punct(ctx: &Ctx, a: usize, mut b: usize) -> usize {
    loop {
        while b > a && ctx.kind(b - 1) == Some(TokenKind::Punct) {
            b -= 1;
        }
        let stray_close = b > a
            && ctx.word(b - 1) == "»"
            && (a..b - 1).filter(|&k| ctx.word(k) == "«").count()
                < (a..b).filter(|&k| ctx.word(k) == "»").count();
        if !stray_close {
            return b;
        }
        b -= 1;
    }
}

/// A verb of saying that can open the author's words or end an
/// introduction. "заявив", "пояснив" are Russian adverbial participles
/// but also the Ukrainian past tense, which is what follows a dash.
fn saying_verb(ctx: &Ctx, k: usize) -> bool {
    let l = ctx.lex(k);
    l.cue.is_some()
        && (!l.participle
            || claimtrace_lexicon::ALL
                .iter()
                .flat_map(|lexicon| lexicon.participle_like_past_endings)
                .any(|e| ctx.word(k).ends_with(e)))
}

/// The cue, the speaker, and the token that ends the author's words.
type AuthorWords = ((usize, usize), Option<(usize, usize)>, usize);

/// The author's words starting at `s` (right after a dash), up to `pb`:
/// the cue, the speaker, and the token that ends them (a sentence end,
/// a comma or colon before the next dash, the next dash, or `pb`).
fn author_words(
    ctx: &Ctx,
    s: usize,
    pb: usize,
    hyphen: bool,
    unlisted_verb: bool,
) -> Option<AuthorWords> {
    // The verb within a few words, before any punctuation; with
    // `unlisted_verb` (the dash closes speech after a comma, "!", "?" or
    // "…"), also a first word the lexicon does not list as one ("— Это
    // непонятный случай, — недоумевает Юргенс").
    let mut v = None;
    let mut k = s;
    while k < pb && k < s + VERB_REACH {
        if ctx.kind(k) != Some(TokenKind::Word) {
            break;
        }
        let unlisted = k == s && unlisted_verb && crate::speech::author_verb_after_dash(ctx, k);
        if (saying_verb(ctx, k) || unlisted) && !ctx.is_capitalised(k) {
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
        && !ctx.is_capitalised(s)
        && !pronoun_subject
        && (s..v).any(|i| ctx.lex(i).np_stop || ctx.lex(i).pronoun)
    {
        return None;
    }
    if v == s && ctx.is_capitalised(s) {
        return None;
    }
    let cue_a = ctx.cue_start(v, s);
    let cue_b = ctx.cue_end(v, pb);
    let mut end = pb;
    let mut j = cue_b;
    while j < pb {
        if ctx.is_final(j) || is_speech_dash(ctx, j, hyphen) {
            end = j;
            break;
        }
        if (ctx.is_punct(j, ",") || ctx.is_punct(j, ":")) && is_speech_dash(ctx, j + 1, hyphen) {
            end = j;
            break;
        }
        j += 1;
    }
    let speaker = if pronoun_subject {
        Some((s, s + 1))
    } else {
        ctx.np_after(cue_b, end).or_else(|| {
            (cue_a > s && ctx.is_capitalised(s))
                .then(|| ctx.np_walk(cue_a, s))
                .flatten()
        })
    };
    Some(((cue_a, cue_b), speaker, end))
}

/// Reads speech that starts at `start` (after its opening dash) and runs
/// at most to `pb`, the end of its paragraph; `hyphen`: spaced hyphens are
/// dashes too.
fn read_run(ctx: &Ctx, start: usize, pb: usize, hyphen: bool) -> DashSpeech {
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
            && is_speech_dash(ctx, k, hyphen)
            && (matches!(ctx.word(k - 1), "," | "!" | "?" | "…" | "." | "...")
                || ctx.is_quote_mark(k - 1));
        if closes_speech {
            // Not after a full stop or a closing mark.
            let unlisted_verb = ctx.kind(k - 1) == Some(TokenKind::Punct)
                && matches!(ctx.word(k - 1), "," | "!" | "?" | "…");
            if let Some((cue, speaker, end)) = author_words(ctx, k + 1, pb, hyphen, unlisted_verb) {
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
                let next_dash = if is_speech_dash(ctx, end, hyphen) {
                    Some(end)
                } else {
                    Some(end + 1).filter(|&d| d < pb && is_speech_dash(ctx, d, hyphen))
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
        if !saying_verb(ctx, v) || (ctx.is_capitalised(v) && v > sa) {
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

/// A paragraph opened by a spaced hyphen in Cyrillic text, as its run of
/// such paragraphs sees it.
#[derive(Debug, Clone, Copy, Default)]
struct HyphenPar {
    open: bool,
    /// The author's words follow a second dash.
    authored: bool,
    /// Ends with a question mark.
    question: bool,
    /// A list item: opens with a small letter, or ends with ";" or ",".
    item: bool,
}

/// How a run of hyphen paragraphs reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum HyphenRun {
    /// Not a hyphen paragraph.
    #[default]
    None,
    /// Dialogue: one paragraph has author's words, or questions and answers
    /// alternate; a whole sentence with no author's words is a reply.
    Dialogue,
    /// A list item among them: only paragraphs with author's words speak.
    List,
    /// Neither: a paragraph speaks with author's words or after a colon.
    Plain,
}

/// For each paragraph of `ctx.par_tokens`, how its run of hyphen
/// paragraphs reads.
fn hyphen_runs(ctx: &Ctx) -> Vec<HyphenRun> {
    let pars: Vec<HyphenPar> = ctx
        .par_tokens
        .iter()
        .map(|&(pa, pb)| {
            let open = pa < pb
                && !ctx.is_headline(pa)
                && is_spaced_hyphen(ctx, pa)
                && is_cyrillic(ctx, pa, pb);
            if !open {
                return HyphenPar::default();
            }
            let last = pb - 1;
            let question = ctx.is_punct(last, "?")
                || (last > pa && ctx.is_quote_mark(last) && ctx.is_punct(last - 1, "?"));
            let small = ctx.kind(pa + 1) == Some(TokenKind::Word) && !ctx.is_capitalised(pa + 1);
            HyphenPar {
                open,
                authored: read_run(ctx, pa + 1, pb, true).cue.is_some(),
                question,
                item: small || ctx.is_punct(last, ";") || ctx.is_punct(last, ","),
            }
        })
        .collect();
    let mut out = vec![HyphenRun::None; pars.len()];
    let mut i = 0;
    while i < pars.len() {
        if !pars.get(i).is_some_and(|p| p.open) {
            i += 1;
            continue;
        }
        let j = (i..pars.len())
            .find(|&j| !pars.get(j).is_some_and(|p| p.open))
            .unwrap_or(pars.len());
        let run = pars.get(i..j).unwrap_or(&[]);
        let authored = run.iter().any(|p| p.authored);
        let replies =
            run.len() >= 2 && run.iter().any(|p| p.question) && run.iter().any(|p| !p.question);
        let reading = if run.iter().any(|p| p.item) {
            HyphenRun::List
        } else if authored || replies {
            HyphenRun::Dialogue
        } else {
            HyphenRun::Plain
        };
        if let Some(slots) = out.get_mut(i..j) {
            slots.fill(reading);
        }
        i = j;
    }
    out
}

/// Speech in dash paragraphs, in text order.
pub fn find_dash_speech(ctx: &Ctx) -> Vec<DashSpeech> {
    let mut out: Vec<DashSpeech> = Vec::new();
    let hyphens = hyphen_runs(ctx);
    // Was the previous paragraph floating dash speech, or a dash paragraph
    // that is not speech (a list item)?
    let mut prev_bare = false;
    let mut prev_list = false;
    let mut prev_end: Option<usize> = None;
    for (p, &(pa, pb)) in ctx.par_tokens.iter().enumerate() {
        let this_prev_end = prev_end.replace(pb);
        let was_bare = std::mem::replace(&mut prev_bare, false);
        let was_list = std::mem::replace(&mut prev_list, false);
        if pa >= pb || ctx.is_headline(pa) {
            continue;
        }
        let cyrillic = is_cyrillic(ctx, pa, pb);
        let hyphen = hyphens.get(p).copied().unwrap_or_default();
        if is_long_dash(ctx, pa) || hyphen != HyphenRun::None {
            prev_list = true;
            // Cyrillic text may mix the dashes: "— Мы готовы, - заявил он."
            let mut run = read_run(ctx, pa + 1, pb, cyrillic);
            if run.segments.is_empty() {
                continue;
            }
            // A whole sentence (not a list item ending in ";"); list items
            // open with a small letter and come in runs.
            let last = pb - 1;
            let whole = ctx.is_final(last) || ctx.is_quote_mark(last);
            let opens_sentence = ctx.is_capitalised(pa + 1)
                || ctx.is_quote_mark(pa + 1)
                || ctx.kind(pa + 1) == Some(TokenKind::Number);
            let sentence_like = whole && opens_sentence && ctx.words_in(pa, pb) >= 2;
            // "Песков заявил журналистам:" closing the paragraph before.
            let intro = this_prev_end
                .filter(|&e| e > 0 && ctx.is_punct(e - 1, ":"))
                .and_then(|e| colon_intro(ctx, e - 1))
                .filter(|_| {
                    hyphen == HyphenRun::None || (sentence_like && hyphen != HyphenRun::List)
                });
            if run.cue.is_none() {
                if let Some((cue, sp)) = intro {
                    run.cue = Some(cue);
                    run.speaker = Some(sp);
                }
            }
            if run.cue.is_none() {
                // Floating: speech in Russian and Ukrainian only. A hyphen
                // paragraph floats only in a run of dialogue.
                let in_dialogue = match hyphen {
                    HyphenRun::None => !was_list,
                    run_reading => run_reading == HyphenRun::Dialogue,
                };
                if !cyrillic || !sentence_like || !in_dialogue {
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
        let Some(colon) =
            (pa..pb).find(|&k| ctx.is_punct(k, ":") && is_speech_dash(ctx, k + 1, cyrillic))
        else {
            continue;
        };
        let Some((cue, sp)) = colon_intro(ctx, colon) else {
            continue;
        };
        let mut run = read_run(ctx, colon + 2, pb, cyrillic);
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
