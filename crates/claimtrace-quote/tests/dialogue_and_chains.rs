//! Dash dialogue (Russian, Ukrainian), publication paths and plural
//! speakers, on short passages written for the project (no entity layer:
//! speakers are checked by their mention).

use claimtrace_core::{Document, QuoteKind};

mod common;
use common::{analyse, cue, find, speaker};

#[test]
fn russian_dash_speech_with_the_authors_words_after_it() {
    let doc = analyse(
        "В Кремле прокомментировали предложение о перемирии.\n\n\
— Мы готовы к переговорам, но без предварительных условий, — заявил Песков журналистам.\n\n\
— Почему раньше об этом не говорили? — спросил корреспондент.",
    );
    let q = find(&doc, "готовы к переговорам");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        q.text,
        "Мы готовы к переговорам, но без предварительных условий"
    );
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "Песков");
    let q = find(&doc, "Почему раньше");
    assert_eq!(q.text, "Почему раньше об этом не говорили");
    assert_eq!(cue(q), "спросил");
    assert_eq!(speaker(q), "корреспондент");
    // The author's words are not a quote of their own.
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("журналистам")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn ukrainian_dash_speech_split_by_the_authors_words() {
    let doc = analyse(
        "Ремонт мосту через Рось завершать до осені.\n\n\
– Ми не відступимо, – сказав Зеленський.\n\n\
— Кошти на ремонт уже є, — розповідає голова громади Ірина Коваль, — тепер чекаємо на підрядника.\n\n\
— Роботи почнуться в липні, — пояснює. — Об'їзд буде через Стайки.",
    );
    let q = find(&doc, "не відступимо");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "Ми не відступимо");
    assert_eq!(cue(q), "сказав");
    assert_eq!(speaker(q), "Зеленський");

    let first = find(&doc, "Кошти на ремонт");
    let second = find(&doc, "чекаємо на підрядника");
    assert_eq!(first.text, "Кошти на ремонт уже є");
    assert_eq!(cue(first), "розповідає");
    assert_eq!(speaker(first), "голова громади Ірина Коваль");
    assert_eq!(second.text, "тепер чекаємо на підрядника");
    assert_eq!(speaker(second), "голова громади Ірина Коваль");
    assert_eq!(first.cue, second.cue);

    // No speaker after the verb: the one of the paragraph before.
    let q = find(&doc, "почнуться в липні");
    assert_eq!(cue(q), "пояснює");
    assert_eq!(speaker(q), "голова громади Ірина Коваль");
    let q = find(&doc, "Об'їзд");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "голова громади Ірина Коваль");
}

#[test]
fn dash_speech_after_a_colon_and_floating_dash_speech() {
    let doc = analyse(
        "Пресс-секретарь президента Дмитрий Песков заявил: — Решение будет принято на следующей неделе.\n\n\
Глава района Анна Соколова сказала журналистам:\n\n\
— Школу откроем к первому сентября.\n\n\
О ремонте дороги рассказал мэр города Олег Тихонов.\n\n\
— Асфальт положат до холодов. Денег хватит на весь участок.",
    );
    let q = find(&doc, "Решение будет принято");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(!q.text.starts_with('—'), "{:?}", q.text);
    assert_eq!(cue(q), "заявил");
    assert!(speaker(q).ends_with("Дмитрий Песков"), "{:?}", q.speaker);

    let q = find(&doc, "Школу откроем");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "сказала");
    assert_eq!(speaker(q), "Глава района Анна Соколова");

    let q = find(&doc, "Асфальт положат");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(q.text.contains("весь участок"), "{:?}", q.text);
    assert!(speaker(q).contains("Олег Тихонов"), "{:?}", q.speaker);
}

#[test]
fn an_interviews_questions_and_answers_take_no_speaker_from_before() {
    let doc = analyse(
        "Об этом рассказал директор театра Андрей Белов.\n\n\
— Когда начнется сезон?\n\n\
— В октябре, если успеем с ремонтом.",
    );
    let q = find(&doc, "Когда начнется сезон");
    assert_eq!(q.kind, QuoteKind::Direct);
    let q = find(&doc, "В октябре");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "", "{:?}", q.speaker);
}

