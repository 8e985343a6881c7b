//! Readers on the real files in ../shared (skipped, with a note, when the
//! shared data is absent).

use std::path::PathBuf;

use claimtrace_core::{DateSource, Document};
use claimtrace_ingest::{read_inputs, ReadOptions};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn shared(relative: &str) -> Option<PathBuf> {
    let path = PathBuf::from(SHARED).join(relative);
    if path.exists() {
        Some(path)
    } else {
        // CI sets CLAIMTRACE_REQUIRE_SHARED: there a missing file fails
        // the test instead of letting it pass unchecked.
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "{} is missing and CLAIMTRACE_REQUIRE_SHARED is set",
            path.display()
        );
        eprintln!("note: {} absent: test skipped", path.display());
        None
    }
}

fn read(path: &std::path::Path) -> (Vec<Document>, Vec<String>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in read_inputs(
        &[path.to_string_lossy().into_owned()],
        &ReadOptions::default(),
    ) {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (docs, errors)
}

#[test]
fn seed_plain_text_layout() {
    let Some(path) = shared("seed/cluster-munitions-2023-07-16.txt") else {
        return;
    };
    let (docs, errors) = read(&path);
    assert!(errors.is_empty(), "{errors:?}");
    let doc = &docs[0];
    let exact = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(doc.text, exact, "text must be the exact file text");
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Cluster munitions for Ukraine: Putin threatens 'equivalent steps'")
    );
    assert_eq!(
        doc.meta.standfirst.as_deref(),
        Some("Russian President Vladimir Putin has commented on the provision of US cluster munitions to Ukraine")
    );
    assert_eq!(doc.meta.section.as_deref(), Some("News"));
    assert!(doc.meta.id.ends_with("cluster-munitions-2023-07-16.txt"));
    // The file name's date is not at its start: the date is left to inference.
    assert_eq!(doc.meta.date_source, DateSource::None);
}

#[test]
fn bbc_titles_on_line_one() {
    let Some(dir) = shared("corpora/bbc_news_2225/bbc/politics") else {
        return;
    };
    let (docs, errors) = read(&dir);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 417);
    for doc in &docs {
        let first_line = doc.text.lines().next().unwrap_or("").trim();
        assert_eq!(
            doc.meta.title.as_deref(),
            Some(first_line),
            "{}",
            doc.meta.id
        );
    }
}

#[test]
fn kremlin_jsonl_metadata() {
    let Some(path) = shared("corpora/kremlin_en/kremlin_en.jsonl") else {
        return;
    };
    let (mut n, mut dated) = (0, 0);
    for item in read_inputs(
        &[path.to_string_lossy().into_owned()],
        &ReadOptions::default(),
    )
    .take(500)
    {
        let doc = item.unwrap_or_else(|e| panic!("{e}"));
        assert!(doc
            .meta
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("http")));
        // Some records have `"date": null`.
        if let Some(date) = &doc.meta.date {
            assert_eq!(doc.meta.date_source, DateSource::Metadata);
            assert_eq!(date.len(), 10);
            dated += 1;
        }
        assert!(doc.meta.extra.contains_key("time"));
        n += 1;
    }
    assert_eq!(n, 500);
    assert!(dated > 450, "{dated} of 500 dated");
}

#[test]
fn press_release_csv() {
    let Some(path) = shared("corpora/war_press_releases_2022/putin.csv") else {
        return;
    };
    let (docs, errors) = read(&path);
    assert!(docs.len() >= 800, "{} docs, {errors:?}", docs.len());
    let doc = &docs[0];
    assert_eq!(doc.meta.title.as_deref(), Some("BRICS+ meeting"));
    assert_eq!(doc.meta.date.as_deref(), Some("2022-06-24"));
    assert!(doc
        .meta
        .url
        .as_deref()
        .is_some_and(|u| u.contains("kremlin.ru")));
    assert!(doc.meta.standfirst.is_some());
}

#[test]
fn feeds_rss_and_atom() {
    let Some(guardian) = shared("corpora/fixtures/feeds/test/input/guardian.rss") else {
        return;
    };
    let (docs, errors) = read(&guardian);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs.len(), 55);
    assert!(docs
        .iter()
        .all(|d| d.meta.url.is_some() && d.meta.date.is_some() && !d.text.contains("<p>")));
    let Some(heise) = shared("corpora/fixtures/feeds/test/input/heise.atom") else {
        return;
    };
    let (docs, errors) = read(&heise);
    assert!(errors.is_empty() && !docs.is_empty(), "{errors:?}");
    // The malformed latin-1 feed: recovered or a named error, no panic.
    let Some(uol) = shared("corpora/fixtures/feeds/test/input/uolNoticias.rss") else {
        return;
    };
    let (docs, errors) = read(&uol);
    assert!(!docs.is_empty() || errors.iter().all(|e| e.contains("uolNoticias.rss")));
}

#[test]
fn warc_fixtures() {
    let Some(plain) = shared("corpora/fixtures/warc/tests/data/warcfile.warc") else {
        return;
    };
    let (docs, errors) = read(&plain);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(!docs.is_empty());
    assert!(docs
        .iter()
        .all(|d| d.meta.url.as_deref().is_some_and(|u| u.starts_with("http"))));
    assert!(docs.iter().all(|d| !d.text.starts_with("HTTP/")));
    let Some(gz) = shared("corpora/fixtures/warc/tests/data/warcfile.warc.gz") else {
        return;
    };
    let (gz_docs, errors) = read(&gz);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(gz_docs.len(), docs.len());
    let Some(built) = shared("corpora/fixtures/warc/LOCALLY_BUILT_aeb_news_pages.warc.gz") else {
        return;
    };
    let (docs, errors) = read(&built);
    assert!(docs.len() >= 175, "{} docs, {errors:?}", docs.len());
}

#[test]
fn benchmark_html_pages() {
    let Some(dir) = shared("corpora/fixtures/html_article_extraction_benchmark/html") else {
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for path in files.iter().take(10) {
        let (docs, errors) = read(path);
        assert!(errors.is_empty(), "{errors:?}");
        let doc = &docs[0];
        assert!(doc.text.len() > 200, "{}", doc.meta.id);
        assert!(doc.meta.title.is_some(), "{}", doc.meta.id);
        assert!(!doc.text.contains("<div"), "{}", doc.meta.id);
    }
}
