//! The issue #16 cases as a user meets them: articles piped in one after
//! another, one file ingested through several paths, a licence beside the
//! news, `--speaker %`, and the corpus commands (list, show, delete,
//! stats, export and its re-ingest).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/grain-exports-2024-05-14.txt"
);

fn claimtrace_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimtrace"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLAIMTRACE_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not run claimtrace: {e}"));
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("claimtrace: {e}"))
}

fn ok(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ingest_json(dir: &Path, args: &[&str], stdin: &str) -> serde_json::Value {
    let mut all = vec!["ingest", "--quiet", "--json", "--db", "db"];
    all.extend_from_slice(args);
    let text = ok(&claimtrace_in(dir, &all, stdin));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn listed_ids(dir: &Path, db: &str) -> Vec<String> {
    let text = ok(&claimtrace_in(
        dir,
        &["list", "--db", db, "--format", "json", "-n", "1000"],
        "",
    ));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|d| d["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const KYIV: &str = "Bridge to be rebuilt by May\n\nThe infrastructure minister said on Friday: \
\"We will rebuild the Kakhovka bridge by May, whatever the weather.\" Engineers were less sure.\n";
const BERLIN: &str =
    "Chancellor: talks continue\n\nThe German chancellor told reporters in Berlin: \
\"The talks continue, and nobody has left the table.\" The opposition called it theatre.\n";

#[test]
fn articles_piped_in_are_separate_documents_and_the_same_one_twice_is_one() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let first = ingest_json(dir.path(), &["-"], KYIV);
    let second = ingest_json(dir.path(), &["-"], BERLIN);
    let again = ingest_json(dir.path(), &["-"], BERLIN);
    assert_eq!(first["added"], 1);
    assert_eq!(second["added"], 1, "{second}");
    assert_eq!(second["updated"], 0, "{second}");
    assert_eq!(
        (again["added"].clone(), again["unchanged"].clone()),
        (0.into(), 1.into())
    );
    let named = ingest_json(dir.path(), &["-", "--id", "dpa-2024-05-03-berlin"], BERLIN);
    assert_eq!(named["added"], 1);
    let ids = listed_ids(dir.path(), "db");
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(
        ids.iter().filter(|i| i.starts_with("stdin:")).count() == 2,
        "{ids:?}"
    );
    assert!(ids.contains(&"dpa-2024-05-03-berlin".to_string()));
    // Both piped articles are searchable.
    for word in ["Kakhovka", "theatre"] {
        let out = ok(&claimtrace_in(
            dir.path(),
            &["search", word, "--db", "db", "--format", "jsonl"],
            "",
        ));
        assert!(!out.trim().is_empty(), "{word}");
    }
}

#[test]
fn one_file_through_several_paths_is_one_document_and_licences_are_skipped() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(EXAMPLE, news.join("grain.txt")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        news.join("LICENSE"),
        "MIT License\n\nPermission is hereby granted, free of charge.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let first = ingest_json(dir.path(), &["news"], "");
    assert_eq!(
        (first["added"].clone(), first["skipped"].clone()),
        (1.into(), 1.into()),
        "{first}"
    );
    let absolute = news.join("grain.txt").display().to_string();
    for path in [
        "./news/grain.txt",
        "news/../news/grain.txt",
        "news/",
        absolute.as_str(),
    ] {
        let again = ingest_json(dir.path(), &[path], "");
        assert_eq!(again["added"], 0, "{path}: {again}");
        assert_eq!(again["unchanged"], 1, "{path}: {again}");
    }
    let all = ingest_json(dir.path(), &["news", "--include-all"], "");
    assert_eq!(all["added"], 1, "the licence, when asked: {all}");
    assert_eq!(listed_ids(dir.path(), "db").len(), 2);
}

#[test]
fn corpus_commands_list_show_delete_stats_and_export() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = dir.path();
    ingest_json(d, &[EXAMPLE], "");
    ingest_json(d, &["-", "--id", "kyiv-bridge"], KYIV);
    ingest_json(d, &["-", "--id", "berlin-talks"], BERLIN);

    let stats: serde_json::Value = serde_json::from_str(&ok(&claimtrace_in(
        d,
        &["stats", "--db", "db", "--format", "json"],
        "",
    )))
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stats["documents"], 3);

    let shown: serde_json::Value = serde_json::from_str(&ok(&claimtrace_in(
        d,
        &["show", "kyiv-bridge", "--db", "db", "--format", "json"],
        "",
    )))
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(shown["document"]["id"], "kyiv-bridge");
    let quotes = shown["document"]["quotes"]
        .as_array()
        .map(Vec::len)
        .unwrap_or(0);
    assert!(quotes >= 1, "{shown}");
    let pretty = ok(&claimtrace_in(
        d,
        &["show", "kyiv-bridge", "--db", "db", "--format", "pretty"],
        "",
    ));
    assert!(pretty.contains("Kakhovka bridge"), "{pretty}");
    let missing = claimtrace_in(d, &["show", "nope", "--db", "db"], "");
    assert_eq!(missing.status.code(), Some(2));

    // Export, re-ingest into another store: the same documents, same ids.
    let exported = ok(&claimtrace_in(
        d,
        &["export", "--db", "db", "--format", "jsonl"],
        "",
    ));
    assert_eq!(exported.lines().count(), 3);
    std::fs::write(d.join("corpus.jsonl"), &exported).unwrap_or_else(|e| panic!("{e}"));
    ok(&claimtrace_in(
        d,
        &[
            "ingest",
            "--quiet",
            "--db",
            "copy",
            "--ids-as-written",
            "corpus.jsonl",
        ],
        "",
    ));
    assert_eq!(listed_ids(d, "copy"), listed_ids(d, "db"));
    let csv = ok(&claimtrace_in(
        d,
        &["export", "--db", "db", "--format", "csv"],
        "",
    ));
    assert!(csv.starts_with("id,date,source,title"), "{csv}");
    assert!(csv.contains("berlin-talks"));

    // --speaker % is a literal percent sign.
    let all = ok(&claimtrace_in(
        d,
        &[
            "search",
            "rebuild",
            "--db",
            "db",
            "--speaker",
            "%",
            "--format",
            "jsonl",
        ],
        "",
    ));
    assert!(all.trim().is_empty(), "{all}");

    // Delete: gone from list, search and show; an unknown id says so.
    let out = claimtrace_in(
        d,
        &["delete", "kyiv-bridge", "no-such-id", "--db", "db"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no document no-such-id"));
    assert!(!listed_ids(d, "db").contains(&"kyiv-bridge".to_string()));
    let found = ok(&claimtrace_in(
        d,
        &["search", "Kakhovka", "--db", "db", "--format", "jsonl"],
        "",
    ));
    assert!(found.trim().is_empty(), "{found}");
    let nothing = claimtrace_in(d, &["delete", "--db", "db"], "");
    assert_eq!(nothing.status.code(), Some(2));
}

#[test]
fn a_file_given_as_db_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for cmd in [
        vec!["search", "grain"],
        vec!["ingest", EXAMPLE],
        vec!["list"],
        vec!["stats"],
    ] {
        let mut args = cmd.clone();
        args.extend(["--db", EXAMPLE]);
        let out = claimtrace_in(dir.path(), &args, "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {stderr}");
        assert!(
            stderr.contains("is a file, not a store directory"),
            "{cmd:?}: {stderr}"
        );
        assert!(!stderr.contains("os error 17"), "{stderr}");
        assert_eq!(stderr.matches("grain-exports").count(), 1, "{stderr}");
    }
}
