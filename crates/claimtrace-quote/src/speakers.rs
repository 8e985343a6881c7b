//! Who a document speaks for, and speaker names made clean.
//!
//! A record may say who speaks in it: a `speaker` field (the Zelensky
//! addresses carry `"speaker": ["Володимир Зеленський"]`), or a title or
//! standfirst naming the author of an address, message or statement
//! ("Vladimir Putin sent greetings to ...", "Address by President Vladimir
//! Putin to ...", "Vladimir Putin's message to ..."). That person is the
//! speaker of the text's unattributed first-person paragraphs, of quotes
//! with no speaker, of first-person reports ("We will win") and of "The
//! message said, in part: ..." quotes.
//!
//! The same pass cleans what the rules left: one quote per span (a direct
//! and an indirect reading of the same words are one quote), no label or
//! non-name as a speaker ("Publication date:", "You", "the"), and a
//! first-person speaker of a quote inside another quote is that quote's
//! speaker.

use std::collections::HashMap;

use claimtrace_core::{
    Document, Entity, EntityType, ParagraphKind, Quote, QuoteKind, Speaker, TokenKind,
};
use claimtrace_lexicon::Office;
use claimtrace_lexicon::{RU, UK};

use crate::doc::Ctx;
use crate::speaker_words::speaker_words;
use crate::speech::collapse_whitespace;

/// Most words in an author's name read from a title ("Acting President
/// Vladimir Putin").
const MAX_AUTHOR_WORDS: usize = 6;

/// Who a document is the words of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSpeaker {
    pub name: String,
    /// Named by the record itself (its `speaker` field): the whole text is
    /// theirs. Read from a title, only first-person paragraphs are.
    pub whole_text: bool,
}

/// The speaker a record names: its `speaker` field (a name or a list of
/// names, written in Latin letters when the text is), else the author
/// its title or standfirst names.
pub fn document_speaker(doc: &Document) -> Option<DocumentSpeaker> {
    if let Some(name) = from_field(doc) {
        return Some(DocumentSpeaker {
            name,
            whole_text: true,
        });
    }
    [doc.meta.title.as_deref(), doc.meta.standfirst.as_deref()]
        .into_iter()
        .flatten()
        .find_map(author_in_title)
        .map(|(name, whole_text)| DocumentSpeaker {
            // "Address by the President of Ukraine": the person in office
            // on the record's day.
            name: holder_of_title(&name, doc.meta.date.as_deref()).map_or(name, str::to_string),
            whole_text,
        })
}

fn from_field(doc: &Document) -> Option<String> {
    let value = ["speaker", "speakers"]
        .iter()
        .find_map(|k| doc.meta.extra.get(*k))?;
    let name = match value {
        serde_json::Value::String(s) => s.clone(),
        // Several speakers: the first is the one who speaks most.
        serde_json::Value::Array(items) => items.iter().find_map(|v| v.as_str())?.to_string(),
        _ => return None,
    };
    let name = collapse_whitespace(name.trim());
    if name.is_empty() || name.chars().count() > 120 {
        return None;
    }
    Some(if is_mostly_latin(&doc.text) && has_cyrillic(&name) {
        transliterate(&name)
    } else {
        name
    })
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

/// Most letters of the text's start are Latin.
fn is_mostly_latin(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(2000) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else {
            other += 1;
        }
    }
    latin > other
}

/// A Ukrainian or Russian name in Latin letters, as the Ukrainian national
/// transliteration (2010) writes it: "Володимир Зеленський" is "Volodymyr
/// Zelenskyi", the spelling English texts use; the letters are the
/// lexicons' `transliteration` tables. "Г" is "G" in a name with letters
/// only Russian has.
pub fn transliterate(name: &str) -> String {
    // A name with letters only Russian has reads Russian first ("Г" is
    // "G"); any other, Ukrainian first. Each falls back on the other.
    let russian = name
        .chars()
        .any(|c| c.to_lowercase().any(|l| RU.letters.contains(&l)));
    let tables = if russian {
        [RU.transliteration, UK.transliteration]
    } else {
        [UK.transliteration, RU.transliteration]
    };
    let mut out = String::with_capacity(name.len() + 8);
    let mut word_start = true;
    for c in name.chars() {
        let upper = c.is_uppercase();
        let lower: char = c.to_lowercase().next().unwrap_or(c);
        let latin: Option<&str> = tables
            .iter()
            .find_map(|table| table.iter().find(|&&(letter, _, _)| letter == lower))
            .map(|&(_, first, inner)| if word_start { first } else { inner });
        match latin {
            Some(l) => {
                let mut chars = l.chars();
                if upper {
                    if let Some(first) = chars.next() {
                        out.extend(first.to_uppercase());
                    }
                }
                out.push_str(chars.as_str());
                word_start = false;
            }
            None => {
                out.push(c);
                word_start = !c.is_alphanumeric();
            }
        }
    }
    out
}

