//! Word classes the quote annotator reads: reporting verbs (cues), the
//! words that may sit between a speaker and its verb, noun-phrase
//! boundaries, pronouns and hedges, for English, Russian and Ukrainian.
//!
//! Built once per process (`OnceLock`); looked up with a lower-cased token.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a reporting verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueTier {
    /// Verbs of saying: take a quote, a `that` clause or a bare clause.
    Speech,
    /// Verbs of thinking, showing and finding: only with a `that` clause
    /// (or a subject pronoun right after), else they are ordinary verbs.
    Cognition,
    /// Verbs that only attribute quoted words ("called it a "disaster"",
    /// "threatens 'equivalent steps'"): never a bare reported clause.
    QuoteOnly,
    /// Verbs of intending and wanting: attributions of an intention, with
    /// a `to` infinitive ("wants to build", "plans to run").
    Intent,
}

/// Properties of one word form.
#[derive(Debug, Clone, Copy, Default)]
pub struct Lex {
    pub cue: Option<CueTier>,
    /// The `-ing` participle or a Slavic adverbial participle ("noting",
    /// "adding", "зазначивши"): its speaker is the subject of the clause.
    pub participle: bool,
    /// "that", "что", "що": starts reported content.
    pub complementizer: bool,
    /// Auxiliaries and adverbs that may sit between a speaker and the
    /// verb and belong to the cue span ("has", "also", "later").
    pub cue_prefix: bool,
    /// Ends a speaker noun phrase when walking away from the verb.
    pub np_stop: bool,
    /// Subject pronoun that can be a speaker (he, she, they, ...).
    pub pronoun: bool,
    /// Relative pronoun (who, which, который): the speaker is the noun
    /// phrase before the comma.
    pub relative: bool,
    /// Determiner or article: may open a speaker noun phrase.
    pub determiner: bool,
    /// Words that mark a quoted stretch as a title or name, not speech
    /// ("the program", "titled", "so-called").
    pub title_marker: bool,
    /// A single-word hedge or evidential adverb ("allegedly", "reportedly").
    pub hedge: Option<&'static str>,
    /// Male or female personal pronoun: fallback pronoun resolution.
    pub personal: bool,
    /// Role, group and title nouns and the adjectives that go with them
    /// ("spokeswoman", "officials", "former", "senior"): lower-case words
    /// that may sit inside a speaker noun phrase.
    pub nominal: bool,
    /// "of", "for", "from", "at": join the parts of a speaker noun phrase
    /// ("secretary of state", "spokesman for the campaign").
    pub np_joiner: bool,
}

fn en_forms(base: &str) -> Vec<String> {
    // Regular English inflection: says/said/saying, notes/noted/noting,
    // denies/denied/denying, admits/admitted/admitting.
    let mut out = vec![base.to_string()];
    let (third, past, ing);
    if let Some(stem) = base.strip_suffix('e') {
        third = format!("{base}s");
        past = format!("{base}d");
        ing = format!("{stem}ing");
    } else if let Some(stem) = base.strip_suffix('y').filter(|s| {
        s.chars()
            .last()
            .is_some_and(|c| !matches!(c, 'a' | 'e' | 'o' | 'u'))
    }) {
        third = format!("{stem}ies");
        past = format!("{stem}ied");
        ing = format!("{base}ing");
    } else if base.ends_with('s')
        || base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('x')
    {
        third = format!("{base}es");
        past = format!("{base}ed");
        ing = format!("{base}ing");
    } else {
        third = format!("{base}s");
        past = format!("{base}ed");
        ing = format!("{base}ing");
    }
    out.push(third);
    out.push(past);
    out.push(ing);
    out
}

