//! Candidate names: runs of capitalised tokens and quoted titles, classified
//! by context, with the roles written next to them.

use crate::lexicon::FastSet;

use claimtrace_core::{Document, Lexemes, ParagraphKind, Token, TokenKind};

use claimtrace_lexicon::{EntityWords, ALL};

use crate::lexicon::{self, with_lower};
use crate::Kind;

/// Word-class bits computed once per token (one lowercase, one lookup per
/// table), so that the scans below never lowercase a word twice.
pub(crate) mod flag {
    pub const CAPITALISED: u16 = 1;
    pub const FUNCTION: u16 = 1 << 1;
    pub const COMMON_CAP: u16 = 1 << 2;
    pub const ROLE: u16 = 1 << 3;
    pub const MODIFIER: u16 = 1 << 4;
    pub const ORG_HEAD: u16 = 1 << 5;
    pub const LAW_HEAD: u16 = 1 << 6;
    pub const SPEECH: u16 = 1 << 7;
    pub const TITLE_ABBR: u16 = 1 << 8;
    pub const PLACE: u16 = 1 << 9;
    pub const DEMONYM: u16 = 1 << 10;
    pub const FORMER: u16 = 1 << 11;
    pub const LOWER_ELSEWHERE: u16 = 1 << 12;
    pub const ACRONYM: u16 = 1 << 13;
    pub const PRONOUN: u16 = 1 << 14;
    pub const THE: u16 = 1 << 15;
}

/// `cap`: the token view's capitalisation of `word`.
fn word_flags(word: &str, cap: bool) -> u16 {
    use flag::*;
    let mut buf = [0u8; 96];
    let Some(l) = lexicon::lower_into(word, &mut buf) else {
        return 0;
    };
    let mut f = 0;
    let mut set = |bit: u16, on: bool| {
        if on {
            f |= bit;
        }
    };
    set(CAPITALISED, cap);
    set(FUNCTION, lexicon::is_function_word(l));
    set(ROLE, lexicon::is_role_noun(l));
    set(MODIFIER, lexicon::is_role_modifier(l));
    set(SPEECH, lexicon::is_speech_verb(l));
    set(FORMER, is_former_marker(l));
    set(PRONOUN, lexicon::pronoun_class(l).is_some());
    set(THE, listed(|e| e.definite_articles, l));
    if cap {
        set(COMMON_CAP, lexicon::is_capitalised_common(l));
        set(ORG_HEAD, lexicon::is_org_head(l));
        set(LAW_HEAD, lexicon::is_law_head(l));
        set(TITLE_ABBR, lexicon::is_title_abbreviation(l));
        set(PLACE, lexicon::place_name(l).is_some());
        set(DEMONYM, lexicon::demonym_country(l).is_some());
        // Roman numerals ("World War II") are no acronyms
        let acronym = word.chars().all(|c| c.is_uppercase() || c == '.')
            && (2..=6).contains(&word.chars().filter(|c| c.is_alphabetic()).count())
            && !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        set(ACRONYM, acronym);
    }
    f
}

/// Read-only view of a document with cheap token tests.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    /// `meta.language` (ISO 639-1), when known.
    pub language: Option<&'a str>,
    pub toks: &'a [Token],
    /// Per token: inside double quotation marks.
    pub in_quote: Vec<bool>,
    /// Per token: [`flag`] bits (0 for non-words).
    flags: Vec<u16>,
    /// Per sentence: its paragraph is set in title case (a headline where
    /// capitals say nothing about names).
    title_case_sentence: Vec<bool>,
    /// Reused buffer for lowercase multi-word lookups.
    key_buf: std::cell::RefCell<String>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let text = doc.text.as_str();
        let toks = doc.tokens.as_slice();
        // The shared token view gives each token's capitalisation (built
        // here only for tokens made by hand, without the text stage).
        let built;
        let view = if doc.lexemes.covers(toks) {
            &doc.lexemes
        } else {
            built = Lexemes::new(text, toks);
            &built
        };
        let mut lowercase_words = FastSet::default();
        for t in toks {
            if t.kind == TokenKind::Word {
                if let Some(w) = text.get(t.start()..t.end()) {
                    if w.chars().next().is_some_and(char::is_lowercase) {
                        lowercase_words.insert(w);
                    }
                }
            }
        }
        let mut flags: Vec<u16> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| match (t.kind, text.get(t.start()..t.end())) {
                (TokenKind::Word, Some(w)) => word_flags(w, view.is_capitalised(i)),
                _ => 0,
            })
            .collect();
        for (f, t) in flags.iter_mut().zip(toks) {
            if *f & flag::CAPITALISED != 0 {
                let mut buf = [0u8; 96];
                let w = text.get(t.start()..t.end()).unwrap_or("");
                if lexicon::lower_into(w, &mut buf).is_some_and(|l| lowercase_words.contains(l)) {
                    *f |= flag::LOWER_ELSEWHERE;
                }
            }
        }
        let in_quote = quote_state(text, toks, doc);
        let title_case_sentence = title_case_sentences(text, toks, doc);
        Context {
            text,
            language: doc.meta.language.as_deref(),
            toks,
            in_quote,
            flags,
            title_case_sentence,
            key_buf: std::cell::RefCell::new(String::with_capacity(64)),
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Token `i` has all of the [`flag`] bits in `bits`.
    pub fn has(&self, i: usize, bits: u16) -> bool {
        self.flags.get(i).is_some_and(|f| f & bits == bits)
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start()..t.end()))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    pub fn sentence(&self, i: usize) -> usize {
        self.toks.get(i).map_or(usize::MAX, |t| t.sentence())
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start())
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end())
    }

    /// No whitespace between token `i - 1` and token `i`.
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.end(i - 1) == self.start(i)
    }

    pub fn lower_is(&self, i: usize, f: impl FnOnce(&str) -> bool) -> bool {
        with_lower(self.word(i), f)
    }

    /// Starts with an uppercase letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.has(i, flag::CAPITALISED)
    }

    /// A capitalised word that may be part of a name.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.flags
            .get(i)
            .is_some_and(|f| f & (flag::CAPITALISED | flag::COMMON_CAP) == flag::CAPITALISED)
    }

    /// Letters only and all uppercase (dots allowed): NATO, U.S., ЗСУ.
    pub fn is_acronym(&self, i: usize) -> bool {
        self.has(i, flag::ACRONYM)
    }

    pub fn is_cyrillic(&self, i: usize) -> bool {
        self.word(i)
            .chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    }

    /// First word of its sentence, or right after an opening quote, a colon
    /// or a dash at the start of a clause.
    pub fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.sentence(i - 1) != self.sentence(i) {
            return true;
        }
        let prev = self.word(i - 1);
        match self.kind(i - 1) {
            Some(TokenKind::Quote) => {
                i < 2
                    || self.sentence(i - 2) != self.sentence(i)
                    || matches!(self.word(i - 2), "." | "!" | "?" | ":" | ",")
            }
            Some(TokenKind::Punct) => matches!(prev, ":" | "—" | "–" | "-" | "(" | "•"),
            _ => false,
        }
    }

    fn is_title_case_sentence(&self, i: usize) -> bool {
        self.title_case_sentence
            .get(self.sentence(i))
            .copied()
            .unwrap_or(false)
    }

    fn is_lowercase_elsewhere(&self, i: usize) -> bool {
        self.has(i, flag::LOWER_ELSEWHERE)
    }
}

