//! Words read around a number: units (currency, percent, measures), rate
//! periods, comparators and change verbs, in English, Ukrainian and Russian.

use std::sync::OnceLock;

use crate::lexicon::WordMap;

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

fn unit_table() -> &'static WordMap<(UnitKind, &'static str)> {
    static TABLE: OnceLock<WordMap<(UnitKind, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        use UnitKind::*;
        let entries: &[(&str, UnitKind, &str)] = &[
            // percent
            ("percent", Percent, "percent"),
            ("percents", Percent, "percent"),
            ("percentage", Percent, "percent"),
            ("pct", Percent, "percent"),
            ("pc", Percent, "percent"),
            ("процент", Percent, "percent"),
            ("процента", Percent, "percent"),
            ("процентов", Percent, "percent"),
            ("відсоток", Percent, "percent"),
            ("відсотки", Percent, "percent"),
            ("відсотків", Percent, "percent"),
            ("відсотка", Percent, "percent"),
            ("pp", Percent, "percentage_point"),
            // currency words
            ("dollar", Currency, "USD"),
            ("dollars", Currency, "USD"),
            ("usd", Currency, "USD"),
            ("pound", Currency, "GBP"),
            ("pounds", Currency, "GBP"),
            ("sterling", Currency, "GBP"),
            ("gbp", Currency, "GBP"),
            ("euro", Currency, "EUR"),
            ("euros", Currency, "EUR"),
            ("eur", Currency, "EUR"),
            ("yen", Currency, "JPY"),
            ("jpy", Currency, "JPY"),
            ("yuan", Currency, "CNY"),
            ("renminbi", Currency, "CNY"),
            ("rmb", Currency, "CNY"),
            ("cny", Currency, "CNY"),
            ("rupee", Currency, "INR"),
            ("rupees", Currency, "INR"),
            ("inr", Currency, "INR"),
            ("franc", Currency, "CHF"),
            ("francs", Currency, "CHF"),
            ("chf", Currency, "CHF"),
            ("rouble", Currency, "RUB"),
            ("roubles", Currency, "RUB"),
            ("ruble", Currency, "RUB"),
            ("rubles", Currency, "RUB"),
            ("rub", Currency, "RUB"),
            ("hryvnia", Currency, "UAH"),
            ("hryvnias", Currency, "UAH"),
            ("hryvnas", Currency, "UAH"),
            ("hryvnya", Currency, "UAH"),
            ("uah", Currency, "UAH"),
            ("cad", Currency, "CAD"),
            ("aud", Currency, "AUD"),
            ("btc", Currency, "BTC"),
            ("bitcoin", Currency, "BTC"),
            ("bitcoins", Currency, "BTC"),
            ("rupiah", Currency, "IDR"),
            ("rupiahs", Currency, "IDR"),
            ("dong", Currency, "VND"),
            ("won", Currency, "KRW"),
            ("peseta", Currency, "ESP"),
            ("pesetas", Currency, "ESP"),
            ("guilder", Currency, "NLG"),
            ("guilders", Currency, "NLG"),
            ("markka", Currency, "FIM"),
            ("markkaa", Currency, "FIM"),
            ("deutschmark", Currency, "DEM"),
            ("deutschmarks", Currency, "DEM"),
            ("lira", Currency, "TRY"),
            ("lire", Currency, "ITL"),
            ("peso", Currency, "MXN"),
            ("pesos", Currency, "MXN"),
            ("shekel", Currency, "ILS"),
            ("shekels", Currency, "ILS"),
            ("rand", Currency, "ZAR"),
            ("krona", Currency, "SEK"),
            ("kronor", Currency, "SEK"),
            ("krone", Currency, "NOK"),
            ("kroner", Currency, "NOK"),
            ("zloty", Currency, "PLN"),
            ("zlotys", Currency, "PLN"),
            ("baht", Currency, "THB"),
            ("ringgit", Currency, "MYR"),
            ("riyal", Currency, "SAR"),
            ("riyals", Currency, "SAR"),
            ("dirham", Currency, "AED"),
            ("dirhams", Currency, "AED"),
            ("naira", Currency, "NGN"),
            ("lari", Currency, "GEL"),
            ("tenge", Currency, "KZT"),
            ("rubel", Currency, "RUB"),
            ("yuans", Currency, "CNY"),
            ("satoshi", Currency, "satoshi"),
            ("satoshis", Currency, "satoshi"),
            ("cent", Currency, "cent"),
            ("cents", Currency, "cent"),
            ("pence", Currency, "pence"),
            ("penny", Currency, "pence"),
            ("доллар", Currency, "USD"),
            ("доллара", Currency, "USD"),
            ("долларов", Currency, "USD"),
            ("долар", Currency, "USD"),
            ("долара", Currency, "USD"),
            ("доларів", Currency, "USD"),
            ("долари", Currency, "USD"),
            ("дол", Currency, "USD"),
            ("евро", Currency, "EUR"),
            ("євро", Currency, "EUR"),
            ("гривна", Currency, "UAH"),
            ("гривны", Currency, "UAH"),
            ("гривен", Currency, "UAH"),
            ("гривня", Currency, "UAH"),
            ("гривні", Currency, "UAH"),
            ("гривень", Currency, "UAH"),
            ("грн", Currency, "UAH"),
            ("рубль", Currency, "RUB"),
            ("рубля", Currency, "RUB"),
            ("рублей", Currency, "RUB"),
            ("рублів", Currency, "RUB"),
            ("рублі", Currency, "RUB"),
            ("руб", Currency, "RUB"),
            // measures
            ("km", Measure, "km"),
            ("kms", Measure, "km"),
            ("kilometre", Measure, "km"),
            ("kilometres", Measure, "km"),
            ("kilometer", Measure, "km"),
            ("kilometers", Measure, "km"),
            ("mile", Measure, "mi"),
            ("miles", Measure, "mi"),
            ("metre", Measure, "m"),
            ("metres", Measure, "m"),
            ("meter", Measure, "m"),
            ("meters", Measure, "m"),
            ("cm", Measure, "cm"),
            ("centimetre", Measure, "cm"),
            ("centimetres", Measure, "cm"),
            ("centimeter", Measure, "cm"),
            ("centimeters", Measure, "cm"),
            ("mm", Measure, "mm"),
            ("millimetre", Measure, "mm"),
            ("millimetres", Measure, "mm"),
            ("millimeter", Measure, "mm"),
            ("millimeters", Measure, "mm"),
            ("inch", Measure, "in"),
            ("inches", Measure, "in"),
            ("foot", Measure, "ft"),
            ("feet", Measure, "ft"),
            ("ft", Measure, "ft"),
            ("yard", Measure, "yd"),
            ("yards", Measure, "yd"),
            ("kg", Measure, "kg"),
            ("kgs", Measure, "kg"),
            ("kilogram", Measure, "kg"),
            ("kilograms", Measure, "kg"),
            ("kilogramme", Measure, "kg"),
            ("kilogrammes", Measure, "kg"),
            ("kilo", Measure, "kg"),
            ("kilos", Measure, "kg"),
            ("gram", Measure, "g"),
            ("grams", Measure, "g"),
            ("gramme", Measure, "g"),
            ("grammes", Measure, "g"),
            ("mg", Measure, "mg"),
            ("milligram", Measure, "mg"),
            ("milligrams", Measure, "mg"),
            ("t", Measure, "t"),
            ("tonne", Measure, "t"),
            ("tonnes", Measure, "t"),
            ("ton", Measure, "t"),
            ("tons", Measure, "t"),
            ("lb", Measure, "lb"),
            ("lbs", Measure, "lb"),
            ("ounce", Measure, "oz"),
            ("ounces", Measure, "oz"),
            ("oz", Measure, "oz"),
            ("litre", Measure, "l"),
            ("litres", Measure, "l"),
            ("liter", Measure, "l"),
            ("liters", Measure, "l"),
            ("ml", Measure, "ml"),
            ("millilitre", Measure, "ml"),
            ("millilitres", Measure, "ml"),
            ("gallon", Measure, "gal"),
            ("gallons", Measure, "gal"),
            ("barrel", Measure, "barrel"),
            ("barrels", Measure, "barrel"),
            ("hectare", Measure, "ha"),
            ("hectares", Measure, "ha"),
            ("ha", Measure, "ha"),
            ("acre", Measure, "acre"),
            ("acres", Measure, "acre"),
            ("km2", Measure, "km2"),
            ("mph", Measure, "mph"),
            ("kph", Measure, "km/h"),
            ("degree", Measure, "degree"),
            ("degrees", Measure, "degree"),
            ("kw", Measure, "kW"),
            ("mw", Measure, "MW"),
            ("gw", Measure, "GW"),
            ("kwh", Measure, "kWh"),
            ("mwh", Measure, "MWh"),
            ("gwh", Measure, "GWh"),
            ("twh", Measure, "TWh"),
            ("mb", Measure, "MB"),
            ("gb", Measure, "GB"),
            ("tb", Measure, "TB"),
            ("bit", Measure, "bit"),
            ("bits", Measure, "bit"),
            ("dm", Measure, "dm"),
            ("км", Measure, "km"),
            ("кілометр", Measure, "km"),
            ("кілометрів", Measure, "km"),
            ("кілометри", Measure, "km"),
            ("километр", Measure, "km"),
            ("километров", Measure, "km"),
            ("километра", Measure, "km"),
            ("м", Measure, "m"),
            ("метр", Measure, "m"),
            ("метрів", Measure, "m"),
            ("метров", Measure, "m"),
            ("метра", Measure, "m"),
            ("см", Measure, "cm"),
            ("мм", Measure, "mm"),
            ("кг", Measure, "kg"),
            ("т", Measure, "t"),
            ("тонна", Measure, "t"),
            ("тонн", Measure, "t"),
            ("тонни", Measure, "t"),
            ("тонны", Measure, "t"),
            ("тон", Measure, "t"),
            ("тоннами", Measure, "t"),
            ("тоннах", Measure, "t"),
            ("тонами", Measure, "t"),
            ("л", Measure, "l"),
            ("литров", Measure, "l"),
            ("літрів", Measure, "l"),
            ("га", Measure, "ha"),
            ("гектаров", Measure, "ha"),
            ("гектарів", Measure, "ha"),
        ];
        entries.iter().map(|&(w, k, u)| (w, (k, u))).collect()
    })
}

