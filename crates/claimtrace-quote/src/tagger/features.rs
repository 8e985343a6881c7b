//! Token features of the attribution tagger.
//!
//! Every feature is a hashed template: the template's number mixed with the
//! hashes of the words or classes it reads. Word hashes are computed once
//! per token ([`TokenView`]), so a feature costs a few multiplications and
//! no allocation.
//!
//! Besides the words around the token, the features read what the rules
//! already found (`rule_role`: inside a rule quote's content, cue or
//! speaker), the quotation marks around the token, the nearest reporting
//! verb of the sentence and on which side it sits, and the entity
//! mentions. The rules give the tagger their precision; the words let it
//! learn the attributions the rules do not read (beliefs, intentions,
//! findings, the long tail of reporting verbs).

use claimtrace_core::{Document, EntityType, MentionKind, TokenKind};

use crate::doc::Ctx;
use crate::lexicon::CueTier;
use crate::speech::Draft;
use claimtrace_core::fnv1a;

/// What the rules made of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuleRole {
    #[default]
    None,
    Content(u8),
    Cue,
    Speaker,
}

impl RuleRole {
    fn code(self) -> u64 {
        match self {
            RuleRole::None => 0,
            RuleRole::Content(k) => 10 + u64::from(k),
            RuleRole::Cue => 1,
            RuleRole::Speaker => 2,
        }
    }
}

/// Per-token facts of the whole document that come from the rules and
/// the other layers (5 bytes a token): computed once, and copied window by
/// window into the [`TokenView`]s.
pub struct DocFacts {
    /// Whether each token sits inside paired quotation marks.
    pub in_mark: Vec<bool>,
    pub rule: Vec<RuleRole>,
    /// Entity type and mention kind code (0 = no mention), and whether the
    /// token starts the mention.
    pub entity: Vec<(u8, bool)>,
}

/// Tokens read on either side of a token by its features (the words two
/// away, the shapes, roles and clusters one away).
const MARGIN: usize = 2;

/// Per-token facts of a window of the document: one paragraph (with
/// `MARGIN` tokens either side) when tagging, the whole document when
/// training. Tagging builds one window at a time, so the dozen arrays below
/// (about 80 bytes a token) exist for one paragraph, not for the whole
/// document: they were most of the quote stage's peak memory, and at 20 MB
/// their size outgrew the caches and slowed every feature read.
pub struct TokenView {
    /// Document index of the window's first token: the arrays below are
    /// indexed by `i - base`. Features are asked only for tokens of the
    /// window's core range, whose neighbours are all in the window.
    base: usize,
    /// The nearest first-pass cue (a document index) in each token's
    /// sentence, when this view feeds the second pass (stacking: the second
    /// pass sees where the first put cues and contents).
    near_first_cue: Vec<Option<usize>>,
    /// Hash of the lower-cased word (numbers collapse to one class).
    word: Vec<u64>,
    suffix: Vec<u64>,
    shape: Vec<u8>,
    in_mark: Vec<bool>,
    rule: Vec<RuleRole>,
    entity: Vec<(u8, bool)>,
    /// Nearest reporting verb of the sentence by the lexicon: signed
    /// distance (negative: the verb is to the left) and its tier code (its
    /// word hash is `word` at that distance).
    near_cue: Vec<Option<(i32, u8)>>,
    /// Nearest rule cue of the sentence: signed distance.
    near_rule_cue: Vec<Option<i32>>,
    /// A complementizer ("that") between the nearest lexicon cue and the token.
    after_that: Vec<bool>,
    /// A comma between the nearest lexicon cue and the token.
    comma_between: Vec<bool>,
    /// Position in the sentence: 0 first, 1 middle, 2 last token.
    sent_pos: Vec<u8>,
    first_sentence_of_par: Vec<bool>,
    headline: Vec<bool>,
    sentence_has_mark: Vec<bool>,
    /// Word clusters (fine, mid, coarse); `UNKNOWN_CLASS` for words
    /// without one.
    class: Vec<[u16; 3]>,
}

const UNKNOWN_CLASS: [u16; 3] = [u16::MAX; 3];

/// Mixes two hashes (splitmix64 finaliser over their combination).
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a ^ b.rotate_left(29).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn lower_hash(word: &str, buf: &mut String) -> u64 {
    buf.clear();
    buf.extend(word.chars().flat_map(char::to_lowercase));
    fnv1a(buf.as_bytes())
}

