//! TimeML (.tml) gold files and TempEval-3's time-expression measures.
//!
//! [`parse`] keeps the text of the `<TEXT>` element with every tag stripped
//! and entities decoded, and records each `TIMEX3` as a byte span of that
//! text. The document creation time is the `TIMEX3` with
//! `functionInDocument="CREATION_TIME"` (usually in `<DCT>`, outside the
//! text, so it is never scored).
//!
//! [`Score`] counts what TempEval-3 reports: extent precision, recall and F1
//! with strict (identical span) and relaxed (overlapping span) matching, and
//! value and type F1 over the relaxed matches (an attribute counts as
//! correct when the pair matches relaxed and the attribute is equal;
//! precision divides by the system's expressions, recall by the gold's).

use claimtrace_core::{Annotator, DateSource, Document, Metadata, TimeExpr, TimeType};

/// A TimeML document as the scorer needs it.
#[derive(Debug, Clone, Default)]
pub struct TmlDocument {
    /// The text of `<TEXT>`, tags stripped.
    pub text: String,
    /// The creation time, `YYYY-MM-DD`, when the file has one.
    pub creation_time: Option<String>,
    /// Gold time expressions inside the text.
    pub timexes: Vec<GoldTimex>,
}

/// One gold `TIMEX3`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span into [`TmlDocument::text`].
    pub start: usize,
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION`, `SET` as written (upper-case).
    pub kind: String,
    pub value: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TmlError {
    #[error("no <TEXT> element")]
    NoText,
    #[error("unclosed tag at byte {0}")]
    UnclosedTag(usize),
    #[error("</TIMEX3> without an opening tag at byte {0}")]
    UnopenedTimex(usize),
}

/// The value of attribute `name` in a tag's source (`type="DATE"`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(pos) = rest.find(name) {
        let before_ok = rest[..pos].ends_with(|c: char| c.is_whitespace());
        let after = &rest[pos + name.len()..];
        let after = after.trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let quote = v.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let body = &v[1..];
                    let close = body.find(quote)?;
                    return Some(&body[..close]);
                }
            }
        }
        rest = &rest[pos + name.len()..];
    }
    None
}

fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.find(';')?;
    if end > 10 {
        return None;
    }
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = if let Some(hex) = name.strip_prefix("#x") {
                u32::from_str_radix(hex, 16).ok()?
            } else {
                name.strip_prefix('#')?.parse().ok()?
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

/// Reads a TimeML file's text, creation time and gold TIMEX3s.
pub fn parse(source: &str) -> Result<TmlDocument, TmlError> {
    let creation_time = find_creation_time(source);
    let open = source.find("<TEXT>").ok_or(TmlError::NoText)?;
    let body_start = open + "<TEXT>".len();
    let body_end = source[body_start..]
        .find("</TEXT>")
        .map_or(source.len(), |e| body_start + e);
    let body = &source[body_start..body_end];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open_timex: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let close = rest
                .find('>')
                .ok_or(TmlError::UnclosedTag(body_start + i))?;
            let tag = &rest[1..close];
            if tag.starts_with("TIMEX3") {
                let kind = attribute(tag, "type").unwrap_or("DATE").to_string();
                let value = attribute(tag, "value").unwrap_or("").to_string();
                if tag.ends_with('/') {
                    // an empty TIMEX3 has no extent to score
                } else {
                    open_timex = Some((text.len(), kind, value));
                }
            } else if tag.starts_with("/TIMEX3") {
                let (start, kind, value) = open_timex
                    .take()
                    .ok_or(TmlError::UnopenedTimex(body_start + i))?;
                timexes.push(GoldTimex {
                    start,
                    end: text.len(),
                    kind,
                    value,
                });
            }
            i += close + 1;
            continue;
        }
        if rest.starts_with('&') {
            if let Some((c, len)) = decode_entity(rest) {
                text.push(c);
                i += len;
                continue;
            }
        }
        let Some(c) = rest.chars().next() else { break };
        text.push(c);
        i += c.len_utf8();
    }
    Ok(TmlDocument {
        text,
        creation_time,
        timexes,
    })
}

fn find_creation_time(source: &str) -> Option<String> {
    let mut rest = source;
    while let Some(pos) = rest.find("<TIMEX3") {
        let tail = &rest[pos..];
        let end = tail.find('>')?;
        let tag = &tail[..end];
        if attribute(tag, "functionInDocument") == Some("CREATION_TIME") {
            let v = attribute(tag, "value")?;
            return v
                .get(..10)
                .map(str::to_string)
                .or_else(|| Some(v.to_string()));
        }
        rest = &tail[end..];
    }
    None
}

/// The TimeML type name of a [`TimeType`].
pub fn timeml_type(kind: TimeType) -> &'static str {
    match kind {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

/// Counts for TempEval-3's measures, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub kind: usize,
}

/// Precision, recall, F1 (as fractions): the shared definition.
pub use claimtrace_core::metrics::prf;

/// A relaxed match: (gold index, system index).
pub type Pair = (usize, usize);

impl Score {
    pub fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value += other.value;
        self.kind += other.kind;
    }

    /// Scores one document. Gold and system spans must index the same text.
    /// Each gold expression matches at most one system expression (the
    /// first overlapping one, spans being sorted), and vice versa.
    pub fn of(gold: &[GoldTimex], system: &[TimeExpr]) -> (Score, Vec<Pair>) {
        let mut score = Score {
            gold: gold.len(),
            system: system.len(),
            ..Score::default()
        };
        let mut pairs = Vec::new();
        let mut used = vec![false; system.len()];
        let mut from = 0;
        for (gi, g) in gold.iter().enumerate() {
            while from < system.len() && system[from].end <= g.start {
                from += 1;
            }
            let hit = (from..system.len())
                .take_while(|&k| system[k].start < g.end)
                .find(|&k| !used[k] && system[k].end > g.start);
            let Some(k) = hit else { continue };
            used[k] = true;
            let s = &system[k];
            score.relaxed += 1;
            if s.start == g.start && s.end == g.end {
                score.strict += 1;
            }
            if s.value == g.value {
                score.value += 1;
            }
            if timeml_type(s.kind) == g.kind {
                score.kind += 1;
            }
            pairs.push((gi, k));
        }
        (score, pairs)
    }

    /// The table of measures, in percent.
    pub fn table(&self) -> String {
        let row = |name: &str, correct: usize| {
            let (p, r, f) = prf(correct, self.system, self.gold);
            format!(
                "{name:<9} {:>6.1} {:>6.1} {:>6.1}\n",
                p * 100.0,
                r * 100.0,
                f * 100.0
            )
        };
        let mut out = format!("{:<9} {:>6} {:>6} {:>6}\n", "measure", "P", "R", "F1");
        out.push_str(&row("strict", self.strict));
        out.push_str(&row("relaxed", self.relaxed));
        out.push_str(&row("value", self.value));
        out.push_str(&row("type", self.kind));
        out
    }
}

/// Analyses one TimeML document (text layers, then the time annotator,
/// with the creation time as the document date) and scores it. With
/// `verbose`, the second value lists every `DIFF` (overlapping, another
/// extent or value), `MISS` (gold not found) and `EXTRA` (found, not in
/// gold), one tab-separated line each, prefixed with `name`.
pub fn evaluate(name: &str, source: &str, verbose: bool) -> Result<(Score, String), TmlError> {
    let gold = parse(source)?;
    let meta = Metadata {
        id: name.to_string(),
        date: gold.creation_time.clone(),
        date_source: if gold.creation_time.is_some() {
            DateSource::Metadata
        } else {
            DateSource::None
        },
        ..Metadata::default()
    };
    let mut doc = Document::new(gold.text.clone(), meta);
    claimtrace_text::prepare(&mut doc);
    crate::TimeAnnotator.annotate(&mut doc);
    let (score, pairs) = Score::of(&gold.timexes, &doc.times);
    let mut report = String::new();
    if !verbose {
        return Ok((score, report));
    }
    let text = |s: usize, e: usize| doc.text.get(s..e).unwrap_or("").replace('\n', " ");
    let mut gold_hit = vec![false; gold.timexes.len()];
    let mut sys_hit = vec![false; doc.times.len()];
    for &(g, s) in &pairs {
        let (Some(gt), Some(st)) = (gold.timexes.get(g), doc.times.get(s)) else {
            continue;
        };
        gold_hit[g] = true;
        sys_hit[s] = true;
        if gt.start != st.start || gt.end != st.end || gt.value != st.value {
            report.push_str(&format!(
                "{name}\tDIFF\t{:?}\t{} {}\t{:?}\t{} {}\n",
                text(gt.start, gt.end),
                gt.kind,
                gt.value,
                st.text,
                timeml_type(st.kind),
                st.value
            ));
        }
    }
    for (g, hit) in gold.timexes.iter().zip(&gold_hit) {
        if !hit {
            let context = text(g.start.saturating_sub(60), (g.end + 40).min(doc.text.len()));
            report.push_str(&format!(
                "{name}\tMISS\t{:?}\t{} {}\t{context}\n",
                text(g.start, g.end),
                g.kind,
                g.value
            ));
        }
    }
    for (s, hit) in doc.times.iter().zip(&sys_hit) {
        if !hit {
            report.push_str(&format!(
                "{name}\tEXTRA\t{:?}\t{} {}\n",
                s.text,
                timeml_type(s.kind),
                s.value
            ));
        }
    }
    Ok((score, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>It fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn reads_text_spans_and_creation_time() {
        let doc = match parse(SAMPLE) {
            Ok(d) => d,
            Err(e) => panic!("parse failed: {e}"),
        };
        assert_eq!(doc.creation_time.as_deref(), Some("1998-01-08"));
        assert_eq!(doc.text, "It fell & rose yesterday for a week.");
        let spans: Vec<&str> = doc
            .timexes
            .iter()
            .map(|t| &doc.text[t.start..t.end])
            .collect();
        assert_eq!(spans, ["yesterday", "a week"]);
    }

    #[test]
    fn strict_relaxed_and_value() {
        let gold = vec![
            GoldTimex {
                start: 0,
                end: 9,
                kind: "DATE".into(),
                value: "1998-01-07".into(),
            },
            GoldTimex {
                start: 20,
                end: 30,
                kind: "DURATION".into(),
                value: "P1W".into(),
            },
        ];
        let system = vec![
            TimeExpr {
                start: 0,
                end: 9,
                value: "1998-01-07".into(),
                ..TimeExpr::default()
            },
            TimeExpr {
                start: 22,
                end: 30,
                kind: TimeType::Date,
                value: "P1W".into(),
                ..TimeExpr::default()
            },
            TimeExpr {
                start: 40,
                end: 45,
                ..TimeExpr::default()
            },
        ];
        let (s, _) = Score::of(&gold, &system);
        assert_eq!((s.strict, s.relaxed, s.value, s.kind), (1, 2, 2, 1));
        let (p, r, _) = prf(s.relaxed, s.system, s.gold);
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
    }
}
