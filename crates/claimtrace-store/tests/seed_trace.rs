//! The seed scenario end to end: an older briefing where a spokesperson
//! said cluster munitions would "potentially" be a war crime, a later
//! official who says the US administration itself called it a crime, and
//! the seed article where Putin repeats it. Tracing Putin's words must lead
//! back to the spokesperson, with the hedge dropped and the speaker widened
//! on the way. The two earlier documents are written for this test; the
//! seed is read from ../shared and the test is skipped without it.

use claimtrace_core::{Document, Metadata};
use claimtrace_store::SqliteStore;
use claimtrace_trace::{trace, DifferenceType, TraceOptions, TraceQuery, TraceResult};
use support::store_of;

mod support;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/cluster-munitions-2023-07-16.txt"
);

const BRIEFING: &str = "White House: cluster bomb reports would be a matter for investigators
White House press secretary Jen Psaki said on Monday that the use of cluster munitions against civilians, if confirmed, would potentially be a war crime.
\"We have seen the reports. If that were true, it would potentially be a war crime,\" Psaki told reporters at the daily briefing.
She added that the United States would rely on international organisations to assess the evidence.";

const MINISTRY: &str = "Zakharova recalls Washington's words on cluster munitions
Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the planned deliveries contradicted Washington's own words.
\"Last year the use of cluster munitions was called a war crime by the US administration itself,\" Zakharova told a briefing in Moscow.
The ministry did not say which statement she meant.";

/// Another wording of the ministry's statement, a week before the seed,
/// and documents on the same subject that repeat nobody.
const MINISTRY_REPORTED: &str = "Moscow accuses Washington of double standards on cluster bombs
Russian Foreign Ministry spokeswoman Maria Zakharova on Saturday accused the United States of hypocrisy over its decision to send cluster munitions to Kyiv.
According to Zakharova, the use of cluster munitions was called a war crime by the US administration itself only last year.
\"Now they are sending them to Ukraine,\" she said.";

const DISTRACTORS: &[(&str, &str, &str)] = &[
    (
        "treaty-2023-07-07",
        "2023-07-07",
        "Human rights groups urged the administration not to send cluster munitions, which are banned by a 2008 convention signed by more than 100 countries.
\"Cluster munitions kill civilians long after a war ends,\" the group's director said.",
    ),
    (
        "pentagon-2023-07-07",
        "2023-07-07",
        "The Pentagon said the munitions it would send had a lower failure rate than those Russia has used.
\"We recognise that cluster munitions create a risk of civilian harm,\" a spokesman told reporters.",
    ),
];

/// The trace of bare words, and the documents of its chain.
fn trace_words(store: &SqliteStore, words: &str) -> (TraceResult, Vec<String>) {
    let r = trace(
        store,
        &TraceQuery {
            text: words.into(),
            ..Default::default()
        },
        &TraceOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let chain = r.chain.iter().filter_map(|h| h.doc_id.clone()).collect();
    (r, chain)
}

/// Every difference type on the chain.
fn difference_kinds(r: &TraceResult) -> Vec<DifferenceType> {
    r.chain
        .iter()
        .flat_map(|h| h.differences.iter().map(|d| d.kind))
        .collect()
}

fn doc(id: &str, date: &str, source: &str, text: &str) -> Document {
    Document::new(
        text,
        Metadata {
            id: id.into(),
            date: Some(date.into()),
            source: Some(source.into()),
            ..Default::default()
        },
    )
}

#[test]
fn putins_words_trace_back_to_the_spokesperson() {
    let Ok(seed_text) = std::fs::read_to_string(SEED) else {
        eprintln!("note: {SEED} not found; seed trace test skipped");
        return;
    };
    let docs = vec![
        doc("briefing-2022-02-28", "2022-02-28", "Wire report", BRIEFING),
        doc("ministry-2023-07-12", "2023-07-12", "Wire report", MINISTRY),
        doc("seed-2023-07-16", "2023-07-16", "News site", &seed_text),
    ];
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let store = store_of(dir.path(), docs);

    let words =
        "when the use of cluster munitions was called a crime by the US administration itself";
    let (r, chain) = trace_words(&store, words);
    assert_eq!(
        chain,
        vec![
            "briefing-2022-02-28",
            "ministry-2023-07-12",
            "seed-2023-07-16"
        ],
        "{r:#?}"
    );
    let origin = r.origin.as_ref().map(|o| o.doc_id.as_str());
    assert_eq!(origin, Some("briefing-2022-02-28"));
    let all = difference_kinds(&r);
    assert!(all.contains(&DifferenceType::HedgeDropped), "{all:?}");
    assert!(all.contains(&DifferenceType::SpeakerWidened), "{all:?}");
    assert!(r.chain[0].differences.is_empty());
    let origin_speaker = r.origin.and_then(|o| o.speaker).unwrap_or_default();
    assert!(origin_speaker.contains("Psaki"), "{origin_speaker}");
}

/// The full quote as the seed prints it (a long sentence that holds the
/// ministry's words among others) traces through the ministry to the
/// briefing, with a ministry statement worded unlike the quote's.
#[test]
fn the_full_printed_quote_traces_through_the_ministry() {
    let Ok(seed_text) = std::fs::read_to_string(SEED) else {
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "{SEED} is missing"
        );
        eprintln!("note: {SEED} not found; seed trace test skipped");
        return;
    };
    let mut docs = vec![
        doc("briefing-2022-02-28", "2022-02-28", "Wire report", BRIEFING),
        doc(
            "ministry-2023-07-08",
            "2023-07-08",
            "Agency",
            MINISTRY_REPORTED,
        ),
        doc("seed-2023-07-16", "2023-07-16", "News site", &seed_text),
    ];
    for (id, date, text) in DISTRACTORS {
        docs.push(doc(id, date, "Newspaper", text));
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let store = store_of(dir.path(), docs);

    let quote = "As for cluster munitions, the U.S. administration itself gave an assessment of \
these munitions through the mouths of its employees some time ago, when the use of cluster \
munitions was called a crime by the US administration itself.";
    let (r, chain) = trace_words(&store, quote);
    assert_eq!(
        chain,
        vec![
            "briefing-2022-02-28",
            "ministry-2023-07-08",
            "seed-2023-07-16"
        ],
        "{r:#?}"
    );
    let all = difference_kinds(&r);
    assert!(all.contains(&DifferenceType::HedgeDropped), "{all:?}");
    assert!(all.contains(&DifferenceType::SpeakerWidened), "{all:?}");
    // "a war crime" became "a crime" on the last hop: named, with the word.
    let last = r.chain.last().unwrap_or_else(|| panic!("{r:#?}"));
    assert!(
        last.differences
            .iter()
            .any(|d| d.kind == DifferenceType::WordsDropped && d.detail.contains("\"war\"")),
        "{:#?}",
        last.differences
    );
    assert!(r.confidence > 0.4, "{}", r.confidence);
}
