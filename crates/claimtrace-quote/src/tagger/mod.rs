//! The learned attribution tagger: reads source, cue and content spans as
//! a tag sequence over each paragraph's tokens, on top of the rules.
//!
//! PolNeAR annotates each token with at most one role of one attribution,
//! so attribution reading is sequence labelling (B/I tags for source, cue
//! and content, and O). The tagger is an averaged structured perceptron
//! ([`model`]) over hashed features ([`features`]) that include what the
//! rules found, so it keeps their precision and learns what they miss:
//! beliefs, intentions, findings and the long tail of reporting verbs.
//!
//! Tagged spans are grouped into attributions by position (each content
//! and source goes to the nearest cue, in its sentence first), turned into
//! [`Draft`]s, and merged with the rule drafts ([`merge`]): where both
//! read the same attribution the rule draft keeps its kind and speaker and
//! takes the tagger's content boundaries; what only the tagger reads is
//! added; a rule draft the tagger gives no role at all is dropped.
//!
//! The weights are trained by `claimtrace train quotes` on PolNeAR train
//! and shipped in `model/attribution.bin`, embedded at compile time.

pub mod clusters;
pub mod external;
mod features;
pub mod model;

use std::collections::HashSet;
use std::sync::OnceLock;

use claimtrace_core::{Document, QuoteKind};

use crate::doc::Ctx;
use crate::eval::SpanSets;
use crate::marks::{find_marked, stretch_of_tokens, Marked};
use crate::speaker_words::{content_words, speaker_words};
use crate::speech::Draft;
use features::{DocFacts, TokenView};
use model::{label, Model, Trainer, B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, O};

pub use model::ModelError;

static EMBEDDED: &[u8] = include_bytes!("../../model/attribution.bin");
static EMBEDDED_CLUSTERS: &[u8] = include_bytes!("../../model/clusters.bin");

/// The shipped word clusters, loaded once; empty (every word unknown) when
/// the embedded bytes do not parse.
pub fn shipped_clusters() -> &'static clusters::WordClusters {
    static CLUSTERS: OnceLock<clusters::WordClusters> = OnceLock::new();
    CLUSTERS
        .get_or_init(|| clusters::WordClusters::from_bytes(EMBEDDED_CLUSTERS).unwrap_or_default())
}

/// The two passes of the tagger: the first reads the tokens and the
/// rules; the second also reads the first pass's tags (stacking), which
/// lets it see, for instance, that a content stretch has already begun
/// when it meets a reporting verb inside it.
#[derive(Debug, Clone)]
pub struct Tagger {
    first: Model,
    second: Model,
}

impl Tagger {
    /// Both models, each with its length in front.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for b in [self.first.to_bytes(), self.second.to_bytes()] {
            out.extend_from_slice(&u32::try_from(b.len()).unwrap_or(u32::MAX).to_le_bytes());
            out.extend_from_slice(&b);
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut rest = bytes;
        let mut take = || -> Result<&[u8], ModelError> {
            let len = rest
                .get(..4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
                .ok_or(ModelError::Format("truncated"))?;
            let len = usize::try_from(len).map_err(|_| ModelError::Format("length overflow"))?;
            let body = rest
                .get(4..4 + len)
                .ok_or(ModelError::Format("truncated"))?;
            rest = rest.get(4 + len..).unwrap_or(&[]);
            Ok(body)
        };
        let first = Model::from_bytes(take()?)?;
        let second = Model::from_bytes(take()?)?;
        Ok(Tagger { first, second })
    }

    /// Tags of every token, paragraph by paragraph, after both passes.
    /// The second pass reads the features of the first (computed again,
    /// with the stacked ones after them, once the first pass's tags are
    /// set) rather than keeping the first pass's features of the whole
    /// document: they took about 100 bytes per byte of text. The token
    /// views are built one paragraph at a time too, and each serves both
    /// passes: the second pass of a paragraph runs once the first pass has
    /// tagged the next one (its stacked features read the first-pass tag
    /// of the token after the paragraph), so at most two views exist.
    fn tag(&self, ctx: &Ctx, facts: &DocFacts) -> Vec<usize> {
        let n = ctx.toks.len();
        let mut first = vec![as_tag(O); n];
        let mut second = vec![O; n];
        let mut pending: Option<(usize, usize, TokenView)> = None;
        for &(a, b) in &ctx.par_tokens {
            let view = TokenView::new(ctx, facts, a, b);
            let tags = self
                .first
                .decode(&paragraph_features(&view, ctx, None, a, b));
            for (slot, t) in first.iter_mut().skip(a).zip(tags) {
                *slot = as_tag(t);
            }
            if let Some((pa, pb, prev)) = pending.take() {
                self.second_pass(ctx, prev, &first, (pa, pb), &mut second);
            }
            pending = Some((a, b, view));
        }
        if let Some((pa, pb, prev)) = pending {
            self.second_pass(ctx, prev, &first, (pa, pb), &mut second);
        }
        second
    }

    /// The second pass over paragraph `[a, b)`, into `out`.
    fn second_pass(
        &self,
        ctx: &Ctx,
        mut view: TokenView,
        first: &[u8],
        (a, b): (usize, usize),
        out: &mut [usize],
    ) {
        view.set_first_pass(ctx, first, a, b);
        let tags = self
            .second
            .decode(&paragraph_features(&view, ctx, Some(first), a, b));
        for (slot, t) in out.iter_mut().skip(a).zip(tags) {
            *slot = t;
        }
    }
}

/// A tag kept for the second pass: one byte (the labels number seven).
fn as_tag(t: usize) -> u8 {
    u8::try_from(t).unwrap_or(u8::MAX)
}

/// Tags of every token from one pass over a whole-document view (training).
fn decode_all(model: &Model, ctx: &Ctx, view: &TokenView, first: Option<&[u8]>) -> Vec<usize> {
    let mut tags = vec![O; ctx.toks.len()];
    for &(a, b) in &ctx.par_tokens {
        let feats = paragraph_features(view, ctx, first, a, b);
        for (slot, t) in tags.iter_mut().skip(a).zip(model.decode(&feats)) {
            *slot = t;
        }
    }
    tags
}

/// The shipped tagger, loaded once. `None` when the embedded bytes do not
/// parse (the rules then work alone).
pub fn shipped() -> Option<&'static Tagger> {
    static MODEL: OnceLock<Option<Tagger>> = OnceLock::new();
    MODEL
        .get_or_init(|| Tagger::from_bytes(EMBEDDED).ok())
        .as_ref()
}

/// Whether each token sits inside paired quotation marks (marks included).
fn in_mark(marks: &[Marked], n: usize) -> Vec<bool> {
    stretch_of_tokens(marks, n)
        .into_iter()
        .map(|m| m != u32::MAX)
        .collect()
}

/// Features of every token of one paragraph.
fn paragraph_features(
    view: &TokenView,
    ctx: &Ctx,
    first: Option<&[u8]>,
    a: usize,
    b: usize,
) -> Vec<Vec<u64>> {
    (a..b)
        .map(|i| {
            let mut f = Vec::with_capacity(48);
            view.features(ctx, i, first, &mut f);
            f
        })
        .collect()
}

/// Gold tags of every token from gold attributions given as byte spans.
fn gold_tags(ctx: &Ctx, gold: &[SpanSets]) -> Vec<usize> {
    let n = ctx.toks.len();
    let mut tags = vec![O; n];
    let mut mark = |spans: &[(usize, usize)], b: usize, i: usize| {
        for &(s, e) in spans {
            let from = ctx.toks.partition_point(|t| t.end() <= s);
            let mut first = true;
            for (j, t) in ctx.toks.iter().enumerate().skip(from) {
                if t.start() >= e {
                    break;
                }
                if let Some(slot) = tags.get_mut(j) {
                    if *slot == O {
                        *slot = if first { b } else { i };
                    }
                }
                first = false;
            }
        }
    };
    for g in gold {
        mark(&g.cue, B_CUE, I_CUE);
        mark(&g.source, B_SOURCE, I_SOURCE);
        mark(&g.content, B_CONTENT, I_CONTENT);
    }
    tags
}

/// One document prepared for training: analysed by the pipeline with the
/// rules alone, and its gold attributions.
pub struct Example<'a> {
    pub doc: &'a Document,
    pub gold: &'a [SpanSets],
}

/// Progress of a training run, one line per epoch.
#[derive(Debug, Clone, Copy)]
pub struct EpochReport {
    pub epoch: usize,
    pub tokens: usize,
    pub wrong: usize,
}

