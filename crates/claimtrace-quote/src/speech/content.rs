//! Where reported content starts and ends, and crude tests of what a
//! stretch of tokens is (a clause, an adjunct).

use claimtrace_core::TokenKind;

use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::speaker_words::{content_words, speaker_words};

use super::words::rule_words;
use super::NONE;

/// One past the last token of reported content that starts at `start`:
/// the sentence end, a semicolon, or a comma that opens another
/// attribution (", and, according to Psaki," / ", adding that").
pub(super) fn content_end(ctx: &Ctx, start: usize, sb: usize, in_mark: &[u32]) -> usize {
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
            // "... and tells the crowd ...", "..., и добавил, что ...": a
            // second reporting verb coordinated with the first starts a
            // report of its own (in Russian and Ukrainian a verb form:
            // past or plural, not a noun).
            // (Longer than a preposition: "в" ends as "заявив" does.)
            let slavic_verb = || {
                ctx.word(k + 1).chars().count() > 3
                    && (ctx.gendered_past_verb(k + 1)
                        || super::slavic::slavic_plural_verb(ctx.word(k + 1)))
            };
            if k > start
                && (content_words()
                    .predicate_conjunctions
                    .iter()
                    .any(|c| ctx.lower_is(k, c))
                    || (ctx.is_np_conjunction(k) && slavic_verb()))
                && ctx.lex(k + 1).cue.is_some()
                && !ctx.is_capitalised(k + 1)
            {
                break;
            }
            // "ответили, что «...» — и попросили уйти": after a dash, "и"
            // and a verb is the speaker's next act, whatever the verb (in
            // a "что" clause; after "по его словам" it is still reported).
            if k > start + 1
                && ctx.lex(start).complementizer
                && ctx.is_dash(k - 1)
                && ctx.is_np_conjunction(k)
                && slavic_verb()
                && !ctx.is_capitalised(k + 1)
            {
                break;
            }
            if ctx.is_punct(k, ",") && comma_ends_content(ctx, k, sb, false) {
                break;
            }
            // "..., and Democrats accused the GOP of ...": a clause
            // joined to the content with a subject and a verb of saying
            // of its own is another report, not more of this one.
            if k > start && joins_another_report(ctx, k, sb) {
                break;
            }
        } else if k > start
            && ctx.is_quote_mark(k)
            && ctx.is_punct(k - 1, ",")
            && in_mark.get(k - 1).is_some_and(|&m| m != NONE)
            && comma_ends_content(ctx, k, sb, true)
        {
            // '... "to serve as president," while 73 percent said ...':
            // the comma that ends the content sits inside the quotation
            // marks (American style); the content keeps the closing mark.
            k += 1;
            break;
        }
        k += 1;
    }
    trim_end(ctx, start, k, in_mark)
}

/// A conjunction at `k` ("and", "but", "while") that joins a clause with
/// its own subject and a verb of saying to the content: "they're convinced
/// ... and Democrats accused the GOP of ...".
pub(super) fn joins_another_report(ctx: &Ctx, k: usize, sb: usize) -> bool {
    let conjunction = rule_words()
        .report_joining_conjunctions
        .iter()
        .any(|c| ctx.lower_is(k, c));
    // "that although Ukraine said ...": a clause opening the content is
    // part of it.
    let opens_content = k == 0 || ctx.lex(k - 1).complementizer;
    if !conjunction || opens_content || ctx.lex(k + 1).np_stop && !ctx.lex(k + 1).determiner {
        return false;
    }
    ctx.np_after(k + 1, sb).is_some_and(|(s, v)| {
        let l = ctx.lex(v);
        // Someone who can speak: a name, a personal pronoun, a person or
        // a role ("Democrats", "they", "critics"), not "foul talk" or
        // "his rubble comment" (a noun of saying read as the verb).
        let speaker = ctx.is_capitalised(s)
            || (v - s == 1 && ctx.lex(s).personal)
            || super::antecedent::is_role_or_person_noun(ctx, v - 1);
        // A finite verb: a past form or "says", not a noun ("talk").
        let finite = ctx.past_verb(v) || rule_words().say_forms.iter().any(|w| ctx.lower_is(v, w));
        v < sb
            && v - s <= 4
            && speaker
            && finite
            && matches!(l.cue, Some(CueTier::Speech | CueTier::QuoteOnly))
            && !l.participle
            && !ctx.is_capitalised(v)
    })
}

