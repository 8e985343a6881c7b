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
    let bytes = slice.as_bytes();
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let tok_start = i;
        let kind;
        let mut tok_end = i + c.len_utf8();
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            // digits with internal separators followed by a digit: 5,000 1.13 2023-07-16 12:30
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
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            loop {
                match it.peek() {
                    Some(&(j, d)) if is_word_char(d) => {
                        tok_end = j + d.len_utf8();
                        it.next();
                    }
                    // internal hyphen or apostrophe followed by a letter:
                    // full-scale, don't, п'ять, O'Brien; but split the
                    // English possessive 's.
                    Some(&(j, d)) if d == '-' || is_apostrophe(d) => {
                        let next = slice[j + d.len_utf8()..].chars().next();
                        let next_is_letter = next.is_some_and(|n| n.is_alphabetic());
                        if !next_is_letter {
                            break;
                        }
                        if is_apostrophe(d) {
                            let rest = &slice[j + d.len_utf8()..];
                            let after_s = rest.chars().nth(1);
                            if (rest.starts_with('s') || rest.starts_with('S'))
                                && !after_s.is_some_and(is_word_char)
                            {
                                break;
                            }
                        }
                        tok_end = j + d.len_utf8();
                        it.next();
                    }
                    // abbreviations with internal periods: U.S. e.g. т.е.
                    Some(&(j, '.')) => {
                        let rest = &slice[j + 1..];
                        let mut rc = rest.chars();
                        let a = rc.next();
                        let b = rc.next();
                        let tok_chars = slice[tok_start..tok_end].chars().count();
                        if tok_chars == 1 && a.is_some_and(|a| a.is_alphabetic()) && b == Some('.')
                        {
                            // U.S. -> consume ".S." ; also U.S.A.
                            it.next(); // '.'
                            let mut last = j + 1;
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
                            tok_end = last;
                        }
                        break;
                    }
                    _ => break,
                }
            }
        } else if is_quote_char(c) {
            kind = TokenKind::Quote;
        } else if c.is_ascii_punctuation() || matches!(c, '…' | '–' | '—' | '‒' | '―' | '•' | '·')
        {
            kind = if matches!(
                c,
                '$' | '%' | '+' | '=' | '<' | '>' | '#' | '&' | '@' | '^' | '|' | '~'
            ) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
        } else {
            kind = TokenKind::Symbol;
        }
        // The English possessive 's after a word is its own token.
        out.push(Token::new(
            start + tok_start,
            start + tok_end,
            kind,
            sentence,
        ));
        if kind == TokenKind::Word {
            if let Some(&(j, d)) = it.peek() {
                if is_apostrophe(d) && j == tok_end {
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
            }
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
