//! Statements: the units that tracing compares. A statement is a quote (with
//! its speaker), a claim, or a plain sentence of a document.
//!
//! The quote layer is used when it is filled. When it is empty (a document
//! analysed by the text layers only) a small fallback finds text between
//! double quotation marks and reads the speaker from the "X said" around it,
//! and reported speech "X said that ..." from sentences, so that tracing
//! still knows who said what.

use std::collections::HashMap;

use claimtrace_core::{CharIndex, Document, EntityType, Quote};
use claimtrace_lexicon::en::{ATTRIBUTION_VERBS, BODY_HEADS, BODY_NAMES};
use claimtrace_lexicon::EN;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    Quote,
    Claim,
    #[default]
    Sentence,
    /// Two or more neighbouring sentences ([`crate::passage`]).
    Passage,
}

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Quote => "quote",
            StatementKind::Claim => "claim",
            StatementKind::Sentence => "sentence",
            StatementKind::Passage => "passage",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "quote" => Some(StatementKind::Quote),
            "claim" => Some(StatementKind::Claim),
            "sentence" => Some(StatementKind::Sentence),
            "passage" => Some(StatementKind::Passage),
            _ => None,
        }
    }
}

/// Whether words are given to a person or to a body (an institution, a
/// government, a capital city standing for its government).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Institution,
    #[default]
    Unknown,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Institution => "institution",
            SpeakerKind::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Self {
        match s {
            "person" => SpeakerKind::Person,
            "institution" => SpeakerKind::Institution,
            _ => SpeakerKind::Unknown,
        }
    }
}

/// One traceable statement of a stored or in-memory document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Statement {
    pub doc_id: String,
    /// Publication date of the document, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub kind: StatementKind,
    /// Id of the quote or claim in its document (`q3`, `c1`), if any.
    pub local_id: Option<String>,
    pub text: String,
    /// Code-point offsets of `text` in the document's text.
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_kind: SpeakerKind,
}

/// Whether a speaker's name is a body rather than a person.
pub fn is_institution_name(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let after_article = without_definite_article(&lower);
    let bare = after_article.unwrap_or(&lower).trim();
    if BODY_NAMES.contains(&bare) {
        return true;
    }
    let last = bare.rsplit(' ').next().unwrap_or(bare);
    (after_article.is_some() || bare.split(' ').count() <= 3) && BODY_HEADS.contains(&last)
}

/// What follows a definite article and a space that open `lower` ("the
/// kremlin" gives "kremlin"); `None` where no article opens it.
fn without_definite_article(lower: &str) -> Option<&str> {
    EN.trace
        .definite_articles
        .iter()
        .find_map(|article| lower.strip_prefix(article)?.strip_prefix(' '))
}

/// Person or body from a speaker's words when the entity layer says nothing.
pub fn speaker_kind_of_name(name: &str) -> SpeakerKind {
    if name.trim().is_empty() {
        SpeakerKind::Unknown
    } else if is_institution_name(name) {
        SpeakerKind::Institution
    } else {
        SpeakerKind::Person
    }
}

/// Every statement of an analysed document (byte offsets in memory,
/// code-point offsets in the result).
/// Quotes longer than this many words become one statement per sentence.
pub const MAX_QUOTE_WORDS: usize = 80;

pub fn statements_of(doc: &Document) -> Vec<Statement> {
    let base = Statement {
        doc_id: doc.meta.id.clone(),
        date: doc.meta.date.clone(),
        source: doc.meta.source.clone(),
        title: doc.meta.title.clone(),
        ..Default::default()
    };
    statement_spans_of(doc)
        .into_iter()
        .map(|st| Statement {
            text: st.text(&doc.text).to_string(),
            kind: st.kind,
            local_id: st.local_id,
            start: st.start,
            end: st.end,
            speaker: st.speaker,
            speaker_kind: st.speaker_kind,
            ..base.clone()
        })
        .collect()
}

