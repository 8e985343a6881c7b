//! Passages: windows of consecutive sentences, stored beside the single
//! statements so that a quote pasted over two sentences, a claim of three,
//! or a short document as a whole is one unit that retrieval and alignment
//! can meet whole.
//!
//! For every paragraph of two or more sentences: each pair of neighbouring
//! sentences, each three when it has four or more, and the paragraph whole
//! when it has three or more sentences and at most [`MAX_PASSAGE_WORDS`]
//! words. No window runs across a transcript turn ("Vladimir Putin: ..."). A short document (at most
//! [`MAX_PASSAGE_WORDS`] words) is also one passage whole: a fact-check's
//! claim or a post is matched as written. Passages inside a quote carry
//! the quote's speaker.

use claimtrace_core::{CharIndex, Document};

use crate::statement::{transcript_label, StatementKind, StatementSpan};

/// Longer windows are not stored: a repeated quote is a sentence or a few.
pub const MAX_PASSAGE_WORDS: usize = 100;

/// The passages of `doc` that are not already a statement of `existing`
/// (code-point spans), with the speaker of the quote that holds them.
pub fn passages_of(
    doc: &Document,
    existing: &[StatementSpan],
    chars: &CharIndex,
) -> Vec<StatementSpan> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let sentences = &doc.sentences;
    let mut i = 0;
    while i < sentences.len() {
        let para = sentences[i].paragraph;
        let mut j = i;
        while j < sentences.len() && sentences[j].paragraph == para {
            j += 1;
        }
        let run = &sentences[i..j];
        // A sentence that opens a speaker's turn ("Vladimir Putin: ...")
        // starts a new passage: one passage is one speaker's words.
        let opens_turn = |s: &claimtrace_core::Sentence| {
            doc.text
                .get(s.start..s.end)
                .is_some_and(|t| transcript_label(t).is_some())
        };
        for w in run.windows(2) {
            if !opens_turn(&w[1]) {
                spans.push((w[0].start, w[1].end));
            }
        }
        // Three sentences when the paragraph has more (a quote of three
        // short sentences: "... the future. About how we will live after
        // the war. How we will rebuild our country").
        if run.len() > 3 {
            for w in run.windows(3) {
                if !opens_turn(&w[1]) && !opens_turn(&w[2]) {
                    spans.push((w[0].start, w[2].end));
                }
            }
        }
        let one_turn = run.iter().skip(1).all(|s| !opens_turn(s));
        if let (true, Some(first), Some(last)) =
            (run.len() >= 3 && one_turn, run.first(), run.last())
        {
            spans.push((first.start, last.end));
        }
        i = j.max(i + 1);
    }
    let whole = doc.text.trim();
    if !whole.is_empty() && whole.split_whitespace().count() <= MAX_PASSAGE_WORDS {
        let start = doc.text.len() - doc.text.trim_start().len();
        spans.push((start, start + whole.len()));
    }
    spans.sort_unstable();
    spans.dedup();

    // Quote spans (code points) sorted by start, for the speaker of a
    // passage inside one.
    let mut quotes: Vec<&StatementSpan> = existing
        .iter()
        .filter(|s| s.kind == StatementKind::Quote)
        .collect();
    quotes.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut known: Vec<(usize, usize)> = existing.iter().map(|s| (s.start, s.end)).collect();
    known.sort_unstable();

    let mut out = Vec::new();
    for (s, e) in spans {
        let Some(raw) = doc.text.get(s..e) else {
            continue;
        };
        let text = raw.trim();
        if text.split_whitespace().count() > MAX_PASSAGE_WORDS
            || text.split_whitespace().count() < 3
        {
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let (cs, ce) = (
            chars.char_offset(s + lead),
            chars.char_offset(s + lead + text.len()),
        );
        if known.binary_search(&(cs, ce)).is_ok() {
            continue;
        }
        let holder = quotes[..quotes.partition_point(|q| q.start <= cs)]
            .iter()
            .rev()
            .take(8)
            .find(|q| q.end >= ce);
        out.push(StatementSpan {
            kind: StatementKind::Passage,
            local_id: None,
            text_start: s + lead,
            text_end: s + lead + text.len(),
            start: cs,
            end: ce,
            speaker: holder.and_then(|q| q.speaker.clone()),
            speaker_kind: holder.map_or(Default::default(), |q| q.speaker_kind),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::Metadata;

    fn passages(text: &str) -> Vec<String> {
        let mut doc = Document::new(text, Metadata::default());
        claimtrace_text::prepare(&mut doc);
        passages_of(&doc, &[], &CharIndex::new(&doc.text))
            .iter()
            .map(|p| p.text(&doc.text).to_string())
            .collect()
    }

    #[test]
    fn windows_of_two_and_three_sentences_within_a_paragraph() {
        let long = "The talks resumed on Monday after a week of delays and mutual accusations. \
The delegations met in Istanbul for six hours behind closed doors. Both sides said the \
atmosphere was businesslike but tense throughout. A further round is planned for next week. "
            .repeat(3);
        let text = format!(
            "Talks resume in Istanbul\n{}\nAnother paragraph.",
            long.trim()
        );
        let ps = passages(&text);
        assert!(ps
            .iter()
            .any(|p| p.starts_with("The delegations met") && p.ends_with("tense throughout.")));
        assert!(ps.iter().any(|p| p.starts_with("The delegations met")
            && p.ends_with("planned for next week.")
            && p.matches('.').count() == 3));
        // No passage crosses the paragraph break.
        assert!(ps.iter().all(|p| !p.contains("Another paragraph")));
    }

    #[test]
    fn a_new_speakers_turn_starts_a_new_passage() {
        // (The document whole is a passage too: it is short.)
        let ps = passages(
            "Meeting transcript\nWe will build the road by the end of the year. \
The money is there. Vladimir Putin: Thank you, that is good news for the region. \
We will check the work in spring.",
        );
        let windows: Vec<&String> = ps.iter().filter(|p| !p.starts_with("Meeting")).collect();
        assert!(
            windows
                .iter()
                .all(|p| !(p.contains("money is there") && p.contains("Thank you"))),
            "{ps:#?}"
        );
        assert!(windows
            .iter()
            .any(|p| p.starts_with("Vladimir Putin: Thank you")));
    }
}
