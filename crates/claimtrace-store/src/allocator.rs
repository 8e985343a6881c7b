//! glibc's malloc and the ingest's peak memory.
//!
//! glibc serves a large allocation (a document's layers, the store's
//! statement rows, SQLite's copy of a bound text) with its own `mmap`, given
//! back to the system when freed, but only above a threshold that it raises
//! to the size of each such block freed (up to 32 MiB). After the analysis
//! frees its large vectors, the store's large allocations come from the
//! heap instead, which grows past the free pieces the analysis left in it:
//! the ingest of a 4 MB document peaked at 34 times its text with the
//! moving threshold and at 27 times with a fixed one (docs/limits.md,
//! "Memory").

/// Blocks of this size or more are mapped on their own and unmapped when
/// freed.
pub const MMAP_THRESHOLD_BYTES: usize = 1 << 20;

/// Fixes glibc's mmap threshold at [`MMAP_THRESHOLD_BYTES`], which also
/// stops glibc from moving it (and its trim threshold). Process-wide;
/// [`crate::analyse_and_store`] calls it once. Does nothing with other C
/// libraries, whose allocators do not move a threshold this way.
pub fn fix_mmap_threshold() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only sets allocator parameters; it is safe to
            // call at any time from any thread (glibc takes its own lock).
            // It returns 0 where the value is refused, which leaves glibc's
            // default behaviour: nothing to handle.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES as libc::c_int);
            }
        });
    }
}
