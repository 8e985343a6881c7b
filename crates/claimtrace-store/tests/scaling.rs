//! Work per document grows linearly with its size, in every stage of the
//! ingest path: reading, each annotator, statement extraction (with and
//! without the quote layer) and the store's write. Each stage is timed on
//! N and 4N bytes of generated news-like text (paragraphs with quotes,
//! many distinct names, dates, numbers, a little non-ASCII); 4N must take
//! less than 8 times N (a quadratic step takes 16 times), with a few
//! milliseconds of slack for stages too fast to time. Each size is timed
//! twice and the faster run kept, after a warm-up.
//!
//! Timings mean something only in an optimised build: the test runs under
//! `cargo test --release` (as CI does) and is ignored in debug builds.

use std::time::{Duration, Instant};

use claimtrace_core::{Document, Metadata};
use claimtrace_store::{content_hash, CorpusStore, SqliteStore};
use claimtrace_trace::statements_of;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

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
const MONTHS: &[&str] = &[
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

fn document(text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: "scaling".into(),
            date: Some("2024-05-14".into()),
            ..Default::default()
        },
    )
}

/// Seconds spent in each stage for one document of `text`.
fn stages(text: &str) -> Vec<(String, Duration)> {
    let mut out = Vec::new();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("scaling.txt");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));

    let t = Instant::now();
    let inputs = vec![path.to_string_lossy().into_owned()];
    let opts = claimtrace_ingest::ReadOptions::default();
    let docs: Vec<Document> = claimtrace_ingest::read_inputs(&inputs, &opts)
        .map(|d| d.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    out.push(("read".to_string(), t.elapsed()));
    assert_eq!(docs.len(), 1);

    let pipeline = claimtrace_pipeline::default_pipeline();
    let mut doc = document(text);
    let mut timings = Vec::new();
    pipeline.run_timed(&mut doc, &mut timings);
    for (name, d) in pipeline.names().into_iter().zip(timings) {
        out.push((format!("annotator {name}"), d));
    }

    let t = Instant::now();
    let statements = statements_of(&doc);
    out.push(("statements".to_string(), t.elapsed()));
    assert!(statements.len() > 100, "{} statements", statements.len());

    // Without a quote layer statements_of reads quotes and speakers itself.
    let mut bare = document(text);
    claimtrace_pipeline::text_pipeline().run(&mut bare);
    let t = Instant::now();
    let fallback = statements_of(&bare);
    out.push(("statements (text layers only)".to_string(), t.elapsed()));
    assert!(fallback.len() > 100);

    let mut store = SqliteStore::open(&dir.path().join("db")).unwrap_or_else(|e| panic!("{e}"));
    let hash = content_hash(&doc);
    let batch = vec![(doc, hash)];
    let t = Instant::now();
    store.put_batch(&batch).unwrap_or_else(|e| panic!("{e}"));
    out.push(("store put_batch".to_string(), t.elapsed()));
    out
}

/// The faster of two runs, stage by stage.
fn best_of_two(text: &str) -> Vec<(String, Duration)> {
    let a = stages(text);
    let b = stages(text);
    a.into_iter()
        .zip(b)
        .map(|((name, x), (_, y))| (name, x.min(y)))
        .collect()
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timings need an optimised build (cargo test --release)"
)]
fn every_ingest_stage_is_linear_in_document_size() {
    const N: usize = 256 * 1024;
    let small = generate(N, 7);
    let large = generate(4 * N, 7);
    // Warm-up: lexicons, models and the allocator.
    let _ = stages(&generate(N / 4, 3));
    let t_small = best_of_two(&small);
    let t_large = best_of_two(&large);
    let mut report = String::new();
    let mut failures = Vec::new();
    let (mut total_small, mut total_large) = (Duration::ZERO, Duration::ZERO);
    for ((name, s), (_, l)) in t_small.iter().zip(&t_large) {
        total_small += *s;
        total_large += *l;
        report.push_str(&format!(
            "{name}: {:.1} ms -> {:.1} ms (x{:.1})\n",
            s.as_secs_f64() * 1e3,
            l.as_secs_f64() * 1e3,
            l.as_secs_f64() / s.as_secs_f64().max(1e-9)
        ));
        // 8x plus slack for stages of a few milliseconds (timer and
        // scheduler noise); a quadratic stage would be 16x.
        if *l > *s * 8 + Duration::from_millis(15) {
            failures.push(name.clone());
        }
    }
    eprintln!("{report}");
    assert!(
        failures.is_empty(),
        "super-linear stages: {failures:?}\n{report}"
    );
    assert!(
        total_large < total_small * 8,
        "the whole ingest grew super-linearly\n{report}"
    );
}
