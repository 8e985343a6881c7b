//! Russian and Ukrainian speaker phrases after the author's verb: an
//! outlet in quotation marks between the verb and the speaker, an outlet
//! in marks inside the speaker phrase, a second verb after the speaker, a
//! document as the source of an impersonal report, and an anaphoric "Об
//! этом" before the verb (sentences written for these tests).

mod common;
use common::{analyse, analyse_with_entities, cue, find, speaker};

#[test]
fn an_outlet_in_marks_between_the_verb_and_the_speaker_is_the_addressee() {
    let doc = analyse(
        "В городе начали ремонт дорог.\n\n\
«Работы закончатся к осени», — заявил «Вестям» глава дорожного департамента Иван Петров.",
    );
    let q = find(&doc, "Работы закончатся");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "глава дорожного департамента Иван Петров");

    let doc = analyse(
        "У місті почали ремонт доріг.\n\n\
«Роботи завершаться до осені», — розповів «Суспільному» очільник департаменту Іван Петренко.",
    );
    let q = find(&doc, "Роботи завершаться");
    assert_eq!(cue(q), "розповів");
    assert_eq!(speaker(q), "очільник департаменту Іван Петренко");
}

#[test]
fn an_outlet_in_marks_inside_the_speaker_phrase_belongs_to_it() {
    let doc = analyse(
        "Сделка обсуждалась весь год.\n\n\
«Цена всех устроила, — утверждает собеседник „Ведомостей“. — Подписи поставят в июне».",
    );
    let first = find(&doc, "Цена всех");
    assert_eq!(first.text, "Цена всех устроила");
    assert_eq!(speaker(first), "собеседник „Ведомостей“");
    let rest = find(&doc, "Подписи поставят");
    assert_eq!(speaker(rest), "собеседник „Ведомостей“");
}

#[test]
fn a_second_verb_after_the_speaker_does_not_end_the_authors_words() {
    let doc = analyse(
        "Журналисты спросили о бюджете.\n\n\
«Почему вы спрашиваете меня? — спросил министр Орлов и улыбнулся. — Бюджет утвердит парламент».",
    );
    let first = find(&doc, "Почему вы");
    assert_eq!(speaker(first), "министр Орлов");
    let rest = find(&doc, "Бюджет утвердит");
    assert_eq!(speaker(rest), "министр Орлов");

    let doc = analyse(
        "«Чому ви питаєте мене? — запитав міністр Орлик і всміхнувся. — Бюджет ухвалить парламент».",
    );
    let rest = find(&doc, "Бюджет ухвалить");
    assert_eq!(speaker(rest), "міністр Орлик");
}

#[test]
fn an_impersonal_report_names_the_document_it_is_in() {
    let doc = analyse(
        "Министерство ответило на запрос.\n\n\
«Нарушений не выявлено», — говорится в ответе министерства здравоохранения.",
    );
    let q = find(&doc, "Нарушений не");
    assert_eq!(cue(q), "говорится");
    assert_eq!(speaker(q), "ответе министерства здравоохранения");

    let doc = analyse(
        "Міністерство відповіло на запит.\n\n\
«Порушень не виявлено», — йдеться у відповіді міністерства охорони здоров'я.",
    );
    let q = find(&doc, "Порушень не");
    assert_eq!(cue(q), "йдеться");
    assert_eq!(speaker(q), "відповіді міністерства охорони здоров'я");
}

#[test]
fn an_anaphoric_phrase_before_the_verb_is_not_the_speaker_of_a_quote_after_it() {
    let doc = analyse(
        "Фонд закрыли в прошлом году.\n\n\
Об этом рассказал бывший директор фонда Виктор Орлов: «Деньги закончились ещё весной».",
    );
    let q = find(&doc, "Деньги закончились");
    assert_eq!(cue(q), "рассказал");
    assert_eq!(speaker(q), "бывший директор фонда Виктор Орлов");

    let doc = analyse(
        "Фонд закрили минулого року.\n\n\
Про це розповів колишній директор фонду Віктор Орлик: «Гроші скінчилися ще навесні».",
    );
    let q = find(&doc, "Гроші скінчилися");
    assert_eq!(speaker(q), "колишній директор фонду Віктор Орлик");
}

