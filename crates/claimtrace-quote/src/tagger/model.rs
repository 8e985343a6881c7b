//! A linear-chain tagger: hashed feature weights per tag, tag-to-tag
//! transitions, Viterbi decoding, and averaged structured-perceptron
//! training (Collins 2002).
//!
//! The file format is small and versioned: the magic `CTAT`, a format
//! byte, the hash width, a scale, the transitions, then the non-zero
//! feature weights as (delta-coded bucket, i16) pairs. Weights are
//! quantised to i16 on save; the tagger only compares sums, so the loss
//! is far below what changes a decision.

/// Tags: outside, and begin/inside of source, cue and content.
pub const TAGS: usize = 7;
pub const O: usize = 0;
pub const B_SOURCE: usize = 1;
pub const I_SOURCE: usize = 2;
pub const B_CUE: usize = 3;
pub const I_CUE: usize = 4;
pub const B_CONTENT: usize = 5;
pub const I_CONTENT: usize = 6;

/// The label a tag marks (0 none, 1 source, 2 cue, 3 content).
pub fn label(tag: usize) -> usize {
    tag.div_ceil(2)
}

const MAGIC: &[u8; 4] = b"CTAT";
/// Quantised weights under this magnitude (of 32,000 for the largest) are
/// not saved.
const PRUNE_BELOW: u16 = 200;
const FORMAT: u8 = 1;

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("attribution model: {0}")]
    Format(&'static str),
}

/// Feature weights and transitions.
#[derive(Debug, Clone)]
pub struct Model {
    bits: u32,
    /// `weights[bucket * TAGS + tag]` while training; empty in a loaded
    /// model, which reads `frozen`.
    weights: Vec<f32>,
    /// A loaded model's weights as saved: 16-bit, one 16-byte row per
    /// bucket. Half the memory of f32 rows, so the tables of both passes
    /// stay in cache; tagging spends most of its time on these lookups.
    frozen: Option<Frozen>,
    /// `trans[prev * TAGS + tag]`; `prev == TAGS` is the sequence start.
    trans: Vec<f32>,
}

impl Model {
    pub fn new(bits: u32) -> Self {
        let bits = bits.clamp(10, 24);
        Model {
            bits,
            weights: vec![0.0; (1usize << bits) * TAGS],
            frozen: None,
            trans: vec![0.0; (TAGS + 1) * TAGS],
        }
    }

    /// The mean of models trained alike (same hash width), weight by
    /// weight: still one linear model, as fast as each. Models without
    /// training weights (loaded ones) are skipped.
    pub fn average(models: &[Model]) -> Model {
        let Some(first) = models.first() else {
            return Model::new(16);
        };
        let mut out = Model::new(first.bits);
        let same: Vec<&Model> = models
            .iter()
            .filter(|m| m.bits == out.bits && m.weights.len() == out.weights.len())
            .collect();
        let k = same.len().max(1) as f32;
        for m in &same {
            for (o, w) in out.weights.iter_mut().zip(&m.weights) {
                *o += w / k;
            }
            for (o, t) in out.trans.iter_mut().zip(&m.trans) {
                *o += t / k;
            }
        }
        out
    }

    fn bucket(&self, feature: u64) -> usize {
        // The high bits of the mixed hash are as good as the low ones.
        usize::try_from(feature >> (64 - self.bits)).unwrap_or(0)
    }

    /// Emission scores of one token, for every tag.
    fn emit(&self, feats: &[u64], out: &mut [f32; TAGS]) {
        *out = [0.0; TAGS];
        if let Some(fz) = &self.frozen {
            let mut sum = [0i32; 8];
            for &f in feats {
                if let Some(row) = fz.rows.get(self.bucket(f)) {
                    for (s, &w) in sum.iter_mut().zip(row) {
                        *s += i32::from(w);
                    }
                }
            }
            for (o, s) in out.iter_mut().zip(sum) {
                *o = s as f32 * fz.scale;
            }
            return;
        }
        for &f in feats {
            let base = self.bucket(f) * TAGS;
            if let Some(w) = self.weights.get(base..base + TAGS) {
                for (o, x) in out.iter_mut().zip(w) {
                    *o += x;
                }
            }
        }
    }

