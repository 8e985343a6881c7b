//! The seed article's document-level reading (issue "Foundation"): title,
//! standfirst, section, inferred date, language and sentences, checked
//! against `../shared/seed/expected.json`. Skips when the shared data is absent.

mod common;

use claimtrace_core::DateSource;
use common::analysed_seed;

#[test]
fn seed_metadata_matches_expected() {
    let Some((doc, expected)) = analysed_seed() else {
        return;
    };
    let want = &expected["document"];
    assert_eq!(doc.meta.title.as_deref(), want["title"].as_str(), "title");
    assert_eq!(
        doc.meta.standfirst.as_deref(),
        want["standfirst"].as_str(),
        "standfirst"
    );
    assert_eq!(
        doc.meta.section.as_deref(),
        want["section"].as_str(),
        "section"
    );
    assert_eq!(
        doc.meta.date.as_deref(),
        want["date_inferred"].as_str(),
        "date"
    );
    assert_eq!(doc.meta.date_source, DateSource::Inferred);
    assert_eq!(doc.meta.language.as_deref(), Some("en"));
}

#[test]
fn every_line_starts_a_sentence_and_quotes_split_right() {
    let Some((doc, _)) = analysed_seed() else {
        return;
    };
    let starts: Vec<usize> = doc.sentences.iter().map(|s| s.start).collect();
    let mut pos = 0;
    for line in doc.text.split('\n') {
        let lead = line.len() - line.trim_start().len();
        if !line.trim().is_empty() {
            assert!(
                starts.contains(&(pos + lead)),
                "line does not start a sentence: {line:?}"
            );
        }
        pos += line.len() + 1;
    }
    let sentences: Vec<&str> = doc
        .sentences
        .iter()
        .map(|s| &doc.text[s.start..s.end])
        .collect();
    for s in &sentences {
        assert!(!s.ends_with("U.S."), "broken at U.S.: {s:?}");
        assert!(
            !s.ends_with("Moscow.") && !s.ends_with("Kremlin."),
            "broken inside a title: {s:?}"
        );
    }
    assert!(
        sentences.iter().any(|s| s.ends_with("Well, let's see.")),
        "a sentence ends inside the quotation"
    );
    assert!(
        sentences.iter().any(|s| s.starts_with("We have it,\"")
            && s.ends_with("said the president of the aggressor country.")),
        "the closing mark and attribution stay with the quote's last sentence"
    );
}
