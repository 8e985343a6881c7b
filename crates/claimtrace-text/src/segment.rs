//! Sentence segmentation for news in English, Ukrainian and Russian.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation
//! marks and brackets that follow) when the next word starts a sentence:
//! an upper-case letter, a digit, an opening quotation mark or a speech
//! dash. It does not end
//! - after an abbreviation (`Mr.`, `Gen.`, `Feb. 28`, `U.S. administration`, `т.е.`, `ген.`),
//!   or an initial (`J. Smith`, `В. Путин`);
//! - before a lower-case word (`"Is it over?" she asked.`), so a closing
//!   quotation mark and its attribution stay with the quote's last sentence;
//! - inside a short quotation, which is a title or name rather than speech
//!   (the program "Moscow. Kremlin. Putin").
//!
//! Paragraphs are segmented separately, so every line of an article (a
//! headline without a full stop included) starts a sentence.

use claimtrace_core::Sentence;
use claimtrace_lexicon::{Lexicon, ALL};

/// Longest sentence in bytes: runs of text without punctuation (tables,
/// lists, hostile input) are cut at a space so later stages stay linear.
const MAX_SENTENCE_BYTES: usize = 4000;

/// A quotation with this many words or fewer is treated as a title or a
/// name, never split into sentences.
const SHORT_QUOTE_WORDS: usize = 6;

/// Deepest nesting of quotation marks tracked.
const MAX_QUOTE_NESTING: usize = 8;

/// Sentence spans of `text[start..end]` (one paragraph), as `(start, end)`.
pub fn split_sentences(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    split_sentences_into(text, start, end, 0, &mut v);
    v.into_iter().map(|s| (s.start, s.end)).collect()
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‹' | '"' | '‘' | '\'' | '‚')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '›' | '’' | '\'' | ')' | ']' | '“')
}

