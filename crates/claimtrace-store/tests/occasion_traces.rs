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

/// The words pasted alone (no article), given to the president on `date`.
fn pasted_by_petrenko(
    store: &claimtrace_store::SqliteStore,
    date: &str,
    text: &str,
) -> claimtrace_trace::TraceResult {
    trace(
        store,
        &TraceQuery {
            text: text.into(),
            speaker: Some("Ivan Petrenko".into()),
            date: Some(date.into()),
            ..Default::default()
        },
        &TraceOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// The meeting the article reports: the president's opening remarks, in
/// the official translation.
fn governors_meeting() -> claimtrace_core::Document {
    doc(
        "meeting-2023-03-14",
        "2023-03-14",
        "Meeting with regional governors",
        "Ivan Petrenko: Good afternoon, colleagues.\n\n\
         Ivan Petrenko: Today we will discuss the regional budgets, the roads and the schools. \
         We will complete the construction of the northern railway by the end of next year, whatever the difficulties. \
         The regions have received the funds they asked for in the autumn. \
         As for the rise in state pensions, it is evident that we had no other option, and that the decision taken in January was correct. \
         The harvest was good last year, and the grain reserves are sufficient. \
         I ask the governors to report on the repair of school buildings by the summer. \
         Let us begin with the situation in the northern regions.\n\n\
         Anna Lis: Thank you. The old bridges of my region will all be rebuilt before the floods of next spring.",
    )
}

/// A report of the meeting the day after, with its own English for one
/// remark (few of the official words) beside a remark quoted word for
/// word.
fn article_on_the_meeting() -> claimtrace_core::Document {
    doc(
        "news-2023-03-15",
        "2023-03-15",
        "President promises railway on time",
        "President Ivan Petrenko told regional governors on Tuesday that the northern railway would be finished on time.\n\n\
         \"We will complete the construction of the northern railway by the end of next year, whatever the difficulties,\" Petrenko said.\n\n\
         Turning to the increase in state pensions, Petrenko added: \"Clearly, we had no choice. The decision was the right one.\"\n\n\
         He also said: \"Our national team will bring home more medals than ever before.\"\n\n\
         Petrenko also promised: \"Each ruined crossing in the region gets rebuilt before the high water.\"\n\n\
         Critics said the budget could not bear the cost.",
    )
}

#[test]
fn another_translation_traces_to_the_occasion_its_neighbours_come_from() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = store_of(
        dir.path(),
        vec![governors_meeting(), article_on_the_meeting()],
    );
    let remark = "Obviously, we had no alternative. That step was the right one.";
    // Read in the article, the remark's neighbour quotes the meeting word
    // for word: the meeting is the occasion, and the remark traces to the
    // sentence of it that says the same in other words.
    let r = ask(
        &store,
        "news-2023-03-15",
        "2023-03-15",
        "Ivan Petrenko",
        remark,
    );
    assert_eq!(origin_of(&r), Some("meeting-2023-03-14"), "{r:#?}");
    let origin = r.origin.as_ref().map(|o| o.text.as_str()).unwrap_or("");
    assert!(origin.contains("no other option"), "{origin}");
    // Pasted alone, in a store without the article, the same words share
    // too little with the meeting for a trace.
    let other_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let meeting_only = store_of(other_dir.path(), vec![governors_meeting()]);
    let alone = pasted_by_petrenko(&meeting_only, "2023-03-15", remark);
    assert_eq!(origin_of(&alone), None, "{alone:#?}");
    // A remark of the same article that the meeting does not hold has no
    // origin, occasion or not.
    let r = ask(
        &store,
        "news-2023-03-15",
        "2023-03-15",
        "Ivan Petrenko",
        "Our national team will bring home more medals than ever before.",
    );
    assert_eq!(origin_of(&r), None, "{r:#?}");
    // The occasion vouches for the words, not for who said them: what a
    // governor said at the meeting is not the president's.
    let r = ask(
        &store,
        "news-2023-03-15",
        "2023-03-15",
        "Ivan Petrenko",
        "Each ruined crossing in the region gets rebuilt before the high water.",
    );
    assert_eq!(origin_of(&r), None, "{r:#?}");
}

/// A council meeting where the president warns of a quick answer to any
/// interference, in the official translation.
fn council_meeting(id: &str, date: &str, agenda: &str) -> claimtrace_core::Document {
    doc(
        id,
        date,
        "Meeting with the council of legislators",
        &format!("Ivan Petrenko: Good afternoon, colleagues.\n\n\
         Ivan Petrenko: We will discuss {agenda}. \
         Should anyone try to interfere from outside and threaten the country, our answer will be lightning quick. \
         We have the instruments we need for this, and nobody else can boast of such instruments today. \
         The new laws must be passed before the summer recess."),
    )
}

/// The meeting of 27 April the article reports.
fn the_council() -> claimtrace_core::Document {
    council_meeting(
        "council-2023-04-27",
        "2023-04-27",
        "the budget of the coming year",
    )
}

/// A report that quotes two words of the warning beside its own English
/// for the sentence after it.
fn article_on_the_council() -> claimtrace_core::Document {
    doc(
        "news-2023-04-28",
        "2023-04-28",
        "President warns of quick answer",
        "The day before, Ivan Petrenko warned of a \"lightning quick\" response to any western meddling, adding: \"We have all the arms we need for it.\"\n\n\
         Critics in parliament said the warning was meant for a home audience.",
    )
}

#[test]
fn a_few_quoted_words_beside_the_quote_point_to_its_occasion() {
    let remark = "We have all the arms we need for it.";
    // The remark as read in the article.
    let ask_remark = |store: &claimtrace_store::SqliteStore| {
        ask(
            store,
            "news-2023-04-28",
            "2023-04-28",
            "Ivan Petrenko",
            remark,
        )
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = store_of(dir.path(), vec![the_council(), article_on_the_council()]);
    // The two words the article quotes beside the remark are said, word
    // for word, at one meeting of the week before: the remark traces to
    // the sentence of that meeting that says the same.
    let r = ask_remark(&store);
    assert_eq!(origin_of(&r), Some("council-2023-04-27"), "{r:#?}");
    let origin = r.origin.as_ref().map(|o| o.text.as_str()).unwrap_or("");
    assert!(origin.contains("instruments we need"), "{origin}");
    // Pasted alone, in a store without the article, the remark shares too
    // little with the meeting for a trace.
    let other_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let meeting_only = store_of(other_dir.path(), vec![the_council()]);
    let alone = pasted_by_petrenko(&meeting_only, "2023-04-28", remark);
    assert_eq!(origin_of(&alone), None, "{alone:#?}");

    // Another meeting of that week said the same words: the few quoted
    // words no longer tell which one the article reports, and no occasion
    // is assumed.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = store_of(
        dir.path(),
        vec![
            the_council(),
            doc(
                "defence-2023-04-25",
                "2023-04-25",
                "Meeting with defence industry executives",
                "Ivan Petrenko: Good morning. The plants have fulfilled the state order for the year, \
                 and the wages of their workers have risen by a tenth. \
                 Should anyone try to interfere from outside, our answer will be lightning quick. \
                 I thank the engineers of the northern shipyards for their work.",
            ),
            article_on_the_council(),
        ],
    );
    let r = ask_remark(&store);
    assert_eq!(origin_of(&r), None, "{r:#?}");
}
