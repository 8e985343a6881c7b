//! Static sentence embeddings: a compact semantic similarity with no model
//! download and no extra dependency.
//!
//! The table (`model/static-embeddings.bin`, embedded with `include_bytes!`)
//! holds one vector per word piece of the BERT uncased vocabulary, distilled
//! from the sentence encoder all-MiniLM-L6-v2 in the model2vec way by
//! `scripts/distill-static-embeddings.py`: every token run alone through the
//! encoder ("[CLS] token [SEP]", mean of the three outputs), PCA, SIF/Zipf
//! weighting, int8 with one f32 scale per row. A text is tokenised here
//! (BERT uncased normalisation and WordPiece, the same pieces as the
//! model's `tokenizer.json`), and its vector is the L2-normalised mean of the
//! rows of its pieces. Special tokens, `[UNK]` and punctuation do not count,
//! so empty or punctuation-only text gives the zero vector. Only the first
//! [`MAX_TOKENS`] word pieces of a text are used.
//!
//! File format (little-endian; written by the script, which documents it too):
//!
//! | field | type |
//! |---|---|
//! | magic `CTSE` | 4 bytes |
//! | version (1), dim D, vocab size V | u32 × 3 |
//! | ids of `[PAD]`, `[UNK]`, `[CLS]`, `[SEP]` | u32 × 4 |
//! | max chars of a word before it is `[UNK]` (100) | u32 |
//! | R1, R2: number of dropped / punctuation char ranges | u32 × 2 |
//! | dropped chars: control, format, private use, non-spacing marks | R1 × (u32 first, u32 last) |
//! | punctuation chars (ASCII punctuation and Unicode P*) | R2 × (u32 first, u32 last) |
//! | vocabulary in id order | V × (u16 byte length, UTF-8) |
//! | row scales | V × f32 |
//! | rows | V × D × i8 |
//!
//! A row whose scale is 0 is all zeros and does not count in a mean.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The word pieces of a text that are used: the first 512 (BERT's window),
/// which keeps the cost of a huge text bounded.
pub const MAX_TOKENS: usize = 512;

/// Dimension of the zero vectors that the fallback embedder returns when the
/// embedded table does not parse (the shipped table's dimension).
const FALLBACK_DIM: usize = 256;

static MODEL: &[u8] = include_bytes!("../model/static-embeddings.bin");

/// FxHash (rustc's hasher): fast for short string keys; the keys are the
/// fixed vocabulary, so there is nothing to defend against.
#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<'a> = HashMap<&'a str, u32, BuildHasherDefault<FxHasher>>;

/// Word-piece embeddings and the tokenizer that goes with them.
pub struct StaticEmbedder {
    dim: usize,
    /// Pieces that start a word.
    heads: FxMap<'static>,
    /// Continuation pieces, keyed without their "##".
    tails: FxMap<'static>,
    max_head_len: usize,
    max_tail_len: usize,
    unk: u32,
    /// Ids that never count in a mean ([PAD], [UNK], [CLS], [SEP]).
    special: [u32; 4],
    max_word_chars: usize,
    dropped: Vec<(u32, u32)>,
    punct: Vec<(u32, u32)>,
    scales: Vec<f32>,
    rows: &'static [u8],
}

