//! Word clusters learned from unlabelled news: classes of words that occur
//! in the same contexts, so that the tagger can generalise from the words
//! it saw in training to words it did not ("apologize" after "and" reads
//! like "resign"; "during" like "after").
//!
//! How they are made (`claimtrace train clusters`), all deterministic:
//! 1. every token becomes a word key (lower-cased; numbers and quotation
//!    marks collapse to one class each, as in the tagger's features);
//! 2. each vocabulary word (at least `min_count` occurrences) is described
//!    by the words at offsets -2, -1, +1 and +2 around it, restricted to the
//!    most frequent `contexts` words, weighted by positive PMI;
//! 3. those sparse vectors are projected to `dims` dimensions with fixed
//!    pseudo-random ±1 vectors (Johnson-Lindenstrauss: cosines survive);
//! 4. spherical k-means (k-means++ seeding) groups the words into `fine`
//!    clusters, and the fine centroids are grouped again into `mid` and
//!    then `coarse` clusters, a three-level hierarchy like the bit-string
//!    prefixes of Brown clusters.
//!
//! The file (`model/clusters.bin`) holds sorted 32-bit word keys and a
//! fine cluster per key, and the fine → mid → coarse parent tables:
//! about 6 bytes per word.

use std::collections::HashMap;

use claimtrace_core::{Token, TokenKind};

use super::model::ModelError;
use claimtrace_core::fnv1a;

const MAGIC: &[u8; 4] = b"CTWC";
const FORMAT: u8 = 1;

/// The hash of a token as the tagger reads it: lower-cased, numbers as
/// one word and quotation marks as another.
pub fn word_key(kind: Option<TokenKind>, word: &str, buf: &mut String) -> u64 {
    match kind {
        Some(TokenKind::Number) => fnv1a(b"<num>"),
        Some(TokenKind::Quote) => fnv1a(b"<q>"),
        _ => {
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            fnv1a(buf.as_bytes())
        }
    }
}

fn short_key(h: u64) -> u32 {
    // Folding both halves keeps the bits of the whole hash.
    (h >> 32) as u32 ^ h as u32
}

/// A word's clusters at three granularities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordClass {
    pub fine: u16,
    pub mid: u16,
    pub coarse: u16,
}

/// Word → cluster table.
#[derive(Debug, Clone, Default)]
pub struct WordClusters {
    keys: Vec<u32>,
    fine: Vec<u16>,
    mid_of_fine: Vec<u16>,
    coarse_of_mid: Vec<u16>,
}

impl WordClusters {
    /// The classes of the word whose [`word_key`] is `h`, if it was in the
    /// vocabulary.
    pub fn lookup(&self, h: u64) -> Option<WordClass> {
        let k = short_key(h);
        let at = self.keys.binary_search(&k).ok()?;
        let fine = *self.fine.get(at)?;
        let mid = *self.mid_of_fine.get(usize::from(fine))?;
        let coarse = *self.coarse_of_mid.get(usize::from(mid))?;
        Some(WordClass { fine, mid, coarse })
    }

