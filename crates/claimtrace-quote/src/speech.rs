//! Direct, partial, indirect and mixed quotes: finding them and their
//! cues and speakers (as token ranges), then resolving the speakers.

use claimtrace_core::{Document, Quote, QuoteKind, SpanText, Speaker, TokenKind};

use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::marks::{stretch_of_tokens, Marked};

const NONE: u32 = u32::MAX;

/// Token indices `[a, b)`.
type TokenRange = (usize, usize);

/// Prepositions after "said this/it": an object, not a clause.
const PREPOSITIONS: &[&str] = &[
    "during", "in", "on", "at", "to", "for", "with", "about", "after", "before", "again", "when",
];

/// Nouns whose `that` clause is not what the speaker said ("mention the
/// fact that", "dismissed the idea that").
const NOT_REPORTED: &[&str] = &[
    "fact",
    "idea",
    "possibility",
    "notion",
    "claim",
    "claims",
    "news",
    "rumors",
    "rumours",
    "allegation",
    "allegations",
    "suggestion",
    "view",
    "hope",
    "fear",
    "fears",
    "concern",
    "concerns",
    "impression",
    "belief",
    "argument",
    "theory",
    "assumption",
];

/// A quote before its speaker is resolved. Ranges are token ranges `[a, b)`.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: QuoteKind,
    pub content: (usize, usize),
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<(usize, usize)>,
    /// Index of the draft whose speaker this one shares (a partial quote
    /// inside reported speech, a floating or split quote).
    pub inherit_from: Option<usize>,
    /// Index of the draft this one sits inside.
    pub within: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkRole {
    Direct,
    Partial,
    /// A title, name or scare quote: not speech.
    NotSpeech,
}

