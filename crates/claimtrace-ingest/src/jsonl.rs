//! JSONL (one JSON object per line) and JSON (an array of such objects, or
//! a map of id to object). Field names and their aliases are in
//! [`record_document`]; unknown fields are kept in `meta.extra`.

use std::io::BufRead;

use claimtrace_core::{DateSource, Document, Metadata};
use serde_json::{Map, Value};

use crate::decode::{decode_utf8, limit_document, read_bounded};
use crate::input::Source;
use crate::{Documents, IngestError};

/// Field names (first found wins) for each metadata field.
const TEXT_FIELDS: &[&str] = &["text", "body", "content", "articleBody", "full_text"];
const ID_FIELDS: &[&str] = &["id", "_id", "doc_id", "uid"];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const STANDFIRST_FIELDS: &[&str] = &["standfirst", "lead", "summary", "description", "subtitle"];
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "date_published",
    "published_at",
    "pubDate",
    "datetime",
    "date_extracted",
    "timestamp",
];
const URL_FIELDS: &[&str] = &["url", "link", "uri"];
const SOURCE_FIELDS: &[&str] = &["source", "outlet", "publisher", "site", "site_name"];
const AUTHOR_FIELDS: &[&str] = &["author", "authors", "byline"];
const LANGUAGE_FIELDS: &[&str] = &["language", "lang"];
const SECTION_FIELDS: &[&str] = &["section", "category"];

/// A field value as text: strings as they are, numbers printed, arrays of
/// strings joined with ", "; `None` for empty values and other types.
fn as_text(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s.trim()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    (!text.is_empty()).then_some(text)
}

/// Removes the first of `names` present in `record` and returns it as text.
/// A present but empty value is removed too (it says nothing).
fn take_field(record: &mut Map<String, Value>, names: &[&str]) -> Option<String> {
    for name in names {
        if let Some(value) = record.get(*name) {
            if matches!(value, Value::Object(_)) {
                continue;
            }
            let text = as_text(value);
            record.remove(*name);
            if text.is_some() {
                return text;
            }
        }
    }
    None
}

/// Turns one JSON object (or CSV row) into a document. `fallback_id` is used
/// when the record has no id; `Err` says what is wrong with the record.
pub(crate) fn record_document(
    mut record: Map<String, Value>,
    src: &Source,
    fallback_id: String,
    origin: String,
) -> Result<Document, String> {
    let mut text = None;
    for name in TEXT_FIELDS {
        match record.remove(*name) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                text = Some(s);
                break;
            }
            Some(Value::String(_)) | Some(Value::Null) | None => {}
            Some(other) => {
                return Err(format!(
                    "field `{name}` must be a string, found {}",
                    json_type(&other)
                ))
            }
        }
    }
    let Some(mut text) = text else {
        return Err(format!(
            "no text: none of the fields {} holds a non-empty string",
            TEXT_FIELDS.join(", ")
        ));
    };
    let mut warnings = Vec::new();
    limit_document(&mut text, src.opts.max_document_bytes, &mut warnings);
    let id = match take_field(&mut record, ID_FIELDS) {
        Some(id) => record_id(src, id),
        None => fallback_id,
    };
    let raw_date = take_field(&mut record, DATE_FIELDS);
    let date = raw_date.as_deref().and_then(crate::normalize_date);
    if let (Some(raw), None) = (&raw_date, &date) {
        warnings.push(format!(
            "date {raw:?} not understood: kept in extra.date_raw"
        ));
        record.insert("date_raw".to_string(), Value::String(raw.clone()));
    }
    let meta = Metadata {
        id,
        title: take_field(&mut record, TITLE_FIELDS),
        // A lead that repeats the whole text says nothing more.
        standfirst: take_field(&mut record, STANDFIRST_FIELDS).filter(|s| s.trim() != text.trim()),
        section: take_field(&mut record, SECTION_FIELDS),
        url: take_field(&mut record, URL_FIELDS),
        source: take_field(&mut record, SOURCE_FIELDS),
        author: take_field(&mut record, AUTHOR_FIELDS),
        language: take_field(&mut record, LANGUAGE_FIELDS).map(|l| l.to_ascii_lowercase()),
        date_source: if date.is_some() {
            DateSource::Metadata
        } else {
            DateSource::None
        },
        date,
        origin: Some(origin),
        extra: record.into_iter().collect(),
    };
    let mut doc = Document::new(text, meta);
    doc.warnings = warnings;
    Ok(doc)
}

/// The document id of a record that names its own id: see
/// [`RecordIds`](crate::RecordIds).
fn record_id(src: &Source, id: String) -> String {
    match src.opts.record_ids {
        crate::RecordIds::AsWritten => id,
        crate::RecordIds::Qualified => format!("{}#{id}", file_stem(&src.name)),
    }
}

