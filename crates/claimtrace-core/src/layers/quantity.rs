use serde::{Deserialize, Serialize};

use crate::{map_offsets, SpanText};

/// A number with what it counts or measures.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The value; null for a range.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// `=` `~` `<` `<=` `>` `>=`.
    pub comparator: String,
    /// Lemma of the counted noun (`shell`) or ISO code (`USD`), `percent`, `km`.
    pub unit: Option<String>,
    /// What the unit is: `count`, `currency`, `percent`, `measure` or `none`.
    #[serde(default)]
    pub unit_kind: String,
    /// The unit is not written next to the number but carried over from an
    /// earlier quantity in the same sentence or quote ("15,000 per month").
    #[serde(default)]
    pub unit_elided: bool,
    /// Rate period: `day`, `week`, `month`, `year`, ...
    pub per: Option<String>,
    /// `up` / `down` for changes ("rose by 76%").
    pub change: Option<String>,
    pub subject: Option<SpanText>,
    /// Canonical name of the speaker of the quote holding the quantity.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Id of that quote.
    #[serde(default)]
    pub quote: Option<String>,
}
map_offsets!(Quantity; offsets: [start, end]; nested: [subject]);

/// Two quantities of one unit on different rates, normalised to compare.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Comparison {
    /// Indexes into `quantities`.
    pub left: usize,
    pub right: usize,
    pub unit: Option<String>,
    /// The common period both were converted to.
    pub per: Option<String>,
    /// left / right, as a range when either side is a range.
    pub ratio_low: f64,
    pub ratio_high: f64,
    /// A sentence for a person: "5,000-6,000 per day vs 15,000 per month: 10-12 times".
    pub summary: String,
    /// The sentence or quote both sit in.
    pub start: usize,
    pub end: usize,
}
map_offsets!(Comparison; offsets: [start, end]; nested: []);