/// A statement of a document without the document's fields (its id, date,
/// source and title, the same for every statement) and without a copy of
/// its text, which is a span of the document's text. A long document has
/// several statements per sentence (sentences, passages, quotes, claims):
/// the store writes these rows, taking each text from the document, so that
/// preparing a document does not hold its text several times over.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatementSpan {
    pub kind: StatementKind,
    pub speaker_kind: SpeakerKind,
    /// Id of the quote or claim in its document (`q3`, `c1`), if any.
    pub local_id: Option<String>,
    /// Byte offsets of the statement's text in the document's text.
    pub text_start: usize,
    pub text_end: usize,
    /// Code-point offsets of the text in the document's text.
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
}

impl StatementSpan {
    /// The statement's text, from its document's text (empty if `doc_text`
    /// is not the text the span was taken from and the span does not fit).
    pub fn text<'a>(&self, doc_text: &'a str) -> &'a str {
        doc_text.get(self.text_start..self.text_end).unwrap_or("")
    }
}

/// The statements of `statements_of`, in the same order, as spans of the
/// document's text.
pub fn statement_spans_of(doc: &Document) -> Vec<StatementSpan> {
    let text = &doc.text;
    let mut out = Vec::new();
    // Built once: O(n) here, O(log n) per offset (counting from the start
    // for every statement made ingest quadratic in the document's size).
    let chars = CharIndex::new(text);
    let speakers = SpeakerIndex::new(doc);
    let spans = SpanMaker {
        text,
        chars: &chars,
        speakers: &speakers,
    };
    let mut own_spans = push_quote_statements(doc, &spans, &mut out);
    push_claim_statements(doc, &spans, &mut out);
    let sentences: Vec<(usize, usize)> = if doc.sentences.is_empty() {
        fallback_sentences(text)
    } else {
        doc.sentences.iter().map(|s| (s.start, s.end)).collect()
    };
    let have_quote_layer = !doc.quotes.is_empty();
    let mut quoted_spans: Vec<(usize, usize)> = out
        .iter()
        .filter(|st| st.kind == StatementKind::Quote)
        .map(|st| (st.start, st.end))
        .collect();
    own_spans.sort_unstable_by_key(|&(s, e, _)| (s, e));
    quoted_spans.sort_unstable();
    if !have_quote_layer {
        push_fallback_quotes(&spans, &mut out);
    }
    let known = KnownSpans {
        have_quote_layer,
        own: &own_spans,
        quoted: &quoted_spans,
    };
    push_sentence_statements(&spans, sentences, &known, &mut out);
    out.retain(|st| st.text_start < st.text_end);
    let passages = crate::passage::passages_of(doc, &out, &chars);
    // Exactly: the statements are held until the document is written.
    out.reserve_exact(passages.len());
    out.extend(passages);
    out
}

/// Byte span of the document's own words given to its speaker, with the
/// speaker: the sentences inside it are that speaker's.
type OwnSpan = (usize, usize, Option<String>);

/// Makes the statement spans of one document: its text, code-point
/// offsets and speakers' kinds, each built once per document.
struct SpanMaker<'a> {
    text: &'a str,
    chars: &'a CharIndex,
    speakers: &'a SpeakerIndex<'a>,
}

impl SpanMaker<'_> {
    /// The statement of `kind` over bytes `s..e`, without the trailing
    /// punctuation that quote marks leave inside.
    fn span(
        &self,
        kind: StatementKind,
        local_id: Option<String>,
        s: usize,
        e: usize,
        speaker: Option<String>,
    ) -> StatementSpan {
        let speaker_kind = speaker
            .as_deref()
            .map_or(SpeakerKind::Unknown, |n| self.speakers.kind_of(n));
        // Quote marks leave a trailing comma or colon inside the quote
        // ("... pipes 2," Lavrov said): it is not part of the words.
        let raw = self.text.get(s..e).unwrap_or("");
        let trimmed = raw.trim_end_matches([',', ';', ':', ' ', '\n']);
        let e = s + trimmed.len();
        // The text is `trimmed.trim()`, held as its span.
        let text_start = s + (trimmed.len() - trimmed.trim_start().len());
        let text_end = text_start + trimmed.trim().len();
        StatementSpan {
            kind,
            local_id,
            text_start,
            text_end,
            start: self.chars.char_offset(s),
            end: self.chars.char_offset(e),
            speaker,
            speaker_kind,
        }
    }
}

