//! Ukrainian. The lists are those of `en.rs` (documented there and on
//! [`crate::Lexicon`]); a class the language lacks is empty.

use crate::Office;

pub const MONTH_ABBREVIATIONS: [&[&str]; 12] = [&[]; 12];

pub const MONTH_AFTER_DAY: Option<usize> = Some(1);

/// Singular past-tense forms of a verb given as its masculine past form:
/// "заявив" -> заявив, заявила, заявило; "звернувся" -> звернулася,
/// звернулась, звернулося. Other words are their own only form.
pub fn inflect(base: &str) -> Vec<String> {
    if let Some(stem) = base.strip_suffix("вся") {
        let mut forms = vec![base.to_string()];
        forms.extend(
            ["лася", "лась", "лося"]
                .iter()
                .map(|ending| format!("{stem}{ending}")),
        );
        return forms;
    }
    if let Some(stem) = base.strip_suffix('в') {
        let mut forms = vec![base.to_string()];
        forms.extend(["ла", "ло"].iter().map(|ending| format!("{stem}{ending}")));
        return forms;
    }
    vec![base.to_string()]
}

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
    // Platforms: an organisation, never a person ("в соціальній мережі
    // Facebook повідомив X": the verb after the platform is X's).
    "фейсбук",
    "фейсбуці",
    "фейсбуку",
    "телеграм",
    "телеграмі",
    "твіттер",
    "твіттері",
    "інстаграм",
    "інстаграмі",
    "ютуб",
    "ютубі",
    "вконтакте",
    "кремль",
    "кремля",
    "кремлі",
    "білий дім",
    "білого дому",
    "пентагон",
    "пентагону",
];

/// Verbs of saying as their masculine past forms; `inflect` adds the
/// feminine and neuter ones ("заявив" -> заявила, заявило). Plurals are listed
/// one by one: "признали виновными" reports nothing.
pub const SPEECH_VERB_BASES: &[&str] = &[
    "доповнив",
    "сказав",
    "заявив",
    "зазначив",
    "наголосив",
    "повідомив",
    "додав",
    "написав",
    "пояснив",
    "розповів",
    "підкреслив",
    "відзначив",
    "запевнив",
    "попередив",
    "визнав",
    "оголосив",
    "відповів",
    "нагадав",
    "уточнив",
    "закликав",
    "пообіцяв",
    "підтвердив",
    "звернувся",
    "стверджував",
    "запитав",
    "спитав",
    "поцікавився",
    "зауважив",
    "говорив",
    "розповідав",
    "запропонував",
    "згадував",
    "згадав",
    "додавав",
    "пояснював",
    "заявляв",
    "зазначав",
    "повідомляв",
    "писав",
    "казав",
    "наголошував",
    "відповідав",
    "повторив",
    "наполягав",
    "заперечував",
    "заперечив",
    "поскаржився",
    "обіцяв",
    "доповів",
    "поінформував",
    "вказав",
    "прокоментував",
    "коментував",
    "висловився",
    "процитував",
    "цитував",
    "відреагував",
    "підсумував",
    "пригрозив",
    "спростував",
];

pub const COGNITION_VERB_BASES: &[&str] = &[
    // "висловив сподівання (впевненість), що": a belief said.
    "висловив",
];

/// "назвал заявление «абсурдным»": naming, read as words said only with
/// a quotation (see `NAMING_VERB_STEMS`).
pub const QUOTE_ONLY_VERB_BASES: &[&str] = &["назвав"];

pub const INTENT_VERB_BASES: &[&str] = &[];

pub const INTENT_VERB_FORMS: &[&str] = &[];

pub const SPEECH_VERB_FORMS: &[&str] = &[
    "доповнили",
    "заявляє",
    "заявляють",
    "зазначили",
    "зазначає",
    "зазначають",
    "наголосили",
    "наголошує",
    "наголошують",
    "повідомили",
    "повідомляє",
    "повідомляють",
    "додали",
    "написали",
    "пише",
    "пояснили",
    "розповіли",
    "підкреслили",
    "підкреслює",
    "відзначили",
    "відзначає",
    "відзначають",
    "каже",
    "кажуть",
    "говорить",
    "підтвердили",
    "стверджує",
    "стверджують",
    "розповідає",
    "розповідають",
    "пояснює",
    "пояснюють",
    "додає",
    "додають",
    "відповідає",
    "відповіли",
    "запитує",
    "запитують",
    "питає",
    "питають",
    "уточнює",
    "згадує",
    "зауважує",
    "зауважують",
    "коментує",
    "коментують",
    "ділиться",
    "мовить",
    "зізнається",
    "підсумовує",
    "підсумовують",
    "резюмує",
    "резюмують",
    "згадують",
    "розповідали",
    "заявляли",
    "зазначали",
    "повідомляли",
    "писали",
    "казали",
    "говорили",
    "повторює",
    "наполягає",
    "наполягають",
    "заперечує",
    "заперечують",
    "скаржиться",
    "попереджає",
    "попереджають",
    "обіцяє",
    "обіцяють",
    // Plurals of the bases above ("— уточнили в пресслужбі") and present forms.
    "уточнили",
    "нагадали",
    "запевнили",
    "закликали",
    "пообіцяли",
    "зауважили",
    "вказали",
    "прокоментували",
    "підсумували",
    "відреагували",
    "висловилися",
    "процитували",
    "повторили",
    "поскаржилися",
    "спростували",
    "заперечили",
    "наполягали",
    "поінформували",
    "пригрозили",
    "запитали",
    "поцікавилися",
    "уточнюють",
    "запевняє",
    "запевняють",
    "вказує",
    "вказують",
    "підкреслюють",
    "пишуть",
    "цитує",
    "цитують",
];

pub const COGNITION_VERB_FORMS: &[&str] = &[
    "вважає",
    "вважають",
    "вважав",
    "вважала",
    "вважали",
    "переконаний",
    "переконана",
    "переконані",
    "впевнений",
    "впевнена",
    "впевнені",
    // Fear, hope, doubt, supposition; "висловили сподівання, що" (the singular from the base).
    "побоюється",
    "побоюються",
    "сподівається",
    "сподіваються",
    "сумнівається",
    "думає",
    "думають",
    "припускає",
    "припускають",
    "висловили",
];

pub const QUOTE_ONLY_VERB_FORMS: &[&str] = &["назвали"];

pub const SPEECH_PARTICIPLES: &[&str] = &[
    "зазначивши",
    "наголосивши",
    "додавши",
    "підкресливши",
    "заявивши",
    "пояснивши",
];

pub const CUE_PREFIXES: &[&str] = &[
    "в",
    // Negation: "не объяснил" is the cue, never the speaker.
    "не",
    "також",
    "раніше",
    "вже",
    "ж",
    // Adverbs between a speaker and the verb ("Президент окремо наголосив").
    "особисто",
    "дуже",
    "вельми",
    "цілком",
    "детальніше",
    "докладніше",
    // How often ("Вони вже давно розповідають", "Часто кажуть").
    "давно",
    "часто",
    "іноді",
    "інколи",
    "зазвичай",
    "щодня",
    "щоденно",
    "постійно",
    "регулярно",
    "детально",
    "прямо",
    "окремо",
    "особливо",
    "знову",
    "ще",
    "теж",
    "неодноразово",
    "публічно",
    "відкрито",
    "офіційно",
    "вперше",
    "потім",
    "пізніше",
    "нещодавно",
    "сьогодні",
    "вчора",
];

pub const PHRASE_STOPS: &[&str] = &[
    "бо", "адже", "а", "в", "на", "по", "і", "й", "та", "що", "як", "коли", "якщо", "у", "з", "із",
    "зі", "за", "який", "яка", "які",
];

pub const SUBJECT_PRONOUNS: &[&str] = &["я", "він", "вона", "вони", "ми"];

/// With the oblique forms a source phrase holds ("за його словами").
pub const PERSONAL_PRONOUNS: &[&str] = &["він", "вона", "його", "її"];

pub const RELATIVE_PRONOUNS: &[&str] = &[
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "якому",
    "якій",
    "яку",
    "яким",
    "якими",
    "яких",
    "котрий",
    "котра",
    "котрі",
];

/// The accusative relatives: "реконструкції, яку запропонувала мерія".
/// Read by the English cue rules only.
pub const NOUN_DETERMINERS: &[&str] = &[];

/// No articles: a noun is told from a verb by its ending.
pub const REPORTING_NOUNS: &[&str] = &[];

/// Source phrases here name their nouns ("согласно данным"): none needed.
pub const NORM_NOUNS: &[&str] = &[];

pub const OBJECT_RELATIVE_PRONOUNS: &[&str] = &["яку"];

