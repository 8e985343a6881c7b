//! Events: the clause each date dates, and who did it.
//!
//! The clause is the part of the sentence around the time expression,
//! bounded by semicolons and by commas that open a relative or contrastive
//! clause (", who", ", which", ", but"). The actor is the entity whose
//! mention is the subject of the clause: the first mention before the verb
//! that is neither a possessive ("Ukraine's") nor a modifier ("White House
//! spokesperson"), a person preferred; a clause opened by "who" takes the
//! mention just before it; without an entity layer, the first capitalised
//! name that fits the same rules.

use claimtrace_core::{Document, EntityType, Event, Token, TokenKind};
use claimtrace_lexicon::{EventWords, ALL};

use crate::lexicon::{is_future_marker, is_past_marker};
use crate::value::sort_key;

/// How many tokens either side of a time the clause search looks at, so a
/// hostile one-sentence document stays linear.
const CLAUSE_WINDOW: usize = 120;

fn lower(doc: &Document, t: &Token) -> String {
    doc.text
        .get(t.start()..t.end())
        .unwrap_or("")
        .to_lowercase()
}

fn word<'a>(doc: &'a Document, t: &Token) -> &'a str {
    doc.text.get(t.start()..t.end()).unwrap_or("")
}

/// Is `w` listed in the events list `list` of any lexicon?
fn listed(list: fn(&EventWords) -> &'static [&'static str], w: &str) -> bool {
    ALL.iter().any(|lexicon| list(lexicon.events).contains(&w))
}

/// Words that open a new clause after a comma.
fn opens_clause(w: &str) -> bool {
    listed(|e| e.clause_openers, w)
}

fn is_relative(w: &str) -> bool {
    listed(|e| e.relative_pronouns, w)
}

/// A verb that ends the subject of an English, Ukrainian or Russian clause.
fn is_verb(w: &str) -> bool {
    is_past_marker(w) || is_future_marker(w) || listed(|e| e.subject_verbs, w)
}

/// Capitalised words that begin sentences but are not names.
fn is_function_word(w: &str) -> bool {
    listed(|e| e.sentence_initial_non_names, w)
}

/// Token index range of the clause that contains tokens `first..=last`.
fn clause_tokens(doc: &Document, first: usize, last: usize) -> (usize, usize) {
    let toks = &doc.tokens;
    let Some(sentence) = toks.get(first).map(|t| t.sentence()) else {
        return (first, last + 1);
    };
    let lo_limit = first.saturating_sub(CLAUSE_WINDOW);
    let mut start = first;
    while start > lo_limit {
        let prev = start - 1;
        let Some(t) = toks.get(prev) else { break };
        if t.sentence() != sentence {
            break;
        }
        let w = word(doc, t);
        if w == ";" {
            break;
        }
        if w == ","
            && toks
                .get(start)
                .is_some_and(|n| opens_clause(&lower(doc, n)))
        {
            break;
        }
        start = prev;
    }
    let hi_limit = (last + CLAUSE_WINDOW).min(toks.len());
    let mut end = last + 1;
    while end < hi_limit {
        let t = &toks[end];
        if t.sentence() != sentence {
            break;
        }
        let w = word(doc, t);
        if w == ";" {
            break;
        }
        if w == ","
            && toks
                .get(end + 1)
                .is_some_and(|n| opens_clause(&lower(doc, n)))
        {
            break;
        }
        end += 1;
    }
    // drop closing punctuation
    while end > start + 1
        && toks
            .get(end - 1)
            .is_some_and(|t| t.kind == TokenKind::Punct)
        && end > last + 1
    {
        end -= 1;
    }
    (start, end)
}

/// A mention of an entity: byte span and the entity's index.
struct MentionRef {
    start: usize,
    end: usize,
    entity: usize,
}

fn mentions(doc: &Document) -> Vec<MentionRef> {
    let mut out: Vec<MentionRef> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(entity, e)| {
            e.mentions.iter().map(move |m| MentionRef {
                start: m.start,
                end: m.end,
                entity,
            })
        })
        .collect();
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out
}

/// Index of the first token starting at or after byte `pos`.
fn token_at(doc: &Document, pos: usize) -> usize {
    doc.tokens.partition_point(|t| t.start() < pos)
}