impl StaticEmbedder {
    /// The embedder of the embedded table, parsed once. If the table does
    /// not parse (it always does in a release), an embedder that returns
    /// zero vectors.
    pub fn shared() -> &'static StaticEmbedder {
        static SHARED: OnceLock<StaticEmbedder> = OnceLock::new();
        SHARED.get_or_init(|| Self::parse(MODEL).unwrap_or_else(|_| Self::empty(FALLBACK_DIM)))
    }

    fn empty(dim: usize) -> StaticEmbedder {
        StaticEmbedder {
            dim,
            heads: FxMap::default(),
            tails: FxMap::default(),
            max_head_len: 0,
            max_tail_len: 0,
            unk: 0,
            special: [0; 4],
            max_word_chars: 100,
            dropped: Vec::new(),
            punct: Vec::new(),
            scales: Vec::new(),
            rows: &[],
        }
    }

    /// Whether the embedded table was read (false: the zero-vector fallback).
    pub fn is_loaded(&self) -> bool {
        !self.scales.is_empty()
    }

    /// Length of the vectors that [`embed`](Self::embed) returns.
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// The L2-normalised mean of the rows of the text's word pieces (the first
    /// [`MAX_TOKENS`]); the zero vector when none counts (empty text,
    /// punctuation only, unknown words only).
    pub fn embed(&self, text: &str) -> Vec<f32> {
        let mut acc = vec![0f32; self.dim];
        let mut n = 0usize;
        self.for_each_piece(text, |id| {
            let i = id as usize;
            if self.special.contains(&id) {
                return;
            }
            let Some(&scale) = self.scales.get(i) else {
                return;
            };
            if scale == 0.0 {
                return;
            }
            let Some(row) = self.rows.get(i * self.dim..(i + 1) * self.dim) else {
                return;
            };
            for (a, &q) in acc.iter_mut().zip(row) {
                *a += scale * f32::from(q as i8);
            }
            n += 1;
        });
        if n == 0 {
            return acc;
        }
        let norm = acc.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 && norm.is_finite() {
            for a in &mut acc {
                *a /= norm;
            }
        } else {
            acc.iter_mut().for_each(|a| *a = 0.0);
        }
        acc
    }

    /// The word-piece ids of a text as the model's `tokenizer.json` gives
    /// them (without [CLS]/[SEP]), the first [`MAX_TOKENS`] of them.
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        self.for_each_piece(text, |id| ids.push(id));
        ids
    }

    /// Cosine of two vectors; 0 when either is zero, their lengths differ or
    /// the result is not finite.
    pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
        if a.len() != b.len() {
            return 0.0;
        }
        let (mut ab, mut aa, mut bb) = (0f32, 0f32, 0f32);
        for (&x, &y) in a.iter().zip(b) {
            ab += x * y;
            aa += x * x;
            bb += y * y;
        }
        let c = ab / (aa.sqrt() * bb.sqrt());
        if c.is_finite() {
            c.clamp(-1.0, 1.0)
        } else {
            0.0
        }
    }

    fn is_dropped(&self, c: char) -> bool {
        in_ranges(&self.dropped, c)
    }

    fn is_punct(&self, c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_punctuation()
        } else {
            in_ranges(&self.punct, c)
        }
    }

    /// Calls `f` with the id of each word piece of `text`, the first
    /// [`MAX_TOKENS`] of them: BERT uncased normalisation (control, format
    /// and private-use chars dropped, NFD without non-spacing marks,
    /// lower case), split on whitespace, punctuation and CJK ideographs,
    /// then WordPiece.
    fn for_each_piece(&self, text: &str, mut f: impl FnMut(u32)) {
        if !self.is_loaded() {
            return;
        }
        let mut word = String::with_capacity(64);
        let mut chars = 0usize;
        let mut left = MAX_TOKENS;
        let mut emit = |id: u32, left: &mut usize| {
            if *left > 0 {
                *left -= 1;
                f(id);
            }
        };
        for c in text.chars() {
            if left == 0 {
                return;
            }
            if c.is_ascii() {
                // fast path: what the tables say for ASCII
                if c.is_ascii_alphanumeric() {
                    chars += 1;
                    if chars <= self.max_word_chars {
                        word.push(c.to_ascii_lowercase());
                    }
                } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
                    self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                } else if c.is_ascii_punctuation() {
                    self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                    self.piece_of_char(c, &mut left, &mut emit);
                }
                // other ASCII (controls, form feed and vertical tab too): dropped
                continue;
            }
            if self.is_dropped(c) {
                continue;
            }
            if c.is_whitespace() {
                self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                continue;
            }
            if is_cjk(c) {
                self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                self.piece_of_char(c, &mut left, &mut emit);
                continue;
            }
            let mut decomposed = [' '; 8];
            let mut nd = 0usize;
            unicode_normalization::char::decompose_canonical(c, |d| {
                if nd < decomposed.len() {
                    decomposed[nd] = d;
                    nd += 1;
                }
            });
            for &d in &decomposed[..nd] {
                if self.is_dropped(d) {
                    continue;
                }
                for l in d.to_lowercase() {
                    if self.is_punct(l) {
                        self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                        self.piece_of_char(l, &mut left, &mut emit);
                    } else if l.is_whitespace() {
                        self.end_word(&mut word, &mut chars, &mut left, &mut emit);
                    } else {
                        chars += 1;
                        if chars <= self.max_word_chars {
                            word.push(l);
                        }
                    }
                }
            }
        }
        self.end_word(&mut word, &mut chars, &mut left, &mut emit);
    }

    fn piece_of_char(&self, c: char, left: &mut usize, emit: &mut impl FnMut(u32, &mut usize)) {
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        let id = self.heads.get(s).copied().unwrap_or(self.unk);
        emit(id, left);
    }

    /// WordPiece of the word in `word` (greedy longest match first, "##"
    /// continuations; [UNK] for a word over `max_word_chars` chars or with a
    /// part that matches nothing); clears it.
    fn end_word(
        &self,
        word: &mut String,
        chars: &mut usize,
        left: &mut usize,
        emit: &mut impl FnMut(u32, &mut usize),
    ) {
        if word.is_empty() && *chars == 0 {
            return;
        }
        let too_long = *chars > self.max_word_chars;
        *chars = 0;
        if too_long {
            word.clear();
            emit(self.unk, left);
            return;
        }
        let w = word.as_str();
        // first pass: find the pieces; emit only if the whole word matched
        let mut pieces = [0u32; 128];
        let mut np = 0usize;
        let mut start = 0usize;
        let mut ok = true;
        while start < w.len() {
            let (map, max_len) = if start == 0 {
                (&self.heads, self.max_head_len)
            } else {
                (&self.tails, self.max_tail_len)
            };
            let mut end = w.len().min(start + max_len);
            let mut found = None;
            while end > start {
                if w.is_char_boundary(end) {
                    if let Some(&id) = w.get(start..end).and_then(|s| map.get(s)) {
                        found = Some(id);
                        break;
                    }
                }
                end -= 1;
            }
            match found {
                Some(id) if np < pieces.len() => {
                    pieces[np] = id;
                    np += 1;
                    start = end;
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        word.clear();
        if ok {
            for &id in &pieces[..np] {
                emit(id, left);
            }
        } else {
            emit(self.unk, left);
        }
    }

    fn parse(bytes: &'static [u8]) -> Result<StaticEmbedder, &'static str> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != b"CTSE" {
            return Err("bad magic");
        }
        if r.u32()? != 1 {
            return Err("unknown version");
        }
        let dim = r.u32()? as usize;
        let vocab = r.u32()? as usize;
        let [pad, unk, cls, sep] = [r.u32()?, r.u32()?, r.u32()?, r.u32()?];
        let max_word_chars = r.u32()? as usize;
        let n_dropped = r.u32()? as usize;
        let n_punct = r.u32()? as usize;
        if dim == 0 || vocab == 0 || [pad, unk, cls, sep].iter().any(|&i| i as usize >= vocab) {
            return Err("bad header");
        }
        let mut ranges = |n: usize| -> Result<Vec<(u32, u32)>, &'static str> {
            let mut v = Vec::with_capacity(n.min(1 << 16));
            for _ in 0..n {
                v.push((r.u32()?, r.u32()?));
            }
            if v.windows(2).any(|p| p[0].1 >= p[1].0) || v.iter().any(|p| p.0 > p.1) {
                return Err("char ranges not sorted");
            }
            Ok(v)
        };
        let dropped = ranges(n_dropped)?;
        let punct = ranges(n_punct)?;
        let mut heads = FxMap::default();
        let mut tails = FxMap::default();
        let (mut max_head_len, mut max_tail_len) = (0, 0);
        for id in 0..vocab {
            let len = r.u16()? as usize;
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| "vocab not UTF-8")?;
            let id = id as u32;
            if let Some(t) = s.strip_prefix("##").filter(|t| !t.is_empty()) {
                max_tail_len = max_tail_len.max(t.len());
                tails.entry(t).or_insert(id);
            } else {
                max_head_len = max_head_len.max(s.len());
                heads.entry(s).or_insert(id);
            }
        }
        let mut scales = Vec::with_capacity(vocab);
        for _ in 0..vocab {
            let s = f32::from_le_bytes(r.array()?);
            scales.push(if s.is_finite() { s } else { 0.0 });
        }
        let rows = r.take(vocab.checked_mul(dim).ok_or("table too large")?)?;
        if r.pos != bytes.len() {
            return Err("trailing bytes");
        }
        Ok(StaticEmbedder {
            dim,
            heads,
            tails,
            max_head_len,
            max_tail_len,
            unk,
            special: [pad, unk, cls, sep],
            max_word_chars,
            dropped,
            punct,
            scales,
            rows,
        })
    }
}

