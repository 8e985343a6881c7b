//! A report whose content runs on into another report: "Republicans said
//! they were convinced the department mishandled the probe *and Democrats
//! accused* the GOP of ...". The rules stop reported content there
//! ([`super::content::content_end`]); this pass stops the tagger's readings
//! there too, whichever reading the merge kept.

use claimtrace_core::QuoteKind;

use super::content::{joins_another_report, trim_end};
use super::{Draft, NONE};
use crate::doc::Ctx;
use crate::marks::{stretch_of_tokens, Marked};

/// Ends each reported content before a clause, joined by a conjunction,
/// that has its own subject and verb of saying. A conjunction inside
/// quotation marks is the speaker's own words and cuts nothing.
pub fn cut_joined_reports(ctx: &Ctx, marks: &[Marked], drafts: &mut [Draft]) {
    let in_mark = stretch_of_tokens(marks, ctx.toks.len());
    for d in drafts.iter_mut() {
        let Some(cue) = d.cue else { continue };
        let (a, b) = d.content;
        if d.kind != QuoteKind::Indirect || a < cue.1 {
            continue;
        }
        let cut =
            (a + 1..b).find(|&k| in_mark.get(k) == Some(&NONE) && joins_another_report(ctx, k, b));
        if let Some(k) = cut {
            let end = trim_end(ctx, a, k, &in_mark);
            if end > a {
                d.content.1 = end;
            }
        }
    }
}