/// Is the name at tokens `a..b` the head of a noun phrase (not a
/// possessive or modifier, not after a preposition)?
fn is_head(doc: &Document, a: usize, b: usize, region_end: usize) -> bool {
    if let Some(prev) = a.checked_sub(1).and_then(|p| doc.tokens.get(p)) {
        if listed(|e| e.actor_prepositions, &lower(doc, prev)) {
            return false;
        }
    }
    match doc.tokens.get(b) {
        Some(next) if b < region_end => {
            let w = word(doc, next);
            if w == "'s" || w == "’s" {
                return false;
            }
            let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
            let lw = w.to_lowercase();
            // "White House spokesperson": a name modifying a noun.
            !(next.kind == TokenKind::Word
                && starts_lower
                && !is_verb(&lw)
                && !is_function_word(&lw)
                && !listed(|e| e.actor_prepositions, &lw))
        }
        _ => true,
    }
}

/// The subject region: from the clause start (or just after the time
/// expression when it opens the clause) up to the first verb.
fn subject_region(doc: &Document, clause: (usize, usize), time: (usize, usize)) -> (usize, usize) {
    let (cs, ce) = clause;
    let mut start = cs;
    // "On July 7, the United States announced": skip the opening adverbial.
    let opening = time.0 <= cs + 2;
    if opening {
        start = time.1;
        while start < ce
            && doc
                .tokens
                .get(start)
                .is_some_and(|t| t.kind == TokenKind::Punct)
        {
            start += 1;
        }
    }
    let mut end = start;
    while end < ce {
        let Some(t) = doc.tokens.get(end) else { break };
        if end >= time.0 && end < time.1 {
            end += 1;
            continue;
        }
        // A capitalised word is a name ("United"), not a verb.
        let raw = word(doc, t);
        if raw.chars().next().is_some_and(char::is_lowercase) && is_verb(&lower(doc, t)) {
            break;
        }
        end += 1;
    }
    (start, end)
}

/// The first capitalised name in tokens `a..b` that heads its phrase.
fn capitalised_name(doc: &Document, a: usize, b: usize, time: (usize, usize)) -> Option<String> {
    let mut i = a;
    while i < b {
        let is_cap = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && word(doc, t).chars().next().is_some_and(char::is_uppercase)
                    && !is_function_word(&lower(doc, t))
                    && !(k >= time.0 && k < time.1)
            })
        };
        if !is_cap(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b && is_cap(j) {
            j += 1;
        }
        if is_head(doc, i, j, b) {
            // "Foreign Minister Dmytro Kuleba" -> "Dmytro Kuleba"
            let mut s = i;
            while s + 1 < j
                && doc
                    .tokens
                    .get(s)
                    .is_some_and(|t| listed(|e| e.actor_titles, &lower(doc, t)))
            {
                s += 1;
            }
            let (Some(first), Some(last)) = (doc.tokens.get(s), doc.tokens.get(j - 1)) else {
                return None;
            };
            return doc.text.get(first.start()..last.end()).map(str::to_string);
        }
        i = j;
    }
    None
}

/// The capitalised name that ends just before token `k` (before its comma).
fn name_before(doc: &Document, k: usize) -> Option<String> {
    let mut end = k;
    while end > 0
        && doc
            .tokens
            .get(end - 1)
            .is_some_and(|t| t.kind == TokenKind::Punct)
    {
        end -= 1;
    }
    let mut start = end;
    // Names are short: a bound keeps a hostile run of capitals linear.
    let floor = end.saturating_sub(8);
    while start > floor
        && doc.tokens.get(start - 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && word(doc, t).chars().next().is_some_and(char::is_uppercase)
                && !is_function_word(&lower(doc, t))
        })
    {
        start -= 1;
    }
    if start == end {
        return None;
    }
    let (a, b) = (doc.tokens.get(start)?, doc.tokens.get(end - 1)?);
    doc.text.get(a.start()..b.end()).map(str::to_string)
}

