//! Russian. The lists are those of `en.rs` (documented there and on
//! [`crate::Lexicon`]); a class the language lacks is empty.

use crate::Office;

pub const MONTH_ABBREVIATIONS: [&[&str]; 12] = [&[]; 12];

pub const MONTH_AFTER_DAY: Option<usize> = Some(1);

/// Singular past-tense forms of a verb given as its masculine past form:
/// "заявил" -> заявил, заявила, заявило; "признался" -> призналась,
/// призналось. Other words are their own only form.
pub fn inflect(base: &str) -> Vec<String> {
    if let Some(stem) = base.strip_suffix("лся") {
        return vec![
            base.to_string(),
            format!("{stem}лась"),
            format!("{stem}лось"),
        ];
    }
    if base.ends_with('л') {
        return ["", "а", "о"]
            .iter()
            .map(|ending| format!("{base}{ending}"))
            .collect();
    }
    vec![base.to_string()]
}

pub const MONTHS: [&[&str]; 12] = [
    &["январь", "января", "январе", "январём", "январем"],
    &["февраль", "февраля", "феврале", "февралём", "февралем"],
    &["март", "марта", "марте", "мартом"],
    &["апрель", "апреля", "апреле", "апрелем"],
    &["май", "мая", "мае", "маем"],
    &["июнь", "июня", "июне", "июнем"],
    &["июль", "июля", "июле", "июлем"],
    &["август", "августа", "августе", "августом"],
    &["сентябрь", "сентября", "сентябре", "сентябрём", "сентябрем"],
    &["октябрь", "октября", "октябре", "октябрём", "октябрем"],
    &["ноябрь", "ноября", "ноябре", "ноябрём", "ноябрем"],
    &["декабрь", "декабря", "декабре", "декабрём", "декабрем"],
];

pub const WEEKDAYS: [&[&str]; 7] = [
    &["понедельник", "понедельника"],
    &["вторник", "вторника"],
    &["среда", "среду", "среды"],
    &["четверг", "четверга"],
    &["пятница", "пятницу", "пятницы"],
    &["суббота", "субботу", "субботы"],
    &["воскресенье", "воскресенья"],
];

pub const INSTITUTION_NAMES: &[&str] = &[
    // Platforms: an organisation, never a person ("в соціальній мережі
    // Facebook повідомив X": the verb after the platform is X's).
    "фейсбук",
    "фейсбуке",
    "фейсбука",
    "телеграм",
    "телеграме",
    "твиттер",
    "твиттере",
    "инстаграм",
    "инстаграме",
    "ютуб",
    "ютубе",
    "вконтакте",
    "кремль",
    "кремля",
    "кремле",
    "белый дом",
    "белого дома",
    "пентагон",
    "пентагона",
];

/// Verbs of saying as their masculine past forms; `inflect` adds the
/// feminine and neuter ones ("заявил" -> заявила, заявило). Plurals are listed
/// one by one: "признали виновными" reports nothing.
pub const SPEECH_VERB_BASES: &[&str] = &[
    "дополнил",
    "сказал",
    "заявил",
    "отметил",
    "подчеркнул",
    "сообщил",
    "добавил",
    "написал",
    "пояснил",
    "объяснил",
    "рассказал",
    "говорил",
    "утверждал",
    "признал",
    "признался",
    "заверил",
    "предупредил",
    "объявил",
    "ответил",
    "напомнил",
    "уточнил",
    "призвал",
    "пообещал",
    "подтвердил",
    "констатировал",
    "резюмировал",
    "спросил",
    "поинтересовался",
    "заметил",
    "вспоминал",
    "вспомнил",
    "добавлял",
    "объяснял",
    "рассказывал",
    "заявлял",
    "отмечал",
    "сообщал",
    "писал",
    "подчеркивал",
    "признавал",
    "уверял",
    "пояснял",
    "отвечал",
    "спрашивал",
    "настаивал",
    "отрицал",
    "возразил",
    "парировал",
    "пожаловался",
    "посетовал",
    "предупреждал",
    "обещал",
    "доложил",
    "проинформировал",
    "указал",
    "прокомментировал",
    "комментировал",
    "высказался",
    "повторил",
    "процитировал",
    "цитировал",
    "отреагировал",
    "подытожил",
    "упомянул",
    "пригрозил",
];

pub const COGNITION_VERB_BASES: &[&str] = &[
    // "выразил уверенность (надежду), что": a belief said.
    "выразил",
];

/// "назвал заявление «абсурдным»": naming, read as words said only with
/// a quotation (see `NAMING_VERB_STEMS`).
pub const QUOTE_ONLY_VERB_BASES: &[&str] = &["назвал"];

pub const INTENT_VERB_BASES: &[&str] = &[];

pub const INTENT_VERB_FORMS: &[&str] = &[];

pub const SPEECH_VERB_FORMS: &[&str] = &[
    "дополнили",
    "сказали",
    "заявили",
    "заявляет",
    "заявляют",
    "отметили",
    "отмечает",
    "подчеркнули",
    "подчеркивает",
    "сообщили",
    "сообщает",
    "сообщают",
    "добавили",
    "написали",
    "пишет",
    "пояснили",
    "рассказали",
    "говорит",
    "говорят",
    "утверждает",
    "утверждают",
    "объявили",
    "подтвердили",
    "заключил",
    "передает",
    "передают",
    "передаёт",
    "цитирует",
    "цитируют",
    "рассказывает",
    "рассказывают",
    "объясняет",
    "поясняет",
    "поясняют",
    "добавляет",
    "добавляют",
    "отвечает",
    "ответили",
    "спрашивает",
    "спрашивают",
    "уточняет",
    "уточняют",
    "вспоминает",
    "вспоминают",
    "замечает",
    "замечают",
    "комментирует",
    "комментируют",
    "делится",
    "признается",
    "признаётся",
    "резюмирует",
    "резюмируют",
    "вспоминали",
    "объясняют",
    "рассказывали",
    "заявляли",
    "отмечали",
    "отмечают",
    "сообщали",
    "писали",
    "говорили",
    "подчеркивают",
    "признает",
    "признаёт",
    "уверяет",
    "уверяют",
    "утверждали",
    "повторяет",
    "повторяют",
    "настаивает",
    "настаивают",
    "отрицает",
    "отрицают",
    "жалуется",
    "сетует",
    "сетуют",
    "предупреждает",
    "предупреждают",
    "обещает",
    "обещают",
    // Plurals of the bases above ("— уточнили в пресс-службе") and present forms.
    "уточнили",
    "напомнили",
    "заверили",
    "объяснили",
    "заметили",
    "констатировали",
    "указали",
    "прокомментировали",
    "подытожили",
    "пообещали",
    "отреагировали",
    "высказались",
    "повторили",
    "посетовали",
    "пожаловались",
    "процитировали",
    "упомянули",
    "возразили",
    "резюмировали",
    "спросили",
    "поинтересовались",
    "настаивали",
    "отрицали",
    "пригрозили",
    "проинформировали",
    "уверяли",
    "парировали",
    "призвали",
    "заверяет",
    "заверяют",
    "указывает",
    "указывают",
    "пишут",
];

pub const COGNITION_VERB_FORMS: &[&str] = &[
    "считает",
    "считают",
    "считал",
    "считала",
    "считали",
    "полагает",
    "полагают",
    "полагал",
    "полагала",
    "полагали",
    "уверен",
    "уверена",
    "уверены",
    "убежден",
    "убеждена",
    "убеждены",
    // Fear, hope, doubt, supposition; "выразили уверенность, что" (the singular from the base).
    "опасается",
    "опасаются",
    "опасался",
    "опасалась",
    "опасались",
    "надеется",
    "надеются",
    "надеялся",
    "надеялась",
    "надеялись",
    "сомневается",
    "сомневаются",
    "думает",
    "думают",
    "предполагает",
    "предполагают",
    "выразили",
];

pub const QUOTE_ONLY_VERB_FORMS: &[&str] = &["назвали"];

pub const SPEECH_PARTICIPLES: &[&str] = &["отметив", "подчеркнув", "добавив", "заявив", "пояснив"];

pub const CUE_PREFIXES: &[&str] = &[
    "в",
    // Negation: "не объяснил" is the cue, never the speaker.
    "не",
    "свою",
    "очередь",
    "также",
    "тоже",
    "ранее",
    "уже",
    "же",
    // Adverbs between a speaker and the verb ("Путин особо отметил").
    "лично",
    "очень",
    "весьма",
    "крайне",
    "подробнее",
    "детальнее",
    "вполне",
    // How often ("Они уже давно рассказывают", "Часто говорят").
    "давно",
    "часто",
    "иногда",
    "обычно",
    "ежедневно",
    "постоянно",
    "регулярно",
    "подробно",
    "прямо",
    "особо",
    "отдельно",
    "особенно",
    "вновь",
    "снова",
    "ещё",
    "еще",
    "неоднократно",
    "публично",
    "открыто",
    "официально",
    "впервые",
    "затем",
    "позже",
    "недавно",
    "сегодня",
    "вчера",
];

pub const PHRASE_STOPS: &[&str] = &[
    "и",
    "ибо",
    "а",
    "но",
    "что",
    "как",
    "когда",
    "если",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "у",
    "за",
    "который",
    "которая",
    "которые",
];

pub const SUBJECT_PRONOUNS: &[&str] = &["он", "она", "они", "мы", "я"];

/// With the oblique forms a source phrase holds ("по его словам").
pub const PERSONAL_PRONOUNS: &[&str] = &["он", "она", "его", "её", "ее"];

pub const RELATIVE_PRONOUNS: &[&str] = &[
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "котором",
    "которому",
    "которую",
    "которым",
    "которыми",
    "которых",
];

/// The accusative relatives: "реконструкцию, которую предложила мэрия".
/// Read by the English cue rules only.
pub const NOUN_DETERMINERS: &[&str] = &[];

/// No articles: a noun is told from a verb by its ending.
pub const REPORTING_NOUNS: &[&str] = &[];

/// Source phrases here name their nouns ("согласно данным"): none needed.
pub const NORM_NOUNS: &[&str] = &[];

pub const OBJECT_RELATIVE_PRONOUNS: &[&str] = &["которую"];

pub const DETERMINERS: &[&str] = &[];

pub const COMPLEMENTIZERS: &[&str] = &["что", "мол", "дескать", "чтобы"];

