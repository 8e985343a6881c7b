use serde::{Deserialize, Serialize};

use crate::{map_offsets, SpanText};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The words inside quotation marks, a whole clause or more.
    #[default]
    Direct,
    /// A few quoted words inside reported speech or a headline.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech with quoted parts.
    Mixed,
}

/// What a quote attributes: words someone said or wrote, the words of a
/// document, a belief, or a perception or finding. Speech and documents
/// are what was said; the others report a state of mind or what someone
/// found, and readers and the store leave them out unless asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionType {
    /// Said, told, wrote, announced, tweeted; the default.
    #[default]
    Speech,
    /// A report, statement, law or message says.
    Document,
    /// Believes, thinks, hopes, wants, plans.
    Belief,
    /// Knows, found, showed, saw, learned.
    Perception,
}

impl AttributionType {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionType::Speech => "speech",
            AttributionType::Document => "document",
            AttributionType::Belief => "belief",
            AttributionType::Perception => "perception",
        }
    }

    /// Whether the quote reports what was said (speech or a document's
    /// words), what the report, search and the store show by default.
    pub fn is_said(self) -> bool {
        matches!(self, AttributionType::Speech | AttributionType::Document)
    }
}

/// Who said it: the mention in the text and the entity it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Speaker {
    /// Entity id, when resolved.
    pub entity: Option<String>,
    /// Canonical name of the entity, or the mention's words.
    pub name: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub text: Option<String>,
}

impl crate::MapOffsets for Speaker {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = self.start.map(f);
        self.end = self.end.map(f);
    }
}

/// Something a person or body said, with its cue and speaker.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, ... unique within the document.
    pub id: String,
    pub kind: QuoteKind,
    /// What it attributes: speech, a document's words, a belief, a
    /// perception or finding.
    #[serde(rename = "type", default)]
    pub attribution: AttributionType,
    /// Content span (without the quotation marks).
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<SpanText>,
    pub speaker: Speaker,
    /// Hedges and evidential markers that qualify this quote.
    #[serde(default)]
    pub hedges: Vec<SpanText>,
    /// Id of a quote this one sits inside (a partial quote inside reported speech).
    pub within: Option<String>,
}
map_offsets!(Quote; offsets: [start, end]; nested: [cue, speaker, hedges]);

/// One side of an attribution edge: an entity, or a name that is no entity
/// ("one of the White House's statements").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Party {
    pub entity: Option<String>,
    pub name: String,
}

/// "speaker repeated / quoted / cited source": an edge of an attribution chain.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attribution {
    /// `a1`, `a2`, ... unique within the document (hedges point here).
    #[serde(default)]
    pub id: String,
    pub speaker: Party,
    pub source: Party,
    pub cue: Option<SpanText>,
    #[serde(default)]
    pub hedges: Vec<SpanText>,
    /// The sentence the edge is read from.
    pub start: usize,
    pub end: usize,
}
map_offsets!(Attribution; offsets: [start, end]; nested: [cue, hedges]);

/// A hedge or evidential marker ("allegedly", "potentially", "according to").
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Hedge {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `hedge` (weakens the claim), `evidential` (names how it is known),
    /// `opinion` ("in his opinion").
    pub kind: String,
    /// Id of the quote (`q..`) or attribution edge (`a..`) it qualifies.
    pub applies_to: Option<String>,
}
map_offsets!(Hedge; offsets: [start, end]; nested: []);
