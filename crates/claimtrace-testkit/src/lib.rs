//! What the workspace's tests share, in one place: a small deterministic
//! generator ([`Rng`], xorshift64*: no dependency, the same sequence on
//! every machine) and generated news-like text ([`news::generate`]) for
//! the scaling and memory tests, the ingest tests and the fuzz tests. A
//! dev-dependency only: nothing in the product links it.

pub mod news;

/// xorshift64*: small, deterministic, no dependency. The state is public
/// so that a generator may start from a raw state (`Rng(seed)`) as well as
/// from a mixed seed ([`Rng::new`]).
pub struct Rng(pub u64);

impl Rng {
    /// A generator from `seed`, mixed so that small seeds differ.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items` ("" when there are none).
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}
