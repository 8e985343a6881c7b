//! Word lists of generic cues: titles and roles, organisation heads, a
//! gazetteer of countries, capitals and major cities, demonyms. These are
//! world knowledge about categories, not lists of particular people.
//!
//! Every table is built once (`OnceLock`) and looked up with lowercase keys.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub use claimtrace_core::Fnv;

pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Lowercases `word` into `buf` without allocating; `None` when it does not fit.
pub fn lower_into<'b>(word: &str, buf: &'b mut [u8; 96]) -> Option<&'b str> {
    if word.is_ascii() {
        let dst = buf.get_mut(..word.len())?;
        for (d, b) in dst.iter_mut().zip(word.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(dst).ok();
    }
    let mut len = 0usize;
    for c in word.chars() {
        // Cyrillic capitals map by a fixed offset; skip the Unicode tables
        let fast = match c {
            'А'..='Я' => char::from_u32(c as u32 + 32),
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 80),
            'а'..='я' | 'ѐ'..='џ' => Some(c),
            _ => None,
        };
        if let Some(l) = fast {
            let n = l.len_utf8();
            let dst = buf.get_mut(len..len + n)?;
            l.encode_utf8(dst);
            len += n;
            continue;
        }
        for l in c.to_lowercase() {
            let n = l.len_utf8();
            let dst = buf.get_mut(len..len + n)?;
            l.encode_utf8(dst);
            len += n;
        }
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// `lower` starts with `stem`; the first bytes are compared inline since
/// most words differ there.
fn starts_with_stem(lower: &str, stem: &str) -> bool {
    lower.as_bytes().get(..2) == stem.as_bytes().get(..2) && lower.starts_with(stem)
}

/// Runs `f` on the lowercase form of `word` (false when it is too long).
pub fn with_lower(word: &str, f: impl FnOnce(&str) -> bool) -> bool {
    let mut buf = [0u8; 96];
    match lower_into(word, &mut buf) {
        Some(l) => f(l),
        None => false,
    }
}

fn set(words: &'static str) -> FastSet<&'static str> {
    words.split_whitespace().collect()
}

/// Closed-class words and common sentence openers: a capitalised one at the
/// start of a sentence is not a name.
pub fn is_function_word(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.function_words.iter().copied())
            .collect()
    })
    .contains(lower)
}

/// Capitalised words that are never names on their own (nor part of one:
/// the verbs of a title-cased headline, "Former White House Doctor Says").
pub fn is_capitalised_common(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut words = set(
            "i tv ceo cfo coo gdp pc dvd cd it aids hiv ok mp mps mep meps pm am ad bc id ipo agm \
             mlrs himars atacms gps sms ai co2 vat usb ufo faq pdf hd lcd ngo ngos ai vip covid \
             internet web christmas easter ramadan \
             says tells warns urges vows insists admits denies slams blasts",
        );
        // English month and weekday names: capitalised in any position.
        // (Russian and Ukrainian ones are capitalised only where they
        // open a sentence or a name, "Знамя Октября", so they stay out.)
        let english = &claimtrace_lexicon::EN;
        words.extend(
            english
                .months
                .iter()
                .chain(&english.month_abbreviations)
                .copied()
                .flatten(),
        );
        words.extend(english.weekdays.iter().copied().flatten());
        words
    })
    .contains(lower)
}

/// Abbreviated titles that the tokenizer splits from their period: `Mr.`.
pub fn is_title_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "col"
            | "lt"
            | "sen"
            | "rep"
            | "gov"
            | "prof"
            | "sgt"
            | "capt"
            | "maj"
            | "adm"
            | "st"
            | "rev"
            | "pres"
            | "sec"
            | "cmdr"
            | "supt"
            | "insp"
    )
}

/// Gender that a title or role word implies.
pub fn title_gender(lower: &str) -> Option<&'static str> {
    match lower {
        "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "spokesman" | "chairman"
        | "businessman" | "congressman" | "councilman" | "father" | "brother" | "emperor"
        | "archbishop" | "pope" | "sultan" | "sheikh" | "patriarch" | "actor" | "husband" => {
            Some("male")
        }
        "mrs"
        | "ms"
        | "miss"
        | "madam"
        | "lady"
        | "dame"
        | "queen"
        | "princess"
        | "duchess"
        | "spokeswoman"
        | "chairwoman"
        | "businesswoman"
        | "congresswoman"
        | "councilwoman"
        | "actress"
        | "mother"
        | "sister"
        | "wife"
        | "empress"
        | "речниця"
        | "міністерка"
        | "президентка"
        | "депутатка"
        | "журналістка"
        | "журналистка"
        | "прессекретарша" => Some("female"),
        _ => None,
    }
}

