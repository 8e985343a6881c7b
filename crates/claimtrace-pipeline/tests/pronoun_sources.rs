//! "По её словам" with no speaker named before: the pronoun stands for the
//! last person the text named whose name agrees with it (the full
//! pipeline, entity layer included; sentences written for this test).

use claimtrace_core::{Document, Metadata};

fn analysed(text: &str) -> Document {
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_pipeline::default_pipeline().run(&mut doc);
    doc
}

fn speaker_name_of<'a>(doc: &'a Document, content_part: &str) -> Option<&'a str> {
    doc.quotes
        .iter()
        .find(|q| q.text.contains(content_part))
        .unwrap_or_else(|| panic!("no quote containing {content_part:?}: {:#?}", doc.quotes))
        .speaker
        .name
        .as_deref()
}

#[test]
fn a_possessive_source_takes_the_last_person_of_its_sex() {
    let doc = analysed(
        "Новости.\n\nНа встречу пришли министр Ольга Петрова и депутат Сергей Орлов.\n\n\
По её словам, бюджет будет принят в срок.",
    );
    assert_eq!(speaker_name_of(&doc, "бюджет будет"), Some("Ольга Петрова"));

    let doc = analysed(
        "Новости.\n\nНа встречу пришли депутат Сергей Орлов и министр Ольга Петрова.\n\n\
По его словам, бюджет будет принят в срок.",
    );
    assert_eq!(speaker_name_of(&doc, "бюджет будет"), Some("Сергей Орлов"));
}
