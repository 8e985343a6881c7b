//! A fast tokenizer for news text in Latin and Cyrillic scripts.

use claimtrace_core::{Token, TokenKind};

/// Quotation marks of every script claimtrace reads.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '＂'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{301}' || c == '\u{AD}'
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// Tokens of `text[start..end]`, in order.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, 0, &mut out);
    out
}

/// The characters of the slice being tokenized, with their byte offsets in
/// it; each scanner below consumes the characters of its token.
type CharCursor<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

pub(crate) fn tokenize_into(
    text: &str,
    start: usize,
    end: usize,
    sentence: usize,
    out: &mut Vec<Token>,
) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let (kind, tok_end) = scan_token(slice, &mut it, i, c);
        out.push(Token::new(start + i, start + tok_end, kind, sentence));
        if kind == TokenKind::Word {
            push_possessive(slice, &mut it, tok_end, start, sentence, out);
        }
    }
}

/// The kind and the end (byte offset in `slice`) of the token whose first
/// character is `c` at `i`; its other characters are taken from `it`.
fn scan_token(slice: &str, it: &mut CharCursor, i: usize, c: char) -> (TokenKind, usize) {
    let first_end = i + c.len_utf8();
    if c.is_ascii_digit() {
        (
            TokenKind::Number,
            scan_number(slice.as_bytes(), it, first_end),
        )
    } else if is_word_char(c) {
        (TokenKind::Word, scan_word(slice, it, i, first_end))
    } else {
        (single_char_kind(c), first_end)
    }
}