pub const TITLE_MARKERS: &[&str] = &[
    "передача",
    "передачи",
    "программа",
    "программы",
    "фильм",
    "фильма",
    "книга",
    "книги",
    "газета",
    "газеты",
    "операция",
    "операции",
    "проект",
    "проекта",
    "партия",
    "партии",
    "телеканал",
    "телеканала",
    "так",
    "называемый",
    "называемая",
    "называемые",
    "издание",
    "издания",
    "агентство",
    "агентства",
];

/// Russian and Ukrainian speaker phrases are read by their own tests
/// (declined role stems); none is needed here.
/// See [`crate::Lexicon::np_conjunctions`].
pub const NP_CONJUNCTIONS: &[&str] = &["и"];

pub const PERSON_NOUNS: &[&str] = &[];

/// People named by what they are or do, in the nominative ("а жители
/// рассказали, что ..."): a lower-case subject after a clause's
/// conjunction is one of them (see [`crate::Lexicon::speaker_nouns`]).
pub const SPEAKER_NOUNS: &[&str] = &[
    "жители",
    "житель",
    "жительница",
    "очевидцы",
    "очевидец",
    "свидетели",
    "свидетель",
    "пленные",
    "военнопленные",
    "военные",
    "бойцы",
    "родственники",
    "родители",
    "соседи",
    "местные",
    "пассажиры",
    "пострадавшие",
    "участники",
    "сотрудники",
    "волонтеры",
    "волонтёры",
    "горожане",
    "пользователи",
    "активисты",
    "врачи",
    "медики",
    "спасатели",
    "учителя",
    "студенты",
    "фермеры",
    "зрители",
    "болельщики",
    "избиратели",
    "люди",
];

pub const OFFICE_TITLES: &[(&str, Office)] = &[
    ("президент украины", Office::PresidentOfUkraine),
    ("президент россии", Office::PresidentOfRussia),
    ("президент российской федерации", Office::PresidentOfRussia),
    ("президент рф", Office::PresidentOfRussia),
    ("президент сша", Office::PresidentOfTheUnitedStates),
    (
        "генеральный секретарь оон",
        Office::SecretaryGeneralOfTheUnitedNations,
    ),
    ("генсек оон", Office::SecretaryGeneralOfTheUnitedNations),
    ("генеральный секретарь нато", Office::SecretaryGeneralOfNato),
    ("генсек нато", Office::SecretaryGeneralOfNato),
    (
        "министр иностранных дел россии",
        Office::ForeignMinisterOfRussia,
    ),
];

pub const HEDGES: &[(&str, &str)] = &[
    ("якобы", "hedge"),
    ("предположительно", "hedge"),
    ("возможно", "hedge"),
    ("вероятно", "hedge"),
    ("по-видимому", "hedge"),
];

pub const NOT_CUES: &[&str] = &[];

pub const PHRASE_JOINERS: &[&str] = &[];

pub const SPEAKER_VERBS: &[&str] = &[
    "заявила",
    "заявил",
    "заявляет",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "сообщил",
    "сообщила",
    "написал",
    "написала",
    "подчеркнул",
    "подчеркнула",
    "объяснил",
    "добавил",
    "рассказал",
    "рассказала",
    "считает",
];

pub const ATTRIBUTION_VERBS: &[&str] = &[];

pub const BODY_NAMES: &[&str] = &[];

pub const BODY_HEADS: &[&str] = &[];

pub const AGENT_BODY_NOUNS: &[&str] = &[];

pub const APPROXIMATE_WORDS: &[&str] = &[];

pub const HEDGE_PHRASES: &[(&str, &str)] = &[];

pub const MODAL_VERBS: &[&str] = &[];

pub const NEGATORS: &[&str] = &[];

pub const NUMBER_WORDS: &[&str] = &[];

pub const BELIEF_VERBS: &[&str] = &[];

pub const LETTERS: &[char] = &['ы', 'э', 'ъ', 'ё'];

pub const SAID_NOUNS: &[&str] = &["слова", "заявление", "заявления"];

pub const RELAY_VERB_PREFIXES: &[&str] = &[];

pub const RELAY_VERB_FORMS: &[&str] = &["цитирует", "процитировал", "повторил", "повторила"];

pub const OPINION_PHRASES: &[(&str, &str)] = &[("по", "мнению")];

pub const EVIDENTIAL_PHRASES: &[(&str, &str)] =
    &[("по", "словам"), ("по", "данным"), ("как", "сообщается")];

pub const SENTENCE_OPENERS: &[&str] = &[
    "и",
    "а",
    "но",
    "однако",
    "зато",
    "также",
    "поэтому",
    // Time adverbs before the subject ("Сегодня глава города сообщил").
    "сегодня",
    "вчера",
    "теперь",
    "сейчас",
];

pub const FUNCTION_WORDS: &[&str] = &[
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "к",
    "по",
    "за",
    "что",
    "как",
    "это",
    "но",
    "или",
    "ли",
    "не",
    "так",
    "когда",
    "где",
    "кто",
    "который",
    "которая",
    "которые",
    "этот",
    "эта",
    "эти",
];

pub const FUTURE_MARKERS: &[&str] = &[
    "будет",
    "будут",
    "будем",
    "планирует",
    "планируют",
    "состоится",
    "собирается",
];

pub const PAST_MARKERS: &[&str] = &[];

/// Forms of the verbs of thinking that report a perception or a finding.
pub const FINDING_VERB_FORMS: &[&str] = &[
    "знает",
    "знают",
    "знал",
    "знала",
    "знали",
    "выяснил",
    "выяснила",
    "выяснили",
    "обнаружил",
    "обнаружила",
    "обнаружили",
    "показал",
    "показала",
    "показали",
    "показывает",
    "показывают",
    "установил",
    "установила",
    "установили",
    "видит",
    "видят",
    "понял",
    "поняла",
    "поняли",
];

/// Heads of a speaker that is a document.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "доклад",
    "докладе",
    "отчёт",
    "отчет",
    "отчёте",
    "отчете",
    "заявление",
    "заявлении",
    "закон",
    "законе",
    "указ",
    "указе",
    "сообщение",
    "сообщении",
    "документ",
    "документе",
    "письмо",
    "письме",
    "исследование",
    "исследовании",
    "опрос",
    "решение",
    "решении",
    "приговор",
    "постановление",
    "постановлении",
    "резолюция",
    "резолюции",
    "договор",
    "договоре",
    "объявление",
    "объявлении",
    "протокол",
    "протоколе",
    "коммюнике",
    "распоряжение",
    "распоряжении",
    "приказ",
    "приказе",
    "пресс-релиз",
    "пресс-релизе",
    "опросе",
];
pub const PREPOSITIONS: &[&str] = &[
    "о",
    "об",
    "про",
    "по",
    "в",
    "во",
    "на",
    "у",
    "с",
    "со",
    "за",
    "из",
    "до",
    "для",
    "при",
    "после",
    "под",
    "перед",
    "через",
];

pub const SOURCE_PHRASES: &[(&str, &str)] = &[
    ("по", "словам"),
    ("по", "данным"),
    ("по", "мнению"),
    ("по", "информации"),
    ("по", "сообщению"),
    ("как", "сообщает"),
    ("как", "сообщили"),
    ("как", "сообщил"),
    ("как", "сообщила"),
    ("как", "заявил"),
    ("как", "заявила"),
    ("как", "заявили"),
    ("как", "пишет"),
    ("как", "рассказал"),
    ("как", "рассказала"),
    ("как", "рассказали"),
    ("как", "пояснил"),
    ("как", "пояснила"),
    ("как", "отметил"),
    ("как", "отметила"),
    ("как", "отметили"),
    ("как", "пояснили"),
    ("как", "подчеркнул"),
    ("как", "подчеркнула"),
    ("как", "подчеркнули"),
    ("как", "уточнил"),
    ("как", "уточнила"),
    ("как", "уточнили"),
    ("как", "передает"),
    ("как", "передают"),
    ("как", "пишут"),
    ("как", "утверждает"),
    ("как", "считает"),
    ("как", "говорится"),
    ("как", "отмечается"),
    ("как", "указывается"),
    ("согласно", "данным"),
    ("согласно", "сообщению"),
    ("согласно", "информации"),
    // estimates, counts and reports: "по оценкам ООН", "согласно опросу
    // «Левада-центра»" (not "согласно закону": in accordance with)
    ("по", "оценкам"),
    ("по", "подсчетам"),
    ("по", "расчетам"),
    ("по", "версии"),
    ("согласно", "оценкам"),
    ("согласно", "подсчетам"),
    ("согласно", "докладу"),
    ("согласно", "отчету"),
    ("согласно", "опросу"),
    ("согласно", "исследованию"),
    ("согласно", "заявлению"),
    ("согласно", "прогнозу"),
    ("как", "сообщается"),
    // "По его оценке, экономика вырастет на 2%",
    ("по", "оценке"),
    ("по", "прогнозу"),
    ("по", "прогнозам"),
    ("по", "сведениям"),
];

pub const PLURAL_PRONOUNS: &[&str] = &["они"];

pub const SECOND_PERSON_PRONOUNS: &[&str] = &["вы", "ты"];

pub const GROUP_STEMS: &[&str] = &[
    "департамент",
    "руководств",
    "правительств",
    "министерств",
    "ведомств",
    "комитет",
    "администрац",
    "парти",
    "полици",
    "арми",
    "командован",
    "штаб",
    "прокуратур",
    "служб",
    "компани",
    "кремл",
    "мэри",
    "посольств",
    "делегаци",
];

pub const PLURAL_VERB_ENDINGS: &[&str] = &["ли", "лись", "ют", "ят", "ются", "ятся"];

pub const PLURAL_NOUN_VERB_LIKE_ENDINGS: &[&str] = &["тели"];

pub const PLURAL_ENDINGS: &[&str] = &["ы", "и"];

pub const PARTICIPLE_LIKE_PAST_ENDINGS: &[&str] = &[];

pub const VENUE_NOUNS: &[&str] = &[
    "интервью",
    "эфире",
    "беседе",
    "разговоре",
    "комментарии",
    "программе",
    "передаче",
    "колонке",
    "обращении",
    "телеграм-канале",
    "telegram-канале",
    "соцсетях",
];

/// Russian and Ukrainian open such reports with [`ANAPHORIC_PHRASES`].
pub const ANAPHORIC_OBJECTS: &[&str] = &[];

