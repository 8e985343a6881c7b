//! Prints the similarity signals between two texts (one pair per two
//! lines of stdin): for tuning the tracer by reading real pairs.
use std::io::BufRead;

use claimtrace_trace::embed::StaticEmbedder;
use claimtrace_trace::similarity::{best_source_parts, similarity};

fn main() {
    let lines: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .collect();
    for pair in lines.chunks(2) {
        let [a, b] = pair else { continue };
        let (src, _, _) = best_source_parts(a, b);
        let e = StaticEmbedder::shared();
        let cos = StaticEmbedder::cosine(&e.embed(a), &e.embed(b));
        let head = |t: &str| t.chars().take(50).collect::<String>();
        println!(
            "sym {:.3}  source {:.3}  cos {:.3}  | {} | {}",
            similarity(a, b),
            src,
            cos,
            head(a),
            head(b)
        );
    }
}
