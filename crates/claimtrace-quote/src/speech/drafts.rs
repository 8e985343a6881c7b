//! Finding the quote drafts of a document: direct quotes in marks, dash
//! dialogue, headline labels, reported speech sentence by sentence, partial
//! quotes, and the speakers floating and split quotes inherit.

use claimtrace_core::{QuoteKind, TokenKind};

use crate::dialogue::DashSpeech;
use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::marks::{stretch_of_tokens, Marked};
use crate::speaker_words::speaker_words;

use super::according::according_to;
use super::anaphoric::{anaphoric_passive_report, relays_a_report_of_the_sentence_before};
use super::as_report::{as_idiom_report, as_passive_report};
use super::content::{after_determined_ly_word, trim_end};
use super::direct::attribute_direct;
use super::phrases::speaker_after_author_verb;
use super::reported::{names_oneself, reported};
use super::slavic::{author_verb_from, is_cyrillic_word, slavic_plural};
use super::{CueSeen, Draft, TokenRange, NONE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkRole {
    Direct,
    Partial,
    /// A title, name or scare quote: not speech.
    NotSpeech,
}

/// How a quoted stretch reads: speech that opens a clause, a few quoted
/// words, or a title.
fn classify(ctx: &Ctx, m: &Marked) -> MarkRole {
    let words = ctx.words_in(m.first, m.last);
    if words == 0 {
        return MarkRole::NotSpeech;
    }
    let multi_paragraph =
        ctx.sentence_of(m.first) != ctx.sentence_of(m.last.saturating_sub(1)) && m.close.is_none();
    let (sa, _) = ctx.sentence_range(m.open);
    let prev = m.open.checked_sub(1).filter(|&p| p >= sa);
    // Titles: "the program "Moscow. Kremlin. Putin"", "so-called", "dubbed".
    if let Some(p) = prev {
        let pl = ctx.lex(p);
        if pl.title_marker && !ctx.is_capitalised(p) {
            return MarkRole::NotSpeech;
        }
        let naming = p > sa
            && speaker_words()
                .naming_phrases
                .iter()
                .any(|(first, second)| ctx.lower_is(p, second) && ctx.lower_is(p - 1, first));
        if naming {
            return MarkRole::NotSpeech;
        }
    }
    let starts_clause = match prev {
        None => true,
        Some(p) => {
            ctx.is_punct(p, ":")
                // Not a dash after a noun phrase ("главный приз — «…»",
                // "цель которого — «…»"): that dash is a copula.
                || (ctx.is_dash(p)
                    && (p == sa
                        || ctx.kind(p - 1) != Some(TokenKind::Word)
                        || ctx.lex(p - 1).cue.is_some()))
                || (ctx.is_punct(p, ",") && p > sa && ctx.lex(p - 1).cue.is_some())
                || (ctx.lex(p).cue == Some(CueTier::Speech) && words >= 4)
        }
    };
    // «Мы готовы», — заявил X; "No," she said: a short quotation is
    // speech too when the author's verb follows it.
    let verb_after = m.close.is_some_and(|c| {
        let k = (c + 1..c + 3)
            .find(|&k| !(ctx.is_punct(k, ",") || ctx.is_dash(k)))
            .unwrap_or(c + 3);
        k > c + 1 && ctx.lex(k).cue.is_some()
    });
    if multi_paragraph || (starts_clause && (words >= 3 || ends_with_punct(ctx, m) || verb_after)) {
        return MarkRole::Direct;
    }

    // A few words, all capitalised, no sentence punctuation: a name or a
    // title (Russian and Ukrainian put organisation names in « »).
    let all_caps = (m.first..m.last).all(|i| {
        !ctx.is_wordlike(i) || ctx.is_capitalised(i) || ctx.kind(i) == Some(TokenKind::Number)
    });
    let colon_before = prev.is_some_and(|p| ctx.is_punct(p, ":"));
    if words <= 4 && all_caps && !colon_before && !ends_with_punct(ctx, m) {
        return MarkRole::NotSpeech;
    }
    // Russian and Ukrainian names in marks capitalise the first word only
    // («Зимняя вишня», «Детский мир»), while a few quoted words go on the
    // sentence in lower case; a verb of saying right before still makes
    // them words said (ответил «Нет»).
    let cue_before = prev.is_some_and(|p| ctx.lex(p).cue.is_some());
    // «Инфляция замедляется», — заявил X: a sentence of its own before the
    // author's words.
    let opens_speech = prev.is_none()
        && m.close
            .is_some_and(|c| ctx.is_punct(c + 1, ",") || ctx.is_dash(c + 1));
    if words <= 4
        && !opens_speech
        && ctx.is_capitalised(m.first)
        && is_cyrillic_word(ctx.word(m.first))
        && !colon_before
        && !cue_before
        && !ends_with_punct(ctx, m)
    {
        return MarkRole::NotSpeech;
    }
    // Only capitalised words and no sentence punctuation: a name or title
    // ("Saturday Night Live") unless someone is said to have said it.
    MarkRole::Partial
}

fn ends_with_punct(ctx: &Ctx, m: &Marked) -> bool {
    m.last > m.first
        && matches!(ctx.word(m.last - 1), "." | "," | "!" | "?" | "…")
        && ctx.kind(m.last - 1) == Some(TokenKind::Punct)
}

/// Finds every quote as a draft, in no particular order, and the named
/// (non-pronoun) speakers of every reporting verb met, in text order.
pub fn find_drafts(ctx: &Ctx, marks: &[Marked]) -> (Vec<Draft>, Vec<(usize, usize)>) {
    let n = ctx.toks.len();
    let in_mark = stretch_of_tokens(marks, n);
    let roles: Vec<MarkRole> = marks.iter().map(|m| classify(ctx, m)).collect();
    let mut used_cue = vec![false; n];
    let mut drafts: Vec<Draft> = Vec::new();

    // Dash dialogue (read below); a quotation inside it stays part of it.
    let dash_runs = crate::dialogue::find_dash_speech(ctx);
    let in_dash = dash_coverage(&dash_runs, n);
    let marked = MarkedQuotes {
        marks,
        roles: &roles,
        in_mark: &in_mark,
    };
    let mark_draft = direct_drafts(ctx, &marked, &in_dash, &mut used_cue, &mut drafts);
    let floating = dash_drafts(dash_runs, &mut used_cue, &mut drafts);
    headline_drafts(ctx, &in_mark, &mut used_cue, &mut drafts);
    let seen = reported_drafts(ctx, &in_mark, &used_cue, &in_dash, &mut drafts);
    partial_drafts(ctx, &marked, &seen, &mut drafts);
    nest_direct_in_reported(&mut drafts);
    let no_float = floating_dash_speakers(ctx, &floating, &seen, &mut drafts);
    inherit_floating(ctx, &mut drafts, marks, &mark_draft, &no_float);
    mark_mixed(ctx, &mut drafts);
    let named = named_speakers(ctx, &seen, &drafts);
    (drafts, named)
}

/// The quotation marks of a document, how each reads, and the mark each
/// token sits in (`NONE` outside marks).
struct MarkedQuotes<'m> {
    marks: &'m [Marked],
    roles: &'m [MarkRole],
    in_mark: &'m [u32],
}

