//! Ukrainian.

pub const MONTH_ABBREVIATIONS: [&[&str]; 12] = [&[]; 12];

/// The genitive: "16 липня".
pub const MONTH_AFTER_DAY: Option<usize> = Some(1);

pub use crate::listed_forms_only as inflect;

pub const MONTHS: [&[&str]; 12] = [
    &["січень", "січня", "січні", "січнем"],
    &["лютий", "лютого", "лютому", "лютим"],
    &["березень", "березня", "березні", "березнем"],
    &["квітень", "квітня", "квітні", "квітнем"],
    &["травень", "травня", "травні", "травнем"],
    &["червень", "червня", "червні", "червнем"],
    &["липень", "липня", "липні", "липнем"],
    &["серпень", "серпня", "серпні", "серпнем"],
    &["вересень", "вересня", "вересні", "вереснем"],
    &["жовтень", "жовтня", "жовтні", "жовтнем"],
    &["листопад", "листопада", "листопаді", "листопадом"],
    &["грудень", "грудня", "грудні", "груднем"],
];

/// With the apostrophe-less spellings of "п'ятниця" seen in news text.
pub const WEEKDAYS: [&[&str]; 7] = [
    &["понеділок", "понеділка", "понеділку"],
    &["вівторок", "вівторка", "вівторку"],
    &["середа", "середу", "середи"],
    &["четвер", "четверга"],
    &["п'ятниця", "п'ятницю", "п'ятниці", "пятниця", "пятницю"],
    &["субота", "суботу", "суботи"],
    &["неділя", "неділю", "неділі"],
];

pub const INSTITUTION_NAMES: &[&str] = &[
    "кремль",
    "кремля",
    "кремлі",
    "білий дім",
    "білого дому",
    "пентагон",
    "пентагону",
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
    "сказав",
    "заявив",
    "заявляє",
    "заявляють",
    "зазначив",
    "зазначила",
    "зазначили",
    "зазначає",
    "наголосив",
    "наголосила",
    "наголосили",
    "наголошує",
    "повідомив",
    "повідомила",
    "повідомили",
    "повідомляє",
    "повідомляють",
    "додав",
    "додала",
    "додали",
    "написав",
    "написала",
    "написали",
    "пише",
    "пояснив",
    "пояснила",
    "пояснили",
    "розповів",
    "розповіла",
    "розповіли",
    "підкреслив",
    "підкреслила",
    "підкреслили",
    "каже",
    "кажуть",
    "говорить",
    "запевнив",
    "запевнила",
    "попередив",
    "попередила",
    "визнав",
    "визнала",
    "оголосив",
    "оголосила",
    "відповів",
    "відповіла",
    "нагадав",
    "нагадала",
    "уточнив",
    "уточнила",
    "закликав",
    "закликала",
    "пообіцяв",
    "пообіцяла",
    "підтвердив",
    "підтвердила",
    "підтвердили",
    "звернувся",
    "звернулася",
    "стверджує",
    "стверджував",
    "розповідає",
    "розповідають",
    "пояснює",
    "пояснюють",
    "додає",
    "відповідає",
    "відповіли",
    "запитує",
    "питає",
    "запитав",
    "запитала",
    "спитав",
    "спитала",
    "поцікавився",
    "поцікавилася",
    "поцікавилась",
    "уточнює",
    "згадує",
    "зауважив",
    "зауважила",
    "зауважує",
    "коментує",
    "ділиться",
    "мовить",
    "говорив",
    "говорила",
    "розповідав",
    "розповідала",
    "запропонував",
    "запропонувала",
    "зізнається",
    "підсумовує",
    "резюмує",
];

/// Forms of verbs of thinking, listed one by one.
pub const COGNITION_VERB_FORMS: &[&str] = &[
    "вважає",
    "вважають",
    "переконаний",
    "переконана",
    "впевнений",
    "впевнена",
];

/// Forms of quote-only verbs that `inflect` does not make.
pub const QUOTE_ONLY_VERB_FORMS: &[&str] = &[];

/// Adverbial participles of verbs of saying ("зазначивши"): their speaker is the clause's subject.
pub const SPEECH_PARTICIPLES: &[&str] = &[
    "зазначивши",
    "наголосивши",
    "додавши",
    "підкресливши",
    "заявивши",
    "пояснивши",
];