pub const ANAPHORIC_REPORT_VERBS: &[&str] = &[];

/// See [`crate::Lexicon::inflection_endings`].
pub const INFLECTION_ENDINGS: &[&str] = &[];

/// See [`crate::Lexicon::possessive_marks`].
pub const POSSESSIVE_MARKS: &[&str] = &[];

/// See [`crate::Lexicon::preposition_only_speech_stems`].
pub const PREPOSITION_ONLY_SPEECH_STEMS: &[&str] = &[];

/// See [`crate::Lexicon::absolute_prepositions`].
pub const ABSOLUTE_PREPOSITIONS: &[&str] = &[];

pub const ANAPHORIC_PHRASES: &[(&str, &str)] = &[
    ("об", "этом"),
    ("так", ""),
    ("это", ""),
    ("эту", "информацию"),
    ("эту", "новость"),
    ("эти", "данные"),
];

pub const OBLIQUE_NAME_ENDINGS: &[&str] = &["ом", "ем", "ём", "ым"];

pub const PLURAL_DATIVE_ENDINGS: &[&str] = &["ам", "ям"];
pub const DATIVE_ENDINGS: &[&str] = &["у", "ю", "ам", "ям"];

pub const DATIVE_PRONOUNS: &[&str] = &["мне", "нам", "вам", "ему", "ей", "им"];
/// Pronouns of quantity after a verb of saying: what was said, not who
/// ("все", everyone, may say something: not listed).
pub const QUANTITY_PRONOUNS: &[&str] = &["ничего", "никто", "то", "это", "многое"];

pub const TOPIC_PREPOSITIONS: &[&str] = &["о", "об", "обо", "про"];

pub const ADDRESSEE_DATIVES: &[&str] = &[
    "агентству",
    "блогеру",
    "газете",
    "журналисту",
    "журналистам",
    "журналистке",
    "журналу",
    "изданию",
    "каналу",
    "корреспонденту",
    "корреспондентам",
    "корреспондентке",
    "порталу",
    "радиостанции",
    "репортеру",
    "репортерам",
    "сайту",
    "телеканалу",
    "телевидению",
];

pub const DATIVE_ADJECTIVE_ENDINGS: &[&str] = &["ому", "ему", "ой", "ей", "ым", "им"];

pub const ADVERB_ENDINGS: &[&str] = &["о"];

pub const REFLEXIVE_PRONOUNS: &[&str] = &["себя", "себе"];

pub const REFLEXIVE_POSSESSIVES: &[&str] = &[
    "свой",
    "своя",
    "своё",
    "свое",
    "свои",
    "своего",
    "своей",
    "своих",
    "свою",
    "своим",
    "своими",
    "своему",
    "своем",
    "своём",
];

pub const REPORT_JOINING_CONJUNCTIONS: &[&str] = &["и", "а", "но"];

pub const CAUSAL_CONJUNCTIONS: &[&str] = &["ибо"];

pub const NOT_BUT_NEGATIONS: &[&str] = &["не"];

pub const NOT_BUT_CONJUNCTIONS: &[&str] = &["а"];

pub const INDEFINITE_PRONOUN_ENDINGS: &[&str] = &["нибудь", "либо"];

pub const AUTHOR_VERB_LEADS: &[&str] = &[
    "так",
    "вот",
    "именно",
    "тогда",
    "также",
    "еще",
    "ещё",
    "уже",
    "позже",
    "затем",
    "потом",
];

pub const AUTHOR_VERB_ENDINGS: &[&str] = &[
    "л", "ла", "ло", "ли", "ся", "сь", "ет", "ёт", "ит", "ют", "ят", "ут", "ат",
];

pub const NOT_ADVERB_ENDINGS: &[&str] = &["ого", "его"];

pub const NOT_AUTHOR_VERB_ENDINGS: &[&str] = &["ость"];

pub const IMPERSONAL_REPORT_VERBS: &[&str] = &[
    "говорится",
    "сообщается",
    "отмечается",
    "указывается",
    "подчеркивается",
    "подчёркивается",
    "утверждается",
    "уточняется",
    "поясняется",
    "пишется",
    "сказано",
    "указано",
    "отмечено",
    "подчеркнуто",
    "говорилось",
    "сообщалось",
    "отмечалось",
    "указывалось",
    "подчеркивалось",
    "утверждалось",
];

/// Latin letters of each Cyrillic letter at the start of a word and
/// elsewhere, as English texts spell Russian names: the Ukrainian system's
/// letters, with "г" as "g" and "и" as "i".
pub const TRANSLITERATION: &[(char, &str, &str)] = &[
    ('а', "a", "a"),
    ('б', "b", "b"),
    ('в', "v", "v"),
    ('г', "g", "g"),
    ('д', "d", "d"),
    ('е', "e", "e"),
    ('ё', "yo", "yo"),
    ('ж', "zh", "zh"),
    ('з', "z", "z"),
    ('и', "i", "i"),
    ('й', "y", "i"),
    ('к', "k", "k"),
    ('л', "l", "l"),
    ('м', "m", "m"),
    ('н', "n", "n"),
    ('о', "o", "o"),
    ('п', "p", "p"),
    ('р', "r", "r"),
    ('с', "s", "s"),
    ('т', "t", "t"),
    ('у', "u", "u"),
    ('ф', "f", "f"),
    ('х', "kh", "kh"),
    ('ц', "ts", "ts"),
    ('ч', "ch", "ch"),
    ('ш', "sh", "sh"),
    ('щ', "shch", "shch"),
    ('ъ', "", ""),
    ('ы', "y", "y"),
    ('ь', "", ""),
    ('э', "e", "e"),
    ('ю', "yu", "iu"),
    ('я', "ya", "ia"),
];

/// Abbreviations that never end a sentence before a capital: titles, and
/// words always followed by something ("Mr. Smith", "т.е.", "ген.").
pub const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "г",
    "гг",
    "ген",
    "т.е",
    "т.к",
    "т.н",
    "т.д",
    "т.п",
    "им",
    "ул",
    "пр",
    "просп",
    "пл",
    "д",
    "кв",
    "тыс",
    "млн",
    "млрд",
    "руб",
    "коп",
    "св",
    "проф",
    "акад",
    "ст",
    "стр",
    "рис",
    "см",
    "напр",
    "зам",
    "ред",
    "обл",
    "с",
    "п",
    "др",
];

/// Abbreviations that may also end a sentence: they end one only before
/// a common sentence opener ("... in the U.S. The ...").
pub const MAY_END_ABBREVIATIONS: &[&str] = &[];

/// The words and endings read around a name.
pub static ENTITIES: crate::EntityWords = crate::EntityWords {
    female_surname_endings: &["ова", "ева", "ина", "ская", "цкая", "ая"],
    place_office_stems: &["мэр", "губернатор", "градоначальник"],
    genitive_place_finals: &["а", "я", "и", "ы"],
    patronymic_endings: &[
        "ович",
        "евич",
        "ьевич",
        "овна",
        "евна",
        "ьевна",
        "ична",
        "инична",
    ],
    male_surname_endings: &["ов", "ев", "ин", "ский", "цкий", "ий", "ой"],
    unisex_surname_endings: &["енко", "ук", "юк", "ич", "ка", "ко"],
    former_markers: &["бывший", "бывшая", "экс"],
    role_complement_endings: &[
        "ого", "его", "ей", "их", "ых", "ов", "ния", "ства", "ции", "ки", "ти", "ии", "дел", "ин",
        "ын", "ы",
    ],
    apposition_clause_words: &["который", "которая", "что"],
    name_particles: &[],
    honorifics: &[],
    work_roles: &[],
    epithet_stops: &[],
    non_epithet_roles: &[],
    articles: &[],
    epithet_determiners: &[],
    possessive_determiners: &[],
    appositive_openers: &[],
    of_name_heads: &[],
    definite_articles: &[],
    of_prepositions: &[],
    name_complement_prepositions: &[],
    name_conjunctions: &[],
    person_relative_pronouns: &[],
    role_time_modifiers: &[],
    role_complement_openers: &[],
    given_name_endings: &["й", "а", "я", "ия", "ь"],
    male_oblique_surname_endings: &[
        // genitive and accusative, dative, instrumental, locative
        ("ского", "ский"),
        ("скому", "ский"),
        ("ским", "ский"),
        ("ском", "ский"),
        ("цкого", "цкий"),
        ("цкому", "цкий"),
        ("цким", "цкий"),
        ("цком", "цкий"),
        ("ова", "ов"),
        ("ову", "ов"),
        ("овым", "ов"),
        ("ове", "ов"),
        ("ева", "ев"),
        ("еву", "ев"),
        ("евым", "ев"),
        ("еве", "ев"),
        ("ёва", "ёв"),
        ("ёву", "ёв"),
        ("ёвым", "ёв"),
        ("ёве", "ёв"),
        ("ина", "ин"),
        ("ину", "ин"),
        ("иным", "ин"),
        ("ине", "ин"),
        ("ына", "ын"),
        ("ыну", "ын"),
        ("ыным", "ын"),
        ("ыне", "ын"),
        // Genitive of surnames ending in a consonant ("Шмыгаля",
        // "Пашиняна", "Ковальчука").
        ("ука", "ук"),
        ("юка", "юк"),
        ("ака", "ак"),
        ("яка", "як"),
        ("ича", "ич"),
        ("аля", "аль"),
        ("еля", "ель"),
        ("аря", "арь"),
        ("яна", "ян"),
        ("ара", "ар"),
        // Their instrumental ("с Егором Гайдаром", "с Тиграном Пашиняном").
        ("уком", "ук"),
        ("юком", "юк"),
        ("аком", "ак"),
        ("яком", "як"),
        ("ичем", "ич"),
        ("яном", "ян"),
        ("аром", "ар"),
    ],
    female_oblique_surname_endings: &[
        // genitive, dative, instrumental and locative; accusative
        ("ской", "ская"),
        ("скую", "ская"),
        ("цкой", "цкая"),
        ("цкую", "цкая"),
        ("овой", "ова"),
        ("ову", "ова"),
        ("евой", "ева"),
        ("еву", "ева"),
        ("ёвой", "ёва"),
        ("ёву", "ёва"),
        ("иной", "ина"),
        ("ину", "ина"),
        ("ыной", "ына"),
        ("ыну", "ына"),
    ],
    oblique_given_name_finals: &[
        "а", "я", "ы", "и", "у", "ю", "е", "ем", "ём", "ом", "ой", "ей",
    ],
    genitive_given_name_finals: &["а", "я", "ы", "и"],
    role_place_prepositions: &["в", "во", "у", "на"],
    partitive_one: &[
        ("один", "из"),
        ("одна", "из"),
        ("одно", "из"),
        ("одного", "из"),
        ("одной", "из"),
        ("одним", "из"),
    ],
    role_epithets: &[("глава", "государства", "президент")],
    indeclinable_surname_endings: &["енко", "у", "ю", "их", "ых"],
    female_indeclinable_surname_finals: &[
        "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч",
        "ш", "щ",
    ],
    irregular_oblique_given_names: &[
        ("павла", "павел"),
        ("павлу", "павел"),
        ("павлом", "павел"),
        ("павле", "павел"),
    ],
};

