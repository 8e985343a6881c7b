//! Transcript turns over every Kremlin transcript with speaker headers:
//! each header ("Vladimir Putin:", "President of Russia Vladimir Putin:",
//! "President of Egypt Mohamed Morsi      Morsi Mohamed  (retranslated):",
//! "Question:", "Remark:") must start a quote of the header's speaker.
//!
//! What a header is, is decided here by a pattern over the text's
//! paragraphs, not by the turn reader under test, so the test can fail.
//! Reads ../shared/corpora/kremlin_en (skipped when missing, failed when
//! CLAIMTRACE_REQUIRE_SHARED is set).

// Only `shared` of the common helpers is used here.
#[allow(dead_code)]
mod common;

use std::sync::OnceLock;

use claimtrace_core::Document;
use regex::Regex;

/// Share of header turns that must start a quote of their speaker.
const REQUIRED_SHARE: f64 = 0.98;

/// Lines of the Kremlin page footer written like headers.
const FOOTER_LABELS: &[&str] = &[
    "Publication date",
    "Direct link",
    "Published in section",
    "Published in sections",
];
/// Headers of an unnamed speaker: their turn has no speaker, and its words
/// are not the previous speaker's.
const UNNAMED: &[&str] = &["Question", "Remark", "Answer", "Reply", "Response"];
/// Lower-case words in a title and name ("President of the Republic of
/// Korea Moon Jae-in").
const TITLE_JOINERS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "de", "da", "von", "van", "al", "bin", "ibn",
    "del", "la", "le", "du", "to", "a",
];

struct Header {
    /// Byte offset just after the colon.
    colon_end: usize,
    /// The speaker the header names, whitespace collapsed; `None` for an
    /// unnamed one ("Question:").
    speaker: Option<String>,
    line: String,
}

fn header_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // A paragraph start, then up to 250 characters with no colon, then
        // a colon followed by white space.
        Regex::new(r"(?:\A|\n[ \t]*\n)([^\n:][^:]{0,250}?):\s").unwrap_or_else(|e| panic!("{e}"))
    })
}

fn not_a_name_head() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r#"\.\s|[!?"“”«»;]|\n[ \t]*\n"#).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn tail_start() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"\s{3,}|\(").unwrap_or_else(|e| panic!("{e}")))
}

/// The speaker headers of `text`.
fn headers(text: &str) -> Vec<Header> {
    let mut out = Vec::new();
    for caps in header_pattern().captures_iter(text) {
        let (Some(head), Some(whole)) = (caps.get(1), caps.get(0)) else {
            continue;
        };
        let head_text = head.as_str();
        if not_a_name_head().is_match(head_text)
            || !head_text.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        // Words after the colon in the same paragraph (a hard-wrapped
        // transcript may put them on the next line).
        let colon_end = whole.end() - 1;
        let rest = text.get(colon_end..).unwrap_or("");
        let paragraph_rest = rest.split("\n\n").next().unwrap_or("");
        if !paragraph_rest.chars().any(char::is_alphanumeric) {
            continue;
        }
        // The name ends at a second form of it after a run of spaces, or
        // at a parenthesis ("(retranslated)").
        let (name_part, tailed) = match tail_start().find(head_text) {
            Some(m) => (&head_text[..m.start()], true),
            None => (head_text, false),
        };
        let words: Vec<&str> = name_part.split_whitespace().collect();
        if words.is_empty() || words.len() > 14 {
            continue;
        }
        let title_cased = words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_JOINERS.contains(w)
        });
        if !tailed && (words.len() > 8 || !title_cased) {
            continue;
        }
        let name = words.join(" ");
        if FOOTER_LABELS.contains(&name.as_str()) {
            continue;
        }
        let speaker = (!UNNAMED.contains(&name.as_str())).then_some(name);
        out.push(Header {
            colon_end,
            speaker,
            line: text
                .get(head.start()..)
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(160)
                .collect(),
        });
    }
    out
}

