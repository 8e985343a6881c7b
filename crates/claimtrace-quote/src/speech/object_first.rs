//! Russian and Ukrainian reports with the object first and the speaker
//! after the verb: "Высокий уровень согласия ... отметил патриарх
//! Московский и всея Руси Кирилл после своих бесед ...", "..., отметила
//! официальный представитель МИД Мария Захарова". Read subject first, the
//! last word before the verb ("Украине", "Отечества") became the speaker
//! and the speaker the content. Where the words after the verb are a role
//! and a name, followed by no clause of their own, they are the speaker
//! and the words before the verb what was said.
//!
//! A sentence may also open with its topic: "О целях спецоперации
//! Владимир Путин рассказал сегодня в беседе с ...", "О смерти Кравчука
//! сообщили украинские СМИ". What was said is that opening phrase, not the
//! words after the verb (a place, whom it was said to, or the speaker).

use claimtrace_core::QuoteKind;

use super::phrases::speaker_after_verb;
use super::slavic::{is_cyrillic_word, opens_anaphoric};
use super::Draft;
use crate::doc::Ctx;

/// Fewest words before the verb for them to be what was said.
const MIN_OBJECT_WORDS: usize = 3;
/// Most words (a time word, "сегодня") between the verb's content start
/// and the speaker phrase.
const MAX_GAP_TOKENS: usize = 2;

/// Turns object-first reports the subject-first reading got wrong.
pub fn object_first_reports(ctx: &Ctx, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if let Some((content, speaker)) = object_first(ctx, d) {
            d.content = content;
            d.speaker = Some(speaker);
        } else if let Some((content, speaker)) = topic_first(ctx, d) {
            d.content = content;
            d.speaker = speaker;
        }
    }
}

/// The topic phrase that opens the sentence of `d` and is what was said,
/// with the speaker (a subject before the verb less the topic's last
/// word, else the speaker already read after it): "О патриотизме жителей
/// Башкирии Владимир Путин говорил сегодня в Уфе".
type TopicReading = ((usize, usize), Option<(usize, usize)>);

fn topic_first(ctx: &Ctx, d: &Draft) -> Option<TopicReading> {
    if d.kind != QuoteKind::Indirect {
        return None;
    }
    let (ca, cb) = d.cue?;
    // A verb, not a source phrase ("по словам директора").
    if !is_cyrillic_word(ctx.word(ca))
        || ctx.is_capitalised(ca)
        || d.content.0 < cb
        || super::slavic::slavic_preposition(ctx, ca)
    {
        return None;
    }
    let (sa, _) = ctx.sentence_range(ca);
    if !super::slavic::topic_preposition(ctx, sa) || opens_anaphoric(ctx, sa) {
        return None;
    }
    // "Об этом", "О нем": a pronoun's topic is the sentence before, read
    // elsewhere; "О том, что ..." is a clause and the topic itself.
    if ctx.lex(sa + 1).pronoun && !ctx.is_punct(sa + 2, ",") {
        return None;
    }
    // What the reading put after the verb is said words of their own: a
    // clause ("..., что ..."), a quotation, words after a colon.
    let c0 = d.content.0;
    if (cb..=c0.min(cb + 2))
        .any(|i| ctx.lex(i).complementizer || ctx.is_quote_mark(i) || ctx.is_punct(i, ":"))
    {
        return None;
    }
    let after = speaker_past_place(ctx, cb, d.content.1.max(cb));
    let speaker = match d.speaker {
        // One word before the verb that names no one by itself ("О смерти
        // Кравчука сообщили украинские СМИ", "О ... БАМа говорил
        // президент"): the topic's last word; the speaker follows the verb.
        Some((s0, s1)) if s1 <= ca && s1 == s0 + 1 && after.is_some() && !ctx.lex(s0).pronoun => {
            after
        }
        // A subject right before the verb: the topic ends where it
        // starts; of a run of capitalised words that the subject took
        // from the topic ("Башкирии Владимир Путин"), the name is the last
        // two.
        Some((s0, s1)) if s1 <= ca && s0 > sa => {
            let caps = (s0..s1)
                .rev()
                .take_while(|&i| ctx.is_capitalised(i))
                .count();
            let s0 = if caps > FULL_NAME_WORDS && caps == s1 - s0 {
                s1 - FULL_NAME_WORDS
            } else {
                s0
            };
            Some((s0, s1))
        }
        // The speaker after the verb ("сообщили украинские СМИ").
        Some(sp) if sp.0 >= cb => Some(sp),
        None => Some(after?),
        _ => return None,
    };
    let end = speaker.map_or(ca, |sp| sp.0.min(ca));
    let mut b = end;
    while b > sa && (ctx.is_punct(b - 1, ",") || ctx.is_dash(b - 1)) {
        b -= 1;
    }
    (ctx.words_in(sa, b) >= 2).then_some(((sa, b), speaker))
}