/// Per token: inside double quotation marks (reset at each paragraph).
fn quote_state(text: &str, toks: &[Token], doc: &Document) -> Vec<bool> {
    let mut out = Vec::with_capacity(toks.len());
    let mut inside = false;
    let mut paragraph = usize::MAX;
    for t in toks {
        let p = doc.sentences.get(t.sentence()).map_or(0, |s| s.paragraph);
        if p != paragraph {
            paragraph = p;
            inside = false;
        }
        if t.kind == TokenKind::Quote {
            match text.get(t.start()..t.end()).unwrap_or("") {
                "\"" | "＂" => inside = !inside,
                "“" | "«" | "„" => inside = true,
                "”" | "»" => inside = false,
                _ => {}
            }
        }
        out.push(inside);
    }
    out
}

/// Per sentence: its paragraph is a headline or subheading in title case.
fn title_case_sentences(text: &str, toks: &[Token], doc: &Document) -> Vec<bool> {
    let mut per_paragraph = vec![(0usize, 0usize); doc.paragraphs.len()];
    // per sentence: (all-caps words, words of two letters or more)
    let mut shouting = vec![(0usize, 0usize); doc.sentences.len()];
    for t in toks {
        if t.kind == TokenKind::Word {
            let w = text.get(t.start()..t.end()).unwrap_or("");
            if w.len() >= 2 {
                if let Some(slot) = shouting.get_mut(t.sentence()) {
                    slot.1 += 1;
                    if w.chars().all(|c| !c.is_lowercase()) {
                        slot.0 += 1;
                    }
                }
            }
        }
    }
    for t in toks {
        if t.kind != TokenKind::Word {
            continue;
        }
        let Some(p) = doc.sentences.get(t.sentence()).map(|s| s.paragraph) else {
            continue;
        };
        let w = text.get(t.start()..t.end()).unwrap_or("");
        if w.chars().count() < 4 {
            continue;
        }
        if let Some(slot) = per_paragraph.get_mut(p) {
            slot.1 += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                slot.0 += 1;
            }
        }
    }
    doc.sentences
        .iter()
        .zip(&shouting)
        .map(|(s, &(caps, words))| {
            // a sentence in capitals ("AG MAKES VISIT TO ...") says nothing
            // about names either
            if words >= 4 && caps * 10 >= words * 6 {
                return true;
            }
            let heading = doc.paragraphs.get(s.paragraph).is_some_and(|p| {
                matches!(p.kind, ParagraphKind::Headline | ParagraphKind::Subheading)
            });
            let (caps, words) = per_paragraph.get(s.paragraph).copied().unwrap_or((0, 0));
            // Three in four words of four letters or more capitalised: a
            // transcript turn read as a heading ("President of Russia
            // Vladimir Putin: Good afternoon, colleagues", five in seven)
            // is no title.
            heading && words >= 3 && caps * 4 >= words * 3
        })
        .collect()
}

/// A role found next to a name.
#[derive(Debug, Clone)]
pub(crate) struct FoundRole {
    pub text: String,
    pub former: bool,
}

/// A name (or title) written in the text, classified.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub first: usize,
    /// Exclusive token index.
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// A single capitalised word with no cue of its own: kept only if it
    /// matches the name of an entity found elsewhere.
    pub weak: bool,
    /// Canonical name from the gazetteer.
    pub place: Option<&'static str>,
    pub roles: Vec<FoundRole>,
    pub gender: Option<&'static str>,
    /// The common noun that introduced it: "program", "TV channel".
    pub descriptor: Option<(usize, usize)>,
}

impl Candidate {
    fn new(ctx: &Context, first: usize, last: usize, kind: Kind) -> Self {
        Candidate {
            first,
            last,
            start: ctx.start(first),
            end: ctx.end(last.saturating_sub(1).max(first)),
            kind,
            weak: false,
            place: None,
            roles: Vec::new(),
            gender: None,
            descriptor: None,
        }
    }
}

/// Every candidate name in document order.
pub(crate) fn find(ctx: &Context) -> Vec<Candidate> {
    let n = ctx.len();
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0usize;
    while i < n {
        if let Some(next) = quoted_title(ctx, i, &mut out) {
            i = next;
            continue;
        }
        if !ctx.is_name_word(i) {
            i += 1;
            continue;
        }
        // "Computerandvideogames.com", "Gazeta.pl": a website is an
        // organisation of its own, whatever role stands before it or name
        // after it.
        if is_web_address(ctx.word(i)) {
            out.push(Candidate::new(ctx, i, i + 1, Kind::Org));
            i += 1;
            continue;
        }
        let end = run_end(ctx, i);
        if ctx.is_title_case_sentence(i) {
            // a title-case headline: every word is capitalised, so only
            // words known from elsewhere count.
            for k in i..end {
                if ctx.is_name_word(k) {
                    single_word(ctx, k, &mut out, true);
                }
            }
        } else {
            classify_run(ctx, i, end, &mut out);
        }
        i = end.max(i + 1);
    }
    out
}

/// Whether a word token is a web address ("Sports.ru", "bbc.co.uk"): the
/// tokenizer keeps a site's name and its domain in one word, so a period
/// followed by a letter inside it marks one.
fn is_web_address(word: &str) -> bool {
    word.char_indices().any(|(i, c)| {
        c == '.'
            && i > 0
            && word[i + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_lowercase())
    })
}

/// A descriptor noun followed by a quoted title: `the program "Moscow.
/// Kremlin. Putin"`, `телеканал «Росія-1»`. Returns the token after it.
fn quoted_title(ctx: &Context, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    if !ctx.is_word(i) || ctx.is_capitalised(i) && !ctx.is_cyrillic(i) {
        return None;
    }
    let kind = with_lower_kind(ctx.word(i))?;
    let open = i + 1;
    if ctx.kind(open) != Some(TokenKind::Quote) || ctx.sentence(open) != ctx.sentence(i) {
        return None;
    }
    // the closing quote within a dozen tokens, in the same paragraph
    let first = open + 1;
    if !ctx.is_capitalised(first) {
        return None;
    }
    let mut close = first;
    while close < ctx.len() && close < first + 14 {
        if ctx.kind(close) == Some(TokenKind::Quote) {
            break;
        }
        close += 1;
    }
    if ctx.kind(close) != Some(TokenKind::Quote) || close == first {
        return None;
    }
    let mut c = Candidate::new(ctx, first, close, kind);
    c.descriptor = Some((ctx.start(i), ctx.end(i)));
    out.push(c);
    Some(close + 1)
}

fn with_lower_kind(word: &str) -> Option<Kind> {
    let mut buf = [0u8; 96];
    lexicon::lower_into(word, &mut buf).and_then(lexicon::descriptor_type)
}

fn is_given_name(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    if ctx.is_cyrillic(k) {
        return lexicon::cyrillic_given_gender(w).is_some();
    }
    ctx.lower_is(k, |l| lexicon::given_name_gender(l).is_some())
}

