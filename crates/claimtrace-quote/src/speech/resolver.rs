//! Which entity a speaker phrase names, from the entity layer.

use claimtrace_core::{Document, Entity};

use super::slavic::is_cyrillic_word;

/// Which entity a speaker phrase names: the entity layer's mention index
/// and, for a pronoun it left unresolved, its pronoun resolver.
pub struct Resolver<'a> {
    pub(super) doc: &'a Document,
    mentions: claimtrace_entity::MentionIndex<'a>,
    /// The entity layer's pronoun resolution, built on first use.
    pronouns: std::sync::OnceLock<claimtrace_entity::PronounResolver<'a>>,
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Resolver {
            doc,
            mentions: claimtrace_entity::MentionIndex::new(doc),
            pronouns: std::sync::OnceLock::new(),
        }
    }

    /// The kind of the entity best covered by the byte span.
    pub(super) fn kind_in(&self, start: usize, end: usize) -> Option<claimtrace_core::EntityType> {
        let ei = self.best_entity(start, end)?;
        self.doc.entities.get(ei).map(|e| e.kind)
    }

    /// The entity (id, canonical name) best covered by the byte span.
    pub fn entity_in(&self, start: usize, end: usize) -> Option<(&'a str, &'a str)> {
        let e = self.doc.entities.get(self.best_entity(start, end)?)?;
        Some((e.id.as_str(), e.name.as_str()))
    }

    /// The pronoun at bytes `start..end` may name a speaker: a subject
    /// pronoun ("он", "she") or a personal one ("его", "her").
    fn speaker_pronoun(&self, start: usize, end: usize) -> bool {
        let mut buf = String::new();
        let l = crate::lexicon::lookup(self.doc.text.get(start..end).unwrap_or(""), &mut buf);
        l.pronoun || l.personal
    }

    /// The sex the entity layer gives the entity best covered by the byte
    /// span, when it gives one.
    pub(super) fn gender_in(&self, start: usize, end: usize) -> Option<&'static str> {
        let e = self.doc.entities.get(self.best_entity(start, end)?)?;
        match e.gender.as_deref() {
            Some("male") => Some("male"),
            Some("female") => Some("female"),
            _ => None,
        }
    }

    /// The entity (id, canonical name) a third-person pronoun at byte
    /// `at` stands for, by the entity layer's rules (the pronoun's gender
    /// and number against the entities' and sentence distance), for a
    /// pronoun the entity layer left unresolved.
    pub fn pronoun_referent(&self, at: usize, pronoun: &str) -> Option<(&'a str, &'a str)> {
        let e = self.pronoun_entity(at, pronoun)?;
        Some((e.id.as_str(), e.name.as_str()))
    }

    /// The entity a third-person pronoun at byte `at` stands for, as
    /// `pronoun_referent` finds it.
    pub(super) fn pronoun_entity(&self, at: usize, pronoun: &str) -> Option<&'a Entity> {
        let pronouns = self
            .pronouns
            .get_or_init(|| claimtrace_entity::PronounResolver::new(self.doc));
        self.doc.entities.get(pronouns.resolve(at, pronoun)?)
    }

    /// The (start, end) of each mention of entity `entity` inside the
    /// byte span `start..end`.
    pub(super) fn mentions_within(
        &self,
        entity: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.mentions.of_entity_within(entity, start, end)
    }

    /// Index of the entity best covered by the byte span (the entity
    /// layer's preference). A pronoun inside a longer phrase ("его
    /// заместитель", "his spokesman") says whose the speaker is, not who,
    /// and a pronoun in another case than the subject's or the
    /// possessive's names no speaker ("ей заявили": she was told).
    pub(super) fn best_entity(&self, start: usize, end: usize) -> Option<usize> {
        self.mentions.best(start, end, |ms, me| {
            ms <= start && me >= end && self.speaker_pronoun(ms, me)
        })
    }
}

