//! Paragraphs and their role in the article's layout.

use claimtrace_core::{Metadata, Paragraph, ParagraphKind};

/// Splits `text` into paragraphs and says what each one is.
///
/// A line is a paragraph, unless the text is hard-wrapped (most lines run
/// on into the next without closing punctuation), in which case blocks
/// separated by blank lines are. The first paragraph is the headline when
/// it equals `meta.title`; the next is the standfirst when it equals
/// `meta.standfirst`; a last line like `- News` is a section marker; a short
/// unpunctuated line inside the body is a subheading.
pub fn paragraphs(text: &str, meta: &Metadata) -> Vec<Paragraph> {
    let lines = line_spans(text);
    let wrapped = looks_hard_wrapped(text, &lines);
    let mut out: Vec<Paragraph> = Vec::new();
    if wrapped {
        let mut cur: Option<(usize, usize)> = None;
        for &(s, e) in &lines {
            if text[s..e].trim().is_empty() {
                if let Some((a, b)) = cur.take() {
                    out.push(Paragraph {
                        start: a,
                        end: b,
                        kind: ParagraphKind::Body,
                    });
                }
            } else {
                cur = Some(match cur {
                    Some((a, _)) => (a, e),
                    None => (s, e),
                });
            }
        }
        if let Some((a, b)) = cur {
            out.push(Paragraph {
                start: a,
                end: b,
                kind: ParagraphKind::Body,
            });
        }
    } else {
        for &(s, e) in &lines {
            if !text[s..e].trim().is_empty() {
                out.push(Paragraph {
                    start: s,
                    end: e,
                    kind: ParagraphKind::Body,
                });
            }
        }
    }
    // trim each paragraph to its non-space content
    for p in &mut out {
        let seg = &text[p.start..p.end];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        p.start += lead;
        p.end -= trail;
    }
    classify(text, meta, &mut out);
    out
}

fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let mut s = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let e = if i > s && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            v.push((s, e));
            s = i + 1;
        }
    }
    if s < text.len() {
        v.push((s, text.len()));
    }
    v
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | '»' | ':' | '…' | ')' | '\''
        )
    })
}

fn looks_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    if lines.len() < 6 {
        return false;
    }
    let mut runs_on = 0usize;
    let mut nonempty = 0usize;
    for w in lines.windows(2) {
        let cur = &text[w[0].0..w[0].1];
        let next = &text[w[1].0..w[1].1];
        if cur.trim().is_empty() {
            continue;
        }
        nonempty += 1;
        let next_starts_lower = next
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
        if !next.trim().is_empty() && (!ends_sentence(cur) || next_starts_lower) {
            runs_on += 1;
        }
    }
    nonempty > 0 && runs_on * 2 > nonempty
}

fn same(a: &str, b: &Option<String>) -> bool {
    b.as_deref().is_some_and(|b| {
        let (a, b) = (a.trim(), b.trim());
        !b.is_empty()
            && (a == b || a.trim_end_matches(['.', ' ']) == b.trim_end_matches(['.', ' ']))
    })
}

fn classify(text: &str, meta: &Metadata, ps: &mut [Paragraph]) {
    let n = ps.len();
    if n == 0 {
        return;
    }
    let mut first_body = 0;
    if same(&text[ps[0].start..ps[0].end], &meta.title) {
        ps[0].kind = ParagraphKind::Headline;
        first_body = 1;
        if n > 1 && same(&text[ps[1].start..ps[1].end], &meta.standfirst) {
            ps[1].kind = ParagraphKind::Standfirst;
            first_body = 2;
        }
    }
    let last = &text[ps[n - 1].start..ps[n - 1].end];
    if n > 1 && is_section_marker(last) {
        ps[n - 1].kind = ParagraphKind::SectionMarker;
    }
    for p in ps.iter_mut().skip(first_body) {
        if p.kind != ParagraphKind::Body {
            continue;
        }
        let line = &text[p.start..p.end];
        let words = line.split_whitespace().count();
        if words > 0 && words <= 12 && !ends_sentence_strict(line) {
            p.kind = ParagraphKind::Subheading;
        }
    }
}

fn ends_sentence_strict(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '…' | ',' | ';'))
}

/// `- News`, `— Politics`: a trailing one- or two-word line after a dash.
pub(crate) fn is_section_marker(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = t.strip_prefix(['-', '–', '—']) else {
        return false;
    };
    let rest = rest.trim();
    let words = rest.split_whitespace().count();
    (1..=3).contains(&words)
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '&')
}