/// The author a title or standfirst names: "Vladimir Putin sent a message
/// to ...", "President Putin has sent ...", "Vladimir Putin's address to
/// ...", "Address by President of Ukraine Volodymyr Zelenskyy to ...",
/// "Message of greetings from Vladimir Putin ...", "... - address by the
/// President of Ukraine". With whether the text is the author's
/// throughout: never, for now (a release titled "Speech by X" is the
/// speech, but its sentences as quotes of X would no longer be the
/// first-hand text that a same-day news quote repeats; only a record's
/// speaker field says so).
fn author_in_title(title: &str) -> Option<(String, bool)> {
    let title = collapse_whitespace(title);
    let words: Vec<&str> = title.split(' ').collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let bare = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // A name of capitalised words (and "of" inside a title) from `from`.
    let name_from = |from: usize| -> Option<(String, usize)> {
        let mut end = from;
        while end < words.len() && end - from < MAX_AUTHOR_WORDS + 4 {
            let w = words.get(end).copied().unwrap_or("");
            let joiner = speaker_words().author_name_joiners.contains(&w) && end > from;
            if !(capitalised(w) || joiner) {
                break;
            }
            end += 1;
            // "Putin's address": the possessive ends the name.
            if w.ends_with("'s") || w.ends_with("’s") || w.ends_with(',') {
                break;
            }
        }
        while end > from && !words.get(end - 1).is_some_and(|w| capitalised(w)) {
            end -= 1;
        }
        let name: Vec<&str> = words.get(from..end)?.to_vec();
        if name.is_empty() || name.len() > MAX_AUTHOR_WORDS + 4 {
            return None;
        }
        let mut text = name.join(" ");
        for suffix in ["'s", "’s", ","] {
            if let Some(t) = text.strip_suffix(suffix) {
                text = t.to_string();
            }
        }
        // The last word of a person's name is capitalised and no text kind.
        let last = bare(text.split(' ').next_back().unwrap_or(""));
        (!speaker_words().authored_texts.contains(&last.as_str()) && !last.is_empty())
            .then_some((text, end))
    };
    // "X sent ...", "X's address ...".
    if let Some((name, end)) = name_from(0) {
        let possessive = words
            .get(end - 1)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
        let next = words.get(end).map(|w| bare(w)).unwrap_or_default();
        let next_two = format!(
            "{next} {}",
            words.get(end + 1).map(|w| bare(w)).unwrap_or_default()
        );
        let authored = if possessive {
            speaker_words().authored_texts.contains(&next.as_str())
                || words
                    .get(end..(end + 3).min(words.len()))
                    .is_some_and(|ws| {
                        ws.iter()
                            .any(|w| speaker_words().authored_texts.contains(&bare(w).as_str()))
                    })
        } else {
            speaker_words().authoring_verbs.contains(&next.as_str())
                || speaker_words().authoring_verbs.contains(&next_two.as_str())
        };
        if authored && name.split(' ').count() <= MAX_AUTHOR_WORDS + 4 && person_like(&name) {
            return Some((name, false));
        }
    }
    // "Address by X to ...", "Message of greetings from X", and the same
    // after a dash: "Every person matters - address by the President".
    let is_kind = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| speaker_words().authored_texts.contains(&bare(w).as_str()))
    };
    let is_dash = |i: usize| matches!(words.get(i).copied(), Some("-" | "–" | "—"));
    let kind_at = (0..4.min(words.len()))
        .find(|&i| is_kind(i))
        .or_else(|| (1..words.len()).find(|&i| is_dash(i - 1) && is_kind(i)))?;
    let by = (kind_at + 1..(kind_at + 5).min(words.len())).find(|&i| {
        words
            .get(i)
            .is_some_and(|w| speaker_words().author_prepositions.contains(w))
    })?;
    // "by the President of Ukraine": the article is no part of the name.
    let lists = speaker_words();
    let article = words.get(by + 1).is_some_and(|w| {
        lists.definite_articles.iter().any(|a| a == w)
            || lists.capitalised_definite_articles.iter().any(|a| a == w)
    });
    let first = if article { by + 2 } else { by + 1 };
    let (name, _) = name_from(first)?;
    person_like(&name).then_some((name, false))
}

