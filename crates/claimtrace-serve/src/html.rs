//! HTML building blocks of the desk. Everything that comes from a
//! document (text, titles, speakers, URLs, ids) goes through [`esc`];
//! only `http(s)` URLs ever become links ([`link`]); values placed in URLs
//! go through [`url_encode`].

use std::collections::HashMap;
use std::fmt::Write;

use claimtrace_trace::align::{diff, DiffOp};
use claimtrace_trace::text::{words, Word};
use serde_json::Value;

/// `s` escaped for HTML text and quoted attribute values (control
/// characters, the search markers among them, become spaces).
pub use claimtrace_core::html::escape_html as esc;

/// `s` percent-encoded for a URL query value or path segment.
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// A link to `url` when it is an `http(s)` URL, else the URL as text
/// (`javascript:`, `data:` and anything else never become links).
pub fn link(url: &str, label: &str) -> String {
    if claimtrace_trace::claimreview::is_http_url(url) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>",
            esc(url),
            esc(label)
        )
    } else {
        format!("<span class=\"nolink\">{}</span>", esc(label))
    }
}

/// A link to a document's page on the desk.
pub fn doc_link(id: &str) -> String {
    format!("<a href=\"/documents/{}\">{}</a>", url_encode(id), esc(id))
}

pub const PALETTE: usize = 8;

/// The page around `body`, with the desk's navigation and its embedded
/// stylesheet and script.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{} · claimtrace desk</title><link rel=\"stylesheet\" href=\"/assets/desk.css\"></head>\
<body><header><a class=\"brand\" href=\"/\">claimtrace desk</a><nav>\
<a href=\"/analyse\">Analyse</a><a href=\"/trace\">Trace</a><a href=\"/search\">Search</a>\
<a href=\"/speakers\">Speakers</a><a href=\"/corpus\">Corpus</a></nav></header>\
<main>{}</main><script src=\"/assets/desk.js\"></script></body></html>\n",
        esc(title),
        body
    )
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

fn usize_of(v: &Value, key: &str) -> Option<usize> {
    v.get(key).and_then(Value::as_u64).map(|n| n as usize)
}

/// The speakers of a document's quotes, each with its colour index, in
/// order of first quote.
pub fn speaker_colours(doc: &Value) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for q in doc
        .get("quotes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = quote_speaker(q).unwrap_or("unknown speaker").to_string();
        if !out.iter().any(|(n, _)| *n == name) {
            let i = out.len() % PALETTE;
            out.push((name, i));
        }
    }
    out
}

fn quote_speaker(q: &Value) -> Option<&str> {
    q.get("speaker").and_then(|s| str_of(s, "name"))
}

/// Roles the entity layer gives each entity id.
fn roles(doc: &Value) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    for e in doc
        .get("entities")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(id) = str_of(e, "id") else { continue };
        let rs: Vec<String> = e
            .get("roles")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|r| {
                let text = str_of(r, "text")?;
                let former = r.get("former").and_then(Value::as_bool).unwrap_or(false);
                Some(if former {
                    format!("former {text}")
                } else {
                    text.to_string()
                })
            })
            .collect();
        out.insert(id.to_string(), rs);
    }
    out
}

/// One marked range of the article (code points).
struct Mark {
    start: usize,
    end: usize,
    kind: MarkKind,
}

enum MarkKind {
    Quote {
        id: String,
        colour: usize,
        speaker: String,
    },
    Time {
        value: String,
    },
    Quantity {
        value: String,
    },
}

fn quantity_value(q: &Value) -> String {
    let num = |k: &str| {
        q.get(k).and_then(Value::as_f64).map(|v| {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{}", v as i64)
            } else {
                format!("{v}")
            }
        })
    };
    let mut s = match (num("value"), num("low"), num("high")) {
        (Some(v), _, _) => v,
        (None, Some(l), Some(h)) => format!("{l}–{h}"),
        _ => String::from("?"),
    };
    if let Some(c) = str_of(q, "comparator").filter(|c| *c != "=") {
        s = format!("{c}{s}");
    }
    if let Some(u) = str_of(q, "unit") {
        s.push(' ');
        s.push_str(u);
    }
    if let Some(p) = str_of(q, "per") {
        s.push('/');
        s.push_str(p);
    }
    s
}

