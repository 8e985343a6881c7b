//! Reported speech around a reporting verb: its subject, then its content
//! by the construction the verb opens ("said that ...", "..., X said",
//! "told Y ...", "asked whether ...").

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::speaker_words::{content_words, hedge_words, speaker_words};

use super::anaphoric::anaphoric_object_end;
use super::as_report::as_report_content;
use super::content::{
    adjunct_to_end, content_end, english_participle, has_verb_or_cue, has_verbish, starts_clause,
    trim_end, trim_start,
};
use super::phrases::{
    past_object_role, speaker_after_author_verb, speaker_after_verb, widen_with_of_phrase,
};
use super::slavic::{
    anaphoric_opening_len, impersonal_source, inverted_subject_before, is_cyrillic_word,
    marked_name_before, marked_name_end, previous_sentence_content, slavic_plural_verb,
    slavic_preposition, speaker_before_venue, topic_preposition,
};
use super::words::rule_words;
use super::{CueSeen, Draft, TokenRange, NONE};

/// A reporting verb and what was read around it: the cue, the subject
/// (the speaker) and how the clause is built.
struct Report {
    /// The reporting verb.
    verb: usize,
    tier: CueTier,
    /// The sentence `[a, b)`.
    sent: TokenRange,
    /// Start of the cue (for "it was revealed", the auxiliary).
    cue_a: usize,
    /// End of the cue; a prepositional cue ("talked about") takes in its
    /// preposition once its object is read.
    cue_b: usize,
    /// The token before the cue as first read, inside the sentence.
    before_cue: Option<usize>,
    speaker: Option<TokenRange>,
    /// "it was revealed that": a report with no speaker.
    impersonal: bool,
    /// "Об этом сообщил X.": the sentence reports the one before.
    anaphoric: bool,
    /// "Противник несет потери, об этом сообщили в Минобороны.": the
    /// clause before the comma that precedes the anaphoric phrase, which
    /// it reports (instead of the sentence before).
    reported_clause: Option<TokenRange>,
    /// The subject follows the verb: "..., said the minister."
    inverted: bool,
    /// The verb is a participle ("adding", "добавив").
    participle: bool,
}

impl Report {
    /// The indirect quote of this report with `content`.
    fn draft(&self, content: TokenRange) -> Draft {
        Draft {
            kind: QuoteKind::Indirect,
            content,
            cue: Some((self.cue_a, self.cue_b)),
            speaker: self.speaker,
            inherit_from: None,
            within: None,
        }
    }
}

/// A Russian or Ukrainian verb at `v` whose object is its subject ("тих,
/// хто назвав себе «українцями»", "вважає себе безкарним"): naming or
/// judging oneself reports no one's words, and a quotation beside it
/// takes no cue from it.
pub(super) fn names_oneself(ctx: &Ctx, v: usize) -> bool {
    rule_words()
        .reflexive_pronouns
        .iter()
        .any(|w| ctx.lower_is(v + 1, w))
}

/// Reported speech around the reporting verb at `v`: the draft, when the
/// verb has a speaker (or is impersonal) and content, and the verb as seen.
///
/// `earlier_speaker` is the speaker of the last verb of saying before `v`
/// in its sentence, which a Russian or Ukrainian verb joined by "и"/"і"
/// shares ("X отметил, что ..., и сообщил, что ...").
pub(super) fn reported(
    ctx: &Ctx,
    v: usize,
    tier: CueTier,
    sent: (usize, usize),
    in_mark: &[u32],
    earlier_speaker: Option<TokenRange>,
) -> (Option<Draft>, CueSeen) {
    let mut report = read_report(ctx, v, tier, sent, earlier_speaker);
    let seen = CueSeen {
        cue: (report.cue_a, report.cue_b),
        speaker: report.speaker,
    };
    if report.speaker.is_none() && !report.impersonal {
        return (None, seen);
    }
    // "реконструкції, яку запропонувала мерія, і протестує ...": the verb's
    // object is the relative pronoun before it; nothing after it was said.
    let object_relative = report.cue_a > sent.0
        && rule_words()
            .object_relative_pronouns
            .iter()
            .any(|r| ctx.lower_is(report.cue_a - 1, r));
    if object_relative {
        return (None, seen);
    }
    let draft = match tier {
        CueTier::QuoteOnly => object_content(
            ctx,
            v,
            (report.cue_a, report.cue_b),
            report.speaker,
            report.inverted,
            sent.1,
            in_mark,
        ),
        CueTier::Intent => intent_content(ctx, &report, in_mark),
        CueTier::Speech | CueTier::Cognition => clause_report(ctx, &mut report, in_mark),
    };
    (draft, seen)
}

/// Reads the cue and the subject of the reporting verb at `v`: before the
/// verb, past an anaphoric opening or a venue phrase, or after it.
fn read_report(
    ctx: &Ctx,
    v: usize,
    tier: CueTier,
    sent: (usize, usize),
    earlier_speaker: Option<TokenRange>,
) -> Report {
    let (a, b) = sent;
    let participle = ctx.lex(v).participle;
    let mut cue_a = ctx.cue_start(v, a);
    let cue_b = ctx.cue_end(v, b);
    if ctx.lex(v).impersonal_report {
        return impersonal_report(ctx, v, tier, sent, (cue_a, cue_b));
    }
    let impersonal = impersonal_passive(ctx, v, a);
    let mut agentless = false;
    let before_cue = cue_a.checked_sub(1).filter(|&p| p >= a);
    let mut speaker = if impersonal {
        cue_a = if is_impersonal_subject(ctx, v - 2) {
            v - 1
        } else {
            v - 2
        };
        None
    } else {
        subject_before_verb(ctx, v, sent, cue_a, before_cue, earlier_speaker)
    };
    // "Об этом сообщил ...", "При этом Аузан добавил": a prepositional
    // phrase before the verb, whose subject follows it.
    let mut pp_before = false;
    let opening_at = anaphoric_opening_at(ctx, a, cue_a).filter(|_| !participle);
    let opening = opening_at.map(|(p, n)| p + n - a);
    let anaphoric = opening.is_some();
    let reported_clause = opening_at.and_then(|(p, _)| (p > a).then(|| (a, p - 1)));
    let mut inverted = false;
    if let Some(n) = opening {
        speaker = anaphoric_subject(ctx, a + n, speaker);
        pp_before = speaker.is_none();
    }
    // "Об этом президенту доложил глава республики", "им возразило
    // начальство": the phrase before the verb is whom the words were said
    // to; the speaker follows the verb.
    // A sentence's first words are its subject ("Накамицу напомнила"),
    // unless a pronoun.
    // A day word may come first ("Об этом сегодня Михаилу Мишустину
    // доложил ...").
    let addressee = |np: TokenRange| {
        let (s0, s1) = past_day_word(ctx, np);
        // ("Журналистам рассказал ...": a plural dative may open it.)
        let plural_dative = s1 == s0 + 1
            && rule_words()
                .plural_dative_endings
                .iter()
                .any(|e| ctx.lower(s0).ends_with(e));
        // ("Петрову сообщили": a singular name with a plural verb cannot
        // be its subject.)
        // ("Військові повідомили": a Ukrainian plural may end as a
        // dative does.)
        let plural_verb = s1 == s0 + 1
            && !ctx.lex(s0).pronoun
            && !super::slavic::slavic_plural(ctx.word(s0))
            && super::slavic::slavic_plural_verb(ctx.word(v));
        is_dative_phrase(ctx, (s0, s1))
            && (s0 > a || (s1 == s0 + 1 && ctx.lex(s0).pronoun) || plural_dative || plural_verb)
    };
    if !participle && speaker.is_some_and(addressee) {
        // Not an adverb alone ("напомнила также, что ...").
        let names_someone = |(s0, s1): TokenRange| {
            (s0..s1).any(|i| ctx.kind(i) == Some(TokenKind::Word) && !ctx.lex(i).cue_prefix)
        };
        let after = inverted_subject(ctx, cue_b, b)
            .filter(|&np| !is_dative_phrase(ctx, np) && names_someone(np));
        if after.is_some() {
            speaker = after;
            inverted = true;
        } else if speaker.is_some_and(|(s0, s1)| {
            s1 == s0 + 1 && !ctx.lex(s0).pronoun && !super::slavic::slavic_plural(ctx.word(s0))
        }) && super::slavic::slavic_plural_verb(ctx.word(v))
        {
            // "Шарипкову ответили, что ...": a plural verb with no subject
            // after it is an agentless report; the dative is who was told.
            speaker = None;
            agentless = true;
        }
    }
    // "Об этом РБК рассказал источник, близкий к ...": after "об этом" an
    // outlet's acronym before the verb and someone named after it; the
    // outlet (indeclinable, so no dative ending shows it) was told.
    if anaphoric && !participle && !inverted {
        let outlet = speaker.is_some_and(|(s0, s1)| s0 < s1 && (s0..s1).all(|i| ctx.is_acronym(i)));
        if outlet {
            if let Some(after) = inverted_subject(ctx, cue_b, b)
                .filter(|&np| names_someone(ctx, np, a) && !is_dative_phrase(ctx, np))
            {
                speaker = Some(after);
                inverted = true;
            }
        }
    }
    let read_venue = !impersonal && !participle && !inverted;
    if let Some(subject) = subject_past_preposition(ctx, speaker, cue_a, a, read_venue) {
        speaker = subject;
        pp_before = speaker.is_none();
    }
    if !impersonal && !participle {
        if let Some(body) = body_speaking_from(ctx, v, a, cue_a) {
            speaker = Some(body);
        }
    }
    if speaker.is_none() && !impersonal && !participle {
        let set_off = pp_before
            || before_cue
                .is_none_or(|p| ctx.is_punct(p, ",") || ctx.is_dash(p) || ctx.is_quote_mark(p));
        // Russian and Ukrainian may put what was said first with no comma
        // before the verb, where the subject reading found no phrase
        // ("Высокий уровень подготовки зенитных расчетов отметил
        // командующий ..."): read so only when the speaker after the verb
        // names someone and ends the sentence.
        let plain_opening = !set_off && is_cyrillic_word(ctx.word(v));
        if set_off || plain_opening {
            // "..., publicly announced the change that day.": in English
            // what follows a verb that takes an object ("announced", not
            // "said") is that object unless it names someone.
            let objectless = objectless_verb(ctx, v);
            // '"...," the bank's head of research, X, told Reuters': what
            // follows a verb of telling is whom it was told to.
            let telling = has_stem(ctx.word(v), &content_words().telling_verb_stems);
            speaker = inverted_subject(ctx, cue_b, b)
                .filter(|_| !telling)
                .filter(|&np| {
                    objectless || is_cyrillic_word(ctx.word(v)) || names_a_source(ctx, np, a)
                })
                .filter(|&np| set_off || object_first_reading(ctx, v, sent, (cue_a, cue_b), np));
            inverted = speaker.is_some();
        }
    }
    // "Имена сообщил сегодня президент РАН Александр Сергеев", "Эту
    // новость сообщил мэр Москвы": Russian and Ukrainian put the object
    // first; a phrase before the verb that names no one yields to a
    // speaker after it that does.
    if !impersonal && !participle && !inverted && is_cyrillic_word(ctx.word(v)) {
        let names = |np: TokenRange| names_someone(ctx, np, a) || surname_agreeing(ctx, np, v);
        if let Some(np) = speaker.filter(|&np| !names(np)) {
            if let Some(after) = inverted_subject(ctx, cue_b, b)
                .filter(|&after| after.0 > np.1 && names_someone(ctx, after, a))
            {
                speaker = Some(after);
                inverted = true;
            }
        }
    }
    Report {
        verb: v,
        tier,
        sent,
        cue_a,
        cue_b,
        before_cue,
        speaker,
        impersonal: impersonal || agentless,
        anaphoric,
        reported_clause,
        inverted,
        participle,
    }
}

