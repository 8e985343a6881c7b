//! The words around the numbers: comparators ("more than", "or less"),
//! currencies written before, change verbs and what changed, old levels
//! ("from 20% to 7%") and range words ("between 5 and 6").

use claimtrace_core::Span;

use super::{is_dash, Scan};
use crate::lex::PieceKind;
use crate::lexicon::Lex;
use crate::number::NumberMatch;
use crate::units::{change_verb, currency_symbol, dollar_prefix, unit_word, words, UnitKind};

/// The comparator written before piece `lead`: (comparator, first piece of the phrase).
pub(super) fn comparator_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    // Symbols: > < >= <= ≥ ≤ ~ ≈
    if let Some(p) = s.before(lead) {
        let sym = match p.kind {
            PieceKind::Other('≥') => Some((">=", 1)),
            PieceKind::Other('≤') => Some(("<=", 1)),
            PieceKind::Other('~' | '≈') => Some(("~", 1)),
            PieceKind::Other('=') => match s.before(lead - 1).map(|q| q.kind) {
                Some(PieceKind::Other('>')) => Some((">=", 2)),
                Some(PieceKind::Other('<')) => Some(("<=", 2)),
                _ => None,
            },
            PieceKind::Other('>') => Some((">", 1)),
            PieceKind::Other('<') => Some(("<", 1)),
            _ => None,
        };
        if let Some((cmp, len)) = sym {
            // "<>30", "=>30" are not comparators.
            let start = lead - len;
            let spoiled = s.before(start).is_some_and(|q| {
                matches!(q.kind, PieceKind::Other('<' | '>' | '='))
                    && !s.pieces[start].space_before()
            });
            if !spoiled {
                return Some((cmp, start));
            }
            return None;
        }
    }
    // The words right before, nearest first, lower-cased once (the phrase
    // table is long; re-reading each word per phrase was the stage's main cost).
    let mut before: Vec<String> = Vec::with_capacity(MAX_PHRASE_WORDS);
    let mut idx = lead;
    while before.len() < MAX_PHRASE_WORDS {
        let Some(prev) = idx.checked_sub(1) else {
            break;
        };
        let Some(p) = s.piece(prev) else { break };
        if !p.is_word() {
            break;
        }
        before.push(s.lower(prev).to_string());
        idx = prev;
        if p.break_before() {
            break;
        }
    }
    let first = before.first().map_or("", String::as_str);
    if first.is_empty() || !words().comparator_last_words.contains(first) {
        return None;
    }
    'phrases: for &(phrase, cmp) in &words().comparators_before {
        let len = phrase.len();
        if before.len() < len {
            continue;
        }
        for (k, word) in phrase.iter().rev().enumerate() {
            if before.get(k).map(String::as_str) != Some(*word) {
                continue 'phrases;
            }
        }
        return Some((cmp, lead - len));
    }
    None
}

/// Longest comparator phrase, in words.
const MAX_PHRASE_WORDS: usize = 5;

/// A comparator written after the number ("500 or more"): (comparator, piece after it).
pub(super) fn comparator_after(s: &mut Scan, at: usize) -> Option<(&'static str, usize)> {
    if let Some(p) = s.piece(at) {
        if p.is_char('+') && !p.space_before() {
            let next_is_digit = s
                .piece(at + 1)
                .is_some_and(|q| q.is_digits() && !q.space_before());
            if !next_is_digit {
                return Some((">=", at + 1));
            }
        }
    }
    'phrases: for &(phrase, cmp) in &words().comparators_after {
        for (offset, word) in phrase.iter().enumerate() {
            if !s.word_is(at + offset, word) {
                continue 'phrases;
            }
        }
        // "or more than 190" compares something else.
        let after = at + phrase.len();
        let number_follows = s
            .piece(after)
            .is_some_and(|p| p.is_digits() || matches!(p.lex(), Some(Lex::Num(..))));
        if number_follows
            || (phrase.len() == 2
                && words()
                    .comparator_continuations
                    .iter()
                    .any(|word| s.word_is(after, word)))
        {
            continue;
        }
        return Some((cmp, after));
    }
    None
}