/// Which of the `n` tokens dash dialogue covers.
fn dash_coverage(dash_runs: &[DashSpeech], n: usize) -> Vec<bool> {
    let mut in_dash = vec![false; n];
    for run in dash_runs {
        for &(a, b) in &run.segments {
            for slot in in_dash.iter_mut().take(b).skip(a) {
                *slot = true;
            }
        }
    }
    in_dash
}

/// Marks the tokens of a cue as taken: they are not read again as a
/// reporting verb of their own.
fn take_cue(used_cue: &mut [bool], (a, b): TokenRange) {
    for u in used_cue.iter_mut().take(b).skip(a) {
        *u = true;
    }
}

/// Direct quotes: each mark that reads as speech, outside dash dialogue,
/// with the cue and speaker around it, or inside it when the author's
/// words interrupt it. The draft index of each mark.
fn direct_drafts(
    ctx: &Ctx,
    marked: &MarkedQuotes,
    in_dash: &[bool],
    used_cue: &mut [bool],
    drafts: &mut Vec<Draft>,
) -> Vec<Option<usize>> {
    let mut mark_draft: Vec<Option<usize>> = vec![None; marked.marks.len()];
    for (mi, m) in marked.marks.iter().enumerate() {
        if marked.roles.get(mi) != Some(&MarkRole::Direct) {
            continue;
        }
        if in_dash.get(m.open).copied().unwrap_or(false) {
            continue;
        }
        mark_draft[mi] = Some(drafts.len());
        if let Some(cut) = interrupted_quote(ctx, m) {
            take_cue(used_cue, cut.cue);
            push_interrupted(drafts, cut);
            continue;
        }
        let (cue, speaker) = attribute_direct(ctx, m, marked.in_mark);
        if let Some(cue) = cue {
            take_cue(used_cue, cue);
        }
        drafts.push(Draft {
            kind: QuoteKind::Direct,
            content: (m.first, m.last),
            cue,
            speaker,
            inherit_from: None,
            within: None,
        });
    }
    mark_draft
}