/// Where an anaphoric phrase opens the clause of the verb whose cue starts
/// at `cue_a`, and its length in words: at the sentence start `a` ("Об
/// этом сообщил X."), or after a comma that closes a clause of four words
/// or more ("Противник несет потери, об этом сообщили в Минобороны.";
/// two-word phrases only there).
fn anaphoric_opening_at(ctx: &Ctx, a: usize, cue_a: usize) -> Option<(usize, usize)> {
    if let Some(n) = anaphoric_opening_len(ctx, a).filter(|&n| cue_a >= a + n) {
        return Some((a, n));
    }
    let p = (a + 1..cue_a).rev().find(|&p| ctx.is_punct(p - 1, ","))?;
    let n = anaphoric_opening_len(ctx, p).filter(|&n| n == 2 && cue_a >= p + n)?;
    (ctx.words_in(a, p - 1) >= 4).then_some((p, n))
}

/// "В заявлении МИД говорится, что ...", "Об этом говорится в
/// телеграмме Владимира Путина.", "Сообщается, что ...": an impersonal
/// verb of a report, whose source is the document named after a
/// preposition before it or after it (none: an agentless report).
fn impersonal_report(
    ctx: &Ctx,
    v: usize,
    tier: CueTier,
    sent: (usize, usize),
    (cue_a, cue_b): TokenRange,
) -> Report {
    let (a, b) = sent;
    let before_cue = cue_a.checked_sub(1).filter(|&p| p >= a);
    let opening_at = anaphoric_opening_at(ctx, a, cue_a);
    let opening = opening_at.map(|(p, n)| p + n - a);
    let reported_clause = opening_at.and_then(|(p, _)| (p > a).then(|| (a, p - 1)));
    let floor = a + opening.unwrap_or(0);
    let after = impersonal_source(ctx, v, b);
    // "В заявлении МИД говорится": the words after the preposition that
    // opens the clause, up to the verb (a few words, no punctuation).
    let before = (floor..cue_a)
        .rev()
        .take(6)
        .take_while(|&k| ctx.kind(k) == Some(TokenKind::Word))
        .find(|&k| slavic_preposition(ctx, k))
        .filter(|&p| p + 1 < cue_a && (p == floor || ctx.is_punct(p - 1, ",")))
        .map(|p| (p + 1, cue_a));
    Report {
        verb: v,
        tier,
        sent,
        cue_a,
        cue_b,
        before_cue,
        speaker: after.or(before),
        impersonal: true,
        anaphoric: opening.is_some(),
        reported_clause,
        inverted: after.is_some(),
        participle: false,
    }
}

/// The subject once a venue phrase and a leading preposition are read
/// past, when either is there: "Блинкен в интервью CNN сказал", "в
/// интервью Первому каналу сообщил глава МИД" (the outlet after a venue
/// noun is not the speaker), "В МИД России заявили" (the capitalised
/// words after the preposition). `Some(None)`: only a prepositional
/// phrase before the verb.
fn subject_past_preposition(
    ctx: &Ctx,
    speaker: Option<TokenRange>,
    cue_a: usize,
    a: usize,
    read_venue: bool,
) -> Option<Option<TokenRange>> {
    let venue_subject = if read_venue {
        speaker_before_venue(ctx, speaker, cue_a, a)
    } else {
        None
    };
    let read_past_venue = venue_subject.is_some();
    let speaker = venue_subject.unwrap_or(speaker);
    let opens_with_preposition =
        |np: &TokenRange| slavic_preposition(ctx, np.0) || topic_preposition(ctx, np.0);
    // "Собеседники «Медузы» в Вилючинске говорят": a place in an oblique
    // case after the subject (the phrase read is the place alone, its
    // preposition before it), not the subject.
    if let Some((s0, s1)) = speaker {
        let p = s0.wrapping_sub(1);
        let place = s1 == s0 + 1
            && s0 > a + 1
            && locative(ctx, p)
            && ctx.is_capitalised(s0)
            && is_cyrillic_word(ctx.word(s0));
        if place {
            // The phrase before may end in a name in marks ("«Медузы»").
            let before = match marked_name_before(ctx, p, a) {
                Some(o) => ctx.np_before(o, a).map(|(b0, _)| (b0, p)),
                None => ctx.np_before(p, a),
            };
            if let Some(before) =
                before.filter(|np| names_someone(ctx, *np, a) && !opens_with_preposition(np))
            {
                return Some(Some(before));
            }
        }
    }
    if let Some((s0, s1)) = speaker.filter(opens_with_preposition) {
        // The subject starts at the first capitalised word or, before it,
        // a role noun in the nominative ("После совещания президент
        // отметил", "О бюджете министр Олег Лебедев сказал").
        let rest = (s0 + 1..s1)
            .find(|&i| ctx.is_capitalised(i) || (i >= s0 + 2 && ctx.slavic_role_noun(i)));
        return Some(rest.map(|r| (r, s1)));
    }
    read_past_venue.then_some(speaker)
}

/// "В пресс-службе ведомства сообщили, что ...", "В Офисе президента
/// считают", "На Банковой заявили": a body named where the sentence opens,
/// right before a plural verb that has no subject of its own, speaks as a
/// whole (the words after the preposition, at most six, no punctuation
/// but hyphens).
fn body_speaking_from(ctx: &Ctx, v: usize, a: usize, cue_a: usize) -> Option<TokenRange> {
    const MAX_BODY_WORDS: usize = 6;
    let words = rule_words();
    // "Ранее в мэрии заявили", "Вчера в правительстве сообщили": an
    // adverb of time may open the sentence before the body.
    let mut a = a;
    while a + 1 < cue_a
        && is_cyrillic_word(ctx.word(a))
        && (crate::frame::speaker_phrase_adverb_at(ctx, a) || words.is_day_word(ctx, a))
    {
        a += 1;
    }
    if !(cue_a > a + 1 && cue_a - a - 1 <= MAX_BODY_WORDS && locative(ctx, a)) {
        return None;
    }
    if !slavic_plural_verb(ctx.word(v)) {
        return None;
    }
    // Only a body: no time ("В сентябре ... сообщали"), no meeting ("На
    // встрече говорили"), no second preposition ("В тот же день в СК"),
    // no demonstrative or quantifier ("В этом году", "Во всем мире").
    let plain = (a + 1..cue_a).all(|i| {
        let lower = ctx.lower(i);
        ctx.kind(i) == Some(TokenKind::Word)
            && is_cyrillic_word(ctx.word(i))
            && !ctx.lex(i).pronoun
            && !ctx.lex(i).np_stop
            && !ctx.lex(i).determiner
            && ctx.lex(i).cue.is_none()
            && !slavic_preposition(ctx, i)
            && !words.is_day_word(ctx, i)
            && !words.date_words.contains(&lower)
            && !words.period_words.contains(&lower)
            && !ctx.is_gathering(i)
            && !words.quantity_pronouns.contains(&lower)
            && !words.locative_determiners.contains(&lower)
    });
    // The plural verb's own subject may sit here ("В Кремле эксперты
    // считают"): a speaker noun not in an oblique case ("администрации
    // президента" is whose) leaves the words to the rules; a plural
    // ending does not tell ("администрации", "пресслужбі" are singular).
    let own_subject = (a + 2..cue_a).any(|i| {
        (is_affiliated_speaker_noun(ctx, i) || role_noun_at(ctx, i))
            && !claimtrace_entity::has_oblique_ending(ctx.word(i))
    });
    (plain && !own_subject).then_some((a + 1, cue_a))
}

