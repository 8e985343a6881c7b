//! Speaker phrases: reading them after a verb, and widening or trimming the
//! phrase the noun-phrase reader found.

use claimtrace_core::TokenKind;

use crate::doc::Ctx;

use super::slavic::{is_cyrillic_word, marked_name_end, venue_end};
use super::words::rule_words;
use super::TokenRange;

/// The speaker phrase after a verb of saying that ends at `start`. An
/// outlet in marks right after the verb is whom the words were said to
/// ("— заявил «Вестям» глава департамента"); one right after a common
/// noun of the phrase is part of it ("собеседник „Ведомостей“", "глава
/// «Роснефти» Игорь Сечин"), while after a name it is the addressee
/// again ("заявил Песков «Известиям»").
pub(super) fn speaker_after_verb(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let start = slavic_time_phrase_end(ctx, start, ceiling).unwrap_or(start);
    let start = venue_end(ctx, start, ceiling).unwrap_or(start);
    let start = marked_name_end(ctx, start, ceiling).unwrap_or(start);
    let start = accusative_object_end(ctx, start, ceiling).unwrap_or(start);
    let np = past_object_role(ctx, ctx.np_after(start, ceiling)?);
    let last = np.1.checked_sub(1)?;
    if let Some(e) = name_after_place(ctx, np.1, ceiling) {
        return Some((np.0, e));
    }
    if ctx.is_capitalised(last) {
        return Some(name_after_office(ctx, np, ceiling).map_or(np, |e| (np.0, e)));
    }
    if let Some(e) = name_after_role_complement(ctx, np, ceiling) {
        return Some((np.0, e));
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

/// The speaker after an author's verb that closes direct speech or is
/// inverted ("— заявил министр", "..., said the minister"), from `start`:
/// as [`speaker_after_verb`] reads it, and in Russian and Ukrainian past
/// "не ..., а" ("— так сказал не где-нибудь, а ..., и не кто-нибудь, а
/// Энтони Блинкен"), with a body after a plural verb ("— отметили в
/// пресс-службе ведомства"), and past the verb's object
/// ([`subject_after_object`]). Only there: elsewhere the words after a
/// verb may be a subject of its own clause.
pub(super) fn speaker_after_author_verb(
    ctx: &Ctx,
    start: usize,
    ceiling: usize,
) -> Option<TokenRange> {
    let words = rule_words();
    let listed = |k: usize, list: &[&str]| list.iter().any(|w| ctx.lower_is(k, w));
    // After "не ..., а" the speaker is the one the last "а" names.
    if start < ceiling && listed(start, &words.not_but_negations) {
        let last_but = (start + 2..ceiling)
            .rev()
            .find(|&k| ctx.is_punct(k - 1, ",") && listed(k, &words.not_but_conjunctions))?;
        return speaker_after_verb(ctx, last_but + 1, ceiling);
    }
    // "— отметили в пресс-службе ведомства.": a plural verb with no
    // subject, then a body placed by a preposition, which speaks.
    let plural_verb = start > 0
        && ctx.lex(start - 1).cue.is_some()
        && super::slavic::slavic_plural_verb(ctx.word(start - 1));
    let locative = listed(start, &words.locative_prepositions);
    // Not a time ("— сообщили в четверг").
    let timed =
        slavic_time_phrase_end(ctx, start, ceiling).is_some() || super::is_weekday(ctx, start + 1);
    if plural_verb && locative && !timed {
        let body = ctx.np_after(start + 1, ceiling)?;
        let closes = body.1 >= ceiling
            || matches!(ctx.kind(body.1), Some(TokenKind::Punct | TokenKind::Quote));
        return (closes && !is_date_phrase(ctx, body)).then_some(body);
    }
    if let Some(np) = words_relayed_from(ctx, start, ceiling) {
        return Some(np);
    }
    if let Some(np) = outlet_in_marks_alone(ctx, start, ceiling) {
        return Some(np);
    }
    if let Some(np) = speaker_after_outlet(ctx, start, ceiling) {
        return Some(np);
    }
    let start = subject_after_object(ctx, start, ceiling).unwrap_or(start);
    speaker_after_verb(ctx, start, ceiling).filter(|np| !(np.0..np.1).any(|i| indefinite(ctx, i)))
}

/// "— рассказал РИА Новости источник в правоохранительных органах", "—
/// розповів РБК-Україна джерело в СБУ": after a Russian or Ukrainian verb,
/// an outlet's name without marks (with an acronym, "РБК-Україна" too;
/// indeclinable, so no dative ending shows it) is whom the words were
/// told when a speaker noun or a role in the nominative follows it; that
/// phrase spoke.
fn speaker_after_outlet(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    const MAX_OUTLET_TOKENS: usize = 4;
    let after_verb = start > 0 && ctx.lex(start - 1).cue.is_some();
    if !after_verb || !is_cyrillic_word(ctx.word(start - 1)) {
        return None;
    }
    let mut k = start;
    while k < ceiling
        && k < start + MAX_OUTLET_TOKENS
        && (ctx.is_capitalised(k)
            || (k > start
                && ctx.is_dash(k)
                && ctx.char_before(k).is_some_and(|c| !c.is_whitespace())))
    {
        k += 1;
    }
    // An outlet's name holds an acronym ("ТАСС", "РИА Новости"); a
    // surname there is the speaker and a noun after it whom he told
    // ("— сообщил Собянин президенту").
    let outlet = (start..k).any(|i| {
        ctx.is_acronym(i)
            || ctx
                .word(i)
                .split_once('-')
                .is_some_and(|(head, _)| crate::doc::is_acronym_word(head))
    });
    let speaker_noun = outlet
        && k < ceiling
        && !super::reported::is_dative_phrase(ctx, (k, k + 1))
        && ctx.kind(k) == Some(TokenKind::Word)
        && !ctx.is_capitalised(k)
        && is_cyrillic_word(ctx.word(k))
        && super::reported::is_speaker_noun(ctx, k);
    if !speaker_noun {
        return None;
    }
    speaker_after_verb(ctx, k, ceiling)
}

/// "..., пишет «Коммерсант».", "..., сообщают «Известия» со ссылкой на
/// данные биржи": an outlet in marks after the verb that ends the
/// sentence, or is followed only by a prepositional phrase with no one
/// named in it, is the speaker itself (the words inside the marks).
/// Otherwise it is whom the words were told: "— объясняет «Медузе»
/// человек, знакомый с работой", "подтвердил «Медузе», что ...",
/// "заявил «Вестям» глава департамента".
fn outlet_in_marks_alone(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let end = marked_name_end(ctx, start, ceiling)?;
    let inside = (start + 1, end - 1);
    // In English a name in marks is rarer than words quoted after a verb
    // ("adding \"Never again\""): there every word must be capitalised.
    let name_like = (inside.0..inside.1).all(|k| {
        ctx.kind(k) != Some(TokenKind::Word)
            || ctx.is_capitalised(k)
            || is_cyrillic_word(ctx.word(k))
    });
    let closes = name_like
        && (end >= ceiling
            || ctx.is_final(end)
            || (super::slavic::slavic_preposition(ctx, end)
                && !(end..ceiling).any(|k| {
                    ctx.kind(k) == Some(TokenKind::Word)
                        && (ctx.is_capitalised(k) || super::reported::is_speaker_noun(ctx, k))
                })));
    (closes && !super::reported::is_dative_phrase(ctx, inside)).then_some(inside)
}

/// "— цитирует ТАСС слова министра", "— приводит РИА Новости слова
/// Пескова", "— цитує Укрінформ слова міністра": the outlet after the verb
/// relays; the words are those of the person after "слова".
fn words_relayed_from(ctx: &Ctx, start: usize, ceiling: usize) -> Option<TokenRange> {
    let outlet = ctx.np_after(start, ceiling)?;
    let said_noun = claimtrace_lexicon::ALL
        .iter()
        .any(|lex| lex.said_nouns.iter().any(|n| ctx.lower_is(outlet.1, n)));
    if !said_noun || !is_cyrillic_word(ctx.word(outlet.1)) {
        return None;
    }
    speaker_after_verb(ctx, outlet.1 + 1, ceiling)
}

/// "где-нибудь", "кто-либо", "хтось-небудь": an indefinite pronoun names
/// no one (lexicon `indefinite_pronoun_endings`).
fn indefinite(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.lower(i);
    rule_words()
        .indefinite_pronoun_endings
        .iter()
        .any(|e| w.ends_with(e))
}

/// A possessive or first-person word that opens a subject ("его супруга",
/// "наш министр обороны"), not an object before one.
fn opens_a_subject(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .possessive_pronouns
        .iter()
        .chain(&crate::speaker_words::speaker_words().first_person_pronouns)
        .any(|w| ctx.lower_is(i, w))
}

/// "— прокомментировал решение суда адвокат Иван Петров", "— так
/// прокомментировал участие спикера в форуме настоятель храма Сергий":
/// after the verb, an object whose case no ending shows, its lower-case
/// complements and a prepositional phrase come before the subject. Where a
/// role noun in the nominative (not the first word) follows within a few
/// words and its phrase closes the clause, the subject starts there.
fn subject_after_object(ctx: &Ctx, start: usize, ceiling: usize) -> Option<usize> {
    /// Words of the object and its complements looked through.
    const MAX_OBJECT: usize = 7;
    let plain = |j: usize| {
        j < ceiling
            && ctx.kind(j) == Some(TokenKind::Word)
            && super::slavic::is_cyrillic_word(ctx.word(j))
    };
    // An adjective in the nominative before a role, a name or another
    // adjective ("официальный представитель", "первый вице-премьер") or a
    // pronoun ("его супруга") opens the subject itself; "решение суда"
    // ends as an adjective would but takes no role after it.
    let adjective_of_subject = ctx.slavic_nominative_adjective(start)
        && (ctx.slavic_role_noun(start + 1)
            || ctx.is_capitalised(start + 1)
            || ctx.slavic_nominative_adjective(start + 1));
    let object = plain(start)
        && !ctx.is_capitalised(start)
        && !ctx.slavic_role_noun(start)
        && !adjective_of_subject
        && !super::slavic::slavic_preposition(ctx, start)
        && !ctx.lex(start).pronoun
        && !ctx.lex(start).determiner
        && !opens_a_subject(ctx, start);
    if !object {
        return None;
    }
    let closes =
        |k: usize| k >= ceiling || matches!(ctx.kind(k), Some(TokenKind::Punct | TokenKind::Quote));
    for j in start + 1..ceiling.min(start + 1 + MAX_OBJECT) {
        if !plain(j) {
            return None;
        }
        if super::slavic::slavic_preposition(ctx, j - 1) {
            continue;
        }
        // After a genitive adjective the noun is genitive too ("нашего
        // посольства"), whatever its own ending says.
        let after_genitive = rule_words()
            .not_adverb_endings
            .iter()
            .any(|e| ctx.lower(j - 1).ends_with(e));
        if ctx.slavic_role_noun(j) && !after_genitive {
            return ctx
                .np_after(j, ceiling)
                .filter(|np| closes(np.1))
                .map(|np| np.0);
        }
    }
    None
}

/// "— прокоментував ситуацію на прохання «Доби» директор Команяк": after
/// the verb, a Russian or Ukrainian object (a noun with an ending only the
/// accusative has) and a short prepositional phrase come before the
/// speaker; where a role noun or a name follows them, the speaker starts
/// there.
fn accusative_object_end(ctx: &Ctx, start: usize, ceiling: usize) -> Option<usize> {
    /// Tokens of the prepositional phrase looked through.
    const MAX_PHRASE: usize = 5;
    let w = ctx.word(start);
    let object = ctx.kind(start) == Some(TokenKind::Word)
        && !ctx.is_capitalised(start)
        && super::slavic::is_cyrillic_word(w)
        && !ctx.slavic_role_noun(start)
        && (super::reported::is_accusative(w)
            || rule_words()
                .instrumental_plural_endings
                .iter()
                .any(|e| w.ends_with(e)));
    let k = if object { start + 1 } else { start };
    let speaker_at = |j: usize| {
        j < ceiling
            && ctx.kind(j) == Some(TokenKind::Word)
            && (ctx.is_capitalised(j)
                || ctx.slavic_role_noun(j)
                // "новий речник", not "під час брифінгу речник": an
                // adjective of the role, not the occasion before it.
                || (ctx.slavic_role_noun(j + 1)
                    && !ctx.is_gathering(j)
                    && !claimtrace_entity::has_oblique_ending(ctx.word(j))))
    };
    if k < ceiling && super::slavic::slavic_preposition(ctx, k) {
        // "говорили о ситуации на границе": what is said about, not where;
        // a name may follow it.
        if rule_words()
            .topic_prepositions
            .iter()
            .any(|p| ctx.lower_is(k, p))
        {
            return name_after_topic(ctx, k, ceiling, MAX_PHRASE);
        }
        // "как отметили в МИД РФ": a body named right after the
        // preposition is the speaker's, not a setting before it.
        if k + 1 >= ceiling || ctx.is_capitalised(k + 1) || ctx.kind(k + 1) != Some(TokenKind::Word)
        {
            return None;
        }
        let mut j = k + 2;
        while j < ceiling.min(k + 2 + MAX_PHRASE) {
            if let Some(e) = marked_name_end(ctx, j, ceiling) {
                j = e;
                continue;
            }
            // Not past a second phrase that names a body ("в связи с этим в
            // МИД РФ", "з посиланням на The Guardian"): the speaker's, if
            // anyone's.
            if ctx.kind(j) != Some(TokenKind::Word)
                || (super::slavic::slavic_preposition(ctx, j) && ctx.is_capitalised(j + 1))
            {
                return None;
            }
            // Not the object of a preposition ("на границе с Азербайджаном").
            if speaker_at(j) && !super::slavic::slavic_preposition(ctx, j - 1) {
                // "для них тренер Олег Бондар", "під час брифінгу
                // заступник голови ОДА Губанов": lower-case words before a
                // name that no oblique ending marks as the phrase's own
                // belong to the speaker.
                let mut s0 = j;
                while ctx.is_capitalised(j)
                    && s0 > k + 2
                    && ctx.kind(s0 - 1) == Some(TokenKind::Word)
                    && !ctx.is_capitalised(s0 - 1)
                    && super::slavic::is_cyrillic_word(ctx.word(s0 - 1))
                    && !super::slavic::slavic_preposition(ctx, s0 - 1)
                    && !claimtrace_entity::has_oblique_ending(ctx.word(s0 - 1))
                {
                    s0 -= 1;
                }
                return Some(s0);
            }
            j += 1;
        }
        return None;
    }
    // "поділився враженнями композитор Михайло Зубик": a name within two
    // lower-case words after the object (a role the lexicon lacks).
    let name_soon = || {
        (k..ceiling.min(k + 3))
            .take_while(|&j| {
                ctx.kind(j) == Some(TokenKind::Word) && super::slavic::is_cyrillic_word(ctx.word(j))
            })
            .any(|j| ctx.is_capitalised(j))
    };
    (object && (speaker_at(k) || name_soon())).then_some(k)
}

/// "— рассказала о своих впечатлениях студентка Анна Смирнова": after
/// the topic preposition at `k` and at most `max_phrase` lower-case words
/// (no second preposition), a name that ends the phrase is the speaker,
/// with one role noun or adjective in the nominative right before it.
fn name_after_topic(ctx: &Ctx, k: usize, ceiling: usize, max_phrase: usize) -> Option<usize> {
    for j in k + 2..ceiling.min(k + 2 + max_phrase) {
        if ctx.kind(j) != Some(TokenKind::Word)
            || !super::slavic::is_cyrillic_word(ctx.word(j))
            || super::slavic::slavic_preposition(ctx, j)
        {
            return None;
        }
        if ctx.is_capitalised(j) {
            // The name ends the author's words ("— рассказала о ... Анна
            // Смирнова."); a capitalised word inside the topic ("о
            // провокациях Российской Федерации в Крыму") does not.
            let mut e = j;
            while e < ceiling
                && (ctx.is_capitalised(e)
                    || (ctx.is_punct(e, ".") && ctx.word(e - 1).chars().count() == 1))
            {
                e += 1;
            }
            if e < ceiling && ctx.kind(e) == Some(TokenKind::Word) {
                return None;
            }
            let before = j - 1;
            let opens = before > k + 1
                && (ctx.slavic_role_noun(before) || ctx.slavic_nominative_adjective(before));
            return Some(if opens { before } else { j });
        }
    }
    None
}

/// "заверил президента лидер коммунистов": a Russian or Ukrainian role
/// noun in an oblique case that opens the phrase after a verb is its
/// object; a role noun in the nominative after it starts the speaker.
/// (Reporters in the dative, "рассказал журналистам глава комитета", are
/// left to the speaker phrase's trimming.)
pub(super) fn past_object_role(ctx: &Ctx, (s0, s1): TokenRange) -> TokenRange {
    let addressee = || {
        super::words::rule_words()
            .addressee_datives
            .iter()
            .any(|d| ctx.lower_is(s0, d))
    };
    if ctx.is_capitalised(s0) || !ctx.slavic_oblique_role_noun(s0) || addressee() {
        return (s0, s1);
    }
    match (s0 + 1..s1).find(|&k| ctx.slavic_role_noun(k)) {
        Some(k) => (k, s1),
        None => (s0, s1),
    }
}

/// "колишній посол у Росії Марк Гельме", "посол при ООН Василий
/// Небензя": a Russian or Ukrainian role phrase goes on through a
/// preposition and a place to the name after it. `p` is where the role
/// phrase ends (on its role noun); the end of the name, when a preposition there is followed
/// by capitalised words only, three or more (the place and a first name
/// and surname).
fn name_after_place(ctx: &Ctx, p: usize, ceiling: usize) -> Option<usize> {
    /// A place of up to three words and a name of up to three.
    const MAX_CAPITALS: usize = 6;
    // The role noun ends the phrase, or a country after it does ("посол
    // России в Германии Сергей Нечаев").
    let role_before = |k: usize| {
        ctx.slavic_role_noun(k) || (k > 0 && ctx.is_capitalised(k) && ctx.slavic_role_noun(k - 1))
    };
    if p >= ceiling
        || p == 0
        || !role_before(p - 1)
        || !super::slavic::is_cyrillic_word(ctx.word(p))
        || !super::slavic::slavic_preposition(ctx, p)
    {
        return None;
    }
    let first = p + 1;
    let mut e = first;
    while e < ceiling
        && e - first < MAX_CAPITALS
        && ctx.kind(e) == Some(claimtrace_core::TokenKind::Word)
        && ctx.is_capitalised(e)
    {
        e += 1;
    }
    let closes = e >= ceiling || ctx.kind(e) != Some(claimtrace_core::TokenKind::Word);
    (e - first >= 3 && closes).then_some(e)
}

/// "речник Повітряних | сил Юрій Ігнат", "представитель Военно-морского
/// | флота Иван Петров": a role whose office a capitalised word begins and
/// lower-case words end (at most three), then a given name and a surname
/// that close the clause. One past the name.
fn name_after_office(ctx: &Ctx, np: TokenRange, ceiling: usize) -> Option<usize> {
    const MAX_COMPLEMENT: usize = 3;
    let p = np.1;
    if !(np.0..p).any(|k| ctx.slavic_role_noun(k)) {
        return None;
    }
    let lower_word = |k: usize| {
        k < ceiling
            && ctx.kind(k) == Some(TokenKind::Word)
            && !ctx.is_capitalised(k)
            && super::slavic::is_cyrillic_word(ctx.word(k))
            && ctx.lex(k).cue.is_none()
            && !super::slavic::slavic_preposition(ctx, k)
    };
    let mut g = p;
    while g < p + MAX_COMPLEMENT && lower_word(g) {
        g += 1;
    }
    if g == p || g + 1 >= ceiling || !claimtrace_entity::is_nominative_given_name(ctx.word(g)) {
        return None;
    }
    let surname = g + 1;
    let capitalised_word =
        ctx.kind(surname) == Some(TokenKind::Word) && ctx.is_capitalised(surname);
    let closes = surname + 1 >= ceiling
        || matches!(
            ctx.kind(surname + 1),
            Some(TokenKind::Punct | TokenKind::Quote)
        );
    (capitalised_word && closes).then_some(surname + 1)
}

/// "руководитель отдела по онлайн-привлечению сторонников „Гринписа“
/// Наталья Журавлева": a Russian or Ukrainian role phrase `np` goes on
/// through a prepositional complement of common words (an outlet in
/// marks among them) to the first name and surname that end the clause.
/// The end of the name; `None` unless the role phrase holds a role noun in
/// the nominative, no verb of saying stands in the complement, and two
/// capitalised words end it.
fn name_after_role_complement(ctx: &Ctx, np: TokenRange, ceiling: usize) -> Option<usize> {
    /// The complement and the name, in tokens.
    const MAX_TOKENS: usize = 10;
    use claimtrace_core::TokenKind;
    let p = np.1;
    if p >= ceiling
        || !super::slavic::is_cyrillic_word(ctx.word(p))
        || !super::slavic::slavic_preposition(ctx, p)
        || !(np.0..p).any(|k| ctx.slavic_role_noun(k))
    {
        return None;
    }
    let mut e = p + 1;
    while e < ceiling && e - p <= MAX_TOKENS {
        match ctx.kind(e) {
            Some(TokenKind::Word) if ctx.lex(e).cue.is_none() => e += 1,
            Some(TokenKind::Quote) => e += 1,
            _ => break,
        }
    }
    let closes = e >= ceiling || ctx.kind(e) != Some(TokenKind::Word);
    let word = |k: usize| ctx.kind(k) == Some(TokenKind::Word);
    let name = e >= p + 4
        && word(e - 1)
        && word(e - 2)
        && ctx.is_capitalised(e - 1)
        && ctx.is_capitalised(e - 2)
        && (p + 1..e - 2).any(|k| word(k) && !ctx.is_capitalised(k));
    (closes && name).then_some(e)
}

/// A Russian or Ukrainian speaker phrase less the outlet or reporter in
/// the dative it holds, with the adjectives before it: "режиссер
/// немецкому изданию" -> "режиссер", "журналистам глава ведомства" ->
/// "глава ведомства". `None` when nothing is left.
pub(super) fn without_addressee(ctx: &Ctx, (a, b): TokenRange) -> Option<TokenRange> {
    if !super::slavic::is_cyrillic_word(ctx.word(a)) {
        return Some((a, b));
    }
    let Some(k) = (a..b).find(|&i| is_addressee_dative(ctx, i)) else {
        return Some((a, b));
    };
    let mut from = k;
    while from > a && agrees_with_a_dative(ctx, from - 1) {
        from -= 1;
    }
    if from > a {
        // The addressee after the speaker: the speaker ends before it.
        Some((a, from))
    } else {
        // The addressee first: the speaker follows it and the outlet it
        // names ("корреспонденту «Медузы»"); nothing after them, and the
        // phrase is the addressee alone.
        let after = marked_name_end(ctx, k + 1, b).unwrap_or(k + 1);
        (after < b && ctx.is_wordlike(after)).then_some((after, b))
    }
}

/// An outlet or reporter in the dative ("изданию", "журналістам").
fn is_addressee_dative(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .addressee_datives
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

/// A lower-case word with a dative adjective's ending ("немецкому").
fn agrees_with_a_dative(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokenKind::Word)
        && !ctx.is_capitalised(i)
        && rule_words()
            .dative_adjective_endings
            .iter()
            .any(|e| ctx.lower(i).ends_with(e))
}

/// "заявил в минувший четверг Михаил Мишустин", "сообщил 12 марта
/// глава ведомства": the end of a Russian or Ukrainian time phrase that
/// opens the words after a verb (a preposition, up to two modifiers or
/// numbers, then a weekday, a month or a year noun), which is no part of
/// the speaker phrase.
fn slavic_time_phrase_end(ctx: &Ctx, start: usize, ceiling: usize) -> Option<usize> {
    if start >= ceiling || !super::slavic::is_cyrillic_word(ctx.word(start)) {
        return None;
    }
    let words = rule_words();
    let time_word = |i: usize| {
        is_date_word(ctx, i)
            || ctx.kind(i) == Some(TokenKind::Word)
                && (words.weekday_words.iter().any(|w| ctx.lower_is(i, w))
                    || words.period_words.iter().any(|w| ctx.lower_is(i, w)))
    };
    let mut k = start;
    if super::slavic::slavic_preposition(ctx, k) {
        k += 1;
    }
    for i in k..(k + 3).min(ceiling) {
        if time_word(i) {
            return Some(i + 1);
        }
        let modifier = ctx.kind(i) == Some(TokenKind::Number)
            || (ctx.kind(i) == Some(TokenKind::Word) && !ctx.is_capitalised(i));
        if !modifier {
            return None;
        }
    }
    None
}

/// "lawyers for the family", "a spokesman for the ministry", "the head of
/// the agency": a speaker found as the noun phrase before the verb takes
/// the noun it completes.
pub(super) fn widen_with_of_phrase(ctx: &Ctx, sp: (usize, usize), floor: usize) -> (usize, usize) {
    let mut sp = sp;
    for _ in 0..2 {
        let Some(prep) = sp.0.checked_sub(1).filter(|&p| p > floor) else {
            break;
        };
        if !rule_words()
            .speaker_of_prepositions
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

/// A month name or a year noun (every lexicon's `date_words`).
fn is_date_word(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokenKind::Word)
        && rule_words().date_words.iter().any(|w| ctx.lower_is(i, w))
}

/// Whether `[a, b)` is a date and nothing else ("3 мая", "20 August",
/// "2005"): numbers and date words only, with a date word or a year among
/// them. Never a speaker (a bare number may be: the mobile network "3").
pub(super) fn is_date_phrase(ctx: &Ctx, (a, b): TokenRange) -> bool {
    let date_word = |i: usize| is_date_word(ctx, i);
    let year = |i: usize| {
        ctx.kind(i) == Some(TokenKind::Number)
            && ctx.word(i).len() == 4
            && ctx
                .word(i)
                .parse::<u32>()
                .is_ok_and(|y| (1000..=2100).contains(&y))
    };
    a < b
        && (a..b).any(|i| ctx.kind(i) == Some(TokenKind::Number))
        && (a..b).any(|i| date_word(i) || year(i))
        && (a..b)
            .all(|i| ctx.kind(i) == Some(TokenKind::Number) || ctx.is_punct(i, ",") || date_word(i))
}

/// A speaker phrase without the day that was read in after it ("Mayor
/// Ellen Tarrow on Monday said", "Russia on Saturday said"): a weekday at
/// its end after a day preposition, when words are left. A bare weekday
/// may be a surname ("coach Mike Friday"), and "(a poll for) the
/// Independent on Sunday" is a newspaper's name: after "the" and one
/// capitalised word the day stays.
pub(super) fn without_trailing_weekday(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    let Some(on) = rule_words().day_phrase_before(ctx, b).filter(|&on| on > a) else {
        return (a, b);
    };
    let title = on >= a + 2
        && ctx.is_capitalised(on - 1)
        && crate::speaker_words::speaker_words()
            .definite_articles
            .iter()
            .any(|w| ctx.lower_is(on - 2, w));
    if title {
        (a, b)
    } else {
        (a, on)
    }
}

/// A speaker phrase without the date the phrase reader took in before it
/// ("21 февраля 2019 года Ликунов", "2013 году министр"): numbers, month
/// names and year nouns at its start, when a number is among them and a
/// word of the phrase is left.
pub(super) fn without_leading_date(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    let date_word = |i: usize| is_date_word(ctx, i);
    // A year ("2014 Putin") is a date alone; another number only with a
    // month or an ending ("3 мая", "2005-м"), not "41 percent of voters".
    let year = |i: usize| {
        ctx.word(i).len() == 4
            && ctx
                .word(i)
                .parse::<u32>()
                .is_ok_and(|y| (1000..2200).contains(&y))
    };
    let mut k = a;
    let mut number = false;
    let mut dated = false;
    while k + 1 < b {
        let is_number = ctx.kind(k) == Some(TokenKind::Number);
        // "2005-м", "2017-го", "20-летию": a number's glued ending.
        let ending = k > a
            && ctx.kind(k - 1) == Some(TokenKind::Number)
            && ctx.is_punct(k, "-")
            && ctx.kind(k + 1) == Some(TokenKind::Word)
            && !ctx.is_capitalised(k + 1);
        if ending {
            dated = true;
            k += 2;
            continue;
        }
        if !(is_number || ctx.is_punct(k, ",") || date_word(k)) {
            break;
        }
        number |= is_number;
        dated |= date_word(k) || (is_number && year(k));
        k += 1;
    }
    let named = (k..b).any(|i| ctx.kind(i) == Some(TokenKind::Word) && !date_word(i));
    // A number before a name or a role is no part of it ("3 Дмитро
    // Фостаковський", "3 spokesperson Belinda Henderson"); before another
    // noun it counts who spoke ("44 percent of Americans", "3,248 cases").
    let before_name =
        k < b && (ctx.is_capitalised(k) || claimtrace_entity::is_role_noun(ctx.lower(k)));
    if number && (dated || before_name) && k < b && named {
        (k, b)
    } else {
        (a, b)
    }
}