/// Whether a connector word may join the run so far to the next name word.
fn connector_allowed(ctx: &Context, first: usize, end: usize, connector: &str) -> bool {
    let has = |bits: u16| (first..end).any(|k| ctx.has(k, bits));
    if listed(|e| e.of_prepositions, connector) {
        return has(flag::ORG_HEAD)
            || has(flag::LAW_HEAD)
            || has(flag::ROLE)
            || ctx.lower_is(first, lexicon::is_of_name_head);
    }
    if listed(|e| e.name_complement_prepositions, connector) {
        return has(flag::ORG_HEAD) || has(flag::LAW_HEAD);
    }
    if listed(|e| e.name_conjunctions, connector) {
        return has(flag::ORG_HEAD) || has(flag::LAW_HEAD) || joins_one_name(ctx, first, end);
    }
    false
}

/// Whether the conjunction at `end` joins two parts of one name: one or
/// two plain words before it and an organisation's head word among the
/// few name words after it ("The Food and Drink Federation", "World
/// Travel and Tourism Council"). Not after an acronym, a place or a body
/// of its own ("IMF and World Bank", "Nato and European Union": two
/// names).
fn joins_one_name(ctx: &Context, first: usize, end: usize) -> bool {
    const MAX_BEFORE: usize = 2;
    const MAX_AFTER: usize = 3;
    let plain = |k: usize| {
        ctx.is_name_word(k)
            && !ctx.is_acronym(k)
            && !is_place_or_demonym(ctx, k)
            && !ctx.has(k, flag::ROLE)
    };
    if end - first > MAX_BEFORE || !(first..end).all(plain) {
        return false;
    }
    let sentence = ctx.sentence(end);
    (end + 1..end + 1 + MAX_AFTER)
        .take_while(|&k| k < ctx.len() && ctx.sentence(k) == sentence && ctx.is_name_word(k))
        .any(|k| ctx.has(k, flag::ORG_HEAD))
}

/// The exclusive end of the run of name words starting at `i`.
fn run_end(ctx: &Context, i: usize) -> usize {
    let sentence = ctx.sentence(i);
    let mut e = i + 1;
    // no real name is longer; the bound keeps hostile input linear
    const MAX_RUN: usize = 12;
    while e < ctx.len() && ctx.sentence(e) == sentence && e - i < MAX_RUN {
        if ctx.is_name_word(e) && is_web_address(ctx.word(e)) {
            break;
        }
        if ctx.is_name_word(e) {
            // A name never repeats a word: "Vladimir Yakunin Yakunin
            // Vladimir" (a caption and its reversed form side by side) is
            // two runs. Organisation heads may repeat ("United Bank of
            // Africa and Standard Trust Bank").
            let w = ctx.word(e);
            let head = ctx.has(e, flag::ORG_HEAD) || ctx.has(e, flag::LAW_HEAD);
            if !head && (i..e).any(|k| ctx.word(k) == w) {
                break;
            }
            e += 1;
            continue;
        }
        let w = ctx.word(e);
        let next_is_name = ctx.is_name_word(e + 1) && ctx.sentence(e + 1) == sentence;
        // "Mr. Smith": the tokenizer splits the abbreviation's period
        if w == "." && ctx.glued(e) && next_is_name && ctx.has(e - 1, flag::TITLE_ABBR) {
            e += 2;
            continue;
        }
        // "George W. Bush", "Laurence H. Tribe": a middle initial's period
        // (after a first name in the run, before the surname).
        let initial = |k: usize| {
            let mut chars = ctx.word(k).chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        };
        if w == "." && ctx.glued(e) && next_is_name && e > i + 1 && initial(e - 1) {
            e += 2;
            continue;
        }
        // "Russia-1", "MK-20"
        if w == "-"
            && ctx.glued(e)
            && ctx.glued(e + 1)
            && (ctx.kind(e + 1) == Some(TokenKind::Number) || next_is_name)
        {
            e += 2;
            continue;
        }
        if next_is_name && lexicon::is_name_particle(w) {
            e += 2;
            continue;
        }
        if next_is_name && connector_allowed(ctx, i, e, w) {
            e += 2;
            continue;
        }
        break;
    }
    e
}

/// Lowercase text of tokens `first..last` joined by single spaces, for
/// gazetteer lookups ("united states").
fn run_key(ctx: &Context, first: usize, last: usize, buf: &mut String) {
    buf.clear();
    for k in first..last {
        if k > first && !ctx.glued(k) {
            buf.push(' ');
        }
        for c in ctx.word(k).chars() {
            buf.extend(c.to_lowercase());
        }
    }
}

fn place_of_run(ctx: &Context, first: usize, last: usize) -> Option<&'static str> {
    // a single word needs no buffer
    if last == first + 1 {
        return ctx.lower_is_place(first);
    }
    let mut key = ctx.key_buf.borrow_mut();
    run_key(ctx, first, last, &mut key);
    lexicon::place_name(&key)
}

fn is_place_or_demonym(ctx: &Context, k: usize) -> bool {
    ctx.has(k, flag::PLACE) || ctx.has(k, flag::DEMONYM)
}

/// Classifies the run `first..end` and pushes what it names.
fn classify_run(ctx: &Context, first: usize, end: usize, out: &mut Vec<Candidate>) {
    // The whole run may be a place ("The Hague", "United States").
    if let Some(place) = place_of_run(ctx, first, end) {
        push_place(ctx, first, end, place, out);
        return;
    }
    let s = name_start(ctx, first, end);
    if s >= end {
        return;
    }
    // "the Head of State", "Chief of Staff": one word after a role and
    // "of" completes the title and names no one.
    let last_word = end - 1;
    if last_word >= first + 2
        && ctx.lower_is(last_word - 1, |l| listed(|e| e.of_prepositions, l))
        && ctx.has(last_word - 2, flag::ROLE)
        && (s == last_word || s + 2 == last_word)
    {
        return;
    }
    if end - s == 1 {
        single_word(ctx, s, out, false);
        return;
    }
    if let Some(place) = place_of_run(ctx, s, end) {
        push_place(ctx, s, end, place, out);
        return;
    }
    let words: Vec<usize> = (s..end).filter(|&k| ctx.is_word(k)).collect();
    // A given name first and a name after it is a person, whatever the
    // other words are elsewhere: "Bill Gates" (not a bill), "Mervyn King"
    // (not a king).
    let given_first = words.len() >= 2
        && words
            .first()
            .is_some_and(|&k| is_given_name(ctx, k) && !is_place_or_demonym(ctx, k))
        && words.iter().skip(1).all(|&k| {
            // not an initial ("Leonard E. Burman": its own rules)
            ctx.word(k).chars().count() > 1
                && ctx.is_cyrillic(k) == ctx.is_cyrillic(s)
                && !ctx.is_acronym(k)
                && !ctx.has(k, flag::ORG_HEAD)
                && !is_place_or_demonym(ctx, k)
        });
    if given_first && words.len() <= 3 && !words.iter().skip(1).any(|&k| is_given_name(ctx, k)) {
        push_people(ctx, s, end, out);
        return;
    }
    // a law or treaty: "Convention on Cluster Munitions"
    if words.iter().any(|&k| ctx.has(k, flag::LAW_HEAD)) {
        out.push(Candidate::new(ctx, s, end, Kind::Law));
        return;
    }
    // a person after a title: "Russian President Vladimir Putin"
    if let Some(t) = words.iter().rposition(|&k| ctx.has(k, flag::ROLE)) {
        let title_tok = words.get(t).copied().unwrap_or(s);
        titled_person(ctx, s, end, title_tok, out);
        return;
    }
    if let Some(h) = words.iter().rposition(|&k| ctx.has(k, flag::ORG_HEAD)) {
        let head = words.get(h).copied().unwrap_or(s);
        headed_org(ctx, s, end, head, out);
        return;
    }
    untitled_run(ctx, s, end, &words, out);
}

