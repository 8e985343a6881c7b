//! Scoring the quantity stage against Microsoft Recognizers-Text spec
//! files (`claimtrace eval numbers`; `docs/evaluation.md` says what is
//! counted and why). The CLI reads the files and prints; the matching and
//! counting live here, beside what they score.

use std::path::Path;

use crate::{find_numbers, find_quantities, Found, Locale, UnitKind};

/// Which Recognizers model a spec file tests, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Model {
    Number,
    NumberRange,
    Percent,
    Currency,
    Dimension,
}

impl Model {
    pub fn of(path: &Path) -> Option<Model> {
        let name = path.file_name()?.to_str()?;
        if !name.ends_with(".json") {
            return None;
        }
        // Longest prefixes first: NumberRangeModel before NumberModel.
        Some(if name.starts_with("NumberRangeModel") {
            Model::NumberRange
        } else if name.starts_with("NumberModel") {
            Model::Number
        } else if name.starts_with("PercentModel") {
            Model::Percent
        } else if name.starts_with("CurrencyModel") {
            Model::Currency
        } else if name.starts_with("DimensionModel") {
            Model::Dimension
        } else {
            return None;
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Model::Number => "Number",
            Model::NumberRange => "NumberRange",
            Model::Percent => "Percent",
            Model::Currency => "Currency",
            Model::Dimension => "Dimension",
        }
    }
}

/// What an item resolves to: a number, or an interval for ranges.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved {
    Number(f64),
    /// Bracket, low, high, bracket: `[20,30)`; `None` for an open end.
    Interval(char, Option<f64>, Option<f64>, char),
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Item {
    /// Code-point offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Resolved,
}

fn parse_number(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').trim().parse::<f64>().ok()
}

fn parse_interval(s: &str) -> Resolved {
    let s = s.trim();
    let mut chars = s.chars();
    let (Some(open), Some(close)) = (chars.next(), s.chars().last()) else {
        return Resolved::Unknown;
    };
    let inner = s
        .get(open.len_utf8()..s.len().saturating_sub(close.len_utf8()))
        .unwrap_or("");
    let Some((low, high)) = inner.split_once(',') else {
        return Resolved::Unknown;
    };
    Resolved::Interval(open, parse_number(low), parse_number(high), close)
}

fn gold_items(case: &serde_json::Value, model: Model) -> Vec<Item> {
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    results
        .iter()
        .filter_map(|r| {
            let start = r["Start"].as_u64()? as usize;
            let end = r["End"].as_u64()? as usize + 1;
            let raw = &r["Resolution"]["value"];
            let value = match (model, raw.as_str()) {
                (Model::NumberRange, Some(v)) => parse_interval(v),
                (_, Some(v)) => parse_number(v).map_or(Resolved::Unknown, Resolved::Number),
                _ => Resolved::Unknown,
            };
            Some(Item {
                start,
                end,
                text: r["Text"].as_str().unwrap_or("").to_string(),
                value,
            })
        })
        .collect()
}

fn item_from_span(text: &str, start: usize, end: usize, value: Resolved) -> Item {
    // The spec's offsets are code points, as in the JSON output.
    let chars = claimtrace_core::CharIndex::new(text);
    Item {
        start: chars.char_offset(start),
        end: chars.char_offset(end),
        text: text.get(start..end).unwrap_or("").to_string(),
        value,
    }
}

/// The interval a bounded quantity stands for, in Recognizers' notation
/// (a two-sided range is `[low,high)`).
fn interval(f: &Found) -> Resolved {
    if let (Some((low_in, high_in)), Some(l), Some(h)) = (f.bounds_inclusive, f.low, f.high) {
        let open = if low_in { '[' } else { '(' };
        let close = if high_in { ']' } else { ')' };
        return Resolved::Interval(open, Some(l), Some(h), close);
    }
    match (f.value, f.low, f.high, f.comparator) {
        (None, Some(l), Some(h), _) => Resolved::Interval('[', Some(l), Some(h), ')'),
        (Some(v), _, _, ">") => Resolved::Interval('(', Some(v), None, ')'),
        (Some(v), _, _, ">=") => Resolved::Interval('[', Some(v), None, ')'),
        (Some(v), _, _, "<") => Resolved::Interval('(', None, Some(v), ')'),
        (Some(v), _, _, "<=") => Resolved::Interval('(', None, Some(v), ']'),
        (Some(v), _, _, _) => Resolved::Interval('[', Some(v), Some(v), ']'),
        _ => Resolved::Unknown,
    }
}

fn predictions(text: &str, model: Model) -> Vec<Item> {
    match model {
        Model::Number => find_numbers(text, Locale::English)
            .into_iter()
            .map(|n| item_from_span(text, n.start, n.end, Resolved::Number(n.value)))
            .collect(),
        Model::NumberRange => find_quantities(text, Locale::English, &[])
            .into_iter()
            .filter(|f| f.low.is_some() || (f.comparator_written && f.comparator != "~"))
            .map(|f| item_from_span(text, f.number_span.start, f.number_span.end, interval(&f)))
            .collect(),
        Model::Percent | Model::Currency | Model::Dimension => {
            let kind = match model {
                Model::Percent => UnitKind::Percent,
                Model::Currency => UnitKind::Currency,
                _ => UnitKind::Measure,
            };
            find_quantities(text, Locale::English, &[])
                .into_iter()
                .filter(|f| f.unit_kind == kind && f.unit.as_deref() != Some("times"))
                .map(|f| {
                    let value = f
                        .value
                        .or(f.low)
                        .map_or(Resolved::Unknown, Resolved::Number);
                    item_from_span(text, f.measure_span.start, f.measure_span.end, value)
                })
                .collect()
        }
    }
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9_f64.max(1e-6 * a.abs().max(b.abs()))
}

fn same_value(gold: &Resolved, got: &Resolved) -> bool {
    match (gold, got) {
        (Resolved::Number(a), Resolved::Number(b)) => same_number(*a, *b),
        (Resolved::Interval(go, gl, gh, gc), Resolved::Interval(po, pl, ph, pc)) => {
            let end_same = |a: &Option<f64>, b: &Option<f64>| match (a, b) {
                (Some(x), Some(y)) => same_number(*x, *y),
                (None, None) => true,
                _ => false,
            };
            // Recognizers writes ranges half-open by convention; only the
            // bounds and, for one-sided ones, the bracket on the bound side matter.
            let two_sided = gl.is_some() && gh.is_some();
            end_same(gl, pl) && end_same(gh, ph) && (two_sided || (go == po && gc == pc))
        }
        _ => false,
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub cases: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Predictions with exactly the gold span.
    pub span_hits: usize,
    /// ... and the gold value.
    pub value_hits: usize,
    /// Gold items with a value to compare.
    pub span_hits_with_value: usize,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.span_hits += o.span_hits;
        self.value_hits += o.value_hits;
        self.span_hits_with_value += o.span_hits_with_value;
    }
}

/// One disagreement with the gold, for a verbose listing.
#[derive(Debug, Clone)]
pub enum Issue {
    /// The span is right, the value is not.
    Value {
        input: String,
        gold: Item,
        read: Item,
    },
    /// A gold item no prediction has the span of.
    Miss { input: String, gold: Item },
    /// A prediction with no gold item of its span.
    Extra { input: String, read: Item },
}

/// Scores the spec cases of one file (a JSON list of `{"Input", "Results"}`)
/// against what the quantity stage finds; with `issues`, also lists every
/// disagreement.
pub fn score_cases(cases: &[serde_json::Value], model: Model, issues: bool) -> (Tally, Vec<Issue>) {
    let mut tally = Tally::default();
    let mut found = Vec::new();
    for case in cases {
        let Some(input) = case["Input"].as_str() else {
            continue;
        };
        tally.cases += 1;
        let gold = gold_items(case, model);
        let got = predictions(input, model);
        tally.gold += gold.len();
        tally.predicted += got.len();
        let mut used = vec![false; got.len()];
        for g in &gold {
            let hit = got.iter().enumerate().find(|(i, p)| {
                !used.get(*i).copied().unwrap_or(true) && p.start == g.start && p.end == g.end
            });
            match hit {
                Some((i, p)) => {
                    if let Some(u) = used.get_mut(i) {
                        *u = true;
                    }
                    tally.span_hits += 1;
                    if g.value != Resolved::Unknown {
                        tally.span_hits_with_value += 1;
                    }
                    if same_value(&g.value, &p.value) {
                        tally.value_hits += 1;
                    } else if issues {
                        found.push(Issue::Value {
                            input: input.to_string(),
                            gold: g.clone(),
                            read: p.clone(),
                        });
                    }
                }
                None if issues => found.push(Issue::Miss {
                    input: input.to_string(),
                    gold: g.clone(),
                }),
                None => {}
            }
        }
        if issues {
            for (p, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
                found.push(Issue::Extra {
                    input: input.to_string(),
                    read: p.clone(),
                });
            }
        }
    }
    (tally, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_case_counts_spans_values_misses_and_extras() {
        let cases: Vec<serde_json::Value> = serde_json::from_str(
            r#"[{"Input": "They fired five thousand shells and 12 rockets.",
                 "Results": [
                   {"Text": "five thousand", "Start": 11, "End": 23,
                    "Resolution": {"value": "5000"}},
                   {"Text": "12", "Start": 36, "End": 37,
                    "Resolution": {"value": "13"}}]}]"#,
        )
        .unwrap();
        let (tally, issues) = score_cases(&cases, Model::Number, true);
        assert_eq!((tally.cases, tally.gold), (1, 2));
        assert_eq!(tally.span_hits, 2, "{issues:?}");
        // "12" is read as 12, the spec says 13: a value issue.
        assert_eq!(tally.value_hits, 1);
        assert!(
            matches!(issues.as_slice(), [Issue::Value { .. }]),
            "{issues:?}"
        );
    }
}
