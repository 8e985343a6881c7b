//! A read-only view of a document for the quote rules: tokens with their
//! word classes, sentence and paragraph token ranges.

use std::borrow::Cow;

use claimtrace_core::{Document, Lexemes, ParagraphKind, Token, TokenKind};

use crate::lexicon::{lookup, Lex};

pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The shared token view: each token's lexeme (distinct lower-cased
    /// form) and shape.
    view: Cow<'a, Lexemes>,
    /// Word classes, one per lexeme of `view`: computed once per distinct
    /// form, read through each token's lexeme id (4 bytes a token in the
    /// view instead of a `Lex` of 32 per token).
    lex_of_form: Vec<Lex>,
    /// Word classes of the word tokens the view marks as renormalised
    /// (`ʼ`, `` ` ``, `‘`, stress marks, soft hyphens), whose look-up in
    /// this crate's tables differs from their form's: by token index.
    lex_of_renormalised: Vec<(u32, Lex)>,
    /// Word classes that the neighbouring words change (an acronym, a set
    /// phrase; see [`Ctx::lex`]), by token index, and which tokens have
    /// one (empty when none does).
    lex_in_context: Vec<(u32, Lex)>,
    in_context: Vec<bool>,
    /// Token range `[a, b)` of each sentence.
    pub sent_tokens: Vec<(usize, usize)>,
    /// Token range `[a, b)` of each paragraph that has tokens, in order.
    pub par_tokens: Vec<(usize, usize)>,
    /// Layout kind of each sentence's paragraph.
    pub sent_kind: Vec<ParagraphKind>,
    /// Per lexeme of `view`: whether the document writes it in lower case
    /// somewhere ("the chipmaker cut ..." makes "Chipmaker warns" a noun).
    written_lower: Vec<bool>,
}

/// The word classes of the document's words: one per lexeme of `view`,
/// and those of the renormalised word tokens by token index (see
/// [`Ctx`]'s fields).
fn word_classes(doc: &Document, view: &Lexemes) -> (Vec<Lex>, Vec<(u32, Lex)>) {
    let mut buf = String::with_capacity(32);
    // "заявив", "пояснив": a Russian adverbial participle ("having
    // declared"), but the Ukrainian past tense ("he declared"): in
    // Ukrainian text only the Ukrainian lexicon's participles are.
    let ukrainian = doc.meta.language.as_deref() == Some(claimtrace_lexicon::UK.language);
    // The classes depend on the word form and the document's language
    // only. A form's class is looked up from the first plain token
    // written with it: for those, this crate's look-up key is the form.
    let mut lex_of_form = vec![Lex::default(); view.vocabulary_len()];
    let mut looked_up = vec![false; view.vocabulary_len()];
    let mut lex_of_renormalised = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = doc.text.get(t.start()..t.end()).unwrap_or("");
        if view.is_renormalised(i) {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            lex_of_renormalised.push((index, word_class(w, &mut buf, ukrainian)));
            continue;
        }
        let Some(id) = view.id(i).map(|id| id as usize) else {
            continue;
        };
        if let (Some(done @ false), Some(slot)) = (looked_up.get_mut(id), lex_of_form.get_mut(id)) {
            *slot = word_class(w, &mut buf, ukrainian);
            *done = true;
        }
    }
    (lex_of_form, lex_of_renormalised)
}

/// The word class of `w`; in Ukrainian text, a participle only if the
/// Ukrainian lexicon lists it.
fn word_class(w: &str, buf: &mut String, ukrainian: bool) -> Lex {
    let mut l = lookup(w, buf);
    if ukrainian
        && l.participle
        && !claimtrace_lexicon::UK
            .speech_participles
            .contains(&buf.as_str())
    {
        l.participle = false;
    }
    l
}