/// A comma at `k` that ends reported content: one before another
/// attribution (", according to Psaki", ", adding that"), a contrasting
/// clause, or the sentence's own closing attribution. After a closing
/// quotation mark (`quoted`, the comma inside it), a verb of saying next
/// is the quotation's own frame ('the "Playbook," told Fox'), not a report
/// that ends this content: only the first two kinds count.
fn comma_ends_content(ctx: &Ctx, k: usize, sb: usize, quoted: bool) -> bool {
    // "according (to)": the English source phrases' first words.
    let opens_source_phrase = |q: usize| {
        claimtrace_lexicon::EN
            .source_phrases
            .iter()
            .any(|(first, _)| ctx.lower_is(q, first))
    };
    let mut q = k + 1;
    while q < sb
        && q < k + 4
        && (ctx.is_punct(q, ",") || ctx.lex(q).np_stop && !opens_source_phrase(q))
    {
        q += 1;
    }
    let next_is_frame =
        opens_source_phrase(q) || (ctx.lex(q).participle && ctx.lex(q).cue.is_some());
    // ", but Cook did not say when", ", however this time ...":
    // a contrasting clause is the reporter's, not the speaker's.
    // Not "..., but that Russians will ...", a second clause of the same
    // verb (a coordinating "but"; "though that number" is no clause); nor,
    // after a quotation, '..., but "they will not ..."', more of the same
    // quoted words.
    let second_clause = content_words()
        .predicate_conjunctions
        .iter()
        .any(|c| ctx.lower_is(k + 1, c))
        && ctx.lex(k + 2).complementizer;
    let contrast = rule_words()
        .contrast_conjunctions
        .iter()
        .any(|c| ctx.lower_is(k + 1, c))
        && !second_clause
        && !(quoted && ctx.is_quote_mark(k + 2));
    // "..., sources said." / "..., a spokesman announced Monday
    // morning.": the sentence's own attribution closes it; what
    // comes before is its content, not this report's.
    let final_attribution = || {
        ctx.np_after(k + 1, sb).is_some_and(|(_, v)| {
            let l = ctx.lex(v);
            l.cue.is_some()
                && !l.participle
                && (v + 1 >= sb || ctx.is_final(v + 1) || adjunct_to_end(ctx, v + 1, sb))
        })
    };
    // ", who declined to be identified, said the deal was close": a verb
    // of saying right after the comma is the sentence's own (or an
    // inverted attribution's, ", said Smith").
    let saying_next = {
        let l = ctx.lex(k + 1);
        l.cue == Some(CueTier::Speech)
            && !l.participle
            && ctx.kind(k + 1) == Some(TokenKind::Word)
            && !ctx.is_capitalised(k + 1)
    };
    next_is_frame || contrast || !quoted && (saying_next || final_attribution())
}