/// Pushes the statements of the quote layer; returns the spans of the
/// document's own words given to its speaker.
///
/// What was said (speech, a document's words) is a quote; a belief or a
/// finding ("they should know that ...") is kept, with its speaker, as
/// a plain statement: still traced, but not listed among quotes.
fn push_quote_statements(
    doc: &Document,
    spans: &SpanMaker,
    out: &mut Vec<StatementSpan>,
) -> Vec<OwnSpan> {
    let mut own_spans: Vec<OwnSpan> = Vec::new();
    // Quotes by id, for the quote each one sits within: one look-up each,
    // not a scan of every quote (a transcript has thousands).
    let by_id: HashMap<&str, &Quote> = doc.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    for q in &doc.quotes {
        if repeats_its_turn(&by_id, q) {
            continue;
        }
        // The document's own words given to its speaker (an address whose
        // record names the speaker: no cue, no mention): the sentences
        // inside them are that speaker's too.
        let own_text = q.cue.is_none()
            && q.speaker.text.is_none()
            && q.speaker.name.is_some()
            && q.within.is_none();
        let kind = if q.attribution.is_said() {
            StatementKind::Quote
        } else {
            StatementKind::Sentence
        };
        if own_text {
            own_spans.push((q.start, q.end, q.speaker.name.clone()));
        }
        let speaker = q.speaker.name.clone().or_else(|| q.speaker.text.clone());
        for (s, e) in quote_parts(doc, q) {
            let mut st = spans.span(kind, Some(q.id.clone()), s, e, speaker.clone());
            if let Some(id) = &q.speaker.entity {
                if let Some(kind) = spans.speakers.kind_of_entity(id) {
                    st.speaker_kind = match kind {
                        EntityType::Person => SpeakerKind::Person,
                        EntityType::Organization | EntityType::Place => SpeakerKind::Institution,
                        _ => st.speaker_kind,
                    };
                }
            }
            out.push(st);
        }
    }
    own_spans
}

/// A report nested in a transcript turn and given the turn's speaker ("I
/// heard the President's words and I see ...", inside Macron's turn): its
/// words are the turn's own, which are traced sentence by sentence, and a
/// statement of the report alone would hide what a repetition cut from
/// the sentence (", but the tensions are very high").
fn repeats_its_turn(by_id: &HashMap<&str, &Quote>, q: &Quote) -> bool {
    let Some(outer) = q.within.as_deref().and_then(|id| by_id.get(id)) else {
        return false;
    };
    let is_turn = outer.kind == claimtrace_core::QuoteKind::Direct
        && outer.cue.as_ref().is_some_and(|c| c.text == ":");
    is_turn && q.speaker.name.is_some() && q.speaker.name == outer.speaker.name
}

/// The byte spans a quote is traced as. A long quote (a transcript turn, a
/// speech) is traced sentence by sentence: what gets repeated is a sentence
/// or two, and comparing every query with whole paragraphs costs more than
/// it finds.
fn quote_parts(doc: &Document, q: &Quote) -> Vec<(usize, usize)> {
    if q.text.split_whitespace().count() > MAX_QUOTE_WORDS {
        let from = doc.sentences.partition_point(|s| s.end <= q.start);
        doc.sentences
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|s| s.start < q.end)
            .map(|s| (s.start.max(q.start), s.end.min(q.end)))
            .filter(|(a, b)| a < b)
            .collect()
    } else {
        vec![(q.start, q.end)]
    }
}

fn push_claim_statements(doc: &Document, spans: &SpanMaker, out: &mut Vec<StatementSpan>) {
    for c in &doc.claims {
        out.push(spans.span(
            StatementKind::Claim,
            Some(c.id.clone()),
            c.start,
            c.end,
            c.speaker.clone(),
        ));
    }
}

