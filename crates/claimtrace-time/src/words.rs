//! The time grammar's reading of a document's tokens: the shared token
//! view ([`Lexemes`], built once by `claimtrace-text`) with the time
//! lexicon's look-ups on top.

use std::borrow::Cow;

use claimtrace_core::{Lexemes, Token, TokenKind};
use claimtrace_lexicon::{TimeWords, ALL};

use crate::lexicon::{lookup, Lex};

/// A list of words with a value each, as the lexicons write them.
type KeyedWords = &'static [(i32, &'static [&'static str])];

pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    view: Cow<'a, Lexemes>,
}

impl<'a> Words<'a> {
    /// Reads `view` when it covers `toks` (a document from the pipeline),
    /// else builds the view (tokens made by hand).
    pub fn new(text: &'a str, toks: &'a [Token], view: &'a Lexemes) -> Self {
        let view = if view.covers(toks) {
            Cow::Borrowed(view)
        } else {
            Cow::Owned(Lexemes::new(text, toks))
        };
        Words { text, toks, view }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased token `i`, or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.view.lower(i)
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self.text.get(t.start()..t.end()).unwrap_or(""),
            None => "",
        }
    }

    pub fn lex(&self, i: usize) -> Option<Lex> {
        if i >= self.toks.len() {
            return None;
        }
        lookup(self.lower(i))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.lower(i);
        !w.is_empty() && words.contains(&w)
    }

    /// Is token `i` a word of the time words' list `list` in any lexicon?
    pub fn is_listed(&self, i: usize, list: fn(&TimeWords) -> &'static [&'static str]) -> bool {
        is_listed_word(self.lower(i), list)
    }

    /// The token after a phrase of the time words' list `list` (of any
    /// lexicon, its words separated by one space) starting at token `i`:
    /// the first phrase listed that the tokens spell.
    pub fn phrase_end(
        &self,
        i: usize,
        list: fn(&TimeWords) -> &'static [&'static str],
    ) -> Option<usize> {
        ALL.iter()
            .flat_map(|lexicon| list(lexicon.times))
            .find_map(|phrase| {
                let mut end = i;
                for word in phrase.split(' ') {
                    if !self.is(end, word) {
                        return None;
                    }
                    end += 1;
                }
                Some(end)
            })
    }

    /// The value token `i` is given in the time words' keyed list `list`
    /// of any lexicon (the first listing it).
    pub fn keyed(&self, i: usize, list: fn(&TimeWords) -> KeyedWords) -> Option<i32> {
        let w = self.lower(i);
        if w.is_empty() {
            return None;
        }
        ALL.iter()
            .flat_map(|lexicon| list(lexicon.times))
            .find_map(|&(value, words)| words.contains(&w).then_some(value))
    }

    /// True when token `i` ends exactly where token `i + 1` starts.
    pub fn adjacent(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end() == b.start(),
            _ => false,
        }
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.view.is_capitalised(i)
    }

    /// True when written in Latin script (English rules apply).
    pub fn is_latin(&self, i: usize) -> bool {
        self.view.is_latin(i)
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
        self.toks.get(i).map_or(self.text.len(), |t| t.start())
    }

    /// Byte end of the token before `end` (exclusive token index).
    pub fn end_before(&self, end: usize) -> usize {
        match end.checked_sub(1).and_then(|i| self.toks.get(i)) {
            Some(t) => t.end(),
            None => 0,
        }
    }

    pub fn sentence(&self, i: usize) -> Option<usize> {
        self.toks.get(i).map(|t| t.sentence())
    }

    /// True when token `i` is punctuation or past the end of its sentence.
    pub fn boundary(&self, i: usize, sentence: usize) -> bool {
        match self.toks.get(i) {
            None => true,
            Some(t) => t.sentence() != sentence || t.kind == TokenKind::Punct,
        }
    }
}

/// Is `word` (lower case) a word of the time words' list `list` in any
/// lexicon?
pub(crate) fn is_listed_word(word: &str, list: fn(&TimeWords) -> &'static [&'static str]) -> bool {
    !word.is_empty()
        && ALL
            .iter()
            .any(|lexicon| list(lexicon.times).contains(&word))
}

/// What follows a prefix of the middle of a period and its hyphen
/// ("July" in "mid-July"), if `word` starts with one.
pub(crate) fn after_middle_prefix(word: &str) -> Option<&str> {
    ALL.iter()
        .flat_map(|lexicon| lexicon.times.middle_prefixes)
        .find_map(|prefix| word.strip_prefix(prefix)?.strip_prefix('-'))
}

/// What follows a quarter letter ("3" in "q3"), if `word` starts with one.
pub(crate) fn after_quarter_letter(word: &str) -> Option<&str> {
    ALL.iter()
        .flat_map(|lexicon| lexicon.times.quarter_letters)
        .find_map(|letter| word.strip_prefix(letter))
}

/// Does `word` end with an ending of the time words' list `list` of any
/// lexicon?
pub(crate) fn has_listed_ending(
    word: &str,
    list: fn(&TimeWords) -> &'static [&'static str],
) -> bool {
    ALL.iter()
        .flat_map(|lexicon| list(lexicon.times))
        .any(|ending| word.ends_with(ending))
}