/// The header starts a quote of its speaker: a quote whose content begins
/// right after the colon (a quotation mark or spaces between).
fn turn_is_read(doc: &Document, h: &Header) -> Result<(), String> {
    let gap = doc.text.get(h.colon_end..).map_or(0, |rest| {
        // The turn's words start at its first letter or digit
        // (after a quotation mark, "…" or "<…>").
        rest.len()
            - rest
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(')
                .len()
    });
    let content_start = h.colon_end + gap;
    // A stage direction may open the turn: "Vladimir Putin: (Addressing
    // Alexei Miller.) What about your company?".
    let after_direction = doc
        .text
        .get(content_start..)
        .filter(|rest| rest.starts_with('('))
        .and_then(|rest| rest.find(')'))
        .map_or(content_start, |close| {
            let rest = doc.text.get(content_start + close + 1..).unwrap_or("");
            content_start + close + 1 + (rest.len() - rest.trim_start().len())
        });
    let starting: Vec<_> = doc
        .quotes
        .iter()
        .filter(|q| (content_start..=after_direction).contains(&q.start))
        .collect();
    if starting.is_empty() {
        return Err("no quote starts after the colon".into());
    }
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let found: Vec<Option<String>> = starting
        .iter()
        .map(|q| q.speaker.text.as_deref().map(collapse))
        .collect();
    if found.contains(&h.speaker) {
        Ok(())
    } else {
        Err(format!("speakers {found:?}"))
    }
}

/// Header turns read right, of all, with the misses described.
#[derive(Default)]
struct Tally {
    total: usize,
    right: usize,
    misses: Vec<String>,
}

impl Tally {
    /// Checks each header of an analysed document.
    fn check(&mut self, doc: &Document, found: &[Header]) {
        for h in found {
            self.total += 1;
            match turn_is_read(doc, h) {
                Ok(()) => self.right += 1,
                Err(why) => self.misses.push(format!(
                    "{} | {:?} | {} | {why}",
                    doc.meta.id, h.speaker, h.line
                )),
            }
        }
    }

    /// Fails under [`REQUIRED_SHARE`], or when fewer than `at_least`
    /// headers were found (the corpus changed).
    fn assert_share(&self, what: &str, at_least: usize) {
        let (right, total) = (self.right, self.total);
        let share = right as f64 / total.max(1) as f64;
        eprintln!("{right} of {total} {what} right ({:.1}%)", share * 100.0);
        assert!(
            total > at_least,
            "only {total} headers found: the corpus changed?"
        );
        assert!(
            share >= REQUIRED_SHARE,
            "{right} of {total} header turns ({:.1}%) start a quote of their speaker; misses:\n{}",
            share * 100.0,
            self.misses
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn kremlin_transcript_headers_start_turns_of_their_speakers() {
    let Some(path) = common::shared("corpora/kremlin_en/kremlin_en.jsonl") else {
        return;
    };
    let pipeline = claimtrace_pipeline::default_pipeline();
    let docs = claimtrace_ingest::read_inputs(&[path.display().to_string()], &Default::default());
    let mut tally = Tally::default();
    let mut transcripts = 0usize;
    for doc in docs {
        let mut doc = doc.unwrap_or_else(|e| panic!("reading the Kremlin corpus: {e}"));
        let found = headers(&doc.text);
        if found.len() < 2 {
            continue;
        }
        transcripts += 1;
        pipeline.run(&mut doc);
        tally.check(&doc, &found);
    }
    if let Some(out) = std::env::var_os("CLAIMTRACE_TURN_MISSES") {
        std::fs::write(out, tally.misses.join("\n")).unwrap_or_else(|e| panic!("{e}"));
    }
    tally.assert_share(&format!("header turns in {transcripts} transcripts"), 5000);
}

fn inline_header_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // The start of the text, or a sentence's end (or a section break's
        // asterisk) and a space; then two to sixteen words of a name and
        // title, a parenthesis if any, a colon and a space.
        Regex::new(
            r"(?:\A|[.?!…*] )((?:[A-Z][\w'’.-]*|of|the|and|for|to|in|on|at)(?: (?:[A-Z][\w'’.-]*|of|the|and|for|to|in|on|at)){1,15})(?: \([^)]*\))?: ",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The speaker headers inside the one-line bodies of a transcript whose
/// page lost its line breaks ("... * * * President of Russia Vladimir
/// Putin: Good afternoon. ... Margarita Simonyan: Thank you. ..."): a
/// name of two words or more after a sentence's end, followed by speech
/// (a lower-case word before the next full stop; a list of names is no
/// one's turn). A name printed twice with its title glued on ("Sergei
/// Shoigu Shoigu SergeiDefence Minister") ends before the second form.
fn inline_headers(text: &str) -> Vec<Header> {
    let mut out = Vec::new();
    for caps in inline_header_pattern().captures_iter(text) {
        let (Some(head), Some(whole)) = (caps.get(1), caps.get(0)) else {
            continue;
        };
        let words: Vec<&str> = head.as_str().split(' ').collect();
        let doubled = (1..words.len()).find(|&k| words[k] == words[k - 1]);
        let name_words = match doubled {
            Some(k) => &words[..k],
            None if words.len() <= 8 => &words[..],
            None => continue,
        };
        if name_words.len() < 2
            || name_words
                .first()
                .is_some_and(|w| TITLE_JOINERS.contains(w))
        {
            continue;
        }
        let colon_end = whole.end() - 1;
        let first_sentence = text
            .get(colon_end..)
            .unwrap_or("")
            .split(['.', '?', '!'])
            .next()
            .unwrap_or("");
        if !first_sentence
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        {
            continue;
        }
        out.push(Header {
            colon_end,
            speaker: Some(name_words.join(" ")),
            line: text
                .get(head.start()..)
                .unwrap_or("")
                .chars()
                .take(120)
                .collect(),
        });
    }
    out
}

#[test]
fn headers_of_transcripts_printed_on_one_line_start_turns_of_their_speakers() {
    let Some(path) = common::shared("corpora/war_press_releases_2022/putin.csv") else {
        return;
    };
    let pipeline = claimtrace_pipeline::default_pipeline();
    let docs = claimtrace_ingest::read_inputs(&[path.display().to_string()], &Default::default());
    let mut tally = Tally::default();
    for doc in docs {
        let mut doc = doc.unwrap_or_else(|e| panic!("reading putin.csv: {e}"));
        let found = inline_headers(&doc.text);
        if found.is_empty() {
            continue;
        }
        pipeline.run(&mut doc);
        tally.check(&doc, &found);
    }
    tally.assert_share("one-line transcript header turns", 1000);
}