/// Without a quote layer: the quotes between quotation marks, looked for
/// line by line (they may run over several sentences).
fn push_fallback_quotes(spans: &SpanMaker, out: &mut Vec<StatementSpan>) {
    let mut line_start = 0;
    for line in spans.text.split('\n') {
        for (qs, qe, speaker) in fallback_quotes(line) {
            out.push(spans.span(
                StatementKind::Quote,
                None,
                line_start + qs,
                line_start + qe,
                speaker,
            ));
        }
        line_start += line.len() + 1;
    }
}

/// What the sentence statements are read against: whether the quote layer
/// ran, the document's own words (sorted), and the code-point spans of the
/// quote statements (sorted).
struct KnownSpans<'a> {
    have_quote_layer: bool,
    own: &'a [OwnSpan],
    quoted: &'a [(usize, usize)],
}

impl KnownSpans<'_> {
    /// The speaker of the document's own words that hold bytes `s..e`.
    fn own_speaker(&self, s: usize, e: usize) -> Option<String> {
        self.own
            .get(..self.own.partition_point(|&(os, _, _)| os <= s))
            .and_then(|before| before.last())
            .filter(|&&(_, oe, _)| oe >= e)
            .and_then(|(_, _, name)| name.clone())
    }
}

/// Pushes a statement per sentence of three words or more, with its
/// speaker (the document's own words', else the transcript turn's), and,
/// without a quote layer, the reported speech ("X said that ...") in it.
fn push_sentence_statements(
    spans: &SpanMaker,
    sentences: Vec<(usize, usize)>,
    known: &KnownSpans,
    out: &mut Vec<StatementSpan>,
) {
    let mut turn_speaker: Option<String> = None;
    for (s, e) in sentences {
        let Some(sentence) = spans.text.get(s..e) else {
            continue;
        };
        // Transcripts: "Vladimir Putin: Good afternoon." opens a turn that
        // runs until the next speaker label.
        let (s, sentence) = match transcript_label(sentence) {
            Some((label, rest_at)) => {
                turn_speaker = Some(label.to_string());
                (s + rest_at, &sentence[rest_at..])
            }
            None => (s, sentence),
        };
        if sentence.split_whitespace().count() < 3 {
            continue;
        }
        if !known.have_quote_layer {
            if let Some((cs, speaker)) = reported_speech(sentence) {
                out.push(spans.span(StatementKind::Quote, None, s + cs, e, Some(speaker)));
            }
        }
        // Inside the document's own words: their speaker's.
        let own = known.own_speaker(s, e);
        let st = spans.span(
            StatementKind::Sentence,
            None,
            s,
            e,
            own.or_else(|| turn_speaker.clone()),
        );
        // A sentence that a quote statement already holds word for word
        // (a transcript turn read sentence by sentence) is not indexed twice.
        if known.quoted.binary_search(&(st.start, st.end)).is_err() {
            out.push(st);
        }
    }
}

/// The entities of a document looked up by id, by name (ASCII case
/// ignored) and by mention text, built once per document so that each
/// statement's speaker costs a hash lookup instead of a scan of every
/// entity and mention.
struct SpeakerIndex<'a> {
    by_id: HashMap<&'a str, EntityType>,
    /// Lower-cased (ASCII) name -> index of the first entity so named.
    by_name: HashMap<String, usize>,
    /// Mention text -> index of the first entity with such a mention.
    by_mention: HashMap<&'a str, usize>,
    kinds: Vec<EntityType>,
}