/// «A, — признаёт Силуанов. — B»: two direct drafts around the author's
/// words, the second sharing the first's speaker.
fn push_interrupted(drafts: &mut Vec<Draft>, cut: Interruption) {
    let first = drafts.len();
    drafts.push(Draft {
        kind: QuoteKind::Direct,
        content: cut.first,
        cue: Some(cut.cue),
        speaker: Some(cut.speaker),
        inherit_from: None,
        within: None,
    });
    if let Some(rest) = cut.rest {
        drafts.push(Draft {
            kind: QuoteKind::Direct,
            content: rest,
            cue: Some(cut.cue),
            speaker: None,
            inherit_from: Some(first),
            within: None,
        });
    }
}

/// Dash dialogue: "— Мы готовы, — заявил Песков." Its content and cue
/// are not read again as reported speech; later segments of a run share
/// the first one's speaker. The draft index of each segment of floating
/// speech, and whether it comes right after other floating speech.
fn dash_drafts(
    dash_runs: Vec<DashSpeech>,
    used_cue: &mut [bool],
    drafts: &mut Vec<Draft>,
) -> Vec<(usize, bool)> {
    let mut floating: Vec<(usize, bool)> = Vec::new();
    for run in dash_runs {
        if let Some(cue) = run.cue {
            take_cue(used_cue, cue);
        }
        let first = drafts.len();
        for (si, &content) in run.segments.iter().enumerate() {
            if run.floating {
                floating.push((drafts.len(), run.after_bare));
            }
            drafts.push(Draft {
                kind: QuoteKind::Direct,
                content,
                cue: run.cue,
                speaker: if si == 0 { run.speaker } else { None },
                inherit_from: (si > 0).then_some(first),
                within: None,
            });
        }
    }
    floating
}

/// Headlines "Poll: Trump ties Clinton", "Cruz: Trump would ...": the
/// label before the colon is the speaker of what follows it.
fn headline_drafts(ctx: &Ctx, in_mark: &[u32], used_cue: &mut [bool], drafts: &mut Vec<Draft>) {
    for &(pa, pb) in &ctx.par_tokens {
        if !ctx.is_headline(pa) {
            continue;
        }
        let Some(colon) = (pa..(pa + 7).min(pb)).find(|&k| ctx.is_punct(k, ":")) else {
            continue;
        };
        let np = ctx
            .np_walk(colon, pa)
            .filter(|np| np.0 == pa && (np.0..np.1).any(|i| ctx.is_capitalised(i)));
        let start = colon + 1;
        let end = trim_end(ctx, start, pb, in_mark);
        // "Grain corridor: minister says ...": the part after the colon has
        // its own speech verb, so the label is a topic, not the speaker.
        let has_own_cue = (start..end).any(|k| ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k));
        if let Some(np) = np.filter(|_| ctx.words_in(start, end) >= 3 && !has_own_cue) {
            take_cue(used_cue, (colon, colon + 1));
            // A quoted headline after the colon is the same quote.
            drafts.retain(|d| !(d.content.0 >= start && d.content.1 <= end));
            drafts.push(Draft {
                kind: QuoteKind::Indirect,
                content: (start, end),
                cue: Some((colon, colon + 1)),
                speaker: Some(np),
                inherit_from: None,
                within: None,
            });
        }
    }
}