pub const DETERMINERS: &[&str] = &[];

pub const COMPLEMENTIZERS: &[&str] = &["що", "щоб"];

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

/// Russian and Ukrainian speaker phrases are read by their own tests
/// (declined role stems); none is needed here.
/// See [`crate::Lexicon::np_conjunctions`].
pub const NP_CONJUNCTIONS: &[&str] = &["і", "та", "й"];

pub const PERSON_NOUNS: &[&str] = &[];

/// People named by what they are or do, in the nominative ("а мешканці
/// розповіли, що ..."): a lower-case subject after a clause's
/// conjunction is one of them (see [`crate::Lexicon::speaker_nouns`]).
pub const SPEAKER_NOUNS: &[&str] = &[
    "мешканці",
    "мешканець",
    "мешканка",
    "жителі",
    "очевидці",
    "свідки",
    "полонені",
    "військовополонені",
    "військові",
    "бійці",
    "родичі",
    "батьки",
    "сусіди",
    "місцеві",
    "пасажири",
    "постраждалі",
    "учасники",
    "працівники",
    "волонтери",
    "містяни",
    "користувачі",
    "активісти",
    "лікарі",
    "медики",
    "рятувальники",
    "вчителі",
    "студенти",
    "фермери",
    "глядачі",
    "уболівальники",
    "виборці",
    "люди",
];

pub const OFFICE_TITLES: &[(&str, Office)] = &[
    ("президент україни", Office::PresidentOfUkraine),
    ("президент росії", Office::PresidentOfRussia),
    ("президент рф", Office::PresidentOfRussia),
    ("президент сша", Office::PresidentOfTheUnitedStates),
    (
        "генеральний секретар оон",
        Office::SecretaryGeneralOfTheUnitedNations,
    ),
    ("генсек оон", Office::SecretaryGeneralOfTheUnitedNations),
    ("генеральний секретар нато", Office::SecretaryGeneralOfNato),
    ("генсек нато", Office::SecretaryGeneralOfNato),
    (
        "міністр закордонних справ росії",
        Office::ForeignMinisterOfRussia,
    ),
];

pub const HEDGES: &[(&str, &str)] = &[
    ("нібито", "hedge"),
    ("ймовірно", "hedge"),
    ("можливо", "hedge"),
    ("імовірно", "hedge"),
    ("мабуть", "hedge"),
];

pub const NOT_CUES: &[&str] = &[];

pub const PHRASE_JOINERS: &[&str] = &[];

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

pub const LETTERS: &[char] = &['і', 'ї', 'є', 'ґ'];

pub const SAID_NOUNS: &[&str] = &["слова", "заяву", "заяви"];

pub const RELAY_VERB_PREFIXES: &[&str] = &[];

pub const RELAY_VERB_FORMS: &[&str] = &["процитувала", "процитував", "повторив"];

pub const OPINION_PHRASES: &[(&str, &str)] = &[("на", "думку")];

pub const EVIDENTIAL_PHRASES: &[(&str, &str)] = &[
    ("за", "словами"),
    ("за", "даними"),
    ("як", "повідомляється"),
];

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
    // Time adverbs before the subject ("Сьогодні голова міста повідомив").
    "сьогодні",
    "вчора",
    "тепер",
    "зараз",
];

pub const FUNCTION_WORDS: &[&str] = &[
    "і", "й", "та", "в", "у", "на", "з", "із", "до", "від", "по", "за", "що", "як", "це", "але",
    "або", "чи", "не", "так", "коли", "де", "хто", "який", "яка", "які", "той", "ця", "ці",
];

pub const FUTURE_MARKERS: &[&str] = &[
    "буде",
    "будуть",
    "будемо",
    "буду",
    "планує",
    "планують",
    "відбудеться",
    "збирається",
];

pub const PAST_MARKERS: &[&str] = &[];

/// Forms of the verbs of thinking that report a perception or a finding.
pub const FINDING_VERB_FORMS: &[&str] = &[
    "знає",
    "знають",
    "знав",
    "знала",
    "знали",
    "з'ясував",
    "з'ясувала",
    "з'ясували",
    "виявив",
    "виявила",
    "виявили",
    "показав",
    "показала",
    "показали",
    "показує",
    "показують",
    "встановив",
    "встановила",
    "встановили",
    "бачить",
    "бачать",
    "зрозумів",
    "зрозуміла",
    "зрозуміли",
];

/// Heads of a speaker that is a document.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "доповідь",
    "доповіді",
    "звіт",
    "звіті",
    "заява",
    "заяві",
    "закон",
    "законі",
    "указ",
    "указі",
    "повідомлення",
    "документ",
    "документі",
    "лист",
    "листі",
    "дослідження",
    "опитування",
    "рішення",
    "рішенні",
    "вирок",
    "постанова",
    "постанові",
    "резолюція",
    "резолюції",
    "договір",
    "договорі",
    "оголошення",
    "протокол",
    "протоколі",
    "комюніке",
    "розпорядження",
    "наказ",
    "наказі",
    "пресреліз",
    "пресрелізі",
    "прес-реліз",
    "прес-релізі",
    "повідомленні",
    "дослідженні",
    "опитуванні",
    "оголошенні",
    "розпорядженні",
];
pub const PREPOSITIONS: &[&str] = &[
    "про",
    "по",
    "в",
    "на",
    "у",
    "за",
    "від",
    "до",
    "для",
    "при",
    "після",
    "з",
    "із",
    "під",
    "перед",
    "через",
];

pub const SOURCE_PHRASES: &[(&str, &str)] = &[
    ("за", "словами"),
    ("за", "даними"),
    ("за", "інформацією"),
    ("на", "думку"),
    ("як", "повідомляє"),
    ("як", "повідомили"),
    ("як", "повідомив"),
    ("як", "повідомила"),
    ("як", "заявив"),
    ("як", "заявила"),
    ("як", "заявили"),
    ("як", "пише"),
    ("як", "розповів"),
    ("як", "розповіла"),
    ("як", "розповіли"),
    ("як", "пояснив"),
    ("як", "пояснила"),
    ("як", "зазначив"),
    ("як", "зазначила"),
    ("як", "зазначили"),
    ("як", "пояснили"),
    ("як", "наголосив"),
    ("як", "наголосила"),
    ("як", "наголосили"),
    ("як", "уточнив"),
    ("як", "уточнила"),
    ("як", "уточнили"),
    ("як", "передає"),
    ("як", "передають"),
    ("як", "пишуть"),
    ("як", "вважає"),
    ("як", "йдеться"),
    ("як", "зазначається"),
    ("згідно", "з"),
    ("згідно", "із"),
    // estimates and counts: "за оцінками ООН", "за підрахунками штабу"
    ("за", "оцінками"),
    ("за", "підрахунками"),
    ("за", "розрахунками"),
    ("за", "версією"),
    ("як", "повідомляється"),
    // "За її оцінкою, економіка зросте на 2%",
    ("за", "оцінкою"),
    ("за", "прогнозом"),
    ("за", "прогнозами"),
    ("за", "відомостями"),
];

pub const PLURAL_PRONOUNS: &[&str] = &["вони"];

pub const SECOND_PERSON_PRONOUNS: &[&str] = &["ви", "ти"];

pub const GROUP_STEMS: &[&str] = &[
    "департамент",
    "керівництв",
    "уряд",
    "міністерств",
    "відомств",
    "комітет",
    "адміністрац",
    "парті",
    "поліці",
    "армі",
    "командуван",
    "штаб",
    "прокуратур",
    "служб",
    "компані",
    "мері",
    "посольств",
    "делегаці",
];

pub const PLURAL_VERB_ENDINGS: &[&str] =
    &["ли", "лися", "ють", "ять", "уть", "ються", "яться", "уться"];

pub const PLURAL_NOUN_VERB_LIKE_ENDINGS: &[&str] = &[];

pub const PLURAL_ENDINGS: &[&str] = &["и", "і", "ї"];

pub const PARTICIPLE_LIKE_PAST_ENDINGS: &[&str] = &["в"];

pub const VENUE_NOUNS: &[&str] = &[
    "інтерв'ю",
    "інтерв’ю",
    "інтервʼю",
    "ефірі",
    "етері",
    "розмові",
    "бесіді",
    "коментарі",
    "програмі",
    "передачі",
    "колонці",
    "зверненні",
    "телеграм-каналі",
    "telegram-каналі",
    "соцмережах",
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
    ("про", "це"),
    ("так", ""),
    ("це", ""),
    ("цю", "інформацію"),
    ("цю", "новину"),
    ("ці", "дані"),
];

pub const OBLIQUE_NAME_ENDINGS: &[&str] = &["ом", "ем", "єм", "им"];