/// Where the name in the run `first..end` starts: past function words and
/// capitalised sentence openers that are ordinary words.
fn name_start(ctx: &Context, first: usize, end: usize) -> usize {
    let mut s = first;
    // "Will Moy" inside a sentence: a given name spelled as a function
    // word, before another capitalised word, is the name's start.
    let after_closing_mark = |s: usize| s > 0 && matches!(ctx.word(s - 1), "”" | "’" | "»");
    let given_name = |s: usize| {
        (!ctx.sentence_initial(s) || after_closing_mark(s))
            && s + 1 < end
            && ctx.is_capitalised(s + 1)
            && ctx.lower_is(s, |l| lexicon::given_name_gender(l).is_some())
    };
    // a capitalised sentence opener is an ordinary word
    while s < end
        && (ctx.has(s, flag::FUNCTION)
            || (ctx.sentence_initial(s) && opener_is_common(ctx, s, end - s)))
        && !given_name(s)
    {
        s += 1;
    }
    // Russian and Ukrainian open sentences with capitalised nouns and
    // adverbs before a name ("Сначала Улюкаев", "Позиция Минэка")
    if end - s >= 2
        && ctx.is_cyrillic(s)
        && ctx.sentence_initial(s)
        && !ctx.has(s, flag::ROLE)
        && !ctx.has(s, flag::ORG_HEAD)
        && !ctx.has(s, flag::PLACE)
        && !ctx.is_acronym(s)
        && lexicon::cyrillic_given_gender(ctx.word(s)).is_none()
    {
        s += 1;
    }
    s
}

/// A title at `title_tok` and the person after it: "Russian President
/// Vladimir Putin", "President of Ukraine Volodymyr Zelensky", "Mr. Smith",
/// "Речниця МЗС України Олена Коваленко".
fn titled_person(ctx: &Context, s: usize, end: usize, title_tok: usize, out: &mut Vec<Candidate>) {
    let mut tail = title_tok + 1;
    while tail < end
        && (!ctx.is_word(tail)
            || ctx.is_acronym(tail)
            || ctx.lower_is(tail, |l| {
                listed(|e| e.of_prepositions, l) || lexicon::is_org_head(l)
            })
            || is_place_or_demonym(ctx, tail))
    {
        tail += 1;
    }
    // "Губернатор Флориды Рон Десантис": an unlisted genitive complement
    // right after the title, before a name of two words or more.
    if tail == title_tok + 1
        && (3..=4).contains(&(end - tail))
        && !looks_genitive(ctx.word(tail + 1))
        && ctx.is_cyrillic(tail)
        && looks_genitive(ctx.word(tail))
        && !is_given_name(ctx, tail)
        && (tail + 1..end).all(|k| ctx.is_word(k) && ctx.is_capitalised(k))
    {
        tail += 1;
    }
    // "Глава Минэкономразвития Алексей Улюкаев": the name starts at the
    // given name; the words before it complement the title
    if tail < end && !is_given_name(ctx, tail) {
        if let Some(g) = (tail + 1..end).find(|&k| is_given_name(ctx, k)) {
            if end - g >= 2 {
                tail = g;
            }
        }
    }
    // "Secretary of State Antony Blinken", "Minister of Foreign Affairs
    // Dmytro Kuleba": with no listed given name, the words right after the
    // title's "of" complete the title and the name is the run's last two
    // words, capitalised, neither a place nor a body ("General Manager of
    // Life Care Solutions Europe" names no one; after "President of
    // Turkey" the name starts at once).
    let right_after_of =
        tail > title_tok + 1 && ctx.lower_is(tail - 1, |l| listed(|e| e.of_prepositions, l));
    let name_like = |k: usize| {
        ctx.is_word(k)
            && ctx.is_capitalised(k)
            && !is_place_or_demonym(ctx, k)
            && !ctx.lower_is(k, lexicon::is_org_head)
    };
    if right_after_of
        && tail + 3 <= end
        && !is_given_name(ctx, tail)
        && (tail..end).all(|k| ctx.is_word(k) && ctx.is_capitalised(k))
        && (end - 2..end).all(name_like)
    {
        tail = end - 2;
    }
    // "Губернатор Курской области Алексей Смирнов", "Речник Повітряних
    // сил Юрій Ігнат": opening a sentence, the title and the adjective of
    // its complement make the capitalised run; the lower-case noun after
    // it shows that the adjective completes the title and names no one.
    let adjective_of_complement = end - tail == 1
        && ctx.is_cyrillic(tail)
        && ctx.sentence(end) == ctx.sentence(tail)
        && ctx.is_word(end)
        && ctx.is_cyrillic(end)
        && !ctx.is_capitalised(end)
        && !ctx.has(end, flag::FUNCTION)
        && !ctx.has(end, flag::SPEECH)
        && (lexicon::is_genitive_place_adjective(ctx.word(tail)) || looks_genitive(ctx.word(tail)))
        && !is_given_name(ctx, tail);
    let tail_ok = tail < end
        && !adjective_of_complement
        && end - tail <= 4
        && (tail..end).all(|k| {
            !ctx.is_word(k)
                || !ctx.lower_is(k, |l| lexicon::is_org_head(l) || lexicon::is_role_noun(l))
        });
    // the title part may hold places and organisations of its own
    prefix_entities(ctx, s, title_tok + 1, out);
    if tail_ok {
        // "Mayor Luca Benedetti of Faenza": the place after the name
        // completes the title; it is no part of the name.
        // (A full name right after the title: not "Minister of Economy
        // of Serbia".)
        let of_place = (tail + 1..end)
            .find(|&k| ctx.lower_is(k, |l| listed(|e| e.of_prepositions, l)))
            .filter(|&k| k + 1 < end && k >= tail + 2 && tail == title_tok + 1);
        match of_place {
            Some(k) => {
                push_people(ctx, tail, k, out);
                prefix_entities(ctx, k + 1, end, out);
            }
            None => push_people(ctx, tail, end, out),
        }
    }
}