/// The most common words, read by language detection; see
/// [`crate::Lexicon::detection_words`].
pub const DETECTION_WORDS: &[&str] = &[];

/// Words that open a sentence after an abbreviation that may end one:
/// capitalised, they tell "in the U.S. The ..." from "U.S. troops".
pub const OPENERS_AFTER_ABBREVIATION: &[&str] = &[];

/// The words the time grammar reads.
pub static TIMES: crate::TimeWords = crate::TimeWords {
    year_context_words: &["у", "в", "с", "до", "по", "от", "на", "из"],
    year_suffixes: &["г"],
    day_ordinal_suffixes: &["-го", "го"],
    decade_suffixes: &["х", "ых", "ые", "е"],
    decade_nouns: &["годов", "годах", "годы", "гг"],
    final_shift_words: &["позже", "ранее"],
    season_adverbs: &["летом", "весной", "осенью", "зимой"],
    repetition_words: &["раз", "раза"],
    per_unit_words: &["на", "в"],
    mid_words: &["середине"],
    count_nouns_after_year: &[],
    bare_month_openers: &[],
    bare_may_openers: &[],
    vague_duration_openers: &[],
    time_zones: &[],
    local_time_words: &[],
    participle_auxiliaries: &[],
    past_auxiliaries: &[],
    bare_season_openers: &[],
    ambiguous_season_names: &[],
    year_ago_adjectives: &[],
    since_words: &[],
    indefinite_articles: &[],
    few_words: &[],
    couple_words: &[],
    number_label_words: &[],
    plural_noun_endings: &[],
    singular_noun_endings: &[],
    of_prepositions: &[],
    additive_words: &[],
    and_a_half_phrases: &[],
    from_now_phrases: &[],
    definite_articles: &[],
    o_clock_words: &[],
    local_time_nouns: &[],
    clock_day_prepositions: &[],
    shifts_after_this: &[],
    quarter_shifts_after_the: &[],
    shifts_only_after_the: &[],
    narrative_shifts: &[],
    narrative_day_shifts: &[],
    one_unit_shifts: &[],
    narrative_determiners: &[],
    same_words: &[],
    recent_words: &[],
    period_nouns: &[],
    eve_words: &[],
    middle_prefixes: &[],
    standalone_period_parts: &[],
    period_parts_before_of: &[],
    bound_phrases: &[],
    duration_bound_phrases: &[],
    focus_determiners: &[],
    future_nouns: &[],
    past_nouns: &[],
    latest_words: &[],
    focus_time_phrases: &[],
    bare_articles: &[],
    quarter_letters: &[],
    decade_plural_endings: &[],
    past_tense_endings: &["ла", "ли", "ил", "ал"],
    not_past_tense_words: &[],
};

/// The words read around a dated event.
pub static EVENTS: crate::EventWords = crate::EventWords {
    clause_openers: &["который", "которая", "которые", "но", "а", "однако"],
    relative_pronouns: &["который", "которая", "которые"],
    subject_verbs: &[],
    sentence_initial_non_names: &[
        "в",
        "у",
        "на",
        "до",
        "по",
        "однако",
        "но",
        "он",
        "она",
        "они",
    ],
    actor_titles: &[],
    actor_prepositions: &["до", "у", "в", "на", "для", "про", "от", "из", "против"],
    agent_prepositions: &[],
    actor_articles: &[],
};

/// The words read around a number.
pub static QUANTITY: crate::QuantityWords = crate::QuantityWords {
    percent_units: &[
        ("процент", "percent"),
        ("процента", "percent"),
        ("процентов", "percent"),
    ],
    currency_units: &[
        ("доллар", "USD"),
        ("доллара", "USD"),
        ("долларов", "USD"),
        ("дол", "USD"),
        ("евро", "EUR"),
        ("гривна", "UAH"),
        ("гривны", "UAH"),
        ("гривен", "UAH"),
        ("грн", "UAH"),
        ("рубль", "RUB"),
        ("рубля", "RUB"),
        ("рублей", "RUB"),
        ("руб", "RUB"),
    ],
    measure_units: &[
        ("км", "km"),
        ("километр", "km"),
        ("километров", "km"),
        ("километра", "km"),
        ("м", "m"),
        ("метр", "m"),
        ("метров", "m"),
        ("метра", "m"),
        ("см", "cm"),
        ("мм", "mm"),
        ("кг", "kg"),
        ("т", "t"),
        ("тонна", "t"),
        ("тонн", "t"),
        ("тонни", "t"),
        ("тонны", "t"),
        ("тоннами", "t"),
        ("тоннах", "t"),
        ("л", "l"),
        ("литров", "l"),
        ("га", "ha"),
        ("гектаров", "ha"),
    ],
    comparators_before: &[
        (&["более", "чем"], ">"),
        (&["больше", "чем"], ">"),
        (&["менее", "чем"], "<"),
        (&["меньше", "чем"], "<"),
        (&["не", "менее"], ">="),
        (&["не", "меньше"], ">="),
        (&["не", "более"], "<="),
        (&["как", "минимум"], ">="),
        (&["более"], ">"),
        (&["больше"], ">"),
        (&["свыше"], ">"),
        (&["менее"], "<"),
        (&["меньше"], "<"),
        (&["около"], "~"),
        (&["почти"], "~"),
        (&["примерно"], "~"),
        (&["приблизительно"], "~"),
        (&["порядка"], "~"),
        (&["до"], "<="),
    ],
    comparators_after: &[(&["и", "более"], ">=")],
    dollar_prefixes: &[],
    currency_adjectives: &[],
    period_adverbs: &[
        ("ежедневно", "day"),
        ("еженедельно", "week"),
        ("ежемесячно", "month"),
        ("ежегодно", "year"),
        ("ежечасно", "hour"),
    ],
    period_nouns: &[
        ("день", "day"),
        ("сутки", "day"),
        ("дня", "day"),
        ("неделю", "week"),
        ("неделя", "week"),
        ("месяц", "month"),
        ("год", "year"),
        ("час", "hour"),
        ("минуту", "minute"),
        ("секунду", "second"),
        ("квартал", "quarter"),
    ],
    // Not "за": "за год" is the span a change happened over.
    per_words: &["в", "на"],
    rise_verbs: &[
        "вырос",
        "выросла",
        "выросло",
        "выросли",
        "увеличился",
        "увеличилась",
        "увеличилось",
        "увеличились",
        // Transitive verbs of raising a level ("ставку подняли с 7% до 20%").
        "подняли",
        "поднять",
        "повысили",
        "повысить",
    ],
    fall_verbs: &[
        "снизился",
        "снизилась",
        "снизилось",
        "снизились",
        "упал",
        "упала",
        "упало",
        "упали",
        "сократился",
        "сократилась",
        "сократилось",
        "сократились",
        "уменьшился",
        "уменьшилась",
        // Transitive verbs of lowering a level ("снизить ставку с 20%").
        "снизили",
        "снизить",
        "сократили",
        "сократить",
    ],
    rise_nouns: &["рост", "увеличение"],
    fall_nouns: &["падение", "снижение", "сокращение"],
    counted_noun_stops: &[
        "и", "в", "у", "на", "с", "из", "до", "за", "по", "что", "не", "от", "для", "про", "о",
    ],
    irregular_plurals: &[],
    plural_only_nouns: &[],
    year_context_words: &["в", "у", "с", "до", "от", "по", "году", "год"],
    year_nouns: &["год", "году", "года", "г"],
    ordinal_suffixes: &["й", "го", "ий", "ого"],
    bound_words: &["более", "свыше", "около"],
    level_from_words: &["от", "с"],
    range_from_words: &["от"],
    range_to_words: &["до"],
    from_range_joiners: &["до"],
    between_words: &["между"],
    between_range_joiners: &["и"],
    change_adverbs: &["на", "ещё"],
    abbreviated_scales: &["тыс", "млн", "млрд", "трлн"],
    bound_joiners: &["и", "но"],
    subject_enders: &["и", "что", "а"],
    half_prepositions: &["с"],
    half_nouns: &["половиной", "половинкой"],
    determiners_before_pronoun_one: &[],
    words_after_pronoun_one: &[],
    glued_non_unit_suffixes: &[],
    spaced_dollar_prefixes: &[],
    race_nouns: &[],
    adjective_like_words: &[],
    adjective_endings: &[],
    words_before_change_verb: &[],
    percent_phrases: &[],
    measure_phrases: &[],
    square_words: &[],
    currency_place_names: &[],
    currency_words_before_number: &[],
    age_words: &[],
    time_units: &[],
    calculator_determiners_before_pronoun_one: &[],
    pronoun_ones: &[],
    comparator_continuations: &[],
    range_joiners: &[],
    fraction_of_words: &[],
    period_fraction_stems: &[],
    indefinite_articles: &[],
    non_plural_endings: &[],
    es_plural_endings: &[],
    plural_ending_lemmas: &[],
};

