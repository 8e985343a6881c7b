//! Russian.

pub const MONTH_ABBREVIATIONS: [&[&str]; 12] = [&[]; 12];

/// The genitive: "16 июля".
pub const MONTH_AFTER_DAY: Option<usize> = Some(1);

pub use crate::listed_forms_only as inflect;

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
    "кремль",
    "кремля",
    "кремле",
    "белый дом",
    "белого дома",
    "пентагон",
    "пентагона",
];

/// Verbs of saying, as bases the language's `inflect` expands ("note" -> notes, noted, noting).
pub const SPEECH_VERB_BASES: &[&str] = &[];

/// Verbs of thinking, showing and finding: cues only before a `that` clause.
pub const COGNITION_VERB_BASES: &[&str] = &[];

/// Verbs that only attribute quoted words ("called it a "disaster"").
pub const QUOTE_ONLY_VERB_BASES: &[&str] = &[];

/// Verbs of intending and wanting, with a `to` infinitive ("plans to run").
pub const INTENT_VERB_BASES: &[&str] = &[];

/// Forms of intent verbs that `inflect` does not make.
pub const INTENT_VERB_FORMS: &[&str] = &[];

/// Forms of verbs of saying, listed one by one (irregular or inflected forms).
pub const SPEECH_VERB_FORMS: &[&str] = &[
    "сказал",
    "сказала",
    "сказали",
    "заявил",
    "заявила",
    "заявили",
    "заявляет",
    "заявляют",
    "отметил",
    "отметила",
    "отметили",
    "отмечает",
    "подчеркнул",
    "подчеркнула",
    "подчеркнули",
    "подчеркивает",
    "сообщил",
    "сообщила",
    "сообщили",
    "сообщает",
    "сообщают",
    "добавил",
    "добавила",
    "добавили",
    "написал",
    "написала",
    "написали",
    "пишет",
    "пояснил",
    "пояснила",
    "пояснили",
    "объяснил",
    "объяснила",
    "рассказал",
    "рассказала",
    "рассказали",
    "говорит",
    "говорят",
    "говорил",
    "говорила",
    "утверждает",
    "утверждал",
    "утверждала",
    "утверждают",
    "признал",
    "признала",
    "признался",
    "заверил",
    "заверила",
    "предупредил",
    "предупредила",
    "объявил",
    "объявила",
    "объявили",
    "ответил",
    "ответила",
    "напомнил",
    "напомнила",
    "уточнил",
    "уточнила",
    "призвал",
    "призвала",
    "пообещал",
    "пообещала",
    "подтвердил",
    "подтвердила",
    "подтвердили",
    "сказано",
    "констатировал",
    "резюмировал",
    "заключил",
    "передает",
    "передаёт",
    "цитирует",
    "рассказывает",
    "рассказывают",
    "объясняет",
    "поясняет",
    "добавляет",
    "отвечает",
    "ответили",
    "спросил",
    "спросила",
    "спрашивает",
    "поинтересовался",
    "поинтересовалась",
    "уточняет",
    "вспоминает",
    "замечает",
    "заметил",
    "заметила",
    "комментирует",
    "делится",
    "признается",
    "признаётся",
    "резюмирует",
];

/// Forms of verbs of thinking, listed one by one.
pub const COGNITION_VERB_FORMS: &[&str] = &[
    "считает",
    "считают",
    "полагает",
    "уверен",
    "уверена",
    "уверены",
    "убежден",
    "убеждена",
];

/// Forms of quote-only verbs that `inflect` does not make.
pub const QUOTE_ONLY_VERB_FORMS: &[&str] = &[];

/// Adverbial participles of verbs of saying ("зазначивши"): their speaker is the clause's subject.
pub const SPEECH_PARTICIPLES: &[&str] = &["отметив", "подчеркнув", "добавив", "заявив", "пояснив"];

/// Auxiliaries and adverbs that may sit between a speaker and the verb and belong to the cue ("has", "also").
pub const CUE_PREFIXES: &[&str] = &[
    "в",
    "свою",
    "очередь",
    "также",
    "тоже",
    "ранее",
    "уже",
    "же",
];

/// Function words that end a speaker noun phrase.
pub const PHRASE_STOPS: &[&str] = &[
    "и",
    "а",
    "но",
    "что",
    "как",
    "когда",
    "если",
    "в",
    "на",
    "с",
    "по",
    "у",
    "за",
    "который",
    "которая",
    "которые",
];

