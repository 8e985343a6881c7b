//! Word lists of generic cues: titles and roles, organisation heads; the
//! lookups of the gazetteer (places, demonyms, given names), whose words are
//! the lexicons' (`claimtrace-lexicon`, `gazetteer`). These are world
//! knowledge about categories, not lists of particular people.
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

/// Country adjective or demonym -> canonical country name (every
/// lexicon's `gazetteer.demonyms`).
pub fn demonym_country(lower: &str) -> Option<&'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|lex| lex.gazetteer.demonyms.iter().copied())
            .collect()
    })
    .get(lower)
    .copied()
}

/// Written form (lower-case) -> canonical place, from every lexicon's
/// `gazetteer.places`.
fn gazetteer() -> &'static FastMap<&'static str, &'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = FastMap::default();
        for lex in claimtrace_lexicon::ALL {
            for &(name, forms) in lex.gazetteer.places {
                for &form in forms {
                    m.insert(form, name);
                }
            }
        }
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

/// Cue for pronoun number and gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounClass {
    Male,
    Female,
    Plural,
}

/// Third-person pronouns that refer to an entity, with whether they are
/// possessive (their antecedent is usually the nearest name).
pub fn pronoun_class(lower: &str) -> Option<(PronounClass, bool)> {
    Some(match lower {
        "he" | "him" | "himself" | "він" | "він," | "он" | "нього" | "него" => {
            (PronounClass::Male, false)
        }
        "his" => (PronounClass::Male, true),
        "she" | "herself" | "вона" | "она" | "неї" | "нее" | "неё" => {
            (PronounClass::Female, false)
        }
        "her" => (PronounClass::Female, true),
        "they" | "them" | "вони" | "они" => (PronounClass::Plural, false),
        "their" => (PronounClass::Plural, true),
        _ => return None,
    })
}

/// The gender a given name usually carries (`lower` is lowercase), from
/// every lexicon's given names: a generic cue that a capitalised pair is a
/// person ("Tracey Emin", not "Time Warner"), and a gender for pronouns. A
/// name listed for both is read as a woman's ("andrea", "jean").
pub fn given_name_gender(lower: &str) -> Option<&'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let lexicons = claimtrace_lexicon::ALL;
        let mut m = FastMap::default();
        for lex in lexicons {
            for &w in lex.gazetteer.male_given_names {
                m.insert(w, "male");
            }
        }
        for lex in lexicons {
            for &w in lex.gazetteer.female_given_names {
                m.insert(w, "female");
            }
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

/// The Ukrainian (`uk`) or Russian (`ru`) name of a gazetteer place (the
/// Ukrainian one for any other code), from that lexicon's
/// `gazetteer.place_nominatives`.
pub fn local_place_name(canonical: &str, language: &str) -> Option<&'static str> {
    let lexicon = if language == "ru" {
        &claimtrace_lexicon::RU
    } else {
        &claimtrace_lexicon::UK
    };
    lexicon
        .gazetteer
        .place_nominatives
        .iter()
        .find(|(name, _)| *name == canonical)
        .map(|&(_, local)| local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_reads_every_lexicon() {
        assert_eq!(place_name("the hague"), Some("The Hague"));
        assert_eq!(place_name("burma"), Some("Myanmar"));
        assert_eq!(place_name("харкова"), Some("Kharkiv"));
        assert_eq!(place_name("харькова"), Some("Kharkiv"));
        assert_eq!(demonym_country("north korean"), Some("North Korea"));
        assert_eq!(given_name_gender("andrea"), Some("female"));
        assert_eq!(given_name_gender("олександр"), Some("male"));
        assert_eq!(given_name_gender("ирина"), Some("female"));
        assert_eq!(local_place_name("Kharkiv", "ru"), Some("Харьков"));
        assert_eq!(local_place_name("Kharkiv", "uk"), Some("Харків"));
        assert_eq!(local_place_name("Paris", "uk"), None);
    }
}