fn shape(ctx: &Ctx, i: usize) -> u8 {
    let w = ctx.word(i);
    match ctx.kind(i) {
        Some(TokenKind::Number) => 1,
        Some(TokenKind::Quote) => 2,
        Some(TokenKind::Punct) => match w {
            "," => 3,
            "." | "!" | "?" => 4,
            ":" => 5,
            "—" | "–" | "-" => 6,
            "(" | ")" => 7,
            _ => 8,
        },
        Some(TokenKind::Symbol) => 9,
        Some(TokenKind::Word) => {
            let mut chars = w.chars();
            let first = chars.next();
            if first.is_some_and(char::is_uppercase) {
                if w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()) {
                    10
                } else {
                    11
                }
            } else {
                12
            }
        }
        None => 0,
    }
}

fn tier_code(t: CueTier) -> u8 {
    match t {
        CueTier::Speech => 1,
        CueTier::Cognition => 2,
        CueTier::QuoteOnly => 3,
        CueTier::Intent => 4,
    }
}

impl DocFacts {
    pub fn new(ctx: &Ctx, doc: &Document, drafts: &[Draft], in_mark: Vec<bool>) -> Self {
        let n = ctx.toks.len();
        DocFacts {
            in_mark,
            rule: rule_roles(drafts, n),
            entity: entity_codes(ctx, doc, n),
        }
    }
}

/// What the rules' drafts made of each of the `n` tokens. A token inside a
/// content keeps the first draft's kind; cues and speakers overwrite.
fn rule_roles(drafts: &[Draft], n: usize) -> Vec<RuleRole> {
    let mut rule = vec![RuleRole::None; n];
    for d in drafts {
        let kind = match d.kind {
            claimtrace_core::QuoteKind::Direct => 0,
            claimtrace_core::QuoteKind::Partial => 1,
            claimtrace_core::QuoteKind::Indirect => 2,
            claimtrace_core::QuoteKind::Mixed => 3,
        };
        for slot in rule.iter_mut().take(d.content.1).skip(d.content.0) {
            if *slot == RuleRole::None {
                *slot = RuleRole::Content(kind);
            }
        }
        if let Some((a, b)) = d.cue {
            for slot in rule.iter_mut().take(b).skip(a) {
                *slot = RuleRole::Cue;
            }
        }
        if let Some((a, b)) = d.speaker {
            for slot in rule.iter_mut().take(b).skip(a) {
                *slot = RuleRole::Speaker;
            }
        }
    }
    rule
}

/// The entity code of each of the `n` tokens (entity type times 4 plus
/// mention kind; 0 outside mentions) and whether it starts its mention.
fn entity_codes(ctx: &Ctx, doc: &Document, n: usize) -> Vec<(u8, bool)> {
    let first_token = mention_first_tokens(ctx, doc);
    let mut mention_index = 0;
    let mut entity = vec![(0u8, false); n];
    for e in &doc.entities {
        let t = match e.kind {
            EntityType::Person => 1,
            EntityType::Organization => 2,
            EntityType::Place => 3,
            EntityType::Media => 4,
            _ => 5,
        };
        for m in &e.mentions {
            let k = match m.kind {
                MentionKind::Name => 0,
                MentionKind::Partial => 1,
                MentionKind::Pronoun => 2,
                MentionKind::Nominal => 3,
            };
            let from = first_token.get(mention_index).copied().unwrap_or(n);
            mention_index += 1;
            for (j, tk) in ctx.toks.iter().enumerate().skip(from) {
                if tk.start() >= m.end {
                    break;
                }
                if let Some(slot) = entity.get_mut(j) {
                    *slot = (t * 4 + k, j == from);
                }
            }
        }
    }
    entity
}

/// The first token of every mention (in the order of the entities and
/// their mentions), by one sweep over the mentions in text order: a binary
/// search over the tokens per mention missed the caches at every step on a
/// long document.
fn mention_first_tokens(ctx: &Ctx, doc: &Document) -> Vec<usize> {
    let mut starts: Vec<(usize, usize)> = doc
        .entities
        .iter()
        .flat_map(|e| &e.mentions)
        .map(|m| m.start)
        .enumerate()
        .map(|(k, start)| (start, k))
        .collect();
    starts.sort_unstable();
    let mut first_token = vec![0usize; starts.len()];
    let mut j = 0;
    for &(start, k) in &starts {
        while ctx.toks.get(j).is_some_and(|tk| tk.end() <= start) {
            j += 1;
        }
        if let Some(slot) = first_token.get_mut(k) {
            *slot = j;
        }
    }
    first_token
}