/// The document's text with quotes highlighted (one colour per speaker,
/// clickable), dates and quantities marked with their normalised values.
/// `doc` is the output form (code-point offsets).
pub fn annotated_text(doc: &Value) -> String {
    let text = str_of(doc, "text").unwrap_or("");
    let chars: Vec<char> = text.chars().collect();
    let mut marks = quote_marks(doc);
    marks.extend(time_marks(doc));
    marks.extend(quantity_marks(doc));
    marks.retain(|m| m.start < m.end && m.end <= chars.len());

    // Cut the text at every mark boundary; each piece is wrapped in the
    // marks that cover it (innermost quote, time, quantity), and a mark's
    // value is written once, after its last piece.
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for m in &marks {
        cuts.push(m.start);
        cuts.push(m.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        out.push_str(&marked_piece(&chars[a..b], a, b, &marks));
    }
    out
}

/// The elements of `key` in the document's output form (none when absent).
fn items<'a>(doc: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    doc.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// A mark for each quote with a span and an id, coloured by its speaker.
fn quote_marks(doc: &Value) -> Vec<Mark> {
    let colours: HashMap<String, usize> = speaker_colours(doc).into_iter().collect();
    let mut marks = Vec::new();
    for q in items(doc, "quotes") {
        let (Some(start), Some(end), Some(id)) =
            (usize_of(q, "start"), usize_of(q, "end"), str_of(q, "id"))
        else {
            continue;
        };
        let speaker = quote_speaker(q).unwrap_or("unknown speaker").to_string();
        marks.push(Mark {
            start,
            end,
            kind: MarkKind::Quote {
                id: id.to_string(),
                colour: colours.get(&speaker).copied().unwrap_or(0),
                speaker,
            },
        });
    }
    marks
}

/// A mark for each time expression with a span, valued as normalised.
fn time_marks(doc: &Value) -> Vec<Mark> {
    items(doc, "times")
        .filter_map(|t| {
            Some(Mark {
                start: usize_of(t, "start")?,
                end: usize_of(t, "end")?,
                kind: MarkKind::Time {
                    value: str_of(t, "value").unwrap_or("?").to_string(),
                },
            })
        })
        .collect()
}

/// A mark for each quantity with a span, valued as [`quantity_value`].
fn quantity_marks(doc: &Value) -> Vec<Mark> {
    items(doc, "quantities")
        .filter_map(|q| {
            Some(Mark {
                start: usize_of(q, "start")?,
                end: usize_of(q, "end")?,
                kind: MarkKind::Quantity {
                    value: quantity_value(q),
                },
            })
        })
        .collect()
}

/// The piece of text between cuts `a` and `b`, escaped and wrapped in the
/// time and quantity marks covering it (with a mark's value after its last
/// piece), then in the innermost (shortest) covering quote.
fn marked_piece(piece: &[char], a: usize, b: usize, marks: &[Mark]) -> String {
    let piece: String = piece.iter().collect();
    let mut html = esc(&piece).replace('\n', "<br>\n");
    let quote = marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Quote { .. }) && m.start <= a && b <= m.end)
        .min_by_key(|m| m.end - m.start);
    for m in marks.iter().filter(|m| m.start <= a && b <= m.end) {
        match &m.kind {
            MarkKind::Time { value } => {
                html = format!(
                    "<mark class=\"time\" title=\"{}\">{html}</mark>",
                    esc(value)
                );
                if m.end == b {
                    let _ = write!(html, "<sup class=\"val time-val\">{}</sup>", esc(value));
                }
            }
            MarkKind::Quantity { value } => {
                html = format!("<mark class=\"qty\" title=\"{}\">{html}</mark>", esc(value));
                if m.end == b {
                    let _ = write!(html, "<sup class=\"val qty-val\">{}</sup>", esc(value));
                }
            }
            MarkKind::Quote { .. } => {}
        }
    }
    if let Some(Mark {
        kind: MarkKind::Quote {
            id,
            colour,
            speaker,
        },
        ..
    }) = quote
    {
        html = format!(
            "<span class=\"quote sp{colour}\" data-quote=\"{}\" data-speaker=\"{}\" title=\"{}\">{html}</span>",
            esc(id),
            esc(speaker),
            esc(speaker)
        );
    }
    html
}

/// The cards of a document's quotes: speaker with role, cue, kind,
/// hedges, the attribution chain, and "trace this".
pub fn quote_cards(doc: &Value, stored_id: Option<&str>) -> String {
    let cards = CardContext {
        colours: speaker_colours(doc).into_iter().collect(),
        roles: roles(doc),
        edges: items(doc, "attributions").collect(),
        date: str_of(doc, "date"),
        stored_id,
    };
    let mut out = String::new();
    for q in items(doc, "quotes") {
        cards.write_card(&mut out, q);
    }
    if out.is_empty() {
        out.push_str("<p class=\"empty\">No quotes found.</p>");
    }
    out
}

