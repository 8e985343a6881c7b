//! Tokenisation shared by retrieval and alignment.
//!
//! Two views of the same words: [`words`] keeps every word and number with
//! its byte span (alignment needs to show the reader exactly what changed),
//! and [`terms`] is the retrieval view (lower case, stop words dropped,
//! Snowball-stemmed) used by BM25.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use claimtrace_core::Fnv;

use rust_stemmers::{Algorithm, Stemmer};

/// A word or number of a statement, with its byte span in that statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// Lower-cased form used for comparison.
    pub norm: String,
}

impl Word {
    pub fn is_number(&self) -> bool {
        self.norm.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// Words and numbers with their spans. Apostrophes inside a word stay in it
/// ("don't", "Russia's"); a comma or point between digits stays in the
/// number ("3,000", "2.6"); every other character separates.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    each_word_span(text, |start, end| {
        let mut norm = String::new();
        normalise_into(&text[start..end], &mut norm);
        out.push(Word { start, end, norm });
    });
    out
}

/// The byte spans of [`words`], in order, without their normal forms.
pub fn each_word_span(text: &str, mut on_word: impl FnMut(usize, usize)) {
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if !first.is_alphanumeric() {
            continue;
        }
        let mut prev = first;
        let mut end = text.len();
        while let Some(&(at, c)) = chars.peek() {
            if c.is_alphanumeric() {
                prev = c;
                chars.next();
                continue;
            }
            let next = text[at + c.len_utf8()..].chars().next();
            let joins = match c {
                '\'' | '’' => next.is_some_and(char::is_alphanumeric) && prev.is_alphabetic(),
                ',' | '.' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                end = at;
                break;
            }
            // The joining character and the one after it (which exists:
            // `joins` read it) belong to the word.
            chars.next();
            if let Some((_, after)) = chars.next() {
                prev = after;
            }
        }
        on_word(start, end);
    }
}

/// Writes the normal form of a word ([`Word::norm`]: lower case, ’ as ')
/// into `out`, replacing what it held. ASCII (most words) needs no
/// Unicode case mapping.
pub fn normalise_into(raw: &str, out: &mut String) {
    out.clear();
    if raw.is_ascii() {
        out.push_str(raw);
        out.make_ascii_lowercase();
        return;
    }
    // `str::to_lowercase`, not per character: it maps a word-final Σ to ς.
    let lower = raw.to_lowercase();
    if lower.contains('’') {
        out.push_str(&lower.replace('’', "'"));
    } else {
        *out = lower;
    }
}

/// Whether a word is an English function word that carries no topic
/// ([`claimtrace_lexicon::TraceWords::stop_words`]).
pub fn is_stop_word(w: &str) -> bool {
    // A hash set built once: this is asked for every word the store indexes
    // (a linear scan of the list was a visible share of an ingest).
    static SET: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| {
        claimtrace_lexicon::EN
            .trace
            .stop_words
            .iter()
            .copied()
            .collect()
    })
    .contains(w)
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The retrieval terms of a text: lower case, stop words dropped, stemmed.
/// Possessive `'s` is cut before stemming so "Russia's" meets "Russia".
pub fn terms(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter_map(|w| term_of(&w.norm))
        .collect()
}

/// The retrieval term of one lower-cased word ([`Word::norm`]): `None` for
/// a stop word.
pub fn term_of(norm: &str) -> Option<String> {
    let base = norm.strip_suffix("'s").unwrap_or(norm);
    let base = base.trim_matches('\'');
    if base.is_empty() || is_stop_word(base) {
        return None;
    }
    Some(stemmer().stem(base).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_and_contractions_whole() {
        let w: Vec<String> = words("We didn't get 3,000 shells, only 2.5% of Russia’s 155-mm.")
            .into_iter()
            .map(|w| w.norm)
            .collect();
        assert_eq!(
            w,
            vec![
                "we", "didn't", "get", "3,000", "shells", "only", "2.5", "of", "russia's", "155",
                "mm"
            ]
        );
    }

    /// The first implementation of `words` (a vector of every character,
    /// two allocations a word), kept to hold the faster one to it.
    fn reference_words(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            if !c.is_alphanumeric() {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if c.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next_alnum = chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
                let prev_digit = chars[j - 1].1.is_ascii_digit();
                let next_digit = chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit());
                let joins = match c {
                    '\'' | '’' => next_alnum && chars[j - 1].1.is_alphabetic(),
                    ',' | '.' => prev_digit && next_digit,
                    _ => false,
                };
                if joins {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            let norm = text[start..end].to_lowercase().replace('’', "'");
            out.push(Word { start, end, norm });
            i = j;
        }
        out
    }

    #[test]
    fn words_are_those_of_the_first_implementation() {
        let texts = [
            "We didn't get 3,000 shells, only 2.5% of Russia’s 155-mm.",
            "Rock’n’roll O' 'quoted' 3,000,000.50 3, 4. .5 1.2.3 a'b' x’",
            "Президент РОССИИ заявил: «Мы готовы» — 15,5 млн. ОДΟΣ ΟΔΟΣ’Σ Ünïcödé",
            "Зеленський сказав: „Ми не віддамо Донбас“ у 2022-му році…",
            "",
            "'’,.",
            "ends with a digit 7",
            "İstanbul ǅemal ﬁnal",
        ];
        for text in texts {
            assert_eq!(words(text), reference_words(text), "{text}");
        }
    }

    #[test]
    fn terms_stem_and_drop_function_words() {
        let t = terms("The ministers were negotiating Russia's supplies");
        assert_eq!(t, vec!["minist", "negoti", "russia", "suppli"]);
    }
}
