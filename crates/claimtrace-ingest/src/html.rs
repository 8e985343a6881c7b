//! HTML pages: main article text and metadata, through the `trafilatura`
//! crate (a port of go-trafilatura), which drops menus, boilerplate and
//! comments.

use std::io::BufRead;
use std::panic::{catch_unwind, AssertUnwindSafe};

use claimtrace_core::{DateSource, Document, Metadata};

use crate::decode::{decode_text, limit_document, read_bounded};
use crate::input::Source;
use crate::Documents;

/// What is read out of one HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlExtract {
    /// Page title (headline), if any.
    pub title: Option<String>,
    /// The main text: paragraphs separated by line breaks; no title.
    pub text: String,
    pub author: Option<String>,
    /// Publication date from the page's metadata, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Canonical URL (`<link rel=canonical>` / `og:url`).
    pub url: Option<String>,
    pub language: Option<String>,
    /// Site name (`og:site_name`), used as the source.
    pub site_name: Option<String>,
    pub description: Option<String>,
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Pages nested deeper than this are refused: real pages stay far below it
/// (a few dozen levels), and the extractor recurses over the tree.
pub const MAX_HTML_DEPTH: usize = 400;

/// The most HTML parsed for one page: a DOM takes several times the bytes
/// of its source, and real article pages are far smaller.
pub const MAX_HTML_BYTES: usize = 16 * 1024 * 1024;

/// Stack for the extraction thread: the extractor recurses over the DOM, and
/// callers (rayon workers, test threads) may have small stacks.
const EXTRACTION_STACK_BYTES: usize = 64 * 1024 * 1024;

/// Extracts the main text and metadata of an HTML page, in the default
/// time ([`crate::DEFAULT_HTML_TIME_LIMIT`]). `Err` says why no text came
/// out (no article text, markup too deep, too slow, or the extractor failed
/// on this page).
pub fn extract_html(html: &str) -> Result<HtmlExtract, String> {
    extract_html_within(html.to_string(), Some(crate::DEFAULT_HTML_TIME_LIMIT))
}

/// Extracts a page on its own thread (with a large stack) and waits for it
/// at most `limit`. A page not done by then is an error and the caller
/// goes on; its thread cannot be stopped from outside (no unsafe tricks),
/// so it runs to its end in the background and its result is dropped.
pub fn extract_html_within(
    html: String,
    limit: Option<std::time::Duration>,
) -> Result<HtmlExtract, String> {
    let (send, receive) = std::sync::mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("html-extract".to_string())
        .stack_size(EXTRACTION_STACK_BYTES)
        .spawn(move || {
            let result = extract_html_here(&html);
            // The caller may have stopped waiting: nothing to tell then.
            let _ = send.send(result);
        });
    if let Err(e) = worker {
        return Err(format!("the HTML extractor could not start a thread: {e}"));
    }
    let failed = || "the HTML extractor failed on this page".to_string();
    match limit {
        Some(limit) => match receive.recv_timeout(limit) {
            Ok(result) => result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(format!(
                "HTML extraction took longer than {} s: skipped (CLAIMTRACE_HTML_TIMEOUT sets the limit)",
                limit.as_secs_f64()
            )),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(failed()),
        },
        None => receive.recv().unwrap_or_else(|_| Err(failed())),
    }
}

/// Greatest element nesting of a parsed page, counted without recursion.
fn tree_depth(doc: &trafilatura::dom::Document) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = pending.pop() {
        deepest = deepest.max(depth);
        if depth > MAX_HTML_DEPTH {
            break;
        }
        pending.extend(
            doc.children(node)
                .into_iter()
                .map(|child| (child, depth + 1)),
        );
    }
    deepest
}

fn extract_html_here(html: &str) -> Result<HtmlExtract, String> {
    let mut options = trafilatura::Options::default();
    options.exclude_comments = true;
    options.enable_fallback = true;
    // The extractor is third-party code with internal `unwrap`s: a page that
    // trips one must cost that page only, not the whole batch.
    // The parser is quadratic on deep nesting and on many attributes: such
    // pages are refused by a linear scan before it runs.
    if let Some(why) = crate::markup::refusal(html) {
        return Err(why);
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        let doc = trafilatura::dom::Document::parse(html);
        let depth = tree_depth(&doc);
        if depth > MAX_HTML_DEPTH {
            return Ok(Err(format!(
                "markup nested more than {MAX_HTML_DEPTH} levels deep: not extracted"
            )));
        }
        trafilatura::extract_document(doc, &options).map(Ok)
    }))
    .map_err(|_| "the HTML extractor failed on this page (internal panic caught)".to_string())?
    .map_err(|e| format!("no article text found: {e}"))??;
    let meta = result.metadata;
    let text = normalize_newlines(&result.content_text);
    if text.trim().is_empty() {
        return Err("no article text found in the page".to_string());
    }
    Ok(HtmlExtract {
        title: non_empty(meta.title),
        text,
        author: non_empty(meta.author).filter(|a| plausible_author(a, &meta.sitename)),
        date: meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
        url: non_empty(meta.url),
        language: non_empty(meta.language),
        site_name: non_empty(meta.sitename),
        description: non_empty(meta.description),
    })
}

