//! Quotes on short passages written for the project (no entity layer:
//! speakers are checked by their mention).

use claimtrace_core::{Annotator, Document, Metadata, QuoteKind};
use claimtrace_quote::QuoteAnnotator;

mod common;
use common::{analyse, cue, find, speaker};

#[test]
fn direct_quote_with_speaker_after_and_inverted() {
    let doc = analyse(
        "Talks resumed on Monday.\n\n\"We are ready to sign the deal this week,\" the trade minister said.\n\n\
\"Nobody wants a price war,\" said Maria Lopez, the head of the exporters' association.",
    );
    let q = find(&doc, "ready to sign");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "the trade minister");
    assert!(!q.text.starts_with('"'));
    let q = find(&doc, "price war");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(speaker(q).starts_with("Maria Lopez"), "{:?}", q.speaker);
}

#[test]
fn speaker_before_with_colon_and_split_quote_share_the_speaker() {
    let doc = analyse(
        "The mayor told reporters: \"The bridge will reopen in May.\"\n\n\
\"We have the money,\" he said. \"Now we need the steel.\"",
    );
    let q = find(&doc, "bridge will reopen");
    assert_eq!(speaker(q), "The mayor");
    assert_eq!(cue(q), "told");
    let first = find(&doc, "We have the money");
    let second = find(&doc, "Now we need the steel");
    assert_eq!(speaker(first), "he");
    assert_eq!(speaker(second), "he");
    // A quote split by its attribution: both halves share the cue span.
    assert_eq!(first.cue, second.cue);
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let doc = analyse(
        "The governor spoke at length.\n\n\"We lost three harvests in a row. Farmers cannot wait any longer.\n\n\
\"The state will pay for the new wells,\" Governor Ann Reyes said.",
    );
    let q = find(&doc, "three harvests");
    assert!(q.text.contains("new wells"), "{:?}", q.text);
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "Governor Ann Reyes");
}

#[test]
fn partial_quotes_inside_reported_speech_and_titles_are_not_quotes() {
    let doc = analyse(
        "The senator said the plan would be a \"disaster\" for rural hospitals.\n\n\
She appeared on the show \"Meet the Press\" on Sunday. Critics called the reform \"so-called progress\" at best.",
    );
    let reported = find(&doc, "the plan would be");
    assert_eq!(reported.kind, QuoteKind::Indirect);
    assert_eq!(speaker(reported), "The senator");
    let partial = doc
        .quotes
        .iter()
        .find(|q| q.text == "disaster")
        .unwrap_or_else(|| panic!("no partial quote: {:#?}", doc.quotes));
    assert_eq!(partial.kind, QuoteKind::Partial);
    assert_eq!(partial.within.as_deref(), Some(reported.id.as_str()));
    assert!(!doc.quotes.iter().any(|q| q.text.contains("Meet the Press")));
}

#[test]
fn reported_speech_forms() {
    let doc = analyse(
        "The central bank said on Tuesday that inflation had peaked.\n\n\
Prices will fall next year, the finance minister said.\n\n\
According to the statistics office, unemployment rose to 6 percent.\n\n\
If the strike goes on, the union warned, factories will close.\n\n\
Police, citing witnesses, reported that the driver had fled.",
    );
    let q = find(&doc, "inflation had peaked");
    assert_eq!((speaker(q), cue(q)), ("The central bank", "said"));
    let q = find(&doc, "Prices will fall");
    assert_eq!((speaker(q), cue(q)), ("the finance minister", "said"));
    let q = find(&doc, "unemployment rose");
    assert_eq!(
        (speaker(q), cue(q)),
        ("the statistics office", "According to")
    );
    let q = find(&doc, "factories will close");
    assert_eq!((speaker(q), cue(q)), ("the union", "warned"));
    let q = find(&doc, "driver had fled");
    assert_eq!((speaker(q), cue(q)), ("Police", "reported"));
}

#[test]
fn hedges_attach_to_the_quote_they_qualify() {
    let doc = analyse("The ministry claims that the convoy was allegedly carrying weapons.");
    let q = find(&doc, "convoy");
    assert!(q.hedges.iter().any(|h| h.text == "allegedly"));
    let h = doc
        .hedges
        .iter()
        .find(|h| h.text == "allegedly")
        .map(|h| h.applies_to.clone());
    assert_eq!(h, Some(Some(q.id.clone())));
}

