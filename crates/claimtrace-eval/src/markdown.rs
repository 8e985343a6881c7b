//! Figures quoted in Markdown between markers:
//! `<!--fig:KEY-->0.939<!--/fig-->`, or `<!--fig:KEY %-->85.1<!--/fig-->`
//! for a fraction shown as a percentage. The number of decimals shown is
//! the writer's choice and is kept.

use crate::Figures;

const OPEN: &str = "<!--fig:";
const CLOSE: &str = "<!--/fig-->";

/// One quoted figure: its key, whether it is shown as a percentage, the
/// text shown, and the byte range of that text in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub key: String,
    pub percent: bool,
    pub shown: String,
    pub range: std::ops::Range<usize>,
    /// 1-based line of the marker, for messages.
    pub line: usize,
}

/// Every marker of `markdown`, in order. A marker without its closing
/// tag is skipped (the check reports the figures it finds, and a broken
/// marker then shows up as a missing figure in the docs test).
pub fn markers(markdown: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = markdown.get(at..).and_then(|rest| rest.find(OPEN)) {
        let head = at + found + OPEN.len();
        let Some(head_end) = markdown.get(head..).and_then(|rest| rest.find("-->")) else {
            break;
        };
        let spec = markdown.get(head..head + head_end).unwrap_or("").trim();
        let body = head + head_end + "-->".len();
        let Some(body_len) = markdown.get(body..).and_then(|rest| rest.find(CLOSE)) else {
            break;
        };
        let (key, percent) = match spec.strip_suffix('%') {
            Some(k) => (k.trim(), true),
            None => (spec, false),
        };
        let range = body..body + body_len;
        out.push(Marker {
            key: key.to_string(),
            percent,
            shown: markdown.get(range.clone()).unwrap_or("").to_string(),
            line: markdown.get(..body).map_or(0, |s| s.matches('\n').count()) + 1,
            range,
        });
        at = body + body_len + CLOSE.len();
    }
    out
}

/// Decimals in a shown number (`0.939` → 3, `85.1` → 1, `1` → 0).
fn decimals(shown: &str) -> usize {
    shown.trim().split_once('.').map_or(0, |(_, frac)| {
        frac.chars().take_while(|c| c.is_ascii_digit()).count()
    })
}

/// `value` as a marker shows it.
pub fn render(value: f64, percent: bool, decimals: usize) -> String {
    let v = if percent { value * 100.0 } else { value };
    format!("{v:.decimals$}")
}

/// A quoted figure that is not what the figures file says.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    pub key: String,
    pub line: usize,
    pub shown: String,
    /// What the figures file gives, rendered as the marker shows it;
    /// `None` when the file has no such figure.
    pub expected: Option<String>,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.expected {
            Some(e) => write!(
                f,
                "line {}: {} shows {} but the figures file gives {e}",
                self.line, self.key, self.shown
            ),
            None => write!(
                f,
                "line {}: {} is not in the figures file",
                self.line, self.key
            ),
        }
    }
}

/// Every marker of `markdown` whose text is not the figure of record.
pub fn check_markdown(markdown: &str, figures: &Figures) -> Vec<Mismatch> {
    markers(markdown)
        .into_iter()
        .filter_map(|m| {
            let expected = figures
                .get(&m.key)
                .map(|v| render(v, m.percent, decimals(&m.shown)));
            (expected.as_deref() != Some(m.shown.trim())).then_some(Mismatch {
                key: m.key,
                line: m.line,
                shown: m.shown,
                expected,
            })
        })
        .collect()
}

/// `markdown` with every marker's text replaced by the figure of record
/// (same decimals), and the keys it quotes that the file lacks.
pub fn update_markdown(markdown: &str, figures: &Figures) -> (String, Vec<String>) {
    let mut out = String::with_capacity(markdown.len());
    let mut missing = Vec::new();
    let mut last = 0;
    for m in markers(markdown) {
        out.push_str(markdown.get(last..m.range.start).unwrap_or(""));
        match figures.get(&m.key) {
            Some(v) => out.push_str(&render(v, m.percent, decimals(&m.shown))),
            None => {
                out.push_str(&m.shown);
                missing.push(m.key.clone());
            }
        }
        last = m.range.end;
    }
    out.push_str(markdown.get(last..).unwrap_or(""));
    (out, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "| set | MAP@5 |\n|---|---|\n| dev | <!--fig:match.dev.map@5-->0.959<!--/fig--> |\n\
strict F1 <!--fig:times.timebank.strict.f1 %-->85.1<!--/fig--> %\n";

    fn figures() -> Figures {
        let mut f = Figures::default();
        f.set("match.dev.map@5", 0.9589);
        f.set("times.timebank.strict.f1", 0.85115);
        f
    }

    #[test]
    fn markers_are_found_with_their_key_and_scale() {
        let m = markers(DOC);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].key.as_str(), m[0].percent, m[0].line),
            ("match.dev.map@5", false, 3)
        );
        assert_eq!(
            (m[1].key.as_str(), m[1].percent, m[1].shown.as_str()),
            ("times.timebank.strict.f1", true, "85.1")
        );
    }

    #[test]
    fn docs_that_quote_the_file_pass_and_a_stale_figure_fails() {
        assert!(check_markdown(DOC, &figures()).is_empty());
        let stale = DOC.replace("0.959", "0.961");
        let bad = check_markdown(&stale, &figures());
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].expected.as_deref(), Some("0.959"));
        let mut lacking = figures();
        lacking.figures.remove("match.dev.map@5");
        assert_eq!(check_markdown(DOC, &lacking)[0].expected, None);
    }

    #[test]
    fn updating_rewrites_only_the_figures() {
        let mut f = figures();
        f.set("match.dev.map@5", 0.9712);
        let (updated, missing) = update_markdown(DOC, &f);
        assert!(missing.is_empty());
        assert_eq!(updated, DOC.replace("0.959", "0.971"));
        assert!(check_markdown(&updated, &f).is_empty());
    }

    #[test]
    fn an_unclosed_marker_ends_the_scan_without_panicking() {
        assert!(markers("text <!--fig:a.b-->0.5 and no end").is_empty());
        assert!(markers("<!--fig:a.b").is_empty());
    }
}