/// English verbs of saying (regular ones; irregular forms below).
const EN_SPEECH: &[&str] = &[
    "add",
    "note",
    "claim",
    "state",
    "announce",
    "declare",
    "explain",
    "argue",
    "insist",
    "warn",
    "report",
    "tweet",
    "post",
    "confirm",
    "deny",
    "admit",
    "acknowledge",
    "emphasize",
    "emphasise",
    "stress",
    "reiterate",
    "repeat",
    "predict",
    "promise",
    "vow",
    "pledge",
    "reply",
    "respond",
    "ask",
    "urge",
    "allege",
    "contend",
    "maintain",
    "assert",
    "concede",
    "recall",
    "reveal",
    "disclose",
    "observe",
    "complain",
    "boast",
    "joke",
    "quip",
    "testify",
    "conclude",
    "comment",
    "remark",
    "mention",
    "suggest",
    "indicate",
    "counter",
    "retort",
    "whisper",
    "shout",
    "yell",
    "explain",
    "continue",
    "answer",
    "caution",
    "demand",
    "propose",
    "recount",
    "acknowledge",
    "announce",
    "assure",
    "inform",
    "lament",
    "muse",
    "opine",
    "posit",
    "proclaim",
    "reason",
    "recommend",
    "remind",
    "signal",
    "speculate",
    "summarize",
    "concur",
    "clarify",
    "hint",
    "estimate",
    "agree",
    "guarantee",
    "interject",
    "talk",
    "refer",
    "point",
    "react",
    "push",
    "advocate",
    "focus",
    "elaborate",
    "lobby",
    "rail",
    "object",
    "apologize",
    "apologise",
    "disagree",
    "wonder",
    "predict",
    "surmise",
    "theorize",
    "advise",
    "brag",
];

/// English verbs of thinking, knowing, showing: attributions in news only
/// with a clause after them.
const EN_COGNITION: &[&str] = &[
    "believe",
    "hope",
    "fear",
    "expect",
    "worry",
    "doubt",
    "show",
    "assume",
    "reckon",
    "recognize",
    "recognise",
    "realize",
    "realise",
    "learn",
    "suspect",
    "imagine",
    "wonder",
    "insist",
    "conclude",
    "determine",
    "acknowledge",
    "figure",
    "presume",
    "suppose",
    "contend",
    "predict",
    "demonstrate",
    "prove",
];

/// Attribute quoted words only.
const EN_QUOTE_ONLY: &[&str] = &[
    "call",
    "threaten",
    "describe",
    "dub",
    "label",
    "brand",
    "term",
    "accuse",
    "criticize",
    "criticise",
    "praise",
    "slam",
    "blast",
    "mock",
    "chant",
    "sing",
    "cite",
    "quote",
    "endorse",
    "support",
    "oppose",
    "reject",
    "defend",
    "propose",
    "back",
    "blame",
    "condemn",
    "dismiss",
    "applaud",
    "welcome",
    "attack",
    "denounce",
    "question",
    "challenge",
    "dispute",
    "recommend",
];

/// Intentions: with a `to` infinitive.
const EN_INTENT: &[&str] = &[
    "want", "plan", "intend", "seek", "aim", "refuse", "decline", "expect", "hope", "vow",
    "pledge", "promise", "threaten", "agree", "urge", "seem", "appear", "try", "attempt",
];
const EN_IRREGULAR_INTENT: &[&str] = &["sought", "seeks", "seeking"];

const EN_IRREGULAR_SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "tweeted",
    "tweeting",
    "admitted",
    "admitting",
    "regretted",
    "submitted",
    "committed",
    "put",
    "puts",
];
const EN_IRREGULAR_COGNITION: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "thinking",
    "know",
    "knows",
    "knew",
    "known",
    "find",
    "finds",
    "found",
    "finding",
    "feel",
    "feels",
    "felt",
    "hear",
    "hears",
    "heard",
    "understand",
    "understands",
    "understood",
    "see",
    "sees",
    "saw",
    "shown",
    "shows",
    "showed",
    "showing",
];
const EN_IRREGULAR_QUOTE_ONLY: &[&str] = &["threatens", "calls", "called", "calling"];

/// Russian and Ukrainian verbs of saying, common forms (past m/f/pl,
/// present 3rd person, adverbial participles).
const SLAVIC_SPEECH: &[&str] = &[
    // Russian
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
    // Ukrainian
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
];
const SLAVIC_COGNITION: &[&str] = &[
    "считает",
    "считают",
    "полагает",
    "уверен",
    "уверена",
    "уверены",
    "убежден",
    "убеждена",
    "вважає",
    "вважають",
    "переконаний",
    "переконана",
    "впевнений",
    "впевнена",
];
const SLAVIC_PARTICIPLES: &[&str] = &[
    "отметив",
    "подчеркнув",
    "добавив",
    "заявив",
    "пояснив",
    "зазначивши",
    "наголосивши",
    "додавши",
    "підкресливши",
    "заявивши",
    "пояснивши",
];