/// Reported speech, sentence by sentence: source phrases ("according to
/// X, ...") and reporting verbs outside marks, dash dialogue and cues
/// already taken. Every reporting verb met, with its sentence index, in
/// text order.
fn reported_drafts(
    ctx: &Ctx,
    in_mark: &[u32],
    used_cue: &[bool],
    in_dash: &[bool],
    drafts: &mut Vec<Draft>,
) -> Vec<(usize, CueSeen)> {
    let mut seen: Vec<(usize, CueSeen)> = Vec::new();
    for (si, &(a, b)) in ctx.sent_tokens.iter().enumerate() {
        let mut v = a;
        while v < b {
            let outside = in_mark.get(v) == Some(&NONE)
                && !used_cue.get(v).copied().unwrap_or(true)
                && !in_dash.get(v).copied().unwrap_or(true);
            if !outside {
                v += 1;
                continue;
            }
            // A source phrase ("according to X, ...") or an idiom of saying
            // ("As one analyst put it, ...") reads past itself.
            let phrase = according_to(ctx, v, (a, b), in_mark)
                .or_else(|| as_idiom_report(ctx, v, (a, b), in_mark).map(|d| (d, v + 2)))
                .or_else(|| as_passive_report(ctx, v, (a, b), in_mark))
                .or_else(|| anaphoric_passive_report(ctx, v, (a, b), in_mark));
            if let Some((draft, next)) = phrase {
                if relays_a_report_of_the_sentence_before(drafts, &draft, a) {
                    v = next.max(v + 1);
                    continue;
                }
                seen.push((
                    si,
                    CueSeen {
                        cue: draft.cue.unwrap_or((v, v + 1)),
                        speaker: draft.speaker,
                    },
                ));
                drafts.push(draft);
                v = next;
                continue;
            }
            if let Some(tier) = ctx.lex(v).cue {
                let cap_inside = ctx.is_capitalised(v) && v > a;
                // "the state", "a report", "their support": a noun.
                let noun_use =
                    ctx.follows_determiner_or_joiner(v, a) || after_determined_ly_word(ctx, v, a);
                if !cap_inside && !noun_use && !names_oneself(ctx, v) {
                    let earlier_speaker = seen
                        .iter()
                        .rev()
                        .take_while(|(s, _)| *s == si)
                        .find_map(|(_, c)| c.speaker.filter(|_| c.cue.1 <= v));
                    let (draft, cue_seen) =
                        reported(ctx, v, tier, (a, b), in_mark, earlier_speaker);
                    seen.push((si, cue_seen));
                    if let Some(d) = draft {
                        // Reporting verbs inside the content are not attributions
                        // of their own (PolNeAR gives a token one role).
                        v = d.content.1.max(v + 1);
                        if !relays_a_report_of_the_sentence_before(drafts, &d, a) {
                            drafts.push(d);
                        }
                        continue;
                    }
                }
            }
            v += 1;
        }
    }
    seen
}

