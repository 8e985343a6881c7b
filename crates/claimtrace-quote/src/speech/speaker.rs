//! Resolving drafts into quotes: ids in text order, speakers named,
//! epithets and pronouns resolved, inherited speakers.

use claimtrace_core::{Quote, QuoteKind, SpanText, Speaker, TokenKind};

use crate::doc::Ctx;

use super::antecedent::pronoun_antecedent;
use super::phrases::{without_leading_date, without_trailing_weekday};
use super::resolver::Resolver;
use super::{Draft, TokenRange};

/// Resolves drafts into quotes with ids, in text order.
pub fn finish(
    ctx: &Ctx,
    resolver: &Resolver,
    drafts: Vec<Draft>,
    named: &[(usize, usize)],
) -> Vec<Quote> {
    let order = text_order(&drafts);
    let id_of = quote_ids(&order, drafts.len());
    let mut speakers: Vec<Option<Speaker>> = vec![None; drafts.len()];
    for &i in &order {
        let Some(d) = drafts.get(i) else { continue };
        let Some(np) = d.speaker else { continue };
        let np = match d.cue {
            Some((_, cue_end)) if np.0 >= cue_end && cue_end > 0 => {
                super::slavic::quoted_before_outlet(ctx, cue_end - 1, np)
            }
            _ => np,
        };
        if let Some(sp) = named_speaker(ctx, resolver, np, named) {
            speakers[i] = Some(sp);
        }
    }
    inherit_speakers(&drafts, &mut speakers);
    order
        .iter()
        .filter_map(|&i| to_quote(ctx, &drafts, i, &id_of, &speakers))
        .collect()
}

/// Draft indices in text order: by start, the longer of two first.
fn text_order(drafts: &[Draft]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| {
        drafts
            .get(i)
            .map_or((0, 0), |d| (d.content.0, usize::MAX - d.content.1))
    });
    order
}

/// Quote ids ("q1", "q2", ...) of each of `n` drafts, numbered in text
/// order.
fn quote_ids(order: &[usize], n: usize) -> Vec<String> {
    let mut id_of = vec![String::new(); n];
    for (k, &i) in order.iter().enumerate() {
        if let Some(slot) = id_of.get_mut(i) {
            *slot = format!("q{}", k + 1);
        }
    }
    id_of
}

/// Gives the speaker the entity (id, canonical name) it names.
fn name_entity(sp: &mut Speaker, id: &str, name: &str) {
    sp.entity = Some(id.to_string());
    sp.name = Some(name.to_string());
}

/// Whether entity `ei` only modifies the head of the speaker phrase at
/// bytes `s..e`: then the speaker is the phrase. "Ukraine's health
/// minister", "Russia's defence ministry", "US military officials", "a
/// Mariupol police official": a place the phrase covers only as the
/// modifier of its head is whose or where the speaker is, not who. So is any other entity in the
/// possessive before the head ("Morrison's lawyer", "Putin's spokesman"),
/// and any entity that completes the head after a preposition ("the
/// chairman of the Law Society", "lawyers for Mr Smith", "officials in
/// Kyiv").
fn modifies_the_head(resolver: &Resolver, ei: usize, s: usize, e: usize) -> bool {
    use claimtrace_core::EntityType;
    let text = resolver.doc.text.as_str();
    let kind = resolver.doc.entities.get(ei).map(|ent| ent.kind);
    let place = kind == Some(EntityType::Place);
    let person = kind == Some(EntityType::Person);
    let mut inside = resolver.mentions_within(ei, s, e).peekable();
    inside.peek().is_some()
        && inside.all(|(m_start, m_end)| {
            if completes_a_head(text.get(s..m_start).unwrap_or(""), person) {
                return true;
            }
            if person && possessor_after_head(resolver, ei, text, (s, m_start, m_end)) {
                return true;
            }
            if person && addressed_document(text.get(s..m_start).unwrap_or("")) {
                return true;
            }
            if !person && !place && slavic_role_before(text.get(s..m_start).unwrap_or("")) {
                return true;
            }
            if !person && affiliated_head(text.get(s..m_start).unwrap_or("")) {
                return true;
            }
            let rest = text.get(m_end..e).unwrap_or("");
            if !place {
                let after = rest
                    .strip_prefix("'s")
                    .or_else(|| rest.strip_prefix("’s"))
                    .map(str::trim_start);
                return after
                    .and_then(|a| a.chars().next())
                    .is_some_and(char::is_alphabetic);
            }
            let word_after = rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '\'' || c == '’');
            // Russian and Ukrainian put the place after the head, in the
            // genitive or after a preposition: "Следственный комитет
            // России", "собеседник «Медузы» в правительстве Южной Осетии".
            let cyrillic_head_before = text.get(s..m_start).is_some_and(|head| {
                head.split_whitespace()
                    .next()
                    .is_some_and(super::slavic::is_cyrillic_word)
            });
            word_after || cyrillic_head_before
        })
}

