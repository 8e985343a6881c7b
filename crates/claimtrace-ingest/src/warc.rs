//! WARC (plain, or gzip per record / whole file, undone before this): each
//! HTML `response` record becomes a document through the HTML extractor.
//! Other records (requests, metadata, images, redirects) are skipped.
//!
//! The format is parsed here rather than with the `warc` crate: it is a
//! header block and a `Content-Length` body per record, and parsing it here
//! lets a truncated file yield the records before the damage plus an error
//! naming the record.

use std::io::{self, BufRead, Read};

use claimtrace_core::{DateSource, Document};

use crate::decode::read_bounded;
use crate::html::html_document;
use crate::input::Source;
use crate::{Documents, IngestError};

/// The most bytes of WARC or HTTP headers held for one record.
const MAX_HEADER_BYTES: usize = 64 * 1024;

pub(crate) fn read(body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    Box::new(WarcRecords {
        body,
        src,
        offset: 0,
        record_number: 0,
        done: false,
        resync: false,
    })
}

struct WarcRecords {
    body: Box<dyn BufRead + Send>,
    src: Source,
    /// Bytes consumed so far (in the decompressed stream).
    offset: u64,
    record_number: usize,
    done: bool,
    /// A record header was broken: skip to the next `WARC/` line.
    resync: bool,
}

/// The WARC header fields claimtrace uses.
#[derive(Default)]
struct WarcHeader {
    kind: String,
    length: Option<u64>,
    target_uri: Option<String>,
    date: Option<String>,
    content_type: Option<String>,
    record_id: Option<String>,
}

impl WarcRecords {
    /// Reads one line (with its end) of at most `MAX_HEADER_BYTES`.
    fn read_line(&mut self, line: &mut Vec<u8>) -> Result<usize, String> {
        line.clear();
        let n = (&mut self.body)
            .take(MAX_HEADER_BYTES as u64)
            .read_until(b'\n', line)
            .map_err(|e| e.to_string())?;
        self.offset += n as u64;
        Ok(n)
    }

    /// Skips blank lines between records; false at end of input.
    fn skip_blank_lines(&mut self) -> bool {
        loop {
            let (skip, at_end) = match self.body.fill_buf() {
                Ok([]) => (0, true),
                Ok(buf) => (
                    buf.iter()
                        .take_while(|b| matches!(b, b'\r' | b'\n'))
                        .count(),
                    false,
                ),
                Err(_) => (0, true),
            };
            if at_end {
                return false;
            }
            if skip == 0 {
                return true;
            }
            self.body.consume(skip);
            self.offset += skip as u64;
        }
    }

    fn read_header(&mut self) -> Result<Option<WarcHeader>, String> {
        if !self.skip_blank_lines() {
            return Ok(None);
        }
        let mut line = Vec::new();
        self.read_line(&mut line)?;
        if !line.starts_with(b"WARC/") {
            if !self.resync {
                return Err(
                    "not a WARC record header (expected a `WARC/` version line)".to_string()
                );
            }
            // After a broken record: skip to the next version line.
            loop {
                if self.read_line(&mut line)? == 0 {
                    return Ok(None);
                }
                if line.starts_with(b"WARC/") {
                    break;
                }
            }
        }
        self.resync = false;
        let mut header = WarcHeader::default();
        let mut total = line.len();
        loop {
            let n = self.read_line(&mut line)?;
            if n == 0 {
                return Err("input ends inside the record header".to_string());
            }
            total += n;
            if total > MAX_HEADER_BYTES {
                return Err(format!(
                    "record header longer than {MAX_HEADER_BYTES} bytes"
                ));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            let Some((name, value)) = text.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value.to_ascii_lowercase(),
                "content-length" => {
                    header.length = Some(
                        value
                            .parse()
                            .map_err(|_| format!("bad Content-Length {value:?}"))?,
                    )
                }
                "warc-target-uri" => {
                    header.target_uri = Some(value.trim_matches(['<', '>']).to_string())
                }
                "warc-date" => header.date = Some(value),
                "content-type" => header.content_type = Some(value.to_ascii_lowercase()),
                "warc-record-id" => header.record_id = Some(value),
                _ => {}
            }
        }
        if header.length.is_none() {
            return Err("record header has no Content-Length".to_string());
        }
        Ok(Some(header))
    }

    /// Skips `length` bytes of body; `Err` if the input ends first.
    fn skip_body(&mut self, length: u64) -> Result<(), String> {
        let skipped = io::copy(&mut (&mut self.body).take(length), &mut io::sink())
            .map_err(|e| e.to_string())?;
        self.offset += skipped;
        if skipped < length {
            return Err(format!(
                "record body truncated: {skipped} of {length} bytes present"
            ));
        }
        Ok(())
    }

    fn record_name(&self, start: u64) -> String {
        format!("record {} at byte {start}", self.record_number)
    }

