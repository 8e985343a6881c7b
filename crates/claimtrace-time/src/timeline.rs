//! Timelines: the dated events of many documents, merged and ordered.
//!
//! [`Timeline::add_document`] takes the events of an analysed document;
//! entries with the same date and the same clause (the same sentence
//! syndicated by two outlets) merge into one entry listing both sources.
//! [`Timeline::entries`] are in date order: coarser dates before the finer
//! dates they contain ("2022" before "2022-02-28"), then by document and
//! position. Render as text, JSON or a self-contained HTML page.

use std::collections::HashMap;
use std::fmt::Write as _;

use claimtrace_core::{CharIndex, Document};
use serde::Serialize;

use crate::value::sort_key;

/// Where an entry was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Document id.
    pub document: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The document's date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_date: Option<String>,
    /// Code-point span of the clause in the document's text.
    pub start: usize,
    pub end: usize,
}

/// One dated event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// TIMEX3 value of the date: `2022-12`, `2023-07-07`, `2022`.
    pub date: String,
    /// The time expression as written ("In December 2022" -> "December 2022").
    pub time_text: String,
    /// `document_date`, `narrative` or `absolute`: how the date was found.
    pub anchor: claimtrace_core::TimeAnchor,
    /// The clause the date dates.
    pub text: String,
    /// Entity id of the actor within the first source document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Who did it, as named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
    /// Every document that reports it, in input order.
    pub sources: Vec<Source>,
}