impl TokenView {
    /// The view of tokens `[a, b)` (a paragraph, or the whole document)
    /// and `MARGIN` tokens either side; the sentence facts are those of the
    /// sentences inside `[a, b)`.
    pub fn new(ctx: &Ctx, facts: &DocFacts, a: usize, b: usize) -> Self {
        let n = ctx.toks.len();
        let b = b.min(n);
        let a = a.min(b);
        let base = a.saturating_sub(MARGIN);
        let end = b.saturating_add(MARGIN).min(n);
        let len = end - base;
        let words = WordFacts::of_range(ctx, base, end);
        let mut view = TokenView {
            base,
            near_first_cue: Vec::new(),
            word: words.word,
            suffix: words.suffix,
            shape: words.shape,
            in_mark: window_of(&facts.in_mark, base, end),
            rule: window_of(&facts.rule, base, end),
            entity: window_of(&facts.entity, base, end),
            near_cue: vec![None; len],
            near_rule_cue: vec![None; len],
            after_that: vec![false; len],
            comma_between: vec![false; len],
            sent_pos: vec![1u8; len],
            first_sentence_of_par: vec![false; len],
            headline: vec![false; len],
            sentence_has_mark: vec![false; len],
            class: words.class,
        };
        for (sa, sb) in sentences_within(ctx, a, b) {
            view.fill_sentence(ctx, facts, sa, sb);
        }
        view
    }

    /// Sets the sentence facts of the tokens of sentence `[sa, sb)`: the
    /// nearest lexicon and rule cues, and where the sentence and the token
    /// sit.
    fn fill_sentence(&mut self, ctx: &Ctx, facts: &DocFacts, sa: usize, sb: usize) {
        let sentence = SentenceFlags::of(ctx, sa, sb);
        let cues: Vec<usize> = (sa..sb).filter(|&i| ctx.lex(i).cue.is_some()).collect();
        let rule_cues: Vec<usize> = (sa..sb)
            .filter(|&i| facts.rule.get(i) == Some(&RuleRole::Cue))
            .collect();
        let counts = BetweenCounts::of(ctx, sa, sb);
        let nearest = nearest_each(&cues, sa, sb);
        let nearest_rule = nearest_each(&rule_cues, sa, sb);
        for i in sa..sb {
            let k = i - self.base;
            if let Some(c) = nearest.get(i - sa).copied().flatten() {
                self.set_near_cue(ctx, &counts, k, i, c);
            }
            if let Some(c) = nearest_rule.get(i - sa).copied().flatten() {
                if let Some(slot) = self.near_rule_cue.get_mut(k) {
                    *slot = Some(signed_distance(i, c));
                }
            }
            self.set_sentence_flags(k, &sentence, sentence_position(i, sa, sb));
        }
    }

    /// Token `i` (window index `k`) and its sentence's nearest lexicon cue
    /// `c`: the cue's distance and tier code, and whether a `that` or a
    /// comma stands between them.
    #[inline]
    fn set_near_cue(&mut self, ctx: &Ctx, counts: &BetweenCounts, k: usize, i: usize, c: usize) {
        let lex = ctx.lex(c);
        let code = lex.cue.map_or(0, tier_code) + if lex.participle { 8 } else { 0 };
        if let Some(slot) = self.near_cue.get_mut(k) {
            *slot = Some((signed_distance(i, c), code));
        }
        if c < i {
            if let Some(slot) = self.after_that.get_mut(k) {
                *slot = counts.thats_in(c + 1, i) > 0;
            }
        }
        let (x, y) = if c < i { (c, i) } else { (i, c) };
        if let Some(slot) = self.comma_between.get_mut(k) {
            *slot = counts.commas_in(x + 1, y) > 0;
        }
    }

