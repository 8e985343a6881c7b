//! Fuzz-style tests of every reader, on stable Rust: the smoke check that
//! `cargo test` runs (the coverage-guided cargo-fuzz targets, which need a
//! nightly compiler, are in `fuzz/`: docs/limits.md, "Fuzzing"). Seeded,
//! deterministic mutations of seed inputs (built-in ones, and the first
//! bytes of the files in `../shared/corpora/fixtures` when present) are
//! read as text, HTML, JSONL, CSV, RSS/Atom, WARC and gzip. A reader may
//! return documents or errors, never panic, never take more than a few
//! seconds on one input.
//!
//! `cargo test --release -p claimtrace-ingest --test fuzz` runs a few
//! hundred inputs per reader in seconds. For a long run:
//!
//! ```text
//! CLAIMTRACE_FUZZ_ITERS=200000 CLAIMTRACE_FUZZ_SEED=42 \
//!     cargo test --release -p claimtrace-ingest --test fuzz -- --nocapture
//! ```
//!
//! `CLAIMTRACE_FUZZ_SECS=600` reads inputs for ten minutes per reader
//! instead of a count.
//!
//! An input that panics is written to the test's temporary directory (its
//! path is in the failure message) to become a regression test.

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimtrace_ingest::{read_inputs, ReadOptions};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpora/fixtures"
);

/// Inputs per reader: `CLAIMTRACE_FUZZ_ITERS`, default 150.
fn iterations() -> usize {
    std::env::var("CLAIMTRACE_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

/// Seconds per reader: `CLAIMTRACE_FUZZ_SECS`; when set, inputs are read
/// until that much time has passed (and `CLAIMTRACE_FUZZ_ITERS` is ignored).
fn duration() -> Option<Duration> {
    std::env::var("CLAIMTRACE_FUZZ_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_secs_f64)
}

fn base_seed() -> u64 {
    std::env::var("CLAIMTRACE_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed)
}

pub use claimtrace_testkit::Rng;

/// Fragments that matter to the readers: markup, quotes, separators,
/// bytes that are not UTF-8, long runs.
const TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"<div>",
    b"</div>",
    b"<p>",
    b"<script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"&amp;",
    b"&#x1F600;",
    b"&#99999999;",
    b"\"",
    b"'",
    b"\xe2\x80\x9c",
    b"\xe2\x80\x9d",
    b"\xc2\xab",
    b"\n",
    b"\r\n",
    b"\n\n",
    b"\t",
    b",",
    b";",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xf0\x9f",
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999\r\n",
    b"Content-Length: -1\r\n",
    b"\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n",
    b"<item>",
    b"</item>",
    b"<entry>",
    b"<title>",
    b"<rss version=\"2.0\">",
    b"\x1f\x8b",
    b" said ",
    b"\"We will,\" Putin said.",
    b"2023-07-16",
    b"$5bn",
    b"1,000,000",
    b"U.S.",
    b"\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd",
    b"\xef\xbb\xbf",
];

/// One mutation of `input` (kept under `max` bytes).
pub fn mutate(r: &mut Rng, input: &mut Vec<u8>, other: &[u8], max: usize) {
    let n = 1 + r.below(8);
    for _ in 0..n {
        let len = input.len();
        match r.below(9) {
            0 if len > 0 => {
                let i = r.below(len);
                input[i] ^= 1 << r.below(8);
            }
            1 if len > 0 => {
                let i = r.below(len);
                input[i] = r.next_u64() as u8;
            }
            2 if len > 0 => {
                let a = r.below(len);
                let b = (a + 1 + r.below(64)).min(len);
                input.drain(a..b);
            }
            3 => {
                let t = TOKENS[r.below(TOKENS.len())];
                let at = r.below(len + 1);
                input.splice(at..at, t.iter().copied());
            }
            4 if len > 0 => {
                // Duplicate a chunk, sometimes many times.
                let a = r.below(len);
                let b = (a + 1 + r.below(256)).min(len);
                let chunk: Vec<u8> = input[a..b].to_vec();
                let times = if r.below(8) == 0 { 1 + r.below(200) } else { 1 };
                let at = r.below(input.len() + 1);
                for _ in 0..times {
                    if input.len() + chunk.len() > max {
                        break;
                    }
                    input.splice(at..at, chunk.iter().copied());
                }
            }
            5 if !other.is_empty() => {
                // Splice in a piece of another seed.
                let a = r.below(other.len());
                let b = (a + 1 + r.below(512)).min(other.len());
                let at = r.below(len + 1);
                input.splice(at..at, other[a..b].iter().copied());
            }
            6 if len > 0 => input.truncate(r.below(len)),
            7 => {
                let t = TOKENS[r.below(TOKENS.len())];
                let times = 1 + r.below(2000);
                let at = r.below(len + 1);
                let run: Vec<u8> = t.iter().copied().cycle().take(t.len() * times).collect();
                input.splice(at..at, run);
            }
            _ => {}
        }
        input.truncate(max);
    }
}

fn builtin_seeds(ext: &str) -> Vec<Vec<u8>> {
    let article = "Grain corridor: minister says exports have 'doubled'\n\
        Agriculture Minister Olena Marchenko said on May 14, 2024 that shipments doubled.\n\
        \"Since March, our ports have shipped twice as much grain,\" Marchenko said.\n\
        Last year, the ministry reported exports of 32.5 million tonnes.\n";
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Exports</title>\
         <meta property=\"article:published_time\" content=\"2024-05-14\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Exports</h1>{}</article></body></html>",
        article
            .lines()
            .map(|l| format!("<p>{l}</p>"))
            .collect::<String>()
    );
    let seeds: Vec<String> = match ext {
        "txt" => vec![article.to_string()],
        "html" => vec![html],
        "jsonl" => vec![format!(
            "{{\"id\":\"a1\",\"title\":\"Exports\",\"date\":\"2024-05-14\",\"text\":{}}}\n{{\"id\":2,\"text\":\"Short.\"}}\n",
            serde_json_string(article)
        )],
        "csv" => vec![format!(
            "id,title,date,text\na1,Exports,2024-05-14,\"{}\"\n",
            article.replace('"', "\"\"")
        )],
        "rss" => vec![format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
             <item><title>Exports</title><link>https://example.com/a</link>\
             <pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description><![CDATA[{html}]]></description></item>\
             </channel></rss>"
        )],
        "warc" => {
            let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}");
            vec![format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n\
                 WARC-Date: 2024-05-14T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
                 Content-Length: {}\r\n\r\n{http}\r\n\r\n",
                http.len()
            )]
        }
        _ => Vec::new(),
    };
    seeds.into_iter().map(String::into_bytes).collect()
}

fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The first 16 KB of fixture files whose name ends with one of `suffixes`
/// (gzip files decompressed), at most `limit` of them.
fn fixture_seeds(suffixes: &[&str], limit: usize) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    collect_files(Path::new(FIXTURES), &mut files, 0);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.to_string_lossy();
        let Some(suffix) = suffixes.iter().find(|s| name.ends_with(*s)) else {
            continue;
        };
        let Ok(raw) = std::fs::read(&f) else { continue };
        let bytes = if suffix.ends_with(".gz") {
            let mut d = Vec::new();
            let _ = std::io::Read::read_to_end(
                &mut std::io::Read::take(flate2::read::MultiGzDecoder::new(&raw[..]), 16 * 1024),
                &mut d,
            );
            d
        } else {
            raw
        };
        out.push(bytes.into_iter().take(16 * 1024).collect());
        if out.len() == limit {
            break;
        }
    }
    out
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && depth < 6 {
            collect_files(&p, out, depth + 1);
        } else if p.is_file() {
            out.push(p);
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// Reads `bytes` as a file named `name` with the default options.
fn read(dir: &Path, name: &str, bytes: &[u8]) -> usize {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    let inputs = vec![path.to_string_lossy().into_owned()];
    read_inputs(&inputs, &ReadOptions::default()).count()
}

/// Mutates the seeds `iterations()` times and reads each input as `ext`
/// (gzipped first when `gz`).
fn fuzz(ext: &str, fixture_suffixes: &[&str], gz: bool) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut seeds = builtin_seeds(ext);
    seeds.extend(fixture_seeds(fixture_suffixes, 24));
    assert!(!seeds.is_empty(), "no seeds for {ext}");
    let n = iterations();
    let mut r = Rng::new(base_seed() ^ ext.len() as u64 ^ u64::from(gz) << 8);
    let name = if gz {
        format!("input.{ext}.gz")
    } else {
        format!("input.{ext}")
    };
    let limit = duration();
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut i = 0;
    loop {
        match limit {
            Some(d) if started.elapsed() >= d => break,
            None if i >= n => break,
            _ => {}
        }
        let mut input = seeds[r.below(seeds.len())].clone();
        let other = &seeds[r.below(seeds.len())];
        mutate(&mut r, &mut input, other, 64 * 1024);
        let bytes = if gz {
            let mut z = gzip(&input);
            if r.below(4) == 0 && !z.is_empty() {
                let cut = r.below(z.len());
                z.truncate(cut);
            }
            z
        } else {
            input
        };
        let t = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| read(dir.path(), &name, &bytes)));
        let took = t.elapsed();
        slowest = slowest.max(took);
        if result.is_err() || took > Duration::from_secs(5) {
            let keep = std::env::temp_dir().join(format!("claimtrace-fuzz-{ext}-{gz}-{i}"));
            let _ = std::fs::write(&keep, &bytes);
            panic!(
                "reading as {name} {} on input {i} (kept in {})",
                if result.is_err() {
                    "panicked"
                } else {
                    "took over 5 s"
                },
                keep.display()
            );
        }
        i += 1;
    }
    eprintln!(
        "fuzz {name}: {i} inputs in {:.1} s (slowest {:.0} ms), {} seeds",
        started.elapsed().as_secs_f64(),
        slowest.as_secs_f64() * 1e3,
        seeds.len()
    );
}

#[test]
fn fuzz_text() {
    fuzz("txt", &[".rst"], false);
}

#[test]
fn fuzz_html() {
    fuzz("html", &[".html.gz"], false);
}

#[test]
fn fuzz_jsonl() {
    fuzz("jsonl", &[".json"], false);
}

#[test]
fn fuzz_csv() {
    fuzz("csv", &[], false);
}

#[test]
fn fuzz_feed() {
    fuzz("rss", &[".rss", ".atom"], false);
}

#[test]
fn fuzz_warc() {
    fuzz("warc", &[".warc", ".warc.gz"], false);
}

#[test]
fn fuzz_gzip() {
    fuzz("html", &[".html.gz"], true);
    fuzz("jsonl", &[".json"], true);
}