#[test]
fn a_name_in_marks_is_not_a_partial_quote() {
    let doc = analyse(
        "Пожар начался на втором этаже торгового центра «Летний сад». \
Владелец сети «Детский остров» Олег Седов заявил, что арендаторы получат компенсацию.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("Летний сад") && !q.text.contains("Детский остров")),
        "{:#?}",
        doc.quotes
    );
    let q = find(&doc, "арендаторы получат");
    assert!(speaker(q).ends_with("Олег Седов"), "{:?}", speaker(q));

    let doc = analyse(
        "Пожежа почалася в торговому центрі «Літній сад». \
Власник мережі «Дитячий острів» Олег Седенко заявив, що орендарі отримають компенсацію.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("Літній сад")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_short_answer_after_a_verb_of_saying_is_still_speech() {
    let doc = analyse("Журналист спросил, будет ли отставка. Министр ответил: «Нет».");
    let q = find(&doc, "Нет");
    assert_eq!(speaker(q), "Министр");
}

#[test]
fn a_venue_between_the_verb_and_the_speaker_is_not_the_speaker() {
    let doc = analyse(
        "Министерство начало ремонт дорог.\n\n\
Как сообщил в интервью РБК министр Олег Петров, ремонт продлится год.",
    );
    let q = find(&doc, "ремонт продлится");
    assert_eq!(speaker(q), "министр Олег Петров");

    let doc = analyse(
        "Міністерство почало ремонт доріг.\n\n\
Як повідомив в інтерв'ю «Українській правді» міністр Олег Петренко, ремонт триватиме рік.",
    );
    let q = find(&doc, "ремонт триватиме");
    assert_eq!(speaker(q), "міністр Олег Петренко");
}

#[test]
fn an_impersonal_report_before_a_colon_names_its_document() {
    let doc = analyse(
        "Министерство ответило на жалобы жителей.\n\n\
В заявлении министерства говорится: «Проверка продлится месяц».",
    );
    let q = find(&doc, "Проверка продлится");
    assert_eq!(speaker(q), "заявлении министерства");

    let doc = analyse(
        "Того ж дня міністерство оприлюднило заяву, у якій, зокрема, йдеться: \
«Перевірка триватиме місяць».",
    );
    let q = find(&doc, "Перевірка триватиме");
    assert_eq!(speaker(q), "заяву");

    let doc = analyse("Відповідь надійшла ввечері. Йдеться у відповіді відомства: «Порушень під час перевірки не виявлено».");
    let q = find(&doc, "Порушень під час");
    assert_eq!(speaker(q), "відповіді відомства");
}

#[test]
fn a_source_phrase_may_hold_a_possessive_or_an_adjective() {
    let doc = analyse(
        "Министр Олег Петров заявил, что завод в Туле будет расширен.\n\n\
По его словам, производство вырастет на треть. \
По последним данным МВД, на заводе работают две тысячи человек.",
    );
    let q = find(&doc, "производство вырастет");
    assert_eq!(cue(q), "По его словам");
    assert_eq!(speaker(q), "его");
    assert!(
        q.speaker
            .name
            .as_deref()
            .is_some_and(|n| n.ends_with("Олег Петров")),
        "{:?}",
        q.speaker
    );
    let q = find(&doc, "на заводе работают");
    assert_eq!(cue(q), "По последним данным");
    assert_eq!(speaker(q), "МВД");

    let doc = analyse(
        "Міністр Олег Петренко заявив, що завод буде розширено.\n\n\
За його словами, виробництво зросте на третину.",
    );
    let q = find(&doc, "виробництво зросте");
    assert_eq!(speaker(q), "його");
    assert!(
        q.speaker
            .name
            .as_deref()
            .is_some_and(|n| n.ends_with("Олег Петренко")),
        "{:?}",
        q.speaker
    );
}

#[test]
fn a_source_phrase_before_a_colon_names_the_source_of_the_quote() {
    let doc = analyse(
        "Ситуація на фронті залишається складною. Згідно з повідомленням штабу операції: \
«Позиції залишаються під контролем наших підрозділів».",
    );
    let q = find(&doc, "Позиції залишаються");
    assert_eq!(cue(q), "Згідно з");
    assert_eq!(speaker(q), "повідомленням штабу операції");

    let doc = analyse(
        "The ministry published its review. According to the review: \
\"Seven of the twelve sites failed the inspection.\"",
    );
    let q = find(&doc, "Seven of the twelve");
    assert_eq!(speaker(q), "the review");
}

#[test]
fn the_authors_words_before_a_colon_may_be_long_and_hold_an_outlet() {
    let doc = analyse(
        "Министерство ответило не сразу. Глава департамента Олег Орлов сообщил «Вестям»: \
«Решение будет принято до конца месяца».",
    );
    let q = find(&doc, "Решение будет");
    assert_eq!(cue(q), "сообщил");
    assert_eq!(speaker(q), "Глава департамента Олег Орлов");

    let doc = analyse(
        "Об этом рассказывает в комментарии «Вестям» архитектор Анатолий Вейс: \
«Это концертный зал, построенный без единого гвоздя».",
    );
    let q = find(&doc, "Это концертный зал");
    assert_eq!(speaker(q), "архитектор Анатолий Вейс");

    let doc = analyse(
        "Об этом в беседе с журналистами вспоминал бывший заместитель министра энергетики, \
бывший член совета директоров компании Виктор Кудрин: «Проект не окупился за десять лет».",
    );
    let q = find(&doc, "Проект не окупился");
    assert_eq!(cue(q), "вспоминал");
    assert!(speaker(q).ends_with("Виктор Кудрин"), "{:?}", speaker(q));
}

#[test]
fn a_date_before_the_speaker_is_not_part_of_the_speaker() {
    let doc = analyse(
        "Врач ответил на вопросы родителей. 21 февраля 2019 года Иван Ликин рассказывал, \
что прививки безопасны для детей.",
    );
    let q = find(&doc, "прививки безопасны");
    assert_eq!(speaker(q), "Иван Ликин");
}

#[test]
fn an_adverb_before_the_speaker_is_not_part_of_it() {
    let doc = analyse(
        "Школа стояла закрытой два года.\n\n\
Ранее глава района Олег Синицын заявил, что школу откроют осенью. \
Позже министр сообщил, что денег на ремонт в бюджете нет. \
Вчера вечером губернатор рассказал, что подрядчика уже выбрали.",
    );
    assert_eq!(
        speaker(find(&doc, "школу откроют")),
        "глава района Олег Синицын"
    );
    assert_eq!(speaker(find(&doc, "денег на ремонт")), "министр");
    assert_eq!(speaker(find(&doc, "подрядчика уже")), "губернатор");

    let doc = analyse(
        "Міст закрили на ремонт.\n\n\
Раніше Ліщук заявив, що ремонт триватиме до весни. \
Згодом міністр повідомив, що підрядника вже обрали.",
    );
    assert_eq!(speaker(find(&doc, "ремонт триватиме")), "Ліщук");
    assert_eq!(speaker(find(&doc, "підрядника вже")), "міністр");
}

#[test]
fn an_adverb_after_the_verb_is_not_part_of_the_inverted_speaker() {
    let doc = analyse(
        "Бюджет обсуждали всю неделю.\n\n\
«Денег на новые дороги нет», — заявил позже министр финансов Павел Громов.",
    );
    let q = find(&doc, "Денег на новые");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "министр финансов Павел Громов");
}