/// "в", "во", "у": the prepositions of where a body speaks from.
fn locative(ctx: &Ctx, i: usize) -> bool {
    rule_words()
        .locative_prepositions
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

/// "it was revealed that", "it has been reported": an impersonal report
/// with no speaker, the verb at `v` in the sentence that starts at `a`.
fn impersonal_passive(ctx: &Ctx, v: usize, a: usize) -> bool {
    v >= a + 2
        && content_words()
            .impersonal_passive_auxiliaries
            .contains(&ctx.word(v - 1))
        && (is_impersonal_subject(ctx, v - 2) || (v >= a + 3 && is_impersonal_subject(ctx, v - 3)))
}

/// The "it" of "it was revealed" at `i`.
pub(super) fn is_impersonal_subject(ctx: &Ctx, i: usize) -> bool {
    hedge_words()
        .impersonal_subjects
        .iter()
        .any(|w| ctx.lower_is(i, w))
}

/// Whether the verb `verb`, as written, starts with one of `stems`.
fn has_stem(verb: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| verb.starts_with(s))
}

/// The subject of the verb at `v` read before it: for a participle after
/// a comma ("..., adding that") and for a verb after "and" or "but"
/// ("Clinton celebrated ..., and said ...") the clause's subject, else
/// the noun phrase right before the cue.
fn subject_before_verb(
    ctx: &Ctx,
    v: usize,
    sent: (usize, usize),
    cue_a: usize,
    before_cue: Option<usize>,
    earlier_speaker: Option<TokenRange>,
) -> Option<TokenRange> {
    if ctx.lex(v).participle {
        // The comma may sit inside a closing quotation mark ('"not
        // inevitable," maintaining that ...').
        // A quotation that opened before the sentence (a sentence split
        // inside it) leaves no clause subject to read. (Marks counted over
        // a bounded stretch: constant work per verb.)
        const MARK_REACH: usize = 80;
        let after_comma = before_cue.is_some_and(|p| {
            ctx.is_punct(p, ",")
                || (p > 0
                    && ctx.is_quote_mark(p)
                    && ctx.is_punct(p - 1, ",")
                    && (sent.0.max(p.saturating_sub(MARK_REACH))..p)
                        .filter(|&i| ctx.is_quote_mark(i))
                        .count()
                        % 2
                        == 1)
        });
        return if after_comma {
            participle_subject(ctx, v, sent, cue_a)
        } else {
            None
        };
    }
    let after_conjunction = before_cue.is_some_and(|p| {
        content_words()
            .predicate_conjunctions
            .iter()
            .any(|c| ctx.lower_is(p, c))
    });
    // "Президент ... поблагодарил строителей и отметил, что ...", "подякував
    // донорам і зазначив, що ...": a Russian or Ukrainian verb right after
    // "и", "і", "та" shares the clause's subject.
    let slavic_joined =
        is_cyrillic_word(ctx.word(v)) && before_cue.is_some_and(|p| ctx.is_np_conjunction(p));
    if slavic_joined {
        // The earlier verb's speaker, else the sentence's subject when it
        // names someone ("Мэр Москвы Сергей Собянин заявил, что ..., — и
        // уточнил, что ...").
        if earlier_speaker.is_some() {
            return earlier_speaker;
        }
        return named_subject_opening(ctx, sent.0, cue_a).or_else(|| {
            ctx.main_subject(sent, cue_a)
                .filter(|&np| names_someone(ctx, np, sent.0) || surname_agreeing(ctx, np, v))
        });
    }
    if after_conjunction {
        let conjunction = cue_a.saturating_sub(1);
        return joined_clause_subject(ctx, sent, conjunction)
            .or_else(|| ctx.main_subject(sent, cue_a));
    }
    // "Толстой не сприймав Шекспіра, бо вважав, що ...": a Russian or
    // Ukrainian verb right after a conjunction of cause drops its subject,
    // the clause's before.
    let subordinator = before_cue.filter(|&p| {
        p > sent.0
            && ctx.is_punct(p - 1, ",")
            && rule_words()
                .causal_conjunctions
                .iter()
                .any(|c| ctx.lower_is(p, c))
    });
    if let Some(p) = subordinator {
        return subject_of_clause_before(ctx, sent.0, p);
    }
    if let Some(dash) = before_cue
        .filter(|&p| spaced_dash_after_words(ctx, p, sent.0, &[]) && !is_cyrillic_word(ctx.word(v)))
    {
        return subject_before_dashes(ctx, dash, sent.0);
    }
    if let Some(day) = day_before(ctx, cue_a, sent.0) {
        // The phrase before the day is the subject unless a preposition
        // governs it ("the fair taking place in Lyon on Monday aims"):
        // then the subject is not right before the verb.
        let np = ctx.np_before(day, sent.0);
        let governed =
            np.is_some_and(|(s0, _)| s0 > sent.0 && crate::frame::is_preposition(ctx, s0 - 1));
        return if governed { None } else { np };
    }
    // "..., driven up by worries, rising demand and ...": a lone
    // lower-case participle before the word is its modifier ("rising
    // demand" is a noun), no subject.
    ctx.np_before(cue_a, sent.0).filter(|&(s0, s1)| {
        !(s1 == s0 + 1 && !ctx.is_capitalised(s0) && english_participle(ctx, s0))
    })
}

/// The subject of the clause that ends before the conjunction at `p`
/// ("..., що Толстой не сприймав Шекспіра, бо"): the phrase opening it,
/// after the sentence start, a comma or a complementizer, when it names
/// someone.
fn subject_of_clause_before(ctx: &Ctx, a: usize, p: usize) -> Option<TokenRange> {
    // The caller found a comma right before the conjunction.
    let end = p.saturating_sub(1).max(a);
    let start = (a..end)
        .rev()
        .find(|&k| ctx.is_punct(k, ",") || ctx.lex(k).complementizer)
        .map_or(a, |k| k + 1);
    let np = ctx.np_after(start, end)?;
    (ctx.is_capitalised(np.0) || ctx.lex(np.0).personal).then_some(np)
}

/// The subject of the subordinate clause that the predicate after the
/// conjunction at `conjunction` joins: "X's comments came a day after
/// Garland visited Ukraine and announced ...": the phrase after the
/// clause's opener, when a verb follows it before the conjunction (not
/// "came after weeks of talks and announced"). Read back at most
/// [`JOINED_CLAUSE_REACH`] tokens, never across a comma or a quotation
/// mark.
fn joined_clause_subject(
    ctx: &Ctx,
    sent: (usize, usize),
    conjunction: usize,
) -> Option<TokenRange> {
    let openers = &content_words().clause_openers;
    let from = conjunction.saturating_sub(JOINED_CLAUSE_REACH).max(sent.0);
    for k in (from..conjunction).rev() {
        if ctx.kind(k) == Some(TokenKind::Punct) {
            return None;
        }
        if openers.iter().any(|w| ctx.lower_is(k, w)) {
            let np = ctx.np_after(k + 1, conjunction)?;
            let named = ctx.is_capitalised(np.0) || ctx.lex(np.0).personal;
            let verb_next = np.1 < conjunction && looks_like_a_verb(ctx, np.1);
            return (named && verb_next).then_some(np);
        }
    }
    None
}

/// The subject opening a Russian or Ukrainian sentence at `sa` that ends
/// on a name, before `limit`: its words up to the first verb after the name
/// ("Міський голова Андрій Садовий | подякував", "Президент республики
/// Рустам Минниханов | поблагодарил"); none where no name closes it.
fn named_subject_opening(ctx: &Ctx, sa: usize, limit: usize) -> Option<TokenRange> {
    const MAX_WORDS: usize = 8;
    // (A past verb as `Ctx::past_verb` reads it: a reflexive ending comes
    // off first, "встретился".)
    let verbish =
        |i: usize| !ctx.slavic_role_noun(i) && (ctx.lex(i).cue.is_some() || ctx.past_verb(i));
    let mut named = false;
    for i in sa..limit.min(sa + MAX_WORDS) {
        if ctx.kind(i) != Some(TokenKind::Word) || !is_cyrillic_word(ctx.word(i)) {
            return None;
        }
        if ctx.is_capitalised(i) {
            named |= i > sa;
            continue;
        }
        if verbish(i) {
            // "Министр поблагодарил ...", "Глава МИД Сергей Лавров ...":
            // a role or a single name is a subject too, when the phrase
            // before the verb opens the sentence and names someone.
            return if named {
                Some((sa, i))
            } else {
                ctx.np_before(i, sa).filter(|&np| {
                    np.0 == sa
                        && np.1 == i
                        && (names_someone(ctx, np, sa)
                            || surname_agreeing(ctx, np, i)
                            || (np.0..np.1).any(|k| ctx.slavic_role_noun(k)))
                })
            };
        }
        if named {
            return None;
        }
    }
    None
}

/// See [`joined_clause_subject`].
const JOINED_CLAUSE_REACH: usize = 20;

/// A word that reads as a finite verb: a verb of saying, an auxiliary, or
/// a word with a verb's ending ("visited", "goes").
fn looks_like_a_verb(ctx: &Ctx, i: usize) -> bool {
    let words = content_words();
    ctx.kind(i) == Some(TokenKind::Word)
        && (ctx.lex(i).cue.is_some()
            || words.clause_auxiliaries.iter().any(|w| ctx.lower_is(i, w))
            || words.verb_endings.iter().any(|e| ctx.lower(i).ends_with(e)))
}

/// "Sanders on Tuesday said", "the ministry on Friday announced": where
/// the day between the subject and the verb at `v` starts
/// (`RuleWords::day_phrase_before`); the subject is the phrase before it.
fn day_before(ctx: &Ctx, v: usize, a: usize) -> Option<usize> {
    rule_words()
        .day_phrase_before(ctx, v)
        .filter(|&start| start > a)
}

/// The subject of a verb right after a spaced dash: "Mr Lukashenko - who
/// has been in power since 1994 - claimed": the phrase before the dash
/// that opens the aside; with no such dash, none ("... based on
/// principles - said the chairman": the speaker follows the verb).
fn subject_before_dashes(ctx: &Ctx, dash: usize, a: usize) -> Option<TokenRange> {
    const ASIDE_WORDS: usize = 25;
    let opening = (a + 1..dash)
        .rev()
        .take(ASIDE_WORDS)
        .find(|&k| spaced_dash_after_words(ctx, k, a, &[]))?;
    ctx.np_before(opening, a)
}

