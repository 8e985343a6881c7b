//! What each quote attributes (its `type`): speech, a document's words, a
//! belief, or a perception or finding; and reported "speech" whose cue is
//! an ordinary action is dropped.
//!
//! The type is read from the cue's words (the verbs of saying, thinking
//! and finding of every language's lexicon) and the speaker's head noun
//! ("the report says" is a document's words). A reading of reported speech
//! whose cue holds no reporting word at all ("posted a photo", "ruled out
//! a comeback", "pushed through the law") reports no words, belief or
//! finding: it is an action, and it is removed. Quotation marks attest
//! words, so direct, partial and mixed quotes always stay (as speech when
//! their cue says nothing more).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use claimtrace_core::{AttributionType, Quote, QuoteKind, SpanText};

use crate::lexicon::{lookup, CueTier};

/// Words of every lexicon that make a cue's or speaker's type.
struct TypeWords {
    finding: HashSet<&'static str>,
    document: HashSet<&'static str>,
    /// Nouns of saying without a verb ("in a statement", "his remarks").
    said: HashSet<&'static str>,
    /// Two-word openers of a source phrase ("according to", "по словам").
    source_phrases: HashSet<(&'static str, &'static str)>,
    /// Verb stems and the objects that make them actions ("claimed the
    /// title").
    action_objects: Vec<(&'static str, &'static [&'static str])>,
    /// Verb stems and the prepositions that make them actions ("отвечал
    /// за").
    action_prepositions: Vec<(&'static str, &'static [&'static str])>,
    /// Verb stems and the prepositions that make them actions ending the
    /// cue ("were called to | the scene").
    action_cue_prepositions: Vec<(&'static str, &'static [&'static str])>,
    /// Set phrases in which a verb of saying reports nothing ("as opposed
    /// to").
    idioms: Vec<&'static [&'static str]>,
    /// Every word of `idioms`.
    idiom_words: HashSet<&'static str>,
    /// Articles, "no" and possessives: a reporting word after one is a
    /// noun.
    noun_determiners: HashSet<&'static str>,
    /// Nouns of a norm or plan ("according to plan").
    norm_nouns: HashSet<&'static str>,
    /// Reporting words spelled as nouns too ("reason", "estimate").
    reporting_nouns: HashSet<&'static str>,
    /// Auxiliaries and modals: a stretch holding one is a clause.
    clause_auxiliaries: HashSet<&'static str>,
    /// Prepositions that end a verb's object ("claimed the lives | of").
    prepositions: HashSet<&'static str>,
}

fn type_words() -> &'static TypeWords {
    static WORDS: OnceLock<TypeWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let all = claimtrace_lexicon::ALL;
        TypeWords {
            said: all
                .iter()
                .flat_map(|l| l.said_nouns.iter().copied())
                .collect(),
            source_phrases: all
                .iter()
                .flat_map(|l| l.source_phrases.iter().copied())
                .collect(),
            finding: all
                .iter()
                .flat_map(|l| l.finding_verb_forms.iter().copied())
                .collect(),
            document: all
                .iter()
                .flat_map(|l| l.document_nouns.iter().copied())
                .collect(),
            action_objects: all
                .iter()
                .flat_map(|l| l.action_objects.iter().copied())
                .collect(),
            action_prepositions: all
                .iter()
                .flat_map(|l| l.action_prepositions.iter().copied())
                .collect(),
            action_cue_prepositions: all
                .iter()
                .flat_map(|l| l.action_cue_prepositions.iter().copied())
                .collect(),
            idioms: all
                .iter()
                .flat_map(|l| l.idioms_with_cues.iter().copied())
                .collect(),
            idiom_words: all
                .iter()
                .flat_map(|l| l.idioms_with_cues.iter())
                .flat_map(|idiom| idiom.iter().copied())
                .collect(),
            noun_determiners: all
                .iter()
                .flat_map(|l| l.noun_determiners.iter().copied())
                .collect(),
            norm_nouns: all
                .iter()
                .flat_map(|l| l.norm_nouns.iter().copied())
                .collect(),
            reporting_nouns: all
                .iter()
                .flat_map(|l| l.reporting_nouns.iter().copied())
                .collect(),
            clause_auxiliaries: all
                .iter()
                .flat_map(|l| l.content_rules.clause_auxiliaries.iter().copied())
                .collect(),
            prepositions: all
                .iter()
                .flat_map(|l| {
                    l.object_prepositions
                        .iter()
                        .chain(l.speaker_of_prepositions)
                        .copied()
                })
                .collect(),
        }
    })
}

fn lower_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
}

/// The type a cue gives its quote; `None` when no word of it reports
/// anything (an action).
pub(crate) fn cue_type(cue: &str) -> Option<AttributionType> {
    let words = type_words();
    let mut buf = String::new();
    let mut found = None;
    let lowered: Vec<String> = lower_words(cue).collect();
    let any = !lowered.is_empty();
    // "according to"; and the idiom "put it" ending the cue ("As one
    // analyst put it, ..."; "put it on the shoulders of" is an action).
    let idioms = &crate::speaker_words::content_words().as_report_idioms;
    let mut said = lowered.windows(2).any(|p| {
        words
            .source_phrases
            .contains(&(p[0].as_str(), p[1].as_str()))
    }) || matches!(lowered.as_slice(), [.., verb, object] if idioms.contains(&(verb.as_str(), object.as_str())));
    for (i, w) in lowered.iter().enumerate() {
        if noun_after_determiner(&lowered, i) {
            continue;
        }
        match lookup(w, &mut buf).cue {
            Some(CueTier::Speech | CueTier::QuoteOnly) => return Some(AttributionType::Speech),
            Some(CueTier::Cognition) => {
                let t = if words.finding.contains(w.as_str()) {
                    AttributionType::Perception
                } else {
                    AttributionType::Belief
                };
                // A finding outranks a belief in one cue ("believes it
                // showed").
                if found != Some(AttributionType::Perception) {
                    found = Some(t);
                }
            }
            Some(CueTier::Intent) => {
                found = found.or(Some(AttributionType::Belief));
            }
            None => said |= words.said.contains(w.as_str()),
        }
    }
    // A cue of punctuation only is the colon after a speaker ("Trump:
    // ..."), a way of saying.
    found.or((said || !any).then_some(AttributionType::Speech))
}

/// Whether the cue word `lowered[i]` is a noun that reports nothing by
/// itself: right after an article, "no" or a possessive that opens the cue
/// ("A call for", "the talk about", "a reference to"). After a verb the
/// noun is that verb's act ("issued a warning that", "made its call for",
/// "have no doubt that").
///
/// One modifier may stand between ("a possible reference to", "A key
/// reason for") when it is no reporting word itself: "the widely
/// reported" is still a verb's participle.
fn noun_after_determiner(lowered: &[String], i: usize) -> bool {
    let words = type_words();
    let w = lowered[i].as_str();
    let mut buf = String::new();
    // Not a subject and its verb ("the companies said", "a spokesman
    // says"): the word is one spelled as a noun too.
    let modifier_between = i == 2 && words.reporting_nouns.contains(w) && {
        let m = lowered[1].as_str();
        let l = lookup(m, &mut buf);
        // "The Lakers plan to", "officials hope": a plural subject.
        !m.ends_with("ed")
            && !m.ends_with("ly")
            && !m.ends_with('s')
            && l.cue.is_none()
            && !l.nominal
            && !claimtrace_entity::is_role_noun(m)
    };
    (i == 1 || modifier_between)
        && words.noun_determiners.contains(lowered[0].as_str())
        && !w.ends_with("ed")
        && !words.said.contains(w)
}

/// Whether a reading of reported speech is an ordinary action by its
/// object: the cue's verb takes one of its `action_objects` as the head
/// of a content that is no clause ("claimed her second national title in
/// 2:01", "claimed the lives of 12 people", "conceded a late penalty"; not
/// "claimed that the title was rigged", "claimed the title was rigged",
/// "called the election a sham").
fn is_action_by_object(cue: &str, content: &str) -> bool {
    let words = type_words();
    let cue_words: Vec<String> = lower_words(cue).collect();
    let Some((verb, nouns)) = cue_words.iter().enumerate().find_map(|(i, w)| {
        words
            .action_objects
            .iter()
            .find(|(stem, _)| w.starts_with(stem))
            .map(|(_, nouns)| (i, *nouns))
    }) else {
        return false;
    };
    // The object inside the cue: "spoke fluent Russian with | the guards".
    if cue_words[verb + 1..]
        .iter()
        .take(3)
        .any(|w| nouns.contains(&w.as_str()))
    {
        return true;
    }
    let mut buf = String::new();
    let first_phrase = content.split([',', ';', '—', '–']).next().unwrap_or("");
    // The object ends at a preposition or at a conjunction that opens a
    // second predicate ("speaks Russian and has lived in Moscow").
    let conjunctions = &crate::speaker_words::content_words().predicate_conjunctions;
    let object: Vec<String> = lower_words(first_phrase)
        .take_while(|w| {
            !words.prepositions.contains(w.as_str()) && !conjunctions.contains(&w.as_str())
        })
        .take(5)
        .collect();
    let clause = object
        .first()
        .is_some_and(|w| lookup(w, &mut buf).complementizer)
        || object
            .iter()
            .any(|w| words.clause_auxiliaries.contains(w.as_str()));
    // The noun ends the object: "called the election a sham" names. Or it
    // is one of the first two words of the verb's direct object, with
    // words after it that are no clause ("spoke fluent Ukrainian as a
    // child"; not a topic after a preposition: "spoke about the Russian
    // invasion").
    let is_noun = |w: &String| nouns.contains(&w.as_str());
    let direct_object = cue_words
        .last()
        .is_some_and(|w| !words.prepositions.contains(w.as_str()));
    !clause
        && (object.last().is_some_and(is_noun)
            || (direct_object && object.iter().take(2).any(is_noun)))
}

/// Whether a reading of reported speech is an ordinary action by the
/// preposition its content opens with: "отвечал за установку елки" (was
/// in charge of), "відповідає за безпеку", "will answer for it".
fn is_action_by_preposition(cue: &str, content: &str) -> bool {
    let words = type_words();
    let Some(first) = lower_words(content).next() else {
        return false;
    };
    let cue_words: Vec<String> = lower_words(cue).collect();
    let n = cue_words.len();
    cue_words.iter().enumerate().any(|(i, w)| {
        let opens_content = words
            .action_prepositions
            .iter()
            .any(|(stem, preps)| w.starts_with(stem) && preps.contains(&first.as_str()));
        // The preposition ends the cue right after the verb ("were called
        // to | the scene").
        let ends_cue = i + 2 == n
            && cue_words.last().is_some_and(|last| {
                words
                    .action_cue_prepositions
                    .iter()
                    .any(|(stem, preps)| w.starts_with(stem) && preps.contains(&last.as_str()))
            });
        opens_content || ends_cue
    })
}

/// Whether the cue is a word of a set phrase that reports nothing ("as
/// opposed to the show of weapons", "so to speak"): the phrase's words in
/// a row among the three words before the cue, the cue's and the three
/// after, one of them the cue's. Reads a few dozen bytes on each side.
fn in_an_idiom(text: &str, cue: &SpanText) -> bool {
    const SIDE: usize = 48;
    // Most cues ("said") are in no set phrase: nothing more to read.
    let words = type_words();
    let cue_words: Vec<String> = lower_words(&cue.text).collect();
    if !cue_words
        .iter()
        .any(|w| words.idiom_words.contains(w.as_str()))
    {
        return false;
    }
    let before = text.get(..cue.start).unwrap_or("");
    let mut from = cue.start.saturating_sub(SIDE).min(before.len());
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let after = text.get(cue.end..).unwrap_or("");
    let mut to = SIDE.min(after.len());
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    let mut seq: Vec<String> = lower_words(before.get(from..).unwrap_or("")).collect();
    let lead = seq.len().min(3);
    seq.drain(..seq.len() - lead);
    let cue_range = lead..lead + cue_words.len();
    seq.extend(cue_words);
    seq.extend(lower_words(after.get(..to).unwrap_or("")).take(3));
    words.idioms.iter().any(|idiom| {
        seq.windows(idiom.len()).enumerate().any(|(at, w)| {
            w.iter().zip(idiom.iter()).all(|(a, b)| a == b)
                && at < cue_range.end
                && at + idiom.len() > cue_range.start
        })
    })
}

/// Whether a reading after a parenthetical attribution is the reporter's
/// own adjunct clause, not a report: "Russian troops captured Melitopol,
/// Interfax said, as Moscow launched attacks on several cities". What was
/// said is the clause before the speaker; an adjunct opener right after
/// "said," starts the reporter's clause (not "Zalewski added: After all,
/// ...", nor "Rinkēvičs said while the US had ..., the EU did not", nor
/// "..., the agency said, since they need only be sent by train": the
/// speaker's reason goes on).
fn adjunct_after_parenthetical(text: &str, q: &Quote, cue: &SpanText) -> bool {
    let (Some(speaker_start), Some(speaker_end)) = (q.speaker.start, q.speaker.end) else {
        return false;
    };
    if speaker_end > cue.start || q.start < cue.end || !q.text.starts_with(char::is_lowercase) {
        return false;
    }
    let parenthetical = text
        .get(..speaker_start)
        .is_some_and(|before| before.trim_end().ends_with(','))
        && text
            .get(cue.end..q.start)
            .is_some_and(|gap| gap.trim() == ",");
    let openers = &crate::speaker_words::content_words().reporter_adjunct_openers;
    parenthetical
        && lower_words(&q.text)
            .next()
            .is_some_and(|w| openers.contains(&w.as_str()))
}

/// Whether a reading of a source phrase ("according to") names a norm or
/// a plan, not a source: its speaker's first noun or head ("rules devised
/// by ...", "the General Staff's plan"), or, when the content starts right
/// after the cue (`adjacent`), one of the content's first words
/// ("according to | the law we are obliged to ..."). Any reader's reading
/// is checked, the rules' and the tagger's alike.
fn according_to_a_norm(cue: &str, speaker: Option<&str>, content: &str, adjacent: bool) -> bool {
    let words = type_words();
    let cue_words: Vec<String> = lower_words(cue).collect();
    let source_phrase = cue_words.windows(2).last().is_some_and(|p| {
        words
            .source_phrases
            .contains(&(p[0].as_str(), p[1].as_str()))
    });
    if !source_phrase {
        return false;
    }
    let nouns = |text: &str| {
        lower_words(text)
            .filter(|w| !words.noun_determiners.contains(w.as_str()))
            .collect::<Vec<String>>()
    };
    let norm = |w: &String| words.norm_nouns.contains(w.as_str());
    let speaker_norm = speaker.is_some_and(|s| {
        let n = nouns(s);
        n.first().is_some_and(norm) || n.last().is_some_and(norm)
    });
    speaker_norm || (adjacent && nouns(content).iter().take(3).any(norm))
}

/// Whether a speaker's words name a document ("the report", "a new
/// study", "the ministry's statement", "the report of the commission",
/// "заявлении министерства", "новом докладе ООН"): its last word, its
/// last before a preposition, or, in Russian and Ukrainian, one of its
/// first two (a genitive complement follows its head).
fn is_document(speaker: &str) -> bool {
    let words = type_words();
    let all: Vec<String> = lower_words(speaker).collect();
    let head_part = match all
        .iter()
        .skip(1)
        .position(|w| words.prepositions.contains(w.as_str()))
    {
        Some(p) => &all[..=p],
        None => &all[..],
    };
    let is_doc = |w: &String| words.document.contains(w.as_str());
    let cyrillic = |w: &String| w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    all.last().is_some_and(is_doc)
        || head_part.last().is_some_and(is_doc)
        || all.iter().take(2).any(|w| cyrillic(w) && is_doc(w))
}

/// The cue's words, after the speaker's when the speaker is an article
/// and one word right before a cue that opens with a reporting noun: a
/// reader that split "A key | reason for" or "a possible | reference to"
/// into speaker and cue read a noun phrase, which `noun_after_determiner`
/// then sees whole. (A lone possessive is its owner: "our | hope is
/// that".)
fn with_article_before<'t>(text: &str, q: &Quote, cue: &'t SpanText) -> Cow<'t, str> {
    let words = type_words();
    let plain = || Cow::Borrowed(cue.text.as_str());
    let (Some(start), Some(end), Some(speaker)) =
        (q.speaker.start, q.speaker.end, q.speaker.text.as_deref())
    else {
        return plain();
    };
    // Most cues ("said") open with no reporting noun: nothing more to read.
    let noun_cue = lower_words(&cue.text)
        .next()
        .is_some_and(|w| words.reporting_nouns.contains(w.as_str()));
    let adjacent = start < end
        && end <= cue.start
        && text
            .get(end..cue.start)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace));
    if !(noun_cue && adjacent) {
        return plain();
    }
    // "The Lakers | plan to" names a subject.
    let named = speaker
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let lowered: Vec<String> = lower_words(speaker).collect();
    let article_led =
        !named && lowered.len() == 2 && words.noun_determiners.contains(lowered[0].as_str());
    if article_led {
        Cow::Owned(format!("{speaker} {}", cue.text))
    } else {
        plain()
    }
}