/// "глава МИД", "представник Міноборони", "заместитель главы Минздрава":
/// a Russian or Ukrainian role noun right before a body names a person of
/// it (the body in the genitive completes the role, as "of" does in
/// English): the body is not who spoke.
fn slavic_role_before(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|w| {
        super::slavic::is_cyrillic_word(w)
            && w.chars().next().is_some_and(char::is_lowercase)
            && claimtrace_entity::is_role_noun(w)
    })
}

/// "собеседника «Медузы» в правительстве Южной Осетии", "источник в
/// Кремле": a Russian or Ukrainian phrase headed by a source noun (lexicon
/// `affiliated_speaker_stems`) names where the unnamed person works, not
/// who spoke. The head may follow its modifiers ("бывший сотрудник ГРЧЦ",
/// "один высокопоставленный источник в Кремле").
fn affiliated_head(before: &str) -> bool {
    before.split_whitespace().take(3).any(|w| {
        super::slavic::is_cyrillic_word(w)
            && super::reported::is_affiliated_speaker_word(&w.to_lowercase())
    })
}

/// "Преемник Владимира Жириновского", "знакомый Жукова": a Russian or
/// Ukrainian person named in an oblique case after a head noun in the
/// nominative is its possessor, not the speaker. The mention's surname is inflected: it
/// differs from the entity's and ends as an oblique case does
/// ("Жириновского", "Путина"; not "Москалькова", which is her name).
fn possessor_after_head(
    resolver: &Resolver,
    ei: usize,
    text: &str,
    (s, m_start, m_end): (usize, usize, usize),
) -> bool {
    let head = text.get(s..m_start).unwrap_or("").trim();
    if head.is_empty() || !head.split_whitespace().all(super::slavic::is_cyrillic_word) {
        return false;
    }
    // The head itself in an oblique case ("по словам главы МВД Владимира
    // Колокольцева", "за словами пана Бондаренка") agrees with the name:
    // one phrase, the name its person.
    // The genitive and locative endings of nouns in "-а" and "-е" count too
    // ("главы", "голови", "совещании").
    let oblique_word = |w: &str| {
        claimtrace_entity::has_oblique_ending(w)
            || ["ы", "и", "і", "е"]
                .iter()
                .any(|e| w.to_lowercase().ends_with(e))
    };
    if head.split_whitespace().any(oblique_word) {
        return false;
    }
    // The name's case must show: a given name declined ("Владимира") or an
    // adjectival surname's genitive ("Жириновского"); a surname alone in
    // "-а" may be a woman's name, or the entity's name may be the one
    // misread.
    let mention = text.get(m_start..m_end).unwrap_or("");
    let given_declined = mention.split_whitespace().next().is_some_and(|g| {
        claimtrace_entity::is_given_name(g) && !claimtrace_entity::is_nominative_given_name(g)
    });
    let adjectival_genitive = mention
        .split_whitespace()
        .last()
        .is_some_and(|w| ["ого", "ього"].iter().any(|e| w.ends_with(e)));
    if !given_declined && !adjectival_genitive {
        return false;
    }
    let Some(surname) = mention.split_whitespace().last() else {
        return false;
    };
    let Some(own) = resolver
        .doc
        .entities
        .get(ei)
        .and_then(|ent| ent.name.split_whitespace().last())
    else {
        return false;
    };
    claimtrace_entity::inflected_surname(surname, own)
}