/// Speakers named by their office alone ("заявил президент России",
/// "the Ukrainian president said") are the person in office on the
/// document's date; the entity, when it is not that person (the place
/// inside the title, "Россия"), is dropped.
pub(crate) fn name_office_holders(doc: &Document, quotes: &mut [Quote]) {
    let date = doc.meta.date.as_deref();
    for q in quotes.iter_mut() {
        let Some(holder) = q
            .speaker
            .text
            .as_deref()
            .and_then(|t| holder_of_title(t, date))
        else {
            continue;
        };
        let entity_is_holder = q.speaker.entity.as_deref().is_some_and(|id| {
            doc.entities
                .iter()
                .any(|e| e.id == id && e.kind == EntityType::Person && e.name == holder)
        });
        if !entity_is_holder {
            q.speaker.entity = None;
        }
        q.speaker.name = Some(holder.to_string());
    }
    // Each person the document names whose name is an office holder's:
    // their mentions' starts, sorted, read once for the whole document
    // (a role alone then looks up the latest before it, not every mention).
    let mut named_holders: Option<Vec<(&Entity, String, Vec<usize>)>> = None;
    for q in quotes.iter_mut() {
        // Not a speaker resolved already, to an entity or above.
        if q.speaker.entity.is_some()
            || q.speaker.name.is_some() && q.speaker.name != q.speaker.text
        {
            continue;
        }
        let (Some(text), Some(at)) = (q.speaker.text.as_deref(), q.speaker.start) else {
            continue;
        };
        let holders = holders_of_role(text, date);
        if holders.is_empty() {
            continue;
        }
        let named = named_holders.get_or_insert_with(|| {
            let holder_keys: Vec<String> = claimtrace_lexicon::offices::TERMS
                .iter()
                .filter_map(|t| surname_key(t.holder))
                .collect();
            doc.entities
                .iter()
                .filter(|e| e.kind == EntityType::Person)
                .filter_map(|e| {
                    let key = surname_key(&e.name).filter(|k| holder_keys.contains(k))?;
                    let mut starts: Vec<usize> = e.mentions.iter().map(|m| m.start).collect();
                    starts.sort_unstable();
                    Some((e, key, starts))
                })
                .collect()
        });
        let keys: Vec<String> = holders.iter().filter_map(|h| surname_key(h)).collect();
        let latest = named
            .iter()
            .filter(|(_, key, _)| keys.contains(key))
            .filter_map(|(e, _, starts)| {
                let before = starts.partition_point(|&s| s < at);
                before
                    .checked_sub(1)
                    .and_then(|i| starts.get(i))
                    .map(|&s| (s, *e))
            })
            .max_by_key(|(start, _)| *start);
        if let Some((_, e)) = latest {
            q.speaker.entity = Some(e.id.clone());
            q.speaker.name = Some(e.name.clone());
        }
    }
}

/// Speakers given as "the latter" ("последний", "останній") are the second
/// of two people named just before them: every person mention's start is
/// gathered once and sorted, and each such speaker reads back from its
/// own position.
pub(crate) fn name_the_latter(doc: &Document, quotes: &mut [Quote]) {
    let words = &speaker_words().latter_words;
    let is_latter = |text: &str| {
        let lower = collapse_whitespace(text).to_lowercase();
        words.contains(&strip_article(&lower).unwrap_or(&lower))
    };
    let mut mentions: Option<Vec<(usize, &Entity)>> = None;
    for q in quotes.iter_mut() {
        let (Some(text), Some(at)) = (q.speaker.text.as_deref(), q.speaker.start) else {
            continue;
        };
        // The word may have been read as a name of its own ("Последняя"
        // opening a sentence): that reading gives way.
        if !is_latter(text) {
            continue;
        }
        let all = mentions.get_or_insert_with(|| {
            let mut all: Vec<(usize, &Entity)> = doc
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Person)
                .flat_map(|e| e.mentions.iter().map(move |m| (m.start, e)))
                .collect();
            all.sort_unstable_by_key(|(start, _)| *start);
            all
        });
        // "The latter" picks one of a pair: two people named within the
        // sentences before it ("Putin met Macron. The latter said"), not
        // one person and someone unnamed ("one asks another, and the
        // latter replies").
        let before = all.partition_point(|(start, _)| *start < at);
        let near: Vec<&Entity> = (0..before)
            .rev()
            .filter_map(|i| all.get(i))
            .take(LATTER_LOOKBACK)
            .take_while(|(start, _)| at - start <= LATTER_REACH)
            .map(|(_, e)| *e)
            .filter(|e| !is_latter(&e.name))
            .collect();
        let pair = near
            .iter()
            .any(|e| near.first().is_some_and(|f| f.id != e.id));
        if let Some(e) = near.first().filter(|_| pair) {
            q.speaker.entity = Some(e.id.clone());
            q.speaker.name = Some(e.name.clone());
        }
    }
}