/// The actor of the clause: (entity id, name).
fn actor(
    doc: &Document,
    all: &[MentionRef],
    clause: (usize, usize),
    time: (usize, usize),
) -> (Option<String>, Option<String>) {
    let (cs, ce) = clause;
    let byte = |k: usize| doc.tokens.get(k).map_or(doc.text.len(), |t| t.start());
    let relative = doc
        .tokens
        .get(cs)
        .is_some_and(|t| is_relative(&lower(doc, t)));
    if relative {
        // ", who quoted ... last year": the mention just before the comma.
        let limit = byte(cs);
        let idx = all.partition_point(|m| m.start < limit);
        if let Some(m) = idx.checked_sub(1).and_then(|k| all.get(k)) {
            if limit.saturating_sub(m.end) <= 3 {
                return named(doc, m.entity);
            }
        }
        return (None, name_before(doc, cs));
    }
    let region = subject_region(doc, clause, time);
    let (rs, re) = (
        byte(region.0),
        doc.tokens
            .get(region.1.saturating_sub(1))
            .map_or(0, |t| t.end()),
    );
    let first_idx = all.partition_point(|m| m.start < rs);
    let mut best: Option<&MentionRef> = None;
    for m in all.iter().skip(first_idx).take_while(|m| m.start < re) {
        if m.end > re {
            continue;
        }
        let (a, b) = (token_at(doc, m.start), token_at(doc, m.end));
        if b > a && !is_head(doc, a, b, region.1) {
            continue;
        }
        let is_person = doc
            .entities
            .get(m.entity)
            .is_some_and(|e| e.kind == EntityType::Person);
        match best {
            None => best = Some(m),
            Some(prev) => {
                let prev_person = doc
                    .entities
                    .get(prev.entity)
                    .is_some_and(|e| e.kind == EntityType::Person);
                if is_person && !prev_person {
                    best = Some(m);
                }
            }
        }
    }
    if let Some(m) = best {
        return named(doc, m.entity);
    }
    if let Some(name) = capitalised_name(doc, region.0, region.1, time) {
        return (None, Some(name));
    }
    // Passive: "posted by its author Pavel Zarubin".
    let mut k = cs;
    while k < ce {
        if doc
            .tokens
            .get(k)
            .is_some_and(|t| listed(|e| e.agent_prepositions, &lower(doc, t)))
        {
            let idx = all.partition_point(|m| m.start < byte(k + 1));
            if let Some(m) = all.get(idx).filter(|m| m.end <= byte(ce)) {
                return named(doc, m.entity);
            }
            if let Some(name) = capitalised_name(doc, k + 1, ce.min(k + 8), time) {
                return (None, Some(name));
            }
        }
        k += 1;
    }
    // A plain common-noun subject ("media reported"): name it as written.
    if region.1 > region.0 && region.1 - region.0 <= 3 {
        let (Some(a), Some(b)) = (doc.tokens.get(region.0), doc.tokens.get(region.1 - 1)) else {
            return (None, None);
        };
        let text = doc.text.get(a.start()..b.end()).unwrap_or("");
        let text = without_articles(text);
        if !text.is_empty() && !is_function_word(&text.to_lowercase()) && region.0 >= time.1 {
            return (None, Some(text.to_string()));
        }
    }
    (None, None)
}

/// `text` without the articles it starts with, lower case first, then
/// capitalised ("the media" is "media").
fn without_articles(text: &str) -> &str {
    let articles = || ALL.iter().flat_map(|lexicon| lexicon.events.actor_articles);
    let mut text = text;
    for article in articles() {
        text = text.trim_start_matches(&*format!("{article} "));
    }
    for article in articles() {
        let mut letters = article.chars();
        let capitalised: String = letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect())
            .unwrap_or_default();
        text = text.trim_start_matches(&*format!("{capitalised} "));
    }
    text
}

fn named(doc: &Document, entity: usize) -> (Option<String>, Option<String>) {
    match doc.entities.get(entity) {
        Some(e) => (Some(e.id.clone()), Some(e.name.clone())),
        None => (None, None),
    }
}

/// One event per date or time of day that has a calendar value.
pub fn build_events(doc: &Document) -> Vec<Event> {
    let all = mentions(doc);
    let mut events = Vec::new();
    for (index, time) in doc.times.iter().enumerate() {
        if !crate::is_point_type(time.kind) || sort_key(&time.value).is_none() {
            continue;
        }
        let first = token_at(doc, time.start);
        let after = token_at(doc, time.end);
        if after <= first || first >= doc.tokens.len() {
            continue;
        }
        let clause = clause_tokens(doc, first, after - 1);
        let (Some(a), Some(b)) = (
            doc.tokens.get(clause.0),
            doc.tokens.get(clause.1.saturating_sub(1)),
        ) else {
            continue;
        };
        let (start, end) = (a.start(), b.end().max(a.start()));
        let (actor, actor_name) = actor(doc, &all, clause, (first, after));
        events.push(Event {
            time: index,
            start,
            end,
            text: doc.text.get(start..end).unwrap_or("").to_string(),
            actor,
            actor_name,
        });
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_leave_an_actor_named_as_written() {
        assert_eq!(without_articles("the media"), "media");
        assert_eq!(without_articles("The the media"), "the media");
        assert_eq!(without_articles("the The media"), "media");
        assert_eq!(without_articles("theme parks"), "theme parks");
    }
}
