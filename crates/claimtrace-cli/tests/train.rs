//! `claimtrace train quotes` as a developer runs it: on a tiny PolNeAR-style
//! file (written for the project), with and without machine-labelled
//! (`--silver`) articles, and with a broken silver file.

use std::path::Path;
use std::process::Command;

fn article(id: &str, text: &str, parts: &[(&str, &str)]) -> String {
    // Each (role, words) becomes one attribution part with code-point offsets.
    let mut att = serde_json::Map::new();
    for (role, words) in parts {
        let start = text
            .find(words)
            .map(|b| text[..b].chars().count())
            .unwrap_or(0);
        let end = start + words.chars().count();
        att.insert(
            role.to_string(),
            serde_json::json!([{ "spans": [[start, end]] }]),
        );
    }
    serde_json::json!({"id": id, "text": text, "attributions": [att]}).to_string()
}

fn train(dir: &Path, extra: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .args(["train", "quotes", "--epochs", "2", "--runs", "1", "--gold"])
        .arg(dir.join("gold.jsonl"))
        .arg("--out")
        .arg(dir.join("model.bin"))
        .args(extra)
        .output();
    match out {
        Ok(o) => (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ),
        Err(e) => panic!("could not run claimtrace: {e}"),
    }
}

#[test]
fn trains_on_gold_and_silver_and_names_a_broken_file() {
    let dir = std::env::temp_dir().join(format!("claimtrace-train-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let text1 = "The minister said the talks had failed. Farmers doubt it.";
    let text2 = "“We will not raise fares,” the mayor told reporters on Monday.";
    let gold = [
        article(
            "g1",
            text1,
            &[
                ("source", "The minister"),
                ("cue", "said"),
                ("content", "the talks had failed"),
            ],
        ),
        article(
            "g2",
            text2,
            &[
                ("content", "We will not raise fares"),
                ("cue", "told"),
                ("source", "the mayor"),
            ],
        ),
    ];
    let _ = std::fs::write(dir.join("gold.jsonl"), gold.join("\n"));
    let silver = article(
        "s1",
        "Analysts say the deal will close in March.",
        &[
            ("source", "Analysts"),
            ("cue", "say"),
            ("content", "the deal will close in March"),
        ],
    );
    let _ = std::fs::write(dir.join("silver.jsonl"), &silver);
    let _ = std::fs::write(dir.join("broken.jsonl"), format!("{silver}\n{{not json\n"));

    let (code, stderr) = train(&dir, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("training on 2 articles,"), "{stderr}");
    let plain = std::fs::read(dir.join("model.bin")).unwrap_or_default();
    assert!(!plain.is_empty(), "writes the model: {stderr}");
    assert!(
        claimtrace_quote::tagger::Tagger::from_bytes(&plain).is_ok(),
        "the model parses"
    );

    let silver_path = dir.join("silver.jsonl");
    let (code, stderr) = train(
        &dir,
        &["--silver", silver_path.to_str().unwrap_or_default()],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("3 articles (2 gold, 1 silver)"), "{stderr}");

    let broken = dir.join("broken.jsonl");
    let (code, stderr) = train(&dir, &["--silver", broken.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("broken.jsonl") && stderr.contains("line 2"),
        "names the file and line: {stderr}"
    );
}
