//! What changed between two versions of a statement.
//!
//! The two texts are aligned word by word ([`crate::align::diff`]). A tail
//! cut off the older version is `truncated`, a tail added is `extended`;
//! hedges, negations and numbers are then compared on the part the two
//! versions share, so that a cut clause which happened to hold "I think"
//! is reported as a cut, not also as a dropped hedge.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::align::{diff, lcs_len, DiffOp};
use crate::statement::{is_institution_name, SpeakerKind};
use crate::text::{is_stop_word, words, Word};
use claimtrace_lexicon::en::{
    AGENT_BODY_NOUNS, APPROXIMATE_WORDS, BELIEF_VERBS, HEDGE_PHRASES, MODAL_VERBS, NEGATORS,
    NUMBER_WORDS, TRACE,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DifferenceType {
    HedgeDropped,
    HedgeAdded,
    NumberChanged,
    NegationFlipped,
    Truncated,
    Extended,
    SpeakerWidened,
    Paraphrased,
    WordsDropped,
}

impl DifferenceType {
    pub const ALL: [DifferenceType; 9] = [
        DifferenceType::HedgeDropped,
        DifferenceType::HedgeAdded,
        DifferenceType::NumberChanged,
        DifferenceType::NegationFlipped,
        DifferenceType::Truncated,
        DifferenceType::Extended,
        DifferenceType::SpeakerWidened,
        DifferenceType::Paraphrased,
        DifferenceType::WordsDropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DifferenceType::HedgeDropped => "hedge_dropped",
            DifferenceType::HedgeAdded => "hedge_added",
            DifferenceType::NumberChanged => "number_changed",
            DifferenceType::NegationFlipped => "negation_flipped",
            DifferenceType::Truncated => "truncated",
            DifferenceType::Extended => "extended",
            DifferenceType::SpeakerWidened => "speaker_widened",
            DifferenceType::Paraphrased => "paraphrased",
            DifferenceType::WordsDropped => "words_dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for DifferenceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    #[serde(rename = "type")]
    pub kind: DifferenceType,
    pub detail: String,
    /// The older words compared (the part of the statement that matched).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// The newer words compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// One version of a statement: its words and who they are given to.
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub speaker_kind: SpeakerKind,
}

/// Words a changed quote typically changes: hedges, modal verbs (a hedge
/// hardened into "will"), negators and numbers.
pub(crate) fn is_changeable_word(w: &Word) -> bool {
    is_number_word(w)
        || is_negation(&w.norm)
        || MODAL_VERBS.contains(&w.norm.as_str())
        || APPROXIMATE_WORDS.contains(&w.norm.as_str())
        || BELIEF_VERBS.contains(&w.norm.as_str())
}

/// Hedges of a word list, as (index of first word, phrase).
pub(crate) fn hedges(ws: &[Word]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if let Some(next) = ws.get(i + 1) {
            if HEDGE_PHRASES
                .iter()
                .any(|(a, b)| *a == w.norm && *b == next.norm)
            {
                out.push((i, format!("{} {}", w.norm, next.norm)));
                continue;
            }
        }
        if APPROXIMATE_WORDS.contains(&w.norm.as_str()) {
            out.push((i, w.norm.clone()));
        }
    }
    out
}

/// Negators of the shared core, leaving out fixed phrases that negate
/// nothing ("no matter who", "not only ... but", "no doubt").
fn negators(ws: &[Word]) -> Vec<&Word> {
    ws.iter()
        .enumerate()
        .filter(|(i, w)| {
            let next = ws.get(i + 1).map(|n| n.norm.as_str());
            is_negation(&w.norm)
                && !next.is_some_and(|next| {
                    TRACE
                        .non_negating_phrases
                        .contains(&(w.norm.as_str(), next))
                })
        })
        .map(|(_, w)| w)
        .collect()
}

pub(crate) fn is_negation(w: &str) -> bool {
    NEGATORS.contains(&w)
        || TRACE
            .negation_endings
            .iter()
            .any(|&ending| w.ends_with(ending))
}

pub(crate) fn is_number_word(w: &Word) -> bool {
    w.is_number() || NUMBER_WORDS.contains(&w.norm.as_str())
}

/// Minimum words for a cut (or added) edge to count as a clause rather than
/// a dropped word of punctuation-like glue ("and", "so").
const MIN_CLAUSE_WORDS: usize = 2;

/// Content words a cut (or added) edge needs to be a clause: "You know,"
/// cut from the front of a quote changes nothing.
const MIN_CLAUSE_CONTENT: usize = 2;

/// Below this share of shared words the newer version is a paraphrase.
const PARAPHRASE_BELOW: f32 = 0.6;

/// Classifies what changed from `old` to `new`.
pub fn classify(old: &Version, new: &Version) -> Vec<Difference> {
    let wo = words(old.text);
    let wn = words(new.text);
    let ops = diff(&wo, &wn);
    // Words outside the shared core: a cut tail/head of old, an added
    // tail/head of new.
    let (mut out, old_outside, new_outside) = edge_differences(&ops, old, new, &wo, &wn);
    let core_old: Vec<Word> = keep(&wo, &old_outside);
    let core_new: Vec<Word> = keep(&wn, &new_outside);
    out.extend(hedge_differences(&core_old, &core_new));

    // Reworded versions prove nothing by their words alone: a negator or a
    // number word a paraphrase brings ("no politics involved") is not a
    // flipped meaning. Only digits are compared then.
    // Measured on the shorter side: a cut or an addition is not rewording.
    let shorter = core_old.len().min(core_new.len());
    let kept_share = if shorter == 0 {
        1.0
    } else {
        lcs_len(&core_old, &core_new) as f32 / shorter as f32
    };
    let reworded = shorter >= 4 && kept_share < PARAPHRASE_BELOW;
    if !reworded {
        out.extend(negation_difference(&core_old, &core_new));
    }
    out.extend(number_difference(&core_old, &core_new, reworded));
    out.extend(speaker_widening(old, new, &wo, &wn));
    if reworded {
        // The shared core keeps few of the words.
        out.push(Difference::new(
            DifferenceType::Paraphrased,
            format!("{:.0}% of the words kept", 100.0 * kept_share),
        ));
    } else {
        out.extend(words_dropped_inside(&ops, &wo, old.text));
    }
    // Every difference shows the words on both sides.
    for d in &mut out {
        d.before = Some(old.text.to_string());
        d.after = Some(new.text.to_string());
    }
    out
}

impl Difference {
    /// A difference of `kind`; the words on both sides are set by
    /// [`classify`] once all are found.
    fn new(kind: DifferenceType, detail: String) -> Self {
        Difference {
            kind,
            detail,
            before: None,
            after: None,
        }
    }
}

/// A clause cut at either end of the old version or added at either end
/// of the new one (at least [`MIN_CLAUSE_WORDS`] words, of them
/// [`MIN_CLAUSE_CONTENT`] content words), with the words each leaves
/// outside the shared core.
fn edge_differences(
    ops: &[DiffOp],
    old: &Version,
    new: &Version,
    wo: &[Word],
    wn: &[Word],
) -> (Vec<Difference>, Vec<bool>, Vec<bool>) {
    let mut out = Vec::new();
    let mut old_outside = vec![false; wo.len()];
    let mut new_outside = vec![false; wn.len()];
    let edges = [ops.first(), ops.last()];
    for (k, op) in edges.iter().enumerate() {
        let Some(op) = op else { continue };
        let is_tail = k == 1;
        match op {
            DiffOp::Delete { old: r, .. } => {
                let content = content_words(&wo[r.clone()]);
                if r.len() >= MIN_CLAUSE_WORDS && content >= MIN_CLAUSE_CONTENT {
                    old_outside[r.clone()].iter_mut().for_each(|x| *x = true);
                    let cut = span_text(old.text, &wo[r.clone()]);
                    out.push(Difference::new(
                        DifferenceType::Truncated,
                        if is_tail {
                            format!("cut at the end: \"{cut}\"")
                        } else {
                            format!("cut at the start: \"{cut}\"")
                        },
                    ));
                }
            }
            DiffOp::Insert { new: r, .. } => {
                let content = content_words(&wn[r.clone()]);
                if r.len() >= MIN_CLAUSE_WORDS && content >= MIN_CLAUSE_CONTENT {
                    new_outside[r.clone()].iter_mut().for_each(|x| *x = true);
                    let added = span_text(new.text, &wn[r.clone()]);
                    out.push(Difference::new(
                        DifferenceType::Extended,
                        if is_tail {
                            format!("added at the end: \"{added}\"")
                        } else {
                            format!("added at the start: \"{added}\"")
                        },
                    ));
                }
            }
            _ => {}
        }
        if ops.len() == 1 {
            break;
        }
    }
    (out, old_outside, new_outside)
}

/// Hedges dropped and added: the counts of each hedge phrase compared.
fn hedge_differences(core_old: &[Word], core_new: &[Word]) -> Vec<Difference> {
    let count = |ws: &[Word]| {
        let mut m: BTreeMap<String, i32> = BTreeMap::new();
        for (_, h) in hedges(ws) {
            *m.entry(h).or_insert(0) += 1;
        }
        m
    };
    let (ho, hn) = (count(core_old), count(core_new));
    let dropped: Vec<&str> = ho
        .iter()
        .filter(|(h, c)| hn.get(*h).copied().unwrap_or(0) < **c)
        .map(|(h, _)| h.as_str())
        .collect();
    let added: Vec<&str> = hn
        .iter()
        .filter(|(h, c)| ho.get(*h).copied().unwrap_or(0) < **c)
        .map(|(h, _)| h.as_str())
        .collect();
    let mut out = Vec::new();
    if !dropped.is_empty() {
        out.push(Difference::new(
            DifferenceType::HedgeDropped,
            format!("removed: {}", quoted_list(&dropped)),
        ));
    }
    if !added.is_empty() {
        out.push(Difference::new(
            DifferenceType::HedgeAdded,
            format!("added: {}", quoted_list(&added)),
        ));
    }
    out
}

/// Negation: an odd change in the number of negators flips the meaning.
fn negation_difference(core_old: &[Word], core_new: &[Word]) -> Option<Difference> {
    let (no, nn) = (negators(core_old).len(), negators(core_new).len());
    if no == nn {
        return None;
    }
    let detail = if nn > no {
        let added: Vec<&str> = negators_not_in(core_new, core_old);
        format!("negation added: {}", quoted_list(&added))
    } else {
        let removed: Vec<&str> = negators_not_in(core_old, core_new);
        format!("negation removed: {}", quoted_list(&removed))
    };
    Some(Difference::new(DifferenceType::NegationFlipped, detail))
}

/// Numbers: the sequences of numbers in the shared core compared (digits
/// only, when the versions are `reworded`). "One" is rarely a count ("one
/// people", "one of them", "no one").
fn number_difference(core_old: &[Word], core_new: &[Word], reworded: bool) -> Option<Difference> {
    let nums = |ws: &[Word]| -> Vec<String> {
        ws.iter()
            .filter(|w| {
                if reworded {
                    w.is_number()
                } else {
                    is_number_word(w) && !TRACE.uncounted_number_words.contains(&w.norm.as_str())
                }
            })
            .map(|w| w.norm.clone())
            .collect()
    };
    let (so, sn) = (nums(core_old), nums(core_new));
    if so == sn {
        return None;
    }
    let only_old: Vec<&String> = so.iter().filter(|n| !sn.contains(n)).collect();
    let only_new: Vec<&String> = sn.iter().filter(|n| !so.contains(n)).collect();
    let detail = match (only_old.is_empty(), only_new.is_empty()) {
        (false, false) => format!("{} -> {}", join_strings(&only_old), join_strings(&only_new)),
        (false, true) => format!("removed {}", join_strings(&only_old)),
        (true, false) => format!("added {}", join_strings(&only_new)),
        (true, true) => "numbers reordered".to_string(),
    };
    Some(Difference::new(DifferenceType::NumberChanged, detail))
}

/// Speaker: a person's words given to a body, either as the speaker of
/// the new version or named inside it as the one who said it ("was
/// called a crime by the US administration").
fn speaker_widening(old: &Version, new: &Version, wo: &[Word], wn: &[Word]) -> Option<Difference> {
    if old.speaker_kind == SpeakerKind::Institution {
        return None;
    }
    let old_name = old.speaker.unwrap_or("");
    let body = match (new.speaker_kind, new.speaker) {
        (SpeakerKind::Institution, Some(n)) if !same_speaker(old_name, n) => Some(n.to_string()),
        // The whole of both versions: the agent is often in an added tail.
        _ => body_named_in(new.text, wn, wo),
    }?;
    let from = if old_name.is_empty() {
        "the original speaker".to_string()
    } else {
        old_name.to_string()
    };
    Some(Difference::new(
        DifferenceType::SpeakerWidened,
        format!("{from} -> {body}"),
    ))
}

/// Words dropped from inside the quote, the rest kept around them: "a
/// war crime" repeated as "a crime" narrows nothing at the edges and
/// changes no hedge or number, but the meaning is not the same.
fn words_dropped_inside(ops: &[DiffOp], wo: &[Word], old_text: &str) -> Option<Difference> {
    let dropped = dropped_inside(ops, wo, old_text);
    if dropped.is_empty() {
        return None;
    }
    let phrases: Vec<&str> = dropped
        .iter()
        .map(|r| span_text(old_text, &wo[r.clone()]))
        .collect();
    Some(Difference::new(
        DifferenceType::WordsDropped,
        format!("removed: {}", quoted_list(&phrases)),
    ))
}

/// The most words a dropped run may have to be a dropped word or phrase
/// rather than a cut clause.
const MAX_DROPPED_WORDS: usize = 4;

/// Runs of old words deleted inside the shared words (kept words on both
/// sides, nothing put in their place) that hold a content word and no
/// hedge, negator or number (those have their own differences).
///
/// The run must sit inside one clause: "the Nord Stream 2 project, which
/// is a purely commercial project" told as "Nord Stream 2 is a purely
/// commercial project" drops "project, which", a change of construction,
/// not of meaning.
fn dropped_inside(ops: &[DiffOp], wo: &[Word], old_text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let DiffOp::Delete { old: r, .. } = op else {
            continue;
        };
        let kept_around = i > 0
            && matches!(ops[i - 1], DiffOp::Equal { .. })
            && matches!(ops.get(i + 1), Some(DiffOp::Equal { .. }));
        let run = &wo[r.clone()];
        if !kept_around || run.len() > MAX_DROPPED_WORDS {
            continue;
        }
        let (Some(before), Some(after)) = (r.start.checked_sub(1).map(|k| &wo[k]), wo.get(r.end))
        else {
            continue;
        };
        let one_clause = old_text.get(before.end..after.start).is_some_and(|gap| {
            gap.chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
        });
        if !one_clause {
            continue;
        }
        let has_content = run.iter().any(|w| !is_stop_word(&w.norm));
        let has_own_kind = run.iter().any(is_changeable_word) || !hedges(run).is_empty();
        if has_content && !has_own_kind {
            out.push(r.clone());
        }
    }
    out
}

