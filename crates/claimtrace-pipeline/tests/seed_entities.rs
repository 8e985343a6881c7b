//! The seed article's entities against its expected reading
//! (`shared/seed/expected.json`, outside the repository; skipped when absent).

mod common;

use claimtrace_core::{Document, Entity};

fn load() -> Option<(Document, serde_json::Value)> {
    common::analysed_seed()
}

fn type_name(e: &Entity) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn seed_entities_match_expected_reading() {
    let Some((doc, expected)) = load() else {
        return;
    };
    let Some(items) = expected.get("entities").and_then(|v| v.as_array()) else {
        panic!("expected.json has no `entities` array");
    };
    let mut failures: Vec<String> = Vec::new();
    let mut checked = 0;
    for item in items {
        if item.get("optional").and_then(|v| v.as_bool()) == Some(true) {
            continue;
        }
        let name = item.get("name").and_then(|v| v.as_str()).unwrap_or("");
        checked += 1;
        let Some(entity) = doc.entities.iter().find(|e| e.name == name) else {
            failures.push(format!("{name}: no entity with this canonical name"));
            continue;
        };
        let want_type = item.get("type").and_then(|v| v.as_str()).unwrap_or("");
        if type_name(entity) != want_type {
            failures.push(format!(
                "{name}: type {} instead of {want_type}",
                type_name(entity)
            ));
        }
        let former_expected = item
            .get("role_note")
            .and_then(|v| v.as_str())
            .is_some_and(|n| n.contains("former"));
        for role in item
            .get("roles")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str())
        {
            match entity.roles.iter().find(|r| r.text == role) {
                None => failures.push(format!(
                    "{name}: role {role:?} missing (has {:?})",
                    entity.roles.iter().map(|r| &r.text).collect::<Vec<_>>()
                )),
                Some(r) if former_expected && !r.former => {
                    failures.push(format!("{name}: role {role:?} should be marked former"))
                }
                Some(_) => {}
            }
        }
        for form in item
            .get("also_called")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str())
        {
            if !entity.mentions.iter().any(|m| m.text == form) {
                failures.push(format!("{name}: no mention {form:?}"));
            }
        }
        // every mention's offsets point at its text
        for m in &entity.mentions {
            if doc.text.get(m.start..m.end) != Some(m.text.as_str()) {
                failures.push(format!("{name}: mention {:?} has wrong offsets", m.text));
            }
        }
        if !entity.mentions.windows(2).all(|w| w[0].start <= w[1].start) {
            failures.push(format!("{name}: mentions are not sorted by start"));
        }
    }
    assert!(checked > 0, "expected.json lists no required entities");
    assert!(
        failures.is_empty(),
        "{} problem(s) with the seed's entities:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Pronouns and epithets that speak in the seed must resolve to the speaker:
/// the quote annotator finds speakers through these mentions.
#[test]
fn seed_speaker_references_resolve_to_their_entity() {
    let Some((doc, _)) = load() else {
        return;
    };
    let at = |needle: &str| -> Option<String> {
        let pos = doc.text.find(needle)?;
        claimtrace_entity::entity_at(&doc, pos, pos + needle.len()).map(|e| e.name.clone())
    };
    assert_eq!(at("She noted").as_deref(), Some("Jen Psaki"));
    assert_eq!(
        at("the Russian president said").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        at("Russian Foreign Ministry spokeswoman Maria Zakharova").as_deref(),
        Some("Maria Zakharova")
    );
    let she = doc.text.find("She noted").unwrap_or(0);
    let idx = claimtrace_entity::resolve_pronoun(&doc, she, "She");
    assert_eq!(
        idx.and_then(|i| doc.entities.get(i))
            .map(|e| e.name.as_str()),
        Some("Jen Psaki")
    );
}