impl<'a> SpeakerIndex<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut index = SpeakerIndex {
            by_id: HashMap::with_capacity(doc.entities.len()),
            by_name: HashMap::with_capacity(doc.entities.len()),
            by_mention: HashMap::new(),
            kinds: Vec::with_capacity(doc.entities.len()),
        };
        for (i, e) in doc.entities.iter().enumerate() {
            index.by_id.entry(e.id.as_str()).or_insert(e.kind);
            index
                .by_name
                .entry(e.name.to_ascii_lowercase())
                .or_insert(i);
            for m in &e.mentions {
                index.by_mention.entry(m.text.as_str()).or_insert(i);
            }
            index.kinds.push(e.kind);
        }
        index
    }

    fn kind_of_entity(&self, id: &str) -> Option<EntityType> {
        self.by_id.get(id).copied()
    }

    /// The kind of a speaker named in the document: from the first entity
    /// whose name or one of whose mentions matches, else from the words.
    fn kind_of(&self, name: &str) -> SpeakerKind {
        let by_name = self.by_name.get(&name.to_ascii_lowercase()).copied();
        let by_mention = self.by_mention.get(name).copied();
        let first = match (by_name, by_mention) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match first.and_then(|i| self.kinds.get(i)) {
            Some(EntityType::Person) => SpeakerKind::Person,
            Some(EntityType::Organization | EntityType::Place) => SpeakerKind::Institution,
            _ => speaker_kind_of_name(name),
        }
    }
}

