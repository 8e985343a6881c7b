//! Word lists of generic cues: titles and roles, organisation heads; the
//! lookups of the gazetteer (places, demonyms, given names), whose words are
//! the lexicons' (`claimtrace-lexicon`, `gazetteer`). These are world
//! knowledge about categories, not lists of particular people.
//!
//! Every table is built once (`OnceLock`) and looked up with lowercase keys.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use claimtrace_lexicon::{EntityWords, NameCueWords};

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

/// Every lexicon's words of one class of name cues, as a set.
fn cue_set(pick: fn(&NameCueWords) -> &'static [&'static str]) -> FastSet<&'static str> {
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| pick(lex.name_cues).iter().copied())
        .collect()
}

/// Every lexicon's words of one class of entity words, as a set.
fn entity_set(pick: fn(&EntityWords) -> &'static [&'static str]) -> FastSet<&'static str> {
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| pick(lex.entities).iter().copied())
        .collect()
}

/// A particle inside a name before its next word ("de", "von"), as written.
pub fn is_name_particle(word: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.name_particles))
        .contains(word)
}

/// An honorific that gives a gender but names no role ("mr", "dame").
pub fn is_honorific(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.honorifics))
        .contains(lower)
}

/// A role that belongs to a work ("author", "Host"), in any ASCII case.
pub fn is_work_role(text: &str) -> bool {
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.entities.work_roles.iter())
        .any(|w| text.eq_ignore_ascii_case(w))
}

/// A word that ends an epithet ("said", "and", "who").
pub fn is_epithet_stop(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.epithet_stops))
        .contains(lower)
}

/// A role noun or honorific that makes no epithet of one person
/// ("officials", "spokesmen", "mr").
pub fn is_non_epithet_role(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.non_epithet_roles))
        .contains(lower)
}

/// An article ("the", "a", "an").
pub fn is_article(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.articles)).contains(lower)
}

/// A determiner that may open an epithet ("the", "this").
pub fn is_epithet_determiner(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.epithet_determiners))
        .contains(lower)
}

/// A possessive determiner that gives a role to the thing before ("its").
pub fn is_possessive_determiner(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.possessive_determiners))
        .contains(lower)
}

/// A word that opens an appositive role before a name ("the", "its").
pub fn is_appositive_opener(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.appositive_openers))
        .contains(lower)
}

/// A word that opens a name joined by "of" ("republic", "bank").
pub fn is_of_name_head(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entity_set(|e| e.of_name_heads))
        .contains(lower)
}

/// Capitalised words that are never names on their own (nor part of one:
/// the verbs of a title-cased headline, "Former White House Doctor Says").
pub fn is_capitalised_common(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut words = cue_set(|c| c.capitalised_common);
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
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| cue_set(|c| c.title_abbreviations))
        .contains(lower)
}

/// Gender that a title or role word implies.
pub fn title_gender(lower: &str) -> Option<&'static str> {
    static M: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = FastMap::default();
        m.extend(
            cue_set(|c| c.female_titles)
                .into_iter()
                .map(|w| (w, "female")),
        );
        m.extend(cue_set(|c| c.male_titles).into_iter().map(|w| (w, "male")));
        m
    })
    .get(lower)
    .copied()
}

/// Nouns that name a person's role or title (English, plus Ukrainian and
/// Russian stems handled by [`is_role_noun`]).
fn role_nouns() -> &'static FastSet<&'static str> {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| cue_set(|c| c.role_nouns))
}

/// Lowercase modifiers that may sit inside an uncapitalised role phrase
/// ("defence secretary", "deputy foreign minister").
pub fn is_role_modifier(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| cue_set(|c| c.role_modifiers))
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

/// The stem of a Ukrainian or Russian role noun that `lower` declines
/// (every lexicon's `role_stems`, the first that fits).
pub fn cyrillic_role_stem(lower: &str) -> Option<&'static str> {
    // suffix allowance: the declension endings of these nouns are short
    let chars = lower.chars().count();
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.name_cues.role_stems.iter().copied())
        .find(|stem| {
            starts_with_stem(lower, stem) && {
                let sc = stem.chars().count();
                // short stems ("мер", "посл") must match nearly the whole word
                let max_extra = if sc <= 4 { 2 } else { 4 };
                chars >= sc && chars - sc <= max_extra && !names_the_office(lower, stem)
            }
        })
}