    fn tr(&self, prev: usize, tag: usize) -> f32 {
        self.trans.get(prev * TAGS + tag).copied().unwrap_or(0.0)
    }

    /// The best tag sequence for a sequence of tokens given by their features.
    pub fn decode(&self, seq: &[Vec<u64>]) -> Vec<usize> {
        self.decode_with_cost(seq, &[], 0.0)
    }

    /// [`Model::decode`] with `cost` added to every tag that differs from
    /// `gold` (loss-augmented decoding for training: the perceptron then
    /// updates until the gold sequence wins by a margin).
    fn decode_with_cost(&self, seq: &[Vec<u64>], gold: &[usize], cost: f32) -> Vec<usize> {
        let n = seq.len();
        if n == 0 {
            return Vec::new();
        }
        let mut score = vec![[0f32; TAGS]; n];
        let mut back = vec![[0u8; TAGS]; n];
        let mut e = [0f32; TAGS];
        for (t, feats) in seq.iter().enumerate() {
            self.emit(feats, &mut e);
            if cost != 0.0 {
                let g = gold.get(t).copied().unwrap_or(O);
                for (y, s) in e.iter_mut().enumerate() {
                    if y != g {
                        *s += cost;
                    }
                }
            }
            for y in 0..TAGS {
                let (best, arg) = if t == 0 {
                    (self.tr(TAGS, y), 0)
                } else {
                    let prev = score.get(t - 1).copied().unwrap_or([0.0; TAGS]);
                    let mut best = f32::NEG_INFINITY;
                    let mut arg = 0;
                    for (p, ps) in prev.iter().enumerate() {
                        let s = ps + self.tr(p, y);
                        if s > best {
                            best = s;
                            arg = p;
                        }
                    }
                    (best, arg)
                };
                if let Some(row) = score.get_mut(t) {
                    row[y] = best + e[y];
                }
                if let Some(row) = back.get_mut(t) {
                    row[y] = u8::try_from(arg).unwrap_or(0);
                }
            }
        }
        let last = score.last().copied().unwrap_or([0.0; TAGS]);
        let mut y = (0..TAGS)
            .max_by(|&a, &b| last[a].total_cmp(&last[b]))
            .unwrap_or(O);
        let mut tags = vec![O; n];
        for t in (0..n).rev() {
            if let Some(slot) = tags.get_mut(t) {
                *slot = y;
            }
            if t > 0 {
                y = back.get(t).map_or(O, |row| usize::from(row[y]));
            }
        }
        tags
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        if let Some(fz) = &self.frozen {
            let q = |w: f32| (w / fz.scale).round().clamp(-32767.0, 32767.0) as i16;
            let trans: Vec<i16> = self.trans.iter().map(|&t| q(t)).collect();
            let weights = fz.rows.iter().enumerate().flat_map(|(b, row)| {
                row.iter()
                    .take(TAGS)
                    .enumerate()
                    .map(move |(t, &w)| (b * TAGS + t, w))
            });
            return encode(self.bits, fz.scale, &trans, weights);
        }
        let max = self
            .weights
            .iter()
            .chain(&self.trans)
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32000.0 } else { 1.0 };
        let q = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) as i16;
        let trans: Vec<i16> = self.trans.iter().map(|&t| q(t)).collect();
        let weights = self.weights.iter().enumerate().map(|(i, &w)| (i, q(w)));
        encode(self.bits, scale, &trans, weights)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError::Format("not a claimtrace attribution model"));
        }
        if r.take(1)? != [FORMAT] {
            return Err(ModelError::Format("unknown format version"));
        }
        let bits = u32::from(r.take(1)?.first().copied().unwrap_or(0));
        if !(10..=24).contains(&bits) {
            return Err(ModelError::Format("hash width out of range"));
        }
        let scale = f32::from_le_bytes(r.array4()?);
        let mut trans = vec![0.0; (TAGS + 1) * TAGS];
        for t in trans.iter_mut() {
            *t = f32::from(r.i16()?) * scale;
        }
        let mut rows = vec![[0i16; 8]; 1usize << bits];
        let count = u32::from_le_bytes(r.array4()?);
        let mut at = 0usize;
        for n in 0..count {
            let delta = usize::try_from(r.varint()?)
                .map_err(|_| ModelError::Format("weight index overflow"))?;
            at = if n == 0 { delta } else { at + delta };
            let v = r.i16()?;
            let slot = rows
                .get_mut(at / TAGS)
                .and_then(|row| row.get_mut(at % TAGS))
                .ok_or(ModelError::Format("weight index out of range"))?;
            *slot = v;
        }
        Ok(Model {
            bits,
            weights: Vec::new(),
            frozen: Some(Frozen { scale, rows }),
            trans,
        })
    }
}