/// Nouns that name a person's role or title (English, plus Ukrainian and
/// Russian stems handled by [`is_role_noun`]).
fn role_nouns() -> &'static FastSet<&'static str> {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        set("president president-elect vice-president minister ministers premier chancellor secretary \
             secretary-general general spokesman spokeswoman spokesperson spokespeople commander \
             commander-in-chief chief head director director-general governor mayor senator \
             ambassador envoy adviser advisor aide deputy chairman chairwoman chair chairperson ceo \
             executive officer leader king queen prince princess pope judge prosecutor attorney \
             lawyer author editor correspondent reporter journalist analyst professor mr mrs ms miss dr \
             sir lord lady dame colonel lieutenant captain sergeant admiral marshal commissioner \
             representative rep sen gov gen col lt capt sgt adm maj prof cmdr coach manager striker \
             founder co-founder owner boss economist researcher mp mep speaker congressman congresswoman \
             lawmaker legislator diplomat negotiator ombudsman ombudswoman presenter host anchor \
             businessman businesswoman chairman emir sheikh sultan archbishop bishop patriarch cardinal \
             rabbi imam general-major major-general lieutenant-general brigadier inspector superintendent \
             detective constable councillor councilor mayor-elect premier-elect dictator monarch \
             treasurer comptroller auditor registrar governor-general viceroy regent justice magistrate \
             chancellor-elect opposition-leader strategist pollster campaigner activist blogger \
             producer publisher columnist commentator historian scientist spokesmen officials official \
             pundit champion holder winner runner-up goalkeeper midfielder defender forward batsman bowler \
             singer actor actress star director-general boss chairman")
    })
}

/// Lowercase modifiers that may sit inside an uncapitalised role phrase
/// ("defence secretary", "deputy foreign minister").
pub fn is_role_modifier(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        set("defence defense foreign finance interior health home deputy vice prime chief senior top \
             acting press state executive national security opposition shadow economic economy trade \
             culture justice education environment energy military army armed intelligence police \
             regional local federal presidential party team club company bank group communications \
             digital transport labour labor agriculture culture sports development first general \
             commercial technical managing associate assistant former then interim self-proclaimed")
    })
    .contains(lower)
}

/// True for a role or title noun (`lower` is lowercase). Cyrillic roles are
/// matched by stem so that their cases decline ("президента", "міністрові").
pub fn is_role_noun(lower: &str) -> bool {
    if role_nouns().contains(lower) {
        return true;
    }
    !lower.is_ascii() && cyrillic_role_stem(lower).is_some()
}

/// The stem of a Ukrainian or Russian role noun that `lower` declines.
pub fn cyrillic_role_stem(lower: &str) -> Option<&'static str> {
    const STEMS: &[&str] = &[
        "президент",
        "прем'єр-міністр",
        "прем’єр-міністр",
        "премьер-министр",
        "міністр",
        "министр",
        "генерал",
        "речни",
        "речник",
        "пресс-секретар",
        "прес-секретар",
        "представник",
        "представител",
        "посол",
        "депутат",
        "губернатор",
        "мер",
        "мэр",
        "директор",
        "керівник",
        "руководител",
        "командувач",
        "командующ",
        "спікер",
        "спикер",
        "лідер",
        "лидер",
        "голова",
        "глава",
        "канцлер",
        "генсек",
        "генеральн",
        "секретар",
        "журналіст",
        "журналист",
        "прокурор",
        "суддя",
        "судья",
        "радник",
        "советник",
        "помічник",
        "помощник",
        "очільни",
        "автор",
        "ведуч",
        "ведущ",
        "полковник",
        "генпрокурор",
        "омбудсман",
        "патріарх",
        "патриарх",
        "митрополит",
    ];
    // suffix allowance: the declension endings of these nouns are short
    let chars = lower.chars().count();
    STEMS.iter().copied().find(|stem| {
        starts_with_stem(lower, stem) && {
            let sc = stem.chars().count();
            // short stems ("мер", "посл") must match nearly the whole word
            let max_extra = if sc <= 4 { 2 } else { 4 };
            chars >= sc && chars - sc <= max_extra
        }
    })
}