/// The unit a lower-cased word names, if it is a currency, percent or measure.
pub(crate) fn unit_word(lower: &str) -> Option<(UnitKind, &'static str)> {
    unit_table().get(lower).copied()
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
    Some(match lower {
        "us" => "USD",
        "c" | "ca" | "can" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" => "HKD",
        "nz" => "NZD",
        "s" | "sg" => "SGD",
        _ => return None,
    })
}

/// A national adjective before "dollars" / "francs" that names another currency.
pub(crate) fn currency_adjective(lower: &str, code: &str) -> Option<&'static str> {
    Some(match (lower, code) {
        ("us" | "american", "USD") => "USD",
        ("australian", "USD") => "AUD",
        ("canadian", "USD") => "CAD",
        ("singapore", "USD") => "SGD",
        ("zealand", "USD") => "NZD",
        ("kong", "USD") => "HKD",
        ("swiss", "CHF") => "CHF",
        ("french", "CHF") => "FRF",
        ("egyptian", "GBP") => "EGP",
        ("chinese", _) => "CNY",
        ("turkish", _) => "TRY",
        ("italian", "TRY") => "ITL",
        ("mexican", _) => "MXN",
        ("argentine" | "argentinian", "MXN") => "ARS",
        ("philippine", "MXN") => "PHP",
        ("swedish", _) => "SEK",
        ("norwegian", _) => "NOK",
        ("danish", _) => "DKK",
        ("icelandic", _) => "ISK",
        ("indian", _) => "INR",
        ("pakistani", _) => "PKR",
        ("japanese", _) => "JPY",
        ("jordanian", _) => "JOD",
        ("kuwaiti", _) => "KWD",
        ("bahraini", _) => "BHD",
        ("taiwan" | "taiwanese", _) => "TWD",
        ("russian", _) => "RUB",
        ("ukrainian", _) => "UAH",
        ("belarusian", _) => "BYN",
        _ => return None,
    })
}