/// What every quote card of a document draws on.
struct CardContext<'a> {
    colours: HashMap<String, usize>,
    roles: HashMap<String, Vec<String>>,
    /// The document's attributions (who is quoting whom).
    edges: Vec<&'a Value>,
    date: Option<&'a str>,
    /// The document's id in the store, when it is stored.
    stored_id: Option<&'a str>,
}

impl CardContext<'_> {
    /// One quote's card.
    fn write_card(&self, out: &mut String, q: &Value) {
        let id = str_of(q, "id").unwrap_or("");
        let speaker = quote_speaker(q).unwrap_or("unknown speaker");
        let colour = self.colours.get(speaker).copied().unwrap_or(0);
        let entity = q.get("speaker").and_then(|s| str_of(s, "entity"));
        let role = entity
            .and_then(|e| self.roles.get(e))
            .filter(|r| !r.is_empty())
            .map(|r| r.join("; "));
        let _ = write!(
            out,
            "<div class=\"card quote-card\" id=\"quote-{}\" data-quote=\"{}\"><div class=\"who sp{colour}\">{}{}</div>",
            esc(id),
            esc(id),
            esc(speaker),
            role.map(|r| format!(" <span class=\"role\">({})</span>", esc(&r)))
                .unwrap_or_default()
        );
        let _ = write!(
            out,
            "<blockquote>{}</blockquote><dl>",
            esc(str_of(q, "text").unwrap_or(""))
        );
        write_card_facts(out, q);
        let chain = self.attribution_chain(speaker);
        if !chain.is_empty() {
            let _ = write!(
                out,
                "<dt>attribution chain</dt><dd class=\"chain\">{}</dd>",
                chain.join(" → ")
            );
        }
        out.push_str("</dl>");
        let _ = write!(
            out,
            "<a class=\"button trace-this\" href=\"{}\">Trace this</a></div>",
            esc(&self.trace_href(q, speaker))
        );
    }

    /// The chain of who is quoting whom from `speaker`: the attribution
    /// whose speaker it is, then on from its source, five links at most
    /// (and none past a source quoting itself). Each link escaped.
    fn attribution_chain(&self, speaker: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::new();
        let mut who = speaker.to_string();
        for _ in 0..5 {
            let Some(e) = self
                .edges
                .iter()
                .find(|e| e.get("speaker").and_then(|s| str_of(s, "name")) == Some(who.as_str()))
            else {
                break;
            };
            let source = e
                .get("source")
                .and_then(|s| str_of(s, "name"))
                .unwrap_or("?");
            let cue = e.get("cue").and_then(|c| str_of(c, "text")).unwrap_or("");
            chain.push(format!(
                "{} <em>{}</em> {}",
                esc(&who),
                esc(cue),
                esc(source)
            ));
            if source == who || chain.len() > 4 {
                break;
            }
            who = source.to_string();
        }
        chain
    }

    /// The "trace this" link (not yet escaped): the quote's words and
    /// speaker, and the stored document it is in or, for a document not
    /// stored, its date as the limit.
    fn trace_href(&self, q: &Value, speaker: &str) -> String {
        let mut href = format!(
            "/trace?q={}&speaker={}",
            url_encode(str_of(q, "text").unwrap_or("")),
            url_encode(if speaker == "unknown speaker" {
                ""
            } else {
                speaker
            })
        );
        match self.stored_id {
            Some(doc_id) => {
                let _ = write!(href, "&in={}", url_encode(doc_id));
            }
            None => {
                if let Some(d) = self.date {
                    let _ = write!(href, "&before={}", url_encode(d));
                }
            }
        }
        href
    }
}

/// A quote card's kind, cue and hedges (escaped).
fn write_card_facts(out: &mut String, q: &Value) {
    let _ = write!(
        out,
        "<dt>kind</dt><dd class=\"kind\">{}</dd>",
        esc(str_of(q, "kind").unwrap_or("?"))
    );
    let cue = q.get("cue").and_then(|c| str_of(c, "text"));
    let _ = write!(
        out,
        "<dt>cue</dt><dd class=\"cue\">{}</dd>",
        cue.map(esc).unwrap_or_else(|| "—".into())
    );
    let hedges: Vec<String> = items(q, "hedges")
        .filter_map(|h| str_of(h, "text"))
        .map(esc)
        .collect();
    let _ = write!(
        out,
        "<dt>hedges</dt><dd class=\"hedges\">{}</dd>",
        if hedges.is_empty() {
            "none".to_string()
        } else {
            hedges.join(", ")
        }
    );
}

