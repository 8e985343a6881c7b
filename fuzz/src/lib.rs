//! What the fuzz targets share: reading bytes through a reader of
//! claimtrace-ingest as a file of a given name, and the analysis of text
//! with the checks on its output.
//!
//! Every reader is reached through `read_stream`, the entry point of files
//! and stdin alike, so the fuzzed path is the one real inputs take: gzip
//! sniffing, format detection (the name's extension is a hint), decoding,
//! then the reader.

use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};

use claimtrace_core::{Document, Metadata};
use claimtrace_ingest::{read_stream, ReadOptions};

/// Panics raised inside third-party crates (and caught by the readers) so far.
static THIRD_PARTY_PANICS: AtomicUsize = AtomicUsize::new(0);

/// Replaces the panic hook of libfuzzer-sys, which aborts on every panic,
/// even one the code under test catches. The readers catch panics raised
/// inside third-party parsers (feed-rs, html5ever) and turn them into a
/// warning or an error for that input: that is their documented behaviour,
/// so such a panic is printed and counted, and the run goes on. A panic
/// anywhere else (claimtrace's own code, or std called from it) still
/// aborts at once, as libFuzzer needs for a crash; and a third-party panic
/// that no reader catches reaches libfuzzer-sys's own `catch_unwind`, which
/// aborts too.
pub fn init() {
    // The hook in place is libfuzzer-sys's (which aborts): dropped; the
    // next take gives std's default hook, which prints the panic.
    drop(std::panic::take_hook());
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        let third_party = info.location().is_some_and(|l| {
            let file = l.file();
            file.contains("/.cargo/registry/") || file.contains("/.cargo/git/")
        });
        if third_party {
            let n = THIRD_PARTY_PANICS.fetch_add(1, Ordering::Relaxed) + 1;
            eprintln!("claimtrace-fuzz: third-party panic #{n}, left to the reader to catch");
        } else {
            std::process::abort();
        }
    }));
}

/// Documents per input read at most: a container that yields more than this
/// from a few kilobytes is still read to the end, but not checked further.
const CHECKED_DOCUMENTS: usize = 10_000;

/// Reads `bytes` as a file named `name` with the default options, every
/// document and error to the end (a reader is lazy: nothing happens until
/// the iterator is drained). A reader may return documents or errors; it
/// must not panic, and each document must fit the size limit.
pub fn read_as(name: &str, bytes: &[u8]) {
    let opts = ReadOptions::default();
    let stream = Box::new(Cursor::new(bytes.to_vec()));
    for (i, item) in read_stream(stream, name, &opts).enumerate() {
        let Ok(doc) = item else { continue };
        if i < CHECKED_DOCUMENTS {
            assert!(
                doc.text.len() <= opts.max_document_bytes,
                "{name}: document {} holds {} bytes, over the limit of {}",
                doc.meta.id,
                doc.text.len(),
                opts.max_document_bytes
            );
        }
    }
}

/// Analyses `text` with the default pipeline and checks the result: every
/// span of the in-memory document (byte offsets) lies inside the text on
/// char boundaries, and every span of the JSON output (code-point offsets)
/// lies inside the text.
pub fn analyse(pipeline: &claimtrace_core::Pipeline, text: String) {
    let mut doc = Document::new(
        text,
        Metadata {
            id: "fuzz".to_string(),
            ..Default::default()
        },
    );
    pipeline.run(&mut doc);
    let text = doc.text.as_str();
    let in_memory = serde_json::to_value(&doc).unwrap_or_else(|e| panic!("to JSON: {e}"));
    for_each_span(&in_memory, &mut |start, end| {
        assert!(
            start <= end && end <= text.len(),
            "byte span {start}..{end} outside a text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "byte span {start}..{end} not on char boundaries"
        );
    });
    let chars = text.chars().count();
    let output = doc.into_output();
    let json = serde_json::to_string(&output).unwrap_or_else(|e| panic!("to JSON: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("reading own JSON back: {e}"));
    for_each_span(&value, &mut |start, end| {
        assert!(
            start <= end && end <= chars,
            "output span {start}..{end} outside a text of {chars} chars"
        );
    });
}

/// An offset of the JSON, if it is a whole number (a larger one than
/// `usize` holds is out of any text, so `usize::MAX` stands for it).
fn json_offset(value: &serde_json::Value) -> Option<usize> {
    value
        .as_u64()
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// Calls `f` on every `start`/`end` pair of the JSON tree.
fn for_each_span(root: &serde_json::Value, f: &mut dyn FnMut(usize, usize)) {
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e)) = (
                    m.get("start").and_then(json_offset),
                    m.get("end").and_then(json_offset),
                ) {
                    f(s, e);
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
}