#[test]
fn attribution_chain_edges() {
    let doc = analyse(
        "The envoy repeated the words of Foreign Minister Jan Novak, who in turn allegedly quoted a report by the Audit Office.",
    );
    let names: Vec<(&str, &str)> = doc
        .attributions
        .iter()
        .map(|a| (a.speaker.name.as_str(), a.source.name.as_str()))
        .collect();
    assert!(
        names.contains(&("The envoy", "Foreign Minister Jan Novak")),
        "{names:?}"
    );
    let second = doc
        .attributions
        .iter()
        .find(|a| a.speaker.name == "Foreign Minister Jan Novak")
        .unwrap_or_else(|| panic!("no second edge: {names:?}"));
    assert!(second.source.name.contains("Audit Office"));
    assert!(second.hedges.iter().any(|h| h.text == "allegedly"));
}

#[test]
fn russian_quotes_and_reported_speech() {
    let doc = analyse(
        "«Мы не допустим повышения тарифов в этом году», — заявил министр энергетики Павел Сорокин.\n\n\
Губернатор отметил, что дорогу откроют к осени.\n\n\
По словам мэра, ремонт моста обойдется в два миллиарда рублей.\n\n\
Как рассказал «Коммерсанту» источник в правительстве, решение уже принято.",
    );
    let q = find(&doc, "повышения тарифов");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "министр энергетики Павел Сорокин");
    let q = find(&doc, "дорогу откроют");
    assert_eq!((speaker(q), cue(q)), ("Губернатор", "отметил"));
    let q = find(&doc, "ремонт моста");
    assert_eq!((speaker(q), cue(q)), ("мэра", "По словам"));
    let q = find(&doc, "решение уже принято");
    assert_eq!(
        (speaker(q), cue(q)),
        ("источник в правительстве", "Как рассказал")
    );
    assert!(!doc.quotes.iter().any(|q| q.text == "Коммерсанту"));
}

#[test]
fn ukrainian_quotes_and_reported_speech() {
    let doc = analyse(
        "«Ми відновимо всі зруйновані школи до зими», – зазначив голова обласної адміністрації.\n\n\
Міністр наголосив, що фінансування вже виділено.\n\n\
За словами лікарів, стан поранених стабільний.",
    );
    let q = find(&doc, "зруйновані школи");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "зазначив");
    assert!(speaker(q).starts_with("голова"), "{:?}", q.speaker);
    let q = find(&doc, "фінансування");
    assert_eq!((speaker(q), cue(q)), ("Міністр", "наголосив"));
    let q = find(&doc, "стан поранених");
    assert_eq!((speaker(q), cue(q)), ("лікарів", "За словами"));
}

#[test]
fn hostile_input_does_not_panic() {
    let long_quote = format!("\"{}", "word ".repeat(5000));
    let inputs = [
        String::new(),
        "\"".to_string(),
        "\"\"\"\"''''««»»„“‹›".to_string(),
        "said said said that that that according to, according to".to_string(),
        long_quote,
        "«".repeat(3000),
        "He said: \"".to_string(),
        "\u{0}\u{feff}\"x\" — заявил".to_string(),
    ];
    for text in inputs {
        let doc = analyse(&text);
        for q in &doc.quotes {
            assert!(q.start <= q.end && q.end <= text.len());
        }
    }
}

#[test]
fn many_quotes_and_cues_stay_fast() {
    // Thousands of short quotes, reports and hedges in one document: every
    // lookup must stay local (no pass over all quotes per quote).
    let unit =
        "The aide said \"no,\" and allegedly quoted the \"memo\" by Smith. \"Yes,\" he said. ";
    let text = unit.repeat(3000);
    let started = std::time::Instant::now();
    let doc = analyse(&text);
    assert!(doc.quotes.len() >= 3000, "{} quotes", doc.quotes.len());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn it_speaks_for_the_body_or_text_named_before() {
    let doc = analyse(
        "Inflation outlook\n\nThe central bank's quarterly report was published on Monday. It said that inflation would fall below 5% by December.\n\n\
The mayor spoke at the opening on Tuesday. It said that the new bridge would open in March.",
    );
    let q = find(&doc, "inflation would fall");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("The central bank's quarterly report"),
        "{q:?}"
    );
    // A person is no antecedent of "it".
    let q = find(&doc, "the new bridge would open");
    assert_ne!(q.speaker.name.as_deref(), Some("The mayor"), "{q:?}");
}