    pub fn words(&self) -> usize {
        self.keys.len()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.keys.len() * 6);
        out.extend_from_slice(MAGIC);
        out.push(FORMAT);
        let len32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes();
        out.extend_from_slice(&len32(self.keys.len()));
        out.extend_from_slice(&len32(self.mid_of_fine.len()));
        out.extend_from_slice(&len32(self.coarse_of_mid.len()));
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for v in self
            .fine
            .iter()
            .chain(&self.mid_of_fine)
            .chain(&self.coarse_of_mid)
        {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let bad = ModelError::Format;
        if bytes.get(..4) != Some(MAGIC) {
            return Err(bad("word clusters: not a CTWC file"));
        }
        if bytes.get(4) != Some(&FORMAT) {
            return Err(bad("word clusters: unknown format"));
        }
        let u32_at = |at: usize| -> Result<usize, ModelError> {
            bytes
                .get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
                .and_then(|v| usize::try_from(v).ok())
                .ok_or(bad("word clusters: truncated header"))
        };
        let (n, n_fine, n_mid) = (u32_at(5)?, u32_at(9)?, u32_at(13)?);
        let mut at = 17;
        let need = n
            .checked_mul(6)
            .and_then(|x| x.checked_add((n_fine + n_mid) * 2))
            .ok_or(bad("word clusters: sizes overflow"))?;
        if bytes.len() != at + need {
            return Err(bad("word clusters: wrong length"));
        }
        let mut keys = Vec::with_capacity(n);
        for _ in 0..n {
            keys.push(u32_at(at).map(|v| v as u32)?);
            at += 4;
        }
        let mut u16s = |count: usize| -> Vec<u16> {
            let v = (0..count)
                .map(|k| {
                    let p = at + 2 * k;
                    u16::from_le_bytes([
                        bytes.get(p).copied().unwrap_or(0),
                        bytes.get(p + 1).copied().unwrap_or(0),
                    ])
                })
                .collect();
            at += 2 * count;
            v
        };
        let fine = u16s(n);
        let mid_of_fine = u16s(n_fine);
        let coarse_of_mid = u16s(n_mid);
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("word clusters: keys not sorted"));
        }
        if fine.iter().any(|&f| usize::from(f) >= n_fine)
            || mid_of_fine.iter().any(|&m| usize::from(m) >= n_mid)
        {
            return Err(bad("word clusters: cluster out of range"));
        }
        Ok(WordClusters {
            keys,
            fine,
            mid_of_fine,
            coarse_of_mid,
        })
    }
}

/// How clusters are trained.
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    pub min_count: u32,
    pub max_words: usize,
    pub contexts: usize,
    pub dims: usize,
    pub fine: usize,
    pub mid: usize,
    pub coarse: usize,
    pub iterations: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 5,
            max_words: 40_000,
            contexts: 1_000,
            dims: 128,
            fine: 512,
            mid: 128,
            coarse: 32,
            iterations: 15,
        }
    }
}

/// Accumulates token streams, then clusters them.
#[derive(Default)]
pub struct ClusterTrainer {
    /// Word hash → provisional id.
    ids: HashMap<u64, u32>,
    /// Each provisional id's word key.
    hash_of: Vec<u64>,
    /// The first spelling seen of each provisional id (for reports).
    spelling: Vec<String>,
    counts: Vec<u64>,
    /// Every document's provisional ids, documents separated by `u32::MAX`.
    stream: Vec<u32>,
}

/// A trained table and, for a person checking it, the most frequent words
/// of some clusters.
pub struct Trained {
    pub clusters: WordClusters,
    pub samples: Vec<(u16, Vec<String>)>,
}