/// A document ready for training: its token view (of the whole document),
/// gold tags, and the first pass's tags once the second pass trains.
struct Prepared<'a> {
    ctx: Ctx<'a>,
    view: TokenView,
    gold: Vec<usize>,
    first: Option<Vec<u8>>,
}

/// Trains one pass on the documents `which` selects.
fn train_pass(
    prepared: &[Prepared],
    which: &dyn Fn(usize) -> bool,
    epochs: usize,
    bits: u32,
    margin: f32,
    seed: u64,
    report: &mut dyn FnMut(EpochReport),
) -> Model {
    let mut order: Vec<(usize, usize)> = prepared
        .iter()
        .enumerate()
        .filter(|(d, _)| which(*d))
        .flat_map(|(d, p)| (0..p.ctx.par_tokens.len()).map(move |s| (d, s)))
        .collect();
    let mut trainer = Trainer::new(bits, margin);
    let mut seed = seed.max(1);
    for epoch in 0..epochs {
        // Fisher-Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let j = usize::try_from(seed % (i as u64 + 1)).unwrap_or(0);
            order.swap(i, j);
        }
        let (mut tokens, mut wrong) = (0, 0);
        for &(d, s) in &order {
            let Some(p) = prepared.get(d) else { continue };
            let Some(&(a, b)) = p.ctx.par_tokens.get(s) else {
                continue;
            };
            let feats = paragraph_features(&p.view, &p.ctx, p.first.as_deref(), a, b);
            let gold = p.gold.get(a..b).unwrap_or(&[]);
            tokens += gold.len();
            wrong += trainer.learn(&feats, gold);
        }
        report(EpochReport {
            epoch: epoch + 1,
            tokens,
            wrong,
        });
    }
    trainer.finish()
}

/// The training margin of the shipped model: none (the plain
/// perceptron). Tried on PolNeAR train → dev, three averaged runs with a
/// margin of 5: content F1 at 0.8 0.605 → 0.605 (1231 → 1234 matches),
/// exact 0.551 → 0.547, cue 0.772 → 0.773, source 0.750 → 0.755, speaker
/// accuracy 0.892 → 0.898; single runs with margins 1, 5, 20 and 60 scored
/// 0.600-0.607, within the shuffle's swing. On 20 BBC articles it read
/// more non-attributions ("The seasonally adjusted rise showed ...",
/// "seems like what"), so it was not shipped.
pub const DEFAULT_MARGIN: f32 = 0.0;

/// Folds for the first pass's held-out tags.
const FOLDS: usize = 4;

/// The shuffle seed of the first training run; run `k` xors in a multiple
/// of the golden ratio.
const BASE_SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// Trains both passes on `examples` for `epochs` passes each, `runs`
/// times over differently shuffled data, and averages the runs' weights.
/// One run's dev score swings by about ±0.01 with the shuffle (the
/// perceptron's path depends on the order it meets the articles in); the
/// average of three is steadier. Every run is reproducible (fixed seeds).
/// The second pass learns from first-pass tags that the first pass did
/// not see in training (`FOLDS`-fold jackknife), as it will meet them on
/// new text. With a `margin`, training decodes with that much added to
/// every wrong tag's score ([`DEFAULT_MARGIN`] is the shipped model's).
pub fn train(
    examples: &[Example],
    epochs: usize,
    bits: u32,
    runs: usize,
    margin: f32,
    mut report: impl FnMut(&str, EpochReport),
) -> Tagger {
    let mut prepared: Vec<Prepared> = examples.iter().map(Prepared::of).collect();
    let mut firsts = Vec::new();
    let mut seconds = Vec::new();
    for run in 0..runs.max(1) {
        let this_run = TrainingRun {
            epochs,
            bits,
            margin,
            seed: BASE_SEED ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            number: (runs > 1).then_some(run + 1),
        };
        for p in prepared.iter_mut() {
            p.first = None;
        }
        let held_out = this_run.held_out_tags(&prepared, &mut report);
        firsts.push(this_run.pass(&prepared, &|_| true, "first pass", &mut report));
        for (p, tags) in prepared.iter_mut().zip(held_out) {
            let tags: Vec<u8> = tags.into_iter().map(as_tag).collect();
            p.view.set_first_pass(&p.ctx, &tags, 0, p.ctx.toks.len());
            p.first = Some(tags);
        }
        seconds.push(this_run.pass(&prepared, &|_| true, "second pass", &mut report));
    }
    Tagger {
        first: Model::average(&firsts),
        second: Model::average(&seconds),
    }
}

impl<'a> Prepared<'a> {
    /// Reads an example with the rules and builds its whole-document view.
    fn of(ex: &Example<'a>) -> Self {
        let ctx = Ctx::new(ex.doc);
        let marks = find_marked(&ctx);
        let (drafts, _) = crate::speech::find_drafts(&ctx, &marks);
        let n = ctx.toks.len();
        let facts = DocFacts::new(&ctx, ex.doc, &drafts, in_mark(&marks, n));
        let view = TokenView::new(&ctx, &facts, 0, n);
        let gold = gold_tags(&ctx, ex.gold);
        Prepared {
            ctx,
            view,
            gold,
            first: None,
        }
    }
}

/// The settings of one training run (of the `runs` averaged).
struct TrainingRun {
    epochs: usize,
    bits: u32,
    margin: f32,
    seed: u64,
    /// The run's number, when there are several (for the reports).
    number: Option<usize>,
}

impl TrainingRun {
    /// One pass over the documents `which` selects, with this run's seed.
    fn pass(
        &self,
        prepared: &[Prepared],
        which: &dyn Fn(usize) -> bool,
        stage: &str,
        report: &mut dyn FnMut(&str, EpochReport),
    ) -> Model {
        let stage = match self.number {
            Some(n) => format!("run {n}, {stage}"),
            None => stage.to_string(),
        };
        train_pass(
            prepared,
            which,
            self.epochs,
            self.bits,
            self.margin,
            self.seed,
            &mut |r| report(&stage, r),
        )
    }

    /// The first pass's tags of each document by a model that did not see
    /// it (`FOLDS`-fold jackknife).
    fn held_out_tags(
        &self,
        prepared: &[Prepared],
        report: &mut dyn FnMut(&str, EpochReport),
    ) -> Vec<Vec<usize>> {
        let mut held_out: Vec<Vec<usize>> = vec![Vec::new(); prepared.len()];
        for fold in 0..FOLDS {
            let stage = format!("fold {}", fold + 1);
            let model = self.pass(prepared, &|d| d % FOLDS != fold, &stage, report);
            for (d, p) in prepared.iter().enumerate() {
                if d % FOLDS == fold {
                    if let Some(slot) = held_out.get_mut(d) {
                        *slot = decode_all(&model, &p.ctx, &p.view, None);
                    }
                }
            }
        }
        held_out
    }
}

/// A tagged span: label (1 source, 2 cue, 3 content) and token range.
#[derive(Debug, Clone, Copy)]
struct Tagged {
    label: usize,
    a: usize,
    b: usize,
}

fn spans_of(tags: &[usize], offset: usize) -> Vec<Tagged> {
    let mut out: Vec<Tagged> = Vec::new();
    for (k, &t) in tags.iter().enumerate() {
        let i = offset + k;
        let l = label(t);
        if l == 0 {
            continue;
        }
        let begins = t % 2 == 1;
        match out.last_mut() {
            Some(last) if !begins && last.label == l && last.b == i => last.b = i + 1,
            _ => out.push(Tagged {
                label: l,
                a: i,
                b: i + 1,
            }),
        }
    }
    out
}

/// "..., if confirmed, would ...": a participle after a subordinator is an
/// elliptical clause ("if it is confirmed"), not a verb of saying.
/// Returns the demoted positions (paragraph-relative).
fn demote_conditional_cues(ctx: &Ctx, tags: &mut [usize], offset: usize) -> Vec<usize> {
    let mut demoted = Vec::new();
    let subordinators = &content_words().conditional_subordinators;
    let is_subordinator = |i: usize| subordinators.iter().any(|w| ctx.lower_is(i, w));
    for k in 0..tags.len() {
        if tags.get(k).copied() != Some(B_CUE) {
            continue;
        }
        let i = offset + k;
        let single = tags.get(k + 1).copied() != Some(I_CUE);
        // "if [confirmed]" tagged as the cue alone, or "[if confirmed]"
        // tagged as one two-word cue.
        let before = i.checked_sub(1).filter(|&p| p >= offset);
        let two_word = !single && is_subordinator(i) && tags.get(k + 2).copied() != Some(I_CUE);
        if single && before.is_some_and(is_subordinator) {
            if let Some(t) = tags.get_mut(k) {
                *t = O;
                demoted.push(k);
            }
        } else if two_word {
            for j in [k, k + 1] {
                if let Some(t) = tags.get_mut(j) {
                    *t = O;
                    demoted.push(j);
                }
            }
        }
    }
    demoted
}