/// The content and speaker of `d` read object first, if it is one.
fn object_first(ctx: &Ctx, d: &Draft) -> Option<((usize, usize), (usize, usize))> {
    if d.kind != QuoteKind::Indirect {
        return None;
    }
    let (ca, cb) = d.cue?;
    // A lower-case Cyrillic verb inside the sentence, its content after it.
    if !is_cyrillic_word(ctx.word(ca)) || ctx.is_capitalised(ca) || d.content.0 < cb {
        return None;
    }
    let (sa, _) = ctx.sentence_range(ca);
    // A subject at the sentence's start ("Глава ведомства проинформировал
    // президента Башара Асада ...") is one: the words after the verb are
    // its object.
    if d.speaker.is_some_and(|(a, _)| a <= sa) || opens_anaphoric(ctx, sa) {
        return None;
    }
    // Nor is a full name right before the verb, not after a preposition
    // ("О возобновлении сделки Владимир Путин проинформировал президента
    // Индонезии ..."): the object then follows the verb.
    if d.speaker
        .is_some_and(|sp| names_a_subject(ctx, sp) && sp.1 == ca)
    {
        return None;
    }
    let np = speaker_after_verb(ctx, cb, d.content.1)?;
    let last = np.1.checked_sub(1)?;
    // A role opens the phrase ("патриарх", "официальный представитель")
    // and a name or body closes it.
    let role_at =
        |i: usize| !ctx.is_capitalised(i) && claimtrace_entity::is_role_noun(ctx.lower(i));
    let opens_with_role = role_at(np.0)
        || (!ctx.is_capitalised(np.0)
            && !super::slavic::slavic_preposition(ctx, np.0)
            && (np.0 + 1..np.1.min(np.0 + 3)).any(role_at));
    // Or a full name alone ("... отметил сегодня Владимир Путин"): the
    // object-first order is read only where no subject opened the
    // sentence.
    let name_words = (np.0..np.1)
        .rev()
        .take_while(|&i| ctx.is_capitalised(i) && is_cyrillic_word(ctx.word(i)))
        .count();
    let lead = np.0..np.1 - name_words;
    // In the nominative ("Владимиру Путину" is whom it was told), right
    // where the words after the verb start (not "о развитии Дальнего
    // Востока"), after no subject that a role already named ("мэр
    // Москвы рассказал Владимиру Путину").
    let words = super::words::rule_words();
    let oblique = |i: usize| {
        let w = ctx.lower(i);
        words.dative_endings.iter().any(|e| w.ends_with(e))
    };
    let role_subject = d
        .speaker
        .is_some_and(|(a, b)| (a..b).any(|i| ctx.slavic_role_noun(i)));
    let full_name = name_words >= FULL_NAME_WORDS
        && lead.len() <= 1
        && lead.clone().all(|i| words.is_day_word(ctx, i))
        && np.0 == d.content.0
        && !(np.1 - name_words..np.1).any(oblique)
        && !role_subject;
    let named_role = ctx.is_capitalised(last) && (opens_with_role || full_name);
    let at_content_start = np.0 >= d.content.0 && np.0 - d.content.0 <= MAX_GAP_TOKENS;
    // Nothing after the phrase says something of its own: no clause ("что
    // ..."), no colon or quotation, no second verb of saying.
    let quiet_rest = !(np.1..d.content.1).any(|i| {
        ctx.lex(i).complementizer
            || ctx.is_punct(i, ":")
            || ctx.is_quote_mark(i)
            || ctx.lex(i).cue.is_some()
    });
    if !(named_role && at_content_start && quiet_rest) {
        return None;
    }
    let np = (np.0, name_end(ctx, np.1, d.content.1));
    let mut b = ca;
    while b > sa && (ctx.is_punct(b - 1, ",") || ctx.is_dash(b - 1)) {
        b -= 1;
    }
    (ctx.words_in(sa, b) >= MIN_OBJECT_WORDS).then_some(((sa, b), np))
}

