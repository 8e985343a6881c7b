//! Russian and Ukrainian grammar the speech rules read: prepositions,
//! venue phrases ("в интервью CNN"), anaphoric openings ("Об этом"), the
//! author's words after a dash, impersonal reports ("говорится в"),
//! plural endings and group subjects.

use claimtrace_core::TokenKind;

use crate::doc::Ctx;
use crate::lexicon::CueTier;

use super::content::trim_end;
use super::phrases::{speaker_after_author_verb, speaker_after_verb};
use super::words::rule_words;
use super::{TokenRange, NONE};

/// A preposition of a language whose subject rules read them (Russian,
/// Ukrainian): a phrase it opens is not a subject.
pub(super) fn slavic_preposition(ctx: &Ctx, i: usize) -> bool {
    rule_words().prepositions.iter().any(|p| ctx.lower_is(i, p))
}

/// A preposition of what was said about ("о", "об", "про": every
/// lexicon's `topic_prepositions`).
pub(super) fn topic_preposition(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .topic_prepositions
        .iter()
        .any(|p| ctx.lower_is(i, p))
}

/// A Russian or Ukrainian speaker phrase with its head in the nominative
/// when the head is one of the lexicons' `oblique_speaker_heads` written
/// in an oblique case ("Кремле" -> "Кремль", "прес-службі столичної
/// прокуратури" -> "прес-служба столичної прокуратури", "чиновника" ->
/// "чиновник"): the words after the head complete it and keep their case.
/// `None` when the head is no such noun or is already the nominative.
pub(super) fn nominative_head(phrase: &str) -> Option<String> {
    let (head, rest) = match phrase.split_once(' ') {
        Some((h, r)) => (h, Some(r)),
        None => (phrase, None),
    };
    if !is_cyrillic_word(head) {
        return None;
    }
    let lower = head.to_lowercase();
    let (lexicon, (stem, nominative)) = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|l| l.oblique_speaker_heads.iter().map(move |h| (l, h)))
        .filter(|(_, (stem, _))| lower.starts_with(stem))
        .max_by_key(|(_, (stem, _))| stem.len())?;
    let ending = lower.get(stem.len()..)?;
    // A person's noun ("чиновник", one of the affiliated speaker stems;
    // a role, "министр") takes the singular endings of a person only:
    // "министры" are not one minister.
    let person = lexicon
        .affiliated_speaker_stems
        .iter()
        .any(|s| stem.starts_with(s))
        || claimtrace_entity::is_role_noun(&nominative.to_lowercase());
    let endings = if person {
        lexicon.oblique_person_endings
    } else {
        lexicon.oblique_head_endings
    };
    let oblique = endings.contains(&ending);
    if !oblique || lower == nominative.to_lowercase() {
        return None;
    }
    // The head's capital stays ("Офісі Президента" -> "Офіс Президента").
    let capital = head.chars().next().is_some_and(char::is_uppercase);
    let mut out: String = if capital {
        let mut chars = nominative.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        nominative.to_lowercase()
    };
    if let Some(rest) = rest {
        out.push(' ');
        out.push_str(rest);
    }
    Some(out)
}

