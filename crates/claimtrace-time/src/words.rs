//! Lower-cased views of a document's tokens, built once per document.
//!
//! One arena string holds every token lower-cased (apostrophes normalised),
//! so the grammar compares words without allocating per token.

use claimtrace_core::{Token, TokenKind};
use claimtrace_lexicon::{TimeWords, ALL};

use crate::lexicon::{lookup, Lex};

pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    lower: String,
    spans: Vec<(u32, u32)>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        let mut lower = String::with_capacity(text.len() + text.len() / 8);
        let mut spans = Vec::with_capacity(toks.len());
        for t in toks {
            let begin = lower.len();
            let raw = text.get(t.start..t.end).unwrap_or("");
            if raw.is_ascii() && !raw.contains('`') {
                lower.push_str(raw);
                if let Some(tail) = lower.get_mut(begin..) {
                    tail.make_ascii_lowercase();
                }
                spans.push((begin as u32, lower.len() as u32));
                continue;
            }
            for c in raw.chars() {
                match c {
                    '’' | 'ʼ' | '`' | '‘' => lower.push('\''),
                    '\u{301}' | '\u{AD}' => {}
                    c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
                    c => lower.extend(c.to_lowercase()),
                }
            }
            spans.push((begin as u32, lower.len() as u32));
        }
        Words {
            text,
            toks,
            lower,
            spans,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased token `i`, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(&(a, b)) => self.lower.get(a as usize..b as usize).unwrap_or(""),
            None => "",
        }
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    pub fn lex(&self, i: usize) -> Option<Lex> {
        if i >= self.toks.len() {
            return None;
        }
        lookup(self.w(i))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && words.contains(&w)
    }

    /// Is token `i` a word of the time words' list `list` in any lexicon?
    pub fn is_listed(&self, i: usize, list: fn(&TimeWords) -> &'static [&'static str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && ALL.iter().any(|lexicon| list(lexicon.times).contains(&w))
    }

    /// True when token `i` ends exactly where token `i + 1` starts.
    pub fn adjacent(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// Starts with an upper-case letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when written in Latin script (English rules apply).
    pub fn latin(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(|c| c.is_ascii())
    }

    /// A token of ASCII digits only, as a number (at most 9 digits).
    pub fn digits(&self, i: usize) -> Option<u32> {
        let raw = self.raw(i);
        if raw.is_empty() || raw.len() > 9 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        raw.parse().ok()
    }

    /// Byte start of token `i` (end of text past the end).
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// Byte end of the token before `end` (exclusive token index).
    pub fn end_before(&self, end: usize) -> usize {
        match end.checked_sub(1).and_then(|i| self.toks.get(i)) {
            Some(t) => t.end,
            None => 0,
        }
    }

    pub fn sentence(&self, i: usize) -> Option<usize> {
        self.toks.get(i).map(|t| t.sentence)
    }

    /// True when token `i` is punctuation or past the end of its sentence.
    pub fn boundary(&self, i: usize, sentence: usize) -> bool {
        match self.toks.get(i) {
            None => true,
            Some(t) => t.sentence != sentence || t.kind == TokenKind::Punct,
        }
    }
}
