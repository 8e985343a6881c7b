//! What every seed test needs: the shared data (skipped with a note when
//! absent, failed when CLAIMTRACE_REQUIRE_SHARED is set) and the seed article read and analysed as a user's
//! `claimtrace analyze` would.

use std::path::PathBuf;

use claimtrace_core::Document;

/// A path under `../shared`, or `None` (with a note) when it is absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")).join(rel);
    if p.exists() {
        Some(p)
    } else {
        // CI sets CLAIMTRACE_REQUIRE_SHARED: there a missing file fails
        // the test instead of letting it pass unchecked.
        assert!(
            std::env::var_os("CLAIMTRACE_REQUIRE_SHARED").is_none(),
            "{} is missing and CLAIMTRACE_REQUIRE_SHARED is set",
            p.display()
        );
        eprintln!("note: {} not found; skipping", p.display());
        None
    }
}

/// The seed article through the reader and the default pipeline, with its
/// expected reading.
pub fn analysed_seed() -> Option<(Document, serde_json::Value)> {
    let seed = shared("seed/cluster-munitions-2023-07-16.txt")?;
    let expected = shared("seed/expected.json")?;
    let expected = std::fs::read_to_string(&expected).ok()?;
    let expected: serde_json::Value = match serde_json::from_str(&expected) {
        Ok(v) => v,
        Err(e) => panic!("expected.json is not valid JSON: {e}"),
    };
    let mut docs =
        claimtrace_ingest::read_inputs(&[seed.display().to_string()], &Default::default());
    let mut doc = match docs.next()? {
        Ok(d) => d,
        Err(e) => panic!("the seed could not be read: {e}"),
    };
    claimtrace_pipeline::default_pipeline().run(&mut doc);
    Some((doc, expected))
}