/// The subject of a participle after a comma: the clause's subject, not a
/// Russian or Ukrainian prepositional phrase; "Об этом сообщил Лавров,
/// добавив, что ...": the subject that follows the first verb.
fn participle_subject(
    ctx: &Ctx,
    v: usize,
    sent: (usize, usize),
    cue_a: usize,
) -> Option<TokenRange> {
    let cyrillic = is_cyrillic_word(ctx.word(v));
    let main = ctx.main_subject(sent, cue_a);
    if let Some(np) = main.filter(|&np| cyrillic && object_put_first(ctx, np)) {
        return subject_after_object(ctx, np, cue_a);
    }
    main.filter(|np| !(cyrillic && slavic_preposition(ctx, np.0)))
        .or_else(|| {
            if cyrillic {
                inverted_subject_before(ctx, sent.0, cue_a)
            } else {
                None
            }
        })
}

/// Whether the phrase `np` that opens a Russian or Ukrainian sentence is
/// an object or an addressee put first ("Ситуацию на границе глава
/// ведомства назвал ...", "Президенту Турции позвонил Путин"): a word only
/// the accusative ends as, or a phrase in the dative.
fn object_put_first(ctx: &Ctx, np: TokenRange) -> bool {
    is_accusative(ctx.word(np.0)) || is_dative_phrase(ctx, np) || dative_at_both_ends(ctx, np)
}

/// A phrase of two words or more whose first and last words end as the
/// dative does, with a genitive between them or not ("Президенту Турции
/// Реджепу Тайипу Эрдогану", "Міністру оборони Шойгу"). One word alone is
/// left to [`is_dative_phrase`]: a nominative such as "Шойгу" ends so too.
fn dative_at_both_ends(ctx: &Ctx, (s0, s1): TokenRange) -> bool {
    s1 >= s0 + 2 && ends_as_dative(ctx, s0) && ends_as_dative(ctx, s1 - 1)
}

/// Whether token `i` is a Russian or Ukrainian word ending as a name or
/// role noun in the dative does ("Эрдогану", "президентові").
fn ends_as_dative(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    ctx.kind(i) == Some(TokenKind::Word)
        && is_cyrillic_word(w)
        && rule_words().dative_endings.iter().any(|e| w.ends_with(e))
}

/// The subject of a sentence that opens with an object (`object`): the
/// phrase right before its verb ("Ситуацию на границе глава ведомства
/// назвал напряженной"), else the one right after it ("Президенту Турции
/// позвонил Владимир Путин"); none when it names no one.
fn subject_after_object(ctx: &Ctx, object: TokenRange, end: usize) -> Option<TokenRange> {
    let verb = (object.1..end).find(|&k| {
        let l = ctx.lex(k);
        ctx.kind(k) == Some(TokenKind::Word)
            && !ctx.is_capitalised(k)
            && !l.nominal
            && !l.pronoun
            && ctx.word(k).chars().count() >= 4
            && ctx.gendered_past_verb(k)
    })?;
    // ("Министру торговли Египта Ахмеду Саиду позвонил": the words before
    // the verb may still be the dative's, ending as it does.)
    let names_someone = |np: &TokenRange| {
        !slavic_preposition(ctx, np.0)
            && !object_put_first(ctx, *np)
            && !ends_as_dative(ctx, np.1 - 1)
            && ((np.0..np.1).any(|i| ctx.is_capitalised(i) || ctx.slavic_role_noun(i))
                || (np.1 == np.0 + 1 && ctx.lex(np.0).pronoun))
    };
    ctx.np_before(verb, object.1)
        .filter(names_someone)
        .or_else(|| ctx.np_after(verb + 1, end).filter(names_someone))
}

/// "Об этом сообщил X.": the subject read before the verb, past the
/// anaphoric phrase that opens the sentence (it ends at `after_opening`),
/// when it is a name, a role or a pronoun ("Про це сьогодні говорив" has
/// none).
fn anaphoric_subject(
    ctx: &Ctx,
    after_opening: usize,
    speaker: Option<TokenRange>,
) -> Option<TokenRange> {
    speaker
        .map(|(s0, s1)| (s0.max(after_opening), s1))
        .filter(|&(s0, s1)| {
            s0 < s1
                && !slavic_preposition(ctx, s0)
                // "Про це під час зустрічі з Олегом Сидоренком заявив X":
                // the object of a preposition is no subject.
                && !(s0 > after_opening && slavic_preposition(ctx, s0 - 1))
                && (s0..s1).any(|i| ctx.is_capitalised(i) || ctx.lex(i).nominal)
                || (s1 == s0 + 1 && ctx.lex(s0).pronoun)
        })
}