/// Whether the cue opens its sentence with a capitalised word that is no
/// participle or pronoun ("Observe", "Learn", "Hopes of"; not "Noting",
/// "Asked", "It is thought").
fn imperative_opener(text: &str, cue: &SpanText) -> bool {
    /// Most characters of space read back to the sentence's end.
    const MAX_GAP: usize = 8;
    let first = cue.text.split_whitespace().next().unwrap_or("");
    // "It is thought that ...": an agentless report keeps its subject.
    let mut buf = String::new();
    if !first.starts_with(char::is_uppercase)
        || lookup(first, &mut buf).pronoun
        || first.ends_with("ing")
        || first.ends_with("ed")
        || first.chars().all(char::is_uppercase)
    {
        return false;
    }
    let before = text.get(..cue.start).unwrap_or("");
    let trimmed = before.trim_end();
    if before.len() - trimmed.len() > MAX_GAP {
        return false;
    }
    let gap = before.get(trimmed.len()..).unwrap_or("");
    trimmed.is_empty() || gap.contains('\n') || trimmed.ends_with(['.', '!', '?'])
}

/// Sets each quote's type, and removes reported speech whose cue is an
/// ordinary action when `drop_actions` (the document's language has a
/// full lexicon of reporting words; elsewhere an unknown cue may be one).
pub(crate) fn apply(quotes: &mut Vec<Quote>, text: &str, drop_actions: bool) {
    let mut dropped: HashSet<String> = HashSet::new();
    quotes.retain_mut(|q| {
        let from_cue = q
            .cue
            .as_ref()
            .map(|c| cue_type(&with_article_before(text, q, c)));
        let action = q.kind == QuoteKind::Indirect
            && q.cue.as_ref().is_some_and(|c| {
                // Content before its cue ("Its brands, well-known ..., have
                // continued to perform"): an infinitive after the cue is
                // what the verb goes on doing (not "..., a reporter
                // reported from Kyiv").
                let after = text.get(c.end..).unwrap_or("");
                let infinitive = lower_words(after).next().is_some_and(|w| {
                    crate::speaker_words::content_words()
                        .infinitive_markers
                        .contains(&w.as_str())
                });
                let opening = if q.end <= c.start && infinitive {
                    after
                } else {
                    q.text.as_str()
                };
                (drop_actions && is_action_by_object(&c.text, &q.text))
                    || is_action_by_preposition(&c.text, opening)
                    || in_an_idiom(text, c)
                    || adjunct_after_parenthetical(text, q, c)
                    || according_to_a_norm(
                        &c.text,
                        q.speaker.text.as_deref(),
                        &q.text,
                        text.get(c.end..q.start)
                            .is_some_and(|gap| gap.trim().is_empty()),
                    )
            });
        let t = match from_cue {
            Some(Some(_)) if action => {
                dropped.insert(q.id.clone());
                return false;
            }
            // An imperative or a noun phrase opening a sentence, with no
            // one to say it ("Observe a minute silence", "Learn to ...",
            // "Hopes of a truce"), is no report; a participle is ("Noting
            // that ..., NASA said").
            Some(_)
                if q.kind == QuoteKind::Indirect
                    && drop_actions
                    && q.speaker.text.is_none()
                    && q.cue.as_ref().is_some_and(|c| imperative_opener(text, c)) =>
            {
                dropped.insert(q.id.clone());
                return false;
            }
            Some(Some(t)) => t,
            Some(None) if q.kind == QuoteKind::Indirect && drop_actions => {
                dropped.insert(q.id.clone());
                return false;
            }
            // Unmarked words with neither cue nor speaker report nothing
            // (a transcript's turn has its speaker).
            None if q.kind == QuoteKind::Indirect
                && drop_actions
                && q.speaker.text.is_none()
                && q.speaker.name.is_none() =>
            {
                dropped.insert(q.id.clone());
                return false;
            }
            _ => AttributionType::Speech,
        };
        // The resolved name first: "It said" stands for "the report".
        let speaker = q.speaker.name.as_deref().or(q.speaker.text.as_deref());
        q.attribution = match t {
            AttributionType::Speech if speaker.is_some_and(is_document) => {
                AttributionType::Document
            }
            t => t,
        };
        true
    });
    if !dropped.is_empty() {
        for q in quotes.iter_mut() {
            if q.within.as_ref().is_some_and(|w| dropped.contains(w)) {
                q.within = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An indirect quote of `text` with content `content` and cue `cue`
    /// (both found in `text`).
    fn reading(text: &str, content: &str, cue: &str) -> Quote {
        let start = text.find(content).unwrap_or(0);
        let cue_start = text.find(cue).unwrap_or(0);
        Quote {
            id: "q1".into(),
            kind: QuoteKind::Indirect,
            start,
            end: start + content.len(),
            text: content.into(),
            cue: Some(SpanText {
                start: cue_start,
                end: cue_start + cue.len(),
                text: cue.into(),
            }),
            ..Quote::default()
        }
    }

    #[test]
    fn continue_before_an_infinitive_reports_nothing_on_either_side() {
        // The tagger may read the words before "have continued to ..." as
        // what was said: the verb goes on doing something.
        let text = "Its cheeses, popular in France and abroad, have continued to sell well.";
        let mut quotes = vec![reading(
            text,
            "popular in France and abroad",
            "have continued",
        )];
        apply(&mut quotes, text, true);
        assert!(quotes.is_empty(), "{quotes:#?}");
        // "reported from" after the words reports them.
        let text = "The river has burst its banks, a correspondent reported from the town.";
        let mut quotes = vec![reading(text, "The river has burst its banks", "reported")];
        apply(&mut quotes, text, true);
        assert_eq!(quotes.len(), 1, "{quotes:#?}");
    }

    #[test]
    fn cues_give_their_type() {
        let t = |c: &str| cue_type(c);
        assert_eq!(t("said"), Some(AttributionType::Speech));
        assert_eq!(t("told reporters"), Some(AttributionType::Speech));
        assert_eq!(t("has tweeted"), Some(AttributionType::Speech));
        assert_eq!(t("according to"), Some(AttributionType::Speech));
        assert_eq!(t(":"), Some(AttributionType::Speech));
        assert_eq!(t("по словам"), Some(AttributionType::Speech));
        assert_eq!(t("believes"), Some(AttributionType::Belief));
        assert_eq!(t("hopes"), Some(AttributionType::Belief));
        assert_eq!(t("plans"), Some(AttributionType::Belief));
        assert_eq!(t("found"), Some(AttributionType::Perception));
        assert_eq!(t("knows"), Some(AttributionType::Perception));
        assert_eq!(t("showed"), Some(AttributionType::Perception));
        assert_eq!(t("заявил"), Some(AttributionType::Speech));
        assert_eq!(t("miscounted"), None);
        assert_eq!(t("ruled out"), None);
        assert_eq!(t("were closed down"), None);
        // A noun after an article and a modifier reports nothing by itself.
        assert_eq!(t("a possible reference"), None);
        assert_eq!(t("A key reason for"), None);
        assert_eq!(t("the widely reported"), Some(AttributionType::Speech));
        assert_eq!(t("a spokesperson saying"), Some(AttributionType::Speech));
        assert_eq!(t("a spokesman says"), Some(AttributionType::Speech));
        assert_eq!(t("the companies plan"), Some(AttributionType::Belief));
        assert_eq!(t("an original estimate of"), None);
    }

    #[test]
    fn an_object_of_winning_or_scoring_makes_the_verb_an_action() {
        assert!(is_action_by_object(
            "claimed",
            "her second national title in 2:01.4"
        ));
        assert!(is_action_by_object("has claimed", "the lives of 12 people"));
        assert!(is_action_by_object(
            "claimed",
            "responsibility for the bombing"
        ));
        assert!(!is_action_by_object("claimed", "victory in the dispute"));
        assert!(is_action_by_object(
            "spoke fluent Russian with",
            "the guards"
        ));
        assert!(!is_action_by_object("spoke with", "the guards"));
        assert!(is_action_by_object("defended", "his heavyweight title"));
        assert!(is_action_by_object(
            "conceded",
            "a late penalty at the breakdown"
        ));
        // A clause, a "that" clause, a naming, another verb: reports.
        assert!(!is_action_by_object(
            "claimed",
            "the title was rigged by the federation"
        ));
        assert!(!is_action_by_object(
            "claimed",
            "that the penalty was never a foul"
        ));
        assert!(!is_action_by_object("called", "the election a sham"));
        assert!(!is_action_by_object("said", "the title"));
        assert!(!is_action_by_object("claimed", "the government had lied"));
    }

    #[test]
    fn unmarked_words_with_neither_cue_nor_speaker_are_dropped_in_english() {
        let text = "The shops offer goods and services on offer. Kyiv said so.";
        let bare = Quote {
            id: "q1".into(),
            kind: QuoteKind::Indirect,
            start: 16,
            end: 43,
            text: "goods and services on offer".into(),
            ..Default::default()
        };
        let turn = Quote {
            id: "q2".into(),
            speaker: claimtrace_core::Speaker {
                name: Some("Kyiv".into()),
                text: Some("Kyiv".into()),
                ..Default::default()
            },
            ..bare.clone()
        };
        let mut quotes = vec![bare.clone(), turn];
        apply(&mut quotes, text, true);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].id, "q2");
        // Where the lexicon is not full, an unlisted cue may be one.
        let mut quotes = vec![bare];
        apply(&mut quotes, text, false);
        assert_eq!(quotes.len(), 1);
    }

    #[test]
    fn an_imperative_opening_a_sentence_is_told_from_a_participle() {
        let at = |text: &str, cue: &str| {
            let start = text.find(cue).unwrap_or(0);
            imperative_opener(
                text,
                &SpanText {
                    start,
                    end: start + cue.len(),
                    text: cue.into(),
                },
            )
        };
        assert!(at("Flags flew. Observe a minute of silence.", "Observe"));
        assert!(at("Read on to see the picks.", "Read on to see"));
        assert!(at("Markets\n\nHopes of a truce lifted stocks.", "Hopes of"));
        assert!(!at(
            "Noting that the bacteria survive, NASA said ...",
            "Noting"
        ));
        assert!(!at("Asked about the deal, he smiled.", "Asked"));
        assert!(!at("It is thought that prices will rise.", "It is thought"));
        assert!(!at("The mayor said so.", "said"));
    }

    #[test]
    fn document_speakers_are_documents() {
        assert!(is_document("the report"));
        assert!(is_document("A new study"));
        assert!(is_document("the ministry's statement"));
        assert!(!is_document("the minister"));
        assert!(!is_document("Maria Zakharova"));
    }
}
