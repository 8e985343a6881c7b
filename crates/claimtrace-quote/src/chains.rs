//! Attribution chains: who repeated, quoted or cited whom.
//!
//! Read around verbs of relaying words: "X repeated the (recent) words of
//! Y", "X echoed Y", "X quoted / cited Y", "X, quoting Y, said",
//! "Y's statement, cited by X", "who in turn quoted Z". Each becomes an
//! edge speaker -> source with its cue; hedges are attached later.

use claimtrace_core::{Attribution, Party, Quote, Span, SpanText};

use crate::doc::Ctx;
use crate::speaker_words::speaker_words;
use crate::speech::Resolver;
use std::sync::OnceLock;

/// Nouns for words said: "the recent words of", "a statement by"
/// (every language's `said_nouns`).
fn said_noun_at(ctx: &Ctx, k: usize) -> bool {
    claimtrace_lexicon::ALL
        .iter()
        .any(|lex| lex.said_nouns.iter().any(|n| ctx.lower_is(k, n)))
}

/// The first letters of every relay verb, in both cases where the verb is
/// matched case-blind: a cheap test before lower-casing (called on every
/// word).
fn relay_first_letters() -> &'static [char] {
    static LETTERS: OnceLock<Vec<char>> = OnceLock::new();
    LETTERS.get_or_init(|| {
        let mut letters = Vec::new();
        for lex in claimtrace_lexicon::ALL {
            for prefix in lex.relay_verb_prefixes {
                let first = prefix.chars().next();
                letters.extend(first.into_iter().flat_map(|c| [c, c.to_ascii_uppercase()]));
            }
            letters.extend(lex.relay_verb_forms.iter().filter_map(|f| f.chars().next()));
        }
        letters.sort_unstable();
        letters.dedup();
        letters
    })
}

fn relay_verb(w: &str) -> bool {
    if !w
        .chars()
        .next()
        .is_some_and(|c| relay_first_letters().contains(&c))
    {
        return false;
    }
    // ASCII lower-casing: a capitalised Cyrillic form is not matched (as
    // the listed forms are lower-case).
    let w = w.to_ascii_lowercase();
    claimtrace_lexicon::ALL.iter().any(|lex| {
        lex.relay_verb_prefixes.iter().any(|p| w.starts_with(p))
            || lex.relay_verb_forms.contains(&w.as_str())
    })
}

/// Finds attribution edges. `quotes` gives the last speaker for pronouns
/// the entity layer left unresolved.
pub fn find_chains(ctx: &Ctx, resolver: &Resolver, quotes: &[Quote]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for &(a, b) in &ctx.sent_tokens {
        for v in a..b {
            if !relay_verb_at(ctx, v, a) {
                continue;
            }
            let Some(sentence) = ctx.span(a, b) else {
                continue;
            };
            let edge = if is_agent_preposition(ctx, v + 1) {
                passive_relay(ctx, v, (a, b))
            } else {
                active_relay(ctx, v, (a, b))
            };
            if let Some(edge) = edge {
                push_edge(
                    ctx,
                    resolver,
                    quotes,
                    &mut out,
                    edge.speaker,
                    edge.source,
                    edge.cue,
                    sentence,
                );
            }
        }
    }
    for &(a, b) in &ctx.sent_tokens {
        publication_path(ctx, resolver, quotes, (a, b), &mut out);
    }
    out.sort_by_key(|e| e.start);
    for (n, e) in out.iter_mut().enumerate() {
        e.id = format!("a{}", n + 1);
    }
    out
}

/// Token `v` of the sentence starting at `a` is a relay verb ("repeated",
/// "quoting"), not capitalised inside the sentence (a name).
fn relay_verb_at(ctx: &Ctx, v: usize, a: usize) -> bool {
    ctx.kind(v) == Some(claimtrace_core::TokenKind::Word)
        && relay_verb(ctx.word(v))
        && !(ctx.is_capitalised(v) && v > a)
}

/// An edge around a relay verb: who relayed whose words, and the cue.
struct RelayEdge {
    speaker: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
}

/// Passive: "Y's statement, cited by X" (relay verb at `v`, "by" after it,
/// in sentence `[a, b)`).
fn passive_relay(ctx: &Ctx, v: usize, (a, b): (usize, usize)) -> Option<RelayEdge> {
    let speaker = ctx.np_after(v + 2, b)?;
    let source = if v > a && ctx.is_punct(v - 1, ",") {
        ctx.np_walk(v - 1, a)
    } else {
        ctx.np_walk(v, a)
    }?;
    Some(RelayEdge {
        speaker,
        source,
        cue: (v, v + 2),
    })
}