/// Auxiliaries and adverbs that may sit between a speaker and the verb and belong to the cue ("has", "also").
pub const CUE_PREFIXES: &[&str] = &["в", "також", "раніше", "вже", "ж"];

/// Function words that end a speaker noun phrase.
pub const PHRASE_STOPS: &[&str] = &[
    "а", "в", "на", "по", "і", "й", "та", "що", "як", "коли", "якщо", "у", "з", "за", "який",
    "яка", "які",
];

/// Subject pronouns that can be a speaker.
pub const SUBJECT_PRONOUNS: &[&str] = &["я", "він", "вона", "вони", "ми"];

/// Male and female personal pronouns (fallback pronoun resolution).
pub const PERSONAL_PRONOUNS: &[&str] = &["він", "вона"];

/// Relative pronouns: the speaker is the noun phrase before the comma.
pub const RELATIVE_PRONOUNS: &[&str] = &["який", "яка", "які"];

/// Determiners and articles: may open a speaker noun phrase.
pub const DETERMINERS: &[&str] = &[];

/// Words that open reported content ("that").
pub const COMPLEMENTIZERS: &[&str] = &["що", "щоб"];

/// Words that mark a quoted stretch as a title or name, not speech ("the program", "so-called").
pub const TITLE_MARKERS: &[&str] = &[
    "книга",
    "книги",
    "газета",
    "телеканал",
    "так",
    "програма",
    "програми",
    "передачі",
    "газети",
    "операція",
    "операції",
    "проєкт",
    "проєкту",
    "партія",
    "партії",
    "телеканалу",
    "званий",
    "звана",
    "звані",
    "видання",
    "агентство",
    "агентства",
    "агенція",
];

/// Role, group and title nouns and their adjectives that may sit inside a speaker noun phrase ("spokeswoman", "senior").
pub const SPEAKER_NOUNS: &[&str] = &[];

/// Single-word hedges and evidentials, with their kind (`hedge` or `evidential`).
pub const HEDGES: &[(&str, &str)] = &[
    ("нібито", "hedge"),
    ("ймовірно", "hedge"),
    ("можливо", "hedge"),
    ("імовірно", "hedge"),
    ("мабуть", "hedge"),
];

/// Verb forms far more often nouns or adverbs than reporting verbs ("point", "state").
pub const NOT_CUES: &[&str] = &[];

/// Words that join the parts of a speaker noun phrase ("secretary of state").
pub const PHRASE_JOINERS: &[&str] = &[];

/// The most frequent forms of the verbs of saying: a capitalised word before one ends a name ("Smith said"). A subset of the reporting verbs (tested).
pub const SPEAKER_VERBS: &[&str] = &[
    "сказав",
    "заявив",
    "заявляє",
    "зазначив",
    "зазначила",
    "повідомив",
    "повідомила",
    "написав",
    "написала",
    "підкреслив",
    "наголосив",
    "наголосила",
    "пояснив",
    "додав",
    "розповів",
    "розповіла",
    "вважає",
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
pub const LETTERS: &[char] = &['і', 'ї', 'є', 'ґ'];

/// Nouns for words said: "the recent words of", "a statement by".
pub const SAID_NOUNS: &[&str] = &["слова", "заяву", "заяви"];

/// Beginnings of verbs that relay another's words ("quoting", "echoed"), matched on the lower-cased word.
pub const RELAY_VERB_PREFIXES: &[&str] = &[];

/// Forms of verbs that relay another's words, listed one by one.
pub const RELAY_VERB_FORMS: &[&str] = &["процитувала", "процитував", "повторив"];

/// Two-word phrases that mark words as someone's opinion ("по мнению").
pub const OPINION_PHRASES: &[(&str, &str)] = &[("на", "думку")];

/// Two-word phrases that name words as reported ("по словам").
pub const EVIDENTIAL_PHRASES: &[(&str, &str)] = &[
    ("за", "словами"),
    ("за", "даними"),
    ("як", "повідомляється"),
];

/// Conjunctions and sentence adverbs that open a sentence before its subject ("але", "однако").
pub const SENTENCE_OPENERS: &[&str] = &[
    "але",
    "проте",
    "однак",
    "також",
    "тому",
    "і",
    "й",
    "та",
    "а",
];
