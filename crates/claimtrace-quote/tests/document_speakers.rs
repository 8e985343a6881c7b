//! The speaker a record names (its `speaker` field, or a title naming the
//! author of a message or address) speaks its unattributed first-person
//! text and its "The message reads: ..." quotes. Passages written for the
//! project.

use claimtrace_core::Metadata;

mod common;
use common::{analyse_with as analyse, find as quote_with};

const ADDRESS: &str = "Good evening, fellow citizens!\n\n\
Today our border guards repelled another attack near the river crossing. \
I am grateful to every one of them.\n\n\
We will rebuild every bridge and every school that was destroyed this spring. \
I have instructed the government to prepare the plan by Friday.\n\n\
The regional administration reported that power was restored in four villages.\n\n\
Glory to our defenders!";

#[test]
fn a_records_speaker_field_speaks_its_first_person_paragraphs() {
    let mut meta = Metadata {
        title: Some("Address on the rebuilding of the border villages".into()),
        ..Metadata::default()
    };
    // As the JSONL reader keeps a field it does not interpret.
    meta.extra
        .insert("speaker".into(), serde_json::json!(["Олена Петренко"]));
    let doc = analyse(ADDRESS, meta);
    for words in [
        "I am grateful to every one of them",
        "We will rebuild every bridge",
    ] {
        let q = quote_with(&doc, words);
        assert_eq!(
            q.speaker.name.as_deref(),
            Some("Olena Petrenko"),
            "{words}: {q:#?}"
        );
    }
    // The administration's report stays the administration's.
    let q = quote_with(&doc, "power was restored");
    assert_ne!(q.speaker.name.as_deref(), Some("Olena Petrenko"), "{q:#?}");
    // No quote is given to "we" or "I".
    assert!(
        doc.quotes
            .iter()
            .filter(|q| q.within.is_none())
            .all(|q| !matches!(q.speaker.name.as_deref(), Some("I" | "We" | "we"))),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_title_naming_the_sender_gives_the_message_its_speaker() {
    let meta = Metadata {
        title: Some("Marta Kowalczyk sent a message of greetings to the regional book fair".into()),
        ..Metadata::default()
    };
    let doc = analyse(
        "The message reads, in part:\n\n\
“This fair has become a meeting place for writers and readers from every corner of the region. \
I wish you interesting discoveries and good conversations.”",
        meta,
    );
    let q = quote_with(&doc, "This fair has become a meeting place");
    assert_eq!(q.speaker.name.as_deref(), Some("Marta Kowalczyk"), "{q:#?}");
}

#[test]
fn without_a_named_speaker_nothing_is_guessed() {
    let doc = analyse(
        ADDRESS,
        Metadata {
            title: Some("Greetings on the rebuilding of the border villages".into()),
            ..Metadata::default()
        },
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("Good evening, fellow citizens") || q.speaker.name.is_none()),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn one_span_is_one_quote_and_names_are_on_one_line() {
    let doc = analyse(
        "Meeting on the harvest\n\n\
President of the Republic\nIvan Petrov: Good afternoon. How are things with the harvest?\n\n\
Governor Anna Sidorova: We expect a record harvest, about 4.2 million tonnes.\n\n\
Ivan Petrov: Good.\n\n\
Question: Will the new canal be finished by spring?\n\n\
Ivan Petrov: You said last year that it would be, and I believe you.",
        Metadata::default(),
    );
    let q = quote_with(&doc, "How are things with the harvest");
    assert_eq!(
        q.speaker.text.as_deref(),
        Some("President of the Republic Ivan Petrov"),
        "{q:#?}"
    );
    // A one-word turn is a turn.
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text == "Good")
        .unwrap_or_else(|| panic!("no one-word turn: {:#?}", doc.quotes));
    assert_eq!(q.speaker.text.as_deref(), Some("Ivan Petrov"), "{q:#?}");
    // A question from the floor is no one's named turn, and not the
    // previous speaker's.
    let q = quote_with(&doc, "Will the new canal be finished");
    assert!(q.speaker.name.is_none(), "{q:#?}");
    // "You said ..." in a transcript: "You" is no speaker.
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("You")),
        "{:#?}",
        doc.quotes
    );
    let mut spans: Vec<(usize, usize)> = doc.quotes.iter().map(|q| (q.start, q.end)).collect();
    let n = spans.len();
    spans.sort_unstable();
    spans.dedup();
    assert_eq!(spans.len(), n, "{:#?}", doc.quotes);
}

