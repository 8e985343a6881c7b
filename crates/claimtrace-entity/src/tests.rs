//! Behaviour on short passages written for the project.

use claimtrace_core::{Annotator, Document, EntityType, MentionKind, Metadata};

use crate::{entity_at, resolve_pronoun, EntityAnnotator};

fn analyse(text: &str) -> Document {
    let mut doc = Document::new(text, Metadata::default());
    claimtrace_text::prepare(&mut doc);
    EntityAnnotator.annotate(&mut doc);
    doc
}

fn entity<'a>(doc: &'a Document, name: &str) -> &'a claimtrace_core::Entity {
    match doc.entities.iter().find(|e| e.name == name) {
        Some(e) => e,
        None => panic!(
            "no entity {name:?}; got {:?}",
            doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        ),
    }
}

fn mention_texts(e: &claimtrace_core::Entity) -> Vec<&str> {
    e.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn unseen_person_with_title_role_surname_and_pronoun() {
    let doc = analyse(
        "Estonian Defence Minister Hanno Pevkur visited the border town of Narva on Monday. \
         Pevkur said the drills would continue. He added that the alliance was ready.",
    );
    let e = entity(&doc, "Hanno Pevkur");
    assert_eq!(e.kind, EntityType::Person);
    assert!(
        e.roles
            .iter()
            .any(|r| r.text == "Estonian Defence Minister"),
        "{:?}",
        e.roles
    );
    let texts = mention_texts(e);
    assert!(texts.contains(&"Pevkur"), "{texts:?}");
    assert!(texts.contains(&"He"), "{texts:?}");
    assert_eq!(e.gender.as_deref(), Some("male"));
}

#[test]
fn former_role_in_apposition_and_role_after_name() {
    let doc = analyse(
        "The claim was first made by the then Downing Street press secretary, Clara Venn. \
         Brigadier Tomas Oberg, head of the northern logistics command, said his data differed. \
         She later said the figures were wrong.",
    );
    let venn = entity(&doc, "Clara Venn");
    let role = venn
        .roles
        .iter()
        .find(|r| r.text == "Downing Street press secretary");
    assert!(role.is_some_and(|r| r.former), "{:?}", venn.roles);
    let oberg = entity(&doc, "Tomas Oberg");
    let roles: Vec<&str> = oberg.roles.iter().map(|r| r.text.as_str()).collect();
    assert!(roles.contains(&"Brigadier"), "{roles:?}");
    assert!(
        roles.contains(&"head of the northern logistics command"),
        "{roles:?}"
    );
    // "She" skips the man named in between
    assert!(mention_texts(venn).contains(&"She"));
}

#[test]
fn role_after_a_possessive_in_apposition_makes_a_person() {
    // "The bank's chief, X" and one plain word between the possessive and
    // the role ("The firm's finance chief, X").
    let doc = analyse(
        "The firm's finance chief, Ravi Anand, said costs would fall. \
         The bank's spokeswoman, Ilse Varga, declined to comment.",
    );
    let anand = entity(&doc, "Ravi Anand");
    assert_eq!(anand.kind, EntityType::Person);
    let roles: Vec<&str> = anand.roles.iter().map(|r| r.text.as_str()).collect();
    assert!(roles.contains(&"finance chief"), "{roles:?}");
    let varga = entity(&doc, "Ilse Varga");
    assert_eq!(varga.kind, EntityType::Person);
}

#[test]
fn a_town_in_the_genitive_after_its_mayor_is_no_surname() {
    let doc = analyse(
        "Мер Житомира пообіцяв відновити опалення. Мэр Твери заявил, что всё в порядке. \
         Мер Львова Андрій Садовий відкрив міст.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Житомира"), "{names:?}");
    assert!(!names.contains(&"Твери"), "{names:?}");
    assert_eq!(entity(&doc, "Андрій Садовий").kind, EntityType::Person);
}