/// The head word of a name that makes it an organisation.
pub fn is_org_head(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    if S.get_or_init(|| {
        set("ministry ministries office council congress parliament senate assembly party watch army \
             forces force navy guard guards bank agency committee commission company inc ltd plc llc corp \
             corporation co group university college school institute institution foundation fund court \
             tribunal administration government cabinet service services department union association \
             federation organization organisation alliance league club society church police bureau \
             authority board centre center network networks channel times post news journal gazette \
             telegraph herald tribune press radio television broadcasting media studios records \
             airlines airways motors industries holdings partners capital securities exchange ventures \
             technologies systems labs laboratories pharmaceuticals energy oil petroleum telecom \
             communications coalition movement front brigade battalion regiment division corps command \
             staff directorate inspectorate prosecutor's secretariat duma rada verkhovna kremlin \
             pentagon conference forum summit initiative programme program project unit team fc united \
             city rovers wanderers athletic hospital trust council's commissioner's mission embassy \
             consulate republic's nations managers productions films pictures studios awards \
             partnership investments airlines insurance")
    })
    .contains(lower)
    {
        return true;
    }
    if lower.is_ascii() {
        return false;
    }
    const CYR: &[&str] = &[
        "міністерств",
        "министерств",
        "міноборон",
        "минобороны",
        "мзс",
        "мид",
        "рада",
        "ради",
        "раді",
        "дума",
        "думы",
        "кремл",
        "служб",
        "комітет",
        "комитет",
        "фонд",
        "партія",
        "партії",
        "партия",
        "партии",
        "уряд",
        "правительств",
        "банк",
        "суд",
        "офіс",
        "офис",
        "управлін",
        "управлени",
        "генштаб",
        "агентств",
        "компані",
        "компани",
        "університет",
        "университет",
        "академі",
        "академи",
        "прокуратур",
        "поліці",
        "полици",
        "міліці",
        "милици",
        "армі",
        "арми",
        "сил",
        "штаб",
        "газет",
        "телеканал",
        "асоціаці",
        "ассоциаци",
        "союз",
        "організаці",
        "организаци",
    ];
    CYR.iter().any(|stem| {
        starts_with_stem(lower, stem) && lower.chars().count() <= stem.chars().count() + 4
    })
}

/// The head word of a name that makes it a law or treaty.
pub fn is_law_head(lower: &str) -> bool {
    matches!(
        lower,
        "convention"
            | "treaty"
            | "act"
            | "agreement"
            | "agreements"
            | "pact"
            | "accord"
            | "accords"
            | "protocol"
            | "charter"
            | "constitution"
            | "declaration"
            | "resolution"
            | "code"
            | "law"
            | "bill"
            | "directive"
            | "regulation"
            | "memorandum"
            | "конвенція"
            | "конвенции"
            | "договір"
            | "договор"
            | "закон"
            | "конституція"
            | "конституция"
    )
}

/// Nouns that introduce a quoted or capitalised title and say what it is:
/// "the program "Moscow. Kremlin. Putin"", "the TV channel Russia-1".
pub fn descriptor_type(lower: &str) -> Option<crate::Kind> {
    use crate::Kind;
    Some(match lower {
        "program" | "programme" | "show" | "series" | "documentary" | "film" | "movie"
        | "broadcast" | "podcast" | "book" | "novel" | "album" | "song" | "play" | "exhibition"
        | "campaign" | "operation" | "програма" | "програми" | "программа" | "программы"
        | "передача" | "передачі" | "передачи" | "фільм" | "фильм" | "шоу" | "книга" | "книги"
        | "операція" | "операции" => Kind::Programme,
        "channel"
        | "newspaper"
        | "magazine"
        | "outlet"
        | "broadcaster"
        | "agency"
        | "tabloid"
        | "daily"
        | "weekly"
        | "website"
        | "station"
        | "network"
        | "publication"
        | "телеканал"
        | "телеканалі"
        | "телеканале"
        | "газета"
        | "газеті"
        | "газете"
        | "газети"
        | "газеты"
        | "видання"
        | "издание"
        | "агентство"
        | "агентства"
        | "журнал"
        | "радіостанція"
        | "радиостанция" => Kind::Org,
        "law"
        | "bill"
        | "act"
        | "treaty"
        | "decree"
        | "закон"
        | "закону"
        | "законопроєкт"
        | "законопроект"
        | "указ"
        | "указу" => Kind::Law,
        _ => return None,
    })
}

/// Verbs of saying and reporting that mark their subject as a speaker
/// (every language's `speaker_verbs`).
pub fn is_speech_verb(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.speaker_verbs.iter().copied())
            .collect()
    })
    .contains(lower)
}