/// Content broken only by an elliptical clause (", if confirmed,") is one
/// stretch: the clause belongs to what is said.
fn bridge_content_gaps(ctx: &Ctx, tags: &mut [usize], offset: usize, demoted: &[usize]) {
    const MAX_GAP: usize = 5;
    let mut k = 0;
    while k < tags.len() {
        if label(tags.get(k).copied().unwrap_or(O)) != 3 || tags.get(k + 1).copied() != Some(O) {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < tags.len() && e - k <= MAX_GAP + 1 && tags.get(e).copied() == Some(O) {
            e += 1;
        }
        // A lone comma before a relative word between two stretches of
        // content: "said the retail sector, which accounts for a third of
        // the economy, grew".
        let lone_comma = e == k + 2
            && ctx.word(offset + k + 1) == ","
            && ctx.lex(offset + e).relative
            && tags.get(e + 1).is_some_and(|&t| label(t) == 3);
        let closes = tags.get(e).is_some_and(|&t| label(t) == 3)
            && e - k - 1 <= MAX_GAP
            && (lone_comma || demoted.iter().any(|&d| k < d && d < e))
            && ctx.sentence_of(offset + k) == ctx.sentence_of(offset + e);
        if closes {
            for t in tags.iter_mut().take(e + 1).skip(k + 1) {
                *t = I_CONTENT;
            }
        }
        k = e;
    }
}

/// A source tagged inside a content span ("... of Donald Trump's tweets")
/// is part of the content: an attribution's source sits next to its cue,
/// never between two stretches of its content.
fn absorb_inner_sources(tags: &mut [usize]) {
    let mut i = 0;
    while i < tags.len() {
        if label(tags.get(i).copied().unwrap_or(O)) != 1 {
            i += 1;
            continue;
        }
        let a = i;
        while i < tags.len() && label(tags.get(i).copied().unwrap_or(O)) == 1 {
            i += 1;
        }
        let before = a
            .checked_sub(1)
            .and_then(|p| tags.get(p))
            .map(|&t| label(t));
        let after = tags.get(i).map(|&t| label(t));
        if before == Some(3) && after == Some(3) {
            for t in tags.iter_mut().take(i).skip(a) {
                *t = I_CONTENT;
            }
            if let Some(t) = tags.get_mut(i) {
                *t = I_CONTENT;
            }
        }
    }
}

/// Reported content runs to the end of its sentence: a content stretch
/// that the tagger ends early, with nothing but untagged words after it
/// ("... will address Trump's comments | at an event in Florida later
/// Friday."), is extended over them, up to the final punctuation.
fn extend_to_sentence_end(ctx: &Ctx, tags: &mut [usize], offset: usize) {
    let n = tags.len();
    let mut k = 0;
    while k < n {
        if label(tags.get(k).copied().unwrap_or(O)) != 3 {
            k += 1;
            continue;
        }
        while k + 1 < n && label(tags.get(k + 1).copied().unwrap_or(O)) == 3 {
            k += 1;
        }
        // `k` is the last content token of a stretch.
        let (_, sb) = ctx.sentence_range(offset + k);
        let mut end = sb.min(offset + n);
        while end > offset + k + 1 && !ctx.is_wordlike(end - 1) && !ctx.is_figure_sign(end - 1) {
            end -= 1;
        }
        let rest = (offset + k + 1)..end;
        let all_untagged = rest
            .clone()
            .all(|i| tags.get(i - offset).copied() == Some(O));
        // Content that a cue follows in the same sentence ("X, he said")
        // ends at the comma: only extend when no cue word is left.
        let after_ellipsis = elliptical_clause_end(ctx, rest.start, rest.end).unwrap_or(rest.start);
        let no_cue = (after_ellipsis..rest.end).all(|i| ctx.lex(i).cue.is_none());
        // A comma, dash or bracket, or a second predicate ("and encouraged
        // ..."), may end the content: the tagger's end stands there; but not
        // an elliptical clause (", if confirmed, would ..."), which belongs
        // to what is said.
        let one_phrase = (after_ellipsis..rest.end).all(|i| {
            (ctx.is_wordlike(i) || ctx.is_figure_sign(i)) && !predicate_conjunction(ctx, i)
        });
        if all_untagged && no_cue && one_phrase && !rest.is_empty() {
            for i in rest {
                if let Some(t) = tags.get_mut(i - offset) {
                    *t = I_CONTENT;
                }
            }
        }
        k += 1;
    }
}

/// ", if confirmed, ..." / ", unless approved, ...": where an elliptical
/// clause opening at `i` ends (after its closing comma).
fn elliptical_clause_end(ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
    let openers = &speaker_words().elliptical_clause_openers;
    if !ctx.is_punct(i, ",") || !openers.iter().any(|w| ctx.lower_is(i + 1, w)) {
        return None;
    }
    (i + 3..(i + 5).min(end))
        .find(|&k| ctx.is_punct(k, ","))
        .filter(|&k| (i + 2..k).all(|j| ctx.is_wordlike(j)))
        .map(|k| k + 1)
}

/// Token distance between two ranges (0 when they touch or overlap).
fn gap(x: (usize, usize), y: (usize, usize)) -> usize {
    if x.1 <= y.0 {
        y.0 - x.1
    } else {
        x.0.saturating_sub(y.1)
    }
}

/// The drafts read from a document's tags, after the clean-up passes
/// (elliptical cues demoted, gaps bridged, and with `extend`, content
/// stopped short of its sentence's end extended).
fn drafts_from_tags(ctx: &Ctx, in_mark: &[bool], mut all: Vec<usize>, extend: bool) -> Vec<Draft> {
    let mut out = Vec::new();
    for &(pa, pb) in &ctx.par_tokens {
        let Some(tags) = all.get_mut(pa..pb) else {
            continue;
        };
        clean_up_paragraph_tags(ctx, tags, pa, extend);
        let par = TaggedParagraph {
            ctx,
            in_mark,
            tags,
            range: (pa, pb),
            extend,
        };
        par.push_drafts(&mut out);
    }
    // A content of one closed-class word opening its sentence ("As" cut
    // off from "As the president said, ...", "But", "So", "It is
    // expected") says nothing; "said this", "talked about it" stay.
    out.retain(|d| {
        let (a, b) = ctx.words_within(d.content.0, d.content.1);
        !(b == a + 1
            && ctx.is_capitalised(a)
            && claimtrace_entity::is_function_word(&ctx.word(a).to_lowercase()))
    });
    out
}

/// The clean-up passes over one paragraph's tags (`offset`: the document
/// index of its first token).
fn clean_up_paragraph_tags(ctx: &Ctx, tags: &mut [usize], offset: usize, extend: bool) {
    let demoted = demote_conditional_cues(ctx, tags, offset);
    absorb_inner_sources(tags);
    bridge_content_gaps(ctx, tags, offset, &demoted);
    // The linear tagger often stops a content early; a transformer
    // reads where it ends (on PolNeAR dev, extending its contents
    // costs 9 matches at 0.8).
    if extend {
        extend_to_sentence_end(ctx, tags, offset);
    }
}

/// One paragraph's cleaned-up tags, read into drafts.
struct TaggedParagraph<'a> {
    ctx: &'a Ctx<'a>,
    in_mark: &'a [bool],
    tags: &'a [usize],
    /// Document token range of the paragraph (`tags` is indexed from its start).
    range: (usize, usize),
    extend: bool,
}

/// A paragraph's tagged cues (sorted, disjoint) and the source tagged
/// nearest each.
struct CueSpeakers {
    cues: Vec<(usize, usize)>,
    speaker_of: Vec<Option<(usize, usize)>>,
}

