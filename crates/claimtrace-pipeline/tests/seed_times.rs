//! The seed article's times and timeline (issue 3) against its expected
//! reading (`shared/seed/expected.json`, outside the repository; skipped
//! with a note when absent).

mod common;

use claimtrace_time::timeline::Timeline;
use common::analysed_seed;

#[test]
fn every_required_time_is_found_with_its_value() {
    let Some((doc, expected)) = analysed_seed() else {
        return;
    };
    let Some(wanted) = expected["times"].as_array() else {
        panic!("expected.json has no times[]");
    };
    let out = doc.to_output();
    let chars: Vec<char> = doc.text.chars().collect();
    let mut required = 0;
    for want in wanted {
        if want["optional"].as_bool() == Some(true) {
            continue;
        }
        required += 1;
        let text = want["text"].as_str().unwrap_or_default();
        let value = want["value"].as_str().unwrap_or_default();
        let hit = out
            .times
            .iter()
            .find(|t| t.text == text && t.value == value);
        let Some(hit) = hit else {
            let seen: Vec<(&str, &str)> = out
                .times
                .iter()
                .map(|t| (t.text.as_str(), t.value.as_str()))
                .collect();
            panic!("missing time {text:?} = {value}; found {seen:?}");
        };
        // Output offsets are code points and point at the text.
        let under: String = chars
            .get(hit.start..hit.end)
            .unwrap_or(&[])
            .iter()
            .collect();
        assert_eq!(under, text);
        if let Some(kind) = want["type"].as_str() {
            let got = serde_json::to_value(hit.kind).unwrap_or_default();
            assert_eq!(got.as_str(), Some(kind), "type of {text:?}");
        }
    }
    assert!(
        required >= 9,
        "expected.json lists {required} required times"
    );
    // "2008" is a year in both "The 2008 pact" and "a 2008 international
    // treaty"; "155-caliber", "Russia-1" and "MK-20" are not times.
    assert_eq!(out.times.iter().filter(|t| t.text == "2008").count(), 2);
    for not_time in ["155", "1", "20"] {
        assert!(
            out.times.iter().all(|t| t.text != not_time),
            "{not_time:?} is not a time"
        );
    }
}

#[test]
fn timeline_orders_the_seed_events_with_their_actors() {
    let Some((doc, _)) = analysed_seed() else {
        return;
    };
    let mut timeline = Timeline::new();
    timeline.add_document(&doc);
    let entries = timeline.entries();
    // (date, a word of the actor's name; None where the actor is not a
    // named entity: "media reported", or "He said" whose resolution to
    // Putin needs the entity layer's pronoun resolution)
    let wanted: [(&str, Option<&str>); 7] = [
        ("2022-02-28", Some("Psaki")),
        ("2022-12", Some("Ukraine")),
        ("2023-02", Some("Kuleba")),
        ("2023-06-30", None),
        ("2023-07-07", Some("United States")),
        ("2023-07-13", Some("Tarnavskyi")),
        ("2023-07-16", None),
    ];
    let mut last_position = 0;
    for (date, actor) in wanted {
        let Some(position) = entries.iter().position(|e| e.date == date) else {
            let dates: Vec<&str> = entries.iter().map(|e| e.date.as_str()).collect();
            panic!("no event on {date}; timeline has {dates:?}");
        };
        assert!(position >= last_position, "{date} is out of order");
        last_position = position;
        if let Some(name) = actor {
            let got = entries[position].actor_name.as_deref().unwrap_or("");
            assert!(
                got.contains(name),
                "actor of {date}: {got:?}, expected {name}"
            );
        }
    }
    // JSON and HTML renderings carry the same events.
    let json = timeline.to_json().unwrap_or_default();
    assert!(json.contains("\"2023-07-13\""));
    let html = timeline.to_html("seed");
    assert!(html.contains("2022-02-28") && html.starts_with("<!DOCTYPE html>"));
}