struct Reader {
    bytes: &'static [u8],
    pos: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], &'static str> {
        let end = self.pos.checked_add(n).ok_or("truncated")?;
        let s = self.bytes.get(self.pos..end).ok_or("truncated")?;
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], &'static str> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, &'static str> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u16(&mut self) -> Result<u16, &'static str> {
        Ok(u16::from_le_bytes(self.array()?))
    }
}

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    match ranges.binary_search_by(|&(a, _)| a.cmp(&cp)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => ranges.get(i - 1).is_some_and(|&(_, b)| cp <= b),
    }
}

/// The CJK ideographs that BERT splits into words of one char.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B820..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e() -> &'static StaticEmbedder {
        let e = StaticEmbedder::shared();
        assert!(e.is_loaded());
        e
    }

    #[test]
    fn embed_tokenizer_matches_tokenizer_json() {
        // ids checked with the script's tokenizer and with the `tokenizers`
        // library on the model's tokenizer.json
        let cases: &[(&str, &[u32])] = &[
            ("unaffable", &[14477, 20961, 3468]),
            ("playing", &[2652]),
            ("Zelenskyy", &[27838, 7770, 5874, 2100]),
            ("disinformation", &[4487, 11493, 14192, 3370]),
            ("Café", &[7668]),
            ("1,000", &[1015, 1010, 2199]),
            ("don't", &[2123, 1005, 1056]),
            ("東京", &[1879, 1755]),
        ];
        for (text, ids) in cases {
            assert_eq!(e().token_ids(text), *ids, "{text}");
        }
    }

    #[test]
    fn embed_tokenizer_special_cases() {
        let e = e();
        // a word over 100 chars is one [UNK]
        let long = "a".repeat(150) + " ok";
        assert_eq!(e.token_ids(&long), vec![100, 7929]);
        // control and format chars vanish, line separators split
        assert_eq!(e.token_ids("o\u{200b}k\u{0}"), e.token_ids("ok"));
        assert_eq!(e.token_ids("ok\u{2028}ok"), vec![7929, 7929]);
        // a combining mark is dropped; curly quotes are punctuation
        assert_eq!(e.token_ids("cafe\u{301}"), vec![7668]);
        assert_eq!(e.token_ids("\u{201c}ok\u{201d}").len(), 3);
        // the cap
        assert_eq!(e.token_ids(&"ok ".repeat(2000)).len(), MAX_TOKENS);
    }

    #[test]
    fn embed_paraphrase_beats_unrelated() {
        let e = e();
        let a = e.embed(
            "\"We will not raise taxes on working families,\" the finance minister told reporters.",
        );
        let b = e.embed(
            "The finance minister promised that ordinary working households would not face higher taxes.",
        );
        let c =
            e.embed("Heavy rain flooded the stadium and the cup final was postponed until Sunday.");
        let d = e.embed(
            "\"Our soldiers have freed the village and keep pushing east,\" the general said.",
        );
        let f = e.embed(
            "The general said the troops had liberated the village and were advancing eastwards.",
        );
        let para = StaticEmbedder::cosine(&a, &b);
        let para2 = StaticEmbedder::cosine(&d, &f);
        for other in [&c, &d] {
            let unrel = StaticEmbedder::cosine(&a, other);
            assert!(para > unrel + 0.2, "paraphrase {para} vs unrelated {unrel}");
        }
        let unrel2 = StaticEmbedder::cosine(&d, &c);
        assert!(
            para2 > unrel2 + 0.2,
            "paraphrase {para2} vs unrelated {unrel2}"
        );
        assert_eq!(a.len(), e.dim());
        let n: f32 = a.iter().map(|x| x * x).sum();
        assert!((n - 1.0).abs() < 1e-4);
    }

    #[test]
    fn embed_zero_for_nothing_to_embed() {
        let e = e();
        for text in [
            "",
            "   ",
            "...",
            "!?,;:\"'()",
            "\u{201c}\u{201d} \u{2014}",
            "\u{0}\u{200b}",
        ] {
            let v = e.embed(text);
            assert_eq!(v.len(), e.dim());
            assert!(v.iter().all(|&x| x == 0.0), "{text:?}");
            assert_eq!(
                StaticEmbedder::cosine(&v, &e.embed("the minister said")),
                0.0
            );
        }
    }

    #[test]
    fn embed_hostile_input_does_not_panic() {
        let e = e();
        let mut hostile = vec![
            "x".repeat(5_000_000),
            "\u{301}".repeat(100_000),
            "a\u{301}\u{302}\u{303}".repeat(50_000),
            (0u32..0x3000)
                .filter_map(char::from_u32)
                .collect::<String>(),
            "\u{0}\u{1}\u{7f}\u{85}\u{feff}\u{fffd}\u{e000}\u{10ffff}".repeat(1000),
            "##".repeat(1000),
            "[CLS] [SEP] [UNK] [PAD] [MASK]".into(),
            "ﷺ ﷻ ǅ ᾏ ŉ İ ß ﬃ".into(),
        ];
        hostile.push(hostile[0].clone() + " tail");
        for text in &hostile {
            let v = e.embed(text);
            assert_eq!(v.len(), e.dim());
            assert!(v.iter().all(|x| x.is_finite()));
            assert!(e.token_ids(text).len() <= MAX_TOKENS);
        }
        assert_eq!(StaticEmbedder::cosine(&[1.0], &[1.0, 2.0]), 0.0);
        assert_eq!(StaticEmbedder::cosine(&[], &[]), 0.0);
    }

    #[test]
    fn embed_bad_table_gives_zero_vectors() {
        assert!(StaticEmbedder::parse(b"nope").is_err());
        assert!(StaticEmbedder::parse(&MODEL[..MODEL.len() - 1]).is_err());
        let z = StaticEmbedder::empty(8);
        assert_eq!(z.embed("hello world"), vec![0.0; 8]);
    }

    /// `cargo test --release -p claimtrace-trace embed_throughput -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn embed_throughput() {
        let e = e();
        let texts = [
            "\"We will not negotiate with terrorists under any circumstances,\" the minister said on Tuesday.",
            "Bread now costs twice what it did in January, and households are struggling to manage.",
            "The central bank left interest rates unchanged at 4.5% and signalled cuts next year.",
            "Observers said the vote had been neither free nor fair, citing intimidation at polling stations.",
        ];
        let n = 200_000;
        let t = std::time::Instant::now();
        let mut s = 0f32;
        for i in 0..n {
            s += e.embed(texts[i % texts.len()])[0];
        }
        let dt = t.elapsed().as_secs_f64();
        println!("{:.0} passages/s ({s})", n as f64 / dt);
    }
}