/// A reporting verb met in a sentence, with the speaker found for it;
/// partial quotes in the sentence take it when no report contains them.
#[derive(Debug, Clone, Copy)]
struct CueSeen {
    cue: (usize, usize),
    speaker: Option<(usize, usize)>,
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
        if ctx.lower_is(p, "as") && p > sa && ctx.lower_is(p - 1, "known") {
            return MarkRole::NotSpeech;
        }
    }
    let starts_clause = match prev {
        None => true,
        Some(p) => {
            ctx.is_punct(p, ":")
                || ctx.is_dash(p)
                || (ctx.is_punct(p, ",") && p > sa && ctx.lex(p - 1).cue.is_some())
                || (ctx.lex(p).cue == Some(CueTier::Speech) && words >= 4)
        }
    };
    if multi_paragraph || (starts_clause && (words >= 3 || ends_with_punct(ctx, m))) {
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
    // Draft index of each direct mark.
    let mut mark_draft: Vec<Option<usize>> = vec![None; marks.len()];

    // Dash dialogue (read below); a quotation inside it stays part of it.
    let dash_runs = crate::dialogue::find_dash_speech(ctx);
    let mut in_dash = vec![false; n];
    for run in &dash_runs {
        for &(a, b) in &run.segments {
            for slot in in_dash.iter_mut().take(b).skip(a) {
                *slot = true;
            }
        }
    }

    for (mi, m) in marks.iter().enumerate() {
        if roles.get(mi) != Some(&MarkRole::Direct) {
            continue;
        }
        if in_dash.get(m.open).copied().unwrap_or(false) {
            continue;
        }
        if let Some(cut) = interrupted_quote(ctx, m) {
            for u in used_cue.iter_mut().take(cut.cue.1).skip(cut.cue.0) {
                *u = true;
            }
            mark_draft[mi] = Some(drafts.len());
            let first = drafts.len();
            drafts.push(Draft {
                kind: QuoteKind::Direct,
                content: cut.first,
                cue: Some(cut.cue),
                speaker: Some(cut.speaker),
                inherit_from: None,
                within: None,
            });
            drafts.push(Draft {
                kind: QuoteKind::Direct,
                content: cut.rest,
                cue: Some(cut.cue),
                speaker: None,
                inherit_from: Some(first),
                within: None,
            });
            continue;
        }
        let (cue, speaker) = attribute_direct(ctx, m, &in_mark);
        if let Some((a, b)) = cue {
            for u in used_cue.iter_mut().take(b).skip(a) {
                *u = true;
            }
        }
        mark_draft[mi] = Some(drafts.len());
        drafts.push(Draft {
            kind: QuoteKind::Direct,
            content: (m.first, m.last),
            cue,
            speaker,
            inherit_from: None,
            within: None,
        });
    }

    // Dash dialogue: "— Мы готовы, — заявил Песков." Its content and cue
    // are not read again as reported speech.
    let mut floating: Vec<(usize, bool)> = Vec::new();
    for run in dash_runs {
        if let Some((a, b)) = run.cue {
            for k in a..b {
                if let Some(u) = used_cue.get_mut(k) {
                    *u = true;
                }
            }
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

    // Headlines "Poll: Trump ties Clinton", "Cruz: Trump would ...".
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
        let end = trim_end(ctx, start, pb, &in_mark);
        // "Grain corridor: minister says ...": the part after the colon has
        // its own speech verb, so the label is a topic, not the speaker.
        let has_own_cue = (start..end).any(|k| ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k));
        if let Some(np) = np.filter(|_| ctx.words_in(start, end) >= 3 && !has_own_cue) {
            if let Some(u) = used_cue.get_mut(colon) {
                *u = true;
            }
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

    // Reported speech, sentence by sentence.
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
            if let Some((draft, next)) = according_to(ctx, v, (a, b), &in_mark) {
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
                let noun_use = v > a && (ctx.lex(v - 1).determiner || ctx.lex(v - 1).np_joiner);
                if !cap_inside && !noun_use {
                    let (draft, cue_seen) = reported(ctx, v, tier, (a, b), &in_mark);
                    seen.push((si, cue_seen));
                    if let Some(d) = draft {
                        // Reporting verbs inside the content are not attributions
                        // of their own (PolNeAR gives a token one role).
                        v = d.content.1.max(v + 1);
                        drafts.push(d);
                        continue;
                    }
                }
            }
            v += 1;
        }
    }

    // Partial quotes: inside reported speech, or next to a reporting verb.
    let mut reports: Vec<(usize, usize, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind != QuoteKind::Direct)
        .map(|(i, d)| (d.content.0, d.content.1, i))
        .collect();
    reports.sort_unstable();
    for (mi, m) in marks.iter().enumerate() {
        if roles.get(mi) != Some(&MarkRole::Partial) {
            continue;
        }
        let end = m.close.unwrap_or(m.last);
        // Reports sorted by start: the container is among the last few
        // that start before the mark (bounded look-back keeps this linear).
        let upto = reports.partition_point(|r| r.0 <= m.open);
        let container = reports
            .get(upto.saturating_sub(8)..upto)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(|r| end < r.1)
            .map(|r| r.2);
        if let Some(ci) = container {
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
        let si = ctx.sentence_of(m.open);
        // `seen` is in sentence order: this sentence's cues are one run.
        let from = seen.partition_point(|(s, _)| *s < si);
        let cue = seen
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(s, _)| *s == si)
            .filter(|(_, c)| c.speaker.is_some())
            .map(|(_, c)| *c)
            .min_by_key(|c| c.cue.0.abs_diff(m.open));
        if let Some(c) = cue {
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

    // Direct quotes inside reported speech: `said that "..."`.
    let reported_spans: Vec<(usize, (usize, usize))> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(d.kind, QuoteKind::Indirect))
        .map(|(i, d)| (i, d.content))
        .collect();
    let mut reported_spans = reported_spans;
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

    // Floating dash speech takes the speaker of the last verb of saying in
    // the paragraph before ("Про це розповів голова громади Іван Мельник.").
    let mut no_float = vec![false; drafts.len()];
    for &(di, after_bare) in &floating {
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
    inherit_floating(ctx, &mut drafts, marks, &mark_draft, &no_float);
    mark_mixed(ctx, &mut drafts);
    let mut named: Vec<(usize, usize)> = seen
        .iter()
        .filter_map(|(_, c)| c.speaker)
        .chain(drafts.iter().filter_map(|d| d.speaker))
        .filter(|&(a, b)| {
            // "officials", "депутаты заявили": a plural names a group.
            let lower_plural =
                ctx.word(b.saturating_sub(1)).ends_with('s') || slavic_plural(ctx.word(a));
            ((a..b).any(|i| ctx.is_capitalised(i)) || lower_plural)
                && !(b == a + 1 && ctx.lex(a).pronoun)
        })
        .collect();
    named.sort_unstable();
    named.dedup();
    (drafts, named)
}

/// The cue and speaker of a direct quote: after its closing mark
/// ("...," Putin said / said the president), or before its opening mark
/// (He said: "...").
fn attribute_direct(
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

/// One past the last token of reported content that starts at `start`:
/// the sentence end, a semicolon, or a comma that opens another
/// attribution (", and, according to Psaki," / ", adding that").
fn content_end(ctx: &Ctx, start: usize, sb: usize, in_mark: &[u32]) -> usize {
    let mut k = start;
    while k < sb {
        if in_mark.get(k) == Some(&NONE) {
            if ctx.is_punct(k, ";") {
                break;
            }
            // A sentence end the splitter missed ("$27.16. Sanders ...").
            if ctx.is_final(k)
                && k + 1 < sb
                && (ctx.is_capitalised(k + 1) || ctx.is_quote_mark(k + 1))
                && !ctx.is_title_period(k)
            {
                break;
            }
            // "... and tells the crowd ...": a second reporting verb
            // coordinated with the first starts a report of its own.
            if k > start
                && (ctx.lower_is(k, "and") || ctx.lower_is(k, "but"))
                && ctx.lex(k + 1).cue.is_some()
                && !ctx.is_capitalised(k + 1)
            {
                break;
            }
            if ctx.is_punct(k, ",") {
                let mut q = k + 1;
                while q < sb
                    && q < k + 4
                    && (ctx.is_punct(q, ",") || ctx.lex(q).np_stop && !ctx.lower_is(q, "according"))
                {
                    q += 1;
                }
                let next_is_frame = ctx.lower_is(q, "according")
                    || (ctx.lex(q).participle && ctx.lex(q).cue.is_some());
                // ", but Cook did not say when", ", however this time ...":
                // a contrasting clause is the reporter's, not the speaker's.
                let contrast = ["but", "however", "while", "although", "though", "whereas"]
                    .iter()
                    .any(|c| ctx.lower_is(k + 1, c));
                // "..., sources said." / "..., a spokesman announced Monday
                // morning.": the sentence's own attribution closes it; what
                // comes before is its content, not this report's.
                let final_attribution = || {
                    ctx.np_after(k + 1, sb).is_some_and(|(_, v)| {
                        let l = ctx.lex(v);
                        l.cue.is_some()
                            && !l.participle
                            && (v + 1 >= sb
                                || ctx.is_final(v + 1)
                                || adjunct_to_end(ctx, v + 1, sb))
                    })
                };
                if next_is_frame || contrast || final_attribution() {
                    break;
                }
            }
        }
        k += 1;
    }
    trim_end(ctx, start, k, in_mark)
}

/// Drops trailing sentence punctuation, keeping a closing quotation mark
/// whose quote opened inside the content.
fn trim_end(ctx: &Ctx, start: usize, mut end: usize, in_mark: &[u32]) -> usize {
    while end > start {
        let last = end - 1;
        let is_mark = ctx.is_quote_mark(last);
        let punct = ctx.kind(last) == Some(TokenKind::Punct);
        if is_mark {
            let opened_inside = in_mark.get(last).is_some_and(|&mi| {
                mi != NONE && (start..last).any(|t| in_mark.get(t) == Some(&mi))
            });
            if opened_inside {
                break;
            }
            end -= 1;
        } else if punct {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// Drops leading punctuation, and starts after the last sentence end the
/// splitter missed ("... $27.16. Sanders appears ...").
fn trim_start(ctx: &Ctx, mut start: usize, end: usize) -> usize {
    if let Some(k) = (start..end).rev().find(|&k| {
        ctx.is_final(k)
            && (ctx.is_capitalised(k + 1) || ctx.is_quote_mark(k + 1))
            && !ctx.is_title_period(k)
    }) {
        start = k + 1;
    }
    while start < end && matches!(ctx.kind(start), Some(TokenKind::Punct)) {
        start += 1;
    }
    start
}

/// After a reporting verb, the rest of the sentence is only its adjunct or
/// addressee ("said on Friday.", "told reporters.", "told The Huffington
/// Post on Thursday."): a few words, no verb, no comma, no quotation.
fn adjunct_to_end(ctx: &Ctx, t: usize, b: usize) -> bool {
    const MAX_WORDS: usize = 8;
    let mut words = 0;
    for i in t..b {
        if ctx.is_final(i) {
            return words > 0 && !has_verbish(ctx, t, i);
        }
        let l = ctx.lex(i);
        if ctx.is_quote_mark(i) || ctx.is_punct(i, ",") || l.cue.is_some() || l.complementizer {
            return false;
        }
        if ctx.is_wordlike(i) {
            words += 1;
            if words > MAX_WORDS {
                return false;
            }
        }
    }
    words > 0 && !has_verbish(ctx, t, b)
}

/// "lawyers for the family", "a spokesman for the ministry", "the head of
/// the agency": a speaker found as the noun phrase before the verb takes
/// the noun it completes.
fn widen_with_of_phrase(ctx: &Ctx, sp: (usize, usize), floor: usize) -> (usize, usize) {
    let mut sp = sp;
    for _ in 0..2 {
        let Some(prep) = sp.0.checked_sub(1).filter(|&p| p > floor) else {
            break;
        };
        if !["for", "of", "at", "with", "from", "in"]
            .iter()
            .any(|w| ctx.lower_is(prep, w))
        {
            break;
        }
        match ctx.np_before(prep, floor) {
            Some((x, _)) if x < prep => sp = (x, sp.1),
            _ => break,
        }
    }
    sp
}

fn starts_clause(ctx: &Ctx, t: usize) -> bool {
    let l = ctx.lex(t);
    match ctx.kind(t) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            let w = ctx.word(t);
            // "he'd", "it's", "they're": a pronoun with a clitic.
            let clitic_pronoun = w.split(['\'', '’']).next().is_some_and(|p| {
                p.len() < w.len() && crate::lexicon::lookup(p, &mut String::new()).pronoun
            });
            (l.pronoun && !ctx.lower_is(t, "you"))
                || clitic_pronoun
                || l.determiner
                || ctx.is_capitalised(t)
                || ctx.lower_is(t, "there")
                || (l.nominal && !l.np_joiner)
                || (!l.np_stop && l.cue.is_none() && !w.ends_with("ly") && !l.relative)
        }
        _ => false,
    }
}

/// Reported speech around the reporting verb at `v`.
fn reported(
    ctx: &Ctx,
    v: usize,
    tier: CueTier,
    sent: (usize, usize),
    in_mark: &[u32],
) -> (Option<Draft>, CueSeen) {
    let (a, b) = sent;
    let lex = ctx.lex(v);
    let mut cue_a = ctx.cue_start(v, a);
    let cue_b = ctx.cue_end(v, b);
    // "it was revealed that": an impersonal report with no speaker.
    let impersonal = v >= a + 2
        && matches!(ctx.word(v - 1), "was" | "is" | "been" | "were")
        && (ctx.lower_is(v - 2, "it") || (v >= a + 3 && ctx.lower_is(v - 3, "it")));
    let before_cue = cue_a.checked_sub(1).filter(|&p| p >= a);
    let after_comma = before_cue.is_some_and(|p| ctx.is_punct(p, ","));
    let mut speaker = if impersonal {
        cue_a = if ctx.lower_is(v - 2, "it") {
            v - 1
        } else {
            v - 2
        };
        None
    } else if lex.participle {
        if after_comma {
            let cyrillic = is_cyrillic_word(ctx.word(v));
            ctx.main_subject(sent, cue_a)
                .filter(|np| !(cyrillic && slavic_preposition(ctx, np.0)))
                .or_else(|| {
                    // "Об этом сообщил Лавров, добавив, что ...": the subject
                    // follows the first verb.
                    if cyrillic {
                        inverted_subject_before(ctx, a, cue_a)
                    } else {
                        None
                    }
                })
        } else {
            None
        }
    } else if before_cue.is_some_and(|p| ctx.lower_is(p, "and") || ctx.lower_is(p, "but")) {
        // "Clinton celebrated ..., and said ...": the clause's subject.
        ctx.main_subject(sent, cue_a)
    } else {
        ctx.np_before(cue_a, a)
    };
    // "Об этом сообщил ...", "Про це розповів ...": a prepositional phrase
    // before the verb, whose subject follows it.
    // "При этом Аузан добавил": the subject is what follows the phrase.
    let mut pp_before = false;
    // "Об этом сообщил X.": the report is of the sentence before.
    let anaphoric = !lex.participle && cue_a >= a + 2 && opens_anaphoric(ctx, a);
    if anaphoric {
        speaker = speaker
            .map(|(s0, s1)| (s0.max(a + 2), s1))
            .filter(|&(s0, s1)| {
                // A name, a role or a pronoun; "Про це сьогодні говорив"
                // has no subject before the verb.
                s0 < s1
                    && !slavic_preposition(ctx, s0)
                    && (s0..s1).any(|i| ctx.is_capitalised(i) || ctx.lex(i).nominal)
                    || (s1 == s0 + 1 && ctx.lex(s0).pronoun)
            });
        pp_before = speaker.is_none();
    }
    // "Блинкен в интервью CNN сказал", "в интервью Первому каналу сообщил
    // глава МИД": the outlet after a venue noun is not the speaker.
    let venue_subject = if impersonal || lex.participle {
        None
    } else {
        speaker_before_venue(ctx, speaker, cue_a, a)
    };
    if let Some(subject) = venue_subject {
        speaker = subject;
        pp_before = speaker.is_none();
    }
    if let Some((s0, s1)) = speaker.filter(|np| slavic_preposition(ctx, np.0)) {
        let rest = (s0 + 1..s1).find(|&i| ctx.is_capitalised(i));
        speaker = rest.map(|r| (r, s1));
        pp_before = speaker.is_none();
    }
    // Inverted: "..., said the minister." / "— заявил Путин."
    let mut inverted = false;
    if speaker.is_none() && !impersonal && !lex.participle {
        let ok = pp_before
            || before_cue
                .is_none_or(|p| ctx.is_punct(p, ",") || ctx.is_dash(p) || ctx.is_quote_mark(p));
        if ok {
            // The inverted subject closes its clause: "..., said the
            // minister." but not "..., said the chamber will vote".
            speaker = speaker_after_verb(ctx, cue_b, b).filter(|np| {
                np.1 >= b || matches!(ctx.kind(np.1), Some(TokenKind::Punct | TokenKind::Quote))
            });
            inverted = speaker.is_some();
        }
    }
    let seen = CueSeen {
        cue: (cue_a, cue_b),
        speaker,
    };
    if speaker.is_none() && !impersonal {
        return (None, seen);
    }
    if tier == CueTier::QuoteOnly {
        return (
            object_content(ctx, v, (cue_a, cue_b), speaker, inverted, b, in_mark),
            seen,
        );
    }
    if tier == CueTier::Intent {
        // "wants to build", "plans to run": the infinitive is the content.
        let content = (ctx.lower_is(cue_b, "to") && !inverted).then(|| {
            let end = content_end(ctx, cue_b, b, in_mark);
            (cue_b, end)
        });
        let draft = content
            .filter(|c| ctx.words_in(c.0, c.1) >= 2)
            .map(|content| Draft {
                kind: QuoteKind::Indirect,
                content,
                cue: Some((cue_a, cue_b)),
                speaker,
                inherit_from: None,
                within: None,
            });
        return (draft, seen);
    }
    let mut content: Option<(usize, usize)> = None;
    // 0. A verb with its preposition: "talked about", "referred to",
    //    "called for", "spoke of", "warned of": the object is the content.
    let mut cue_b = cue_b;
    if let Some(prep_at) = prepositional_cue(ctx, v, cue_b, b) {
        if speaker.is_some() && !inverted && in_mark.get(prep_at + 1) == Some(&NONE) {
            let end = content_end(ctx, prep_at + 1, b, in_mark);
            if ctx.words_in(prep_at + 1, end) >= 1 {
                content = Some((prep_at + 1, end));
                cue_b = prep_at + 1;
            }
        }
    }
    // 0b. "asked whether / why / how ...": an indirect question.
    if content.is_none() && (ctx.word(v).starts_with("ask") || ctx.word(v).starts_with("wonder")) {
        let wh = (cue_b..(cue_b + 4).min(b)).find(|&k| {
            [
                "whether", "if", "why", "how", "what", "when", "where", "who",
            ]
            .iter()
            .any(|w| ctx.lower_is(k, w))
        });
        if let Some(k) = wh.filter(|_| speaker.is_some() && !inverted) {
            let end = content_end(ctx, k, b, in_mark);
            if ctx.words_in(k, end) >= 3 {
                content = Some((k, end));
            }
        }
    }
    // 1. A complementizer close after the verb: "said (on Tuesday) that",
    //    "told reporters that", "заявил, что".
    let reach = if tier == CueTier::Cognition { 2 } else { 6 };
    let from = if inverted {
        speaker.map_or(cue_b, |s| s.1)
    } else {
        cue_b
    };
    let mut k = from;
    while k < b && k < from + reach {
        if in_mark.get(k) != Some(&NONE)
            || (ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k))
            || NOT_REPORTED.contains(&ctx.word(k))
        {
            break;
        }
        if ctx.lex(k).complementizer && ctx.kind(k) == Some(TokenKind::Word) {
            let end = content_end(ctx, k, b, in_mark);
            if ctx.words_in(k, end) >= 3 {
                content = Some((k, end));
            }
            break;
        }
        if matches!(ctx.kind(k), Some(TokenKind::Punct)) && !ctx.is_punct(k, ",") {
            break;
        }
        k += 1;
    }
    let t = cue_b;
    if content.is_none() && !lex.participle && !impersonal {
        let sp = speaker.unwrap_or((cue_a, cue_a));
        let before_speaker_comma = sp.0 > a && ctx.is_punct(sp.0 - 1, ",");
        let x_words = if before_speaker_comma {
            ctx.words_in(a, sp.0 - 1)
        } else {
            0
        };
        if inverted {
            // "..., said X." : the content is before.
            if before_cue.is_some_and(|p| ctx.is_punct(p, ",")) && ctx.words_in(a, cue_a) >= 3 {
                let end = trim_end(ctx, a, cue_a, in_mark);
                content = Some((trim_start(ctx, a, end), end));
            }
        } else if t < b && ctx.is_punct(t, ",") {
            // "X, Putin said, Y." or "X, Putin said, adding ..."
            let y_start = t + 1;
            let y_is_quote = in_mark.get(y_start).is_some_and(|&m| m != NONE);
            let y_is_frame = ctx.lex(y_start).participle;
            if before_speaker_comma && !y_is_quote && !y_is_frame {
                let end = content_end(ctx, y_start, b, in_mark);
                if ctx.words_in(y_start, end) >= 2 {
                    content = Some(if x_words >= 3 {
                        (trim_start(ctx, a, end), end)
                    } else {
                        (y_start, end)
                    });
                }
            } else if before_speaker_comma && y_is_frame && x_words >= 3 {
                let end = trim_end(ctx, a, sp.0 - 1, in_mark);
                content = Some((trim_start(ctx, a, end), end));
            }
        } else if t >= b || ctx.is_final(t) || adjunct_to_end(ctx, t, b) {
            // "X, Putin said.", "X, a spokesman said on Friday.", "X, Sen.
            // Graham told reporters.", "X, lawyers for the family said."
            let sp = widen_with_of_phrase(ctx, sp, a);
            let before_speaker_comma = sp.0 > a && ctx.is_punct(sp.0 - 1, ",");
            let x_words = if before_speaker_comma {
                ctx.words_in(a, sp.0 - 1)
            } else {
                0
            };
            if before_speaker_comma && x_words >= 3 {
                let end = trim_end(ctx, a, sp.0 - 1, in_mark);
                content = Some((trim_start(ctx, a, end), end));
                if speaker.is_some() {
                    speaker = Some(sp);
                }
            }
        } else if ctx.is_punct(t, ":") {
            let start = t + 1;
            if in_mark.get(start) == Some(&NONE) {
                let end = content_end(ctx, start, b, in_mark);
                if ctx.words_in(start, end) >= 3 {
                    content = Some((start, end));
                }
            }
        } else if tier == CueTier::Speech && starts_clause(ctx, t) && in_mark.get(t) == Some(&NONE)
        {
            // A bare clause: "said the decision was final". Not an object
            // ("said this during the filming", "told reporters").
            let relays = ["repeat", "echo", "quot", "cit"]
                .iter()
                .any(|p| ctx.word(v).starts_with(p));
            let object_like = relays
                || (matches!(
                    ctx.word(t),
                    "this" | "it" | "so" | "nothing" | "something" | "that"
                ) && PREPOSITIONS.iter().any(|p| ctx.lower_is(t + 1, p)))
                || ctx.word(v).starts_with("tell")
                || ctx.word(v).starts_with("told")
                || ctx.word(v).starts_with("ask")
                || ctx.word(v).starts_with("urg")
                || ctx.word(v).starts_with("call");
            let end = content_end(ctx, t, b, in_mark);
            let quoted_soon = (t..(t + 2).min(b)).any(|q| in_mark.get(q) != Some(&NONE));
            let object_like =
                object_like || (t..(t + 3).min(b)).any(|q| NOT_REPORTED.contains(&ctx.word(q)));
            if !object_like && !quoted_soon && ctx.words_in(t, end) >= 4 && has_verbish(ctx, t, end)
            {
                content = Some((t, end));
            } else if ctx.word(v).starts_with("tell") || ctx.word(v).starts_with("told") {
                // "told CNN he would run": skip the addressee, then a clause.
                let addressee = if ctx.lex(t).pronoun
                    || ctx.word(t) == "him"
                    || ctx.word(t) == "her"
                    || ctx.word(t) == "them"
                    || ctx.word(t) == "us"
                    || ctx.word(t) == "me"
                {
                    Some((t, t + 1))
                } else {
                    ctx.np_after(t, b)
                };
                if let Some((_, t2)) = addressee {
                    let end = content_end(ctx, t2, b, in_mark);
                    let clause = t2 < b
                        && in_mark.get(t2) == Some(&NONE)
                        && starts_clause(ctx, t2)
                        && !ctx.lex(t2).np_stop;
                    if clause && ctx.words_in(t2, end) >= 4 && has_verbish(ctx, t2, end) {
                        content = Some((t2, end));
                    }
                }
            }
        } else if tier == CueTier::Cognition
            && in_mark.get(t) == Some(&NONE)
            && starts_clause(ctx, t)
        {
            // "believes the economy is strong", "I think we can win".
            let end = content_end(ctx, t, b, in_mark);
            let pronoun_start = ctx.lex(t).pronoun && ctx.kind(t) == Some(TokenKind::Word);
            let enough = if pronoun_start { 3 } else { 4 };
            if ctx.words_in(t, end) >= enough
                && (pronoun_start || has_verbish(ctx, t, end))
                && !ctx.lex(t).np_stop
            {
                content = Some((t, end));
            }
        }
    }
    // "While Comey said that X, he said Y": the report ends with the
    // subordinate clause.
    let content = content.map(|(cs, ce)| {
        let subordinate = speaker.is_some_and(|sp| {
            sp.0 > a
                && [
                    "while", "although", "though", "if", "as", "when", "because", "since",
                    "whereas", "even",
                ]
                .iter()
                .any(|w| ctx.lower_is(sp.0 - 1, w))
        });
        if subordinate && cs > cue_a {
            let comma = (cs..ce).find(|&i| ctx.is_punct(i, ",") && in_mark.get(i) == Some(&NONE));
            if let Some(c) = comma.filter(|&c| ctx.words_in(cs, c) >= 2) {
                return (cs, c);
            }
        }
        (cs, ce)
    });
    let content = content.or_else(|| {
        (anaphoric && inverted && tier == CueTier::Speech)
            .then(|| previous_sentence_content(ctx, a, in_mark))
            .flatten()
    });
    let Some(content) = content else {
        if tier == CueTier::Speech && !impersonal && !takes_no_object(ctx.word(v)) {
            return (
                object_content(ctx, v, (cue_a, cue_b), speaker, inverted, b, in_mark),
                seen,
            );
        }
        return (None, seen);
    };
    if content.0 >= content.1 {
        return (None, seen);
    }
    let draft = Draft {
        kind: QuoteKind::Indirect,
        content,
        cue: Some((cue_a, cue_b)),
        speaker,
        inherit_from: None,
        within: None,
    };
    (Some(draft), seen)
}

/// A preposition of a language whose subject rules read them (Russian,
/// Ukrainian): a phrase it opens is not a subject.
fn slavic_preposition(ctx: &Ctx, i: usize) -> bool {
    rule_words().prepositions.iter().any(|p| ctx.lower_is(i, p))
}

/// Start of the venue phrase a speaker phrase found before a verb belongs
/// to ("в интервью CNN сказал", "в ефірі ICTV заявив"): the outlet named
/// after the venue noun is where the words were said, not who said them.
fn venue_phrase_start(ctx: &Ctx, np: TokenRange, floor: usize) -> Option<usize> {
    let (s0, s1) = np;
    let from = s0.saturating_sub(3).max(floor);
    let venue = (from..s1)
        .rev()
        .find(|&k| rule_words().venue_nouns.iter().any(|w| ctx.lower_is(k, w)))?;
    // Only words between the venue noun and the outlet ("в интервью
    // телеканалу ICTV"), no clause boundary.
    if (venue..s0).any(|k| ctx.kind(k) != Some(TokenKind::Word) || ctx.lex(k).cue.is_some()) {
        return None;
    }
    Some(if venue > floor && slavic_preposition(ctx, venue - 1) {
        venue - 1
    } else {
        venue
    })
}

/// The subject of a verb at `cue_a` whose speaker phrase `np` holds a
/// venue's outlet, or that has a venue phrase right before it: `Some(None)` when nothing but a prepositional phrase precedes
/// the venue ("Об этом в интервью Первому каналу сообщил ..."), `None`
/// when `np` is no venue's.
fn speaker_before_venue(
    ctx: &Ctx,
    np: Option<TokenRange>,
    cue_a: usize,
    floor: usize,
) -> Option<Option<TokenRange>> {
    // No phrase at all before the verb: "в беседе с журналистами отметил".
    let np = np.unwrap_or((cue_a, cue_a));
    let start = venue_phrase_start(ctx, np, floor)?;
    let venue = if slavic_preposition(ctx, start) {
        start + 1
    } else {
        start
    };
    // "в интервью Первому каналу глава МИД Сергей Лавров заявил": the
    // subject follows the outlet inside the phrase read before the verb.
    let outlet_end = outlet_end(ctx, venue + 1, np.1);
    if outlet_end < np.1 && ctx.words_in(outlet_end, np.1) > 0 {
        let subject_start = outlet_end.max(np.0);
        if subject_start > venue {
            return Some(Some((subject_start, np.1)));
        }
    }
    Some(
        ctx.np_before(start, floor)
            .filter(|np| !slavic_preposition(ctx, np.0) && !ctx.lex(np.0).np_stop),
    )
}

/// One past the outlet or addressee named after a venue noun, from token
/// `k`: "CNN", "Первому каналу", "телеканалу ICTV", "с журналистами".
fn outlet_end(ctx: &Ctx, mut k: usize, limit: usize) -> usize {
    if k < limit && slavic_preposition(ctx, k) {
        k += 1;
    }
    if k >= limit {
        return limit;
    }
    let latin_or_acronym = |i: usize| {
        let w = ctx.word(i);
        w.is_ascii() || (w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
    };
    let next_lower =
        k + 1 < limit && ctx.kind(k + 1) == Some(TokenKind::Word) && !ctx.is_capitalised(k + 1);
    let next_cap = k + 1 < limit && ctx.is_capitalised(k + 1);
    if ctx.is_capitalised(k) && !latin_or_acronym(k) && next_lower && !ctx.lex(k + 1).nominal {
        // "Первому каналу"
        k + 2
    } else if !ctx.is_capitalised(k) && next_cap && latin_or_acronym(k + 1) {
        // "телеканалу ICTV"
        k + 2
    } else {
        k + 1
    }
}

/// The sentence before the one that starts at token `a`, as the content
/// of "Об этом сообщил X." / "Про це розповів X.": in the same paragraph
/// or the one before, not quoted already, a clause of three words or more.
fn previous_sentence_content(ctx: &Ctx, a: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let si = ctx
        .sent_tokens
        .partition_point(|&(sa, _)| sa < a)
        .checked_sub(1)?;
    let &(pa, pb) = ctx.sent_tokens.get(si)?;
    if pb > a || ctx.paragraph_of(pa) + 1 < ctx.paragraph_of(a) || opens_anaphoric(ctx, pa) {
        return None;
    }
    // A sentence with a verb of saying of its own is a report already.
    if (pa..pb).any(|k| ctx.lex(k).cue == Some(CueTier::Speech) && !ctx.is_capitalised(k)) {
        return None;
    }
    if in_mark
        .get(pa..pb)
        .is_none_or(|s| s.iter().any(|&m| m != NONE))
    {
        return None;
    }
    let end = trim_end(ctx, pa, pb, in_mark);
    (ctx.words_in(pa, end) >= 3).then_some((pa, end))
}

/// A sentence that reports the one before opens with a phrase such as
/// "Об этом", "Про це"; true when the sentence at `a` does.
fn opens_anaphoric(ctx: &Ctx, a: usize) -> bool {
    rule_words()
        .anaphoric_phrases
        .iter()
        .any(|(x, y)| ctx.lower_is(a, x) && ctx.lower_is(a + 1, y))
}

/// The subject after a finite verb of saying in `[a, end)` that closes
/// with a comma ("Об этом сообщил глава МИД Сергей Лавров, добавив"),
/// for a participle later in the sentence.
fn inverted_subject_before(ctx: &Ctx, a: usize, end: usize) -> Option<TokenRange> {
    let v = (a..end).find(|&k| {
        let l = ctx.lex(k);
        l.cue == Some(CueTier::Speech) && !l.participle && !ctx.is_capitalised(k)
    })?;
    let np = ctx.np_after(ctx.cue_end(v, end), end)?;
    (ctx.is_punct(np.1, ",") && (np.0..np.1).any(|i| ctx.is_capitalised(i))).then_some(np)
}

/// A lower-case Cyrillic word right after a dash that closes direct
/// speech: the verb of the author's words ("— недоумевает Юргенс"), known
/// to the lexicon or not; Russian and Ukrainian put nothing else there.
fn author_verb_after_dash(ctx: &Ctx, v: usize) -> bool {
    let l = ctx.lex(v);
    ctx.kind(v) == Some(TokenKind::Word)
        && !ctx.is_capitalised(v)
        && is_cyrillic_word(ctx.word(v))
        && !l.np_stop
        && !l.pronoun
        && !l.relative
        && !l.complementizer
        && !l.determiner
        && !l.nominal
        && !l.np_joiner
        && !l.participle
}

/// The speaker phrase of the author's words that starts at `start`, when
/// it closes them ("— недоумевает Юргенс.", "— говорит он журналистам,").
fn author_after_dash(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let np = speaker_after_verb(ctx, start, ceiling)?;
    let closes =
        |k: usize| k >= ceiling || matches!(ctx.kind(k), Some(TokenKind::Punct | TokenKind::Quote));
    let ok = closes(np.1)
        || (ctx.kind(np.1) == Some(TokenKind::Word)
            && !ctx.is_capitalised(np.1)
            && closes(np.1 + 1));
    ok.then_some(np)
}

/// A speaker phrase without the date the phrase reader took in before it
/// ("21 февраля 2019 года Ликунов", "2013 году министр"): numbers, month
/// names and year nouns at its start, when a number is among them and a
/// word of the phrase is left.
fn without_leading_date(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    let words = &rule_words().date_words;
    let date_word =
        |i: usize| ctx.kind(i) == Some(TokenKind::Word) && words.iter().any(|w| ctx.lower_is(i, w));
    let mut k = a;
    let mut number = false;
    while k + 1 < b {
        let is_number = ctx.kind(k) == Some(TokenKind::Number);
        // "2005-м", "2017-го", "20-летию": a number's glued ending.
        let ending = k > a
            && ctx.kind(k - 1) == Some(TokenKind::Number)
            && ctx.is_punct(k, "-")
            && ctx.kind(k + 1) == Some(TokenKind::Word)
            && !ctx.is_capitalised(k + 1);
        if ending {
            k += 2;
            continue;
        }
        if !(is_number || ctx.is_punct(k, ",") || date_word(k)) {
            break;
        }
        number |= is_number;
        k += 1;
    }
    let named = (k..b).any(|i| ctx.kind(i) == Some(TokenKind::Word) && !date_word(i));
    if number && k < b && named {
        (k, b)
    } else {
        (a, b)
    }
}

/// One past a name in quotation marks that opens at `k` («Вестям»,
/// „Ведомостей“): one to five words, the first capitalised, closed before
/// `ceiling`.
fn marked_name_end(ctx: &Ctx, k: usize, ceiling: usize) -> Option<usize> {
    if ctx.kind(k) != Some(TokenKind::Quote) {
        return None;
    }
    let close = (k + 1..ceiling.min(k + 8)).find(|&j| ctx.kind(j) == Some(TokenKind::Quote))?;
    let words = ctx.words_in(k + 1, close);
    ((1..=5).contains(&words) && ctx.is_capitalised(k + 1)).then_some(close + 1)
}

/// One past a venue phrase that opens at `k` after a verb ("в интервью
/// РБК", "в інтерв'ю «Українській правді»"): the preposition, the venue
/// noun and the outlet.
fn venue_end(ctx: &Ctx, k: usize, ceiling: usize) -> Option<usize> {
    let noun = k + 1;
    let is_venue = slavic_preposition(ctx, k)
        && noun < ceiling
        && rule_words()
            .venue_nouns
            .iter()
            .any(|w| ctx.lower_is(noun, w));
    if !is_venue {
        return None;
    }
    let outlet = noun + 1;
    Some(marked_name_end(ctx, outlet, ceiling).unwrap_or_else(|| outlet_end(ctx, outlet, ceiling)))
}

/// The speaker phrase after a verb of saying that ends at `start`. An
/// outlet in marks right after the verb is whom the words were said to
/// ("— заявил «Вестям» глава департамента"); one right after a common
/// noun of the phrase is part of it ("собеседник „Ведомостей“", "глава
/// «Роснефти» Игорь Сечин"), while after a name it is the addressee
/// again ("заявил Песков «Известиям»").
fn speaker_after_verb(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let start = venue_end(ctx, start, ceiling).unwrap_or(start);
    let start = marked_name_end(ctx, start, ceiling).unwrap_or(start);
    let np = ctx.np_after(start, ceiling)?;
    let last = np.1.checked_sub(1)?;
    if ctx.is_capitalised(last) {
        return Some(np);
    }
    let Some(e) = marked_name_end(ctx, np.1, ceiling) else {
        return Some(np);
    };
    // A name may follow the outlet: "глава «Роснефти» Игорь Сечин".
    match ctx.np_after(e, ceiling) {
        Some(name) if ctx.is_capitalised(name.0) => Some((np.0, name.1)),
        _ => Some((np.0, e)),
    }
}

/// "— говорится в ответе министерства": an impersonal verb of a report at
/// `v`, a preposition and the document it names (the speaker).
fn impersonal_source(ctx: &Ctx, v: usize, ceiling: usize) -> Option<TokenRange> {
    let verb = rule_words()
        .impersonal_report_verbs
        .iter()
        .any(|w| ctx.lower_is(v, w));
    if !verb || !slavic_preposition(ctx, v + 1) {
        return None;
    }
    let np = speaker_after_verb(ctx, v + 2, ceiling)?;
    let closes =
        np.1 >= ceiling || matches!(ctx.kind(np.1), Some(TokenKind::Punct | TokenKind::Quote));
    closes.then_some(np)
}

/// The document an impersonal verb of a report at `v` names, for a quote
/// that opens at `open` after a colon: after the verb ("говорится в
/// заявлении МИД:"), before it ("В заявлении МИД говорится:"), or, when
/// the phrase before is a relative pronoun, the noun it stands for
/// ("оприлюднила заяву, у якій, зокрема, йдеться:").
fn impersonal_source_before_mark(
    ctx: &Ctx,
    v: usize,
    sa: usize,
    open: usize,
) -> Option<TokenRange> {
    let verb = rule_words()
        .impersonal_report_verbs
        .iter()
        .any(|w| ctx.lower_is(v, w));
    if !verb || !open.checked_sub(1).is_some_and(|c| ctx.is_punct(c, ":")) {
        return None;
    }
    let colon = open - 1;
    if slavic_preposition(ctx, v + 1) {
        return speaker_after_verb(ctx, v + 2, colon).filter(|np| np.1 == colon);
    }
    // The preposition before the verb, past a parenthetical ", зокрема,".
    let p = (sa..v)
        .rev()
        .take(6)
        .find(|&k| slavic_preposition(ctx, k))?;
    if ctx.lex(p + 1).relative {
        let comma = p
            .checked_sub(1)
            .filter(|&c| c > sa && ctx.is_punct(c, ","))?;
        // At least the noun right before the comma.
        return ctx.np_before(comma, sa).or_else(|| {
            (ctx.kind(comma - 1) == Some(TokenKind::Word)).then_some((comma - 1, comma))
        });
    }
    ctx.np_after(p + 1, v)
}

/// Author's words inside one pair of marks: «A, — признаёт Силуанов. —
/// B» is two stretches of Силуанов's speech around them.
struct Interruption {
    first: TokenRange,
    rest: TokenRange,
    cue: TokenRange,
    speaker: TokenRange,
}

fn interrupted_quote(ctx: &Ctx, m: &Marked) -> Option<Interruption> {
    let mut k = m.first + 1;
    while k + 2 < m.last {
        let opens_author = ctx.is_dash(k)
            && matches!(ctx.word(k - 1), "," | "!" | "?" | "…" | "...")
            && ctx.kind(k - 1) == Some(TokenKind::Punct)
            && author_verb_after_dash(ctx, k + 1);
        if opens_author {
            let v = k + 1;
            let cue_b = if ctx.lex(v).cue.is_some() {
                ctx.cue_end(v, m.last)
            } else {
                v + 1
            };
            let speaker = speaker_after_verb(ctx, cue_b, m.last)?;
            // "— спросил Орлов и улыбнулся. —": a few more lower-case
            // words of the author's may follow the speaker.
            let e = (speaker.1..(speaker.1 + 4).min(m.last))
                .find(|&k| ctx.kind(k) != Some(TokenKind::Word) || ctx.is_capitalised(k))
                .unwrap_or(speaker.1);
            let resumes = e + 2 < m.last
                && (ctx.is_punct(e, ".") || ctx.is_punct(e, ","))
                && ctx.is_dash(e + 1);
            if !resumes {
                return None;
            }
            let first_end = if ctx.is_punct(k - 1, ",") { k - 1 } else { k };
            let first = (m.first, first_end);
            let rest = (e + 2, m.last);
            if ctx.words_in(first.0, first.1) == 0 || ctx.words_in(rest.0, rest.1) == 0 {
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

/// The lexicons' words the rules of this module read, gathered from every
/// language once per process.
struct RuleWords {
    prepositions: Vec<&'static str>,
    /// Second words of a source phrase, by its first word.
    source_phrases: std::collections::HashMap<&'static str, Vec<&'static str>>,
    /// First letters (both cases) of a source phrase's first words: a
    /// cheap test before lower-casing a word.
    source_initials: Vec<char>,
    plural_pronouns: Vec<&'static str>,
    second_person_pronouns: Vec<&'static str>,
    group_stems: Vec<&'static str>,
    plural_verb_endings: Vec<&'static str>,
    plural_noun_verb_like_endings: Vec<&'static str>,
    plural_endings: Vec<&'static str>,
    venue_nouns: Vec<&'static str>,
    anaphoric_phrases: Vec<(&'static str, &'static str)>,
    impersonal_report_verbs: Vec<&'static str>,
    prepositional_cues: Vec<(&'static str, &'static [&'static str])>,
    object_before_preposition_stems: Vec<&'static str>,
    objectless_speech_stems: Vec<&'static str>,
    /// Month forms and year nouns of every language ("февраля", "году").
    date_words: Vec<&'static str>,
}

fn rule_words() -> &'static RuleWords {
    static WORDS: std::sync::OnceLock<RuleWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let all = claimtrace_lexicon::ALL;
        let gather = |list: fn(&claimtrace_lexicon::Lexicon) -> &'static [&'static str]| {
            let mut words: Vec<&'static str> =
                all.iter().flat_map(|l| list(l).iter().copied()).collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        let mut source_phrases: std::collections::HashMap<&'static str, Vec<&'static str>> =
            std::collections::HashMap::new();
        for (first, second) in all.iter().flat_map(|l| l.source_phrases.iter()) {
            source_phrases.entry(first).or_default().push(second);
        }
        let mut source_initials: Vec<char> = source_phrases
            .keys()
            .filter_map(|w| w.chars().next())
            .flat_map(|c| c.to_lowercase().chain(c.to_uppercase()))
            .collect();
        source_initials.sort_unstable();
        source_initials.dedup();
        RuleWords {
            prepositions: gather(|l| l.prepositions),
            source_phrases,
            source_initials,
            plural_pronouns: gather(|l| l.plural_pronouns),
            second_person_pronouns: gather(|l| l.second_person_pronouns),
            group_stems: gather(|l| l.group_stems),
            plural_verb_endings: gather(|l| l.plural_verb_endings),
            plural_noun_verb_like_endings: gather(|l| l.plural_noun_verb_like_endings),
            plural_endings: gather(|l| l.plural_endings),
            venue_nouns: gather(|l| l.venue_nouns),
            anaphoric_phrases: all
                .iter()
                .flat_map(|l| l.anaphoric_phrases.iter().copied())
                .collect(),
            impersonal_report_verbs: gather(|l| l.impersonal_report_verbs),
            prepositional_cues: all
                .iter()
                .flat_map(|l| l.prepositional_cues.iter().copied())
                .collect(),
            object_before_preposition_stems: gather(|l| l.object_before_preposition_stems),
            objectless_speech_stems: gather(|l| l.objectless_speech_stems),
            date_words: {
                let mut words: Vec<&'static str> = all
                    .iter()
                    .flat_map(|l| {
                        l.months
                            .iter()
                            .flat_map(|forms| forms.iter().copied())
                            .chain(l.quantity.year_nouns.iter().copied())
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            },
        }
    })
}

/// Index of the preposition that completes a prepositional cue at `v`
/// (right after the verb, or after a short object: "blamed Obama for").
fn prepositional_cue(ctx: &Ctx, v: usize, after: usize, b: usize) -> Option<usize> {
    let verb = ctx.word(v);
    if !verb.is_ascii() {
        return None;
    }
    let verb = verb.to_ascii_lowercase();
    let words = rule_words();
    let (_, preps) = words
        .prepositional_cues
        .iter()
        .find(|(stem, _)| verb.starts_with(stem))?;
    let reach = if words
        .object_before_preposition_stems
        .iter()
        .any(|s| verb.starts_with(s))
    {
        4
    } else {
        1
    };
    (after..(after + reach).min(b)).find(|&k| preps.iter().any(|p| ctx.lower_is(k, p)))
}

/// Verbs of saying whose object is not what was said ("said this",
/// "told reporters", "asked him", "added"): no object content.
fn takes_no_object(verb: &str) -> bool {
    let v = verb.to_ascii_lowercase();
    rule_words()
        .objectless_speech_stems
        .iter()
        .any(|p| v.starts_with(p))
        || !verb.is_ascii()
}

/// A speech act with an object: "praised her effort", "called Trump a
/// fascist", "announced his resignation", "urged Congress to act". The
/// content is the object and what follows it in the clause.
fn object_content(
    ctx: &Ctx,
    v: usize,
    cue: (usize, usize),
    speaker: Option<(usize, usize)>,
    inverted: bool,
    b: usize,
    in_mark: &[u32],
) -> Option<Draft> {
    let t = cue.1;
    let verb = ctx.word(v).to_ascii_lowercase();
    // "citing their sources", "quoting Y": chain edges, not quotes.
    if verb.starts_with("cit") || verb.starts_with("quot") {
        return None;
    }
    if speaker.is_none()
        || inverted
        || t >= b
        || in_mark.get(t) != Some(&NONE)
        || !ctx.is_wordlike(t)
    {
        return None;
    }
    if ctx.lex(t).np_stop && !ctx.lex(t).determiner {
        return None;
    }
    let end = content_end(ctx, t, b, in_mark);
    if ["call", "name", "dub", "term", "label", "brand"]
        .iter()
        .any(|p| verb.starts_with(p))
    {
        // Naming ("a group called X") is not speech: require a particle
        // ("called on/for"), a quotation or a predicate noun ("a liar").
        let particle = cue.1 > v + 1;
        let predicate = (t..(t + 6).min(end)).any(|q| {
            in_mark.get(q).is_some_and(|&m| m != NONE)
                || ctx.lower_is(q, "a")
                || ctx.lower_is(q, "an")
        });
        if !particle && !predicate {
            return None;
        }
    }
    if ctx.words_in(t, end) < 1 {
        return None;
    }
    Some(Draft {
        kind: QuoteKind::Indirect,
        content: (t, end),
        cue: Some(cue),
        speaker,
        inherit_from: None,
        within: None,
    })
}

/// Crude test that a stretch is a clause: it holds a word that usually
/// is a verb form (an auxiliary, or a word the cue lexicon knows, or an
/// `-ed`/`-s` form after its first word).
fn has_verbish(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        let w = ctx.word(i);
        matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "will"
                | "would"
                | "could"
                | "should"
                | "can"
                | "has"
                | "have"
                | "had"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
                | "won't"
                | "isn't"
                | "wasn't"
                | "don't"
                | "doesn't"
                | "didn't"
                | "can't"
        ) || (i > a
            && ctx.kind(i) == Some(TokenKind::Word)
            && !ctx.is_capitalised(i)
            && (w.ends_with("ed") || w.ends_with("es")))
            || !w.is_ascii()
    })
}

/// "according to X, ..." / "..., according to X." / "по словам X, ..." /
/// "за словами X, ..." / "как сообщает X, ...".
/// The second words of the source phrases ("according to", "по словам")
/// whose first word is the token at `v`; `None` when no phrase opens there.
fn source_phrase_seconds(ctx: &Ctx, v: usize) -> Option<&'static [&'static str]> {
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

fn according_to(
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

/// Which entity a speaker phrase names: the entity layer's mention index
/// and, for a pronoun it left unresolved, its pronoun resolver.
pub struct Resolver<'a> {
    doc: &'a Document,
    mentions: claimtrace_entity::MentionIndex<'a>,
    /// The entity layer's pronoun resolution, built on first use.
    pronouns: std::sync::OnceLock<claimtrace_entity::PronounResolver<'a>>,
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Resolver {
            doc,
            mentions: claimtrace_entity::MentionIndex::new(doc),
            pronouns: std::sync::OnceLock::new(),
        }
    }

    /// The kind of the entity best covered by the byte span.
    fn kind_in(&self, start: usize, end: usize) -> Option<claimtrace_core::EntityType> {
        let ei = self.best_entity(start, end)?;
        self.doc.entities.get(ei).map(|e| e.kind)
    }

    /// The entity (id, canonical name) best covered by the byte span.
    pub fn entity_in(&self, start: usize, end: usize) -> Option<(&'a str, &'a str)> {
        let e = self.doc.entities.get(self.best_entity(start, end)?)?;
        Some((e.id.as_str(), e.name.as_str()))
    }

    /// The pronoun at bytes `start..end` may name a speaker: a subject
    /// pronoun ("он", "she") or a personal one ("его", "her").
    fn speaker_pronoun(&self, start: usize, end: usize) -> bool {
        let mut buf = String::new();
        let l = crate::lexicon::lookup(self.doc.text.get(start..end).unwrap_or(""), &mut buf);
        l.pronoun || l.personal
    }

    /// The sex the entity layer gives the entity best covered by the byte
    /// span, when it gives one.
    fn gender_in(&self, start: usize, end: usize) -> Option<&'static str> {
        let e = self.doc.entities.get(self.best_entity(start, end)?)?;
        match e.gender.as_deref() {
            Some("male") => Some("male"),
            Some("female") => Some("female"),
            _ => None,
        }
    }

    /// The entity (id, canonical name) a third-person pronoun at byte
    /// `at` stands for, by the entity layer's rules (the pronoun's gender
    /// and number against the entities' and sentence distance), for a
    /// pronoun the entity layer left unresolved.
    pub fn pronoun_referent(&self, at: usize, pronoun: &str) -> Option<(&'a str, &'a str)> {
        let pronouns = self
            .pronouns
            .get_or_init(|| claimtrace_entity::PronounResolver::new(self.doc));
        let e = self.doc.entities.get(pronouns.resolve(at, pronoun)?)?;
        Some((e.id.as_str(), e.name.as_str()))
    }

    /// Index of the entity best covered by the byte span (the entity
    /// layer's preference). A pronoun inside a longer phrase ("его
    /// заместитель", "his spokesman") says whose the speaker is, not who,
    /// and a pronoun in another case than the subject's or the
    /// possessive's names no speaker ("ей заявили": she was told).
    fn best_entity(&self, start: usize, end: usize) -> Option<usize> {
        self.mentions.best(start, end, |ms, me| {
            ms <= start && me >= end && self.speaker_pronoun(ms, me)
        })
    }
}

impl Resolver<'_> {
    /// The one person whose role the epithet `words` names: both have the
    /// same role noun ([`role_noun`]: "minister" of "Defence Minister") and
    /// every other word of the epithet is one of the role's words, but a
    /// possessor ("Putin's spokesman": whose role it is) may stand for any.
    /// Former roles do not count. None when no person or more than one
    /// fits.
    fn person_with_role(&self, words: &[(String, bool)]) -> Option<usize> {
        let plain: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
        let h = role_noun(&plain)?;
        let head = plain.get(h)?;
        let mut found: Option<usize> = None;
        for (ei, e) in self.doc.entities.iter().enumerate() {
            if e.kind != claimtrace_core::EntityType::Person {
                continue;
            }
            let fits = e.roles.iter().filter(|r| !r.former).any(|r| {
                let role: Vec<String> = r
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                let role: Vec<&str> = role.iter().map(String::as_str).collect();
                let has = |w: &str| role.iter().any(|x| same_role_word(x, w));
                role_noun(&role)
                    .and_then(|n| role.get(n))
                    .is_some_and(|n| same_role_word(n, head))
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, (w, possessor))| k == h || *possessor || has(w))
            });
            if fits {
                if found.is_some() {
                    return None;
                }
                found = Some(ei);
            }
        }
        found
    }
}

/// Index of the role noun among a role's lowercased words: the word before
/// "of" ("head of the army"), else the last word ("defence minister"); in
/// Russian and Ukrainian the first ("министр обороны").
fn role_noun(words: &[&str]) -> Option<usize> {
    let first = words.first()?;
    if is_cyrillic_word(first) {
        return Some(0);
    }
    match words.iter().position(|w| *w == "of") {
        Some(0) => None,
        Some(k) => Some(k - 1),
        None => Some(words.len() - 1),
    }
}

/// Two role words are the same: equal, or (Russian, Ukrainian) one stem
/// with another case ending ("министра" / "министр").
fn same_role_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if !is_cyrillic_word(a) || !is_cyrillic_word(b) {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longest = a.chars().count().max(b.chars().count());
    common >= 4 && common + 3 >= longest
}

/// A headline speaker that is only an epithet ("Defence minister says
/// ...", "Putin's spokesman says ..."): the person of the text with that
/// role, as an entity index. The phrase's words, lowercased, without
/// determiners, each marked when it is a possessor ("Putin" of "Putin's").
fn headline_epithet(ctx: &Ctx, resolver: &Resolver, (a, b): (usize, usize)) -> Option<usize> {
    if !ctx.is_headline(a) || b <= a {
        return None;
    }
    let mut words: Vec<(String, bool)> = Vec::new();
    for i in a..b {
        let w = ctx.word(i);
        if matches!(w, "'s" | "’s" | "'" | "’") {
            if let Some(last) = words.last_mut() {
                last.1 = true;
            }
            continue;
        }
        if ctx.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let l = ctx.lex(i);
        if l.pronoun {
            return None;
        }
        if l.determiner {
            continue;
        }
        words.push((w.to_lowercase(), false));
    }
    // The role noun closes the phrase; a possessor does not.
    if words.last().is_none_or(|w| w.1) {
        return None;
    }
    resolver.person_with_role(&words)
}

/// "they", "они", "вони".
fn is_plural_pronoun(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .plural_pronouns
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

/// Nouns for a group or an organisation that "they" may stand for.
const GROUP_NOUNS: &[&str] = &[
    "people",
    "police",
    "staff",
    "personnel",
    "children",
    "men",
    "women",
    "crowd",
    "government",
    "ministry",
    "administration",
    "committee",
    "council",
    "agency",
    "department",
    "company",
    "campaign",
    "team",
    "party",
    "army",
    "military",
    "court",
    "board",
    "union",
    "office",
    "group",
    "commission",
    "parliament",
    "family",
    "firm",
];

fn is_cyrillic_word(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// A Russian or Ukrainian finite plural verb by its ending: "заявили",
/// "встретились", "обговорили", "жалуются", "вважають", "кажуть".
fn slavic_plural_verb(w: &str) -> bool {
    let words = rule_words();
    is_cyrillic_word(w)
        && w.chars().count() > 4
        // "представители", "жители" are nouns.
        && !words.plural_noun_verb_like_endings.iter().any(|e| w.ends_with(e))
        && words.plural_verb_endings.iter().any(|e| w.ends_with(e))
}

/// A Russian or Ukrainian plural noun or adjective by its ending:
/// "депутаты", "представители", "власти", "депутати", "місцеві"; not a
/// verb.
fn slavic_plural(w: &str) -> bool {
    is_cyrillic_word(w)
        && w.chars().count() >= 4
        && rule_words().plural_endings.iter().any(|e| w.ends_with(e))
        && !slavic_plural_verb(w)
}

/// A Russian or Ukrainian phrase that names a group or a body: a plural
/// head ("Представители министерства", "депутати", "Местные жители"), a
/// body noun ("в министерстве", "уряд"), or an acronym ("МЗС", "у МИД").
fn is_slavic_group(ctx: &Ctx, (a, b): (usize, usize)) -> bool {
    let a = if a + 1 < b && slavic_preposition(ctx, a) {
        a + 1
    } else {
        a
    };
    let Some(first) = (a..b).find(|&i| ctx.is_wordlike(i)) else {
        return false;
    };
    let w = ctx.word(first);
    let l = ctx.lex(first);
    if !is_cyrillic_word(w) || l.pronoun || l.np_stop || l.relative || l.cue.is_some() {
        return false;
    }
    // "Если вы оттуда уйдете": a clause, not a phrase.
    let clause = (first..b).any(|i| {
        ctx.lex(i).pronoun
            || rule_words()
                .second_person_pronouns
                .iter()
                .any(|p| ctx.lower_is(i, p))
    });
    if clause {
        return false;
    }
    let acronym = w.chars().count() >= 2 && w.chars().all(char::is_uppercase);
    if acronym {
        return true;
    }
    let mut lower = String::with_capacity(w.len());
    lower.extend(w.chars().flat_map(char::to_lowercase));
    if rule_words()
        .group_stems
        .iter()
        .any(|st| lower.starts_with(st) && lower.chars().count() <= st.chars().count() + 3)
    {
        return true;
    }
    // A capitalised plural only at a sentence start, not a name
    // ("Берлускони").
    let sentence_start = ctx.sentence_range(first).0 == first;
    slavic_plural(w) && (!ctx.is_capitalised(first) || sentence_start)
}

/// What the entity layer says the phrase's tokens are, if anything.
fn entity_kind(
    ctx: &Ctx,
    resolver: &Resolver,
    (a, b): (usize, usize),
) -> Option<claimtrace_core::EntityType> {
    let (s, e) = ctx.span(a, b)?;
    resolver.kind_in(s, e)
}

/// The head of a noun phrase: its last word before a joiner ("officials
/// at the ministry").
fn head_of(ctx: &Ctx, (a, b): (usize, usize)) -> Option<usize> {
    let head_end = (a..b).find(|&i| i > a && ctx.lex(i).np_joiner).unwrap_or(b);
    (a..head_end).rev().find(|&i| ctx.is_wordlike(i))
}

/// A noun phrase that names a group or an organisation: a plural head
/// noun ("Officials at the ministry", "the protesters"), a group noun
/// ("the council"), or an organisation the entity layer knows; not a
/// person ("Jones").
fn is_group(ctx: &Ctx, resolver: &Resolver, (a, b): (usize, usize)) -> bool {
    match entity_kind(ctx, resolver, (a, b)) {
        Some(claimtrace_core::EntityType::Organization) => return true,
        Some(claimtrace_core::EntityType::Person) => return false,
        _ => {}
    }
    if (a..b).any(|i| is_cyrillic_word(ctx.word(i))) {
        return is_slavic_group(ctx, (a, b));
    }
    let Some(head) = head_of(ctx, (a, b)) else {
        return false;
    };
    if ctx.lex(head).pronoun || ctx.lex(head).determiner {
        return false;
    }
    let w = ctx.word(head);
    if GROUP_NOUNS.iter().any(|g| ctx.lower_is(head, g)) {
        return true;
    }
    let plural_form = w.is_ascii()
        && w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "'s"]
            .iter()
            .any(|x| w.to_ascii_lowercase().ends_with(x));
    // A capitalised plural only at a sentence start or as a role noun
    // ("Officials said"), not a name ("Reynolds").
    let sentence_start = ctx.sentence_range(head).0 == head;
    plural_form && (!ctx.is_capitalised(head) || sentence_start || ctx.lex(head).nominal)
}

/// Verbs a subject noun phrase may run into: "Officials ... met", "...
/// have complained".
const FINITE: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can",
    "may", "might", "must", "did", "do", "does", "met", "went", "made", "took", "gave", "held",
    "saw", "came", "left", "began", "won", "lost", "sent", "found", "kept", "got", "put", "set",
];

/// A subject cut before the verb that follows it.
fn cut_at_verb(ctx: &Ctx, (a, b): (usize, usize)) -> (usize, usize) {
    let end = (a + 1..b)
        .find(|&i| {
            let w = ctx.word(i);
            // "councils secure deals": a word after a plural noun is its verb.
            let prev = ctx.word(i - 1);
            let after_plural = prev.len() > 3
                && prev.ends_with('s')
                && !prev.ends_with("ss")
                && ctx.kind(i) == Some(TokenKind::Word)
                && !ctx.lex(i).np_joiner
                && !ctx.lex(i).determiner;
            // "the report", "its own statement": a reporting word after a
            // determiner or a possessive is a noun.
            let noun_slot = ctx.lex(i - 1).determiner
                || ["own", "'s", "’s", "his", "her", "its", "their", "our"]
                    .iter()
                    .any(|x| ctx.lower_is(i - 1, x))
                || prev.ends_with("'s")
                || prev.ends_with("’s");
            !ctx.is_capitalised(i)
                && (FINITE.contains(&w)
                    || slavic_plural_verb(w)
                    || after_plural
                    || (ctx.lex(i).cue.is_some() && !noun_slot)
                    || (w.len() > 4 && w.ends_with("ed")))
        })
        .unwrap_or(b);
    (a, end)
}

/// The group or organisation a plural pronoun at token `at` stands for:
/// the last one named as a speaker or as a sentence's subject, in its
/// sentence (before it) or up to three sentences back. A Russian or
/// Ukrainian preposition before it is dropped ("У МЗС прокоментували ...
/// Вони заявили" -> "МЗС").
fn plural_antecedent(
    ctx: &Ctx,
    resolver: &Resolver,
    named: &[(usize, usize)],
    at: usize,
) -> Option<(usize, usize)> {
    antecedent(ctx, resolver, named, at, is_group).map(|(a, b)| {
        if a + 1 < b && slavic_preposition(ctx, a) {
            (a + 1, b)
        } else {
            (a, b)
        }
    })
}

/// The body ("the ministry", "the report", an organisation) that "it" at
/// token `at` stands for, found as [`plural_antecedent`] finds groups.
fn singular_antecedent(
    ctx: &Ctx,
    resolver: &Resolver,
    named: &[(usize, usize)],
    at: usize,
) -> Option<(usize, usize)> {
    // ... and the head joins the name.
    antecedent(ctx, resolver, named, at, is_body).map(|(a, mut b)| {
        while BODY_NOUNS.iter().any(|n| ctx.lower_is(b, n)) {
            b += 1;
        }
        (a, b)
    })
}

/// Nouns for a body or a text that "it" may stand for when it speaks.
const BODY_NOUNS: &[&str] = &[
    "report",
    "statement",
    "study",
    "survey",
    "poll",
    "ministry",
    "government",
    "administration",
    "agency",
    "company",
    "council",
    "committee",
    "court",
    "board",
    "office",
    "commission",
    "parliament",
    "department",
    "party",
    "campaign",
    "union",
    "firm",
    "newspaper",
    "paper",
    "channel",
    "website",
    "document",
    "letter",
    "memo",
    "analysis",
    "assessment",
    "review",
    "authority",
    "bank",
    "fund",
    "organisation",
    "organization",
    "institute",
    "university",
    "service",
    "embassy",
    "kremlin",
    "army",
    "military",
    "police",
    "team",
];

/// A noun phrase that names one body or text: an organisation or medium
/// the entity layer knows, or a phrase headed by a body noun ("the port
/// authority's own report"); not a person, not a plural.
fn is_body(ctx: &Ctx, resolver: &Resolver, (a, b): (usize, usize)) -> bool {
    match entity_kind(ctx, resolver, (a, b)) {
        Some(claimtrace_core::EntityType::Organization | claimtrace_core::EntityType::Media) => {
            return true
        }
        Some(claimtrace_core::EntityType::Person) => return false,
        _ => {}
    }
    // The phrase reader stops before a reporting word ("the bank's
    // quarterly | report"): a body noun right after the phrase is its head.
    if BODY_NOUNS.iter().any(|n| ctx.lower_is(b, n)) {
        return true;
    }
    head_of(ctx, (a, b)).is_some_and(|head| BODY_NOUNS.iter().any(|n| ctx.lower_is(head, n)))
}

/// The subject that opens a Russian or Ukrainian sentence starting at
/// token `sa`: its words up to the verb, a preposition or punctuation
/// ("Представители министерства здравоохранения | встретились", "У МЗС
/// України | прокоментували"), before token `limit`.
fn slavic_subject(ctx: &Ctx, sa: usize, limit: usize) -> Option<(usize, usize)> {
    if !is_cyrillic_word(ctx.word(sa)) {
        return None;
    }
    let ceiling = limit.min(sa + 10);
    let body = if slavic_preposition(ctx, sa) {
        sa + 1
    } else {
        sa
    };
    let mut e = body;
    while e < ceiling {
        let stop = ctx.kind(e) != Some(TokenKind::Word)
            || (e > body
                && (slavic_preposition(ctx, e)
                    || slavic_plural_verb(ctx.word(e))
                    || (ctx.lex(e).cue.is_some() && !ctx.is_capitalised(e))));
        if stop {
            break;
        }
        e += 1;
    }
    (e > body && e < ceiling).then_some((sa, e))
}

/// The last noun phrase that `accept` takes, named as a speaker or as a
/// sentence's subject, in the pronoun's sentence (before it) or up to
/// three sentences back.
fn antecedent(
    ctx: &Ctx,
    resolver: &Resolver,
    named: &[(usize, usize)],
    at: usize,
    accept: fn(&Ctx, &Resolver, (usize, usize)) -> bool,
) -> Option<(usize, usize)> {
    let si = ctx.sentence_of(at);
    for back in 0..=3 {
        let Some(s) = si.checked_sub(back) else {
            break;
        };
        let Some(&(sa, sb)) = ctx.sent_tokens.get(s) else {
            continue;
        };
        let limit = if back == 0 { at } else { sb };
        let from = named.partition_point(|n| n.0 < sa);
        let upto = named.partition_point(|n| n.1 <= limit);
        let speaker = named
            .get(from..upto.max(from))
            .unwrap_or(&[])
            .iter()
            .rev()
            .copied()
            .find(|&np| accept(ctx, resolver, np));
        // A Russian or Ukrainian subject holds its genitives: the phrase
        // reader stops after "Представители" in "Представители
        // министерства встретились".
        let slavic = slavic_subject(ctx, sa, limit).filter(|&np| accept(ctx, resolver, np));
        let subject = slavic.or_else(|| {
            ctx.main_subject((sa, sb), limit)
                .map(|np| cut_at_verb(ctx, np))
                .filter(|&np| np.1 <= limit && np.1 > np.0 && accept(ctx, resolver, np))
                .or_else(|| {
                    // The phrase reader may stop early ("the bank's quarterly
                    // | report was ..."): the sentence start up to its verb.
                    let np = cut_at_verb(ctx, (sa, limit.min(sa + 10)));
                    (np.1 > np.0 && np.1 < limit.min(sa + 10) && accept(ctx, resolver, np))
                        .then_some(np)
                })
        });
        // The later of the two in the sentence.
        let best = match (speaker, subject) {
            (Some(x), Some(y)) => Some(if x.0 >= y.0 { x } else { y }),
            (x, y) => x.or(y),
        };
        if best.is_some() {
            return best;
        }
    }
    None
}

/// Resolves drafts into quotes with ids, in text order.
/// `text` with each run of white space (line breaks, no-break spaces)
/// made one space.
/// The sex of a speaker phrase: its entity's (given name, surname ending,
/// verbs, pronouns), else the ending of a past-tense verb of saying right
/// after it or right before it ("министр заявила", "— сказала министр").
fn speaker_gender(ctx: &Ctx, resolver: &Resolver, (a, b): TokenRange) -> Option<&'static str> {
    if let Some(g) = ctx.span(a, b).and_then(|(s, e)| resolver.gender_in(s, e)) {
        return Some(g);
    }
    let verb = |k: usize| {
        ctx.lex(k)
            .cue
            .is_some()
            .then(|| claimtrace_entity::past_verb_gender(ctx.word(k)))
            .flatten()
    };
    verb(b).or_else(|| a.checked_sub(1).and_then(verb))
}