/// Saved weights: `rows[bucket][tag]` times `scale` (the eighth slot pads
/// a row to 16 bytes).
#[derive(Debug, Clone)]
struct Frozen {
    scale: f32,
    rows: Vec<[i16; 8]>,
}

/// The file format: header, transitions, then the kept weights as
/// (delta-coded index, i16) pairs.
fn encode(
    bits: u32,
    scale: f32,
    trans: &[i16],
    weights: impl Iterator<Item = (usize, i16)>,
) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.push(u8::try_from(bits).unwrap_or(18));
    out.extend_from_slice(&scale.to_le_bytes());
    for &t in trans {
        out.extend_from_slice(&t.to_le_bytes());
    }
    let mut last = 0usize;
    let mut body = Vec::new();
    let mut count = 0u32;
    for (i, v) in weights {
        // Weights this small never swing a decision; dropping them keeps
        // the shipped file small.
        if v.unsigned_abs() < PRUNE_BELOW {
            continue;
        }
        write_varint(&mut body, (i - last) as u64);
        body.extend_from_slice(&v.to_le_bytes());
        last = i;
        count += 1;
    }
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&body);
    out
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(ModelError::Format("truncated"))?;
        self.at += n;
        Ok(s)
    }
    fn array4(&mut self) -> Result<[u8; 4], ModelError> {
        let s = self.take(4)?;
        let mut a = [0u8; 4];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn i16(&mut self) -> Result<i16, ModelError> {
        let s = self.take(2)?;
        Ok(i16::from_le_bytes([
            s.first().copied().unwrap_or(0),
            s.get(1).copied().unwrap_or(0),
        ]))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?.first().copied().unwrap_or(0);
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Format("varint too long"))
    }
}

/// Averaged perceptron training state: the current weights and the
/// running sums for the average, kept lazily (Daumé's trick: `avg = w -
/// u / c`).
pub struct Trainer {
    model: Model,
    acc_w: Vec<f32>,
    acc_t: Vec<f32>,
    steps: f32,
    /// Added to the score of every wrong tag while training decodes, so
    /// that the weights move until the gold reading wins by this much per
    /// token, not merely wins (a margin perceptron).
    margin: f32,
}

impl Trainer {
    pub fn new(bits: u32, margin: f32) -> Self {
        let model = Model::new(bits);
        let acc_w = vec![0.0; model.weights.len()];
        let acc_t = vec![0.0; model.trans.len()];
        Trainer {
            model,
            acc_w,
            acc_t,
            steps: 1.0,
            margin: margin.max(0.0),
        }
    }