/// Events of a set of documents, merged and in date order.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Timeline {
    entries: Vec<Entry>,
    #[serde(skip)]
    order: Vec<(chrono::NaiveDate, u8, usize)>,
    #[serde(skip)]
    index: HashMap<(String, String), usize>,
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Timeline {
    pub fn new() -> Self {
        Timeline::default()
    }

    /// Adds the events of an analysed document (byte offsets, as in memory).
    pub fn add_document(&mut self, doc: &Document) {
        let chars = CharIndex::new(&doc.text);
        for event in &doc.events {
            let Some(time) = doc.times.get(event.time) else {
                continue;
            };
            let Some(key) = sort_key(&time.value) else {
                continue;
            };
            let source = Source {
                document: doc.meta.id.clone(),
                title: doc.meta.title.clone(),
                origin: doc.meta.origin.clone(),
                document_date: doc.meta.date.clone(),
                start: chars.char_offset(event.start),
                end: chars.char_offset(event.end),
            };
            let merge_key = (time.value.clone(), normalise(&event.text));
            if let Some(&i) = self.index.get(&merge_key) {
                if let Some(entry) = self.entries.get_mut(i) {
                    if !entry.sources.contains(&source) {
                        entry.sources.push(source);
                    }
                    if entry.actor_name.is_none() {
                        entry.actor_name.clone_from(&event.actor_name);
                    }
                }
                continue;
            }
            let position = self.entries.len();
            self.index.insert(merge_key, position);
            self.order.push((key.0, key.1, position));
            self.entries.push(Entry {
                date: time.value.clone(),
                time_text: time.text.clone(),
                anchor: time.anchor,
                text: event.text.clone(),
                actor: event.actor.clone(),
                actor_name: event.actor_name.clone(),
                sources: vec![source],
            });
        }
    }

    /// The entries in date order (stable: same dates keep input order).
    pub fn entries(&self) -> Vec<&Entry> {
        let mut order = self.order.clone();
        order.sort();
        order
            .iter()
            .filter_map(|&(_, _, i)| self.entries.get(i))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One line per event: date, actor, clause, sources.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in self.entries() {
            let actor = e.actor_name.as_deref().unwrap_or("-");
            let sources: Vec<&str> = e.sources.iter().map(|s| s.document.as_str()).collect();
            let _ = writeln!(
                out,
                "{:<10}  {:<24}  {}  [{}]",
                e.date,
                actor,
                one_line(&e.text),
                sources.join(", ")
            );
        }
        out
    }

    /// `{"events": [...]}` in date order.
    pub fn to_json(&self) -> serde_json::Result<String> {
        #[derive(Serialize)]
        struct Out<'a> {
            events: Vec<&'a Entry>,
        }
        serde_json::to_string_pretty(&Out {
            events: self.entries(),
        })
    }

    /// A self-contained HTML page with a vertical timeline. Every piece of
    /// document text is escaped.
    pub fn to_html(&self, title: &str) -> String {
        let mut out = String::with_capacity(4096 + self.entries.len() * 512);
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
        out.push_str(&escape_html(title));
        out.push_str("</title>\n<style>\n");
        out.push_str(STYLE);
        out.push_str("</style></head><body>\n<h1>");
        out.push_str(&escape_html(title));
        out.push_str("</h1>\n<ol class=\"timeline\">\n");
        let mut last_year = String::new();
        for e in self.entries() {
            let year: String = e.date.chars().take(4).collect();
            if year != last_year {
                let _ = writeln!(
                    out,
                    "<li class=\"year\"><span>{}</span></li>",
                    escape_html(&year)
                );
                last_year = year;
            }
            out.push_str("<li class=\"event\"><div class=\"date\">");
            out.push_str(&escape_html(&e.date));
            out.push_str("</div><div class=\"body\">");
            if let Some(actor) = &e.actor_name {
                out.push_str("<div class=\"actor\">");
                out.push_str(&escape_html(actor));
                out.push_str("</div>");
            }
            out.push_str("<p>");
            out.push_str(&highlight(&e.text, &e.time_text));
            out.push_str("</p><div class=\"sources\">");
            for (k, s) in e.sources.iter().enumerate() {
                if k > 0 {
                    out.push_str(" · ");
                }
                let label = s.title.as_deref().unwrap_or(&s.document);
                out.push_str("<span class=\"source\" title=\"");
                out.push_str(&escape_html(s.origin.as_deref().unwrap_or(&s.document)));
                out.push_str("\">");
                out.push_str(&escape_html(label));
                if let Some(d) = &s.document_date {
                    out.push_str(" (");
                    out.push_str(&escape_html(d));
                    out.push(')');
                }
                out.push_str("</span>");
            }
            out.push_str("</div></div></li>\n");
        }
        out.push_str("</ol>\n</body></html>\n");
        out
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;color:#222}
.timeline{list-style:none;padding-left:0;border-left:3px solid #4a6fa5;margin-left:7rem}
.timeline li{position:relative;margin:0 0 1rem 1.2rem}
.timeline li.event::before{content:'';position:absolute;left:-1.75rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;background:#4a6fa5}
.year span{position:relative;left:-9rem;font-weight:700;font-size:1.3rem;color:#4a6fa5}
.date{position:absolute;left:-8.4rem;width:6.6rem;text-align:right;font-family:monospace;font-size:.9rem}
.actor{font-weight:600}
.body p{margin:.2rem 0}
mark{background:#ffe9a8}
.sources{font-size:.8rem;color:#666}
";

/// Escapes text for HTML (the one definition, in claimtrace-core).
pub use claimtrace_core::html::escape_html;

/// The clause escaped, with the time expression marked.
fn highlight(text: &str, time: &str) -> String {
    match (!time.is_empty()).then(|| text.find(time)).flatten() {
        Some(pos) => {
            let (before, rest) = text.split_at(pos);
            let (mid, after) = rest.split_at(time.len());
            format!(
                "{}<mark>{}</mark>{}",
                escape_html(before),
                escape_html(mid),
                escape_html(after)
            )
        }
        None => escape_html(text),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::{Event, Metadata, TimeExpr};

    fn doc(id: &str, text: &str, dated: &[(&str, &str)]) -> Document {
        let mut d = Document::new(
            text,
            Metadata {
                id: id.into(),
                ..Metadata::default()
            },
        );
        for (k, (time, value)) in dated.iter().enumerate() {
            let start = text.find(time).unwrap_or(0);
            d.times.push(TimeExpr {
                start,
                end: start + time.len(),
                text: (*time).to_string(),
                value: (*value).to_string(),
                ..TimeExpr::default()
            });
            d.events.push(Event {
                time: k,
                start: 0,
                end: text.len(),
                text: text.to_string(),
                ..Event::default()
            });
        }
        d
    }

    #[test]
    fn merges_sources_and_orders_by_date() {
        let mut t = Timeline::new();
        t.add_document(&doc(
            "a",
            "On July 7 <b>aid</b> came.",
            &[("July 7", "2023-07-07")],
        ));
        t.add_document(&doc("b", "In 2022 it began.", &[("2022", "2022")]));
        t.add_document(&doc(
            "c",
            "On July 7 <b>aid</b>  came.",
            &[("July 7", "2023-07-07")],
        ));
        let entries = t.entries();
        let dates: Vec<&str> = entries.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2022", "2023-07-07"]);
        assert_eq!(entries[1].sources.len(), 2);
        let html = t.to_html("t <script>");
        assert!(!html.contains("<b>aid"));
        assert!(html.contains("&lt;b&gt;aid"));
        assert!(!html.contains("t <script>"));
    }
}
