//! Reading a PolNeAR JSONL line's gold attributions, shared by the
//! development examples (`eval_polnear`, `train_polnear`).

use claimtrace_quote::eval::SpanSets;
use serde_json::Value;

/// Byte spans of one role of an attribution, from the gold's code-point
/// offsets (`table` maps each code point to its byte offset).
fn spans(v: &Value, role: &str, table: &[usize]) -> Vec<(usize, usize)> {
    v.get(role)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(|part| {
            part.get("spans")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        })
        .filter_map(|sp| {
            let at = |k: usize| {
                sp.get(k)
                    .and_then(Value::as_u64)
                    .and_then(|x| table.get(usize::try_from(x).ok()?).copied())
            };
            Some((at(0)?, at(1)?))
        })
        .collect()
}

/// The gold attributions of a line whose text is `text`, in byte offsets.
pub fn gold(line: &Value, text: &str) -> Vec<SpanSets> {
    let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    table.push(text.len());
    line.get("attributions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|a| SpanSets {
            content: spans(a, "content", &table),
            cue: spans(a, "cue", &table),
            source: spans(a, "source", &table),
        })
        .collect()
}