/// "The message to Chinese President Jiang Zemin", "a telegram to Mr
/// Kuchma": a document addressed to the person named after "to" is not
/// the person's words.
fn addressed_document(before: &str) -> bool {
    let mut buf = String::new();
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        // Past the person's titles ("Chinese President", "Mr") and an article.
        .skip_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || crate::lexicon::lookup(w, &mut buf).determiner
        });
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        return false;
    }
    let documents = &super::words::rule_words().document_nouns;
    words.any(|w| documents.iter().any(|d| w.eq_ignore_ascii_case(d)))
}

/// Whether the words of a speaker phrase before a mention end in a
/// preposition that completes a head noun before it ("the chairman of
/// (the)", "lawyers for"): the lexicons' `speaker_of_prepositions`. Before
/// a person the head must be a lower-case role, group or person noun ("a
/// spokesman for Vladimir Putin", "a former employee of Mr Smith"):
/// "Secretary of State Antony Blinken" is
/// a title, and "In view of this Dmitry Medvedev" no head at all.
fn completes_a_head(before: &str, person: bool) -> bool {
    let mut buf = String::new();
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .skip_while(|w| crate::lexicon::lookup(w, &mut buf).determiner);
    let preposition = &super::words::rule_words().speaker_of_prepositions;
    if !words
        .next()
        .is_some_and(|w| preposition.iter().any(|p| w.eq_ignore_ascii_case(p)))
    {
        return false;
    }
    match words.next() {
        None => false,
        Some(_) if !person => true,
        Some(head) => {
            head.chars().next().is_some_and(char::is_lowercase)
                && (claimtrace_entity::is_role_noun(head)
                    || crate::lexicon::lookup(head, &mut buf).nominal
                    || super::antecedent::is_person_noun(head))
        }
    }
}