#[test]
fn english_dash_paragraphs_are_not_speech_without_a_speaker() {
    let doc = analyse(
        "What changes on Monday:\n\n\
— Buses run every ten minutes on the central lines.\n\n\
— Tickets bought before June stay valid.\n\n\
— News in brief\n\n\
— We will not raise fares this year, — said Mayor Ann Reyes.",
    );
    for t in ["Buses run", "Tickets bought", "News in brief"] {
        assert!(
            doc.quotes.iter().all(|q| !q.text.contains(t)),
            "{t:?} read as a quote: {:#?}",
            doc.quotes
        );
    }
    let q = find(&doc, "raise fares");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "We will not raise fares this year");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "Mayor Ann Reyes");
}

#[test]
fn dash_lists_in_ukrainian_are_not_speech() {
    let doc = analyse(
        "Роботодавець має надати:\n\n\
– правила внутрішнього розпорядку;\n\n\
– посадові інструкції;\n\n\
– табель обліку робочого часу.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("інструкції")),
        "{:#?}",
        doc.quotes
    );
}

fn edge<'a>(doc: &'a Document, speaker: &str, source: &str) -> &'a claimtrace_core::Attribution {
    doc.attributions
        .iter()
        .find(|a| a.speaker.name.contains(speaker) && a.source.name.contains(source))
        .unwrap_or_else(|| {
            panic!(
                "no edge {speaker:?} -> {source:?}; edges: {:#?}",
                doc.attributions
            )
        })
}

#[test]
fn publication_path_from_a_programme_to_where_excerpts_were_posted() {
    let doc = analyse(
        "The defence minister spoke during the taping of the programme \"Week in Review\" on the state channel Rossiya-24, \
a video of which was shared by its presenter Anna Kovac on her Telegram channel on Sunday.",
    );
    let e = edge(&doc, "The defence minister", "programme");
    assert_eq!(
        e.source.name, "Rossiya-24 programme \"Week in Review\"",
        "{e:#?}"
    );
    assert_eq!(
        e.cue.as_ref().map(|c| c.text.as_str()),
        Some("spoke during the taping of")
    );
    let e = edge(&doc, "Week in Review", "Telegram");
    assert_eq!(e.source.name, "Anna Kovac's Telegram channel");
    assert_eq!(e.cue.as_ref().map(|c| c.text.as_str()), Some("shared by"));
}

#[test]
fn publication_path_through_an_interview_and_a_post_on_x() {
    let doc = analyse(
        "Mayor Ann Reyes said in an interview with Radio Liberty that the bridge would reopen in May.\n\n\
The minister told reporters in an interview with Germany’s Bild tabloid this week that he was staying.\n\n\
The senator said this on the show \"Face the Week\", excerpts from which were posted by the network on X (Twitter).\n\n\
He said in a statement on Monday that the talks had failed.",
    );
    let e = edge(&doc, "Ann Reyes", "Radio Liberty");
    assert_eq!(
        e.cue.as_ref().map(|c| c.text.as_str()),
        Some("said in an interview with")
    );
    let e = edge(&doc, "The minister", "Bild");
    assert_eq!(e.source.name, "Germany’s Bild");
    edge(&doc, "The senator", "show \"Face the Week\"");
    let e = edge(&doc, "Face the Week", "X (Twitter)");
    assert_eq!(e.source.name, "the network's X (Twitter)");
    // A statement is not a programme: no edge.
    assert!(
        doc.attributions
            .iter()
            .all(|a| !a.source.name.contains("statement")),
        "{:#?}",
        doc.attributions
    );
    assert_eq!(doc.attributions.len(), 4, "{:#?}", doc.attributions);
}

#[test]
fn they_resolves_to_the_last_group_named_before_it() {
    let doc = analyse(
        "Officials at the health ministry met hospital directors on Tuesday. \
They said the new wards would open in March.\n\n\
The mayor said the budget was tight. \"We will find the money,\" she said.\n\n\
Residents of the eastern districts have complained for months about the water supply. \
They told reporters that the pipes had not been replaced since 1970.",
    );
    let q = find(&doc, "new wards would open");
    assert_eq!(speaker(q), "They");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Officials at the health ministry"),
        "{:?}",
        q.speaker
    );
    // "she" still takes the last person, not a group.
    let q = find(&doc, "find the money");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("The mayor"),
        "{:?}",
        q.speaker
    );
    let q = find(&doc, "pipes had not been replaced");
    assert_eq!(speaker(q), "They");
    assert!(
        q.speaker
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with("Residents")),
        "{:?}",
        q.speaker
    );
}