/// Active: "X repeated (the words of) Y", "X, quoting Y, said", "who in
/// turn quoted Z" (relay verb at `v`, in sentence `[a, b)`).
fn active_relay(ctx: &Ctx, v: usize, (a, b): (usize, usize)) -> Option<RelayEdge> {
    let cue_end = object_after_said_noun(ctx, v, b);
    let source = ctx.np_after(cue_end, b)?;
    let source = agent_of_said(ctx, source, b).unwrap_or(source);
    let mut cue_start = ctx.cue_start(v, a);
    // "in turn" belongs to the discourse, not to the cue.
    let mut frame_end = cue_start;
    let paired = speaker_words()
        .paired_cue_prefixes
        .iter()
        .any(|(first, second)| {
            ctx.lower_is(cue_start, first) && ctx.lower_is(cue_start + 1, second)
        });
    if paired {
        cue_start += 2;
    }
    if frame_end > a && ctx.is_punct(frame_end - 1, ",") && ctx.lex(v).participle {
        // "X, quoting Y, said": the speaker is before the comma.
        frame_end -= 1;
    }
    let speaker = if ctx.is_punct(frame_end.saturating_sub(1), ",") && frame_end > a {
        ctx.np_walk(frame_end - 1, a)
    } else {
        ctx.np_before(frame_end, a)
    }?;
    Some(RelayEdge {
        speaker,
        source,
        cue: (cue_start, cue_end),
    })
}

/// Where the source of relay verb `v` starts, which is also where its cue
/// ends: after "the (recent) words of" when the verb takes them, else
/// right after the verb.
fn object_after_said_noun(ctx: &Ctx, v: usize, b: usize) -> usize {
    for k in v + 1..(v + 6).min(b) {
        if said_noun_at(ctx, k) {
            let joined = ctx.lex(k + 1).np_joiner || is_agent_preposition(ctx, k + 1);
            if joined && ctx.np_after(k + 2, b).is_some() {
                return k + 2;
            }
            break;
        }
        if ctx.kind(k) != Some(claimtrace_core::TokenKind::Word) {
            break;
        }
    }
    v + 1
}

/// Words between a said thing and its "by" ("a claim first made by",
/// "an internal estimate by"): at most this many.
const MAX_WORDS_BEFORE_BY: usize = 3;

/// The author of a said thing that is the object of a relay verb: "(repeated)
/// a claim first made by her deputy, Taras Hnatiuk" is Taras Hnatiuk's
/// claim, "(cited) an internal estimate by the port authority" the port
/// authority's. A name in apposition after the agent ("her deputy, Taras
/// Hnatiuk") is who it is. `None` when the object has no "by".
fn agent_of_said(ctx: &Ctx, object: (usize, usize), b: usize) -> Option<(usize, usize)> {
    let by = (object.1..(object.1 + MAX_WORDS_BEFORE_BY + 1).min(b))
        .take_while(|&k| ctx.kind(k) == Some(claimtrace_core::TokenKind::Word))
        .find(|&k| is_agent_preposition(ctx, k))?;
    let agent = ctx.np_after(by + 1, b)?;
    // "her deputy, Taras Hnatiuk, who ...": the name after the comma.
    if ctx.is_punct(agent.1, ",") && ctx.is_capitalised(agent.1 + 1) {
        if let Some(name) = ctx.np_after(agent.1 + 1, b) {
            let all_caps = (name.0..name.1).all(|k| ctx.is_capitalised(k));
            let closed = name.1 >= b || ctx.is_punct(name.1, ",") || ctx.is_final(name.1);
            if all_caps && closed {
                return Some(name);
            }
        }
    }
    Some(agent)
}

