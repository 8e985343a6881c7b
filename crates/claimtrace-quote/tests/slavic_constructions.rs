//! Russian and Ukrainian attribution constructions (issue 18, point 4),
//! on sentences written for these tests (no entity layer: speakers are
//! checked by their mention).

use claimtrace_core::QuoteKind;

mod common;
use common::{analyse, analyse_with_entities, cue, find, find_by_cue, speaker};

#[test]
fn speaker_after_the_dash_that_closes_a_quote_with_a_verb_the_lexicon_lacks() {
    let doc = analyse(
        "Министр экономики Павел Орлов представил прогноз на следующий год.\n\n\
Его коллега был настроен иначе. «Такие цифры вызывают у меня вопросы», — удивляется \
депутат Олег Лебедев.",
    );
    let q = find(&doc, "Такие цифры");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "удивляется");
    assert_eq!(speaker(q), "депутат Олег Лебедев");

    let doc = analyse(
        "Міністр економіки Павло Орлик представив прогноз.\n\n\
«Такі цифри викликають у мене питання», — дивується депутат Олег Лебідь.",
    );
    let q = find(&doc, "Такі цифри");
    assert_eq!(cue(q), "дивується");
    assert_eq!(speaker(q), "депутат Олег Лебідь");
}

#[test]
fn known_verb_after_the_dash_names_the_speaker_who_follows_it() {
    let doc = analyse("Банк сохранил ставку. «Инфляция замедляется», — заявил Воронцов.");
    let q = find(&doc, "Инфляция замедляется");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "Воронцов");

    let doc = analyse("Банк зберіг ставку. «Інфляція сповільнюється», — заявив Ворона.");
    let q = find(&doc, "Інфляція сповільнюється");
    assert_eq!(cue(q), "заявив");
    assert_eq!(speaker(q), "Ворона");
}

#[test]
fn authors_words_inside_the_marks_split_the_quote_and_name_its_speaker() {
    let doc = analyse(
        "Ремонт моста через Оку идёт по графику.\n\n\
«Мост откроют в срок, — уверяет губернатор Ильин. — Подрядчик уже получил деньги».",
    );
    let first = find(&doc, "Мост откроют");
    assert_eq!(first.text, "Мост откроют в срок");
    assert_eq!(cue(first), "уверяет");
    assert_eq!(speaker(first), "губернатор Ильин");
    let rest = find(&doc, "Подрядчик");
    assert_eq!(rest.text, "Подрядчик уже получил деньги");
    assert_eq!(speaker(rest), "губернатор Ильин");

    let doc = analyse(
        "«Міст відкриють вчасно, — запевняє губернатор Ільїн. — Підрядник уже отримав гроші».",
    );
    let first = find(&doc, "Міст відкриють");
    assert_eq!(first.text, "Міст відкриють вчасно");
    assert_eq!(speaker(first), "губернатор Ільїн");
    assert_eq!(speaker(find(&doc, "Підрядник")), "губернатор Ільїн");
}

#[test]
fn the_outlet_of_an_interview_is_not_the_speaker() {
    let doc = analyse(
        "Переговоры о покупке завода продолжаются.\n\n\
Глава агентства Марк Додсон в интервью BBC сказал: «Сделка состоится до конца года».",
    );
    let q = find(&doc, "Сделка состоится");
    assert!(cue(q).starts_with("сказал"), "{}", cue(q));
    assert_eq!(speaker(q), "Глава агентства Марк Додсон");

    let doc = analyse(
        "Переговори про купівлю заводу тривають.\n\n\
Голова агентства Марк Додсон в інтерв'ю BBC сказав: «Угода відбудеться до кінця року».",
    );
    assert_eq!(
        speaker(find(&doc, "Угода відбудеться")),
        "Голова агентства Марк Додсон"
    );

    let doc = analyse(
        "В интервью Второму каналу министр транспорта Игорь Белов заявил, что трассу \
расширят к лету.",
    );
    let q = find(&doc, "трассу расширят");
    assert_eq!(speaker(q), "министр транспорта Игорь Белов");

    let doc = analyse(
        "Мэр Самары Олег Рябов в беседе с журналистами отметил, что метро продлят на две станции.",
    );
    assert_eq!(
        speaker(find(&doc, "метро продлят")),
        "Мэр Самары Олег Рябов"
    );
}

#[test]
fn a_report_of_the_sentence_before_names_its_speaker_after_the_verb() {
    let doc = analyse(
        "Завод в Твери перейдёт на четырёхдневную неделю с марта. Об этом в интервью \
Второму каналу сообщил глава холдинга Андрей Щукин, добавив, что увольнений не будет.",
    );
    let q = find(&doc, "четырёхдневную неделю");
    assert_eq!(cue(q), "сообщил");
    assert_eq!(speaker(q), "глава холдинга Андрей Щукин");
    assert_eq!(
        q.text,
        "Завод в Твери перейдёт на четырёхдневную неделю с марта"
    );
    let q = find(&doc, "увольнений не будет");
    assert_eq!(speaker(q), "глава холдинга Андрей Щукин");
    // The speaker is never read as the content.
    assert!(doc
        .quotes
        .iter()
        .all(|q| !q.text.starts_with("глава холдинга")));

    let doc = analyse(
        "Завод у Тернополі перейде на чотириденний тиждень з березня. Про це в ефірі \
ICTV повідомив голова холдингу Андрій Щука.",
    );
    let q = find(&doc, "чотириденний тиждень");
    assert_eq!(speaker(q), "голова холдингу Андрій Щука");
}

#[test]
fn a_report_with_no_subject_invents_no_speaker() {
    let doc = analyse(
        "Рада прийняла закон. Про це сьогодні говорили також і у коментарях до законопроєкту.",
    );
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "сьогодні"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn according_to_names_the_speaker_in_both_languages() {
    let doc = analyse("По словам вице-премьера Ирины Громовой, субсидии продлят до 2027 года.");
    let q = find(&doc, "субсидии продлят");
    assert_eq!(speaker(q), "вице-премьера Ирины Громовой");

    let doc = analyse("За словами віцепрем'єрки Ірини Громової, субсидії продовжать до 2027 року.");
    let q = find(&doc, "субсидії продовжать");
    assert_eq!(speaker(q), "віцепрем'єрки Ірини Громової");
}

#[test]
fn agentless_reports_have_no_speaker() {
    for text in [
        "Сообщается, что мост через Волгу откроют в декабре.",
        "Повідомляється, що міст через Дніпро відкриють у грудні.",
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.speaker.text.is_none() && q.speaker.entity.is_none()),
            "{text}: {:#?}",
            doc.quotes
        );
    }
}

#[test]
fn a_report_of_the_sentence_before_may_end_with_where_it_was_said() {
    let doc = analyse(
        "Цены на зерно в этом году вырастут на десятую часть. Об этом заявил министр \
сельского хозяйства Олег Ладин на совещании в Самаре.",
    );
    let q = find(&doc, "Цены на зерно");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "министр сельского хозяйства Олег Ладин");

    let doc = analyse(
        "Ціни на зерно цього року зростуть на десяту частину. Про це заявив міністр \
аграрної політики Олег Ладенко під час брифінгу в Полтаві.",
    );
    let q = find(&doc, "Ціни на зерно");
    assert_eq!(speaker(q), "міністр аграрної політики Олег Ладенко");
}

#[test]
fn a_one_word_opening_reports_the_sentence_before() {
    let doc = analyse(
        "Переговоры о поставках газа продолжатся в январе. Так сказал вице-премьер \
Игорь Малов.",
    );
    let q = find(&doc, "Переговоры о поставках");
    assert_eq!(cue(q), "сказал");
    assert_eq!(speaker(q), "вице-премьер Игорь Малов");
    // "Так" is not the speaker, and the speaker is not the content.
    assert!(doc
        .quotes
        .iter()
        .all(|q| speaker(q) != "Так" && !q.text.starts_with("вице-премьер")));

    let doc = analyse(
        "Переговори про постачання газу продовжаться в січні. Так заявив віцепрем'єр \
Ігор Малий.",
    );
    let q = find(&doc, "Переговори про постачання");
    assert_eq!(speaker(q), "віцепрем'єр Ігор Малий");

    // "Так," opening a sentence is "so": the report after it reads as usual.
    let doc = analyse("Так, губернатор Игорь Малов заявил, что дорогу откроют в мае.");
    let q = find(&doc, "дорогу откроют");
    assert_eq!(speaker(q), "губернатор Игорь Малов");
}

#[test]
fn a_body_named_after_a_preposition_speaks_for_a_plural_verb() {
    let doc = analyse("Как сообщили в пресс-службе Минтранса, новый мост откроют до конца года.");
    let q = find(&doc, "новый мост откроют");
    assert_eq!(speaker(q), "пресс-службе Минтранса");

    let doc = analyse("Як повідомили в Мінінфраструктури, новий міст відкриють до кінця року.");
    let q = find(&doc, "новий міст відкриють");
    assert_eq!(speaker(q), "Мінінфраструктури");

    let doc =
        analyse("Новый мост откроют до конца года. Об этом сообщили в пресс-службе Минтранса.");
    let q = find(&doc, "Новый мост откроют");
    assert_eq!(speaker(q), "пресс-службе Минтранса");

    // A day after the preposition names no one.
    let doc = analyse("Новый мост откроют до конца года. Об этом сообщили в четверг.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "четверг"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn an_object_or_a_prepositional_phrase_after_the_verb_is_not_its_subject() {
    let doc = analyse(
        "Фонд развития городов, который займётся переселением жителей, объявил конкурсы на \
проекты первых домов.",
    );
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "конкурсы"),
        "{:#?}",
        doc.quotes
    );
    let doc = analyse(
        "На складе под Тулой нашли незаконный цех, сообщил «Интерфакс» со ссылкой на \
областное управление МВД.",
    );
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "со ссылкой"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn unquoted_words_set_off_by_a_comma_and_a_dash_are_the_authors() {
    let doc = analyse("Урожай в этом году будет рекордным, — подчеркнул губернатор Игорь Малов.");
    let q = find(&doc, "Урожай в этом году");
    assert_eq!(cue(q), "подчеркнул");
    assert_eq!(speaker(q), "губернатор Игорь Малов");
    assert_eq!(q.text, "Урожай в этом году будет рекордным");

    let doc = analyse("Урожай цього року буде рекордним, — наголосив губернатор Ігор Малий.");
    let q = find(&doc, "Урожай цього року");
    assert_eq!(speaker(q), "губернатор Ігор Малий");

    // Quoted words before the dash stay one direct quote.
    let doc = analyse("«Урожай будет рекордным», — подчеркнул губернатор Игорь Малов.");
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
}

#[test]
fn a_role_followed_by_where_it_spoke_is_the_speaker() {
    let doc = analyse(
        "Ошибки соседей нельзя исправить за два дня, заявил президент на совещании с \
правительством.",
    );
    let q = find(&doc, "Ошибки соседей");
    assert_eq!(speaker(q), "президент");
}