pub const PLURAL_DATIVE_ENDINGS: &[&str] = &["ам", "ям"];
pub const DATIVE_ENDINGS: &[&str] = &["у", "ю", "ові", "еві", "ому", "ам", "ям"];

pub const DATIVE_PRONOUNS: &[&str] = &["мені", "нам", "вам", "йому", "їй", "їм"];
/// Pronouns of quantity after a verb of saying: what was said, not who.
pub const QUANTITY_PRONOUNS: &[&str] = &["нічого", "ніхто", "те", "це", "багато"];

pub const TOPIC_PREPOSITIONS: &[&str] = &["про", "щодо"];

pub const ADDRESSEE_DATIVES: &[&str] = &[
    "агентству",
    "блогеру",
    "виданню",
    "газеті",
    "журналісту",
    "журналістам",
    "журналістці",
    "журналу",
    "каналу",
    "кореспонденту",
    "кореспондентам",
    "кореспондентці",
    "порталу",
    "радіостанції",
    "репортеру",
    "репортерам",
    "сайту",
    "телеканалу",
    "телебаченню",
];

pub const DATIVE_ADJECTIVE_ENDINGS: &[&str] = &["ому", "ьому", "ій", "ім", "им"];

pub const ADVERB_ENDINGS: &[&str] = &["о"];

pub const REFLEXIVE_PRONOUNS: &[&str] = &["себе"];

pub const REFLEXIVE_POSSESSIVES: &[&str] = &[
    "свій",
    "своя",
    "своє",
    "свої",
    "свого",
    "своєї",
    "своїх",
    "свою",
    "своїм",
    "своїми",
    "своєму",
    "своїй",
];

pub const REPORT_JOINING_CONJUNCTIONS: &[&str] = &["і", "й", "та", "а", "але"];

pub const CAUSAL_CONJUNCTIONS: &[&str] = &["бо", "адже"];

pub const NOT_BUT_NEGATIONS: &[&str] = &["не", "ні"];

pub const NOT_BUT_CONJUNCTIONS: &[&str] = &["а", "але"];

pub const INDEFINITE_PRONOUN_ENDINGS: &[&str] = &["небудь", "будь"];

pub const AUTHOR_VERB_LEADS: &[&str] = &[
    "так",
    "ось",
    "саме",
    "тоді",
    "також",
    "ще",
    "вже",
    "пізніше",
    "згодом",
    "потім",
];

pub const AUTHOR_VERB_ENDINGS: &[&str] = &["в", "ла", "ло", "ли", "ся", "сь", "е", "є", "ть"];

pub const NOT_AUTHOR_VERB_ENDINGS: &[&str] = &["ість"];

pub const NOT_ADVERB_ENDINGS: &[&str] = &["ого", "ього"];

pub const IMPERSONAL_REPORT_VERBS: &[&str] = &[
    "йдеться",
    "говориться",
    "повідомляється",
    "зазначається",
    "вказується",
    "наголошується",
    "підкреслюється",
    "стверджується",
    "уточнюється",
    "пишеться",
    "сказано",
    "зазначено",
    "вказано",
    "наголошено",
    "підкреслено",
    "йшлося",
    "говорилося",
    "повідомлялося",
    "зазначалося",
    "наголошувалося",
];

/// Latin letters of each Cyrillic letter at the start of a word and
/// elsewhere: the Ukrainian national transliteration (2010), the spelling
/// English texts use ("Зеленський" is "Zelenskyi").
pub const TRANSLITERATION: &[(char, &str, &str)] = &[
    ('а', "a", "a"),
    ('б', "b", "b"),
    ('в', "v", "v"),
    ('г', "h", "h"),
    ('ґ', "g", "g"),
    ('д', "d", "d"),
    ('е', "e", "e"),
    ('є', "ye", "ie"),
    ('ж', "zh", "zh"),
    ('з', "z", "z"),
    ('и', "y", "y"),
    ('і', "i", "i"),
    ('ї', "yi", "i"),
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
    ('ь', "", ""),
    ('\'', "", ""),
    ('’', "", ""),
    ('ʼ', "", ""),
    ('ю', "yu", "iu"),
    ('я', "ya", "ia"),
];

/// Abbreviations that never end a sentence before a capital: titles, and
/// words always followed by something ("Mr. Smith", "т.е.", "ген.").
pub const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "ген",
    "т.д",
    "т.п",
    "пр",
    "просп",
    "пл",
    "д",
    "кв",
    "тис",
    "млн",
    "млрд",
    "грн",
    "коп",
    "св",
    "проф",
    "акад",
    "ст",
    "стр",
    "рис",
    "см",
    "напр",
    "див",
    "з",
    "зам",
    "ред",
    "вул",
    "обл",
    "р",
    "рр",
    "с",
    "п",
    "і",
    "пан",
    "пані",
    "др",
];

/// Abbreviations that may also end a sentence: they end one only before
/// a common sentence opener ("... in the U.S. The ...").
pub const MAY_END_ABBREVIATIONS: &[&str] = &[];

/// The words and endings read around a name.
pub static ENTITIES: crate::EntityWords = crate::EntityWords {
    female_surname_endings: &["ова", "ева", "єва", "іна", "ська", "цька"],
    place_office_stems: &["мер", "губернатор", "очільник"],
    genitive_place_finals: &["а", "я", "і", "и"],
    patronymic_endings: &["ович", "евич", "йович", "івна", "ївна", "овна", "евна"],
    male_surname_endings: &["ов", "ев", "єв", "ін", "ин", "ський", "цький", "ий"],
    unisex_surname_endings: &["енко", "ук", "юк", "ич", "ка", "ко"],
    former_markers: &["колишній", "колишня"],
    role_complement_endings: &[
        "ого",
        "ої",
        "их",
        "ів",
        "ння",
        "ства",
        "ції",
        "ки",
        "ти",
        "ії",
        "справ",
        "ин",
        // "міністр оборони", "голова служби": a feminine genitive (a
        // consonant before the "и", which the conjunction "и" lacks)
        "би",
        "ви",
        "ги",
        "ди",
        "жи",
        "зи",
        "ли",
        "ми",
        "ни",
        "пи",
        "ри",
        "си",
        "ци",
        "чи",
        "ши",
        "щи",
    ],
    apposition_clause_words: &["який", "яка", "що"],
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
    given_name_endings: &["й", "а", "я", "ія", "ь", "о"],
    male_oblique_surname_endings: &[
        // genitive and accusative, dative and locative, instrumental
        ("ського", "ський"),
        ("ському", "ський"),
        ("ським", "ський"),
        ("цького", "цький"),
        ("цькому", "цький"),
        ("цьким", "цький"),
        ("ова", "ов"),
        ("ову", "ов"),
        ("ові", "ов"),
        ("овим", "ов"),
        ("єва", "єв"),
        ("єву", "єв"),
        ("єві", "єв"),
        ("євим", "єв"),
        ("ева", "ев"),
        ("еву", "ев"),
        ("еві", "ев"),
        ("евим", "ев"),
        ("іна", "ін"),
        ("іну", "ін"),
        ("іні", "ін"),
        ("іним", "ін"),
        ("ина", "ин"),
        ("ину", "ин"),
        ("ині", "ин"),
        ("иним", "ин"),
        // Genitive of surnames ending in a consonant ("Єрмака", "Шмигаля",
        // "Ковальчука") and of the other "-ко" ones ("Кличка", "Бойка").
        ("ука", "ук"),
        ("юка", "юк"),
        ("ака", "ак"),
        ("яка", "як"),
        ("ича", "ич"),
        ("аля", "аль"),
        ("еля", "ель"),
        ("іля", "іль"),
        ("аря", "ар"),
        ("яна", "ян"),
        ("чка", "чко"),
        ("йка", "йко"),
        ("шка", "шко"),
        // Men's surnames in "-а" ("Кулеби", "Сковороди").
        ("би", "ба"),
        ("ди", "да"),
        // "-енко" declines in Ukrainian (not in Russian): "Трояченку"
        ("енка", "енко"),
        ("енку", "енко"),
        ("енкові", "енко"),
        ("енком", "енко"),
        ("єнка", "єнко"),
        ("єнку", "єнко"),
        ("єнкові", "єнко"),
        ("єнком", "єнко"),
    ],
    female_oblique_surname_endings: &[
        // genitive, dative and locative; accusative; instrumental
        ("ської", "ська"),
        ("ській", "ська"),
        ("ську", "ська"),
        ("ською", "ська"),
        ("цької", "цька"),
        ("цькій", "цька"),
        ("цьку", "цька"),
        ("цькою", "цька"),
        ("ової", "ова"),
        ("овій", "ова"),
        ("ову", "ова"),
        ("овою", "ова"),
        ("євої", "єва"),
        ("євій", "єва"),
        ("єву", "єва"),
        ("євою", "єва"),
        ("евої", "ева"),
        ("евій", "ева"),
        ("еву", "ева"),
        ("евою", "ева"),
        ("іної", "іна"),
        ("іній", "іна"),
        ("іну", "іна"),
        ("іною", "іна"),
        ("иної", "ина"),
        ("иній", "ина"),
        ("ину", "ина"),
        ("иною", "ина"),
    ],
    oblique_given_name_finals: &[
        "а", "я", "и", "і", "ї", "у", "ю", "ові", "еві", "єві", "ом", "ем", "єм", "ою", "ею", "єю",
    ],
    genitive_given_name_finals: &["а", "я", "и", "і", "ї"],
    role_place_prepositions: &["в", "у", "на"],
    partitive_one: &[
        ("один", "з"),
        ("один", "із"),
        ("одна", "з"),
        ("одна", "із"),
        ("одне", "з"),
        ("одного", "з"),
        ("одного", "із"),
        ("однієї", "з"),
        ("одним", "з"),
    ],
    role_epithets: &[
        ("глава", "держави", "президент"),
        ("очільник", "держави", "президент"),
    ],
    indeclinable_surname_endings: &["у", "ю"],
    female_indeclinable_surname_finals: &[
        "б", "в", "г", "ґ", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц",
        "ч", "ш", "щ",
    ],
    irregular_oblique_given_names: &[],
};