    /// The facts token `k` (a window index) shares with its sentence, and
    /// its position in the sentence.
    #[inline]
    fn set_sentence_flags(&mut self, k: usize, sentence: &SentenceFlags, position: u8) {
        if let Some(slot) = self.sent_pos.get_mut(k) {
            *slot = position;
        }
        if let Some(slot) = self.first_sentence_of_par.get_mut(k) {
            *slot = sentence.first_of_par;
        }
        if let Some(slot) = self.headline.get_mut(k) {
            *slot = sentence.headline;
        }
        if let Some(slot) = self.sentence_has_mark.get_mut(k) {
            *slot = sentence.has_mark;
        }
    }

    /// The window index of document token `i` (`None` outside the window).
    fn at(&self, i: isize) -> Option<usize> {
        usize::try_from(i).ok()?.checked_sub(self.base)
    }

    /// Window index of a document index known to be a token.
    fn at_u(&self, i: usize) -> Option<usize> {
        i.checked_sub(self.base)
    }

    /// Cluster of token `i` at a granularity (0 fine, 1 mid, 2 coarse).
    fn cl(&self, i: isize, level: usize) -> u64 {
        self.at(i)
            .and_then(|i| self.class.get(i))
            .and_then(|c| c.get(level))
            .map_or(0x5eed, |&c| u64::from(c))
    }

    fn w(&self, i: isize) -> u64 {
        self.at(i)
            .and_then(|i| self.word.get(i).copied())
            .unwrap_or(0x5eed)
    }

    fn sh(&self, i: isize) -> u64 {
        self.at(i)
            .and_then(|i| self.shape.get(i).copied())
            .map_or(99, u64::from)
    }

    fn role(&self, i: isize) -> u64 {
        self.at(i)
            .and_then(|i| self.rule.get(i).copied())
            .map_or(99, RuleRole::code)
    }

    /// The hashed features of token `i` (a token of the window's core),
    /// pushed to `out` (cleared first); with `first`, the first pass's tags
    /// of the whole document (set with [`TokenView::set_first_pass`]), the
    /// stacked features too.
    ///
    /// The templates are pushed in a fixed order, group by group; their
    /// numbers and values are what the shipped weights were trained on.
    pub fn features(&self, ctx: &Ctx, i: usize, first: Option<&[u8]>, out: &mut Vec<u64>) {
        out.clear();
        let ii = isize::try_from(i).unwrap_or(isize::MAX);
        let k = self.at_u(i).unwrap_or(usize::MAX);
        let mut f = |template: u64, value: u64| out.push(mix(template, value));
        f(0, 0);
        self.word_features(ii, k, &mut f);
        lexicon_features(ctx, i, &mut f);
        let in_mark = self.in_mark.get(k).copied().unwrap_or(false);
        self.mark_and_rule_features(ii, in_mark, &mut f);
        self.near_cue_features(ii, k, in_mark, &mut f);
        self.near_rule_cue_features(ii, k, in_mark, &mut f);
        self.entity_and_sentence_features(ii, k, in_mark, &mut f);
        self.cluster_features(ii, k, &mut f);
        if let Some(first) = first {
            self.stacked(first, i, &mut f);
        }
    }

    /// Templates 1-10: the words around token `ii` (window index `k`), its
    /// suffix and the shapes.
    #[inline]
    fn word_features(&self, ii: isize, k: usize, f: &mut impl FnMut(u64, u64)) {
        f(1, self.w(ii));
        f(2, self.w(ii - 1));
        f(3, self.w(ii + 1));
        f(4, self.w(ii - 2));
        f(5, self.w(ii + 2));
        f(6, mix(self.w(ii - 1), self.w(ii)));
        f(7, mix(self.w(ii), self.w(ii + 1)));
        f(8, self.suffix.get(k).copied().unwrap_or(0));
        f(9, self.sh(ii));
        f(10, mix(mix(self.sh(ii - 1), self.sh(ii)), self.sh(ii + 1)));
    }

    /// Templates 16-21: whether the token is inside quotation marks, and
    /// the rules' roles around it.
    #[inline]
    fn mark_and_rule_features(&self, ii: isize, in_mark: bool, f: &mut impl FnMut(u64, u64)) {
        f(16, u64::from(in_mark));
        f(17, mix(u64::from(in_mark), self.sh(ii)));
        f(18, self.role(ii));
        f(19, mix(self.role(ii - 1), self.role(ii)));
        f(20, mix(self.role(ii), self.role(ii + 1)));
        f(21, mix(self.role(ii), self.sh(ii)));
    }