const CUE_PREFIX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "repeatedly",
    "again",
    "then",
    "once",
    "recently",
    "publicly",
    "privately",
    "just",
    "reportedly",
    "allegedly",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "might",
    "may",
    "not",
    "never",
    "earlier",
    "further",
    "often",
    "frequently",
    "already",
    "openly",
    "specifically",
    "subsequently",
    "ultimately",
    "finally",
    "first",
    "initially",
    "originally",
    "himself",
    "herself",
    "itself",
    "themselves",
    "yet",
    "always",
    "explicitly",
    "flatly",
    "firmly",
    "strongly",
    "bluntly",
    "simply",
    "directly",
    "quickly",
    "immediately",
    "apparently",
    "indeed",
    "even",
    "still",
    "clearly",
    "in",
    "turn",
    "в",
    "свою",
    "очередь",
    "также",
    "тоже",
    "ранее",
    "уже",
    "же",
    "також",
    "раніше",
    "вже",
    "ж",
];

/// Function words that end a speaker noun phrase.
const NP_STOP: &[&str] = &[
    "and",
    "but",
    "or",
    "nor",
    "because",
    "while",
    "when",
    "if",
    "as",
    "since",
    "after",
    "before",
    "although",
    "though",
    "so",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "not",
    "to",
    "in",
    "on",
    "with",
    "by",
    "about",
    "into",
    "over",
    "under",
    "during",
    "through",
    "against",
    "between",
    "among",
    "what",
    "how",
    "why",
    "also",
    "then",
    "now",
    "later",
    "however",
    "meanwhile",
    "instead",
    "yet",
    "still",
    "even",
    "only",
    "just",
    "this",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "like",
    "unlike",
    "per",
    "via",
    "i",
    "me",
    "him",
    "her",
    "us",
    "them",
    "again",
    "once",
    "too",
    "very",
    "already",
    "both",
    "either",
    "neither",
    "whether",
    "until",
    "unless",
    "despite",
    "whereas",
    "throughout",
    "toward",
    "towards",
    "upon",
    "within",
    "without",
    "previously",
    "recently",
    "reportedly",
    "allegedly",
    "really",
    "indeed",
    "yesterday",
    "today",
    "tomorrow",
    "last",
    "next",
    "ago",
    "earlier",
    "fact",
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
    "і",
    "й",
    "та",
    "що",
    "як",
    "коли",
    "якщо",
    "у",
    "з",
    "за",
    "який",
    "яка",
    "які",
    "который",
    "которая",
    "которые",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "you", "он", "она", "они", "мы", "я", "він", "вона",
    "вони", "ми",
];
const PERSONAL: &[&str] = &["he", "she", "он", "она", "він", "вона"];
const RELATIVE: &[&str] = &[
    "who",
    "which",
    "который",
    "которая",
    "которые",
    "которого",
    "який",
    "яка",
    "які",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "our", "its", "my", "your", "one", "two", "three",
    "four", "five", "several", "many", "some", "most", "all", "both", "each", "another", "other",
    "these", "those", "this", "that", "no", "any", "more", "few", "top", "senior",
];
const COMPLEMENTIZERS: &[&str] = &["that", "что", "що", "мол", "дескать", "чтобы", "щоб"];
const TITLE_MARKERS: &[&str] = &[
    "program",
    "programme",
    "show",
    "film",
    "movie",
    "book",
    "song",
    "album",
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "so-called",
    "newspaper",
    "magazine",
    "series",
    "operation",
    "campaign",
    "slogan",
    "hashtag",
    "word",
    "words",
    "term",
    "phrase",
    "nicknamed",
    "known",
    "article",
    "report",
    "documentary",
    "project",
    "party",
    "movement",
    "channel",
    "festival",
    "novel",
    "play",
    "initiative",
    "law",
    "act",
    "bill",
    "motto",
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
    "так",
    "званий",
    "звана",
    "звані",
    "издание",
    "издания",
    "видання",
    "агентство",
    "агентства",
    "агенція",
];
const NOMINALS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "secretary",
    "official",
    "officials",
    "leader",
    "leaders",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ambassador",
    "senator",
    "governor",
    "candidate",
    "campaign",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "chief",
    "head",
    "commander",
    "general",
    "mayor",
    "representative",
    "representatives",
    "prime",
    "deputy",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "researcher",
    "researchers",
    "media",
    "newspaper",
    "agency",
    "office",
    "ministry",
    "department",
    "committee",
    "administration",
    "government",
    "source",
    "sources",
    "people",
    "residents",
    "voters",
    "poll",
    "polls",
    "survey",
    "report",
    "study",
    "statement",
    "executive",
    "founder",
    "ceo",
    "professor",
    "author",
    "correspondent",
    "reporter",
    "reporters",
    "editor",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "judge",
    "court",
    "police",
    "army",
    "military",
    "forces",
    "prosecutor",
    "prosecutors",
    "staff",
    "team",
    "party",
    "members",
    "member",
    "supporters",
    "critics",
    "officer",
    "officers",
    "authorities",
    "service",
    "press",
    "strategist",
    "strategists",
    "operative",
    "pollster",
    "economist",
    "economists",
    "scientist",
    "scientists",
    "doctor",
    "doctors",
    "activist",
    "activists",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "congressman",
    "congresswoman",
    "delegate",
    "delegates",
    "manager",
    "speaker",
    "whip",
    "counsel",
    "host",
    "anchor",
    "writer",
    "columnist",
    "organization",
    "organisation",
    "group",
    "company",
    "firm",
    "union",
    "council",
    "board",
    "commission",
    "bureau",
    "institute",
    "center",
    "centre",
    "foundation",
    "association",
    "coalition",
    "network",
    "channel",
    "outlet",
    "website",
    "observers",
    "diplomats",
    "diplomat",
    "envoy",
    "negotiator",
    "negotiators",
    "watchdog",
    "former",
    "senior",
    "top",
    "deputy",
    "foreign",
    "federal",
    "local",
    "state",
    "national",
    "international",
    "independent",
    "unnamed",
    "anonymous",
    "other",
    "new",
    "military",
    "prominent",
    "leading",
    "veteran",
    "longtime",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "current",
    "retired",
    "defense",
    "defence",
    "press",
    "communications",
    "security",
    "intelligence",
    "health",
    "finance",
    "economy",
    "justice",
    "interior",
    "affairs",
    "general's",
    "campaign's",
    "vice",
    "co-founder",
    "chairman's",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "house",
    "white",
    "presidential",
    "nominee",
    "contender",
    "rival",
    "opponent",
    "opponents",
    "allies",
    "ally",
    "backers",
    "fans",
    "protesters",
    "demonstrators",
    "witnesses",
    "witness",
    "victims",
    "families",
    "parents",
    "students",
    "workers",
    "employees",
    "residents",
    "citizens",
    "americans",
    "officials'",
    "user",
    "users",
    "observer",
    "insiders",
    "insider",
    "investigators",
    "investigator",
    "data",
    "figures",
    "records",
    "documents",
    "filings",
    "letter",
    "memo",
    "email",
    "emails",
    "presidency",
    "embassy",
    "mission",
    "delegation",
    "regime",
    "kremlin",
    "authority",
    "spokesmen",
    "sheriff",
    "detective",
    "captain",
    "colonel",
    "lieutenant",
    "sergeant",
    "soldier",
    "soldiers",
    "troops",
    "pilot",
    "his",
    "her",
    "their",
    "its",
];

