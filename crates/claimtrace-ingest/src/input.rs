//! Opening a byte stream: undoing gzip, sniffing the format, and handing the
//! stream to the reader for that format.

use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::sync::{Arc, Mutex};

use flate2::read::MultiGzDecoder;

use crate::{Documents, IngestError, ReadOptions};

/// How many leading bytes (after gzip) are looked at to tell formats apart.
const SNIFF_BYTES: usize = 8 * 1024;

/// The input formats claimtrace reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one document, headline / standfirst / section recognised.
    Text,
    /// An HTML page: main text extracted, boilerplate dropped.
    Html,
    /// One JSON object per line, one document each.
    Jsonl,
    /// One JSON value: an array of records or a map of id to record.
    Json,
    /// A CSV table with a header row, one document per row.
    Csv,
    /// RSS 2.0 / RSS 1.0 / Atom: one document per item.
    Feed,
    /// WARC: one document per HTML `response` record.
    Warc,
}

/// What a reader knows about the stream it reads.
#[derive(Clone)]
pub(crate) struct Source {
    /// The path as given (or `stdin`); messages start with it.
    pub name: String,
    /// What ids made from the input's place start with (the path as given
    /// or canonical, or stdin's `--id`); see [`IdName`].
    pub id_name: String,
    pub opts: ReadOptions,
    /// Receives the first read error of the underlying stream (a truncated
    /// gzip member, a disk error), which readers see as end of input.
    pub latch: ErrorLatch,
}

impl Source {
    pub fn invalid(&self, message: impl Into<String>) -> IngestError {
        IngestError::Invalid {
            path: self.name.clone(),
            message: message.into(),
        }
    }

    pub fn record_error(
        &self,
        record: impl Into<String>,
        message: impl Into<String>,
    ) -> IngestError {
        IngestError::Record {
            path: self.name.clone(),
            record: record.into(),
            message: message.into(),
        }
    }
}

/// Holds the first I/O error met under a reader that then reports end of
/// input, so that every reader yields what it could read before the error
/// and the error is reported once, after those records.
#[derive(Clone, Default)]
pub(crate) struct ErrorLatch(Arc<Mutex<Option<String>>>);

impl ErrorLatch {
    fn set(&self, message: String) {
        if let Ok(mut slot) = self.0.lock() {
            if slot.is_none() {
                *slot = Some(message);
            }
        }
    }

    /// The error met so far, if any, without clearing it.
    pub fn peek(&self) -> Option<String> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }

    fn take(&self) -> Option<String> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

/// A reader that turns its first error into end of input (recorded in the
/// latch) and counts the bytes it delivered, for the error message.
struct Latched<R> {
    inner: R,
    latch: ErrorLatch,
    delivered: u64,
    what: &'static str,
    failed: bool,
}

impl<R: Read> Read for Latched<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.failed {
            return Ok(0);
        }
        loop {
            match self.inner.read(buf) {
                Ok(n) => {
                    self.delivered += n as u64;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.failed = true;
                    self.latch.set(format!(
                        "{} broken after {} bytes ({e}); the records before that were read",
                        self.what, self.delivered
                    ));
                    return Ok(0);
                }
            }
        }
    }
}

/// Lower-cased extension of `name` after removing a `.gz` suffix.
pub(crate) fn extension_hint(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let lower = file.to_ascii_lowercase();
    let stem = lower.strip_suffix(".gz").unwrap_or(&lower);
    match stem.rsplit_once('.') {
        Some((base, ext)) if !base.is_empty() => ext.to_string(),
        _ => String::new(),
    }
}

/// What the ids of an input's documents are made from.
pub(crate) enum IdName {
    /// A file: its path (as given or canonical).
    File(String),
    /// Stdin, with the id given for it, or none: then each document that
    /// would be named by its place (`stdin`, `stdin#3`) is named by its
    /// content instead.
    Stdin(Option<String>),
}

/// Stands for "name this document by its content" in an id until the
/// document's text is known (a NUL never reaches a stored id).
const CONTENT_ID_MARK: &str = "\u{0}stdin";

/// `stdin:` and 16 hex digits (64 bits) of the SHA-256 of `text`.
fn content_id(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("stdin:{hex}")
}