    /// Templates 22-26 and 36-39: the sentence's nearest reporting verb by
    /// the lexicon, its side, distance, tier and words, and what stands
    /// between it and the token (22 alone, valued 999, when there is none).
    #[inline]
    fn near_cue_features(&self, ii: isize, k: usize, in_mark: bool, f: &mut impl FnMut(u64, u64)) {
        let Some((d, t)) = self.near_cue.get(k).copied().flatten() else {
            f(22, 999);
            return;
        };
        let h = self.w(ii + d as isize);
        let side = u64::from(d > 0);
        let bucket = u64::from(bucket(d.unsigned_abs()));
        f(22, mix(mix(side, bucket), u64::from(t)));
        f(23, mix(side, h));
        f(24, mix(mix(side, u64::from(t)), u64::from(in_mark)));
        f(25, mix(mix(side, bucket), self.sh(ii)));
        let that = self.after_that.get(k).copied().unwrap_or(false);
        f(26, mix(u64::from(that), u64::from(t)));
        // The same word reads differently right after a reporting
        // verb ("said at a rally that ...") and deep in its clause.
        f(36, mix(self.w(ii), side * 8 + bucket));
        let cue_at = ii + d as isize;
        f(37, mix(mix(self.w(cue_at + 1), side), bucket));
        f(38, mix(mix(self.w(cue_at - 1), side), bucket));
        let comma = self.comma_between.get(k).copied().unwrap_or(false);
        f(39, mix(mix(u64::from(comma), side), u64::from(t)));
    }

    /// Templates 27-28: the sentence's nearest rule cue (27 alone, valued
    /// 999, when there is none).
    #[inline]
    fn near_rule_cue_features(
        &self,
        ii: isize,
        k: usize,
        in_mark: bool,
        f: &mut impl FnMut(u64, u64),
    ) {
        match self.near_rule_cue.get(k).copied().flatten() {
            Some(d) => {
                let side = u64::from(d > 0);
                f(27, mix(side, u64::from(bucket(d.unsigned_abs()))));
                f(28, mix(mix(side, self.role(ii)), u64::from(in_mark)));
            }
            None => f(27, 999),
        }
    }

    /// Templates 29-35: the entity mention the token is part of, and where
    /// the token and its sentence sit.
    #[inline]
    fn entity_and_sentence_features(
        &self,
        ii: isize,
        k: usize,
        in_mark: bool,
        f: &mut impl FnMut(u64, u64),
    ) {
        let (ent, starts) = self.entity.get(k).copied().unwrap_or((0, false));
        f(29, mix(u64::from(ent), u64::from(starts)));
        f(30, mix(u64::from(ent), self.role(ii)));
        let pos = self.sent_pos.get(k).copied().unwrap_or(1);
        f(31, mix(u64::from(pos), self.sh(ii)));
        let first_of_par = self.first_sentence_of_par.get(k).copied().unwrap_or(false);
        f(32, mix(u64::from(first_of_par), u64::from(pos)));
        if self.headline.get(k).copied().unwrap_or(false) {
            f(33, self.sh(ii));
        }
        let has_mark = self.sentence_has_mark.get(k).copied().unwrap_or(false);
        f(34, mix(u64::from(has_mark), u64::from(in_mark)));
        f(35, mix(self.w(ii), u64::from(in_mark)));
    }

    /// Templates 60-69: word clusters, classes of words seen in the same
    /// contexts in unlabelled news, so rare words read like the frequent
    /// ones.
    #[inline]
    fn cluster_features(&self, ii: isize, k: usize, f: &mut impl FnMut(u64, u64)) {
        f(60, self.cl(ii, 0));
        f(61, self.cl(ii, 1));
        f(62, self.cl(ii, 2));
        f(63, self.cl(ii - 1, 1));
        f(64, self.cl(ii + 1, 1));
        f(65, mix(self.cl(ii, 2), self.cl(ii + 1, 2)));
        f(66, mix(self.cl(ii - 1, 2), self.cl(ii, 2)));
        f(67, mix(self.w(ii), self.cl(ii + 1, 1)));
        f(68, mix(self.cl(ii - 1, 1), self.w(ii)));
        if let Some((d, _)) = self.near_cue.get(k).copied().flatten() {
            let side = u64::from(d > 0);
            let bucket = u64::from(bucket(d.unsigned_abs()));
            f(69, mix(side * 8 + bucket, self.cl(ii, 1)));
        }
    }
}

