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
        .or_else(|| glued_second_form(ctx, a, colon))
        .unwrap_or(colon);
    // With a second form of the name or a parenthesis after it, the
    // header is a speaker's beyond doubt, and its title may hold
    // lower-case words and commas ("Central Bank chairman Sergei
    // Ignatyev", "Minister of Civil Defence, Emergencies and Natural
    // Disasters Relief Vladimir Puchkov"), between capitalised ends.
    let tailed = name_end < colon;
    // A pronoun or a relative makes it a clause ("Вони були тією
    // компанією, котра потім стала зватися СхідSide (...): ..."), however
    // capitalised its ends.
    let clause = (a..name_end).any(|i| {
        let l = ctx.lex(i);
        l.pronoun || l.personal || l.relative
    });
    let names_only = (a..name_end).all(|i| name_token(ctx, a, i, name_end, tailed))
        && (!tailed || ctx.is_capitalised(name_end - 1))
        && !clause;
    let tail_ok = if name_end == colon {
        ctx.words_in(a, name_end) <= MAX_NAME_WORDS
    } else {
        ctx.words_in(a, name_end) <= MAX_NAME_WORDS_WITH_TAIL && quiet_tail(ctx, name_end, colon)
    };
    let first_is_label = is_label(ctx, a);
    (names_only && tail_ok && !first_is_label && !shouted(ctx, colon + 1, b))
        .then_some((name_end, colon))
}

/// Words read after a colon to tell a subheading in capitals from speech.
const SHOUTED_LOOKAHEAD_WORDS: usize = 6;

/// The words after the colon at `from` are all in capitals, as a
/// subheading or a link to another story writes them ("RUSSIA-UKRAINE: US
/// SENDING MORE TROOPS TO NATO'S EASTERN FLANK"), not a turn's speech
/// ("PENCE: Well, look, ...").
fn shouted(ctx: &Ctx, from: usize, end: usize) -> bool {
    let mut words = 0usize;
    for i in from..end.min(from + SPOKEN_LOOKAHEAD) {
        if words >= SHOUTED_LOOKAHEAD_WORDS {
            break;
        }
        if ctx.kind(i) != Some(TokenKind::Word) {
            continue;
        }
        let w = ctx.word(i);
        if w.chars().any(char::is_lowercase) {
            return false;
        }
        if w.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            words += 1;
        }
    }
    words >= 2
}

/// Where a header that prints the name twice lost the gap between the
/// two forms ("President of Turkmenistan Serdar Berdimuhamedov
/// Berdimuhamedov SerdarPresident of Turkmenistan:", a page's layout
/// flattened into one line), the second form starts at the surname said
/// twice in a row, before a word glued to the next title ("SerdarPresident").
/// Both are needed: a name such as "Ronald McDonald" has a capital inside a
/// word but no doubled surname.
fn glued_second_form(ctx: &Ctx, a: usize, colon: usize) -> Option<usize> {
    let glued = (a + 1..colon).find(|&i| ctx.is_capitalised(i) && capital_inside(ctx.word(i)))?;
    (a + 1..glued).find(|&i| ctx.is_capitalised(i) && ctx.word(i) == ctx.word(i - 1))
}

