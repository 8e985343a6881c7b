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

#[test]
fn the_entity_layer_resolves_pronouns_in_every_case() {
    let doc = analysed(
        "Новини.\n\nНа нараду прийшли Ярема Ткачук та Злата Ковальчук. \
Ковальчук заявила, що ремонт школи завершать у травні.\n\n\
За його словами, кошторис уже погодили.",
    );
    // "Ковальчук" is a woman by her verb; "його" is the man of the
    // sentence before that.
    assert_eq!(speaker_name_of(&doc, "кошторис уже"), Some("Ярема Ткачук"));

    // No man named: "його" is not the woman who spoke last.
    let doc = analysed(
        "Новини.\n\nКовальчук заявила, що ремонт школи завершать у травні.\n\n\
За його словами, кошторис уже погодили.",
    );
    assert_ne!(speaker_name_of(&doc, "кошторис уже"), Some("Ковальчук"));

    let doc = analysed(
        "Новости.\n\nМинистр Ольга Кравец и депутат Антон Белов приехали на завод.\n\n\
По мнению Белова, завод нужно закрыть. По ее мнению, его можно спасти.",
    );
    assert_eq!(speaker_name_of(&doc, "его можно"), Some("Ольга Кравец"));
}

#[test]
fn a_pronoun_inside_a_speaker_phrase_is_not_the_speaker() {
    let doc = analysed(
        "Новости.\n\nМинистр Олег Петров уехал в отпуск.\n\n\
Его заместитель сообщил, что решение отложено.",
    );
    let name = speaker_name_of(&doc, "решение отложено");
    assert_ne!(name, Some("Олег Петров"));
}