/// Whether `lower`, a Ukrainian or Russian role noun, is a woman's title
/// made from a man's: after the longest role stem it starts, a "к" or "ц"
/// suffix ("депутатка", "президентка", "речниця", "речница"), not a case
/// ending ("депутата", "речника": the stem "речник" is the longer).
pub fn feminine_role_form(lower: &str) -> bool {
    let stem = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.name_cues.role_stems.iter().copied())
        .filter(|stem| starts_with_stem(lower, stem))
        .max_by_key(|stem| stem.len());
    stem.and_then(|stem| lower.get(stem.len()..))
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, 'к' | 'ц'))
}

/// Whether `lower`, which starts with the role stem `stem`, names the
/// office rather than who holds it ("мэрии", "мерії": the city hall).
fn names_the_office(lower: &str, stem: &str) -> bool {
    let Some(rest) = lower.get(stem.len()..) else {
        return false;
    };
    claimtrace_lexicon::ALL
        .iter()
        .any(|lex| lex.name_cues.office_endings.contains(&rest))
}

/// The head word of a name that makes it an organisation.
pub fn is_org_head(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    if S.get_or_init(|| cue_set(|c| c.organisation_heads))
        .contains(lower)
    {
        return true;
    }
    if lower.is_ascii() {
        return false;
    }
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.name_cues.organisation_stems.iter())
        .any(|stem| {
            starts_with_stem(lower, stem) && lower.chars().count() <= stem.chars().count() + 4
        })
}

/// The head word of a name that makes it a law or treaty.
pub fn is_law_head(lower: &str) -> bool {
    static S: OnceLock<FastSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| cue_set(|c| c.law_heads)).contains(lower)
}

