//! A linear pre-scan of HTML before it reaches the HTML parser.
//!
//! html5ever (under `trafilatura` and `scraper`) is quadratic on two
//! shapes: deep nesting (each start tag scans the stack of open elements)
//! and many attributes on one tag (each attribute is compared with the
//! ones before it). 100k nested `<div>`s took 29 s and 100k attributes
//! 55 s, while the tree-depth check ran only after the parse. This scan
//! reads the markup once, in O(n) time and O(1) memory, and says how deep
//! it nests and how many attributes its largest tag has, so that such
//! pages are refused before the parser sees them.
//!
//! The depth is an estimate of what the parser builds: elements whose end
//! tag may be left out (`p`, `li`, `td`, ...) and void elements (`br`,
//! `img`, ...) are not counted, nor are comments or the contents of
//! `script`, `style` and the other raw-text elements; `<x/>` opens an
//! element, as the HTML parser reads it, except inside `svg` and `math`.

/// Element nesting above which a page is not given to the HTML parser:
/// real pages stay at a few dozen levels, and the tree is held to the same
/// limit after the parse ([`crate::html::MAX_HTML_DEPTH`]). Below it the
/// parser's cost per tag is bounded: a 15 MB page of 400-deep nests parses
/// in a few seconds.
pub const MAX_MARKUP_DEPTH: usize = crate::html::MAX_HTML_DEPTH;

/// Attributes on one tag above which a page is not given to the parser
/// (real tags carry a few, a few dozen with data attributes). The parser
/// compares each attribute with those before it on the tag, so the cost of
/// a page is at most this many comparisons per byte or so.
pub const MAX_ATTRIBUTES: usize = 256;

/// What the scan found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkupShape {
    /// Deepest estimated element nesting.
    pub depth: usize,
    /// Most attributes on one tag.
    pub attributes: usize,
}

/// Elements that never hold content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "isindex",
];

/// Elements that unclosed do not nest: those whose end tag may be left out
/// (the parser closes them when a sibling opens), and a few more.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    // An `a`, `nobr` or `button` opening inside another closes it.
    "a", "nobr", "button",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// The shape of `html`, read once.
pub fn scan(html: &str) -> MarkupShape {
    let b = html.as_bytes();
    let mut shape = MarkupShape::default();
    let mut depth = 0usize;
    // Depth at which an `svg` or `math` element opened (foreign content,
    // where `/>` closes an element).
    let mut foreign_from: Option<usize> = None;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        let Some(&next) = b.get(i) else { break };
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if next == b'!' || next == b'?' {
            i = memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e + 1);
            continue;
        }
        let closing = next == b'/';
        let name_from = if closing { i + 1 } else { i };
        let name_len = b[name_from..]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace() && **c != b'/' && **c != b'>')
            .count();
        let name = &b[name_from..name_from + name_len];
        if name.is_empty() || !name[0].is_ascii_alphabetic() {
            // "<" as text ("a < b"), or "</ >".
            continue;
        }
        let (end, attributes, self_closing) = tag_end(b, name_from + name_len);
        i = end;
        shape.attributes = shape.attributes.max(attributes);
        let lower = Lower(name);
        if closing {
            if lower.is_any(VOID) || lower.is_any(OPTIONAL_END) {
                continue;
            }
            depth = depth.saturating_sub(1);
            if foreign_from.is_some_and(|d| depth <= d) {
                foreign_from = None;
            }
            continue;
        }
        if lower.is_any(RAW_TEXT) {
            // Skip to the matching end tag (case-insensitive).
            i = skip_raw_text(b, i, name);
            continue;
        }
        if lower.is_any(VOID) || lower.is_any(OPTIONAL_END) {
            continue;
        }
        if self_closing && foreign_from.is_some() {
            continue;
        }
        if foreign_from.is_none() && (lower.is(b"svg") || lower.is(b"math")) {
            if self_closing {
                continue;
            }
            foreign_from = Some(depth);
        }
        depth += 1;
        shape.depth = shape.depth.max(depth);
    }
    shape
}

/// Why `html` is not given to the HTML parser, if it is not.
pub fn refusal(html: &str) -> Option<String> {
    let shape = scan(html);
    if shape.depth > MAX_MARKUP_DEPTH {
        return Some(format!(
            "markup nested more than {MAX_MARKUP_DEPTH} levels deep ({} found by the pre-scan): not extracted",
            shape.depth
        ));
    }
    if shape.attributes > MAX_ATTRIBUTES {
        return Some(format!(
            "a tag with {} attributes (more than {MAX_ATTRIBUTES}): not extracted",
            shape.attributes
        ));
    }
    None
}