/// Platforms and handles that page metadata (`twitter:creator`, ...) puts
/// where an author's name belongs.
const NOT_AUTHORS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "telegram",
    "vk",
    "linkedin",
    "admin",
    "administrator",
    "staff",
    "editor",
    "editors",
];

fn plausible_author(author: &str, site_name: &str) -> bool {
    let lower = author.to_lowercase();
    !NOT_AUTHORS.contains(&lower.as_str())
        && !lower.starts_with('@')
        && !lower.starts_with("http")
        && !author.eq_ignore_ascii_case(site_name.trim())
}

/// One paragraph per line, no trailing spaces, no runs of blank lines.
fn normalize_newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// The charset an HTML or XML document declares in its first bytes
/// (`<meta charset=...>`, `<meta http-equiv content="...; charset=...">`,
/// `<?xml ... encoding="...">`).
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head: Vec<u8> = bytes
        .iter()
        .take(4096)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let label_after = |key: &[u8]| -> Option<String> {
        let at = head.windows(key.len()).position(|w| w == key)? + key.len();
        let rest = head.get(at..)?;
        let rest = rest
            .iter()
            .position(|b| !matches!(b, b'"' | b'\'' | b' '))
            .and_then(|s| rest.get(s..))?;
        let label: String = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .map(|&b| b as char)
            .collect();
        (!label.is_empty()).then_some(label)
    };
    label_after(b"charset=").or_else(|| {
        head.starts_with(b"<?xml")
            .then(|| label_after(b"encoding="))
            .flatten()
    })
}

/// Builds a document from raw HTML bytes. `charset` is an encoding label
/// from outside the page (an HTTP header), preferred to the page's own.
pub(crate) fn html_document(
    mut bytes: Vec<u8>,
    mut cut: bool,
    charset: Option<&str>,
    src: &Source,
    id: String,
    origin: String,
) -> Result<Document, String> {
    let mut warnings = Vec::new();
    if bytes.len() > MAX_HTML_BYTES {
        bytes.truncate(MAX_HTML_BYTES);
        cut = true;
    }
    if cut {
        warnings.push(format!(
            "HTML longer than {} bytes: only that much was read",
            bytes.len()
        ));
    }
    let declared = charset
        .map(str::to_string)
        .or_else(|| declared_charset(&bytes));
    let html = decode_text(bytes, declared.as_deref(), cut, &mut warnings);
    let page = extract_html_within(html, src.opts.html_time_limit)?;
    let mut text = match &page.title {
        Some(title) if !page.text.starts_with(title.as_str()) => {
            format!("{title}\n\n{}", page.text)
        }
        _ => page.text,
    };
    limit_document(&mut text, src.opts.max_document_bytes, &mut warnings);
    let date_source = if page.date.is_some() {
        DateSource::Metadata
    } else {
        DateSource::None
    };
    // The meta description is the standfirst when the page prints it as a
    // paragraph; otherwise it is only kept aside.
    let mut extra = std::collections::BTreeMap::new();
    let standfirst = match page.description {
        Some(d) if text.lines().any(|line| line == d) => Some(d),
        Some(d) => {
            extra.insert("description".to_string(), serde_json::Value::String(d));
            None
        }
        None => None,
    };
    let meta = Metadata {
        id,
        origin: Some(origin),
        title: page.title,
        standfirst,
        extra,
        url: page.url,
        source: page.site_name,
        author: page.author,
        language: page.language,
        date: page.date,
        date_source,
        ..Default::default()
    };
    let mut doc = Document::new(text, meta);
    doc.warnings = warnings;
    Ok(doc)
}

/// Reads one HTML file (gzipped or not; charset from its declaration) and
/// extracts it; used by `claimtrace eval html`.
pub fn read_html_file(
    path: &std::path::Path,
    opts: &crate::ReadOptions,
) -> Result<HtmlExtract, crate::IngestError> {
    let name = path.to_string_lossy().into_owned();
    let file = std::fs::File::open(path).map_err(|source| crate::IngestError::Io {
        path: name.clone(),
        source,
    })?;
    let mut raw = std::io::BufReader::new(file);
    let is_gzip = raw
        .fill_buf()
        .map(|head| head.starts_with(&[0x1f, 0x8b]))
        .unwrap_or(false);
    let mut reader: Box<dyn std::io::Read> = if is_gzip {
        Box::new(flate2::read::MultiGzDecoder::new(raw))
    } else {
        Box::new(raw)
    };
    let (bytes, cut) = read_bounded(&mut reader, opts.max_record_bytes);
    let charset = declared_charset(&bytes);
    let mut warnings = Vec::new();
    let html = decode_text(bytes, charset.as_deref(), cut, &mut warnings);
    extract_html_within(html, opts.html_time_limit).map_err(|message| crate::IngestError::Invalid {
        path: name,
        message,
    })
}

