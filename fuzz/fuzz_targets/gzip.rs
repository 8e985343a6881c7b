//! The gzip layer under every reader. An input that starts with the gzip
//! magic is read as it is (a corrupt or cut stream, `input.html.gz`).
//! Otherwise the first byte chooses the inner format and how much of the
//! compressed stream is kept, and the rest is compressed: so the mutations
//! act on the content, as a gzip of a hostile page would carry it.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "input.html.gz",
    "input.jsonl.gz",
    "input.txt.gz",
    "input.csv.gz",
    "input.rss.gz",
    "input.warc.gz",
    "input.json.gz",
    "input.gz",
];

fuzz_target!(init: claimtrace_fuzz::init(), |data: &[u8]| {
    if data.starts_with(&[0x1f, 0x8b]) {
        claimtrace_fuzz::read_as("input.html.gz", data);
        return;
    }
    let Some((&selector, content)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(selector & 7)];
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    if encoder.write_all(content).is_err() {
        return;
    }
    let Ok(mut gz) = encoder.finish() else {
        return;
    };
    // The high bits cut the stream: 0 keeps it whole, 1..=31 keep that many
    // 32nds of it (a download cut short).
    let cut = usize::from(selector >> 3);
    if cut > 0 {
        gz.truncate(gz.len() * cut / 32);
    }
    claimtrace_fuzz::read_as(name, &gz);
});