/// Token range `[a, b)` of each sentence (`(0, 0)` for a sentence without
/// tokens).
fn sentence_token_ranges(doc: &Document) -> Vec<(usize, usize)> {
    let nsent = doc.sentences.len();
    let mut sent_tokens = vec![(0usize, 0usize); nsent];
    let mut seen = vec![false; nsent];
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Some(slot) = sent_tokens.get_mut(t.sentence()) {
            let already = seen.get(t.sentence()).copied().unwrap_or(true);
            if !already {
                *slot = (i, i + 1);
                if let Some(s) = seen.get_mut(t.sentence()) {
                    *s = true;
                }
            } else {
                slot.1 = i + 1;
            }
        }
    }
    sent_tokens
}

/// Layout kind of each sentence's paragraph.
fn sentence_kinds(doc: &Document) -> Vec<ParagraphKind> {
    doc.sentences
        .iter()
        .map(|s| {
            doc.paragraphs
                .get(s.paragraph)
                .map(|p| p.kind)
                .unwrap_or_default()
        })
        .collect()
}

/// Token range of each paragraph that has tokens, in order: the union of
/// its sentences' ranges.
fn paragraph_token_ranges(doc: &Document, sent_tokens: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut par_tokens: Vec<(usize, usize)> = Vec::new();
    let mut current_par = usize::MAX;
    for (si, &(a, b)) in sent_tokens.iter().enumerate() {
        if a >= b {
            continue;
        }
        let p = doc.sentences.get(si).map_or(usize::MAX, |s| s.paragraph);
        match par_tokens.last_mut() {
            Some(last) if p == current_par => last.1 = b,
            _ => {
                par_tokens.push((a, b));
                current_par = p;
            }
        }
    }
    par_tokens
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let toks = doc.tokens.as_slice();
        let view = if doc.lexemes.covers(toks) {
            Cow::Borrowed(&doc.lexemes)
        } else {
            Cow::Owned(Lexemes::new(&doc.text, toks))
        };
        let (lex_of_form, lex_of_renormalised) = word_classes(doc, &view);
        let sent_tokens = sentence_token_ranges(doc);
        let sent_kind = sentence_kinds(doc);
        let par_tokens = paragraph_token_ranges(doc, &sent_tokens);
        let mut written_lower = vec![false; view.vocabulary_len()];
        for (i, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Word && !view.is_capitalised(i) {
                if let Some(seen) = view.id(i).and_then(|id| written_lower.get_mut(id as usize)) {
                    *seen = true;
                }
            }
        }
        let mut ctx = Ctx {
            text: &doc.text,
            toks,
            view,
            lex_of_form,
            lex_of_renormalised,
            lex_in_context: Vec::new(),
            in_context: Vec::new(),
            sent_tokens,
            par_tokens,
            sent_kind,
            written_lower,
        };
        ctx.settle_context_classes();
        ctx
    }

    /// Finds the tokens whose word class the words around them change,
    /// once: "the US Agriculture Department", "the WHO" (an acronym, not
    /// the function word its letters spell, outside a headline in
    /// capitals), "a US think tank" (a verb of saying that opens a
    /// two-word set phrase of the lexicons' `idioms_with_cues` is no cue).
    fn settle_context_classes(&mut self) {
        let mut changed = Vec::new();
        for i in 0..self.toks.len() {
            if self.kind(i) != Some(TokenKind::Word) {
                continue;
            }
            let l = self.form_lex(i);
            if (l.np_stop || l.pronoun || l.personal || l.relative || l.determiner)
                && l.cue.is_none()
                && is_short_acronym(self.word(i))
                && !self.in_capitals(i)
            {
                changed.push((u32::try_from(i).unwrap_or(u32::MAX), Lex::default()));
            } else if l.cue.is_some() && opens_a_set_phrase(self.lower(i), self.lower(i + 1)) {
                changed.push((u32::try_from(i).unwrap_or(u32::MAX), Lex { cue: None, ..l }));
            }
        }
        if changed.is_empty() {
            return;
        }
        let mut in_context = vec![false; self.toks.len()];
        for &(t, _) in &changed {
            if let Some(slot) = in_context.get_mut(t as usize) {
                *slot = true;
            }
        }
        self.lex_in_context = changed;
        self.in_context = in_context;
    }

    /// The text of token `i` ("" when out of range).
    pub fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start()..t.end()))
            .unwrap_or("")
    }

    /// The word class of token `i` (the default for non-words), as the
    /// words around it settle it ([`Self::settle_context_classes`]).
    pub fn lex(&self, i: usize) -> Lex {
        if self.in_context.get(i).copied().unwrap_or(false) {
            return lex_of_token(&self.lex_in_context, i);
        }
        self.form_lex(i)
    }

    /// The word class of token `i`'s form (the default for non-words).
    fn form_lex(&self, i: usize) -> Lex {
        if self.kind(i) != Some(TokenKind::Word) {
            return Lex::default();
        }
        if self.view.is_renormalised(i) {
            return lex_of_token(&self.lex_of_renormalised, i);
        }
        self.view
            .id(i)
            .and_then(|id| self.lex_of_form.get(id as usize))
            .copied()
            .unwrap_or_default()
    }

    /// Whether the word before or after token `i` is written in capitals
    /// too ("READ THE FULL REPORT"): a headline in capitals, not acronyms.
    fn in_capitals(&self, i: usize) -> bool {
        let caps = |k: usize| {
            let w = self.word(k);
            self.kind(k) == Some(TokenKind::Word)
                && w.len() >= 2
                && w.chars().all(|c| !c.is_lowercase())
        };
        (i > 0 && caps(i - 1)) || caps(i + 1)
    }

    /// The lower-cased form of token `i` (the token view's), or "" past
    /// the end.
    pub fn lower(&self, i: usize) -> &str {
        self.view.lower(i)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_wordlike(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Number))
    }

    /// A sign that belongs to the number before it ("4.3%", "30°"): part of
    /// what was said, never punctuation to trim from a content's end.
    pub fn is_figure_sign(&self, i: usize) -> bool {
        i > 0
            && self.kind(i - 1) == Some(TokenKind::Number)
            && matches!(self.word(i), "%" | "‰" | "°")
    }

    /// A currency sign before a number ("$5bn", "£40"): part of what was
    /// said, never trimmed from a content's start.
    pub fn is_currency_sign(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::Number)
            && matches!(self.word(i), "$" | "€" | "£" | "¥" | "₽" | "₴")
    }

    /// A word of two or more letters, all upper case ("МИД", "ФСБ",
    /// "ТАСС"): an acronym names a body.
    pub fn is_acronym(&self, i: usize) -> bool {
        is_acronym_word(self.word(i))
    }

    /// Whether the word at `i` follows a determiner or a phrase joiner in
    /// `[floor, …)`: a reporting word there is a noun ("the talks", "a
    /// report", "of comment"), not a verb.
    pub fn follows_determiner_or_joiner(&self, i: usize, floor: usize) -> bool {
        i > floor && (self.lex(i - 1).determiner || self.lex(i - 1).np_joiner)
    }

    /// [`Ctx::follows_determiner_or_joiner`], or one singular word after a
    /// determiner before it: a reporting word there in its bare form heads
    /// a compound noun ("on a conference call", "the press statement"),
    /// where "its figures suggested", "the company said" are clauses.
    pub fn reads_as_noun(&self, i: usize, floor: usize) -> bool {
        let bare = |k: usize| {
            let w = self.lower(k);
            !claimtrace_lexicon::ALL
                .iter()
                .any(|l| l.inflection_endings.iter().any(|e| w.ends_with(e)))
        };
        self.follows_determiner_or_joiner(i, floor)
            || (i > floor + 1
                && self.lex(i - 2).determiner
                && self.kind(i - 1) == Some(TokenKind::Word)
                && !self.is_capitalised(i - 1)
                && self.lex(i - 1).cue.is_none()
                && bare(i - 1)
                && bare(i))
    }

    /// Whether the document writes the word at `i` in lower case
    /// somewhere: a capitalised one that opens a sentence is then a common
    /// word, not a name.
    pub fn written_in_lower_case(&self, i: usize) -> bool {
        self.view
            .id(i)
            .and_then(|id| self.written_lower.get(id as usize))
            .copied()
            .unwrap_or(false)
    }

    /// A word that starts with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.view.is_capitalised(i)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        matches!(self.kind(i), Some(TokenKind::Punct)) && self.word(i) == p
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Quote)
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(usize::MAX, |t| t.sentence())
    }

    /// `[a, b)` without the quotation marks and punctuation at its edges (a
    /// number's own signs stay: "$5bn", "4.3%").
    pub fn words_within(&self, mut a: usize, mut b: usize) -> (usize, usize) {
        while a < b && !self.is_wordlike(a) && !self.is_currency_sign(a) {
            a += 1;
        }
        while b > a && !self.is_wordlike(b - 1) && !self.is_figure_sign(b - 1) {
            b -= 1;
        }
        (a, b)
    }

    /// Index into `par_tokens` of the paragraph holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.par_tokens.partition_point(|&(_, b)| b <= i)
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        self.sent_tokens
            .get(self.sentence_of(i))
            .copied()
            .unwrap_or((i, i + 1))
    }

    /// Token `i` is in the headline or a subheading.
    pub fn is_headline(&self, i: usize) -> bool {
        matches!(
            self.sent_kind.get(self.sentence_of(i)),
            Some(ParagraphKind::Headline | ParagraphKind::Subheading)
        )
    }

    pub fn char_before(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        self.text.get(..t.start())?.chars().next_back()
    }

    pub fn char_after(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        self.text.get(t.end()..)?.chars().next()
    }

    /// Byte span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if a >= b {
            return None;
        }
        let s = self.toks.get(a)?.start();
        let e = self.toks.get(b - 1)?.end();
        (s <= e).then_some((s, e))
    }

    /// Sentence-final punctuation.
    pub fn is_final(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.word(i), "." | "!" | "?" | "…")
    }

    /// Number of word and number tokens in `[a, b)`.
    pub fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&i| self.is_wordlike(i)).count()
    }

    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.word(i), "—" | "–" | "-" | "―")
    }

    /// Token `i`, lower-cased, is `w` (a lower-case word). Inlined: called
    /// with a constant word from every module, for every token tested.
    #[inline]
    pub fn lower_is(&self, i: usize, w: &str) -> bool {
        let word = self.word(i);
        if word.is_ascii() {
            word.eq_ignore_ascii_case(w)
        } else {
            // Compared char by char: no allocation per token.
            word.chars().flat_map(char::to_lowercase).eq(w.chars())
        }
    }
}

/// Two or three upper-case Latin letters ("US", "WHO").
fn is_short_acronym(w: &str) -> bool {
    (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `first` and `second` are a two-word set phrase of the lexicons
/// (`idioms_with_cues`: "think tank").
fn opens_a_set_phrase(first: &str, second: &str) -> bool {
    static PAIRS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    PAIRS
        .get_or_init(|| {
            claimtrace_lexicon::ALL
                .iter()
                .flat_map(|l| l.idioms_with_cues.iter())
                .filter_map(|idiom| match idiom {
                    [a, b] => Some((*a, *b)),
                    _ => None,
                })
                .collect()
        })
        .iter()
        .any(|&(a, b)| a == first && b == second)
}

/// The word class of token `i` in a table sorted by token index (the
/// default when it has none).
fn lex_of_token(table: &[(u32, Lex)], i: usize) -> Lex {
    let index = u32::try_from(i).unwrap_or(u32::MAX);
    table
        .binary_search_by_key(&index, |&(t, _)| t)
        .ok()
        .and_then(|k| table.get(k))
        .map(|&(_, l)| l)
        .unwrap_or_default()
}

/// A word of two or more letters, all upper case ("ТАСС", "РБК").
pub fn is_acronym_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
}