/// Country adjective or demonym -> canonical country name.
pub fn demonym_country(lower: &str) -> Option<&'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let pairs: &[(&str, &str)] = &[
            ("russian", "Russia"),
            ("russians", "Russia"),
            ("ukrainian", "Ukraine"),
            ("ukrainians", "Ukraine"),
            ("american", "United States"),
            ("americans", "United States"),
            ("german", "Germany"),
            ("germans", "Germany"),
            ("british", "United Kingdom"),
            ("english", "United Kingdom"),
            ("scottish", "United Kingdom"),
            ("welsh", "United Kingdom"),
            ("french", "France"),
            ("chinese", "China"),
            ("japanese", "Japan"),
            ("indian", "India"),
            ("italian", "Italy"),
            ("spanish", "Spain"),
            ("polish", "Poland"),
            ("belarusian", "Belarus"),
            ("turkish", "Turkey"),
            ("iranian", "Iran"),
            ("israeli", "Israel"),
            ("palestinian", "Palestine"),
            ("syrian", "Syria"),
            ("iraqi", "Iraq"),
            ("afghan", "Afghanistan"),
            ("pakistani", "Pakistan"),
            ("canadian", "Canada"),
            ("australian", "Australia"),
            ("brazilian", "Brazil"),
            ("mexican", "Mexico"),
            ("korean", "South Korea"),
            ("north korean", "North Korea"),
            ("south korean", "South Korea"),
            ("dutch", "Netherlands"),
            ("belgian", "Belgium"),
            ("swedish", "Sweden"),
            ("norwegian", "Norway"),
            ("finnish", "Finland"),
            ("danish", "Denmark"),
            ("swiss", "Switzerland"),
            ("austrian", "Austria"),
            ("hungarian", "Hungary"),
            ("czech", "Czech Republic"),
            ("slovak", "Slovakia"),
            ("romanian", "Romania"),
            ("moldovan", "Moldova"),
            ("georgian", "Georgia"),
            ("armenian", "Armenia"),
            ("azerbaijani", "Azerbaijan"),
            ("kazakh", "Kazakhstan"),
            ("lithuanian", "Lithuania"),
            ("latvian", "Latvia"),
            ("estonian", "Estonia"),
            ("greek", "Greece"),
            ("portuguese", "Portugal"),
            ("irish", "Ireland"),
            ("egyptian", "Egypt"),
            ("saudi", "Saudi Arabia"),
            ("african", "Africa"),
            ("european", "Europe"),
            ("asian", "Asia"),
            ("western", "West"),
            ("eastern", "East"),
            ("soviet", "Soviet Union"),
            ("nigerian", "Nigeria"),
            ("kenyan", "Kenya"),
            ("venezuelan", "Venezuela"),
            ("cuban", "Cuba"),
            ("argentine", "Argentina"),
            ("argentinian", "Argentina"),
            ("chilean", "Chile"),
            ("colombian", "Colombia"),
            ("serbian", "Serbia"),
            ("croatian", "Croatia"),
            ("bulgarian", "Bulgaria"),
            ("crimean", "Crimea"),
            ("us", "United States"),
            ("u.s.", "United States"),
            ("uk", "United Kingdom"),
            ("u.k.", "United Kingdom"),
            ("eu", "European Union"),
            ("nato", "NATO"),
            ("un", "United Nations"),
            ("republican", "Republican Party"),
            ("democratic", "Democratic Party"),
            ("labour", "Labour Party"),
            ("tory", "Conservative Party"),
            ("conservative", "Conservative Party"),
            ("liberal", "Liberal Party"),
        ];
        pairs.iter().copied().collect()
    })
    .get(lower)
    .copied()
}

/// One gazetteer entry: canonical name and its written forms (lowercase).
struct Place {
    name: &'static str,
    forms: &'static [&'static str],
}

