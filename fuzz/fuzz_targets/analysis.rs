//! The analysis of arbitrary text: bytes made UTF-8 (invalid sequences
//! replaced, as the readers do), the default pipeline, JSON output; every
//! span inside the text and on char boundaries (see `claimtrace_fuzz::analyse`).
#![no_main]

use std::sync::OnceLock;

use claimtrace_core::Pipeline;
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(claimtrace_pipeline::default_pipeline)
}

fuzz_target!(init: { claimtrace_fuzz::init(); pipeline(); }, |data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    claimtrace_fuzz::analyse(pipeline(), text);
});