/// A currency written before piece `lead`: (ISO code, first piece).
pub(super) fn currency_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    let p = s.before(lead)?;
    if let PieceKind::Other(c) = p.kind {
        let code = currency_symbol(c)?;
        let sym = lead - 1;
        if code == "USD" {
            if let Some(q) = s.before(sym) {
                if q.is_word() && !q.break_before() {
                    let lower = s.lower(sym - 1).to_string();
                    // "C$5" glued; "us $ 150" / "hk $ 10" spaced as in
                    // tokenised text (not "a $5 bill").
                    let spaced_ok = words().spaced_dollar_prefixes.contains(lower.as_str());
                    if !p.space_before() || spaced_ok {
                        if let Some(prefixed) = dollar_prefix(&lower) {
                            return Some((prefixed, sym - 1));
                        }
                    }
                }
            }
        }
        return Some((code, sym));
    }
    if p.is_word() {
        let raw = s.raw(lead - 1);
        let lower = s.lower(lead - 1).to_string();
        // A code before the number: USD 200, EUR 5m (upper case only: "dollar 22.5" too).
        if let Some((UnitKind::Currency, code)) = unit_word(&lower) {
            let is_code = raw.len() == 3 && raw.chars().all(|c| c.is_ascii_uppercase());
            if is_code
                || words()
                    .currency_words_before_number
                    .contains(lower.as_str())
            {
                return Some((code, lead - 1));
            }
        }
    }
    None
}

/// A change verb within three words before piece `lead` ("rose by", "fell to").
pub(super) fn change_before(s: &mut Scan, lead: usize) -> Option<(&'static str, usize)> {
    let mut idx = lead;
    for _ in 0..4 {
        idx = idx.checked_sub(1)?;
        let p = s.piece(idx)?;
        if !p.is_word() {
            return None;
        }
        let lower = s.lower(idx).to_string();
        if let Some(up) = change_verb(&lower) {
            return Some((if up { "up" } else { "down" }, idx));
        }
        // A from word of both a level and a range ("from", "від").
        let is_from =
            |w: &str| words().level_from_words.contains(w) && words().range_from_words.contains(w);
        if is_from(&lower) && idx + 1 == lead {
            // "rose from 5%": the old level, not the change.
            return None;
        }
        if words().range_to_words.contains(lower.as_str()) {
            // "rose from 5% to 7%": the verb sits before "from".
            let from = (idx.saturating_sub(6)..idx)
                .rev()
                .find(|&f| is_from(s.lower(f)));
            if let Some(f) = from {
                idx = f;
                continue;
            }
            continue;
        }
        if !words().change_adverbs.contains(lower.as_str()) {
            return None;
        }
    }
    None
}

/// The old level of a change whose new level starts at piece `lead`:
/// "from 20% to | 7%", "з 20% до | 7%", where `numbers[prev]` is the old
/// level.
pub(super) fn old_level_before(
    s: &mut Scan,
    numbers: &[NumberMatch],
    prev: usize,
    lead: usize,
) -> Option<f64> {
    let old = numbers.get(prev)?;
    let to = lead.checked_sub(1)?;
    if !words().range_to_words.contains(s.lower(to)) {
        return None;
    }
    let percent_between = s.piece(old.next).is_some_and(|p| p.is_char('%')) && old.next + 1 == to;
    if old.next != to && !percent_between {
        return None;
    }
    let opener = old.first.checked_sub(1)?;
    words()
        .level_from_words
        .contains(s.lower(opener))
        .then_some(old.value)
}

