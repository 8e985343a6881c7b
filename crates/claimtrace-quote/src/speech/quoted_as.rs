//! "Interfax quoted Peskov as saying that the talks had stalled": the
//! words are Peskov's, relayed by the outlet. The subject-first reading
//! gives them to the outlet (or reads "Peskov as saying" as what was
//! said); this pass, after the rules and the tagger, gives each report of
//! such a frame the object as its speaker and the words after the
//! participle as its content ("that" left out), and a direct quote right
//! before the frame ("\"...,\" Interfax quoted Mr Khodorkovsky as saying")
//! the same speaker. In "Vasin was quoted by Tass as saying" the speaker
//! is the subject.

use claimtrace_core::{QuoteKind, TokenKind};

use crate::doc::Ctx;
use crate::speaker_words::content_words;

use super::{Draft, TokenRange};

/// The longest object read between the verb and "as", in tokens.
const MAX_OBJECT: usize = 10;
/// The most tokens between a quote's end and the verb after it.
const MAX_GAP: usize = 8;

/// One frame: the verb, the speaker (its object, or its subject when it is
/// passive) and the participle.
struct Frame {
    verb: usize,
    speaker: TokenRange,
    participle: usize,
    /// "quoted" when the object stands between the verb and "as", else
    /// the whole "quoted (by Tass) as saying".
    cue: TokenRange,
    passive: bool,
}

/// Every frame of the document, in order; one pass over the tokens, each
/// verb reading at most [`MAX_OBJECT`] tokens on.
fn frames(ctx: &Ctx) -> Vec<Frame> {
    let words = content_words();
    let n = ctx.toks.len();
    let mut out = Vec::new();
    for v in 0..n {
        if !words.quoting_verbs.iter().any(|w| ctx.lower_is(v, w)) {
            continue;
        }
        // "was quoted (by Tass) as saying": the subject speaks.
        let passive = v > 0
            && words
                .passive_auxiliaries
                .iter()
                .any(|w| ctx.lower_is(v - 1, w));
        let from = if passive { v + 1 } else { v + 2 };
        let Some(as_at) = (from..n.min(from + MAX_OBJECT))
            .take_while(|&k| ctx.kind(k) == Some(TokenKind::Word))
            .find(|&k| words.quoting_as.iter().any(|w| ctx.lower_is(k, w)))
        else {
            continue;
        };
        let participle = as_at + 1;
        if !words
            .quoting_participles
            .iter()
            .any(|w| ctx.lower_is(participle, w))
        {
            continue;
        }
        let speaker = if passive {
            let (sa, _) = ctx.sentence_range(v);
            ctx.np_before(v - 1, sa)
        } else {
            Some((v + 1, as_at))
        };
        if let Some(speaker) = speaker.filter(|(s0, s1)| s0 < s1) {
            let cue = if passive {
                (v, participle + 1)
            } else {
                (v, v + 1)
            };
            out.push(Frame {
                verb: v,
                speaker,
                participle,
                cue,
                passive,
            });
        }
    }
    out
}

/// Gives the drafts of each frame its object as speaker (see the module).
/// A report whose words after the participle open with a preposition
/// ("as saying via his lawyers", "as saying in a statement") reports
/// nothing of its own (the quote before the frame holds the words) and
/// is dropped.
pub fn quoted_as_saying(ctx: &Ctx, drafts: &mut Vec<Draft>) {
    let frames = frames(ctx);
    if frames.is_empty() {
        return;
    }
    let mut keep = vec![true; drafts.len()];
    for (i, d) in drafts.iter_mut().enumerate() {
        let (c0, c1) = d.content;
        // Only the frames whose verb is a few tokens before the content's
        // start or after its end can be this draft's (frames are in token
        // order): the work stays linear in a long document.
        let near = |lo: usize, hi: usize| {
            let from = frames.partition_point(|f| f.verb < lo);
            frames[from..].iter().take_while(move |f| f.verb <= hi)
        };
        let candidates = near(c0.saturating_sub(MAX_OBJECT + 3), c0).chain(near(c1, c1 + MAX_GAP));
        for f in candidates {
            let after = f.participle + 1;
            let words_after = if after < ctx.toks.len() && ctx.lex(after).complementizer {
                after + 1
            } else {
                after
            };
            // A report whose content holds the object, or starts where the
            // participle's words do.
            let reported = c0 >= f.verb && c0 <= words_after && c1 > words_after;
            // A quote closed right before the verb: between them only
            // marks and the words the reading took for its speaker and cue
            // (the outlet).
            let read = |k: usize| {
                ctx.kind(k) != Some(TokenKind::Word)
                    || d.speaker.is_some_and(|(s0, s1)| (s0..s1).contains(&k))
                    || d.cue.is_some_and(|(a, b)| (a..b).contains(&k))
            };
            let before = d.kind == QuoteKind::Direct
                && c1 <= f.verb
                && f.verb - c1 <= MAX_GAP
                && (c1..f.verb).all(read);
            if reported {
                let adjunct = content_words()
                    .quoting_adjuncts
                    .iter()
                    .any(|w| ctx.lower_is(words_after, w));
                if adjunct {
                    if let Some(k) = keep.get_mut(i) {
                        *k = false;
                    }
                    break;
                }
                d.content = (words_after, c1);
            } else if !before {
                continue;
            }
            // A subject the reading found already (an appositive after a
            // name) stays; the outlet after "by" does not.
            let subject_read = f.passive && d.speaker.is_some_and(|(_, s1)| s1 <= f.verb);
            if !subject_read {
                d.speaker = Some(f.speaker);
            }
            d.cue = Some(f.cue);
            break;
        }
    }
    super::remove_drafts(drafts, &keep);
}