/// The speaker a draft's speaker phrase `np` names: the person a headline
/// epithet stands for, the entity the phrase covers, or a pronoun's
/// antecedent.
fn named_speaker(
    ctx: &Ctx,
    resolver: &Resolver,
    np: TokenRange,
    named: &[(usize, usize)],
) -> Option<Speaker> {
    // "3 мая обещают сильный ветер": a date is no one.
    if super::phrases::is_date_phrase(ctx, np) {
        return None;
    }
    let np = without_surrounding_words(
        ctx,
        without_trailing_weekday(ctx, without_leading_date(ctx, np)),
    );
    let np = after_setting(ctx, after_unopened_close(ctx, np))?;
    let np = super::brackets::after_open_bracket(ctx, np);
    // "режиссер немецкому изданию": whom the words were told is no part
    // of who said them.
    let (a, b) = super::phrases::without_addressee(ctx, np).unwrap_or(np);
    // "розповіла про ремонти": what was told about, not who told it.
    // Lower case: "О. Саранчин:" is an initial.
    if !ctx.is_capitalised(a) && super::slavic::topic_preposition(ctx, a) {
        return None;
    }
    let (s, e) = ctx.span(a, b)?;
    let possessive = |k: usize| {
        super::words::rule_words()
            .possessive_pronouns
            .iter()
            .any(|w| ctx.lower_is(k, w))
    };
    // Who the phrase names is read before a clause in it.
    let e_named = ctx
        .span(a, before_clause(ctx, (a, b)))
        .map_or(e, |(_, end)| end);
    // "President of Russia\nVladimir Putin": one name, on one line.
    let text = collapse_whitespace(ctx.text.get(s..e).unwrap_or(""));
    // "The research, which covered 6,000 people,": the name stops before
    // the clause (the mention keeps it).
    let name = collapse_whitespace(ctx.text.get(s..e_named).unwrap_or(""));
    let mut sp = Speaker {
        entity: None,
        name: Some(name),
        start: Some(s),
        end: Some(e),
        text: Some(text),
    };
    if let Some(ent) =
        headline_epithet(ctx, resolver, (a, b)).and_then(|ei| resolver.doc.entities.get(ei))
    {
        // "Defence minister says ...", "Putin's spokesman says ...": the
        // person the text names with that role (not the possessor).
        name_entity(&mut sp, &ent.id, &ent.name);
    } else if let Some((ei, ent)) = resolver
        .best_entity(s, e_named)
        .and_then(|i| Some((i, resolver.doc.entities.get(i)?)))
    {
        if !modifies_the_head(resolver, ei, s, e_named) {
            name_entity(&mut sp, &ent.id, &ent.name);
        }
    } else if let Some((ps, pe)) =
        pronoun_antecedent(ctx, resolver, named, (a, b)).and_then(|(pa, pb)| ctx.span(pa, pb))
    {
        // "пресслужба Міністерства оборони України ... — наголосила вона":
        // the phrase's own head, when the entity in it only completes it.
        let entity = resolver
            .best_entity(ps, pe)
            .filter(|&ei| !modifies_the_head(resolver, ei, ps, pe))
            .and_then(|ei| resolver.doc.entities.get(ei));
        match entity {
            Some(ent) => name_entity(&mut sp, &ent.id, &ent.name),
            None => sp.name = ctx.text.get(ps..pe).map(collapse_whitespace),
        }
    } else if b == a + 1 && ctx.lex(a).personal {
        // No speaker named before: whom the entity layer's rules give the
        // pronoun (gender from a given name, a surname's ending or a
        // verb's; the sentences before).
        if let Some((id, name)) = resolver.pronoun_referent(s, ctx.word(a)) {
            name_entity(&mut sp, id, name);
        }
    } else if b == a + 1 && possessive(a) {
        // A possessive is its owner, a person or a body ("his claim that
        // he visited", "their backing for"), never a place.
        if let Some(ent) = resolver
            .pronoun_entity(s, ctx.word(a))
            .filter(|e| e.kind != claimtrace_core::EntityType::Place)
        {
            name_entity(&mut sp, &ent.id, &ent.name);
        }
    }
    // "как сообщили в Кремле": a body or a source noun named in the case
    // its preposition asks for is named in the nominative.
    if sp.entity.is_none() {
        if let Some(nominative) = sp.name.as_deref().and_then(super::slavic::nominative_head) {
            sp.name = Some(nominative);
        }
    }
    // A pronoun nothing resolved names no one: its mention stays, its
    // name is null ("it said", "Нам кажуть", "У ньому йшлося", "— промовляє
    // мій ...").
    let lone_pronoun = b == a + 1
        && (ctx.lex(a).pronoun
            || ctx.lex(a).personal
            || ctx.lex(a).relative
            || possessive(a)
            || claimtrace_entity::pronoun_gender(ctx.word(a)).is_some()
            || crate::speaker_words::speaker_words()
                .first_person_pronouns
                .iter()
                .any(|w| ctx.lower_is(a, w))
            || super::words::rule_words()
                .dative_pronouns
                .iter()
                .any(|w| ctx.lower_is(a, w)));
    if lone_pronoun && sp.entity.is_none() && sp.name == sp.text {
        sp.name = None;
    }
    Some(sp)
}

/// The phrase `[a, b)` past a quotation mark that closes in it what did
/// not open in it: 'Speaking on CNN's "State of the Union," Senator Mark
/// Warner' names the senator, not the end of the programme's title.
fn after_unopened_close(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    let mut open = 0usize;
    let mut cut = None;
    for k in a..b {
        match crate::marks::opens_or_closes(ctx, k) {
            Some(true) => open += 1,
            Some(false) if open > 0 => open -= 1,
            Some(false) => cut = Some(k + 1),
            None => {}
        }
    }
    let Some(mut start) = cut else {
        return (a, b);
    };
    while start < b && !ctx.is_wordlike(start) {
        start += 1;
    }
    if start < b {
        (start, b)
    } else {
        (a, b)
    }
}

/// The phrase `[a, b)` past a setting that opens it ("At the same time",
/// "In Kyiv, officials": the lexicons' `speaker_setting_prepositions`): the words
/// after the setting's last comma, else from the first capitalised word
/// after it, else no speaker.
fn after_setting(ctx: &Ctx, (a, b): TokenRange) -> Option<TokenRange> {
    let setting = crate::speaker_words::speaker_words()
        .speaker_setting_prepositions
        .iter()
        .any(|w| ctx.lower_is(a, w));
    if !setting {
        return Some((a, b));
    }
    // "In Kyiv, officials"; "At the meeting President Medvedev": a name
    // after the setting when no comma ends it.
    let start = match (a + 1..b).rev().find(|&k| ctx.is_punct(k, ",")) {
        Some(comma) => comma + 1,
        None => (a + 1..b).find(|&k| ctx.is_capitalised(k))?,
    };
    (start < b).then_some((start, b))
}