/// The file name of `name` without its directory and extensions
/// (`data/news.jsonl.gz` -> `news`); the name itself when nothing is left.
pub(crate) fn file_stem(name: &str) -> &str {
    let file = name
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name);
    let file = if file.to_ascii_lowercase().ends_with(".gz") {
        file.get(..file.len() - 3).unwrap_or(file)
    } else {
        file
    };
    match file.rsplit_once('.') {
        Some((base, _)) if !base.is_empty() => base,
        _ if !file.is_empty() => file,
        _ => name,
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// JSONL: one document per non-blank line, read one line at a time.
pub(crate) fn read_lines(body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    Box::new(JsonLines {
        body,
        src,
        line_number: 0,
        line: Vec::new(),
        done: false,
    })
}

struct JsonLines {
    body: Box<dyn BufRead + Send>,
    src: Source,
    line_number: usize,
    line: Vec<u8>,
    done: bool,
}

/// How reading one line ended.
enum Line {
    End,
    Complete,
    /// Longer than the limit: the rest of it was skipped.
    TooLong(usize),
}

impl JsonLines {
    /// Reads the next line into `self.line` (without the newline), keeping
    /// at most `max_record_bytes` of it in memory.
    fn next_line(&mut self) -> Line {
        self.line.clear();
        let limit = self.src.opts.max_record_bytes;
        let mut total = 0usize;
        let mut seen_any = false;
        loop {
            let available = match self.body.fill_buf() {
                Ok(chunk) => chunk,
                // Latched readers report errors as end of input.
                Err(_) => &[],
            };
            if available.is_empty() {
                return match (seen_any, total > limit) {
                    (false, _) => Line::End,
                    (true, true) => Line::TooLong(total),
                    (true, false) => Line::Complete,
                };
            }
            seen_any = true;
            let (chunk, found_newline) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (available.get(..i).unwrap_or_default(), true),
                None => (available, false),
            };
            let room = limit.saturating_sub(self.line.len());
            self.line
                .extend_from_slice(chunk.get(..chunk.len().min(room)).unwrap_or_default());
            total = total.saturating_add(chunk.len());
            let used = chunk.len() + usize::from(found_newline);
            self.body.consume(used);
            if found_newline {
                return if total > limit {
                    Line::TooLong(total)
                } else {
                    Line::Complete
                };
            }
        }
    }
}

impl Iterator for JsonLines {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let ended = self.next_line();
            self.line_number += 1;
            let record = format!("line {}", self.line_number);
            match ended {
                Line::End => {
                    self.done = true;
                    return None;
                }
                Line::TooLong(total) => {
                    return Some(Err(self.src.record_error(
                        record,
                        format!(
                            "line of {total} bytes is over the limit of {} bytes: skipped",
                            self.src.opts.max_record_bytes
                        ),
                    )));
                }
                Line::Complete => {}
            }
            let line = self.line.strip_suffix(b"\r").unwrap_or(&self.line);
            // Editors on Windows start files with a byte-order mark.
            let line = match self.line_number {
                1 => line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line),
                _ => line,
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let result = parse_object(line).and_then(|(map, warnings)| {
                let id = format!("{}#{}", self.src.id_name, self.line_number);
                let origin = format!("{}:{}", self.src.name, self.line_number);
                record_document(map, &self.src, id, origin).map(|mut doc| {
                    doc.warnings.extend(warnings);
                    doc
                })
            });
            return Some(result.map_err(|message| self.src.record_error(record, message)));
        }
        None
    }
}

/// Parses one JSON object; invalid UTF-8 inside it is decoded lossily
/// (with a warning) rather than losing the record.
fn parse_object(line: &[u8]) -> Result<(Map<String, Value>, Vec<String>), String> {
    match serde_json::from_slice::<Map<String, Value>>(line) {
        Ok(map) => Ok((map, Vec::new())),
        Err(e) if std::str::from_utf8(line).is_ok() => Err(format!("invalid JSON object: {e}")),
        Err(_) => {
            let mut warnings = Vec::new();
            let text = decode_utf8(line.to_vec(), false, &mut warnings);
            serde_json::from_str::<Map<String, Value>>(&text)
                .map(|map| (map, warnings))
                .map_err(|e| format!("invalid JSON object: {e}"))
        }
    }
}