impl ClusterTrainer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one document's tokens.
    pub fn add(&mut self, text: &str, tokens: &[Token]) {
        let mut buf = String::new();
        for t in tokens {
            let word = text.get(t.start()..t.end()).unwrap_or("");
            let h = word_key(Some(t.kind), word, &mut buf);
            let next = u32::try_from(self.spelling.len()).unwrap_or(u32::MAX - 1);
            let id = *self.ids.entry(h).or_insert_with(|| {
                self.hash_of.push(h);
                self.spelling.push(match t.kind {
                    TokenKind::Number => "<num>".to_string(),
                    TokenKind::Quote => "<q>".to_string(),
                    _ => buf.clone(),
                });
                self.counts.push(0);
                next
            });
            if let Some(c) = self.counts.get_mut(id as usize) {
                *c += 1;
            }
            self.stream.push(id);
        }
        self.stream.push(u32::MAX);
    }

    pub fn tokens(&self) -> usize {
        self.stream.len()
    }

    /// Clusters the words seen so far.
    pub fn train(&self, opts: &ClusterOptions, mut progress: impl FnMut(&str)) -> Trained {
        let (hashes, spellings, vectors) = self.vectors(opts);
        progress(&format!(
            "{} words, {} tokens; clustering into {} / {} / {}",
            hashes.len(),
            self.stream.len(),
            opts.fine,
            opts.mid,
            opts.coarse
        ));
        let dims = opts.dims;
        let weights = vec![1.0f32; hashes.len()];
        let (fine_of, fine_centroids) =
            spherical_kmeans(&vectors, &weights, dims, opts.fine, opts.iterations, 1);
        progress("fine clusters done");
        let sizes = cluster_sizes(&fine_of, opts.fine);
        let (mid_of_fine, mid_centroids) =
            spherical_kmeans(&fine_centroids, &sizes, dims, opts.mid, opts.iterations, 2);
        let mid_sizes = parent_sizes(&mid_of_fine, &sizes, opts.mid);
        let (coarse_of_mid, _) = spherical_kmeans(
            &mid_centroids,
            &mid_sizes,
            dims,
            opts.coarse,
            opts.iterations,
            3,
        );
        let pairs = keyed_clusters(&hashes, &fine_of);
        let samples = cluster_samples(&fine_of, &spellings, opts.fine);
        Trained {
            clusters: WordClusters {
                keys: pairs.iter().map(|p| p.0).collect(),
                fine: pairs.iter().map(|p| p.1).collect(),
                mid_of_fine,
                coarse_of_mid,
            },
            samples,
        }
    }

    /// Vocabulary (most frequent first) and each word's projected,
    /// normalised PPMI context vector (row-major, `dims` per word).
    fn vectors(&self, opts: &ClusterOptions) -> (Vec<u64>, Vec<String>, Vec<f32>) {
        let order = self.by_frequency();
        let count = |id: u32| self.counts.get(id as usize).copied().unwrap_or(0);
        let vocab: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&id| count(id) >= u64::from(opts.min_count))
            .take(opts.max_words)
            .collect();
        // Each id's vocabulary row and context column (`u32::MAX`: none).
        let row = positions_of(vocab.iter().copied(), self.counts.len());
        let ctx_col = positions_of(order.iter().copied().take(opts.contexts), self.counts.len());
        let n_cols = 4 * opts.contexts;
        let counts = PairCounts::of(
            self.context_pairs(&row, &ctx_col, opts.contexts),
            vocab.len(),
            n_cols,
        );
        let vectors = counts.projected_ppmi(vocab.len(), n_cols, opts.dims);
        let hashes = vocab
            .iter()
            .map(|&id| self.hash_of.get(id as usize).copied().unwrap_or(0))
            .collect();
        let spellings = vocab
            .iter()
            .map(|&id| self.spelling_of(id).to_string())
            .collect();
        (hashes, spellings, vectors)
    }

    fn spelling_of(&self, id: u32) -> &str {
        self.spelling.get(id as usize).map_or("", String::as_str)
    }

    /// Every provisional id, the most frequent first (ties by spelling).
    fn by_frequency(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..u32::try_from(self.counts.len()).unwrap_or(0)).collect();
        let count = |id: u32| self.counts.get(id as usize).copied().unwrap_or(0);
        order.sort_by(|&a, &b| {
            count(b)
                .cmp(&count(a))
                .then(self.spelling_of(a).cmp(self.spelling_of(b)))
        });
        order
    }

    /// Every (vocabulary row, context column) pair of the stream as one
    /// `u64` (row in the high half; column: offset slot times `n_ctx` plus
    /// the context word's column), sorted.
    fn context_pairs(&self, row: &[u32], ctx_col: &[u32], contexts: usize) -> Vec<u64> {
        let n_ctx = u64::try_from(contexts).unwrap_or(0);
        let mut pairs: Vec<u64> = Vec::with_capacity(self.stream.len() * 4);
        let s = &self.stream;
        for (t, &id) in s.iter().enumerate() {
            let r = match row.get(id as usize) {
                Some(&r) if r != u32::MAX => u64::from(r),
                _ => continue,
            };
            for (slot, off) in [(0u64, -2isize), (1, -1), (2, 1), (3, 2)] {
                let Some(p) = t.checked_add_signed(off) else {
                    continue;
                };
                // Contexts do not cross a document boundary.
                let (lo, hi) = if p < t { (p, t) } else { (t + 1, p + 1) };
                if s.get(lo..hi).is_none_or(|w| w.contains(&u32::MAX)) {
                    continue;
                }
                let Some(&cid) = s.get(p) else { continue };
                match ctx_col.get(cid as usize) {
                    Some(&c) if c != u32::MAX => {
                        pairs.push((r << 32) | (slot * n_ctx + u64::from(c)));
                    }
                    _ => {}
                }
            }
        }
        pairs.sort_unstable();
        pairs
    }
}