fn same_speaker(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    !a.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// "by the US administration", "the White House said": a body, named as the
/// agent in the new words, that the old words did not name.
fn body_named_in(text: &str, new: &[Word], old: &[Word]) -> Option<String> {
    let in_old = |w: &str| old.iter().any(|o| o.norm == w);
    for (i, w) in new.iter().enumerate() {
        if AGENT_BODY_NOUNS.contains(&w.norm.as_str()) && !in_old(&w.norm) {
            // Take the modifiers before the noun ("the US administration").
            let from = (i.saturating_sub(2)..=i)
                .find(|&k| {
                    !is_stop_word(&new[k].norm)
                        || TRACE
                            .body_modifier_stop_words
                            .contains(&new[k].norm.as_str())
                })
                .unwrap_or(i);
            let phrase = text.get(new[from].start..w.end).unwrap_or(&w.norm);
            let named = format!("the {phrase}");
            if is_institution_name(&named) {
                return Some(named);
            }
        }
    }
    None
}

fn negators_not_in<'a>(a: &'a [Word], b: &[Word]) -> Vec<&'a str> {
    let mut out: Vec<&str> = a
        .iter()
        .filter(|w| is_negation(&w.norm) && !b.iter().any(|x| x.norm == w.norm))
        .map(|w| w.norm.as_str())
        .collect();
    if out.is_empty() {
        out = a
            .iter()
            .filter(|w| is_negation(&w.norm))
            .map(|w| w.norm.as_str())
            .take(1)
            .collect();
    }
    out
}