/// The most common words, read by language detection; see
/// [`crate::Lexicon::detection_words`].
pub const DETECTION_WORDS: &[&str] = &[];

/// Words that open a sentence after an abbreviation that may end one:
/// capitalised, they tell "in the U.S. The ..." from "U.S. troops".
pub const OPENERS_AFTER_ABBREVIATION: &[&str] = &[];

/// The words the time grammar reads.
pub static TIMES: crate::TimeWords = crate::TimeWords {
    year_context_words: &["у", "в", "з", "до", "по", "від", "на", "із"],
    year_suffixes: &["р"],
    day_ordinal_suffixes: &["-го", "го"],
    decade_suffixes: &["х", "ті", "тих"],
    decade_nouns: &["років", "роках", "роки", "рр"],
    final_shift_words: &["пізніше", "раніше"],
    season_adverbs: &["влітку", "навесні", "восени", "взимку"],
    repetition_words: &["раз", "рази", "разів"],
    per_unit_words: &["на", "в"],
    mid_words: &["середині"],
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
    past_tense_endings: &["ла", "ли", "ав", "ив", "ів"],
    not_past_tense_words: &[],
};

/// The words read around a dated event.
pub static EVENTS: crate::EventWords = crate::EventWords {
    clause_openers: &["як", "який", "яка", "які", "котрий", "але", "а", "однак"],
    relative_pronouns: &["який", "яка", "які", "котрий"],
    subject_verbs: &[],
    sentence_initial_non_names: &[
        "в",
        "у",
        "на",
        "з",
        "із",
        "до",
        "по",
        "але",
        "проте",
        "однак",
        "він",
        "вона",
        "вони",
    ],
    actor_titles: &[],
    actor_prepositions: &["до", "від", "у", "в", "на", "з", "із", "для", "про"],
    agent_prepositions: &[],
    actor_articles: &[],
};

/// The words read around a number.
pub static QUANTITY: crate::QuantityWords = crate::QuantityWords {
    percent_units: &[
        ("відсоток", "percent"),
        ("відсотки", "percent"),
        ("відсотків", "percent"),
        ("відсотка", "percent"),
    ],
    currency_units: &[
        ("долар", "USD"),
        ("долара", "USD"),
        ("доларів", "USD"),
        ("долари", "USD"),
        ("дол", "USD"),
        ("євро", "EUR"),
        ("гривня", "UAH"),
        ("гривні", "UAH"),
        ("гривень", "UAH"),
        ("грн", "UAH"),
        ("рубль", "RUB"),
        ("рубля", "RUB"),
        ("рублів", "RUB"),
        ("рублі", "RUB"),
        ("руб", "RUB"),
    ],
    measure_units: &[
        ("км", "km"),
        ("кілометр", "km"),
        ("кілометрів", "km"),
        ("кілометри", "km"),
        ("м", "m"),
        ("метр", "m"),
        ("метрів", "m"),
        ("метра", "m"),
        ("см", "cm"),
        ("мм", "mm"),
        ("кг", "kg"),
        ("т", "t"),
        ("тонна", "t"),
        ("тон", "t"),
        ("тонами", "t"),
        ("л", "l"),
        ("літрів", "l"),
        ("га", "ha"),
        ("гектарів", "ha"),
    ],
    comparators_before: &[
        (&["більше", "ніж"], ">"),
        (&["більш", "ніж"], ">"),
        (&["менше", "ніж"], "<"),
        (&["менш", "ніж"], "<"),
        (&["не", "менше"], ">="),
        (&["не", "більше"], "<="),
        (&["понад"], ">"),
        (&["більше"], ">"),
        (&["щонайменше"], ">="),
        (&["принаймні"], ">="),
        (&["менше"], "<"),
        (&["близько"], "~"),
        (&["майже"], "~"),
        (&["приблизно"], "~"),
        (&["орієнтовно"], "~"),
        (&["до"], "<="),
    ],
    comparators_after: &[(&["і", "більше"], ">=")],
    dollar_prefixes: &[],
    currency_adjectives: &[],
    period_adverbs: &[
        ("щодня", "day"),
        ("щоденно", "day"),
        ("щотижня", "week"),
        ("щомісяця", "month"),
        ("щомісячно", "month"),
        ("щороку", "year"),
        ("щорічно", "year"),
        ("щогодини", "hour"),
    ],
    period_nouns: &[
        ("день", "day"),
        ("добу", "day"),
        ("дня", "day"),
        ("тиждень", "week"),
        ("місяць", "month"),
        ("рік", "year"),
        ("годину", "hour"),
        ("хвилину", "minute"),
        ("секунду", "second"),
        ("квартал", "quarter"),
    ],
    // Not "за": "за рік" is the span a change happened over.
    per_words: &["в", "на", "у"],
    rise_verbs: &[
        "зріс",
        "зросла",
        "зросло",
        "зросли",
        "збільшився",
        "збільшилася",
        "збільшилось",
        "збільшилися",
        "збільшилась",
        // Transitive verbs of raising a level ("ставку підняли з 7% до 20%").
        "підняли",
        "підняти",
        "підвищили",
        "підвищити",
    ],
    fall_verbs: &[
        "знизився",
        "знизилася",
        "знизилось",
        "знизилися",
        "знизилась",
        "впав",
        "впала",
        "впало",
        "впали",
        "скоротився",
        "скоротилася",
        "скоротилось",
        "скоротилися",
        "зменшився",
        "зменшилася",
        "зменшилось",
        "зменшилися",
        // Transitive verbs of lowering a level ("знизити ставку з 20%").
        "знизили",
        "знизити",
        "скоротили",
        "скоротити",
    ],
    rise_nouns: &["зростання", "збільшення"],
    fall_nouns: &["падіння", "зниження", "скорочення"],
    counted_noun_stops: &[
        "і", "й", "та", "в", "у", "на", "з", "із", "до", "за", "по", "що", "не", "від", "для",
        "про",
    ],
    irregular_plurals: &[],
    plural_only_nouns: &[],
    year_context_words: &["в", "у", "з", "до", "від", "по", "року", "рік"],
    year_nouns: &["рік", "року", "році", "р"],
    ordinal_suffixes: &["й", "го", "ї", "та", "ий", "ого"],
    bound_words: &["понад", "близько"],
    level_from_words: &["від", "з", "із"],
    range_from_words: &["від", "од", "з"],
    range_to_words: &["до"],
    from_range_joiners: &["до"],
    between_words: &["між"],
    between_range_joiners: &["і", "й", "та"],
    change_adverbs: &["на", "ще"],
    abbreviated_scales: &["тис", "млн", "млрд", "трлн"],
    bound_joiners: &["і", "та", "але"],
    subject_enders: &["або", "і", "та", "що", "а"],
    half_prepositions: &["з", "із"],
    half_nouns: &["половиною"],
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

/// Third-person pronouns by whom they stand for, in every case ("їм" is a
/// man's and a group's).
pub const FEMALE_PRONOUNS: &[&str] = &["вона", "її", "неї", "їй", "ній", "нею"];
pub const MALE_PRONOUNS: &[&str] = &["він", "його", "нього", "йому", "ньому", "ним", "нім", "їм"];
pub const GROUP_PRONOUNS: &[&str] = &["вони", "їх", "них", "їм", "ними"];
pub const POSSESSIVE_PRONOUNS: &[&str] = &["його", "її", "їх"];
pub const SEX_MARKING_PRONOUNS: &[&str] = &["вона", "він", "вони"];
/// "сказала", "заявила"; "сказав", "заявив".
pub const FEMALE_PAST_ENDINGS: &[&str] = &["ла"];
pub const MALE_PAST_ENDINGS: &[&str] = &["в"];
/// Nouns ending like an adverb (`ADVERB_ENDINGS`) that are subjects all
/// the same: nouns for a man, and indeclinable nouns ("представник метро пояснив").
pub const NOUNS_WITH_ADVERB_ENDINGS: &[&str] = &[
    "батько",
    "дядько",
    "тато",
    "дідо",
    "метро",
    "кіно",
    "радіо",
    "бюро",
    "депо",
    "казино",
];
/// Time and sequence adverbs and linking words that open a clause before
/// its subject ("Раніше Ліщук заявив", "Згодом міністр повідомив").
/// Endings of a role noun in an oblique case ("президента", "міністром",
/// "керівникові", "президентів"): never the subject a speaker phrase
/// opens with.
pub const ROLE_OBLIQUE_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями", "ого", "ому", "ої", "ою",
    "ові", "еві", "ів",
];
/// "колишній міністр", "офіційний представник".
pub const NOMINATIVE_ADJECTIVE_ENDINGS: &[&str] = &["ий", "ій"];
pub const GENITIVE_ADJECTIVE_ENDINGS: &[&str] = &[
    "ської",
    "ського",
    "цької",
    "цького",
    "зької",
    "зького",
    "ної",
    "ного",
];
/// Endings of the accusative alone: adjectives ("високу" is ambiguous and
/// not listed; "останню" neither) in "-ую"/"-юю" and nouns in "-ія"
/// ("ситуацію", "Росію").
pub const ACCUSATIVE_ENDINGS: &[&str] = &["ую", "юю", "ію"];
pub const INSTRUMENTAL_PLURAL_ENDINGS: &[&str] = &["ами", "ями"];
/// "детальніше", "раніше", "більше".
pub const COMPARATIVE_ADVERB_ENDINGS: &[&str] = &["ше"];
pub const SPEAKER_PHRASE_ADVERBS: &[&str] = &[
    "наприкінці",
    "раніше",
    "пізніше",
    "згодом",
    "потім",
    "тоді",
    "напередодні",
    "нещодавно",
    "недавно",
    "спочатку",
    "спершу",
    "нарешті",
    "вранці",
    "зранку",
    "вдень",
    "удень",
    "ввечері",
    "увечері",
    "вночі",
    "уночі",
    "позавчора",
    "учора",
    "завтра",
    "вже",
    "уже",
    "ще",
    "теж",
    "знову",
    "знов",
    "вкотре",
    "утім",
    "втім",
    "причому",
    "водночас",
    "натомість",
    "зокрема",
    "відтак",
    "отже",
    "далі",
    "щоправда",
    "лише",
    "тільки",
    "навіть",
    "саме",
    "адже",
    "ж",
    "неодноразово",
    "публічно",
    "невдовзі",
    "одразу",
    "відразу",
    "тут",
    "там",
];