/// Mentions read back for "the latter", and how far back (bytes) they may
/// be.
const LATTER_LOOKBACK: usize = 8;
const LATTER_REACH: usize = 400;

/// What an entity's name and an office holder's are compared by, in any
/// script: the surname's first five letters in Latin, "y" read as "i"
/// (the transliterations differ there: "Путин" is "Putyn" by the
/// Ukrainian table and "Putin" in English; "Зеленський", "Zelenskyy");
/// `None` for a surname under four letters.
fn surname_key(name: &str) -> Option<String> {
    let latin = transliterate(name);
    let key: String = latin
        .split_whitespace()
        .last()?
        .to_lowercase()
        .chars()
        .map(|c| if c == 'y' { 'i' } else { c })
        .take(5)
        .collect();
    (key.chars().count() >= 4).then_some(key)
}

/// Each role, one or two words, and the offices whose title's head it is:
/// the words before "of" ("president of Russia"), else its last words
/// ("Russian president") or, in Russian and Ukrainian, its first
/// ("президент России"); never the country ("the US"). Built once.
fn role_offices() -> &'static HashMap<String, Vec<Office>> {
    static ROLES: std::sync::OnceLock<HashMap<String, Vec<Office>>> = std::sync::OnceLock::new();
    ROLES.get_or_init(|| {
        let of_words = &speaker_words().role_head_prepositions;
        let mut roles: HashMap<String, Vec<Office>> = HashMap::new();
        for &(title, office) in claimtrace_lexicon::ALL
            .iter()
            .flat_map(|l| l.office_titles.iter())
        {
            let words: Vec<&str> = title.split(' ').collect();
            let head = match words.iter().position(|w| of_words.contains(w)) {
                Some(of) => &words[..of],
                None => &words[..],
            };
            let cyrillic = has_cyrillic(title);
            for n in 1..=head.len().min(2) {
                let role = if cyrillic {
                    head.get(..n)
                } else {
                    head.get(head.len() - n..)
                };
                if let Some(role) = role {
                    let entry = roles.entry(role.join(" ")).or_default();
                    if !entry.contains(&office) {
                        entry.push(office);
                    }
                }
            }
        }
        roles
    })
}

/// The holders on `date` of every office whose title holds the bare role
/// `text` ("the president", "президент": the presidents of Russia,
/// Ukraine and the United States), for a speaker named by role alone: the
/// one of them the document named last before is the speaker ("Vladimir
/// Putin said ... The president added ...").
fn holders_of_role(text: &str, date: Option<&str>) -> Vec<&'static str> {
    let Some(date) = date else {
        return Vec::new();
    };
    let lower = collapse_whitespace(text).to_lowercase();
    let article = strip_article(&lower);
    // In English the role takes its article ("the president said"); a bare
    // "President" is a form of address ("Thank you, Mr President").
    let latin = lower.chars().any(|c| c.is_ascii_alphabetic());
    let bare = match article {
        Some(rest) => rest,
        None if latin => return Vec::new(),
        None => &lower,
    };
    if bare.is_empty() || bare.split(' ').count() > 2 {
        return Vec::new();
    }
    let Some(offices) = role_offices().get(bare) else {
        return Vec::new();
    };
    let mut holders: Vec<&'static str> = offices
        .iter()
        .filter_map(|office| claimtrace_lexicon::offices::holder_on(*office, date))
        .collect();
    holders.sort_unstable();
    holders.dedup();
    holders
}

/// A lower-case speaker phrase without its definite article ("the
/// president": "president"); `None` when it opens with none.
fn strip_article(lower: &str) -> Option<&str> {
    speaker_words().definite_articles.iter().find_map(|a| {
        lower
            .strip_prefix(a)
            .and_then(|rest| rest.strip_prefix(' '))
    })
}