impl Resolver<'_> {
    /// Whether the phrase `[a, b)` before a headline's colon names who
    /// speaks: its last word is a role, group or speaking-body noun
    /// ("Ukraine's defence minister: ...", "Police: ...", "Poll: ..."), or
    /// a capitalised name that is a full name with a common given name
    /// ("Віталій Кличко: ...") or that the story names again after byte
    /// `after` (a speaker in a headline is named in the story; a rubric
    /// such as "Fact Check", "BREAKING" or "HS Roundup" is not). Read
    /// from the words, not the entity layer: a title-cased headline gives
    /// it no capitalisation to find names by.
    pub fn headline_names_speaker(
        &self,
        ctx: &crate::doc::Ctx,
        (a, b): (usize, usize),
        after: usize,
    ) -> bool {
        let word_at = |i: usize| ctx.kind(i) == Some(claimtrace_core::TokenKind::Word);
        let Some(last) = (a..b).rev().find(|&i| word_at(i)) else {
            return false;
        };
        let head = ctx.lower(last);
        let singular = head.strip_suffix('s').unwrap_or(head);
        let words = super::words::rule_words();
        let noun_of = |list: &[&str]| list.iter().any(|w| *w == head || *w == singular);
        if claimtrace_entity::is_role_noun(head)
            || claimtrace_entity::is_role_noun(singular)
            || noun_of(&words.group_nouns)
            || noun_of(&words.speaking_body_nouns)
        {
            return true;
        }
        if !ctx.is_capitalised(last) {
            return false;
        }
        // "Maria Novak", "Mayor Reyes": a given name or a title before it.
        let first = (a..last).find(|&i| word_at(i));
        let full_name = first.is_some_and(|f| claimtrace_entity::is_given_name(ctx.word(f)));
        let titled = (a..last).any(|i| word_at(i) && claimtrace_entity::is_role_noun(ctx.lower(i)));
        // The entity layer's person by a declined full name ("Ірини
        // Верещук" is Ірина Верещук).
        let person = ctx
            .span(last, last + 1)
            .and_then(|(s, e)| self.best_entity(s, e))
            .and_then(|ei| self.doc.entities.get(ei))
            .is_some_and(|e| {
                e.kind == claimtrace_core::EntityType::Person
                    && e.name.split_whitespace().count() >= 2
                    && e.name
                        .split_whitespace()
                        .next()
                        .is_some_and(claimtrace_entity::is_given_name)
            });
        // The story's opening is enough, and keeps one headline's search
        // bounded however long the document.
        let story = self.doc.text.get(after..).unwrap_or("");
        let story = story
            .char_indices()
            .nth(STORY_OPENING_CHARS)
            .and_then(|(end, _)| story.get(..end))
            .unwrap_or(story);
        full_name || titled || person || names_again(story, ctx.word(last))
    }
}

/// How far into the story a headline's label is looked for again.
const STORY_OPENING_CHARS: usize = 20_000;

/// Whether `text` holds `word` as a whole word.
fn names_again(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text.get(..at).and_then(|t| t.chars().next_back());
            let after = text.get(at + word.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

impl Resolver<'_> {
    /// The one person whose role the epithet `words` names: both have the
    /// same role noun ([`role_noun`]: "minister" of "Defence Minister") and
    /// every other word of the epithet is one of the role's words, but a
    /// possessor ("Putin's spokesman": whose role it is) may stand for any.
    /// Former roles do not count. None when no person or more than one
    /// fits.
    pub(super) fn person_with_role(&self, words: &[(String, bool)]) -> Option<usize> {
        let plain: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
        let h = role_noun(&plain)?;
        let head = plain.get(h)?;
        let mut found: Option<usize> = None;
        for (ei, e) in self.doc.entities.iter().enumerate() {
            if e.kind != claimtrace_core::EntityType::Person {
                continue;
            }
            let fits = e.roles.iter().filter(|r| !r.former).any(|r| {
                let role: Vec<String> = r
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                let role: Vec<&str> = role.iter().map(String::as_str).collect();
                let has = |w: &str| role.iter().any(|x| same_role_word(x, w));
                role_noun(&role)
                    .and_then(|n| role.get(n))
                    .is_some_and(|n| same_role_word(n, head))
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, (w, possessor))| k == h || *possessor || has(w))
            });
            if fits {
                if found.is_some() {
                    return None;
                }
                found = Some(ei);
            }
        }
        found
    }
}

/// Index of the role noun among a role's lowercased words: the word before
/// "of" ("head of the army"), else the last word ("defence minister"); in
/// Russian and Ukrainian the first ("министр обороны").
fn role_noun(words: &[&str]) -> Option<usize> {
    let first = words.first()?;
    if is_cyrillic_word(first) {
        return Some(0);
    }
    let prepositions = &crate::speaker_words::speaker_words().role_head_prepositions;
    match words.iter().position(|w| prepositions.contains(w)) {
        Some(0) => None,
        Some(k) => Some(k - 1),
        None => Some(words.len() - 1),
    }
}

/// Two role words are the same: equal, or (Russian, Ukrainian) one stem
/// with another case ending ("министра" / "министр").
fn same_role_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if !is_cyrillic_word(a) || !is_cyrillic_word(b) {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longest = a.chars().count().max(b.chars().count());
    // A woman's title is not a man's though one stem makes both:
    // "речник" / "речниця" (spokesman / spokeswoman), "депутат" /
    // "депутатка".
    common >= 4
        && common + 3 >= longest
        && claimtrace_entity::feminine_role_form(a) == claimtrace_entity::feminine_role_form(b)
}