impl CueSpeakers {
    /// Each source goes to its nearest cue; a cue keeps the first.
    fn of(ctx: &Ctx, spans: &[Tagged]) -> Self {
        let cues: Vec<(usize, usize)> = spans
            .iter()
            .filter(|s| s.label == 2)
            .map(|s| (s.a, s.b))
            .collect();
        let mut found = CueSpeakers {
            speaker_of: vec![None; cues.len()],
            cues,
        };
        for s in spans.iter().filter(|s| s.label == 1) {
            let nearest = found.nearest_cue(ctx, s.a, s.b);
            if let Some(slot) = nearest.and_then(|k| found.speaker_of.get_mut(k)) {
                if slot.is_none() {
                    *slot = Some((s.a, s.b));
                }
            }
        }
        found
    }

    /// The index of the cue nearest the span `[a, b)`. Cues are sorted and
    /// disjoint from the span: the nearest is the one just before or just
    /// after it (a binary search, so a paragraph with thousands of cues
    /// stays fast), in its own sentence first.
    fn nearest_cue(&self, ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
        let cues = &self.cues;
        let after = cues.partition_point(|c| c.1 <= a);
        let sent = ctx.sentence_of(a);
        [after.checked_sub(1), Some(after)]
            .into_iter()
            .flatten()
            .filter_map(|k| cues.get(k).map(|&c| (k, c)))
            .min_by_key(|&(_, c)| (usize::from(ctx.sentence_of(c.0) != sent), gap(c, (a, b))))
            .map(|(k, _)| k)
    }

    fn speaker(&self, k: usize) -> Option<(usize, usize)> {
        self.speaker_of.get(k).copied().flatten()
    }

    /// "..., he said, adding that ...", "Trump spoke to ..., promising
    /// to ...": a participle after a comma (cue `k`, starting at `ca`) has
    /// the subject of the clause it hangs on: the speaker of a cue before
    /// it in the sentence, else the sentence's subject.
    fn participle_speaker(&self, ctx: &Ctx, k: usize, ca: usize) -> Option<(usize, usize)> {
        let participle = content_words()
            .participle_endings
            .iter()
            .any(|e| ctx.word(ca).ends_with(e))
            && ca.checked_sub(1).is_some_and(|p| ctx.is_punct(p, ","));
        if !participle {
            return None;
        }
        let sent = ctx.sentence_range(ca);
        (0..k)
            .rev()
            .take_while(|&j| self.cues.get(j).is_some_and(|c| c.0 >= sent.0))
            .find_map(|j| self.speaker(j))
            .or_else(|| ctx.main_subject(sent, ca))
            .filter(|&(x, y)| y <= ca && !(x..y).any(|i| ctx.is_quote_mark(i)))
    }
}

impl TaggedParagraph<'_> {
    /// Pushes a draft for each tagged content of the paragraph, with its
    /// nearest cue and that cue's source.
    fn push_drafts(&self, out: &mut Vec<Draft>) {
        let spans = spans_of(self.tags, self.range.0);
        let cues = CueSpeakers::of(self.ctx, &spans);
        let first = out.len();
        for s in spans.iter().filter(|s| s.label == 3) {
            if let Some(draft) = self.content_draft(&cues, s) {
                out.push(draft);
            }
        }
        // "The real reason ... is X. ... Putin has said that ...": a cue
        // with words in its own sentence takes no unquoted content from
        // another sentence.
        let ctx = self.ctx;
        let own_sentence = |d: &Draft| cue_in_contents_sentence(ctx, d);
        // (Only this paragraph's drafts are read: a pass over all of `out`
        // per paragraph would be quadratic in a long document.)
        let mut mine = out.split_off(first.min(out.len()));
        let cues_with_own: HashSet<(usize, usize)> = mine
            .iter()
            .filter(|d| own_sentence(d))
            .filter_map(|d| d.cue)
            .collect();
        mine.retain(|d| {
            own_sentence(d)
                || d.kind != QuoteKind::Indirect
                || !d.cue.is_some_and(|c| cues_with_own.contains(&c))
        });
        out.append(&mut mine);
    }

    /// The draft of tagged content `s`, or `None` where it holds no words,
    /// its cue names a source rather than reports one, or it follows a
    /// label ("Question: ...").
    fn content_draft(&self, cues: &CueSpeakers, s: &Tagged) -> Option<Draft> {
        let ctx = self.ctx;
        let (pa, pb) = self.range;
        let (a, b) = trim_trailing_conjunctions(ctx, ctx.words_within(s.a, s.b));
        if ctx.words_in(a, b) == 0 {
            return None;
        }
        let (a, b) = adjunct_cut(ctx, a, b);
        let b = if self.extend {
            mend_dangling_end(ctx, self.tags, pa, a, b)
        } else {
            b
        };
        let b = close_quotation(self.in_mark, a, b, pb);
        let k = cues.nearest_cue(ctx, s.a, s.b);
        let cue = k.and_then(|k| cues.cues.get(k).copied());
        if cue.is_some_and(|(ca, cb)| names_a_source(ctx, ca, cb, a, b)) {
            return None;
        }
        let mut speaker = k.and_then(|k| cues.speaker(k));
        if let (None, Some(k), Some((ca, _))) = (speaker, k, cue) {
            speaker = cues.participle_speaker(ctx, k, ca);
        }
        // "Question: ...", "Direct link: ..." name no one.
        let colon = cue.is_none_or(|(ca, cb)| cb == ca + 1 && ctx.is_punct(ca, ":"));
        let labelled = speaker.map_or(pa, |(sa, _)| sa);
        if colon && crate::turns::is_label(ctx, labelled) {
            return None;
        }
        Some(Draft {
            kind: kind_by_marks(ctx, self.in_mark, a, b),
            content: (a, b),
            cue,
            speaker,
            inherit_from: None,
            within: None,
        })
    }
}

/// Whether the cue of `d` is in the sentence its content starts in.
fn cue_in_contents_sentence(ctx: &Ctx, d: &Draft) -> bool {
    d.cue
        .is_some_and(|(ca, _)| ctx.sentence_of(ca) == ctx.sentence_of(d.content.0))
}

/// "and", "but" at `p`: a conjunction that opens a second predicate.
fn predicate_conjunction(ctx: &Ctx, p: usize) -> bool {
    content_words()
        .predicate_conjunctions
        .iter()
        .any(|c| ctx.lower_is(p, c))
}

/// "The law's sponsor, state Senator Rick Owens, called the decision ...
/// and said ...": a reporting verb after "and" that has no speaker yet
/// shares the speaker of the report before it in its sentence (the drafts
/// are sorted by content; each looks back at the one before it only).
fn speakers_of_joined_verbs(ctx: &Ctx, tagged: &mut [Draft]) {
    for k in 1..tagged.len() {
        let (before, rest) = tagged.split_at_mut(k);
        let (Some(prev), Some(t)) = (before.last(), rest.first_mut()) else {
            continue;
        };
        let (Some((ca, _)), Some((pa, _)), Some(sp)) = (t.cue, prev.cue, prev.speaker) else {
            continue;
        };
        let joined = ca
            .checked_sub(1)
            .is_some_and(|p| predicate_conjunction(ctx, p));
        if t.speaker.is_none()
            && t.inherit_from.is_none()
            && joined
            && pa < ca
            && t.content.0 > ca
            && prev.content.1 <= ca
            && ctx.sentence_of(pa) == ctx.sentence_of(ca)
        {
            t.speaker = Some(sp);
        }
    }
}

/// "Clinton stressed ... and said she has ...", "Sanders on Tuesday said
/// he wants ...": a reporting verb after "and" or after a day, with its
/// content after it and no source tagged, has the sentence's subject when
/// that is a noun phrase ending on a name, a role noun or a pronoun (not a
/// clause, "A task force held meetings", or a fronted phrase, "For 2005").
fn subject_of_joined_verb(ctx: &Ctx, d: &Draft) -> Option<(usize, usize)> {
    let (ca, _) = d.cue?;
    let p = ca.checked_sub(1)?;
    let joined = crate::speech::is_weekday(ctx, p) || predicate_conjunction(ctx, p);
    if !joined || d.content.0 < ca {
        return None;
    }
    let names = |(x, y): (usize, usize)| {
        let last = y - 1;
        // "For Russia ...", "Assuming that X ...": a fronted phrase, not
        // a subject.
        let participle = content_words()
            .participle_endings
            .iter()
            .any(|e| ctx.lower(x).ends_with(e));
        (ctx.is_capitalised(x) || ctx.lex(x).determiner)
            && !ctx.lex(x).np_stop
            && !ctx.lex(x).cue_prefix
            && !crate::frame::is_preposition(ctx, x)
            && !participle
            && (ctx.is_capitalised(last) || ctx.lex(last).nominal || ctx.lex(last).pronoun)
            && (x + 1..y).all(|i| {
                ctx.is_capitalised(i)
                    || ctx.lex(i).nominal
                    || ctx.agent_noun_before_name(i)
                    || ctx.lex(i).determiner
                    || ctx.lex(i).np_joiner
                    || ctx.kind(i) != Some(claimtrace_core::TokenKind::Word)
            })
    };
    ctx.main_subject(ctx.sentence_range(ca), ca)
        .filter(|&(x, y)| y < ca && !(x..y).any(|i| ctx.is_quote_mark(i)))
        .filter(|&np| names(np))
}