/// The person an office title names on `date` ("President of Ukraine" on
/// 2022-04-05: Volodymyr Zelenskyy), from the lexicons' office titles.
fn holder_of_title(title: &str, date: Option<&str>) -> Option<&'static str> {
    let lower = collapse_whitespace(title).to_lowercase();
    let bare = strip_article(&lower).unwrap_or(&lower);
    let office = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|l| l.office_titles.iter())
        .find(|(t, _)| *t == bare)
        .map(|(_, o)| *o)?;
    claimtrace_lexicon::offices::holder_on(office, date?)
}

/// An author's name: some capitalised word besides "The" ("The Russian
/// President" sends messages too).
fn person_like(name: &str) -> bool {
    name.split(' ').any(|w| {
        !speaker_words()
            .capitalised_definite_articles
            .iter()
            .any(|a| a == w)
            && w.chars().next().is_some_and(char::is_uppercase)
    })
}

fn lower_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A document's text read as a speaker: "The message", "the President's
/// message", "The greeting message", "the letter".
fn names_the_text(words: &[String]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    words.len() <= 4
        && speaker_words().authored_texts.contains(&last.as_str())
        && words
            .first()
            .is_some_and(|w| speaker_words().text_determiners.contains(&w.as_str()))
}

fn speaker_for(name: &str) -> Speaker {
    Speaker {
        entity: None,
        name: Some(name.to_string()),
        start: None,
        end: None,
        text: None,
    }
}

/// Cleans the speakers of `quotes` (`transcript`: the text is read as
/// speaker turns), gives the document's speaker what it
/// said, and keeps one quote per span. Quote ids are renumbered in text
/// order afterwards (and `within` follows them).
pub fn apply(
    ctx: &Ctx,
    doc_speaker: Option<&DocumentSpeaker>,
    transcript: bool,
    quotes: &mut Vec<Quote>,
) {
    clean_speakers(quotes, transcript);
    if let Some(speaker) = doc_speaker {
        give_to_document_speaker(ctx, speaker, quotes);
    }
    repeated_quotes_share_speakers(quotes);
    one_quote_per_span(quotes);
    renumber(quotes);
}

/// Fewest words of a quote repeated in the document that takes the
/// speaker of another occurrence: shorter repeated phrases ("no comment",
/// a slogan) may be said by several people.
const REPEATED_QUOTE_WORDS: usize = 5;

/// A direct quote printed again without its attribution (a pull quote, a
/// caption, a carousel: "“They essentially tried to make me do the Sieg
/// Heil.” Michael Martin Former student ...") has the speaker of an
/// occurrence of the same words that names one; when the occurrences name
/// different speakers, none is chosen.
fn repeated_quotes_share_speakers(quotes: &mut [Quote]) {
    use std::collections::HashMap;
    let unnamed = |q: &Quote| {
        q.kind == QuoteKind::Direct && q.speaker.name.is_none() && q.speaker.text.is_none()
    };
    // Most documents have no direct quote without a speaker: nothing to do.
    if !quotes.iter().any(unnamed) {
        return;
    }
    let key = |q: &Quote| -> Option<String> {
        let words = lower_words(&q.text);
        (q.kind == QuoteKind::Direct && words.len() >= REPEATED_QUOTE_WORDS)
            .then(|| words.join(" "))
    };
    let mut speaker_of: HashMap<String, Option<Speaker>> = HashMap::new();
    for q in quotes.iter() {
        let Some(k) = key(q) else { continue };
        if q.speaker.name.is_none() {
            continue;
        }
        speaker_of
            .entry(k)
            .and_modify(|known| {
                if known.as_ref().is_some_and(|s| s.name != q.speaker.name) {
                    *known = None;
                }
            })
            .or_insert_with(|| Some(q.speaker.clone()));
    }
    if speaker_of.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        if !unnamed(q) {
            continue;
        }
        if let Some(Some(speaker)) = key(q).and_then(|k| speaker_of.get(&k)) {
            q.speaker = speaker.clone();
        }
    }
}