/// Drops trailing sentence punctuation, keeping a closing quotation mark
/// whose quote opened inside the content.
pub(super) fn trim_end(ctx: &Ctx, start: usize, mut end: usize, in_mark: &[u32]) -> usize {
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
pub(super) fn trim_start(ctx: &Ctx, mut start: usize, end: usize) -> usize {
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
/// Post on Thursday."): a few words, no verb, no comma, no quotation. A
/// participle that only describes the adjunct's noun ("said in a statement
/// posted on Facebook", "in its report released on Thursday") is no verb
/// of a clause.
pub(super) fn adjunct_to_end(ctx: &Ctx, t: usize, b: usize) -> bool {
    const MAX_WORDS: usize = 8;
    let mut words = 0;
    let mut verbish = false;
    for i in t..b {
        if ctx.is_final(i) {
            break;
        }
        if ctx.is_wordlike(i) {
            words += 1;
            if words > MAX_WORDS {
                return false;
            }
        }
        let describes = describes_adjunct_noun(ctx, t, i);
        verbish |= !describes && verbish_at(ctx, t, i);
        // "in its quarterly report": a reporting word there is a noun.
        let noun = i > t
            && opens_with_setting(ctx, t)
            && (ctx.lex(i - 1).determiner
                || rule_words()
                    .noun_slot_words
                    .iter()
                    .any(|x| ctx.lower_is(i - 1, x))
                || after_determined_ly_word(ctx, i, t));
        if noun || describes {
            continue;
        }
        let l = ctx.lex(i);
        if ctx.is_quote_mark(i) || ctx.is_punct(i, ",") || l.cue.is_some() || l.complementizer {
            return false;
        }
    }
    words > 0 && !verbish
}

/// Whether the English word at `i` ends as a participle does
/// (`participle_endings`: "saying", "rising").
pub(super) fn english_participle(ctx: &Ctx, i: usize) -> bool {
    ctx.word(i).is_ascii()
        && content_words()
            .participle_endings
            .iter()
            .any(|e| ctx.lower(i).ends_with(e))
}

/// Whether `word` ends as an adverb does (`adverb_endings`: "widely").
pub(super) fn ends_as_adverb(word: &str) -> bool {
    content_words()
        .adverb_endings
        .iter()
        .any(|e| word.ends_with(e))
}

/// "its quarterly report", "the widely reported": a reporting word after
/// a determiner or a possessive and an `-ly` word that is no noun ("the
/// family said", "her family said", "the daily reported") is a noun or a
/// modifier.
pub(super) fn after_determined_ly_word(ctx: &Ctx, v: usize, a: usize) -> bool {
    if v < a + 2 || ctx.is_capitalised(v - 1) || !ends_as_adverb(ctx.word(v - 1)) {
        return false;
    }
    let possessive = rule_words()
        .noun_slot_words
        .iter()
        .any(|x| ctx.lower_is(v - 2, x));
    let noun = claimtrace_lexicon::ALL.iter().any(|lex| {
        lex.nouns_with_adverb_endings
            .iter()
            .any(|n| ctx.lower_is(v - 1, n))
    });
    !noun && (possessive || ctx.lex(v - 2).determiner)
}

/// Whether the words at `t` open a setting ("in", "on", "during").
fn opens_with_setting(ctx: &Ctx, t: usize) -> bool {
    speaker_words()
        .setting_prepositions
        .iter()
        .any(|w| ctx.lower_is(t, w))
}

/// A participle inside an adjunct that opens with a preposition, right
/// after the adjunct's lower-case noun and before a preposition of place,
/// medium or author: "[in a] statement posted on", "[in its] report
/// released on", "[in a] video published by".
fn describes_adjunct_noun(ctx: &Ctx, t: usize, i: usize) -> bool {
    let rule = speaker_words();
    let is_any = |k: usize, list: &[&str]| list.iter().any(|w| ctx.lower_is(k, w));
    let participle = ctx.word(i).ends_with("ed") || ctx.lex(i).cue.is_some();
    let noun_before =
        i >= t + 2 && ctx.kind(i - 1) == Some(TokenKind::Word) && !ctx.is_capitalised(i - 1) && {
            let l = ctx.lex(i - 1);
            !l.pronoun && !l.determiner && !l.complementizer
        };
    participle
        && noun_before
        && opens_with_setting(ctx, t)
        && (is_any(i + 1, &rule.setting_prepositions)
            || is_any(i + 1, &rule.posting_medium_prepositions)
            || is_any(i + 1, &rule.author_prepositions))
}

pub(super) fn starts_clause(ctx: &Ctx, t: usize) -> bool {
    let l = ctx.lex(t);
    match ctx.kind(t) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            let w = ctx.word(t);
            // "he'd", "it's", "they're": a pronoun with a clitic.
            let clitic_pronoun = w.split(['\'', '’']).next().is_some_and(|p| {
                p.len() < w.len() && crate::lexicon::lookup(p, &mut String::new()).pronoun
            });
            let words = content_words();
            let is_any = |list: &[&str]| list.iter().any(|x| ctx.lower_is(t, x));
            let adverb = ends_as_adverb(w);
            // "said talks were at an early stage": a reporting word right
            // before an auxiliary is the clause's subject, a noun.
            let noun_subject = l.cue.is_some()
                && !l.participle
                && words.clause_auxiliaries.contains(&ctx.word(t + 1));
            noun_subject
                || (l.pronoun && !is_any(&words.non_clause_pronouns))
                || clitic_pronoun
                || l.determiner
                || ctx.is_capitalised(t)
                || is_any(&words.expletive_subjects)
                || (l.nominal && !l.np_joiner)
                || (!l.np_stop && l.cue.is_none() && !adverb && !l.relative)
        }
        _ => false,
    }
}

/// Crude test that a stretch is a clause: it holds a word that usually
/// is a verb form (an auxiliary, an `-ed`/`-s` form or an irregular finite
/// verb after its first word).
pub(super) fn has_verbish(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|i| verbish_at(ctx, a, i))
}

/// [`has_verbish`], or a verb of the lexicon after the stretch's first
/// word ("the government wants more money", "the company plans to ...").
pub(super) fn has_verb_or_cue(ctx: &Ctx, a: usize, b: usize) -> bool {
    has_verbish(ctx, a, b) || (a + 1..b).any(|k| ctx.lex(k).cue.is_some() && !ctx.is_capitalised(k))
}

/// Most tokens of a subject before an irregular finite verb that
/// [`verbish_at`] counts.
const MAX_SUBJECT_BEFORE_FINITE: usize = 4;

/// Whether token `i` of a stretch opening at `a` looks like a verb form
/// (see [`has_verbish`]).
fn verbish_at(ctx: &Ctx, a: usize, i: usize) -> bool {
    let words = content_words();
    let w = ctx.word(i);
    words.clause_auxiliaries.contains(&w)
        || (i > a
            && ctx.kind(i) == Some(TokenKind::Word)
            && !ctx.is_capitalised(i)
            && words.verb_endings.iter().any(|e| w.ends_with(e)))
        // An irregular finite verb right after a short subject ("the vote
        // felt historic"); one further on may sit in an adjunct ("more
        // than 2% after the brand took a stake").
        || (i > a && i <= a + MAX_SUBJECT_BEFORE_FINITE && rule_words().finite_verbs.contains(&w))
        || !w.is_ascii()
}
