//! Checks of the seed article's quotes, non-quotes, attribution chains and
//! hedges against its expected reading (`shared/seed/expected.json`).
//! Every non-optional item must be produced; a missing or wrong item
//! fails with its name. Included by path by each test that analyses the
//! seed its own way; that test provides `load()` (`None` skips, with a
//! note, when the shared data or a model is absent).
//!
//! Speakers are compared by canonical entity name when the entity layer
//! resolved the speaker; when it did not (no entity for the mention), the
//! speaker mention must carry the expected name's surname, or equal the
//! expected `speaker_mention`.

use claimtrace_core::{Quote, QuoteKind};
use serde_json::Value;

use super::load;

fn items<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|i| !i.get("optional").and_then(Value::as_bool).unwrap_or(false))
}

/// The strings of an array field ("hedges", "chain", "cues").
fn strings<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    v.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
    }
}

fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Does the quote's speaker match the expected canonical name?
fn speaker_ok(q: &Quote, expected: &str, mention: Option<&str>) -> bool {
    if let Some(m) = mention {
        if q.speaker.text.as_deref() != Some(m) {
            return false;
        }
    }
    match (&q.speaker.entity, &q.speaker.name) {
        (Some(_), Some(name)) => name == expected,
        (None, Some(name)) => name.contains(surname(expected)) || mention.is_some(),
        _ => false,
    }
}

fn content_ok(q: &Quote, item: &Value) -> bool {
    let text = q.text.trim_end_matches([',', '.', ' ']);
    if let Some(t) = s(item, "text") {
        return text.eq_ignore_ascii_case(t);
    }
    if let Some(t) = s(item, "contains") {
        return q.text.contains(t);
    }
    if let Some(t) = s(item, "starts") {
        return q.text.starts_with(t);
    }
    false
}

fn cue_ok(q: &Quote, expected: &str) -> bool {
    q.cue.as_ref().is_some_and(|c| {
        let c = c.text.to_lowercase();
        c == expected || c.ends_with(&format!(" {expected}"))
    })
}

#[test]
fn seed_quotes_are_found_with_kind_cue_speaker_and_hedges() {
    let Some((doc, expected)) = load() else {
        return;
    };
    let mut failures = Vec::new();
    for item in items(&expected, "quotes") {
        let label = s(item, "text")
            .or_else(|| s(item, "contains"))
            .or_else(|| s(item, "starts"))
            .unwrap_or("?");
        let candidates: Vec<&Quote> = doc.quotes.iter().filter(|q| content_ok(q, item)).collect();
        if candidates.is_empty() {
            failures.push(format!("quote not found: {label:?}"));
            continue;
        }
        let want_kind = s(item, "kind").unwrap_or("");
        let Some(q) = candidates.iter().find(|q| kind_name(q.kind) == want_kind) else {
            let got: Vec<_> = candidates.iter().map(|q| kind_name(q.kind)).collect();
            failures.push(format!("quote {label:?}: kind {want_kind}, got {got:?}"));
            continue;
        };
        if let Some(sp) = s(item, "speaker") {
            if !speaker_ok(q, sp, s(item, "speaker_mention")) {
                failures.push(format!(
                    "quote {label:?}: speaker {sp:?} (mention {:?}), got {:?} / {:?}",
                    s(item, "speaker_mention"),
                    q.speaker.name,
                    q.speaker.text
                ));
            }
        }
        if let Some(cue) = s(item, "cue") {
            if !cue_ok(q, cue) {
                failures.push(format!(
                    "quote {label:?}: cue {cue:?}, got {:?}",
                    q.cue.as_ref().map(|c| &c.text)
                ));
            }
        }
        for h in strings(item, "hedges") {
            if !q.hedges.iter().any(|x| x.text.eq_ignore_ascii_case(h)) {
                failures.push(format!("quote {label:?}: hedge {h:?} missing"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "seed quotes:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn seed_titles_are_not_quotes() {
    let Some((doc, expected)) = load() else {
        return;
    };
    for item in items(&expected, "not_quotes") {
        let t = s(item, "text").unwrap_or("");
        let hit = doc.quotes.iter().find(|q| q.text.contains(t));
        assert!(
            hit.is_none(),
            "not a quote ({}): {t:?} read as {hit:?}",
            s(item, "why").unwrap_or("")
        );
    }
}

#[test]
fn seed_attribution_chains_are_edges() {
    let Some((doc, expected)) = load() else {
        return;
    };
    let party_ok = |p: &claimtrace_core::Party, want: &str| {
        if p.entity.is_some() {
            p.name == want
        } else {
            p.name.contains(surname(want))
        }
    };
    // Every chain, the optional publication path included ("He said this
    // during the filming of the program ..., excerpts from which were
    // posted by ... on his Telegram channel"): the chain reader follows it.
    let chains = expected
        .get("attribution_chains")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    for item in chains {
        let starts = s(item, "sentence_starts").unwrap_or("");
        let chain: Vec<&str> = strings(item, "chain").collect();
        let cues: Vec<&str> = strings(item, "cues").collect();
        let edges: Vec<_> = doc
            .attributions
            .iter()
            .filter(|a| {
                doc.text
                    .get(a.start..a.end)
                    .is_some_and(|t| t.starts_with(starts))
            })
            .collect();
        for (i, pair) in chain.windows(2).enumerate() {
            let (sp, so) = (pair[0], pair[1]);
            let edge = edges
                .iter()
                .find(|a| party_ok(&a.speaker, sp) && party_ok(&a.source, so));
            let Some(edge) = edge else {
                panic!("chain {starts:?}: edge {sp} -> {so} missing; edges: {edges:#?}");
            };
            if let Some(cue) = cues.get(i) {
                let got = edge.cue.as_ref().map(|c| c.text.as_str());
                assert_eq!(got, Some(*cue), "chain {starts:?}: cue of {sp} -> {so}");
            }
        }
        for h in strings(item, "hedges") {
            assert!(
                edges.iter().any(|e| e.hedges.iter().any(|x| x.text == h)),
                "chain {starts:?}: hedge {h:?} not on an edge"
            );
        }
    }
}

#[test]
fn seed_hedges_qualify_a_quote_or_edge_in_their_sentence() {
    let Some((doc, expected)) = load() else {
        return;
    };
    for item in items(&expected, "hedges_and_sourcing") {
        let t = s(item, "text").unwrap_or("");
        let found: Vec<_> = doc
            .hedges
            .iter()
            .filter(|h| h.text.eq_ignore_ascii_case(t))
            .collect();
        assert!(!found.is_empty(), "hedge {t:?} not found");
        for h in found {
            let target = h.applies_to.as_deref().unwrap_or("");
            let target_span = doc
                .quotes
                .iter()
                .find(|q| q.id == target)
                .map(|q| (q.start, q.end))
                .or_else(|| {
                    doc.attributions
                        .iter()
                        .find(|a| a.id == target)
                        .map(|a| (a.start, a.end))
                });
            let Some((ts, te)) = target_span else {
                panic!(
                    "hedge {t:?} at {} qualifies nothing ({:?})",
                    h.start, h.applies_to
                );
            };
            let sentence = doc
                .sentences
                .iter()
                .find(|s| s.start <= h.start && h.end <= s.end)
                .map(|s| (s.start, s.end))
                .unwrap_or((h.start, h.end));
            assert!(
                ts < sentence.1 && sentence.0 < te,
                "hedge {t:?} qualifies {target}, which is not in its sentence"
            );
        }
    }
}