const PLACES: &[Place] = &[
    Place {
        name: "United States",
        forms: &[
            "united states",
            "us",
            "u.s.",
            "usa",
            "u.s.a.",
            "united states of america",
            "america",
            "washington",
            "сша",
            "америка",
            "америки",
            "америці",
            "америку",
            "америке",
            "вашингтон",
            "вашингтона",
            "вашингтоні",
            "вашингтоне",
        ],
    },
    Place {
        name: "United Kingdom",
        forms: &[
            "united kingdom",
            "uk",
            "u.k.",
            "britain",
            "great britain",
            "британія",
            "британии",
            "британії",
            "британия",
            "великобританія",
            "великобритания",
            "великобританії",
            "великобритании",
        ],
    },
    Place {
        name: "Russia",
        forms: &[
            "russia",
            "russian federation",
            "росія",
            "росії",
            "росію",
            "росією",
            "россия",
            "россии",
            "россию",
            "россией",
            "рф",
        ],
    },
    Place {
        name: "Ukraine",
        forms: &[
            "ukraine",
            "україна",
            "україни",
            "україні",
            "україну",
            "україною",
            "украина",
            "украины",
            "украине",
            "украину",
            "украиной",
        ],
    },
    Place {
        name: "Kyiv",
        forms: &[
            "kyiv",
            "kiev",
            "київ",
            "києва",
            "києві",
            "київщина",
            "киев",
            "киева",
            "киеве",
        ],
    },
    Place {
        name: "Moscow",
        forms: &[
            "moscow",
            "москва",
            "москви",
            "москві",
            "москву",
            "москвы",
            "москве",
            "москвой",
        ],
    },
    Place {
        name: "Germany",
        forms: &[
            "germany",
            "німеччина",
            "німеччини",
            "німеччині",
            "германия",
            "германии",
        ],
    },
    Place {
        name: "France",
        forms: &["france", "франція", "франції", "франция", "франции"],
    },
    Place {
        name: "China",
        forms: &["china", "китай", "китаю", "китаї", "китае", "китая"],
    },
    Place {
        name: "Poland",
        forms: &[
            "poland",
            "польща",
            "польщі",
            "польшу",
            "польща",
            "польша",
            "польши",
            "польше",
        ],
    },
    Place {
        name: "Belarus",
        forms: &[
            "belarus",
            "білорусь",
            "білорусі",
            "беларусь",
            "беларуси",
            "белоруссия",
            "белоруссии",
        ],
    },
    Place {
        name: "Europe",
        forms: &[
            "europe",
            "європа",
            "європи",
            "європі",
            "европа",
            "европы",
            "европе",
        ],
    },
    Place {
        name: "Crimea",
        forms: &["crimea", "крим", "криму", "крим", "крым", "крыма", "крыму"],
    },
    Place {
        name: "Donbas",
        forms: &[
            "donbas",
            "donbass",
            "донбас",
            "донбасу",
            "донбасі",
            "донбасс",
            "донбасса",
        ],
    },
    Place {
        name: "Kharkiv",
        forms: &[
            "kharkiv",
            "kharkov",
            "харків",
            "харкова",
            "харкові",
            "харьков",
            "харькова",
        ],
    },
    Place {
        name: "Odesa",
        forms: &[
            "odesa",
            "odessa",
            "одеса",
            "одеси",
            "одесі",
            "одесса",
            "одессы",
        ],
    },
    Place {
        name: "Lviv",
        forms: &["lviv", "львів", "львова", "львові", "львов"],
    },
    Place {
        name: "Mariupol",
        forms: &[
            "mariupol",
            "маріуполь",
            "маріуполя",
            "маріуполі",
            "мариуполь",
            "мариуполя",
        ],
    },
    Place {
        name: "Kherson",
        forms: &["kherson", "херсон", "херсона", "херсоні", "херсоне"],
    },
    Place {
        name: "Zaporizhzhia",
        forms: &[
            "zaporizhzhia",
            "zaporizhia",
            "zaporozhye",
            "запоріжжя",
            "запоріжжі",
            "запорожье",
        ],
    },
    Place {
        name: "Donetsk",
        forms: &[
            "donetsk",
            "донецьк",
            "донецька",
            "донецьку",
            "донецк",
            "донецка",
        ],
    },
    Place {
        name: "Luhansk",
        forms: &[
            "luhansk",
            "lugansk",
            "луганськ",
            "луганська",
            "луганск",
            "луганска",
        ],
    },
    Place {
        name: "Saint Petersburg",
        forms: &[
            "st petersburg",
            "saint petersburg",
            "петербург",
            "петербурга",
            "петербурзі",
            "петербурге",
            "санкт-петербург",
            "санкт-петербурга",
        ],
    },
    Place {
        name: "Bucha",
        forms: &["bucha", "буча", "бучі", "буче"],
    },
    Place {
        name: "Dnipro",
        forms: &["dnipro", "дніпро", "днепр"],
    },
    Place {
        name: "Bakhmut",
        forms: &["bakhmut", "бахмут", "бахмута", "бахмуті"],
    },
];