/// Reads one input stream, whatever its format; ids and messages use
/// `name`.
pub(crate) fn read_stream(
    stream: Box<dyn Read + Send>,
    name: String,
    opts: ReadOptions,
) -> Documents {
    let id_name = IdName::File(name.clone());
    read_named_stream(stream, name, id_name, opts)
}

/// Reads one input stream, whatever its format: messages name it `name`,
/// ids are made from `id_name`.
pub(crate) fn read_named_stream(
    stream: Box<dyn Read + Send>,
    name: String,
    id_name: IdName,
    opts: ReadOptions,
) -> Documents {
    let (id_name, by_content) = match id_name {
        IdName::File(n) => (n, false),
        IdName::Stdin(Some(id)) => (id, false),
        IdName::Stdin(None) => (CONTENT_ID_MARK.to_string(), true),
    };
    let documents = read_stream_as(stream, name, id_name, opts);
    if !by_content {
        return documents;
    }
    Box::new(documents.map(|item| {
        item.map(|mut doc| {
            if doc.meta.id.starts_with(CONTENT_ID_MARK) {
                doc.meta.id = content_id(&doc.text);
            }
            doc
        })
    }))
}

fn read_stream_as(
    stream: Box<dyn Read + Send>,
    name: String,
    id_name: String,
    opts: ReadOptions,
) -> Documents {
    let mut raw = BufReader::with_capacity(64 * 1024, stream);
    let is_gzip = match raw.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(source) => {
            return Box::new(std::iter::once(Err(IngestError::Io { path: name, source })));
        }
    };
    let latch = ErrorLatch::default();
    let decoded: Box<dyn Read + Send> = if is_gzip {
        Box::new(Latched {
            inner: MultiGzDecoder::new(raw),
            latch: latch.clone(),
            delivered: 0,
            what: "gzip stream",
            failed: false,
        })
    } else {
        Box::new(Latched {
            inner: raw,
            latch: latch.clone(),
            delivered: 0,
            what: "input",
            failed: false,
        })
    };
    let mut reader = BufReader::with_capacity(256 * 1024, decoded);
    let mut head = vec![0u8; SNIFF_BYTES];
    let mut filled = 0;
    while filled < head.len() {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => break, // cannot happen: Latched never errors
        }
    }
    head.truncate(filled);
    let src = Source {
        name: name.clone(),
        id_name,
        opts,
        latch: latch.clone(),
    };
    let ext = extension_hint(&name);
    let format = match detect_format(&ext, &head) {
        Ok(f) => f,
        Err(message) => {
            let mut errors = vec![Err(src.invalid(message))];
            if let Some(broken) = latch.take() {
                errors.push(Err(src.invalid(broken)));
            }
            return Box::new(errors.into_iter());
        }
    };
    let body: Box<dyn BufRead + Send> = Box::new(Cursor::new(head).chain(reader));
    let documents = match format {
        Format::Text => crate::plain::read(body, src),
        Format::Html => crate::html::read(body, src),
        Format::Jsonl => crate::jsonl::read_lines(body, src),
        Format::Json => crate::jsonl::read_json(body, src),
        Format::Csv => crate::table::read(body, src),
        Format::Feed => crate::feed::read(body, src),
        Format::Warc => crate::warc::read(body, src),
    };
    let trailer = std::iter::once_with(move || {
        latch.take().map(|message| {
            Err(IngestError::Invalid {
                path: name.clone(),
                message,
            })
        })
    })
    .flatten();
    Box::new(documents.chain(trailer))
}

/// Magic numbers of common binary files that are certainly not news text.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file (not supported)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (
        b"BZh",
        "a bzip2 stream (not supported; decompress it first)",
    ),
    (
        b"\xfd7zXZ",
        "an xz stream (not supported; decompress it first)",
    ),
    (
        b"\x28\xb5\x2f\xfd",
        "a zstd stream (not supported; decompress it first)",
    ),
];