/// Partial quotes: a few quoted words inside reported speech share its
/// speaker; elsewhere they take the nearest reporting verb of their
/// sentence that has a speaker.
fn partial_drafts(
    ctx: &Ctx,
    marked: &MarkedQuotes,
    seen: &[(usize, CueSeen)],
    drafts: &mut Vec<Draft>,
) {
    let mut reports: Vec<(usize, usize, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind != QuoteKind::Direct)
        .map(|(i, d)| (d.content.0, d.content.1, i))
        .collect();
    reports.sort_unstable();
    for (mi, m) in marked.marks.iter().enumerate() {
        if marked.roles.get(mi) != Some(&MarkRole::Partial) {
            continue;
        }
        let end = m.close.unwrap_or(m.last);
        if let Some(ci) = containing_report(&reports, m.open, end) {
            drafts.push(Draft {
                kind: QuoteKind::Partial,
                content: (m.first, m.last),
                cue: None,
                speaker: None,
                inherit_from: Some(ci),
                within: Some(ci),
            });
            continue;
        }
        if let Some(c) = nearest_cue_with_speaker(ctx, seen, m.open) {
            // The marks of the speaker's own name ("Как сообщает
            // «Российская газета», ...") quote no one.
            if c.speaker
                .is_some_and(|(s0, s1)| s0 <= m.first && m.last <= s1)
            {
                continue;
            }
            drafts.push(Draft {
                kind: QuoteKind::Partial,
                content: (m.first, m.last),
                cue: Some(c.cue),
                speaker: c.speaker,
                inherit_from: None,
                within: None,
            });
        }
    }
}

/// The draft index of the report (start, end, index; sorted by start)
/// that contains a mark opening at `open` and ending at `end`.
fn containing_report(reports: &[(usize, usize, usize)], open: usize, end: usize) -> Option<usize> {
    // Reports sorted by start: the container is among the last few that
    // start before the mark (bounded look-back keeps this linear).
    let upto = reports.partition_point(|r| r.0 <= open);
    reports
        .get(upto.saturating_sub(8)..upto)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|r| end < r.1)
        .map(|r| r.2)
}

/// The reporting verb with a speaker nearest to token `at` in its
/// sentence.
fn nearest_cue_with_speaker(ctx: &Ctx, seen: &[(usize, CueSeen)], at: usize) -> Option<CueSeen> {
    let si = ctx.sentence_of(at);
    // `seen` is in sentence order: this sentence's cues are one run.
    let from = seen.partition_point(|(s, _)| *s < si);
    seen.get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|(s, _)| *s == si)
        .filter(|(_, c)| c.speaker.is_some())
        .map(|(_, c)| *c)
        .min_by_key(|c| c.cue.0.abs_diff(at))
}

/// Direct quotes inside reported speech (`said that "..."`): partial
/// quotes of the report, sharing its speaker.
fn nest_direct_in_reported(drafts: &mut [Draft]) {
    let mut reported_spans: Vec<(usize, (usize, usize))> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(d.kind, QuoteKind::Indirect))
        .map(|(i, d)| (i, d.content))
        .collect();
    reported_spans.sort_unstable_by_key(|(_, (a, _))| *a);
    for d in drafts.iter_mut() {
        if d.kind == QuoteKind::Direct && d.speaker.is_none() {
            let upto = reported_spans.partition_point(|(_, (a, _))| *a < d.content.0);
            let found = reported_spans
                .get(upto.saturating_sub(8)..upto)
                .unwrap_or(&[])
                .iter()
                .rev()
                .find(|(_, (_, b))| d.content.1 <= *b);
            if let Some(&(ci, _)) = found {
                d.kind = QuoteKind::Partial;
                d.within = Some(ci);
                d.inherit_from = Some(ci);
            }
        }
    }
}

/// Floating dash speech takes the speaker of the last verb of saying in
/// the paragraph before ("Про це розповів голова громади Іван Мельник.").
/// Which drafts may not float to the speaker of a quote before them
/// (speech right after other floating speech).
fn floating_dash_speakers(
    ctx: &Ctx,
    floating: &[(usize, bool)],
    seen: &[(usize, CueSeen)],
    drafts: &mut [Draft],
) -> Vec<bool> {
    let mut no_float = vec![false; drafts.len()];
    for &(di, after_bare) in floating {
        if after_bare {
            if let Some(slot) = no_float.get_mut(di) {
                *slot = true;
            }
            continue;
        }
        let Some(d) = drafts.get(di) else { continue };
        let par = ctx.paragraph_of(d.content.0);
        let start = d.content.0;
        // `seen` is in sentence order: look back from this sentence only,
        // a bounded number of cues.
        let upto = seen.partition_point(|(si, _)| *si <= ctx.sentence_of(start));
        let prev = seen
            .get(..upto)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(16)
            .filter(|(_, c)| c.cue.0 < start && c.speaker.is_some())
            .find(|(_, c)| ctx.paragraph_of(c.cue.0) + 1 >= par)
            .filter(|(_, c)| ctx.paragraph_of(c.cue.0) + 1 == par)
            .and_then(|(_, c)| c.speaker);
        if let (Some(sp), Some(dm)) = (prev, drafts.get_mut(di)) {
            dm.speaker = Some(sp);
        }
    }
    no_float
}