/// A rate period named by one word after a quantity ("daily", "annually")
/// or by the noun after "per" / "a" / "each" / "every".
pub(crate) fn period_word(lower: &str, after_per: bool) -> Option<&'static str> {
    let standalone = match lower {
        "daily" | "nightly" | "щодня" | "щоденно" | "ежедневно" => Some("day"),
        "weekly" | "щотижня" | "еженедельно" => Some("week"),
        "monthly" | "щомісяця" | "щомісячно" | "ежемесячно" => {
            Some("month")
        }
        "annually" | "yearly" | "щороку" | "щорічно" | "ежегодно" => {
            Some("year")
        }
        "hourly" | "щогодини" | "ежечасно" => Some("hour"),
        _ => None,
    };
    if standalone.is_some() || !after_per {
        return standalone;
    }
    Some(match lower {
        "day" | "days" | "день" | "добу" | "сутки" | "дня" => "day",
        "week" | "тиждень" | "неделю" | "неделя" => "week",
        "month" | "місяць" | "месяц" => "month",
        "year" | "annum" | "рік" | "год" => "year",
        "hour" | "годину" | "час" => "hour",
        "minute" | "хвилину" | "минуту" => "minute",
        "second" | "секунду" => "second",
        "quarter" | "квартал" => "quarter",
        _ => return None,
    })
}