/// Third-person pronouns by whom they stand for, in every case ("им" and
/// "ним" are a man's and a group's).
pub const FEMALE_PRONOUNS: &[&str] = &["она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"];
pub const MALE_PRONOUNS: &[&str] = &[
    "он", "его", "него", "ему", "нему", "им", "ним", "нём", "нем",
];
pub const GROUP_PRONOUNS: &[&str] = &["они", "их", "них", "им", "ним", "ими", "ними"];
pub const POSSESSIVE_PRONOUNS: &[&str] = &["его", "её", "ее", "их"];
pub const SEX_MARKING_PRONOUNS: &[&str] = &["она", "он", "они"];
/// "сказала", "заявила"; "сказал", "заявил".
pub const FEMALE_PAST_ENDINGS: &[&str] = &["ла"];
pub const MALE_PAST_ENDINGS: &[&str] = &["л"];
/// Nouns ending like an adverb (`ADVERB_ENDINGS`) that are subjects all
/// the same: nouns for a man, and indeclinable nouns ("представитель метро пояснил").
pub const NOUNS_WITH_ADVERB_ENDINGS: &[&str] =
    &["метро", "кино", "радио", "бюро", "депо", "казино", "пальто"];
/// Time and sequence adverbs and linking words that open a clause before
/// its subject ("Ранее Ликунов заявил", "Позже министр сообщил").
/// Endings of a role noun in an oblique case ("президента", "министром",
/// "министров", "представителю"): never the subject a speaker phrase opens
/// with.
pub const ROLE_OBLIQUE_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "ом", "ем", "ём", "ов", "ев", "ам", "ям", "ах", "ях", "ами", "ями", "ей",
    "ой", "ым", "им", "ого", "ому", "ии", "ию", "ией",
];
/// "официальный представитель", "пресс-секретарь ... российская".
pub const NOMINATIVE_ADJECTIVE_ENDINGS: &[&str] = &["ый", "ий", "ой", "ая", "яя", "ые", "ие"];
pub const GENITIVE_ADJECTIVE_ENDINGS: &[&str] = &["ской", "ского", "цкой", "цкого", "ной", "ного"];
/// Endings of the accusative alone: adjectives ("высокую", "последнюю")
/// and nouns in "-ия" ("ситуацию", "Россию").
pub const ACCUSATIVE_ENDINGS: &[&str] = &["ую", "юю", "ию"];
pub const INSTRUMENTAL_PLURAL_ENDINGS: &[&str] = &["ами", "ями"];
/// "раньше", "больше", "дальше".
pub const COMPARATIVE_ADVERB_ENDINGS: &[&str] = &["ше"];
pub const SPEAKER_PHRASE_ADVERBS: &[&str] = &[
    "ранее",
    "раньше",
    "позже",
    "позднее",
    "впоследствии",
    "затем",
    "потом",
    "тогда",
    "накануне",
    "недавно",
    "сначала",
    "вначале",
    "наконец",
    "утром",
    "днем",
    "днём",
    "вечером",
    "ночью",
    "позавчера",
    "завтра",
    "уже",
    "еще",
    "ещё",
    "тоже",
    "вновь",
    "снова",
    "опять",
    "впрочем",
    "причем",
    "причём",
    "вдобавок",
    "далее",
    "кстати",
    "зато",
    "лишь",
    "только",
    "даже",
    "именно",
    "ведь",
    "же",
    "неоднократно",
    "публично",
    "вскоре",
    "сразу",
    "здесь",
    "там",
    "вот",
];

/// "источник в министерстве", "собеседник в Кремле", "представитель в ООН".
pub const AFFILIATED_SPEAKER_STEMS: &[&str] = &[
    "источник",
    "собеседник",
    "представител",
    "сотрудник",
    "чиновник",
    "эксперт",
    "аналитик",
];

/// See [`crate::Lexicon::oblique_speaker_heads`].
pub const OBLIQUE_SPEAKER_HEADS: &[(&str, &str)] = &[
    ("кремл", "Кремль"),
    ("пресс-служб", "пресс-служба"),
    ("пресс-центр", "пресс-центр"),
    ("источник", "источник"),
    ("собеседник", "собеседник"),
    ("сотрудник", "сотрудник"),
    ("чиновник", "чиновник"),
    ("эксперт", "эксперт"),
    ("аналитик", "аналитик"),
    ("представител", "представитель"),
    ("министерств", "министерство"),
    ("ведомств", "ведомство"),
    ("правительств", "правительство"),
    ("генштаб", "Генштаб"),
    ("штаб", "штаб"),
    ("прокуратур", "прокуратура"),
    ("полици", "полиция"),
    ("мэри", "мэрия"),
    // Roles ("по словам министра обороны" -> "министр обороны").
    ("министр", "министр"),
    ("губернатор", "губернатор"),
    ("депутат", "депутат"),
    ("директор", "директор"),
    ("руководител", "руководитель"),
    ("председател", "председатель"),
    ("пресс-секретар", "пресс-секретарь"),
    ("начальник", "начальник"),
    ("замминистр", "замминистр"),
];

/// See [`crate::Lexicon::oblique_head_endings`].
pub const OBLIQUE_HEAD_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "е", "ё", "и", "ы", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ии", "ию",
];
pub const OBLIQUE_PERSON_ENDINGS: &[&str] = &["а", "я", "у", "ю", "ом", "ем", "ём"];

/// Meetings and occasions: "На встрече говорили о ...", "На брифинге
/// сообщили": where the words were said, not a body that said them.
pub const GATHERING_STEMS: &[&str] = &[
    "встреч",
    "заседани",
    "форум",
    "совещани",
    "брифинг",
    "конференци",
    "саммит",
    "переговор",
    "урок",
    "сесси",
    "съезд",
    "церемони",
    "выставк",
    "матч",
    "эфир",
    "собрани",
    "презентаци",
    "мероприяти",
];

/// Demonstratives and quantifiers in the locative: "На этом настаивают
/// медики", "Во всем мире отмечают" name no body that speaks.
pub const LOCATIVE_DETERMINERS: &[&str] = &[
    "этом",
    "том",
    "всем",
    "всём",
    "каждом",
    "любом",
    "одном",
    "другом",
    "самом",
    "нем",
    "нём",
];

/// The words the quantity stage's number grammar reads (cardinals by
/// magnitude, scales, fractions, factors); see [`crate::NumeralWords`].
pub static NUMERALS: crate::NumeralWords = crate::NumeralWords {
    units: &[
        ("ноль", 0.0),
        ("нуль", 0.0),
        ("один", 1.0),
        ("одна", 1.0),
        ("одно", 1.0),
        ("одного", 1.0),
        ("одной", 1.0),
        ("одну", 1.0),
        ("два", 2.0),
        ("две", 2.0),
        ("двух", 2.0),
        ("три", 3.0),
        ("трех", 3.0),
        ("трёх", 3.0),
        ("четыре", 4.0),
        ("четырех", 4.0),
        ("четырёх", 4.0),
        ("пять", 5.0),
        ("пяти", 5.0),
        ("шесть", 6.0),
        ("шести", 6.0),
        ("семь", 7.0),
        ("семи", 7.0),
        ("восемь", 8.0),
        ("восьми", 8.0),
        ("девять", 9.0),
        ("девяти", 9.0),
    ],
    teens: &[
        ("десять", 10.0),
        ("десяти", 10.0),
        ("одиннадцать", 11.0),
        ("одиннадцати", 11.0),
        ("двенадцать", 12.0),
        ("двенадцати", 12.0),
        ("тринадцать", 13.0),
        ("тринадцати", 13.0),
        ("четырнадцать", 14.0),
        ("четырнадцати", 14.0),
        ("пятнадцать", 15.0),
        ("пятнадцати", 15.0),
        ("шестнадцать", 16.0),
        ("шестнадцати", 16.0),
        ("семнадцать", 17.0),
        ("семнадцати", 17.0),
        ("восемнадцать", 18.0),
        ("восемнадцати", 18.0),
        ("девятнадцать", 19.0),
        ("девятнадцати", 19.0),
    ],
    tens: &[
        ("двадцать", 20.0),
        ("двадцати", 20.0),
        ("тридцать", 30.0),
        ("тридцати", 30.0),
        ("сорок", 40.0),
        ("сорока", 40.0),
        ("пятьдесят", 50.0),
        ("пятидесяти", 50.0),
        ("шестьдесят", 60.0),
        ("шестидесяти", 60.0),
        ("семьдесят", 70.0),
        ("семидесяти", 70.0),
        ("восемьдесят", 80.0),
        ("восьмидесяти", 80.0),
        ("девяносто", 90.0),
        ("девяноста", 90.0),
    ],
    hundreds: &[
        ("сто", 100.0),
        ("ста", 100.0),
        ("двести", 200.0),
        ("двухсот", 200.0),
        ("триста", 300.0),
        ("трехсот", 300.0),
        ("трёхсот", 300.0),
        ("четыреста", 400.0),
        ("четырехсот", 400.0),
        ("пятьсот", 500.0),
        ("пятисот", 500.0),
        ("шестьсот", 600.0),
        ("шестисот", 600.0),
        ("семьсот", 700.0),
        ("семисот", 700.0),
        ("восемьсот", 800.0),
        ("восьмисот", 800.0),
        ("девятьсот", 900.0),
        ("девятисот", 900.0),
    ],
    hundred_words: &[],
    scales: &[
        ("тысяча", 1e3),
        ("тысячи", 1e3),
        ("тысяч", 1e3),
        ("тысячу", 1e3),
        ("тысячам", 1e3),
        ("тысячами", 1e3),
        ("тыс", 1e3),
        ("миллион", 1e6),
        ("миллиона", 1e6),
        ("миллионов", 1e6),
        ("млн", 1e6),
        ("миллиард", 1e9),
        ("миллиарда", 1e9),
        ("миллиардов", 1e9),
        ("млрд", 1e9),
        ("триллион", 1e12),
        ("триллиона", 1e12),
        ("триллионов", 1e12),
        ("трлн", 1e12),
    ],
    dozens: &["дюжина", "дюжины"],
    fraction_denominators: &[],
    halves: &[],
    decimal_points: &[],
    conjunctions: &[],
    articles: &[],
    minus_words: &[],
    one_and_a_half: &["полтора", "полторы"],
    factor_verbs: &[
        ("удвоился", 2.0, true),
        ("удвоилась", 2.0, true),
        ("удвоилось", 2.0, true),
        ("удвоились", 2.0, true),
    ],
    scale_letters: &[],
    glued_scale_letters: &[],
};

