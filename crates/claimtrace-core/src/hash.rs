//! FNV-1a: the one hash of word tables, tagger features and cache keys.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// The FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_continue(FNV_OFFSET, bytes)
}

/// Goes on hashing after `hash` (an [`fnv1a`] result): the hash of the
/// concatenation, written piece by piece.
pub fn fnv1a_continue(hash: u64, bytes: &[u8]) -> u64 {
    let mut h = hash;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a as a `Hasher`. Word tables are looked up for every token, and
/// SipHash is slow on short keys; the keys are our own constants, so there
/// is no flooding concern. Use as `HashMap<K, V, BuildHasherDefault<Fnv>>`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let h = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        self.0 = fnv1a_continue(h, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hasher;

    #[test]
    fn known_values_and_pieces() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_continue(fnv1a(b"ab"), b"c"), fnv1a(b"abc"));
        let mut h = Fnv::default();
        h.write(b"abc");
        assert_eq!(h.finish(), fnv1a(b"abc"));
    }
}
