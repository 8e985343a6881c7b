use serde::{Deserialize, Serialize};

use crate::map_offsets;

/// A check-worthy statement: a sentence or quote that asserts something a
/// fact-checker could verify (numbers, attributions, events).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Claim {
    /// `c1`, `c2`, ...
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// 0..1: how check-worthy.
    pub score: f32,
    /// Id of the quote that carries the claim, if any.
    pub quote: Option<String>,
    /// Speaker's canonical name, if known.
    pub speaker: Option<String>,
}
map_offsets!(Claim; offsets: [start, end]; nested: []);