/// Countries, capitals and major cities whose English name is also the only
/// written form worth listing.
const SIMPLE_PLACES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|\
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|\
Brunei|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|\
Czech Republic|Czechia|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji|Finland|Gabon|\
Gambia|Georgia|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|\
Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|\
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|\
Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|\
Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|North Macedonia|Macedonia|Norway|Oman|\
Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Portugal|Qatar|Romania|Rwanda|Saudi Arabia|Senegal|Serbia|\
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|\
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|\
United Arab Emirates|UAE|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Chechnya|\
Transnistria|Abkhazia|Scotland|England|Wales|Northern Ireland|Tibet|Xinjiang|Hong Kong|Kashmir|Kurdistan|\
Africa|Asia|Antarctica|Latin America|South America|North America|Middle East|Balkans|Caucasus|Siberia|\
Scandinavia|Arctic|Baltic|Black Sea|Sea of Azov|Mediterranean|Pacific|Atlantic|\
London|Paris|Berlin|Rome|Madrid|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Vienna|Prague|Warsaw|Budapest|\
Bucharest|Sofia|Athens|Belgrade|Zagreb|Ljubljana|Bratislava|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|\
Copenhagen|Reykjavik|Bern|Geneva|Zurich|Minsk|Chisinau|Tbilisi|Yerevan|Baku|Ankara|Istanbul|Tehran|Baghdad|\
Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Cairo|Riyadh|Doha|Dubai|Abu Dhabi|Kabul|Islamabad|Delhi|New Delhi|\
Mumbai|Beijing|Shanghai|Tokyo|Seoul|Pyongyang|Taipei|Bangkok|Hanoi|Jakarta|Manila|Singapore|Sydney|Melbourne|\
Canberra|Wellington|Ottawa|Toronto|Montreal|Vancouver|New York|Los Angeles|Chicago|San Francisco|Boston|Miami|\
Houston|Texas|California|Florida|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|\
Rio de Janeiro|Sao Paulo|Nairobi|Lagos|Abuja|Johannesburg|Cape Town|Pretoria|Addis Ababa|Khartoum|Tripoli|\
Tunis|Algiers|Rabat|Kinshasa|Luanda|Harare|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Cardiff|Belfast|\
Leeds|Bristol|Oxford|Cambridge|Munich|Hamburg|Frankfurt|Milan|Naples|Barcelona|Marseille|Lyon|Krakow|Gdansk|\
Rzeszow|Vladivostok|Novosibirsk|Yekaterinburg|Kazan|Sochi|Grozny|Sevastopol|Simferopol|Belgorod|Kursk|Bryansk|\
Rostov|Mykolaiv|Chernihiv|Sumy|Poltava|Vinnytsia|Zhytomyr|Irpin|Hostomel|Melitopol|Berdyansk|Kramatorsk|\
Sloviansk|Severodonetsk|Lysychansk|Avdiivka|Kremenchuk|Kryvyi Rih|Uzhhorod|Ivano-Frankivsk|Ternopil|Chernivtsi|\
Lutsk|Rivne|Khmelnytskyi|Cherkasy|Kropyvnytskyi|Chernobyl|Izium|Kupiansk|Enerhodar|Nova Kakhovka|Davos|Strasbourg|\
Luxembourg|Vatican|Minsk|Bali|Crimean Peninsula";

fn gazetteer() -> &'static FastMap<String, &'static str> {
    static M: OnceLock<FastMap<String, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = FastMap::default();
        for name in SIMPLE_PLACES.split('|') {
            let name = name.trim();
            if !name.is_empty() {
                m.insert(name.to_lowercase(), name);
            }
        }
        for p in PLACES {
            for f in p.forms {
                m.insert((*f).to_string(), p.name);
            }
        }
        // metonyms and spellings
        m.insert("czechia".into(), "Czech Republic");
        m.insert("holland".into(), "Netherlands");
        m.insert("burma".into(), "Myanmar");
        m
    })
}

/// A Cyrillic name word in an oblique case no nominative name has: the
/// instrumental ("Егором", "Гайдаром", "Лавровым", "Ющенком").
pub fn cyrillic_oblique_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 4
        && claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.oblique_name_endings.iter())
            .any(|e| lower.ends_with(e))
}

/// The canonical place a written form names (`lower` is lowercase and has
/// single spaces between words).
pub fn place_name(lower: &str) -> Option<&'static str> {
    gazetteer().get(lower).copied()
}

/// Names of institutions that are not built from a head word: seats of
/// government used as metonyms for their staff (every language's
/// `institution_names`).
pub fn is_institution_name(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.institution_names.iter().copied())
            .collect()
    })
    .contains(lower)
}

/// Whom a third-person pronoun may stand for: a man, a woman, a group or
/// organisation; a form such as "им" or "їм" stands for a man or a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PronounClass {
    pub male: bool,
    pub female: bool,
    pub group: bool,
    /// The form names a person's sex (`sex_marking_pronouns`): once
    /// resolved it gives its antecedent a sex and is an antecedent itself.
    pub marks_sex: bool,
}

impl PronounClass {
    /// Only a group: its antecedent is an organisation of its sentence.
    pub fn group_only(self) -> bool {
        self.group && !self.male && !self.female
    }

    /// The sex the pronoun gives an antecedent without one, when the form
    /// names one sex and no group.
    pub fn gender(self) -> Option<&'static str> {
        match (self.male, self.female, self.group) {
            (true, false, false) => Some("male"),
            (false, true, false) => Some("female"),
            _ => None,
        }
    }
}

