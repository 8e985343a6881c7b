//! The README and docs/evaluation.md quote the figures of record
//! (docs/figures.json), never a stale number: when `claimtrace eval all
//! --write docs/figures.json` changes a figure, `--update-docs` must be
//! run too, or this test fails. It needs no shared data.

use std::path::{Path, PathBuf};

use claimtrace_eval::{check_markdown, markers, Figures};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

#[test]
fn every_quoted_figure_is_the_figure_of_record() {
    let figures = Figures::read(&root().join("docs/figures.json")).expect("docs/figures.json");
    let mut problems = Vec::new();
    for doc in ["README.md", "docs/evaluation.md"] {
        for m in check_markdown(&read(doc), &figures) {
            problems.push(format!("{doc} {m}"));
        }
    }
    assert!(
        problems.is_empty(),
        "docs disagree with docs/figures.json (run `claimtrace eval all --write docs/figures.json \
         --update-docs README.md --update-docs docs/evaluation.md`):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_readme_quotes_every_evaluation_through_markers() {
    let readme = read("README.md");
    let quoted: Vec<String> = markers(&readme).into_iter().map(|m| m.key).collect();
    for family in [
        "html.",
        "times.",
        "numbers.",
        "quotes.",
        "match.",
        "trace.",
        "trace_real.",
    ] {
        assert!(
            quoted.iter().any(|k| k.starts_with(family)),
            "the README quotes no {family}* figure through a marker"
        );
    }
}