/// The end of a number: digits with internal separators followed by a
/// digit (5,000 1.13 2023-07-16 12:30).
fn scan_number(bytes: &[u8], it: &mut CharCursor, mut tok_end: usize) -> usize {
    loop {
        match it.peek() {
            Some(&(j, d)) if d.is_ascii_digit() => {
                tok_end = j + 1;
                it.next();
            }
            Some(&(j, ',' | '.' | ':' | '/')) => {
                if bytes.get(j + 1).is_some_and(|b| b.is_ascii_digit()) {
                    tok_end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    tok_end
}

/// The end of a word starting at `tok_start`: word characters, joined by
/// internal hyphens and apostrophes, or a dotted abbreviation.
fn scan_word(slice: &str, it: &mut CharCursor, tok_start: usize, mut tok_end: usize) -> usize {
    loop {
        match it.peek() {
            Some(&(j, d)) if is_word_char(d) => {
                tok_end = j + d.len_utf8();
                it.next();
            }
            Some(&(j, d)) if d == '-' || is_apostrophe(d) => {
                if !joins_word(slice, j, d) {
                    break;
                }
                tok_end = j + d.len_utf8();
                it.next();
            }
            Some(&(j, '.')) => {
                if let Some(end) = domain_end(slice, tok_start, j) {
                    // "Sports.ru", "bbc.co.uk": one word, no sentence end.
                    while it.peek().is_some_and(|&(k, _)| k < end) {
                        it.next();
                    }
                    tok_end = end;
                    continue;
                }
                tok_end = scan_abbreviation(slice, it, tok_start, tok_end, j);
                break;
            }
            _ => break,
        }
    }
    tok_end
}

/// Top-level (and common second-level) domains a site's name ends with.
const DOMAIN_SUFFIXES: &[&str] = &[
    "ru", "ua", "by", "kz", "su", "com", "org", "net", "info", "io", "uk", "co", "de", "fr", "pl",
    "eu", "gov", "edu", "tv",
];

/// The end of the domain suffix that follows the Latin word starting at
/// `tok_start` at the period `dot` ("Sports" + ".ru", "bbc" + ".co"): a
/// listed suffix in lower case that ends the word. `None` otherwise (a
/// sentence's end, "U.S.").
fn domain_end(slice: &str, tok_start: usize, dot: usize) -> Option<usize> {
    let word = &slice[tok_start..dot];
    if word.chars().count() < 2
        || !word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        return None;
    }
    let rest = &slice[dot + 1..];
    // The longest listed suffix has four letters: look no further (a long
    // run of letters after a period costs nothing).
    const LONGEST: usize = 4;
    let suffix_len = rest
        .bytes()
        .take(LONGEST + 1)
        .take_while(u8::is_ascii_lowercase)
        .count();
    let suffix = &rest[..suffix_len];
    let after = rest[suffix_len..].chars().next();
    let ends_word = !after.is_some_and(|c| is_word_char(c) || c == '-');
    (DOMAIN_SUFFIXES.contains(&suffix) && ends_word).then_some(dot + 1 + suffix_len)
}

/// Whether the hyphen or apostrophe `d` at `j` joins two parts of one
/// word: it is followed by a letter (full-scale, don't, п'ять, O'Brien),
/// but not as the English possessive 's, which is split off.
fn joins_word(slice: &str, j: usize, d: char) -> bool {
    let rest = &slice[j + d.len_utf8()..];
    let next_is_letter = rest.chars().next().is_some_and(|n| n.is_alphabetic());
    if !next_is_letter {
        return false;
    }
    if is_apostrophe(d) {
        let after_s = rest.chars().nth(1);
        if (rest.starts_with('s') || rest.starts_with('S')) && !after_s.is_some_and(is_word_char) {
            return false;
        }
    }
    true
}

/// The end of an abbreviation with internal periods (U.S., U.S.A., т.е.)
/// when the one-letter word ending at `tok_end` is followed, at `dot`, by
/// letter-and-period pairs; else `tok_end` unchanged, the period not taken.
fn scan_abbreviation(
    slice: &str,
    it: &mut CharCursor,
    tok_start: usize,
    tok_end: usize,
    dot: usize,
) -> usize {
    let rest = &slice[dot + 1..];
    let mut rc = rest.chars();
    let a = rc.next();
    let b = rc.next();
    let tok_chars = slice[tok_start..tok_end].chars().count();
    if !(tok_chars == 1 && a.is_some_and(|a| a.is_alphabetic()) && b == Some('.')) {
        return tok_end;
    }
    // U.S. -> consume ".S." ; also U.S.A.
    it.next(); // '.'
    let mut last = dot + 1;
    // consume letter and '.' pairs
    loop {
        let r = &slice[last..];
        let mut rc = r.chars();
        match (rc.next(), rc.next()) {
            (Some(l), Some('.')) if l.is_alphabetic() => {
                let ll = l.len_utf8();
                it.next();
                it.next();
                last += ll + 1;
            }
            _ => break,
        }
    }
    last
}

/// The kind of a one-character token that is neither a number nor a word
/// character: a quotation mark, punctuation, a symbol or another letter.
fn single_char_kind(c: char) -> TokenKind {
    if is_quote_char(c) {
        TokenKind::Quote
    } else if c.is_ascii_punctuation() || matches!(c, '…' | '–' | '—' | '‒' | '―' | '•' | '·')
    {
        if matches!(
            c,
            '$' | '%' | '+' | '=' | '<' | '>' | '#' | '&' | '@' | '^' | '|' | '~'
        ) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        }
    } else if c.is_alphabetic() {
        TokenKind::Word
    } else {
        TokenKind::Symbol
    }
}

/// The English possessive 's right after a word (its end at `tok_end`) is
/// its own token ("administration" "'s"): taken from `it` and pushed.
fn push_possessive(
    slice: &str,
    it: &mut CharCursor,
    tok_end: usize,
    start: usize,
    sentence: usize,
    out: &mut Vec<Token>,
) {
    let Some(&(j, d)) = it.peek() else {
        return;
    };
    if !(is_apostrophe(d) && j == tok_end) {
        return;
    }
    let rest = &slice[j + d.len_utf8()..];
    if rest.starts_with('s') || rest.starts_with('S') {
        let after = rest[1..].chars().next();
        if !after.is_some_and(is_word_char) {
            it.next();
            it.next();
            out.push(Token::new(
                start + j,
                start + j + d.len_utf8() + 1,
                TokenKind::Word,
                sentence,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    #[test]
    fn a_website_is_one_word() {
        assert_eq!(
            words("Как сообщает Sports.ru, editor of bbc.co.uk. Ended.Then"),
            vec![
                "Как",
                "сообщает",
                "Sports.ru",
                ",",
                "editor",
                "of",
                "bbc.co.uk",
                ".",
                "Ended",
                ".",
                "Then"
            ]
        );
        // A period before an unlisted word or a capital ends the word.
        assert_eq!(words("in March.The"), vec!["in", "March", ".", "The"]);
        assert_eq!(words("was over.and"), vec!["was", "over", ".", "and"]);
        // A listed suffix must end the word: "com" inside "comrades" does not.
        assert_eq!(words("ab.comrades"), vec!["ab", ".", "comrades"]);
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            words("the U.S. administration's 5,000-6,000 155-caliber shells, full-scale"),
            vec![
                "the",
                "U.S.",
                "administration",
                "'s",
                "5,000",
                "-",
                "6,000",
                "155",
                "-",
                "caliber",
                "shells",
                ",",
                "full-scale"
            ]
        );
        assert_eq!(
            words("«п'ять тисяч» — сказав"),
            vec!["«", "п'ять", "тисяч", "»", "—", "сказав"]
        );
        assert_eq!(
            words("Mr. Smith, 1.13bn"),
            vec!["Mr", ".", "Smith", ",", "1.13", "bn"]
        );
        assert_eq!(words("don't"), vec!["don't"]);
    }
}
