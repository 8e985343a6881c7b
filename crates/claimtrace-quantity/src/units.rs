//! Words read around a number: units (currency, percent, measures), rate
//! periods, comparators and change verbs. The words are the lexicons'
//! (`claimtrace_lexicon::QuantityWords`); this module builds their tables
//! and holds the language-neutral ones (currency symbols, period lengths).

use std::sync::OnceLock;

use claimtrace_lexicon::{QuantityWords, ALL};

use crate::lexicon::{WordMap, WordSet};

/// What kind of thing a quantity's unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnitKind {
    #[default]
    None,
    /// A counted noun: shell, country, person.
    Count,
    /// An ISO 4217 code (or `cent`, `pence`).
    Currency,
    /// `percent` or `percentage_point`.
    Percent,
    /// A unit of measure: km, t, mm, ...
    Measure,
}

impl UnitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::None => "none",
            UnitKind::Count => "count",
            UnitKind::Currency => "currency",
            UnitKind::Percent => "percent",
            UnitKind::Measure => "measure",
        }
    }
}

/// The quantity words of every lexicon (see `claimtrace_lexicon::QuantityWords`),
/// as lookup tables built once per process: a word of any language is
/// read in any document.
pub(crate) struct Words {
    units: WordMap<(UnitKind, &'static str)>,
    dollar_prefixes: WordMap<&'static str>,
    currency_adjectives: WordMap<(Option<&'static str>, &'static str)>,
    period_adverbs: WordMap<&'static str>,
    period_nouns: WordMap<&'static str>,
    change_verbs: WordMap<bool>,
    change_nouns: WordMap<bool>,
    irregular_plurals: WordMap<&'static str>,
    plural_only_nouns: WordSet,
    per_words: WordSet,
    counted_noun_stops: WordSet,
    pub(crate) comparators_before: Vec<(&'static [&'static str], &'static str)>,
    pub(crate) comparators_after: Vec<(&'static [&'static str], &'static str)>,
    /// The last word of every comparator before a number: a quick
    /// rejection before the phrase table.
    pub(crate) comparator_last_words: WordSet,
    pub(crate) year_context_words: WordSet,
    pub(crate) year_nouns: WordSet,
    pub(crate) ordinal_suffixes: WordSet,
    pub(crate) bound_words: WordSet,
    pub(crate) level_from_words: WordSet,
    pub(crate) range_from_words: WordSet,
    pub(crate) range_to_words: WordSet,
    pub(crate) from_range_joiners: WordSet,
    pub(crate) between_words: WordSet,
    pub(crate) between_range_joiners: WordSet,
    pub(crate) change_adverbs: WordSet,
    pub(crate) abbreviated_scales: WordSet,
    pub(crate) bound_joiners: WordSet,
    pub(crate) subject_enders: WordSet,
    pub(crate) half_prepositions: WordSet,
    pub(crate) half_nouns: WordSet,
    pub(crate) determiners_before_pronoun_one: WordSet,
    pub(crate) words_after_pronoun_one: WordSet,
    pub(crate) glued_non_unit_suffixes: WordSet,
    pub(crate) spaced_dollar_prefixes: WordSet,
    pub(crate) race_nouns: WordSet,
    pub(crate) adjective_like_words: WordSet,
    pub(crate) words_before_change_verb: WordSet,
    pub(crate) adjective_endings: Vec<&'static str>,
    pub(crate) percent_phrases: Vec<(&'static [&'static str], &'static str)>,
    pub(crate) measure_phrases: Vec<(&'static [&'static str], &'static str)>,
    pub(crate) square_words: WordSet,
    pub(crate) currency_place_names: Vec<(&'static [&'static str], &'static str)>,
    pub(crate) currency_words_before_number: WordSet,
    pub(crate) age_words: Vec<(&'static str, &'static str)>,
    pub(crate) time_units: WordSet,
    pub(crate) calculator_determiners_before_pronoun_one: WordSet,
    pub(crate) pronoun_ones: Vec<&'static str>,
    pub(crate) comparator_continuations: Vec<&'static str>,
    pub(crate) range_joiners: WordSet,
    pub(crate) fraction_of_words: Vec<&'static str>,
    pub(crate) period_fraction_stems: Vec<&'static str>,
    pub(crate) indefinite_articles: WordSet,
    non_plural_endings: Vec<&'static str>,
    es_plural_endings: Vec<&'static str>,
    plural_ending_lemmas: Vec<(&'static str, &'static str)>,
}

/// Every lexicon's entries of one list, in the order of `ALL`.
fn every<T: Copy + 'static>(list: impl Fn(&QuantityWords) -> &'static [T]) -> Vec<T> {
    ALL.iter()
        .flat_map(|lexicon| list(lexicon.quantity).iter().copied())
        .collect()
}

