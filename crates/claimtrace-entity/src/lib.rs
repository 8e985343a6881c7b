//! The entity annotator: people, organisations, places, laws and
//! programmes, with the roles the text gives them, and coreference inside
//! one document (full names, surnames, acronyms, pronouns and epithets such
//! as "the Russian president" resolve to one entity).
//!
//! There is no statistical model: names are runs of capitalised tokens,
//! classified by generic cues (titles, organisation head words, a gazetteer
//! of countries and cities, speech verbs), so names never seen before work.
//! English first; Ukrainian and Russian names decline, so Cyrillic name words
//! match by stem.

mod candidates;
mod coref;
mod lexicon;

use claimtrace_core::{Annotator, Document, Entity, EntityType};

pub use coref::{entity_at, resolve_pronoun, MentionIndex, PronounResolver};
/// Whether a lower-case word is a role noun ("president", "президенту"), in
/// any of the forms the lexicons decline.
pub use lexicon::{
    feminine_role_form, has_oblique_ending, inflected_surname, is_function_word,
    is_genitive_place_adjective, is_given_name, is_nominative_given_name, is_org_head,
    is_role_noun,
};

/// The sex a third-person pronoun (any case: "she", "его", "її") names:
/// `male`, `female`, or None for a group, a form that may stand for a man
/// or a group ("им"), and any other word. `word` may be capitalised.
pub fn pronoun_gender(word: &str) -> Option<&'static str> {
    let mut gender = None;
    lexicon::with_lower(word, |l| {
        gender = lexicon::pronoun_class(l).and_then(|(class, _)| class.gender());
        true
    });
    gender
}

/// The sex a past-tense verb of saying gives its subject by its ending
/// ("сказала", "заявила": female; "сказал", "заявив": male); None for a
/// verb whose form says nothing of it. `word` may be capitalised.
pub fn past_verb_gender(word: &str) -> Option<&'static str> {
    let mut gender = None;
    lexicon::with_lower(word, |l| {
        gender = lexicon::past_verb_gender(l);
        true
    });
    gender
}

/// The sex a Russian or Ukrainian surname in the nominative gives by its
/// ending ("Захарова": female, "Песков": male); None for other words and
/// for endings men and women share ("-енко", "-ук").
pub fn surname_gender(word: &str) -> Option<&'static str> {
    candidates::cyrillic_gender(word)
}

/// What a candidate name is, before it becomes an [`EntityType`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Person,
    Org,
    Place,
    Law,
    Programme,
    /// A capitalised name with no cue to say what it is.
    Other,
}

impl Kind {
    pub(crate) fn entity_type(self) -> EntityType {
        match self {
            Kind::Person => EntityType::Person,
            Kind::Org => EntityType::Organization,
            Kind::Place => EntityType::Place,
            Kind::Law => EntityType::LawOrTreaty,
            Kind::Programme => EntityType::Programme,
            Kind::Other => EntityType::Other,
        }
    }
}

/// Adds `doc.entities`: every entity with its roles and all its mentions
/// (names, short forms, pronouns, epithets), sorted by first mention.
#[derive(Debug, Default)]
pub struct EntityAnnotator;

impl Annotator for EntityAnnotator {
    fn name(&self) -> &'static str {
        "entity"
    }
    fn annotate(&self, doc: &mut Document) {
        doc.entities = extract(doc);
    }
}

/// Every entity of `doc` (which must have tokens and sentences).
pub fn extract(doc: &Document) -> Vec<Entity> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = candidates::Context::new(doc);
    let cands = candidates::find(&ctx);
    coref::build_entities(&ctx, cands)
}

#[cfg(test)]
mod tests;