/// JSON: the whole file is one value (bounded by `max_record_bytes`): an
/// array of records, a map of id to record, or a single record.
pub(crate) fn read_json(mut body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    let (bytes, cut) = read_bounded(&mut body, src.opts.max_record_bytes);
    drop(body);
    if cut {
        return Box::new(std::iter::once(Err(src.invalid(format!(
            "JSON file larger than {} bytes: not read (write it as JSONL, one record per line)",
            src.opts.max_record_bytes
        )))));
    }
    let value = match serde_json::from_slice::<Value>(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return Box::new(std::iter::once(Err(
                src.invalid(format!("invalid JSON: {e}"))
            )))
        }
    };
    drop(bytes);
    let records: Vec<(Option<String>, Value)> = match value {
        Value::Array(items) => items.into_iter().map(|v| (None, v)).collect(),
        Value::Object(map) if TEXT_FIELDS.iter().any(|f| map.contains_key(*f)) => {
            vec![(None, Value::Object(map))]
        }
        Value::Object(map) => map.into_iter().map(|(k, v)| (Some(k), v)).collect(),
        other => {
            return Box::new(std::iter::once(Err(src.invalid(format!(
                "JSON holds {}, not records (an array of objects or a map of id to object)",
                json_type(&other)
            )))))
        }
    };
    Box::new(
        records
            .into_iter()
            .enumerate()
            .map(move |(index, (key, value))| {
                let number = index + 1;
                let record = match &key {
                    Some(k) => format!("record {number} ({k:?})"),
                    None => format!("record {number}"),
                };
                let Value::Object(mut map) = value else {
                    return Err(
                        src.record_error(record, format!("{} is not an object", json_type(&value)))
                    );
                };
                let fallback_id = match &key {
                    Some(k) => record_id(&src, k.clone()),
                    None => format!("{}#{number}", src.id_name),
                };
                if let Some(k) = key {
                    // The map key is the record's id unless it carries its own.
                    if !ID_FIELDS.iter().any(|f| map.contains_key(*f)) {
                        map.insert("id".to_string(), Value::String(k));
                    }
                }
                let origin = format!("{}#{number}", src.name);
                record_document(map, &src, fallback_id, origin)
                    .map_err(|message| src.record_error(record, message))
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReadOptions;

    fn source() -> Source {
        Source {
            name: "news.jsonl".to_string(),
            id_name: "news.jsonl".to_string(),
            opts: ReadOptions::default(),
            latch: Default::default(),
        }
    }

    fn object(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap_or_default()
    }

    #[test]
    fn fields_and_aliases_fill_metadata_and_the_rest_goes_to_extra() {
        let record = object(
            r#"{"id": 6152, "url": "http://en.kremlin.ru/x", "title": "T", "date": "2009-11-29T15:50:00+03:00",
                "lead": "", "author": ["A", "B"], "lang": "EN", "time": "15:50", "text": "Body."}"#,
        );
        let doc = record_document(record, &source(), "f".into(), "o".into()).unwrap_or_default();
        assert_eq!(doc.text, "Body.");
        assert_eq!(doc.meta.id, "news#6152");
        assert_eq!(doc.meta.title.as_deref(), Some("T"));
        assert_eq!(doc.meta.date.as_deref(), Some("2009-11-29"));
        assert_eq!(doc.meta.date_source, DateSource::Metadata);
        assert_eq!(doc.meta.standfirst, None);
        assert_eq!(doc.meta.author.as_deref(), Some("A, B"));
        assert_eq!(doc.meta.language.as_deref(), Some("en"));
        assert_eq!(
            doc.meta.extra.get("time"),
            Some(&Value::String("15:50".into()))
        );
        assert!(!doc.meta.extra.contains_key("lead"));
    }

    #[test]
    fn record_ids_are_qualified_by_the_file_stem_unless_asked_not_to() {
        for (name, stem) in [
            ("news.jsonl", "news"),
            ("../corpora/zelensky/messages_uk.jsonl.GZ", "messages_uk"),
            ("dir\\press.csv", "press"),
            ("stdin", "stdin"),
            (".jsonl", ".jsonl"),
            ("a.b.json", "a.b"),
        ] {
            assert_eq!(file_stem(name), stem, "{name}");
        }
        let mut src = source();
        assert_eq!(record_id(&src, "7".into()), "news#7");
        src.opts.record_ids = crate::RecordIds::AsWritten;
        assert_eq!(record_id(&src, "7".into()), "7");
        // The fallback (no id in the record) is the caller's, unchanged.
        let doc = record_document(
            object(r#"{"text": "x"}"#),
            &source(),
            "f#3".into(),
            "o".into(),
        )
        .unwrap_or_default();
        assert_eq!(doc.meta.id, "f#3");
    }

    #[test]
    fn a_lead_equal_to_the_text_is_not_a_standfirst() {
        let record = object(r#"{"text": "Short address.", "description": "Short address."}"#);
        let doc = record_document(record, &source(), "f".into(), "o".into()).unwrap_or_default();
        assert_eq!(doc.meta.standfirst, None);
        assert_eq!(doc.text, "Short address.");
    }

    #[test]
    fn a_record_without_text_is_refused() {
        let err = record_document(
            object(r#"{"title": "x"}"#),
            &source(),
            "f".into(),
            "o".into(),
        );
        assert!(err.is_err());
        let err = record_document(object(r#"{"text": 5}"#), &source(), "f".into(), "o".into());
        assert!(err.is_err_and(|m| m.contains("must be a string")));
    }

    #[test]
    fn unknown_dates_are_kept_with_a_warning() {
        let doc = record_document(
            object(r#"{"text": "x", "date": "soon"}"#),
            &source(),
            "f".into(),
            "o".into(),
        )
        .unwrap_or_default();
        assert_eq!(doc.meta.date, None);
        assert_eq!(doc.meta.date_source, DateSource::None);
        assert_eq!(doc.warnings.len(), 1);
    }
}