/// The words of the time grammar's table (what a word can be in a
/// time expression); see [`crate::CalendarWords`].
pub static CALENDAR: crate::CalendarWords = crate::CalendarWords {
    units: &[
        ("second", &["секунда", "секунду", "секунды"], &["секунд"]),
        ("minute", &["минута", "минуту", "минуты"], &["минут"]),
        ("hour", &["час", "часа"], &["часов"]),
        ("day", &["день", "дня", "сутки", "суток"], &["дней"]),
        (
            "week",
            &["неделя", "неделю", "недели", "неделе"],
            &["недель"],
        ),
        ("weekend", &["выходные"], &[]),
        ("month", &["месяц", "месяца", "месяце"], &["месяцев"]),
        ("year", &["год", "года", "году"], &["лет"]),
        ("decade", &["десятилетие", "десятилетия"], &["десятилетий"]),
        ("century", &["столетие"], &["столетий"]),
    ],
    cardinals: &[
        (1, &["один", "одна", "одну", "одного", "одним"]),
        (2, &["два", "две", "двух"]),
        (3, &["три", "трех", "трёх"]),
        (4, &["четыре", "четырех", "четырёх"]),
        (5, &["пять", "пяти"]),
        (6, &["шесть", "шести"]),
        (7, &["семь", "семи"]),
        (8, &["восемь", "восьми"]),
        (9, &["девять", "девяти"]),
        (10, &["десять", "десяти"]),
        (20, &["двадцать"]),
        (30, &["тридцать"]),
    ],
    vague_counts: &["несколько", "нескольких", "много"],
    ordinals: &[],
    day_offsets: &[
        (-1, &["вчера"]),
        (0, &["сегодня"]),
        (1, &["завтра"]),
        (-2, &["позавчера"]),
        (2, &["послезавтра"]),
    ],
    tonight_words: &[],
    year_offsets: &[],
    references: &[
        ("PRESENT_REF", &["сейчас", "ныне", "теперь"]),
        ("PAST_REF", &["недавно"]),
        ("FUTURE_REF", &["скоро"]),
    ],
    shifts: &[
        (
            -1,
            &[
                "прошлого",
                "прошлом",
                "прошлый",
                "прошлой",
                "прошлую",
                "прошлые",
                "прошлых",
                "предыдущего",
            ],
        ),
        (
            1,
            &[
                "следующего",
                "следующем",
                "следующий",
                "следующей",
                "следующую",
                "будущего",
                "будущем",
            ],
        ),
        (
            0,
            &[
                "этого",
                "этом",
                "этот",
                "этой",
                "эту",
                "текущего",
                "текущем",
            ],
        ),
    ],
    seasons: &[
        (1, &["весна", "весной", "весны"]),
        (2, &["летом", "лето", "лета"]),
        (3, &["осенью", "осень"]),
        (4, &["зима", "зимой", "зимы"]),
    ],
    parts_of_day: &[
        ("MO", &["утром", "утра"]),
        ("AF", &["днем", "днём"]),
        ("EV", &["вечером", "вечера"]),
        ("NI", &["ночью", "ночи"]),
    ],
    set_adverbs: &[
        ("PT1H", &["ежечасно"]),
        ("P1D", &["ежедневно"]),
        ("P1W", &["еженедельно"]),
        ("P1M", &["ежемесячно"]),
        ("P3M", &["ежеквартально"]),
        ("P1Y", &["ежегодно"]),
    ],
    every_words: &["каждый", "каждую", "каждое", "каждого", "каждые"],
    ago_words: &["назад"],
    later_words: &[(1, &["позже", "потому"]), (-1, &["ранее", "прежде"])],
    year_nouns: &["г", "гг", "годом", "годах"],
    period_parts: &[
        ("start", &["начале", "начала"]),
        ("mid", &["середине"]),
        ("end", &["конце", "конца"]),
    ],
    approximators: &["почти", "около", "более", "больше"],
    quarter_words: &["квартал", "квартале", "кварталу"],
    half_words: &["полугодие", "полугодии"],
    clock_words: &[("12:00", &["полдень"]), ("24:00", &["полночь"])],
    meridiems: &[],
    fiscal_words: &[],
    cue_words: &[],
    holidays: &[((1, 7), &["рождество", "рождества"])],
    century_words: &[],
};

/// Places, demonyms and given names; see [`crate::GazetteerWords`].
pub static GAZETTEER: crate::GazetteerWords = crate::GazetteerWords {
    places: &[
        (
            "United States",
            &[
                "сша",
                "америка",
                "америки",
                "америку",
                "америке",
                "вашингтон",
                "вашингтона",
                "вашингтоне",
            ],
        ),
        (
            "United Kingdom",
            &["британии", "британия", "великобритания", "великобритании"],
        ),
        ("Russia", &["россия", "россии", "россию", "россией", "рф"]),
        (
            "Ukraine",
            &["украина", "украины", "украине", "украину", "украиной"],
        ),
        ("Kyiv", &["киев", "киева", "киеве"]),
        (
            "Moscow",
            &["москва", "москву", "москвы", "москве", "москвой"],
        ),
        ("Germany", &["германия", "германии"]),
        ("France", &["франция", "франции"]),
        ("China", &["китай", "китаю", "китае", "китая"]),
        ("Poland", &["польшу", "польша", "польши", "польше"]),
        (
            "Belarus",
            &["беларусь", "беларуси", "белоруссия", "белоруссии"],
        ),
        ("Europe", &["европа", "европы", "европе"]),
        ("Crimea", &["крым", "крыма", "крыму"]),
        ("Donbas", &["донбасс", "донбасса"]),
        ("Kharkiv", &["харьков", "харькова"]),
        ("Odesa", &["одесса", "одессы"]),
        ("Lviv", &["львова", "львов"]),
        ("Mariupol", &["мариуполь", "мариуполя"]),
        ("Kherson", &["херсон", "херсона", "херсоне"]),
        ("Zaporizhzhia", &["запорожье"]),
        ("Donetsk", &["донецк", "донецка"]),
        ("Luhansk", &["луганск", "луганска"]),
        (
            "Saint Petersburg",
            &[
                "петербург",
                "петербурга",
                "петербурге",
                "санкт-петербург",
                "санкт-петербурга",
            ],
        ),
        ("Bucha", &["буча", "буче"]),
        ("Dnipro", &["днепр"]),
        ("Bakhmut", &["бахмут", "бахмута"]),
        // Countries in the news, in their cases (generated from the
        // nominative by the regular endings; checked by hand).
        ("Turkey", &["турция", "турции", "турцию", "турцией"]),
        ("Iran", &["иран", "ирана", "ирану", "иране", "ираном"]),
        ("Iraq", &["ирак", "ирака", "ираку", "ираке", "ираком"]),
        (
            "Israel",
            &["израиль", "израиля", "израилю", "израилем", "израиле"],
        ),
        ("Italy", &["италия", "италии", "италию", "италией"]),
        ("Spain", &["испания", "испании", "испанию", "испанией"]),
        ("Greece", &["греция", "греции", "грецию", "грецией"]),
        ("Hungary", &["венгрия", "венгрии", "венгрию", "венгрией"]),
        ("Romania", &["румыния", "румынии", "румынию", "румынией"]),
        (
            "Bulgaria",
            &["болгария", "болгарии", "болгарию", "болгарией"],
        ),
        ("Serbia", &["сербия", "сербии", "сербию", "сербией"]),
        (
            "Finland",
            &["финляндия", "финляндии", "финляндию", "финляндией"],
        ),
        ("Sweden", &["швеция", "швеции", "швецию", "швецией"]),
        ("Norway", &["норвегия", "норвегии", "норвегию", "норвегией"]),
        ("Denmark", &["дания", "дании", "данию", "данией"]),
        ("Austria", &["австрия", "австрии", "австрию", "австрией"]),
        (
            "Switzerland",
            &["швейцария", "швейцарии", "швейцарию", "швейцарией"],
        ),
        ("Belgium", &["бельгия", "бельгии", "бельгию", "бельгией"]),
        (
            "Netherlands",
            &[
                "нидерланды",
                "нидерландов",
                "нидерландам",
                "нидерландах",
                "нидерландами",
            ],
        ),
        ("Czechia", &["чехия", "чехии", "чехию", "чехией"]),
        (
            "Slovakia",
            &["словакия", "словакии", "словакию", "словакией"],
        ),
        ("Estonia", &["эстония", "эстонии", "эстонию", "эстонией"]),
        ("Latvia", &["латвия", "латвии", "латвию", "латвией"]),
        ("Lithuania", &["литва", "литвы", "литве", "литву", "литвой"]),
        (
            "Moldova",
            &[
                "молдавия",
                "молдавии",
                "молдавию",
                "молдавией",
                "молдова",
                "молдовы",
                "молдове",
                "молдову",
                "молдовой",
            ],
        ),
        ("Georgia", &["грузия", "грузии", "грузию", "грузией"]),
        ("Armenia", &["армения", "армении", "армению", "арменией"]),
        (
            "Azerbaijan",
            &[
                "азербайджан",
                "азербайджана",
                "азербайджану",
                "азербайджане",
                "азербайджаном",
            ],
        ),
        (
            "Kazakhstan",
            &[
                "казахстан",
                "казахстана",
                "казахстану",
                "казахстане",
                "казахстаном",
            ],
        ),
        (
            "Uzbekistan",
            &[
                "узбекистан",
                "узбекистана",
                "узбекистану",
                "узбекистане",
                "узбекистаном",
            ],
        ),
        (
            "Tajikistan",
            &[
                "таджикистан",
                "таджикистана",
                "таджикистану",
                "таджикистане",
                "таджикистаном",
            ],
        ),
        (
            "Kyrgyzstan",
            &["киргизия", "киргизии", "киргизию", "киргизией"],
        ),
        (
            "Turkmenistan",
            &["туркмения", "туркмении", "туркмению", "туркменией"],
        ),
        (
            "Mongolia",
            &["монголия", "монголии", "монголию", "монголией"],
        ),
        ("Japan", &["япония", "японии", "японию", "японией"]),
        ("India", &["индия", "индии", "индию", "индией"]),
        (
            "Pakistan",
            &[
                "пакистан",
                "пакистана",
                "пакистану",
                "пакистане",
                "пакистаном",
            ],
        ),
        (
            "Afghanistan",
            &[
                "афганистан",
                "афганистана",
                "афганистану",
                "афганистане",
                "афганистаном",
            ],
        ),
        ("Syria", &["сирия", "сирии", "сирию", "сирией"]),
        (
            "Egypt",
            &["египет", "египта", "египту", "египте", "египтом"],
        ),
        (
            "Lebanon",
            &["ливан", "ливана", "ливану", "ливане", "ливаном"],
        ),
        ("Libya", &["ливия", "ливии", "ливию", "ливией"]),
        ("Qatar", &["катар", "катара", "катару", "катаре", "катаром"]),
        (
            "Canada",
            &["канада", "канады", "канаде", "канаду", "канадой"],
        ),
        (
            "Mexico",
            &["мексика", "мексики", "мексике", "мексику", "мексикой"],
        ),
        ("Brazil", &["бразилия", "бразилии", "бразилию", "бразилией"]),
        (
            "Argentina",
            &[
                "аргентина",
                "аргентины",
                "аргентине",
                "аргентину",
                "аргентиной",
            ],
        ),
        (
            "Venezuela",
            &[
                "венесуэла",
                "венесуэлы",
                "венесуэле",
                "венесуэлу",
                "венесуэлой",
            ],
        ),
        ("Cuba", &["куба", "кубы", "кубе", "кубу", "кубой"]),
        (
            "Australia",
            &["австралия", "австралии", "австралию", "австралией"],
        ),
        (
            "Vietnam",
            &["вьетнам", "вьетнама", "вьетнаму", "вьетнаме", "вьетнамом"],
        ),
        (
            "Indonesia",
            &["индонезия", "индонезии", "индонезию", "индонезией"],
        ),
    ],
    demonyms: &[],
    male_given_names: &[
        "володимир",
        "владимир",
        "дмитрий",
        "александр",
        "сергей",
        "андрей",
        "алексей",
        "михаил",
        "николай",
        "петр",
        "павел",
        "иван",
        "юрий",
        "виктор",
        "виталий",
        "валерий",
        "василий",
        "игорь",
        "олег",
        "роман",
        "максим",
        "денис",
        "антон",
        "артем",
        "евгений",
        "борис",
        "вадим",
        "геннадий",
        "анатолий",
        "леонид",
        "костянтин",
        "константин",
        "кирилл",
        "рамзан",
        "арсений",
        "тарас",
        "богдан",
        "ярослав",
        "остап",
        "степан",
        "григорий",
        "федор",
        "фёдор",
        "илья",
        "семен",
        "семён",
        "тимур",
        "руслан",
        "станислав",
        "святослав",
        "всеволод",
        "арсен",
        "назар",
        "ростислав",
        "мирослав",
        "егор",
        "джо",
        "джозеф",
        "дональд",
        "емманюель",
        "эммануэль",
        "олаф",
        "вячеслав",
        "эдуард",
        "аркадий",
        "глеб",
        "георгий",
        "марк",
        "матвей",
        "никита",
        "ефим",
        "яков",
        "валентин",
        "вениамин",
        "герман",
        "даниил",
        "данила",
        "захар",
        "савва",
        "тимофей",
        "филипп",
        "эмиль",
        "альберт",
        "аслан",
        "ахмат",
        "рустам",
        "ринат",
        "марат",
        "айдар",
        "ильдар",
        "эльдар",
        "мурат",
        "шамиль",
        "магомед",
        "заур",
        "владислав",
        "игнат",
        "иннокентий",
        "кузьма",
        "макар",
        "мстислав",
        "платон",
        "прохор",
        "родион",
        "рудольф",
        "тихон",
        "трофим",
        "феликс",
        "юлиан",
        "давид",
        "гавриил",
        "энтони",
        "антони",
        "джейк",
        "ллойд",
        "барак",
        "реджеп",
        "йенс",
        "ричард",
        "майкл",
        "джон",
        "джеймс",
        "роберт",
        "уильям",
        "генри",
        "кристофер",
        "стивен",
        "томас",
        "чарльз",
        "шарль",
        "франсуа",
        "жан",
        "николя",
        "эрдоган",
    ],
    female_given_names: &[
        "мария",
        "елена",
        "анна",
        "ирина",
        "наталья",
        "ольга",
        "татьяна",
        "юлия",
        "оксана",
        "светлана",
        "людмила",
        "галина",
        "екатерина",
        "вера",
        "надежда",
        "нина",
        "софья",
        "дарья",
        "лариса",
        "валентина",
        "алла",
        "виктория",
        "маргарита",
        "елизавета",
        "анастасия",
        "ксения",
        "евгения",
        "инна",
        "лилия",
        "зоя",
        "раиса",
        "тамара",
        "любов",
        "любовь",
        "алина",
        "яна",
        "вероника",
        "диана",
        "кристина",
        "мадлен",
        "маргарет",
        "ангела",
        "марина",
        "полина",
        "алена",
        "алёна",
        "жанна",
        "кира",
        "майя",
        "ульяна",
        "эльвира",
        "элина",
        "карина",
        "василиса",
        "милана",
        "таисия",
        "агата",
        "регина",
        "снежана",
        "олеся",
        "дина",
        "лидия",
        "ева",
        "варвара",
        "антонина",
        "зинаида",
        "клавдия",
        "римма",
        "эльмира",
        "ангелина",
        "арина",
        "валерия",
        "альбина",
        "урсула",
        "камала",
        "нэнси",
        "хиллари",
        "тереза",
        "кая",
        "лиз",
    ],
    place_nominatives: &[
        ("United States", "США"),
        ("United Kingdom", "Великобритания"),
        ("Russia", "Россия"),
        ("Ukraine", "Украина"),
        ("Kyiv", "Киев"),
        ("Moscow", "Москва"),
        ("Germany", "Германия"),
        ("France", "Франция"),
        ("China", "Китай"),
        ("Poland", "Польша"),
        ("Belarus", "Беларусь"),
        ("Europe", "Европа"),
        ("Crimea", "Крым"),
        ("Donbas", "Донбасс"),
        ("Kharkiv", "Харьков"),
        ("Odesa", "Одесса"),
        ("Lviv", "Львов"),
        ("Mariupol", "Мариуполь"),
        ("Kherson", "Херсон"),
        ("Zaporizhzhia", "Запорожье"),
        ("Donetsk", "Донецк"),
        ("Luhansk", "Луганск"),
        ("Saint Petersburg", "Санкт-Петербург"),
        ("Bucha", "Буча"),
        ("Dnipro", "Днепр"),
        ("Bakhmut", "Бахмут"),
    ],
};