const HEDGES: &[(&str, &str)] = &[
    ("allegedly", "hedge"),
    ("reportedly", "evidential"),
    ("potentially", "hedge"),
    ("possibly", "hedge"),
    ("probably", "hedge"),
    ("apparently", "evidential"),
    ("supposedly", "hedge"),
    ("purportedly", "hedge"),
    ("presumably", "hedge"),
    ("perhaps", "hedge"),
    ("maybe", "hedge"),
    ("seemingly", "hedge"),
    ("likely", "hedge"),
    ("unlikely", "hedge"),
    ("ostensibly", "hedge"),
    ("arguably", "hedge"),
    ("якобы", "hedge"),
    ("предположительно", "hedge"),
    ("возможно", "hedge"),
    ("вероятно", "hedge"),
    ("по-видимому", "hedge"),
    ("нібито", "hedge"),
    ("ймовірно", "hedge"),
    ("можливо", "hedge"),
    ("імовірно", "hedge"),
    ("мабуть", "hedge"),
];

/// Forms that are far more often nouns or adverbs than reporting verbs.
const NOT_CUES: &[&str] = &[
    "point",
    "points",
    "support",
    "supports",
    "focus",
    "focuses",
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "state",
    "states",
    "back",
    "backs",
    "question",
    "questions",
    "attack",
    "attacks",
    "put",
    "puts",
    "line",
    "post",
    "posts",
    "counter",
    "figure",
    "figures",
    "term",
    "terms",
    "brand",
    "label",
    "labels",
    "signal",
    "signals",
    "dispute",
    "disputes",
    "challenge",
    "challenges",
];

