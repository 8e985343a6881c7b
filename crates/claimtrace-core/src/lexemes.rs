//! The shared token view: one lower-cased form per distinct word of a
//! document (its vocabulary), and per token the id of its form and a byte of
//! shape flags. Built once after tokenisation (`claimtrace-text`), read by
//! every stage that compares words, so no stage lower-cases a token again
//! or keeps its own copy of the document's words. spaCy's lexemes are the
//! model: what depends only on the word form is computed once per form.
//!
//! Memory is 5 bytes a token plus the distinct forms (a news document of
//! 4 MB has about 40 000), against the 8-byte spans and lower-cased copy of
//! the whole text each stage used to build for itself.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::hash::{fnv1a, Fnv};
use crate::Token;

/// Bits of [`Lexemes::shape`]: what is true of a token as written.
pub mod shape {
    /// The first character is upper-case ("Putin", "NATO", "Київ").
    pub const CAPITALISED: u8 = 1;
    /// Has a letter and every letter is upper-case ("NATO", "U.S.").
    pub const ALL_CAPS: u8 = 1 << 1;
    /// Holds an ASCII digit ("2023", "G7").
    pub const HAS_DIGIT: u8 = 1 << 2;
    /// The first character is ASCII (Latin script: English rules apply).
    pub const LATIN: u8 = 1 << 3;
    /// The form is more than the token lower-cased with `’` read as `'`:
    /// another apostrophe (`ʼ`, `` ` ``, `‘`) became `'`, or a stress mark
    /// or soft hyphen was dropped. A stage whose word tables were matched
    /// on the plain lower-cased token reads such a token itself.
    pub const RENORMALISED: u8 = 1 << 4;
}

/// The token view of one document (a layer of [`crate::Document`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexemes {
    /// Every distinct form, one after the other.
    forms: String,
    /// Per lexeme: the end of its form in `forms` (it starts where the
    /// previous one ends).
    form_ends: Vec<u32>,
    /// Per token: its lexeme id.
    ids: Vec<u32>,
    /// Per token: [`shape`] bits.
    shapes: Vec<u8>,
}