fn clean_speakers(quotes: &mut [Quote], transcript: bool) {
    // Speakers of the quotes by id, for nested first-person speakers.
    let by_id: std::collections::HashMap<String, Speaker> = quotes
        .iter()
        .map(|q| (q.id.clone(), q.speaker.clone()))
        .collect();
    for q in quotes.iter_mut() {
        let Some(text) = q.speaker.text.clone() else {
            continue;
        };
        let words = lower_words(&text);
        let first = words.first().map(String::as_str).unwrap_or("");
        // No entity, and a name that is the mention itself or none (a
        // pronoun nothing resolved).
        let unresolved = q.speaker.entity.is_none()
            && q.speaker
                .name
                .as_deref()
                .is_none_or(|n| lower_words(n) == words);
        let alone = words.len() == 1;
        let not_a_name = speaker_words().label_openings.contains(&first)
            || (alone && speaker_words().not_names_alone.contains(&first))
            || (transcript
                && (speaker_words()
                    .transcript_not_name_openings
                    .contains(&first)
                    || (alone && speaker_words().transcript_not_names_alone.contains(&first))));
        if words.is_empty() || (unresolved && not_a_name) {
            // "You", "the", "Your direct objectives": no one.
            q.speaker = Speaker::default();
            continue;
        }
        // "I" inside someone's quote is that someone.
        if unresolved && words.len() == 1 && speaker_words().first_person_pronouns.contains(&first)
        {
            if let Some(host) = q.within.as_ref().and_then(|w| by_id.get(w)) {
                if host.name.is_some() {
                    q.speaker = Speaker {
                        start: q.speaker.start,
                        end: q.speaker.end,
                        text: q.speaker.text.clone(),
                        ..host.clone()
                    };
                }
            }
        }
    }
}

/// Whether a speaker phrase's words (lower case) are an article and one
/// title word that the document speaker's name carries ("the president"
/// for "President Vladimir Putin").
fn title_of(words: &[String], name: &str) -> bool {
    let articles = &speaker_words().definite_articles;
    let rest: Vec<&String> = words
        .iter()
        .skip_while(|w| articles.contains(&w.as_str()))
        .collect();
    let [title] = rest.as_slice() else {
        return false;
    };
    title.chars().count() >= 4
        && claimtrace_entity::is_role_noun(title)
        && lower_words(name).iter().any(|w| w == *title)
}

fn give_to_document_speaker(ctx: &Ctx, speaker: &DocumentSpeaker, quotes: &mut Vec<Quote>) {
    let name = speaker.name.as_str();
    for q in quotes.iter_mut() {
        let words = q
            .speaker
            .text
            .as_deref()
            .map(lower_words)
            .unwrap_or_default();
        let nameless = q.speaker.name.is_none() && q.speaker.entity.is_none();
        let first_person = q.speaker.entity.is_none()
            && words.len() == 1
            && words
                .first()
                .is_some_and(|w| speaker_words().first_person_pronouns.contains(&w.as_str()));
        let top_level = q.within.is_none();
        // "The President said:" in a record whose speaker is "President
        // Vladimir Putin": the title the record gives its speaker.
        let speakers_title = q.speaker.entity.is_none() && top_level && title_of(&words, name);
        if (nameless && top_level && q.speaker.text.is_none())
            || (first_person && top_level)
            || speakers_title
            || names_the_text(&words)
        {
            let mention = (q.speaker.start, q.speaker.end, q.speaker.text.clone());
            q.speaker = speaker_for(name);
            (q.speaker.start, q.speaker.end, q.speaker.text) = mention;
        }
    }
    // The first-person paragraphs no quote reads: the speaker's own words.
    let mut taken: Vec<(usize, usize)> = quotes
        .iter()
        .filter(|q| q.within.is_none())
        .map(|q| (q.start, q.end))
        .collect();
    taken.sort_unstable();
    let overlaps = |s: usize, e: usize| {
        let k = taken.partition_point(|t| t.0 < e);
        taken
            .get(..k)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(64)
            .any(|t| t.1 > s)
    };
    let mut added = Vec::new();
    for &(a, b) in &ctx.par_tokens {
        let body = matches!(
            ctx.sent_kind.get(ctx.sentence_of(a)),
            Some(ParagraphKind::Body) | None
        );
        if !body {
            continue;
        }
        // A record that names its speaker (a transcript of an address)
        // is the speaker's words throughout: every run of the paragraph's
        // sentences that no quote reads is theirs. A speaker read from the
        // title ("Address by X") may head a report about the address: only
        // first-person paragraphs are theirs.
        let runs = if speaker.whole_text {
            unquoted_sentence_runs(ctx, a, b, &overlaps)
        } else {
            let first_person = (a..b).any(|i| {
                ctx.kind(i) == Some(TokenKind::Word)
                    && speaker_words()
                        .first_person_pronouns
                        .iter()
                        .any(|w| ctx.lower_is(i, w))
            });
            if !first_person {
                continue;
            }
            vec![(a, b)]
        };
        for (ra, rb) in runs {
            let (wa, wb) = ctx.words_within(ra, rb);
            let Some((s, e)) = ctx.span(wa, wb) else {
                continue;
            };
            if overlaps(s, e) {
                continue;
            }
            added.push(document_speaker_quote(ctx, name, s, e));
        }
    }
    quotes.extend(added);
}

