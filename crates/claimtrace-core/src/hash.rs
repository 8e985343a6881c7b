//! A fast hasher for the annotators' word tables.

/// FNV-1a. Word tables are looked up for every token, and SipHash is slow
/// on short keys; the keys are our own constants, so there is no flooding
/// concern. Use as `HashMap<K, V, BuildHasherDefault<Fnv>>`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
