//! Readers that turn input files into [`Document`]s.
//!
//! [`read_inputs`] takes paths (files, directories, `-` for stdin) and
//! yields one `Result<Document, IngestError>` per record, lazily: a
//! directory is walked one file at a time, a JSONL file one line at a time,
//! a WARC one record at a time. Formats are told apart by extension and by
//! sniffing the first bytes (gzip is undone first, whatever the name):
//! plain text, HTML, JSONL / JSON, CSV, RSS / Atom, WARC.
//!
//! Every input is untrusted: a broken record gives an error naming the file
//! and the record, and reading goes on with the next one. Memory is bounded
//! by [`ReadOptions`]: no record larger than `max_record_bytes` is held.

use claimtrace_core::Document;

mod date;
mod decode;
mod feed;
mod html;
mod input;
mod jsonl;
pub mod markup;
mod plain;
pub mod shingle;
mod table;
mod walk;
mod warc;

pub use date::normalize_date;
pub use html::{extract_html, read_html_file, HtmlExtract};
pub use input::Format;

/// Something that went wrong reading one input (or one record of it).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The input could not be opened or read.
    #[error("{}: {}", shown(.path), .source)]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The input as a whole is unusable (empty, binary, not a feed, ...).
    #[error("{}: {}", shown(.path), shown(.message))]
    Invalid { path: String, message: String },
    /// One record of a container (a JSONL line, a feed item, a WARC record,
    /// a CSV row) is unusable; the others are still read.
    #[error("{}: {}: {}", shown(.path), .record, shown(.message))]
    Record {
        path: String,
        /// Where in the input: `line 12`, `item 3`, `record 5 at byte 10234`.
        record: String,
        message: String,
    },
}

/// A path or message as it may be printed: control characters escaped
/// (`\n`, `\u{1b}`), so that a file named with a line break cannot forge
/// lines in a log, nor one with escapes drive the terminal.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .flat_map(|c| {
                let escaped = c.is_control().then(|| c.escape_default());
                let plain = (!c.is_control()).then_some(c);
                escaped.into_iter().flatten().chain(plain)
            })
            .collect(),
    )
}

impl IngestError {
    /// The input (path, or `-` for stdin) the error is about.
    pub fn path(&self) -> &str {
        match self {
            IngestError::Io { path, .. }
            | IngestError::Invalid { path, .. }
            | IngestError::Record { path, .. } => path,
        }
    }
}

/// Limits and choices for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Documents with more text than this (in bytes) are truncated at a
    /// character boundary, with a warning in `Document::warnings`.
    pub max_document_bytes: usize,
    /// The most raw bytes of one record held in memory: a text file, an HTML
    /// page, a JSONL line, a WARC record, a feed, a JSON or CSV file. Text
    /// and HTML beyond it are cut (with a warning); a JSONL line or WARC
    /// record beyond it is skipped with an error; a feed or JSON file beyond
    /// it is rejected.
    pub max_record_bytes: usize,
    /// How an id written in a record (JSONL, JSON, CSV) becomes the
    /// document id.
    pub record_ids: RecordIds,
    /// The longest one HTML page may take to extract; a page still being
    /// parsed then is reported as an error and skipped, so the batch goes
    /// on (its thread finishes in the background). `None`: no limit.
    /// Default [`DEFAULT_HTML_TIME_LIMIT`], or `CLAIMTRACE_HTML_TIMEOUT`
    /// seconds from the environment (`0`: no limit).
    pub html_time_limit: Option<std::time::Duration>,
    /// How a file's path becomes part of its documents' ids: as given (the
    /// default: `analyze` prints what was typed), or canonical (absolute,
    /// links resolved: what `ingest` uses, so that `news/a.txt`,
    /// `./news/a.txt` and `/data/news/a.txt` are one document).
    pub file_ids: FileIds,
    /// The id of what stdin holds (`ingest - --id ID`): the document id of
    /// a single document, the file name in record ids of a container.
    /// `None`: a single document read from stdin is named by its content
    /// (`stdin:` and 16 hex digits of the SHA-256 of its text), so two
    /// different articles piped in are two documents and one piped twice
    /// is one.
    pub stdin_id: Option<String>,
    /// A directory walk reads licence, readme and manifest files
    /// (`LICENSE*`, `README*`, `COPYING*`, `NOTICE*`, `MANIFEST*`) too;
    /// by default it skips them and lists them in `skipped`.
    pub include_all: bool,
    /// Files a directory walk skipped as not being news (see
    /// `include_all`), for the summary.
    pub skipped: SkipLog,
}