/// An organisation ending at its head word `head`: "UN Human Rights
/// Office"; a trailing name after the head is rare, but a complement
/// joined by "of", "for" or "on" is part of the name ("Kyiv School of
/// Economics", "Bank of England").
fn headed_org(ctx: &Context, s: usize, end: usize, head: usize, out: &mut Vec<Candidate>) {
    // "МИД Сергей Лавров", "МИД России Сергей Лавров": the body (with
    // the acronyms and places that complete it), then the person named
    // after it (a given name and at least a surname).
    if let Some(g) = (head + 1..end).find(|&k| is_given_name(ctx, k)) {
        let completes_body =
            |k: usize| !ctx.is_word(k) || ctx.is_acronym(k) || is_place_or_demonym(ctx, k);
        if end - g >= 2 && (head + 1..g).all(completes_body) {
            if head > s || ctx.is_acronym(head) || g > head + 1 {
                out.push(Candidate::new(ctx, s, g, Kind::Org));
            }
            push_person(ctx, g, end, out);
            return;
        }
    }
    let complement = head + 2 < end
        && ctx.lower_is(head + 1, |l| {
            listed(|e| e.of_prepositions, l) || listed(|e| e.name_complement_prepositions, l)
        });
    let last = if complement { end } else { head + 1 };
    // a head word alone ("City", "Ministry") names nothing in particular
    if head > s || complement {
        out.push(Candidate::new(ctx, s, last, Kind::Org));
    }
}

/// A run with no law word, title or organisation head: an institution's
/// name, a numbered name, places, a proper noun after an article, or people.
fn untitled_run(ctx: &Context, s: usize, end: usize, words: &[usize], out: &mut Vec<Candidate>) {
    let mut key = String::new();
    run_key(ctx, s, end, &mut key);
    if lexicon::is_institution_name(&key) {
        out.push(Candidate::new(ctx, s, end, Kind::Org));
        return;
    }
    // "Russia-1" after "channel"; "MK-20" (a model number) is no entity
    if (s..end).any(|k| ctx.kind(k) == Some(TokenKind::Number)) {
        if descriptor_before(ctx, s).is_some() {
            let mut c = Candidate::new(ctx, s, end, Kind::Org);
            c.descriptor = descriptor_before(ctx, s);
            out.push(c);
        }
        return;
    }
    if genitive_complement_first(ctx, s, words) {
        if let Some(g) = person_after_places(ctx, s, end, words) {
            prefix_entities(ctx, s, g, out);
            push_people(ctx, g, end, out);
            return;
        }
    }
    if words.iter().any(|&k| is_place_or_demonym(ctx, k)) {
        // "министр обороны России Сергей Шойгу": the place completes the
        // title before the run, and the person is named after it
        if let Some(g) = person_after_places(ctx, s, end, words) {
            prefix_entities(ctx, s, g, out);
            push_people(ctx, g, end, out);
            return;
        }
        // "Kyiv Washington" or "Western Europe": emit the places alone
        prefix_entities(ctx, s, end, out);
        return;
    }
    // "the Tavria grouping": a capitalised phrase after an article is a
    // proper noun of something, rarely a person
    let after_article = s > 0 && ctx.lower_is(s - 1, lexicon::is_article);
    if after_article {
        if let Some(d) = descriptor_before(ctx, s) {
            let kind = with_lower_kind(ctx.text.get(d.0..d.1).unwrap_or("")).unwrap_or(Kind::Org);
            let mut c = Candidate::new(ctx, s, end, kind);
            c.descriptor = Some(d);
            out.push(c);
        }
        return;
    }
    people_run(ctx, s, end, words, out);
}

/// "губернатор Флориды Рон Десантис": a first word in the genitive that no
/// list knows, after a role and before a name of two words or more,
/// completes the role as a place does (not a given name: "мэр Анна
/// Петрова").
fn genitive_complement_first(ctx: &Context, s: usize, words: &[usize]) -> bool {
    (3..=4).contains(&words.len())
        && words.first() == Some(&s)
        && ctx.is_cyrillic(s)
        && looks_genitive(ctx.word(s))
        && !is_given_name(ctx, s)
        && role_before(ctx, s).is_some()
}

/// Where a person's name starts in a run of places and acronyms followed
/// by a given name and a surname ("России Сергей Шойгу", "РФ Сергей
/// Лавров"): at the given name, when no place follows it.
fn person_after_places(ctx: &Context, s: usize, end: usize, words: &[usize]) -> Option<usize> {
    // After a role ("президент Турции Реджеп Тайип Эрдоган", "с
    // премьер-министром Армении Николом Пашиняном") the words after the
    // places are the person even when the given name is not a listed one.
    let genitive_complement = |k: usize| k == s && genitive_complement_first(ctx, s, words);
    let after_role = || {
        role_before(ctx, s)?;
        let g = words
            .iter()
            .copied()
            .find(|&k| !is_place_or_demonym(ctx, k) && !genitive_complement(k))?;
        let rest = words.iter().filter(|&&k| k >= g).count();
        (g > s && (1..=3).contains(&rest) && ctx.is_cyrillic(g)).then_some(g)
    };
    let g = words
        .iter()
        .skip(1)
        .copied()
        .find(|&k| is_given_name(ctx, k))
        .or_else(after_role)?;
    let completes_title = |k: usize| {
        !ctx.is_word(k)
            || ctx.is_acronym(k)
            || is_place_or_demonym(ctx, k)
            || genitive_complement(k)
    };
    let person_only = |k: usize| !ctx.is_word(k) || !is_place_or_demonym(ctx, k);
    (words.len() <= 6 && end - g >= 2 && (s..g).all(completes_title) && (g..end).all(person_only))
        .then_some(g)
}

/// A run of up to five words that names people, or an organisation when an
/// acronym leads it ("BBC Radio", "CNN Money"); an acronym before a given
/// name and a surname is a body and its person ("глава МИД Сергей Лавров",
/// "директор ФСБ Александр Бортников").
fn people_run(ctx: &Context, s: usize, end: usize, words: &[usize], out: &mut Vec<Candidate>) {
    let person_after_acronyms = words.len() <= 5
        && words
            .iter()
            .skip(1)
            .find(|&&k| is_given_name(ctx, k))
            .is_some_and(|&g| {
                end - g >= 2
                    && (s..g).any(|k| ctx.is_acronym(k))
                    && (g..end).all(|k| !ctx.is_acronym(k))
            });
    if person_after_acronyms {
        if let Some(&g) = words.iter().skip(1).find(|&&k| is_given_name(ctx, k)) {
            prefix_entities(ctx, s, g, out);
            push_person(ctx, g, end, out);
            return;
        }
    }
    // "цитирует Пескова ТАСС": a surname in an oblique case, then the
    // outlet's acronym: a person and an organisation, not one name.
    if let Some(&acronym) = words.iter().find(|&&k| ctx.is_acronym(k)) {
        let person_then_outlet = acronym > s
            && acronym - s <= 2
            && words.iter().all(|&k| k < acronym || ctx.is_acronym(k))
            && (s..acronym).all(|k| {
                !ctx.is_word(k)
                    || (ctx.is_cyrillic(k)
                        && lexicon::has_oblique_ending(ctx.word(k))
                        && !lexicon::is_genitive_place_adjective(ctx.word(k))
                        && !ctx
                            .lower_is(k, |l| lexicon::is_org_head(l) || lexicon::is_role_noun(l))
                        && !is_place_or_demonym(ctx, k))
            });
        if person_then_outlet {
            push_people(ctx, s, acronym, out);
            out.push(Candidate::new(ctx, acronym, end, Kind::Org));
            return;
        }
    }
    if words.len() <= 5 && words.iter().all(|&k| !ctx.is_acronym(k)) {
        // "Центробанка Виктор Геращенко": the person starts at the given name
        // (one written in the surname's script: "Pink Floyd Роджер Уотерс";
        // a numeral or an acronym after the name is no surname)
        let same_script = |k: usize| {
            words
                .iter()
                .rev()
                .find(|&&l| ctx.word(l).chars().any(char::is_lowercase))
                .is_none_or(|&l| ctx.is_cyrillic(l) == ctx.is_cyrillic(k))
        };
        if let Some(&g) = words
            .iter()
            .skip(1)
            .find(|&&k| is_given_name(ctx, k) && same_script(k))
        {
            if !is_given_name(ctx, s) && end - g >= 2 {
                prefix_entities(ctx, s, g, out);
                push_person(ctx, g, end, out);
                return;
            }
        }
        push_people(ctx, s, end, out);
    } else if words.len() <= 5 {
        out.push(Candidate::new(ctx, s, end, Kind::Org));
    }
}

