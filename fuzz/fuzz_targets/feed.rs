//! The RSS/Atom reader: the input's bytes read as `input.rss` or, when the
//! first byte is odd, as `input.atom` (the byte is dropped).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: claimtrace_fuzz::init(), |data: &[u8]| {
    let (name, body) = match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => ("input.atom", rest),
        Some((_, rest)) => ("input.rss", rest),
        None => ("input.rss", data),
    };
    claimtrace_fuzz::read_as(name, body);
});