/// Content does not end on a conjunction (", and, according to the
/// report, ..." starts another attribution): `[a, b)` without its trailing
/// conjunctions.
fn trim_trailing_conjunctions(ctx: &Ctx, (a, mut b): (usize, usize)) -> (usize, usize) {
    while b > a + 1
        && content_words()
            .trailing_conjunctions
            .iter()
            .any(|w| ctx.lower_is(b - 1, w))
    {
        b = ctx.words_within(a, b - 1).1;
    }
    (a, b)
}

/// The kind of a tagged content by the share of its words inside
/// quotation marks: direct from 90%, mixed from half, else indirect.
fn kind_by_marks(ctx: &Ctx, in_mark: &[bool], a: usize, b: usize) -> QuoteKind {
    let marked = (a..b)
        .filter(|&i| ctx.is_wordlike(i) && in_mark.get(i).copied().unwrap_or(false))
        .count();
    let words = ctx.words_in(a, b);
    if marked * 10 >= words * 9 {
        QuoteKind::Direct
    } else if marked * 2 >= words {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// A content the linear tagger ends on a determiner or a joining word
/// ("the progress of these | past eight years", "witnesses to | show up")
/// stops inside a phrase: it runs on over the untagged words after it, up
/// to the next punctuation (a clause break) or tagged word of its
/// sentence. Rare: on PolNeAR dev it
/// changes a handful of contents (content F1 at 0.8 1231 → 1232 matches)
/// and nothing in 20 BBC articles.
fn mend_dangling_end(ctx: &Ctx, tags: &[usize], offset: usize, a: usize, b: usize) -> usize {
    let Some(last) = (a..b).rev().find(|&i| ctx.is_wordlike(i)) else {
        return b;
    };
    let l = ctx.lex(last);
    let dangling = l.determiner
        || l.np_joiner
        || content_words()
            .dangling_words
            .iter()
            .any(|w| ctx.lower_is(last, w));
    if !dangling {
        return b;
    }
    let sent = ctx.sentence_of(last);
    let mut end = b;
    while end < ctx.toks.len()
        && ctx.sentence_of(end) == sent
        && ctx.is_wordlike(end)
        && end
            .checked_sub(offset)
            .and_then(|k| tags.get(k))
            .is_some_and(|&t| t == O)
    {
        end += 1;
    }
    end
}

/// A content does not end inside a quotation it opened: `it would be a
/// "crime` runs on to the closing mark (`"crime,"`), so the quoted words
/// stay whole (and a partial quote of them nests in the content).
fn close_quotation(in_mark: &[bool], a: usize, b: usize, limit: usize) -> usize {
    let marked = |i: usize| in_mark.get(i).copied().unwrap_or(false);
    if b == 0 || !marked(b - 1) || !marked(b) {
        return b;
    }
    // The marked run holding the content's last token starts inside it.
    let mut start = b - 1;
    while start > a && marked(start - 1) {
        start -= 1;
    }
    if start == a && a > 0 && marked(a - 1) {
        return b;
    }
    let mut end = b;
    while end < limit && marked(end) {
        end += 1;
    }
    end
}

/// "said this during the filming of ...": a pronoun object is the whole
/// content, and what follows is the verb's adjunct (the time, place or
/// occasion of saying).
fn adjunct_cut(ctx: &Ctx, a: usize, b: usize) -> (usize, usize) {
    let words = content_words();
    let pronoun = words
        .said_object_pronouns
        .iter()
        .any(|w| ctx.lower_is(a, w));
    let then_prep = words
        .adjunct_prepositions
        .iter()
        .any(|w| ctx.lower_is(a + 1, w));
    if pronoun && then_prep && a + 1 < b {
        (a, a + 1)
    } else {
        (a, b)
    }
}

/// "X, citing their sources, reports ...": the participle names where the
/// report comes from (an evidential, read by the hedge layer); its short
/// noun phrase is no content of its own.
fn names_a_source(ctx: &Ctx, ca: usize, cb: usize, a: usize, b: usize) -> bool {
    let citing = (ca..cb).any(|i| {
        content_words()
            .citing_participles
            .iter()
            .any(|w| ctx.lower_is(i, w))
    });
    citing && ctx.words_in(a, b) <= 4 && !(a..b).any(|i| ctx.lex(i).cue.is_some())
}

fn overlap(x: (usize, usize), y: (usize, usize)) -> usize {
    x.1.min(y.1).saturating_sub(x.0.max(y.0))
}

/// Rule direct quotes the tagger read only a report nested inside: "“...,
/// the U.S. administration itself gave an assessment ...,” Putin said".
/// The quote (with its speaker and cue outside it) stands as certain, and
/// the nested report then sits within it instead of replacing it. Sorted,
/// so each check is a binary search (hostile texts have tens of thousands
/// of quotes).
fn quotes_around_nested_reports(rules: &[Draft], tagged: &[Draft]) -> Vec<(usize, usize)> {
    let mut contents: Vec<(usize, usize)> = tagged.iter().map(|t| t.content).collect();
    contents.sort_unstable();
    let mut cues: Vec<(usize, usize)> = tagged.iter().filter_map(|t| t.cue).collect();
    cues.sort_unstable();
    let read_whole = |(a, b): (usize, usize)| {
        let from = contents.partition_point(|c| c.1 <= a);
        contents
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.0 < b)
            .any(|&c| 2 * overlap(c, (a, b)) >= b - a)
    };
    let cue_inside = |(a, b): (usize, usize)| {
        let k = cues.partition_point(|c| c.0 < a);
        cues.get(k).is_some_and(|c| c.1 <= b)
    };
    rules
        .iter()
        .filter(|r| {
            let (a, b) = r.content;
            r.within.is_none()
                && r.kind == QuoteKind::Direct
                && r.speaker.is_some()
                && r.cue.is_some_and(|c| c.0 < a || c.1 > b)
                && !read_whole(r.content)
                && cue_inside(r.content)
        })
        .map(|r| r.content)
        .collect()
}

/// Merges the rule drafts into the tagger's, which decide what is an
/// attribution and where its content runs. From the rules come what the
/// tagger does not read: a speaker for a content without a tagged source
/// (a floating or split quote inherits from the quote before), and the
/// partial quotes inside reported speech, which now sit inside the
/// tagger's content. Rule quotes the tagger does not confirm are dropped:
/// on PolNeAR dev the tagger alone scores higher than the union.
fn merge(
    ctx: &Ctx,
    rules: Vec<Draft>,
    tagged: Vec<Draft>,
    certain: &[(usize, usize)],
) -> Vec<Draft> {
    let certain = certain_spans(&rules, &tagged, certain);
    let mut standing = crossing_rule_contents(ctx, &rules, &certain);
    standing.extend(rule_reports_the_tagger_missed(ctx, &rules, &tagged));
    // "Kuleba said this at a briefing": the rules' report of the sentence
    // before stands, and the tagger's reading of the same verb ("said |
    // this") goes.
    let anaphoric = reports_of_the_sentence_before(ctx, &rules);
    let anaphoric_cues = SpanIndex::new(anaphoric.iter().filter_map(|r| r.cue).collect());
    standing.extend(anaphoric.iter().map(|r| r.content));
    // So does a tagged source phrase that relays it ("..., according to an
    // Ukrinform correspondent"): the rules dropped theirs. (Indexed: a
    // hostile text has tens of thousands of drafts.)
    let relay_sentences = SpanIndex::new(
        anaphoric
            .iter()
            .filter_map(|r| r.cue)
            .map(|(ca, _)| ctx.sentence_range(ca))
            .collect(),
    );
    let source_phrase = |(a, _): (usize, usize)| {
        claimtrace_lexicon::ALL
            .iter()
            .any(|l| opens_source_phrase(ctx, a, l))
    };
    let mut tagged = tagged;
    tagged.retain(|t| {
        !t.cue.is_some_and(|c| {
            anaphoric_cues.overlaps(c) || (source_phrase(c) && relay_sentences.overlaps(c))
        })
    });
    standing.sort_unstable();
    standing.dedup();
    // The tagger's reports inside a transcript turn ("I must say that
    // ...") nest in the turn; elsewhere the rules' reading stands.
    let turns = coalesce(&certain);
    let (in_turns, mut tagged): (Vec<Draft>, Vec<Draft>) = tagged
        .into_iter()
        .partition(|t| overlaps_any(&turns, t.content));
    drop_contents_in_rule_speakers(&rules, &mut tagged);
    replace_with_rule_readings(&rules, &mut tagged, &standing);
    carry_rule_facts(ctx, &rules, &mut tagged);
    for t in tagged
        .iter_mut()
        .filter(|t| t.speaker.is_none() && t.inherit_from.is_none())
    {
        t.speaker = subject_of_joined_verb(ctx, t);
    }
    speakers_of_joined_verbs(ctx, &mut tagged);
    let top = tagged.len();
    let mut out = tagged;
    let in_turns = turn_reports(&rules, in_turns, &turns, &certain);
    let nested_spans: Vec<(usize, usize)> = in_turns.iter().map(|t| t.content).collect();
    nest_turn_reports(ctx, in_turns, &mut out, top);
    nest_reported_direct_quotes(&rules, &nested_spans, &mut out, top);
    for r in rules
        .into_iter()
        .filter(|r| r.within.is_some() && !overlaps_any(&nested_spans, r.content))
    {
        // The only candidate host is the last content starting at or
        // before the partial quote.
        if let Some(h) = host_of(&out, top, r.content) {
            out.push(Draft {
                within: Some(h),
                inherit_from: Some(h),
                ..r
            });
        }
    }
    out
}

/// Whether a source phrase of `lexicon` ("according to") opens at `a`.
fn opens_source_phrase(ctx: &Ctx, a: usize, lexicon: &claimtrace_lexicon::Lexicon) -> bool {
    lexicon
        .source_phrases
        .iter()
        .any(|(first, second)| ctx.lower_is(a, first) && ctx.lower_is(a + 1, second))
}

/// The rules' reports whose content is a sentence before their cue's
/// sentence ("... . Kuleba said this at a briefing", "... . This was
/// reported by Euractiv", "... . Об этом сообщил X").
fn reports_of_the_sentence_before<'r>(ctx: &Ctx, rules: &'r [Draft]) -> Vec<&'r Draft> {
    rules
        .iter()
        .filter(|r| {
            r.within.is_none()
                && r.kind == QuoteKind::Indirect
                && r.speaker.is_some()
                && r.content.1 > r.content.0
                && r.cue
                    .is_some_and(|(ca, _)| r.content.1 <= ctx.sentence_range(ca).0)
        })
        .collect()
}