/// A capitalised opener of a sentence that is an ordinary word.
fn opener_is_common(ctx: &Context, i: usize, run_len: usize) -> bool {
    ctx.has(i, flag::FUNCTION)
        || ctx.lower_is(i, lexicon::is_participle_of_a_listed_verb)
        || (run_len == 1 && ctx.is_lowercase_elsewhere(i))
        || (run_len > 1
            && ctx.is_lowercase_elsewhere(i)
            && !ctx.lower_is(i, |l| lexicon::is_role_noun(l) || lexicon::is_org_head(l)))
}

/// The descriptor noun right before `i` (skipping "the", "propaganda TV").
fn descriptor_before(ctx: &Context, i: usize) -> Option<(usize, usize)> {
    let sentence = ctx.sentence(i);
    let mut k = i;
    while k > 0 && i - k < 3 {
        k -= 1;
        if ctx.sentence(k) != sentence || !ctx.is_word(k) {
            return None;
        }
        if with_lower_kind(ctx.word(k)).is_some() {
            // "TV channel": include the acronym before it
            let start = if k > 0 && ctx.sentence(k - 1) == sentence && ctx.is_acronym(k - 1) {
                ctx.start(k - 1)
            } else {
                ctx.start(k)
            };
            return Some((start, ctx.end(k)));
        }
        if !ctx.lower_is(k, lexicon::is_article) {
            continue;
        }
    }
    None
}

fn push_place(
    ctx: &Context,
    first: usize,
    last: usize,
    place: &'static str,
    out: &mut Vec<Candidate>,
) {
    let mut s = first;
    // "The Hague" keeps its article; "The United States" does not
    if ctx.lower_is(s, |l| listed(|e| e.definite_articles, l)) && !place.starts_with("The ") {
        s += 1;
    }
    let mut c = Candidate::new(ctx, s, last, Kind::Place);
    c.place = Some(place);
    out.push(c);
}

/// Places and acronym organisations inside a title: "US" in "US President",
/// "NATO" in "NATO Secretary General", "Russian Foreign Ministry".
fn prefix_entities(ctx: &Context, first: usize, last: usize, out: &mut Vec<Candidate>) {
    let mut k = first;
    while k < last {
        if !ctx.is_name_word(k) {
            k += 1;
            continue;
        }
        // longest gazetteer match of up to three words
        let mut matched = None;
        for len in (1..=3).rev() {
            if k + len <= last {
                if let Some(p) = place_of_run(ctx, k, k + len) {
                    matched = Some((len, p));
                    break;
                }
            }
        }
        if let Some((len, place)) = matched {
            let mut c = Candidate::new(ctx, k, k + len, Kind::Place);
            c.place = Some(place);
            out.push(c);
            k += len;
            continue;
        }
        if ctx.is_acronym(k) && !ctx.has(k, flag::ROLE) {
            out.push(Candidate::new(ctx, k, k + 1, Kind::Org));
            k += 1;
            continue;
        }
        // an organisation ending in a head word before the title
        let mut h = k;
        while h < last && ctx.is_name_word(h) && !ctx.has(h, flag::ORG_HEAD) {
            h += 1;
        }
        if h > k && h < last && ctx.is_name_word(h) && ctx.has(h, flag::ORG_HEAD) {
            out.push(Candidate::new(ctx, k, h + 1, Kind::Org));
            k = h + 1;
            continue;
        }
        k += 1;
    }
}

/// One capitalised word on its own.
fn single_word(ctx: &Context, k: usize, out: &mut Vec<Candidate>, headline: bool) {
    if ends_in_common_noun(ctx.word(k)) {
        return;
    }
    if let Some(place) = ctx.lower_is_place(k) {
        let mut c = Candidate::new(ctx, k, k + 1, Kind::Place);
        c.place = Some(place);
        out.push(c);
        return;
    }
    if ctx.lower_is(k, |l| {
        lexicon::demonym_country(l).is_some() || lexicon::is_role_noun(l)
    }) {
        return;
    }
    if ctx.has(k, flag::ORG_HEAD) && !ctx.is_acronym(k) {
        // a bare head word: "Міністерства", "Council"
        return;
    }
    if ctx.lower_is(k, lexicon::is_institution_name) {
        out.push(Candidate::new(ctx, k, k + 1, Kind::Org));
        return;
    }
    if ctx.is_acronym(k) {
        if !headline {
            out.push(Candidate::new(ctx, k, k + 1, Kind::Org));
        }
        return;
    }
    if headline {
        let mut c = Candidate::new(ctx, k, k + 1, Kind::Person);
        c.weak = true;
        out.push(c);
        return;
    }
    // "Putin said", "Mr Blair", "spokeswoman Zakharova"
    let next = k + 1;
    let speaker = ctx.sentence(next) == ctx.sentence(k) && ctx.has(next, flag::SPEECH);
    // "мера Мелітополя", "директора Департаменту": after a Ukrainian or
    // Russian role a lone capitalised word is usually its genitive
    // complement; it is a person only when it speaks or is known
    let role = role_before(ctx, k).filter(|_| !ctx.is_cyrillic(k) || speaker);
    let mut c = Candidate::new(ctx, k, k + 1, Kind::Person);
    if let Some(r) = role {
        c.gender = r.gender;
        if !r.text.is_empty() {
            c.roles.push(FoundRole {
                text: r.text,
                former: r.former,
            });
        }
    } else if !speaker {
        c.weak = true;
    }
    if let Some(r) = role_after(ctx, k + 1) {
        c.roles.push(r);
    }
    out.push(c);
}

impl Context<'_> {
    fn lower_is_place(&self, k: usize) -> Option<&'static str> {
        let mut buf = [0u8; 96];
        lexicon::lower_into(self.word(k), &mut buf).and_then(lexicon::place_name)
    }
}

/// "Telegram-канале", "YouTube-канал", "Kremlin-backed": a word whose
/// last hyphenated part is a lower-case word is a common noun or an
/// adjective built on a name, not a name ("Jean-Pierre", "Кара-Мурза" are).
fn ends_in_common_noun(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && tail.chars().count() >= 3
            && tail.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
    })
}