/// Quotation regions of a paragraph, as byte ranges of their content.
fn quote_regions(p: &str) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    // stack of (mark, content start)
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in p.char_indices() {
        let after = i + c.len_utf8();
        // Real quotations nest a few levels deep; a long run of unclosed
        // marks is noise. Bounding the stack keeps every lookup O(1).
        if stack.len() > MAX_QUOTE_NESTING {
            let (_, s) = stack.remove(0);
            regions.push((s, i));
        }
        match c {
            '«' | '„' | '‹' => stack.push((c, after)),
            '»' | '›' => {
                let want = if c == '»' { '«' } else { '‹' };
                if let Some(pos) = stack.iter().rposition(|&(m, _)| m == want) {
                    let (_, s) = stack[pos];
                    regions.push((s, i));
                    stack.truncate(pos);
                }
            }
            '“' => {
                // closes „ (German/Ukrainian style), else opens
                if let Some(pos) = stack.iter().rposition(|&(m, _)| m == '„') {
                    let (_, s) = stack[pos];
                    regions.push((s, i));
                    stack.truncate(pos);
                } else {
                    stack.push((c, after));
                }
            }
            '”' => {
                if let Some(pos) = stack.iter().rposition(|&(m, _)| m == '“' || m == '„') {
                    let (_, s) = stack[pos];
                    regions.push((s, i));
                    stack.truncate(pos);
                }
            }
            '"' => {
                let opens = prev.is_none_or(|p| {
                    p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '«' | '“')
                });
                if let Some(pos) = stack.iter().rposition(|&(m, _)| m == '"') {
                    if !opens || pos + 1 == stack.len() {
                        let (_, s) = stack[pos];
                        regions.push((s, i));
                        stack.truncate(pos);
                    } else {
                        stack.push((c, after));
                    }
                } else {
                    stack.push((c, after));
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    // unclosed: runs to the end of the paragraph (a quote continued in the next one)
    for (_, s) in stack {
        regions.push((s, p.len()));
    }
    regions
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The word right before byte `dot` (the period), lower-cased, without the final period.
fn word_before(p: &str, dot: usize) -> &str {
    // Abbreviations are short: look back at most 32 bytes, so a long run of
    // dotted letters cannot make each period cost a pass over the run.
    let mut from = dot.saturating_sub(32);
    while !p.is_char_boundary(from) {
        from += 1;
    }
    let Some(head) = p.get(from..dot) else {
        return "";
    };
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\u{301}'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &head[start..]
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Byte offset of the next `.`, `!`, `?` or `…` at or after `from`.
fn next_terminator(p: &str, from: usize) -> Option<usize> {
    let b = p.as_bytes();
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'.' | b'!' | b'?' => return Some(i),
            // '…' is E2 80 A6
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

fn char_at(p: &str, i: usize) -> Option<char> {
    p.get(i..).and_then(|r| r.chars().next())
}

pub(crate) fn split_sentences_into(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let Some(p) = text.get(start..end) else {
        return;
    };
    let split = ParagraphSplit::new(p, start, paragraph);
    let mut sent_start = 0usize;
    let mut pos = 0usize;
    while let Some(i) = next_terminator(p, pos) {
        split.cut_overlong(out, &mut sent_start, i);
        let Some(c) = char_at(p, i) else { break };
        let run = TerminatorRun::at(p, i);
        pos = run.after_terminators.max(i + 1);
        let Some(next) = char_at(p, run.next_start) else {
            break;
        };
        if run.next_start == run.boundary && !glued_boundary(p, i, &run) {
            continue;
        }
        if split.ends_sentence(i, c, &run, next) {
            split.push(out, sent_start, run.boundary);
            sent_start = run.next_start;
            pos = run.next_start;
        }
    }
    split.cut_overlong(out, &mut sent_start, p.len());
    split.push(out, sent_start, p.len());
}

/// What follows a terminator at byte `i` of a paragraph: the run of
/// terminators (`?!`, `...`), then closing quotation marks and brackets,
/// then whitespace before the next word.
struct TerminatorRun {
    /// Terminators in the run.
    terminators: usize,
    /// Byte offset after the terminators.
    after_terminators: usize,
    /// Byte offset after the closers: where the sentence would end.
    boundary: usize,
    /// Byte offset of the next character after the whitespace: where the
    /// next sentence would start.
    next_start: usize,
}

impl TerminatorRun {
    fn at(p: &str, i: usize) -> Self {
        let mut j = i;
        let mut terminators = 0;
        while let Some(t) = char_at(p, j).filter(|&t| is_terminator(t)) {
            j += t.len_utf8();
            terminators += 1;
        }
        let after_terminators = j;
        while let Some(t) = char_at(p, j).filter(|&t| is_closer(t)) {
            j += t.len_utf8();
        }
        let boundary = j;
        let mut n = j;
        while let Some(t) = char_at(p, n).filter(|t| t.is_whitespace()) {
            n += t.len_utf8();
        }
        TerminatorRun {
            terminators,
            after_terminators,
            boundary,
            next_start: n,
        }
    }
}

/// One paragraph being split: its text, where it starts in the document,
/// and its short quotations.
struct ParagraphSplit<'a> {
    p: &'a str,
    /// Byte offset of the paragraph in the document's text.
    start: usize,
    paragraph: usize,
    /// Only short quotations matter (titles, names); kept sorted, so each
    /// lookup is a binary search rather than a pass over every region.
    short_quotes: Vec<(usize, usize)>,
}

impl<'a> ParagraphSplit<'a> {
    fn new(p: &'a str, start: usize, paragraph: usize) -> Self {
        let mut short_quotes: Vec<(usize, usize)> = quote_regions(p)
            .into_iter()
            .filter(|&(s, e)| {
                e.saturating_sub(s) <= 200 && word_count(&p[s..e]) <= SHORT_QUOTE_WORDS
            })
            .collect();
        short_quotes.sort_unstable();
        ParagraphSplit {
            p,
            start,
            paragraph,
            short_quotes,
        }
    }

    /// Whether byte `pos` is inside a short quotation.
    fn in_short_quote(&self, pos: usize) -> bool {
        let i = self.short_quotes.partition_point(|&(s, _)| s <= pos);
        // short regions are at most 200 bytes: look back only as far as that
        self.short_quotes[..i]
            .iter()
            .rev()
            .take_while(|&&(s, _)| pos.saturating_sub(s) <= 200)
            .any(|&(_, e)| pos < e)
    }

    /// Pushes `p[s..e]`, trimmed, as a sentence unless it is blank.
    fn push(&self, out: &mut Vec<Sentence>, s: usize, e: usize) {
        let seg = &self.p[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        let (s, e) = (s + lead, e - trail);
        if e > s {
            out.push(Sentence {
                start: self.start + s,
                end: self.start + e,
                paragraph: self.paragraph,
            });
        }
    }

    /// Overlong stretch without a boundary: cut at the last space before the limit.
    fn cut_overlong(&self, out: &mut Vec<Sentence>, sent_start: &mut usize, upto: usize) {
        while upto.saturating_sub(*sent_start) > MAX_SENTENCE_BYTES {
            let mut limit = *sent_start + MAX_SENTENCE_BYTES;
            while !self.p.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = self.p[*sent_start..limit]
                .rfind(char::is_whitespace)
                .map(|x| *sent_start + x)
                .filter(|&c| c > *sent_start)
                .unwrap_or(limit);
            self.push(out, *sent_start, cut);
            *sent_start = cut;
        }
    }

    /// Whether the terminator `c` at byte `i`, followed by `run` and then
    /// the character `next`, ends a sentence.
    fn ends_sentence(&self, i: usize, c: char, run: &TerminatorRun, next: char) -> bool {
        let mut split = opens_sentence(next);
        // «Это неправда!» — добавил певец. / — Стоп! — крикнул он. A dash
        // and a lower-case Cyrillic word after `!`, `?`, `…` or a closing
        // mark are the author's words of the same sentence, not a new one.
        let exclaims = c != '.' || run.terminators > 1 || run.boundary > run.after_terminators;
        if split && exclaims && dash_then_lower_case(self.p, run.next_start) {
            split = false;
        }
        if split && c == '.' && run.terminators == 1 {
            split = period_ends_sentence(self.p, i, run.next_start, next);
        }
        // A full stop inside a short quotation (a title: "Moscow. Kremlin.
        // Putin") does not end the sentence; one that closes it ("release
        // the videos "without delay." Clinton plans ...") does.
        if split && self.in_short_quote(i) && self.in_short_quote(run.after_terminators) {
            split = false;
        }
        split
    }
}

/// Whether a terminator at byte `i` with no space after it still ends a
/// sentence: text extracted from web pages often joins paragraphs or
/// sentences without a space ("troops in Lithuania.Szijjártó said", "the
/// invasion.“We will", "said Putin.- The authorities"). It does when a
/// word of three or more letters with a lower-case one ends before it (not
/// "U.S", "St", "3.5", "A.B") and a capitalised word starts right after
/// it, after an opening quotation mark that only opens, or after a spaced
/// speech dash ("We", "Szijjártó", not "WWW" or "com"). The caller still
/// applies the usual abbreviation checks ([`period_ends_sentence`]).
fn glued_boundary(p: &str, i: usize, run: &TerminatorRun) -> bool {
    // "list of "terrorists and extremists".A month later": the word is
    // before the closing mark the full stop follows.
    let mut before = word_before(p, i);
    if before.is_empty() {
        if let Some(q) = p
            .get(..i)
            .and_then(|h| h.chars().next_back())
            .filter(|&q| matches!(q, '"' | '”' | '»' | '’'))
        {
            before = word_before(p, i - q.len_utf8());
        }
    }
    let letters = before.chars().count();
    if letters < 3
        || !before.chars().all(char::is_alphabetic)
        || !before.chars().any(char::is_lowercase)
    {
        return false;
    }
    let Some(rest) = p.get(run.next_start..) else {
        return false;
    };
    let mut chars = rest.chars();
    let mut first = chars.next();
    if first.is_some_and(|c| matches!(c, '“' | '«' | '„')) {
        first = chars.next();
    }
    // "... said Putin.- The Russian authorities ...": a speech dash glued
    // to the full stop opens the next speaker's words.
    if first.is_some_and(|c| matches!(c, '-' | '–' | '—')) && chars.next() == Some(' ') {
        first = chars.next();
    }
    let second = chars.next();
    first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase)
}

/// Whether `next`, the first character after a terminator and whitespace,
/// may start a sentence: an upper-case letter, a digit, an opening
/// quotation mark, a dash or a bracket.
/// Whether a dash at byte `n` is followed (past spaces) by a lower-case
/// Cyrillic word: the author's words after direct speech, as Russian and
/// Ukrainian write them (English puts a dash before a lower-case word for
/// other reasons: "think about it! - hundreds of children").
fn dash_then_lower_case(p: &str, n: usize) -> bool {
    let Some(rest) = p.get(n..) else {
        return false;
    };
    let mut chars = rest.chars();
    if !matches!(chars.next(), Some('—' | '–' | '-')) {
        return false;
    }
    chars
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_lowercase() && matches!(c, '\u{0400}'..='\u{04FF}'))
}

fn opens_sentence(next: char) -> bool {
    next.is_uppercase()
        || next.is_ascii_digit()
        || is_opening_quote(next)
        || matches!(next, '—' | '–' | '(' | '[' | '-' | '•')
}

/// Whether a single full stop at byte `dot`, before the word at `n` (its
/// first character `next`, which may open a sentence), ends the sentence:
/// not after an abbreviation that never ends one or an initial; after one
/// that may, or a dotted abbreviation (A.B.), only before a capitalised
/// opener ("The", "However").
fn period_ends_sentence(p: &str, dot: usize, n: usize, next: char) -> bool {
    let w = word_before(p, dot);
    let lw = w.to_lowercase();
    let next_word: &str = {
        let rest = &p[n..];
        let e = rest
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(rest.len());
        &rest[..e]
    };
    let single_initial = w.chars().count() == 1 && w.chars().all(|ch| ch.is_uppercase());
    let listed = |list: fn(&Lexicon) -> &'static [&'static str]| {
        ALL.iter()
            .any(|lexicon| list(lexicon).contains(&lw.as_str()))
    };
    if listed(|l| l.non_final_abbreviations) || single_initial {
        false
    } else if listed(|l| l.may_end_abbreviations) {
        is_capitalised_opener(next_word) && !next.is_ascii_digit()
    } else if lw.contains('.') && w.len() <= 8 {
        // other dotted abbreviations: A.B. -> end only before an opener
        let dotted = lw.split('.').all(|part| part.chars().count() <= 2);
        !dotted || is_capitalised_opener(next_word)
    } else {
        true
    }
}

/// Is `word` a common sentence opener written with a capital ("The",
/// "However"), one of the lexicons' `openers_after_abbreviation`?
fn is_capitalised_opener(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || chars.any(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    ALL.iter()
        .any(|lexicon| lexicon.openers_after_abbreviation.contains(&lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text, 0, text.len())
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Gen. Mark Milley met Mr. Smith in the U.S. capital on Feb. 28. He left."),
            vec![
                "Gen. Mark Milley met Mr. Smith in the U.S. capital on Feb. 28.",
                "He left."
            ]
        );
        assert_eq!(
            sents("It was made in the U.S. The rest was not."),
            vec!["It was made in the U.S.", "The rest was not."]
        );
    }

    #[test]
    fn sentences_joined_without_a_space_are_split() {
        assert_eq!(
            sents("Berlin sent more troops to the border.Kowalski said that none would come.So did the others."),
            vec![
                "Berlin sent more troops to the border.",
                "Kowalski said that none would come.",
                "So did the others."
            ]
        );
        assert_eq!(
            sents("It was not like that - said the mayor.- The city also rebuilt the bridge."),
            vec![
                "It was not like that - said the mayor.",
                "- The city also rebuilt the bridge."
            ]
        );
        assert_eq!(
            sents("He was put on the list of \"terrorists and extremists\".Later he left."),
            vec![
                "He was put on the list of \"terrorists and extremists\".",
                "Later he left."
            ]
        );
        assert_eq!(
            sents("Казахстан отказался.Министр сообщил об этом в пятницу."),
            vec!["Казахстан отказался.", "Министр сообщил об этом в пятницу."]
        );
        // Abbreviations, initials, numbers, domains and file names stay whole.
        for whole in [
            "He lives in St.Petersburg and works for the U.S.Army.",
            "Read it on Politico.com or Onet.pl today.",
            "The rate rose to 3.5 per cent, J.R.Smith wrote in REPORT.Final today.",
        ] {
            assert_eq!(sents(whole), vec![whole]);
        }
    }

    #[test]
    fn quotes_keep_their_attribution() {
        assert_eq!(
            sents("\"Is it over?\" she asked. Nobody knew."),
            vec!["\"Is it over?\" she asked.", "Nobody knew."]
        );
        assert_eq!(
            sents("\"Well, let's see. After all, it is modern. We have it,\" said the president."),
            vec![
                "\"Well, let's see.",
                "After all, it is modern.",
                "We have it,\" said the president."
            ]
        );
    }

    #[test]
    fn a_dash_and_the_authors_words_continue_an_exclamation() {
        assert_eq!(
            sents("«Казали навіть, що я співав для них!» – додав співак. Концерт скасували."),
            vec![
                "«Казали навіть, що я співав для них!» – додав співак.",
                "Концерт скасували."
            ]
        );
        assert_eq!(
            sents("— Неужели это правда? — спросил министр. — Да."),
            vec!["— Неужели это правда? — спросил министр.", "— Да."]
        );
        // A dash before a capital, after a plain full stop, or before an
        // English word still opens a new sentence.
        assert_eq!(
            sents("Just think about it! - hundreds of children."),
            vec!["Just think about it!", "- hundreds of children."]
        );
        assert_eq!(
            sents("Мы готовы! — Песков повторил это дважды."),
            vec!["Мы готовы!", "— Песков повторил это дважды."]
        );
        assert_eq!(
            sents("Рынок закрылся. - в пятницу торги возобновятся."),
            vec!["Рынок закрылся.", "- в пятницу торги возобновятся."]
        );
    }

    #[test]
    fn short_quoted_titles_stay_whole() {
        assert_eq!(
            sents("He spoke on the program \"Moscow. Kremlin. Putin\" on Russia-1. Then he left."),
            vec![
                "He spoke on the program \"Moscow. Kremlin. Putin\" on Russia-1.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_short_quotation_closing_a_sentence_ends_it() {
        assert_eq!(
            sents("Officials should release the videos “without delay.” Clinton plans to visit on Sunday."),
            vec![
                "Officials should release the videos “without delay.”",
                "Clinton plans to visit on Sunday."
            ]
        );
        assert_eq!(
            sents("He called it \"a disgrace.\" The ministry did not reply."),
            vec![
                "He called it \"a disgrace.\"",
                "The ministry did not reply."
            ]
        );
    }

    #[test]
    fn cyrillic() {
        assert_eq!(
            sents("В. В. Путин заявил, т.е. ген. Иванов ушёл. «Мы готовы», — сказал он. Далее."),
            vec![
                "В. В. Путин заявил, т.е. ген. Иванов ушёл.",
                "«Мы готовы», — сказал он.",
                "Далее."
            ]
        );
        assert_eq!(
            sents("Зеленський заявив про це 16 липня 2023 р. Після цього..."),
            vec!["Зеленський заявив про це 16 липня 2023 р. Після цього..."]
        );
    }

    #[test]
    fn hostile_patterns_finish() {
        // Unclosed quotation marks, runs of possessives and periods, and
        // dotted letters once made every candidate boundary rescan the
        // paragraph; 200 KB of each must still come back split.
        for unit in ["«Word's . ", "\"«A \" ", "a.b.c.d.e.f.g.h. ", "«„‹\"“ x. "] {
            let text = unit.repeat(200_000 / unit.len());
            let s = split_sentences(&text, 0, text.len());
            assert!(!s.is_empty(), "{unit:?}");
            assert!(
                s.iter().all(|&(a, b)| a < b && b - a <= MAX_SENTENCE_BYTES),
                "{unit:?}"
            );
        }
    }

    #[test]
    fn hostile_input_is_bounded() {
        let long = "a".repeat(20_000);
        let s = sents(&long);
        assert!(!s.is_empty());
        let spaced = "word ".repeat(5000);
        assert!(sents(&spaced).len() > 1);
    }
}
