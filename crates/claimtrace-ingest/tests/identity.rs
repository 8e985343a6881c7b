//! Document identity: the same input gives the same ids however it is
//! named (a relative or absolute path, a WARC gzipped or not), and a
//! folder walk leaves licence and readme files out.

use std::io::Write;
use std::path::Path;

use claimtrace_ingest::{read_inputs, FileIds, ReadOptions};

fn ingest_options() -> ReadOptions {
    ReadOptions {
        file_ids: FileIds::Canonical,
        ..Default::default()
    }
}

fn ids(inputs: &[String], opts: &ReadOptions) -> Vec<String> {
    read_inputs(inputs, opts)
        .map(|r| match r {
            Ok(d) => d.meta.id,
            Err(e) => panic!("reading {inputs:?}: {e}"),
        })
        .collect()
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}

const ARTICLE: &str =
    "Grain deal extended\n\nUN Secretary-General Antonio Guterres said on Monday: \
\"The Black Sea Grain Initiative has been extended for another 120 days.\" \
Ukrainian ports will keep shipping wheat and maize.\n";

const PAGE: &str = "<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>\
<p>The minister said on Tuesday that the talks would continue next week, and that both delegations had agreed on a timetable.</p>\
<p>\"We are not there yet,\" the deputy minister told reporters after the session in Istanbul ended late at night.</p>\
</article></body></html>";

fn warc_response(record_id: &str, uri: &str, body: &str) -> String {
    let payload =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}");
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <{record_id}>\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2023-05-02T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n{payload}\r\n\r\n",
        payload.len()
    )
}

#[test]
fn a_file_has_one_id_however_its_path_is_typed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir(dir.path().join("news")).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("news").join("grain.txt");
    write(&file, ARTICLE.as_bytes());
    let opts = ingest_options();
    let absolute = ids(&[file.display().to_string()], &opts);
    let dotted = ids(
        &[format!("{}/news/./../news/grain.txt", dir.path().display())],
        &opts,
    );
    let walked = ids(&[format!("{}/news/", dir.path().display())], &opts);
    assert_eq!(absolute.len(), 1);
    assert_eq!(absolute, dotted);
    assert_eq!(absolute, walked);
    // As given (what `analyze` prints) the two spellings differ.
    let given = ids(
        &[format!("{}/news/./grain.txt", dir.path().display())],
        &ReadOptions::default(),
    );
    assert_ne!(given, absolute);
}

#[test]
fn a_warc_and_its_gzipped_copy_hold_the_same_records() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let warc = [
        warc_response(
            "urn:uuid:0b5e1c52-1111-4c7e-9d7a-3f4a6c1e0001",
            "https://example.org/talks",
            PAGE,
        ),
        warc_response(
            "urn:uuid:0b5e1c52-2222-4c7e-9d7a-3f4a6c1e0002",
            "https://example.org/talks-2",
            &PAGE.replace("Istanbul", "Geneva"),
        ),
    ]
    .concat();
    let plain = dir.path().join("crawl.warc");
    write(&plain, warc.as_bytes());
    // Gzipped per record, as crawlers write them.
    let gz = dir.path().join("copy-of-crawl.warc.gz");
    let mut out = Vec::new();
    for record in warc.split_inclusive("\r\n\r\n\r\n") {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(record.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
        out.extend(enc.finish().unwrap_or_else(|e| panic!("{e}")));
    }
    write(&gz, &out);
    let opts = ingest_options();
    let a = ids(&[plain.display().to_string()], &opts);
    let b = ids(&[gz.display().to_string()], &opts);
    assert_eq!(
        a,
        vec![
            "urn:uuid:0b5e1c52-1111-4c7e-9d7a-3f4a6c1e0001".to_string(),
            "urn:uuid:0b5e1c52-2222-4c7e-9d7a-3f4a6c1e0002".to_string()
        ]
    );
    assert_eq!(a, b);
}

#[test]
fn a_folder_walk_skips_licence_and_readme_files_unless_asked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(&dir.path().join("grain.txt"), ARTICLE.as_bytes());
    write(&dir.path().join("LICENSE"), b"MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n");
    write(
        &dir.path().join("README.md"),
        b"# Corpus\n\nNews articles about grain exports, collected in 2023.\n",
    );
    write(
        &dir.path().join("Copying.txt"),
        b"GNU GENERAL PUBLIC LICENSE\n",
    );
    write(&dir.path().join(".notes"), b"private notes\n");
    let inputs = [dir.path().display().to_string()];
    let opts = ingest_options();
    let read = ids(&inputs, &opts);
    assert_eq!(read.len(), 1, "{read:?}");
    assert!(read[0].ends_with("grain.txt"), "{read:?}");
    let mut skipped = opts.skipped.paths();
    skipped.sort();
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert!(skipped.iter().any(|p| p.ends_with("LICENSE")));
    assert!(skipped.iter().any(|p| p.ends_with("README.md")));

    let all = ReadOptions {
        include_all: true,
        ..ingest_options()
    };
    let read = ids(&inputs, &all);
    assert_eq!(read.len(), 4, "{read:?}");
    assert!(all.skipped.paths().is_empty());
    // A licence named on the command line is read: it was asked for.
    let named = ids(&[dir.path().join("LICENSE").display().to_string()], &opts);
    assert_eq!(named.len(), 1);
}
