use serde::{Deserialize, Serialize};

use crate::map_offsets;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeType {
    #[default]
    Date,
    Time,
    Duration,
    Set,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeAnchor {
    /// Resolved against the document date ("yesterday", "last year").
    DocumentDate,
    /// Resolved against the time in focus in the narrative ("a day later").
    Narrative,
    /// Fully written out ("July 16, 2023").
    #[default]
    Absolute,
}

/// A time expression with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// TIMEX3 value: `2023-06-30`, `2022-12`, `2022`, `P3Y`, `P1D`, `XXXX-06-30`.
    pub value: String,
    pub anchor: TimeAnchor,
}
map_offsets!(TimeExpr; offsets: [start, end]; nested: []);

/// A clause dated by a time expression.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Event {
    /// Index into `times`.
    pub time: usize,
    /// The clause.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Entity id of who did it, when known.
    pub actor: Option<String>,
    /// The actor's name as written (the entity's canonical name, or the
    /// capitalised name found in the clause when no entity covers it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
}
map_offsets!(Event; offsets: [start, end]; nested: []);