/// Certain readings: transcript turns, signed quotes, and direct quotes
/// around a nested report. Sorted for binary searches.
fn certain_spans(
    rules: &[Draft],
    tagged: &[Draft],
    certain: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut certain = certain.to_vec();
    certain.extend(quotes_around_nested_reports(rules, tagged));
    certain.sort_unstable();
    certain.dedup();
    certain
}

/// The tagger reads a paragraph at a time; a quote that runs over several
/// paragraphs (an opening mark on each, one closing mark) is the rules'
/// reading, and replaces the tagger's pieces of it; so is a transcript
/// turn ("PENCE: ..."), one of the sorted `certain` spans.
fn crossing_rule_contents(
    ctx: &Ctx,
    rules: &[Draft],
    certain: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    rules
        .iter()
        .filter(|r| {
            r.within.is_none()
                && r.kind == QuoteKind::Direct
                && r.content.1 > r.content.0
                && (ctx.paragraph_of(r.content.0) != ctx.paragraph_of(r.content.1 - 1)
                    || certain.binary_search(&r.content).is_ok())
        })
        .map(|r| r.content)
        .collect()
}

/// The contents of rule reports that stand where the tagger read no
/// attribution of them.
fn rule_reports_the_tagger_missed(
    ctx: &Ctx,
    rules: &[Draft],
    tagged: &[Draft],
) -> Vec<(usize, usize)> {
    // Overlap lookups against every tagged draft stay logarithmic: a hostile
    // text has tens of thousands of drafts.
    let tagged_cues = SpanIndex::new(tagged.iter().filter_map(|t| t.cue).collect());
    let tagged_spans = SpanIndex::new(
        tagged
            .iter()
            .flat_map(|t| [Some(t.content), t.cue, t.speaker])
            .flatten()
            .collect(),
    );
    // "..., according to a campaign aide." and "..., sources said." at the
    // end of a sentence attribute the whole clause before them, whatever it
    // says ("Clinton plans to visit ...", "The protocol called for ..."):
    // the rules' reading stands where the tagger gave the cue no role, and
    // replaces a tagger attribution read inside that clause ("plans").
    let closes_sentence = |r: &Draft| {
        r.cue.zip(r.speaker).is_some_and(|((ca, cb), (sa, sb))| {
            let (_, end) = ctx.sentence_range(ca);
            let rest = ctx.words_in(cb, end);
            r.content.1 <= sa && sb <= ca && rest <= 8 && ctx.is_punct(sa.saturating_sub(1), ",")
        })
    };
    //
    // A quote the rules read with its cue and its speaker ("— We will not
    // raise fares, — said Mayor Ann Reyes", "..., lawyers for the family
    // said.") stands where the tagger read nothing at all in it: on PolNeAR
    // dev this adds as many right readings as wrong ones, and on other news
    // it keeps the plainest reports from being lost to a tagger miss.
    let evidential = |r: &Draft| {
        let according = r
            .cue
            .is_some_and(|(a, _)| opens_source_phrase(ctx, a, &claimtrace_lexicon::EN));
        (according || closes_sentence(r)) && !r.cue.is_some_and(|c| tagged_cues.overlaps(c))
    };
    let unread = |r: &Draft| {
        r.cue.is_some()
            && r.speaker.is_some()
            && ![Some(r.content), r.cue, r.speaker]
                .into_iter()
                .flatten()
                .any(|x| tagged_spans.overlaps(x))
    };
    // A quotation the rules give the speaker of the one before it ("'...,'
    // said Brady. 'The market feels ...'") stands where the tagger read no
    // content in it, or gave it to a cue of a later sentence that has its
    // own words there ("Statistics showed that ..."): its cue and speaker
    // are the earlier quotation's.
    let cues_with_own: HashSet<(usize, usize)> = tagged
        .iter()
        .filter(|t| cue_in_contents_sentence(ctx, t))
        .filter_map(|t| t.cue)
        .collect();
    let read_for_a_later_cue = |t: &Draft| {
        t.cue.is_some_and(|c| {
            cues_with_own.contains(&c)
                && ctx.sentence_of(c.0) > ctx.sentence_of(t.content.1.saturating_sub(1))
                && ctx.paragraph_of(c.0) == ctx.paragraph_of(t.content.0)
        })
    };
    let tagged_contents = SpanIndex::new(
        tagged
            .iter()
            .filter(|t| !read_for_a_later_cue(t))
            .map(|t| t.content)
            .collect(),
    );
    let continued = |r: &Draft| {
        r.kind == QuoteKind::Direct
            && r.inherit_from.is_some()
            && r.cue
                .is_none_or(|(ca, _)| ctx.sentence_of(ca) != ctx.sentence_of(r.content.0))
            && !tagged_contents.overlaps(r.content)
    };
    rules
        .iter()
        .filter(|r| {
            r.within.is_none()
                && r.content.1 > r.content.0
                && (evidential(r) || unread(r) || continued(r))
        })
        .map(|r| r.content)
        .collect()
}

/// Drops the tagger drafts overlapping a standing rule reading (`standing`,
/// sorted) and adds those rule drafts; the result is sorted by content, so
/// every later lookup is a binary search.
fn replace_with_rule_readings(
    rules: &[Draft],
    tagged: &mut Vec<Draft>,
    standing: &[(usize, usize)],
) {
    let coalesced = coalesce(standing);
    tagged.retain(|t| !overlaps_any(&coalesced, t.content));
    tagged.extend(
        rules
            .iter()
            .filter(|r| r.within.is_none() && standing.binary_search(&r.content).is_ok())
            // Its `inherit_from` indexes the rules: remapped below.
            .map(|r| Draft {
                inherit_from: None,
                ..r.clone()
            }),
    );
    tagged.sort_by_key(|t| t.content);
}

