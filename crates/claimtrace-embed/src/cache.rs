//! Vectors on disk, so a corpus is encoded once per model.
//!
//! One file per model ([`crate::Encoder::model_id`]) in a cache directory:
//! `CTEMB001`, the model id's hash (u64), the dimension (u32), the count
//! (u64), then per text its key ([`crate::text_key`], u64) and its vector
//! (f32 × dim), little-endian. A file that does not parse, or belongs to
//! another model, is ignored and rewritten.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{text_key, EmbedError, Encoder, Fnv64};

const MAGIC: &[u8; 8] = b"CTEMB001";
const HEADER: usize = 8 + 8 + 4 + 8;

pub struct VectorCache {
    path: PathBuf,
    model: u64,
    dim: usize,
    map: HashMap<u64, Vec<f32>>,
    dirty: bool,
}

fn model_hash(model_id: &str) -> u64 {
    let mut h = Fnv64::new();
    h.write(model_id.as_bytes());
    h.finish()
}

impl VectorCache {
    /// The cache of `model_id` (vectors of `dim`) in `dir`; empty when
    /// there is none yet or the file is not usable.
    pub fn open(dir: &Path, model_id: &str, dim: usize) -> Self {
        let path = dir.join(format!("{model_id}.vec"));
        let model = model_hash(model_id);
        let map = std::fs::read(&path)
            .ok()
            .and_then(|b| parse(&b, model, dim))
            .unwrap_or_default();
        VectorCache {
            path,
            model,
            dim,
            map,
            dirty: false,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn get(&self, text: &str) -> Option<&[f32]> {
        self.map.get(&text_key(text)).map(Vec::as_slice)
    }

    pub fn insert(&mut self, text: &str, v: Vec<f32>) {
        if v.len() == self.dim {
            self.map.insert(text_key(text), v);
            self.dirty = true;
        }
    }

    /// The vectors of `texts`, encoding (with `encoder`) only those not
    /// cached yet; returns them and how many were encoded.
    pub fn encode_all<S: AsRef<str>>(
        &mut self,
        encoder: &Encoder,
        texts: &[S],
    ) -> Result<(Vec<Vec<f32>>, usize), EmbedError> {
        let mut missing: Vec<&str> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for t in texts {
            let t = t.as_ref();
            let k = text_key(t);
            if !self.map.contains_key(&k) && seen.insert(k) {
                missing.push(t);
            }
        }
        let encoded = missing.len();
        if !missing.is_empty() {
            let vs = encoder.encode(&missing)?;
            for (t, v) in missing.iter().zip(vs) {
                self.insert(t, v);
            }
        }
        let out = texts
            .iter()
            .map(|t| {
                self.get(t.as_ref())
                    .map_or_else(|| vec![0.0; self.dim], <[f32]>::to_vec)
            })
            .collect();
        Ok((out, encoded))
    }

    /// Writes the cache if anything was added (to a temporary file renamed
    /// over the old one, so a crash leaves the old cache or the new).
    pub fn save(&mut self) -> Result<(), EmbedError> {
        if !self.dirty {
            return Ok(());
        }
        let io = |source| EmbedError::Io {
            path: self.path.clone(),
            source,
        };
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut buf = Vec::with_capacity(HEADER + self.map.len() * (8 + 4 * self.dim));
        buf.extend_from_slice(MAGIC);
        buf.extend_from_slice(&self.model.to_le_bytes());
        buf.extend_from_slice(&(self.dim as u32).to_le_bytes());
        buf.extend_from_slice(&(self.map.len() as u64).to_le_bytes());
        let mut keys: Vec<&u64> = self.map.keys().collect();
        keys.sort();
        for k in keys {
            buf.extend_from_slice(&k.to_le_bytes());
            for x in &self.map[k] {
                buf.extend_from_slice(&x.to_le_bytes());
            }
        }
        let tmp = self.path.with_extension("vec.tmp");
        let mut f = std::fs::File::create(&tmp).map_err(io)?;
        f.write_all(&buf).map_err(io)?;
        f.sync_all().map_err(io)?;
        drop(f);
        std::fs::rename(&tmp, &self.path).map_err(io)?;
        self.dirty = false;
        Ok(())
    }
}

fn parse(b: &[u8], model: u64, dim: usize) -> Option<HashMap<u64, Vec<f32>>> {
    let u64_at =
        |i: usize| -> Option<u64> { Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?)) };
    if b.get(..8)? != MAGIC || u64_at(8)? != model {
        return None;
    }
    let d = u32::from_le_bytes(b.get(16..20)?.try_into().ok()?) as usize;
    let n = usize::try_from(u64_at(20)?).ok()?;
    let rec = 8 + 4 * dim;
    if d != dim || b.len() != HEADER.checked_add(n.checked_mul(rec)?)? {
        return None;
    }
    let mut map = HashMap::with_capacity(n);
    for r in b[HEADER..].chunks_exact(rec) {
        let k = u64::from_le_bytes(r[..8].try_into().ok()?);
        let v = r[8..]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        map.insert(k, v);
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_rejects() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = VectorCache::open(dir.path(), "m-1", 3);
        assert!(c.is_empty());
        c.insert("a", vec![1.0, 0.0, 0.0]);
        c.insert("b", vec![0.0, 1.0, 0.0]);
        c.insert("wrong length", vec![1.0]);
        c.save().unwrap();
        let c2 = VectorCache::open(dir.path(), "m-1", 3);
        assert_eq!(c2.len(), 2);
        assert_eq!(c2.get("b"), Some(&[0.0, 1.0, 0.0][..]));
        assert_eq!(c2.get("c"), None);
        // Another dimension: not this cache.
        assert!(VectorCache::open(dir.path(), "m-1", 4).is_empty());
        // A truncated or garbage file is ignored.
        let p = c2.path().to_path_buf();
        let bytes = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes[..bytes.len() - 1]).unwrap();
        assert!(VectorCache::open(dir.path(), "m-1", 3).is_empty());
        std::fs::write(&p, b"CTEMB001garbage").unwrap();
        assert!(VectorCache::open(dir.path(), "m-1", 3).is_empty());
    }
}