/// Words that introduce a period: "per day", "a day", "each year", "на день", "в месяц".
pub(crate) fn is_per_word(lower: &str) -> bool {
    // Not "за": "за рік" / "за год" is the span a change happened over.
    matches!(
        lower,
        "per" | "a" | "an" | "each" | "every" | "в" | "на" | "у"
    )
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

/// Comparator phrases written before a number, longest first within each language.
pub(crate) const COMPARATORS_BEFORE: &[(&[&str], &str)] = &[
    (&["in", "excess", "of"], ">"),
    (&["no", "less", "than"], ">="),
    (&["not", "less", "than"], ">="),
    (&["no", "fewer", "than"], ">="),
    (&["a", "minimum", "of"], ">="),
    (&["no", "more", "than"], "<="),
    (&["not", "more", "than"], "<="),
    (&["a", "maximum", "of"], "<="),
    (&["as", "many", "as"], "<="),
    (&["as", "much", "as"], "<="),
    (&["as", "few", "as"], "<="),
    (&["as", "little", "as"], "<="),
    (&["higher", "or", "equal", "than"], ">="),
    (&["bigger", "or", "equal", "than"], ">="),
    (&["greater", "or", "equal", "than"], ">="),
    (&["larger", "or", "equal", "than"], ">="),
    (&["more", "or", "equal", "than"], ">="),
    (&["lower", "or", "equal", "than"], "<="),
    (&["smaller", "or", "equal", "than"], "<="),
    (&["less", "or", "equal", "than"], "<="),
    (&["at", "least", "or", "equal", "to"], ">="),
    (&["at", "most", "or", "equal", "to"], "<="),
    (&["less", "than", "or", "equal", "to"], "<="),
    (&["more", "than", "or", "equal", "to"], ">="),
    (&["greater", "than", "or", "equal", "to"], ">="),
    (&["equal", "to", "or", "less", "than"], "<="),
    (&["equal", "to", "or", "more", "than"], ">="),
    (&["more", "or", "less"], "~"),
    (&["more", "than"], ">"),
    (&["greater", "than"], ">"),
    (&["larger", "than"], ">"),
    (&["bigger", "than"], ">"),
    (&["higher", "than"], ">"),
    (&["upwards", "of"], ">"),
    (&["just", "over"], ">"),
    (&["well", "over"], ">"),
    (&["at", "least"], ">="),
    (&["less", "than"], "<"),
    (&["fewer", "than"], "<"),
    (&["lower", "than"], "<"),
    (&["smaller", "than"], "<"),
    (&["just", "under"], "<"),
    (&["up", "to"], "<="),
    (&["at", "most"], "<="),
    (&["close", "to"], "~"),
    (&["an", "estimated"], "~"),
    (&["equal", "to"], "="),
    (&["equals", "to"], "="),
    (&["over"], ">"),
    (&["above"], ">"),
    (&["exceeding"], ">"),
    (&["exceed"], ">"),
    (&["exceeds"], ">"),
    (&["surpass"], ">"),
    (&["beyond"], ">"),
    (&["under"], "<"),
    (&["below"], "<"),
    (&["almost"], "~"),
    (&["nearly"], "~"),
    (&["about"], "~"),
    (&["around"], "~"),
    (&["roughly"], "~"),
    (&["approximately"], "~"),
    (&["approx"], "~"),
    (&["circa"], "~"),
    (&["some"], "~"),
    (&["estimated"], "~"),
    (&["equaling", "to"], "="),
    (&["equalling", "to"], "="),
    (&["equals"], "="),
    (&["exactly"], "="),
    // Ukrainian
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
    // Russian
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
    // both
    (&["до"], "<="),
];

/// Comparator phrases written after a number ("500 or more").
pub(crate) const COMPARATORS_AFTER: &[(&[&str], &str)] = &[
    (&["or", "greater", "than"], ">="),
    (&["or", "more", "than"], ">="),
    (&["or", "less", "than"], "<="),
    (&["or", "equal", "to"], "or="),
    (&["or", "equal"], "or="),
    (&["or", "more"], ">="),
    (&["and", "more"], ">="),
    (&["or", "greater"], ">="),
    (&["or", "above"], ">="),
    (&["and", "above"], ">="),
    (&["or", "over"], ">="),
    (&["or", "less"], "<="),
    (&["or", "fewer"], "<="),
    (&["or", "below"], "<="),
    (&["and", "less"], "<="),
    (&["or", "so"], "~"),
    (&["і", "більше"], ">="),
    (&["и", "более"], ">="),
];

/// Change verbs before a quantity; `true` for up.
pub(crate) fn change_verb(lower: &str) -> Option<bool> {
    Some(match lower {
        "rise"
        | "rises"
        | "rose"
        | "risen"
        | "rising"
        | "increase"
        | "increased"
        | "increases"
        | "increasing"
        | "grow"
        | "grew"
        | "grown"
        | "grows"
        | "growing"
        | "jump"
        | "jumped"
        | "jumps"
        | "climb"
        | "climbed"
        | "climbs"
        | "soar"
        | "soared"
        | "soars"
        | "surge"
        | "surged"
        | "surges"
        | "gain"
        | "gained"
        | "gains"
        | "up"
        | "raise"
        | "raised"
        | "boost"
        | "boosted"
        | "expanded"
        | "rebounded"
        | "spiked"
        | "widened"
        | "вырос"
        | "выросла"
        | "выросло"
        | "выросли"
        | "увеличился"
        | "увеличилась"
        | "увеличилось"
        | "увеличились"
        | "зріс"
        | "зросла"
        | "зросло"
        | "зросли"
        | "збільшився"
        | "збільшилася"
        | "збільшилось"
        | "збільшилися"
        | "збільшилась"
        // Transitive verbs of raising a level ("ставку підняли з 7% до 20%").
        | "підняли"
        | "підняти"
        | "підвищили"
        | "підвищити"
        | "подняли"
        | "поднять"
        | "повысили"
        | "повысить" => true,
        "fall"
        | "falls"
        | "fell"
        | "fallen"
        | "falling"
        | "drop"
        | "dropped"
        | "drops"
        | "decline"
        | "declined"
        | "declines"
        | "decrease"
        | "decreased"
        | "decreases"
        | "down"
        | "cut"
        | "cuts"
        | "slump"
        | "slumped"
        | "plunge"
        | "plunged"
        | "shrank"
        | "shrunk"
        | "shrink"
        | "lost"
        | "lose"
        | "slid"
        | "tumbled"
        | "dipped"
        | "reduced"
        | "lowered"
        | "sank"
        | "contracted"
        | "narrowed"
        | "снизился"
        | "снизилась"
        | "снизилось"
        | "снизились"
        | "упал"
        | "упала"
        | "упало"
        | "упали"
        | "сократился"
        | "сократилась"
        | "сократилось"
        | "сократились"
        | "уменьшился"
        | "уменьшилась"
        | "знизився"
        | "знизилася"
        | "знизилось"
        | "знизилися"
        | "знизилась"
        | "впав"
        | "впала"
        | "впало"
        | "впали"
        | "скоротився"
        | "скоротилася"
        | "скоротилось"
        | "скоротилися"
        | "зменшився"
        | "зменшилася"
        | "зменшилось"
        | "зменшилися"
        // Transitive verbs of lowering a level ("знизити ставку з 20%").
        | "знизили"
        | "знизити"
        | "скоротили"
        | "скоротити"
        | "снизили"
        | "снизить"
        | "сократили"
        | "сократить" => false,
        _ => return None,
    })
}

/// Change nouns after a quantity ("a 76% rise"); `true` for up.
pub(crate) fn change_noun(lower: &str) -> Option<bool> {
    Some(match lower {
        "rise"
        | "increase"
        | "jump"
        | "gain"
        | "growth"
        | "hike"
        | "surge"
        | "rebound"
        | "зростання"
        | "рост"
        | "збільшення"
        | "увеличение" => true,
        "fall"
        | "drop"
        | "decline"
        | "decrease"
        | "cut"
        | "reduction"
        | "loss"
        | "slump"
        | "fell"
        | "падіння"
        | "падение"
        | "зниження"
        | "снижение"
        | "скорочення"
        | "сокращение" => false,
        _ => return None,
    })
}

/// Words that end the search for a counted noun after a number.
pub(crate) fn is_stop_word(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "and"
            | "or"
            | "the"
            | "to"
            | "in"
            | "per"
            | "a"
            | "an"
            | "with"
            | "for"
            | "by"
            | "from"
            | "at"
            | "on"
            | "that"
            | "which"
            | "who"
            | "than"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "as"
            | "but"
            | "while"
            | "not"
            | "into"
            | "over"
            | "under"
            | "each"
            | "every"
            | "more"
            | "less"
            | "times"
            | "so"
            | "if"
            | "when"
            | "after"
            | "before"
            | "since"
            | "during"
            | "until"
            | "such"
            | "other"
            | "another"
            | "last"
            | "first"
            | "next"
            | "same"
            | "very"
            | "only"
            | "about"
            | "around"
            | "all"
            | "did"
            | "do"
            | "does"
            | "they"
            | "we"
            | "he"
            | "she"
            | "i"
            | "you"
            | "there"
            | "і"
            | "й"
            | "та"
            | "в"
            | "у"
            | "на"
            | "з"
            | "із"
            | "до"
            | "за"
            | "по"
            | "що"
            | "и"
            | "с"
            | "из"
            | "что"
            | "не"
            | "від"
            | "от"
            | "для"
            | "про"
            | "о"
    )
}

