//! Versions found through the words a paraphrase quotes.
//!
//! News reports a statement in its own words and quotes a few of the
//! speaker's: "Zelensky called on the West to make Russia pay “the highest
//! price” and to close its ports to Russian ships". Scored as a whole, such
//! a paraphrase matches no one statement of the source (its words are
//! spread over several sentences there, and most are the reporter's). But
//! the quoted words are the speaker's own, word for word in the source's
//! English, and the paraphrase's other words are found around them.
//!
//! So: each quoted fragment of the query (two words or more, one of them
//! not a function word) is looked up; a statement holds it when it holds
//! all its words in a row (for a long fragment, which another translation
//! words differently, a run of [`LONG_RUN`] of them); the statement must be
//! the query's speaker's (its speaker or its document's title names them:
//! without a speaker this reading is not tried), dated on or before the
//! query; and the sentences within [`REACH`] characters around it must hold
//! at least [`CONTEXT_SHARE`] of the query's terms, each weighted by its
//! rarity in the store (the quoted words themselves count: another
//! translation holds only some of a long fragment; and a common phrase,
//! "special military operation", weighs little); an older statement needs
//! more ([`age_penalty`]). Its similarity is then the threshold a version
//! needs, plus half the share above that least.

use std::collections::HashSet;

use crate::matching::{match_terms, parse_day};
use crate::statement::{Statement, StatementKind};
use crate::text::{is_stop_word, words};
use crate::tracer::{CandidateSource, TraceError};

/// Characters before and after the quoted words whose sentences are read.
const REACH: usize = 800;
/// The least share of the query's terms (weighted by rarity) the
/// neighbourhood must hold.
const CONTEXT_SHARE: f32 = 0.35;
/// How fast the share needed grows with the statement's age ([`age_penalty`]):
/// a week adds 0.07, a month 0.17, three months 0.26, a year 0.4.
const AGE_WEIGHT: f32 = 0.1;
/// How much a share above [`CONTEXT_SHARE`] adds to the threshold a
/// version needs: the better held of two neighbourhoods is the likelier.
const SHARE_WEIGHT: f32 = 0.5;
/// A fragment longer than this many words counts when a run of this many
/// of its words (two of them content words) is in the statement.
const LONG_RUN: usize = 5;
/// Statements read per fragment.
const CANDIDATES: usize = 200;
/// At most this many fragments of one query are looked up.
const MAX_FRAGMENTS: usize = 4;
/// At most this many documents are read for one query.
const MAX_DOCS: usize = 24;
/// At most this many runs of one long fragment are searched for.
const MAX_RUNS: usize = 12;

/// The spans of text inside quotation marks (“…”, «…», „…“, "…"), in order.
pub(crate) fn quoted_fragments(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '«' | '„' | '"') => open = Some((i + c.len_utf8(), c)),
            (Some((start, opener)), '”' | '»' | '“' | '"') => {
                let closes = match opener {
                    '“' => c == '”',
                    '«' => c == '»',
                    '„' => c == '“' || c == '”',
                    _ => c == '"',
                };
                if closes {
                    if let Some(inner) = text.get(start..i) {
                        out.push(inner.trim());
                    }
                    open = None;
                }
            }
            _ => {}
        }
    }
    out
}

/// A fragment worth looking up: its lower-cased words, when it has two or
/// more and one of them is no function word.
fn fragment_words(fragment: &str) -> Option<Vec<String>> {
    let ws: Vec<String> = words(fragment).into_iter().map(|w| w.norm).collect();
    let content = ws.iter().filter(|w| !is_stop_word(w)).count();
    (ws.len() >= 2 && content >= 1).then_some(ws)
}

/// A few quoted words that can point to where they were said: two or
/// more of which two are no function words ("lightning fast", not "in
/// turn" or "we will").
pub(crate) fn distinctive_fragment(fragment: &str) -> Option<Vec<String>> {
    let ws = fragment_words(fragment)?;
    (ws.iter().filter(|w| !is_stop_word(w)).count() >= 2).then_some(ws)
}

