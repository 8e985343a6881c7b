//! A record's `speaker` field makes its first-person text that speaker's
//! statements: in a store of the Zelensky addresses (English records whose
//! `speaker` is "Володимир Зеленський"), `search --speaker Zelensky` finds
//! them. Reads ../shared/corpora (skipped when missing, failed when
//! CLAIMTRACE_REQUIRE_SHARED is set).

use std::path::Path;

use claimtrace_store::{plan_batch, CorpusStore, SearchKind, SearchQuery, SqliteStore};

const ADDRESSES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpora/uk_en_zelensky_addresses_resistinua/messages_en.jsonl"
);

fn addresses() -> Option<&'static Path> {
    let p = Path::new(ADDRESSES);
    if p.is_file() {
        return Some(p);
    }
    assert!(
        std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
        "{ADDRESSES} is missing"
    );
    eprintln!("note: {ADDRESSES} not found; document speaker tests skipped");
    None
}

#[test]
fn search_by_speaker_finds_the_addresses_of_the_records_speaker() {
    let Some(path) = addresses() else { return };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut store = SqliteStore::open(&dir.path().join("store")).unwrap_or_else(|e| panic!("{e}"));
    let pipeline = claimtrace_pipeline::default_pipeline();
    let docs: Vec<_> = claimtrace_ingest::read_inputs(
        &[path.display().to_string()],
        &claimtrace_ingest::ReadOptions::default(),
    )
    .filter_map(Result::ok)
    .collect();
    assert!(docs.len() > 300, "only {} records read", docs.len());
    let (mut todo, _) = plan_batch(&store, docs).unwrap_or_else(|e| panic!("{e}"));
    let mut zelensky_records = 0;
    let mut zelensky_quoted = 0;
    for (d, _) in &mut todo {
        pipeline.run(d);
        let speaks = d
            .meta
            .extra
            .get("speaker")
            .is_some_and(|s| s.to_string().contains("Зеленський"));
        // Addresses with a text, not a title repeated.
        if speaks && d.text.len() > 1500 {
            zelensky_records += 1;
            if d.quotes.iter().any(|q| {
                q.speaker
                    .name
                    .as_deref()
                    .is_some_and(|n| n.contains("Zelensk"))
            }) {
                zelensky_quoted += 1;
            }
        }
    }
    store.put_batch(&todo).unwrap_or_else(|e| panic!("{e}"));
    assert!(zelensky_records > 50, "{zelensky_records} long addresses");
    assert!(
        zelensky_quoted * 10 >= zelensky_records * 9,
        "{zelensky_quoted} of {zelensky_records} addresses have Zelensky quoted"
    );
    let hits = store
        .search(&SearchQuery {
            text: "Ukraine".into(),
            kind: Some(SearchKind::Quote),
            speaker: Some("Zelensky".into()),
            limit: 20,
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(hits.len() >= 10, "{hits:#?}");
    assert!(
        hits.iter().all(|h| h
            .speaker
            .as_deref()
            .is_some_and(|s| s.contains("Zelenskyi"))),
        "{hits:#?}"
    );
}