#[test]
fn odd_and_long_dash_input_stays_fast_and_does_not_panic() {
    for text in [
        "—",
        "— ,— сказал",
        "Он заявил: —",
        "— \u{0} — заявил —",
        "He said this during the filming of the program \"",
        "They said",
        "— , — , — , — .",
        "-",
        "- , - сказал",
        "- Да? - - -",
        "‒ ‒ ‒",
    ] {
        analyse(text);
    }
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(&format!(
            "— Ответ номер {i}, — сказал он, — и ещё.\n\n— Да.\n\nЖители района собрались у школы. They said it was fine.\n\n"
        ));
    }
    let started = std::time::Instant::now();
    let doc = analyse(&text);
    assert!(doc.quotes.len() >= 3000);
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn russian_and_ukrainian_dialogue_opened_with_a_hyphen() {
    let doc = analyse(
        "Министр обороны прокомментировал сообщения о выводе войск.\n\n\
- Мы не будем этого делать, - сказал министр.\n\n\
- А что будет с базой? - спросил корреспондент.\n\n\
- База останется на месте. Решение уже принято.",
    );
    let q = find(&doc, "не будем этого делать");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "Мы не будем этого делать");
    assert_eq!(cue(q), "сказал");
    assert_eq!(speaker(q), "министр");
    let q = find(&doc, "что будет с базой");
    assert_eq!(q.text, "А что будет с базой");
    assert_eq!(cue(q), "спросил");
    assert_eq!(speaker(q), "корреспондент");
    // A reply in the same run of hyphen dialogue, with no author's words.
    let q = find(&doc, "База останется");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "База останется на месте. Решение уже принято");

    let doc = analyse(
        "Депутати обговорили ремонт мосту через Рось.\n\n\
- Ми готові, - заявив він.\n\n\
- Кошти на ремонт уже є, - розповідає голова громади Ірина Коваль. - Тепер чекаємо на підрядника.\n\n\
‒ Об'їзд буде через Стайки, ‒ пояснює вона.",
    );
    let q = find(&doc, "Ми готові");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "Ми готові");
    assert_eq!(cue(q), "заявив");
    assert_eq!(speaker(q), "він");
    let first = find(&doc, "Кошти на ремонт");
    let second = find(&doc, "чекаємо на підрядника");
    assert_eq!(first.text, "Кошти на ремонт уже є");
    assert_eq!(speaker(first), "голова громади Ірина Коваль");
    assert_eq!(second.text, "Тепер чекаємо на підрядника");
    assert_eq!(speaker(second), "голова громади Ірина Коваль");
    // A figure dash works like the hyphen.
    let q = find(&doc, "Об'їзд");
    assert_eq!(q.text, "Об'їзд буде через Стайки");
    assert_eq!(cue(q), "пояснює");
    // The author's words are not a quote of their own.
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("голова громади")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn an_interview_written_with_hyphens_is_speech() {
    let doc = analyse(
        "Директорка музею Оксана Лісова розповіла про нову експозицію.\n\n\
- Коли відкриється нова зала?\n\n\
- Навесні, якщо встигнемо з ремонтом даху.\n\n\
- А що з фінансуванням?\n\n\
- Гроші виділила громада, решту дадуть меценати.",
    );
    for t in [
        "Коли відкриється",
        "Навесні, якщо встигнемо",
        "що з фінансуванням",
        "Гроші виділила громада",
    ] {
        assert_eq!(find(&doc, t).kind, QuoteKind::Direct, "{t:?}");
    }
}