/// The phrase `[a, b)` without the words around it that are not part of
/// it, when words remain: adverbs, relative adverbs and subordinators
/// before it and adverbs after it (the lexicons' `speaker_leading_words`:
/// "заявил насамкінець підприємець", "Илья Королев тогда"), a day word
/// before it ("заявил сегодня президент"), and a place after a
/// preposition before a role noun ("в Думе министр").
fn without_surrounding_words(ctx: &Ctx, (a, b): TokenRange) -> TokenRange {
    let leading = &crate::speaker_words::speaker_words().speaker_leading_words;
    // Not a possessive: "today's law".
    let day = |k: usize| {
        super::words::rule_words().is_day_word(ctx, k)
            && !matches!(ctx.word(k + 1), "'s" | "’s" | "'" | "’")
    };
    // "розповіла нам житомирянка", "пишет для них тренер": whom it was
    // told or for whom, a dative pronoun or a preposition and a pronoun,
    // is not who. A dative only before a name or a role: "Нам довго
    // говорили" is told to us by no one named, and "довго" is no speaker.
    let dative = |k: usize| {
        super::words::rule_words()
            .dative_pronouns
            .iter()
            .any(|w| ctx.lower_is(k, w))
            && (k + 1..b)
                .any(|i| ctx.is_capitalised(i) || claimtrace_entity::is_role_noun(ctx.lower(i)))
    };
    let prepositional_pronoun = |k: usize| {
        k + 2 < b
            && super::slavic::slavic_preposition(ctx, k)
            && super::slavic::is_cyrillic_word(ctx.word(k))
            && !ctx.is_capitalised(k + 1)
            && (ctx.lex(k + 1).personal
                || ctx.lex(k + 1).pronoun
                || super::words::rule_words()
                    .third_person_pronouns
                    .iter()
                    .any(|w| ctx.lower_is(k + 1, w)))
    };
    // A capitalised word in Latin letters opens a name or a demonstrative
    // phrase ("That's Life host Esther Rantzen", "That report"), not a
    // complementizer before a subject.
    let leading_word = |k: usize| {
        leading.iter().any(|w| ctx.lower_is(k, w))
            && !(ctx.is_capitalised(k) && ctx.word(k).is_ascii())
    };
    let mut k = a;
    loop {
        if k + 1 < b && (leading_word(k) || day(k) || dative(k)) {
            k += 1;
        } else if prepositional_pronoun(k) {
            k += 2;
        } else {
            break;
        }
    }
    // "Сегодня в Думе министр ... заявил": the place after a preposition
    // before a role noun is where, not who.
    let place_before_role = k > 0
        && k == a
        && k + 1 < b
        && super::slavic::slavic_preposition(ctx, k - 1)
        && super::slavic::is_cyrillic_word(ctx.word(k))
        // A named place, not a document ("в телеграмме губернатора").
        && ctx.is_capitalised(k)
        && (claimtrace_entity::is_role_noun(ctx.lower(k + 1))
            // "В Кремле эксперты считают": a source or expert noun too.
            || (!claimtrace_entity::has_oblique_ending(ctx.word(k + 1))
                && super::reported::is_affiliated_speaker_noun(ctx, k + 1)))
        // "В Офисе президента заявили": a role in an oblique case that
        // ends the phrase is whose office, and the office speaks.
        && !(k + 2 == b && claimtrace_entity::has_oblique_ending(ctx.word(k + 1)));
    if place_before_role {
        k += 1;
    }
    // "Вчені похмуро зауважують": a Russian or Ukrainian adverb in "-о"
    // between the subject and its verb is how, not who.
    let slavic_adverb = |i: usize| super::slavic::slavic_manner_adverb(ctx, i);
    let mut e = b;
    while e > k + 1 && (leading.iter().any(|w| ctx.lower_is(e - 1, w)) || slavic_adverb(e - 1)) {
        e -= 1;
        // "Павел Ливинский, однако": the comma goes with the adverb.
        while e > k + 1 && ctx.is_punct(e - 1, ",") {
            e -= 1;
        }
    }
    (k, e)
}

