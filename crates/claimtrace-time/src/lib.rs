//! Time expressions, events and timelines.
//!
//! [`TimeAnnotator`] finds time expressions in English, Ukrainian and
//! Russian news (dates in every common format, relative and narrative
//! expressions, durations, sets, times of day), types them as TimeML does
//! (`date`, `time`, `duration`, `set`) and gives each its TIMEX3 value at the
//! granularity the text gives: "December 2022" is `2022-12`, "last year" in
//! an article of 16 July 2023 is `2022`, "On June 30" in past-tense reporting
//! is the past June 30. It then ties each date to the clause it dates
//! ([`claimtrace_core::Event`]), with its actor when known.
//!
//! ```
//! use claimtrace_core::{Annotator, Document, Metadata};
//! let meta = Metadata { date: Some("2023-07-16".into()), ..Default::default() };
//! let mut doc = Document::new("On June 30, media reported it. Ukraine asked last year.", meta);
//! claimtrace_text::prepare(&mut doc);
//! claimtrace_time::TimeAnnotator.annotate(&mut doc);
//! let values: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2023-06-30", "2022"]);
//! ```
//!
//! [`timeline`] merges the events of many documents into one ordered
//! timeline (text, JSON, HTML); [`tml`] reads TimeML gold files and scores
//! the annotator with TempEval-3's measures.

mod events;
mod grammar;
mod lexicon;
mod resolve;
pub mod timeline;
pub mod tml;
mod value;
mod words;

use claimtrace_core::{Annotator, Document, TimeExpr, TimeType};

pub use events::build_events;
pub use value::sort_key;

use grammar::{may_start, parse_at, Spec};
use resolve::{direction, resolve, Context};
use value::Granularity;
use words::Words;

/// Adds `times` and `events`.
#[derive(Debug, Default, Clone, Copy)]
pub struct TimeAnnotator;

impl Annotator for TimeAnnotator {
    fn name(&self) -> &'static str {
        "time"
    }

    fn annotate(&self, doc: &mut Document) {
        doc.times = find_times(doc);
        doc.events = build_events(doc);
    }
}

/// The time expressions of a document (needs its tokens).
pub fn find_times(doc: &Document) -> Vec<TimeExpr> {
    let words = Words::new(&doc.text, &doc.tokens, &doc.lexemes);
    let day_first_locale = !matches!(doc.meta.language.as_deref(), Some("en") | None);
    let mut ctx = Context {
        dct: doc.meta.date.as_deref().and_then(value::Point::parse_day),
        ..Context::default()
    };
    let mut times = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_start(&words, i) {
            i += 1;
            continue;
        }
        let Some(found) = parse_at(&words, i, day_first_locale) else {
            i += 1;
            continue;
        };
        let end = found.end.max(i + 1);
        let mut tense = || direction(&words, found.start, found.end);
        if let Some(r) = resolve(&found.spec, &ctx, &mut tense) {
            let start = words.start(found.start);
            let stop = words.end_before(found.end);
            if let Some(text) = doc.text.get(start..stop) {
                // A comparison point ("a year earlier", "year-ago") does not
                // move the story's focus.
                let comparison = matches!(
                    found.spec,
                    Spec::YearsAgo { .. } | Spec::FocusQuarter | Spec::FocusQuarterOf { .. }
                );
                if let Some(p) = r.point.filter(|_| !comparison) {
                    ctx.focus = Some(p);
                    if matches!(p.gran, Granularity::Quarter(_)) {
                        ctx.focus_quarter = Some(p);
                    }
                }
                times.push(TimeExpr {
                    start,
                    end: stop,
                    text: text.to_string(),
                    kind: found.kind,
                    value: r.value,
                    anchor: r.anchor,
                });
            }
        }
        i = end;
    }
    times
}

/// True for the types that place something in time (dates and times of day).
pub fn is_point_type(kind: TimeType) -> bool {
    matches!(kind, TimeType::Date | TimeType::Time)
}
