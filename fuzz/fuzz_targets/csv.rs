//! The csv reader: the input's bytes read as a file named `input.csv`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: claimtrace_fuzz::init(), |data: &[u8]| {
    claimtrace_fuzz::read_as("input.csv", data);
});