/// Templates 11-15: the lexicon's reading of token `i` (cue tier and word
/// classes) and whether its neighbours are reporting verbs.
#[inline]
fn lexicon_features(ctx: &Ctx, i: usize, f: &mut impl FnMut(u64, u64)) {
    let lex = ctx.lex(i);
    if let Some(t) = lex.cue {
        f(11, u64::from(tier_code(t)));
        f(12, mix(u64::from(tier_code(t)), u64::from(lex.participle)));
    }
    for (flag, on) in [
        (1u64, lex.complementizer),
        (2, lex.pronoun),
        (3, lex.nominal),
        (4, lex.np_stop),
        (5, lex.determiner),
        (6, lex.relative),
        (7, lex.cue_prefix),
        (8, lex.np_joiner),
        (9, lex.title_marker),
        (10, lex.hedge.is_some()),
    ] {
        if on {
            f(13, flag);
        }
    }
    if let Some(t) = i.checked_sub(1).and_then(|p| ctx.lex(p).cue) {
        f(14, u64::from(tier_code(t)));
    }
    if let Some(t) = ctx.lex(i + 1).cue {
        f(15, u64::from(tier_code(t)));
    }
}

impl TokenView {
    /// Sets the nearest first-pass cue of each token of the window's core
    /// sentences from the first pass's tags of the whole document (which
    /// [`TokenView::features`] then reads for the stacked features).
    pub fn set_first_pass(&mut self, ctx: &Ctx, tags: &[u8], a: usize, b: usize) {
        self.near_first_cue.clear();
        self.near_first_cue.resize(self.word.len(), None);
        for (sa, sb) in sentences_within(ctx, a, b) {
            let cues: Vec<usize> = (sa..sb)
                .filter(|&k| matches!(tags.get(k), Some(&x) if super::model::label(usize::from(x)) == 2))
                .collect();
            for (k, c) in (sa..sb).zip(nearest_each(&cues, sa, sb)) {
                if let Some(slot) = self.at_u(k).and_then(|k| self.near_first_cue.get_mut(k)) {
                    *slot = c;
                }
            }
        }
    }

    /// The stacked features of token `i`: the first pass's tags around it.
    fn stacked(&self, first: &[u8], i: usize, f: &mut impl FnMut(u64, u64)) {
        let tag = |k: isize| -> u64 {
            usize::try_from(k)
                .ok()
                .and_then(|k| first.get(k).copied())
                .map_or(9, u64::from)
        };
        let ii = isize::try_from(i).unwrap_or(isize::MAX);
        f(50, tag(ii));
        f(51, mix(tag(ii - 1), tag(ii)));
        f(52, mix(tag(ii), tag(ii + 1)));
        f(53, mix(mix(tag(ii - 2), tag(ii - 1)), tag(ii)));
        f(54, mix(mix(tag(ii - 1), tag(ii)), tag(ii + 1)));
        f(55, mix(tag(ii), self.w(ii)));
        f(56, mix(tag(ii), self.role(ii)));
        // The nearest first-pass cue in the sentence, and its word.
        let k = self.at_u(i).unwrap_or(usize::MAX);
        match self.near_first_cue.get(k).copied().flatten() {
            Some(c) => {
                let side = u64::from(c > i);
                let bucket = u64::from(bucket(u32::try_from(c.abs_diff(i)).unwrap_or(u32::MAX)));
                f(57, mix(side, bucket));
                f(
                    58,
                    mix(
                        side,
                        self.at_u(c)
                            .and_then(|c| self.word.get(c))
                            .copied()
                            .unwrap_or(0),
                    ),
                );
                f(59, mix(mix(side, bucket), tag(ii)));
            }
            None => f(57, 999),
        }
    }
}

/// The per-token word facts of a window: word and suffix hashes, shapes
/// and clusters, computed in one pass over its tokens.
struct WordFacts {
    word: Vec<u64>,
    suffix: Vec<u64>,
    shape: Vec<u8>,
    class: Vec<[u16; 3]>,
}

