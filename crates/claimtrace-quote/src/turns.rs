//! Transcript turns: "Vladimir Putin: I must say that ...", "PENCE: Well,
//! look, ...". A paragraph that opens with a name and a colon is what
//! that person said, and in a transcript (three turns or more) the
//! paragraphs after it, up to the next turn, are the same speaker going
//! on. Reports inside a turn ("I must say that ...", "we decided to ...")
//! sit within it, and their first-person speakers are the turn's speaker.
//!
//! Turn drafts are certain in a way the learned tagger cannot see (it
//! reads one paragraph at a time): the tagger's merge keeps them.
//!
//! A headline written the same way ("Pat Caddell: Democrat Voters ...")
//! is one report of its speaker, and so is a title-cased headline around
//! "Says" ([`headline_reports`]); these are ordinary drafts, not turns.

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;
use crate::speaker_words::speaker_words;
use crate::speech::Draft;

/// Token `i` is a label that opens a line with a colon but names no
/// speaker ("Question:", "Direct link:", "Update:").
pub fn is_label(ctx: &Ctx, i: usize) -> bool {
    speaker_words()
        .not_speaker_labels
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

/// Tokens searched for the colon of a speaker header: long enough for
/// "Vladimir Putin (answering Valery Raenko, Chairman of the Legislative
/// Assembly of the Kamchatka Territory):".
const MAX_HEADER_TOKENS: usize = 48;
/// Most words in a speaker's name and title with nothing after them, and
/// with a second form of the name or a parenthesis after them ("Special
/// Envoy of the Japanese Government and Former Prime Minister of Japan
/// Yoshiro Mori (retranslated):").
const MAX_NAME_WORDS: usize = 8;
const MAX_NAME_WORDS_WITH_TAIL: usize = 16;

/// Spaces between two tokens that mark a layout gap: a transcript that
/// prints the speaker's name twice ("Mohamed Morsi      Morsi Mohamed").
const LAYOUT_GAP_SPACES: usize = 3;

/// Token `i` follows a layout gap (three spaces or more).
fn after_layout_gap(ctx: &Ctx, i: usize) -> bool {
    let (Some(prev), Some(tok)) = (ctx.toks.get(i.wrapping_sub(1)), ctx.toks.get(i)) else {
        return false;
    };
    ctx.text
        .get(prev.end()..tok.start())
        .is_some_and(|gap| gap.chars().filter(|c| c.is_whitespace()).count() >= LAYOUT_GAP_SPACES)
}

/// A paragraph opening "Name: ...": the end of the speaker's tokens
/// (they start at `a`, after a quotation mark if any) and the colon, or
/// `None`. What comes between the name and the colon, a second form of
/// the name after a layout gap ("Mohamed Morsi      Morsi Mohamed") or a
/// parenthesis ("(retranslated)", "(answering Alexei Machnev, ...)"), is
/// not part of the speaker.
fn turn_opening(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    // A transcript quoted whole opens each turn with a quotation mark.
    let a = if ctx.is_quote_mark(a) { a + 1 } else { a };
    // Capitalised words (or initials), joined by "of", "for", "and" as in
    // "President of Russia Vladimir Putin", then a colon, and words after.
    let colon = (a..b.min(a + MAX_HEADER_TOKENS)).find(|&i| ctx.is_punct(i, ":"))?;
    // One word is a turn in a transcript ("Vladimir Putin: Yes.").
    if colon == a || colon + 1 >= b || ctx.words_in(colon + 1, b) < 1 {
        return None;
    }
    let name_end = (a + 1..colon)
        .find(|&i| ctx.is_punct(i, "(") || after_layout_gap(ctx, i))
        .unwrap_or(colon);
    let joiner_at = |i: usize| {
        i > a
            && speaker_words()
                .name_joiners
                .iter()
                .any(|w| ctx.word(i) == *w)
    };
    // With a second form of the name or a parenthesis after it, the
    // header is a speaker's beyond doubt, and its title may hold
    // lower-case words and commas ("Central Bank chairman Sergei
    // Ignatyev", "Minister of Civil Defence, Emergencies and Natural
    // Disasters Relief Vladimir Puchkov"), between capitalised ends.
    let tailed = name_end < colon;
    let names_only = (a..name_end).all(|i| match ctx.kind(i) {
        Some(TokenKind::Word) => {
            // "President of the People's Republic of China": "the" after
            // a joiner is part of a title.
            let the_in_title = i > a
                && joiner_at(i - 1)
                && speaker_words()
                    .definite_articles
                    .iter()
                    .any(|w| ctx.lower_is(i, w));
            let opening = speaker_words()
                .not_in_turn_names
                .iter()
                .any(|w| ctx.lower_is(i, w));
            joiner_at(i)
                || the_in_title
                || (ctx.is_capitalised(i) && !opening)
                || (tailed && i > a && i + 1 < name_end && !opening)
        }
        Some(TokenKind::Punct) => {
            matches!(ctx.word(i), "." | "-") || (tailed && ctx.word(i) == ",")
        }
        _ => false,
    }) && (!tailed || ctx.is_capitalised(name_end - 1));
    let tail_ok = if name_end == colon {
        ctx.words_in(a, name_end) <= MAX_NAME_WORDS
    } else {
        // The tail says nothing: no sentence ends in it, and a
        // parenthesis closes before the colon.
        let opened = (name_end..colon).any(|i| ctx.is_punct(i, "("));
        let closed = colon > name_end && ctx.is_punct(colon - 1, ")");
        ctx.words_in(a, name_end) <= MAX_NAME_WORDS_WITH_TAIL
            && !(name_end..colon).any(|i| matches!(ctx.word(i), "!" | "?" | "…"))
            && (!opened || closed)
    };
    let first_is_label = is_label(ctx, a);
    (names_only && tail_ok && !first_is_label).then_some((name_end, colon))
}

/// A paragraph opening "Question: ..." or "Remark (retranslated): ...":
/// the colon, or `None`.
fn unnamed_turn_opening(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let a = if ctx.is_quote_mark(a) { a + 1 } else { a };
    if !speaker_words()
        .unnamed_turn_labels
        .iter()
        .any(|w| ctx.lower_is(a, w))
        || !ctx.is_capitalised(a)
    {
        return None;
    }
    let colon = if ctx.is_punct(a + 1, "(") {
        // "(retranslated)", "(in Russian)": a few words, then the colon.
        let close = (a + 2..b.min(a + 8)).find(|&i| ctx.is_punct(i, ")"))?;
        close + 1
    } else {
        a + 1
    };
    (ctx.is_punct(colon, ":") && ctx.words_in(colon + 1, b) >= 1).then_some(colon)
}

/// Longest headline speaker before a colon, in words ("Pat Caddell: ...",
/// "Poll: ...", "Ukraine's defence minister: ...").
const MAX_HEADLINE_SPEAKER_WORDS: usize = 4;

/// A headline in the form "Speaker: what they said" ("Pat Caddell:
/// Democrat Voters Worried About ...", "Poll: Wealthy Voters Abandon ...")
/// is a report of the speaker, with the colon as its cue. Added where the
/// rules read nothing in the headline; labels ("Live:", "Analysis:") name
/// no one.
pub fn headline_reports(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    for (p, &(a, b)) in ctx.par_tokens.iter().enumerate() {
        // A headline by layout, or a title-cased first line of plain text.
        let title_cased = || {
            let words = (a..b)
                .filter(|&i| ctx.kind(i) == Some(TokenKind::Word))
                .count();
            let caps = (a..b).filter(|&i| ctx.is_capitalised(i)).count();
            words >= 4 && caps * 5 >= words * 3 && ctx.sentence_of(a) == ctx.sentence_of(b - 1)
        };
        let headline = ctx.is_headline(a) || (p == 0 && b > a && title_cased());
        if !headline {
            continue;
        }
        let Some((name_end, colon)) = turn_opening(ctx, a, b) else {
            if let Some(d) = headline_says(ctx, a, b) {
                let taken = drafts.iter().any(|x| {
                    x.cue.is_some() && x.content.0 < d.content.1 && d.content.0 < x.content.1
                });
                if !taken {
                    drafts.push(d);
                }
            }
            continue;
        };
        let speaker_at = if ctx.is_quote_mark(a) { a + 1 } else { a };
        let content = ctx.words_within(colon + 1, b);
        if ctx.words_in(speaker_at, name_end) > MAX_HEADLINE_SPEAKER_WORDS
            || ctx.words_in(content.0, content.1) < 3
            || drafts
                .iter()
                .any(|d| d.cue.is_some() && d.content.0 < content.1 && content.0 < d.content.1)
        {
            continue;
        }
        drafts.push(Draft {
            kind: QuoteKind::Indirect,
            content,
            cue: Some((colon, colon + 1)),
            speaker: Some((speaker_at, name_end)),
            inherit_from: None,
            within: None,
        });
    }
}

/// A title-cased headline around a verb of saying: "Obama Says Museum Will
/// Tell of 'Suffering'" (the speaker before the verb, the content after)
/// or "Clinton Hid Health Problems, Former White House Doctor Says" (the
/// content before the last comma, the speaker after it).
fn headline_says(ctx: &Ctx, a: usize, b: usize) -> Option<Draft> {
    let (a, b) = ctx.words_within(a, b);
    let v = (a..b).find(|&i| {
        ctx.is_capitalised(i)
            && i > a
            && ctx.lex(i).cue == Some(crate::lexicon::CueTier::Speech)
            && ctx.word(i).ends_with('s')
    })?;
    let draft = |content: (usize, usize), speaker: (usize, usize)| Draft {
        kind: QuoteKind::Indirect,
        content,
        cue: Some((v, v + 1)),
        speaker: Some(speaker),
        inherit_from: None,
        within: None,
    };
    if v + 1 == b {
        let comma = (a..v).rev().find(|&i| ctx.is_punct(i, ","))?;
        let speaker = (comma + 1, v);
        let content = ctx.words_within(a, comma);
        let ok = ctx.words_in(speaker.0, speaker.1) <= MAX_HEADLINE_SPEAKER_WORDS + 1
            && ctx.words_in(content.0, content.1) >= 3;
        return ok.then(|| draft(content, speaker));
    }
    let speaker = (a, v);
    let content = ctx.words_within(v + 1, b);
    let plain = (a..v).all(|i| ctx.is_wordlike(i) || matches!(ctx.word(i), "'s" | "’s" | "."));
    let ok = plain
        && ctx.words_in(a, v) <= MAX_HEADLINE_SPEAKER_WORDS
        && ctx.words_in(content.0, content.1) >= 3;
    ok.then(|| draft(content, speaker))
}

/// Adds transcript turns to `drafts`, nests the drafts inside a turn in
/// it, and gives their first-person speakers the turn's speaker. Returns
/// the content ranges of the turns.
pub fn apply(ctx: &Ctx, drafts: &mut Vec<Draft>) -> Vec<(usize, usize)> {
    // Paragraph start, speaker (none for "Question:"), colon, paragraph end.
    type Opening = (usize, Option<(usize, usize)>, usize, usize);
    let mut openings: Vec<Opening> = Vec::new();
    let mut unnamed = 0usize;
    let pars = logical_paragraphs(ctx);
    for &(a, b, name_start) in &pars {
        if is_title(ctx, a) {
            continue;
        }
        if let Some((name_end, colon)) = turn_opening(ctx, a, b) {
            let name = if ctx.is_quote_mark(a) { a + 1 } else { a };
            openings.push((a, Some((name_start.unwrap_or(name), name_end)), colon, b));
        } else if let Some(colon) = unnamed_turn_opening(ctx, a, b) {
            openings.push((a, None, colon, b));
            unnamed += 1;
        }
    }
    // One "Name: ..." paragraph in a news story may be a label; two make
    // an exchange. "Question:" alone names no one: it takes named turns
    // around it to make a transcript.
    let named = openings.len() - unnamed;
    if named < 2 {
        return Vec::new();
    }
    let transcript = openings.len() >= 3;
    // Existing top-level drafts are nested into the turn that holds them.
    let rule_count = drafts.len();
    let mut ranges = Vec::new();
    let mut next_opening = openings.iter().peekable();
    let mut current: Option<usize> = None;
    for &(pa, pb, _) in &pars {
        while next_opening.peek().is_some_and(|o| o.0 < pa) {
            next_opening.next();
        }
        let (speaker, content, cue, inherit) = match next_opening.peek() {
            Some(&&(a, name, colon, b)) if a == pa => {
                next_opening.next();
                // An unnamed turn is a turn all the same: what follows is
                // not the previous speaker's.
                if name.is_none() {
                    let (ca, cb) = ctx.words_within(colon + 1, b);
                    if ctx.words_in(ca, cb) > 0 {
                        let index = drafts.len();
                        drafts.push(Draft {
                            kind: QuoteKind::Direct,
                            content: (ca, cb),
                            cue: Some((colon, colon + 1)),
                            speaker: None,
                            inherit_from: None,
                            within: None,
                        });
                        current = Some(index);
                        ranges.push((ca, cb));
                    }
                    continue;
                }
                (name, (colon + 1, b), Some((colon, colon + 1)), None)
            }
            // A stage direction between turns ("(CROSSTALK.)", "(Laughter.)")
            // is no one's words; the turn goes on after it.
            _ if current.is_some() && stage_direction(ctx, pa, pb) => continue,
            _ => match current {
                // A paragraph with no name goes on the last turn.
                Some(t) if !is_title(ctx, pa) && (transcript || spoken(ctx, pa, pb)) => {
                    (None, (pa, pb), None, Some(t))
                }
                // In a short exchange a paragraph in the third person is
                // the reporter's again; the turn may resume after it.
                Some(_) if !is_title(ctx, pa) => continue,
                _ => {
                    current = None;
                    continue;
                }
            },
        };
        let (a, b) = ctx.words_within(content.0, content.1);
        if ctx.words_in(a, b) == 0 {
            continue;
        }
        let index = drafts.len();
        drafts.push(Draft {
            kind: QuoteKind::Direct,
            content: (a, b),
            cue,
            speaker,
            inherit_from: inherit,
            within: None,
        });
        if speaker.is_some() {
            current = Some(index);
        }
        ranges.push((a, b));
    }
    // Nest the rules' drafts inside the turns that hold them.
    let turns: Vec<(usize, (usize, usize))> = (rule_count..drafts.len())
        .filter_map(|k| drafts.get(k).map(|d| (k, d.content)))
        .collect();
    for k in 0..rule_count {
        let Some(d) = drafts.get(k) else { continue };
        let host = turns
            .partition_point(|&(_, (a, _))| a <= d.content.0)
            .checked_sub(1)
            .and_then(|h| turns.get(h))
            .filter(|&&(_, (_, b))| d.content.1 <= b)
            .map(|&(t, _)| t);
        let Some(t) = host else { continue };
        let first_person = d.speaker.is_some_and(|(sa, sb)| {
            sb == sa + 1
                && speaker_words()
                    .first_person_subjects
                    .iter()
                    .any(|w| ctx.lower_is(sa, w))
        });
        if let Some(d) = drafts.get_mut(k) {
            if d.within.is_none() {
                d.within = Some(t);
            }
            if first_person || (d.speaker.is_none() && d.inherit_from.is_none()) {
                d.speaker = None;
                d.inherit_from = Some(t);
            }
        }
    }
    ranges
}

/// Token `i` is in the headline. A short line inside a transcript may be
/// laid out as a subheading ("Remark: It" hard-wrapped): it may still
/// open or continue a turn.
fn is_title(ctx: &Ctx, i: usize) -> bool {
    ctx.is_headline(i) && ctx.paragraph_of(i) == 0
}

/// Most words in a line that holds only the first part of a speaker's
/// name ("Vladimir" over "Putin: Yes, Georgia.").
const MAX_NAME_LINE_WORDS: usize = 8;

/// Paragraphs as the transcript wrote them: a text wrapped at a fixed
/// width ("Remark: It\nis one thing on paper, ...") has each line as a
/// paragraph; a line that follows another after one line break, and does
/// not open a turn itself, belongs to it. Each entry is a token range and,
/// where the speaker's name starts on the line before ("Vladimir\nPutin:
/// Yes."), where it starts.
fn logical_paragraphs(ctx: &Ctx) -> Vec<(usize, usize, Option<usize>)> {
    let single_break = |end: usize, start: usize| {
        let (Some(prev), Some(next)) = (ctx.toks.get(end.wrapping_sub(1)), ctx.toks.get(start))
        else {
            return false;
        };
        ctx.text
            .get(prev.end()..next.start())
            .is_some_and(|gap| gap.matches('\n').count() == 1)
    };
    let opens_turn = |a: usize, b: usize| {
        turn_opening(ctx, a, b).is_some() || unnamed_turn_opening(ctx, a, b).is_some()
    };
    // Only where the text also separates paragraphs by blank lines: there
    // a single line break is a wrap, not a paragraph.
    let blank_lines = ctx.par_tokens.windows(2).any(|w| match w {
        [(_, b), (a, _)] => !single_break(*b, *a),
        _ => false,
    });
    let mut out: Vec<(usize, usize, Option<usize>)> = Vec::with_capacity(ctx.par_tokens.len());
    // The start of the last line of the last paragraph.
    let mut last_line_start = 0usize;
    for &(a, b) in &ctx.par_tokens {
        let wrapped = blank_lines && out.last().is_some_and(|&(_, pb, _)| single_break(pb, a));
        // Nothing runs on from the title, but a name may start there: the
        // text of a record may open with "President of Russia\nVladimir
        // Putin: ...".
        let after_title = out.last().is_some_and(|&(_, pb, _)| is_title(ctx, pb - 1));
        if !wrapped || (after_title && !opens_turn(a, b)) {
            out.push((a, b, None));
            last_line_start = a;
            continue;
        }
        if opens_turn(a, b) {
            // "Vladimir\nPutin: ...": a line of a few capitalised words and
            // nothing else is the start of the name.
            let name_line = last_line_start..a;
            let name_part = ctx.words_in(name_line.start, a) <= MAX_NAME_LINE_WORDS
                && name_line.clone().all(|i| {
                    ctx.is_capitalised(i)
                        || speaker_words().definite_articles.contains(&ctx.word(i))
                        || speaker_words()
                            .name_joiners
                            .iter()
                            .any(|w| ctx.word(i) == *w)
                })
                && name_line
                    .clone()
                    .next()
                    .is_some_and(|i| ctx.is_capitalised(i))
                && !name_line.is_empty();
            let mut name_start = None;
            if name_part {
                if let Some(last) = out.last_mut() {
                    if last.0 == last_line_start {
                        // The name line was a paragraph of its own.
                        out.pop();
                    } else {
                        last.1 = last_line_start;
                    }
                    name_start = Some(last_line_start);
                }
            }
            out.push((a, b, name_start));
        } else if let Some(last) = out.last_mut() {
            last.1 = b;
        }
        last_line_start = a;
    }
    out
}

/// The paragraph is one parenthesis: "(CROSSTALK.)", "\"(Laughter.)".
fn stage_direction(ctx: &Ctx, a: usize, b: usize) -> bool {
    let mut a = a;
    let mut b = b;
    while a < b && ctx.is_quote_mark(a) {
        a += 1;
    }
    while b > a && (ctx.is_quote_mark(b - 1) || ctx.is_final(b - 1)) {
        b -= 1;
    }
    b > a + 1
        && ctx.is_punct(a, "(")
        && ctx.is_punct(b - 1, ")")
        && !(a + 1..b - 1).any(|i| ctx.is_punct(i, ")"))
}

/// The paragraph speaks in the first or second person: a speaker going on,
/// not a reporter.
fn spoken(ctx: &Ctx, a: usize, b: usize) -> bool {
    let persons = &speaker_words().spoken_person_words;
    (a..b).any(|i| persons.iter().any(|w| ctx.lower_is(i, w)))
}