/// For each of `len` ids, its position in `ids` (`u32::MAX` for ids not
/// in it).
fn positions_of(ids: impl Iterator<Item = u32>, len: usize) -> Vec<u32> {
    let mut at = vec![u32::MAX; len];
    for (k, id) in ids.enumerate() {
        if let Some(slot) = at.get_mut(id as usize) {
            *slot = u32::try_from(k).unwrap_or(u32::MAX);
        }
    }
    at
}

/// Co-occurrence counts of (row, column) pairs, with their row and
/// column totals.
struct PairCounts {
    row_tot: Vec<f64>,
    col_tot: Vec<f64>,
    /// (row, column, count) of each distinct pair.
    runs: Vec<(u32, u32, f64)>,
}

impl PairCounts {
    /// Counts the runs of equal pairs in `pairs` (sorted, as from
    /// [`ClusterTrainer::context_pairs`]).
    fn of(pairs: Vec<u64>, n_rows: usize, n_cols: usize) -> Self {
        let mut counts = PairCounts {
            row_tot: vec![0f64; n_rows],
            col_tot: vec![0f64; n_cols],
            runs: Vec::new(),
        };
        let mut k = 0;
        while k < pairs.len() {
            let p = pairs.get(k).copied().unwrap_or(0);
            let mut e = k;
            while pairs.get(e) == Some(&p) {
                e += 1;
            }
            let (r, c) = ((p >> 32) as u32, (p & 0xffff_ffff) as u32);
            let n = (e - k) as f64;
            if let Some(x) = counts.row_tot.get_mut(r as usize) {
                *x += n;
            }
            if let Some(x) = counts.col_tot.get_mut(c as usize) {
                *x += n;
            }
            counts.runs.push((r, c, n));
            k = e;
        }
        counts
    }

    /// Each row's positive PMI vector projected to `dims` dimensions by
    /// fixed ±1 signs per column, normalised (row-major).
    fn projected_ppmi(&self, n_rows: usize, n_cols: usize, dims: usize) -> Vec<f32> {
        // Context-distribution smoothing (alpha 0.75), as in word2vec.
        let col_smooth: Vec<f64> = self.col_tot.iter().map(|&c| c.powf(0.75)).collect();
        let smooth_total: f64 = col_smooth.iter().sum();
        let mut vectors = vec![0f32; n_rows * dims];
        let signs = projection_signs(n_cols, dims);
        for &(r, c, n) in &self.runs {
            let rt = self.row_tot.get(r as usize).copied().unwrap_or(1.0);
            let cs = col_smooth.get(c as usize).copied().unwrap_or(1.0);
            // ln(P(w, c) / (P(w) P_0.75(c))): the corpus total cancels.
            let pmi = ((n * smooth_total) / (rt * cs)).ln();
            if pmi <= 0.0 {
                continue;
            }
            let at = r as usize * dims;
            let cat = c as usize * dims;
            if let (Some(v), Some(sg)) =
                (vectors.get_mut(at..at + dims), signs.get(cat..cat + dims))
            {
                for (x, s) in v.iter_mut().zip(sg) {
                    *x += (pmi as f32) * s;
                }
            }
        }
        for v in vectors.chunks_mut(dims) {
            normalise(v);
        }
        vectors
    }
}

/// The ±1 signs of each of `n_cols` context columns in each of `dims`
/// dimensions (row-major by column), computed once.
fn projection_signs(n_cols: usize, dims: usize) -> Vec<f32> {
    let projection = |c: u32, d: usize| -> f32 {
        // splitmix64 of (column, dimension): every bit well mixed (the
        // low bit of an FNV hash is only the parity of its bytes).
        let mut z = (u64::from(c) << 32 | d as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        let h = z ^ (z >> 31);
        if h >> 63 == 0 {
            1.0
        } else {
            -1.0
        }
    };
    (0..n_cols)
        .flat_map(|c| (0..dims).map(move |d| (c, d)))
        .map(|(c, d)| projection(u32::try_from(c).unwrap_or(0), d))
        .collect()
}

/// The size of each of `k` parent clusters: the summed sizes of the
/// clusters under it.
fn parent_sizes(parent_of: &[u16], sizes: &[f32], k: usize) -> Vec<f32> {
    let mut s = vec![0.0f32; k];
    for (f, &m) in parent_of.iter().enumerate() {
        if let (Some(slot), Some(&n)) = (s.get_mut(m as usize), sizes.get(f)) {
            *slot += n;
        }
    }
    s
}

/// (short key, fine cluster) of each word, sorted by key. A (vanishingly
/// rare) 32-bit collision keeps the more frequent word, which was added
/// first.
fn keyed_clusters(hashes: &[u64], fine_of: &[u16]) -> Vec<(u32, u16)> {
    let mut pairs: Vec<(u32, u16)> = hashes
        .iter()
        .zip(fine_of)
        .map(|(&h, &f)| (short_key(h), f))
        .collect();
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| p.0);
    pairs
}