pub fn collapse_whitespace(text: &str) -> String {
    if !text.chars().any(|c| c.is_whitespace() && c != ' ') && !text.contains("  ") {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn finish(
    ctx: &Ctx,
    resolver: &Resolver,
    drafts: Vec<Draft>,
    named: &[(usize, usize)],
) -> Vec<Quote> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| {
        drafts
            .get(i)
            .map_or((0, 0), |d| (d.content.0, usize::MAX - d.content.1))
    });
    let mut id_of = vec![String::new(); drafts.len()];
    for (n, &i) in order.iter().enumerate() {
        if let Some(slot) = id_of.get_mut(i) {
            *slot = format!("q{}", n + 1);
        }
    }
    let mut speakers: Vec<Option<Speaker>> = vec![None; drafts.len()];
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let Some((a, b)) = d.speaker.map(|np| without_leading_date(ctx, np)) else {
            continue;
        };
        let Some((s, e)) = ctx.span(a, b) else {
            continue;
        };
        // "President of Russia\nVladimir Putin": one name, on one line.
        let text = collapse_whitespace(ctx.text.get(s..e).unwrap_or(""));
        let mut sp = Speaker {
            entity: None,
            name: Some(text.clone()),
            start: Some(s),
            end: Some(e),
            text: Some(text),
        };
        if let Some(ent) =
            headline_epithet(ctx, resolver, (a, b)).and_then(|ei| resolver.doc.entities.get(ei))
        {
            // "Defence minister says ...", "Putin's spokesman says ...": the
            // person the text names with that role (not the possessor).
            sp.entity = Some(ent.id.clone());
            sp.name = Some(ent.name.clone());
        } else if let Some((id, name)) = resolver.entity_in(s, e) {
            sp.entity = Some(id.to_string());
            sp.name = Some(name.to_string());
        } else {
            // A pronoun the entity layer left alone: "they" stands for the
            // last group named before it, "it" for a body or text, "he" or
            // "she" for the last person named as a speaker; a relative
            // pronoun after a comma ("her deputy, Taras Hnatiuk, who in turn
            // reportedly cited ...") for the phrase before the comma (the
            // mention stays "who in turn").
            let antecedent = if ctx.lex(a).relative && a > 0 && ctx.is_punct(a - 1, ",") {
                ctx.np_walk(a - 1, ctx.sentence_range(a).0)
            } else if b != a + 1 {
                None
            } else if is_plural_pronoun(ctx, a) {
                plural_antecedent(ctx, resolver, named, a)
            } else if ctx.lower_is(a, "it") {
                singular_antecedent(ctx, resolver, named, a)
            } else if ctx.lex(a).personal {
                // The last speaker named whose sex does not disagree with
                // the pronoun's: "его" skips "Ковальчук заявила".
                let pronoun_gender = claimtrace_entity::pronoun_gender(ctx.word(a));
                let before = named.partition_point(|n| n.1 <= a);
                named
                    .get(..before)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take(8)
                    .copied()
                    .find(|&np| {
                        !is_group(ctx, resolver, np)
                            && (pronoun_gender.is_none()
                                || speaker_gender(ctx, resolver, np)
                                    .is_none_or(|g| Some(g) == pronoun_gender))
                    })
            } else {
                None
            };
            if let Some((ps, pe)) = antecedent.and_then(|(pa, pb)| ctx.span(pa, pb)) {
                match resolver.entity_in(ps, pe) {
                    Some((id, name)) => {
                        sp.entity = Some(id.to_string());
                        sp.name = Some(name.to_string());
                    }
                    None => sp.name = ctx.text.get(ps..pe).map(str::to_string),
                }
            } else if b == a + 1 && ctx.lex(a).personal {
                // No speaker named before: whom the entity layer's rules
                // give the pronoun (gender from a given name, a surname's
                // ending or a verb's; the sentences before).
                if let Some((id, name)) = resolver.pronoun_referent(s, ctx.word(a)) {
                    sp.entity = Some(id.to_string());
                    sp.name = Some(name.to_string());
                }
            }
        }
        speakers[i] = Some(sp);
    }
    // Inherited speakers, following chains of inheritance a few steps.
    for _ in 0..3 {
        for i in 0..drafts.len() {
            if speakers.get(i).is_some_and(Option::is_some) {
                continue;
            }
            if let Some(p) = drafts.get(i).and_then(|d| d.inherit_from) {
                let inherited = speakers.get(p).cloned().flatten();
                if let Some(slot) = speakers.get_mut(i) {
                    *slot = inherited;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(drafts.len());
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let Some((s, e)) = ctx.span(d.content.0, d.content.1) else {
            continue;
        };
        let cue = d
            .cue
            .and_then(|(a, b)| ctx.span(a, b))
            .map(|(cs, ce)| SpanText::from_span(claimtrace_core::Span::new(cs, ce), ctx.text));
        out.push(Quote {
            id: id_of.get(i).cloned().unwrap_or_default(),
            kind: d.kind,
            attribution: Default::default(),
            start: s,
            end: e,
            text: ctx.text.get(s..e).unwrap_or("").to_string(),
            cue,
            speaker: speakers.get(i).cloned().flatten().unwrap_or_default(),
            hedges: Vec::new(),
            within: d.within.and_then(|w| id_of.get(w).cloned()),
        });
    }
    out
}
