//! Quotes read in a news article and traced through the store to the
//! occasion they were said at: a stock formula of official readouts, said
//! on many occasions over the years, traces to the readout of the days
//! before the article, not to the first readout that used the words. Every
//! document here is written for the test.

use claimtrace_trace::{trace, TraceOptions, TraceQuery};
use support::{ask, doc, origin_of, store_of};

mod support;

#[test]
fn a_stock_formula_traces_to_the_readout_of_the_days_before() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut docs = Vec::new();
    for (i, (date, partner)) in [
        ("2016-03-07", "the President of Egypt"),
        ("2018-03-05", "the Prime Minister of Israel"),
        ("2019-12-11", "the President of Finland"),
        ("2020-06-01", "the President of Brazil"),
        ("2021-11-29", "the Chancellor of Austria"),
    ]
    .into_iter()
    .enumerate()
    {
        docs.push(doc(
            &format!("readout-{i}"),
            date,
            &format!("Telephone conversation with {partner}"),
            &format!(
                "The President had a telephone conversation with {partner}.\n\
                 They discussed trade, energy supplies and regional security.\n\
                 The presidents agreed to continue contacts at various levels."
            ),
        ));
    }
    docs.push(doc(
        "briefing-2022-02-12",
        "2022-02-12",
        "Briefing by the presidential aide following a telephone conversation",
        "The conversation lasted more than an hour and was businesslike.\n\
         The aide said hysteria over an invasion had been pumped up for weeks.\n\
         Building on the wish for relations based on mutual respect, the presidents agreed to continue contacts on various levels on all the issues discussed during the conversation today.",
    ));
    docs.push(doc(
        "news-2022-02-12",
        "2022-02-12",
        "Leaders talk for an hour as tension grows",
        "The two leaders spoke by telephone for more than an hour on Saturday.\n\
         The presidential aide told reporters that \"the presidents have agreed to continue contacts at all levels\".\n\
         Officials in Washington gave no details.",
    ));
    let store = store_of(dir.path(), docs);
    let r = ask(
        &store,
        "news-2022-02-12",
        "2022-02-12",
        "the presidential aide",
        "the presidents have agreed to continue contacts at all levels",
    );
    assert_eq!(origin_of(&r), Some("briefing-2022-02-12"), "{r:#?}");
    // Without the readout of that day, the formula's versions remain: the
    // trace still finds one (nothing says the first readout is wrong then).
    let r = trace(
        &store,
        &TraceQuery {
            text: "the presidents agreed to continue contacts at various levels".into(),
            ..Default::default()
        },
        &TraceOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        origin_of(&r).is_some_and(|o| o.starts_with("readout-")),
        "{r:#?}"
    );
}
