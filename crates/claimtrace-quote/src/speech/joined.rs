//! A report whose content runs on into another report: "Republicans said
//! they were convinced the department mishandled the probe *and Democrats
//! accused* the GOP of ...". The rules stop reported content there
//! ([`super::content::content_end`]); this pass stops the tagger's readings
//! there too, whichever reading the merge kept.

use claimtrace_core::QuoteKind;

use super::content::{joins_another_report, trim_end};
use super::{Draft, NONE};
use crate::doc::Ctx;

/// Ends each reported content before a clause, joined by a conjunction,
/// that has its own subject and verb of saying.
pub fn cut_joined_reports(ctx: &Ctx, drafts: &mut [Draft]) {
    // Tokens inside quotation marks: a conjunction there is the speaker's
    // own ("'... and they said no'" quoted) and cuts nothing.
    let mut quoted = vec![false; ctx.toks.len()];
    for d in drafts.iter().filter(|d| d.kind != QuoteKind::Indirect) {
        for slot in quoted.iter_mut().take(d.content.1).skip(d.content.0) {
            *slot = true;
        }
    }
    let no_marks = vec![NONE; ctx.toks.len()];
    for d in drafts.iter_mut() {
        let Some(cue) = d.cue else { continue };
        let (a, b) = d.content;
        if d.kind != QuoteKind::Indirect || a < cue.1 {
            continue;
        }
        let cut = (a + 1..b)
            .find(|&k| !quoted.get(k).copied().unwrap_or(true) && joins_another_report(ctx, k, b));
        if let Some(k) = cut {
            let end = trim_end(ctx, a, k, &no_marks);
            if end > a {
                d.content.1 = end;
            }
        }
    }
}