/// "джерело в міністерстві", "співрозмовник в уряді", "посадовець у МЗС".
pub const AFFILIATED_SPEAKER_STEMS: &[&str] = &[
    "джерел",
    "співрозмовник",
    "представник",
    "співробітник",
    "посадов",
    "працівник",
    "експерт",
    "аналітик",
    "чиновник",
];

/// See [`crate::Lexicon::oblique_speaker_heads`].
pub const OBLIQUE_SPEAKER_HEADS: &[(&str, &str)] = &[
    ("офіс", "Офіс"),
    ("прес-служб", "прес-служба"),
    ("прес-центр", "прес-центр"),
    ("співрозмовник", "співрозмовник"),
    ("співробітник", "співробітник"),
    ("чиновник", "чиновник"),
    ("посадовц", "посадовець"),
    ("експерт", "експерт"),
    ("аналітик", "аналітик"),
    ("представник", "представник"),
    ("міністерств", "міністерство"),
    ("відомств", "відомство"),
    ("уряд", "уряд"),
    ("генштаб", "Генштаб"),
    ("штаб", "штаб"),
    ("прокуратур", "прокуратура"),
    ("поліці", "поліція"),
    ("мері", "мерія"),
    // Roles ("за словами міністра оборони" -> "міністр оборони").
    ("міністр", "міністр"),
    ("губернатор", "губернатор"),
    ("депутат", "депутат"),
    ("директор", "директор"),
    ("керівник", "керівник"),
    ("речник", "речник"),
    ("начальник", "начальник"),
];

/// See [`crate::Lexicon::oblique_head_endings`].
pub const OBLIQUE_HEAD_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "е", "і", "ї", "и", "ом", "ем", "ою", "ею", "ії", "ію", "ові", "еві",
];
pub const OBLIQUE_PERSON_ENDINGS: &[&str] = &["а", "я", "у", "ю", "ом", "ем", "ові", "еві"];

/// Meetings and occasions: "На встрече говорили о ...", "На брифинге
/// сообщили": where the words were said, not a body that said them.
pub const GATHERING_STEMS: &[&str] = &[
    "зустріч",
    "засіданн",
    "форум",
    "нарад",
    "брифінг",
    "конференці",
    "саміт",
    "переговор",
    "урок",
    "сесі",
    "з'їзд",
    "з’їзд",
    "церемоні",
    "виставц",
    "матч",
    "ефір",
    "зібранн",
    "презентаці",
    "заход",
];

/// Demonstratives and quantifiers in the locative: "На этом настаивают
/// медики", "Во всем мире отмечают" name no body that speaks.
pub const LOCATIVE_DETERMINERS: &[&str] = &[
    "цьому",
    "тому",
    "всьому",
    "кожному",
    "будь-якому",
    "одному",
    "іншому",
    "самому",
    "ньому",
];

/// The words the quantity stage's number grammar reads (cardinals by
/// magnitude, scales, fractions, factors); see [`crate::NumeralWords`].
pub static NUMERALS: crate::NumeralWords = crate::NumeralWords {
    units: &[
        ("нуль", 0.0),
        ("один", 1.0),
        ("одна", 1.0),
        ("одного", 1.0),
        ("одну", 1.0),
        ("два", 2.0),
        ("три", 3.0),
        ("шести", 6.0),
        ("семи", 7.0),
        ("восьми", 8.0),
        ("одне", 1.0),
        ("однієї", 1.0),
        ("дві", 2.0),
        ("двох", 2.0),
        ("трьох", 3.0),
        ("чотири", 4.0),
        ("чотирьох", 4.0),
        ("п'ять", 5.0),
        ("п'яти", 5.0),
        ("шість", 6.0),
        ("сім", 7.0),
        ("вісім", 8.0),
        ("дев'ять", 9.0),
        ("дев'яти", 9.0),
    ],
    teens: &[
        ("десять", 10.0),
        ("десяти", 10.0),
        ("одинадцять", 11.0),
        ("одинадцяти", 11.0),
        ("дванадцять", 12.0),
        ("дванадцяти", 12.0),
        ("тринадцять", 13.0),
        ("тринадцяти", 13.0),
        ("чотирнадцять", 14.0),
        ("чотирнадцяти", 14.0),
        ("п'ятнадцять", 15.0),
        ("п'ятнадцяти", 15.0),
        ("шістнадцять", 16.0),
        ("шістнадцяти", 16.0),
        ("сімнадцять", 17.0),
        ("сімнадцяти", 17.0),
        ("вісімнадцять", 18.0),
        ("вісімнадцяти", 18.0),
        ("дев'ятнадцять", 19.0),
        ("дев'ятнадцяти", 19.0),
    ],
    tens: &[
        ("сорок", 40.0),
        ("сорока", 40.0),
        ("двадцять", 20.0),
        ("двадцяти", 20.0),
        ("тридцять", 30.0),
        ("тридцяти", 30.0),
        ("п'ятдесят", 50.0),
        ("п'ятдесяти", 50.0),
        ("шістдесят", 60.0),
        ("шістдесяти", 60.0),
        ("сімдесят", 70.0),
        ("сімдесяти", 70.0),
        ("вісімдесят", 80.0),
        ("вісімдесяти", 80.0),
        ("дев'яносто", 90.0),
        ("дев'яноста", 90.0),
    ],
    hundreds: &[
        ("сто", 100.0),
        ("ста", 100.0),
        ("двісті", 200.0),
        ("двохсот", 200.0),
        ("трьохсот", 300.0),
        ("чотириста", 400.0),
        ("чотирьохсот", 400.0),
        ("п'ятсот", 500.0),
        ("п'ятисот", 500.0),
        ("шістсот", 600.0),
        ("шестисот", 600.0),
        ("сімсот", 700.0),
        ("семисот", 700.0),
        ("вісімсот", 800.0),
        ("восьмисот", 800.0),
        ("дев'ятсот", 900.0),
        ("дев'ятисот", 900.0),
    ],
    hundred_words: &[],
    scales: &[
        ("тисяча", 1e3),
        ("тисячі", 1e3),
        ("тисяч", 1e3),
        ("тисячу", 1e3),
        ("тисячам", 1e3),
        ("тис", 1e3),
        ("мільйон", 1e6),
        ("мільйона", 1e6),
        ("мільйонів", 1e6),
        ("млн", 1e6),
        ("мільярд", 1e9),
        ("мільярда", 1e9),
        ("мільярдів", 1e9),
        ("млрд", 1e9),
        ("трильйон", 1e12),
        ("трильйона", 1e12),
        ("трильйонів", 1e12),
        ("трлн", 1e12),
    ],
    dozens: &["дюжина", "дюжини"],
    fraction_denominators: &[],
    halves: &[],
    decimal_points: &[],
    conjunctions: &[],
    articles: &[],
    minus_words: &[],
    one_and_a_half: &["півтора", "півтори"],
    factor_verbs: &[
        ("подвоївся", 2.0, true),
        ("подвоїлася", 2.0, true),
        ("подвоїлось", 2.0, true),
        ("подвоїлися", 2.0, true),
    ],
    scale_letters: &[],
    glued_scale_letters: &[],
};

