//! The html reader: the input's bytes read as a file named `input.html`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: claimtrace_fuzz::init(), |data: &[u8]| {
    claimtrace_fuzz::read_as("input.html", data);
});
