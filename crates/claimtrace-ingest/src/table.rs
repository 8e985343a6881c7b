//! CSV with a header row: one document per row, columns mapped like JSON
//! fields (`link`/`url`, `headline`/`title`, `date`/`date_extracted`,
//! `body`/`content`/`text`; `summary` is the standfirst).

use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use claimtrace_core::Document;
use serde_json::{Map, Value};

use crate::input::Source;
use crate::jsonl::record_document;
use crate::{Documents, IngestError};

/// Refuses to deliver more than `limit` bytes past the start of the current
/// row, so that an unterminated quote cannot make one "field" of the rest of
/// a huge file in memory.
struct RowGuard<R> {
    inner: R,
    delivered: Arc<AtomicU64>,
    row_start: Arc<AtomicU64>,
    limit: u64,
}

impl<R: Read> Read for RowGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let delivered = self.delivered.load(Ordering::Relaxed);
        let row_start = self.row_start.load(Ordering::Relaxed);
        if delivered.saturating_sub(row_start) > self.limit {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "a row longer than {} bytes (unterminated quote?)",
                    self.limit
                ),
            ));
        }
        let n = self.inner.read(buf)?;
        self.delivered.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

pub(crate) fn read(body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    let delivered = Arc::new(AtomicU64::new(0));
    let row_start = Arc::new(AtomicU64::new(0));
    let guard = RowGuard {
        inner: body,
        delivered: delivered.clone(),
        row_start: row_start.clone(),
        // The csv reader buffers ahead; allow for that.
        limit: (src.opts.max_record_bytes as u64).saturating_add(64 * 1024),
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(guard);
    let headers: Vec<String> = match reader.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|name| {
                String::from_utf8_lossy(name)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect(),
        Err(e) => {
            return Box::new(std::iter::once(Err(
                src.invalid(format!("CSV header row unreadable: {e}"))
            )))
        }
    };
    let has_text_column = headers
        .iter()
        .any(|h| ["text", "body", "content", "articleBody", "full_text"].contains(&h.as_str()));
    if !has_text_column {
        return Box::new(std::iter::once(Err(src.invalid(format!(
            "CSV has no text column (text, body or content); columns: {}",
            headers.join(", ")
        )))));
    }
    let mut records = reader.into_byte_records();
    let mut row_number = 0usize;
    let mut failed = false;
    Box::new(std::iter::from_fn(
        move || -> Option<Result<Document, IngestError>> {
            if failed {
                return None;
            }
            let next = records.next()?;
            row_number += 1;
            row_start.store(delivered.load(Ordering::Relaxed), Ordering::Relaxed);
            // Rows are numbered as in a spreadsheet: the header is row 1.
            let record_name = format!("row {}", row_number + 1);
            let row = match next {
                Ok(row) => row,
                Err(e) => {
                    // An I/O error (or the row guard) ends the table; a
                    // malformed row costs that row only.
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        failed = true;
                    }
                    return Some(Err(
                        src.record_error(record_name, format!("bad CSV row: {e}"))
                    ));
                }
            };
            let mut map = Map::new();
            let mut lossy = false;
            for (name, raw) in headers.iter().zip(row.iter()) {
                let value = String::from_utf8_lossy(raw);
                lossy |= matches!(value, std::borrow::Cow::Owned(_));
                let key = match name.as_str() {
                    // `summary` in press-release tables is the lead paragraph.
                    "summary" => "standfirst",
                    other => other,
                };
                if !value.trim().is_empty() {
                    map.insert(key.to_string(), Value::String(value.to_string()));
                }
            }
            let fallback_id = format!("{}#{}", src.id_name, row_number);
            let origin = format!("{}:{}", src.name, row_number + 1);
            Some(
                record_document(map, &src, fallback_id, origin)
                    .map(|mut doc| {
                        if lossy {
                            doc.warnings.push(
                                "invalid UTF-8 in this row: decoded lossily (U+FFFD)".to_string(),
                            );
                        }
                        doc
                    })
                    .map_err(|message| src.record_error(record_name, message)),
            )
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReadOptions;

    fn read_csv(text: &str, opts: ReadOptions) -> Vec<Result<Document, IngestError>> {
        let src = Source {
            name: "t.csv".into(),
            id_name: "t.csv".into(),
            opts,
            latch: Default::default(),
        };
        read(Box::new(io::Cursor::new(text.as_bytes().to_vec())), src).collect()
    }

    #[test]
    fn rows_become_documents_with_mapped_columns() {
        let docs = read_csv(
            "link,headline,date,summary,body\nhttp://x/1,Head,2022-06-24T17:30:00Z,Lead.,\"Body, with comma.\"\nhttp://x/2,No body,2022-06-25,,\n",
            ReadOptions::default(),
        );
        assert_eq!(docs.len(), 2);
        let first = docs[0].as_ref().map_err(|e| e.to_string());
        let first = first.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first.text, "Body, with comma.");
        assert_eq!(first.meta.url.as_deref(), Some("http://x/1"));
        assert_eq!(first.meta.title.as_deref(), Some("Head"));
        assert_eq!(first.meta.standfirst.as_deref(), Some("Lead."));
        assert_eq!(first.meta.date.as_deref(), Some("2022-06-24"));
        let second = docs[1]
            .as_ref()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(second.contains("row 3"), "{second}");
    }

    #[test]
    fn a_table_without_text_is_refused_and_an_open_quote_is_bounded() {
        let docs = read_csv("a,b\n1,2\n", ReadOptions::default());
        assert!(docs.len() == 1 && docs[0].is_err());
        let huge = format!("title,body\nx,\"{}", "y".repeat(400_000));
        let docs = read_csv(&huge, ReadOptions::with_max_document_bytes(1000));
        assert!(docs.iter().all(|d| d.is_err()), "{}", docs.len());
        assert!(!docs.is_empty());
    }
}