/// The named speakers of every reporting verb met and every draft, in
/// text order: names and groups ("officials", "депутаты заявили"), not a
/// lone pronoun.
fn named_speakers(ctx: &Ctx, seen: &[(usize, CueSeen)], drafts: &[Draft]) -> Vec<TokenRange> {
    let mut named: Vec<(usize, usize)> = seen
        .iter()
        .filter_map(|(_, c)| c.speaker)
        .chain(drafts.iter().filter_map(|d| d.speaker))
        .filter(|&(a, b)| {
            // "officials", "депутаты заявили": a plural names a group.
            let lower_plural =
                ctx.word(b.saturating_sub(1)).ends_with('s') || slavic_plural(ctx.word(a));
            // "собеседник редакции": a Russian or Ukrainian phrase headed
            // by a role noun names the person a later "его" stands for.
            let slavic_role =
                is_cyrillic_word(ctx.word(a)) && super::reported::is_speaker_noun(ctx, a);
            ((a..b).any(|i| ctx.is_capitalised(i)) || lower_plural || slavic_role)
                && !(b == a + 1 && ctx.lex(a).pronoun)
        })
        .collect();
    named.sort_unstable();
    named.dedup();
    named
}

/// Most tokens of the author's words after the speaker inside a pair of
/// marks ("— рассказывала гендиректор Веселова в эфире одной из
/// региональных радиостанций. —").
const MAX_AUTHOR_TAIL: usize = 24;

/// Author's words inside one pair of marks: «A, — признаёт Силуанов. —
/// B» is two stretches of Силуанов's speech around them.
struct Interruption {
    first: TokenRange,
    /// `None` when the author's words end a quote its paragraph leaves
    /// open («A, — радіє Гаряга.¶— B»: B is the next paragraph's dash line).
    rest: Option<TokenRange>,
    cue: TokenRange,
    speaker: TokenRange,
}

fn interrupted_quote(ctx: &Ctx, m: &Marked) -> Option<Interruption> {
    let mut k = m.first + 1;
    while k + 2 < m.last {
        let verb = (ctx.is_dash(k)
            && matches!(ctx.word(k - 1), "," | "!" | "?" | "…" | "...")
            && ctx.kind(k - 1) == Some(TokenKind::Punct))
        .then(|| author_verb_from(ctx, k + 1))
        .flatten();
        if let Some(v) = verb {
            let cue_b = if ctx.lex(v).cue.is_some() {
                ctx.cue_end(v, m.last)
            } else {
                v + 1
            };
            let speaker = speaker_after_author_verb(ctx, cue_b, m.last)?;
            // "— спросил Орлов и улыбнулся. —", "— отзывался он о своей
            // работе на одном из форумов. —": more of the author's words
            // may follow the speaker, up to the full stop or comma and the
            // dash after which the speech resumes (inside one pair of
            // marks, nothing else can end them).
            let limit = (speaker.1 + MAX_AUTHOR_TAIL).min(m.last);
            let e = (speaker.1..limit)
                .find(|&k| {
                    ctx.is_final(k)
                        || ctx.is_dash(k)
                        || ((ctx.is_punct(k, ".") || ctx.is_punct(k, ",")) && ctx.is_dash(k + 1))
                })
                .unwrap_or(speaker.1);
            let resumes = e + 2 < m.last
                && (ctx.is_punct(e, ".") || ctx.is_punct(e, ","))
                && ctx.is_dash(e + 1);
            let ends_the_paragraph = m.close.is_none() && ctx.words_in(speaker.1, m.last) == 0;
            if !resumes && !ends_the_paragraph {
                return None;
            }
            let first_end = if ctx.is_punct(k - 1, ",") { k - 1 } else { k };
            let first = (m.first, first_end);
            let rest = resumes.then_some((e + 2, m.last));
            if ctx.words_in(first.0, first.1) == 0
                || rest.is_some_and(|r| ctx.words_in(r.0, r.1) == 0)
            {
                return None;
            }
            return Some(Interruption {
                first,
                rest,
                cue: (v, cue_b),
                speaker,
            });
        }
        k += 1;
    }
    None
}

