//! Attribution spans read by a tagger outside this crate (the transformer
//! of claimtrace-embed), used in place of the linear tagger's tags.
//!
//! A [`SpanTagger`] reads the text and returns source, cue and content
//! spans; they become the same B/I tags the linear tagger gives, so the
//! rest of the quote layer (grouping, speakers, the merge with the rules,
//! chains, hedges) is the same for both.

use crate::doc::Ctx;

use super::model::{B_CONTENT, B_CUE, B_SOURCE, O};

/// The role of a tagged span in its attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Source,
    Cue,
    Content,
}

/// One tagged span: byte offsets into the document's text, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleSpan {
    pub role: Role,
    pub start: usize,
    pub end: usize,
}

/// A reader of attribution spans, shared by the worker threads.
pub trait SpanTagger: Send + Sync {
    /// A short name for messages ("transformer").
    fn name(&self) -> &str;
    /// The spans of `text`, in reading order and disjoint. An error leaves
    /// the document to the linear tagger.
    fn role_spans(&self, text: &str) -> Result<Vec<RoleSpan>, String>;
}

/// The B/I tag of every token: a token takes the role of the first span
/// it overlaps, B on a span's first token.
pub(crate) fn tags_from_spans(ctx: &Ctx, spans: &[RoleSpan]) -> Vec<usize> {
    let mut tags = vec![O; ctx.toks.len()];
    for s in spans {
        let begin = match s.role {
            Role::Source => B_SOURCE,
            Role::Cue => B_CUE,
            Role::Content => B_CONTENT,
        };
        let from = ctx.toks.partition_point(|t| t.end() <= s.start);
        let mut first = true;
        for (slot, t) in tags.iter_mut().zip(ctx.toks).skip(from) {
            if t.start() >= s.end {
                break;
            }
            if *slot == O {
                *slot = if first { begin } else { begin + 1 };
            }
            first = false;
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::{Annotator, Document, Metadata, Quote};

    #[test]
    fn spans_become_begin_and_inside_tags_of_the_tokens_they_cover() {
        let mut doc = Document::new(
            "The minister said the talks had failed.".to_string(),
            Metadata::default(),
        );
        claimtrace_text::TextAnnotator.annotate(&mut doc);
        let ctx = Ctx::new(&doc);
        let at = |w: &str| doc.text.find(w).unwrap_or(usize::MAX);
        let spans = [
            RoleSpan {
                role: Role::Source,
                start: 0,
                end: at(" said"),
            },
            RoleSpan {
                role: Role::Cue,
                start: at("said"),
                end: at(" the talks"),
            },
            // A span that ends inside a token still takes the whole token.
            RoleSpan {
                role: Role::Content,
                start: at("the talks"),
                end: at("failed") + 3,
            },
        ];
        let tags = tags_from_spans(&ctx, &spans);
        assert_eq!(tags, vec![1, 2, 3, 5, 6, 6, 6, O]);
    }

    /// Replays fixed spans (found by their words).
    struct Fixed(Vec<(Role, &'static str)>);

    impl SpanTagger for Fixed {
        fn name(&self) -> &str {
            "fixed"
        }
        fn role_spans(&self, text: &str) -> Result<Vec<RoleSpan>, String> {
            self.0
                .iter()
                .map(|&(role, words)| {
                    let start = text.find(words).ok_or("words not in the text")?;
                    Ok(RoleSpan {
                        role,
                        start,
                        end: start + words.len(),
                    })
                })
                .collect()
        }
    }

    fn analysed(text: &str, tagger: Fixed) -> Document {
        let mut doc = Document::new(text.to_string(), Metadata::default());
        claimtrace_text::TextAnnotator.annotate(&mut doc);
        claimtrace_entity::EntityAnnotator.annotate(&mut doc);
        crate::QuoteAnnotator::with_tagger(std::sync::Arc::new(tagger)).annotate(&mut doc);
        doc
    }

    /// The top-level quote whose text starts with `start`.
    fn top_level<'d>(doc: &'d Document, start: &str) -> &'d Quote {
        doc.quotes
            .iter()
            .find(|q| q.within.is_none() && q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no top-level quote {start:?}: {:#?}", doc.quotes))
    }

    /// Whether a quote sits within `outer` and passes `which`.
    fn nested_in(doc: &Document, outer: &Quote, which: impl Fn(&Quote) -> bool) -> bool {
        doc.quotes
            .iter()
            .any(|q| q.within.as_deref() == Some(outer.id.as_str()) && which(q))
    }

    #[test]
    fn a_report_read_inside_a_direct_quote_nests_in_it() {
        // The tagger reads only the report inside the quotation marks; the
        // quote itself, with its speaker after it, must not be lost.
        let text = "“As for the talks, the ministry itself called them a failure,” \
                    Deputy Minister Ann Reyes said on Monday.";
        let doc = analysed(
            text,
            Fixed(vec![
                (Role::Source, "the ministry"),
                (Role::Cue, "called"),
                (Role::Content, "them a failure"),
            ]),
        );
        let outer = top_level(&doc, "As for the talks");
        assert_eq!(
            outer.speaker.name.as_deref(),
            Some("Ann Reyes"),
            "{outer:#?}"
        );
        assert!(
            nested_in(&doc, outer, |_| true),
            "the nested report sits within it: {:#?}",
            doc.quotes
        );
    }

    #[test]
    fn the_taggers_reading_of_a_whole_quote_is_kept() {
        // When the tagger reads the quote itself, its reading stands.
        let text = "“The bridge will reopen in March,” the mayor told reporters.";
        let doc = analysed(
            text,
            Fixed(vec![
                (Role::Content, "The bridge will reopen in March"),
                (Role::Source, "the mayor"),
                (Role::Cue, "told"),
            ]),
        );
        let q = top_level(&doc, "The bridge");
        assert_eq!(q.text, "The bridge will reopen in March");
        assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("told"));
    }

    #[test]
    fn a_content_ending_inside_a_quotation_runs_to_its_closing_mark() {
        let text = "If Ukraine uses them, Putin said, it would be a \"crime,\" in his opinion.";
        let doc = analysed(
            text,
            Fixed(vec![
                (Role::Source, "Putin"),
                (Role::Cue, "said"),
                (Role::Content, "it would be a \"crime"),
            ]),
        );
        let report = top_level(&doc, "it would be");
        assert_eq!(report.text, "it would be a \"crime,\"");
        // The hedge after the content qualifies the report.
        assert!(
            report.hedges.iter().any(|h| h.text == "in his opinion"),
            "{report:#?}"
        );
        assert!(
            nested_in(&doc, report, |q| q.text == "crime,"),
            "the partial quote nests in it: {:#?}",
            doc.quotes
        );
    }
}