/// "X - said the chairman Charles Michel yesterday": where the rules read
/// the clause before the verb as what was said and name the speaker after
/// it, a tagged content of the same verb that starts in that speaker
/// phrase is who spoke, not what was said; it is dropped.
fn drop_contents_in_rule_speakers(rules: &[Draft], tagged: &mut Vec<Draft>) {
    let mut speakers: Vec<((usize, usize), (usize, usize))> = rules
        .iter()
        .filter(|r| r.within.is_none())
        .filter_map(|r| {
            let cue = r.cue?;
            let sp = r.speaker?;
            (r.content.1 <= cue.0 && sp.0 >= cue.1).then_some((sp, cue))
        })
        .collect();
    speakers.sort_unstable();
    tagged.retain(|t| {
        let i = speakers.partition_point(|(sp, _)| sp.0 <= t.content.0);
        i == 0 || {
            let (sp, cue) = speakers[i - 1];
            sp.1 <= t.content.0 || t.cue.is_none_or(|c| c.1 < cue.0 || c.0 >= cue.1)
        }
    });
}

/// Gives each tagged draft (disjoint, sorted) what the rule draft most
/// overlapping it knows: its kind; a speaker or the quote it inherits one
/// from where the tagger found none (not the speaker of a report nested in
/// the tagged content); and the rules' subject where the tagger's source
/// sits in a comma-closed phrase before it.
fn carry_rule_facts(ctx: &Ctx, rules: &[Draft], tagged: &mut [Draft]) {
    let rule_to_tagged: Vec<Option<usize>> = rules
        .iter()
        .map(|r| {
            if r.within.is_some() {
                return None;
            }
            let from = tagged.partition_point(|t| t.content.1 <= r.content.0);
            tagged
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|t| t.content.0 < r.content.1)
                .enumerate()
                .max_by_key(|(_, t)| overlap(r.content, t.content))
                .map(|(k, _)| from + k)
        })
        .collect();
    // The rule that overlaps each tagged draft most: where two do ("Asked
    // whether he feared [for his job, Rossi replied: "That ..."]" and
    // "Rossi replied: ["That ..."]"), its kind is the one that fits.
    // (Equal overlaps: the rule whose content is shorter, the closer fit.)
    let fit = |r: &Draft, t: &Draft| {
        (
            overlap(r.content, t.content),
            std::cmp::Reverse(r.content.1 - r.content.0),
        )
    };
    let mut best_fit = vec![(0, std::cmp::Reverse(usize::MAX)); tagged.len()];
    for (r, k) in rules.iter().zip(&rule_to_tagged) {
        if let Some((k, t)) = k.and_then(|k| Some((k, tagged.get(k)?))) {
            if let Some(b) = best_fit.get_mut(k) {
                *b = (*b).max(fit(r, t));
            }
        }
    }
    for (r, k) in rules.iter().zip(&rule_to_tagged) {
        let Some((k, t)) = k.and_then(|k| Some((k, tagged.get_mut(k)?))) else {
            continue;
        };
        // The rules know a partial quote from a direct one, and reported
        // speech with quoted words from a mixed quote.
        if best_fit.get(k).is_some_and(|&b| fit(r, t) >= b) {
            t.kind = r.kind;
        }
        // "Based on the evidence of a Times article, Sanders said": a
        // tagged source in a phrase closed by a comma yields to the rules'
        // subject between that comma and the same verb.
        if let (Some(ts), Some(rs), Some(tc), Some(rc)) = (t.speaker, r.speaker, t.cue, r.cue) {
            // Not an appositive ("John Connors, Microsoft's finance
            // chief, said": the rules' phrase is closed by a comma too).
            let closer = tc.0 == rc.0
                && ts.1 <= rs.0
                && rs.1 <= rc.0
                && (ts.1..rs.0).any(|i| ctx.is_punct(i, ","))
                && !(rs.1..rc.0).any(|i| ctx.is_punct(i, ",") || ctx.is_dash(i));
            if closer {
                t.speaker = Some(rs);
            }
        }
        // A rule's speaker inside the tagged content is the speaker of a
        // report nested in it ("said [he wants to ...]": "he" of "wants").
        let inside = |(x, y): (usize, usize)| x >= t.content.0 && y <= t.content.1;
        let nested = r.speaker.is_some_and(inside) && inside(r.content) && r.content != t.content;
        if t.speaker.is_none() && t.inherit_from.is_none() && !nested {
            if r.speaker.is_some() {
                t.speaker = r.speaker;
                if t.cue.is_none() {
                    t.cue = r.cue;
                }
            } else if let Some(p) = r.inherit_from {
                t.inherit_from = rule_to_tagged.get(p).copied().flatten();
            }
        }
    }
    // No draft inherits from itself.
    for (k, t) in tagged.iter_mut().enumerate() {
        if t.inherit_from == Some(k) {
            t.inherit_from = None;
        }
    }
}

/// The top-level draft among the first `top` of `out` whose content holds
/// `content`.
fn host_of(out: &[Draft], top: usize, content: (usize, usize)) -> Option<usize> {
    out.get(..top)
        .unwrap_or(&[])
        .partition_point(|t| t.content.0 <= content.0)
        .checked_sub(1)
        .filter(|&h| out.get(h).is_some_and(|t| content.1 <= t.content.1))
}

/// The reports inside transcript turns: the rules' stand, and the
/// tagger's (`in_turns`) are added where the rules read none: the tagger
/// was trained on news, where transcripts are rare.
fn turn_reports(
    rules: &[Draft],
    in_turns: Vec<Draft>,
    turns: &[(usize, usize)],
    certain: &[(usize, usize)],
) -> Vec<Draft> {
    let rule_reports_in_turns: Vec<Draft> = rules
        .iter()
        .filter(|r| {
            r.within.is_none()
                && r.cue.is_some()
                && overlaps_any(turns, r.content)
                && certain.binary_search(&r.content).is_err()
        })
        .map(|r| Draft {
            inherit_from: None,
            ..r.clone()
        })
        .collect();
    in_turns
        .into_iter()
        .filter(|t| {
            !rule_reports_in_turns
                .iter()
                .any(|r| overlap(r.content, t.content) > 0)
        })
        .chain(rule_reports_in_turns.iter().cloned())
        .collect()
}

/// Nests each report inside a turn in its host among the first `top`
/// drafts of `out`; a first-person speaker ("I", "we") is the turn's.
fn nest_turn_reports(ctx: &Ctx, in_turns: Vec<Draft>, out: &mut Vec<Draft>, top: usize) {
    for t in in_turns {
        let Some(h) = host_of(out, top, t.content) else {
            continue;
        };
        let first_person = t.speaker.is_some_and(|(a, b)| {
            b == a + 1
                && speaker_words()
                    .first_person_subjects
                    .iter()
                    .any(|w| ctx.lower_is(a, w))
        });
        let speaker = if first_person { None } else { t.speaker };
        out.push(Draft {
            within: Some(h),
            inherit_from: Some(h),
            speaker,
            ..t
        });
    }
}

/// A direct quote the rules read with its own cue and speaker, inside a
/// report the tagger read around it ("According to Interfax, Moscow
/// said: \"...\""), is the words of the report's report: it stands,
/// nested in the report, with its own speaker.
fn nest_reported_direct_quotes(
    rules: &[Draft],
    nested_spans: &[(usize, usize)],
    out: &mut Vec<Draft>,
    top: usize,
) {
    let reported_direct: Vec<Draft> = rules
        .iter()
        .filter(|r| {
            r.within.is_none()
                && r.kind == QuoteKind::Direct
                && r.cue.is_some()
                && r.speaker.is_some()
                && !overlaps_any(nested_spans, r.content)
        })
        .cloned()
        .collect();
    for r in reported_direct {
        let Some(h) = host_of(out, top, r.content) else {
            continue;
        };
        let host = out[h].content;
        let speaker_inside = r.speaker.is_some_and(|(a, b)| host.0 <= a && b <= host.1);
        if host != r.content && speaker_inside {
            out.push(Draft {
                within: Some(h),
                inherit_from: None,
                ..r
            });
        }
    }
}

