//! The seed article's quantities (issue 4): every non-optional item under
//! `quantities` and `not_quantities` in `../shared/seed/expected.json`, and
//! the rate comparison the article invites. Skips when the shared data is absent.

mod common;

use claimtrace_core::Quantity;
use common::analysed_seed;

/// Byte spans of every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    text.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

fn overlaps(q: &Quantity, span: (usize, usize)) -> bool {
    q.start < span.1 && span.0 < q.end
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn seed_quantities_match_expected() {
    let Some((doc, expected)) = analysed_seed() else {
        return;
    };
    let wanted = expected["quantities"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!wanted.is_empty(), "expected.json lists quantities");
    for want in wanted
        .iter()
        .filter(|w| !w["optional"].as_bool().unwrap_or(false))
    {
        let text = want["text"].as_str().unwrap_or_default();
        let places = occurrences(&doc.text, text);
        assert!(!places.is_empty(), "{text:?} is in the seed text");
        let found = doc.quantities.iter().find(|q| {
            places.iter().any(|&p| overlaps(q, p))
                && same(q.value, want["value"].as_f64())
                && same(q.low, want["low"].as_f64())
        });
        let Some(q) = found else {
            panic!("no quantity for {text:?}; found {:#?}", doc.quantities);
        };
        assert!(
            same(q.high, want["high"].as_f64()),
            "{text:?}: high {:?}",
            q.high
        );
        assert_eq!(q.unit.as_deref(), want["unit"].as_str(), "{text:?}: unit");
        assert_eq!(q.per.as_deref(), want["per"].as_str(), "{text:?}: per");
        assert!(
            text.contains(q.text.as_str()) || q.text.contains(text),
            "{text:?}: span reads {:?}",
            q.text
        );
        if want["unit_note"]
            .as_str()
            .is_some_and(|n| n.contains("elided"))
        {
            assert!(q.unit_elided, "{text:?}: unit should be marked elided");
        }
        if let Some(speaker) = want["speaker"].as_str() {
            if doc
                .quotes
                .iter()
                .any(|quote| quote.start <= q.start && q.end <= quote.end)
            {
                assert_eq!(q.speaker.as_deref(), Some(speaker), "{text:?}: speaker");
            } else {
                eprintln!("note: no quote holds {text:?} yet; speaker not checked");
            }
        }
    }
}

#[test]
fn seed_not_quantities_are_rejected() {
    let Some((doc, expected)) = analysed_seed() else {
        return;
    };
    let rejected = expected["not_quantities"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!rejected.is_empty());
    for item in rejected
        .iter()
        .filter(|w| !w["optional"].as_bool().unwrap_or(false))
    {
        let text = item["text"].as_str().unwrap_or_default();
        // The number the item would be read as: its digits ("MK-20" -> 20).
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let Ok(number) = digits.parse::<f64>() else {
            continue;
        };
        for place in occurrences(&doc.text, text) {
            for q in doc.quantities.iter().filter(|q| overlaps(q, place)) {
                let reads_it = [q.value, q.low, q.high]
                    .iter()
                    .any(|v| same(*v, Some(number)));
                assert!(
                    !reads_it,
                    "{text:?} ({}) was read as a quantity: {q:#?}",
                    item["why"]
                );
            }
        }
    }
}

#[test]
fn seed_rate_comparison_is_reported() {
    let Some((doc, _)) = analysed_seed() else {
        return;
    };
    let c = doc
        .comparisons
        .iter()
        .find(|c| c.unit.as_deref() == Some("shell"))
        .unwrap_or_else(|| panic!("no comparison of shells; {:#?}", doc.comparisons));
    assert_eq!(c.per.as_deref(), Some("month"));
    assert!((c.ratio_low - 10.0).abs() < 1e-9, "{c:?}");
    assert!((c.ratio_high - 12.0).abs() < 1e-9, "{c:?}");
    assert!(c.summary.contains("10-12 times"), "{}", c.summary);
}