/// The speaker after a verb that ends at `cb`, past a time word and a
/// place ("говорил сегодня в Госдуме патриарх ... Кирилл"), when it names
/// someone: a role noun or a full name.
fn speaker_past_place(ctx: &Ctx, cb: usize, ceiling: usize) -> Option<(usize, usize)> {
    /// Most capitalised words of the place ("в Государственной Думе").
    const MAX_PLACE_WORDS: usize = 3;
    // A role, a body ("украинские СМИ", "ФСБ") or a full name.
    let names_someone = |(a, b): (usize, usize)| {
        (a..b).any(|i| ctx.slavic_role_noun(i) || ctx.is_acronym(i))
            || super::slavic::is_slavic_group(ctx, (a, b))
            || (a..b).rev().take_while(|&i| ctx.is_capitalised(i)).count() >= FULL_NAME_WORDS
    };
    if let Some(np) = speaker_after_verb(ctx, cb, ceiling)
        .filter(|np| !super::slavic::slavic_preposition(ctx, np.0) && names_someone(*np))
    {
        return Some((np.0, name_end(ctx, np.1, ceiling)));
    }
    // "сегодня в Госдуме": a time word, a preposition and capitalised
    // words, then the speaker.
    let p = (cb..ceiling.min(cb + 3)).find(|&k| super::slavic::slavic_preposition(ctx, k))?;
    if (cb..p)
        .any(|k| ctx.kind(k) != Some(claimtrace_core::TokenKind::Word) || ctx.is_capitalised(k))
    {
        return None;
    }
    let mut k = p + 1;
    while k < ceiling && k < p + 1 + MAX_PLACE_WORDS && ctx.is_capitalised(k) {
        k += 1;
    }
    if k == p + 1 {
        return None;
    }
    speaker_after_verb(ctx, k, ceiling)
        .filter(|np| !super::slavic::slavic_preposition(ctx, np.0) && names_someone(*np))
        .map(|np| (np.0, name_end(ctx, np.1, ceiling)))
}

/// Capitalised words that make a full name ("Владимир Путин").
const FULL_NAME_WORDS: usize = 2;

/// The phrase `[a, b)` ends in a full name and no preposition opens it.
fn names_a_subject(ctx: &Ctx, (a, b): (usize, usize)) -> bool {
    let capitalised_tail = (a..b).rev().take_while(|&i| ctx.is_capitalised(i)).count();
    let after_preposition = a > 0 && super::slavic::slavic_preposition(ctx, a - 1);
    capitalised_tail >= FULL_NAME_WORDS && !after_preposition
}

/// Most words between two capitalised words of one name and title ("и
/// всея" in "патриарх Московский и всея Руси Кирилл").
const MAX_NAME_GAP: usize = 2;

/// The end of a role's name and title that runs on past the phrase at `e`
/// ("секретарь Совета" + "безопасности России Николай Патрушев"): through
/// each capitalised word a gap of a few words leads to, stopping at a
/// comma, a preposition or a quotation mark.
fn name_end(ctx: &Ctx, mut e: usize, ceiling: usize) -> usize {
    loop {
        let next = (e..ceiling.min(e + MAX_NAME_GAP + 1))
            .take_while(|&i| {
                !ctx.is_punct(i, ",")
                    && !ctx.is_quote_mark(i)
                    && !super::slavic::slavic_preposition(ctx, i)
                    && ctx.kind(i) == Some(claimtrace_core::TokenKind::Word)
            })
            .find(|&i| ctx.is_capitalised(i));
        match next {
            Some(i) => e = i + 1,
            None => return e,
        }
    }
}