/// Third-person pronouns that refer to an entity (every language's
/// `male_pronouns`, `female_pronouns` and `group_pronouns`, in every case),
/// with whether they are possessive (`possessive_pronouns`: their
/// antecedent is usually the nearest name).
pub fn pronoun_class(lower: &str) -> Option<(PronounClass, bool)> {
    static S: OnceLock<FastMap<&'static str, (PronounClass, bool)>> = OnceLock::new();
    S.get_or_init(|| {
        let mut table: FastMap<&'static str, (PronounClass, bool)> = FastMap::default();
        for lex in claimtrace_lexicon::ALL {
            for w in lex.male_pronouns {
                table.entry(w).or_default().0.male = true;
            }
            for w in lex.female_pronouns {
                table.entry(w).or_default().0.female = true;
            }
            for w in lex.group_pronouns {
                table.entry(w).or_default().0.group = true;
            }
            for w in lex.possessive_pronouns {
                if let Some(entry) = table.get_mut(w) {
                    entry.1 = true;
                }
            }
            for w in lex.sex_marking_pronouns {
                if let Some(entry) = table.get_mut(w) {
                    entry.0.marks_sex = true;
                }
            }
        }
        table
    })
    .get(lower)
    .copied()
}

/// The sex a past-tense verb of saying gives its subject by its ending
/// ("сказала", "заявила": female; "сказал", "заявив": male), from every
/// language's `female_past_endings` and `male_past_endings`.
pub fn past_verb_gender(lower: &str) -> Option<&'static str> {
    let ends = |list: fn(&claimtrace_lexicon::Lexicon) -> &'static [&'static str]| {
        claimtrace_lexicon::ALL
            .iter()
            .any(|lex| list(lex).iter().any(|e| lower.ends_with(e)))
    };
    if ends(|l| l.female_past_endings) {
        Some("female")
    } else if ends(|l| l.male_past_endings) {
        Some("male")
    } else {
        None
    }
}

/// Common given names with the gender they usually carry: a generic cue
/// that a capitalised pair is a person ("Tracey Emin", not "Time Warner"),
/// and a gender for pronouns. Not a list of particular people.
const MALE_GIVEN: &str = "aaron adam adrian ahmed alan albert alec alex alexander alexei alexey alfred ali alistair \
andre andrea andreas andrew andrei andriy andy angus anthony anton antonio arnold arthur barack barry ben benjamin \
bernard bill billy bob boris brad brendan brian bruce carl carlos charles charlie chris christian christopher clive \
colin craig dan daniel danny darren dave david dean denis dennis derek dmitry dmitri dmytro don donald doug douglas \
duncan ed eddie edward emmanuel eric ernest evgeny fabio felix fernando francis francisco frank fred frederick gareth \
gary gavin geoff geoffrey george gerald gerhard gordon graham greg gregory guy hamid harold harry hassan henry hugh \
hugo ian igor ivan jack jacques jake james jamie jan jason javier jean jeff jeffrey jens jeremy jerry jim jimmy joe \
joel johan john johnny jonathan jorge jose joseph josh juan julian justin karl keith ken kenneth kevin kirill kofi \
lars lee leo leon leonid liam louis luis luke malcolm marco marcus mario mark martin matt matthew max michael \
michel miguel mike mikhail mohamed mohammed muhammad mykola mykhailo neil nick nicholas nicolas nigel noel oleg \
oleksandr oleksiy olaf oliver omar oscar owen pablo patrick paul pavel pedro pete peter petro philip phil pierre \
rafael ralph ray raymond ricardo richard rick rob robert robin roger roman ron ronald rory ross roy rupert russell \
ryan sam samuel scott sean sebastian serhiy sergei sergey sergiy simon stanislav stefan stephen steve steven stuart \
ted terry thomas tim timothy toby tom tommy tony trevor valery vasyl victor viktor vincent vitaliy vladimir \
volodymyr vadym walter wayne william willie xavier yevgeny yuri yuriy zach";
const FEMALE_GIVEN: &str = "abigail alice alicia alison amanda amy ana andrea angela angelina ann anna anne annalena \
annie barbara beatrice beverly brenda bridget carla carol caroline catherine charlotte cheryl christine claire clara \
claudia daria deborah diana diane donna dorothy edith elena elizabeth ella ellen emily emma erin eva fiona frances \
gemma georgia gillian grace hannah harriet hayley heather helen helena holly ingrid irina iryna isabel isabella jackie \
jane janet jean jen jennifer jessica jill joan joanna josephine joy judith judy julia julie karen kate katherine \
kathleen kathryn kelly kim kristina larissa laura lauren linda lisa liz louise lucy lydia lynn margaret maria marie \
marina marion martha mary maya melanie melissa michelle monica nadia nancy natalia natalie natasha nicola nicole \
nina olga olena oksana paula pauline penny rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah \
sharon sheila shirley sophie stephanie sue susan suzanne svetlana tamara tanya tatiana teresa tessa theresa tina \
tracey tracy ursula valentina valerie vanessa victoria viktoria virginia wendy yulia yuliia zara zoe \
марія мария олена елена анна ірина ирина наталія наталья ольга тетяна татьяна юлія юлия оксана світлана светлана \
людмила галина катерина екатерина віра вера надія надежда ніна нина христина софія софья дарина дарья ганна \
лариса валентина алла вікторія виктория маргарита єлизавета елизавета анастасія анастасия ксенія ксения євгенія \
евгения інна инна лілія лилия зоя раїса раиса тамара любов любовь аліна алина яна вероніка вероника діана диана \
кристина мадлен маргарет ангела";
const MALE_GIVEN_CYR: &str = "володимир владимир дмитро дмитрий олександр александр сергій сергей андрій андрей \
олексій алексей михайло михаил микола николай петро петр павло павел іван иван юрій юрий віктор виктор віталій \
виталий валерій валерий василь василий ігор игорь олег роман максим денис антон артем євген евгений борис вадим \
геннадій геннадий анатолій анатолий леонід леонид костянтин константин кирило кирилл рамзан арсеній арсений \
тарас богдан ярослав остап степан григорій григорий федір федор фёдор ілля илья семен семён тимур руслан станіслав \
станислав святослав всеволод арсен назар ростислав мирослав егор єгор джо джозеф дональд емманюель эммануэль \
олаф";