/// The document's dated events, in time order.
pub fn timeline(doc: &Value) -> String {
    let times: Vec<&Value> = doc
        .get("times")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for e in doc
        .get("events")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(t) = usize_of(e, "time").and_then(|i| times.get(i)) else {
            continue;
        };
        rows.push((
            str_of(t, "value").unwrap_or("").to_string(),
            str_of(t, "text").unwrap_or("").to_string(),
            str_of(e, "text").unwrap_or("").to_string(),
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    if rows.is_empty() {
        return "<p class=\"empty\">No dated events.</p>".into();
    }
    let mut out = String::from("<ol class=\"timeline\">");
    for (value, when, what) in rows {
        let _ = write!(
            out,
            "<li><span class=\"when\">{}</span> <span class=\"as-written\">({})</span><div>{}</div></li>",
            esc(&value),
            esc(&when),
            esc(&what)
        );
    }
    out.push_str("</ol>");
    out
}

/// The legend of speaker colours.
pub fn legend(doc: &Value) -> String {
    let mut out = String::from("<ul class=\"legend\">");
    for (name, i) in speaker_colours(doc) {
        let _ = write!(out, "<li class=\"sp{i}\">{}</li>", esc(&name));
    }
    out.push_str("</ul>");
    out
}

/// The newer words against the older ones: removed words in `<del>`,
/// added ones in `<ins>` (both escaped).
pub fn diff_html(old: &str, new: &str) -> (String, String) {
    let (wo, wn) = (words(old), words(new));
    let join = |ws: &[Word], text: &str| -> String {
        match (ws.first(), ws.last()) {
            (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or("").to_string(),
            _ => String::new(),
        }
    };
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for op in diff(&wo, &wn) {
        match op {
            DiffOp::Equal { old: ro, new: rn } => {
                left.push(esc(&join(&wo[ro], old)));
                right.push(esc(&join(&wn[rn], new)));
            }
            DiffOp::Delete { old: r, .. } => {
                left.push(format!("<del>{}</del>", esc(&join(&wo[r], old))))
            }
            DiffOp::Insert { new: r, .. } => {
                right.push(format!("<ins>{}</ins>", esc(&join(&wn[r], new))))
            }
            DiffOp::Replace { old: ro, new: rn } => {
                left.push(format!("<del>{}</del>", esc(&join(&wo[ro], old))));
                right.push(format!("<ins>{}</ins>", esc(&join(&wn[rn], new))));
            }
        }
    }
    (left.join(" "), right.join(" "))
}

/// A search snippet: escaped, matched words in `<mark>`.
pub fn snippet_html(snippet: &str) -> String {
    let open = claimtrace_store::HIGHLIGHT_OPEN;
    let close = claimtrace_store::HIGHLIGHT_CLOSE;
    let mut out = String::new();
    for (i, part) in snippet.split(open).enumerate() {
        if i == 0 {
            out.push_str(&esc(part));
            continue;
        }
        match part.split_once(close) {
            Some((hit, rest)) => {
                let _ = write!(out, "<mark>{}</mark>{}", esc(hit), esc(rest));
            }
            None => out.push_str(&esc(part)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(
            esc("<script>alert(\"x\")</script> & 'q'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
        );
        assert!(!link("javascript:alert(1)", "x").contains("href"));
        assert!(!link(" javascript:alert(1)", "x").contains("href"));
        assert!(link("https://example.org/\"onmouseover=\"x", "x").contains("&quot;onmouseover"));
        assert_eq!(url_encode("a b&c#d/é"), "a%20b%26c%23d%2F%C3%A9");
    }

    #[test]
    fn snippets_mark_only_the_matched_words() {
        let s = format!(
            "the {}<b>crime</b>{} itself",
            claimtrace_store::HIGHLIGHT_OPEN,
            claimtrace_store::HIGHLIGHT_CLOSE
        );
        assert_eq!(
            snippet_html(&s),
            "the <mark>&lt;b&gt;crime&lt;/b&gt;</mark> itself"
        );
    }

    #[test]
    fn diffs_mark_removed_and_added_words() {
        let (l, r) = diff_html(
            "it would potentially be a war crime",
            "it would be a war crime by the administration",
        );
        assert!(l.contains("<del>potentially</del>"), "{l}");
        assert!(r.contains("<ins>by the administration</ins>"), "{r}");
    }
}