#[test]
fn hyphen_lists_in_russian_and_ukrainian_are_not_speech() {
    // Items with a small letter and ";", a range inside an item.
    let doc = analyse(
        "Маску з петрушки роблять так:\n\n\
- зелень дрібно ріжуть;\n\n\
- прикладають до повік на 10-15 хвилин;\n\n\
- змивають холодною водою.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // Whole sentences with capitals, but no author's words and no
    // questions: a list, not dialogue.
    let doc = analyse(
        "Для участия в конкурсе нужно подать документы.\n\n\
- Заявление установленного образца.\n\n\
- Копию паспорта и две фотографии.\n\n\
- Справку с места работы.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // One hyphen line alone, with no author's words: a note, not speech.
    let doc = analyse(
        "Фестиваль пройдет в парке Горького.\n\n\
- Вход на все концерты свободный.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // A list item with its own author's words speaks; the others do not.
    let doc = analyse(
        "Что изменится с понедельника:\n\n\
- автобусы будут ходить чаще;\n\n\
- Проезд не подорожает, - пообещал мэр.\n\n\
- парковка у вокзала станет платной.",
    );
    let q = find(&doc, "Проезд не подорожает");
    assert_eq!(speaker(q), "мэр");
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
}

#[test]
fn oni_and_vony_resolve_to_the_group_or_body_named_before() {
    let doc = analyse(
        "Представители министерства здравоохранения встретились с главврачами во вторник. \
Они заявили, что новые отделения откроются в марте.",
    );
    let q = find(&doc, "новые отделения откроются");
    assert_eq!(speaker(q), "Они");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Представители министерства здравоохранения"),
        "{:?}",
        q.speaker
    );
    // A person is not a plural antecedent, and "жителями" is no subject:
    // the pronoun stays unresolved (its mention, no name).
    let doc = analyse(
        "Губернатор Олег Тихонов встретился с жителями района. \
Они рассказали, что воду не дают третий день.",
    );
    let q = find(&doc, "воду не дают");
    assert_eq!(speaker(q), "Они");
    assert_eq!(q.speaker.name.as_deref(), None, "{:?}", q.speaker);

    let doc = analyse(
        "У МЗС України прокоментували заяву Москви про переговори. \
Вони наголосили, що Київ не отримував жодних пропозицій.\n\n\
Депутати обласної ради обговорили бюджет на закритому засіданні. \
Вони заявили, що грошей на ремонт доріг не вистачає.",
    );
    let q = find(&doc, "не отримував жодних пропозицій");
    assert_eq!(speaker(q), "Вони");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("МЗС України"),
        "{:?}",
        q.speaker
    );
    let q = find(&doc, "грошей на ремонт");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Депутати обласної ради"),
        "{:?}",
        q.speaker
    );
}

#[test]
fn oni_does_not_take_a_clause_that_opens_a_sentence() {
    let doc = analyse(
        "Глава района пообещал открыть дорогу: «Приезжайте и посмотрите сами. Если вы там пройдете — я отвечу за ремонт». \
Однако в ноябре охрана никого не пропустила. Они сказали, что у них приказ никого не пускать.",
    );
    let q = find(&doc, "приказ никого не пускать");
    assert_eq!(speaker(q), "Они");
    assert!(
        !q.speaker
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with("Если")),
        "{:?}",
        q.speaker
    );
}

#[test]
fn a_direct_quote_inside_an_agency_report_keeps_its_own_speaker() {
    let doc = analyse(
        "Port talks stall\n\
According to Reuters, the harbour master said: \"The cranes will stay idle until the insurers agree to cover the ships.\"\n\
Shipping companies did not comment.",
    );
    let inner = doc
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct && q.text.starts_with("The cranes"))
        .unwrap_or_else(|| panic!("no direct quote of the cranes: {:#?}", doc.quotes));
    assert_eq!(inner.speaker.text.as_deref(), Some("the harbour master"));
    assert!(inner.text.ends_with("cover the ships."), "{}", inner.text);
}

/// "X repeated a claim first made by Y, who in turn reportedly cited an
/// estimate by Z": two hops, X -> Y -> Z, the hedge on the second; the
/// quote read in the second hop's frame carries the hedge too.
#[test]
fn a_claim_made_by_someone_is_their_claim_and_each_hop_keeps_its_hedge() {
    let doc = analyse(
        "Rail freight figures\n\n\
The transport minister repeated a figure first published by his adviser, Pavlo Dorosh, \
who in turn allegedly quoted an unpublished forecast by the rail operator.",
    );
    let edges: Vec<(&str, &str, Vec<&str>)> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.speaker.name.as_str(),
                a.source.name.as_str(),
                a.hedges.iter().map(|h| h.text.as_str()).collect(),
            )
        })
        .collect();
    assert!(
        edges
            .iter()
            .any(|(sp, so, h)| sp.contains("minister") && *so == "Pavlo Dorosh" && h.is_empty()),
        "{edges:?}"
    );
    assert!(
        edges.iter().any(|(sp, so, h)| *sp == "Pavlo Dorosh"
            && *so == "the rail operator"
            && *h == ["allegedly"]),
        "{edges:?}"
    );
    let q = find(&doc, "forecast by the rail operator");
    assert!(q.hedges.iter().any(|h| h.text == "allegedly"), "{q:#?}");
}