/// The runs of whole sentences (as token ranges) of the paragraph of
/// tokens `a..b` that no quote overlaps.
fn unquoted_sentence_runs(
    ctx: &Ctx,
    a: usize,
    b: usize,
    overlaps: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let first = ctx.sent_tokens.partition_point(|&(_, e)| e <= a);
    for &(sa, sb) in ctx.sent_tokens.get(first..).unwrap_or(&[]) {
        if sa >= b {
            break;
        }
        let (sa, sb) = (sa.max(a), sb.min(b));
        let (wa, wb) = ctx.words_within(sa, sb);
        let free = ctx.span(wa, wb).is_some_and(|(s, e)| !overlaps(s, e));
        match (free, open) {
            (true, Some((oa, _))) => open = Some((oa, sb)),
            (true, None) => open = Some((sa, sb)),
            (false, Some(run)) => {
                runs.push(run);
                open = None;
            }
            (false, None) => {}
        }
    }
    runs.extend(open);
    runs
}

/// The document speaker's own words `s..e` (bytes) as a direct quote.
fn document_speaker_quote(ctx: &Ctx, name: &str, s: usize, e: usize) -> Quote {
    Quote {
        id: String::new(),
        kind: QuoteKind::Direct,
        attribution: claimtrace_core::AttributionType::Speech,
        start: s,
        end: e,
        text: ctx.text.get(s..e).unwrap_or("").to_string(),
        cue: None,
        speaker: speaker_for(name),
        hedges: Vec::new(),
        within: None,
    }
}

/// A direct and an indirect reading of the same words are one quote: the
/// one with a speaker (the direct one when both have one) stays, and
/// quotes inside the other now sit inside it.
fn one_quote_per_span(quotes: &mut Vec<Quote>) {
    let rank = |q: &Quote| {
        (
            q.speaker.name.is_some() || q.speaker.text.is_some(),
            q.kind == QuoteKind::Direct,
            q.cue.is_some(),
        )
    };
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by(|&x, &y| {
        let (qx, qy) = (&quotes[x], &quotes[y]);
        (qx.start, qx.end)
            .cmp(&(qy.start, qy.end))
            .then_with(|| rank(qy).cmp(&rank(qx)))
    });
    let mut keep = vec![true; quotes.len()];
    let mut replaced: std::collections::HashMap<String, String> = Default::default();
    for pair in order.windows(2) {
        let [kept, dup] = [pair[0], pair[1]];
        let (qk, qd) = (&quotes[kept], &quotes[dup]);
        if (qk.start, qk.end) == (qd.start, qd.end) {
            // The kept one of a run is the first of it.
            let survivor = replaced
                .get(&qk.id)
                .cloned()
                .unwrap_or_else(|| qk.id.clone());
            replaced.insert(qd.id.clone(), survivor);
            keep[dup] = false;
        }
    }
    if replaced.is_empty() {
        return;
    }
    let mut k = 0;
    quotes.retain(|_| {
        let kept = keep.get(k).copied().unwrap_or(true);
        k += 1;
        kept
    });
    for q in quotes.iter_mut() {
        if let Some(w) = q.within.as_ref().and_then(|w| replaced.get(w)) {
            q.within = Some(w.clone());
        }
        if q.within.as_deref() == Some(q.id.as_str()) {
            q.within = None;
        }
    }
}

/// Ids `q1`, `q2`, ... in text order (outer quotes first).
fn renumber(quotes: &mut [Quote]) {
    quotes.sort_by(|x, y| {
        (x.start, std::cmp::Reverse(x.end)).cmp(&(y.start, std::cmp::Reverse(y.end)))
    });
    let mut new_id: std::collections::HashMap<String, String> = Default::default();
    for (n, q) in quotes.iter_mut().enumerate() {
        let id = format!("q{}", n + 1);
        if !q.id.is_empty() {
            new_id.insert(q.id.clone(), id.clone());
        }
        q.id = id;
    }
    for q in quotes.iter_mut() {
        q.within = q.within.as_ref().and_then(|w| new_id.get(w).cloned());
    }
}

