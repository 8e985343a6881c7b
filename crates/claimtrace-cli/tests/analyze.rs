//! `claimtrace analyze` as a user runs it: on the bundled example, with bad
//! input beside good, and with `--date`; and the example `--help` names.

use std::process::Command;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/grain-exports-2024-05-14.txt"
);

fn analyze(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = match Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .arg("analyze")
        .args(args)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("could not run claimtrace: {e}"),
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `text[start..end]` in code points, as Python slices.
fn slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn the_readme_example_reads_as_a_fact_checker_would() {
    let (code, docs, stderr) = analyze(&[EXAMPLE, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let doc = &docs[0];
    assert_eq!(doc["schema"], "1.0");
    assert_eq!(
        doc["title"],
        "Grain corridor: minister says exports have 'doubled'"
    );
    assert_eq!(doc["section"], "Economy");
    assert_eq!(doc["date"], "2024-05-14");
    assert_eq!(doc["date_source"], "inferred");
    assert_eq!(doc["language"], "en");
    let text = doc["text"].as_str().unwrap_or_default();
    let quotes = doc["quotes"].as_array().cloned().unwrap_or_default();
    // every offset slices to the text it claims, in code points
    for q in &quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0),
            q["end"].as_u64().unwrap_or(0),
        );
        assert_eq!(
            slice(text, s, e),
            q["text"].as_str().unwrap_or_default(),
            "quote {}",
            q["id"]
        );
    }
    let direct = quotes.iter().find(|q| {
        q["kind"] == "direct"
            && q["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Since March"))
    });
    let Some(direct) = direct else {
        panic!("the minister's direct quote is missing: {quotes:?}")
    };
    assert_eq!(direct["speaker"]["name"], "Olena Marchenko");
    // the hedge the report used is attached to its words
    assert!(
        quotes.iter().any(|q| q["hedges"]
            .as_array()
            .is_some_and(|h| h.iter().any(|h| h["text"] == "possibly"))),
        "'possibly' is not attached to any quote"
    );
    // the two rates are compared
    let comparisons = doc["comparisons"].as_array().cloned().unwrap_or_default();
    assert!(
        comparisons
            .iter()
            .any(|c| c["unit"] == "t" || c["unit"] == "tonne"),
        "{comparisons:?}"
    );
}

#[test]
fn a_bad_file_is_named_and_the_rest_goes_through() {
    let dir = std::env::temp_dir().join(format!("claimtrace-cli-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let bad = dir.join("broken.jsonl");
    let _ = std::fs::write(&bad, "{\"text\": \"fine\"}\n{not json\n");
    let missing = dir.join("missing.txt");
    let (code, docs, stderr) = analyze(&[
        EXAMPLE,
        bad.to_str().unwrap_or_default(),
        missing.to_str().unwrap_or_default(),
        "--format",
        "json",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "exit code says something failed");
    assert_eq!(
        docs.as_array().map(Vec::len),
        Some(2),
        "the example and the good JSONL line: {stderr}"
    );
    assert!(
        stderr.contains("broken.jsonl") && stderr.contains('2'),
        "names the file and line: {stderr}"
    );
    assert!(
        stderr.contains("missing.txt"),
        "names the missing file: {stderr}"
    );
}

#[test]
fn date_argument_overrides_and_resolves_relative_dates() {
    let (code, docs, stderr) = analyze(&[EXAMPLE, "--format", "json", "--date", "2025-01-10"]);
    assert_eq!(code, 0, "{stderr}");
    let doc = &docs[0];
    assert_eq!(doc["date"], "2025-01-10");
    assert_eq!(doc["date_source"], "argument");
    let times = doc["times"].as_array().cloned().unwrap_or_default();
    let last_year = times.iter().find(|t| t["text"] == "Last year");
    assert_eq!(
        last_year.map(|t| t["value"].clone()),
        Some(serde_json::json!("2024"))
    );
    let (code, _, stderr) = analyze(&[EXAMPLE, "--date", "2025-13-40"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("calendar date") || stderr.contains("YYYY-MM-DD"),
        "{stderr}"
    );
}

#[test]
fn quotes_transformer_without_its_model_says_what_is_missing() {
    let missing_model = std::env::temp_dir().join("claimtrace-no-model-here");
    let (code, docs, stderr) = analyze(&[
        EXAMPLE,
        "--format",
        "json",
        "--quotes",
        "transformer",
        "--model",
        missing_model.to_str().unwrap_or_default(),
    ]);
    assert_ne!(code, 0, "no output without the model: {stderr}");
    assert!(docs.is_null(), "nothing half-analysed is printed");
    if cfg!(feature = "semantic") {
        assert!(
            stderr.contains("config.json"),
            "names the missing file: {stderr}"
        );
    } else {
        assert!(
            stderr.contains("--features semantic") && stderr.contains("fetch-model.sh"),
            "says how to build it: {stderr}"
        );
    }
}

#[test]
fn the_help_names_an_example_that_exists() {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .arg("--help")
        .output()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    let help = String::from_utf8_lossy(&out.stdout);
    let example = help
        .split_whitespace()
        .find(|w| w.starts_with("examples/"))
        .unwrap_or_else(|| panic!("no example in --help: {help}"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../").to_string() + example;
    assert!(
        std::path::Path::new(&path).is_file(),
        "--help suggests {example}, which does not exist"
    );
}