    /// Decodes one sequence and updates on its mistakes. Returns the
    /// number of wrong tags.
    pub fn learn(&mut self, seq: &[Vec<u64>], gold: &[usize]) -> usize {
        let pred = self.model.decode_with_cost(seq, gold, self.margin);
        let mut wrong = 0;
        let c = self.steps;
        let mut prev_g = TAGS;
        let mut prev_p = TAGS;
        for (t, feats) in seq.iter().enumerate() {
            let g = gold.get(t).copied().unwrap_or(O);
            let p = pred.get(t).copied().unwrap_or(O);
            if g != p {
                wrong += 1;
                for &f in feats {
                    let base = self.model.bucket(f) * TAGS;
                    self.bump_w(base + g, 1.0, c);
                    self.bump_w(base + p, -1.0, c);
                }
            }
            if g != p || prev_g != prev_p {
                self.bump_t(prev_g * TAGS + g, 1.0, c);
                self.bump_t(prev_p * TAGS + p, -1.0, c);
            }
            prev_g = g;
            prev_p = p;
        }
        self.steps += 1.0;
        wrong
    }

    fn bump_w(&mut self, i: usize, d: f32, c: f32) {
        if let Some(w) = self.model.weights.get_mut(i) {
            *w += d;
        }
        if let Some(a) = self.acc_w.get_mut(i) {
            *a += d * c;
        }
    }

    fn bump_t(&mut self, i: usize, d: f32, c: f32) {
        if let Some(w) = self.model.trans.get_mut(i) {
            *w += d;
        }
        if let Some(a) = self.acc_t.get_mut(i) {
            *a += d * c;
        }
    }

    /// The averaged model.
    pub fn finish(self) -> Model {
        let c = self.steps;
        let mut model = self.model;
        for (w, a) in model.weights.iter_mut().zip(&self.acc_w) {
            *w -= a / c;
        }
        for (w, a) in model.trans.iter_mut().zip(&self.acc_t) {
            *w -= a / c;
        }
        model
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> (Vec<Vec<Vec<u64>>>, Vec<Vec<usize>>) {
        // "X said Y": feature 1 = a name, 2 = a reporting verb, 3 = other words.
        let name = vec![1u64 << 60];
        let verb = vec![2u64 << 60];
        let word = vec![3u64 << 60];
        let seq = vec![name.clone(), verb.clone(), word.clone(), word.clone()];
        let gold = vec![B_SOURCE, B_CUE, B_CONTENT, I_CONTENT];
        let other = vec![word.clone(), word.clone(), name, verb, word];
        let gold2 = vec![O, O, B_SOURCE, B_CUE, B_CONTENT];
        (vec![seq, other], vec![gold, gold2])
    }

    #[test]
    fn learns_a_separable_toy_and_survives_saving() {
        let (seqs, golds) = toy();
        let mut tr = Trainer::new(12, 0.0);
        for _ in 0..10 {
            for (s, g) in seqs.iter().zip(&golds) {
                tr.learn(s, g);
            }
        }
        let model = tr.finish();
        // With a margin the gold must win by more, and still does.
        let mut wide = Trainer::new(12, 5.0);
        for _ in 0..10 {
            for (s, g) in seqs.iter().zip(&golds) {
                wide.learn(s, g);
            }
        }
        let wide = wide.finish();
        for (s, g) in seqs.iter().zip(&golds) {
            assert_eq!(&wide.decode(s), g, "margin 5");
        }
        for (s, g) in seqs.iter().zip(&golds) {
            assert_eq!(&model.decode(s), g);
        }
        let loaded = Model::from_bytes(&model.to_bytes()).expect("round trip");
        for (s, g) in seqs.iter().zip(&golds) {
            assert_eq!(&loaded.decode(s), g);
        }
    }

    #[test]
    fn rejects_garbage_and_truncated_models() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"NOPE\x01\x12").is_err());
        let bytes = Model::new(12).to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    }

    #[test]
    fn labels_pair_begin_and_inside_tags() {
        assert_eq!(label(O), 0);
        assert_eq!(label(B_SOURCE), label(I_SOURCE));
        assert_eq!(label(B_CUE), label(I_CUE));
        assert_eq!(label(B_CONTENT), label(I_CONTENT));
        assert_ne!(label(B_CUE), label(B_CONTENT));
    }
}
