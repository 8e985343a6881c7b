//! RSS 2.0, RSS 1.0 and Atom feeds (through `feed-rs`): one document per
//! item, its text the item's full content (`content:encoded`, Atom
//! `content`) or else its summary, stripped of HTML.

use std::io::BufRead;
use std::panic::{catch_unwind, AssertUnwindSafe};

use claimtrace_core::{DateSource, Document, Metadata};
use scraper::{Html, Node};

use crate::decode::{decode_text, limit_document, read_bounded};
use crate::html::declared_charset;
use crate::input::Source;
use crate::Documents;

pub(crate) fn read(mut body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    let (bytes, cut) = read_bounded(&mut body, src.opts.max_record_bytes);
    drop(body);
    if cut {
        return Box::new(std::iter::once(Err(src.invalid(format!(
            "feed larger than {} bytes: not read",
            src.opts.max_record_bytes
        )))));
    }
    let mut feed_warnings = Vec::new();
    let feed = match parse_feed(&bytes, &mut feed_warnings) {
        Ok(feed) => feed,
        Err(message) => return Box::new(std::iter::once(Err(src.invalid(message)))),
    };
    drop(bytes);
    let source = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let language = feed.language.clone();
    let entries = feed.entries;
    if entries.is_empty() {
        return Box::new(std::iter::once(Err(src.invalid("feed has no items"))));
    }
    Box::new(entries.into_iter().enumerate().map(move |(index, entry)| {
        let number = index + 1;
        entry_document(
            entry,
            number,
            &src,
            source.clone(),
            language.clone(),
            &feed_warnings,
        )
        .map_err(|message| src.record_error(format!("item {number}"), message))
    }))
}

/// Why `feed-rs` gave no feed: an error, or a panic inside it (its contact
/// parser slices author strings at byte offsets that need not be char
/// boundaries: `<author>a@b.cc’ x</author>`).
enum ParseFailure {
    Error(String),
    Panic,
}

impl std::fmt::Display for ParseFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseFailure::Error(e) => f.write_str(e),
            ParseFailure::Panic => {
                f.write_str("the feed parser failed on it (internal panic caught)")
            }
        }
    }
}

/// `feed-rs` on `data`, a panic inside it caught: third-party code must cost
/// this feed only, never the batch.
fn parse_once(data: &[u8]) -> Result<feed_rs::model::Feed, ParseFailure> {
    match catch_unwind(AssertUnwindSafe(|| {
        feed_rs::parser::Builder::new().build().parse(data)
    })) {
        Ok(result) => result.map_err(|e| ParseFailure::Error(e.to_string())),
        Err(_) => Err(ParseFailure::Panic),
    }
}

const CONTACTS_LEFT_OUT: &str =
    "the parser failed on a contact field: read without author, managingEditor and webMaster";

/// Parses a feed. A feed that fails as it is gets up to three repairs, each
/// with a warning: text that is not valid UTF-8 (a latin-1 feed declaring
/// UTF-8, or none) is transcoded from its declared charset, else
/// windows-1252; an `<rss>` root without a `version` attribute (which the
/// parser needs to recognise RSS) is read as RSS 2.0; and when the parser
/// panics, the RSS contact fields it fails on (`author`, `managingEditor`,
/// `webMaster`) are left out.
fn parse_feed(bytes: &[u8], warnings: &mut Vec<String>) -> Result<feed_rs::model::Feed, String> {
    let first_error = match parse_once(bytes) {
        Ok(feed) => return Ok(feed),
        Err(e) => e,
    };
    let mut repairs = Vec::new();
    let mut text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            let declared = declared_charset(bytes).filter(|label| !label.contains("utf"));
            let label = declared.unwrap_or_else(|| "windows-1252".to_string());
            let mut ignored = Vec::new();
            let decoded = decode_text(bytes.to_vec(), Some(&label), false, &mut ignored);
            repairs.push(format!("not valid UTF-8: decoded as {label}"));
            without_xml_declaration(&decoded).to_string()
        }
    };
    if let Some(fixed) = with_rss_version(&text) {
        text = fixed;
        repairs.push("`<rss>` has no version: read as RSS 2.0".to_string());
    }
    let mut contacts_cut = false;
    if matches!(first_error, ParseFailure::Panic) {
        if let Some(fixed) = without_contacts(&text) {
            text = fixed;
            contacts_cut = true;
            repairs.push(CONTACTS_LEFT_OUT.to_string());
        }
    }
    if repairs.is_empty() {
        return Err(format!("not a readable RSS/Atom feed: {first_error}"));
    }
    let mut parsed = parse_once(text.as_bytes());
    // The first repairs let the parser reach a contact field it fails on.
    if matches!(parsed, Err(ParseFailure::Panic)) && !contacts_cut {
        if let Some(fixed) = without_contacts(&text) {
            repairs.push(CONTACTS_LEFT_OUT.to_string());
            parsed = parse_once(fixed.as_bytes());
        }
    }
    let feed = parsed.map_err(|e| {
        format!(
            "not a readable RSS/Atom feed: {first_error}; after repair ({}): {e}",
            repairs.join("; ")
        )
    })?;
    warnings.extend(
        repairs
            .into_iter()
            .map(|r| format!("malformed feed repaired: {r}")),
    );
    Ok(feed)
}