fn set(list: impl Fn(&QuantityWords) -> &'static [&'static str]) -> WordSet {
    every(list).into_iter().collect()
}

fn map<V: Copy + 'static>(
    list: impl Fn(&QuantityWords) -> &'static [(&'static str, V)],
) -> WordMap<V> {
    every(list).into_iter().collect()
}

fn build_words() -> Words {
    let mut units: WordMap<(UnitKind, &'static str)> = WordMap::default();
    for (kind, list) in [
        (UnitKind::Percent, every(|q| q.percent_units)),
        (UnitKind::Currency, every(|q| q.currency_units)),
        (UnitKind::Measure, every(|q| q.measure_units)),
    ] {
        units.extend(list.into_iter().map(|(word, unit)| (word, (kind, unit))));
    }
    let tagged = |up: bool, words: Vec<&'static str>| words.into_iter().map(move |w| (w, up));
    let change_verbs = tagged(true, every(|q| q.rise_verbs))
        .chain(tagged(false, every(|q| q.fall_verbs)))
        .collect();
    let change_nouns = tagged(true, every(|q| q.rise_nouns))
        .chain(tagged(false, every(|q| q.fall_nouns)))
        .collect();
    let comparators_before = every(|q| q.comparators_before);
    let comparator_last_words = comparators_before
        .iter()
        .filter_map(|(phrase, _)| phrase.last().copied())
        .collect();
    Words {
        units,
        dollar_prefixes: map(|q| q.dollar_prefixes),
        currency_adjectives: every(|q| q.currency_adjectives)
            .into_iter()
            .map(|(adjective, renamed, code)| (adjective, (renamed, code)))
            .collect(),
        period_adverbs: map(|q| q.period_adverbs),
        period_nouns: map(|q| q.period_nouns),
        change_verbs,
        change_nouns,
        irregular_plurals: map(|q| q.irregular_plurals),
        plural_only_nouns: set(|q| q.plural_only_nouns),
        per_words: set(|q| q.per_words),
        counted_noun_stops: set(|q| q.counted_noun_stops),
        comparators_before,
        comparators_after: every(|q| q.comparators_after),
        comparator_last_words,
        year_context_words: set(|q| q.year_context_words),
        year_nouns: set(|q| q.year_nouns),
        ordinal_suffixes: set(|q| q.ordinal_suffixes),
        bound_words: set(|q| q.bound_words),
        level_from_words: set(|q| q.level_from_words),
        range_from_words: set(|q| q.range_from_words),
        range_to_words: set(|q| q.range_to_words),
        from_range_joiners: set(|q| q.from_range_joiners),
        between_words: set(|q| q.between_words),
        between_range_joiners: set(|q| q.between_range_joiners),
        change_adverbs: set(|q| q.change_adverbs),
        abbreviated_scales: set(|q| q.abbreviated_scales),
        bound_joiners: set(|q| q.bound_joiners),
        subject_enders: set(|q| q.subject_enders),
        half_prepositions: set(|q| q.half_prepositions),
        half_nouns: set(|q| q.half_nouns),
        determiners_before_pronoun_one: set(|q| q.determiners_before_pronoun_one),
        words_after_pronoun_one: set(|q| q.words_after_pronoun_one),
        glued_non_unit_suffixes: set(|q| q.glued_non_unit_suffixes),
        spaced_dollar_prefixes: set(|q| q.spaced_dollar_prefixes),
        race_nouns: set(|q| q.race_nouns),
        adjective_like_words: set(|q| q.adjective_like_words),
        words_before_change_verb: set(|q| q.words_before_change_verb),
        adjective_endings: every(|q| q.adjective_endings),
        percent_phrases: every(|q| q.percent_phrases),
        measure_phrases: every(|q| q.measure_phrases),
        square_words: set(|q| q.square_words),
        currency_place_names: every(|q| q.currency_place_names),
        currency_words_before_number: set(|q| q.currency_words_before_number),
        age_words: every(|q| q.age_words),
        time_units: set(|q| q.time_units),
        calculator_determiners_before_pronoun_one: set(|q| {
            q.calculator_determiners_before_pronoun_one
        }),
        pronoun_ones: every(|q| q.pronoun_ones),
        comparator_continuations: every(|q| q.comparator_continuations),
        range_joiners: set(|q| q.range_joiners),
        fraction_of_words: every(|q| q.fraction_of_words),
        period_fraction_stems: every(|q| q.period_fraction_stems),
        indefinite_articles: set(|q| q.indefinite_articles),
        non_plural_endings: every(|q| q.non_plural_endings),
        es_plural_endings: every(|q| q.es_plural_endings),
        plural_ending_lemmas: every(|q| q.plural_ending_lemmas),
    }
}

/// The quantity words of every lexicon.
pub(crate) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(build_words)
}