/// A speaker "he" or "she" (any language's: "он", "вона") resolved to a
/// place, a body or a law ("Russia", "the Pentagon" as the last speaker
/// before it) names someone unnamed, not that thing: the pronoun stays,
/// the name and entity go.
pub(crate) fn unname_things_called_he_or_she(doc: &Document, quotes: &mut [Quote]) {
    // The things' ids, gathered once (a long document has many quotes
    // and many entities).
    let mut things: Option<std::collections::HashSet<&str>> = None;
    for q in quotes.iter_mut() {
        let gendered = q
            .speaker
            .text
            .as_deref()
            .is_some_and(|t| claimtrace_entity::pronoun_gender(t.trim()).is_some());
        if !gendered {
            continue;
        }
        let Some(id) = q.speaker.entity.as_deref() else {
            continue;
        };
        let things = things.get_or_insert_with(|| {
            doc.entities
                .iter()
                .filter(|e| {
                    matches!(
                        e.kind,
                        EntityType::Place | EntityType::Organization | EntityType::LawOrTreaty
                    )
                })
                .map(|e| e.id.as_str())
                .collect()
        });
        let thing = things.contains(id);
        if thing {
            q.speaker.entity = None;
            q.speaker.name = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_written_as_english_texts_write_them() {
        assert_eq!(transliterate("Володимир Зеленський"), "Volodymyr Zelenskyi");
        assert_eq!(transliterate("Олексій Арестович"), "Oleksii Arestovych");
        assert_eq!(transliterate("Юлія Соколовська"), "Yuliia Sokolovska");
        // A letter only Russian has: "г" is "g", "и" is "i".
        assert_eq!(transliterate("Григорий Зыков"), "Grigorii Zykov");
        assert_eq!(transliterate("Алексей Навальный"), "Aleksei Navalnyi");
    }

    #[test]
    fn titles_name_the_author_of_what_the_text_quotes() {
        let cases = [
            (
                "Vladimir Putin sent a message of greetings to the forum",
                Some("Vladimir Putin"),
            ),
            (
                "President Putin has sent a message to Silvio Berlusconi",
                Some("President Putin"),
            ),
            (
                "Vladimir Putin's address to the nation",
                Some("Vladimir Putin"),
            ),
            (
                "Address by President of Ukraine Volodymyr Zelenskyy to Italians",
                Some("President of Ukraine Volodymyr Zelenskyy"),
            ),
            (
                "Message of greetings from Vladimir Putin to the congress",
                Some("Vladimir Putin"),
            ),
            (
                "The Russian President sent greetings to the summit",
                Some("The Russian President"),
            ),
            (
                "Every person matters - address by the President of Ukraine",
                Some("President of Ukraine"),
            ),
            ("Ten corridors were agreed - Iryna Vereshchuk", None),
            ("Greetings on Energy Industry Worker's Day", None),
            ("Meeting with the Governor of Tula Region", None),
            ("The G8 heads of state issued a combined statement", None),
        ];
        for (title, want) in cases {
            assert_eq!(
                author_in_title(title).map(|(name, _)| name).as_deref(),
                want,
                "{title}"
            );
        }
    }

    fn direct(text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            kind: QuoteKind::Direct,
            text: text.to_string(),
            speaker: Speaker {
                name: speaker.map(str::to_string),
                text: speaker.map(str::to_string),
                ..Speaker::default()
            },
            ..Quote::default()
        }
    }

    #[test]
    fn a_quote_printed_again_without_attribution_takes_its_speaker() {
        let said = "The committee kept asking me to say the war was right";
        let mut quotes = vec![
            direct(said, Some("Michael Martin")),
            direct("We were destroyed as a faculty", None),
            // A pull quote: the same words, punctuation and case aside.
            direct(
                "the committee kept asking me to say the war was right.",
                None,
            ),
        ];
        repeated_quotes_share_speakers(&mut quotes);
        assert_eq!(quotes[2].speaker.name.as_deref(), Some("Michael Martin"));
        assert_eq!(quotes[1].speaker.name, None);
    }

    #[test]
    fn words_two_speakers_said_or_a_short_phrase_take_no_speaker() {
        let said = "Nobody here will ever say it aloud";
        let mut quotes = vec![
            direct(said, Some("one professor")),
            direct(said, Some("another student")),
            direct(said, None),
            direct("No comment at all", Some("the ministry")),
            direct("No comment at all", None),
        ];
        repeated_quotes_share_speakers(&mut quotes);
        assert_eq!(quotes[2].speaker.name, None);
        assert_eq!(quotes[4].speaker.name, None);
    }
}