/// Is `w` listed in the entity list `list` of any lexicon?
pub(crate) fn listed(list: fn(&EntityWords) -> &'static [&'static str], w: &str) -> bool {
    ALL.iter()
        .any(|lexicon| list(lexicon.entities).contains(&w))
}

/// Does `word` end with an ending of the entity list `list` of any lexicon?
pub(crate) fn ends_with_listed(
    list: fn(&EntityWords) -> &'static [&'static str],
    word: &str,
) -> bool {
    ALL.iter()
        .any(|lexicon| list(lexicon.entities).iter().any(|e| word.ends_with(e)))
}

/// Gender read off a Cyrillic surname in the nominative.
pub(crate) fn cyrillic_gender(word: &str) -> Option<&'static str> {
    if !word
        .chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c))
    {
        return None;
    }
    // -енко, -ук, -ко are worn by men and women alike: in neither list.
    if ends_with_listed(|e| e.female_surname_endings, word) {
        Some("female")
    } else if ends_with_listed(|e| e.male_surname_endings, word) {
        Some("male")
    } else {
        None
    }
}

/// One person, or two side by side in different cases: "с Егором
/// Гайдаром Улюкаев" is Гайдар (instrumental) and Улюкаев (nominative),
/// not one name.
fn push_people(ctx: &Context, first: usize, last: usize, out: &mut Vec<Candidate>) {
    let oblique = |k: usize| ctx.is_cyrillic(k) && lexicon::cyrillic_oblique_name(ctx.word(k));
    let words = (first..last).all(|k| ctx.is_word(k));
    let nominative_given = |k: usize| ctx.lower_is(k, |l| lexicon::given_name_gender(l).is_some());
    let inflected_given = |k: usize| {
        ctx.is_cyrillic(k)
            && !nominative_given(k)
            && lexicon::cyrillic_given_gender(ctx.word(k)).is_some()
    };
    let split = last >= first + 3
        && words
        && ((oblique(first) && oblique(first + 1) && !(first + 2..last).any(oblique))
            // "Владимира Путина Юрий Ушаков": a given name in an oblique
            // case, and another in the nominative after its surname.
            || (last >= first + 4 && inflected_given(first) && nominative_given(first + 2)));
    if split {
        push_person(ctx, first, first + 2, out);
        push_person(ctx, first + 2, last, out);
    } else {
        push_person(ctx, first, last, out);
    }
}

/// One Cyrillic word after the office held over a town or region, in the
/// genitive and with no surname's ending: the place ("Мер Житомира",
/// "губернатор Курска"), not the holder ("мэр Собянин", "мэр Иванова").
fn place_after_office(ctx: &Context, first: usize, last: usize) -> bool {
    let word = ctx.word(first);
    last == first + 1
        && first > 0
        && ctx.is_cyrillic(first)
        && ctx.lower_is(first - 1, |office| {
            ALL.iter().any(|l| {
                l.entities
                    .place_office_stems
                    .iter()
                    .any(|s| office.starts_with(s))
            })
        })
        && ends_with_listed(|e| e.genitive_place_finals, word)
        && cyrillic_gender(word).is_none()
        && !ends_with_listed(|e| e.unisex_surname_endings, word)
        && !is_given_name(ctx, first)
}

/// A person name `first..last` with the roles around it.
fn push_person(ctx: &Context, first: usize, last: usize, out: &mut Vec<Candidate>) {
    if place_after_office(ctx, first, last) {
        return;
    }
    let mut c = Candidate::new(ctx, first, last, Kind::Person);
    if let Some(r) = role_before(ctx, first) {
        c.gender = r.gender;
        let mut text = r.text;
        if r.possessor_its && !text.is_empty() {
            // "its author Pavel Zarubin": the role belongs to the thing
            // named just before ("the program ...")
            // authors and hosts belong to works; other roles to the
            // nearest organisation or work
            let of_work = lexicon::is_work_role(&text);
            let recent = || out.iter().rev().take(6);
            let owner = recent()
                .find(|o| of_work && o.kind == Kind::Programme)
                .or_else(|| {
                    recent().find(|o| matches!(o.kind, Kind::Programme | Kind::Org | Kind::Law))
                });
            if let Some(owner) = owner {
                let owner_text = match owner.descriptor {
                    Some((s, e)) => format!("the {}", ctx.text.get(s..e).unwrap_or("")),
                    None => ctx
                        .text
                        .get(owner.start..owner.end)
                        .unwrap_or("")
                        .to_string(),
                };
                text = format!("{text} of {owner_text}");
            }
        }
        if !text.is_empty() {
            c.roles.push(FoundRole {
                text,
                former: r.former,
            });
        }
    }
    if let Some(r) = role_after(ctx, last) {
        if c.gender.is_none() {
            c.gender = r.text.split_whitespace().find_map(with_lower_gender);
        }
        c.roles.push(r);
    }
    out.push(c);
}

fn with_lower_gender(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 96];
    lexicon::lower_into(word, &mut buf).and_then(lexicon::title_gender)
}

pub(crate) struct RoleBefore {
    pub text: String,
    pub former: bool,
    pub gender: Option<&'static str>,
    /// "its author": the role is of a thing named before.
    pub possessor_its: bool,
}

pub(crate) fn is_former_marker(l: &str) -> bool {
    listed(|e| e.former_markers, l)
}

/// The role written right before a name: "Russian Foreign Ministry
/// spokeswoman", "the then White House spokesperson," (former), "General".
fn role_before(ctx: &Context, name: usize) -> Option<RoleBefore> {
    if name == 0 {
        return None;
    }
    if ctx.is_cyrillic(name) {
        return role_before_cyrillic(ctx, name);
    }
    let sentence = ctx.sentence(name);
    let mut j = name; // exclusive end of the role phrase
    let comma = ctx.word(j - 1) == ",";
    if comma {
        j -= 1;
    }
    if j == 0 || ctx.sentence(j - 1) != sentence {
        return None;
    }
    // "Mr. Smith"
    let mut last = j - 1;
    if ctx.word(last) == "." && !comma && last > 0 && ctx.has(last - 1, flag::TITLE_ABBR) {
        last -= 1;
    }
    if !ctx.is_word(last) || !ctx.has(last, flag::ROLE) {
        return role_with_complement(ctx, name);
    }
    let gender = with_lower_gender(ctx.word(last));
    let mut k = last; // first token of the phrase so far
    let mut former = false;
    let mut possessor_its = false;
    let mut steps = 0;
    while k > 0 && ctx.sentence(k - 1) == sentence && steps < 8 {
        let t = k - 1;
        let w = ctx.word(t);
        steps += 1;
        if w == "'s" || w == "’s" {
            if t > 0 && ctx.is_capitalised(t - 1) {
                k = t;
                continue;
            }
            break;
        }
        if !ctx.is_word(t) {
            break;
        }
        let mut accepted = false;
        let mut stop_after = false;
        ctx.lower_is(t, |l| {
            if is_former_marker(l) {
                former = true;
                accepted = true;
            } else if lexicon::is_possessive_determiner(l) {
                possessor_its = true;
                stop_after = true;
            } else if lexicon::is_role_noun(l) || lexicon::is_role_modifier(l) {
                accepted = true;
            }
            true
        });
        if stop_after {
            break;
        }
        if !accepted && ctx.is_capitalised(t) {
            // capitalised words belong to the title unless they open the
            // sentence as an ordinary word ("The", "On")
            accepted = ctx.is_acronym(t) || !ctx.has(t, flag::FUNCTION);
        }
        if !accepted {
            break;
        }
        k = t;
    }
    if comma {
        // an appositive before the name needs an article or a possessive:
        // "the then White House spokesperson, Jen Psaki", "the company's
        // spokesman, John Smith"; one plain word may modify the role after
        // it ("The company's finance chief, Raj Patel")
        let opens = |t: usize| {
            ctx.lower_is(t, lexicon::is_appositive_opener) || matches!(ctx.word(t), "'s" | "’s")
        };
        if k > 1
            && !opens(k - 1)
            && ctx.is_word(k - 1)
            && !ctx.is_capitalised(k - 1)
            && !ctx.has(k - 1, flag::FUNCTION)
            && opens(k - 2)
        {
            k -= 1;
        }
        let opener = k > 0 && opens(k - 1);
        let possessive = (k..j).any(|t| matches!(ctx.word(t), "'s" | "’s"));
        if !opener && !possessive {
            return None;
        }
    }
    // leading markers are not part of the role's text
    while k < last && ctx.has(k, flag::FORMER) {
        k += 1;
    }
    // an honorific alone ("Mr", "Mrs") gives a gender but is no role
    let honorific = k == last && ctx.lower_is(last, lexicon::is_honorific);
    let text = if honorific {
        String::new()
    } else {
        ctx.text.get(ctx.start(k)..ctx.end(last))?.to_string()
    };
    Some(RoleBefore {
        text,
        former,
        gender,
        possessor_its,
    })
}