/// The end of the speaker phrase `(a, b)` before a relative or
/// subordinate clause in it ("The minister, who was visiting Leeds,",
/// "Smith, when asked about it,": a tagger's source span holds one as
/// often as not): who the phrase names is read before the clause, though
/// the phrase keeps it.
fn before_clause(ctx: &Ctx, (a, b): TokenRange) -> usize {
    (a + 1..b)
        .find(|&c| ctx.is_punct(c, ",") && c + 1 < b && ctx.opens_clause(c + 1))
        .unwrap_or(b)
}

/// Inherited speakers, following chains of inheritance a few steps.
fn inherit_speakers(drafts: &[Draft], speakers: &mut [Option<Speaker>]) {
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
}

/// "Zelensky said Saturday sanctions ... should be made public": a
/// weekday or "yesterday" right after the verb says when the words were
/// said, not what they were (not "Saturday's attack was ...", not a short
/// content).
fn past_time_of_saying(ctx: &Ctx, start: usize, end: usize) -> usize {
    let time_word = super::words::rule_words().is_day_word(ctx, start);
    // A word, not "'s" and not a verb ("Sunday was the worst day").
    let next_is_word = start + 1 < end
        && ctx.kind(start + 1) == Some(claimtrace_core::TokenKind::Word)
        && ctx
            .word(start + 1)
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
        && !crate::speaker_words::content_words()
            .clause_auxiliaries
            .iter()
            .any(|w| ctx.lower_is(start + 1, w));
    if time_word && next_is_word && ctx.words_in(start + 1, end) >= 3 {
        start + 1
    } else {
        start
    }
}

/// "which | has repeatedly denied", "him | urged": a content of one
/// pronoun or relative word says nothing that could be checked (what
/// "said it" / "said this" report stays: the lexicons'
/// `said_object_pronouns`).
fn bare_pronoun(ctx: &Ctx, a: usize, b: usize) -> bool {
    if b != a + 1 {
        return false;
    }
    let l = ctx.lex(a);
    (l.pronoun || l.relative || l.personal)
        && !crate::speaker_words::content_words()
            .said_object_pronouns
            .iter()
            .any(|w| ctx.lower_is(a, w))
}

/// The quote of draft `i`, with its id, cue, speaker and the id of the
/// quote it sits in.
fn to_quote(
    ctx: &Ctx,
    drafts: &[Draft],
    i: usize,
    id_of: &[String],
    speakers: &[Option<Speaker>],
) -> Option<Quote> {
    let d = drafts.get(i)?;
    // The learned tagger may have taken the addressee into the content
    // ("доложил президенту о ..."): it starts at the preposition.
    let content_start = match d.cue {
        Some((_, cue_end)) if d.kind == QuoteKind::Indirect && cue_end == d.content.0 => {
            let start = super::reported::past_addressee(ctx, d.content.0, d.content.1);
            past_time_of_saying(ctx, start, d.content.1)
        }
        _ => d.content.0,
    };
    if d.kind == QuoteKind::Indirect && bare_pronoun(ctx, content_start, d.content.1) {
        return None;
    }
    // A content of punctuation alone (a quotation mark left over when an
    // inner reading took the words) reports nothing.
    if ctx.words_in(content_start, d.content.1) == 0 {
        return None;
    }
    let (s, e) = ctx.span(content_start, d.content.1)?;
    let cue = d
        .cue
        .and_then(|(a, b)| ctx.span(a, b))
        .map(|(cs, ce)| SpanText::from_span(claimtrace_core::Span::new(cs, ce), ctx.text));
    Some(Quote {
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
    })
}

/// `text` with each run of white space (line breaks, no-break spaces)
/// made one space.
pub fn collapse_whitespace(text: &str) -> String {
    if !text.chars().any(|c| c.is_whitespace() && c != ' ') && !text.contains("  ") {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