/// A record that names its speaker is the speaker's words throughout, not
/// only where they say "I": a transcript of an address states most things
/// without a first person.
#[test]
fn a_records_speaker_field_speaks_all_its_unattributed_text() {
    let mut meta = Metadata::default();
    meta.extra
        .insert("speaker".into(), serde_json::json!(["Olena Petrenko"]));
    let doc = analyse(
        "Good evening.\n\n\
The blockade of the ports is a crime against every nation that needs grain. \
Ships must sail again before the harvest.\n\n\
The minister of infrastructure said the corridor would open on Monday. \
Every day of delay costs the farmers of the south their savings.",
        meta,
    );
    for words in [
        "The blockade of the ports is a crime",
        "Ships must sail again",
        "Every day of delay costs the farmers",
    ] {
        let q = quote_with(&doc, words);
        assert_eq!(
            q.speaker.name.as_deref(),
            Some("Olena Petrenko"),
            "{words}: {q:#?}"
        );
    }
    // What the address reports someone else saying stays theirs.
    let q = quote_with(&doc, "the corridor would open");
    assert_ne!(q.speaker.name.as_deref(), Some("Olena Petrenko"), "{q:#?}");
}

/// The same in Ukrainian, where the first-person words are not English
/// ones.
#[test]
fn a_ukrainian_records_speaker_field_speaks_its_text() {
    let mut meta = Metadata {
        language: Some("uk".into()),
        ..Metadata::default()
    };
    meta.extra
        .insert("speaker".into(), serde_json::json!(["Олена Петренко"]));
    let doc = analyse(
        "Добрий вечір!\n\n\
Сьогодні прикордонники відбили ще одну атаку біля переправи. \
Блокада портів – це злочин проти кожної країни, якій потрібне зерно.",
        meta,
    );
    let q = quote_with(&doc, "Блокада портів");
    assert_eq!(q.speaker.name.as_deref(), Some("Олена Петренко"), "{q:#?}");
}

/// "... - address by the President of Ukraine": the title names the
/// speaker by office; the speaker is whoever held it on the record's day.
#[test]
fn an_office_in_the_title_is_its_holder_on_the_day() {
    let text = "Ships must sail again before the harvest. \
We will not accept a blockade of the ports: it is a crime against every nation that needs grain.";
    for (date, holder) in [
        ("2022-04-05", "Volodymyr Zelenskyy"),
        ("2016-03-01", "Petro Poroshenko"),
    ] {
        let doc = analyse(
            text,
            Metadata {
                title: Some("The sea must be open - address by the President of Ukraine".into()),
                date: Some(date.into()),
                ..Metadata::default()
            },
        );
        let q = quote_with(&doc, "We will not accept a blockade");
        assert_eq!(q.speaker.name.as_deref(), Some(holder), "{date}: {q:#?}");
    }
}

#[test]
fn a_speaker_named_by_office_alone_is_the_holder_on_the_documents_day() {
    for (date, text, holder) in [
        (
            "2023-05-01",
            "The harvest will be a record one, the Russian president said.",
            "Vladimir Putin",
        ),
        (
            "2010-06-20",
            "The harvest will be a record one, the Russian president said.",
            "Dmitry Medvedev",
        ),
        (
            "2023-05-01",
            "Урожай будет рекордным, заявил президент России.",
            "Vladimir Putin",
        ),
    ] {
        let meta = Metadata {
            date: Some(date.to_string()),
            ..Metadata::default()
        };
        let doc = analyse(text, meta);
        let q = doc
            .quotes
            .iter()
            .find(|q| q.text.contains("record") || q.text.contains("рекорд"))
            .unwrap_or_else(|| panic!("{text}: {:#?}", doc.quotes));
        assert_eq!(q.speaker.name.as_deref(), Some(holder), "{date} {text}");
    }
}