    /// The next document, a record error, or `None` at the end.
    fn next_record(&mut self) -> Option<Result<Document, IngestError>> {
        loop {
            let start = self.offset;
            self.record_number += 1;
            let header = match self.read_header() {
                Ok(Some(h)) => h,
                Ok(None) => return None,
                Err(message) => {
                    // The next record is looked for at the next line that
                    // starts with `WARC/`.
                    self.resync = true;
                    return Some(Err(self.src.record_error(self.record_name(start), message)));
                }
            };
            let length = header.length.unwrap_or(0);
            let is_http_response = header.kind == "response"
                && header
                    .content_type
                    .as_deref()
                    .is_none_or(|t| t.starts_with("application/http"));
            let limit = self.src.opts.max_record_bytes as u64;
            if !is_http_response || length > limit {
                if let Err(message) = self.skip_body(length) {
                    self.done = true;
                    return Some(Err(self.src.record_error(self.record_name(start), message)));
                }
                if is_http_response {
                    return Some(Err(self.src.record_error(
                        self.record_name(start),
                        format!("response of {length} bytes is over the limit of {limit}: skipped"),
                    )));
                }
                continue;
            }
            let (payload, _) = read_bounded(&mut (&mut self.body).take(length), length as usize);
            self.offset += payload.len() as u64;
            if (payload.len() as u64) < length {
                self.done = true;
                return Some(Err(self.src.record_error(
                    self.record_name(start),
                    format!(
                        "record body truncated: {} of {length} bytes present",
                        payload.len()
                    ),
                )));
            }
            match self.response_document(payload, &header, start) {
                Ok(Some(doc)) => return Some(Ok(doc)),
                Ok(None) => continue,
                Err(message) => {
                    return Some(Err(self.src.record_error(self.record_name(start), message)))
                }
            }
        }
    }

    /// A document from an HTTP response payload; `None` for responses that
    /// are not HTML pages (images, redirects, errors).
    fn response_document(
        &self,
        payload: Vec<u8>,
        header: &WarcHeader,
        start: u64,
    ) -> Result<Option<Document>, String> {
        let Some(response) = HttpResponse::parse(&payload)? else {
            return Ok(None);
        };
        if !(200..300).contains(&response.status) {
            return Ok(None);
        }
        let is_html = match &response.content_type {
            Some(t) => t.contains("html"),
            None => {
                let head: Vec<u8> = response
                    .body
                    .iter()
                    .take(1024)
                    .map(u8::to_ascii_lowercase)
                    .collect();
                head.windows(5).any(|w| w == b"<html") || head.windows(9).any(|w| w == b"<!doctype")
            }
        };
        if !is_html {
            return Ok(None);
        }
        let body = response.decoded_body(self.src.opts.max_record_bytes)?;
        let id = match &header.record_id {
            // A WARC record id is unique in the world (`urn:uuid:...`): the
            // same record read from `crawl.warc`, `crawl.warc.gz` or
            // another path is one document.
            Some(rid) => rid.trim_matches(['<', '>']).to_string(),
            None => format!(
                "{}#{}",
                crate::jsonl::file_stem(&self.src.id_name),
                self.record_number
            ),
        };
        let origin = format!("{}@{start}", self.src.name);
        let mut doc = html_document(
            body,
            false,
            response.charset.as_deref(),
            &self.src,
            id,
            origin,
        )?;
        if let Some(uri) = &header.target_uri {
            doc.meta
                .extra
                .insert("warc_target_uri".to_string(), uri.clone().into());
            doc.meta.url = Some(uri.clone());
        }
        if let Some(raw) = &header.date {
            doc.meta
                .extra
                .insert("warc_date".to_string(), raw.clone().into());
            // The capture date stands in only when the page gives no date
            // of its own: a crawl can be years after publication.
            if doc.meta.date.is_none() {
                if let Some(date) = crate::normalize_date(raw) {
                    doc.meta.date = Some(date);
                    doc.meta.date_source = DateSource::Metadata;
                }
            }
        }
        Ok(Some(doc))
    }
}

impl Iterator for WarcRecords {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_record();
        if next.is_none() {
            self.done = true;
        }
        next
    }
}

/// The parts of an HTTP response a reader needs.
struct HttpResponse<'a> {
    status: u16,
    content_type: Option<String>,
    charset: Option<String>,
    chunked: bool,
    gzip: bool,
    body: &'a [u8],
}

