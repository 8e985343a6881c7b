//! Plain text: one document per file. The text is kept exactly as written
//! (offsets point into it); the layout of a news article is recognised:
//! a headline on the first line, an optional standfirst on the second, and
//! an optional section marker (`- News`) on the last.

use std::io::BufRead;

use claimtrace_core::{DateSource, Document, Metadata};

use crate::decode::{decode_text, read_bounded};
use crate::input::Source;
use crate::Documents;

pub(crate) fn read(mut body: Box<dyn BufRead + Send>, src: Source) -> Documents {
    let (bytes, cut) = read_bounded(&mut body, src.opts.max_document_bytes);
    drop(body);
    let mut warnings = Vec::new();
    if cut {
        warnings.push(format!(
            "text longer than {} bytes: truncated there (the rest was not read)",
            src.opts.max_document_bytes
        ));
    }
    let text = decode_text(bytes, None, cut, &mut warnings);
    if let Some(broken) = src.latch.peek() {
        warnings.push(format!("text may be incomplete: {broken}"));
    }
    if text.trim().is_empty() {
        return Box::new(std::iter::once(Err(
            src.invalid("no text in it (only whitespace)")
        )));
    }
    let layout = layout(&text);
    let (date, date_source) = match date_from_file_name(&src.name) {
        Some(d) => (Some(d), DateSource::Metadata),
        None => (None, DateSource::None),
    };
    let meta = Metadata {
        id: src.id_name.clone(),
        origin: Some(src.name.clone()),
        title: layout.title,
        standfirst: layout.standfirst,
        section: layout.section,
        date,
        date_source,
        ..Default::default()
    };
    let mut doc = Document::new(text, meta);
    doc.warnings = warnings;
    Box::new(std::iter::once(Ok(doc)))
}

/// What the layout of a plain-text article says.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub title: Option<String>,
    pub standfirst: Option<String>,
    pub section: Option<String>,
}

/// Longest first line still taken as a headline (in characters).
const MAX_HEADLINE_CHARS: usize = 250;
/// Longest second line taken as a standfirst when it has no final stop.
const MAX_STANDFIRST_CHARS: usize = 400;
/// A second line ending in a full stop is a standfirst only when this short.
const SHORT_PARAGRAPH_CHARS: usize = 80;

/// The last character of `line`, looking through closing quotes and
/// brackets (`... steps'` ends in `s`, `... crime."` ends in `.`).
fn final_char(line: &str) -> Option<char> {
    line.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', '“', ')', ']'])
        .chars()
        .next_back()
}

fn ends_a_sentence(line: &str) -> bool {
    matches!(
        final_char(line),
        Some('.' | '!' | '?' | '…' | ':' | ';' | ',')
    )
}

/// A trailing section marker: `- News`, `— Politics`, `– World news`.
fn section_marker(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix(['-', '–', '—'])?.trim();
    let ok = !rest.is_empty()
        && rest.chars().count() <= 30
        && rest.split_whitespace().count() <= 3
        && rest.chars().next().is_some_and(char::is_alphabetic)
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '&' || c == '-');
    ok.then(|| rest.to_string())
}

/// Recognises headline, standfirst and section marker in plain text.
pub(crate) fn layout(text: &str) -> Layout {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = Layout::default();
    let mut body_lines = lines.len();
    if let Some(last) = lines.last() {
        if lines.len() >= 3 {
            if let Some(section) = section_marker(last) {
                out.section = Some(section);
                body_lines -= 1;
            }
        }
    }
    let lines = lines.get(..body_lines).unwrap_or_default();
    let (Some(first), Some(second)) = (lines.first(), lines.get(1)) else {
        return out;
    };
    let first_is_headline = first.chars().count() <= MAX_HEADLINE_CHARS
        // Headlines may ask or exclaim, but do not end in a full stop.
        && !matches!(final_char(first), Some('.' | '…' | ':' | ';' | ','))
        && section_marker(first).is_none();
    if !first_is_headline {
        return out;
    }
    out.title = Some(first.to_string());
    // A standfirst needs body text after it.
    if lines.len() >= 3 {
        let chars = second.chars().count();
        let unpunctuated = !ends_a_sentence(second) && chars <= MAX_STANDFIRST_CHARS;
        let short = chars <= SHORT_PARAGRAPH_CHARS && sentence_stops(second) <= 1;
        if unpunctuated || short {
            out.standfirst = Some(second.to_string());
        }
    }
    out
}

/// Rough count of sentence ends: stops followed by a space or the end.
fn sentence_stops(line: &str) -> usize {
    let chars: Vec<char> = line.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|next| next.is_whitespace())
        })
        .count()
}

/// A date at the start of the file name, as corpora often name files
/// (`2017-12-08-Title.txt`, `20220125T090000Z_GB_en_x.txt`).
pub(crate) fn date_from_file_name(path: &str) -> Option<String> {
    let file = path.rsplit(['/', '\\']).next()?;
    let bytes = file.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range.clone())
            .filter(|b| b.iter().all(u8::is_ascii_digit))
            .and_then(|_| file.get(range))
    };
    let (y, m, d, next) = if bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-') {
        (digits(0..4)?, digits(5..7)?, digits(8..10)?, bytes.get(10))
    } else {
        (digits(0..4)?, digits(4..6)?, digits(6..8)?, bytes.get(8))
    };
    // The date must stand apart from what follows (not a longer number).
    if next.is_some_and(u8::is_ascii_digit) {
        return None;
    }
    crate::normalize_date(&format!("{y}-{m}-{d}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_layout_headline_standfirst_section() {
        let text = "Cluster munitions: Putin threatens 'equivalent steps'\n\
                    Russian President Vladimir Putin has commented on the supply\n\
                    He said this on July 16, 2023.\n\
                    More body.\n\
                    - News\n";
        let l = layout(text);
        assert_eq!(
            l.title.as_deref(),
            Some("Cluster munitions: Putin threatens 'equivalent steps'")
        );
        assert_eq!(
            l.standfirst.as_deref(),
            Some("Russian President Vladimir Putin has commented on the supply")
        );
        assert_eq!(l.section.as_deref(), Some("News"));
    }

    #[test]
    fn bbc_layout_has_a_title_and_no_standfirst_from_a_long_first_paragraph() {
        let text = "Crucial decision on super-casinos\n\n\
                    A decision on whether to allow Westminster to legislate on super-casinos is set to be made by the Scottish Parliament.\n\n\
                    The government has plans for up to eight resorts.\n";
        let l = layout(text);
        assert_eq!(
            l.title.as_deref(),
            Some("Crucial decision on super-casinos")
        );
        assert_eq!(l.standfirst, None);
        assert_eq!(l.section, None);
    }

    #[test]
    fn prose_without_a_headline_has_no_title() {
        let text = "But officials say they have seen more attacks.\n\nThe governor said so.\n";
        assert_eq!(layout(text), Layout::default());
        assert_eq!(layout("One line only"), Layout::default());
    }

    #[test]
    fn dates_in_file_names() {
        assert_eq!(
            date_from_file_name("corpus/2017-12-08-Title.txt").as_deref(),
            Some("2017-12-08")
        );
        assert_eq!(
            date_from_file_name("a/20220125T090000Z_GB_en_7d.txt").as_deref(),
            Some("2022-01-25")
        );
        assert_eq!(date_from_file_name("bbc/business/001.txt"), None);
        assert_eq!(date_from_file_name("123456789.txt"), None);
    }
}