/// "by" at `i`: the agent of a passive or of a said thing follows.
fn is_agent_preposition(ctx: &Ctx, i: usize) -> bool {
    speaker_words()
        .agent_prepositions
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

fn is_any(ctx: &Ctx, i: usize, words: &[&str]) -> bool {
    ctx.kind(i) == Some(claimtrace_core::TokenKind::Word)
        && words.iter().any(|w| ctx.lower_is(i, w))
}

/// The words of a span.
fn text_of(ctx: &Ctx, a: usize, b: usize) -> Option<String> {
    let (s, e) = ctx.span(a, b)?;
    ctx.text.get(s..e).map(str::to_string)
}

/// Publication paths: where words were first said and how they reached
/// the public. "He said this during the filming of the program "X" on
/// channel C, excerpts from which were posted by its author Y on his
/// Telegram channel" gives speaker -> `C program "X"` -> `Y's Telegram
/// channel`; "X said in an interview with the BBC" gives X -> the BBC.
fn publication_path(
    ctx: &Ctx,
    resolver: &Resolver,
    quotes: &[Quote],
    (a, b): (usize, usize),
    out: &mut Vec<Attribution>,
) -> Option<()> {
    let sentence = ctx.span(a, b)?;
    let (v, prep) = setting_of_saying(ctx, a, b)?;
    let head = setting_head(ctx, prep, b)?;
    let cue_a = ctx.cue_start(v, a);
    let speaker = ctx.np_before(cue_a, a)?;
    let (programme, cue_end, after) = if is_any(ctx, head, &speaker_words().talk_nouns) {
        interview_partner(ctx, resolver, quotes, head, b)?
    } else {
        programme_of_setting(ctx, head, b)?
    };
    let cue_end = cue_end.max(v + 1);
    if let Some(sp) = party(ctx, resolver, quotes, speaker) {
        push_party_edge(ctx, out, sp, programme.clone(), (cue_a, cue_end), sentence);
    }
    let (medium, posted) = excerpts_posted(ctx, resolver, after, b)?;
    push_party_edge(ctx, out, programme, medium, (posted, posted + 2), sentence);
    Some(())
}

/// The first verb of saying of sentence `[a, b)` with a setting
/// preposition a few words after it ("said in", "told ... during"): the
/// verb and the preposition.
fn setting_of_saying(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    (a..b).find_map(|v| {
        let l = ctx.lex(v);
        if l.cue.is_none() || l.participle || (ctx.is_capitalised(v) && v > a) {
            return None;
        }
        (v + 1..(v + 5).min(b))
            .take_while(|&k| ctx.kind(k) == Some(claimtrace_core::TokenKind::Word))
            .find(|&k| is_any(ctx, k, &speaker_words().setting_prepositions))
            .map(|k| (v, k))
    })
}

/// The setting's head noun ("filming", "programme", "interview") after
/// the preposition at `prep`, a determiner or an adjective between.
fn setting_head(ctx: &Ctx, prep: usize, b: usize) -> Option<usize> {
    (prep + 1..(prep + 4).min(b))
        .take_while(|&k| ctx.kind(k) == Some(claimtrace_core::TokenKind::Word))
        .find(|&k| {
            is_any(ctx, k, &speaker_words().programme_making_nouns)
                || is_any(ctx, k, &speaker_words().programme_nouns)
                || is_any(ctx, k, &speaker_words().talk_nouns)
        })
}

/// "in an interview with X" / "in an interview on X" (the talk noun at
/// `head`): X, the cue's end and the first token after X.
fn interview_partner(
    ctx: &Ctx,
    resolver: &Resolver,
    quotes: &[Quote],
    head: usize,
    b: usize,
) -> Option<(Party, usize, usize)> {
    let with = head + 1;
    if !is_any(ctx, with, &speaker_words().talk_partner_prepositions) {
        return None;
    }
    let np = ctx.np_after(with + 1, b)?;
    // "Radio Liberty that the bridge ...": the name ends at its last
    // capitalised word.
    let end = (np.0 + 1..np.1)
        .find(|&i| {
            let possessive = matches!(ctx.word(i), "'s" | "’s" | "s" | "'" | "’")
                || matches!(ctx.word(i - 1), "'" | "’");
            ctx.lex(i).complementizer
                || (ctx.is_capitalised(i - 1) && !ctx.is_capitalised(i) && !possessive)
        })
        .unwrap_or(np.1);
    let np = (np.0, end);
    if !ctx.is_capitalised(end - 1) {
        return None;
    }
    party(ctx, resolver, quotes, np).map(|p| (p, with + 1, np.1))
}

/// "the filming of the program "X"" or "on the show "X"" (the head noun
/// at `head`): the programme, the cue's end and the first token after it.
fn programme_of_setting(ctx: &Ctx, head: usize, b: usize) -> Option<(Party, usize, usize)> {
    let making = is_any(ctx, head, &speaker_words().programme_making_nouns);
    let noun = if making {
        let of = head + 1;
        let of_prepositions = &speaker_words().programme_making_prepositions;
        if !of_prepositions.iter().any(|w| ctx.lower_is(of, w)) {
            return None;
        }
        (of + 1..(of + 4).min(b)).find(|&k| is_any(ctx, k, &speaker_words().programme_nouns))?
    } else {
        head
    };
    let (name, end) = programme(ctx, noun, b)?;
    let cue_end = if making { head + 2 } else { head };
    Some((Party { entity: None, name }, cue_end, end))
}

/// ", excerpts from which were posted by Y on his Telegram channel" from
/// `after` (the end of the programme's phrase): the medium, named with
/// its poster, and the publishing verb.
fn excerpts_posted(
    ctx: &Ctx,
    resolver: &Resolver,
    after: usize,
    b: usize,
) -> Option<(Party, usize)> {
    let which = (after..b.min(after + 12)).find(|&k| {
        speaker_words()
            .excerpt_relative_pronouns
            .iter()
            .any(|w| ctx.lower_is(k, w))
    })?;
    if !(after..which).any(|k| is_any(ctx, k, &speaker_words().excerpt_nouns)) {
        return None;
    }
    let posted = (which + 1..(which + 5).min(b))
        .find(|&k| is_any(ctx, k, &speaker_words().publishing_verbs))?;
    if !is_agent_preposition(ctx, posted + 1) {
        return None;
    }
    let poster = ctx.np_after(posted + 2, b)?;
    let on = poster.1;
    if !is_any(ctx, on, &speaker_words().posting_medium_prepositions) {
        return None;
    }
    let (medium_a, medium_b) = medium(ctx, on + 1, b)?;
    let poster_name = poster_name(ctx, resolver, poster);
    let medium_from = if is_any(ctx, medium_a, &speaker_words().medium_possessives) {
        medium_a + 1
    } else {
        medium_a
    };
    let medium_text = text_of(ctx, medium_from, medium_b)?;
    let name = match poster_name {
        Some(p) => format!("{p}'s {medium_text}"),
        None => medium_text,
    };
    Some((Party { entity: None, name }, posted))
}

/// A programme's name from its noun at `noun`: `C program "T"` with its
/// title in quotation marks and the channel after "on (the ... channel)".
/// Returns the name and the first token after the phrase.
fn programme(ctx: &Ctx, noun: usize, b: usize) -> Option<(String, usize)> {
    let noun_text = ctx.word(noun).to_string();
    let mut k = noun + 1;
    let mut title = None;
    if ctx.is_quote_mark(k) {
        let close = (k + 1..(k + 20).min(b)).find(|&c| ctx.is_quote_mark(c))?;
        title = text_of(ctx, k, close + 1);
        k = close + 1;
    }
    // "on the propaganda TV channel Russia-1", "on Rossiya-1".
    let mut channel = None;
    if is_any(ctx, k, &speaker_words().channel_prepositions) {
        let mut c = k + 1;
        let limit = (k + 7).min(b);
        while c < limit
            && !ctx.is_capitalised(c)
            && ctx.kind(c) == Some(claimtrace_core::TokenKind::Word)
        {
            c += 1;
        }
        // "TV channel Russia-1": the name after the channel noun.
        while c + 1 < limit
            && ctx.is_capitalised(c)
            && is_any(ctx, c + 1, &speaker_words().channel_nouns)
        {
            c += 2;
        }
        if is_any(ctx, c, &speaker_words().channel_nouns) {
            c += 1;
        }
        // The channel's name: capitalised words and numbers, and what
        // touches them ("Russia-1", "Rossiya 24", "BBC One").
        let touches = |k: usize| match (ctx.toks.get(k - 1), ctx.toks.get(k)) {
            (Some(p), Some(t)) => {
                p.end() == t.start() && !matches!(ctx.word(k), "," | "." | ";" | ":")
            }
            _ => false,
        };
        let mut e = c;
        while e < b
            && e < c + 6
            && (ctx.is_capitalised(e)
                || (e > c && ctx.kind(e) == Some(claimtrace_core::TokenKind::Number))
                || (e > c && touches(e)))
        {
            e += 1;
        }
        if e > c && ctx.is_capitalised(c) {
            channel = text_of(ctx, c, e);
            k = e;
        }
    }
    let name = match (channel, title) {
        (Some(c), Some(t)) => format!("{c} {noun_text} {t}"),
        (None, Some(t)) => format!("{noun_text} {t}"),
        (Some(c), None) => format!("{c} {noun_text}"),
        (None, None) => return None,
    };
    Some((name, k))
}

/// The medium words were posted on, from `start`: "his Telegram channel",
/// "X (Twitter)", "her blog". Ends before punctuation (brackets aside), a
/// number, or a second preposition ("... channel on July 16").
fn medium(ctx: &Ctx, start: usize, b: usize) -> Option<(usize, usize)> {
    use claimtrace_core::TokenKind;
    let mut k = start;
    let mut depth = 0usize;
    while k < b && k < start + 8 {
        let w = ctx.word(k);
        match ctx.kind(k) {
            Some(TokenKind::Punct) if w == "(" => depth += 1,
            Some(TokenKind::Punct) if w == ")" && depth > 0 => depth -= 1,
            Some(TokenKind::Word) if depth > 0 => {}
            Some(TokenKind::Word)
                if k > start && is_any(ctx, k, &speaker_words().medium_ending_words) =>
            {
                break
            }
            Some(TokenKind::Word) => {}
            _ => break,
        }
        k += 1;
    }
    let has_name_or_noun =
        (start..k).any(|i| ctx.is_capitalised(i) || is_any(ctx, i, &speaker_words().medium_nouns));
    (k > start && depth == 0 && has_name_or_noun).then_some((start, k))
}

/// The poster's name: the entity's, else the capitalised end of the
/// phrase ("its author Pavel Zarubin" -> "Pavel Zarubin"), else the phrase.
fn poster_name(ctx: &Ctx, resolver: &Resolver, np: (usize, usize)) -> Option<String> {
    let (s, e) = ctx.span(np.0, np.1)?;
    if let Some((_, name)) = resolver.entity_in(s, e) {
        return Some(name.to_string());
    }
    let first_cap = (np.0..np.1)
        .find(|&i| ctx.is_capitalised(i))
        .unwrap_or(np.0);
    text_of(ctx, first_cap, np.1)
}

fn push_party_edge(
    ctx: &Ctx,
    out: &mut Vec<Attribution>,
    speaker: Party,
    source: Party,
    cue: (usize, usize),
    sentence: (usize, usize),
) {
    let cue = ctx
        .span(cue.0, cue.1)
        .map(|(s, e)| SpanText::from_span(Span::new(s, e), ctx.text));
    out.push(Attribution {
        id: String::new(),
        speaker,
        source,
        cue,
        hedges: Vec::new(),
        start: sentence.0,
        end: sentence.1,
    });
}

#[allow(clippy::too_many_arguments)]
fn push_edge(
    ctx: &Ctx,
    resolver: &Resolver,
    quotes: &[Quote],
    out: &mut Vec<Attribution>,
    speaker: (usize, usize),
    source: (usize, usize),
    cue: (usize, usize),
    sentence: (usize, usize),
) {
    let (Some(sp), Some(so)) = (
        party(ctx, resolver, quotes, speaker),
        party(ctx, resolver, quotes, source),
    ) else {
        return;
    };
    let cue = ctx
        .span(cue.0, cue.1)
        .map(|(s, e)| SpanText::from_span(Span::new(s, e), ctx.text));
    out.push(Attribution {
        id: String::new(),
        speaker: sp,
        source: so,
        cue,
        hedges: Vec::new(),
        start: sentence.0,
        end: sentence.1,
    });
}

/// An entity when the phrase names one, else the phrase itself. A lone
/// pronoun with no entity takes the speaker of the last quote before it.
fn party(ctx: &Ctx, resolver: &Resolver, quotes: &[Quote], np: (usize, usize)) -> Option<Party> {
    let (s, e) = ctx.span(np.0, np.1)?;
    if let Some((id, name)) = resolver.entity_in(s, e) {
        return Some(Party {
            entity: Some(id.to_string()),
            name: name.to_string(),
        });
    }
    if np.1 == np.0 + 1 && ctx.lex(np.0).personal {
        let prev = quotes
            .iter()
            .rev()
            .find(|q| q.end <= s && q.speaker.name.is_some())?;
        return Some(Party {
            entity: prev.speaker.entity.clone(),
            name: prev.speaker.name.clone().unwrap_or_default(),
        });
    }
    Some(Party {
        entity: None,
        name: ctx.text.get(s..e)?.to_string(),
    })
}