/// Nouns that introduce a quoted or capitalised title and say what it is:
/// "the program "Moscow. Kremlin. Putin"", "the TV channel Russia-1".
pub fn descriptor_type(lower: &str) -> Option<crate::Kind> {
    use crate::Kind;
    static S: OnceLock<[FastSet<&'static str>; 3]> = OnceLock::new();
    let [programme, organisation, law] = S.get_or_init(|| {
        [
            cue_set(|c| c.programme_descriptors),
            cue_set(|c| c.organisation_descriptors),
            cue_set(|c| c.law_descriptors),
        ]
    });
    if programme.contains(lower) {
        Some(Kind::Programme)
    } else if organisation.contains(lower) {
        Some(Kind::Org)
    } else if law.contains(lower) {
        Some(Kind::Law)
    } else {
        None
    }
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

/// Whether a Russian or Ukrainian surname as written (`word`) is its
/// entity's surname (`own`, from the entity's name) in an oblique case:
/// the two differ and `word` ends as an oblique case does ("Путина",
/// "Жириновского" for "Путин", "Жириновский"; not "Москалькова").
pub fn inflected_surname(word: &str, own: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        && word.to_lowercase() != own.to_lowercase()
        && has_oblique_ending(word)
}

/// Whether a Russian or Ukrainian word ends as a role noun or name does in
/// an oblique case ("Путина", "брифінгу", "избирателями"): the lexicons'
/// `role_oblique_endings`.
pub fn has_oblique_ending(word: &str) -> bool {
    let word = word.to_lowercase();
    claimtrace_lexicon::ALL
        .iter()
        .flat_map(|lex| lex.role_oblique_endings.iter())
        .any(|e| word.ends_with(e))
}

/// A Russian or Ukrainian place adjective in the genitive ("Белгородской",
/// "Малолюбашанської"), by the lexicons' `genitive_adjective_endings`: it
/// qualifies the noun after it, never a surname, and a phrase goes on to
/// that noun.
pub fn is_genitive_place_adjective(word: &str) -> bool {
    claimtrace_lexicon::ALL.iter().any(|l| {
        l.genitive_adjective_endings
            .iter()
            .any(|e| word.ends_with(e))
    })
}

/// "praising", "speaking", "addressing" (lower case): the "-ing" form of a
/// verb of saying, thinking or intending the lexicons list, which opens a
/// participle phrase ("Praising Celtic and Rangers, she said"), never a
/// name. The forms are each lexicon's own inflection of its bases, built
/// once.
pub fn is_participle_of_a_listed_verb(lower: &str) -> bool {
    static S: OnceLock<FastSet<String>> = OnceLock::new();
    if !lower.ends_with("ing") {
        return false;
    }
    S.get_or_init(|| {
        claimtrace_lexicon::ALL
            .iter()
            .flat_map(|l| {
                l.speech_verb_bases
                    .iter()
                    .chain(l.cognition_verb_bases)
                    .chain(l.intent_verb_bases)
                    .chain(l.quote_only_verb_bases)
                    .flat_map(|base| (l.inflect)(base))
            })
            .filter(|form| form.ends_with("ing"))
            .collect()
    })
    .contains(lower)
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

/// Whether `word` (as written) is a common given name, in any case form
/// for Russian and Ukrainian ("Віталій", "Ірини", "Anthony").
pub fn is_given_name(word: &str) -> bool {
    // Tries the word as written first, then (Cyrillic) its declined forms.
    cyrillic_given_gender(word).is_some()
}

/// Whether `word` is a given name as the lists write it, in the
/// nominative ("Юрий", not "Юрия").
pub fn is_nominative_given_name(word: &str) -> bool {
    given_name_gender(&word.to_lowercase()).is_some()
}

/// The endings tried on a given name's stem: none first, then every
/// lexicon's `given_name_endings` once each, in the order of `ALL`.
fn given_name_endings() -> &'static [&'static str] {
    static ENDINGS: OnceLock<Vec<&'static str>> = OnceLock::new();
    ENDINGS.get_or_init(|| {
        let mut endings = vec![""];
        for lexicon in claimtrace_lexicon::ALL {
            for &ending in lexicon.entities.given_name_endings {
                if !endings.contains(&ending) {
                    endings.push(ending);
                }
            }
        }
        endings
    })
}

/// The nominative of a given name and surname written in an oblique case
/// ("Владимира Путина" -> "Владимир Путин", "Марии Захаровой" -> "Мария
/// Захарова", "Володимира Зеленського" -> "Володимир Зеленський",
/// "Андреем Колесниковым" -> "Андрей Колесников", "Эльвирой
/// Шигабетдиновой" -> "Эльвира Шигабетдинова"): the given name's
/// nominative from the gazetteer, the surname's from the lexicons'
/// oblique endings for its bearer's sex; a surname that does not decline
/// ("Шойгу", "Шевченко") stays. `None` when the first word is already a
/// nominative given name or no rule fits.
pub fn nominative_of_oblique_name(name: &str, language: Option<&str>) -> Option<String> {
    let mut words = name.split_whitespace();
    let (given, surname) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let mut buf = [0u8; 96];
    let lower = lower_into(given, &mut buf)?;
    if lower.is_ascii() || given_name_gender(lower).is_some() {
        return None;
    }
    let (nominative, gender, genitive) = given_nominative(lower, language)?;
    let surname_lower = surname.to_lowercase();
    let endings = |l: &'static claimtrace_lexicon::Lexicon| {
        if gender == "female" {
            l.entities.female_oblique_surname_endings
        } else {
            l.entities.male_oblique_surname_endings
        }
    };
    let declined = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|l| endings(l).iter())
        .filter(|(oblique, _)| surname_lower.ends_with(oblique))
        .max_by_key(|(oblique, _)| oblique.len());
    let surname = match declined {
        Some((oblique, nom)) => {
            let stem = surname.get(..surname.len().checked_sub(oblique.len())?)?;
            format!("{stem}{nom}")
        }
        // A surname that does not decline ("Шойгу", "Шевченко" in
        // Russian, "Черных") stays; any other is left as written, name and
        // all ("Петренка-Малого").
        None if genitive
            && claimtrace_lexicon::ALL.iter().any(|l| {
                l.entities
                    .indeclinable_surname_endings
                    .iter()
                    .any(|e| surname_lower.ends_with(e))
            }) =>
        {
            surname.to_string()
        }
        // A woman's surname in a consonant does not decline ("Ірини
        // Верещук").
        None if gender == "female"
            && claimtrace_lexicon::ALL.iter().any(|l| {
                l.entities
                    .female_indeclinable_surname_finals
                    .iter()
                    .any(|e| surname_lower.ends_with(e))
            }) =>
        {
            surname.to_string()
        }
        None => return None,
    };
    let mut chars = nominative.chars();
    let first = chars.next()?;
    let given: String = first.to_uppercase().chain(chars).collect();
    Some(format!("{given} {surname}"))
}

