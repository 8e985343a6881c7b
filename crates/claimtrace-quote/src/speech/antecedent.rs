//! Antecedents of speaker pronouns: the group "they" names, the body
//! "it" names, and the sex of a speaker phrase.

use claimtrace_core::TokenKind;

use crate::doc::Ctx;

use super::resolver::Resolver;
use super::slavic::{
    is_cyrillic_word, is_slavic_group, slavic_plural_verb, slavic_preposition, slavic_subject,
};
use super::words::rule_words;
use super::TokenRange;
use crate::speaker_words::speaker_words;

/// "they", "они", "вони".
fn is_plural_pronoun(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .plural_pronouns
        .iter()
        .any(|w| ctx.lower_is(i, w))
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
/// at the ministry"); a possessive is no joiner ("The company's finance
/// chief": the head is "chief").
fn head_of(ctx: &Ctx, (a, b): (usize, usize)) -> Option<usize> {
    let head_end = (a..b)
        .find(|&i| {
            i > a
                && ctx.lex(i).np_joiner
                && !claimtrace_lexicon::ALL
                    .iter()
                    .any(|l| l.possessive_marks.contains(&ctx.word(i)))
        })
        .unwrap_or(b);
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
    if rule_words()
        .group_nouns
        .iter()
        .any(|g| ctx.lower_is(head, g))
    {
        return true;
    }
    let plural_form = w.is_ascii()
        && w.len() > 3
        && w.ends_with('s')
        && !speaker_words()
            .singular_s_endings
            .iter()
            .chain(&speaker_words().non_plural_s_endings)
            .any(|x| w.to_ascii_lowercase().ends_with(x));
    // A capitalised plural only at a sentence start or as a role noun
    // ("Officials said"), not a name ("Reynolds").
    let sentence_start = ctx.sentence_range(head).0 == head;
    plural_form && (!ctx.is_capitalised(head) || sentence_start || ctx.lex(head).nominal)
}

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
    if rule_words()
        .speaking_body_nouns
        .iter()
        .any(|n| ctx.lower_is(b, n))
    {
        return true;
    }
    head_of(ctx, (a, b)).is_some_and(|head| {
        rule_words()
            .speaking_body_nouns
            .iter()
            .any(|n| ctx.lower_is(head, n))
    })
}

/// A subject cut before the verb that follows it.
fn cut_at_verb(ctx: &Ctx, (a, b): (usize, usize)) -> (usize, usize) {
    let end = (a + 1..b)
        .find(|&i| {
            let w = ctx.word(i);
            // "councils secure deals": a word after a plural noun is its verb.
            let prev = ctx.word(i - 1);
            let after_plural = prev.len() > 3
                && prev.ends_with('s')
                && !speaker_words()
                    .singular_s_endings
                    .iter()
                    .any(|e| prev.ends_with(e))
                && ctx.kind(i) == Some(TokenKind::Word)
                && !ctx.lex(i).np_joiner
                && !ctx.lex(i).determiner;
            // "the report", "its own statement": a reporting word after a
            // determiner or a possessive is a noun.
            let noun_slot = ctx.lex(i - 1).determiner
                || rule_words()
                    .noun_slot_words
                    .iter()
                    .any(|x| ctx.lower_is(i - 1, x))
                || prev.ends_with("'s")
                || prev.ends_with("’s");
            !ctx.is_capitalised(i)
                && (rule_words().finite_verbs.contains(&w)
                    || slavic_plural_verb(w)
                    || after_plural
                    || (ctx.lex(i).cue.is_some() && !noun_slot)
                    || (w.len() > 4
                        && speaker_words()
                            .past_verb_endings
                            .iter()
                            .any(|e| w.ends_with(e))))
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
        while rule_words()
            .speaking_body_nouns
            .iter()
            .any(|n| ctx.lower_is(b, n))
        {
            b += 1;
        }
        (a, b)
    })
}

