//! The `pretty` format: the article with its findings marked, for a person
//! at a terminal.

use std::io::Write;

use claimtrace_core::Document;

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Strips control characters so that document text cannot drive the terminal.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// What the report shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Show {
    /// Quotes of every type, beliefs and findings too (by default only
    /// what was said: speech and documents' words).
    pub all_quotes: bool,
}

/// Writes one analysed document as the `pretty` report: a header, then a
/// section for each kind of finding the document has, then its sentences.
pub fn write_document(
    out: &mut impl Write,
    doc: &Document,
    color: bool,
    show: Show,
) -> std::io::Result<()> {
    let st = Style { on: color };
    write_header(out, doc, &st)?;
    write_entities(out, doc, &st)?;
    write_quotes(out, doc, &st, show)?;
    write_attributions(out, doc, &st)?;
    write_times(out, doc, &st)?;
    write_quantities(out, doc, &st)?;
    write_sentences(out, doc, &st)?;
    writeln!(out)?;
    Ok(())
}

/// The title (the id when there is none), a line of metadata, and the size.
fn write_header(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    let m = &doc.meta;
    writeln!(
        out,
        "{}",
        st.paint("1", &clean(m.title.as_deref().unwrap_or(&m.id)))
    )?;
    let mut facts = vec![format!("id {}", clean(&m.id))];
    if let Some(d) = &m.date {
        facts.push(format!("date {d} ({:?})", m.date_source).to_lowercase());
    }
    if let Some(l) = &m.language {
        facts.push(format!("language {l}"));
    }
    if let Some(s) = &m.section {
        facts.push(format!("section {}", clean(s)));
    }
    if let Some(u) = &m.url {
        facts.push(clean(u));
    }
    writeln!(out, "{}", st.paint("2", &facts.join(" · ")))?;
    writeln!(
        out,
        "{} paragraphs, {} sentences",
        doc.paragraphs.len(),
        doc.sentences.len()
    )
}

/// "Who is named": each entity with its kind, mention count and roles.
fn write_entities(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    if doc.entities.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.paint("1;34", "Who is named"))?;
    for e in &doc.entities {
        let roles: Vec<String> = e
            .roles
            .iter()
            .map(|r| {
                if r.former {
                    format!("former {}", r.text)
                } else {
                    r.text.clone()
                }
            })
            .collect();
        let roles = if roles.is_empty() {
            String::new()
        } else {
            format!(" — {}", roles.join("; "))
        };
        writeln!(
            out,
            "  {} {} ({:?}, {} mentions){}",
            e.id,
            clean(&e.name),
            e.kind,
            e.mentions.len(),
            clean(&roles)
        )?;
    }
    Ok(())
}

/// "Who said what": the quotes `show` asks for, and how many were left
/// out (so that a reader knows beliefs and findings exist).
fn write_quotes(
    out: &mut impl Write,
    doc: &Document,
    st: &Style,
    show: Show,
) -> std::io::Result<()> {
    let quotes: Vec<&claimtrace_core::Quote> = doc
        .quotes
        .iter()
        .filter(|q| show.all_quotes || q.attribution.is_said())
        .collect();
    let hidden = doc.quotes.len() - quotes.len();
    if quotes.is_empty() && hidden == 0 {
        return Ok(());
    }
    writeln!(out, "\n{}", st.paint("1;32", "Who said what"))?;
    for q in quotes {
        write_quote(out, q, st)?;
    }
    if hidden > 0 {
        writeln!(
            out,
            "  ({hidden} beliefs and findings not shown: --all-quotes shows them)"
        )?;
    }
    Ok(())
}

/// One quote: id, kind (with its attribution type unless it is speech),
/// speaker, cue, words and hedges.
fn write_quote(
    out: &mut impl Write,
    q: &claimtrace_core::Quote,
    st: &Style,
) -> std::io::Result<()> {
    let who = q.speaker.name.as_deref().unwrap_or("?");
    let cue = q.cue.as_ref().map(|c| c.text.as_str()).unwrap_or("");
    let hedges: Vec<&str> = q.hedges.iter().map(|h| h.text.as_str()).collect();
    let h = if hedges.is_empty() {
        String::new()
    } else {
        format!("  [hedged: {}]", hedges.join(", "))
    };
    let kind = if q.attribution == claimtrace_core::AttributionType::Speech {
        format!("{:?}", q.kind)
    } else {
        format!("{:?} {}", q.kind, q.attribution.as_str())
    };
    writeln!(
        out,
        "  {} {} {} {}: {}{}",
        q.id,
        kind,
        st.paint("1", &clean(who)),
        st.paint("3", &clean(cue)),
        clean(&q.text),
        st.paint("33", &clean(&h))
    )
}

/// "Who is quoting whom": speaker → source of each attribution.
fn write_attributions(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    if doc.attributions.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.paint("1;35", "Who is quoting whom"))?;
    for a in &doc.attributions {
        let cue = a.cue.as_ref().map(|c| c.text.as_str()).unwrap_or("");
        writeln!(
            out,
            "  {} → {} ({})",
            clean(&a.speaker.name),
            clean(&a.source.name),
            clean(cue)
        )?;
    }
    Ok(())
}

/// "When": each time expression with its normalised value and kind.
fn write_times(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    if doc.times.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.paint("1;36", "When"))?;
    for t in &doc.times {
        writeln!(out, "  {:<28} {:<12} {:?}", clean(&t.text), t.value, t.kind)?;
    }
    Ok(())
}

/// "How many": each quantity with its value, unit and rate, then the
/// comparisons drawn between them.
fn write_quantities(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    if doc.quantities.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.paint("1;33", "How many"))?;
    for q in &doc.quantities {
        let v = match (q.value, q.low, q.high) {
            (Some(v), _, _) => format!("{} {v}", q.comparator),
            (None, Some(l), Some(h)) => format!("{l}–{h}"),
            _ => "?".into(),
        };
        let unit = q.unit.as_deref().unwrap_or("");
        let per = q
            .per
            .as_deref()
            .map(|p| format!(" per {p}"))
            .unwrap_or_default();
        writeln!(out, "  {:<40} {v} {unit}{per}", clean(&q.text))?;
    }
    for c in &doc.comparisons {
        writeln!(out, "  ⇒ {}", clean(&c.summary))?;
    }
    Ok(())
}

/// The numbered sentences of the text.
fn write_sentences(out: &mut impl Write, doc: &Document, st: &Style) -> std::io::Result<()> {
    writeln!(out, "\n{}", st.paint("2", "Sentences"))?;
    for (i, s) in doc.sentences.iter().enumerate() {
        writeln!(out, "  {:>3}  {}", i + 1, clean(&doc.text[s.start..s.end]))?;
    }
    Ok(())
}