/// The unit a lower-cased word names, if it is a currency, percent or measure.
pub(crate) fn unit_word(lower: &str) -> Option<(UnitKind, &'static str)> {
    words().units.get(lower).copied()
}

/// A unit written as a symbol right before or after the number.
pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₴' => "UAH",
        '₽' => "RUB",
        '₹' => "INR",
        '₾' => "GEL",
        '₩' => "KRW",
        '₪' => "ILS",
        '₺' => "TRY",
        '₦' => "NGN",
        '₱' => "PHP",
        '₿' => "BTC",
        '₡' => "CRC",
        '₭' => "LAK",
        '฿' => "THB",
        _ => return None,
    })
}

/// A `$` prefixed by a country letter: C$, A$, HK$, US$.
pub(crate) fn dollar_prefix(lower: &str) -> Option<&'static str> {
    words().dollar_prefixes.get(lower).copied()
}

/// A national adjective before "dollars" / "francs" that names another currency.
pub(crate) fn currency_adjective(lower: &str, code: &str) -> Option<&'static str> {
    let &(renamed, national) = words().currency_adjectives.get(lower)?;
    renamed.is_none_or(|r| r == code).then_some(national)
}

/// A rate period named by one word after a quantity ("daily", "annually")
/// or by the noun after "per" / "a" / "each" / "every".
pub(crate) fn period_word(lower: &str, after_per: bool) -> Option<&'static str> {
    let words = words();
    let standalone = words.period_adverbs.get(lower).copied();
    if standalone.is_some() || !after_per {
        return standalone;
    }
    words.period_nouns.get(lower).copied()
}

/// Words that introduce a period: "per day", "a day", "each year", "на день", "в месяц".
pub(crate) fn is_per_word(lower: &str) -> bool {
    words().per_words.contains(lower)
}

/// Days in a period, to bring two rates to one.
pub fn period_days(per: &str) -> Option<f64> {
    Some(match per {
        "second" => 1.0 / 86_400.0,
        "minute" => 1.0 / 1_440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "month" => 30.0,
        "quarter" => 91.0,
        "year" => 365.0,
        _ => return None,
    })
}

/// Change verbs before a quantity; `true` for up.
pub(crate) fn change_verb(lower: &str) -> Option<bool> {
    words().change_verbs.get(lower).copied()
}

/// Change nouns after a quantity ("a 76% rise"); `true` for up.
pub(crate) fn change_noun(lower: &str) -> Option<bool> {
    words().change_nouns.get(lower).copied()
}

/// Words that end the search for a counted noun after a number.
pub(crate) fn is_stop_word(lower: &str) -> bool {
    words().counted_noun_stops.contains(lower)
}