/// A lower-case letter followed by a capital inside one word.
fn capital_inside(word: &str) -> bool {
    let mut prev_lower = false;
    for c in word.chars() {
        if prev_lower && c.is_uppercase() {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Token `i` may be part of a speaker's name and title `[a, name_end)`
/// (`tailed`: a second form of the name or a parenthesis follows it).
fn name_token(ctx: &Ctx, a: usize, i: usize, name_end: usize, tailed: bool) -> bool {
    let joiner_at = |i: usize| {
        i > a
            && speaker_words()
                .name_joiners
                .iter()
                .any(|w| ctx.word(i) == *w)
    };
    match ctx.kind(i) {
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
    }
}

/// The tail between a name and its colon, `[name_end, colon)`, says
/// nothing: no sentence ends in it, and a parenthesis closes before the
/// colon.
fn quiet_tail(ctx: &Ctx, name_end: usize, colon: usize) -> bool {
    let opened = (name_end..colon).any(|i| ctx.is_punct(i, "("));
    let closed = colon > name_end && ctx.is_punct(colon - 1, ")");
    !(name_end..colon).any(|i| matches!(ctx.word(i), "!" | "?" | "…")) && (!opened || closed)
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

/// Removes the headline reports "Label: ..." (a colon as the cue, the
/// words before it as the speaker) whose label names no speaker: a rubric
/// or a topic ("Fact Check:", "Daily Deals:", "Hong Kong chaos:") rather
/// than "Putin:", "Ukraine's defence minister:" or "Poll:" (see
/// [`Resolver::headline_names_speaker`](crate::speech::Resolver::headline_names_speaker)).
/// Transcript turns (`turns`, their content ranges) are not headlines.
pub fn drop_rubric_headlines(
    ctx: &Ctx,
    resolver: &crate::speech::Resolver,
    turns: &[(usize, usize)],
    drafts: &mut Vec<Draft>,
) {
    let keep: Vec<bool> = drafts
        .iter()
        .map(|d| {
            let (Some((c0, c1)), Some(speaker)) = (d.cue, d.speaker) else {
                return true;
            };
            if speaker.1 > c0 || !is_colon_headline(ctx, turns, d) {
                return true;
            }
            let (_, par_end) = ctx
                .par_tokens
                .get(ctx.paragraph_of(c0))
                .copied()
                .unwrap_or((c0, c1));
            let story_from = ctx.span(c0, par_end).map_or(usize::MAX, |(_, end)| end);
            resolver.headline_names_speaker(ctx, speaker, story_from)
        })
        .collect();
    crate::speech::remove_drafts(drafts, &keep);
    for d in drafts.iter_mut() {
        quoted_headline_is_direct(ctx, turns, d);
    }
}

/// Whether `d` is a headline report "Label: ...": a colon as its cue, in a
/// headline by layout or the first line of plain text, outside the
/// transcript turns. The checks in order of cost (the turns last: a
/// transcript has many).
fn is_colon_headline(ctx: &Ctx, turns: &[(usize, usize)], d: &Draft) -> bool {
    let Some((c0, c1)) = d.cue else { return false };
    c1 == c0 + 1
        && ctx.is_punct(c0, ":")
        && (ctx.is_headline(c0) || ctx.paragraph_of(c0) == 0)
        && !turns
            .iter()
            .any(|&(a, b)| a <= d.content.0 && d.content.1 <= b)
}

/// "Lavrov: «We do not intend to attack anyone»": a headline report whose
/// words after the colon are one quotation is direct speech, its content
/// the words inside the marks (the reader may or may not have kept them).
fn quoted_headline_is_direct(ctx: &Ctx, turns: &[(usize, usize)], d: &mut Draft) {
    let Some((_, c1)) = d.cue else { return };
    if d.kind != QuoteKind::Indirect || !is_colon_headline(ctx, turns, d) {
        return;
    }
    let mark = |k: usize| ctx.kind(k) == Some(TokenKind::Quote);
    let (mut a, mut b) = d.content;
    if mark(a) && b > a + 1 && mark(b - 1) {
        a += 1;
        b -= 1;
    }
    // The mark opens right after the colon and closes right after the
    // words, with none inside them.
    if a == c1 + 1 && mark(c1) && mark(b) && b > a && !(a..b).any(mark) {
        d.content = (a, b);
        d.kind = QuoteKind::Direct;
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
    let pars = split_at_inline_turns(ctx, logical_paragraphs(ctx));
    let openings = turn_openings(ctx, &pars);
    // One "Name: ..." paragraph in a news story may be a label; two make
    // an exchange. "Question:" alone names no one: it takes named turns
    // around it to make a transcript. One named turn is enough where its
    // place leaves no doubt: after a section break ("... the talks. * * *
    // President of Russia Vladimir Putin: Good afternoon, ..."), opening
    // the text itself (a record whose body is "President of Russia
    // Vladimir Putin: Friends, ...", its title kept apart), or led by a
    // role right after a summary line ("... Council meeting President of
    // Russia Vladimir Putin: Good afternoon, ...").
    let named = openings.iter().filter(|o| o.speaker.is_some()).count();
    let one_is_enough = openings.iter().any(|o| {
        o.speaker.is_some()
            && (after_section_break(ctx, o.start)
                || opens_text(ctx, o)
                || role_led_header(ctx, o.start, o.end).is_some())
    });
    if named < 2 && !one_is_enough {
        return Vec::new();
    }
    // Existing top-level drafts are nested into the turn that holds them.
    let rule_count = drafts.len();
    let mut reader = TurnReader {
        ctx,
        drafts,
        transcript: openings.len() >= 3,
        current: None,
        ranges: Vec::new(),
        directions: Vec::new(),
    };
    let mut next_opening = openings.iter().peekable();
    for &(pa, pb, _) in &pars {
        while next_opening.peek().is_some_and(|o| o.start < pa) {
            next_opening.next();
        }
        match next_opening.next_if(|o| o.start == pa) {
            Some(opening) => reader.open_turn(opening),
            None => reader.go_on(pa, pb),
        }
    }
    let ranges = reader.ranges;
    let directions = reader.directions;
    // A stage direction is the transcript's, not the speaker's: a reading
    // the rules found in it ("(Addressing Pavel Kolobkov.)", "addressing"
    // a cue) is none.
    let keep: Vec<bool> = drafts
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let at = d.cue.map_or(d.content.0, |(c0, _)| c0);
            k >= rule_count || !directions.iter().any(|&(a, b)| a <= at && at < b)
        })
        .collect();
    let removed = keep.iter().filter(|&&k| !k).count();
    crate::speech::remove_drafts(drafts, &keep);
    nest_in_turns(ctx, drafts, rule_count - removed);
    ranges
}

/// A paragraph that opens a turn.
struct TurnOpening {
    /// The paragraph's first token.
    start: usize,
    /// The speaker's tokens; `None` for an unnamed turn ("Question:").
    speaker: Option<(usize, usize)>,
    colon: usize,
    /// The paragraph's end.
    end: usize,
}

/// The turn openings among the logical paragraphs, in order.
fn turn_openings(ctx: &Ctx, pars: &[(usize, usize, Option<usize>)]) -> Vec<TurnOpening> {
    let mut openings = Vec::new();
    for &(a, b, name_start) in pars {
        if is_title(ctx, a) {
            continue;
        }
        if let Some((name_end, colon)) = turn_opening(ctx, a, b) {
            let name = if ctx.is_quote_mark(a) { a + 1 } else { a };
            openings.push(TurnOpening {
                start: a,
                speaker: Some((name_start.unwrap_or(name), name_end)),
                colon,
                end: b,
            });
        } else if let Some(colon) = unnamed_turn_opening(ctx, a, b) {
            openings.push(TurnOpening {
                start: a,
                speaker: None,
                colon,
                end: b,
            });
        }
    }
    openings
}

/// Reads a transcript's paragraphs in order into turn drafts.
struct TurnReader<'c, 'd> {
    ctx: &'c Ctx<'c>,
    drafts: &'d mut Vec<Draft>,
    /// Three turns or more: every paragraph without a name goes on the
    /// turn before it.
    transcript: bool,
    /// The draft of the turn going on.
    current: Option<usize>,
    /// The content ranges of the turn drafts.
    ranges: Vec<(usize, usize)>,
    /// The stage directions cut out of the turns, parentheses included.
    directions: Vec<(usize, usize)>,
}

impl TurnReader<'_, '_> {
    /// A paragraph that opens a turn: the turn's first draft.
    fn open_turn(&mut self, opening: &TurnOpening) {
        let colon = opening.colon;
        let cue = Some((colon, colon + 1));
        match opening.speaker {
            Some(name) => self.push_turn(Some(name), (colon + 1, opening.end), cue, None),
            // An unnamed turn is a turn all the same: what follows is
            // not the previous speaker's.
            None => {
                let (ca, cb) = self.ctx.words_within(colon + 1, opening.end);
                if self.ctx.words_in(ca, cb) > 0 {
                    self.current = Some(self.drafts.len());
                    self.push_draft((ca, cb), cue, None, None);
                }
            }
        }
    }

    /// A paragraph without a name, `[pa, pb)`: where a turn is going on,
    /// more of it, a stage direction, or the reporter's words.
    fn go_on(&mut self, pa: usize, pb: usize) {
        let Some(t) = self.current else {
            return;
        };
        // A stage direction between turns ("(CROSSTALK.)", "(Laughter.)")
        // is no one's words; the turn goes on after it.
        if stage_direction(self.ctx, pa, pb) {
            return;
        }
        // A record's field ("Published in sections: News", "Direct link:
        // en.kremlin.ru/d/60476") is the page's, not the speaker's: the
        // turn ends before it.
        if field_line(self.ctx, pa, pb) {
            self.current = None;
            return;
        }
        if is_title(self.ctx, pa) {
            self.current = None;
        } else if self.transcript || spoken(self.ctx, pa, pb) {
            // A paragraph with no name goes on the last turn.
            self.push_turn(None, (pa, pb), None, Some(t));
        }
        // Else, in a short exchange, a paragraph in the third person is
        // the reporter's again; the turn may resume after it.
    }

    /// Turn drafts of the words of `content`, less its stage directions
    /// (each piece between them a draft of the same turn); the first with
    /// a speaker becomes the turn going on.
    fn push_turn(
        &mut self,
        speaker: Option<(usize, usize)>,
        content: (usize, usize),
        cue: Option<(usize, usize)>,
        inherit: Option<usize>,
    ) {
        let (mut speaker, mut cue, mut inherit) = (speaker, cue, inherit);
        let directions = stage_directions_within(self.ctx, content.0, content.1);
        let mut pieces = Vec::with_capacity(directions.len() + 1);
        let mut from = content.0;
        for &(da, db) in &directions {
            pieces.push((from, da));
            from = db;
        }
        pieces.push((from, content.1));
        self.directions.extend(directions);
        for (pa, pb) in pieces {
            let (a, b) = self.ctx.words_within(pa, pb);
            if self.ctx.words_in(a, b) == 0 {
                continue;
            }
            let index = self.drafts.len();
            if speaker.is_some() {
                self.current = Some(index);
            }
            self.push_draft((a, b), cue, speaker, inherit);
            // The pieces after the first are the same turn's.
            if speaker.take().is_some() {
                inherit = Some(index);
            }
            cue = None;
        }
    }

    fn push_draft(
        &mut self,
        content: (usize, usize),
        cue: Option<(usize, usize)>,
        speaker: Option<(usize, usize)>,
        inherit_from: Option<usize>,
    ) {
        self.drafts.push(Draft {
            kind: QuoteKind::Direct,
            content,
            cue,
            speaker,
            inherit_from,
            within: None,
        });
        self.ranges.push(content);
    }
}

/// Nests the rules' drafts (the first `rule_count`) inside the turns (the
/// drafts after them) that hold them; a draft whose speaker is "I" or
/// "we", or that has none, takes the turn's speaker.
fn nest_in_turns(ctx: &Ctx, drafts: &mut [Draft], rule_count: usize) {
    let turns: Vec<(usize, (usize, usize))> = (rule_count..drafts.len())
        .filter_map(|k| drafts.get(k).map(|d| (k, d.content)))
        .collect();
    for d in drafts.iter_mut().take(rule_count) {
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
        if d.within.is_none() {
            d.within = Some(t);
        }
        if first_person || (d.speaker.is_none() && d.inherit_from.is_none()) {
            d.speaker = None;
            d.inherit_from = Some(t);
        }
    }
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
    // Only where the text also separates paragraphs by blank lines: there
    // a single line break is a wrap, not a paragraph.
    let blank_lines = ctx.par_tokens.windows(2).any(|w| match w {
        [(_, b), (a, _)] => !single_break(ctx, *b, *a),
        _ => false,
    });
    let mut out: Vec<(usize, usize, Option<usize>)> = Vec::with_capacity(ctx.par_tokens.len());
    // The start of the last line of the last paragraph.
    let mut last_line_start = 0usize;
    for &(a, b) in &ctx.par_tokens {
        let wrapped = blank_lines
            && out
                .last()
                .is_some_and(|&(_, pb, _)| single_break(ctx, pb, a));
        // Nothing runs on from the title, but a name may start there: the
        // text of a record may open with "President of Russia\nVladimir
        // Putin: ...".
        let after_title = out.last().is_some_and(|&(_, pb, _)| is_title(ctx, pb - 1));
        if !wrapped || (after_title && !opens_turn(ctx, a, b)) {
            out.push((a, b, None));
            last_line_start = a;
            continue;
        }
        if opens_turn(ctx, a, b) {
            let mut name_start = None;
            if is_name_line(ctx, last_line_start, a) {
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

/// Fewest words in a speaker's name opening a turn inside a paragraph
/// ("... in the world. Vladimir Putin: Thank you.") or alone at the
/// text's start: a full name at least.
const MIN_FULL_NAME_WORDS: usize = 2;

/// A transcript printed without its line breaks (a record whose body is
/// one line: "... * * * President of Russia Vladimir Putin: Good
/// afternoon, colleagues. ... Margarita Simonyan: Thank you. ...") has its
/// turns inside paragraphs. Where named turns open right after a sentence
/// ends, each paragraph is split before them, so that each turn opens a
/// paragraph of its own. Ordinary prose with a stray "Capitalised Words:
/// ..." after a full stop makes no transcript: `apply` wants two named
/// turns, or one after a section break.
fn split_at_inline_turns(
    ctx: &Ctx,
    pars: Vec<(usize, usize, Option<usize>)>,
) -> Vec<(usize, usize, Option<usize>)> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut named = 0usize;
    for &(a, b, _) in &pars {
        for i in a + 1..b {
            // "weapons.Joe Biden: ..." with no space after the full stop is
            // a page's headline run into its text, not a transcript.
            if !ctx.char_before(i).is_some_and(char::is_whitespace) {
                continue;
            }
            if !after_sentence_end(ctx, i) {
                // A summary line that lost its full stop runs into the
                // header: "Speech at the Council meeting President of
                // Russia Vladimir Putin: Good afternoon, ...".
                if role_led_header(ctx, i, b).is_some() {
                    named += 1;
                    cuts.push(i);
                }
                continue;
            }
            // The header and the first words after its colon, no further:
            // each candidate costs a bounded look-ahead however long the
            // paragraph.
            let window = b.min(i + MAX_HEADER_TOKENS + 2);
            let start = if ctx.is_quote_mark(i) { i + 1 } else { i };
            if !ctx.is_capitalised(start) {
                continue;
            }
            if let Some((name_end, colon)) = turn_opening(ctx, i, window) {
                let words = ctx.words_in(start, name_end);
                let heard = after_colon(ctx, colon + 1, b);
                if (words >= MIN_FULL_NAME_WORDS || name_end < colon)
                    && opens_sentence(ctx, colon + 1)
                    && heard != AfterColon::Other
                {
                    named += usize::from(heard == AfterColon::Speech);
                    cuts.push(i);
                }
            } else if let Some(colon) = unnamed_turn_opening(ctx, i, window) {
                if opens_sentence(ctx, colon + 1) {
                    cuts.push(i);
                }
            }
        }
    }
    // Only a header followed by speech makes a transcript; a short reply
    // is one in a transcript made. One such header inside a paragraph is
    // a transcript when another opens a paragraph or a section break comes
    // before it; `apply` counts them all.
    if named == 0 {
        return pars;
    }
    let mut out = Vec::with_capacity(pars.len() + cuts.len());
    let mut next_cut = cuts.iter().copied().peekable();
    for (a, b, name_start) in pars {
        let mut start = a;
        let mut first_name = name_start;
        while let Some(cut) = next_cut.next_if(|&c| c < b) {
            if cut > start {
                out.push((start, cut, first_name.take()));
                start = cut;
            }
        }
        out.push((start, b, first_name));
    }
    out
}

/// Fewest capitalised words in a header that opens with a role after
/// other words: a role, its place and a full name ("President of Russia
/// Vladimir Putin"), not a title ("Prince of Persia: Warrior Within").
const MIN_ROLE_LED_CAPITALISED: usize = 4;

/// A header at token `i` that no sentence end precedes, accepted only in
/// its most certain form: a capitalised role noun opens it ("President",
/// "Aide") after a lower-case word of a summary line, a place and a full
/// name follow ([`MIN_ROLE_LED_CAPITALISED`] capitalised words, no second
/// form, no parenthesis), and speech follows the colon. Returns the
/// colon.
fn role_led_header(ctx: &Ctx, i: usize, b: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    // Cheap tests first: this is asked at every word of a paragraph.
    if !ctx.is_capitalised(i)
        || ctx.is_capitalised(prev)
        || !claimtrace_entity::is_role_noun(ctx.lower(i))
    {
        return None;
    }
    let paragraph = ctx.paragraph_of(i);
    // The summary line that ran into the header, a lower-case word of
    // the same paragraph, not an article ("the Lord of the Rings: The
    // Return of the King"), near the paragraph's start.
    let after_summary = ctx.kind(prev) == Some(TokenKind::Word)
        && !ctx.is_capitalised(prev)
        // "Manchester United coach Sir Alex Ferguson:" starts earlier.
        && !claimtrace_entity::is_role_noun(ctx.lower(prev))
        && ctx.paragraph_of(prev) == paragraph
        && !ctx.lex(prev).determiner
        && !speaker_words()
            .definite_articles
            .iter()
            .any(|w| ctx.lower_is(prev, w))
        && ctx
            .par_tokens
            .get(paragraph)
            .is_some_and(|&(a, _)| i - a <= MAX_SUMMARY_TOKENS);
    if !after_summary {
        return None;
    }
    let window = b.min(i + MAX_HEADER_TOKENS + 2);
    let (name_end, colon) = turn_opening(ctx, i, window)?;
    let capitalised = (i..name_end).filter(|&k| ctx.is_capitalised(k)).count();
    (name_end == colon
        && capitalised >= MIN_ROLE_LED_CAPITALISED
        && ctx.is_capitalised(name_end - 1)
        && opens_sentence(ctx, colon + 1)
        && after_colon(ctx, colon + 1, b) == AfterColon::Speech
        && !title_cased(ctx, colon + 1))
    .then_some(colon)
}

/// Most tokens of a record's summary line before a header that it ran
/// into.
const MAX_SUMMARY_TOKENS: usize = 40;

/// Token `i` starts a sentence: a full stop, a question or exclamation
/// mark, an ellipsis, a closing quotation mark after one of them, or the
/// asterisks of a section break ("* * *") come right before it.
fn after_sentence_end(ctx: &Ctx, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    ctx.is_final(prev)
        || ctx.word(prev) == "*"
        || (ctx.is_quote_mark(prev) && prev > 0 && ctx.is_final(prev - 1) && !ctx.is_quote_mark(i))
}

/// The turn opens the text, before it only the title if any, names its
/// speaker in full ("President of Russia Vladimir Putin", "Anna Petrova"),
/// not one word that may be a label, and a sentence opens after the colon
/// ("Гран-при России: лучшие фигуристы ..." is a lead's heading).
fn opens_text(ctx: &Ctx, opening: &TurnOpening) -> bool {
    let paragraph = ctx.paragraph_of(opening.start);
    let first_body_paragraph = paragraph
        == usize::from(
            ctx.par_tokens
                .first()
                .is_some_and(|&(a, _)| is_title(ctx, a)),
        );
    let at_paragraph_start = ctx
        .par_tokens
        .get(paragraph)
        .is_some_and(|&(a, _)| a == opening.start);
    let full_name = opening
        .speaker
        .is_some_and(|(a, b)| ctx.words_in(a, b) >= MIN_FULL_NAME_WORDS);
    first_body_paragraph
        && at_paragraph_start
        && full_name
        && opens_sentence(ctx, opening.colon + 1)
        && !title_cased(ctx, opening.colon + 1)
}

/// Words read after a colon to tell a headline from speech.
const TITLE_CASE_LOOKAHEAD_WORDS: usize = 12;

/// The words after token `from`, up to the sentence's end, are mostly
/// capitalised, as in a headline ("Pat Caddell: Democrat Voters Worried
/// About Clinton's Health"), not speech ("President Xi Jinping, friends,
/// it is my pleasure ...").
fn title_cased(ctx: &Ctx, from: usize) -> bool {
    let (mut capitalised, mut lower) = (0usize, 0usize);
    let mut i = from;
    while capitalised + lower < TITLE_CASE_LOOKAHEAD_WORDS
        && i < from + 2 * TITLE_CASE_LOOKAHEAD_WORDS
        && !ctx.is_final(i)
    {
        match ctx.kind(i) {
            Some(TokenKind::Word) if ctx.is_capitalised(i) => capitalised += 1,
            Some(TokenKind::Word) => lower += 1,
            None => break,
            _ => {}
        }
        i += 1;
    }
    capitalised >= 3 * lower.max(1)
}

/// Token `i` comes right after a section break's asterisks ("* * *").
fn after_section_break(ctx: &Ctx, i: usize) -> bool {
    let start = if ctx.is_quote_mark(i) { i + 1 } else { i };
    start > 0 && ctx.word(start - 1) == "*"
}

/// Most tokens read after a header's colon to see whether speech follows.
const SPOKEN_LOOKAHEAD: usize = 16;
/// Most words in a sentence of capitalised words that may be a reply
/// ("Agreed.", "Hello, Mr President.").
const MAX_CAPITALISED_REPLY_WORDS: usize = 4;

/// What follows a header's colon inside a paragraph.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AfterColon {
    /// A sentence with a lower-case word: speech.
    Speech,
    /// A short sentence of capitalised words ("Hello, Mr President.",
    /// "Agreed."): a reply in a transcript, but also a list of names ("Subs
    /// Not Used: Weaver, Onuoha."), so it makes no transcript alone.
    Short,
    Other,
}

/// Reads the words after a colon at token `from`; see [`AfterColon`].
fn after_colon(ctx: &Ctx, from: usize, end: usize) -> AfterColon {
    let mut words = 0usize;
    for i in from..end.min(from + SPOKEN_LOOKAHEAD) {
        if ctx.is_final(i) {
            return if words <= MAX_CAPITALISED_REPLY_WORDS {
                AfterColon::Short
            } else {
                AfterColon::Other
            };
        }
        match ctx.kind(i) {
            Some(TokenKind::Word) if !ctx.is_capitalised(i) => return AfterColon::Speech,
            Some(TokenKind::Word) => words += 1,
            _ => {}
        }
    }
    AfterColon::Other
}

/// Token `i` may open what a speaker says: a capitalised word, a number or
/// a quotation mark.
fn opens_sentence(ctx: &Ctx, i: usize) -> bool {
    ctx.is_capitalised(i) || ctx.is_quote_mark(i) || matches!(ctx.kind(i), Some(TokenKind::Number))
}

/// One line break, no more, between the paragraph ending at `end` and
/// the one starting at `start`.
fn single_break(ctx: &Ctx, end: usize, start: usize) -> bool {
    let (Some(prev), Some(next)) = (ctx.toks.get(end.wrapping_sub(1)), ctx.toks.get(start)) else {
        return false;
    };
    ctx.text
        .get(prev.end()..next.start())
        .is_some_and(|gap| gap.matches('\n').count() == 1)
}

/// The paragraph `[a, b)` opens a turn, named or not.
fn opens_turn(ctx: &Ctx, a: usize, b: usize) -> bool {
    turn_opening(ctx, a, b).is_some() || unnamed_turn_opening(ctx, a, b).is_some()
}

/// "Vladimir\nPutin: ...": a line `[start, end)` of a few capitalised
/// words and nothing else is the start of the name on the next line.
fn is_name_line(ctx: &Ctx, start: usize, end: usize) -> bool {
    let name_line = start..end;
    ctx.words_in(name_line.start, end) <= MAX_NAME_LINE_WORDS
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
        && !name_line.is_empty()
}

/// Most words in a field's label ("Published in sections") and value.
const MAX_FIELD_LABEL_WORDS: usize = 4;
const MAX_FIELD_VALUE_WORDS: usize = 10;

/// The paragraph is a field of the page's record, "Label: value": a
/// label of two to four words, capitalised only at its start (a speaker's
/// name and title are capitalised: "President of Russia Vladimir
/// Putin:"), a colon, and a short value that does not end a sentence
/// (speech does: "The point is simple: we must act.").
fn field_line(ctx: &Ctx, a: usize, b: usize) -> bool {
    let Some(colon) = (a..b.min(a + MAX_FIELD_LABEL_WORDS + 1)).find(|&i| ctx.is_punct(i, ":"))
    else {
        return false;
    };
    let label_words = colon - a;
    let label_ok = (2..=MAX_FIELD_LABEL_WORDS).contains(&label_words)
        && ctx.is_capitalised(a)
        && (a + 1..colon).all(|i| ctx.is_wordlike(i) && !ctx.is_capitalised(i));
    let ends_sentence = (colon + 1..b)
        .rev()
        .find(|&i| !ctx.is_quote_mark(i))
        .is_some_and(|i| ctx.is_final(i) || ctx.is_punct(i, "…"));
    label_ok && !ends_sentence && ctx.words_in(colon + 1, b) <= MAX_FIELD_VALUE_WORDS
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

/// Most words a stage direction inside a turn holds ("(Addressing Minister
/// of Labour and Social Protection Anton Kotyakov.)" has ten).
const MAX_STAGE_DIRECTION_WORDS: usize = 20;

/// The stage directions inside the turn text `[a, b)`, parentheses
/// included: "(Addressing Pavel Kolobkov.) Mr Kolobkov, ...", "... first
/// time. (Laughter.) But ...". One opens the text, a line or a sentence,
/// starts with a capital, speaks in no first or second person and is
/// followed by the text's end, a new sentence or a colon; "It is important
/// (more of our colleagues will speak now) that ..." is the speaker's.
fn stage_directions_within(ctx: &Ctx, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Before the text's first word a parenthesis opens it.
    let first_word = (a..b).find(|&k| ctx.is_wordlike(k)).unwrap_or(b);
    let mut i = a;
    while i < b {
        if !ctx.is_punct(i, "(") {
            i += 1;
            continue;
        }
        let opens = i < first_word
            || ctx.is_final(i - 1)
            || ctx.is_punct(i - 1, ")")
            || ctx.char_before(i) == Some('\n');
        let close = (i + 1..b.min(i + 2 * MAX_STAGE_DIRECTION_WORDS + 4))
            .find(|&k| ctx.is_punct(k, ")") || ctx.is_punct(k, "("))
            .filter(|&k| ctx.is_punct(k, ")"));
        let Some(close) = close.filter(|_| opens && ctx.is_capitalised(i + 1)) else {
            i += 1;
            continue;
        };
        let words = ctx.words_in(i + 1, close);
        let third_person = !spoken(ctx, i + 1, close);
        let after = close + 1;
        let then_new = after >= b
            || ctx.is_capitalised(after)
            || ctx.is_quote_mark(after)
            || ctx.is_punct(after, ":")
            || ctx.is_punct(after, "(")
            || ctx.char_before(after) == Some('\n');
        if (1..=MAX_STAGE_DIRECTION_WORDS).contains(&words) && third_person && then_new {
            let end = if after < b && ctx.is_punct(after, ":") {
                after + 1
            } else {
                after
            };
            out.push((i, end));
            i = end;
        } else {
            i = close + 1;
        }
    }
    out
}

/// The paragraph speaks in the first or second person: a speaker going on,
/// not a reporter.
fn spoken(ctx: &Ctx, a: usize, b: usize) -> bool {
    let persons = &speaker_words().spoken_person_words;
    (a..b).any(|i| persons.iter().any(|w| ctx.lower_is(i, w)))
}