fn content_words(ws: &[Word]) -> usize {
    let hedge_idx: Vec<usize> = hedges(ws)
        .into_iter()
        .flat_map(|(i, h)| i..i + h.split(' ').count())
        .collect();
    ws.iter()
        .enumerate()
        .filter(|(i, w)| !is_stop_word(&w.norm) && !hedge_idx.contains(i))
        .count()
}

fn keep(ws: &[Word], outside: &[bool]) -> Vec<Word> {
    ws.iter()
        .zip(outside)
        .filter(|(_, o)| !**o)
        .map(|(w, _)| w.clone())
        .collect()
}

fn span_text<'a>(text: &'a str, ws: &[Word]) -> &'a str {
    match (ws.first(), ws.last()) {
        (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or(""),
        _ => "",
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn join_strings(items: &[&String]) -> String {
    items
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version<'_> {
        Version {
            text,
            speaker: None,
            speaker_kind: SpeakerKind::Unknown,
        }
    }

    fn kinds(old: &Version, new: &Version) -> Vec<DifferenceType> {
        classify(old, new).into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn a_word_dropped_inside_the_quote_is_named() {
        let d = classify(
            &v("Last year the use of cluster munitions was called a war crime by the administration."),
            &v("Last year the use of cluster munitions was called a crime by the administration."),
        );
        let dropped: Vec<&Difference> = d
            .iter()
            .filter(|d| d.kind == DifferenceType::WordsDropped)
            .collect();
        assert_eq!(dropped.len(), 1, "{d:?}");
        assert!(
            dropped[0].detail.contains("\"war\""),
            "{}",
            dropped[0].detail
        );
        let d = classify(
            &v("The sanctions against the central bank will stay in force until the spring."),
            &v("The sanctions will stay in force until the spring."),
        );
        assert!(
            d.iter().any(|d| d.kind == DifferenceType::WordsDropped
                && d.detail.contains("against the central")),
            "{d:?}"
        );
    }

    #[test]
    fn hedges_function_words_cut_ends_and_clauses_are_not_dropped_words() {
        // A relative clause turned into the main clause drops no meaning.
        assert!(!kinds(
            &v("Germany is a shareholder in the pipeline project, which is a purely commercial project."),
            &v("Germany is a shareholder in the pipeline, which is a purely commercial project.")
        )
        .contains(&DifferenceType::WordsDropped));
        // The hedge has its own difference.
        assert_eq!(
            kinds(
                &v("It would potentially be a war crime, she said."),
                &v("It would be a war crime, she said.")
            ),
            vec![DifferenceType::HedgeDropped]
        );
        // A function word is not a change of meaning.
        assert!(kinds(
            &v("The talks will resume in the spring in Istanbul."),
            &v("The talks will resume in spring in Istanbul.")
        )
        .is_empty());
        // Words cut at an end are a truncation, not a dropped word.
        assert!(!kinds(
            &v("Grain exports through the Black Sea will resume next week, the minister said."),
            &v("Grain exports through the Black Sea will resume next week.")
        )
        .contains(&DifferenceType::WordsDropped));
    }

    #[test]
    fn faithful_repetition_has_no_difference() {
        let t = "Grain exports through the Black Sea will resume next week.";
        assert!(kinds(&v(t), &v(t)).is_empty());
    }

    #[test]
    fn a_removed_or_hardened_hedge_is_dropped() {
        assert_eq!(
            kinds(
                &v("I think the talks will probably resume in spring."),
                &v("The talks will resume in spring.")
            ),
            vec![DifferenceType::HedgeDropped]
        );
        assert_eq!(
            kinds(
                &v("The sanctions may hurt Europe more than Russia."),
                &v("The sanctions will hurt Europe more than Russia.")
            ),
            vec![DifferenceType::HedgeDropped]
        );
        assert_eq!(
            kinds(
                &v("The sanctions will hurt Europe."),
                &v("The sanctions could hurt Europe.")
            ),
            vec![DifferenceType::HedgeAdded]
        );
    }

    #[test]
    fn numbers_and_negations_are_compared() {
        assert_eq!(
            kinds(
                &v("Bilateral trade grew by 87 percent last year."),
                &v("Bilateral trade grew by 174 percent last year.")
            ),
            vec![DifferenceType::NumberChanged]
        );
        assert_eq!(
            kinds(
                &v("An agreement was reached with Kyiv in December."),
                &v("An agreement was not reached with Kyiv in December.")
            ),
            vec![DifferenceType::NegationFlipped]
        );
    }

    #[test]
    fn a_cut_clause_is_truncation_only() {
        assert_eq!(
            kinds(
                &v("Of course, they should not be endless, but I think we should still continue to pursue them."),
                &v("Of course, they should not be endless.")
            ),
            vec![DifferenceType::Truncated]
        );
        assert_eq!(
            kinds(
                &v("The plant will reopen."),
                &v("The plant will reopen, but only after the inspection by the regulator.")
            ),
            vec![DifferenceType::Extended]
        );
    }

    #[test]
    fn words_of_a_person_given_to_a_body_widen_the_speaker() {
        let old = Version {
            text: "We will ask the State Duma to do its work.",
            speaker: Some("Vladimir Putin"),
            speaker_kind: SpeakerKind::Person,
        };
        let new = Version {
            text: "We will ask the State Duma to do its work.",
            speaker: Some("the Kremlin"),
            speaker_kind: SpeakerKind::Institution,
        };
        assert_eq!(kinds(&old, &new), vec![DifferenceType::SpeakerWidened]);
        let repeated = Version {
            speaker: Some("Lavrov"),
            speaker_kind: SpeakerKind::Person,
            ..new
        };
        assert!(kinds(&new, &repeated).is_empty());
    }

    #[test]
    fn an_agent_named_inside_the_words_widens_the_speaker() {
        let old = Version {
            text: "the use of cluster munitions would potentially be a war crime",
            speaker: Some("Jen Psaki"),
            speaker_kind: SpeakerKind::Person,
        };
        let new = Version {
            text: "the use of cluster munitions was called a war crime by the US administration itself",
            speaker: Some("Maria Zakharova"),
            speaker_kind: SpeakerKind::Person,
        };
        let k = kinds(&old, &new);
        assert!(k.contains(&DifferenceType::HedgeDropped), "{k:?}");
        assert!(k.contains(&DifferenceType::SpeakerWidened), "{k:?}");
    }
}
