//! Direct, partial, indirect and mixed quotes: finding them and their
//! cues and speakers (as token ranges), then resolving the speakers.

mod according;
mod anaphoric;
mod antecedent;
mod as_report;
mod brackets;
mod content;
mod dateline;
mod direct;
mod drafts;
mod gapped;
mod joined;
mod object_first;
mod one_content;
mod passive;
mod phrases;
mod quoted_as;
mod reported;
mod resolver;
mod slavic;
mod speaker;
mod words;

use claimtrace_core::QuoteKind;

pub use brackets::reports_in_brackets;
pub use dateline::past_datelines;
pub use drafts::find_drafts;
pub use gapped::gapped_reports;
pub use joined::cut_joined_reports;
pub use object_first::object_first_reports;
pub use one_content::one_content_per_verb;
pub use passive::agentless_passives;
pub use quoted_as::quoted_as_saying;
pub(crate) use reported::is_affiliated_speaker_word;
pub use resolver::Resolver;
pub(crate) use slavic::author_verb_after_dash;
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

/// Removes the drafts whose `keep` is false, renumbering the indices the
/// others hold (`inherit_from`, `within`); a reference to a removed draft
/// becomes `None`.
pub fn remove_drafts(drafts: &mut Vec<Draft>, keep: &[bool]) {
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut new_index = Vec::with_capacity(drafts.len());
    let mut next = 0;
    for i in 0..drafts.len() {
        if keep.get(i).copied().unwrap_or(true) {
            new_index.push(Some(next));
            next += 1;
        } else {
            new_index.push(None);
        }
    }
    let mut i = 0;
    drafts.retain(|_| {
        let k = new_index.get(i).is_some_and(Option::is_some);
        i += 1;
        k
    });
    let renumber = |r: Option<usize>| r.and_then(|r| new_index.get(r).copied().flatten());
    for d in drafts.iter_mut() {
        d.inherit_from = renumber(d.inherit_from);
        d.within = renumber(d.within);
    }
}

/// A reporting verb met in a sentence, with the speaker found for it;
/// partial quotes in the sentence take it when no report contains them.
#[derive(Debug, Clone, Copy)]
struct CueSeen {
    cue: (usize, usize),
    speaker: Option<(usize, usize)>,
}

/// Whether token `i` is a weekday ("Tuesday", "четверг").
pub(crate) fn is_weekday(ctx: &crate::doc::Ctx, i: usize) -> bool {
    words::rule_words().is_weekday(ctx, i)
}

/// Whether token `i` is a noun for a document ("message", "letter",
/// "заявление"): the lexicons' `document_nouns`.
pub(crate) fn is_document_noun(ctx: &crate::doc::Ctx, i: usize) -> bool {
    words::rule_words()
        .document_nouns
        .iter()
        .any(|w| ctx.lower_is(i, w))
}
