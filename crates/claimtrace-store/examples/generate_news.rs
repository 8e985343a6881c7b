//! Writes about BYTES bytes of generated news-like text (the scaling
//! tests' generator) to stdout, for measuring time and memory per document
//! (docs/limits.md): `generate_news BYTES [SEED]`.

use std::io::Write;
use std::process::ExitCode;

use claimtrace_testkit::news;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(bytes) = args.first().and_then(|a| a.parse::<usize>().ok()) else {
        eprintln!("usage: generate_news BYTES [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let text = news::generate(bytes, seed);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate_news: writing the text: {e}");
            ExitCode::FAILURE
        }
    }
}