/// Subject pronouns that can be a speaker.
pub const SUBJECT_PRONOUNS: &[&str] = &["он", "она", "они", "мы", "я"];

/// Male and female personal pronouns (fallback pronoun resolution).
pub const PERSONAL_PRONOUNS: &[&str] = &["он", "она"];

/// Relative pronouns: the speaker is the noun phrase before the comma.
pub const RELATIVE_PRONOUNS: &[&str] = &["который", "которая", "которые", "которого"];

/// Determiners and articles: may open a speaker noun phrase.
pub const DETERMINERS: &[&str] = &[];

/// Words that open reported content ("that").
pub const COMPLEMENTIZERS: &[&str] = &["что", "мол", "дескать", "чтобы"];

/// Words that mark a quoted stretch as a title or name, not speech ("the program", "so-called").
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

/// Role, group and title nouns and their adjectives that may sit inside a speaker noun phrase ("spokeswoman", "senior").
pub const SPEAKER_NOUNS: &[&str] = &[];

/// Single-word hedges and evidentials, with their kind (`hedge` or `evidential`).
pub const HEDGES: &[(&str, &str)] = &[
    ("якобы", "hedge"),
    ("предположительно", "hedge"),
    ("возможно", "hedge"),
    ("вероятно", "hedge"),
    ("по-видимому", "hedge"),
];

/// Verb forms far more often nouns or adverbs than reporting verbs ("point", "state").
pub const NOT_CUES: &[&str] = &[];

/// Words that join the parts of a speaker noun phrase ("secretary of state").
pub const PHRASE_JOINERS: &[&str] = &[];

/// The most frequent forms of the verbs of saying: a capitalised word before one ends a name ("Smith said"). A subset of the reporting verbs (tested).
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

/// Verb forms of a written attribution ("X said: ..."): a label holding one is speech, not a speaker's name.
pub const ATTRIBUTION_VERBS: &[&str] = &[];

/// Capitals and bodies that stand for a government when words are given to them ("Moscow said", "the Kremlin said").
pub const BODY_NAMES: &[&str] = &[];

/// Head nouns of a body: "the Russian government", "the US administration".
pub const BODY_HEADS: &[&str] = &[];

/// Nouns of a body named as the agent of new words ("by the US administration"). A subset of the body heads (tested).
pub const AGENT_BODY_NOUNS: &[&str] = &[];

/// Single-word hedges of a claim: modal verbs of possibility, epistemic adverbs and approximators ("practically one people").
pub const APPROXIMATE_WORDS: &[&str] = &[];

/// Two-word hedges: the speaker marks the words as opinion or belief.
pub const HEDGE_PHRASES: &[(&str, &str)] = &[];

/// Modal verbs: a hedge hardened into "will" changes a quote.
pub const MODAL_VERBS: &[&str] = &[];

/// Negating words (a word ending in "n't" negates too).
pub const NEGATORS: &[&str] = &[];

/// Words that carry or change a number ("dozens", "twice").
pub const NUMBER_WORDS: &[&str] = &[];

pub const BELIEF_VERBS: &[&str] = &[];

/// Lower-case letters of this language's alphabet that the others' lack: they tell Ukrainian from Russian text.
pub const LETTERS: &[char] = &['ы', 'э', 'ъ', 'ё'];

/// Nouns for words said: "the recent words of", "a statement by".
pub const SAID_NOUNS: &[&str] = &["слова", "заявление", "заявления"];

/// Beginnings of verbs that relay another's words ("quoting", "echoed"), matched on the lower-cased word.
pub const RELAY_VERB_PREFIXES: &[&str] = &[];

/// Forms of verbs that relay another's words, listed one by one.
pub const RELAY_VERB_FORMS: &[&str] = &["цитирует", "процитировал", "повторил", "повторила"];

/// Two-word phrases that mark words as someone's opinion ("по мнению").
pub const OPINION_PHRASES: &[(&str, &str)] = &[("по", "мнению")];

/// Two-word phrases that name words as reported ("по словам").
pub const EVIDENTIAL_PHRASES: &[(&str, &str)] =
    &[("по", "словам"), ("по", "данным"), ("как", "сообщается")];

/// Conjunctions and sentence adverbs that open a sentence before its subject ("але", "однако").
pub const SENTENCE_OPENERS: &[&str] = &["и", "а", "но", "однако", "зато", "также", "поэтому"];