/// Cues of names, roles, organisations and laws; see [`crate::NameCueWords`].
pub static NAME_CUES: crate::NameCueWords = crate::NameCueWords {
    capitalised_common: &[],
    title_abbreviations: &[],
    male_titles: &[],
    female_titles: &["журналистка", "прессекретарша"],
    role_nouns: &[],
    role_modifiers: &[],
    role_stems: &[
        "президент",
        "премьер-министр",
        "министр",
        "генерал",
        "пресс-секретар",
        "представител",
        "посол",
        "депутат",
        "губернатор",
        "мэр",
        "директор",
        "гендиректор",
        "руководител",
        "председател",
        "начальник",
        "командующ",
        "спикер",
        "лидер",
        "глава",
        "канцлер",
        "генсек",
        "генеральн",
        "секретар",
        "журналист",
        "прокурор",
        "судья",
        "советник",
        "помощник",
        "автор",
        "ведущ",
        "полковник",
        "генпрокурор",
        "омбудсман",
        "патриарх",
        "митрополит",
        "адвокат",
        "юрист",
        "эксперт",
        "аналитик",
        "политолог",
        "экономист",
        "профессор",
        "настоятел",
        "священник",
    ],
    office_endings: &["ия", "ии", "ию", "ией", "иям", "иях", "иями"],
    organisation_heads: &[],
    organisation_stems: &[
        "министерств",
        "ведомств",
        "пресс-служб",
        "минобороны",
        // Ministries named by their short compounds ("Минфина", "Минздрава").
        "минфин",
        "минздрав",
        "минюст",
        "минэконом",
        "минтранс",
        "минпромторг",
        "минприроды",
        "минтруд",
        "минобрнауки",
        "минпросвещ",
        "минсельхоз",
        "минстро",
        "минэнерго",
        "минкульт",
        "минцифр",
        // Federal services named by their compounds ("Роскомнадзора").
        "роскомнадзор",
        "роспотребнадзор",
        "ростехнадзор",
        "рособрнадзор",
        "росприроднадзор",
        "россельхознадзор",
        "росздравнадзор",
        "росгварди",
        "роскосмос",
        "росстат",
        "росавиаци",
        "росфинмониторинг",
        "мид",
        "дума",
        "госдум",
        "думы",
        "кремл",
        "служб",
        "комитет",
        "фонд",
        "партия",
        "партии",
        "правительств",
        "банк",
        "суд",
        "офис",
        "управлени",
        "генштаб",
        "агентств",
        "компани",
        "университет",
        "академи",
        "прокуратур",
        "полици",
        "милици",
        "арми",
        "сил",
        "штаб",
        "газет",
        "телеканал",
        "ассоциаци",
        "союз",
        "организаци",
    ],
    law_heads: &["конвенции", "договор", "закон", "конституция"],
    programme_descriptors: &[
        "программа",
        "программы",
        "передача",
        "передачи",
        "фильм",
        "шоу",
        "книга",
        "книги",
        "операции",
    ],
    organisation_descriptors: &[
        "телеканал",
        "телеканале",
        "газета",
        "газете",
        "газеты",
        "издание",
        "агентство",
        "агентства",
        "журнал",
        "радиостанция",
    ],
    law_descriptors: &["закон", "закону", "законопроект", "указ", "указу"],
};

/// English's prepositional reporting cues ("warned of") have no rule here:
/// Slavic cues are read by their own constructions.
pub const PREPOSITIONAL_CUES: &[(&str, &[&str])] = &[];

/// Verbs of saying whose object makes them an action: the English rules
/// read them only.
/// "отвечал за установку елки": was in charge of.
/// The languages someone writes or speaks in ("пишет по-русски").
const IN_A_LANGUAGE: &[&str] = &[
    "по-русски",
    "по-английски",
    "по-украински",
    "по-немецки",
    "по-французски",
];

/// Set phrases in which a verb of saying reports nothing.
pub const IDIOMS_WITH_CUES: &[&[&str]] = &[
    &["так", "сказать"],
    &["честно", "говоря"],
    &["собственно", "говоря"],
    &["грубо", "говоря"],
    &["иначе", "говоря"],
];

