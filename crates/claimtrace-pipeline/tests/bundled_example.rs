//! The bundled example (examples/grain-exports-2024-05-14.txt) through
//! the default pipeline: its attribution chain and hedges.

use claimtrace_core::Document;

fn analysed_example() -> Document {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/grain-exports-2024-05-14.txt"
    );
    let mut docs = claimtrace_ingest::read_inputs(&[path.to_string()], &Default::default());
    let mut doc = match docs.next() {
        Some(Ok(d)) => d,
        other => panic!("the bundled example could not be read: {other:?}"),
    };
    claimtrace_pipeline::default_pipeline().run(&mut doc);
    doc
}

#[test]
fn the_chain_runs_from_the_minister_to_her_deputy_to_the_port_authority() {
    let doc = analysed_example();
    let edges: Vec<(&str, &str, Option<&str>, Vec<&str>)> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.speaker.name.as_str(),
                a.source.name.as_str(),
                a.cue.as_ref().map(|c| c.text.as_str()),
                a.hedges.iter().map(|h| h.text.as_str()).collect(),
            )
        })
        .collect();
    let first = edges
        .iter()
        .find(|e| e.0.contains("Marchenko"))
        .unwrap_or_else(|| panic!("no edge from Marchenko: {edges:?}"));
    assert_eq!(first.1, "Taras Hnatiuk", "{edges:?}");
    assert!(first.3.is_empty(), "{edges:?}");
    let second = edges
        .iter()
        .find(|e| e.0 == "Taras Hnatiuk")
        .unwrap_or_else(|| panic!("no edge from Hnatiuk: {edges:?}"));
    assert_eq!(second.1, "the port authority", "{edges:?}");
    assert_eq!(second.3, ["reportedly"], "{edges:?}");
}

#[test]
fn a_quote_with_a_hedge_in_its_frame_carries_it() {
    let doc = analysed_example();
    let cited = doc
        .quotes
        .iter()
        .find(|q| q.text.contains("internal estimate"))
        .unwrap_or_else(|| panic!("{:#?}", doc.quotes));
    assert_eq!(cited.speaker.name.as_deref(), Some("Taras Hnatiuk"));
    assert!(
        cited.hedges.iter().any(|h| h.text == "reportedly"),
        "{cited:#?}"
    );
    // Every hedge inside a quote's frame (between its speaker and its
    // content, in one sentence) is carried by that quote.
    for h in &doc.hedges {
        for q in &doc.quotes {
            let (Some(ss), Some(cue)) = (q.speaker.start, q.cue.as_ref()) else {
                continue;
            };
            let (lo, hi) = (ss.min(cue.start), q.start.max(cue.end));
            let framed = lo <= h.start
                && h.end <= hi
                && doc.text.get(lo..hi).is_some_and(|t| !t.contains('\n'));
            if framed {
                assert!(
                    q.hedges.iter().any(|x| x.start == h.start),
                    "{h:?} is in the frame of {q:#?}"
                );
            }
        }
    }
}
