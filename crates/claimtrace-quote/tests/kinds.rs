//! Each quote's type (speech, a document's words, a belief, a perception
//! or finding), and ordinary actions that are not attributions at all, on
//! passages written for the project.

use claimtrace_core::{Annotator, AttributionType, Document, Metadata};
use claimtrace_quote::QuoteAnnotator;

fn analyse(text: &str) -> Document {
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_text::prepare(&mut doc);
    QuoteAnnotator::default().annotate(&mut doc);
    doc
}

/// The type of the quote whose content holds `part`.
fn type_of(doc: &Document, part: &str) -> Option<AttributionType> {
    doc.quotes
        .iter()
        .find(|q| q.text.contains(part))
        .map(|q| q.attribution)
}

#[test]
fn speech_documents_beliefs_and_findings_are_told_apart() {
    let doc = analyse(
        "The finance minister said on Tuesday that the budget deficit would narrow next year.\n\n\
The central bank's annual report says that inflation will stay above target until 2026.\n\n\
Most economists believe that the bank will raise rates again in March.\n\n\
A study by the university found that rents in the capital rose by a fifth last year.",
    );
    assert_eq!(
        type_of(&doc, "deficit would narrow"),
        Some(AttributionType::Speech),
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "inflation will stay"),
        Some(AttributionType::Document),
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "raise rates again"),
        Some(AttributionType::Belief),
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "rents in the capital"),
        Some(AttributionType::Perception),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn ordinary_actions_are_not_attributions() {
    // The tagger alone reads both of these as reported speech.
    let doc = analyse(
        "The transport department is serious about the plan for a high-speed rail link to the north.\n\n\
The new regulations required shops to display all prices in euros from January.\n\n\
The striker is hoping for a better result at the cup final in May.\n\n\
The coach said the team would travel to Madrid on Friday.",
    );
    for action in ["high-speed rail link", "display all prices"] {
        assert!(
            doc.quotes.iter().all(|q| !q.text.contains(action)),
            "{action:?} read as words said: {:#?}",
            doc.quotes
        );
    }
    // A hope is kept, as a belief; the speech beside them is still read.
    assert_eq!(
        type_of(&doc, "a better result"),
        Some(AttributionType::Belief),
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "travel to Madrid"),
        Some(AttributionType::Speech),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn quoted_words_stay_whatever_their_cue() {
    // Quotation marks attest words: a direct quote is speech even when its
    // cue is no verb of saying.
    let doc = analyse("\"We will not give up,\" the captain shrugged after the defeat.");
    assert_eq!(
        type_of(&doc, "We will not give up"),
        Some(AttributionType::Speech),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn being_in_charge_of_something_is_no_answer() {
    // "отвечал за", "відповідає за": was or is in charge of, not answered.
    let doc = analyse(
        "Город готовится к празднику и закупает гирлянды.\n\n\
За самые ответственные участки — елки на главной площади и у вокзала — отвечал городской банк, \
который в прошлом году купил другой банк.\n\n\
Директор ответил, что работы закончатся к декабрю.",
    );
    assert_eq!(
        type_of(&doc, "ответственные участки"),
        None,
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "работы закончатся"),
        Some(AttributionType::Speech)
    );
    let doc = analyse(
        "Місто готується до свята і купує гірлянди.\n\n\
За найвідповідальніші ділянки — ялинки на головній площі та біля вокзалу — відповідав міський банк, \
який торік купив інший банк.\n\n\
Мер відповів, що концерт відбудеться.",
    );
    assert_eq!(
        type_of(&doc, "найвідповідальніші ділянки"),
        None,
        "{:#?}",
        doc.quotes
    );
    assert_eq!(
        type_of(&doc, "концерт відбудеться"),
        Some(AttributionType::Speech)
    );
}

#[test]
fn a_documents_head_may_come_before_its_complement() {
    let doc = analyse(
        "The inquiry reported\n\n\
The report of the commission said the fire alarms had been switched off for a week.",
    );
    assert_eq!(
        type_of(&doc, "fire alarms"),
        Some(AttributionType::Document)
    );
    let doc = analyse(
        "Министерство ответило.\n\n\
«Налоги в следующем году не вырастут», — говорится в заявлении министерства.",
    );
    assert_eq!(
        type_of(&doc, "Налоги в следующем"),
        Some(AttributionType::Document)
    );
}

#[test]
fn being_called_to_a_place_is_no_report() {
    let doc = analyse(
        "A man was arrested on Friday.\n\nFirefighters were called to the scene shortly after \
         midnight. Police were called to the house at 3am.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
}

#[test]
fn a_language_spoken_a_place_reported_from_and_an_obligation_are_no_reports() {
    let doc = analyse(
        "A new correspondent joins the team.\n\nShe speaks Russian and has lived in Moscow \
         for a decade. Her colleague spoke fluent Ukrainian as a child.\n\nHe reported from \
         Kyiv and Lviv for three years.\n\nThe new envoy was supposed to arrive in Vienna \
         on Monday.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // The same verbs still report words.
    let doc = analyse(
        "A new correspondent joins the team.\n\nShe speaks of a city that is exhausted by \
         the war. He reported from Kyiv that the city was calm on Sunday morning.",
    );
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.text.contains("the city was calm")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_pledge_is_no_report() {
    let doc = analyse(
        "The government remains committed to supporting the families who lost their homes.\n\n\
The United States has committed to sending a further two billion dollars in military aid.\n\n\
The minister wrote that the deal would be signed before the summer.",
    );
    for part in ["supporting the families", "sending a further"] {
        assert!(
            doc.quotes
                .iter()
                .all(|q| !(q.text.starts_with(part) || q.text.starts_with(&format!("to {part}")))),
            "{part:?} read as a report: {:#?}",
            doc.quotes
        );
    }
    // What the minister wrote still is.
    assert_eq!(
        type_of(&doc, "the deal would be signed"),
        Some(AttributionType::Speech),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn the_reporters_adjunct_after_a_parenthetical_attribution_is_no_report() {
    let doc = analyse(
        "Government troops have retaken the northern port, the state news agency said, as \
rebel units withdrew toward the hills.\n\n\
Troops can be moved to the border within three days, the ministry said, since they only \
need to be sent by train.",
    );
    assert_eq!(
        type_of(&doc, "Government troops have retaken"),
        Some(AttributionType::Speech),
        "{:#?}",
        doc.quotes
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.starts_with("as rebel units")),
        "{:#?}",
        doc.quotes
    );
    // A reason after the attribution goes on with what was said.
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.text.contains("only need to be sent")),
        "{:#?}",
        doc.quotes
    );
}
