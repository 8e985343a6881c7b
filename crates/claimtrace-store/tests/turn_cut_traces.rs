//! A repetition that cuts the end of a sentence said in a transcript turn
//! ("..., but the tensions are very high") is traced as truncated, also
//! where the sentence holds a report nested in the turn ("I heard the
//! minister's words and I see ..."). The transcript is printed as one line,
//! as the corpora's press-release records are. Documents written for the
//! test. (Whether the tagger ends a nested report before ", but" varies;
//! the rule that keeps such a report from standing for the sentence is
//! unit-tested in `claimtrace_trace::statement`.)

use claimtrace_core::Document;
use support::{ask, doc, origin_of, store_of};

mod support;

const REPEATED: &str =
    "I heard the minister's words and I see his willingness to reopen the crossing";

fn corpus() -> Vec<Document> {
    vec![
        doc(
            "talks-2023-04-02",
            "2023-04-02",
            "Talks with the Minister of Transport of the neighbouring republic",
            "The talks were held in the capital. * * * President of the Republic Anna Koval: \
             Minister, welcome. We have a great deal to discuss today. Minister of Transport \
             Pavel Drozd: Thank you, Madam President. The crossing has been closed for a year. \
             President of the Republic Anna Koval: Therefore, it is obvious that neither side \
             can accept all the demands at once, as I have already said. This is further \
             aggravated by the daily news about the queues. I heard the minister's words and I \
             see his willingness to reopen the crossing, but the tensions are very high. We will \
             decide on the date next week.",
        ),
        doc(
            "news-2023-04-03",
            "2023-04-03",
            "Crossing may reopen",
            &format!(
                "The president spoke after the talks on Sunday.\n\
                 \"{REPEATED},\" President Anna Koval said.\n\
                 Hauliers welcomed the remarks."
            ),
        ),
    ]
}

#[test]
fn a_repetition_that_cuts_a_sentence_of_a_turn_is_truncated() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = store_of(dir.path(), corpus());
    let r = ask(
        &store,
        "news-2023-04-03",
        "2023-04-03",
        "Anna Koval",
        REPEATED,
    );
    assert_eq!(origin_of(&r), Some("talks-2023-04-02"), "{r:#?}");
    let last = r.chain.last().unwrap_or_else(|| panic!("no chain: {r:#?}"));
    assert!(
        last.differences
            .iter()
            .any(|d| d.kind == claimtrace_trace::DifferenceType::Truncated),
        "{:#?}",
        last.differences
    );
}