#[test]
fn content_then_speaker_with_an_adjunct_or_a_longer_noun_phrase() {
    let text = "Talks Collapse.\n\n\
The talks collapsed after midnight, lawyers for the family said.\n\n\
The company will close two plants next year, a spokesman said on Friday.\n\n\
The bill has no chance in the Senate, Sen. Ann Reyes told reporters.\n\n\
The vote was delayed, the minister said in a statement on Monday evening.";
    for annotator in [QuoteAnnotator::rules_only(), QuoteAnnotator::default()] {
        let mut doc = Document::new(text, Metadata::default());
        claimtrace_text::prepare(&mut doc);
        annotator.annotate(&mut doc);
        for (content, cue_word, who) in [
            (
                "The talks collapsed after midnight",
                "said",
                "lawyers for the family",
            ),
            (
                "The company will close two plants next year",
                "said",
                "a spokesman",
            ),
            (
                "The bill has no chance in the Senate",
                "told",
                "Sen. Ann Reyes",
            ),
            ("The vote was delayed", "said", "the minister"),
        ] {
            let q = find(&doc, content);
            assert_eq!(q.text, content, "{q:?}");
            // PolNeAR-style cues may take the adjunct ("said in a statement").
            assert!(cue(q).starts_with(cue_word), "{q:?}");
            assert_eq!(speaker(q), who, "{q:?}");
        }
    }
}

#[test]
fn ukrainian_past_tense_reports_with_that_clauses() {
    // "заявив" / "пояснив" are the Ukrainian past tense (a Russian
    // participle has the same spelling): the language decides.
    let doc = analyse(
        "Міністр оборони Олексій Резніков заявив, що армія отримає нові системи ППО до кінця року.\n\n\
         Речник МЗС Олег Ніколенко пояснив, що посольство працює у звичайному режимі.",
    );
    assert_eq!(doc.meta.language.as_deref(), Some("uk"));
    let q = find(&doc, "армія отримає нові системи");
    assert_eq!(cue(q), "заявив");
    assert_eq!(speaker(q), "Міністр оборони Олексій Резніков");
    let q = find(&doc, "посольство працює");
    assert_eq!(cue(q), "пояснив");
    assert_eq!(speaker(q), "Речник МЗС Олег Ніколенко");
}

#[test]
fn a_sentence_final_attribution_takes_the_whole_clause_before_it() {
    // The report inside ("called for") does not swallow the sentence's own
    // attribution at its end.
    let text = "Protocol Broken.\n\n\
The protocol called for the patient to be taken to a trauma centre in the city, sources said.\n\n\
The council plans to publish the full audit next week, a spokesman announced on Monday.";
    for annotator in [QuoteAnnotator::rules_only(), QuoteAnnotator::default()] {
        let mut doc = Document::new(text, Metadata::default());
        claimtrace_text::prepare(&mut doc);
        annotator.annotate(&mut doc);
        let q = common::find_by_cue(&doc, "said");
        assert_eq!(speaker(q), "sources");
        assert!(q.text.starts_with("The protocol called for"), "{q:?}");
        assert!(q.text.ends_with("in the city"), "{q:?}");
        let q = doc
            .quotes
            .iter()
            .find(|q| cue(q).starts_with("announced"))
            .unwrap_or_else(|| panic!("no 'announced' report: {:#?}", doc.quotes));
        assert_eq!(speaker(q), "a spokesman");
        assert!(q.text.starts_with("The council plans to publish"), "{q:?}");
    }
}

#[test]
fn a_relative_pronoun_speaker_names_the_phrase_before_its_comma() {
    let doc = analyse(
        "Port figures questioned\n\n\
         The minister repeated a claim first made by her deputy, Taras Hnatiuk, who in turn reportedly cited an internal estimate by the port authority.",
    );
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text.contains("internal estimate"))
        .unwrap_or_else(|| panic!("{:#?}", doc.quotes));
    assert_eq!(q.speaker.name.as_deref(), Some("Taras Hnatiuk"), "{q:?}");
    assert!(
        q.speaker
            .text
            .as_deref()
            .is_some_and(|t| t.starts_with("who")),
        "{q:?}"
    );
}