/// The runs of a fragment to search for: the whole of a short one; of a
/// long one, each [`LONG_RUN`] words in a row that hold two content words
/// (at most [`MAX_RUNS`]), since another translation words only some runs
/// alike and any of them may be the one.
fn searched_runs(fragment: &[String]) -> Vec<String> {
    if fragment.len() <= LONG_RUN {
        return vec![fragment.join(" ")];
    }
    let mut runs = Vec::new();
    let mut start = 0;
    while start + LONG_RUN <= fragment.len() {
        let run = fragment.get(start..start + LONG_RUN).unwrap_or(&[]);
        if run.iter().filter(|w| !is_stop_word(w)).count() >= 2 {
            runs.push(run.join(" "));
        }
        start += 1;
        if runs.len() >= MAX_RUNS {
            break;
        }
    }
    runs
}

/// Whether `statement` holds the fragment's words in a row: all of them, or
/// for a long fragment a run of [`LONG_RUN`] with two content words.
pub(crate) fn holds_fragment(fragment: &[String], statement: &str) -> bool {
    let st: Vec<String> = words(statement).into_iter().map(|w| w.norm).collect();
    let need = fragment.len().min(LONG_RUN);
    for start in 0..st.len() {
        for f in 0..fragment.len() {
            let run = st
                .get(start..)
                .unwrap_or(&[])
                .iter()
                .zip(fragment.get(f..).unwrap_or(&[]))
                .take_while(|(a, b)| a == b)
                .count();
            if run < need {
                continue;
            }
            let content = fragment
                .get(f..f + run)
                .unwrap_or(&[])
                .iter()
                .filter(|w| !is_stop_word(w))
                .count();
            if run == fragment.len() || content >= 2 {
                return true;
            }
        }
    }
    false
}

/// In a transcript the words are a turn of someone's: whose they are is
/// that turn's speaker (the quote among `around`, statements of its
/// document, that holds `st` and names a speaker), when there is one.
pub(crate) fn take_turn_speaker(st: &mut Statement, around: &[Statement]) {
    if let Some(turn) = around.iter().find(|q| {
        q.kind == StatementKind::Quote
            && q.speaker.is_some()
            && q.start <= st.start
            && q.end >= st.end
    }) {
        st.speaker = turn.speaker.clone();
        st.speaker_kind = turn.speaker_kind;
    }
}

/// The share of the weight of `weights`' terms found in the statements of
/// `doc` around `anchor` (within [`REACH`] characters of it).
fn context_share(weights: &[(String, f32)], doc: &[Statement], anchor: &Statement) -> f32 {
    let total: f32 = weights.iter().map(|(_, w)| w).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let from = anchor.start.saturating_sub(REACH);
    let to = anchor.end + REACH;
    let mut seen: HashSet<String> = HashSet::new();
    for st in doc {
        // Sentences that reach into the window; quotes and passages inside
        // it (a sentence inside a quote is stored as the quote).
        let read = match st.kind {
            StatementKind::Sentence => st.end >= from && st.start <= to,
            StatementKind::Claim => false,
            _ => st.start >= from && st.end <= to,
        };
        if read {
            seen.extend(match_terms(&st.text));
        }
    }
    let held: f32 = weights
        .iter()
        .filter(|(t, _)| seen.contains(t))
        .map(|(_, w)| w)
        .sum();
    held / total
}

/// What a statement's age before the query adds to the share its
/// neighbourhood must hold: news that quotes a few words of a statement
/// reports what was said in the days before, so an older statement that
/// happens to hold the same words ("forced to leave Ukraine", said two
/// years earlier) needs much more of the paraphrase around them. Nothing
/// when either date is unknown.
fn age_penalty(query_date: Option<&str>, date: Option<&str>) -> f32 {
    match (query_date.and_then(parse_day), date.and_then(parse_day)) {
        (Some(q), Some(d)) => AGE_WEIGHT * (1.0 + (q - d).max(0) as f32 / 7.0).ln(),
        _ => 0.0,
    }
}