/// The lower-cased form of a token as the word tables read it: apostrophes
/// as `'`, stress marks (U+0301) and soft hyphens dropped. Appends to `out`;
/// returns the [`shape`] bits of `raw`.
fn normalise_into(raw: &str, out: &mut String) -> u8 {
    let mut bits = 0;
    let mut first = true;
    let mut letters = false;
    let mut all_caps = true;
    let ascii_fast = raw.is_ascii() && !raw.contains('`');
    for c in raw.chars() {
        if first {
            if c.is_uppercase() {
                bits |= shape::CAPITALISED;
            }
            if c.is_ascii() {
                bits |= shape::LATIN;
            }
            first = false;
        }
        if c.is_ascii_digit() {
            bits |= shape::HAS_DIGIT;
        }
        if c.is_alphabetic() {
            letters = true;
            all_caps &= c.is_uppercase();
        }
        if ascii_fast {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            '’' => out.push('\''),
            'ʼ' | '`' | '‘' => {
                out.push('\'');
                bits |= shape::RENORMALISED;
            }
            '\u{301}' | '\u{AD}' => bits |= shape::RENORMALISED,
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    if letters && all_caps {
        bits |= shape::ALL_CAPS;
    }
    bits
}

impl Lexemes {
    /// The view of `tokens` over `text`. Linear: one lower-casing and one
    /// hash look-up per token.
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut view = Lexemes {
            forms: String::new(),
            form_ends: Vec::new(),
            ids: Vec::with_capacity(tokens.len()),
            shapes: Vec::with_capacity(tokens.len()),
        };
        // Form hash → first lexeme with that hash; `next_same_hash` chains
        // the others, so the table holds no copy of the forms.
        let mut first_of_hash: HashMap<u64, u32, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut next_same_hash: Vec<u32> = Vec::new();
        let mut scratch = String::with_capacity(64);
        for t in tokens {
            scratch.clear();
            let raw = text.get(t.start()..t.end()).unwrap_or("");
            view.shapes.push(normalise_into(raw, &mut scratch));
            let hash = fnv1a(scratch.as_bytes());
            let mut found = None;
            let mut at = first_of_hash.get(&hash).copied();
            while let Some(id) = at {
                if view.form(id) == scratch {
                    found = Some(id);
                    break;
                }
                at = next_same_hash
                    .get(id as usize)
                    .copied()
                    .filter(|&n| n != u32::MAX);
            }
            let id = match found {
                Some(id) => id,
                None => {
                    // At most one lexeme per token, and documents are capped
                    // far below 4 G tokens.
                    let id = u32::try_from(view.form_ends.len()).unwrap_or(u32::MAX);
                    view.forms.push_str(&scratch);
                    view.form_ends
                        .push(u32::try_from(view.forms.len()).unwrap_or(u32::MAX));
                    let previous = first_of_hash.insert(hash, id);
                    next_same_hash.push(previous.unwrap_or(u32::MAX));
                    id
                }
            };
            view.ids.push(id);
        }
        view.forms.shrink_to_fit();
        view.form_ends.shrink_to_fit();
        view
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// True when this view was built over `tokens` (a stage given a
    /// document whose tokens were made by hand builds its own).
    pub fn covers(&self, tokens: &[Token]) -> bool {
        self.ids.len() == tokens.len()
    }

    /// Number of distinct forms.
    pub fn vocabulary_len(&self) -> usize {
        self.form_ends.len()
    }

    /// The lexeme id of token `i`.
    pub fn id(&self, i: usize) -> Option<u32> {
        self.ids.get(i).copied()
    }

    /// The form of lexeme `id` ("" for an unknown id).
    pub fn form(&self, id: u32) -> &str {
        let id = id as usize;
        let Some(&end) = self.form_ends.get(id) else {
            return "";
        };
        let start = match id.checked_sub(1) {
            Some(p) => self.form_ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        self.forms.get(start as usize..end as usize).unwrap_or("")
    }

    /// The lower-cased form of token `i`, or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.id(i).map_or("", |id| self.form(id))
    }

    /// The [`shape`] bits of token `i` (0 past the end).
    pub fn shape(&self, i: usize) -> u8 {
        self.shapes.get(i).copied().unwrap_or(0)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.shape(i) & shape::CAPITALISED != 0
    }

    /// Has a letter and every letter is upper-case.
    pub fn is_all_caps(&self, i: usize) -> bool {
        self.shape(i) & shape::ALL_CAPS != 0
    }

    /// Holds an ASCII digit.
    pub fn has_digit(&self, i: usize) -> bool {
        self.shape(i) & shape::HAS_DIGIT != 0
    }

    /// Starts with an ASCII character (Latin script).
    pub fn is_latin(&self, i: usize) -> bool {
        self.shape(i) & shape::LATIN != 0
    }

    /// See [`shape::RENORMALISED`].
    pub fn is_renormalised(&self, i: usize) -> bool {
        self.shape(i) & shape::RENORMALISED != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TokenKind;

    fn words(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push(Token::new(s, i, TokenKind::Word, 0));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn one_form_per_word_whatever_its_case_or_apostrophe() {
        let text = "The minister said the Ministry’s view was the MINISTRY’S view. \
                    Зеленський заявив: Зеленський не заяви\u{301}в п\u{AD}ро це";
        let toks = words(text);
        let view = Lexemes::new(text, &toks);
        assert!(view.covers(&toks));
        assert_eq!(view.lower(0), "the");
        assert_eq!(view.id(0), view.id(3));
        assert_eq!(view.lower(4), "ministry's");
        assert_eq!(view.id(4), view.id(8));
        assert_eq!(view.id(10), view.id(12));
        assert_eq!(view.lower(14), "заявив");
        assert_eq!(view.id(11).map(|id| view.form(id)), Some("заявив:"));
        assert_eq!(view.lower(15), "про");
        assert!(view.is_renormalised(14) && view.is_renormalised(15));
        assert!(!view.is_renormalised(4), "’ is the usual apostrophe");
        assert!(view.is_capitalised(0) && !view.is_capitalised(3));
        assert!(view.is_all_caps(8) && !view.is_all_caps(4));
        assert!(view.is_latin(0) && !view.is_latin(10));
        // the, minister, said, ministry's, view, was, view., зеленський,
        // заявив:, не, заявив, про, це
        assert_eq!(view.vocabulary_len(), 13);
        assert_eq!(view.lower(99), "");
        assert!(!view.is_capitalised(99));
    }

    #[test]
    fn digits_and_empty_documents() {
        let text = "G7 met in 2023";
        let toks = words(text);
        let view = Lexemes::new(text, &toks);
        assert!(view.has_digit(0) && view.is_all_caps(0) && !view.has_digit(1));
        assert!(view.has_digit(3) && !view.is_all_caps(3));
        let empty = Lexemes::new("", &[]);
        assert!(empty.is_empty() && empty.covers(&[]));
        assert_eq!(empty.vocabulary_len(), 0);
    }
}