/// A given name's nominative (lower case) and gender from an oblique
/// form: its case ending cut (the longest of the lexicons'
/// `oblique_given_name_finals` that fits first: "Андреем" -> "андре",
/// "Сергея" -> "серге") and a nominative ending (or none) put on, as
/// [`cyrillic_given_gender`] tries them; only when one name fits. The
/// third value: the ending cut is a genitive one. In a document of a
/// known language only that language's given names count: "Павла" is
/// Ukrainian "Павло" but Russian "Павел", and "Петра" is "Петро" or "Петр".
fn given_nominative(lower: &str, language: Option<&str>) -> Option<(String, &'static str, bool)> {
    // (Only a lexicon whose given names are written in Cyrillic as this
    // one is: an English document may name a Russian.)
    let own = language
        .and_then(claimtrace_lexicon::for_language)
        .filter(|l| l.gazetteer.male_given_names.iter().any(|n| !n.is_ascii()));
    let of_language = |name: &str| {
        own.is_none_or(|l| {
            l.gazetteer.male_given_names.contains(&name)
                || l.gazetteer.female_given_names.contains(&name)
        })
    };
    let irregular = claimtrace_lexicon::ALL
        .iter()
        .filter(|l| own.is_none_or(|o| o.language == l.language))
        .flat_map(|l| l.entities.irregular_oblique_given_names.iter())
        .find(|(oblique, _)| *oblique == lower);
    if let Some(&(oblique, nominative)) = irregular {
        let gender = given_name_gender(nominative)?;
        let genitive = claimtrace_lexicon::ALL.iter().any(|l| {
            l.entities
                .genitive_given_name_finals
                .iter()
                .any(|f| oblique.ends_with(f))
        });
        return Some((nominative.to_string(), gender, genitive));
    }
    let mut finals: Vec<&str> = claimtrace_lexicon::ALL
        .iter()
        .flat_map(|l| l.entities.oblique_given_name_finals.iter().copied())
        .filter(|f| lower.ends_with(f))
        .collect();
    finals.sort_by_key(|f| std::cmp::Reverse(f.len()));
    finals.dedup();
    for fin in finals {
        let Some(stem) = lower.get(..lower.len() - fin.len()) else {
            continue;
        };
        if stem.chars().count() < 3 {
            continue;
        }
        let mut found: Option<(String, &'static str)> = None;
        for ending in std::iter::once(&"").chain(given_name_endings().iter()) {
            let candidate = format!("{stem}{ending}");
            if !of_language(&candidate) {
                continue;
            }
            if let Some(g) = given_name_gender(&candidate) {
                match &found {
                    Some((name, _)) if *name != candidate => return None,
                    _ => found = Some((candidate, g)),
                }
            }
        }
        if let Some((name, gender)) = found {
            let genitive = claimtrace_lexicon::ALL
                .iter()
                .any(|l| l.entities.genitive_given_name_finals.contains(&fin));
            return Some((name, gender, genitive));
        }
    }
    None
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
        for ending in given_name_endings() {
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

    #[test]
    fn name_cues_read_every_lexicon() {
        assert!(is_capitalised_common("says"));
        assert!(is_capitalised_common("july"));
        assert!(is_title_abbreviation("gen"));
        assert_eq!(title_gender("spokeswoman"), Some("female"));
        assert_eq!(title_gender("речниця"), Some("female"));
        assert_eq!(title_gender("king"), Some("male"));
        assert!(is_role_noun("ambassador"));
        assert!(is_role_noun("міністрові"));
        assert_eq!(cyrillic_role_stem("генерала"), Some("генерал"));
        assert_eq!(cyrillic_role_stem("генерального"), Some("генеральн"));
        assert_eq!(cyrillic_role_stem("мэра"), Some("мэр"));
        assert!(is_role_modifier("deputy"));
        assert!(is_org_head("ministry"));
        assert!(is_org_head("правительства"));
        assert!(!is_org_head("правительственными"));
        assert!(is_law_head("конституція"));
        assert_eq!(descriptor_type("фільм"), Some(crate::Kind::Programme));
        assert_eq!(descriptor_type("газете"), Some(crate::Kind::Org));
        assert_eq!(descriptor_type("bill"), Some(crate::Kind::Law));
        assert_eq!(descriptor_type("said"), None);
    }
}
