//! One module per subcommand. Each defines `Args` (clap) and `run`.

pub mod analyze;
pub mod batch;
pub mod bench;
pub mod bench_store;
pub mod corpus_args;
pub mod delete;
pub mod eval;
pub mod eval_all;
pub mod eval_html;
pub mod eval_match;
pub mod eval_numbers;
pub mod eval_quotes;
pub mod eval_times;
pub mod eval_trace;
pub mod eval_trace_real;
pub mod export;
pub mod ingest;
pub mod jsonl;
pub mod list;
pub mod matching;
pub mod pretty;
pub mod progress;
pub mod queue;
pub mod quote_model;
pub mod search;
pub mod serve;
pub mod show;
pub mod stats;
pub mod store_args;
pub mod timeline;
pub mod trace;
pub mod train;
pub mod worker;

/// A command line that parses but asks for nothing (an empty query): exit
/// status 2 with the message, as clap does for its own usage errors.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// `Err` with a usage error when `query` is empty or only whitespace.
pub fn require_words(query: &str, what: &str) -> anyhow::Result<()> {
    if query.trim().is_empty() {
        return Err(UsageError(format!("{what} is empty: give the words to look for")).into());
    }
    Ok(())
}

/// `text` with control characters escaped (`\n`, `\u{1b}`), so that a
/// file name or id holding them cannot forge lines or terminal escapes in
/// messages.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Writes one message line to stderr, control characters escaped. A
/// closed or broken stderr is ignored: a message must never panic.
pub fn eprint_line(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_controls(line));
}

/// Whether an error comes from writing to a closed pipe (`| head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
    })
}