/// The words of the time grammar's table (what a word can be in a
/// time expression); see [`crate::CalendarWords`].
pub static CALENDAR: crate::CalendarWords = crate::CalendarWords {
    units: &[
        ("second", &["секунда", "секунду", "секунди"], &[]),
        ("minute", &["хвилина", "хвилину", "хвилини"], &["хвилин"]),
        ("hour", &["година", "годину", "години"], &["годин"]),
        (
            "day",
            &["день", "дня", "дні", "добу", "доба"],
            &["днів", "діб"],
        ),
        ("week", &["тиждень", "тижня", "тижні"], &["тижнів"]),
        ("weekend", &["вихідні"], &[]),
        ("month", &["місяць", "місяця", "місяці"], &["місяців"]),
        ("year", &["рік", "роки", "року", "році"], &["років"]),
        ("decade", &["десятиліття"], &["десятиліть"]),
        ("century", &["століття"], &["століть"]),
    ],
    cardinals: &[
        (1, &["один", "одна", "одну", "одного", "одним"]),
        (2, &["два", "дві", "двох", "двома"]),
        (3, &["три", "трьох"]),
        (4, &["чотири", "чотирьох"]),
        (5, &["п'ять", "п'яти"]),
        (6, &["шість", "шести"]),
        (7, &["сім", "семи"]),
        (8, &["вісім", "восьми"]),
        (9, &["дев'ять", "дев'яти"]),
        (10, &["десять", "десяти"]),
        (20, &["двадцять"]),
        (30, &["тридцять"]),
    ],
    vague_counts: &["кілька", "декілька", "кількох", "багато"],
    ordinals: &[],
    day_offsets: &[
        (-1, &["вчора", "учора"]),
        (0, &["сьогодні"]),
        (1, &["завтра"]),
        (-2, &["позавчора"]),
        (2, &["післязавтра"]),
    ],
    tonight_words: &[],
    year_offsets: &[
        (-1, &["торік", "минулоріч", "торiк"]),
        (0, &["цьогоріч", "цьогорічний"]),
    ],
    references: &[
        ("PRESENT_REF", &["зараз", "нині", "наразі"]),
        ("PAST_REF", &["нещодавно"]),
        ("FUTURE_REF", &["незабаром", "скоро"]),
    ],
    shifts: &[
        (
            -1,
            &[
                "минулого",
                "минулому",
                "минулий",
                "минулої",
                "минулу",
                "минулій",
                "минулі",
                "попереднього",
            ],
        ),
        (
            1,
            &[
                "наступного",
                "наступному",
                "наступний",
                "наступної",
                "наступну",
                "наступній",
                "наступні",
                "майбутнього",
            ],
        ),
        (
            0,
            &[
                "цього",
                "цьому",
                "цей",
                "цієї",
                "цю",
                "цій",
                "поточного",
                "поточному",
            ],
        ),
    ],
    seasons: &[
        (1, &["весна", "весни", "навесні"]),
        (2, &["літо", "літа", "влітку"]),
        (3, &["осінь", "осені", "восени"]),
        (4, &["зима", "зими", "взимку"]),
    ],
    parts_of_day: &[
        ("MO", &["вранці", "зранку", "ранку"]),
        ("AF", &["вдень"]),
        ("EV", &["ввечері", "вечора"]),
        ("NI", &["вночі", "ночі"]),
    ],
    set_adverbs: &[
        ("PT1H", &["щогодини"]),
        ("P1D", &["щодня", "щоденно"]),
        ("P1W", &["щотижня", "щотижнево"]),
        ("P1M", &["щомісяця", "щомісячно"]),
        ("P3M", &["щокварталу"]),
        ("P1Y", &["щороку", "щорічно"]),
    ],
    every_words: &["кожного", "кожну", "кожен", "кожний", "кожної"],
    ago_words: &["тому", "назад"],
    later_words: &[(1, &["пізніше"]), (-1, &["раніше"])],
    year_nouns: &["р", "рр", "роках"],
    period_parts: &[
        ("start", &["початку", "початок"]),
        ("mid", &["середині"]),
        ("end", &["кінці", "наприкінці", "кінця"]),
    ],
    approximators: &["майже", "близько", "понад"],
    quarter_words: &["квартал", "кварталі", "кварталу"],
    half_words: &["півріччя"],
    clock_words: &[("12:00", &["опівдні"]), ("24:00", &["опівночі"])],
    meridiems: &[],
    fiscal_words: &[],
    cue_words: &[],
    holidays: &[((12, 25), &["різдво", "різдва"])],
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
                "америці",
                "америку",
                "вашингтон",
                "вашингтона",
                "вашингтоні",
            ],
        ),
        (
            "United Kingdom",
            &["британія", "британії", "великобританія", "великобританії"],
        ),
        ("Russia", &["росія", "росії", "росію", "росією"]),
        (
            "Ukraine",
            &["україна", "україни", "україні", "україну", "україною"],
        ),
        ("Kyiv", &["київ", "києва", "києві", "київщина"]),
        ("Moscow", &["москва", "москви", "москві", "москву"]),
        ("Germany", &["німеччина", "німеччини", "німеччині"]),
        ("France", &["франція", "франції"]),
        ("China", &["китай", "китаю", "китаї", "китая"]),
        ("Poland", &["польща", "польщі"]),
        ("Belarus", &["білорусь", "білорусі"]),
        ("Europe", &["європа", "європи", "європі"]),
        ("Crimea", &["крим", "криму"]),
        ("Donbas", &["донбас", "донбасу", "донбасі"]),
        ("Kharkiv", &["харків", "харкова", "харкові"]),
        ("Odesa", &["одеса", "одеси", "одесі"]),
        ("Lviv", &["львів", "львові"]),
        ("Mariupol", &["маріуполь", "маріуполя", "маріуполі"]),
        ("Kherson", &["херсон", "херсона", "херсоні"]),
        ("Zaporizhzhia", &["запоріжжя", "запоріжжі"]),
        ("Donetsk", &["донецьк", "донецька", "донецьку"]),
        ("Luhansk", &["луганськ", "луганська"]),
        (
            "Saint Petersburg",
            &[
                "петербург",
                "петербурга",
                "петербурзі",
                "санкт-петербург",
                "санкт-петербурга",
            ],
        ),
        ("Bucha", &["буча", "бучі"]),
        ("Dnipro", &["дніпро"]),
        ("Bakhmut", &["бахмут", "бахмута", "бахмуті"]),
        // Countries in the news, in their cases (generated from the
        // nominative by the regular endings; checked by hand).
        (
            "Turkey",
            &[
                "туреччина",
                "туреччини",
                "туреччині",
                "туреччину",
                "туреччиною",
            ],
        ),
        ("Iran", &["іран", "ірану", "іраном", "ірані"]),
        ("Iraq", &["ірак", "іраку", "іраком", "іраці"]),
        ("Israel", &["ізраїль", "ізраїлю", "ізраїлем", "ізраїлі"]),
        ("Italy", &["італія", "італії", "італію", "італією"]),
        ("Spain", &["іспанія", "іспанії", "іспанію", "іспанією"]),
        ("Greece", &["греція", "греції", "грецію", "грецією"]),
        (
            "Hungary",
            &["угорщина", "угорщини", "угорщині", "угорщину", "угорщиною"],
        ),
        ("Romania", &["румунія", "румунії", "румунію", "румунією"]),
        (
            "Bulgaria",
            &["болгарія", "болгарії", "болгарію", "болгарією"],
        ),
        ("Serbia", &["сербія", "сербії", "сербію", "сербією"]),
        (
            "Finland",
            &["фінляндія", "фінляндії", "фінляндію", "фінляндією"],
        ),
        ("Sweden", &["швеція", "швеції", "швецію", "швецією"]),
        ("Norway", &["норвегія", "норвегії", "норвегію", "норвегією"]),
        ("Denmark", &["данія", "данії", "данію", "данією"]),
        ("Austria", &["австрія", "австрії", "австрію", "австрією"]),
        (
            "Switzerland",
            &["швейцарія", "швейцарії", "швейцарію", "швейцарією"],
        ),
        ("Belgium", &["бельгія", "бельгії", "бельгію", "бельгією"]),
        (
            "Netherlands",
            &[
                "нідерланди",
                "нідерландів",
                "нідерландам",
                "нідерландах",
                "нідерландами",
            ],
        ),
        ("Czechia", &["чехія", "чехії", "чехію", "чехією"]),
        (
            "Slovakia",
            &[
                "словаччина",
                "словаччини",
                "словаччині",
                "словаччину",
                "словаччиною",
            ],
        ),
        ("Estonia", &["естонія", "естонії", "естонію", "естонією"]),
        ("Latvia", &["латвія", "латвії", "латвію", "латвією"]),
        ("Lithuania", &["литва", "литви", "литві", "литву", "литвою"]),
        (
            "Moldova",
            &["молдова", "молдови", "молдові", "молдову", "молдовою"],
        ),
        ("Georgia", &["грузія", "грузії", "грузію", "грузією"]),
        (
            "Armenia",
            &["вірменія", "вірменії", "вірменію", "вірменією"],
        ),
        (
            "Azerbaijan",
            &[
                "азербайджан",
                "азербайджану",
                "азербайджаном",
                "азербайджані",
            ],
        ),
        (
            "Kazakhstan",
            &["казахстан", "казахстану", "казахстаном", "казахстані"],
        ),
        ("Japan", &["японія", "японії", "японію", "японією"]),
        ("India", &["індія", "індії", "індію", "індією"]),
        (
            "Pakistan",
            &["пакистан", "пакистану", "пакистаном", "пакистані"],
        ),
        (
            "Afghanistan",
            &["афганістан", "афганістану", "афганістаном", "афганістані"],
        ),
        ("Syria", &["сирія", "сирії", "сирію", "сирією"]),
        ("Egypt", &["єгипет", "єгипту", "єгиптом", "єгипті"]),
        (
            "Canada",
            &["канада", "канади", "канаді", "канаду", "канадою"],
        ),
        (
            "Mexico",
            &["мексика", "мексики", "мексиці", "мексику", "мексикою"],
        ),
        ("Brazil", &["бразилія", "бразилії", "бразилію", "бразилією"]),
        (
            "Argentina",
            &[
                "аргентина",
                "аргентини",
                "аргентині",
                "аргентину",
                "аргентиною",
            ],
        ),
        (
            "Venezuela",
            &[
                "венесуела",
                "венесуели",
                "венесуелі",
                "венесуелу",
                "венесуелою",
            ],
        ),
        ("Cuba", &["куба", "куби", "кубі", "кубу", "кубою"]),
        (
            "Australia",
            &["австралія", "австралії", "австралію", "австралією"],
        ),
    ],
    demonyms: &[],
    male_given_names: &[
        "володимир",
        "дмитро",
        "олександр",
        "сергій",
        "андрій",
        "олексій",
        "михайло",
        "микола",
        "петро",
        "павло",
        "іван",
        "юрій",
        "віктор",
        "віталій",
        "валерій",
        "василь",
        "ігор",
        "олег",
        "роман",
        "максим",
        "денис",
        "антон",
        "артем",
        "євген",
        "борис",
        "вадим",
        "геннадій",
        "анатолій",
        "леонід",
        "костянтин",
        "кирило",
        "рамзан",
        "арсеній",
        "тарас",
        "богдан",
        "ярослав",
        "остап",
        "степан",
        "григорій",
        "федір",
        "ілля",
        "тимур",
        "руслан",
        "станіслав",
        "святослав",
        "всеволод",
        "арсен",
        "назар",
        "ростислав",
        "мирослав",
        "єгор",
        "джо",
        "джозеф",
        "дональд",
        "емманюель",
        "олаф",
        "в'ячеслав",
        "вячеслав",
        "едуард",
        "аркадій",
        "гліб",
        "георгій",
        "марк",
        "матвій",
        "микита",
        "яків",
        "валентин",
        "герман",
        "данило",
        "захар",
        "тимофій",
        "пилип",
        "філіп",
        "владислав",
        "ігнат",
        "макар",
        "платон",
        "родіон",
        "тихон",
        "фелікс",
        "давид",
        "ярема",
        "зиновій",
        "орест",
        "любомир",
        "мирон",
        "северин",
        "устим",
        "євгеній",
        "кузьма",
        "омелян",
        "лесь",
        "юліан",
        "олесь",
        "нестор",
        "ентоні",
        "джейк",
        "ллойд",
        "барак",
        "єнс",
        "річард",
        "майкл",
        "джон",
        "джеймс",
        "роберт",
        "вільям",
        "генрі",
        "шарль",
        "жан",
        "ніколя",
    ],
    female_given_names: &[
        "марія",
        "олена",
        "анна",
        "ірина",
        "наталія",
        "ольга",
        "тетяна",
        "юлія",
        "оксана",
        "світлана",
        "людмила",
        "галина",
        "катерина",
        "віра",
        "надія",
        "ніна",
        "христина",
        "софія",
        "дарина",
        "ганна",
        "лариса",
        "валентина",
        "алла",
        "вікторія",
        "маргарита",
        "єлизавета",
        "анастасія",
        "ксенія",
        "євгенія",
        "інна",
        "лілія",
        "зоя",
        "раїса",
        "тамара",
        "любов",
        "аліна",
        "яна",
        "вероніка",
        "діана",
        "кристина",
        "мадлен",
        "маргарет",
        "ангела",
        "марина",
        "поліна",
        "альона",
        "жанна",
        "кіра",
        "майя",
        "уляна",
        "ельвіра",
        "каріна",
        "мілана",
        "таїсія",
        "агата",
        "регіна",
        "сніжана",
        "олеся",
        "діна",
        "лідія",
        "єва",
        "варвара",
        "антоніна",
        "зінаїда",
        "віолета",
        "соломія",
        "леся",
        "роксолана",
        "зоряна",
        "ілона",
        "іванна",
        "кароліна",
        "валерія",
        "ангеліна",
        "орина",
        "урсула",
        "камала",
        "ненсі",
        "гілларі",
        "тереза",
        "кая",
    ],
    place_nominatives: &[
        ("United States", "США"),
        ("United Kingdom", "Велика Британія"),
        ("Russia", "Росія"),
        ("Ukraine", "Україна"),
        ("Kyiv", "Київ"),
        ("Moscow", "Москва"),
        ("Germany", "Німеччина"),
        ("France", "Франція"),
        ("China", "Китай"),
        ("Poland", "Польща"),
        ("Belarus", "Білорусь"),
        ("Europe", "Європа"),
        ("Crimea", "Крим"),
        ("Donbas", "Донбас"),
        ("Kharkiv", "Харків"),
        ("Odesa", "Одеса"),
        ("Lviv", "Львів"),
        ("Mariupol", "Маріуполь"),
        ("Kherson", "Херсон"),
        ("Zaporizhzhia", "Запоріжжя"),
        ("Donetsk", "Донецьк"),
        ("Luhansk", "Луганськ"),
        ("Saint Petersburg", "Санкт-Петербург"),
        ("Bucha", "Буча"),
        ("Dnipro", "Дніпро"),
        ("Bakhmut", "Бахмут"),
    ],
};