/// A direct quote with no speaker of its own takes the speaker of the
/// quote or report just before it (up to two sentences back): the second
/// half of a quote split by its attribution, or a floating quote. A split
/// quote also shares the cue.
fn inherit_floating(
    ctx: &Ctx,
    drafts: &mut [Draft],
    marks: &[Marked],
    mark_draft: &[Option<usize>],
    no_float: &[bool],
) {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| drafts.get(i).map_or(0, |d| d.content.0));
    let mut last_with_speaker: Option<usize> = None;
    // Closing mark of each direct draft.
    let mut close_of_draft: Vec<Option<usize>> = vec![None; drafts.len()];
    for (m, md) in marks.iter().zip(mark_draft) {
        if let Some(slot) = md.and_then(|d| close_of_draft.get_mut(d)) {
            *slot = m.close;
        }
    }
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let has_speaker = d.speaker.is_some() || d.inherit_from.is_some();
        let may_float = !no_float.get(i).copied().unwrap_or(false);
        if d.kind == QuoteKind::Direct && !has_speaker && may_float {
            if let Some(p) = last_with_speaker {
                let prev_sentence = drafts
                    .get(p)
                    .map(|pd| ctx.sentence_of(pd.content.1.saturating_sub(1)))
                    .unwrap_or(0);
                let prev_cue_sentence = drafts
                    .get(p)
                    .and_then(|pd| pd.cue)
                    .map(|c| ctx.sentence_of(c.0))
                    .unwrap_or(prev_sentence);
                let this_sentence = ctx.sentence_of(d.content.0);
                let near = this_sentence.saturating_sub(prev_sentence.max(prev_cue_sentence)) <= 2;
                if near {
                    // Split quote: the previous direct quote's cue sits between
                    // its close and this quote's opening.
                    let split_cue = drafts.get(p).and_then(|pd| {
                        let close = close_of_draft.get(p).copied().flatten()?;
                        let cue = pd.cue?;
                        (pd.kind == QuoteKind::Direct && cue.0 > close && cue.1 <= d.content.0)
                            .then_some(cue)
                    });
                    if let Some(dm) = drafts.get_mut(i) {
                        dm.inherit_from = Some(p);
                        // Dash speech keeps its own verb ("— ..., — пояснює.").
                        if dm.cue.is_none() {
                            dm.cue = split_cue;
                        }
                    }
                }
            }
        }
        let has_speaker = drafts
            .get(i)
            .is_some_and(|d| d.speaker.is_some() || d.inherit_from.is_some());
        let nested = drafts.get(i).is_some_and(|d| d.within.is_some());
        if has_speaker && !nested {
            last_with_speaker = Some(i);
        }
    }
}

/// Reported speech that is mostly quoted words is `mixed`.
fn mark_mixed(ctx: &Ctx, drafts: &mut [Draft]) {
    let mut quoted_words = vec![0usize; drafts.len()];
    for d in drafts.iter() {
        if let Some(w) = d.within {
            if let Some(q) = quoted_words.get_mut(w) {
                *q += ctx.words_in(d.content.0, d.content.1);
            }
        }
    }
    for (d, q) in drafts.iter_mut().zip(quoted_words) {
        if d.kind == QuoteKind::Indirect && q * 2 >= ctx.words_in(d.content.0, d.content.1).max(1) {
            d.kind = QuoteKind::Mixed;
        }
    }
}
