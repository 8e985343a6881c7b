//! Generated news-like text for the scaling tests and the memory and time
//! measurements of docs/limits.md (`cargo run --release -p
//! claimtrace-store --example generate_news -- BYTES [SEED]`): paragraphs
//! with quotes, many distinct names, dates, numbers, a little non-ASCII.

use crate::Rng;

const FIRST: &[&str] = &[
    "Olena",
    "Taras",
    "Iryna",
    "Dmitry",
    "Sergei",
    "Anna",
    "Maria",
    "John",
    "Peter",
    "Sarah",
    "Ahmed",
    "Viktor",
    "Oksana",
    "Yulia",
    "Mark",
    "Emma",
    "Дмитро",
    "Олена",
];
const LAST: &[&str] = &[
    "Marchenko",
    "Hnatiuk",
    "Koval",
    "Peskov",
    "Lavrov",
    "Smith",
    "Johnson",
    "Kuleba",
    "Novak",
    "Petrenko",
    "Bondar",
    "Melnyk",
    "Walker",
    "Шевченко",
];
const SYLLABLES: &[&str] = &[
    "ko", "va", "len", "mar", "chen", "ter", "shu", "pe", "tro", "vy", "dan", "ril", "bo",
];
const ORGS: &[&str] = &[
    "the port authority",
    "the Ministry of Defence",
    "the Kyiv School of Economics",
    "the European Commission",
    "NATO",
    "the Kremlin",
    "the World Bank",
];
const PLACES: &[&str] = &[
    "Odesa", "Kyiv", "Moscow", "London", "Paris", "Berlin", "Warsaw", "Kharkiv", "Lviv",
];
/// English month names, for generated dates.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const VERBS: &[&str] = &["said", "added", "claimed", "warned", "stressed", "noted"];

fn name(r: &mut Rng) -> String {
    let first = r.pick(FIRST);
    // Many distinct surnames (sharing their first letters), as a long
    // text names many people.
    let surname = if r.below(2) == 0 {
        r.pick(LAST).to_string()
    } else {
        let mut s: String = (0..2 + r.below(3)).map(|_| r.pick(SYLLABLES)).collect();
        if let Some(c) = s.get_mut(0..1) {
            c.make_ascii_uppercase();
        }
        s.push_str(r.pick(&["enko", "ov", "ska", "ich", ""]));
        s
    };
    format!("{first} {surname}")
}

fn date(r: &mut Rng) -> String {
    format!(
        "{} {}, {}",
        r.pick(MONTHS),
        1 + r.below(28),
        2015 + r.below(10)
    )
}

fn number(r: &mut Rng) -> String {
    match r.below(5) {
        0 => format!("{},{:03}", 1 + r.below(999), r.below(1000)),
        1 => format!("{}.{} million", 1 + r.below(99), r.below(10)),
        2 => format!("{}%", 2 + r.below(90)),
        3 => format!("${} billion", 1 + r.below(500)),
        _ => format!(
            "between {},000 and {},000 tonnes",
            10 + r.below(30),
            41 + r.below(50)
        ),
    }
}

fn sentence(r: &mut Rng) -> String {
    let n = name(r);
    match r.below(7) {
        0 => format!(
            "\"Since {}, our ports have shipped {} of grain. The corridor works — and it works despite the attacks,\" {n} {}.",
            r.pick(MONTHS),
            number(r),
            r.pick(VERBS)
        ),
        1 => format!(
            "{n}, an official at {}, {} on {} that exports could possibly reach {} by the summer.",
            r.pick(ORGS),
            r.pick(VERBS),
            date(r),
            number(r)
        ),
        2 => format!(
            "According to {}, the figures for {} were {}, up from {} a year earlier.",
            r.pick(ORGS),
            r.pick(MONTHS),
            number(r),
            number(r)
        ),
        3 => format!(
            "In {}, {n} told reporters: “We see growth, but doubling is a strong word.”",
            r.pick(PLACES)
        ),
        4 => format!(
            "The meeting in {} on {} was attended by {n} and {}, who represent {}.",
            r.pick(PLACES),
            date(r),
            name(r),
            r.pick(ORGS)
        ),
        5 => format!(
            "Last year, {} reported total exports of {}, while {n} put the number at {}.",
            r.pick(ORGS),
            number(r),
            number(r)
        ),
        _ => format!(
            "He added that {} would publish its report next week, and that prices had risen by {}.",
            r.pick(ORGS),
            number(r)
        ),
    }
}

/// About `bytes` bytes of news-like text: a headline, then paragraphs of
/// two to five sentences, and now and then a long paragraph of many quotes.
pub fn generate(bytes: usize, seed: u64) -> String {
    let mut r = Rng(seed.max(1));
    let mut text = String::from("Grain corridor: minister says exports have 'doubled'\n");
    while text.len() < bytes {
        let sentences = if r.below(20) == 0 { 40 } else { 2 + r.below(4) };
        let paragraph: Vec<String> = (0..sentences).map(|_| sentence(&mut r)).collect();
        text.push_str(&paragraph.join(" "));
        text.push('\n');
    }
    text
}
