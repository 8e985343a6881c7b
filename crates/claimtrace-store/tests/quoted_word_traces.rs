//! A paraphrase that quotes a few of the speaker's words, traced through
//! the store to the speech it reports: the quoted words are there word for
//! word, and the paraphrase's other words around them, while another
//! speaker's turn and the speaker's own speech of two years before hold the
//! same words too. Every document here is written for the test (the
//! guards themselves are unit-tested in `claimtrace_trace::quoted_words`).

use claimtrace_core::Document;
use support::{ask, doc, origin_of, store_of};

mod support;

const PARAPHRASE: &str = "Marchuk urged the neighbours to make the blockading fleet pay \
     “a heavy and lasting price” and to shut their harbours to its tankers, \
     refusing its diesel and its grain.";

fn corpus() -> Vec<Document> {
    vec![
        // The speech the article reports, two days before it. The title
        // names the office, not the minister.
        doc(
            "speech-2023-05-10",
            "2023-05-10",
            "Address by the Minister of Maritime Affairs to the Baltic Assembly",
            "Dear members of the Assembly, thank you for this invitation.\n\
             For ninety days our coast has been closed by a blockading fleet.\n\
             Forty merchant vessels are stuck in our harbours with their crews.\n\
             Whoever closes the sea must pay a heavy and lasting price for it.\n\
             No tanker of the blockading state should enter the harbours of free nations.\n\
             Every barrel of its diesel you buy pays for the next mine in our waters.\n\
             Every ton of its grain on your markets is grain taken from our farmers.\n\
             We count on you. Thank you.",
        ),
        // The same words from someone else: a turn of another speaker.
        doc(
            "forum-2023-05-09",
            "2023-05-09",
            "Maritime Security Forum",
            "Pavel Drozd: Colleagues, shipping insurers will pay a heavy and lasting price \
             for every blockade, and so will the harbours that depend on them.\n\
             Pavel Drozd: Tankers and grain carriers are already changing their routes.",
        ),
        // The news article that reports the speech.
        doc(
            "news-2023-05-12",
            "2023-05-12",
            "Minister asks neighbours to close harbours",
            &format!(
                "Olena Marchuk, the maritime affairs minister, spoke to the Baltic Assembly on Wednesday.\n{PARAPHRASE}\n\
                 Several delegations applauded."
            ),
        ),
        // The minister's own words, two years before, about something else.
        doc(
            "speech-2021-03-02",
            "2021-03-02",
            "Minister Olena Marchuk opens the fisheries season",
            "The fisheries season opens today on the whole coast.\n\
             Overfishing has cost our villages a heavy and lasting price in the past.\n\
             This year the quotas are set by the scientists.",
        ),
    ]
}

#[test]
fn a_paraphrase_traces_to_the_speech_through_its_quoted_words() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = store_of(dir.path(), corpus());
    let r = ask(
        &store,
        "news-2023-05-12",
        "2023-05-12",
        "Olena Marchuk",
        PARAPHRASE,
    );
    assert_eq!(origin_of(&r), Some("speech-2023-05-10"), "{r:#?}");
}