/// The last noun phrase that `accept` takes, named as a speaker or as a
/// sentence's subject, in the pronoun's sentence (before it) or up to
/// three sentences back.
pub(super) fn antecedent(
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

/// A one-word phrase that is no one's name: a sentence adverb read as a
/// speaker ("Так, в январе двое сотрудников подали в суд, заявив ...")
/// is no antecedent for a later "он".
fn names_no_one(ctx: &Ctx, (a, b): TokenRange) -> bool {
    b == a + 1
        && speaker_words()
            .not_names_alone
            .iter()
            .any(|w| ctx.lower_is(a, w))
}

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

/// The phrase a speaker pronoun `(a, b)` the entity layer left alone
/// stands for: "they" the last group named before it, "it" a body or
/// text, "he" or "she" the last person named as a speaker; a relative
/// pronoun after a comma or a dash ("her deputy, Taras Hnatiuk, who in
/// turn reportedly cited ...", "Russia - which has denied") the phrase
/// before it (the mention stays "who in turn"), or right after a noun
/// phrase ("diplomats who have suggested") that phrase.
pub(super) fn pronoun_antecedent(
    ctx: &Ctx,
    resolver: &Resolver,
    named: &[(usize, usize)],
    (a, b): TokenRange,
) -> Option<TokenRange> {
    if ctx.lex(a).relative && a > 0 && (ctx.is_punct(a - 1, ",") || ctx.is_dash(a - 1)) {
        ctx.np_walk(a - 1, ctx.sentence_range(a).0)
    } else if ctx.lex(a).relative
        && a > 0
        && ctx.kind(a - 1) == Some(TokenKind::Word)
        && !ctx.lex(a - 1).np_stop
    {
        // "unnamed diplomats who have suggested", "Nikki Haley who
        // tweeted": the phrase right before a restrictive relative.
        ctx.np_walk(a, ctx.sentence_range(a).0)
    } else if b != a + 1 {
        None
    } else if is_plural_pronoun(ctx, a) {
        plural_antecedent(ctx, resolver, named, a)
    } else if speaker_words()
        .neuter_pronouns
        .iter()
        .any(|w| ctx.lower_is(a, w))
    {
        singular_antecedent(ctx, resolver, named, a)
    } else if ctx.lex(a).personal || gendered_object_pronoun(ctx, a) {
        personal_antecedent(ctx, resolver, named, a)
    } else {
        None
    }
}

/// "him", "her" ("according to him"): a personal pronoun in the object
/// case.
fn gendered_object_pronoun(ctx: &Ctx, a: usize) -> bool {
    crate::speaker_words::content_words()
        .addressee_pronouns
        .contains(&ctx.lower(a))
        && claimtrace_entity::pronoun_gender(ctx.word(a)).is_some()
}

/// The last speaker named before the personal pronoun at `a` whose sex
/// does not disagree with the pronoun's: "его" skips "Ковальчук заявила";
/// "he" skips "The statement added" (a document is no person).
fn personal_antecedent(
    ctx: &Ctx,
    resolver: &Resolver,
    named: &[(usize, usize)],
    a: usize,
) -> Option<TokenRange> {
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
            !names_no_one(ctx, np)
                && could_be_a_person(ctx, resolver, np)
                && !is_group(ctx, resolver, np)
                && !head_of(ctx, np).is_some_and(|h| super::is_document_noun(ctx, h))
                && (pronoun_gender.is_none()
                    || speaker_gender(ctx, resolver, np).is_none_or(|g| Some(g) == pronoun_gender))
        })
}

/// Whether an English speaker phrase may name a person "he" or "she"
/// stands for: a person the entity layer knows, a name (a capitalised
/// head), a role or a source noun ("the minister", "a spokeswoman"), or
/// another pronoun; not a common noun that names a thing ("The system
/// seemed to ...") nor a place or an organisation. Russian and Ukrainian
/// phrases are left to the tests above.
fn could_be_a_person(ctx: &Ctx, resolver: &Resolver, np: TokenRange) -> bool {
    // The head, and the last word ("Ukraine's prime minister": the head
    // reader stops at the possessive).
    let last = (np.0..np.1).rev().find(|&i| ctx.is_wordlike(i));
    // A body or a text is no "he" ("The newspaper from Berlin").
    if (np.0..np.1).any(|i| is_cyrillic_word(ctx.word(i))) {
        return true;
    }
    if is_body(ctx, resolver, np) {
        return false;
    }
    // One capitalised word that opens its sentence, that the entity layer
    // does not know and that the document writes in lower case elsewhere
    // is a common noun ("Chipmaker warns of weaker demand ... after the
    // chipmaker cut its forecast"): no "he" for it.
    let mut words = (np.0..np.1).filter(|&i| ctx.is_wordlike(i));
    if let (Some(only), None) = (words.next(), words.next()) {
        if ctx.sentence_range(only).0 == only
            && ctx.is_capitalised(only)
            && ctx.written_in_lower_case(only)
            && entity_kind(ctx, resolver, (only, only + 1)).is_none()
            && !is_role_or_person_noun(ctx, only)
        {
            return false;
        }
    }
    [head_of(ctx, np), last]
        .into_iter()
        .flatten()
        .any(|head| person_word(ctx, resolver, head))
}

/// Whether the word at `head` may name a person: see [`could_be_a_person`].
fn person_word(ctx: &Ctx, resolver: &Resolver, head: usize) -> bool {
    match entity_kind(ctx, resolver, (head, head + 1)) {
        Some(claimtrace_core::EntityType::Person) => return true,
        Some(_) => return false,
        None => {}
    }
    // (An acronym names a body: "The EU".)
    (ctx.is_capitalised(head) && !ctx.is_acronym(head))
        || ctx.lex(head).nominal
        || ctx.lex(head).pronoun
        || ctx.lex(head).personal
        || is_role_or_person_noun(ctx, head)
}

/// A role ("minister"), source ("spokesman") or person noun ("woman").
pub(super) fn is_role_or_person_noun(ctx: &Ctx, i: usize) -> bool {
    is_person_noun(ctx.lower(i))
        || claimtrace_entity::is_role_noun(ctx.lower(i))
        || super::reported::is_speaker_noun(ctx, i)
}

/// A noun of the lexicons' `person_nouns` ("woman", "employee"), lower case.
pub(super) fn is_person_noun(lower: &str) -> bool {
    claimtrace_lexicon::ALL
        .iter()
        .any(|l| l.person_nouns.contains(&lower))
}