/// The text of markup without the parser: tags, comments and the contents
/// of raw-text elements dropped, a line break for each block-level tag,
/// the common character references decoded, runs of spaces collapsed. For
/// fragments the parser is not given (feeds); linear.
pub fn strip_tags(html: &str) -> String {
    let b = html.as_bytes();
    let mut raw = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < b.len() {
        // Line breaks in the source are spaces; block tags break lines.
        let text_end = memchr(b'<', &b[i..]).map_or(b.len(), |off| i + off);
        raw.extend(html[i..text_end].chars().map(|c| match c {
            '\n' | '\r' => ' ',
            c => c,
        }));
        if text_end == b.len() {
            break;
        }
        let off = text_end - i;
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_from = if closing { i + 1 } else { i };
        let name_len = b[name_from..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = &b[name_from..name_from + name_len];
        let starts_tag = !name.is_empty() || matches!(b.get(i), Some(b'!' | b'?'));
        if !starts_tag {
            raw.push('<');
            continue;
        }
        let (end, _, _) = tag_end(b, name_from + name_len);
        i = end;
        let lower = Lower(name);
        if !closing && lower.is_any(RAW_TEXT) {
            i = skip_raw_text(b, i, name);
            continue;
        }
        if lower.is_any(BLOCK) {
            raw.push('\n');
        } else {
            raw.push(' ');
        }
    }
    let decoded = decode_references(&raw);
    let mut out = String::with_capacity(decoded.len());
    for line in decoded.lines() {
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

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "dd",
    "dt",
    "hr",
];

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric
/// references; anything else is left as written.
fn decode_references(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.bytes().take(12).position(|c| c == b';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// From just after a tag's name: the offset after its `>`, the number of
/// attributes, and whether it ends with `/>`. Follows the HTML tokenizer's
/// attribute states: a quote opens a value only after `=` (elsewhere it is
/// part of a name, as in `<font colo#00FF" size=3>`), and a quoted value
/// may hold `>`.
fn tag_end(b: &[u8], mut i: usize) -> (usize, usize, bool) {
    #[derive(PartialEq)]
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
    }
    let mut state = State::BeforeName;
    let mut attributes = 0;
    let mut slash = false;
    while let Some(&c) = b.get(i) {
        i += 1;
        if c == b'>' {
            return (i, attributes, slash && state == State::BeforeName);
        }
        let space = c.is_ascii_whitespace();
        slash = false;
        state = match state {
            State::BeforeName | State::AfterName if space => state,
            State::BeforeName | State::AfterName | State::Name if c == b'/' => {
                slash = true;
                State::BeforeName
            }
            State::Name | State::AfterName if c == b'=' => State::BeforeValue,
            State::BeforeName | State::AfterName => {
                attributes += 1;
                State::Name
            }
            State::Name if space => State::AfterName,
            State::Name => State::Name,
            State::BeforeValue if space => State::BeforeValue,
            State::BeforeValue if c == b'"' || c == b'\'' => {
                i = memchr(c, &b[i..]).map_or(b.len(), |e| i + e + 1);
                State::BeforeName
            }
            State::BeforeValue => State::Unquoted,
            State::Unquoted if space => State::BeforeName,
            State::Unquoted => State::Unquoted,
        };
    }
    (b.len(), attributes, false)
}

/// The offset after `</name ...>` from `i` on, or the end of the input.
fn skip_raw_text(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(off) = find(b, i, b"</") {
        let at = off + 2;
        let candidate = b.get(at..at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
            return memchr(b'>', &b[at..]).map_or(b.len(), |e| at + e + 1);
        }
        i = at;
    }
    b.len()
}

struct Lower<'a>(&'a [u8]);

impl Lower<'_> {
    fn is(&self, name: &[u8]) -> bool {
        self.0.eq_ignore_ascii_case(name)
    }
    fn is_any(&self, names: &[&str]) -> bool {
        names.iter().any(|n| self.is(n.as_bytes()))
    }
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

/// First offset of `needle` in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_page_shapes_are_shallow() {
        let page = "<!DOCTYPE html><html><head><title>a <b> title</title>\
            <script>if (a < b && c > d) { x = '</div>'; }</script></head>\
            <body><div class=\"a\" id='b' data-x=1 hidden><p>one<p>two<br><img src=x>\
            <ul><li>a<li>b</ul><!-- <div><div><div> --><svg><path d=\"M0\"/><path/></svg>\
            </div></body></html>";
        let shape = scan(page);
        assert_eq!(shape.depth, 2, "{shape:?}"); // div > ul, div > svg
        assert_eq!(shape.attributes, 4);
    }

    #[test]
    fn nesting_and_attributes_are_counted() {
        assert_eq!(scan(&"<div>".repeat(5000)).depth, 5000);
        assert_eq!(scan(&"<span/>".repeat(300)).depth, 300);
        let tag = format!("<div {}>x</div>", "a=\"1\" ".repeat(3000));
        assert_eq!(scan(&tag).attributes, 3000);
        assert!(refusal(&"<div>".repeat(5000)).is_some());
        assert!(refusal("<p>fine</p>").is_none());
    }

    #[test]
    fn a_stray_quote_is_part_of_a_name_not_a_value() {
        // From a real page (WARC fixture): the quote opens no value, so the
        // tag ends at its own `>`, with 2 attributes.
        let page = "<font colo#00FFFFA9A\" size=\"3\">a</font><i><font color=\"F\" size=\"5\">b</font></i>";
        assert_eq!(scan(page).attributes, 2);
        assert_eq!(scan("<a href=x/>t</a>").attributes, 1);
        assert_eq!(scan("<p a = 'x>y' b>").attributes, 2);
    }

    #[test]
    fn stripping_keeps_the_words() {
        assert_eq!(
            strip_tags("<p>One <b>bold</b>\n word &amp; more.</p><script>x()</script><p>Two &#8212; 3 < 4</p>"),
            "One bold word & more.\nTwo \u{2014} 3 < 4"
        );
    }
}