/// "Vladimir Putin: ..." or "President of Russia Vladimir Putin: ..." at
/// the start of a sentence: the label and the byte offset of what follows.
pub(crate) fn transcript_label(sentence: &str) -> Option<(&str, usize)> {
    let colon = sentence.find(": ")?;
    let label = &sentence[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || label.len() > 80 {
        return None;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    let last_cap = words
        .last()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_uppercase());
    // Labels are names: mostly capitalised, ending on a name, no verb-like
    // lower-case run ("He said: ..." is speech, not a label).
    if !last_cap || capitalised * 2 < words.len() + 1 || words.len() < 2 && capitalised < 1 {
        return None;
    }
    if words
        .iter()
        .any(|w| ATTRIBUTION_VERBS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    // "White House: ..." is a headline, not a speaker's turn.
    if is_institution_name(label) {
        return None;
    }
    Some((label, colon + 2))
}

/// Simple sentence spans when the text layer did not run: split after
/// `.`, `!` or `?` followed by a space and an upper-case letter or a quote,
/// and at line breaks.
fn fallback_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    // Two chars of look-ahead, without a copy of the text as chars.
    for (i, c) in text.char_indices() {
        let end_here = match c {
            '\n' => Some(i),
            '.' | '!' | '?' => {
                let mut ahead = text[i + c.len_utf8()..].chars();
                let next = ahead.next();
                let after = ahead.next();
                (next == Some(' ')
                    && after.is_some_and(|a| a.is_uppercase() || a == '"' || a == '“'))
                .then_some(i + 1)
            }
            _ => None,
        };
        if let Some(e) = end_here {
            if text[start..e].trim().len() > 1 {
                out.push((start, e));
            }
            start = if c == '\n' { i + 1 } else { e + 1 };
        }
    }
    if text.len() > start && text[start..].trim().len() > 1 {
        out.push((start, text.len()));
    }
    out
}

/// Text between double quotation marks in a line (3 words or more), with
/// the speaker read from "X said:" before or ", X said" after it. Byte
/// ranges are relative to the line.
fn fallback_quotes(sentence: &str) -> Vec<(usize, usize, Option<String>)> {
    let mut out = Vec::new();
    // (byte offset of the opening mark, of the first byte after it)
    let mut open: Option<(usize, usize)> = None;
    for (i, c) in sentence.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some((i, i + c.len_utf8())),
            ('"' | '”', Some((mark, s))) => {
                let inner = &sentence[s..i];
                let trimmed_end = s + inner.trim_end_matches([',', ' ']).len();
                if inner.split_whitespace().count() >= 3 {
                    let before = &sentence[..mark];
                    let after = &sentence[i + c.len_utf8()..];
                    let speaker = speaker_after(after).or_else(|| speaker_before(before));
                    out.push((s, trimmed_end, speaker));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// `," Lavrov said, quoting him.` / `," said Lavrov.` -> Lavrov.
fn speaker_after(after: &str) -> Option<String> {
    let rest = after.trim_start_matches([',', ' ']);
    // The verb is among the first 9 words and a name of more than 40 words
    // is longer than `clean_speaker` keeps: reading further would only
    // make a line of many quotes quadratic.
    let words: Vec<&str> = rest.split_whitespace().take(64).collect();
    let verb_at = words.iter().take(9).position(|w| {
        ATTRIBUTION_VERBS.contains(&w.trim_end_matches([',', '.', ';']).to_lowercase().as_str())
    })?;
    let name = if verb_at == 0 {
        // "said Lavrov." — the name follows the verb.
        words
            .iter()
            .skip(1)
            .take_while(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
            .map(|w| w.trim_end_matches([',', '.', ';']))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words[..verb_at].join(" ")
    };
    clean_speaker(&name)
}

/// `According to TASS, the Kremlin said:` -> the Kremlin.
fn speaker_before(before: &str) -> Option<String> {
    let b = before.trim_end().trim_end_matches(':').trim_end();
    // Only the verb and the 8 words before it are read: take them from the
    // end (the whole line before every quote would be quadratic).
    let mut words: Vec<&str> = b.split_whitespace().rev().take(9).collect();
    words.reverse();
    let last = words.last()?.to_lowercase();
    if !ATTRIBUTION_VERBS.contains(&last.trim_end_matches(',')) {
        return None;
    }
    let head = &words[..words.len() - 1];
    // The speaker starts after the last clause or sentence break
    // ("According to X, ", "... the time. ").
    let from = head
        .iter()
        .rposition(|w| ends_clause(w))
        .map_or(0, |i| i + 1);
    let from = from.max(head.len().saturating_sub(8));
    clean_speaker(&head[from..].join(" "))
}

/// A word that closes a clause or a sentence (not an abbreviation such as
/// "U.S." or "Mr.").
fn ends_clause(w: &str) -> bool {
    if w.ends_with([',', ';', '!', '?']) {
        return true;
    }
    w.strip_suffix('.')
        .is_some_and(|stem| stem.chars().count() > 3 && !stem.contains('.'))
}

fn clean_speaker(name: &str) -> Option<String> {
    let n = name
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let lower = n.to_lowercase();
    let pronoun = lower.is_empty() || EN.trace.pronoun_speakers.contains(&lower.as_str());
    (!pronoun && n.len() <= 80).then(|| n.to_string())
}

/// "X said (on Monday) that CLAUSE": the clause's byte offset and X.
fn reported_speech(sentence: &str) -> Option<(usize, String)> {
    let idx = sentence.find(" that ")?;
    let head = &sentence[..idx];
    let words: Vec<&str> = head.split_whitespace().collect();
    let verb_at = words
        .iter()
        .rposition(|w| ATTRIBUTION_VERBS.contains(&w.to_lowercase().as_str()))?;
    // Only a short time phrase may sit between the verb and "that".
    if words.len() - verb_at > 4 || verb_at == 0 {
        return None;
    }
    let from = words[..verb_at]
        .iter()
        .rposition(|w| w.ends_with(','))
        .map_or(0, |i| i + 1);
    let from = from.max(verb_at.saturating_sub(8));
    let speaker = clean_speaker(&words[from..verb_at].join(" "))?;
    if !speaker.chars().next().is_some_and(|c| c.is_uppercase()) && !speaker.starts_with("the ") {
        return None;
    }
    Some((idx + " that ".len(), speaker))
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrace_core::Metadata;

    fn doc(text: &str) -> Document {
        Document::new(
            text,
            Metadata {
                id: "d1".into(),
                date: Some("2022-03-01".into()),
                ..Default::default()
            },
        )
    }

    #[test]
    fn quotes_without_a_quote_layer_get_their_speaker_from_the_cue() {
        let d = doc("Statement repeated\nAccording to TASS, the Kremlin said: \"Grain exports will resume next week.\"\n\"We have not used them,\" Lavrov said, quoting him.");
        let st = statements_of(&d);
        let quotes: Vec<&Statement> = st
            .iter()
            .filter(|s| s.kind == StatementKind::Quote)
            .collect();
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[0].text, "Grain exports will resume next week.");
        assert_eq!(quotes[0].speaker.as_deref(), Some("the Kremlin"));
        assert_eq!(quotes[0].speaker_kind, SpeakerKind::Institution);
        assert_eq!(quotes[1].text, "We have not used them");
        assert_eq!(quotes[1].speaker.as_deref(), Some("Lavrov"));
        assert_eq!(quotes[1].speaker_kind, SpeakerKind::Person);
    }

    #[test]
    fn curly_quotes_in_running_text_are_read_safely() {
        let d = doc("The decree says civil servants must “carry out their activity in accordance with the law”. Nothing else changes.");
        let st = statements_of(&d);
        assert!(st.iter().any(|s| s.kind == StatementKind::Quote
            && s.text == "carry out their activity in accordance with the law"));
    }

    #[test]
    fn transcript_labels_give_the_speaker_of_following_sentences() {
        let d = doc("President of Russia Vladimir Putin: Good afternoon, colleagues. We will discuss the heating season today.");
        let st = statements_of(&d);
        let s = st
            .iter()
            .find(|s| s.text.starts_with("We will discuss"))
            .map(|s| s.speaker.clone());
        assert_eq!(s, Some(Some("President of Russia Vladimir Putin".into())));
    }

    #[test]
    fn a_report_nested_in_its_speakers_turn_is_traced_as_the_turns_sentence() {
        use claimtrace_core::{QuoteKind, SpanText, Speaker};
        let text = "Anna Koval: Welcome. I heard the minister's words and I see his \
                    willingness to act, but the tensions are very high.";
        let mut d = doc(text);
        claimtrace_pipeline::default_pipeline().run(&mut d);
        let speaker = Speaker {
            name: Some("Anna Koval".into()),
            text: Some("Anna Koval".into()),
            start: Some(0),
            end: Some(10),
            ..Default::default()
        };
        let turn_start = text.find("Welcome").unwrap_or(0);
        let nested = "I heard the minister's words and I see his willingness to act";
        let nested_start = text.find(nested).unwrap_or(0);
        d.quotes = vec![
            Quote {
                id: "q1".into(),
                kind: QuoteKind::Direct,
                start: turn_start,
                end: text.len(),
                text: text[turn_start..].into(),
                cue: Some(SpanText {
                    start: 10,
                    end: 11,
                    text: ":".into(),
                }),
                speaker: speaker.clone(),
                ..Default::default()
            },
            Quote {
                id: "q2".into(),
                kind: QuoteKind::Indirect,
                start: nested_start,
                end: nested_start + nested.len(),
                text: nested.into(),
                speaker,
                within: Some("q1".into()),
                ..Default::default()
            },
        ];
        let st = statements_of(&d);
        // Its words are the turn's: traced as the turn's sentence, whose
        // end (", but the tensions ...") a repetition may cut.
        assert!(st.iter().all(|s| s.text != nested), "{st:#?}");
        assert!(
            st.iter().any(|s| s.text.starts_with("I heard")
                && s.text.contains("tensions are very high")
                && s.speaker.as_deref() == Some("Anna Koval")),
            "{st:#?}"
        );
    }

    #[test]
    fn reported_speech_is_a_statement_of_its_speaker() {
        let d = doc("White House press secretary Jen Psaki said on Monday that using such weapons would potentially be a war crime.");
        let st = statements_of(&d);
        let r = st
            .iter()
            .find(|s| s.kind == StatementKind::Quote)
            .map(|s| (s.text.as_str(), s.speaker.as_deref()));
        assert_eq!(
            r,
            Some((
                "using such weapons would potentially be a war crime.",
                Some("White House press secretary Jen Psaki")
            ))
        );
    }

    #[test]
    fn bodies_and_people_are_told_apart() {
        for body in [
            "the Kremlin",
            "Moscow",
            "the Russian government",
            "the U.S. administration",
            "the White House",
        ] {
            assert!(is_institution_name(body), "{body}");
        }
        for person in [
            "Jen Psaki",
            "the Russian president",
            "Kremlin spokesman Dmitry Peskov",
            "Lavrov",
        ] {
            assert!(!is_institution_name(person), "{person}");
        }
    }
}