/// Cues of names, roles, organisations and laws; see [`crate::NameCueWords`].
pub static NAME_CUES: crate::NameCueWords = crate::NameCueWords {
    capitalised_common: &[],
    title_abbreviations: &[],
    male_titles: &[],
    female_titles: &[
        "речниця",
        "міністерка",
        "президентка",
        "депутатка",
        "журналістка",
    ],
    role_nouns: &[],
    role_modifiers: &[],
    role_stems: &[
        "президент",
        "прем'єр-міністр",
        "прем’єр-міністр",
        "міністр",
        "генерал",
        "речни",
        "речник",
        "прес-секретар",
        "представник",
        "посол",
        "депутат",
        "губернатор",
        "мер",
        "директор",
        "гендиректор",
        "керівник",
        "начальник",
        "командувач",
        "спікер",
        "лідер",
        "голова",
        "глава",
        "канцлер",
        "генсек",
        "генеральн",
        "секретар",
        "журналіст",
        "прокурор",
        "суддя",
        "радник",
        "помічник",
        "очільни",
        "автор",
        "ведуч",
        "полковник",
        "генпрокурор",
        "омбудсман",
        "патріарх",
        "митрополит",
        "адвокат",
        "юрист",
        "експерт",
        "аналітик",
        "політолог",
        "економіст",
        "професор",
        "настоятел",
        "священник",
    ],
    office_endings: &["ія", "ії", "ію", "ією", "іям", "іях", "іями"],
    organisation_heads: &[],
    organisation_stems: &[
        "відомств",
        "пресслужб",
        "прес-служб",
        "міністерств",
        "міноборон",
        // Ministries named by their short compounds ("Мінфіну",
        // "Мінагропроду").
        "мінфін",
        "мінагропрод",
        "мінеконом",
        "мінздрав",
        "мін'юст",
        "мінюст",
        "мінінфраструктур",
        "мінсоцполітик",
        "мінрегіон",
        "мінкульт",
        "мінцифр",
        "мінреінтеграц",
        "мінстратегпром",
        "міненерго",
        "міносвіт",
        "мінприрод",
        "мінветеран",
        "мзс",
        "рада",
        "ради",
        "раді",
        "кремл",
        "служб",
        "комітет",
        "фонд",
        "партія",
        "партії",
        "уряд",
        "банк",
        "суд",
        "офіс",
        "управлін",
        "генштаб",
        "агентств",
        "компані",
        "університет",
        "академі",
        "прокуратур",
        "поліці",
        "міліці",
        "армі",
        "сил",
        "штаб",
        "газет",
        "телеканал",
        "асоціаці",
        "союз",
        "організаці",
    ],
    law_heads: &["конвенція", "договір", "закон", "конституція"],
    programme_descriptors: &[
        "програма",
        "програми",
        "передача",
        "передачі",
        "фільм",
        "шоу",
        "книга",
        "книги",
        "операція",
    ],
    organisation_descriptors: &[
        "телеканал",
        "телеканалі",
        "газета",
        "газеті",
        "газети",
        "видання",
        "агентство",
        "агентства",
        "журнал",
        "радіостанція",
    ],
    law_descriptors: &["закон", "закону", "законопроєкт", "указ", "указу"],
};

