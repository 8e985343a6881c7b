//! `claimtrace ingest` as a user runs it, against the store it leaves:
//!
//! - killed with SIGKILL part-way through, then rerun to completion, it
//!   gives the same store as an uninterrupted ingest, and the rerun reports
//!   the documents committed before the kill as unchanged;
//! - two JSONL files whose records carry the same ids give two documents
//!   each, not revisions of one another, and a rerun (from another working
//!   directory too) finds them unchanged;
//! - asked for a transformer it cannot load, it says what is missing and
//!   creates no store.
//!
//! The corpus is generated here: short news reports with quotes, dates and
//! figures, varied enough for the analysis to find quotes and claims.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimtrace_store::{content_hash, CorpusStore, SqliteStore, StoreStats};
use claimtrace_trace::CandidateSource;

const DOCS: usize = 1000;
/// Documents per transaction in the killed run (`--batch`): small, so that
/// the kill lands between many commits.
const BATCH: usize = 8;
/// Committed documents to wait for before the kill: about a third.
const KILL_AFTER: i64 = (DOCS / 3) as i64;
/// Generous: a loaded machine, or a debug build.
const RUN_LIMIT: Duration = Duration::from_secs(600);

use claimtrace_testkit::news::MONTHS;
use claimtrace_testkit::Rng;

const SPEAKERS: &[(&str, &str)] = &[
    ("Maria Kowalska", "the finance minister"),
    ("Daniel Okafor", "a spokesman for the port authority"),
    ("Elena Petrova", "the head of the central bank"),
    ("Thomas Berg", "the opposition leader"),
    ("Aisha Rahman", "the health minister"),
    ("Jonas Lindqvist", "the mayor"),
    ("Sofia Marquez", "the chief economist at Northbank"),
    ("Peter Hall", "a senior UN official"),
];
const TOPICS: &[(&str, &str)] = &[
    ("grain exports", "tonnes of grain"),
    ("fuel prices", "litres of diesel"),
    ("hospital waiting lists", "patients"),
    ("rail freight", "containers"),
    ("housing starts", "new homes"),
    ("power outages", "households"),
    ("school enrolment", "pupils"),
    ("refugee arrivals", "people"),
];
const PLACES: &[&str] = &[
    "Odesa",
    "Gdansk",
    "Rotterdam",
    "Lagos",
    "Valencia",
    "Tampere",
    "Brno",
    "Porto",
];
const VERBS: &[&str] = &["said", "told reporters", "said on Tuesday", "added"];
const HEDGES: &[&str] = &["probably", "may", "is expected to", "could"];
const CHANGES: &[&str] = &["rose", "fell", "climbed", "dropped"];

/// One report: a headline, then paragraphs with direct and reported
/// speech, dates and figures.
fn report(n: usize) -> (String, String) {
    let mut r = Rng(n as u64 * 7919 + 17);
    let (name, role) = SPEAKERS[r.below(SPEAKERS.len())];
    let (other, other_role) = SPEAKERS[r.below(SPEAKERS.len())];
    let (topic, unit) = TOPICS[r.below(TOPICS.len())];
    let place = r.pick(PLACES);
    let month_index = r.below(12);
    let month = MONTHS[month_index];
    let day = 1 + r.below(28);
    let year = 2021 + r.below(3);
    let change = r.pick(CHANGES);
    let share = 2 + r.below(38);
    let amount = 10 + r.below(990);
    let earlier = 5 + r.below(90);
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let headline = format!("{place}: {topic} {change} {share}% in {month}");
    let mut text = format!("{headline}\n\n");
    text.push_str(&format!(
        "{topic_cap} in {place} {change} by {share} percent in {month}, {name}, {role}, said on {month} {day}, {year}.\n\n",
        topic_cap = capitalise(topic),
    ));
    text.push_str(&format!(
        "\"We handled {amount},000 {unit} last month, up from {earlier},000 a year earlier,\" {surname} {verb}. \"The figures {hedge} improve again before the winter.\"\n\n",
        verb = r.pick(VERBS),
        hedge = r.pick(HEDGES),
    ));
    if r.below(3) > 0 {
        text.push_str(&format!(
            "{other}, {other_role}, said the numbers were {tone} and that the government {hedge} revise its forecast by {revision} percent.\n\n",
            tone = r.pick(&["misleading", "encouraging", "incomplete", "no surprise"]),
            hedge = r.pick(HEDGES),
            revision = 1 + r.below(9),
        ));
    }
    if r.below(2) == 0 {
        text.push_str(&format!(
            "According to {other}, \"nobody should claim that {topic} have doubled since {prev_year}.\"\n\n",
            prev_year = year - 1,
        ));
    }
    text.push_str(&format!(
        "The next report is due on {next_month} {next_day}. Officials declined to comment on the figures for {place} before then.\n",
        next_month = MONTHS[(month_index + 1) % 12],
        next_day = 1 + r.below(28),
    ));
    let file = format!(
        "{year}-{:02}-{day:02}-{}-{n:04}.txt",
        month_index + 1,
        topic.replace(' ', "-")
    );
    (file, text)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn write_corpus(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for n in 0..DOCS {
        let (file, text) = report(n);
        std::fs::write(dir.join(file), text).unwrap_or_else(|e| panic!("writing: {e}"));
    }
}

fn ingest_command(corpus: &Path, db: &Path, batch: usize) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimtrace"));
    c.arg("ingest")
        .arg(corpus)
        .arg("--db")
        .arg(db)
        .args(["--batch", &batch.to_string(), "--quiet", "--json"])
        .env_remove("CLAIMTRACE_DB");
    c
}

