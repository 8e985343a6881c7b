//! A headline whose speaker is only an epithet ("Defence minister says
//! ...") takes the person the body names with that role, on short
//! passages written for the project (with the entity layer).

use claimtrace_core::Document;

mod common;
use common::{analyse_with_entities as analyse, find};

fn entity_id<'a>(doc: &'a Document, name: &str) -> &'a str {
    doc.entities
        .iter()
        .find(|e| e.name == name)
        .map(|e| e.id.as_str())
        .unwrap_or_else(|| panic!("no entity {name:?}: {:#?}", doc.entities))
}

#[test]
fn a_headline_epithet_takes_the_person_with_that_role() {
    let doc = analyse(
        "Defence minister says army will withdraw from the river towns\n\n\
Defence Minister Oleksii Reznikov said on Tuesday that the troops would leave the river towns by Friday. \
\"We will not leave anyone behind,\" Reznikov told reporters.",
    );
    let id = entity_id(&doc, "Oleksii Reznikov");
    let q = find(&doc, "army will withdraw");
    assert_eq!(q.speaker.text.as_deref(), Some("Defence minister"));
    assert_eq!(q.speaker.entity.as_deref(), Some(id), "{:?}", q.speaker);
    assert_eq!(q.speaker.name.as_deref(), Some("Oleksii Reznikov"));
}

#[test]
fn a_possessive_headline_epithet_is_not_the_possessor() {
    let doc = analyse(
        "Putin's spokesman says Kremlin has no plans for talks\n\n\
Kremlin spokesman Dmitry Peskov said on Monday that Vladimir Putin had no meeting planned \
with the visiting delegation.",
    );
    let id = entity_id(&doc, "Dmitry Peskov");
    let q = doc
        .quotes
        .iter()
        .find(|q| q.speaker.text.as_deref() == Some("Putin's spokesman"))
        .unwrap_or_else(|| panic!("{:#?}", doc.quotes));
    assert_eq!(q.speaker.entity.as_deref(), Some(id), "{:?}", q.speaker);
}

#[test]
fn a_headline_epithet_stays_unresolved_without_one_matching_role() {
    // Two ministers: which one is meant is unknown.
    let doc = analyse(
        "Minister says schools will reopen in September\n\n\
Education Minister Anna Kovac said the repairs would be finished in August. \
Health Minister Petr Dvorak said the vaccination campaign would go on.",
    );
    let q = find(&doc, "schools will reopen");
    assert_eq!(q.speaker.entity, None, "{:?}", q.speaker);
    assert_eq!(q.speaker.name.as_deref(), Some("Minister"));
    // Another role.
    let doc = analyse(
        "Finance minister says taxes will not rise next year\n\n\
Defence Minister Oleksii Reznikov said on Tuesday that the troops would leave the river towns by Friday.",
    );
    let q = find(&doc, "taxes will not rise");
    assert_eq!(q.speaker.entity, None, "{:?}", q.speaker);
    // A country is no role noun, though a minister's role names it.
    let doc = analyse(
        "Ukraine says grain talks will resume next week\n\n\
Ukraine's Foreign Minister Dmytro Kuleba said on Monday that the talks would resume in Istanbul.",
    );
    let q = find(&doc, "grain talks will resume");
    let kuleba = entity_id(&doc, "Dmytro Kuleba");
    assert_ne!(q.speaker.entity.as_deref(), Some(kuleba), "{:?}", q.speaker);
    // A former holder of the role is not who "says" now.
    let doc = analyse(
        "Defence minister says army will withdraw from the river towns\n\n\
Former Defence Minister Andriy Zagorodnyuk said on Tuesday that the troops would leave the river towns by Friday.",
    );
    let q = find(&doc, "army will withdraw");
    assert_eq!(q.speaker.entity, None, "{:?}", q.speaker);
    // An epithet in the body is not a headline: no forward link.
    let doc = analyse(
        "Troops to leave river towns\n\n\
A defence ministry spokesman said the order had been signed. \
Defence Minister Oleksii Reznikov will visit the towns on Friday.",
    );
    let q = find(&doc, "order had been signed");
    assert_eq!(q.speaker.entity, None, "{:?}", q.speaker);
}