#[test]
fn a_document_that_speaks_through_an_impersonal_verb_is_the_source() {
    let doc = analyse("В заявлении Минтранса говорится, что новый мост откроют до конца года.");
    let q = find(&doc, "новый мост откроют");
    assert_eq!(cue(q), "говорится");
    assert_eq!(speaker(q), "заявлении Минтранса");

    let doc = analyse("У заяві Мінінфраструктури йдеться, що новий міст відкриють до кінця року.");
    let q = find(&doc, "новий міст відкриють");
    assert_eq!(speaker(q), "заяві Мінінфраструктури");

    // The sentence before, reported by a document.
    let doc = analyse(
        "Новый мост откроют до конца года. Об этом говорится в телеграмме губернатора Игоря \
Малова.",
    );
    let q = find(&doc, "Новый мост откроют");
    assert_eq!(speaker(q), "телеграмме губернатора Игоря Малова");

    let doc = analyse("Как говорится в указе губернатора, новый мост откроют до конца года.");
    let q = find(&doc, "новый мост откроют");
    assert_eq!(speaker(q), "указе губернатора");

    // With no document named, the report has no speaker.
    let doc = analyse("Сообщается, что новый мост откроют до конца года.");
    let q = find(&doc, "новый мост откроют");
    assert!(q.speaker.text.is_none(), "{q:#?}");
}

#[test]
fn common_news_frames_of_the_sentence_before() {
    // A platform between the opening and the verb.
    let doc = analyse(
        "Ворог атакував місто дронами вночі. Про це в Telegram написав голова ОВА Олег \
Синицький.",
    );
    let q = find(&doc, "Ворог атакував місто");
    assert_eq!(speaker(q), "голова ОВА Олег Синицький");

    // A capitalised complement between the role and the name.
    let doc = analyse(
        "Противник атаковал город беспилотниками. Об этом сообщил представитель Воздушных \
сил Юрий Игнатов.",
    );
    let q = find(&doc, "Противник атаковал город");
    assert_eq!(speaker(q), "представитель Воздушных сил Юрий Игнатов");

    // The speaker before the verb.
    let doc = analyse("Ворог атакував місто дронами. Про це він сказав у вечірньому зверненні.");
    let q = find(&doc, "Ворог атакував місто");
    assert_eq!(speaker(q), "він");

    // An outlet in marks is the source, not a quote.
    let doc = analyse("Как сообщает «Областная газета», новый мост откроют до конца года.");
    let q = find(&doc, "новый мост откроют");
    assert_eq!(speaker(q), "Областная газета");
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
}

#[test]
fn feminine_and_neuter_past_forms_of_a_listed_verb_are_cues() {
    // A neuter body, with a date between the opening and the verb.
    let doc = analyse(
        "Мост через Волхов откроют в сентябре после ремонта опор. Об этом 12 марта сообщило \
министерство транспорта области.",
    );
    let q = find(&doc, "Мост через Волхов");
    assert_eq!(cue(q), "сообщило");
    assert_eq!(speaker(q), "министерство транспорта области");

    let doc = analyse(
        "Школу відремонтують до осені. «Кошти вже виділені», — заявила депутатка Ірина Гай.",
    );
    let q = find(&doc, "Кошти вже виділені");
    assert_eq!(cue(q), "заявила");
    assert_eq!(speaker(q), "депутатка Ірина Гай");

    // Plurals are listed, not made: "признали виновными" reports nothing.
    let doc =
        analyse("Присяжные признали виновными всех троих подсудимых по делу о поджоге склада.");
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
}

#[test]
fn the_addressee_before_the_verb_is_not_the_speaker() {
    let doc = analyse(
        "Уборку урожая закончат на две недели раньше обычного. Об этом губернатору доложил \
министр сельского хозяйства области.",
    );
    let q = find(&doc, "Уборку урожая");
    assert_eq!(cue(q), "доложил");
    assert_eq!(speaker(q), "министр сельского хозяйства области");

    let doc = analyse(
        "Збирання врожаю завершать на два тижні раніше. Про це прем'єр-міністру доповів \
міністр аграрної політики.",
    );
    let q = find(&doc, "Збирання врожаю");
    assert_eq!(cue(q), "доповів");
    assert_eq!(speaker(q), "міністр аграрної політики");

    let doc = analyse(
        "Жители потребовали отремонтировать дом. Как и в прошлый раз, им возразил глава \
управы Олег Ветров, что ремонт дома не предусмотрен бюджетом.",
    );
    let q = find(&doc, "ремонт дома");
    assert_eq!(cue(q), "возразил");
    assert_eq!(speaker(q), "глава управы Олег Ветров");

    // After the verb, the addressee is not what was said.
    let doc = analyse("Глава области Олег Ветров доложил президенту о ремонте дорог и мостов.");
    let q = find(&doc, "ремонте дорог");
    assert_eq!(q.text, "о ремонте дорог и мостов");
    let doc = analyse("Міністр Іван Мороз доповів прем'єр-міністру про ремонт доріг і мостів.");
    let q = find(&doc, "ремонт доріг");
    assert_eq!(q.text, "про ремонт доріг і мостів");
    // An object in the accusative is: "рассказал правду о ...".
    let doc = analyse("Министр Олег Ветров рассказал правду о ремонте дорог и мостов.");
    let q = find(&doc, "ремонте дорог");
    assert_eq!(q.text, "правду о ремонте дорог и мостов");

    // A sentence's first words are its subject, whatever their ending.
    let doc = analyse("Шойгу напомнил также, что учения пройдут по плану.");
    let q = find(&doc, "учения пройдут");
    assert_eq!(speaker(q), "Шойгу");
}

#[test]
fn a_document_in_which_it_is_said() {
    let doc = analyse("В докладе сказано, что инфляция замедлится к концу года.");
    let q = find(&doc, "инфляция замедлится");
    assert_eq!(cue(q), "сказано");
    assert_eq!(speaker(q), "докладе");
}