/// The gender a given name usually carries (`lower` is lowercase).
pub fn given_name_gender(lower: &str) -> Option<&'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = FastMap::default();
        for w in MALE_GIVEN
            .split_whitespace()
            .chain(MALE_GIVEN_CYR.split_whitespace())
        {
            m.insert(w, "male");
        }
        for w in FEMALE_GIVEN.split_whitespace() {
            m.insert(w, "female");
        }
        m
    })
    .get(lower)
    .copied()
}

/// The gender of a Ukrainian or Russian given name in any case: "Алексея",
/// "Олені", "Марію" (tries the word, then its stem with common endings).
pub fn cyrillic_given_gender(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 96];
    let lower = lower_into(word, &mut buf)?;
    if let Some(g) = given_name_gender(lower) {
        return Some(g);
    }
    if lower.is_ascii() {
        return None;
    }
    // cut one or two final letters, then try the nominative endings
    let cuts = lower.char_indices().rev().take(2).map(|(b, _)| b);
    let mut variant = [0u8; 112];
    for cut in cuts {
        let Some(stem) = lower.get(..cut) else {
            continue;
        };
        if stem.chars().count() < 3 {
            break;
        }
        for ending in ["", "й", "а", "я", "ія", "ия"] {
            let n = stem.len() + ending.len();
            let Some(dst) = variant.get_mut(..n) else {
                continue;
            };
            let (head, tail) = dst.split_at_mut(stem.len());
            head.copy_from_slice(stem.as_bytes());
            tail.copy_from_slice(ending.as_bytes());
            if let Some(g) = std::str::from_utf8(dst).ok().and_then(given_name_gender) {
                return Some(g);
            }
        }
    }
    None
}

/// Ukrainian and Russian nominatives of the gazetteer's Cyrillic entries:
/// a place named in Cyrillic keeps a Cyrillic canonical name.
const LOCAL_PLACE_NAMES: &[(&str, &str, &str)] = &[
    ("United States", "США", "США"),
    ("United Kingdom", "Велика Британія", "Великобритания"),
    ("Russia", "Росія", "Россия"),
    ("Ukraine", "Україна", "Украина"),
    ("Kyiv", "Київ", "Киев"),
    ("Moscow", "Москва", "Москва"),
    ("Germany", "Німеччина", "Германия"),
    ("France", "Франція", "Франция"),
    ("China", "Китай", "Китай"),
    ("Poland", "Польща", "Польша"),
    ("Belarus", "Білорусь", "Беларусь"),
    ("Europe", "Європа", "Европа"),
    ("Crimea", "Крим", "Крым"),
    ("Donbas", "Донбас", "Донбасс"),
    ("Kharkiv", "Харків", "Харьков"),
    ("Odesa", "Одеса", "Одесса"),
    ("Lviv", "Львів", "Львов"),
    ("Mariupol", "Маріуполь", "Мариуполь"),
    ("Kherson", "Херсон", "Херсон"),
    ("Zaporizhzhia", "Запоріжжя", "Запорожье"),
    ("Donetsk", "Донецьк", "Донецк"),
    ("Luhansk", "Луганськ", "Луганск"),
    ("Saint Petersburg", "Санкт-Петербург", "Санкт-Петербург"),
    ("Bucha", "Буча", "Буча"),
    ("Dnipro", "Дніпро", "Днепр"),
    ("Bakhmut", "Бахмут", "Бахмут"),
];

/// The Ukrainian (`uk`) or Russian (`ru`) name of a gazetteer place.
pub fn local_place_name(canonical: &str, language: &str) -> Option<&'static str> {
    LOCAL_PLACE_NAMES
        .iter()
        .find(|(en, _, _)| *en == canonical)
        .map(|&(_, uk, ru)| if language == "ru" { ru } else { uk })
}