/// Runs an ingest to the end and returns its JSON summary.
fn ingest(mut command: Command) -> serde_json::Value {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "ingest failed: {stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("ingest summary is not JSON ({e}): {stderr}"))
}

fn count(summary: &serde_json::Value, key: &str) -> i64 {
    summary[key]
        .as_i64()
        .unwrap_or_else(|| panic!("no {key} in {summary}"))
}

fn open(db: &Path) -> SqliteStore {
    SqliteStore::open_existing(db).unwrap_or_else(|e| panic!("{e}"))
}

fn stats(store: &SqliteStore) -> StoreStats {
    store.stats().unwrap_or_else(|e| panic!("{e}"))
}

/// What must be equal between two stores: the counts of every table.
fn counts(s: &StoreStats) -> [i64; 6] {
    [
        s.documents,
        s.revisions,
        s.statements,
        s.quotes,
        s.claims,
        s.entities,
    ]
}

/// Documents committed in the store so far; 0 while it is being created.
fn committed(db: &Path) -> i64 {
    SqliteStore::open_existing(db)
        .ok()
        .and_then(|s| s.stats().ok())
        .map_or(0, |s| s.documents)
}

#[test]
fn a_killed_ingest_rerun_gives_the_same_store_as_an_uninterrupted_one() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let corpus = tmp.path().join("news");
    write_corpus(&corpus);
    let killed_db = tmp.path().join("killed");
    let clean_db = tmp.path().join("clean");

    // 1. Start an ingest and kill -9 it once some batches are committed.
    let t = Instant::now();
    // Its messages go to a file: a pipe nobody reads could fill and stall it.
    let log_path = tmp.path().join("killed-ingest.log");
    let log = std::fs::File::create(&log_path).unwrap_or_else(|e| panic!("{e}"));
    let mut child = ingest_command(&corpus, &killed_db, BATCH)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    let finished_first = loop {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(
                status.success(),
                "the first ingest failed ({status}): {}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            );
            break true;
        }
        if committed(&killed_db) >= KILL_AFTER || t.elapsed() > RUN_LIMIT {
            // std's kill is SIGKILL on Unix: no chance to clean up.
            child
                .kill()
                .unwrap_or_else(|e| panic!("killing the ingest: {e}"));
            let _ = child.wait();
            break false;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let partial = committed(&killed_db);
    if finished_first {
        eprintln!(
            "note: the first ingest finished ({partial} documents) before it could be killed; \
             checking the rerun and the equality only"
        );
    } else {
        eprintln!(
            "killed after {:.1} s with {partial} of {DOCS} documents committed",
            t.elapsed().as_secs_f64()
        );
        // Whole batches only: the one in flight was rolled back.
        assert_eq!(partial % BATCH as i64, 0, "{partial} documents committed");
    }

    // 2. Rerun to completion: what was committed is skipped as unchanged.
    let rerun = ingest(ingest_command(&corpus, &killed_db, BATCH));
    assert_eq!(count(&rerun, "unchanged"), partial, "{rerun}");
    assert_eq!(count(&rerun, "added"), DOCS as i64 - partial, "{rerun}");
    assert_eq!(count(&rerun, "updated"), 0, "{rerun}");
    assert_eq!(count(&rerun, "rejected"), 0, "{rerun}");
    // And once more: nothing left to do.
    let again = ingest(ingest_command(&corpus, &killed_db, BATCH));
    assert_eq!(count(&again, "unchanged"), DOCS as i64, "{again}");

    // 3. An uninterrupted ingest, with the default batch size.
    let clean = ingest(ingest_command(&corpus, &clean_db, 256));
    assert_eq!(count(&clean, "added"), DOCS as i64, "{clean}");
    eprintln!(
        "uninterrupted ingest of {DOCS} documents: {:.1} s",
        clean["seconds"].as_f64().unwrap_or(0.0)
    );

    // 4. The same store: counts, then every document.
    let (resumed, clean) = (open(&killed_db), open(&clean_db));
    let (rs, cs) = (stats(&resumed), stats(&clean));
    assert_eq!(counts(&rs), counts(&cs), "resumed {rs:?}\nclean {cs:?}");
    assert_eq!(rs.documents, DOCS as i64);
    assert_eq!(rs.revisions, DOCS as i64, "a rerun made revisions");
    assert!(rs.quotes > DOCS as i64 && rs.claims > 0, "{rs:?}");
    let inputs = [corpus.display().to_string()];
    let mut seen = 0;
    for doc in claimtrace_ingest::read_inputs(&inputs, &Default::default()) {
        let doc = doc.unwrap_or_else(|e| panic!("{e}"));
        let id = &doc.meta.id;
        let stored = |store: &SqliteStore| {
            store
                .document(id)
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("{id} is missing"))
        };
        let (a, b) = (stored(&resumed), stored(&clean));
        assert_eq!((a.revision, b.revision), (1, 1), "{id}");
        assert_eq!(a.content_hash, content_hash(&doc), "{id}");
        assert_eq!(a.content_hash, b.content_hash, "{id}");
        assert_eq!(
            serde_json::to_value(&a.document).ok(),
            serde_json::to_value(&b.document).ok(),
            "{id}: analysis differs"
        );
        let statements = |store: &SqliteStore| {
            store
                .statements_in(id)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|s| (s.kind.as_str(), s.local_id, s.text, s.speaker))
                .collect::<Vec<_>>()
        };
        assert_eq!(statements(&resumed), statements(&clean), "{id}");
        seen += 1;
    }
    assert_eq!(seen, DOCS);
    eprintln!("whole test: {:.1} s", t.elapsed().as_secs_f64());
}