/// "The head of the Kharkiv region Oleh Synehubov": a role noun with an
/// `of` complement right before the name.
fn role_with_complement(ctx: &Context, name: usize) -> Option<RoleBefore> {
    let sentence = ctx.sentence(name);
    let mut k = name;
    while k > 1 && name - k < 6 {
        let t = k - 1;
        if ctx.sentence(t - 1) != sentence || !ctx.is_word(t) || !ctx.is_word(t - 1) {
            return None;
        }
        if listed(|e| e.of_prepositions, ctx.word(t))
            && ctx.has(t - 1, flag::ROLE)
            && ctx.is_word(name - 1)
        {
            let role = t - 1;
            // "deputy editor of UK magazine Mac Format": a word that says
            // what a title is right before it names the body, not a person.
            let names_a_body = ctx.lower_is(name - 1, |l| {
                lexicon::is_org_head(l) || lexicon::descriptor_type(l).is_some()
            });
            if name - 1 <= t
                || names_a_body
                || ctx.lower_is(name - 1, |l| listed(|e| e.role_complement_openers, l))
            {
                return None;
            }
            let mut former = false;
            if role > 0 && ctx.has(role - 1, flag::FORMER) {
                former = true;
            }
            let text = ctx
                .text
                .get(ctx.start(role)..ctx.end(name - 1))?
                .to_string();
            return Some(RoleBefore {
                text,
                former,
                gender: with_lower_gender(ctx.word(role)),
                possessor_its: false,
            });
        }
        k = t;
    }
    None
}

/// A Ukrainian or Russian word in a case that complements a role noun.
pub(crate) fn looks_genitive(word: &str) -> bool {
    ends_with_listed(|e| e.role_complement_endings, word)
}

/// Ukrainian and Russian put the role and its genitive complement before the
/// name: "речниця МЗС Росії Марія Захарова", "міністр закордонних справ".
fn role_before_cyrillic(ctx: &Context, name: usize) -> Option<RoleBefore> {
    let sentence = ctx.sentence(name);
    let mut k = name;
    let mut role_at = None;
    // between the role and the name only its complement: capitalised words
    // ("МЗС України") or genitive-looking words ("закордонних справ")
    while k > 0 && name - k < 5 {
        let t = k - 1;
        if ctx.sentence(t) != sentence || !ctx.is_word(t) {
            break;
        }
        if ctx.has(t, flag::ROLE) {
            role_at = Some(t);
            break;
        }
        // "посол США в Україні Джудіт Гоф": a place in the locative after
        // a preposition completes the role too.
        let locative = claimtrace_lexicon::ALL
            .iter()
            .any(|l| l.entities.role_place_prepositions.contains(&ctx.word(t)))
            && is_place_or_demonym(ctx, t + 1);
        if !ctx.is_capitalised(t) && !looks_genitive(ctx.word(t)) && !locative {
            break;
        }
        k = t;
    }
    let mut start = role_at?;
    let mut former = false;
    while start > 0 && ctx.sentence(start - 1) == sentence && ctx.has(start - 1, flag::FORMER) {
        former = true;
        start -= 1;
    }
    let gender = with_lower_gender(ctx.word(role_at?));
    let first_text = if former { role_at? } else { start };
    let text = ctx
        .text
        .get(ctx.start(first_text)..ctx.end(name - 1))?
        .to_string();
    Some(RoleBefore {
        text,
        former,
        gender,
        possessor_its: false,
    })
}

/// A role in apposition after a name: ", commander of the Tavria
/// operational and strategic grouping,", ", the Russian president,".
fn role_after(ctx: &Context, after: usize) -> Option<FoundRole> {
    if ctx.word(after) != "," {
        return None;
    }
    let sentence = ctx.sentence(after);
    let mut k = after + 1;
    // an age: "John Smith, 45, a teacher"
    if ctx.kind(k) == Some(TokenKind::Number) && ctx.word(k + 1) == "," {
        k += 2;
    }
    let mut former = false;
    while ctx.sentence(k) == sentence
        && ctx.lower_is(k, |l| lexicon::is_article(l) || is_former_marker(l))
    {
        former |= ctx.has(k, flag::FORMER);
        k += 1;
    }
    let first = k;
    let mut saw_role = false;
    let mut last = first; // exclusive
    while last < ctx.len() && ctx.sentence(last) == sentence && last - first < 14 {
        let w = ctx.word(last);
        if matches!(w, "," | ";" | ")" | "(" | "." | ":" | "!" | "?") {
            break;
        }
        match ctx.kind(last) {
            Some(TokenKind::Quote) => return None,
            Some(TokenKind::Word) => {}
            _ => {
                last += 1;
                continue;
            }
        }
        let mut reject = false;
        ctx.lower_is(last, |l| {
            reject = lexicon::is_speech_verb(l) || listed(|e| e.apposition_clause_words, l);
            if last - first < 4 && lexicon::is_role_noun(l) {
                saw_role = true;
            }
            true
        });
        if reject {
            return None;
        }
        // the phrase must open with a role, a title word or a modifier
        if last == first
            && !ctx.is_capitalised(last)
            && !ctx.lower_is(last, |l| {
                lexicon::is_role_noun(l) || lexicon::is_role_modifier(l)
            })
        {
            return None;
        }
        last += 1;
    }
    if !saw_role || last == first || last - first >= 14 {
        return None;
    }
    let text = ctx
        .text
        .get(ctx.start(first)..ctx.end(last - 1))?
        .to_string();
    Some(FoundRole { text, former })
}