#[test]
fn a_role_alone_is_the_office_holder_the_document_named_before() {
    let meta = || Metadata {
        date: Some("2022-03-20".to_string()),
        ..Metadata::default()
    };
    // The president the article named last of those in office that day.
    let doc = common::analyse_with_entities_and(
        "Joe Biden spoke to European leaders on Friday. Vladimir Putin said the sanctions had \
failed. The mistakes cannot be fixed in two days, the president told a government meeting.",
        meta(),
    );
    let q = quote_with(&doc, "The mistakes cannot be fixed");
    assert_eq!(q.speaker.name.as_deref(), Some("Vladimir Putin"));
    let doc = common::analyse_with_entities_and(
        "Экономический блицкриг Запада провален, подчеркнул Владимир Путин. Ошибки недружественных \
стран нельзя исправить за два дня, заявил президент на совещании с правительством.",
        meta(),
    );
    let q = quote_with(&doc, "Ошибки недружественных стран");
    assert_eq!(q.speaker.name.as_deref(), Some("Владимир Путин"));
    // Named by no one before, or by a country, it stays as written; a
    // bare "President" in English is a form of address.
    let doc = common::analyse_with_entities_and(
        "The harvest will be poor, the president told a government meeting.",
        meta(),
    );
    let q = quote_with(&doc, "The harvest will be poor");
    assert_eq!(q.speaker.name.as_deref(), Some("the president"));
    let doc = common::analyse_with_entities_and(
        "Joe Biden spoke to European leaders on Friday. The US has submitted specific ideas for \
security in Europe.",
        meta(),
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.name.as_deref() != Some("Joe Biden")
                || q.speaker.text.as_deref() != Some("The US")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn the_title_a_records_speaker_holds_names_that_speaker() {
    let mut meta = Metadata::default();
    meta.extra.insert(
        "speaker".into(),
        serde_json::json!(["President Olena Petrenko"]),
    );
    let doc = analyse(
        "The President met the judges of the Supreme Court on Monday.\n\n\
The President said the courts needed more staff and better pay.\n\n\
The chief justice said the reform would take two years.",
        meta,
    );
    let q = quote_with(&doc, "the courts needed more staff");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("President Olena Petrenko"),
        "{q:#?}"
    );
    // Someone else's title is someone else's.
    let q = quote_with(&doc, "the reform would take two years");
    assert_ne!(
        q.speaker.name.as_deref(),
        Some("President Olena Petrenko"),
        "{q:#?}"
    );
}

#[test]
fn the_latter_is_the_second_of_the_pair_named_before() {
    let doc = common::analyse_with_entities(
        "President Vladimir Putin met French leader Emmanuel Macron in Moscow. The latter said \
the talks had been useful.",
    );
    let q = quote_with(&doc, "the talks had been useful");
    assert_eq!(q.speaker.name.as_deref(), Some("Emmanuel Macron"));
    let doc = common::analyse_with_entities(
        "На встрече были министр Олег Лебедев и губернатор Анна Смирнова. Последняя заявила, что \
бюджет региона будет сбалансирован.",
    );
    let q = quote_with(&doc, "бюджет региона");
    assert_eq!(q.speaker.name.as_deref(), Some("Анна Смирнова"));
    // One person named and one not: "the latter" is the unnamed one.
    let doc = common::analyse_with_entities(
        "Olga Brandt recalled a joke in which one man asks another about his health, and the \
latter says that he is fine.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.name.as_deref() != Some("Olga Brandt")
                || !q.text.contains("he is fine")),
        "{:#?}",
        doc.quotes
    );
}