fn jsonl(records: &[(&str, &str, &str)]) -> String {
    records
        .iter()
        .map(|(id, date, text)| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "date": date, "text": text})
            )
        })
        .collect()
}

#[test]
fn jsonl_files_sharing_record_ids_give_separate_documents() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let inputs = tmp.path().join("addresses");
    std::fs::create_dir_all(&inputs).unwrap_or_else(|e| panic!("{e}"));
    // The same addresses in two languages, numbered alike.
    let en = jsonl(&[
        (
            "a1",
            "2022-03-13",
            "The mayor said: \"The humanitarian corridor will open at nine tomorrow morning.\"",
        ),
        (
            "a2",
            "2022-03-14",
            "\"We have evacuated 4,000 people today,\" the deputy prime minister said.",
        ),
        (
            "a3",
            "2022-03-15",
            "The governor said that the bridge was repaired within two days.",
        ),
    ]);
    let uk = jsonl(&[
        (
            "a1",
            "2022-03-13",
            "Мер заявив: «Гуманітарний коридор відкриється завтра о дев'ятій ранку».",
        ),
        (
            "a2",
            "2022-03-14",
            "«Сьогодні ми евакуювали 4000 людей», — сказала віцепрем'єрка.",
        ),
        (
            "a3",
            "2022-03-15",
            "Губернатор сказав, що міст відремонтували за два дні.",
        ),
    ]);
    std::fs::write(inputs.join("addresses_en.jsonl"), en).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(inputs.join("addresses_uk.jsonl"), uk).unwrap_or_else(|e| panic!("{e}"));
    let db = tmp.path().join("db");

    let first = ingest(ingest_command(&inputs, &db, 256));
    assert_eq!(count(&first, "added"), 6, "{first}");
    assert_eq!(count(&first, "updated"), 0, "{first}");
    {
        let store = open(&db);
        let s = stats(&store);
        assert_eq!((s.documents, s.revisions), (6, 6), "{s:?}");
        for (id, words) in [
            ("addresses_en#a1", "humanitarian corridor"),
            ("addresses_uk#a1", "Гуманітарний коридор"),
            ("addresses_en#a2", "evacuated"),
            ("addresses_uk#a2", "евакуювали"),
        ] {
            let doc = store
                .document(id)
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert_eq!(doc.revision, 1, "{id}");
            assert!(
                doc.document.text.contains(words),
                "{id}: {}",
                doc.document.text
            );
        }
    }

    // A rerun finds everything unchanged, also when the files are named
    // another way (one by one, from another working directory).
    let again = ingest(ingest_command(&inputs, &db, 256));
    assert_eq!(count(&again, "unchanged"), 6, "{again}");
    let mut elsewhere = Command::new(env!("CARGO_BIN_EXE_claimtrace"));
    elsewhere
        .current_dir(&inputs)
        .args([
            "ingest",
            "addresses_uk.jsonl",
            "addresses_en.jsonl",
            "--quiet",
            "--json",
            "--db",
        ])
        .arg(&db)
        .env_remove("CLAIMTRACE_DB");
    let moved = ingest(elsewhere);
    assert_eq!(count(&moved, "unchanged"), 6, "{moved}");
    assert_eq!(count(&moved, "added"), 0, "{moved}");
}

#[test]
fn ingest_with_a_transformer_it_cannot_load_stores_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap_or_else(|e| panic!("{e}"));
    let (file, text) = report(1);
    std::fs::write(corpus.join(file), text).unwrap_or_else(|e| panic!("writing: {e}"));
    let db = dir.path().join("db");
    let out = ingest_command(&corpus, &db, BATCH)
        .args(["--quotes", "transformer", "--model"])
        .arg(dir.path().join("no-model-here"))
        .output()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "fails without its model: {stderr}");
    let says = if cfg!(feature = "semantic") {
        "config.json"
    } else {
        "--features semantic"
    };
    assert!(stderr.contains(says), "says what is missing: {stderr}");
    assert!(
        !db.exists(),
        "no store is created for a run that cannot analyse"
    );
}