pub(super) fn is_cyrillic_word(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// A sentence that reports the one before opens with a phrase such as
/// "Об этом", "Про це"; true when the sentence at `a` does.
pub(super) fn opens_anaphoric(ctx: &Ctx, a: usize) -> bool {
    anaphoric_opening_len(ctx, a).is_some()
}

/// The number of words of the anaphoric opening at `a` ("Об этом": 2),
/// if one is there. A one-word opening ("Так") counts only right before
/// a verb of saying or thinking ("Так сказал глава МИД", "Так считают
/// эксперты"), not as "So, ...".
pub(super) fn anaphoric_opening_len(ctx: &Ctx, a: usize) -> Option<usize> {
    rule_words().anaphoric_phrases.iter().find_map(|(x, y)| {
        if !ctx.lower_is(a, x) {
            None
        } else if y.is_empty() {
            ctx.lex(a + 1).cue.is_some().then_some(1)
        } else {
            ctx.lower_is(a + 1, y).then_some(2)
        }
    })
}

/// The sentence before the one that starts at token `a`, as the content
/// of "Об этом сообщил X." / "Про це розповів X.": in the same paragraph
/// or the one before, not quoted already, a clause of three words or more.
pub(super) fn previous_sentence_content(
    ctx: &Ctx,
    a: usize,
    in_mark: &[u32],
) -> Option<TokenRange> {
    let si = ctx
        .sent_tokens
        .partition_point(|&(sa, _)| sa < a)
        .checked_sub(1)?;
    let &(pa, pb) = ctx.sent_tokens.get(si)?;
    if pb > a || ctx.paragraph_of(pa) + 1 < ctx.paragraph_of(a) || opens_anaphoric(ctx, pa) {
        return None;
    }
    // A sentence with a verb of saying of its own is a report already (a
    // noun after a determiner or a joiner is no verb: "the talks").
    if (pa..pb).any(|k| {
        ctx.lex(k).cue == Some(CueTier::Speech)
            && !ctx.is_capitalised(k)
            && !ctx.follows_determiner_or_joiner(k, pa)
    }) {
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

/// The subject after a finite verb of saying in `[a, end)` that closes
/// with a comma ("Об этом сообщил глава МИД Сергей Лавров, добавив"),
/// for a participle later in the sentence.
pub(super) fn inverted_subject_before(ctx: &Ctx, a: usize, end: usize) -> Option<TokenRange> {
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
pub(crate) fn author_verb_after_dash(ctx: &Ctx, v: usize) -> bool {
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
        && (l.cue.is_some() || looks_like_a_verb(ctx.word(v)))
}

/// An unknown word with the ending of a verb form ([`author_verb_after_dash`])
/// and four letters or more ("каже", "недоумевает", not "це", "проект").
fn looks_like_a_verb(w: &str) -> bool {
    let words = rule_words();
    w.chars().count() >= 4
        && words.author_verb_endings.iter().any(|e| w.ends_with(e))
        && !words.not_author_verb_endings.iter().any(|e| w.ends_with(e))
}

/// A Russian or Ukrainian manner adverb in "-о" at `i` ("похмуро",
/// "удивленно"): how something was said, never who said it.
pub(super) fn slavic_manner_adverb(ctx: &Ctx, i: usize) -> bool {
    let words = rule_words();
    let w = ctx.word(i);
    ctx.kind(i) == Some(TokenKind::Word)
        && !ctx.is_capitalised(i)
        && is_cyrillic_word(w)
        && w.chars().count() >= 5
        && words.adverb_endings.iter().any(|e| w.ends_with(e))
        // not a genitive adjective or pronoun ("его знакомого",
        // "отчетности последнего", "его самого")
        && !words.not_adverb_endings.iter().any(|e| w.ends_with(e))
}

/// A word that may stand between the dash closing direct speech and the
/// author's verb: a manner adverb ("— удивленно переспросил Орлов") or a
/// lead of the lexicon's (`author_verb_leads`: "— так прокомментировал").
pub(super) fn before_author_verb(ctx: &Ctx, i: usize) -> bool {
    slavic_manner_adverb(ctx, i)
        || (!ctx.is_capitalised(i)
            && rule_words()
                .author_verb_leads
                .iter()
                .any(|w| ctx.lower_is(i, w)))
}

/// The verb of the author's words that open at `j`, right after a dash:
/// the word there ([`author_verb_after_dash`]), or the one after a manner
/// adverb or a lead ("— удивленно переспросил Орлов", "— так ответил").
pub(super) fn author_verb_from(ctx: &Ctx, j: usize) -> Option<usize> {
    let adverb_first = ctx.lex(j).cue.is_none()
        && before_author_verb(ctx, j)
        && author_verb_after_dash(ctx, j + 1);
    if adverb_first {
        return Some(j + 1);
    }
    author_verb_after_dash(ctx, j).then_some(j)
}

/// The speaker phrase of the author's words that starts at `start`, when
/// it closes them ("— недоумевает Юргенс.", "— говорит он журналистам,").
pub(super) fn author_after_dash(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let np = speaker_after_author_verb(ctx, start, ceiling)?;
    let closes =
        |k: usize| k >= ceiling || matches!(ctx.kind(k), Some(TokenKind::Punct | TokenKind::Quote));
    let ok = closes(np.1)
        || (ctx.kind(np.1) == Some(TokenKind::Word)
            && !ctx.is_capitalised(np.1)
            && closes(np.1 + 1));
    ok.then_some(np)
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
pub(super) fn speaker_before_venue(
    ctx: &Ctx,
    np: Option<TokenRange>,
    cue_a: usize,
    floor: usize,
) -> Option<Option<TokenRange>> {
    // "Иван Иванов в интервью «Известиям» отметил", "в беседе с
    // «Известиями»": an outlet in marks closes the venue phrase right
    // before the verb.
    if np.is_none_or(|np| np.1 == cue_a) && cue_a > floor + 2 && ctx.is_quote_mark(cue_a - 1) {
        let venue = marked_name_before(ctx, cue_a, floor).and_then(|open| {
            [open.checked_sub(1), open.checked_sub(2)]
                .into_iter()
                .flatten()
                .find(|&k| {
                    k >= floor && rule_words().venue_nouns.iter().any(|w| ctx.lower_is(k, w))
                })
        });
        if let Some(venue) = venue {
            let start = if venue > floor && slavic_preposition(ctx, venue - 1) {
                venue - 1
            } else {
                venue
            };
            return Some(
                ctx.np_before(start, floor)
                    .filter(|np| !slavic_preposition(ctx, np.0) && !ctx.lex(np.0).np_stop),
            );
        }
    }
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

/// Most words of an outlet's name in Latin letters.
const MAX_OUTLET_WORDS: usize = 5;

/// One past the outlet or addressee named after a venue noun, from token
/// `k`: "CNN", "Первому каналу", "телеканалу ICTV", "с журналистами".
fn outlet_end(ctx: &Ctx, mut k: usize, limit: usize) -> usize {
    if k < limit && slavic_preposition(ctx, k) {
        k += 1;
    }
    if k >= limit {
        return limit;
    }
    // "в телефонном разговоре министр заявил": a role noun in the
    // nominative is the speaker, no outlet named.
    if !ctx.is_capitalised(k) && ctx.slavic_role_noun(k) {
        return k;
    }
    let latin_or_acronym = |i: usize| ctx.word(i).is_ascii() || ctx.is_acronym(i);
    let next_lower =
        k + 1 < limit && ctx.kind(k + 1) == Some(TokenKind::Word) && !ctx.is_capitalised(k + 1);
    let next_cap = k + 1 < limit && ctx.is_capitalised(k + 1);
    if ctx.is_capitalised(k) && !latin_or_acronym(k) && next_lower && !ctx.lex(k + 1).nominal {
        // "Первому каналу"
        k + 2
    } else if !ctx.is_capitalised(k) && next_cap && latin_or_acronym(k + 1) {
        // "телеканалу ICTV", "радиостанции RMF FM": the name runs on while
        // its words are Latin or acronyms.
        let mut e = k + 2;
        while e < limit.min(k + 1 + MAX_OUTLET_WORDS)
            && ctx.is_capitalised(e)
            && latin_or_acronym(e)
        {
            e += 1;
        }
        e
    } else if ctx.is_capitalised(k) && ctx.word(k).is_ascii() {
        // "The Bell", "The New York Times": a name in Latin letters runs
        // on while its words do (the speaker's name after it is Cyrillic).
        let mut e = k + 1;
        while e < limit.min(k + MAX_OUTLET_WORDS) && ctx.is_capitalised(e) && ctx.word(e).is_ascii()
        {
            e += 1;
        }
        e
    } else {
        k + 1
    }
}

/// One past a venue phrase that opens at `k` after a verb ("в интервью
/// РБК", "в інтерв'ю «Українській правді»"): the preposition, the venue
/// noun and the outlet.
pub(super) fn venue_end(ctx: &Ctx, k: usize, ceiling: usize) -> Option<usize> {
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
    // "в беседе с «Известиями»": the outlet in marks after a preposition.
    let marked = if outlet < ceiling && slavic_preposition(ctx, outlet) {
        outlet + 1
    } else {
        outlet
    };
    Some(marked_name_end(ctx, marked, ceiling).unwrap_or_else(|| outlet_end(ctx, outlet, ceiling)))
}

/// The opening mark of a name in quotation marks that ends right before
/// token `end` («Известиям», «Медузы»), not before `floor`.
pub(super) fn marked_name_before(ctx: &Ctx, end: usize, floor: usize) -> Option<usize> {
    (end.saturating_sub(8).max(floor)..end.saturating_sub(1))
        .rev()
        .find(|&k| ctx.is_quote_mark(k) && marked_name_end(ctx, k, end) == Some(end))
}

/// One past a name in quotation marks that opens at `k` («Вестям»,
/// „Ведомостей“): one to five words, the first capitalised, closed before
/// `ceiling`.
pub(super) fn marked_name_end(ctx: &Ctx, k: usize, ceiling: usize) -> Option<usize> {
    if ctx.kind(k) != Some(TokenKind::Quote) {
        return None;
    }
    let close = (k + 1..ceiling.min(k + 8)).find(|&j| ctx.kind(j) == Some(TokenKind::Quote))?;
    let words = ctx.words_in(k + 1, close);
    ((1..=5).contains(&words) && ctx.is_capitalised(k + 1)).then_some(close + 1)
}

/// "— говорится в ответе министерства": an impersonal verb of a report at
/// `v`, a preposition and the document it names (the speaker).
pub(super) fn impersonal_source(ctx: &Ctx, v: usize, ceiling: usize) -> Option<TokenRange> {
    let verb = rule_words()
        .impersonal_report_verbs
        .iter()
        .any(|w| ctx.lower_is(v, w));
    // "говорится об 11 погибших", "йдеться про підтримку": what the
    // document is about, not where it says it.
    if !verb || !slavic_preposition(ctx, v + 1) || topic_preposition(ctx, v + 1) {
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
pub(super) fn impersonal_source_before_mark(
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
    // "где, в частности, отмечалось:": a phrase between commas right
    // before the verb is a parenthetical, not the document.
    if p > sa && ctx.is_punct(p - 1, ",") && ctx.is_punct(v - 1, ",") && !ctx.lex(p + 1).relative {
        return None;
    }
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

/// A Russian or Ukrainian finite plural verb by its ending: "заявили",
/// "встретились", "обговорили", "жалуются", "вважають", "кажуть".
pub(super) fn slavic_plural_verb(w: &str) -> bool {
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
pub(super) fn slavic_plural(w: &str) -> bool {
    is_cyrillic_word(w)
        && w.chars().count() >= 4
        && rule_words().plural_endings.iter().any(|e| w.ends_with(e))
        && !slavic_plural_verb(w)
}

/// A Russian or Ukrainian phrase that names a group or a body: a plural
/// head ("Представители министерства", "депутати", "Местные жители"), a
/// body noun ("в министерстве", "уряд"), or an acronym ("МЗС", "у МИД").
pub(super) fn is_slavic_group(ctx: &Ctx, (a, b): (usize, usize)) -> bool {
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

/// The subject that opens a Russian or Ukrainian sentence starting at
/// token `sa`: its words up to the verb, a preposition or punctuation
/// ("Представители министерства здравоохранения | встретились", "У МЗС
/// України | прокоментували"), before token `limit`.
pub(super) fn slavic_subject(ctx: &Ctx, sa: usize, limit: usize) -> Option<(usize, usize)> {
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

/// "— цитирует Пескова ТАСС", "— цитирует его РИА Новости": after a verb
/// by which an outlet quotes someone (at `v`), the person quoted (a
/// pronoun, or capitalised words in an oblique case) comes first in the
/// phrase `np` and is the speaker; the outlet after them only relays.
pub(super) fn quoted_before_outlet(ctx: &Ctx, v: usize, np: TokenRange) -> TokenRange {
    let quoting = rule_words()
        .quoting_verb_stems
        .iter()
        .any(|s| ctx.lower(v).starts_with(s));
    let (a, b) = np;
    if !quoting || b <= a + 1 {
        return np;
    }
    if ctx.lex(a).personal {
        return (a, a + 1);
    }
    let oblique_name = |k: usize| {
        ctx.is_capitalised(k)
            && is_cyrillic_word(ctx.word(k))
            && !ctx.is_acronym(k)
            && claimtrace_entity::has_oblique_ending(ctx.word(k))
    };
    let mut e = a;
    while e < b && oblique_name(e) {
        e += 1;
    }
    if e > a && e < b {
        (a, e)
    } else {
        np
    }
}