#[test]
fn a_body_after_a_common_noun_belongs_to_the_speaker_phrase() {
    let doc = analyse(
        "Переговоры о поставках затянулись.\n\n\
Источник в министерстве заявил, что решение уже принято. \
Собеседник в Кремле сообщил, что контракт подпишут в марте.",
    );
    assert_eq!(
        speaker(find(&doc, "решение уже")),
        "Источник в министерстве"
    );
    assert_eq!(
        speaker(find(&doc, "контракт подпишут")),
        "Собеседник в Кремле"
    );

    let doc = analyse(
        "Перемовини про постачання затягнулися.\n\n\
Посадовець у міністерстві оборони заявив, що рішення вже ухвалено.",
    );
    assert_eq!(
        speaker(find(&doc, "рішення вже")),
        "Посадовець у міністерстві оборони"
    );
}

#[test]
fn a_time_or_place_after_the_speaker_is_not_part_of_it() {
    let doc = analyse(
        "Завод простаивал с весны.\n\n\
Министр в среду заявил, что завод запустят летом. \
Губернатор Олег Рябов в Туле сообщил, что рабочим выплатят долги.",
    );
    assert_eq!(speaker(find(&doc, "завод запустят")), "Министр");
    let q = find(&doc, "рабочим выплатят");
    assert!(
        speaker(q).starts_with("Губернатор Олег Рябов"),
        "{:?}",
        speaker(q)
    );
}

#[test]
fn a_sentence_adverb_read_as_a_speaker_is_no_ones_name_and_no_antecedent() {
    for (text, later, source) in [
        (
            "«Работа очень тяжелая», — добавляет собеседник редакции. Так, в прошлом году \
двое сотрудников подали в суд на компанию, заявив, что устали от переработок. \
По его словам, с тех пор никого не уволили.",
            "никого не уволили",
            "собеседник редакции",
        ),
        (
            "«Робота дуже важка», — додає співрозмовник редакції. Так, торік двоє працівників \
подали позов до суду, заявивши, що втомилися від переробок. За його словами, відтоді \
нікого не звільнили.",
            "нікого не звільнили",
            "співрозмовник редакції",
        ),
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.speaker.text.as_deref() != Some("Так")),
            "{:#?}",
            doc.quotes
        );
        let q = find(&doc, later);
        assert_eq!(q.speaker.name.as_deref(), Some(source), "{q:#?}");
    }
}

