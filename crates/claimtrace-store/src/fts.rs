//! Turning free text into FTS5 queries. User words are always quoted, so
//! FTS5 operators and punctuation in a query cannot cause a syntax error.

use claimtrace_trace::text::{is_stop_word, words};

/// The distinct words of `text` worth searching for, lower case.
pub fn search_words(text: &str, drop_stop_words: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        // FTS5 splits "didn't" and "3,000" itself: keep the alphanumeric runs.
        for piece in w.norm.split(|c: char| !c.is_alphanumeric()) {
            if piece.is_empty() || (drop_stop_words && is_stop_word(piece)) {
                continue;
            }
            let p = piece.to_string();
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// All words must match (a search box), stop words ignored unless the
/// query has nothing else.
pub fn all_words(text: &str) -> Option<String> {
    let mut ws = search_words(text, true);
    if ws.is_empty() {
        ws = search_words(text, false);
    }
    all_of(&ws)
}

/// An FTS5 query for all of the words.
pub fn all_of(ws: &[String]) -> Option<String> {
    joined(ws, " AND ")
}

/// Any of the given words (already chosen).
#[cfg(test)]
pub fn any_of(ws: &[String]) -> Option<String> {
    joined(ws, " OR ")
}

fn joined(ws: &[String], op: &str) -> Option<String> {
    (!ws.is_empty()).then(|| {
        ws.iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(op)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_in_user_text_are_quoted() {
        assert_eq!(
            all_words("cluster AND munitions NOT \"war\" crime*").as_deref(),
            Some("\"cluster\" AND \"munitions\" AND \"not\" AND \"war\" AND \"crime\"")
        );
        assert_eq!(any_of(&search_words("the the", true)), None);
        assert_eq!(
            any_of(&search_words("Russia's 155-mm shells", true)).as_deref(),
            Some("\"russia\" OR \"155\" OR \"mm\" OR \"shells\"")
        );
    }
}
