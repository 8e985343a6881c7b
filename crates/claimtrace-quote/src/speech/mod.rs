//! Direct, partial, indirect and mixed quotes: finding them and their
//! cues and speakers (as token ranges), then resolving the speakers.

mod according;
mod antecedent;
mod content;
mod direct;
mod drafts;
mod phrases;
mod reported;
mod resolver;
mod slavic;
mod speaker;
mod words;

use claimtrace_core::QuoteKind;

pub use drafts::find_drafts;
pub use resolver::Resolver;
pub use speaker::{collapse_whitespace, finish};

const NONE: u32 = u32::MAX;

/// Token indices `[a, b)`.
type TokenRange = (usize, usize);

/// A quote before its speaker is resolved. Ranges are token ranges `[a, b)`.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: QuoteKind,
    pub content: (usize, usize),
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<(usize, usize)>,
    /// Index of the draft whose speaker this one shares (a partial quote
    /// inside reported speech, a floating or split quote).
    pub inherit_from: Option<usize>,
    /// Index of the draft this one sits inside.
    pub within: Option<usize>,
}

/// A reporting verb met in a sentence, with the speaker found for it;
/// partial quotes in the sentence take it when no report contains them.
#[derive(Debug, Clone, Copy)]
struct CueSeen {
    cue: (usize, usize),
    speaker: Option<(usize, usize)>,
}