/// Which next number, if any, closes a range opened by `n`: (range word
/// start piece, index into `numbers` of the high end).
pub(super) fn range_end(
    s: &mut Scan,
    numbers: &[NumberMatch],
    k: usize,
) -> Option<(Option<usize>, usize)> {
    let n = numbers.get(k)?;
    let high_index = k + 1;
    let high = numbers.get(high_index)?;
    // "between 20% and 30%": the low end may carry the unit too.
    let low_has_percent = s.piece(n.next).is_some_and(|p| p.is_char('%'));
    let sep = if low_has_percent { n.next + 1 } else { n.next };
    // "rose 1% to 57.85 Swiss francs": a unit on the low end must be on the high end too.
    if low_has_percent && !s.piece(high.next).is_some_and(|p| p.is_char('%')) {
        return None;
    }
    // The high end may carry its own currency sign: "$5-$6bn".
    let sep_len = high.first.checked_sub(sep)?;
    if sep_len == 0 || sep_len > 2 {
        return None;
    }
    if sep_len == 2 {
        let sign = s.piece(sep + 1)?;
        if !matches!(sign.kind, PieceKind::Other(c) if currency_symbol(c).is_some()) {
            return None;
        }
    }
    let sep_piece = *s.piece(sep)?;
    let opener = if n.first > 0 {
        s.lower(n.first - 1).to_string()
    } else {
        String::new()
    };
    let currency_opener = if n.first > 1 {
        s.lower(n.first - 2).to_string()
    } else {
        String::new()
    };
    let sep_word = s.lower(sep).to_string();
    let between = |w: &str| words().between_words.contains(w);
    let from = |w: &str| words().range_from_words.contains(w);
    let opener_at = if between(&opener) || from(&opener) {
        Some(n.first - 1)
    } else if (between(&currency_opener) || from(&currency_opener))
        && s.before(n.first)
            .is_some_and(|p| matches!(p.kind, PieceKind::Other(c) if currency_symbol(c).is_some()))
    {
        Some(n.first - 2)
    } else {
        None
    };
    let opener_word = opener_at
        .map(|i| s.lower(i).to_string())
        .unwrap_or_default();
    let joined = if between(&opener_word) {
        words().between_range_joiners.contains(sep_word.as_str()) || is_dash(&sep_piece)
    } else if from(&opener_word) {
        words().from_range_joiners.contains(sep_word.as_str()) || is_dash(&sep_piece)
    } else {
        is_dash(&sep_piece)
            || words().range_joiners.contains(sep_word.as_str())
            || sep_word == "~"
            || sep_piece.is_char('~')
    };
    if !joined {
        return None;
    }
    // Not a range when a dash-chain continues (phone numbers, "2-1-0" scores).
    if is_dash(&sep_piece)
        && s.piece(high.next)
            .is_some_and(|p| is_dash(p) && !p.space_before())
    {
        return None;
    }
    // "from" with years on both sides ("from 2019 to 2021") is a time span, caught as years.
    Some((opener_at, high_index))
}

/// An English word that most likely modifies the noun after it ("one big
/// factor", "one local school"): skipped when looking for the counted noun.
pub(super) fn is_adjective_like(lower: &str) -> bool {
    let words = words();
    words.adjective_like_words.contains(lower)
        || (lower.len() > 4 && words.adjective_endings.iter().any(|e| lower.ends_with(e)))
}

/// Words that end a subject when walking back from a change verb.
fn ends_subject(lower: &str) -> bool {
    words().subject_enders.contains(lower)
}

/// The subject of a change verb at piece `verb`: up to five words before it
/// in the same clause, past auxiliaries ("profits have risen": "profits").
pub(super) fn change_subject(s: &mut Scan, verb: usize) -> Option<Span> {
    let mut idx = verb;
    // Skip auxiliaries and adverbs right before the verb.
    while idx > 0 {
        let lower = s.lower(idx - 1).to_string();
        if words().words_before_change_verb.contains(lower.as_str()) {
            idx -= 1;
        } else {
            break;
        }
    }
    let end_piece = idx;
    let mut first = idx;
    for _ in 0..5 {
        let Some(prev) = first.checked_sub(1) else {
            break;
        };
        let Some(p) = s.piece(prev) else { break };
        let apostrophe_s = matches!(p.kind, PieceKind::Other('\'' | '’'));
        if !(p.is_word() || p.is_digits() || apostrophe_s)
            || s.piece(first).is_some_and(|q| q.break_before())
        {
            break;
        }
        if p.is_word() && ends_subject(s.lower(prev)) {
            break;
        }
        first = prev;
    }
    if first >= end_piece {
        return None;
    }
    let start = s.piece(first)?.start();
    let end = s.piece(end_piece - 1)?.end();
    Some(Span::new(start, end))
}
