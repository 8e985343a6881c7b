//! Quotations, reported speech, attribution chains, hedges and
//! check-worthy claims.
//!
//! [`QuoteAnnotator`] reads the tokens, sentences and paragraphs of the
//! text layer and the entities of the entity layer, and fills
//! `doc.quotes`, `doc.attributions`, `doc.hedges` and `doc.claims`.
//!
//! The rules follow how news reports speech:
//! 1. quotation marks are paired into stretches ([`marks`]); a stretch
//!    that opens a clause is a *direct* quote, a few quoted words inside a
//!    sentence are a *partial* quote when someone in the sentence speaks,
//!    and a *scare quote or title* otherwise;
//! 2. a direct quote takes the speaker and cue next to it ("...," Putin
//!    said / said the minister / He told reporters: "..."), else the
//!    speaker of the quote or report in the sentences before (a quote
//!    split by its attribution, a floating quote);
//! 3. reported speech is read around reporting verbs: "X said (that) ...",
//!    "..., X said", "If ..., X said, ...", "X, citing sources, reports
//!    ...", ", noting that ...", "according to X, ...", "it was revealed
//!    that ...", and the Russian and Ukrainian forms;
//! 4. attribution chains ("X repeated the words of Y, who in turn quoted
//!    Z", "X, quoting Y, said") become speaker -> source edges;
//! 5. hedges and evidential markers attach to the quote or edge they
//!    qualify;
//! 6. each quote gets its type ([`kinds`]: speech, a document's words, a
//!    belief, a perception or finding), and reported "speech" whose cue
//!    is an ordinary action ("posted a photo") is dropped.
//!
//! Everything is one pass or two over the tokens: linear in the text.

mod chains;
mod claims;
mod dialogue;
mod doc;
pub mod eval;
mod frame;
mod hedges;
mod kinds;
mod lexicon;
mod marks;
mod signatures;
mod speaker_words;
mod speakers;
mod speech;
pub mod tagger;
mod turns;

use std::sync::Arc;

use claimtrace_core::{Annotator, Document};

pub use tagger::external::{Role, RoleSpan, SpanTagger};

/// Adds quotes, attributions, hedges and claims.
///
/// By default the rules' reading is refined by the learned attribution
/// tagger ([`tagger`]); [`QuoteAnnotator::rules_only`] leaves it out (the
/// tagger is trained on what the rules alone find), and
/// [`QuoteAnnotator::with_tagger`] reads the spans with another tagger
/// (the transformer of claimtrace-embed).
#[derive(Clone)]
pub struct QuoteAnnotator {
    learned: bool,
    external: Option<Arc<dyn SpanTagger>>,
    /// Weights read instead of the shipped ones (a freshly trained model
    /// scored without a rebuild).
    model: Option<Arc<tagger::Tagger>>,
}

impl std::fmt::Debug for QuoteAnnotator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuoteAnnotator")
            .field("learned", &self.learned)
            .field("external", &self.external.as_ref().map(|t| t.name()))
            .finish()
    }
}

impl Default for QuoteAnnotator {
    fn default() -> Self {
        QuoteAnnotator {
            learned: true,
            external: None,
            model: None,
        }
    }
}

impl QuoteAnnotator {
    /// The rules without the learned tagger.
    pub fn rules_only() -> Self {
        QuoteAnnotator {
            learned: false,
            external: None,
            model: None,
        }
    }

    /// The rules refined by `tagger`'s spans instead of the linear
    /// tagger's (which still reads a document `tagger` fails on).
    pub fn with_tagger(tagger: Arc<dyn SpanTagger>) -> Self {
        QuoteAnnotator {
            learned: true,
            external: Some(tagger),
            model: None,
        }
    }

    /// The rules refined by the linear tagger with `model`'s weights
    /// instead of the shipped ones (`claimtrace train quotes` output read
    /// with [`tagger::Tagger::from_bytes`]).
    pub fn with_model(model: Arc<tagger::Tagger>) -> Self {
        QuoteAnnotator {
            learned: true,
            external: None,
            model: Some(model),
        }
    }
}

impl Annotator for QuoteAnnotator {
    fn name(&self) -> &'static str {
        "quote"
    }
    fn annotate(&self, doc: &mut Document) {
        let (quotes, attributions, hedges, claims) = {
            let ctx = doc::Ctx::new(doc);
            let resolver = speech::Resolver::new(doc);
            // Quotation marks are paired once, for the rules and the tagger.
            let marks = marks::find_marked(&ctx);
            let (mut drafts, named) = speech::find_drafts(&ctx, &marks);
            let mut certain = turns::apply(&ctx, &mut drafts);
            let transcript = !certain.is_empty();
            certain.extend(signatures::apply(&ctx, &marks, &mut drafts));
            turns::headline_reports(&ctx, &mut drafts);
            turns::drop_rubric_headlines(&ctx, &resolver, &certain, &mut drafts);
            if self.learned {
                drafts = tagger::refine(
                    &ctx,
                    doc,
                    drafts,
                    &certain,
                    &marks,
                    self.external.as_deref(),
                    self.model.as_deref(),
                );
            }
            speech::agentless_passives(&ctx, &mut drafts);
            speech::one_content_per_verb(&ctx, &mut drafts);
            speech::cut_joined_reports(&ctx, &marks, &mut drafts);
            speech::object_first_reports(&ctx, &mut drafts);
            speech::quoted_as_saying(&ctx, &mut drafts);
            speech::reports_in_brackets(&ctx, &mut drafts);
            speech::past_datelines(&ctx, &mut drafts);
            speech::gapped_reports(&ctx, &mut drafts);
            let mut quotes = speech::finish(&ctx, &resolver, drafts, &named);
            // English has the full list of reporting words; in another
            // language an unlisted cue may still be one.
            let english = doc
                .meta
                .language
                .as_deref()
                .is_none_or(|l| l == claimtrace_lexicon::EN.language);
            kinds::apply(&mut quotes, &doc.text, english);
            // The document's own speaker after the types: first-person
            // paragraphs it adds are speech, and ids are numbered again.
            let doc_speaker = speakers::document_speaker(doc);
            speakers::apply(&ctx, doc_speaker.as_ref(), transcript, &mut quotes);
            speakers::name_office_holders(doc, &mut quotes);
            speakers::name_the_latter(doc, &mut quotes);
            speakers::unname_things_called_he_or_she(doc, &mut quotes);
            let mut attributions = chains::find_chains(&ctx, &resolver, &quotes);
            let hedges = hedges::attach(&ctx, &mut quotes, &mut attributions);
            let claims = claims::find_claims(&ctx, doc, &quotes);
            (quotes, attributions, hedges, claims)
        };
        doc.quotes = quotes;
        doc.attributions = attributions;
        doc.hedges = hedges;
        doc.claims = claims;
    }
}