/// The RSS contact elements (`author`, `managingEditor`, `webMaster`) cut
/// out of a feed's text, in one pass; `None` when it has none.
fn without_contacts(text: &str) -> Option<String> {
    const NAMES: [&str; 3] = ["author", "managingEditor", "webMaster"];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut cut = false;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let name = NAMES.iter().find(|n| {
            after.starts_with(**n)
                && matches!(
                    after.as_bytes().get(n.len()),
                    Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
                )
        });
        let Some(name) = name else {
            out.push_str(&rest[..lt + 1]);
            rest = after;
            continue;
        };
        out.push_str(&rest[..lt]);
        cut = true;
        // Self-closing, or up to its end tag (or the end of the feed).
        let open_end = after.find('>').map_or(after.len(), |i| i + 1);
        if after[..open_end].ends_with("/>") {
            rest = &after[open_end..];
        } else {
            let close = format!("</{name}>");
            rest = after.find(&close).map_or("", |i| &after[i + close.len()..]);
        }
    }
    out.push_str(rest);
    cut.then_some(out)
}

/// The text with `version="2.0"` added to an `<rss>` root that lacks one.
fn with_rss_version(text: &str) -> Option<String> {
    let start = text.find("<rss")?;
    let rest = text.get(start..)?;
    let tag_end = rest.find('>')?;
    let tag = rest.get(..tag_end)?;
    let after_name = tag.get(4..)?;
    if after_name.contains("version")
        || !(after_name.is_empty() || after_name.starts_with(char::is_whitespace))
    {
        return None;
    }
    let insert_at = start + 4;
    Some(format!(
        "{} version=\"2.0\"{}",
        text.get(..insert_at)?,
        text.get(insert_at..)?
    ))
}

/// The XML without its `<?xml ...?>` declaration, whose encoding no longer
/// holds once the text is UTF-8.
fn without_xml_declaration(text: &str) -> &str {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<?xml") {
        if let Some(end) = trimmed.find("?>") {
            return trimmed.get(end + 2..).unwrap_or(trimmed);
        }
    }
    trimmed
}

fn entry_document(
    entry: feed_rs::model::Entry,
    number: usize,
    src: &Source,
    source: Option<String>,
    language: Option<String>,
    feed_warnings: &[String],
) -> Result<Document, String> {
    let title = entry
        .title
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .filter(|t| !t.is_empty());
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(html_to_text)
        .filter(|t| !t.is_empty());
    let summary = entry
        .summary
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .filter(|t| !t.is_empty());
    // The summary is the standfirst when there is full content too.
    let (body, standfirst) = match (content, summary) {
        (Some(content), Some(summary)) if summary != content => (Some(content), Some(summary)),
        (Some(content), _) => (Some(content), None),
        (None, summary) => (summary, None),
    };
    let mut text = match (&title, body) {
        (Some(title), Some(body)) if body.starts_with(title.as_str()) => body,
        (Some(title), Some(body)) => format!("{title}\n\n{body}"),
        (None, Some(body)) => body,
        (Some(title), None) => title.clone(),
        (None, None) => return Err("item has neither title nor text".to_string()),
    };
    let mut warnings = feed_warnings.to_vec();
    limit_document(&mut text, src.opts.max_document_bytes, &mut warnings);
    let date = entry
        .published
        .or(entry.updated)
        .map(|d| d.date_naive().format("%Y-%m-%d").to_string());
    let authors: Vec<String> = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(|n| n.trim().to_string()))
        .filter(|n| !n.is_empty())
        .collect();
    let section = entry
        .categories
        .first()
        .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
        .filter(|c| !c.trim().is_empty());
    let id = if entry.id.trim().is_empty() {
        format!("{}#{number}", src.id_name)
    } else {
        entry.id.clone()
    };
    let meta = Metadata {
        id,
        title,
        standfirst: standfirst.filter(|s| text.contains(s.as_str())),
        section,
        url: entry.links.first().map(|l| l.href.clone()),
        source,
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        language: entry.language.clone().or(language),
        date_source: if date.is_some() {
            DateSource::Metadata
        } else {
            DateSource::None
        },
        date,
        origin: Some(format!("{}#{number}", src.name)),
        ..Default::default()
    };
    let mut doc = Document::new(text, meta);
    doc.warnings = warnings;
    Ok(doc)
}

/// Elements after which text starts on a new line.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "dd",
    "dt",
];