/// For a person checking the clusters: the most frequent words (up to 12)
/// of up to 40 fine clusters spread over all `fine`.
fn cluster_samples(fine_of: &[u16], spellings: &[String], fine: usize) -> Vec<(u16, Vec<String>)> {
    (0..fine.min(40))
        .map(|c| {
            let c = u16::try_from(c * (fine / 40).max(1)).unwrap_or(0);
            let words = fine_of
                .iter()
                .zip(spellings)
                .filter(|(&f, _)| f == c)
                .take(12)
                .map(|(_, s)| s.clone())
                .collect();
            (c, words)
        })
        .collect()
}

fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        for x in v.iter_mut() {
            *x /= n;
        }
    }
}

fn cluster_sizes(assign: &[u16], k: usize) -> Vec<f32> {
    let mut s = vec![0f32; k];
    for &a in assign {
        if let Some(x) = s.get_mut(usize::from(a)) {
            *x += 1.0;
        }
    }
    s
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Spherical k-means on unit rows of `points` (`dims` each) with point
/// weights; k-means++ seeding from a fixed seed. Returns each point's
/// cluster and the unit centroids.
fn spherical_kmeans(
    points: &[f32],
    weights: &[f32],
    dims: usize,
    k: usize,
    iterations: usize,
    seed: u64,
) -> (Vec<u16>, Vec<f32>) {
    let n = points.len() / dims.max(1);
    let k = k.min(n).max(1);
    let mut centroids = kmeans_plus_plus(points, weights, dims, k, seed);
    let mut assign = vec![0u16; n];
    for _ in 0..iterations {
        let moved = assign_nearest(points, dims, &centroids, &mut assign);
        recentre(points, weights, dims, k, &assign, &mut centroids);
        if moved == 0 {
            break;
        }
    }
    (assign, centroids)
}

/// Row `i` of `points` (`dims` each; empty past the end).
fn row_of(points: &[f32], dims: usize, i: usize) -> &[f32] {
    points.get(i * dims..(i + 1) * dims).unwrap_or(&[])
}

/// k-means++ seeding: the first point, then each next seed drawn in
/// proportion to weight x distance from the nearest seed, by a xorshift
/// generator from `seed`. Returns the `k` seeds (row-major).
fn kmeans_plus_plus(points: &[f32], weights: &[f32], dims: usize, k: usize, seed: u64) -> Vec<f32> {
    let n = points.len() / dims.max(1);
    let row = |i: usize| row_of(points, dims, i);
    let mut rng = 0x9e37_79b9_7f4a_7c15u64 ^ seed.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut centroids: Vec<f32> = Vec::with_capacity(k * dims);
    centroids.extend_from_slice(row(0));
    let mut best = vec![f32::MAX; n];
    for c in 1..k {
        let last = centroids
            .get((c - 1) * dims..c * dims)
            .unwrap_or(&[])
            .to_vec();
        let mut total = 0f64;
        for (i, b) in best.iter_mut().enumerate() {
            let d = (1.0 - dot(row(i), &last)).max(0.0);
            if d < *b {
                *b = d;
            }
            total += f64::from(*b) * f64::from(weights.get(i).copied().unwrap_or(1.0));
        }
        let mut target = next() * total;
        let mut pick = n - 1;
        for (i, b) in best.iter().enumerate() {
            target -= f64::from(*b) * f64::from(weights.get(i).copied().unwrap_or(1.0));
            if target <= 0.0 {
                pick = i;
                break;
            }
        }
        centroids.extend_from_slice(row(pick));
    }
    centroids
}

/// Assigns each point to its nearest centroid (highest cosine; the first
/// on a tie). Returns how many points moved.
fn assign_nearest(points: &[f32], dims: usize, centroids: &[f32], assign: &mut [u16]) -> usize {
    let mut moved = 0usize;
    for (i, a) in assign.iter_mut().enumerate() {
        let p = row_of(points, dims, i);
        let (mut arg, mut top) = (0usize, f32::MIN);
        for (c, cen) in centroids.chunks(dims).enumerate() {
            let s = dot(p, cen);
            if s > top {
                top = s;
                arg = c;
            }
        }
        let arg = u16::try_from(arg).unwrap_or(0);
        if *a != arg {
            moved += 1;
            *a = arg;
        }
    }
    moved
}

/// Moves each of the `k` centroids to the normalised weighted sum of its
/// points; an empty cluster keeps its old centroid.
fn recentre(
    points: &[f32],
    weights: &[f32],
    dims: usize,
    k: usize,
    assign: &[u16],
    centroids: &mut [f32],
) {
    let mut sums = vec![0f32; k * dims];
    for (i, &a) in assign.iter().enumerate() {
        let w = weights.get(i).copied().unwrap_or(1.0);
        let at = usize::from(a) * dims;
        if let Some(s) = sums.get_mut(at..at + dims) {
            for (x, y) in s.iter_mut().zip(row_of(points, dims, i)) {
                *x += w * y;
            }
        }
    }
    for (c, s) in sums.chunks_mut(dims).enumerate() {
        if s.iter().all(|&x| x == 0.0) {
            continue;
        }
        normalise(s);
        if let Some(cen) = centroids.get_mut(c * dims..(c + 1) * dims) {
            cen.copy_from_slice(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Token> {
        // A whitespace tokenizer is enough for the trainer's own tests.
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    out.push(Token::new(s, i, TokenKind::Word, 0));
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn words_in_the_same_slots_share_a_cluster() {
        let mut t = ClusterTrainer::new();
        let verbs = ["said", "claimed", "argued", "insisted"];
        let nouns = ["table", "river", "window", "garden"];
        for round in 0..30 {
            for (k, v) in verbs.iter().enumerate() {
                let n = nouns[(k + round) % 4];
                let text =
                    format!("the minister {v} that the {n} was old . a {n} is near the {n} .");
                t.add(&text, &toks(&text));
            }
        }
        let opts = ClusterOptions {
            min_count: 2,
            contexts: 50,
            dims: 64,
            fine: 4,
            mid: 2,
            coarse: 1,
            ..ClusterOptions::default()
        };
        let trained = t.train(&opts, |_| {});
        let mut buf = String::new();
        let class = |w: &str| {
            trained
                .clusters
                .lookup(word_key(None, w, &mut String::new()))
        };
        let said = class("said").map(|c| c.fine);
        assert!(said.is_some());
        assert_eq!(said, class("insisted").map(|c| c.fine));
        assert_eq!(
            class("table").map(|c| c.fine),
            class("garden").map(|c| c.fine)
        );
        assert_ne!(said, class("river").map(|c| c.fine));
        assert!(trained
            .clusters
            .lookup(word_key(None, "zebra", &mut buf))
            .is_none());

        let bytes = trained.clusters.to_bytes();
        let back = WordClusters::from_bytes(&bytes).map_err(|e| e.to_string());
        assert_eq!(
            back.map(|b| b.lookup(word_key(None, "said", &mut buf))),
            Ok(class("said"))
        );
    }

    #[test]
    fn damaged_files_are_refused() {
        let c = WordClusters {
            keys: vec![1, 5, 9],
            fine: vec![0, 1, 1],
            mid_of_fine: vec![0, 0],
            coarse_of_mid: vec![0],
        };
        let bytes = c.to_bytes();
        for cut in [0, 3, 10, bytes.len() - 1] {
            assert!(WordClusters::from_bytes(bytes.get(..cut).unwrap_or(&[])).is_err());
        }
        let mut wrong = bytes.clone();
        if let Some(b) = wrong.get_mut(17) {
            *b = 9; // keys no longer sorted
        }
        assert!(WordClusters::from_bytes(&wrong).is_err());
        assert!(WordClusters::from_bytes(&bytes).is_ok());
    }
}