/// Irregular plurals and words whose lemma is not the plural minus "s".
fn irregular_lemma(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "people" => "person",
        "persons" => "person",
        "children" => "child",
        "men" => "man",
        "women" => "woman",
        "mice" => "mouse",
        "teeth" => "tooth",
        "geese" => "goose",
        "police" => "police",
        "personnel" => "personnel",
        "staff" => "staff",
        "series" => "series",
        "species" => "species",
        "news" => "news",
        "times" => "times",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "thieves" => "thief",
        "crises" => "crisis",
        "analyses" => "analysis",
        "aircraft" => "aircraft",
        "sheep" => "sheep",
        "fish" => "fish",
        "cattle" => "cattle",
        "data" => "data",
        "media" => "media",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "bus" => "bus",
        "gas" => "gas",
        "status" => "status",
        "virus" => "virus",
        "us" => "us",
        "yes" => "yes",
        "various" => "various",
        "previous" => "previous",
        "serious" => "serious",
        "famous" => "famous",
        "numerous" => "numerous",
        "dangerous" => "dangerous",
        "enormous" => "enormous",
        "obvious" => "obvious",
        _ => return None,
    })
}

/// Is this lower-case English word a plural noun (by form)?
pub(crate) fn looks_plural(lower: &str) -> bool {
    if let Some(lemma) = irregular_lemma(lower) {
        return lemma != lower
            || matches!(
                lower,
                "police" | "personnel" | "staff" | "aircraft" | "cattle" | "sheep"
            );
    }
    lower.len() > 3
        && lower.is_ascii()
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("ous")
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
    if let Some(base) = lower.strip_suffix("ies") {
        return format!("{base}y");
    }
    for ending in ["sses", "shes", "ches", "xes", "zes"] {
        if lower.ends_with(ending) {
            return lower[..lower.len() - 2].to_string();
        }
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