impl WordFacts {
    fn of_range(ctx: &Ctx, base: usize, end: usize) -> Self {
        let len = end - base;
        let mut buf = String::with_capacity(32);
        let mut facts = WordFacts {
            word: Vec::with_capacity(len),
            suffix: Vec::with_capacity(len),
            shape: Vec::with_capacity(len),
            class: Vec::with_capacity(len),
        };
        let clusters = super::shipped_clusters();
        for i in base..end {
            let w = ctx.word(i);
            let h = super::clusters::word_key(ctx.kind(i), w, &mut buf);
            facts.word.push(h);
            facts.class.push(
                clusters
                    .lookup(h)
                    .map_or(UNKNOWN_CLASS, |c| [c.fine, c.mid, c.coarse]),
            );
            // The last three characters.
            let from = w.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
            facts
                .suffix
                .push(lower_hash(w.get(from..).unwrap_or(""), &mut buf));
            facts.shape.push(shape(ctx, i));
        }
        facts
    }
}

/// The `[base, end)` slice of a per-token array of the whole document
/// (empty when out of range).
fn window_of<T: Clone>(v: &[T], base: usize, end: usize) -> Vec<T> {
    v.get(base..end).map(<[T]>::to_vec).unwrap_or_default()
}

/// What every token of a sentence shares.
struct SentenceFlags {
    first_of_par: bool,
    headline: bool,
    has_mark: bool,
}

impl SentenceFlags {
    fn of(ctx: &Ctx, sa: usize, sb: usize) -> Self {
        SentenceFlags {
            // The paragraph range holding the sentence starts with it.
            first_of_par: ctx
                .par_tokens
                .get(ctx.paragraph_of(sa))
                .is_some_and(|&(pa, _)| pa == sa),
            has_mark: (sa..sb).any(|i| ctx.is_quote_mark(i)),
            headline: ctx.is_headline(sa),
        }
    }
}

/// Running counts of the commas and complementizers of a sentence, so "a
/// comma / a `that` between the cue and the token" is a subtraction: linear
/// in the sentence even when a hostile "sentence" has thousands of tokens.
struct BetweenCounts {
    sentence_start: usize,
    /// Commas before each token of the sentence (and one past its end).
    commas: Vec<usize>,
    thats: Vec<usize>,
}

impl BetweenCounts {
    fn of(ctx: &Ctx, sa: usize, sb: usize) -> Self {
        let mut commas = Vec::with_capacity(sb - sa + 1);
        let mut thats = Vec::with_capacity(sb - sa + 1);
        let (mut nc, mut nt) = (0usize, 0usize);
        for j in sa..sb {
            commas.push(nc);
            thats.push(nt);
            nc += usize::from(ctx.is_punct(j, ","));
            nt += usize::from(ctx.lex(j).complementizer);
        }
        commas.push(nc);
        thats.push(nt);
        BetweenCounts {
            sentence_start: sa,
            commas,
            thats,
        }
    }

    /// Count of marked tokens in `[x, y)` of the sentence.
    #[inline]
    fn between(&self, counts: &[usize], x: usize, y: usize) -> usize {
        let sa = self.sentence_start;
        counts.get(y - sa).copied().unwrap_or(0) - counts.get(x - sa).copied().unwrap_or(0)
    }

    #[inline]
    fn commas_in(&self, x: usize, y: usize) -> usize {
        self.between(&self.commas, x, y)
    }

    #[inline]
    fn thats_in(&self, x: usize, y: usize) -> usize {
        self.between(&self.thats, x, y)
    }
}

/// `to - from` as the features store it (0 past the `i32` range).
#[inline]
fn signed_distance(from: usize, to: usize) -> i32 {
    let dist = i64::try_from(to).unwrap_or(0) - i64::try_from(from).unwrap_or(0);
    i32::try_from(dist).unwrap_or(0)
}

/// Position of token `i` in sentence `[sa, sb)`: 0 first, 2 last, 1 between.
#[inline]
fn sentence_position(i: usize, sa: usize, sb: usize) -> u8 {
    if i == sa {
        0
    } else if i + 1 == sb {
        2
    } else {
        1
    }
}

/// Token ranges of the sentences (with tokens) inside `[a, b)`, in order.
/// `[a, b)` is a paragraph's range or the whole document; a paragraph's
/// range is a run of whole sentences (`Ctx::par_tokens`).
fn sentences_within<'c>(
    ctx: &'c Ctx,
    a: usize,
    b: usize,
) -> impl Iterator<Item = (usize, usize)> + 'c {
    let (first, last) = if a < b {
        let last = ctx
            .sentence_of(b - 1)
            .min(ctx.sent_tokens.len().saturating_sub(1));
        (ctx.sentence_of(a), last)
    } else {
        (1, 0)
    };
    (first..=last)
        .filter_map(|s| ctx.sent_tokens.get(s).copied())
        .filter(move |&(sa, sb)| sa < sb && a <= sa && sb <= b)
}