/// Tells the format from the extension hint and the first bytes; `Err`
/// says why the input is not readable at all.
pub(crate) fn detect_format(ext: &str, head: &[u8]) -> Result<Format, String> {
    if head.is_empty() {
        return Err("empty input: no document in it".to_string());
    }
    if head.starts_with(b"WARC/") {
        return Ok(Format::Warc);
    }
    for (magic, what) in BINARY_MAGIC {
        if head.starts_with(magic) {
            return Err(format!("binary content: {what}"));
        }
    }
    let utf16 = head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    if !utf16 && head.contains(&0) {
        return Err("binary content (NUL bytes): not a text format claimtrace reads".to_string());
    }
    let trimmed = trim_start_text(head);
    let lower: Vec<u8> = trimmed
        .iter()
        .take(2048)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    match ext {
        "jsonl" | "ndjson" => return Ok(Format::Jsonl),
        "json" => {
            return Ok(if first_line_is_json_object(trimmed) {
                Format::Jsonl
            } else {
                Format::Json
            })
        }
        "csv" => return Ok(Format::Csv),
        "warc" => return Ok(Format::Warc),
        _ => {}
    }
    if trimmed.first() == Some(&b'{') && first_line_is_json_object(trimmed) {
        return Ok(Format::Jsonl);
    }
    if looks_like_feed(&lower) {
        return Ok(Format::Feed);
    }
    if matches!(ext, "html" | "htm" | "xhtml" | "shtml") || looks_like_html(&lower) {
        return Ok(Format::Html);
    }
    if matches!(ext, "rss" | "atom" | "rdf") {
        return Ok(Format::Feed);
    }
    Ok(Format::Text)
}

/// Skips a byte-order mark and leading whitespace.
fn trim_start_text(head: &[u8]) -> &[u8] {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    head.get(start..).unwrap_or_default()
}

fn first_line_is_json_object(head: &[u8]) -> bool {
    let line = match head.iter().position(|&b| b == b'\n') {
        Some(end) => head.get(..end).unwrap_or_default(),
        // The first line is longer than the sniffed head: a JSONL record is
        // a one-line object, and a pretty-printed JSON file breaks lines
        // early, so a long `{` line is taken as JSONL.
        None if head.len() >= SNIFF_BYTES / 2 => return head.first() == Some(&b'{'),
        None => head,
    };
    matches!(
        serde_json::from_slice::<serde_json::Value>(line),
        Ok(serde_json::Value::Object(_))
    )
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn looks_like_feed(lower: &[u8]) -> bool {
    if !lower.starts_with(b"<") {
        return false;
    }
    let feed_at = [&b"<rss"[..], b"<feed", b"<rdf:rdf"]
        .iter()
        .filter_map(|tag| find(lower, tag))
        .min();
    match (feed_at, find(lower, b"<html")) {
        (Some(f), Some(h)) => f < h,
        (Some(_), None) => true,
        _ => false,
    }
}

fn looks_like_html(lower: &[u8]) -> bool {
    if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        return true;
    }
    lower.starts_with(b"<")
        && [
            &b"<head"[..],
            b"<body",
            b"<meta",
            b"<title",
            b"<div",
            b"<p>",
            b"<article",
        ]
        .iter()
        .any(|tag| find(lower, tag).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_sniffed_whatever_the_name() {
        assert_eq!(
            detect_format("txt", b"<!DOCTYPE html><html>"),
            Ok(Format::Html)
        );
        assert_eq!(detect_format("", b"WARC/1.0\r\n"), Ok(Format::Warc));
        assert_eq!(
            detect_format("", b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n"),
            Ok(Format::Jsonl)
        );
        assert_eq!(
            detect_format("xml", b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Ok(Format::Feed)
        );
        assert_eq!(
            detect_format(
                "",
                b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            ),
            Ok(Format::Feed)
        );
        assert_eq!(
            detect_format("json", b"[\n {\"text\": 1}]"),
            Ok(Format::Json)
        );
        assert_eq!(detect_format("txt", b"Headline\nBody."), Ok(Format::Text));
        assert_eq!(
            detect_format("txt", b"{ not json at all, just a brace"),
            Ok(Format::Text)
        );
    }

    #[test]
    fn empty_and_binary_inputs_are_refused() {
        assert!(detect_format("txt", b"").is_err());
        assert!(detect_format("txt", b"abc\0def").is_err());
        assert!(detect_format("", b"\x89PNG\r\n").is_err());
    }

    #[test]
    fn extension_hint_ignores_gz_and_dirs() {
        assert_eq!(extension_hint("a/b.c/news.jsonl.gz"), "jsonl");
        assert_eq!(extension_hint("dir.d/README"), "");
        assert_eq!(extension_hint(".hidden"), "");
    }
}