#[test]
fn a_title_after_its_bodys_noun_is_no_person() {
    // "editor of the magazine Tech Weekly": the name after "magazine" is
    // the magazine's; the editor is the person before.
    let doc = analyse(
        "The launch was a success, said Rosa Keane, deputy editor of UK magazine Tech Weekly.",
    );
    let keane = entity(&doc, "Rosa Keane");
    assert_eq!(keane.kind, EntityType::Person);
    assert!(
        doc.entities
            .iter()
            .all(|e| !(e.name == "Tech Weekly" && e.kind == EntityType::Person)),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_ministry_named_by_its_short_compound_is_no_person() {
    // "Мінфіну", "Минздрава" after a role are the ministry, not a surname.
    let doc = analyse(
        "Заступник міністра Мінфіну повідомив про нові правила. \
         Заместитель главы Минздрава сообщил, что вакцин хватит.",
    );
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_word_that_completes_a_title_after_of_names_no_one() {
    // "the Head of State", "the Chief of Staff": "State" and "Staff" are
    // the title's, not a person's names.
    let doc = analyse(
        "The Head of State said the plan would start in May. \
         The Chief of Staff said nothing about the budget.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"State"), "{names:?}");
    assert!(!names.contains(&"Staff"), "{names:?}");
}

#[test]
fn epithet_resolves_to_the_person_with_that_role() {
    let doc = analyse(
        "Brazilian President Ana Ferreira met Chilean Foreign Minister Pablo Ruiz in Lima. \
         \"We agreed on the route,\" the Brazilian president said. \
         The minister declined to comment.",
    );
    let ferreira = entity(&doc, "Ana Ferreira");
    assert!(mention_texts(ferreira).contains(&"the Brazilian president"));
    let ruiz = entity(&doc, "Pablo Ruiz");
    assert!(
        mention_texts(ruiz).contains(&"The minister"),
        "{:?}",
        mention_texts(ruiz)
    );
    let pos = doc.text.find("the Brazilian president said").unwrap_or(0);
    assert_eq!(
        entity_at(&doc, pos, pos + 3).map(|e| e.name.as_str()),
        Some("Ana Ferreira")
    );
    assert_eq!(entity(&doc, "Lima").kind, EntityType::Place);
}

#[test]
fn organisations_acronyms_and_places() {
    let doc = analyse(
        "The International Energy Agency (IEA) warned on Tuesday that supplies to Europe \
         would tighten. The IEA said the U.S. and Washington's allies must act. \
         Amnesty International and the European Commission also commented.",
    );
    let iea = entity(&doc, "International Energy Agency");
    assert_eq!(iea.kind, EntityType::Organization);
    assert!(
        mention_texts(iea).contains(&"IEA"),
        "{:?}",
        mention_texts(iea)
    );
    let us = entity(&doc, "United States");
    let texts = mention_texts(us);
    assert!(
        texts.contains(&"U.S.") && texts.contains(&"Washington"),
        "{texts:?}"
    );
    assert_eq!(
        entity(&doc, "European Commission").kind,
        EntityType::Organization
    );
    assert!(doc.entities.iter().all(|e| e.name != "Tuesday"));
}

#[test]
fn sentence_openers_are_not_names() {
    let doc = analyse(
        "However, the talks stalled. Following the vote, turnout fell. \
         Supply of grain resumed when the supply chain reopened.",
    );
    assert!(doc.entities.is_empty(), "{:?}", doc.entities);
}

#[test]
fn quoted_programme_title_and_its_author() {
    let doc = analyse(
        "He spoke on the show \"Evening Hours\" on the channel NTR-2, \
         whose clips were shared by its host Lena Brandt.",
    );
    let show = entity(&doc, "Evening Hours");
    assert_eq!(show.kind, EntityType::Programme);
    let brandt = entity(&doc, "Lena Brandt");
    assert!(
        brandt.roles.iter().any(|r| r.text == "host of the show"),
        "{:?}",
        brandt.roles
    );
    assert_eq!(entity(&doc, "NTR-2").kind, EntityType::Organization);
}

#[test]
fn ukrainian_declined_names_and_pronoun() {
    let doc = analyse(
        "Речниця МЗС України Олена Коваленко заявила, що Київ чекає відповіді. \
         За словами Коваленко, рішення ухвалять у Брюсселі. Вона додала, що Росія \
         знову обстріляла Харків.",
    );
    let e = entity(&doc, "Олена Коваленко");
    assert_eq!(e.kind, EntityType::Person);
    assert!(
        e.roles.iter().any(|r| r.text == "Речниця МЗС України"),
        "{:?}",
        e.roles
    );
    let texts = mention_texts(e);
    assert!(
        texts.contains(&"Коваленко") && texts.contains(&"Вона"),
        "{texts:?}"
    );
    // places named in Cyrillic keep a Cyrillic nominative as their name
    assert_eq!(entity(&doc, "Київ").kind, EntityType::Place);
    assert_eq!(entity(&doc, "Росія").kind, EntityType::Place);
    assert!(mention_texts(entity(&doc, "Харків")).contains(&"Харків"));
}

#[test]
fn russian_declined_surname_joins_full_name() {
    let doc = analyse(
        "Губернатор области Игорь Семенов провел совещание. По словам Семенова, \
         ремонт завершат к осени. Он также сообщил о новых выплатах.",
    );
    let e = entity(&doc, "Игорь Семенов");
    let texts = mention_texts(e);
    assert!(
        texts.contains(&"Семенова") && texts.contains(&"Он"),
        "{texts:?}"
    );
    assert_eq!(e.gender.as_deref(), Some("male"));
    assert!(
        e.roles.iter().any(|r| r.text == "Губернатор области"),
        "{:?}",
        e.roles
    );
}

#[test]
fn mentions_are_sorted_and_on_char_boundaries() {
    let doc = analyse(
        "Mr. Dalton told reporters in Kyiv that he would return. Dalton's aide, \
         Priya Nair, said she agreed. «Президент» Нор.",
    );
    for e in &doc.entities {
        assert!(e.mentions.windows(2).all(|w| w[0].start <= w[1].start));
        for m in &e.mentions {
            assert_eq!(doc.text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
    let dalton = entity(&doc, "Dalton");
    assert!(dalton
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Pronoun && m.text == "he"));
}

#[test]
fn resolve_pronoun_uses_gender() {
    let doc = analyse("Spokeswoman Ida Marsh met Mr. Colin Reed. She said the talks went well.");
    let pos = doc.text.find("She").unwrap_or(0);
    let idx = resolve_pronoun(&doc, pos, "She");
    assert_eq!(
        idx.and_then(|i| doc.entities.get(i))
            .map(|e| e.name.as_str()),
        Some("Ida Marsh")
    );
    let pos = doc.text.find("went").unwrap_or(0);
    let idx = resolve_pronoun(&doc, pos, "he");
    assert_eq!(
        idx.and_then(|i| doc.entities.get(i))
            .map(|e| e.name.as_str()),
        Some("Colin Reed")
    );
}

#[test]
fn hostile_input_does_not_panic() {
    let mut text = String::new();
    for i in 0..800 {
        text.push_str(
            [
                "The ",
                "President ",
                "«",
                "he ",
                "Ü",
                "-",
                "'s ",
                ". ",
                "A",
                "of ",
            ][i % 10],
        );
    }
    text.push('\u{301}');
    let doc = analyse(&text);
    let _ = doc.to_output();
    let empty = analyse("");
    assert!(empty.entities.is_empty());
}

#[test]
fn role_with_of_complement_before_the_name() {
    let doc = analyse(
        "The head of the Poltava region Ivan Morenko said two drones were shot down. \
         Officials in the City of Lubny reported no damage after World War II memorials were checked.",
    );
    let e = entity(&doc, "Ivan Morenko");
    assert!(
        e.roles
            .iter()
            .any(|r| r.text == "head of the Poltava region"),
        "{:?}",
        e.roles
    );
    assert!(doc.entities.iter().all(|e| e.name != "City"));
    assert!(doc
        .entities
        .iter()
        .all(|e| !(e.name.contains("War") && e.kind == EntityType::Organization)));
}

#[test]
fn ukrainian_epithet_resolves_to_the_president() {
    let doc = analyse(
        "Президент Молдови Марія Гросу зустрілася з делегацією. \
         Як заявила президент Молдови, переговори тривали дві години.",
    );
    let e = entity(&doc, "Марія Гросу");
    assert!(
        e.mentions
            .iter()
            .any(|m| m.kind == MentionKind::Nominal && m.text.starts_with("президент")),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn long_capitalised_chains_stay_fast() {
    let mut text = String::from("The ");
    for _ in 0..3000 {
        text.push_str("Ministry of Alpha for Beta on ");
    }
    text.push_str("Gamma said.");
    let start = std::time::Instant::now();
    let doc = analyse(&text);
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(doc.text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
}

#[test]
fn capitals_only_sentence_gives_no_acronym_organisations() {
    let doc = analyse(
        "MINISTER MAKES VISIT TO BACK WAR CRIMES UNIT. \
         The visit by Attorney General Rosa Klein to Kyiv lasted a day.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        !names
            .iter()
            .any(|n| ["MAKES", "VISIT", "WAR", "UNIT"].contains(n)),
        "{names:?}"
    );
    assert!(entity(&doc, "Rosa Klein")
        .roles
        .iter()
        .any(|r| r.text == "Attorney General"));
}

#[test]
fn a_name_written_twice_in_a_row_and_reversed_is_one_person() {
    // A transcript caption followed by the name in reversed order, as
    // exported pages often print it.
    let doc = analyse(
        "The meeting on the new northern railway was held in the Kremlin.\n\n\
         Port Authority chairman Arkady Belousov      Belousov Arkady : Four berths are ready, \
         and two more will be finished in spring.\n\n\
         Mr Belousov said the dredging would start in May.",
    );
    let e = entity(&doc, "Arkady Belousov");
    assert_eq!(e.kind, EntityType::Person);
    let texts = mention_texts(e);
    assert!(texts.contains(&"Belousov Arkady"), "{texts:?}");
    assert!(texts.contains(&"Belousov"), "{texts:?}");
    for e in &doc.entities {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            assert!(!words[..i].contains(w), "{:?} repeats {w:?}", e.name);
        }
    }
    // Organisation heads may repeat.
    let banks = analyse("Lviv Savings Bank and Carpathian Trust Bank agreed to merge on Friday.");
    assert!(
        banks
            .entities
            .iter()
            .any(|e| e.name.ends_with("Trust Bank")),
        "{:?}",
        banks.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    assert_eq!(
        doc.entities
            .iter()
            .filter(|e| e.name.contains("Belousov"))
            .count(),
        1,
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_reversed_name_before_the_normal_one_keeps_the_normal_order() {
    let doc = analyse(
        "Kovalenko Oksana, the head of the regional water board, opened the plant on Friday.\n\n\
         Oksana Kovalenko said the new filters would serve 40,000 homes.",
    );
    let e = entity(&doc, "Oksana Kovalenko");
    let texts = mention_texts(e);
    assert!(texts.contains(&"Kovalenko Oksana"), "{texts:?}");
    assert!(doc.entities.iter().all(|e| e.name != "Kovalenko Oksana"));
}

#[test]
fn a_title_cased_headline_verb_is_not_part_of_a_name() {
    let doc = analyse(
        "Bridge Repairs Will Take Two More Years, Transport Minister Anna Kowalski Says.\n\n\
         Work began in May, Kowalski said.",
    );
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("Says")),
        "{:#?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    let e = entity(&doc, "Anna Kowalski");
    assert!(mention_texts(e).contains(&"Kowalski"), "{e:?}");
}

#[test]
fn an_organisation_keeps_its_of_complement() {
    let doc = analyse(
        "She joined the University of Kyiv in 2010 and later the Bank of England, \
         where she met economists from the Kyiv School of Economics.",
    );
    for name in [
        "University of Kyiv",
        "Bank of England",
        "Kyiv School of Economics",
    ] {
        assert_eq!(entity(&doc, name).kind, EntityType::Organization, "{name}");
    }
    // A head word alone still names nothing in particular.
    let doc = analyse("The Ministry said on Monday that talks would resume.");
    assert!(
        doc.entities.iter().all(|e| e.name != "Ministry"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn two_names_in_different_cases_are_two_people() {
    let doc = analyse(
        "Вместе с Игорем Родионовым Ковалёв создал фонд. Разом із Олегом Мартиненком \
Коваль відкрив школу.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.iter().all(|n| n.split(' ').count() <= 2),
        "fused names: {names:?}"
    );
    assert_eq!(entity(&doc, "Ковалёв").kind, EntityType::Person);
    assert_eq!(entity(&doc, "Коваль").kind, EntityType::Person);
    // A first and last name in the same case stay one name (named in the
    // nominative).
    let doc = analyse("Фонд создан Игорем Родионовым в прошлом году.");
    entity(&doc, "Игорь Родионов");
}

#[test]
fn a_town_named_with_an_adjective_is_no_person() {
    let doc = analyse("Делегация приехала в Великий Новгород. Нижний Тагил принял гостей.");
    assert!(
        doc.entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .all(|e| !e.name.contains("Новгород") && !e.name.contains("Тагил")),
        "{:?}",
        doc.entities
            .iter()
            .map(|e| (&e.name, &e.kind))
            .collect::<Vec<_>>()
    );
}

#[test]
fn russian_and_ukrainian_pronouns_are_read_in_every_case() {
    let doc = analyse(
        "Министр Ольга Кравец и депутат Антон Белов приехали на завод. \
Рабочие подарили ей цветы, а ему показали новый цех.",
    );
    let kravets = entity(&doc, "Ольга Кравец");
    assert!(
        mention_texts(kravets).contains(&"ей"),
        "{:?}",
        kravets.mentions
    );
    let belov = entity(&doc, "Антон Белов");
    assert!(
        mention_texts(belov).contains(&"ему"),
        "{:?}",
        belov.mentions
    );

    let doc = analyse(
        "Ірина Гнатюк і Петро Савчук відвідали школу. \
Учні подарували їй квіти, а йому книгу.",
    );
    assert!(mention_texts(entity(&doc, "Ірина Гнатюк")).contains(&"їй"));
    assert!(mention_texts(entity(&doc, "Петро Савчук")).contains(&"йому"));
}

#[test]
fn a_verb_of_saying_gives_a_bare_surname_its_sex() {
    let doc = analyse(
        "Ковальчук заявила, що школу відкриють у вересні. \
«Ремонт триває», — сказав Ярема Ткачук. Бондар заявив, що грошей досить.",
    );
    assert_eq!(entity(&doc, "Ковальчук").gender.as_deref(), Some("female"));
    assert_eq!(entity(&doc, "Ярема Ткачук").gender.as_deref(), Some("male"));
    assert_eq!(entity(&doc, "Бондар").gender.as_deref(), Some("male"));
}

#[test]
fn a_body_before_a_persons_name_is_not_fused_with_it() {
    for (text, body, person) in [
        (
            "Переговоры продолжатся в январе, заявил глава МИД Игорь Малов.",
            "МИД",
            "Игорь Малов",
        ),
        (
            "Переговоры продолжатся в январе, заявил глава МИД России Игорь Малов.",
            "МИД России",
            "Игорь Малов",
        ),
        (
            "Переговори тривають, повідомив голова КМДА Ігор Малий.",
            "КМДА",
            "Ігор Малий",
        ),
        (
            "The talks will go on, said Green MSP Mark Gallard in Edinburgh.",
            "MSP",
            "Mark Gallard",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, person).kind, EntityType::Person, "{text}");
        assert_eq!(entity(&doc, body).kind, EntityType::Organization, "{text}");
        assert!(
            doc.entities
                .iter()
                .all(|e| !(e.name.contains(body) && e.name.contains(person))),
            "{text}: {:?}",
            doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_woman_a_verb_names_as_its_subject_keeps_her_nominative_name() {
    // "Александра", "Евгения", "Валентина" are women's names and also the
    // genitives of men's: a feminine verb of saying says which.
    for (text, name) in [
        (
            "Компания отказалась от комментариев. Александра Веселова заявила, что все законно.",
            "Александра Веселова",
        ),
        (
            "«Мы работаем по закону», — сказала Евгения Сорокина.",
            "Евгения Сорокина",
        ),
        (
            "«Ми працюємо за законом», — сказала Валентина Мельникова.",
            "Валентина Мельникова",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{text}");
    }
    // Her surname in a case only a woman's takes, beside its nominative,
    // says the same with no verb at all.
    let doc = analyse(
        "Компанию возглавила Александра Веселова. Сотрудники перешли в нее вместе с Веселовой.",
    );
    let her = entity(&doc, "Александра Веселова");
    assert_eq!(her.gender.as_deref(), Some("female"));
    // A man's name in the genitive still gets its nominative, and a man's
    // surname ending like a woman's oblique one ("Лановой") stays a man's.
    let doc = analyse("Переговоры продолжатся, по словам Александра Веселова.");
    assert_eq!(entity(&doc, "Александр Веселов").kind, EntityType::Person);
    // A surname written alone in the nominative beats the ending rule:
    // "Дональдом Туском" is Дональд Туск, not "Туский".
    let doc = analyse(
        "Президент поговорив телефоном із Дональдом Туском. Туск запевнив у підтримці України.",
    );
    assert_eq!(entity(&doc, "Дональд Туск").kind, EntityType::Person);
    // Not for a woman beside a man of her family name.
    let doc =
        analyse("Фонд возглавил Олег Сорокин. Позже с Викторией Сорокиной встретились журналисты.");
    assert_eq!(entity(&doc, "Виктория Сорокина").kind, EntityType::Person);
    let doc = analyse("Роль сыграл Василий Лановой. Лановой говорил, что любит театр.");
    assert_ne!(
        entity(&doc, "Василий Лановой").gender.as_deref(),
        Some("female")
    );
}

#[test]
fn a_person_named_only_in_an_oblique_case_gets_the_nominative() {
    for (text, name) in [
        (
            "Переговоры продолжатся, заявил представитель Игоря Малова.",
            "Игорь Малов",
        ),
        (
            "Переговоры продолжатся, по словам Анны Сорокиной.",
            "Анна Сорокина",
        ),
        (
            "Переговори тривають, за словами Олега Петренка-Малого.",
            "Олега Петренка-Малого",
        ),
        (
            "Переговори тривають, за словами Андрія Вишневського.",
            "Андрій Вишневський",
        ),
        (
            "Переговоры продолжатся, по словам Сергея Шойгу.",
            "Сергей Шойгу",
        ),
        // The other cases: dative, instrumental, accusative, locative.
        ("Переговоры поручены Игорю Малову.", "Игорь Малов"),
        (
            "Гаражники встретились с главой управы Еленой Шигабетдиновой.",
            "Елена Шигабетдинова",
        ),
        (
            "Встреча с Андреем Колесниковым прошла в Кремле.",
            "Андрей Колесников",
        ),
        (
            "В 1990-е годы Улюкаев работал с Егором Гайдаром.",
            "Егор Гайдар",
        ),
        ("Суд допросил Нину Масляеву в среду.", "Нина Масляева"),
        (
            "Зустріч з Оленою Ковальською відбулася вчора.",
            "Олена Ковальська",
        ),
        (
            "Лист надіслали депутатові Русланові Трояченку.",
            "Руслан Трояченко",
        ),
        // A surname with no declined ending after a dative given name is
        // no indeclinable one: "Гройсману" is left as written, name and
        // all, rather than half rebuilt.
        (
            "Письмо отправили Владимиру Гройсману.",
            "Владимиру Гройсману",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{text}");
    }
}

#[test]
fn surnames_in_a_consonant_and_given_names_of_the_documents_language() {
    for (text, name) in [
        // A man's surname in a consonant, and in "-а", declines; a
        // woman's in a consonant does not.
        (
            "Бюджет ухвалено, за словами прем'єр-міністра Романа Гончарука.",
            "Роман Гончарук",
        ),
        (
            "Бюджет ухвалено, за словами голови комітету Тараса Коваля.",
            "Тарас Коваль",
        ),
        (
            "Бюджет ухвалено, за словами депутата Миколи Сковороди.",
            "Микола Сковорода",
        ),
        (
            "Бюджет ухвалено, за словами мера Миколи Бойка.",
            "Микола Бойко",
        ),
        (
            "Бюджет ухвалено, за словами міністерки Оксани Маркарян.",
            "Оксана Маркарян",
        ),
        (
            "Бюджет принят, по словам министра Антона Силуанова и Инны Гомонюк.",
            "Инна Гомонюк",
        ),
        // "Дмитра" is Ukrainian "Дмитро"; "Павла" in a Russian text is
        // "Павел", in a Ukrainian one "Павло".
        (
            "Бюджет ухвалено, за словами міністра Дмитра Гордієнка.",
            "Дмитро Гордієнко",
        ),
        (
            "Бюджет принят, по словам депутата Павла Смирнова.",
            "Павел Смирнов",
        ),
        // Given names the gazetteer lacked ("Вячеслав", "Эльвира").
        (
            "Бюджет принят, по словам спикера Вячеслава Грачева.",
            "Вячеслав Грачев",
        ),
        (
            "Бюджет принят, по словам главы банка Эльвиры Сафиной.",
            "Эльвира Сафина",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{text}");
    }
}

#[test]
fn a_middle_initial_and_a_surname_that_is_also_a_word_stay_in_the_name() {
    for (text, name) in [
        (
            "The former president, George W. Bush, spoke in Dallas.",
            "George W. Bush",
        ),
        (
            "Critics such as Laurence H. Tribe disagreed.",
            "Laurence H. Tribe",
        ),
        (
            "Bank of England governor Mervyn King kept rates on hold.",
            "Mervyn King",
        ),
        (
            "The company was founded by Bill Gates in 1975.",
            "Bill Gates",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{text}");
    }
}

#[test]
fn a_participle_of_a_verb_of_saying_opening_a_sentence_is_no_name() {
    let doc = analyse(
        "The minister spoke in Glasgow. Praising Celtic and Rangers for their efforts, \
Cathy Jamieson said the clubs had changed.",
    );
    assert!(
        doc.entities.iter().all(|e| !e.name.starts_with("Praising")),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    entity(&doc, "Cathy Jamieson");
}

#[test]
fn a_person_named_after_the_country_that_completes_a_title() {
    for (text, place, name) in [
        (
            "Соглашение подписал министр обороны Белоруссии Виктор Хренин.",
            "Беларусь",
            "Виктор Хренин",
        ),
        (
            "Угоду підписав посол Польщі Петро Ковальський.",
            "Польща",
            "Петро Ковальський",
        ),
        // A place in the locative after the role: an unlisted given name.
        (
            "Посол США в Україні Джудіт Гоф зауважила, що закон треба переглянути.",
            "Україна",
            "Джудіт Гоф",
        ),
        (
            "Посол Великобритании в России Дебора Броннерт заявила о новых санкциях.",
            "Россия",
            "Дебора Броннерт",
        ),
        (
            "The deal was signed by the ambassador to Poland Mark Brzezinski.",
            "Poland",
            "Mark Brzezinski",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{text}");
        assert_eq!(entity(&doc, place).kind, EntityType::Place, "{text}");
    }
    // Places alone stay places.
    let doc = analyse("Flights between Kyiv Warsaw and Vilnius resumed.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_family_name_written_first_is_the_person_named_in_full() {
    let doc = analyse(
        "Chinese Premier Li Qiang met the German chancellor in Berlin on Monday. \
Li said trade between the two countries should grow.\n\n\
Foreign ministry spokesman Zhao Lijian told reporters the visit was a success. \
Zhao said China wanted peace.",
    );
    let li = entity(&doc, "Li Qiang");
    assert_eq!(mention_texts(li), vec!["Li Qiang", "Li"]);
    let zhao = entity(&doc, "Zhao Lijian");
    assert_eq!(mention_texts(zhao), vec!["Zhao Lijian", "Zhao"]);
    // A two-word name with no sign of a person takes no single word: "Sky"
    // is not "Sky One".
    let doc = analyse("The show moves to Sky One in March. Sky said more episodes would follow.");
    assert!(
        doc.entities
            .iter()
            .all(|e| !(e.name == "Sky One" && e.kind == EntityType::Person)),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_pronoun_outside_quotes_skips_the_names_inside_them() {
    let doc = analyse(
        "Tennis Australia chief Geoff Pollard praised the new court.\n\n\
\"Roger Federer is proving how versatile he is on all surfaces,\" Pollard said.\n\n\
He said the court was faster than last year.",
    );
    let pollard = entity(&doc, "Geoff Pollard");
    assert!(mention_texts(pollard).contains(&"He"), "{:?}", doc.entities);
    let federer = entity(&doc, "Roger Federer");
    assert!(
        !mention_texts(federer).contains(&"He"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_transcript_turn_opening_the_text_is_no_title_case_headline() {
    let doc = analyse(
        "President of Russia Vladimir Putin: Good afternoon, colleagues\n\n\
As you know, we drew up a strategy for the country's development last year.",
    );
    let putin = entity(&doc, "Vladimir Putin");
    assert_eq!(putin.kind, EntityType::Person);
}

#[test]
fn a_surname_repeated_without_a_full_name_is_one_person() {
    let people = |text: &str| {
        analyse(text)
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| (e.name, e.mentions.len()))
            .collect::<Vec<_>>()
    };
    let found = people(
        "Trade talks\n\nPresident Harlow met his advisers on Monday. Mr. Harlow said the deal was \
close.\n\nLater, Mr. Harlow told reporters he would wait for Beijing.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found.iter().all(|(name, n)| name == "Harlow" && *n >= 3),
        "{found:?}"
    );
    // The same form in Russian too.
    let found =
        people("Переговоры\n\nМедведев прибыл в Кремль утром. Медведев заявил, что договор готов.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_country_in_its_cases_is_a_place_and_the_person_after_it_a_person() {
    let doc = analyse(
        "Переговоры продлятся до пятницы, сообщил журналистам президент Турции Реджеп Тайип \
         Эрдоган. Делегации Ирана и Египта прибудут в Анкару завтра.",
    );
    assert_eq!(entity(&doc, "Turkey").kind, EntityType::Place);
    assert_eq!(entity(&doc, "Iran").kind, EntityType::Place);
    assert_eq!(entity(&doc, "Egypt").kind, EntityType::Place);
    assert_eq!(
        entity(&doc, "Реджеп Тайип Эрдоган").kind,
        EntityType::Person
    );
    let doc = analyse(
        "Про це у Брюсселі заявив прем'єр-міністр Італії Марко Россі. Делегація з \
         Туреччини прибуде в четвер.",
    );
    assert_eq!(entity(&doc, "Italy").kind, EntityType::Place);
    assert_eq!(entity(&doc, "Turkey").kind, EntityType::Place);
    assert!(
        doc.entities
            .iter()
            .all(|e| e.kind != EntityType::Person || !e.name.contains("Італії")),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_social_platform_is_an_organisation_not_a_speaker() {
    let doc = analyse("Про це у Facebook повідомив мер міста Андрій Садовий.");
    assert_eq!(entity(&doc, "Facebook").kind, EntityType::Organization);
    assert_eq!(entity(&doc, "Андрій Садовий").kind, EntityType::Person);
}

#[test]
fn an_epithet_with_another_office_names_someone_else() {
    // "министр обороны" is not the foreign minister named before; a bare
    // "министр" still is.
    let doc = analyse(
        "Министр иностранных дел Игорь Малов провел переговоры в Анкаре. \
         Министр обороны заявил, что учения продолжатся. \
         Министр заявил, что переговоры прошли успешно.",
    );
    let e = entity(&doc, "Игорь Малов");
    let nominal: Vec<&str> = e
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Nominal)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(nominal.len(), 1, "{:?}", mention_texts(e));
    let obrony = doc
        .text
        .find("Министр обороны")
        .map(|b| doc.text[..b].chars().count());
    assert!(
        e.mentions.iter().all(|m| Some(m.start) != obrony),
        "{:?}",
        mention_texts(e)
    );

    // An office named with a capitalised word only may still be the one
    // a common word names: "голова громади" is the "голова Ясенівської ОТГ".
    let doc = analyse(
        "Голова Ясенівської ОТГ Петро Гайовий показав новий басейн. \
         Голова громади розповідає, що ремонт тривав рік.",
    );
    let e = entity(&doc, "Петро Гайовий");
    assert!(
        e.mentions
            .iter()
            .any(|m| m.kind == MentionKind::Nominal && m.text.starts_with("Голова")),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn a_word_for_the_office_is_no_role_of_a_person() {
    // "мэрии" (the city hall) starts like "мэр" but is no title of the
    // mayor, and "патриархия" none of the patriarch.
    let doc = analyse(
        "Мэр Москвы Сергей Собянин открыл парк. По данным мэрии, работы \
         обошлись в миллиард рублей.",
    );
    let e = entity(&doc, "Сергей Собянин");
    assert!(
        e.mentions.iter().all(|m| !m.text.starts_with("мэри")),
        "{:?}",
        mention_texts(e)
    );
    let doc = analyse("Патриарх Кирилл освятил храм. Московская патриархия объявила сбор средств.");
    let e = entity(&doc, "Кирилл");
    assert!(
        e.mentions.iter().all(|m| !m.text.contains("патриархия")),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn one_of_the_hosts_is_not_the_host_named_before() {
    let doc = analyse(
        "Ведущий Олег Рябов вел эфир три года. \
         Один из ведущих рассказал, что зарплаты сократили.",
    );
    let e = entity(&doc, "Олег Рябов");
    assert!(
        e.mentions.iter().all(|m| !m.text.contains("ведущих")),
        "{:?}",
        mention_texts(e)
    );
    let doc = analyse(
        "Ведучий Олег Рябенко вів ефір три роки. \
         Один із ведучих розповів, що зарплати скоротили.",
    );
    let e = entity(&doc, "Олег Рябенко");
    assert!(
        e.mentions.iter().all(|m| !m.text.contains("ведучих")),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn a_chairman_or_a_head_of_department_before_a_name_is_a_role() {
    let doc = analyse("Председатель комиссии Олег Зуев открыл заседание в понедельник.");
    let e = entity(&doc, "Олег Зуев");
    assert!(
        e.roles.iter().any(|r| r.text.starts_with("Председатель")),
        "{:?}",
        e.roles
    );
    let doc = analyse("Начальник управління Олег Зуєнко відкрив засідання в понеділок.");
    let e = entity(&doc, "Олег Зуєнко");
    assert!(
        e.roles.iter().any(|r| r.text.starts_with("Начальник")),
        "{:?}",
        e.roles
    );
}

#[test]
fn a_website_is_an_organisation_apart_from_the_name_beside_it() {
    let doc = analyse(
        "In a morning interview with Gazeta.pl Paweł Zawadzki talked about the talks. \
         \"It is encouraging,\" said Niels Brink, co-founder of Amsterdam-based OneStat.com.",
    );
    // The name after the website is a name of its own.
    entity(&doc, "Paweł Zawadzki");
    assert_eq!(
        entity(&doc, "Gazeta.pl").kind,
        claimtrace_core::EntityType::Organization
    );
    assert_eq!(
        entity(&doc, "OneStat.com").kind,
        claimtrace_core::EntityType::Organization
    );
}

#[test]
fn a_given_name_spelled_as_a_function_word_opens_a_name_inside_a_sentence() {
    let doc = analyse(
        "“The figures were wrong,” Will Tarrant, an analyst at the bank, said on Friday. \
         Will the talks succeed? Nobody knows what Will Bracken will decide.",
    );
    assert_eq!(entity(&doc, "Will Tarrant").kind, EntityType::Person);
    assert_eq!(entity(&doc, "Will Bracken").kind, EntityType::Person);
    // A sentence's opening modal is no name.
    assert!(doc.entities.iter().all(|e| !e.name.starts_with("Will the")));
}

#[test]
fn a_given_name_and_patronymic_is_the_person_named_in_full_with_that_given_name() {
    let doc = analyse(
        "Директор музею Олександр Остапюк показав нову експозицію. Олександр Дмитрович \
         розповів, що ремонт тривав два роки. Директорка школи Анна Смирнова прийшла теж, \
         і Анна Петрівна подякувала музею.",
    );
    let e = entity(&doc, "Олександр Остапюк");
    assert!(
        mention_texts(e).contains(&"Олександр Дмитрович"),
        "{:?}",
        mention_texts(e)
    );
    let e = entity(&doc, "Анна Смирнова");
    assert!(
        mention_texts(e).contains(&"Анна Петрівна"),
        "{:?}",
        mention_texts(e)
    );
    // A second word the text also writes as a surname is one: "Виктор
    // Янукович" is not "Виктор Медведчук" by patronymic.
    let doc = analyse(
        "Виктор Медведчук приехал в Москву. Виктор Янукович тоже был там. Янукович промолчал.",
    );
    let e = entity(&doc, "Виктор Медведчук");
    assert!(
        !mention_texts(e).contains(&"Виктор Янукович"),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn a_long_office_before_a_name_is_its_title() {
    // A role noun with a long genitive office ends in a name: a title of
    // that name, not an epithet of the "голова" named before.
    let doc = analyse(
        "Голова МЗС Дмитро Кулеба заявив, що Україна розраховує на підтримку. \
         «Ситуація складна», — сказав голова обласної військової адміністрації \
         Олег Синєгубов журналістам.",
    );
    let kuleba = entity(&doc, "Дмитро Кулеба");
    assert!(
        kuleba
            .mentions
            .iter()
            .all(|m| !m.text.contains("адміністрації")),
        "{:?}",
        mention_texts(kuleba)
    );
    // An epithet with the same long office and no name still names the
    // person who holds it.
    let doc = analyse(
        "Голова обласної військової адміністрації Олег Синєгубов повідомив про обстріл. \
         Голова обласної військової адміністрації додав, що евакуація триває.",
    );
    let e = entity(&doc, "Олег Синєгубов");
    assert!(
        e.mentions
            .iter()
            .any(|m| m.kind == MentionKind::Nominal && m.text.contains("адміністрації")),
        "{:?}",
        mention_texts(e)
    );
}

#[test]
fn an_unlisted_place_in_the_genitive_after_a_role_completes_the_role() {
    // "Флориды", "Невады" are in no gazetteer: the genitive word between the
    // role and a full name belongs to the role, not to the name.
    let doc = analyse(
        "Губернатор Флориды Рон Десантис выступил в Майами. Накануне об этом \
         сообщил губернатор Невады Джо Ломбардо.",
    );
    let e = entity(&doc, "Рон Десантис");
    assert_eq!(e.kind, EntityType::Person);
    let e = entity(&doc, "Джо Ломбардо");
    assert_eq!(e.kind, EntityType::Person);
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.starts_with("Флориды") && !e.name.starts_with("Невады")),
        "{:#?}",
        doc.entities
    );
    // A given name stays the name's ("мэр Анна Петрова"), and a long
    // complement is no single word ("Президент Сполучених Штатів Америки").
    let doc = analyse("Об этом заявила мэр Анна Петрова.");
    entity(&doc, "Анна Петрова");
    let doc = analyse("Президент Сполучених Штатів Америки Рональд Рейган сказав це в Берліні.");
    assert!(
        doc.entities.iter().all(|e| !e.name.starts_with("Штатів")),
        "{:#?}",
        doc.entities
    );
}

#[test]
fn an_adjective_of_the_complement_after_a_title_that_opens_the_sentence_is_no_person() {
    // At a sentence's start the title and the adjective of its complement
    // are both capitalised; the lower-case noun after the adjective shows
    // it belongs to the title ("of the Kursk region"), not a name.
    let doc = analyse(
        "Губернатор Тверской области Игорь Руденя в пятницу открыл новый мост. \
         По его словам, движение начнется в понедельник.",
    );
    entity(&doc, "Игорь Руденя");
    assert!(
        doc.entities.iter().all(|e| !e.name.starts_with("Тверской")),
        "{:#?}",
        doc.entities
    );
    let doc = analyse(
        "Командувач Сухопутних військ Олександр Павлюк відвідав передові позиції. \
         За його словами, бійці тримають оборону.",
    );
    entity(&doc, "Олександр Павлюк");
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.starts_with("Сухопутних")),
        "{:#?}",
        doc.entities
    );
    // A surname after the title is still a person, whatever follows it.
    let doc = analyse("Губернатор Смирнов в воскресенье открыл новый мост через реку.");
    entity(&doc, "Смирнов");
}

#[test]
fn the_words_after_a_titles_of_complete_it_before_a_two_word_name() {
    // With no listed given name, the name is the run's last two words:
    // "State" and "Foreign Affairs" are the titles'.
    let doc = analyse(
        "Secretary of State Ilvar Kestane said the talks would go on. \
         Minister of Foreign Affairs Oskan Veyrat met him in Vienna.",
    );
    let names: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.contains(&"Ilvar Kestane"), "{names:?}");
    assert!(names.contains(&"Oskan Veyrat"), "{names:?}");
    // A company's name and a place after "of" name no one, and after a
    // place the name starts at once.
    let doc = analyse(
        "\"We are delighted,\" adds Olivier Brault, General Manager of Life Care Solutions \
         Europe. The President of Turkey Recep Tayyip Erdogan spoke next.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Solutions Europe"), "{names:?}");
    assert!(!names.contains(&"Tayyip Erdogan"), "{names:?}");
}

#[test]
fn and_joins_two_words_of_one_body_but_not_two_bodies() {
    // "The Food and Drink Federation": the head after "and" closes one
    // name; "the IMF and World Bank" are two.
    let doc = analyse(
        "The Food and Drink Federation said the term was unhelpful. \
         The Public and Commercial Services Union said members would strike. \
         The IMF and World Bank urged Egypt to reform.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Food and Drink Federation"), "{names:?}");
    assert!(
        names.contains(&"Public and Commercial Services Union"),
        "{names:?}"
    );
    assert!(!names.contains(&"Drink Federation"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("IMF and")), "{names:?}");
}