/// How file paths become ids: see [`ReadOptions::file_ids`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileIds {
    #[default]
    AsGiven,
    Canonical,
}

/// The files a directory walk skipped, shared by the clones of one
/// [`ReadOptions`] (the walk runs inside the document iterator).
#[derive(Debug, Clone, Default)]
pub struct SkipLog(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl SkipLog {
    pub(crate) fn push(&self, path: String) {
        if let Ok(mut list) = self.0.lock() {
            list.push(path);
        }
    }

    /// The paths skipped so far, in walk order.
    pub fn paths(&self) -> Vec<String> {
        self.0.lock().map(|list| list.clone()).unwrap_or_default()
    }
}

/// Time allowed to extract one HTML page by default: the slowest page of
/// the extraction benchmark takes well under a second, and the largest
/// legal hostile shapes (15 MB of 399-deep nests) about 3 s.
pub const DEFAULT_HTML_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(20);

/// `CLAIMTRACE_HTML_TIMEOUT` (seconds, `0` for none), else the default.
fn html_time_limit_from_env() -> Option<std::time::Duration> {
    match std::env::var("CLAIMTRACE_HTML_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
    {
        Some(secs) if secs <= 0.0 || !secs.is_finite() => None,
        Some(secs) => Some(std::time::Duration::from_secs_f64(secs.min(1e9))),
        None => Some(DEFAULT_HTML_TIME_LIMIT),
    }
}

/// How ids written in records (a JSONL/JSON/CSV `id` field or a JSON map
/// key) become document ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RecordIds {
    /// `STEM#ID`: the file name without directory and extensions (`.gz`
    /// too), `#`, the record's id (`messages_en#mhgP7EKXtzc`). Two files
    /// numbering their records alike give different documents, and the id
    /// does not depend on the directory the file was read from, so a
    /// rerun from elsewhere finds the same documents.
    #[default]
    Qualified,
    /// The record's id as written: for files whose ids are referred to
    /// elsewhere (evaluation gold data).
    AsWritten,
}

impl ReadOptions {
    /// Options for documents of at most `max_document_bytes` of text; raw
    /// records may be twice that (markup and JSON escapes) plus 64 KiB.
    pub fn with_max_document_bytes(max_document_bytes: usize) -> Self {
        ReadOptions {
            max_document_bytes,
            max_record_bytes: max_document_bytes
                .saturating_mul(2)
                .saturating_add(64 * 1024),
            record_ids: RecordIds::default(),
            html_time_limit: html_time_limit_from_env(),
            file_ids: FileIds::default(),
            stdin_id: None,
            include_all: false,
            skipped: SkipLog::default(),
        }
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions::with_max_document_bytes(64 * 1024 * 1024)
    }
}

/// The iterator every reader returns.
pub type Documents = Box<dyn Iterator<Item = Result<Document, IngestError>> + Send>;

/// Reads every input (files, directories recursively, `-` for stdin) and
/// yields documents and per-record errors, lazily, in order.
pub fn read_inputs(inputs: &[String], opts: &ReadOptions) -> Documents {
    let inputs: Vec<String> = inputs.to_vec();
    let opts = opts.clone();
    Box::new(
        inputs
            .into_iter()
            .flat_map(move |input| walk::read_input(input, opts.clone())),
    )
}

/// Reads one document or container from any byte stream; `name` is used for
/// ids and error messages (and its extension as a format hint).
pub fn read_stream(
    stream: Box<dyn std::io::Read + Send>,
    name: &str,
    opts: &ReadOptions,
) -> Documents {
    input::read_stream(stream, name.to_string(), opts.clone())
}