/// Token ranges sorted by start with the running maximum of their ends,
/// so "does any range overlap [x, y)?" is a binary search: some range
/// starting before `y` must end after `x`.
struct SpanIndex {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.retain(|s| s.1 > s.0);
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.1);
            max_end.push(m);
        }
        SpanIndex {
            starts: spans.iter().map(|s| s.0).collect(),
            max_end,
        }
    }

    fn overlaps(&self, (x, y): (usize, usize)) -> bool {
        if y <= x {
            return false;
        }
        let before_y = self.starts.partition_point(|&s| s < y);
        before_y
            .checked_sub(1)
            .and_then(|k| self.max_end.get(k))
            .is_some_and(|&e| e > x)
    }
}

/// Sorted ranges merged where they overlap.
fn coalesce(sorted: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sorted.len());
    for &(a, b) in sorted {
        match out.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether `x` overlaps any of the sorted, disjoint `ranges`.
fn overlaps_any(ranges: &[(usize, usize)], x: (usize, usize)) -> bool {
    let k = ranges.partition_point(|r| r.1 <= x.0);
    ranges.get(k).is_some_and(|r| overlap(*r, x) > 0)
}

/// Runs the tagger over a document and merges its reading with the rule
/// drafts. Returns the rule drafts unchanged when no model is shipped.
/// `certain` are the content ranges of rule drafts the tagger does not
/// override (transcript turns). With an `external` tagger, its spans
/// replace the linear tagger's tags (which it falls back to on an error);
/// `weights` replace the shipped linear tagger's.
pub fn refine(
    ctx: &Ctx,
    doc: &Document,
    rules: Vec<Draft>,
    certain: &[(usize, usize)],
    marks: &[Marked],
    external: Option<&dyn external::SpanTagger>,
    weights: Option<&Tagger>,
) -> Vec<Draft> {
    let Some(model) = weights.or(shipped()) else {
        return rules;
    };
    // Trained on English news: Russian and Ukrainian keep the rules.
    let english = doc.meta.language.as_deref().is_none_or(|l| l == "en");
    if !english {
        return rules;
    }
    let facts = DocFacts::new(ctx, doc, &rules, in_mark(marks, ctx.toks.len()));
    let (tags, linear) = match external.map(|t| t.role_spans(&doc.text)) {
        Some(Ok(spans)) => (external::tags_from_spans(ctx, &spans), false),
        _ => (model.tag(ctx, &facts), true),
    };
    let tagged = drafts_from_tags(ctx, &facts.in_mark, tags, linear);
    merge(ctx, rules, tagged, certain)
}

#[cfg(test)]
mod span_index_tests {
    use super::SpanIndex;

    #[test]
    fn overlap_is_found_for_ranges_of_any_length() {
        let idx = SpanIndex::new(vec![(10, 12), (0, 3), (20, 40), (5, 5)]);
        assert!(idx.overlaps((2, 4)));
        assert!(idx.overlaps((11, 30)));
        assert!(
            idx.overlaps((25, 26)),
            "inside a long range that starts earlier"
        );
        assert!(!idx.overlaps((3, 10)), "touching is not overlapping");
        assert!(!idx.overlaps((12, 20)));
        assert!(!idx.overlaps((5, 5)), "an empty range overlaps nothing");
        assert!(!idx.overlaps((40, 50)));
        assert!(!SpanIndex::new(Vec::new()).overlaps((0, 100)));
    }
}

#[cfg(test)]
mod dangling_end_tests {
    use super::*;
    use claimtrace_core::Metadata;

    /// The drafts read from hand-made tags: `cue` and `content` are the
    /// words tagged (each a run of whole words, in text order).
    fn drafts_for(text: &str, cue: &str, content: &str) -> Vec<String> {
        drafts_for_contents(text, cue, &[content])
    }

    /// [`drafts_for`] with several tagged contents.
    fn drafts_for_contents(text: &str, cue: &str, contents: &[&str]) -> Vec<String> {
        let mut doc = Document::new(text.to_string(), Metadata::default());
        claimtrace_text::prepare(&mut doc);
        let ctx = Ctx::new(&doc);
        let n = ctx.toks.len();
        let mut tags = vec![O; n];
        let mut mark = |words: &str, begin: usize, inside: usize| {
            let first = words.split(' ').next().unwrap_or("");
            let len = words.split(' ').count();
            let at = (0..n)
                .find(|&i| {
                    ctx.word(i) == first
                        && words
                            .split(' ')
                            .enumerate()
                            .all(|(k, w)| ctx.word(i + k) == w)
                })
                .expect("tagged words are in the text");
            for (k, slot) in tags.iter_mut().skip(at).take(len).enumerate() {
                *slot = if k == 0 { begin } else { inside };
            }
        };
        mark(cue, B_CUE, I_CUE);
        for content in contents {
            mark(content, B_CONTENT, I_CONTENT);
        }
        drafts_from_tags(&ctx, &vec![false; n], tags, true)
            .into_iter()
            .filter_map(|d| ctx.span(d.content.0, d.content.1))
            .map(|(s, e)| doc.text[s..e].to_string())
            .collect()
    }

    #[test]
    fn content_ending_on_a_determiner_runs_to_the_clause_break() {
        let drafts = drafts_for(
            "She said the progress of these past eight years had slowed, the report found.",
            "said",
            "the progress of these",
        );
        assert_eq!(
            drafts,
            ["the progress of these past eight years had slowed"]
        );
    }

    #[test]
    fn a_cue_with_words_in_its_sentence_takes_none_from_another() {
        let drafts = drafts_for_contents(
            "The true motive is ambition. Smith has said that the sale was a mistake.",
            "has said",
            &["The true motive is ambition", "that the sale was a mistake"],
        );
        assert_eq!(drafts, ["that the sale was a mistake"]);
        // Alone, the sentence before is the verb's ("X. Y, he said" runs
        // are PolNeAR's).
        let drafts = drafts_for_contents(
            "The true motive is ambition. Smith has said so.",
            "has said",
            &["The true motive is ambition"],
        );
        assert_eq!(drafts, ["The true motive is ambition"]);
    }

    #[test]
    fn content_ending_on_a_noun_keeps_its_end() {
        let drafts = drafts_for(
            "She said the progress was slow in the eight years, the report found.",
            "said",
            "the progress was slow",
        );
        assert_eq!(drafts, ["the progress was slow"]);
    }
}

#[cfg(test)]
mod carry_tests {
    use super::*;
    use claimtrace_core::Metadata;

    /// The token range of `words` (whole words, in text order) in `ctx`.
    fn range_of(ctx: &Ctx, words: &str) -> (usize, usize) {
        let parts: Vec<&str> = words.split(' ').collect();
        let n = ctx.toks.len();
        let at = (0..n)
            .find(|&i| parts.iter().enumerate().all(|(k, w)| ctx.word(i + k) == *w))
            .unwrap_or(n);
        (at, at + parts.len())
    }

    fn draft(content: (usize, usize), cue: (usize, usize), speaker: (usize, usize)) -> Draft {
        Draft {
            kind: QuoteKind::Indirect,
            content,
            cue: Some(cue),
            speaker: Some(speaker),
            inherit_from: None,
            within: None,
        }
    }

    /// The speaker the tagged draft keeps after the rules' facts are
    /// carried, as text.
    fn carried(text: &str, tagged_source: &str, rule_speaker: &str) -> String {
        let mut doc = Document::new(text.to_string(), Metadata::default());
        claimtrace_text::prepare(&mut doc);
        let ctx = Ctx::new(&doc);
        let content = range_of(&ctx, "he wants to audit the contracts");
        let cue = range_of(&ctx, "said");
        let rules = vec![draft(content, cue, range_of(&ctx, rule_speaker))];
        let mut tagged = vec![draft(content, cue, range_of(&ctx, tagged_source))];
        carry_rule_facts(&ctx, &rules, &mut tagged);
        let (a, b) = tagged[0].speaker.unwrap_or((0, 0));
        (a..b).map(|i| ctx.word(i)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_tagged_source_in_a_fronted_phrase_yields_to_the_subject_before_the_verb() {
        let text = "Based on a Times article, Sanders said he wants to audit the contracts.";
        assert_eq!(carried(text, "a Times article", "Sanders"), "Sanders");
        // An appositive is no closer subject: the name stays.
        let text = "John Connors, the finance chief, said he wants to audit the contracts.";
        assert_eq!(
            carried(text, "John Connors", "the finance chief"),
            "John Connors"
        );
    }
}