fn table() -> &'static HashMap<String, Lex> {
    static TABLE: OnceLock<HashMap<String, Lex>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<String, Lex> = HashMap::new();
        let mut set = |w: &str, f: &dyn Fn(&mut Lex)| f(m.entry(w.to_string()).or_default());
        // Cognition first so that verbs listed in both take the stronger tier.
        for base in EN_COGNITION {
            for form in en_forms(base) {
                set(&form, &|l| l.cue = Some(CueTier::Cognition));
            }
        }
        for w in EN_IRREGULAR_COGNITION {
            set(w, &|l| l.cue = Some(CueTier::Cognition));
        }
        for base in EN_INTENT {
            for form in en_forms(base) {
                set(&form, &|l| {
                    if l.cue.is_none() {
                        l.cue = Some(CueTier::Intent);
                    }
                });
            }
        }
        for w in EN_IRREGULAR_INTENT {
            set(w, &|l| l.cue = Some(CueTier::Intent));
        }
        for base in EN_QUOTE_ONLY {
            for form in en_forms(base) {
                set(&form, &|l| l.cue = Some(CueTier::QuoteOnly));
            }
        }
        for w in EN_IRREGULAR_QUOTE_ONLY {
            set(w, &|l| l.cue = Some(CueTier::QuoteOnly));
        }
        for base in EN_SPEECH {
            for form in en_forms(base) {
                set(&form, &|l| l.cue = Some(CueTier::Speech));
            }
        }
        for w in EN_IRREGULAR_SPEECH {
            set(w, &|l| l.cue = Some(CueTier::Speech));
        }
        for w in SLAVIC_SPEECH {
            set(w, &|l| l.cue = Some(CueTier::Speech));
        }
        for w in SLAVIC_COGNITION {
            set(w, &|l| l.cue = Some(CueTier::Cognition));
        }
        for w in SLAVIC_PARTICIPLES {
            set(w, &|l| {
                l.cue = Some(CueTier::Speech);
                l.participle = true;
            });
        }
        for w in CUE_PREFIX {
            set(w, &|l| l.cue_prefix = true);
        }
        for w in NP_STOP {
            set(w, &|l| l.np_stop = true);
        }
        for w in PRONOUNS {
            set(w, &|l| l.pronoun = true);
        }
        for w in PERSONAL {
            set(w, &|l| l.personal = true);
        }
        for w in RELATIVE {
            set(w, &|l| l.relative = true);
        }
        for w in DETERMINERS {
            set(w, &|l| l.determiner = true);
        }
        for w in COMPLEMENTIZERS {
            set(w, &|l| l.complementizer = true);
        }
        for w in TITLE_MARKERS {
            set(w, &|l| l.title_marker = true);
        }
        for w in NOMINALS {
            set(w, &|l| l.nominal = true);
        }
        for w in [
            "of", "for", "from", "at", "'s", "de", "von", "van", "al", "bin",
        ] {
            set(w, &|l| l.np_joiner = true);
        }
        for (w, kind) in HEDGES {
            set(w, &|l| l.hedge = Some(kind));
        }
        for w in NOT_CUES {
            if let Some(l) = m.get_mut(*w) {
                l.cue = None;
            }
        }
        // English -ing forms of speech verbs are participles.
        for (form, lex) in m.iter_mut() {
            if lex.cue.is_some() && form.ends_with("ing") && form.is_ascii() {
                lex.participle = true;
            }
        }
        m
    })
}

/// Looks a token up; `buf` is a reusable buffer for the lower-cased form.
pub fn lookup(word: &str, buf: &mut String) -> Lex {
    buf.clear();
    for c in word.chars() {
        // Typographic apostrophes read as ASCII ones.
        let c = if c == '’' { '\'' } else { c };
        buf.extend(c.to_lowercase());
    }
    table().get(buf.as_str()).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        let mut b = String::new();
        for w in [
            "noted",
            "noting",
            "denies",
            "denied",
            "emphasized",
            "claims",
            "says",
        ] {
            assert_eq!(lookup(w, &mut b).cue, Some(CueTier::Speech), "{w}");
        }
        assert!(lookup("noting", &mut b).participle);
        assert_eq!(lookup("believes", &mut b).cue, Some(CueTier::Cognition));
        assert_eq!(lookup("заявил", &mut b).cue, Some(CueTier::Speech));
        assert_eq!(lookup("Сказав", &mut b).cue, Some(CueTier::Speech));
        assert!(lookup("The", &mut b).determiner);
    }
}