/// Words that open what "отметил" gives when it awards, not notes
/// ("отметил государственными наградами сорок военных").
const AWARDS: &[&str] = &[
    "государственными",
    "государственной",
    "наградами",
    "наградой",
    "орденами",
    "орденом",
    "медалями",
    "медалью",
    "грамотами",
    "грамотой",
    "почетными",
    "почетной",
    "званием",
    "званиями",
    "премией",
    "премиями",
];

/// See [`crate::Lexicon::action_cue_prepositions`].
pub const ACTION_CUE_PREPOSITIONS: &[(&str, &[&str])] = &[];

pub const ACTION_PREPOSITIONS: &[(&str, &[&str])] = &[
    ("отмет", AWARDS),
    ("отмеч", AWARDS),
    ("отвеч", &["за"]),
    ("ответил", &["за"]),
    ("пиш", IN_A_LANGUAGE),
    ("писал", IN_A_LANGUAGE),
    ("говор", IN_A_LANGUAGE),
    ("разговарива", IN_A_LANGUAGE),
];

pub const ACTION_OBJECTS: &[(&str, &[&str])] = &[];

pub const OBJECT_BEFORE_PREPOSITION_STEMS: &[&str] = &[];

/// See [`crate::Lexicon::say_forms`].
pub const SAY_FORMS: &[&str] = &[];

/// Verbs of saying in Cyrillic take no object content (the rule checks
/// the script itself).
pub const OBJECTLESS_SPEECH_STEMS: &[&str] = &[];

/// Words that relay other words: the English rules read them only.
pub const RELAYING_SPEECH_STEMS: &[&str] = &[];

/// Verbs by which an outlet quotes someone; see
/// [`crate::Lexicon::quoting_verb_stems`].
pub const QUOTING_VERB_STEMS: &[&str] = &["цитир", "процитир"];

/// See [`crate::Lexicon::clause_only_speech_stems`].
pub const CLAUSE_ONLY_SPEECH_STEMS: &[&str] = &[
    // Fear, hope, doubt ("опасаются роста цен", "надеются убить"), "пишут заявления", "указали номер": words said only with their clause.
    "опаса",
    "надеет",
    "надеют",
    "надеял",
    "сомнева",
    "дума",
    "предполага",
    "пишут",
    "указыва",
    "указали",
    // "выразил протест", "висловив співчуття": a belief only with its clause.
    "выраз",
    "прокомментир",
    "комментир",
    "высказал",
    "повторил",
    "процитир",
    "цитир",
    "отреагир",
    "подытожил",
    "упомянул",
    "пригрозил",
];

/// Words that name: the English rules read them only.
pub const NAMING_VERB_STEMS: &[&str] = &["назвал"];

/// Words that open an indirect question: the English rules read them only.
pub const INDIRECT_QUESTION_WORDS: &[&str] = &[];

/// Words that open a contrasting clause: the English rules read them only.
pub const CONTRAST_CONJUNCTIONS: &[&str] = &[];

/// Words that open a subordinate clause ("Когда X сказал, что ..., он ...";
/// "X, когда ..., говорил").
pub const SUBORDINATING_CONJUNCTIONS: &[&str] =
    &["когда", "если", "пока", "хотя", "поскольку", "ибо"];

/// Words that join a speaker phrase to the noun before it: the English
/// rules read them only.
pub const SPEAKER_OF_PREPOSITIONS: &[&str] = &[];

/// Words that follow an object of a verb of saying: the English rules read
/// them only.
pub const OBJECT_PREPOSITIONS: &[&str] = &[];

/// Words that take a clause no one said: the English rules read
/// them only.
pub const UNREPORTED_CLAUSE_NOUNS: &[&str] = &[];

/// Words that name a group "they" stands for: the English rules read
/// them only.
pub const GROUP_NOUNS: &[&str] = &[];

/// Words that name a body "it" stands for: the English rules read
/// them only.
pub const SPEAKING_BODY_NOUNS: &[&str] = &[];

/// Words that end a subject: the English rules read
/// them only.
pub const FINITE_VERBS: &[&str] = &[];

/// Words that make the next word a noun: the English rules read
/// them only.
pub const NOUN_SLOT_WORDS: &[&str] = &[];

/// The quote stage's speaker rules read English titles, labels and
/// transcripts only: the Russian and Ukrainian lists are empty (the
/// first-person pronouns too, to keep the rules' output as it was).
pub static SPEAKER_RULES: crate::SpeakerRuleWords = crate::SpeakerRuleWords {
    authoring_verbs: &[],
    authored_texts: &[],
    label_openings: &[],
    transcript_not_name_openings: &[],
    // Sentence adverbs that open a sentence capitalised ("Так, в январе
    // двое сотрудников подали в суд, заявив ...").
    not_names_alone: &[
        "так",
        "однако",
        "впрочем",
        "также",
        "тогда",
        "поэтому",
        "итак",
        "например",
        "теперь",
        "сейчас",
        "здесь",
        "там",
        "тут",
        "вот",
        "затем",
        "потом",
        "кроме",
        "наконец",
        "конечно",
        "действительно",
        "напротив",
        "вдобавок",
    ],
    transcript_not_names_alone: &[],
    first_person_pronouns: &["я", "мы", "меня", "нас", "мой", "наш"],
    programme_making_nouns: &[],
    programme_nouns: &[],
    talk_nouns: &[],
    excerpt_nouns: &[],
    publishing_verbs: &[],
    medium_possessives: &[],
    not_speaker_labels: &[],
    name_joiners: &[],
    not_in_turn_names: &[],
    unnamed_turn_labels: &[],
    first_person_subjects: &[],
    spoken_person_words: &[],
    elliptical_clause_openers: &[],
    setting_prepositions: &[],
    talk_partner_prepositions: &[],
    posting_medium_prepositions: &[],
    channel_prepositions: &[],
    channel_nouns: &[],
    medium_ending_words: &[],
    author_name_joiners: &[],
    author_prepositions: &[],
    text_determiners: &[],
    name_period_abbreviations: &[],
    paired_cue_prefixes: &[],
    cue_particles: &[],
    cue_particles_any_case: &[],
    parenthetical_adverbs: &[],
    speaker_leading_words: &[
        "где",
        "тогда",
        "сразу",
        "же",
        "уже",
        "ранее",
        "поскольку",
        "куда",
        "откуда",
        "также",
        "тоже",
        "затем",
        "потом",
        "наконец",
        "позже",
        "ещё",
        "еще",
        "вновь",
        "снова",
        "хотя",
        "вечером",
        "утром",
        "днем",
        "днём",
        "ночью",
        "сначала",
        "впервые",
        "теперь",
        "ныне",
        "даже",
        "лишь",
        "только",
        "так",
        "не",
        "единожды",
        "впоследствии",
        "позднее",
        "что",
        "якобы",
        "будто",
    ],
    speaker_setting_prepositions: &[],
    gerund_endings: &["я", "в", "вши", "вшись", "ясь"],
    agent_prepositions: &[],
    programme_making_prepositions: &[],
    excerpt_relative_pronouns: &[],
    medium_nouns: &[],
    latter_words: &["последний", "последняя"],
    definite_articles: &[],
    singular_s_endings: &[],
    non_plural_s_endings: &[],
    past_verb_endings: &[
        "ил", "ал", "ял", "ел", "ыл", "ила", "ала", "яла", "ела", "или", "али", "яли", "ели",
    ],
    reflexive_endings: &["ся", "сь"],
    agent_noun_endings: &[],
    neuter_pronouns: &[],
    role_head_prepositions: &[],
    naming_phrases: &[],
};

/// The quote stage's hedge grammar reads English constructions only.
pub static HEDGE_RULES: crate::HedgeRuleWords = crate::HedgeRuleWords {
    opinion_possessives: &[],
    opinion_nouns: &[],
    cited_source_nouns: &[],
    impersonal_auxiliaries: &[],
    impersonal_report_participles: &[],
    opinion_prepositions: &[],
    source_citing_verbs: &[],
    impersonal_subjects: &[],
    perfect_be_forms: &[],
};

/// The quote tagger's content-end words are English only.
pub static CONTENT_RULES: crate::ContentRuleWords = crate::ContentRuleWords {
    predicate_conjunctions: &[],
    clause_openers: &[],
    reporter_adjunct_openers: &[],
    gapped_report_verbs: &[],
    gap_relatives: &[],
    quoting_verbs: &[],
    quoting_as: &[],
    as_report_openers: &[],
    as_report_idioms: &[],
    as_report_timing_verbs: &[],
    quoting_participles: &[],
    quoting_adjuncts: &[],
    trailing_conjunctions: &[],
    said_object_pronouns: &[],
    adjunct_prepositions: &[],
    citing_participles: &[],
    non_clause_pronouns: &[],
    expletive_subjects: &[],
    adverb_endings: &[],
    clause_auxiliaries: &[],
    verb_endings: &[],
    impersonal_passive_auxiliaries: &[],
    passive_auxiliaries: &[],
    infinitive_markers: &[],
    // (Not every "-ти": "власти", "области" are nouns.)
    infinitive_endings: &["ть", "ться", "чь", "йти", "зти"],
    intent_verb_stems: &[
        "обеща",
        "пообеща",
        "призва",
        "призыва",
        "предлож",
        "предлага",
        "поручи",
        "поруча",
        "пригрози",
        "угрожа",
        "потребова",
        "требу",
    ],
    question_verb_stems: &[],
    telling_verb_stems: &[],
    person_object_stems: &[],
    object_pronouns: &[
        "его", "её", "ее", "их", "него", "неё", "нее", "них", "меня", "тебя", "нас", "вас",
    ],
    addressee_pronouns: &[],
    citing_verb_stems: &[],
    indefinite_articles: &[],
    conditional_subordinators: &[],
    participle_endings: &[],
    dangling_words: &[],
};

/// The trace stage reads English only.
pub static TRACE: crate::TraceWords = crate::TraceWords {
    stop_words: &[],
    passive_report_verbs: &[],
    passive_auxiliaries: &[],
    agent_prepositions: &[],
    relaying_phrases: &[],
    quoting_words: &[],
    pronoun_speakers: &[],
    first_person_frame_pronouns: &[],
    definite_articles: &[],
    number_scales: &[],
    non_negating_phrases: &[],
    negation_endings: &[],
    uncounted_number_words: &[],
    body_modifier_stop_words: &[],
};