impl<'a> HttpResponse<'a> {
    /// `Ok(None)` when the payload is not an HTTP response at all.
    fn parse(payload: &'a [u8]) -> Result<Option<Self>, String> {
        if !payload.starts_with(b"HTTP/") {
            return Ok(None);
        }
        let head_end = find(payload, b"\r\n\r\n")
            .map(|i| i + 4)
            .or_else(|| find(payload, b"\n\n").map(|i| i + 2))
            .ok_or("HTTP headers not terminated")?;
        let head = String::from_utf8_lossy(payload.get(..head_end).unwrap_or_default());
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .ok_or("HTTP status line unreadable")?;
        let mut response = HttpResponse {
            status,
            content_type: None,
            charset: None,
            chunked: false,
            gzip: false,
            body: payload.get(head_end..).unwrap_or_default(),
        };
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().to_ascii_lowercase();
            match name.trim().to_ascii_lowercase().as_str() {
                "content-type" => {
                    response.charset = value
                        .split(';')
                        .filter_map(|p| p.trim().strip_prefix("charset="))
                        .map(|c| c.trim_matches(['"', '\'']).to_string())
                        .next();
                    response.content_type = Some(value);
                }
                "transfer-encoding" => response.chunked = value.contains("chunked"),
                "content-encoding" => response.gzip = value.contains("gzip"),
                _ => {}
            }
        }
        Ok(Some(response))
    }

    /// The body with chunked transfer encoding and gzip content encoding
    /// undone (bounded by `limit` bytes).
    fn decoded_body(&self, limit: usize) -> Result<Vec<u8>, String> {
        let body = if self.chunked {
            dechunk(self.body).unwrap_or_else(|| self.body.to_vec())
        } else {
            self.body.to_vec()
        };
        if self.gzip && body.starts_with(&[0x1f, 0x8b]) {
            let (bytes, _) = read_bounded(&mut flate2::read::MultiGzDecoder::new(&body[..]), limit);
            return Ok(bytes);
        }
        Ok(body)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Undoes HTTP chunked transfer encoding; `None` if the body is not validly
/// chunked (crawlers often store it already de-chunked despite the header).
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(body.get(..line_end)?).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = body.get(line_end + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReadOptions;

    const PAGE: &str = "<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>\
        <p>The minister said on Tuesday that the talks would continue next week, and that both delegations had agreed on a timetable.</p>\
        <p>The minister said on Tuesday that the talks would continue next week, and that both delegations had agreed on a timetable.</p>\
        </article></body></html>";

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-08-05T10:00:00Z\r\n\
             Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    fn response(body: &str) -> String {
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}")
    }

    fn read_warc(text: &[u8]) -> Vec<Result<Document, IngestError>> {
        let src = Source {
            name: "t.warc".into(),
            id_name: "t.warc".into(),
            opts: ReadOptions::default(),
            latch: Default::default(),
        };
        read(Box::new(io::Cursor::new(text.to_vec())), src).collect()
    }

    #[test]
    fn html_responses_become_documents_and_the_rest_is_skipped() {
        let warc = [
            record("request", "https://x.test/a", "GET /a HTTP/1.1\r\n\r\n"),
            record("response", "https://x.test/a", &response(PAGE)),
            record(
                "response",
                "https://x.test/img",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG",
            ),
            record(
                "response",
                "https://x.test/r",
                "HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n",
            ),
        ]
        .concat();
        let docs = read_warc(warc.as_bytes());
        assert_eq!(docs.len(), 1);
        let Some(Ok(doc)) = docs.first() else {
            panic!("no document")
        };
        assert_eq!(doc.meta.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(doc.meta.date.as_deref(), Some("2020-08-05"));
        assert_eq!(doc.meta.date_source, DateSource::Metadata);
        assert!(doc.text.contains("both delegations"));
        assert!(!doc.text.contains("HTTP/1.1"));
    }

    #[test]
    fn a_truncated_warc_yields_what_was_read_and_names_the_record() {
        let full = [
            record("response", "https://x.test/a", &response(PAGE)),
            record("response", "https://x.test/b", &response(PAGE)),
        ]
        .concat();
        let cut = full.get(..full.len() - 100).unwrap_or_default();
        let docs = read_warc(cut.as_bytes());
        assert_eq!(docs.len(), 2);
        assert!(docs[0].is_ok());
        let message = docs[1]
            .as_ref()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.contains("record 2 at byte"), "{message}");
        assert!(message.contains("truncated"), "{message}");
    }

    #[test]
    fn reading_resumes_after_a_broken_record_header() {
        let good = record("response", "https://x.test/a", &response(PAGE));
        let broken =
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\ngarbage line\r\n\r\n";
        let warc = [good.clone(), broken.to_string(), good].concat();
        let docs = read_warc(warc.as_bytes());
        assert_eq!(docs.len(), 3);
        assert!(docs[0].is_ok() && docs[2].is_ok());
        let message = docs[1]
            .as_ref()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            message.contains("record 2") && message.contains("Content-Length"),
            "{message}"
        );
    }

    #[test]
    fn chunked_bodies_are_dechunked() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"<html>not chunked"), None);
    }
}