#[test]
fn an_anaphoric_phrase_after_a_comma_reports_the_clause_before_it() {
    let doc = analyse(
        "Паводок затопил три деревни в низовьях реки, об этом сообщили в региональном МЧС.",
    );
    let q = find(&doc, "Паводок затопил");
    assert_eq!(q.text, "Паводок затопил три деревни в низовьях реки");
    assert_eq!(cue(q), "сообщили");
    assert_eq!(speaker(q), "региональном МЧС");

    let doc = analyse(
        "Повінь затопила три села в пониззі річки, про це повідомив голова громади Іван Мороз.",
    );
    let q = find(&doc, "Повінь затопила");
    assert_eq!(q.text, "Повінь затопила три села в пониззі річки");
    assert_eq!(speaker(q), "голова громади Іван Мороз");

    // A clause too short to be what was said is not taken.
    let doc = analyse("Так и есть, об этом сообщили в МЧС.");
    assert!(
        doc.quotes.iter().all(|q| !q.text.starts_with("Так")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_dash_after_the_verb_opens_what_was_said() {
    let doc =
        analyse("Губернатор Олег Ветров напомнил — дорогу к школе отремонтируют до сентября.");
    let q = find(&doc, "дорогу к школе");
    assert_eq!(q.text, "дорогу к школе отремонтируют до сентября");
    assert_eq!(cue(q), "напомнил");
    assert_eq!(speaker(q), "Губернатор Олег Ветров");

    let doc = analyse("Мер Іван Мороз наголосив — дорогу до школи відремонтують до вересня.");
    let q = find(&doc, "дорогу до школи");
    assert_eq!(speaker(q), "Мер Іван Мороз");
}

#[test]
fn a_time_phrase_between_the_verb_and_the_speaker_is_read_past() {
    let doc = analyse(
        "Тарифы на проезд не вырастут до конца года, заявил в минувший четверг мэр Олег Ветров.",
    );
    let q = find(&doc, "Тарифы на проезд");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "мэр Олег Ветров");

    let doc = analyse(
        "«Тарифы не вырастут», — рассказывал в 2021 году вице-мэр Олег Ветров журналистам.",
    );
    let q = find(&doc, "Тарифы не вырастут");
    assert_eq!(speaker(q), "вице-мэр Олег Ветров");
}

#[test]
fn a_source_phrase_opens_with_any_verb_of_saying() {
    let doc =
        analyse("Как признался задержанный, его завербовали еще год назад в соседней области.");
    let q = find(&doc, "его завербовали");
    assert_eq!(cue(q), "Как признался");
    assert_eq!(speaker(q), "задержанный");

    let doc = analyse("Як зауважила лікарка, кількість хворих на грип зросла вдвічі.");
    let q = find(&doc, "кількість хворих");
    assert_eq!(speaker(q), "лікарка");

    // Inside a sentence an unlisted verb after "как" is "how".
    let doc = analyse("Все видели, как учитель говорит им: «Работайте быстрее».");
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.speaker.text.as_deref() != Some("им")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_body_after_a_plural_verb_past_an_adverb_or_in_marks() {
    let doc =
        analyse("Фонд пытался влиять на выборы в регионе, отметили сегодня в Генпрокуратуре.");
    let q = find(&doc, "Фонд пытался");
    assert_eq!(cue(q), "отметили");
    assert_eq!(speaker(q), "Генпрокуратуре");

    let doc = analyse("Как пояснили сегодня в МИД Литвы, работа комиссии приостановлена до осени.");
    let q = find(&doc, "работа комиссии");
    assert_eq!(speaker(q), "МИД Литвы");

    let doc = analyse("Полёт экипажа на станцию продлевается на месяц, сообщили в «Роскосмосе».");
    let q = find(&doc, "Полёт экипажа");
    assert_eq!(speaker(q), "Роскосмосе");
}

#[test]
fn an_adverbial_participle_after_the_name_is_no_part_of_the_speaker() {
    let doc = analyse(
        "Губернатор Олег Ветров, открывая новую школу, напомнил — к осени откроют ещё две.",
    );
    let q = find(&doc, "к осени откроют");
    assert_eq!(speaker(q), "Губернатор Олег Ветров");

    let doc = analyse(
        "Губернатор Іван Мороз, відкриваючи нову школу, нагадав — до осені відкриють ще дві.",
    );
    let q = find(&doc, "до осені відкриють");
    assert_eq!(speaker(q), "Губернатор Іван Мороз");
}

#[test]
fn an_addressee_and_a_setting_after_the_verb_come_before_the_speaker() {
    let doc = analyse(
        "Сельские школы получили новое оборудование. Об этом доложил губернатору на совещании \
в Твери министр образования Олег Петров.",
    );
    let q = find(&doc, "Сельские школы");
    assert_eq!(cue(q), "доложил");
    assert_eq!(speaker(q), "министр образования Олег Петров");

    let doc = analyse(
        "Сільські школи отримали нове обладнання. Про це доповів губернаторові на нараді \
у Твері міністр освіти Олег Петренко.",
    );
    let q = find(&doc, "Сільські школи");
    assert_eq!(speaker(q), "міністр освіти Олег Петренко");
}

#[test]
fn an_object_before_the_verb_is_not_the_speaker_named_after_it() {
    // "Имена" and "Эту новость" are what was told, not who told it.
    for text in [
        "Названы лауреаты премии. Имена сообщил сегодня президент академии Олег Смирнов.",
        "Мост откроют в мае. Эту новость сообщил мэр города Игорь Лебедев.",
    ] {
        let doc = analyse(text);
        for q in &doc.quotes {
            let sp = speaker(q);
            assert!(
                !sp.starts_with("Имена") && !sp.contains("новость"),
                "{text}: {:?}",
                doc.quotes
            );
        }
    }
    // A subject before the verb stays the speaker.
    let doc = analyse("Врачи сообщили, что пациент здоров.");
    assert_eq!(speaker(find(&doc, "пациент здоров")), "Врачи");
}

#[test]
fn a_demonstrative_object_before_the_verb_reports_the_sentence_before() {
    let doc =
        analyse("Мост через реку откроют уже в мае. Эту новость сообщил мэр города Игорь Лебедев.");
    let q = find(&doc, "Мост через реку");
    assert_eq!(q.text, "Мост через реку откроют уже в мае");
    assert_eq!(speaker(q), "мэр города Игорь Лебедев");

    let doc = analyse(
        "Міст через річку відкриють уже в травні. Цю інформацію повідомив мер міста Ігор Лебідь.",
    );
    let q = find(&doc, "Міст через річку");
    assert_eq!(speaker(q), "мер міста Ігор Лебідь");

    let doc = analyse("Мост через реку откроют уже в мае. Это сообщил мэр города Игорь Лебедев.");
    assert_eq!(
        speaker(find(&doc, "Мост через реку")),
        "мэр города Игорь Лебедев"
    );
}

#[test]
fn an_adverb_after_the_verb_and_a_topic_are_not_the_speaker() {
    let doc =
        analyse("«Місто має швидко відремонтувати всі мости», – зауважив насамкінець підприємець.");
    let q = find(&doc, "Місто має");
    assert_eq!(speaker(q), "підприємець");
    let doc = analyse("«Мы готовы работать со всеми партнёрами», — отметил также министр.");
    let q = find(&doc, "Мы готовы");
    assert_eq!(speaker(q), "министр");
    // What was told about is no speaker.
    let doc = analyse(
        "Завідувачка привітала відвідувачів з відкриттям бібліотеки. Зазначила, що фонд \
поповнили 300 книжками, розповіла про ремонти, які провели взимку.",
    );
    assert!(
        doc.quotes.iter().all(|q| !speaker(q).starts_with("про ")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_day_word_before_the_addressee_or_the_speaker_is_neither() {
    let doc = analyse(
        "Агентство за год вдвое сократило сроки выдачи лицензий. Об этом сегодня премьеру \
Андрею Волкову доложил глава агентства Пётр Ларин.",
    );
    let q = find(&doc, "сократило сроки");
    assert_eq!(speaker(q), "глава агентства Пётр Ларин");
    let doc =
        analyse("«Мы ускорим переход к зелёной энергетике», — заявил сегодня президент Франции.");
    let q = find(&doc, "Мы ускорим");
    assert_eq!(speaker(q), "президент Франции");
}

#[test]
fn where_the_words_were_said_and_a_lower_case_body_name() {
    let doc = analyse(
        "Сегодня в Сенате министр транспорта Игорь Белов заявил, что новые трассы откроют \
к осени.",
    );
    let q = find(&doc, "новые трассы");
    assert_eq!(speaker(q), "министр транспорта Игорь Белов");
    let doc = analyse(
        "Число безработных в регионе снизилось на треть, по данным Международной организации \
труда.",
    );
    let q = find(&doc, "Число безработных");
    assert_eq!(speaker(q), "Международной организации труда");
}

#[test]
fn an_adverb_or_particle_after_the_speaker_is_not_part_of_it() {
    let doc =
        analyse("Директор фабрики Олег Жуков тогда объяснил это решение «вынужденной мерой».");
    let q = find(&doc, "вынужденной мерой");
    assert_eq!(speaker(q), "Директор фабрики Олег Жуков");
    let doc = analyse("Мэрия же сразу напомнила жителям, что парковка у школы будет платной.");
    let q = find(&doc, "парковка у школы");
    assert_eq!(speaker(q), "Мэрия");
}

#[test]
fn a_place_in_the_genitive_after_the_head_is_not_the_speaker() {
    let doc = analyse_with_entities(
        "Следственный комитет России признал, что торговый центр работал без разрешения.",
    );
    let q = find(&doc, "торговый центр");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Следственный комитет России")
    );
}

#[test]
fn a_platform_before_the_verb_is_where_not_who() {
    let doc = common::analyse_with_entities(
        "Про нові тарифи у своєму блозі на Facebook написала міністерка енергетики Ольга \
Савчук.\n\n«Ціни на світло зростуть уже в березні», — додала вона.",
    );
    let q = common::find(&doc, "Ціни на світло");
    assert_eq!(q.speaker.name.as_deref(), Some("Ольга Савчук"), "{q:?}");
    let doc = common::analyse_with_entities(
        "Об этом в Telegram сообщил губернатор области Игорь Пахомов.\n\n«Все службы \
работают в штатном режиме», — написал он.",
    );
    let q = common::find(&doc, "Все службы");
    assert_eq!(q.speaker.name.as_deref(), Some("Игорь Пахомов"), "{q:?}");
}

#[test]
fn a_name_after_a_preposition_before_the_verb_is_not_the_reporter() {
    let doc = analyse_with_entities(
        "Школу відкриють до вересня. Про це під час зустрічі з Олегом Сидоренком заявив мер \
Петро Іваненко.",
    );
    let q = find(&doc, "Школу відкриють");
    assert_eq!(q.speaker.name.as_deref(), Some("Петро Іваненко"), "{q:?}");
    let doc = analyse_with_entities(
        "Школу откроют к сентябрю. Об этом на встрече с Олегом Сидоренко заявил мэр Петр \
Иваненко.",
    );
    let q = find(&doc, "Школу откроют");
    assert_eq!(q.speaker.name.as_deref(), Some("Петр Иваненко"), "{q:?}");
}

#[test]
fn a_topic_that_opens_the_sentence_is_what_was_said() {
    // "О ... X говорил в ...": the topic is what was said, not the place or
    // the person it was said to after the verb.
    let doc = in_language("ru", 
        "О подготовке к отопительному сезону губернатор Игорь Соколов говорил сегодня в Вологде на совещании с мэрами.",
    );
    let q = find(&doc, "О подготовке");
    assert_eq!(q.text, "О подготовке к отопительному сезону");
    assert_eq!(speaker(q), "губернатор Игорь Соколов");
    assert_eq!(cue(q), "говорил");

    // The topic's last word before the verb is no speaker; the speaker
    // follows the verb, past a time word and a place.
    let doc = in_language(
        "ru",
        "О закрытии завода в Череповце сообщили вчера в Минпромторге представители отрасли.",
    );
    let q = find(&doc, "О закрытии");
    assert_eq!(q.text, "О закрытии завода в Череповце");
    assert_eq!(speaker(q), "представители отрасли");

    let doc = in_language(
        "uk",
        "Про ремонт мосту на Дніпрі розповів сьогодні міський голова Андрій Коваль.",
    );
    let q = find(&doc, "Про ремонт");
    assert_eq!(q.text, "Про ремонт мосту на Дніпрі");
    assert_eq!(speaker(q), "міський голова Андрій Коваль");

    // A clause after the verb keeps its reading.
    let doc = in_language(
        "ru",
        "О бюджете министр Олег Лебедев сказал, что дефицита не будет.",
    );
    assert_eq!(speaker(find(&doc, "что дефицита")), "министр Олег Лебедев");
}

#[test]
fn a_list_after_a_colon_gives_each_report_its_own_item() {
    // A news digest: "In this issue: A; B, said X; C." X said B, not the
    // digest's label or A.
    let doc = analyse(
        "В этом выпуске: в Сибири открыли новый мост; инфляция замедлится до четырех процентов, заявил глава ЦБ Олег Петров; в Москве прошел снегопад.",
    );
    let q = find(&doc, "инфляция замедлится");
    assert_eq!(q.text, "инфляция замедлится до четырех процентов");
    assert_eq!(speaker(q), "глава ЦБ Олег Петров");
}

/// [`analyse`] of a passage whose language the document states, as the
/// pipeline's language detection gives it.
fn in_language(language: &str, text: &str) -> claimtrace_core::Document {
    common::analyse_with(
        text,
        claimtrace_core::Metadata {
            language: Some(language.into()),
            ..Default::default()
        },
    )
}

#[test]
fn guillemets_nest_and_one_mark_may_close_two() {
    // «…«Вестника»…»: the quote ends at its own mark, and the author's
    // words inside it (after a manner adverb) still split it.
    let doc = analyse(
        "Чиновники долго не могли ответить.\n\n\
«Областной бюджет? — растерянно переспрашивали сотрудники корреспондента «Вестника». \
— Наверное, речь шла о городском?»",
    );
    let first = find(&doc, "Областной бюджет");
    assert_eq!(first.text, "Областной бюджет?");
    assert_eq!(cue(first), "переспрашивали");
    let rest = find(&doc, "Наверное");
    assert_eq!(rest.text, "Наверное, речь шла о городском?");
    assert!(speaker(rest).starts_with("сотрудники"), "{rest:?}");

    // «ООО «Зеленый сад».: one » for both; what follows is no quote.
    let doc = analyse(
        "Фермеры расширили хозяйство. Так появилось ООО «Агрофирма «Зеленый сад». \
Теперь там шесть теплиц и свой магазин.",
    );
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("Теперь")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn authors_words_may_end_a_paragraph_that_leaves_the_quote_open() {
    let doc = analyse(
        "Стадіон відкриють навесні.\n\n\
«Ще рік тому стадіон існував тільки на папері, а тепер він майже готовий, — радіє \
голова районної ради Петро Коваленко.\n\n\
— Сподіваємося, що вже у травні тут пройдуть перші змагання».",
    );
    let first = find(&doc, "Ще рік тому");
    assert_eq!(cue(first), "радіє");
    assert_eq!(speaker(first), "голова районної ради Петро Коваленко");
    let next = find(&doc, "Сподіваємося");
    assert!(!next.text.ends_with('»'), "{next:?}");
}

#[test]
fn an_impersonal_participle_names_the_document_that_says_the_words() {
    let doc = analyse(
        "Компания ищет новых сотрудников.\n\n\
«Работа в выходные дни оплачивается вдвойне», — указано в объявлении компании.",
    );
    let q = find(&doc, "Работа в выходные");
    assert_eq!(cue(q), "указано");
    assert_eq!(speaker(q), "объявлении компании");
    assert_eq!(q.attribution, claimtrace_core::AttributionType::Document);

    let doc = analyse(
        "Компанія шукає нових працівників.\n\n\
«Робота у вихідні оплачується вдвічі», – зазначено в договорі.",
    );
    let q = find(&doc, "Робота у вихідні");
    assert_eq!(speaker(q), "договорі");
    assert_eq!(q.attribution, claimtrace_core::AttributionType::Document);

    // A parenthetical between commas is not the document.
    let doc = analyse(
        "В 1998 году газета опубликовала статью о заводе, где, в частности, отмечалось: \
«Цех построили всего за восемь месяцев».",
    );
    let q = find(&doc, "Цех построили");
    assert_ne!(speaker(q), "частности");
}

#[test]
fn a_dash_after_a_noun_introduces_a_name_not_speech() {
    let doc = analyse(
        "Жюри объявит победителя в октябре. Главный приз — «Золотой журавль». \
Фестиваль проходит в пятый раз.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.text.contains("Золотой журавль") || q.kind != QuoteKind::Direct),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn an_object_and_a_setting_after_the_verb_come_before_the_speaker() {
    let doc = analyse(
        "Отключения воды продолжаются.\n\n\
«Между двумя законами есть противоречие», — прокомментировал ситуацию по просьбе \
«Вестника» генеральный директор компании Павел Сидоренко.",
    );
    let q = find(&doc, "Между двумя законами");
    assert_eq!(cue(q), "прокомментировал");
    assert_eq!(speaker(q), "генеральный директор компании Павел Сидоренко");

    let doc = analyse(
        "Ремонт школы закончится летом, сообщил на встрече с родителями директор Иван Лысенко.",
    );
    let q = find(&doc, "Ремонт школы");
    assert_eq!(speaker(q), "директор Иван Лысенко");

    // A topic is what was said about, and a body named after a second
    // preposition is no speaker from a setting.
    let doc = analyse(
        "Министр провел переговоры с коллегой из Армении — говорили о ситуации на границе с Азербайджаном.",
    );
    assert!(doc.quotes.iter().all(|q| speaker(q) != "Азербайджаном"));
}

#[test]
fn an_outlet_in_latin_letters_after_the_venue_is_not_the_speaker() {
    let doc = analyse(
        "Инвестор не раскрыл сумму.\n\n\
В интервью The Wall Street Journal Кравцов сказал, что сумма скромнее.",
    );
    let q = find(&doc, "сумма скромнее");
    assert_eq!(speaker(q), "Кравцов");
}

#[test]
fn writing_in_a_language_is_no_report() {
    let doc = analyse(
        "Мова в мережі змінюється.\n\n\
Блогер, який пише російською, має більшу аудиторію, ніж блогер, який пише українською.",
    );
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    let doc = analyse("Язык сети меняется.\n\nОн пишет по-русски и живет в Киеве.");
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
}

#[test]
fn a_dash_line_after_an_introduction_with_a_colon_is_its_speakers() {
    let doc = analyse(
        "На фото зібрання 1990 року.\n\n\
Олег Сікаленко уточнив, що це 9 березня 1990 року.\n\n\
Світлана Григоренко доповнила, назвавши деяких людей на фото:\n\n\
– Так, я теж там читала вірші, а біля мікрофона – Валентина Громова.",
    );
    let q = find(&doc, "я теж там читала");
    assert_eq!(speaker(q), "Світлана Григоренко");
}

#[test]
fn a_quote_in_the_paragraph_after_a_colon_takes_its_author() {
    let doc = analyse(
        "Вчера прошла пресс-конференция.\n\nМинистр Иван Орлов заявил:\n\n\
«Мы не будем повышать налоги в этом году».",
    );
    let q = find(&doc, "Мы не будем");
    assert_eq!(cue(q), "заявил");
    assert_eq!(speaker(q), "Министр Иван Орлов");
}

#[test]
fn an_object_or_a_topic_between_the_verb_and_the_name_is_no_part_of_the_speaker() {
    let doc = analyse(
        "«Это был трудный год для всех нас», — поделился впечатлениями директор завода Иван \
Петров.\n\n«Мы не ожидали такого успеха», — рассказала о своих впечатлениях студентка Анна \
Смирнова.",
    );
    assert_eq!(
        speaker(find(&doc, "Это был трудный год")),
        "директор завода Иван Петров"
    );
    assert_eq!(speaker(find(&doc, "Мы не ожидали")), "Анна Смирнова");

    let doc = analyse(
        "«Така пісня може жити довго», — поділився враженнями композитор Михайло Зубик.\n\n\
«Ми найшвидше зʼїли морозиво, і це було весело», — розповіла про свої враження десятирічна \
Оленка.",
    );
    assert_eq!(
        speaker(find(&doc, "Така пісня")),
        "композитор Михайло Зубик"
    );
    assert_eq!(speaker(find(&doc, "Ми найшвидше")), "Оленка");

    // A name inside the topic is not the speaker.
    let doc = analyse(
        "Президент Петро Орлик поінформував про провокації Російської Федерації в окупованому \
Криму.",
    );
    assert!(
        doc.quotes
            .iter()
            .all(|q| !speaker(q).starts_with("Російської")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn an_object_first_report_may_close_with_a_bare_full_name() {
    let doc = analyse_with_entities(
        "Высокий уровень торговли с Индией отметил вчера Олег Смирнов, выступая перед \
студентами.",
    );
    let q = find_by_cue(&doc, "отметил");
    assert_eq!(q.text, "Высокий уровень торговли с Индией");
    assert_eq!(speaker(q), "Олег Смирнов");

    // Whom a named subject told is no speaker.
    let doc = analyse_with_entities(
        "В новом выпуске: мэр города рассказал Олегу Смирнову о ремонте дорог, выступая в \
думе.",
    );
    assert!(
        doc.quotes.iter().all(|q| !speaker(q).contains("Олег")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn ukrainian_noted_is_a_verb_of_saying() {
    let doc = analyse("Торгівля з Індією зросла, відзначила міністр Ольга Смирнова.");
    let q = find(&doc, "Торгівля з Індією");
    assert_eq!(cue(q), "відзначила");
    assert_eq!(speaker(q), "міністр Ольга Смирнова");

    let doc = analyse("Олег Смирнов відзначив, що торгівля з Індією зросла.");
    let q = find(&doc, "торгівля з Індією");
    assert_eq!(cue(q), "відзначив");
    assert_eq!(speaker(q), "Олег Смирнов");

    // Awarding is no saying, in either language.
    for text in [
        "Цього тижня міністр відзначив державними нагородами двадцять рятувальників.",
        "На этой неделе министр отметил государственными наградами двадцать спасателей.",
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes
                .iter()
                .all(|q| !q.text.contains("нагородами") && !q.text.contains("наградами")),
            "{text}: {:?}",
            doc.quotes
        );
    }
}

#[test]
fn a_source_phrase_that_opens_the_sentence_may_report_two_words() {
    let doc = analyse("Как сообщил мэр города Павел Зимин, пострадавших нет.");
    let q = find(&doc, "пострадавших нет");
    assert_eq!(q.text, "пострадавших нет");
    assert_eq!(cue(q), "Как сообщил");
    assert_eq!(speaker(q), "мэр города Павел Зимин");

    let doc = analyse("Як повідомив мер міста Павло Зимін, постраждалих немає.");
    let q = find(&doc, "постраждалих немає");
    assert_eq!(speaker(q), "мер міста Павло Зимін");
}

#[test]
fn in_mid_sentence_the_words_before_the_source_phrase_stay_the_report() {
    // Two words after a phrase inside the sentence do not take the report
    // from the clause before it.
    let doc = analyse(
        "Раньше склад охраняла частная компания и пускала только своих, по словам \
рабочих, порядки изменились.",
    );
    let q = find_by_cue(&doc, "по словам");
    assert!(q.text.starts_with("Раньше склад охраняла"), "{q:?}");
}

#[test]
fn a_role_and_a_name_before_a_colon_speak_the_quote_after_it() {
    let doc = analyse(
        "Официальный представитель министерства Анна Белова: «Мы не получали никаких \
запросов от наших партнеров».",
    );
    let q = find(&doc, "Мы не получали");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), ":");
    assert!(speaker(q).ends_with("Анна Белова"), "{q:?}");

    let doc = analyse(
        "Речник відомства Ганна Білова: «Ми не отримували жодних запитів від наших \
партнерів».",
    );
    let q = find(&doc, "Ми не отримували");
    assert_eq!(cue(q), ":");
    assert!(speaker(q).ends_with("Ганна Білова"), "{q:?}");

    // A label with no given name before the colon names no one.
    let doc = analyse(
        "Главное о переговорах в регионе за неделю: «Мы не получали никаких запросов \
от наших партнеров».",
    );
    let q = find(&doc, "Мы не получали");
    assert_ne!(cue(q), ":", "{q:?}");
}

#[test]
fn a_womans_title_is_not_a_man_who_holds_the_mans() {
    let doc = analyse_with_entities(
        "Речник МЗС Георгій Тихий прокоментував візит делегації.\n\n\
Речниця президента зазначила, що зустріч відбудеться в закритому режимі. Вона також \
додала, що терміни поки не визначені.",
    );
    let q = find(&doc, "зустріч відбудеться");
    assert_ne!(q.speaker.name.as_deref(), Some("Георгій Тихий"), "{q:?}");
    let q = find(&doc, "терміни поки");
    assert_ne!(q.speaker.name.as_deref(), Some("Георгій Тихий"), "{q:?}");
}

#[test]
fn a_source_before_the_verb_speaks_and_the_outlet_after_it_was_told() {
    let doc = analyse("Собеседник в министерстве рассказал РБК, что приказ уже подписан.");
    let q = find(&doc, "приказ уже подписан");
    assert_eq!(speaker(q), "Собеседник в министерстве");

    let doc = analyse("Джерело в міністерстві розповіло Суспільному, що наказ уже підписано.");
    let q = find(&doc, "наказ уже підписано");
    assert_eq!(speaker(q), "Джерело в міністерстві");
}

#[test]
fn a_body_named_where_the_sentence_opens_speaks_for_a_plural_verb() {
    // Inside a story: a document's first line may be its headline.
    let doc = analyse_with_entities(
        "Дорога закрыта.\n\nВ пресс-службе губернатора сообщили, что дорогу откроют в пятницу.\n\nРемонт идет по графику.",
    );
    let q = find(&doc, "дорогу откроют");
    assert_eq!(speaker(q), "пресс-службе губернатора");

    let doc = analyse_with_entities(
        "Визит обсуждался.\n\nВ администрации президента заявили, что визит не планируется.\n\nДата пока не выбрана.",
    );
    let q = find(&doc, "визит не планируется");
    assert_eq!(speaker(q), "администрации президента");

    let doc = analyse_with_entities(
        "Дорога закрита.\n\nУ пресслужбі губернатора повідомили, що дорогу відкриють у п'ятницю.\n\nРемонт триває за графіком.",
    );
    let q = find(&doc, "дорогу відкриють");
    assert_eq!(speaker(q), "пресслужбі губернатора");

    // A time, a meeting or a demonstrative after the preposition is where
    // or when, not who.
    for text in [
        "В сентябре сообщали, что дорогу откроют в пятницу.",
        "На встрече говорили, что дорогу откроют в пятницу.",
        "На этом настаивают, что дорогу откроют в пятницу.",
    ] {
        let doc = analyse_with_entities(text);
        for q in &doc.quotes {
            let sp = speaker(q);
            assert!(
                !(sp.contains("сентябре") || sp.contains("встрече") || sp.contains("этом")),
                "{text}: {q:?}"
            );
        }
    }
}

#[test]
fn past_and_plural_forms_of_believing_report_a_belief() {
    let doc = analyse("Аналитики полагают, что ставка останется прежней.");
    let q = find(&doc, "ставка останется");
    assert_eq!(speaker(q), "Аналитики");

    let doc = analyse("Лікарі вважали, що операція пройде без ускладнень.");
    let q = find(&doc, "операція пройде");
    assert_eq!(speaker(q), "Лікарі");
}

#[test]
fn what_was_said_may_open_the_sentence_with_no_comma_before_the_verb() {
    let doc = analyse_with_entities(
        "Учения завершились.\n\nВысокий уровень подготовки зенитных расчетов отметил командующий \
округом Сергей Кузовлев.\n\nЗанятия продолжатся весной.",
    );
    let q = find_by_cue(&doc, "отметил");
    assert_eq!(q.text, "Высокий уровень подготовки зенитных расчетов");
    assert!(speaker(q).ends_with("Сергей Кузовлев"), "{q:?}");

    let doc = analyse_with_entities(
        "Навчання завершилися.\n\nВисокий рівень підготовки зенітних розрахунків відзначив \
командувач угруповання Сергій Наєв під час наради.\n\nЗаняття продовжаться навесні.",
    );
    let q = find_by_cue(&doc, "відзначив");
    assert_eq!(q.text, "Високий рівень підготовки зенітних розрахунків");
    assert!(speaker(q).ends_with("Сергій Наєв"), "{q:?}");

    // "Об этом ..." still reports the sentence before.
    let doc = analyse_with_entities(
        "Учения завершились.\n\nРасчеты противовоздушной обороны сработали слаженно. Об этом \
сообщил командующий округом Сергей Кузовлев.\n\nЗанятия продолжатся весной.",
    );
    let q = find_by_cue(&doc, "сообщил");
    assert!(q.text.starts_with("Расчеты противовоздушной"), "{q:?}");
}

#[test]
fn experts_after_a_named_place_are_the_speakers_not_the_place() {
    let doc = analyse_with_entities(
        "Санкции обсуждаются.\n\nВ Минфине эксперты полагают, что инфляция замедлится.\n\n\
Решение ждут в мае.",
    );
    let q = find(&doc, "инфляция замедлится");
    assert_eq!(speaker(q), "эксперты");
}

#[test]
fn a_region_in_the_genitive_does_not_cut_the_speaker_after_the_dash() {
    let doc = analyse(
        "Паводок отступает.\n\n«Вода уходит быстрее прогноза», — рассказал глава \
Тверской области Игорь Руденя.\n\n«Дороги откроют к пятнице», — добавил мэр \
Ханты-Мансийского автономного округа Петр Лосев журналистам.",
    );
    assert_eq!(
        speaker(find(&doc, "Вода уходит")),
        "глава Тверской области Игорь Руденя"
    );
    assert_eq!(
        speaker(find(&doc, "Дороги откроют")),
        "мэр Ханты-Мансийского автономного округа Петр Лосев"
    );

    let doc = analyse(
        "Повінь відступає.\n\n«Вода йде швидше, ніж прогнозували», — розповів голова \
Житомирської обласної ради Петро Сидоренко.",
    );
    assert_eq!(
        speaker(find(&doc, "Вода йде")),
        "голова Житомирської обласної ради Петро Сидоренко"
    );
}

#[test]
fn a_role_with_a_country_and_a_posting_reaches_the_name() {
    let doc = analyse(
        "Визовый режим обсуждается.\n\n«Очереди сократятся», — пообещал посол Франции в \
Казахстане Жан Дюпон.",
    );
    assert_eq!(
        speaker(find(&doc, "Очереди сократятся")),
        "посол Франции в Казахстане Жан Дюпон"
    );
}

#[test]
fn a_definition_after_a_dash_is_no_authors_verb() {
    // "X — проект ...", "X — тема ...": a noun after the dash defines the
    // quoted title; nobody said it.
    for (text, title) in [
        (
            "Выставка открылась в Казани.\n\n«Мы помним!» — проект областного музея, \
собравший письма со всей страны.",
            "Мы помним",
        ),
        (
            "Форум завершился. «Время больших решений» — главная тема встречи, \
объединившей экспертов.",
            "Время больших",
        ),
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes
                .iter()
                .filter(|q| q.text.contains(title))
                .all(|q| q.cue.is_none() && q.speaker.text.is_none()),
            "{:?}",
            doc.quotes
        );
    }
    // An adverb before a verb the lexicon lacks still finds it.
    let doc = analyse(
        "Спор продолжился.\n\n«Кто будет за это платить?» — язвительно поинтересовался \
депутат Олег Кравцов.",
    );
    let q = find(&doc, "Кто будет");
    assert_eq!(cue(q), "поинтересовался");
    assert_eq!(speaker(q), "депутат Олег Кравцов");
}

#[test]
fn a_setting_after_the_speaker_is_not_part_of_it() {
    let doc = analyse(
        "Проверка продлится месяц. Об этом сообщил прокурор области во время встречи с \
фермерами.",
    );
    let q = find_by_cue(&doc, "сообщил");
    assert_eq!(speaker(q), "прокурор области");
}

#[test]
fn a_bodys_name_goes_on_through_its_lower_case_complement() {
    let doc = analyse(
        "Обстріли тривали всю ніч.\n\n«Противник зазнав втрат», — йдеться у повідомленні \
Служби безпеки України.",
    );
    assert!(
        speaker(find(&doc, "Противник зазнав")).ends_with("Служби безпеки України"),
        "{:?}",
        doc.quotes
    );
    let doc = analyse(
        "Учения завершились.\n\n«Задачи выполнены», — говорится в сообщении Министерства \
обороны.",
    );
    assert!(
        speaker(find(&doc, "Задачи выполнены")).ends_with("Министерства обороны"),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn a_role_before_a_body_names_a_person_of_it_not_the_body() {
    let doc = analyse_with_entities(
        "Переговоры по зерну продолжаются.\n\n«Мы не видим готовности к компромиссу», — \
заявил глава МИД.\n\nРанее представитель Минобороны сообщил, что учения завершены.",
    );
    let q = find(&doc, "Мы не видим");
    assert_eq!(q.speaker.name.as_deref(), Some("глава МИД"), "{q:?}");
    let q = find(&doc, "учения завершены");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("представитель Минобороны"),
        "{q:?}"
    );
}

#[test]
fn an_outlet_in_marks_after_a_venue_and_a_preposition_is_not_the_speaker() {
    let doc = analyse(
        "Рынок остывает.\n\nКак рассказал в беседе с «Ведомостями» аналитик банка Олег Рябов, \
ипотека дорожает.",
    );
    let q = find(&doc, "ипотека дорожает");
    assert_eq!(speaker(q), "аналитик банка Олег Рябов");
}

#[test]
fn the_head_of_state_is_the_president_named_before() {
    let doc = analyse_with_entities(
        "Президент Казахстана Касым-Жомарт Токаев провел совещание.\n\nГлава государства \
заявил, что реформа будет продолжена.",
    );
    let q = find(&doc, "реформа будет продолжена");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Касым-Жомарт Токаев"),
        "{q:?}"
    );

    let doc = analyse_with_entities(
        "Президентка Молдови Мая Санду провела нараду.\n\nГлава держави наголосила, що \
реформа триватиме.",
    );
    let q = find(&doc, "реформа триватиме");
    assert_eq!(q.speaker.name.as_deref(), Some("Мая Санду"), "{q:?}");
}

#[test]
fn the_person_an_outlet_quotes_is_the_speaker_not_the_outlet() {
    let doc = analyse_with_entities(
        "Министр энергетики Николай Шульгинов выступил на форуме.\n\n«Цены стабилизируются», \
— цитирует Шульгинова ТАСС.\n\n«Экспорт вырастет», — цитирует его РБК.",
    );
    let q = find(&doc, "Цены стабилизируются");
    assert_eq!(speaker(q), "Шульгинова");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Николай Шульгинов"),
        "{q:?}"
    );
    let q = find(&doc, "Экспорт вырастет");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("Николай Шульгинов"),
        "{q:?}"
    );
}

#[test]
fn commenting_reports_a_quotation_or_a_clause_never_its_topic() {
    let doc = analyse_with_entities(
        "Переговоры сорваны.\n\nОфициальный представитель МИД Мария Захарова выступила на \
брифинге. Захарова прокомментировала слова госсекретаря: «Это очередная выдумка».\n\n\
Министр финансов Антон Силуанов прокомментировал ситуацию с курсом рубля.",
    );
    let q = find(&doc, "Это очередная выдумка");
    assert_eq!(cue(q), "прокомментировала");
    assert_eq!(q.speaker.name.as_deref(), Some("Мария Захарова"), "{q:?}");
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("курсом рубля")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn a_headline_of_a_name_a_colon_and_a_quotation_is_direct_speech() {
    let doc = analyse_with_entities(
        "Кулеба: «Україна не піде на поступки»\n\nМіністр закордонних справ Дмитро Кулеба \
виступив у вівторок. Кулеба наголосив, що переговори тривають.",
    );
    let q = find(&doc, "Україна не піде");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "Україна не піде на поступки");
    assert_eq!(q.speaker.name.as_deref(), Some("Дмитро Кулеба"), "{q:?}");
}

#[test]
fn a_body_in_lower_case_after_the_source_phrase_is_the_source() {
    let doc = analyse(
        "Пожар потушен.\n\nКак сообщили в пресс-службе областного управления МЧС, пострадавших \
нет.\n\nЯк повідомили в пресслужбі обласної прокуратури, справу передано до суду.",
    );
    let q = find(&doc, "пострадавших нет");
    assert!(speaker(q).starts_with("пресс-службе"), "{q:?}");
    let q = find(&doc, "справу передано");
    assert!(speaker(q).starts_with("пресслужбі"), "{q:?}");
}

#[test]
fn naming_with_a_quotation_is_a_partial_quote_and_without_one_nothing() {
    let doc = analyse(
        "Переговоры зашли в тупик.\n\nПесков назвал это предложение «несерьезным».\n\n\
Фермер назвал сына Иваном.\n\nПодоляк назвав цю пропозицію «несерйозною».",
    );
    let partial = |words: &str| {
        doc.quotes
            .iter()
            .find(|q| q.text == words && q.kind == QuoteKind::Partial)
            .unwrap_or_else(|| panic!("no partial quote {words:?}: {:?}", doc.quotes))
    };
    assert_eq!(speaker(partial("несерьезным")), "Песков");
    assert_eq!(speaker(partial("несерйозною")), "Подоляк");
    assert!(
        doc.quotes.iter().all(|q| !q.text.contains("Иваном")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn a_lead_word_before_the_authors_verb_is_how_it_was_said() {
    let doc = analyse(
        "Суд оставил приговор в силе. «Мы обжалуем это решение», — так ответил юрист Пётр Носов.",
    );
    let q = find(&doc, "Мы обжалуем");
    assert_eq!(cue(q), "ответил");
    assert_eq!(speaker(q), "юрист Пётр Носов");

    let doc = analyse("Суд залишив вирок без змін. «Ми оскаржимо це рішення», — саме так відповів юрист Петро Носенко.");
    let q = find(&doc, "Ми оскаржимо");
    assert_eq!(cue(q), "відповів");
    assert_eq!(speaker(q), "юрист Петро Носенко");
}

#[test]
fn the_object_of_the_authors_verb_comes_before_its_speaker() {
    // Verb, object with its complement, then the subject: a role noun in
    // the nominative and a name.
    let doc = analyse(
        "Завод закрыли на две недели. «Мы этого ждали», — прокомментировал решение властей \
экономист Глеб Фомин.",
    );
    let q = find(&doc, "Мы этого ждали");
    assert_eq!(cue(q), "прокомментировал");
    assert_eq!(speaker(q), "экономист Глеб Фомин");

    let doc = analyse(
        "Завод закрили на два тижні. «Ми цього чекали», — так прокоментував рішення влади \
економіст Гліб Фоменко.",
    );
    let q = find(&doc, "Ми цього чекали");
    assert_eq!(speaker(q), "економіст Гліб Фоменко");

    // A subject opened by an adjective or a possessive keeps it: nothing
    // there is an object.
    let doc = analyse("«Сроки сорваны», — заявил бывший министр транспорта Олег Рыбин.");
    assert_eq!(
        speaker(find(&doc, "Сроки сорваны")),
        "бывший министр транспорта Олег Рыбин"
    );
    let doc = analyse("«Сроки сорваны», — добавил его заместитель Олег Рыбин.");
    assert_eq!(
        speaker(find(&doc, "Сроки сорваны")),
        "его заместитель Олег Рыбин"
    );
}

#[test]
fn after_not_this_but_that_the_speaker_is_the_one_named_last() {
    let doc = analyse(
        "«Переговоры зашли в тупик», — так сказал не где-нибудь, а на саммите в Женеве, \
и не кто-нибудь, а министр финансов Глеб Фомин.",
    );
    let q = find(&doc, "Переговоры зашли в тупик");
    assert_eq!(cue(q), "сказал");
    assert_eq!(speaker(q), "министр финансов Глеб Фомин");
}

#[test]
fn a_surname_agreeing_with_the_verb_is_its_subject_before_a_named_object() {
    // One capitalised word opens the sentence, the object after the verb
    // names someone: a surname whose ending agrees with the verb's is the
    // subject, not an object put first.
    let doc = analyse("Захарова назвала слова Блинкена «очередной ложью».");
    let q = find_by_cue(&doc, "назвала");
    assert_eq!(speaker(q), "Захарова");
    let doc = analyse("Песков назвал заявление Байдена «абсурдным».");
    assert_eq!(speaker(find_by_cue(&doc, "назвал")), "Песков");
    let doc = analyse("Резніков назвав заяву Шойгу «брехнею».");
    assert_eq!(speaker(find_by_cue(&doc, "назвав")), "Резніков");
    // A plural object in "-а" before a verb in the masculine is no subject.
    let doc = analyse("Имена сообщил сегодня президент академии наук Олег Гусев.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "Имена"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn after_a_conjunction_of_cause_the_verb_keeps_the_clauses_subject() {
    let doc = analyse(
        "Відомо, що Шевченко не любив опери, бо вважав, що на сцені все мусить бути як у житті.",
    );
    let q = find_by_cue(&doc, "вважав");
    assert_eq!(speaker(q), "Шевченко");
    let doc =
        analyse("Говорят, что Толстой не любил Шекспира, ибо считал, что тот выдумывает лишнее.");
    assert_eq!(speaker(find_by_cue(&doc, "считал")), "Толстой");
}

#[test]
fn naming_or_judging_oneself_reports_no_words() {
    let doc = analyse("Частка тих, хто назвав себе «українцями», за рік зросла.");
    assert!(
        doc.quotes.iter().all(|q| cue(q) != "назвав"),
        "{:#?}",
        doc.quotes
    );
    let doc = analyse("Суд покарає того, хто вважає себе безкарним.");
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // Naming someone else with a quotation is still a report.
    let doc = analyse("Кулеба назвав заяву Лаврова «брехнею».");
    assert_eq!(cue(find(&doc, "брехнею")), "назвав");
}

#[test]
fn a_source_placed_in_a_body_is_the_source_not_the_body() {
    // The entity layer finds the body; the speaker is the unnamed person
    // who works there (named in the nominative).
    let doc = analyse_with_entities(
        "Бюджет республики невелик. По словам собеседника издания в правительстве Южной \
Осетии, представительства работают давно. Как сообщил источник ТАСС, переговоры отложены.",
    );
    let q = find(&doc, "представительства работают давно");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("собеседник издания в правительстве Южной Осетии"),
        "{q:#?}"
    );
    assert!(q.speaker.entity.is_none(), "{q:#?}");
    let q = find(&doc, "переговоры отложены");
    assert_eq!(q.speaker.name.as_deref(), Some("источник ТАСС"), "{q:#?}");
}

#[test]
fn what_an_impersonal_report_is_about_is_not_its_source() {
    let doc = analyse("В докладе организации говорится об 11 погибших от «лепестков» в области.");
    assert_eq!(speaker(find(&doc, "лепестков")), "докладе организации");
    let doc = analyse("У зверненні міністерства йдеться про «повну підтримку» партнерів.");
    assert_eq!(
        speaker(find(&doc, "повну підтримку")),
        "зверненні міністерства"
    );
    // Where the document is named after the verb, it is the source.
    let doc = analyse("«Переговоры продолжатся», — говорится в заявлении министерства.");
    assert_eq!(
        speaker(find(&doc, "Переговоры продолжатся")),
        "заявлении министерства"
    );
}

#[test]
fn an_occasion_between_the_name_and_the_verb_is_no_part_of_the_speaker() {
    for text in [
        "Глава МИД Олег Рыбин в ходе пресс-конференции заявил, что страна открыта для диалога.",
        "Олег Рыбин на пресс-конференции заявил, что страна открыта для диалога.",
        "Олег Рыбин в ходе брифинга заявил, что страна открыта для диалога.",
    ] {
        let doc = analyse(text);
        let q = find_by_cue(&doc, "заявил");
        assert!(speaker(q).ends_with("Олег Рыбин"), "{text}: {q:#?}");
        assert_eq!(q.text, "что страна открыта для диалога", "{text}");
    }
    // A phrase that is no gathering stays the speaker's ("один из ...").
    let doc = analyse("Один из рупоров оппозиции заявил, что выборы отложат.");
    assert!(
        doc.quotes.iter().all(|q| speaker(q) != "Один"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_body_after_a_plural_authors_verb_speaks() {
    let doc = analyse("«Работы будут завершены в срок», — отметили в пресс-службе ведомства.");
    let q = find(&doc, "Работы будут завершены");
    assert_eq!(cue(q), "отметили");
    assert_eq!(speaker(q), "пресс-службе ведомства");
    let doc = analyse("«Роботи завершать вчасно», — зазначили в пресслужбі відомства.");
    assert_eq!(
        speaker(find(&doc, "Роботи завершать")),
        "пресслужбі відомства"
    );
    // A verb in the singular keeps its own subject after the phrase.
    let doc = analyse("«Работы завершат в срок», — сообщил в понедельник министр Олег Рыбин.");
    assert!(
        speaker(find(&doc, "Работы завершат")).ends_with("Олег Рыбин"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn a_pronoun_for_a_body_is_the_body_not_the_place_in_its_name() {
    let doc = analyse_with_entities(
        "Про це повідомила пресслужба Міністерства оборони України.\n\n\
«Ми не відступимо», — наголосила вона під час брифінгу.",
    );
    let q = find(&doc, "Ми не відступимо");
    assert_eq!(
        q.speaker.name.as_deref(),
        Some("пресслужба Міністерства оборони України"),
        "{q:#?}"
    );
}

#[test]
fn an_outlets_latin_name_after_its_descriptor_runs_on_to_its_last_word() {
    let doc =
        analyse("Министр обороны Мариуш Блащак в эфире радиостанции RMF FM сказал: «Мы готовы».");
    assert_eq!(
        speaker(find(&doc, "Мы готовы")),
        "Министр обороны Мариуш Блащак"
    );
    let doc = analyse("«Мы готовы», — сказал в эфире радиостанции RMF FM министр Мариуш Блащак.");
    assert_eq!(speaker(find(&doc, "Мы готовы")), "министр Мариуш Блащак");
}

#[test]
fn a_plural_verb_after_the_quote_names_the_body_it_speaks_for() {
    let doc = analyse("«Рейс задержан до утра», — уточнили в пресс-службе аэропорта.");
    let q = find(&doc, "Рейс задержан");
    assert_eq!(cue(q), "уточнили");
    assert_eq!(speaker(q), "пресс-службе аэропорта");

    let doc = analyse("«Рейс затримано до ранку», — уточнили в пресслужбі аеропорту.");
    let q = find(&doc, "Рейс затримано");
    assert_eq!(cue(q), "уточнили");
    assert_eq!(speaker(q), "пресслужбі аеропорту");
}

#[test]
fn a_belief_named_by_a_noun_before_its_clause_is_reported() {
    let doc =
        analyse("Глава банка Ирина Светлова выразила уверенность, что кредиты подешевеют к лету.");
    let q = find_by_cue(&doc, "выразила уверенность");
    assert_eq!(q.text, "что кредиты подешевеют к лету");
    assert_eq!(speaker(q), "Глава банка Ирина Светлова");

    let doc = analyse("Мер Степан Гнатюк висловив сподівання, що міст відкриють восени.");
    let q = find_by_cue(&doc, "висловив сподівання");
    assert_eq!(q.text, "що міст відкриють восени");
    assert_eq!(speaker(q), "Мер Степан Гнатюк");

    // Fear and hope report a clause; what they take as an object or an
    // infinitive is no one's words.
    let doc = analyse(
        "Фермеры опасаются, что урожай погибнет от засухи. Фермеры опасаются засухи. \
         Губернатор выразил соболезнования родным погибших. Власти надеются привлечь инвесторов.",
    );
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
    assert_eq!(doc.quotes[0].text, "что урожай погибнет от засухи");
}

#[test]
fn a_speaker_after_an_occasion_phrase_is_the_subject_not_the_occasion() {
    let doc = analyse("В телефонном разговоре министр заявил, что переговоры продолжатся.");
    let q = find_by_cue(&doc, "заявил");
    assert_eq!(speaker(q), "министр");

    let doc =
        analyse("В телефонном разговоре лидеры выразили надежду, что переговоры продолжатся.");
    let q = find_by_cue(&doc, "выразили надежду");
    assert_eq!(speaker(q), "лидеры");

    let doc = analyse("У телефонній розмові експерти заявили, що переговори триватимуть.");
    let q = find_by_cue(&doc, "заявили");
    assert_eq!(speaker(q), "експерти");
}

#[test]
fn an_agency_citing_its_source_at_length_is_the_speaker() {
    let doc = analyse(
        "Как сообщило агентство Интерфакс со ссылкой на источник в правоохранительных органах, \
         подозреваемый задержан в Казани.",
    );
    let q = find(&doc, "подозреваемый задержан");
    assert!(speaker(q).starts_with("агентство Интерфакс"), "{q:#?}");
}

#[test]
fn an_outlets_acronym_after_an_anaphoric_opening_is_whom_the_source_told() {
    let doc = analyse(
        "Сделка по продаже завода сорвалась. Об этом РБК рассказал источник, близкий к \
         руководству компании.",
    );
    let q = find(&doc, "Сделка по продаже");
    assert_eq!(cue(q), "рассказал");
    assert!(speaker(q).starts_with("источник"), "{q:#?}");
    // The outlet alone after the verb is the speaker.
    let doc = analyse("Сделка по продаже завода сорвалась. Об этом сообщил ТАСС.");
    assert_eq!(speaker(find(&doc, "Сделка по продаже")), "ТАСС");
}

#[test]
fn a_report_is_the_source_of_an_agentless_as_is_said_phrase() {
    let doc = analyse("Як повідомляється в заяві, кількість біженців перевищила мільйон.");
    let q = find(&doc, "кількість біженців");
    assert_eq!(speaker(q), "заяві");
    let doc = analyse("Як зазначається в повідомленні, кількість біженців перевищила мільйон.");
    assert_eq!(speaker(find(&doc, "кількість біженців")), "повідомленні");
    let doc = analyse("«Ми готові до діалогу», — цитує Укрінформ слова міністра.");
    assert_eq!(cue(find(&doc, "Ми готові")), "цитує");
}

#[test]
fn the_occasion_and_the_office_around_a_speaker_after_the_verb() {
    // The occasion before the role is not part of the speaker.
    let doc = analyse("«Ми збили всі ракети», — сказав під час брифінгу речник Юрій Ігнат.");
    assert_eq!(speaker(find(&doc, "Ми збили")), "речник Юрій Ігнат");
    let doc =
        analyse("«Мы сбили все ракеты», — сказал во время брифинга представитель ВВС Юрий Игнат.");
    assert_eq!(
        speaker(find(&doc, "Мы сбили")),
        "представитель ВВС Юрий Игнат"
    );
    // An office that a capitalised word opens and a lower-case one closes
    // runs on to the name after it.
    let doc =
        analyse("«Ми збили всі ракети», — сказав на брифінгу речник Повітряних сил Юрій Ігнат.");
    assert_eq!(
        speaker(find(&doc, "Ми збили")),
        "речник Повітряних сил Юрій Ігнат"
    );
}

#[test]
fn a_place_after_the_subject_is_where_it_speaks_not_who() {
    let doc = analyse("Собеседники «Медузы» в Вилючинске говорят, что завод закроют весной.");
    assert_eq!(
        speaker(find_by_cue(&doc, "говорят")),
        "Собеседники «Медузы»"
    );
}

#[test]
fn an_outlet_in_marks_after_a_venue_noun_leaves_the_subject_before_it() {
    for text in [
        "Госдума обсудила законопроект.\n\nДепутат Иван Иванов в интервью «Известиям» отметил, \
         что закон нуждается в доработке.",
        "Госдума обсудила законопроект.\n\nДепутат Иван Иванов в беседе с «Известиями» отметил, \
         что закон нуждается в доработке.",
    ] {
        let doc = analyse_with_entities(text);
        let q = find_by_cue(&doc, "отметил");
        assert_eq!(q.speaker.name.as_deref(), Some("Иван Иванов"), "{text}");
        assert_eq!(q.text, "что закон нуждается в доработке");
    }
}

#[test]
fn an_estimate_or_a_forecast_names_its_source() {
    let doc = analyse("По оценке Минэкономразвития, экономика вырастет на 2%.");
    assert_eq!(
        speaker(find(&doc, "экономика вырастет")),
        "Минэкономразвития"
    );
    let doc = analyse("За прогнозом синоптиків, у Києві випаде сніг.");
    assert_eq!(speaker(find(&doc, "випаде сніг")), "синоптиків");
}

#[test]
fn a_source_phrase_with_a_plural_or_a_relaying_verb_names_its_source() {
    for (text, content, who) in [
        (
            "На складе в Туле началась внеплановая ревизия.\n\nКак отметили в пресс-службе \
             ведомства, ревизия завершится к пятнице.",
            "ревизия завершится к пятнице",
            "пресс-службе ведомства",
        ),
        (
            "На складе в Туле началась внеплановая ревизия.\n\nКак передает Интерфакс, в ревизии \
             участвуют сотрудники прокуратуры.",
            "в ревизии участвуют сотрудники прокуратуры",
            "Интерфакс",
        ),
        (
            "На складі у Полтаві почалася позапланова ревізія.\n\nЯк наголосили у відомстві, \
             ревізія завершиться до п'ятниці.",
            "ревізія завершиться до п'ятниці",
            "відомстві",
        ),
        (
            "На складі у Полтаві почалася позапланова ревізія.\n\nЯк пишуть місцеві медіа, \
             працівників не відпускають додому.",
            "працівників не відпускають додому",
            "місцеві медіа",
        ),
    ] {
        let doc = analyse(text);
        let q = find(&doc, content);
        assert_eq!(q.text, content, "{text}");
        assert_eq!(speaker(q), who, "{text}");
    }
}

#[test]
fn a_channel_named_in_latin_letters_is_no_person_a_pronoun_stands_for() {
    let doc = analyse_with_entities(
        "Ночью над городом сбили два беспилотника.\n\nОб этом в своем Telegram-канале \
         сообщил мэр города Андрей Воробьев.\n\n«Пострадавших нет», — добавил он.",
    );
    let q = find(&doc, "Пострадавших нет");
    assert_eq!(q.speaker.name.as_deref(), Some("Андрей Воробьев"), "{q:#?}");
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("Telegram")),
        "{:#?}",
        doc.entities
    );
}

#[test]
fn an_outlet_that_relays_someones_words_after_the_dash_is_not_the_speaker() {
    for (text, who) in [
        (
            "Правительство одобрило бюджет.\n\n«Дефицит сократится уже в этом году», — цитирует \
             Интерфакс слова вице-премьера.",
            "вице-премьера",
        ),
        (
            "Правительство одобрило бюджет.\n\n«Оснований для паники нет», — приводит РБК слова \
             Алексея Орлова.",
            "Алексея Орлова",
        ),
        (
            "Уряд схвалив бюджет.\n\n«Дефіцит скоротиться вже цього року», — цитує Укрінформ \
             слова віцепрем'єра.",
            "віцепрем'єра",
        ),
    ] {
        let doc = analyse(text);
        let q = doc
            .quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Direct)
            .unwrap_or_else(|| panic!("no direct quote in {text}: {:#?}", doc.quotes));
        assert_eq!(speaker(q), who, "{text}");
    }
}

#[test]
fn a_pronoun_in_an_oblique_case_that_nothing_resolves_names_no_one() {
    let doc = analyse(
        "Учора редакція отримала листа.\n\nУ ньому йшлося, що ремонт школи знову відкладуть.",
    );
    let q = find(&doc, "ремонт школи");
    assert_eq!(speaker(q), "ньому");
    assert_eq!(q.speaker.name, None, "{q:#?}");
}

#[test]
fn an_outlet_in_marks_after_the_verb_that_ends_the_report_is_its_source() {
    let doc = analyse(
        "Новости дня.\n\nМинфин предложил повысить акцизы на сладкие напитки, пишет «Ведомости».",
    );
    let q = find(&doc, "повысить акцизы");
    assert_eq!(cue(q), "пишет");
    assert_eq!(speaker(q), "Ведомости");

    // A prepositional phrase naming no one may follow the outlet.
    let doc = analyse(
        "Новини дня.\n\nМіністерство фінансів запропонувало підвищити акцизи на солодкі напої, \
пише «Економічна правда» з посиланням на проєкт постанови.",
    );
    let q = find(&doc, "підвищити акцизи");
    assert_eq!(speaker(q), "Економічна правда");

    // An outlet followed by who spoke, or by a comma and a clause, is whom
    // the words were told.
    let doc = analyse(
        "Новости дня.\n\n«Решение уже принято», — объясняет «Медузе» человек, знакомый с ходом \
переговоров.",
    );
    let q = find(&doc, "Решение уже принято");
    assert_ne!(speaker(q), "Медузе");
    let doc = analyse(
        "Новости дня.\n\nДиректор завода Петр Ильин подтвердил «Медузе», что производство \
остановлено.",
    );
    let q = find(&doc, "производство");
    assert_eq!(speaker(q), "Директор завода Петр Ильин");
}

#[test]
fn a_plural_dative_before_the_verb_is_whom_it_was_told_even_first_in_the_sentence() {
    let doc = analyse(
        "Новости дня.\n\nЖурналистам рассказал глава района Олег Ветров, что дорогу откроют в мае.",
    );
    let q = find(&doc, "дорогу откроют");
    assert_eq!(speaker(q), "глава района Олег Ветров");
    let doc = analyse(
        "Новини дня.\n\nЖурналістам розповів голова району Олег Вітер, що дорогу відкриють у травні.",
    );
    let q = find(&doc, "дорогу відкриють");
    assert_eq!(speaker(q), "голова району Олег Вітер");
}

#[test]
fn two_phrases_joined_by_a_conjunction_speak_together() {
    let doc = analyse(
        "Новости дня.\n\nРуководство парка и департамент культуры заявили, что фонтан \
восстановлен верно.",
    );
    let q = find(&doc, "фонтан");
    assert_eq!(speaker(q), "Руководство парка и департамент культуры");
    let doc = analyse(
        "Новини дня.\n\nМіністерство та Генштаб повідомили, що коридор для евакуації відкриють \
у понеділок.",
    );
    let q = find(&doc, "коридор");
    assert_eq!(speaker(q), "Міністерство та Генштаб");
}

#[test]
fn a_body_named_after_an_opening_adverb_of_time_speaks_as_a_whole() {
    let doc = analyse(
        "Новости дня.\n\nРанее в администрации города заявили, что мост закроют на ремонт.\n\n\
Вчера в министерстве сообщили, что тарифы не изменятся.",
    );
    let q = find(&doc, "мост закроют");
    assert_eq!(speaker(q), "администрации города");
    let q = find(&doc, "тарифы не изменятся");
    assert_eq!(speaker(q), "министерстве");
    let doc =
        analyse("Новини дня.\n\nРаніше в адміністрації міста заявили, що міст закриють на ремонт.");
    let q = find(&doc, "міст закриють");
    assert_eq!(speaker(q), "адміністрації міста");
}

#[test]
fn a_promise_reports_its_infinitive_however_short() {
    let doc = analyse("Новости дня.\n\nВ федерации пообещали проверить жалобу.");
    let q = find(&doc, "проверить жалобу");
    assert_eq!(cue(q), "пообещали");
    assert_eq!(speaker(q), "федерации");
    let doc = analyse("Новини дня.\n\nМер пообіцяв перевірити скаргу.");
    let q = find(&doc, "перевірити скаргу");
    assert_eq!(speaker(q), "Мер");
    // An inverted subject is no infinitive's content ("пообещали власти").
    let doc = analyse("Новости дня.\n\nОтремонтировать дорогу пообещали власти района.");
    assert!(
        doc.quotes.iter().all(|q| q.text != "власти района"),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn people_named_in_lower_case_after_a_conjunction_speak() {
    let doc = analyse(
        "Новости дня.\n\nСпасатели работали всю ночь, а очевидцы рассказали, что пожар начался \
в подвале.",
    );
    let q = find(&doc, "пожар начался");
    assert_eq!(speaker(q), "очевидцы");
    let doc = analyse(
        "Новини дня.\n\nРятувальники працювали всю ніч, а мешканці розповіли, що пожежа почалася \
в підвалі.",
    );
    let q = find(&doc, "пожежа почалася");
    assert_eq!(speaker(q), "мешканці");
}

#[test]
fn a_verb_after_i_shares_the_subject_that_opens_the_sentence() {
    let doc = analyse(
        "Новости дня.\n\nГлава района Сергей Орлов поблагодарил строителей и отметил, что школу \
откроют к сентябрю.",
    );
    let q = find(&doc, "школу откроют");
    assert_eq!(speaker(q), "Глава района Сергей Орлов");
    let doc = analyse(
        "Новини дня.\n\nМіський голова Олег Бойко подякував волонтерам і зазначив, що школу \
відкриють до вересня.",
    );
    let q = find(&doc, "школу відкриють");
    assert_eq!(speaker(q), "Міський голова Олег Бойко");
}

#[test]
fn an_outlet_after_the_verb_was_told_and_the_source_after_it_spoke() {
    // "рассказал ТАСС источник": the agency, indeclinable, is the
    // addressee; a surname before a dative keeps the words.
    let doc = analyse(
        "Новости дня.\n\n«Ситуация на границе остается напряженной», — рассказал ТАСС источник в \
силовых структурах.\n\nОбстановка в городе спокойная, сообщил РИА Новости собеседник в мэрии.\
\n\n«Мы имеем основания говорить, что это народный проект», — сообщил Собянин президенту.",
    );
    assert_eq!(speaker(find(&doc, "на границе остается")), "источник");
    assert_eq!(speaker(find(&doc, "в городе спокойная")), "собеседник");
    assert_eq!(speaker(find(&doc, "народный проект")), "Собянин");
    let doc = analyse(
        "Новини дня.\n\n«Ситуація залишається напруженою», – розповів РБК-Україна джерело в СБУ.",
    );
    assert_eq!(speaker(find(&doc, "залишається напруженою")), "джерело");
}

#[test]
fn an_outlet_in_marks_may_sit_in_the_aside_between_subject_and_verb() {
    let doc = analyse(
        "Новости дня.\n\nЭксперты, опрошенные «Известиями», полагают, что ставка ЦБ останется на \
прежнем уровне.\n\nМарк Берендт, директор программ в «Freedom House», заметил, что новые \
требования вредят организациям.",
    );
    assert!(speaker(find(&doc, "ставка ЦБ")).starts_with("Эксперты"));
    assert!(speaker(find(&doc, "новые требования")).starts_with("Марк Берендт"));
    // A clause between the commas is no aside (a guard: the marks in it
    // do not make "отказался разговаривать с «Медузой»" part of a name).
    let doc = analyse(
        "Новости дня.\n\nРауль Смыр, ушедший из компании, отказался разговаривать с «Медузой», \
сказав, что уже погружен в новое дело.",
    );
    assert!(
        doc.quotes.iter().all(|q| !speaker(q).contains("ушедший")),
        "{:#?}",
        doc.quotes
    );
}

#[test]
fn the_speakers_appositive_after_po_slovam_is_not_what_was_said() {
    let doc = analyse(
        "Рынок растет.\n\n\
По словам Ивана Петрова, известного экономиста, продажи выросли на треть.\n\n\
За словами Олександра Котенка, відомого ловця шахраїв, фото дітей продають в інтернеті.\n\n\
По словам министра, бюджет, принятый вчера, будет исполнен.",
    );
    assert_eq!(
        find(&doc, "продажи выросли").text,
        "продажи выросли на треть"
    );
    assert_eq!(
        find(&doc, "фото дітей").text,
        "фото дітей продають в інтернеті"
    );
    // Words after the comma that are no appositive stay the report.
    assert_eq!(
        find(&doc, "будет исполнен").text,
        "бюджет, принятый вчера, будет исполнен"
    );
}

#[test]
fn a_short_quotation_before_the_authors_verb_is_direct_speech() {
    let doc = analyse(
        "Переговоры затянулись.\n\n«Мы готовы», — заявил Кантор.\n\n«Ні», — відповів міністр.",
    );
    let q = find(&doc, "Мы готовы");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "Кантор");
    let q = find(&doc, "Ні");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "міністр");
}

#[test]
fn dash_dialogue_takes_an_author_verb_the_lexicon_does_not_list() {
    let doc = analyse(
        "Эксперты спорят о причинах.\n\n— Это очень непонятный случай, — недоумевает Юргенс.\n\n\
— Такого ще не було, — дивується голова громади.",
    );
    let q = find(&doc, "непонятный случай");
    assert_eq!(q.text, "Это очень непонятный случай");
    assert_eq!(cue(q), "недоумевает");
    assert_eq!(speaker(q), "Юргенс");
    let q = find(&doc, "Такого ще не було");
    assert_eq!(q.text, "Такого ще не було");
    assert_eq!(speaker(q), "голова громади");
}

#[test]
fn an_addressee_in_the_dative_is_not_the_speaker() {
    // After the verb, with an outlet in marks: the subject before it speaks.
    let doc =
        analyse("Сторож склада сообщил корреспонденту «Ведомостей», что на складе хранится зерно.");
    let q = find(&doc, "на складе хранится зерно");
    assert_eq!(speaker(q), "Сторож склада");

    // Before a plural verb, with no subject anywhere: an agentless report.
    let doc = analyse("Когда он снова пришел в мэрию, Соколову ответили, что «вопрос уже решен».");
    let q = find_by_cue(&doc, "ответили");
    assert_eq!(speaker(q), "", "{q:#?}");
    let doc = analyse("Петрову повідомили, що його звільнять.");
    let q = find_by_cue(&doc, "повідомили");
    assert_eq!(speaker(q), "", "{q:#?}");

    // A Ukrainian plural ending as a dative does is still the subject.
    let doc = analyse("Рятувальники повідомили, що пожежу вже загасили.");
    let q = find_by_cue(&doc, "повідомили");
    assert_eq!(speaker(q), "Рятувальники");
}

#[test]
fn a_pronoun_alone_after_a_verb_of_noticing_is_no_report() {
    let doc = analyse("Впервые Иван Сидоров заметил их в марте 2019 года.");
    assert!(doc.quotes.is_empty(), "{:#?}", doc.quotes);
    // A pronoun before a quoted name is still what the name was given to.
    let doc = analyse("Президент назвал его «надежным партнером» и пожелал успехов.");
    let q = find(&doc, "надежным партнером");
    assert_eq!(cue(q), "назвал");
}

#[test]
fn a_phrase_opened_by_a_reflexive_possessive_is_an_object_not_a_speaker() {
    for text in [
        "Молода плавчиня, призерка чемпіонату Європи, підтвердила свій високий рівень.",
        "Опытный вратарь, чемпион мира, подтвердил свой высокий класс.",
    ] {
        let doc = analyse(text);
        assert!(
            doc.quotes.iter().all(|q| !speaker(q).starts_with("сво")),
            "{text}: {:#?}",
            doc.quotes
        );
    }
}

#[test]
fn a_second_verb_of_saying_joined_by_and_is_its_own_report() {
    let doc =
        analyse("Министр финансов заявил, что бюджет исполнен, и добавил, что налоги не вырастут.");
    let q = find_by_cue(&doc, "заявил");
    assert_eq!(q.text, "что бюджет исполнен");
    let q = find_by_cue(&doc, "добавил");
    assert_eq!(q.text, "что налоги не вырастут");
    assert_eq!(speaker(q), "Министр финансов");

    let doc =
        analyse("Міністр фінансів заявив, що бюджет виконано, і додав, що податки не зростуть.");
    let q = find_by_cue(&doc, "заявив");
    assert_eq!(q.text, "що бюджет виконано");
    let q = find_by_cue(&doc, "додав");
    assert_eq!(speaker(q), "Міністр фінансів");

    // A verb after "и" with no verb of saying before it shares the
    // subject that opens the sentence, a role or a name.
    // (As the pipeline reads it: Russian, so the English tagger stays out.)
    let meta = claimtrace_core::Metadata {
        language: Some("ru".into()),
        ..Default::default()
    };
    let doc = common::analyse_with(
        "Губернатор поблагодарил строителей и отметил, что мост готов.",
        meta,
    );
    let q = find_by_cue(&doc, "отметил");
    assert_eq!(speaker(q), "Губернатор");
}

#[test]
fn a_clause_with_its_own_speaker_after_a_conjunction_is_another_report() {
    let doc = analyse(
        "Мэр сказал, что мост откроют в мае, а губернатор заявил, что работы затянутся до осени.",
    );
    let q = find_by_cue(&doc, "сказал");
    assert_eq!(q.text, "что мост откроют в мае");
    let q = find_by_cue(&doc, "заявил");
    assert_eq!(speaker(q), "губернатор");
    let doc = analyse(
        "Мер сказав, що міст відкриють у травні, а губернатор заявив, що роботи затягнуться.",
    );
    let q = find_by_cue(&doc, "сказав");
    assert_eq!(q.text, "що міст відкриють у травні");
    let q = find_by_cue(&doc, "заявив");
    assert_eq!(speaker(q), "губернатор");
}

#[test]
fn a_dash_and_a_verb_after_a_that_clause_is_the_speakers_next_act() {
    let doc =
        analyse("Охранники ответили, что «здесь всё решено» — и попросили съёмочную группу уйти.");
    let q = find_by_cue(&doc, "ответили");
    assert_eq!(q.text, "что «здесь всё решено»");
    // A preposition after the dash ends as a Ukrainian past verb does
    // ("в"): no verb, no cut.
    let doc = analyse(
        "Чиновник пояснил, что дорогу проектировали в обход застройки — и в то время участок был пуст.",
    );
    let q = find_by_cue(&doc, "пояснил");
    assert!(q.text.ends_with("участок был пуст"), "{q:#?}");
}

#[test]
fn a_source_of_an_outlet_in_guillemets_is_the_speaker() {
    let doc = analyse("Источник «Коммерсанта» пояснил, что сделка сорвалась.");
    let q = find_by_cue(&doc, "пояснил");
    assert_eq!(speaker(q), "Источник «Коммерсанта»");
    let doc = analyse("Джерело «Економічної правди» повідомило, що угоду зірвано.");
    let q = find_by_cue(&doc, "повідомило");
    assert_eq!(speaker(q), "Джерело «Економічної правди»");
    // With the body it speaks from.
    let doc = analyse("Собеседник «Коммерсанта» в правительстве сообщил, что решение принято.");
    let q = find_by_cue(&doc, "сообщил");
    assert_eq!(speaker(q), "Собеседник «Коммерсанта» в правительстве");
    // A company in marks is no source noun's outlet: no speaker made of
    // half its name.
    let doc = analyse("В компании «Северный ветер» сообщили, что рейсы отменены.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !speaker(q).ends_with('»') || speaker(q).contains('«')),
        "{:#?}",
        doc.quotes
    );
}
