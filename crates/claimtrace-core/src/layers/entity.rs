use serde::{Deserialize, Serialize};

use crate::map_offsets;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Person,
    Organization,
    Place,
    LawOrTreaty,
    Media,
    Programme,
    #[default]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// The full name or the longest name form.
    #[default]
    Name,
    /// A shorter form of the name (surname, acronym).
    Partial,
    Pronoun,
    /// A role or epithet: "the Russian president", "the minister".
    Nominal,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: MentionKind,
}
map_offsets!(Mention; offsets: [start, end]; nested: []);

/// A title or role that the text gives an entity.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Role {
    pub text: String,
    /// "the then spokesperson", "former minister".
    #[serde(default)]
    pub former: bool,
}

/// A person, organisation, place, ... with every mention that refers to it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Entity {
    /// `e1`, `e2`, ... unique within the document.
    pub id: String,
    /// Canonical (longest) name.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// "male", "female", "plural" when known; used by pronoun resolution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
}
map_offsets!(Entity; offsets: []; nested: [mentions]);