/// Irregular plurals and words whose lemma is not the plural minus "s".
fn irregular_lemma(lower: &str) -> Option<&'static str> {
    words().irregular_plurals.get(lower).copied()
}

/// Is this lower-case English word a plural noun (by form)?
pub(crate) fn looks_plural(lower: &str) -> bool {
    if let Some(lemma) = irregular_lemma(lower) {
        return lemma != lower || words().plural_only_nouns.contains(lower);
    }
    lower.len() > 3
        && lower.is_ascii()
        && lower.ends_with('s')
        && !words()
            .non_plural_endings
            .iter()
            .any(|ending| lower.ends_with(ending))
}

/// Singular lemma of an English plural noun (or the word itself).
pub(crate) fn english_lemma(lower: &str) -> String {
    if let Some(lemma) = irregular_lemma(lower) {
        return lemma.to_string();
    }
    if !looks_plural(lower) {
        return lower.to_string();
    }
    let stem = &lower[..lower.len() - 1];
    let words = words();
    for &(plural, singular) in &words.plural_ending_lemmas {
        if let Some(base) = lower.strip_suffix(plural) {
            return format!("{base}{singular}");
        }
    }
    if words.es_plural_endings.iter().any(|e| lower.ends_with(e)) {
        return lower[..lower.len() - 2].to_string();
    }
    stem.to_string()
}

/// Rough lemma of a Ukrainian / Russian counted noun: the genitive plural
/// that follows numbers goes back to the nominative singular (снарядів,
/// снарядов -> снаряд; українців -> українець, иностранцев -> иностранец;
/// водіїв -> водій; росіян, россиян -> росіянин, россиянин); other forms
/// are kept as written.
pub(crate) fn cyrillic_lemma(lower: &str) -> String {
    // "-янин" nouns drop "-ин" in the plural.
    if lower.ends_with("ян") && lower.chars().count() >= 5 {
        return format!("{lower}ин");
    }
    for (ending, ukrainian) in [("ів", true), ("ов", false), ("ев", false), ("їв", true)] {
        let Some(stem) = lower.strip_suffix(ending) else {
            continue;
        };
        if stem.chars().count() < 3 {
            continue;
        }
        // The vowel that drops before "-ц" comes back in the singular:
        // "українців" -> "українець", "бойцов" -> "боец".
        if let Some(base) = stem.strip_suffix('ц') {
            let ends_in_consonant = base
                .chars()
                .last()
                .is_some_and(|c| !"аеєиіїоуюяыэьй".contains(c));
            if let Some(base) = base.strip_suffix('й').filter(|_| !ukrainian) {
                return format!("{base}ец");
            }
            if ends_in_consonant {
                return if ukrainian {
                    format!("{base}ець")
                } else {
                    format!("{base}ец")
                };
            }
        }
        // "водіїв" -> "водій": a stem ending in a vowel had "-й".
        if ending == "їв"
            && stem
                .chars()
                .last()
                .is_some_and(|c| "аеєиіїоуюя".contains(c))
        {
            return format!("{stem}й");
        }
        return stem.to_string();
    }
    lower.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmatises_slavic_genitive_plurals() {
        for (form, lemma) in [
            ("снарядів", "снаряд"),
            ("снарядов", "снаряд"),
            ("українців", "українець"),
            ("иностранцев", "иностранец"),
            ("бойцов", "боец"),
            ("водіїв", "водій"),
            ("росіян", "росіянин"),
            ("россиян", "россиянин"),
            ("людей", "людей"),
        ] {
            assert_eq!(cyrillic_lemma(form), lemma, "{form}");
        }
    }

    #[test]
    fn lemmatises_english_plurals() {
        assert_eq!(english_lemma("shells"), "shell");
        assert_eq!(english_lemma("countries"), "country");
        assert_eq!(english_lemma("members"), "member");
        assert_eq!(english_lemma("people"), "person");
        assert_eq!(english_lemma("churches"), "church");
        assert!(!looks_plural("pact"));
        assert!(!looks_plural("various"));
    }
}