/// For each token of `[a, b)`, the nearest of `positions` (sorted, inside
/// `[a, b)`), the left one on a tie. One pass.
fn nearest_each(positions: &[usize], a: usize, b: usize) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(b.saturating_sub(a));
    let mut k = 0;
    for i in a..b {
        while positions.get(k).is_some_and(|&p| p < i) {
            k += 1;
        }
        let right = positions.get(k).copied();
        let left = k.checked_sub(1).and_then(|j| positions.get(j)).copied();
        out.push(match (left, right) {
            (Some(l), Some(r)) => Some(if r == i || r - i < i - l { r } else { l }),
            (l, r) => l.or(r),
        });
    }
    out
}

/// Distance buckets: 1, 2, 3, 4-5, 6-10, 11-20, more.
fn bucket(d: u32) -> u8 {
    match d {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4..=5 => 4,
        6..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixing_separates_templates_and_values() {
        assert_ne!(mix(1, 5), mix(2, 5));
        assert_ne!(mix(1, 5), mix(1, 6));
        assert_ne!(mix(1, mix(2, 3)), mix(1, mix(3, 2)));
    }

    #[test]
    fn distance_buckets_grow_with_distance() {
        assert!(bucket(1) < bucket(4));
        assert!(bucket(4) < bucket(12));
        assert_eq!(bucket(100), bucket(1000));
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;
    use claimtrace_core::{Annotator, Metadata};

    const NEWS: &str = "Port workers vote to strike over pay\n\n\
Dock workers in Felixstowe will walk out next month, the union Unite said on Tuesday.\n\n\
Regional secretary Ann Morley told reporters the offer was \"an insult to people who kept the port open\". \
\"We did not want this,\" she said. The port operator said it was disappointed and believed a deal was still possible.\n\n\
A report by the Freight Transport Association found that two-thirds of importers expect delays, \
according to its director, Paul Grant.\n\n\
\"Shelves will not empty overnight,\" Mr Grant said, adding that retailers had built up stocks.";

    fn features_of(view: &TokenView, ctx: &Ctx, i: usize, first: Option<&[u8]>) -> Vec<u64> {
        let mut f = Vec::new();
        view.features(ctx, i, first, &mut f);
        f
    }

    #[test]
    fn paragraph_windows_read_the_features_of_the_whole_document() {
        let mut doc = Document::new(NEWS.to_string(), Metadata::default());
        claimtrace_text::prepare(&mut doc);
        claimtrace_entity::EntityAnnotator.annotate(&mut doc);
        let ctx = Ctx::new(&doc);
        let marks = crate::marks::find_marked(&ctx);
        let (drafts, _) = crate::speech::find_drafts(&ctx, &marks);
        let n = ctx.toks.len();
        let facts = DocFacts::new(&ctx, &doc, &drafts, super::super::in_mark(&marks, n));
        // Made-up first-pass tags with cues in every paragraph.
        let first: Vec<u8> = (0..n).map(|i| (i % 7) as u8).collect();
        let mut whole = TokenView::new(&ctx, &facts, 0, n);
        whole.set_first_pass(&ctx, &first, 0, n);
        assert!(ctx.par_tokens.len() >= 4, "{:?}", ctx.par_tokens);
        for &(a, b) in &ctx.par_tokens {
            let mut window = TokenView::new(&ctx, &facts, a, b);
            window.set_first_pass(&ctx, &first, a, b);
            for i in a..b {
                assert_eq!(
                    features_of(&whole, &ctx, i, None),
                    features_of(&window, &ctx, i, None),
                    "token {i} ({:?}) of paragraph {a}..{b}",
                    ctx.word(i)
                );
                assert_eq!(
                    features_of(&whole, &ctx, i, Some(&first)),
                    features_of(&window, &ctx, i, Some(&first)),
                    "token {i} ({:?}) of paragraph {a}..{b}, second pass",
                    ctx.word(i)
                );
            }
        }
    }
}