/// English's prepositional reporting cues ("warned of") have no rule here:
/// Slavic cues are read by their own constructions.
pub const PREPOSITIONAL_CUES: &[(&str, &[&str])] = &[];

/// Verbs of saying whose object makes them an action: the English rules
/// read them only.
/// "відповідає за безпеку": is in charge of.
/// The languages someone writes or speaks in ("пише російською").
const IN_A_LANGUAGE: &[&str] = &[
    "українською",
    "російською",
    "англійською",
    "польською",
    "німецькою",
    "французькою",
    "по-російськи",
    "по-українськи",
];

/// Set phrases in which a verb of saying reports nothing.
pub const IDIOMS_WITH_CUES: &[&[&str]] = &[
    &["так", "би", "мовити"],
    &["чесно", "кажучи"],
    &["власне", "кажучи"],
    &["грубо", "кажучи"],
    &["інакше", "кажучи"],
];

/// Words that open what "відзначив" gives when it awards, not notes
/// ("відзначив державними нагородами сорок військових").
const AWARDS: &[&str] = &[
    "державними",
    "державною",
    "нагородами",
    "нагородою",
    "орденами",
    "орденом",
    "медалями",
    "медаллю",
    "грамотами",
    "грамотою",
    "відзнаками",
    "відзнакою",
    "почесними",
    "почесною",
    "званням",
    "званнями",
    "премією",
    "преміями",
];

/// See [`crate::Lexicon::action_cue_prepositions`].
pub const ACTION_CUE_PREPOSITIONS: &[(&str, &[&str])] = &[];

pub const ACTION_PREPOSITIONS: &[(&str, &[&str])] = &[
    ("відзнач", AWARDS),
    ("відповіда", &["за"]),
    ("відповів", &["за"]),
    ("відповіла", &["за"]),
    ("пиш", IN_A_LANGUAGE),
    ("писав", IN_A_LANGUAGE),
    ("писал", IN_A_LANGUAGE),
    ("говор", IN_A_LANGUAGE),
    ("розмовля", IN_A_LANGUAGE),
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
pub const QUOTING_VERB_STEMS: &[&str] = &["цитує", "цитува", "процитува"];

/// See [`crate::Lexicon::clause_only_speech_stems`].
pub const CLAUSE_ONLY_SPEECH_STEMS: &[&str] = &[
    // Fear, hope, doubt ("побоюється критики", "сподівається зменшити"), "пишуть листи", "вказують на": words said only with their clause.
    "побоює",
    "побоюю",
    "сподіва",
    "сумніва",
    "дума",
    "припуска",
    "пишуть",
    "вказу",
    "вказали",
    // "выразил протест", "висловив співчуття": a belief only with its clause.
    "вислов",
    "прокоментув",
    "коментув",
    "процитув",
    "цитув",
    "відреагув",
    "підсумув",
    "пригрозив",
    "спростув",
    "повторив",
];

/// Words that name: the English rules read them only.
pub const NAMING_VERB_STEMS: &[&str] = &["назвав", "назвал"];

/// Words that open an indirect question: the English rules read them only.
pub const INDIRECT_QUESTION_WORDS: &[&str] = &[];

/// Words that open a contrasting clause: the English rules read them only.
pub const CONTRAST_CONJUNCTIONS: &[&str] = &[];

/// Words that open a subordinate clause ("Когда X сказал, что ..., он ...";
/// "X, когда ..., говорил").
pub const SUBORDINATING_CONJUNCTIONS: &[&str] =
    &["коли", "якщо", "поки", "хоча", "оскільки", "бо", "адже"];

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
    // Sentence adverbs that open a sentence capitalised ("Так, у січні
    // двоє працівників подали позов, заявивши ...").
    not_names_alone: &[
        "так",
        "отже",
        "тоді",
        "також",
        "проте",
        "однак",
        "адже",
        "зокрема",
        "тепер",
        "зараз",
        "тут",
        "там",
        "потім",
        "згодом",
        "нарешті",
        "звісно",
        "справді",
        "натомість",
    ],
    transcript_not_names_alone: &[],
    first_person_pronouns: &["я", "ми", "мене", "нас", "мій", "наш"],
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
        "де",
        "тоді",
        "одразу",
        "же",
        "вже",
        "раніше",
        "оскільки",
        "куди",
        "звідки",
        "також",
        "теж",
        "згодом",
        "потім",
        "насамкінець",
        "наостанок",
        "нарешті",
        "пізніше",
        "ще",
        "знову",
        "хоча",
        "ввечері",
        "вранці",
        "вдень",
        "вночі",
        "спочатку",
        "вперше",
        "тепер",
        "нині",
        "навіть",
        "лише",
        "тільки",
        "так",
        "не",
        "щось",
        "що",
        "нібито",
        "начебто",
    ],
    speaker_setting_prepositions: &[],
    gerund_endings: &["ючи", "ячи", "вши", "вшись"],
    agent_prepositions: &[],
    programme_making_prepositions: &[],
    excerpt_relative_pronouns: &[],
    medium_nouns: &[],
    latter_words: &["останній", "остання"],
    definite_articles: &[],
    singular_s_endings: &[],
    non_plural_s_endings: &[],
    past_verb_endings: &[
        "ив", "ав", "ів", "яв", "ила", "ала", "іла", "яла", "или", "али", "іли", "яли",
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
    // (Not "-сти": the Russian "власти", "области" are nouns, and the
    // lists of every language are read together.)
    infinitive_endings: &["ити", "ати", "іти", "яти", "ути", "тися", "тись"],
    intent_verb_stems: &[
        "обіця",
        "пообіця",
        "закли",
        "запропон",
        "пропону",
        "доручи",
        "доруча",
        "пригрози",
        "погрожу",
        "вимага",
        "зажада",
    ],
    question_verb_stems: &[],
    telling_verb_stems: &[],
    person_object_stems: &[],
    object_pronouns: &[
        "його",
        "її",
        "їх",
        "нього",
        "неї",
        "них",
        "мене",
        "тебе",
        "нас",
        "вас",
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