/// Each term of `text` weighted by its rarity in the store (a term in
/// every statement, "war" in a war corpus, says little of where the
/// words come from). In term order: sums over them come out the same on
/// every run (a sum in hash order does not, in its last bits).
fn rarity_weights(
    source: &dyn CandidateSource,
    text: &str,
) -> Result<Vec<(String, f32)>, TraceError> {
    let mut terms = match_terms(text);
    terms.sort_unstable();
    terms.dedup();
    let stats = source.match_units(&terms, 0)?.stats;
    let units = stats.units.max(1) as f32;
    Ok(terms
        .into_iter()
        .map(|t| {
            let df = stats.df.get(&t).copied().unwrap_or(0).max(1) as f32;
            let w = (1.0 + units / df).ln();
            (t, w)
        })
        .collect())
}

/// Versions of the query found through its quoted words, each with its
/// similarity (see the module's documentation). `speaker_agrees` says
/// whether a statement is the query speaker's: `Some(false)` when it is
/// someone else's, `None` when it cannot say.
pub(crate) fn versions_by_quoted_words(
    source: &dyn CandidateSource,
    query: &str,
    before: Option<&str>,
    exclude: &HashSet<String>,
    speaker_agrees: impl Fn(&Statement) -> Option<bool>,
    threshold: f32,
) -> Result<Vec<(Statement, f32)>, TraceError> {
    let quoted = quoted_fragments(query);
    let fragments: Vec<Vec<String>> = quoted
        .iter()
        .filter_map(|f| fragment_words(f))
        .take(MAX_FRAGMENTS)
        .collect();
    if fragments.is_empty() {
        return Ok(Vec::new());
    }
    let weights = rarity_weights(source, query)?;
    let mut found: Vec<(Statement, f32)> = Vec::new();
    let mut read_docs: HashSet<String> = HashSet::new();
    for fragment in &fragments {
        let mut hits = Vec::new();
        for run in searched_runs(fragment) {
            hits.extend(source.statements_saying(&run, before, CANDIDATES)?);
        }
        for mut st in hits {
            if st.kind == StatementKind::Claim
                || exclude.contains(&st.doc_id)
                || read_docs.contains(&st.doc_id)
                || read_docs.len() >= MAX_DOCS
                || before.zip(st.date.as_deref()).is_some_and(|(b, d)| d > b)
                || !holds_fragment(fragment, &st.text)
            {
                continue;
            }
            read_docs.insert(st.doc_id.clone());
            let doc = source.statements_around(
                &st.doc_id,
                st.start.saturating_sub(REACH),
                st.end + REACH,
            )?;
            take_turn_speaker(&mut st, &doc);
            if speaker_agrees(&st) == Some(false) {
                continue;
            }
            let share = context_share(&weights, &doc, &st);
            let need = CONTEXT_SHARE + age_penalty(before, st.date.as_deref());
            if share >= need {
                found.push((st, threshold + (share - need) * SHARE_WEIGHT));
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::MemoryCorpus;
    use crate::statement::SpeakerKind;

    /// A document of sentences (one a line), optionally all of it one
    /// turn of `turn_speaker`.
    fn add_doc(
        corpus: &mut MemoryCorpus,
        id: &str,
        date: &str,
        turn_speaker: Option<&str>,
        lines: &[&str],
    ) {
        let mut at = 0;
        for line in lines {
            let n = line.chars().count();
            corpus.add_statement(Statement {
                doc_id: id.into(),
                date: Some(date.into()),
                text: (*line).into(),
                start: at,
                end: at + n,
                ..Default::default()
            });
            at += n + 1;
        }
        if let Some(speaker) = turn_speaker {
            corpus.add_statement(Statement {
                doc_id: id.into(),
                date: Some(date.into()),
                kind: StatementKind::Quote,
                text: lines.join(" "),
                start: 0,
                end: at,
                speaker: Some(speaker.into()),
                speaker_kind: SpeakerKind::Person,
                ..Default::default()
            });
        }
    }

    const SPEECH: &[&str] = &[
        "For ninety days our coast has been closed by a blockading fleet.",
        "Whoever closes the sea must pay a heavy and lasting price for it.",
        "No tanker of the blockading state should enter the harbours of free nations.",
        "Every barrel of its diesel you buy pays for the next mine in our waters.",
    ];
    const PARAPHRASE: &str = "Marchuk urged neighbours to make the blockading fleet pay \
         “a heavy and lasting price” and to shut their harbours to its tankers and diesel.";

    fn found(corpus: &MemoryCorpus, query_date: &str) -> Vec<String> {
        let marchuk = |st: &Statement| match st.speaker.as_deref() {
            Some("Olena Marchuk") => Some(true),
            Some(_) => Some(false),
            None => None,
        };
        versions_by_quoted_words(
            corpus,
            PARAPHRASE,
            Some(query_date),
            &HashSet::new(),
            marchuk,
            0.65,
        )
        .unwrap_or_default()
        .into_iter()
        .map(|(st, _)| st.doc_id)
        .collect()
    }

    #[test]
    fn the_speech_that_holds_the_quoted_words_and_the_rest_around_them_is_found() {
        let mut corpus = MemoryCorpus::new();
        add_doc(&mut corpus, "speech", "2023-05-10", None, SPEECH);
        add_doc(
            &mut corpus,
            "other",
            "2023-05-10",
            None,
            &["The harbour was quiet."],
        );
        assert_eq!(found(&corpus, "2023-05-12"), vec!["speech".to_string()]);
    }

    #[test]
    fn the_same_words_in_another_speakers_turn_are_not_the_speakers() {
        let mut corpus = MemoryCorpus::new();
        add_doc(
            &mut corpus,
            "forum",
            "2023-05-10",
            Some("Pavel Drozd"),
            SPEECH,
        );
        assert!(found(&corpus, "2023-05-12").is_empty());
        let mut corpus = MemoryCorpus::new();
        add_doc(
            &mut corpus,
            "forum",
            "2023-05-10",
            Some("Olena Marchuk"),
            SPEECH,
        );
        assert_eq!(found(&corpus, "2023-05-12"), vec!["forum".to_string()]);
    }

    #[test]
    fn a_statement_long_before_the_report_needs_more_of_it_around_the_words() {
        let half: Vec<&str> = SPEECH.iter().take(2).copied().collect();
        let mut corpus = MemoryCorpus::new();
        add_doc(&mut corpus, "speech", "2021-03-02", None, &half);
        assert!(found(&corpus, "2023-05-12").is_empty());
        let mut corpus = MemoryCorpus::new();
        add_doc(&mut corpus, "speech", "2023-05-10", None, &half);
        assert_eq!(found(&corpus, "2023-05-12"), vec!["speech".to_string()]);
    }

    #[test]
    fn fragments_are_read_inside_each_kind_of_quotation_mark() {
        let text = "He said Russia must pay “the highest price”, called the talks «a farce» and \"a waste\".";
        assert_eq!(
            quoted_fragments(text),
            vec!["the highest price", "a farce", "a waste"]
        );
        // An unclosed mark quotes nothing.
        assert!(quoted_fragments("He spoke of “peace").is_empty());
    }

    #[test]
    fn a_fragment_needs_two_words_and_one_content_word() {
        assert!(fragment_words("genocide").is_none());
        assert!(fragment_words("of the").is_none());
        assert_eq!(
            fragment_words("immediately after"),
            Some(vec!["immediately".to_string(), "after".to_string()])
        );
    }

    #[test]
    fn a_short_fragment_is_held_whole_and_a_long_one_by_a_run() {
        let short = fragment_words("the highest price").unwrap_or_default();
        assert!(holds_fragment(
            &short,
            "As long as it does not stop, it must pay the highest price."
        ));
        assert!(!holds_fragment(
            &short,
            "The price was the highest in years."
        ));
        // Another translation of a long fragment keeps a run of its words.
        let long = fragment_words(
            "already thinking about the future, about how we're going to live after the war",
        )
        .unwrap_or_default();
        assert!(holds_fragment(
            &long,
            "But all our people are already thinking about the future."
        ));
        assert!(!holds_fragment(&long, "We are thinking about the war."));
    }
}