/// Text of an HTML fragment: one paragraph per line, whitespace collapsed,
/// scripts and styles dropped. Text without markup is returned trimmed.
pub(crate) fn html_to_text(fragment: &str) -> String {
    if !fragment.contains('<') {
        return collapse_lines(fragment);
    }
    // Markup the parser would take quadratic time on (deep nesting, a tag
    // with thousands of attributes) is stripped without it.
    if crate::markup::refusal(fragment).is_some() {
        return crate::markup::strip_tags(fragment);
    }
    let html = Html::parse_fragment(fragment);
    let mut out = String::with_capacity(fragment.len());
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Text(text) => {
                    let hidden = node.ancestors().any(|a| {
                        a.value()
                            .as_element()
                            .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript"))
                    });
                    if !hidden {
                        // Line breaks in HTML source are spaces; only block
                        // elements break lines.
                        out.extend(
                            text.chars()
                                .map(|c| if c.is_whitespace() { ' ' } else { c }),
                        );
                    }
                }
                Node::Element(e) if BLOCK_ELEMENTS.contains(&e.name()) => out.push('\n'),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if BLOCK_ELEMENTS.contains(&e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    collapse_lines(&out)
}

/// Collapses runs of spaces inside lines and drops empty lines.
fn collapse_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&words.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IngestError, ReadOptions};

    fn read_feed(bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
        let src = Source {
            name: "f.rss".into(),
            id_name: "f.rss".into(),
            opts: ReadOptions::default(),
            latch: Default::default(),
        };
        read(Box::new(std::io::Cursor::new(bytes.to_vec())), src).collect()
    }

    #[test]
    fn html_fragments_become_paragraph_lines() {
        assert_eq!(
            html_to_text("<p>One <b>bold</b>\n word.</p><p>Two.</p><script>x()</script>"),
            "One bold word.\nTwo."
        );
        assert_eq!(html_to_text("  plain   text "), "plain text");
    }

    #[test]
    fn rss_items_become_documents() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://example.com</link><description>d</description>
<item><title>Talks go on</title><link>https://example.com/a</link><dc:creator>Jane Doe</dc:creator>
<pubDate>Sun, 16 Jul 2023 10:00:00 GMT</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>The talks went on.</p><p>Both sides spoke.</p>]]></content:encoded></item>
<item><title>Second</title></item>
</channel></rss>"#;
        let docs = read_feed(rss);
        assert_eq!(docs.len(), 2);
        let Some(Ok(first)) = docs.first() else {
            panic!(
                "first item not read: {:?}",
                docs.first()
                    .map(|d| d.as_ref().err().map(|e| e.to_string()))
            )
        };
        assert_eq!(
            first.text,
            "Talks go on\n\nThe talks went on.\nBoth sides spoke."
        );
        assert_eq!(first.meta.title.as_deref(), Some("Talks go on"));
        assert_eq!(first.meta.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(first.meta.date.as_deref(), Some("2023-07-16"));
        assert_eq!(first.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(first.meta.source.as_deref(), Some("Example News"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let docs = read_feed(b"<rss><channel><item><title>unclosed");
        assert!(!docs.is_empty());
        let docs = read_feed(b"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>S\xe3o Paulo</title><item><title>Not\xedcia</title><description>Texto \xe9 bom.</description></item></channel></rss>");
        let ok: Vec<&Document> = docs.iter().filter_map(|d| d.as_ref().ok()).collect();
        assert_eq!(ok.len(), 1, "latin-1 feed recovered");
        assert_eq!(ok[0].meta.title.as_deref(), Some("Notícia"));
        assert!(!ok[0].warnings.is_empty());
        // No version on <rss>, latin-1 without declaration (as uolNoticias.rss).
        let docs = read_feed(b"<rss>\n<channel><title>UOL</title><item><title>Not\xedcia</title><description>Texto.</description></item></channel></rss>");
        let ok: Vec<&Document> = docs.iter().filter_map(|d| d.as_ref().ok()).collect();
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].meta.source.as_deref(), Some("UOL"));
        assert_eq!(ok[0].warnings.len(), 2, "{:?}", ok[0].warnings);
    }
    /// Found by the fuzz test (seed 15): feed-rs slices an author string at
    /// a byte that is not a char boundary when a non-ASCII character follows
    /// an e-mail address, and panics. The feed is read without its contact
    /// fields, with a warning.
    #[test]
    fn a_panic_in_the_feed_parser_costs_the_contact_fields_only() {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>S</title>\
<managingEditor>ed@example.com (Ed)</managingEditor>\
<item><title>One</title><author>yourfriends@medium.comves\u{2019} up.\u{201d} \u{2014} </author>\
<description>The talks went on.</description></item>\
<item><title>Two</title><description>Both sides spoke.</description></item></channel></rss>";
        let docs = read_feed(rss.as_bytes());
        let ok: Vec<&Document> = docs.iter().filter_map(|d| d.as_ref().ok()).collect();
        assert_eq!(ok.len(), 2, "{docs:?}");
        assert_eq!(ok[0].meta.title.as_deref(), Some("One"));
        assert!(
            ok[0].warnings.iter().any(|w| w.contains("contact field")),
            "{:?}",
            ok[0].warnings
        );
        assert_eq!(
            without_contacts("a<author>x</author>b<webMaster/>c<authority>d").as_deref(),
            Some("abc<authority>d")
        );
        assert_eq!(without_contacts("<title>t</title>"), None);
    }
}