pub(crate) fn read(mut body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    let limit = src.opts.max_record_bytes.min(MAX_HTML_BYTES);
    let (bytes, cut) = read_bounded(&mut body, limit);
    drop(body);
    let result = html_document(
        bytes,
        cut,
        None,
        &src,
        src.id_name.clone(),
        src.name.clone(),
    )
    .map(|mut doc| {
        if let Some(broken) = src.latch.peek() {
            doc.warnings
                .push(format!("page may be incomplete: {broken}"));
        }
        doc
    })
    .map_err(|message| src.invalid(message));
    Box::new(std::iter::once(result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_declarations_are_found() {
        assert_eq!(
            declared_charset(b"<html><head><meta charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
            )
            .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            declared_charset(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(declared_charset(b"<html><body>no declaration"), None);
    }

    #[test]
    fn article_text_title_and_metadata_are_extracted() {
        let paragraph = "The minister said on Tuesday that the talks would continue next week, \
                         and that both delegations had agreed on a timetable for the next round.";
        let html = format!(
            "<html><head><title>Talks to continue | Example News</title>\
             <meta property=\"og:title\" content=\"Talks to continue\">\
             <link rel=\"canonical\" href=\"https://news.example.com/talks\">\
             <meta name=\"author\" content=\"Jane Doe\">\
             <meta property=\"article:published_time\" content=\"2023-07-16T10:00:00Z\">\
             </head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
             <article><h1>Talks to continue</h1><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article>\
             <footer>Copyright Example News. All rights reserved.</footer></body></html>"
        );
        let page = extract_html(&html).expect("article extracted");
        assert_eq!(page.title.as_deref(), Some("Talks to continue"));
        assert_eq!(page.url.as_deref(), Some("https://news.example.com/talks"));
        assert_eq!(page.date.as_deref(), Some("2023-07-16"));
        assert_eq!(page.author.as_deref(), Some("Jane Doe"));
        assert!(page.text.contains("both delegations had agreed"));
        assert!(!page.text.contains("All rights reserved"), "{}", page.text);
        assert!(!page.text.contains("Home"), "{}", page.text);
    }

    /// A page that takes longer than its time budget is an error naming
    /// the budget, and the reader goes on to the next input at once.
    #[test]
    fn a_page_over_its_time_budget_is_skipped_and_the_batch_goes_on() {
        let paragraph =
            "<p>The minister said on Tuesday that the talks would continue next week.</p>";
        let slow = format!(
            "<html><body><article>{}</article></body></html>",
            paragraph.repeat(10_000)
        );
        let started = std::time::Instant::now();
        let late = extract_html_within(slow.clone(), Some(std::time::Duration::from_millis(5)));
        let message = late.err().unwrap_or_default();
        assert!(message.contains("took longer than 0.005 s"), "{message}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1));

        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a-slow.html"), &slow).unwrap();
        std::fs::write(
            dir.path().join("b-fine.txt"),
            "Talks go on.\n\nThe talks went on.\n",
        )
        .unwrap();
        let opts = crate::ReadOptions {
            html_time_limit: Some(std::time::Duration::from_millis(5)),
            ..Default::default()
        };
        let inputs = vec![dir.path().to_string_lossy().into_owned()];
        let started = std::time::Instant::now();
        let results: Vec<_> = crate::read_inputs(&inputs, &opts).collect();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(results.len(), 2);
        let skipped = results[0]
            .as_ref()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            skipped.contains("a-slow.html") && skipped.contains("took longer"),
            "{skipped}"
        );
        assert!(results[1].is_ok());
        // With no limit the same page is read.
        assert!(extract_html_within(slow, None).is_ok());
    }

    #[test]
    fn platform_names_are_not_authors() {
        assert!(!plausible_author("Twitter", ""));
        assert!(!plausible_author("@kremlinrussia_e", ""));
        assert!(!plausible_author(
            "President of Russia",
            "President of Russia"
        ));
        assert!(plausible_author("Jane Doe", "Example News"));
    }

    #[test]
    fn hostile_markup_does_not_panic() {
        let deep = "<div>".repeat(20_000);
        let refused = extract_html(&deep).err().unwrap_or_default();
        assert!(refused.contains("nested"), "{refused}");
        for html in [
            String::new(),
            "<".to_string(),
            "<html><body><p>unclosed".to_string(),
            deep,
            "<script>".repeat(1000),
        ] {
            let _ = extract_html(&html);
        }
    }
}