/// Whether the Russian or Ukrainian word `w` has an ending only the
/// accusative has ("высокую", "ситуацию").
pub(super) fn is_accusative(w: &str) -> bool {
    rule_words()
        .accusative_endings
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether the phrase `np` is in the dative: a dative pronoun ("им"), or
/// every word ending as a Russian or Ukrainian name or role noun in the
/// dative does ("Владимиру Путину", "президенту").
pub(super) fn is_dative_phrase(ctx: &Ctx, (s0, s1): TokenRange) -> bool {
    let words = rule_words();
    let endings = &words.dative_endings;
    if s1 == s0 + 1 && words.dative_pronouns.iter().any(|p| ctx.lower_is(s0, p)) {
        return true;
    }
    s0 < s1
        && (s0..s1).all(|i| {
            let w = ctx.word(i);
            ctx.kind(i) == Some(TokenKind::Word)
                && is_cyrillic_word(w)
                && endings.iter().any(|e| w.ends_with(e))
        })
}

/// Inverted: "..., said the minister." / "— заявил Путин.". The subject
/// closes its clause: not "..., said the chamber will vote".
fn inverted_subject(ctx: &Ctx, cue_b: usize, b: usize) -> Option<TokenRange> {
    let (mut s0, s1) = body_after_plural_verb(ctx, cue_b, b)
        .or_else(|| speaker_after_author_verb(ctx, cue_b, b))
        .and_then(|np| past_addressee_and_setting(ctx, np, b))?;
    // "заявил сегодня глава МИД": the adverb is not part of the subject.
    while s0 + 1 < s1 && ctx.lex(s0).cue_prefix && !ctx.is_capitalised(s0) {
        s0 += 1;
    }
    // "доложил сегодня президенту губернатор": the role after the day word
    // may be the object.
    let (s0, s1) = past_object_role(ctx, (s0, s1));
    let closes = |np: TokenRange| {
        np.1 >= b
            || matches!(ctx.kind(np.1), Some(TokenKind::Punct | TokenKind::Quote))
            || slavic_adverbial_after(ctx, np)
    };
    // Russian and Ukrainian: an adverb alone ("детальніше", "постійно") or
    // a pronoun of quantity ("все", "нічого") after the verb is how or
    // what, not who; a prepositional phrase is too ("через прессу"),
    // unless a role or a name follows it ("під час презентації заступник
    // голови ... Олексій Губанов", "для них тренер Олег Бондар", which
    // the speaker phrase's trimming reads later).
    if is_cyrillic_word(ctx.word(s0)) && !ctx.is_capitalised(s0) {
        let w = ctx.word(s0);
        let words = rule_words();
        let comparative = words
            .comparative_adverb_endings
            .iter()
            .any(|e| w.ends_with(e));
        let adverb = s1 == s0 + 1 && (ctx.lex(s0).cue_prefix || comparative);
        let quantity = words.quantity_pronouns.iter().any(|q| ctx.lower_is(s0, q));
        // "подтвердил высокую эффективность системы": a word in the
        // accusative opens an object.
        let accusative = is_accusative(w);
        // "сообщил корреспонденту «Медузы», что": a role or source noun in
        // the dative is whom it was said to.
        // (Unless a speaker follows it, "рассказал журналистам глава
        // комитета", which the speaker phrase's trimming reads; an outlet
        // in marks is the addressee's.)
        let in_marks = |k: usize| (s0..k).filter(|&i| ctx.is_quote_mark(i)).count() % 2 == 1;
        let speaker_follows = (s0 + 1..s1)
            .any(|k| (ctx.is_capitalised(k) || ctx.slavic_role_noun(k)) && !in_marks(k));
        let addressee = ((ends_as_dative(ctx, s0) && is_speaker_noun(ctx, s0))
            || words.addressee_datives.iter().any(|d| ctx.lower_is(s0, d)))
            && !speaker_follows;
        // "підтвердила свій високий рівень": "свій" opens an object.
        let own = words
            .reflexive_possessives
            .iter()
            .any(|r| ctx.lower_is(s0, r));
        if adverb || quantity || accusative || addressee || own {
            return None;
        }
        // ("про провокації Російської Федерації": a topic is what was said.)
        if topic_preposition(ctx, s0) {
            return None;
        }
        if slavic_preposition(ctx, s0)
            && !(s0 + 2..s1).any(|k| ctx.is_capitalised(k) || ctx.slavic_role_noun(k))
        {
            return None;
        }
    }
    let np = (s0, s1);
    if closes(np) || adjunct_follows(ctx, np, b) {
        // "John Smith at a news conference": where it was said is no
        // part of who said it.
        let setting = (s0 + 1..s1).find(|&k| {
            ctx.is_capitalised(k - 1)
                && speaker_words()
                    .setting_prepositions
                    .iter()
                    .any(|w| ctx.lower_is(k, w))
        });
        return Some((s0, setting.unwrap_or(s1)));
    }
    slavic_name_after_complement(ctx, np, b).filter(|&np| closes(np))
}

/// "доложил президенту на встрече в Кремле министр просвещения": a
/// dative right after the verb is whom the words were said to; the
/// speaker follows it, past up to two prepositional phrases of where or
/// when. `np` itself when it is no dative.
fn past_addressee_and_setting(ctx: &Ctx, np: TokenRange, b: usize) -> Option<TokenRange> {
    // "доложил сегодня Михаилу Мишустину глава службы": a day word may
    // come first.
    let dative_np = past_day_word(ctx, np);
    if !(is_cyrillic_word(ctx.word(dative_np.0)) && is_dative_phrase(ctx, dative_np)) {
        return Some(np);
    }
    let np = dative_np;
    let mut k = np.1;
    for _ in 0..2 {
        if k < b && slavic_preposition(ctx, k) {
            k = ctx.np_after(k + 1, b).map_or(k + 1, |pp| pp.1);
        }
    }
    speaker_after_verb(ctx, k, b).filter(|&sp| !is_dative_phrase(ctx, sp))
}

/// The phrase `np` without a day word that opens it and is not all of it
/// ("сегодня Михаилу Мишустину" -> "Михаилу Мишустину").
fn past_day_word(ctx: &Ctx, np: TokenRange) -> TokenRange {
    if np.1 > np.0 + 1 && rule_words().is_day_word(ctx, np.0) {
        (np.0 + 1, np.1)
    } else {
        np
    }
}

/// Whether the phrase `(s0, s1)` of the sentence that starts at `a` names
/// someone: a capitalised word that does not open the sentence, a role
/// noun ("президент", "мэр"), or a pronoun.
fn names_someone(ctx: &Ctx, (s0, s1): TokenRange, a: usize) -> bool {
    (s0..s1).any(|i| {
        ctx.kind(i) == Some(TokenKind::Word)
            && ((ctx.is_capitalised(i) && i > a)
                || ctx.lex(i).pronoun
                || role_noun_at(ctx, i)
                // "Источник в правительстве рассказал ТАСС": a source is
                // someone, and the outlet after the verb whom he told.
                || (is_cyrillic_word(ctx.word(i)) && is_affiliated_speaker_noun(ctx, i)))
    })
}

/// "Захарова назвала слова ...", "Песков назвал заявление ...": one
/// capitalised word opening the sentence whose surname ending agrees in
/// sex with the past-tense verb after it names someone, though any word
/// there is capitalised.
fn surname_agreeing(ctx: &Ctx, (s0, s1): TokenRange, v: usize) -> bool {
    if s1 != s0 + 1 || !ctx.is_capitalised(s0) || !is_cyrillic_word(ctx.word(s0)) {
        return false;
    }
    // Not a man's surname in "-а" ("Кулеба назвав"): "Имена сообщил
    // сегодня президент РАН" puts a plural object there.
    let verb = claimtrace_entity::past_verb_gender(ctx.word(v));
    claimtrace_entity::surname_gender(ctx.word(s0)).is_some_and(|g| verb == Some(g))
}

/// Whether the phrase after an English verb names who spoke: someone
/// ([`names_someone`]), a group or body ("officials", "police"), or a
/// document ("the report"); "the change that day" names none.
fn names_a_source(ctx: &Ctx, np: TokenRange, a: usize) -> bool {
    let words = rule_words();
    names_someone(ctx, np, a)
        || (np.0..np.1).any(|i| {
            ctx.kind(i) == Some(TokenKind::Word)
                && (ctx.lex(i).nominal
                    || super::is_document_noun(ctx, i)
                    || words.group_nouns.iter().any(|w| ctx.lower_is(i, w))
                    || words.speaking_body_nouns.iter().any(|w| ctx.lower_is(i, w)))
        })
}

/// Whether token `i` is a role noun ("minister", "президенту"), in any
/// form the entity layer's lexicons decline.
fn role_noun_at(ctx: &Ctx, i: usize) -> bool {
    claimtrace_entity::is_role_noun(&ctx.word(i).to_lowercase())
}

/// "..., said John Smith at a news conference.", "... - said Adam
/// Eberhardt from the Centre for Eastern Studies", "said Charles Michel
/// yesterday": a speaker phrase after the verb that names someone (a
/// capitalised word or a role noun) may be followed by where or when the
/// words were said.
fn adjunct_follows(ctx: &Ctx, (s0, s1): TokenRange, b: usize) -> bool {
    let prep_next = s1 < b
        && ctx.kind(s1) == Some(TokenKind::Word)
        && (content_words()
            .adjunct_prepositions
            .iter()
            .any(|w| ctx.lower_is(s1, w))
            || rule_words().is_day_word(ctx, s1));
    prep_next
        && (s0..s1).any(|i| {
            ctx.kind(i) == Some(TokenKind::Word) && (ctx.is_capitalised(i) || role_noun_at(ctx, i))
        })
}

/// "повідомив речник Повітряних сил Юрій Ігнат": a role's complement
/// whose first word is capitalised ends the phrase reader at its first
/// lower-case word; the phrase goes on to the name (two capitalised
/// words) within the next few words, with no verb, preposition or
/// punctuation between.
fn slavic_name_after_complement(ctx: &Ctx, (s0, s1): TokenRange, b: usize) -> Option<TokenRange> {
    if !is_cyrillic_word(ctx.word(s0)) {
        return None;
    }
    let plain = |k: usize| {
        ctx.kind(k) == Some(TokenKind::Word)
            && ctx.lex(k).cue.is_none()
            && !slavic_preposition(ctx, k)
    };
    let limit = b.min(s1 + 6);
    let mut k = s1;
    while k + 1 < limit && plain(k) {
        if ctx.is_capitalised(k) && ctx.is_capitalised(k + 1) && plain(k + 1) {
            let mut end = k + 2;
            while end < b && plain(end) && ctx.is_capitalised(end) {
                end += 1;
            }
            return Some((s0, end));
        }
        k += 1;
    }
    None
}

/// A source or a role noun: "источник", "собеседник", "представитель",
/// "президент" (every lexicon's affiliated-speaker and role stems, as
/// prefixes).
pub(super) fn is_speaker_noun(ctx: &Ctx, i: usize) -> bool {
    is_affiliated_speaker_noun(ctx, i) || {
        let w = ctx.lower(i);
        claimtrace_lexicon::ALL
            .iter()
            .any(|lex| lex.name_cues.role_stems.iter().any(|s| w.starts_with(s)))
    }
}

/// "источник", "собеседник", "джерело": a person speaking from inside a
/// body (every lexicon's affiliated-speaker stems; the role stems, some of
/// two or three letters, are read by [`role_noun_at`]).
pub(super) fn is_affiliated_speaker_noun(ctx: &Ctx, i: usize) -> bool {
    is_affiliated_speaker_word(ctx.lower(i))
}

/// A lower-case word whose stem is a source noun's ("источник",
/// "собеседника", "представник"; lexicon `affiliated_speaker_stems`).
pub(crate) fn is_affiliated_speaker_word(lower: &str) -> bool {
    claimtrace_lexicon::ALL.iter().any(|lex| {
        lex.affiliated_speaker_stems
            .iter()
            .any(|s| lower.starts_with(s))
    })
}

/// "Об этом заявил Владимир Путин на совещании", "Про це заявив
/// Зеленський під час брифінгу": a prepositional phrase after a subject
/// in Cyrillic closes it as well as a comma does, when the subject names
/// someone (a name, a role, "источник" or "представитель", a pronoun): not an
/// object ("объявил конкурсы на проекты") nor a phrase that is itself
/// prepositional ("со ссылкой на", "рассказывает о встречах с").
fn slavic_adverbial_after(ctx: &Ctx, (s0, s1): TokenRange) -> bool {
    let speaker_noun = |i: usize| is_speaker_noun(ctx, i);
    // The cheap tests first: most inverted subjects (all English ones) stop
    // there, before any word is lower-cased against the role stems.
    is_cyrillic_word(ctx.word(s0))
        && !slavic_preposition(ctx, s0)
        && slavic_preposition(ctx, s1)
        && ((s0..s1).any(|i| ctx.is_capitalised(i) || ctx.lex(i).nominal || speaker_noun(i))
            || (s1 == s0 + 1 && ctx.lex(s0).pronoun))
}

/// "Об этом сообщили в Кремле", "Про це повідомили в Генштабі ЗСУ": a
/// plural verb with no subject, the body it speaks for named after a
/// preposition (a name in it is capitalised: "в пресс-службе
/// Минобороны", not "в четверг").
fn body_after_plural_verb(ctx: &Ctx, cue_b: usize, b: usize) -> Option<TokenRange> {
    let verb = cue_b.checked_sub(1)?;
    if !slavic_plural_verb(ctx.word(verb)) {
        return None;
    }
    // "отметили сегодня в Генпрокуратуре": adverbs before the preposition.
    let mut p = cue_b;
    while p < b && !slavic_preposition(ctx, p) && ctx.lex(p).cue_prefix {
        p += 1;
    }
    if p >= b || !slavic_preposition(ctx, p) {
        return None;
    }
    // "сообщили в «Роскосмосе»": a body named in marks.
    if let Some(e) = marked_name_end(ctx, p + 1, b) {
        return Some((p + 2, e - 1));
    }
    let np = ctx.np_after(p + 1, b)?;
    (np.0..np.1).any(|i| ctx.is_capitalised(i)).then_some(np)
}

/// "wants to build", "plans to run": the infinitive is the content.
fn intent_content(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<Draft> {
    let (cue_b, b) = (report.cue_b, report.sent.1);
    let infinitive = content_words()
        .infinitive_markers
        .iter()
        .any(|w| ctx.lower_is(cue_b, w));
    let content =
        (infinitive && !report.inverted).then(|| (cue_b, content_end(ctx, cue_b, b, in_mark)));
    content
        .filter(|c| ctx.words_in(c.0, c.1) >= 2)
        .map(|content| report.draft(content))
}

/// A verb of saying or thinking: its content by the construction that
/// follows it, or (a verb of saying) its object.
fn clause_report(ctx: &Ctx, report: &mut Report, in_mark: &[u32]) -> Option<Draft> {
    // "прокомментировал ситуацию", "высказался о ...": a topic, not words.
    let clause_only = (report.cue_a..report.cue_b).any(|k| {
        rule_words()
            .clause_only_speech_stems
            .iter()
            .any(|s| ctx.lower(k).starts_with(s))
    });
    // "Kuleba said this at a briefing", "said so in an interview": the
    // pronoun stands for the sentence before.
    // (Where the sentence before is no plain statement, the verb reads as
    // any other.)
    if let Some(after) = anaphoric_object_end(ctx, report.verb, report.cue_b, report.sent.1) {
        let before = previous_sentence_content(ctx, report.sent.0, in_mark);
        if let Some(c) = before.filter(|_| {
            report.tier == CueTier::Speech && report.speaker.is_some() && !report.inverted
        }) {
            report.cue_b = after;
            return Some(report.draft(c));
        }
    }
    let mut content: Option<TokenRange> = None;
    if !clause_only {
        if let Some((object, cue_b)) = prepositional_object(ctx, report, in_mark) {
            content = Some(object);
            report.cue_b = cue_b;
        }
    }
    if content.is_none() && !clause_only {
        content = indirect_question(ctx, report, in_mark);
    }
    // "выразила уверенность, что", "висловив сподівання, що": the noun
    // of the belief joins the cue, the clause after the comma is said.
    if belief_noun_before_clause(ctx, report) {
        report.cue_b += 1;
    }
    // A complementizer wins over the readings above.
    if let Some(clause) = complementizer_clause(ctx, report, in_mark) {
        content = Some(clause);
    }
    if content.is_none() && !report.participle && !report.impersonal && !clause_only {
        content = content_by_clause_shape(ctx, report, in_mark);
    }
    let content = content.map(|c| end_of_subordinate_report(ctx, report, c, in_mark));
    let content = content.or_else(|| {
        // "Об этом сообщил X." / "Про це він сказав у зверненні.": the
        // sentence before, whichever side of the verb the speaker is on.
        (report.anaphoric && report.speaker.is_some() && report.tier == CueTier::Speech)
            .then(|| match report.reported_clause {
                Some((ca, cb)) => {
                    let end = trim_end(ctx, ca, cb, in_mark);
                    Some((trim_start(ctx, ca, end), end))
                }
                None => previous_sentence_content(ctx, report.sent.0, in_mark),
            })
            .flatten()
    });
    let Some(content) = content else {
        let verb = ctx.word(report.verb);
        if report.tier == CueTier::Speech && !report.impersonal && !takes_no_object(verb) {
            return object_content(
                ctx,
                report.verb,
                (report.cue_a, report.cue_b),
                report.speaker,
                report.inverted,
                report.sent.1,
                in_mark,
            );
        }
        return None;
    };
    (content.0 < content.1).then(|| report.draft(content))
}

/// "talked about", "referred to", "called for", "spoke of", "warned of":
/// a verb with its preposition, whose object is the content. The content
/// and the cue's new end (past the preposition).
fn prepositional_object(
    ctx: &Ctx,
    report: &Report,
    in_mark: &[u32],
) -> Option<(TokenRange, usize)> {
    let b = report.sent.1;
    let prep_at = prepositional_cue(ctx, report.verb, report.cue_b, b)?;
    let start = prep_at + 1;
    if report.speaker.is_none() || report.inverted || in_mark.get(start) != Some(&NONE) {
        return None;
    }
    let end = content_end(ctx, start, b, in_mark);
    (ctx.words_in(start, end) >= 1).then_some(((start, end), start))
}

/// "asked whether / why / how ...": an indirect question.
fn indirect_question(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let (v, cue_b, b) = (report.verb, report.cue_b, report.sent.1);
    if !has_stem(ctx.word(v), &content_words().question_verb_stems) {
        return None;
    }
    let wh = (cue_b..(cue_b + 4).min(b)).find(|&k| {
        rule_words()
            .indirect_question_words
            .iter()
            .any(|w| ctx.lower_is(k, w))
    })?;
    if report.speaker.is_none() || report.inverted {
        return None;
    }
    let end = content_end(ctx, wh, b, in_mark);
    (ctx.words_in(wh, end) >= 3).then_some((wh, end))
}

/// Whether a Russian or Ukrainian verb of thinking at `report` is followed
/// by one lower-case noun, a comma and a complementizer ("выразил
/// надежду, что", "висловила впевненість, що"): the noun names the belief.
fn belief_noun_before_clause(ctx: &Ctx, report: &Report) -> bool {
    let k = report.cue_b;
    report.tier == CueTier::Cognition
        && k + 2 < report.sent.1
        && is_cyrillic_word(ctx.word(k))
        && !ctx.is_capitalised(k)
        && ctx.kind(k) == Some(TokenKind::Word)
        && ctx.is_punct(k + 1, ",")
        && ctx.lex(k + 2).complementizer
}

/// "said (on Tuesday) that", "told reporters that", "заявил, что": a
/// complementizer close after the verb, or after an inverted subject.
fn complementizer_clause(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let b = report.sent.1;
    let reach = if report.tier == CueTier::Cognition {
        2
    } else {
        6
    };
    let from = if report.inverted {
        report.speaker.map_or(report.cue_b, |s| s.1)
    } else {
        report.cue_b
    };
    let mut k = from;
    while k < b && k < from + reach {
        // "подтвердил «Медузе», что ...", "сообщил корреспонденту
        // «Медузы», что": an outlet in marks after the verb, or after whom
        // the words were told, names who heard them.
        let after_addressee = k > report.cue_b
            && (ends_as_dative(ctx, k - 1)
                || rule_words()
                    .addressee_datives
                    .iter()
                    .any(|d| ctx.lower_is(k - 1, d)));
        if (k == report.cue_b || after_addressee) && report.tier != CueTier::Cognition {
            if let Some(e) = marked_name_end(ctx, k, b) {
                k = e;
                continue;
            }
        }
        // A verb before the complementizer makes the words up to it a
        // clause ("say the joke is so old that ..."): the complementizer
        // is that clause's own; not a copula right before it ("What I said
        // was that ...").
        let auxiliary = content_words().clause_auxiliaries.contains(&ctx.lower(k))
            && !ctx.lex(k + 1).complementizer;
        if in_mark.get(k) != Some(&NONE)
            || (ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k) && !ctx.reads_as_noun(k, from))
            || auxiliary
            || rule_words().unreported_clause_nouns.contains(&ctx.word(k))
        {
            return None;
        }
        if ctx.lex(k).complementizer && ctx.kind(k) == Some(TokenKind::Word) {
            let end = content_end(ctx, k, b, in_mark);
            return (ctx.words_in(k, end) >= 3).then_some((k, end));
        }
        if matches!(ctx.kind(k), Some(TokenKind::Punct)) && !ctx.is_punct(k, ",") {
            return None;
        }
        k += 1;
    }
    None
}

/// The content when no complementizer opens it, by what follows the cue:
/// the clause before an inverted attribution, one around a parenthetical
/// attribution, the clause before a closing one, the clause after a
/// colon, or a bare clause after the verb.
fn content_by_clause_shape(ctx: &Ctx, report: &mut Report, in_mark: &[u32]) -> Option<TokenRange> {
    let b = report.sent.1;
    let t = report.cue_b;
    let unquoted = in_mark.get(t) == Some(&NONE);
    let as_report = match report.speaker {
        // "As you know, ...": a belief named so is the speaker's own words.
        Some(sp) if report.tier == CueTier::Speech && !report.inverted && !report.participle => {
            as_report_content(ctx, report.sent, sp, (report.cue_a, t), in_mark)
        }
        _ => None,
    };
    if as_report.is_some() {
        as_report
    } else if report.inverted {
        content_before_inverted(ctx, report, in_mark)
    } else if t < b && ctx.is_punct(t, ",") {
        content_around_parenthetical(ctx, report, in_mark)
    } else if t >= b || ctx.is_final(t) || adjunct_to_end(ctx, t, b) {
        content_before_closing_attribution(ctx, report, in_mark)
    } else if ctx.is_punct(t, ":") || dash_opens_content(ctx, report) {
        content_after_colon(ctx, t, b, in_mark)
    } else if let Some(clause) = (report.tier == CueTier::Speech && unquoted)
        .then(|| clause_after_day(ctx, report, in_mark))
        .flatten()
    {
        Some(clause)
    } else if report.tier == CueTier::Speech && starts_clause(ctx, t) && unquoted {
        bare_clause_after_speech(ctx, report, in_mark)
    } else if report.tier == CueTier::Cognition && unquoted && starts_clause(ctx, t) {
        clause_after_cognition(ctx, t, b, in_mark)
    } else {
        None
    }
}

/// "Сергей Лавров напомнил — Россия не позволит ...": in Russian and
/// Ukrainian a dash after the verb opens what was said, as a colon does.
fn dash_opens_content(ctx: &Ctx, report: &Report) -> bool {
    report.cue_b < report.sent.1
        && ctx.is_dash(report.cue_b)
        && report.speaker.is_some()
        && is_cyrillic_word(ctx.word(report.verb))
}

/// Whether a comma (or a spaced dash after a word: "X - the minister
/// told Sky News.") comes right before the speaker phrase `sp` of the
/// sentence that starts at `a`, and the words before it (none without
/// one).
fn words_before_speaker_comma(ctx: &Ctx, a: usize, sp: TokenRange) -> (bool, usize) {
    let comma = sp.0 > a
        && (ctx.is_punct(sp.0 - 1, ",")
            || (sp.0 > a + 1 && spaced_dash(ctx, sp.0 - 1) && !speaks_to_or_as_self(ctx, sp)));
    let words = if comma { ctx.words_in(a, sp.0 - 1) } else { 0 };
    (comma, words)
}

/// "X ..., said the minister.": the clause before the verb.
fn content_before_inverted(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let a = report.sent.0;
    // Russian and Ukrainian set the author's words off with a comma and a
    // dash even without quote marks: "X, — подчеркнул президент."
    // (Quoted words before the comma are direct speech, read elsewhere.)
    let after_comma = report.before_cue.is_some_and(|p| {
        ctx.is_punct(p, ",")
            || (ctx.is_dash(p)
                && p > a + 1
                && ctx.is_punct(p - 1, ",")
                && !ctx.is_quote_mark(p - 2)
                && in_mark.get(p - 2) == Some(&NONE)
                && is_cyrillic_word(ctx.word(report.verb)))
            || spaced_dash_after_words(ctx, p, a, in_mark)
    });
    if !((after_comma || object_first_to_the_end(ctx, report))
        && ctx.words_in(a, report.cue_a) >= 3)
    {
        return None;
    }
    // "Смотрите в этом выпуске: цели неизменны, заявил Путин; ...": what
    // was said starts after the last colon before it (outside quotation
    // marks), and in the list a colon opens, after the last semicolon,
    // when three words are left ("A; B, said X" alone is all X's).
    let unquoted = |k: usize| in_mark.get(k).is_none_or(|&m| m == NONE);
    let colon = (a..report.cue_a)
        .rev()
        .find(|&k| ctx.is_punct(k, ":") && unquoted(k) && ctx.words_in(k + 1, report.cue_a) >= 3);
    let a = colon.map_or(a, |c| {
        (c + 1..report.cue_a)
            .rev()
            .find(|&k| {
                ctx.is_punct(k, ";") && unquoted(k) && ctx.words_in(k + 1, report.cue_a) >= 3
            })
            .unwrap_or(c)
            + 1
    });
    let end = trim_end(ctx, a, report.cue_a, in_mark);
    Some((trim_start(ctx, a, end), end))
}

/// "Высокий уровень подготовки военных подчеркнул командующий Александр
/// Лапин.": Russian and Ukrainian may put what was said first and the
/// speaker last with no comma between; read so only where the speaker
/// after the verb ends the sentence (or a short phrase of where follows
/// it) and the words before the verb hold no clause, quotation or colon
/// of their own.
fn object_first_to_the_end(ctx: &Ctx, report: &Report) -> bool {
    report.speaker.is_some_and(|sp| {
        object_first_reading(
            ctx,
            report.verb,
            report.sent,
            (report.cue_a, report.cue_b),
            sp,
        ) && !report.anaphoric
    })
}

/// [`object_first_to_the_end`] for the verb at `v` (cue `cue`) of the
/// sentence `sent` and the speaker `(s0, s1)` read after it.
fn object_first_reading(
    ctx: &Ctx,
    v: usize,
    (a, b): TokenRange,
    (cue_a, cue_b): TokenRange,
    (s0, s1): TokenRange,
) -> bool {
    // The speaker ends the sentence, or only where it was said follows
    // ("... подчеркнул командующий ... на совещании").
    let setting_after = s1 < b
        && slavic_preposition(ctx, s1)
        && (s1..b).all(|i| {
            ctx.is_final(i)
                || (ctx.kind(i) == Some(TokenKind::Word)
                    && ctx.lex(i).cue.is_none()
                    && !ctx.lex(i).complementizer)
        })
        && ctx.words_in(s1, b) <= 5;
    let closes = (s1..b).all(|i| ctx.is_final(i)) || setting_after;
    // Words only (no quotation marks, commas or colons), no clause.
    let plain_before = (a..cue_a).all(|i| {
        ctx.kind(i) == Some(TokenKind::Word)
            && !ctx.lex(i).complementizer
            && ctx.lex(i).cue.is_none()
    });
    // Who speaks: a role, a full name or a body in capitals ("МИД", "ТАСС"),
    // not an object the verb took ("объявили победителей премии").
    let caps_tail = (s0..s1)
        .rev()
        .take_while(|&i| ctx.is_capitalised(i))
        .count();
    // A full name in the nominative ("Сергей Кузовлев", not "Дарье
    // Швыдкой", whom it was told, nor "Михайла Романова", whom they took
    // for one), by its given name.
    let full_name =
        caps_tail >= 2 && claimtrace_entity::is_nominative_given_name(ctx.word(s1 - caps_tail));
    let names = !slavic_preposition(ctx, s0)
        && ((s0..s1).any(|i| ctx.slavic_role_noun(i) || ctx.is_acronym(i)) || full_name);
    // "Об этом сообщил ..." reports the sentence before (read elsewhere);
    // "На вечере объявили ..." opens with where, not what.
    let anaphoric = super::slavic::opens_anaphoric(ctx, a)
        || (a + 1 < cue_a && super::slavic::opens_anaphoric(ctx, a + 1));
    let where_first = slavic_preposition(ctx, a) && !super::slavic::topic_preposition(ctx, a);
    let opening_ok = !anaphoric && !where_first;
    is_cyrillic_word(ctx.word(v))
        && s0 >= cue_b
        && closes
        && names
        && opening_ok
        && plain_before
        && ctx.words_in(a, cue_a) >= 3
        && !ctx.lex(a).pronoun
}

/// A dash at `p` that sets the author's words off from the unquoted words
/// before it, as a comma does ("... hold the country later - said Adam
/// Eberhardt.", news translated from Polish or Ukrainian writes so): a
/// spaced dash or hyphen right after a word or number (outside quotation
/// marks, when `in_mark` covers the token).
fn spaced_dash_after_words(ctx: &Ctx, p: usize, a: usize, in_mark: &[u32]) -> bool {
    p > a + 1 && spaced_dash(ctx, p) && in_mark.get(p - 1).is_none_or(|&m| m == NONE)
}

/// A dash or hyphen at `p` with a space on each side, right after a word
/// or number.
fn spaced_dash(ctx: &Ctx, p: usize) -> bool {
    p > 0
        && ctx.is_dash(p)
        && ctx.char_before(p).is_some_and(char::is_whitespace)
        && ctx.char_after(p).is_some_and(char::is_whitespace)
        && ctx.is_wordlike(p - 1)
}

/// "I" or "we" or "you" alone: after a dash inside speech ("... grants —
/// you know all about them") the words go on, nobody is quoted.
fn speaks_to_or_as_self(ctx: &Ctx, (s0, s1): TokenRange) -> bool {
    s1 == s0 + 1
        && (speaker_words()
            .first_person_subjects
            .iter()
            .chain(&content_words().non_clause_pronouns)
            .any(|w| ctx.lower_is(s0, w)))
}

/// "X, Putin said, Y." / "X, Putin said, adding ...": an attribution
/// between commas. The content is Y (from the sentence start when X is
/// a clause too), or X when a participle follows.
fn content_around_parenthetical(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let (a, b) = report.sent;
    let sp = report.speaker.unwrap_or((report.cue_a, report.cue_a));
    let (before_speaker_comma, x_words) = words_before_speaker_comma(ctx, a, sp);
    let y_start = report.cue_b + 1;
    let y_is_quote = in_mark.get(y_start).is_some_and(|&m| m != NONE);
    let y_is_frame = ctx.lex(y_start).participle;
    if before_speaker_comma && !y_is_quote && !y_is_frame {
        let end = content_end(ctx, y_start, b, in_mark);
        if ctx.words_in(y_start, end) >= 2 {
            return Some(if x_words >= 3 {
                (trim_start(ctx, a, end), end)
            } else {
                (y_start, end)
            });
        }
    } else if before_speaker_comma && y_is_frame && x_words >= 3 {
        let end = trim_end(ctx, a, sp.0 - 1, in_mark);
        return Some((trim_start(ctx, a, end), end));
    }
    None
}

/// "X, Putin said.", "X, a spokesman said on Friday.", "X, Sen. Graham
/// told reporters.", "X, lawyers for the family said.": the attribution
/// closes the sentence and the content is the clause before it; the
/// speaker takes in the noun it completes.
fn content_before_closing_attribution(
    ctx: &Ctx,
    report: &mut Report,
    in_mark: &[u32],
) -> Option<TokenRange> {
    let a = report.sent.0;
    let sp = report.speaker.unwrap_or((report.cue_a, report.cue_a));
    let sp = widen_with_of_phrase(ctx, sp, a);
    let (before_speaker_comma, x_words) = words_before_speaker_comma(ctx, a, sp);
    // "..., which had hoped to finish": a relative clause's verb reports
    // nothing of the clause its pronoun hangs on.
    let relative = ctx.lex(sp.0).relative;
    if !(before_speaker_comma && x_words >= 3) || negated_cue(ctx, report) || relative {
        return None;
    }
    let end = trim_end(ctx, a, sp.0 - 1, in_mark);
    if report.speaker.is_some() {
        report.speaker = Some(sp);
    }
    Some((trim_start(ctx, a, end), end))
}

/// "..., I will not speak in detail", "..., he did not say": a negated
/// verb closes no report of the words before it.
fn negated_cue(ctx: &Ctx, report: &Report) -> bool {
    (report.cue_a..report.cue_b).any(|i| {
        claimtrace_lexicon::ALL.iter().any(|lex| {
            lex.negators.iter().any(|n| ctx.lower_is(i, n))
                || lex
                    .trace
                    .negation_endings
                    .iter()
                    .any(|e| ctx.lower(i).ends_with(e))
        })
    })
}

/// "said: ...": the clause after the colon at `colon`, unquoted.
fn content_after_colon(ctx: &Ctx, colon: usize, b: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let start = colon + 1;
    if in_mark.get(start) != Some(&NONE) {
        return None;
    }
    let end = content_end(ctx, start, b, in_mark);
    (ctx.words_in(start, end) >= 3).then_some((start, end))
}

/// "said the decision was final": a bare clause after a verb of saying,
/// not its object ("said this during the filming", "told reporters");
/// after "told", the clause past the addressee ("told CNN he would run").
/// "Шарипков заметил их в феврале": a Russian or Ukrainian pronoun alone
/// as the object at `t` (a preposition or the end after it) stands for
/// people or things noticed, not words said.
fn pronoun_object(ctx: &Ctx, t: usize, end: usize) -> bool {
    is_cyrillic_word(ctx.word(t))
        && content_words().object_pronouns.contains(&ctx.lower(t))
        && (t + 1 >= end
            || crate::frame::is_preposition(ctx, t + 1)
            || (ctx.kind(t + 1) == Some(TokenKind::Punct) && !ctx.is_quote_mark(t + 1)))
}

fn bare_clause_after_speech(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let (v, t, b) = (report.verb, report.cue_b, report.sent.1);
    let end = content_end(ctx, t, b, in_mark);
    if pronoun_object(ctx, t, end) {
        return None;
    }
    let quoted_soon = (t..(t + 2).min(b)).any(|q| in_mark.get(q) != Some(&NONE));
    // A subject pronoun opens a clause however short ("said she felt
    // proud"); after a noun, three words may still be an object phrase.
    let min_words = if ctx.lex(t).pronoun { 3 } else { 4 };
    if !object_follows(ctx, v, t, b)
        && !quoted_soon
        && ctx.words_in(t, end) >= min_words
        && has_verbish(ctx, t, end)
    {
        return Some((t, end));
    }
    // "В РФС пообещали изучить эпизод": a promise's infinitive is what was
    // promised, however short.
    if !report.inverted
        && !quoted_soon
        && ctx.words_in(t, end) >= 2
        && promises_infinitive(ctx, v, t)
    {
        return Some((t, end));
    }
    if has_stem(ctx.word(v), &content_words().telling_verb_stems) {
        return clause_after_addressee(ctx, t, b, in_mark);
    }
    None
}

/// "Zelensky said on Friday he was still open to talks", "SkyUp said
/// late on Sunday its flight was diverted": in English a day adjunct may
/// stand between a verb that takes no object and a bare clause, which
/// opens with its subject (a pronoun, a determiner or a name) and has a
/// verb.
fn clause_after_day(ctx: &Ctx, report: &Report, in_mark: &[u32]) -> Option<TokenRange> {
    let (v, b) = (report.verb, report.sent.1);
    // Only a verb that takes no object ("said", not "will discuss today
    // Russian-American relations").
    if report.inverted
        || !objectless_verb(ctx, v)
        || !ctx.word(v).is_ascii()
        || object_follows(ctx, v, report.cue_b, b)
    {
        return None;
    }
    let t = rule_words().day_phrase_after(ctx, report.cue_b)?;
    let subject = ctx.lex(t).pronoun || ctx.lex(t).determiner || ctx.is_capitalised(t);
    if !subject || ctx.lex(t).complementizer || in_mark.get(t) != Some(&NONE) {
        return None;
    }
    let end = content_end(ctx, t, b, in_mark);
    (ctx.words_in(t, end) >= 4 && has_verbish(ctx, t + 1, end)).then_some((t, end))
}

/// A verb of promising, urging or proposing at `v` with an infinitive
/// right after it at `t` (Russian and Ukrainian: no particle marks it).
fn promises_infinitive(ctx: &Ctx, v: usize, t: usize) -> bool {
    let words = content_words();
    ctx.kind(t) == Some(TokenKind::Word)
        && words
            .intent_verb_stems
            .iter()
            .any(|s| ctx.lower(v).starts_with(s))
        && words
            .infinitive_endings
            .iter()
            .any(|e| ctx.lower(t).ends_with(e))
        && ctx.lower(t).chars().count() > 4
}

/// What follows the verb of saying at `v` (from `t`) is its object, not
/// a clause: after a verb that relays ("repeated", "cited") or takes a
/// person ("told", "asked", "urged", "called"), "said this during ...",
/// or a noun whose clause is no report ("the fact that") right after.
fn object_follows(ctx: &Ctx, v: usize, t: usize, b: usize) -> bool {
    let relays = rule_words()
        .relaying_speech_stems
        .iter()
        .any(|p| ctx.word(v).starts_with(p));
    let object_like = relays
        || (content_words().object_pronouns.contains(&ctx.word(t))
            && rule_words()
                .object_prepositions
                .iter()
                .any(|p| ctx.lower_is(t + 1, p)))
        || has_stem(ctx.word(v), &content_words().person_object_stems);
    object_like
        || (t..(t + 3).min(b)).any(|q| rule_words().unreported_clause_nouns.contains(&ctx.word(q)))
}

/// Most words of an addressee that an article or a pronoun after it ends
/// ("told the BBC the ministry ...").
const MAX_ADDRESSEE_WORDS: usize = 3;

/// "told CNN he would run": the addressee at `t` skipped, then a clause.
fn clause_after_addressee(ctx: &Ctx, t: usize, b: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let addressee =
        if ctx.lex(t).pronoun || content_words().addressee_pronouns.contains(&ctx.word(t)) {
            Some((t, t + 1))
        } else {
            ctx.np_after(t, b)
        };
    let (s0, mut t2) = addressee?;
    // "told reporters the government wants ...", "told the BBC the
    // ministry had ...": the addressee ends where an article or a subject
    // pronoun opens the clause.
    // A short addressee only ("reporters", "the BBC"; not "a few thousand
    // teachers who covered the lawn"), not past "of" ("the tale of a
    // man") nor inside a determiner ("a few").
    if let Some(k) = (s0 + 1..t2.min(s0 + MAX_ADDRESSEE_WORDS + 1)).find(|&k| {
        (ctx.lex(k).determiner || ctx.lex(k).pronoun)
            && !ctx.lex(k - 1).np_joiner
            && !ctx.lex(k - 1).determiner
    }) {
        t2 = k;
    }
    let end = content_end(ctx, t2, b, in_mark);
    let clause =
        t2 < b && in_mark.get(t2) == Some(&NONE) && starts_clause(ctx, t2) && !ctx.lex(t2).np_stop;
    (clause && ctx.words_in(t2, end) >= 4 && has_verb_or_cue(ctx, t2, end)).then_some((t2, end))
}

/// "believes the economy is strong", "I think we can win": the clause
/// after a verb of thinking at `t`.
fn clause_after_cognition(ctx: &Ctx, t: usize, b: usize, in_mark: &[u32]) -> Option<TokenRange> {
    let end = content_end(ctx, t, b, in_mark);
    let pronoun_start = ctx.lex(t).pronoun && ctx.kind(t) == Some(TokenKind::Word);
    let enough = if pronoun_start { 3 } else { 4 };
    let clause = ctx.words_in(t, end) >= enough
        && (pronoun_start || has_verbish(ctx, t, end))
        && !ctx.lex(t).np_stop;
    clause.then_some((t, end))
}

/// "While Comey said that X, he said Y": a report whose speaker opens a
/// subordinate clause ends at the clause's comma.
fn end_of_subordinate_report(
    ctx: &Ctx,
    report: &Report,
    (cs, ce): TokenRange,
    in_mark: &[u32],
) -> TokenRange {
    let a = report.sent.0;
    let subordinate = report.speaker.is_some_and(|sp| {
        sp.0 > a
            && rule_words()
                .subordinating_conjunctions
                .iter()
                .any(|w| ctx.lower_is(sp.0 - 1, w))
    });
    if subordinate && cs > report.cue_a {
        let comma = (cs..ce).find(|&i| ctx.is_punct(i, ",") && in_mark.get(i) == Some(&NONE));
        if let Some(c) = comma.filter(|&c| ctx.words_in(cs, c) >= 2) {
            return (cs, c);
        }
    }
    (cs, ce)
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

/// Whether the verb at `v` is one of `objectless_speech_stems` ("said",
/// "told", "added"), whose object is not what was said.
fn objectless_verb(ctx: &Ctx, v: usize) -> bool {
    rule_words()
        .objectless_speech_stems
        .iter()
        .any(|stem| ctx.lower(v).starts_with(stem))
}

/// Verbs of saying whose object is not what was said ("said this",
/// "told reporters", "asked him", "added"): no object content.
fn takes_no_object(verb: &str) -> bool {
    let v = verb.to_ascii_lowercase();
    let words = rule_words();
    words
        .objectless_speech_stems
        .iter()
        .chain(&words.preposition_only_speech_stems)
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
    if has_stem(&verb, &content_words().citing_verb_stems) {
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
    if pronoun_object(ctx, t, end) {
        return None;
    }
    if rule_words()
        .naming_verb_stems
        .iter()
        .any(|p| verb.starts_with(p))
    {
        // Naming ("a group called X") is not speech: require a particle
        // ("called on/for"), a quotation or a predicate noun ("a liar").
        let particle = cue.1 > v + 1;
        let predicate = (t..(t + 6).min(end)).any(|q| {
            in_mark.get(q).is_some_and(|&m| m != NONE)
                || content_words()
                    .indefinite_articles
                    .iter()
                    .any(|w| ctx.lower_is(q, w))
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
        content: (past_addressee(ctx, t, end), end),
        cue: Some(cue),
        speaker,
        inherit_from: None,
        within: None,
    })
}

/// "доложил президенту о развитии ...", "проинформировал Владимира
/// Путина об итогах ...": the addressee between a Russian or Ukrainian
/// verb and the preposition of what was said is not what was said; the
/// content starts at the preposition.
pub(super) fn past_addressee(ctx: &Ctx, t: usize, end: usize) -> usize {
    let Some(p) = (t + 1..end.min(t + 4)).find(|&p| topic_preposition(ctx, p)) else {
        return t;
    };
    // A person: a name, or a dative pronoun or role noun ("мне",
    // "президенту"); not a thing in the accusative ("правду о ...").
    let person = |i: usize| {
        let w = ctx.word(i);
        is_cyrillic_word(w)
            && (ctx.is_capitalised(i)
                || (is_dative_phrase(ctx, (i, i + 1))
                    && (rule_words()
                        .dative_pronouns
                        .iter()
                        .any(|d| ctx.lower_is(i, d))
                        || role_noun_at(ctx, i))))
    };
    if (t..p).all(person) {
        p
    } else {
        t
    }
}
