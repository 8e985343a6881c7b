//! Quotes signed with a dash ("“...” ― Name", embedded posts), on passages
//! written for the project.

use claimtrace_core::{Annotator, Document, Metadata, QuoteKind};
use claimtrace_quote::QuoteAnnotator;

fn analyse(text: &str, annotator: QuoteAnnotator) -> Document {
    let mut doc = Document::new(text.to_string(), Metadata::default());
    claimtrace_text::prepare(&mut doc);
    annotator.annotate(&mut doc);
    doc
}

const READERS: &str = "What Readers Told Us About The Bridge Closure.\n\n\
We asked commuters how the closure changed their week.\n\
“I leave home an hour earlier now and still arrive late to every shift.” ― Maria Lopez\n\
“The detour through the industrial zone is dangerous after dark.”\u{a0}― Tom Becker\n\
“Nobody asked the people who actually cross the river every day.” — Anna Kowalski.\n\n\
The city council will discuss the closure on Monday.";

const POST: &str = "Reactions came quickly.\n\n\
The vote was a disgrace and the whole country saw it. — Jane Doe (@janedoe) March 3, 2024\n\n\
Others were more cautious.";

#[test]
fn each_signed_line_is_a_direct_quote_of_the_name_after_the_dash() {
    for annotator in [QuoteAnnotator::default(), QuoteAnnotator::rules_only()] {
        let doc = analyse(READERS, annotator);
        for (words, name) in [
            ("I leave home an hour earlier", "Maria Lopez"),
            ("The detour through the industrial zone", "Tom Becker"),
            ("Nobody asked the people", "Anna Kowalski"),
        ] {
            let q = doc
                .quotes
                .iter()
                .find(|q| q.within.is_none() && q.text.starts_with(words))
                .unwrap_or_else(|| panic!("no quote {words:?}: {:#?}", doc.quotes));
            assert_eq!(q.kind, QuoteKind::Direct, "{q:?}");
            assert_eq!(q.speaker.text.as_deref(), Some(name), "{q:?}");
            assert!(
                q.cue
                    .as_ref()
                    .is_some_and(|c| matches!(c.text.as_str(), "―" | "—")),
                "{q:?}"
            );
            // The quote stops at its own line.
            assert!(!q.text.contains('\n'), "{q:?}");
        }
    }
}

#[test]
fn an_embedded_post_is_signed_by_its_author() {
    let doc = analyse(POST, QuoteAnnotator::default());
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The vote was a disgrace"))
        .unwrap_or_else(|| panic!("{:#?}", doc.quotes));
    assert_eq!(q.speaker.text.as_deref(), Some("Jane Doe"));
    assert!(!q.text.contains("Jane"), "{q:?}");
}

#[test]
fn a_dash_inside_a_sentence_signs_nothing() {
    let doc = analyse(
        "The minister arrived late — Parliament had already voted on the budget.\n\n\
         Prices rose in March — April figures are due next week.",
        QuoteAnnotator::default(),
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("Parliament")
                && q.speaker.text.as_deref() != Some("April")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn hostile_runs_of_dashes_and_marks_stay_fast() {
    // One paragraph, no line breaks, every dash followed by a name and an
    // unclosed bracket: each signature must be read within a bounded
    // window. A guard, not a benchmark.
    let text = format!("Title\n\n{}", "“a b c” — Ann Lee ( ".repeat(40_000));
    let started = std::time::Instant::now();
    let doc = analyse(&text, QuoteAnnotator::default());
    assert!(doc.quotes.len() < 100_000);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn an_unquoted_line_is_signed_only_when_it_ends_a_sentence() {
    // A copula or a pair at the end of a line ("the hottest spot — Marinka",
    // "the match Spain — Portugal") is no signed post; a line that ends its
    // sentence before the dash is.
    let english = analyse(
        "Headlines tonight.\n\n\
         Shelling hit a border village overnight; one of the hottest spots on the front line — Marinka.\n\n\
         Our opponent in the final will be known late tonight after the match Spain — Portugal\n\n\
         Nobody should be above the law, and nobody is. — Paul Harrow\n\n\
         The council meets on Monday.",
        QuoteAnnotator::default(),
    );
    let russian = analyse(
        "Главное за день.\n\n\
         Нашим соперником в финале станет победитель матча Испания — Португалия\n\n\
         Под обстрелом оказались приграничные села; одна из самых горячих точек на линии фронта — Марьинка.\n\n\
         Совет соберется в понедельник.",
        QuoteAnnotator::default(),
    );
    for (doc, not_a_speaker) in [
        (&english, "Marinka"),
        (&english, "Portugal"),
        (&russian, "Португалия"),
        (&russian, "Марьинка"),
    ] {
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.speaker.text.as_deref() != Some(not_a_speaker)),
            "{not_a_speaker}: {:#?}",
            doc.quotes
        );
    }
    let signed = english
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nobody should be above the law"))
        .unwrap_or_else(|| panic!("{:#?}", english.quotes));
    assert_eq!(signed.speaker.text.as_deref(), Some("Paul Harrow"));
}

#[test]
fn a_verb_or_a_pronoun_after_the_dash_is_no_signature() {
    // A translated wire story: "... victory in 1945"- Added.
    let doc = analyse(
        "Moscow said veterans \"will be invited to honour the contribution of the people to victory in 1945\"- Added.\n\n\
         No details were given.",
        QuoteAnnotator::default(),
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("Added")),
        "{:#?}",
        doc.quotes
    );
}
