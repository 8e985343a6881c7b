//! Tracing real quotes through a store of real corpora: the Kremlin
//! transcripts of mid-2017 to 2018 (the "one people" and Nord Stream
//! sayings are there), the 2022 Kremlin releases and the GDELT news that
//! quote them. The texts are read from ../shared; without it the test is
//! skipped, unless CLAIMTRACE_REQUIRE_SHARED is set (as CI sets it), when
//! it fails.

use std::io::Write;
use std::path::Path;

use claimtrace_store::{plan_batch, CorpusStore, SqliteStore};
use claimtrace_trace::{trace, DifferenceType, TraceOptions, TraceQuery, TraceResult};

const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora");

fn corpora() -> Option<&'static Path> {
    let p = Path::new(CORPORA);
    if p.join("kremlin_en/kremlin_en.jsonl").is_file() {
        return Some(p);
    }
    assert!(
        std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
        "{CORPORA} is missing"
    );
    eprintln!("note: {CORPORA} not found; real trace tests skipped");
    None
}

/// Kremlin records of one period, written to `dir/kremlin_en.jsonl` (so
/// their ids are `kremlin_en#ID`, as in a store of the whole file).
fn kremlin_subset(corpora: &Path, dir: &Path, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(corpora.join("kremlin_en/kremlin_en.jsonl"))
        .unwrap_or_else(|e| panic!("reading kremlin_en.jsonl: {e}"));
    let out = dir.join("kremlin_en.jsonl");
    let mut f = std::fs::File::create(&out).unwrap_or_else(|e| panic!("{e}"));
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let date = v.get("date").and_then(|d| d.as_str()).unwrap_or("");
        if date >= from && date <= to {
            writeln!(f, "{line}").unwrap_or_else(|e| panic!("{e}"));
        }
    }
    out.display().to_string()
}

fn build_store(dir: &Path, inputs: &[String]) -> SqliteStore {
    let mut store = SqliteStore::open(&dir.join("store")).unwrap_or_else(|e| panic!("{e}"));
    let pipeline = claimtrace_pipeline::default_pipeline();
    let opts = claimtrace_ingest::ReadOptions::default();
    let docs: Vec<_> = claimtrace_ingest::read_inputs(inputs, &opts)
        .filter_map(Result::ok)
        .collect();
    for chunk in docs.chunks(256) {
        let (mut todo, _) = plan_batch(&store, chunk.to_vec()).unwrap_or_else(|e| panic!("{e}"));
        for (d, _) in &mut todo {
            pipeline.run(d);
        }
        store.put_batch(&todo).unwrap_or_else(|e| panic!("{e}"));
    }
    store
}

fn ask(store: &SqliteStore, text: &str, speaker: Option<&str>) -> TraceResult {
    trace(
        store,
        &TraceQuery {
            text: text.into(),
            speaker: speaker.map(str::to_string),
            ..Default::default()
        },
        &TraceOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn kinds(r: &TraceResult) -> Vec<DifferenceType> {
    r.chain
        .iter()
        .flat_map(|h| h.differences.iter().map(|d| d.kind))
        .collect()
}

#[test]
fn kremlin_sayings_trace_to_where_they_were_said() {
    let Some(corpora) = corpora() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kremlin = kremlin_subset(corpora, dir.path(), "2017-06-01", "2018-12-31");
    let store = build_store(dir.path(), &[kremlin]);

    // "practically one people" (Direct Line, 2018-06-07) lost its hedge.
    let r = ask(
        &store,
        "I consider Ukrainians and Russians to be one people",
        None,
    );
    let origin = r
        .origin
        .as_ref()
        .map(|o| (o.doc_id.as_str(), o.date.as_deref()));
    assert_eq!(
        origin,
        Some(("kremlin_en#57692", Some("2018-06-07"))),
        "{r:#?}"
    );
    let hedges: Vec<&str> = r
        .chain
        .iter()
        .flat_map(|h| &h.differences)
        .filter(|d| d.kind == DifferenceType::HedgeDropped)
        .map(|d| d.detail.as_str())
        .collect();
    assert!(
        hedges.iter().any(|d| d.contains("practically")),
        "{hedges:?}"
    );

    // "one" is not a number that changed.
    let r = ask(
        &store,
        "Ukrainians and Russians are one people",
        Some("Putin"),
    );
    assert!(
        !kinds(&r).contains(&DifferenceType::NumberChanged),
        "{:?}",
        kinds(&r)
    );
    assert_eq!(
        r.origin.as_ref().map(|o| o.doc_id.as_str()),
        Some("kremlin_en#57692")
    );

    // A paraphrase's "no" is not a flipped negation.
    let r = ask(
        &store,
        "Nord Stream 2 is simply a business venture with no politics involved",
        None,
    );
    assert!(
        !kinds(&r).contains(&DifferenceType::NegationFlipped),
        "{:?}",
        kinds(&r)
    );
}

#[test]
fn a_warning_quoted_in_the_news_traces_to_the_address() {
    let Some(corpora) = corpora() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let inputs = [
        corpora
            .join("war_press_releases_2022/putin.csv")
            .display()
            .to_string(),
        corpora
            .join("gdelt_ukraine_war_en/data/articles")
            .display()
            .to_string(),
    ];
    let store = build_store(dir.path(), &inputs);
    let r = ask(
        &store,
        "the consequences will be such as you have never seen in your entire history",
        None,
    );
    let origin = r.origin.as_ref().unwrap_or_else(|| panic!("{r:#?}"));
    assert!(
        origin.doc_id.ends_with("putin.csv#397"),
        "{}",
        origin.doc_id
    );
    assert_eq!(origin.date.as_deref(), Some("2022-02-24"));
    // "No matter who tries" negates nothing.
    assert!(
        !kinds(&r).contains(&DifferenceType::NegationFlipped),
        "{:?}",
        kinds(&r)
    );
}