#[test]
fn an_outlet_or_reporter_in_the_dative_is_whom_the_words_were_told() {
    for (text, part, source) in [
        (
            "Театр закрыли на ремонт.\n\n«Надеюсь, что успею к премьере», — сказал режиссер \
немецкому изданию.",
            "успею к премьере",
            "режиссер",
        ),
        (
            "Театр закрыли на ремонт.\n\n«Надеюсь, что успею к премьере», — сказал иностранным \
журналистам режиссер Иван Петров.",
            "успею к премьере",
            "режиссер Иван Петров",
        ),
        (
            "Театр закрили на ремонт.\n\n«Сподіваюся, встигну до прем'єри», — розповів \
режисер німецькому виданню.",
            "встигну до прем'єри",
            "режисер",
        ),
        (
            "Театр закрили на ремонт.\n\n«Сподіваюся, встигну до прем'єри», — розповів \
журналістам режисер Іван Петренко.",
            "встигну до прем'єри",
            "режисер Іван Петренко",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(speaker(find(&doc, part)), source, "{text}");
    }
}

#[test]
fn a_name_in_the_instrumental_before_the_subject_is_not_the_speaker() {
    for (text, part, name) in [
        (
            "Митинг прошел в субботу. Позже в разговоре с корреспондентом газеты Андреем \
Колесниковым Цивилев заявил, что такие акции должны пресекаться.",
            "такие акции должны пресекаться",
            "Цивилев",
        ),
        (
            "Мітинг відбувся в суботу. Пізніше в розмові з кореспондентом газети Андрієм \
Коваленком Шевчук заявив, що такі акції слід припиняти.",
            "такі акції слід припиняти",
            "Шевчук",
        ),
    ] {
        let doc = common::analyse_with_entities(text);
        let q = find(&doc, part);
        assert_eq!(q.speaker.name.as_deref(), Some(name), "{q:#?}");
    }
}

#[test]
fn an_estimate_or_a_version_names_its_source() {
    for (text, part, source) in [
        (
            "Война продолжается. По оценкам ООН, число беженцев превысило пять миллионов.",
            "число беженцев превысило",
            "ООН",
        ),
        (
            "Дело передали в суд. По версии следствия, чиновник получил взятку в мае.",
            "чиновник получил взятку",
            "следствия",
        ),
        (
            "Війна триває. За оцінками ООН, кількість біженців перевищила п'ять мільйонів.",
            "кількість біженців перевищила",
            "ООН",
        ),
        (
            "Бої тривали добу. За підрахунками штабу, втрати склали сто осіб.",
            "втрати склали сто осіб",
            "штабу",
        ),
    ] {
        let doc = analyse(text);
        let q = find(&doc, part);
        assert_eq!(speaker(q), source, "{text}");
    }
}

#[test]
fn an_adverb_between_the_subject_and_the_verb_is_not_part_of_the_speaker() {
    for (text, part, source) in [
        (
            "Леса горят всё чаще. Учёные мрачно замечают, что лесов становится меньше.",
            "лесов становится меньше",
            "Учёные",
        ),
        (
            "Ліси горять дедалі частіше. Вчені похмуро зауважують, що лісів стає менше.",
            "лісів стає менше",
            "Вчені",
        ),
        // A genitive in "-ого" is part of the phrase: whose acquaintance.
        (
            "Сделку обсуждали неделю. По словам его знакомого, договор подписали в мае.",
            "договор подписали в мае",
            "его знакомого",
        ),
    ] {
        let doc = analyse(text);
        assert_eq!(speaker(find(&doc, part)), source, "{text}");
    }
}

#[test]
fn a_dative_pronoun_or_a_pronoun_after_a_preposition_is_not_the_speaker() {
    // Whom the words were told, or for whom, before the speaker.
    let doc = analyse(
        "На ринку подорожчали овочі.\n\n\
«Ціни виросли вдвічі за місяць», — розповіла нам продавчиня Ганна Коваль.",
    );
    assert_eq!(
        speaker(find(&doc, "Ціни виросли")),
        "продавчиня Ганна Коваль"
    );
    let doc = analyse(
        "Школа открылась после ремонта.\n\n\
«Классы стали светлее», — сказал нам директор школы Петр Орлов.",
    );
    assert_eq!(
        speaker(find(&doc, "Классы стали")),
        "директор школы Петр Орлов"
    );
    let doc = analyse(
        "Команда готується до сезону.\n\n\
«Головне — дисципліна», — пише для них тренер Олег Бондар.",
    );
    assert_eq!(speaker(find(&doc, "Головне")), "тренер Олег Бондар");
    // With no one named after it, the pronoun stays (its name is null)
    // and no adverb takes its place.
    let doc = analyse("Нам довго казали, що реформа неможлива.");
    assert_eq!(speaker(find(&doc, "реформа неможлива")), "Нам");
}

#[test]
fn a_subordinator_a_hedge_or_a_negation_around_the_subject_is_not_the_speaker() {
    let doc = analyse(
        "Выборы прошли спокойно, хотя наблюдатели утверждают, что голоса подсчитали неверно.",
    );
    assert_eq!(speaker(find(&doc, "голоса подсчитали")), "наблюдатели");
    let doc = analyse("Учора ООН нібито заявила, що вибори нелегітимні.");
    assert_eq!(speaker(find(&doc, "вибори нелегітимні")), "ООН");
    let doc = analyse("Пресс-служба мэрии не подтвердила, что мост откроется в мае.");
    assert_eq!(speaker(find(&doc, "мост откроется")), "Пресс-служба мэрии");
    let doc = analyse("Злочинець спочатку заперечував свою причетність до крадіжки.");
    assert_eq!(speaker(find(&doc, "свою причетність")), "Злочинець");
}

#[test]
fn the_words_before_the_verb_and_a_role_and_name_after_it_are_what_and_who() {
    // Object first, the speaker after the verb.
    let doc = common::analyse_with_entities(
        "Переговоры прошли в Женеве.\n\n\
Высокий уровень доверия и понимания ситуации в Сирии отметил министр иностранных дел Олег Петров после встречи.",
    );
    let q = find(&doc, "Высокий уровень доверия");
    assert_eq!(cue(q), "отметил");
    assert_eq!(speaker(q), "министр иностранных дел Олег Петров");
    let doc = common::analyse_with_entities(
        "Переговори відбулися в Женеві.\n\n\
Про відновлення поставок зерна до Африки говорив сьогодні міністр аграрної політики Іван Коваль.",
    );
    let q = find(&doc, "відновлення поставок");
    assert_eq!(speaker(q), "міністр аграрної політики Іван Коваль");
    // A subject before the verb keeps its object after it.
    let doc = common::analyse_with_entities(
        "О поставках зерна Иван Петров проинформировал министра Олега Сидорова на встрече.",
    );
    let q = common::find_by_cue(&doc, "проинформировал");
    assert_eq!(q.speaker.name.as_deref(), Some("Иван Петров"), "{q:?}");
    assert!(q.text.starts_with("министра"), "{q:?}");
}

#[test]
fn an_exclamation_before_the_authors_words_keeps_them_in_its_sentence() {
    // «...!» – додав співак: the author's words after "!" and a dash are
    // the same sentence, so the verb and the speaker reach the quote.
    let doc = analyse(
        "Гастролі скасували без пояснень.\n\n\
«Мене звинуватили в тому, чого я не робив!» – обурився співак. Організатори мовчать.",
    );
    let q = find(&doc, "Мене звинуватили");
    assert_eq!(cue(q), "обурився");
    assert_eq!(speaker(q), "співак");

    let doc = analyse(
        "Переговоры зашли в тупик.\n\n\
«Это совершенно неприемлемо!» — возмутился дипломат. Ответа пока нет.",
    );
    let q = find(&doc, "Это совершенно");
    assert_eq!(cue(q), "возмутился");
    assert_eq!(speaker(q), "дипломат");
}

#[test]
fn a_common_noun_then_a_named_aside_before_the_verb_is_the_speaker() {
    // "ROLE, qualification NAME, verb": the phrase between the commas
    // names the speaker; the words before the first comma are no content.
    let doc = analyse(
        "Запрошений гість, професор історії Степан Гончарук, розповів про розкопки біля села.",
    );
    let q = find(&doc, "про розкопки");
    assert_eq!(cue(q), "розповів");
    assert_eq!(speaker(q), "професор історії Степан Гончарук");
    assert!(
        doc.quotes.iter().all(|q| !q.text.starts_with("Запрошений")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn adverbs_of_manner_before_a_gendered_verb_are_not_the_speaker() {
    // Before "розповів" (a man's past tense) a word in -о is an adverb: a
    // noun so ending is neuter and would take "розповіло".
    let doc = analyse(
        "Лекція тривала дві години.\n\n\
Археолог Андрій Кравчук дуже докладно розповів, що музей відкриють навесні.",
    );
    let q = find(&doc, "що музей");
    assert_eq!(speaker(q), "Археолог Андрій Кравчук");
    assert!(cue(q).ends_with("розповів"), "{q:?}");

    // A neuter subject with a neuter verb, an indeclinable noun, and
    // "кто-то" stay subjects.
    let doc = analyse(
        "Совещание закончилось поздно.\n\n\
Представитель метро пояснил, что поезда пойдут по графику. Кто-то заявил, что графика нет.",
    );
    let q = find(&doc, "что поезда");
    assert_eq!(cue(q), "пояснил");
    assert!(speaker(q).starts_with("Представитель"), "{q:?}");
    assert_eq!(speaker(find(&doc, "что графика")), "Кто-то");
}

#[test]
fn a_number_sign_joins_its_number_in_the_speaker_phrase() {
    let doc = analyse(
        "Наприкінці наради директор ліцею № 14 повідомив, що канікули подовжать на тиждень.",
    );
    assert_eq!(speaker(find(&doc, "що канікули")), "директор ліцею № 14");
    let doc = analyse("Главврач больницы № 3 Ольга Серова сообщила, что мест не хватает.");
    assert_eq!(
        speaker(find(&doc, "что мест")),
        "Главврач больницы № 3 Ольга Серова"
    );
}

#[test]
fn a_role_with_a_place_and_a_name_after_the_verb_is_one_speaker() {
    let doc = analyse(
        "«Санкції працюють повільніше, ніж ми сподівалися», – сказав учора колишній посол у Польщі Богдан Лисенко.",
    );
    assert_eq!(
        speaker(find(&doc, "Санкції працюють")),
        "колишній посол у Польщі Богдан Лисенко"
    );
}

#[test]
fn a_role_noun_in_an_oblique_case_is_not_the_speaker() {
    // "у президента говорили": they spoke at the president's; the role noun
    // in the genitive is no subject, while one in the nominative after an
    // adverbial is ("на совещании президент отметил").
    let doc = analyse(
        "На совещании у президента говорили о поддержке фермеров. \
После совещания президент отметил, что урожай будет рекордным.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("президента")),
        "{:#?}",
        doc.quotes
    );
    assert_eq!(speaker(find(&doc, "что урожай")), "президент");
}

#[test]
fn a_negation_belongs_to_the_cue() {
    let doc = analyse("Министр финансов не сказал, что налоги вырастут.");
    let q = find(&doc, "что налоги");
    assert_eq!(cue(q), "не сказал");
    assert_eq!(speaker(q), "Министр финансов");
    let doc = analyse("Киев ввел визы для иностранцев. Где и как их получать — не объяснил.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "не"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn what_follows_the_verb_is_the_speaker_only_when_it_names_someone() {
    // A phrase of time or place before the role and name does not hide
    // them.
    let doc = analyse(
        "Ремонт дороги завершат до осени, повідомив під час брифінгу заступник голови ОДА Олексій Губанов.",
    );
    assert!(
        speaker(find(&doc, "Ремонт дороги")).ends_with("заступник голови ОДА Олексій Губанов"),
        "{:#?}",
        doc.quotes
    );
    // A group after the verb is a speaker; a topic or an adverb is not.
    let doc = analyse("Работы на мосту закончатся к осени, говорят местные жители.");
    assert_eq!(speaker(find(&doc, "Работы на мосту")), "местные жители");
    let doc = analyse("Міст відновлять за пів року, детальніше написав про це наш кореспондент.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "детальніше"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_date_or_an_object_is_no_speaker() {
    let doc = analyse("В Подмосковье, например, 3 мая обещают сильный ветер с порывами.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "3 мая"),
        "{:#?}",
        doc.quotes
    );
    let doc = analyse(
        "Испытания прошли успешно. Первый запуск, отметили инженеры, подтвердил высокую надежность двигателя.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !speaker(q).starts_with("высокую")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn an_object_put_first_is_not_the_subject_of_the_participle() {
    // An accusative noun opens the sentence; the subject stands before the
    // verb.
    let doc = analyse(
        "Переговоры шли всю ночь.\n\n\
Обстановку в порту начальник смены назвал спокойной, добавив, что суда уходят по графику.",
    );
    let q = find(&doc, "суда уходят");
    assert_eq!(cue(q), "добавив");
    assert_eq!(speaker(q), "начальник смены");

    let doc = analyse(
        "Переговори тривали всю ніч.\n\n\
Ситуацію в порту начальник зміни назвав спокійною, додавши, що судна відходять за графіком.",
    );
    let q = find(&doc, "судна відходять");
    assert_eq!(speaker(q), "начальник зміни");

    // A dative phrase opens it; the subject follows the verb.
    let doc = analyse(
        "Встреча прошла в Анкаре.\n\n\
Министру торговли Египта Ахмеду Саиду позвонил Игорь Кравцов, подчеркнув, что поставки зерна продолжатся.",
    );
    let q = find(&doc, "поставки зерна");
    assert_eq!(speaker(q), "Игорь Кравцов");
}

#[test]
fn a_role_noun_in_an_oblique_case_after_the_verb_is_its_object() {
    let doc = analyse(
        "Заседание длилось три часа.\n\n\
«Решение уже принято», — заверил министра председатель комиссии Олег Зуев.",
    );
    let q = find(&doc, "Решение уже");
    assert_eq!(speaker(q), "председатель комиссии Олег Зуев");

    let doc = analyse(
        "Засідання тривало три години.\n\n\
Про те, що ремонт завершено, доповів сьогодні президентові голова служби Олег Зуєнко.",
    );
    let q = find(&doc, "ремонт завершено");
    assert_eq!(speaker(q), "голова служби Олег Зуєнко");
}

#[test]
fn a_verb_after_an_accusative_relative_reports_nothing() {
    // "яку запропонувала мерія": the plan is what the city proposed, not
    // something it said.
    let doc = analyse(
        "Мешканці міста засумнівалися в доцільності реконструкції парку, яку запропонувала мерія, і протестують проти підрядника.",
    );
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "запропонувала"),
        "{:#?}",
        doc.quotes
    );
    let doc = analyse(
        "Жители засомневались в необходимости реконструкции парка, которую предложила мэрия, и протестуют против подрядчика.",
    );
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "предложила"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_role_a_place_after_a_preposition_and_a_name_before_the_verb_are_one_speaker() {
    let doc = analyse(
        "Закон ухвалили у вівторок після довгих дебатів.\n\n\
Після підписання закону посол Канади в Україні Марта Лінден зауважила, що закон варто переглянути.",
    );
    let q = find(&doc, "закон варто");
    assert_eq!(speaker(q), "посол Канади в Україні Марта Лінден");

    let doc = analyse(
        "Выборы прошли в сентябре.\n\n\
Руководитель фракции в Мосгордуме Андрей Метелин заявил, что партия примет участие в выборах.",
    );
    let q = find(&doc, "партия примет");
    assert_eq!(
        speaker(q),
        "Руководитель фракции в Мосгордуме Андрей Метелин"
    );
}

#[test]
fn a_role_with_a_prepositional_complement_goes_on_to_the_name_after_it() {
    let doc = analyse(
        "Фонд собирает пожертвования на улицах.\n\n\
«Мошенников стало больше», — рассказывает руководитель отдела по работе со сторонниками „Фонда“ Ирина Соколова.",
    );
    let q = find(&doc, "Мошенников");
    assert_eq!(
        speaker(q),
        "руководитель отдела по работе со сторонниками „Фонда“ Ирина Соколова"
    );

    let doc = analyse(
        "Ціни на житло зростають.\n\n\
«Квартири дорожчають щомісяця», — підкреслив директор з маркетингу компанії Олег Гриценко.",
    );
    let q = find(&doc, "Квартири дорожчають");
    assert_eq!(speaker(q), "директор з маркетингу компанії Олег Гриценко");
}

#[test]
fn a_week_or_a_month_after_the_verb_is_no_part_of_the_speaker() {
    let doc = analyse(
        "Цены на газ в Европе снова выросли.\n\n\
Санкции против энергетики ударят по самой Европе, заявил на этой неделе Игорь Кравцов.",
    );
    let q = find(&doc, "ударят по самой");
    assert_eq!(speaker(q), "Игорь Кравцов");

    let doc = analyse(
        "Ціни на газ у Європі знову зросли.\n\n\
Санкції проти енергетики вдарять по самій Європі, заявив цього тижня Ігор Кравченко.",
    );
    let q = find(&doc, "вдарять по самій");
    assert_eq!(speaker(q), "Ігор Кравченко");
}

#[test]
fn a_clause_between_the_speaker_and_the_verb_is_no_part_of_the_speaker() {
    let doc = analyse(
        "Интернаты перевели на аутсорсинг в прошлом году.\n\n\
Бесштанько, когда проводился пилотный проект, говорил, что жители привыкают к персоналу.",
    );
    let q = find(&doc, "жители привыкают");
    assert_eq!(speaker(q), "Бесштанько");

    let doc = analyse(
        "Храм будують третій рік.\n\n\
Чернець Сергій Філоненко, який координує роботу, розповідає, що майстри працюють щодня.",
    );
    let q = find(&doc, "майстри працюють");
    assert_eq!(speaker(q), "Чернець Сергій Філоненко");
}

#[test]
fn a_person_named_in_the_genitive_after_a_head_is_whose_not_who() {
    // The successor, not the predecessor.
    let doc = analyse_with_entities(
        "Год назад лидером партии стал Леонид Сомов. Преемник Владимира Жириновского \
сегодня говорил о приоритетах в партийной работе.",
    );
    let q = find(&doc, "о приоритетах");
    assert_ne!(
        q.speaker.name.as_deref(),
        Some("Владимир Жириновский"),
        "{q:?}"
    );

    // Two full names in a row are two people: the aide speaks.
    let doc = analyse_with_entities(
        "Переговоры продолжатся.\n\nПомощник Владимира Путина Юрий Ушаков сообщил, \
что встреча состоится в марте.",
    );
    let q = find(&doc, "встреча состоится");
    assert_eq!(q.speaker.name.as_deref(), Some("Юрий Ушаков"), "{q:?}");

    // The whole phrase in the genitive after "по словам": one person.
    let doc = analyse_with_entities(
        "Проверка закончилась.\n\nПо словам главы ведомства Владимира Колокольцева, \
нарушений не нашли.",
    );
    let q = find(&doc, "нарушений не нашли");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Владимир Колокольцев"),
        "{q:?}"
    );
}

#[test]
fn a_worker_of_a_body_is_not_the_body() {
    // Who spoke is the employee; naming the body would widen the speaker.
    let doc = analyse_with_entities(
        "Система мониторинга работает круглосуточно.\n\n\
Бывший сотрудник Роскомнадзора рассказал, что систему часто отключают по ночам.",
    );
    let q = find(&doc, "систему часто отключают");
    assert_eq!(speaker(q), "Бывший сотрудник Роскомнадзора");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Бывший сотрудник Роскомнадзора")
    );

    let doc = analyse_with_entities(
        "The monitoring system runs day and night.\n\n\
A former employee of Roskomnadzor said the system was often switched off at night.",
    );
    let q = find(&doc, "often switched off");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("A former employee of Roskomnadzor")
    );
}

#[test]
fn an_adverb_of_time_before_the_verb_is_not_part_of_the_speaker() {
    let doc = analyse(
        "Фонтан отреставрировали за два года.\n\n\
Представители музея впоследствии объяснили, что яркие цвета — временное явление.\n\n\
Пресс-секретарь мэрии позднее уточнил, что работы продлятся до осени.",
    );
    let q = find(&doc, "яркие цвета");
    assert_eq!(speaker(q), "Представители музея");
    let q = find(&doc, "работы продлятся");
    assert_eq!(speaker(q), "Пресс-секретарь мэрии");
}

#[test]
fn a_body_or_source_named_in_an_oblique_case_is_named_in_the_nominative() {
    let doc = analyse(
        "Президенты провели переговоры.\n\n\
Как сообщили в Кремле, стороны обсудили развитие сотрудничества.\n\n\
Как сообщили в пресс-службе Минобороны, учения завершились.",
    );
    let q = find(&doc, "стороны обсудили");
    assert_eq!(speaker(q), "Кремле");
    assert_eq!(q.speaker.name.as_deref(), Some("Кремль"));
    let q = find(&doc, "учения завершились");
    assert_eq!(q.speaker.name.as_deref(), Some("пресс-служба Минобороны"));

    let doc = analyse(
        "Прокуратура перевірила договір оренди.\n\n\
Як повідомили в Офісі Президента, сторони обговорили співпрацю.\n\n\
За словами чиновника, ремонт завершать до кінця року.",
    );
    let q = find(&doc, "сторони обговорили");
    assert_eq!(q.speaker.name.as_deref(), Some("Офіс Президента"));
    let q = find(&doc, "ремонт завершать");
    assert_eq!(q.speaker.name.as_deref(), Some("чиновник"));

    // A role too; a plural stays a plural.
    let doc = analyse(
        "Бюджет принят.\n\nПо словам министра обороны, учения завершились.\n\n\
Как заявили министры, переговоры продолжатся.",
    );
    let q = find(&doc, "учения завершились");
    assert_eq!(q.speaker.name.as_deref(), Some("министр обороны"));
    let q = find(&doc, "переговоры продолжатся");
    assert_eq!(q.speaker.name.as_deref(), Some("министры"));
}
